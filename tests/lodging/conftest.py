"""Fixtures of the lodging tests: one Chromium for the browser tests of this package."""

from __future__ import annotations

# Imported here so that its package scope is this package (see tests/conftest.py).
from tests.conftest import browser as browser
