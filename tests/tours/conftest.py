"""Fixtures of the tours tests: German messages where a test pins the German wording, and one
Chromium for the browser tests of this package."""

from __future__ import annotations

import pytest

from plugins.kit.i18n import set_editor_language

# Imported here so that its package scope is this package (see tests/conftest.py).
from tests.conftest import browser as browser


@pytest.fixture
def german():
    """Editors' messages in German (the suite reads English by default: EDITOR_LANGUAGE=en)."""
    set_editor_language("de")
    yield
    set_editor_language(None)
