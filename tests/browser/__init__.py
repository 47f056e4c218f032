"""Quality checks of the built site in a real browser (Chromium via Playwright).

Run: `.venv/bin/pytest tests/browser`. The site comes from the `site` fixture of
tests/conftest.py. Browser checks visit one page per template type and language
(site_pages.sample_pages); the third-party scan reads every built file (the HTML checker is in
tests/validators).
test_checks_catch_problems.py proves each check finds what it is meant to find.
"""
