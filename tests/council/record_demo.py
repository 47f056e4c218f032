"""Record the demo data set: the real fetcher reads Musterstadt's council system (served on
loopback from tests/council/musterstadt.py) and writes data/rat/ in exactly its format.

    .venv/bin/python -m tests.council.record_demo

The objects carry the public address https://ratsinfo.musterstadt.example (fictitious, as in
pelicanconf.py); requests for it go to the loopback server instead. Recorded as of
25 November 2026, 03:00 in Musterstadt, so the files are the same on every run
(tests/council/test_demo_data.py checks data/rat/ against a fresh recording).
"""

from __future__ import annotations

import sys
import tempfile
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from plugins.fetch.http import build_opener
from plugins.fetch.run import fetch_all
from tests.council.musterstadt import PUBLIC, musterstadt
from tests.council.oparl_server import OParlServer

ROOT = Path(__file__).resolve().parent.parent.parent
RECORDED_AT = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
SYSTEM = PUBLIC + "/oparl/v1/system"


class ToLoopback(urllib.request.BaseHandler):
    """Sends requests for `public` to `local`; the objects keep their public addresses."""

    handler_order = 100  # before urllib's own request handling

    def __init__(self, public: str, local: str):
        self.public, self.local = public, local

    def https_request(self, request):
        if request.full_url.startswith(self.public + "/"):
            request.full_url = self.local + request.full_url[len(self.public) :]
        return request

    http_request = https_request


def record(root: Path) -> tuple[int, list[str]]:
    """Fetch the Musterstadt system into root/data/rat/; (exit code, report lines)."""
    lines: list[str] = []
    with (
        OParlServer(musterstadt, page_size=20, clock=RECORDED_AT, public_base=PUBLIC) as server,
        tempfile.TemporaryDirectory() as cache,
    ):
        settings = {
            "DATA_PATH": "data",
            "FETCH_CACHE_PATH": cache,
            "EXTERNAL_SOURCES": [{"name": "rat", "kind": "oparl", "url": SYSTEM}],
            "FETCH_MODULES": ["plugins.council.oparl"],
        }
        opener = build_opener(ToLoopback(PUBLIC, server.loopback.base))
        code = fetch_all(
            settings, root, only="rat", full=True, now=RECORDED_AT, opener=opener, out=lines.append
        )
    return code, lines


if __name__ == "__main__":
    code, lines = record(ROOT)
    print("\n".join(lines))
    sys.exit(code)
