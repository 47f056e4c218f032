"""Fixtures of the image tests; the image generators live in helpers.py."""

import pytest

from plugins.images.pipeline import ImageSettings


@pytest.fixture
def settings(tmp_path) -> ImageSettings:
    return ImageSettings(cache_dir=tmp_path / "cache")
