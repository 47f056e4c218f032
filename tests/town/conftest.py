"""One Chromium for the town's browser tests (tests/conftest.py explains the package scope)."""

from tests.conftest import browser as browser
