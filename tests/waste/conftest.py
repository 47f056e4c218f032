"""Fixtures of the waste tests: one Chromium for the browser tests of this package."""

# Imported here so that its package scope is this package (see tests/conftest.py).
from tests.conftest import browser as browser
