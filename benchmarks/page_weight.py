"""Page weight of the example site's pages on a phone, images included.

    .venv/bin/python -m benchmarks.page_weight [--site output] [--budget-kb 250]

Builds the example site (content/) unless `--site` names a built one, serves it on 127.0.0.1 and
loads each page in headless Chromium as a phone shows it (360 × 740 CSS px, device pixel ratio 2,
so `srcset` picks what a real phone picks), scrolls to the bottom so every lazy image loads, and
adds up the bytes of every response: HTML, CSS, JavaScript, images, fonts. The bytes are the
files as built (not compressed): the web server's gzip makes text smaller still, so the figure is
an upper bound. A page over the budget makes the command fail.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import io
import sys
import tempfile
import threading
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_DATE = "2026-11-25"
PHONE = {"width": 360, "height": 740}
PHONE_SCALE = 2
BUDGET_KB = 250
PAGES = {
    "Tourismus (landing)": "/tourismus/",
    "Touren (list)": "/tourismus/touren/",
    "Tour page": "/tourismus/touren/eichberg-aussichtsturm/",
    "Sehenswürdigkeiten": "/tourismus/sehenswuerdigkeiten/",
    "Gastgeber (directory)": "/tourismus/uebernachten/",
    "Gastgeber page": "/tourismus/uebernachten/hotel-zum-goldenen-loewen/",
    "Rathaus (landing)": "/rathaus/",
}
CHROMIUM = "/usr/bin/chromium"


@dataclass
class Weight:
    url: str
    total: int = 0
    requests: int = 0
    by_kind: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, kind: str, size: int) -> None:
        self.total += size
        self.requests += 1
        self.by_kind[kind] += size


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serving(folder: Path):
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def build_example(output: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from plugins.site.build import run

    stream = io.StringIO()
    settings = {"PATH": str(ROOT / "content"), "OUTPUT_PATH": str(output)}
    settings["SITE_BUILD_DATE"] = BUILD_DATE
    if run(str(ROOT / "pelicanconf.py"), settings, stream=stream) != 0:
        raise SystemExit("the example site does not build:\n" + stream.getvalue())


def kind_of(resource_type: str, url: str) -> str:
    if resource_type in ("document", "stylesheet", "script", "image", "font"):
        return resource_type
    return "other"


def measure(browser, base: str, path: str) -> Weight:
    """Load `path` like a phone, scroll through it, and sum the bytes of every response."""
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=PHONE_SCALE, is_mobile=True, has_touch=True
    )
    weight = Weight(path)
    sizes: dict[str, tuple[str, int]] = {}

    def finished(request) -> None:
        response = request.response()
        if response is None or not request.url.startswith(base):
            return
        sizes[request.url] = (kind_of(request.resource_type, request.url), len(response.body()))

    page = context.new_page()
    page.on("requestfinished", finished)
    page.goto(base + path, wait_until="networkidle")
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height + PHONE["height"], PHONE["height"] // 2):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(60)
    page.wait_for_load_state("networkidle")
    context.close()
    for kind, size in sizes.values():
        weight.add(kind, size)
    return weight


def measure_pages(site: Path, pages: dict[str, str] = PAGES) -> dict[str, Weight]:
    from playwright.sync_api import sync_playwright

    with serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            return {name: measure(browser, base, path) for name, path in pages.items()}
        finally:
            browser.close()


def table(weights: dict[str, Weight], budget_kb: int) -> str:
    lines = [
        f"Page weight on a phone ({PHONE['width']} px, DPR {PHONE_SCALE}, all images loaded, "
        f"uncompressed); budget for the Tourismus landing {budget_kb} KB",
        f"{'page':24} {'total':>9} {'requests':>8} {'images':>9} {'html':>8} {'css':>8} {'js':>8}",
    ]
    for name, w in weights.items():
        kb = {kind: w.by_kind.get(kind, 0) / 1024 for kind in ("image", "document", "stylesheet")}
        lines.append(
            f"{name:24} {w.total / 1024:>7.1f}KB {w.requests:>8} {kb['image']:>7.1f}KB "
            f"{kb['document']:>6.1f}KB {kb['stylesheet']:>6.1f}KB "
            f"{w.by_kind.get('script', 0) / 1024:>6.1f}KB"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build content/)")
    parser.add_argument("--budget-kb", type=int, default=BUDGET_KB)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        site = args.site
        if site is None:
            site = Path(temp) / "site"
            build_example(site)
        weights = measure_pages(site)
    print(table(weights, args.budget_kb))
    landing = weights["Tourismus (landing)"].total / 1024
    if landing > args.budget_kb:
        print(f"Tourismus landing: {landing:.1f} KB is over the budget of {args.budget_kb} KB")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
