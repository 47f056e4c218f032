from pathlib import Path

import pytest

from .helpers import build_fixture


@pytest.fixture(scope="session")
def services_site(tmp_path_factory) -> Path:
    """tests/services/site built at 2026-11-25 with SITE_PUBLIC_URL https://www.testhausen.example."""
    return build_fixture(tmp_path_factory.mktemp("services"))
