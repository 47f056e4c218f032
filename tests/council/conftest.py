"""These tests read the German report lines editors see (the suite's default is English)."""

import pytest


@pytest.fixture(autouse=True)
def german_messages(monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
