"""Edit-to-preview on the benchmark site: the real preview server and a real Chromium.

For each kind of edit, a page is open in Chromium with the preview's livereload connection; the
file is saved and the clock runs until the page shows the new text (the preview noticed the save,
rebuilt what the edit affects and told the browser to reload, which loaded the page again). The
preview's own "Rebuilt … in X s" line gives the rebuild time alone. Edits are a few seconds apart,
as an editor's saves are, so that the search index of the last edit is written before the next.
"""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

from benchmarks.preview_process import CONNECTED, PreviewProcess

CHROMIUM = Path("/usr/bin/chromium")
BUILD_DATE = "2026-11-25"  # as the builds of the benchmark
PAUSE = 4.0  # seconds between saves: the late files (search index) of 5,000 pages take ~2 s
SHOWN = "marker => document.body.textContent.includes(marker)"


def _append_sentence(path: Path, marker: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\nNeu: {marker}.\n", encoding="utf-8")


def _retitle(path: Path, marker: str) -> None:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^title: .*$", f"title: Meldung {marker}", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")


# (what, content file, its URL, how to edit it): a page alone, and a title that lists show
EDITS = [
    ("a service's text", "rathaus/leistungen/service-1.md", "/rathaus/leistungen/service-1/"),
    ("a news title (lists too)", "rathaus/aktuelles/news-3.md", "/rathaus/aktuelles/news-3/"),
]
CHANGES = {"a service's text": _append_sentence, "a news title (lists too)": _retitle}


def measure_preview(site: Path, work: Path, cache: Path, rounds: int, progress) -> dict | None:
    """{what: {"rebuild": median s, "shown": median s, "pages": pages re-rendered}}; None
    without Chromium."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        progress("Playwright is not installed (requirements-dev.txt): preview not measured")
        return None
    if not CHROMIUM.exists():
        progress("no Chromium at /usr/bin/chromium: preview not measured")
        return None

    results = {}
    progress("preview: full build, then edits in Chromium …")
    server = PreviewProcess(site, work / "preview-out", work, BUILD_DATE, cache=cache)
    with server as preview, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        for what, name, url in EDITS:
            page = browser.new_page()
            page.goto(preview.url + url)
            runs = [_one_edit(preview, page, site / name, CHANGES[what], i) for i in range(rounds)]
            results[what] = {
                "rebuild": statistics.median(r[0] for r in runs),
                "shown": statistics.median(r[1] for r in runs),
                "pages": statistics.median(r[2] for r in runs),
            }
            page.close()
        browser.close()
    return results


def _one_edit(preview: PreviewProcess, page, path: Path, change, number: int) -> tuple:
    page.wait_for_function(CONNECTED)
    time.sleep(PAUSE)
    marker = f"Messpunkt{number}x{time.monotonic_ns()}"
    start = time.perf_counter()
    change(path, marker)
    page.wait_for_function(SHOWN, arg=marker, timeout=60_000)
    shown = time.perf_counter() - start
    line = preview.wait_for("Rebuilt")  # "Rebuilt 4 pages in 0.61 s"
    match = re.match(r"Rebuilt (\d+) pages in ([\d.]+) s", line)
    if match is None:
        raise RuntimeError(f"the preview rebuilt everything after one edit: {line}")
    return float(match[2]), shown, int(match[1])
