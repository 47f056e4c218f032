import pytest

from tests.news.town_site import build_town


@pytest.fixture(scope="session")
def town(tmp_path_factory):
    return build_town(tmp_path_factory)
