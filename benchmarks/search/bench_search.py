"""Search benchmark: our sharded lunr index against Pagefind on the same 5,000 generated pages.

    .venv/bin/python benchmarks/search/bench_search.py [--pages 5000] [--keep DIR] [--json FILE]

Steps: generate the documents (sitegen.py), build our index per language (timed, in process),
write the same pages as HTML and run Pagefind on them (timed, PyPI `pagefind[bin]`), then serve
both from one folder on 127.0.0.1 and run every query in Chromium, each in a fresh browser
context (empty cache):

- first result: our title index only (the answer shown first) / Pagefind search + data of the
  first 10 results; time in the page and gzip bytes of every file fetched until then
  (the worker and lunr files, or pagefind.js and its wasm, included; the page itself excluded);
- full: our title and body index / the same Pagefind query again (Pagefind has one stage);
- warm: the same query once more in the same page (files cached in memory).

Bytes are the gzip (level 6) size of the files as a server would send them; Pagefind's own
files are already compressed and count as they are. Times are on 127.0.0.1, so without network
transfer time. Prints one table; --json writes the raw figures.
"""

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from playwright.sync_api import sync_playwright  # noqa: E402
from sitegen import QUERIES, site_documents  # noqa: E402

from plugins.search.assets import copy_search_assets  # noqa: E402
from plugins.search.indexer import build_search_files  # noqa: E402
from plugins.site.static_server import serve_directory  # noqa: E402

PAGE_DIR = Path(__file__).parent / "page"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
EXTRA_QUERIES = [("de", "Gebühr"), ("de", "Hundesteuer bezahlen"), ("en", "library")]
BENCH_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>bench</title><script src="/bench/{script}"></script></head><body></body></html>
"""


def gzip_size(path: Path) -> int:
    data = path.read_bytes()
    return min(len(data), len(gzip.compress(data, 6, mtime=0)))


def folder_size(folder: Path) -> tuple[int, int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files), sum(gzip_size(p) for p in files)


def build_lunr(site: dict, root: Path) -> dict:
    started = time.perf_counter()
    cpu = time.process_time()
    for lang, docs in site.items():
        build_search_files(docs, lang, root / "search" / lang, "")
    done = time.perf_counter()
    cpu = time.process_time() - cpu
    copy_search_assets(root / "search", ROOT / "node_modules")
    files, raw, packed = folder_size(root / "search")
    return {
        "build_s": done - started,
        "cpu_s": cpu,
        "files": files,
        "raw": raw,
        "gzip": packed,
    }


def write_html(site: dict, root: Path) -> None:
    from html import escape

    for lang, docs in site.items():
        for doc in docs:
            page = root / doc["url"].strip("/") / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(
                f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
                f"<title>{escape(doc['title'])}</title></head><body>"
                f"<main data-pagefind-body><h1>{escape(doc['title'])}</h1>"
                f'<p data-pagefind-weight="5">{escape(" ".join(doc["keywords"]))}</p>'
                f"<p>{escape(doc['summary'])}</p><p>{escape(doc['body'])}</p>"
                f'<span data-pagefind-filter="type" hidden>{doc["type"]}</span></main>'
                "</body></html>",
                encoding="utf-8",
            )


def build_pagefind(root: Path) -> dict:
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(root), "--silent"],
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    files, raw, packed = folder_size(root / "pagefind")
    return {
        "build_s": elapsed,
        "cpu_s": cpu,
        "import_s": 0.0,
        "files": files,
        "raw": raw,
        "gzip": packed,
    }


def write_bench_pages(root: Path) -> None:
    bench = root / "bench"
    bench.mkdir(exist_ok=True)
    for name in ("bench-lunr.js", "bench-pagefind.js"):
        shutil.copy(PAGE_DIR / name, bench / name)
    for tool in ("lunr", "pagefind"):
        for lang in ("de", "en"):
            html = BENCH_PAGE.format(lang=lang, script=f"bench-{tool}.js")
            (bench / f"{tool}-{lang}.html").write_text(html, encoding="utf-8")


def run_query(browser, base: str, root: Path, tool: str, lang: str, query: str, titles: bool):
    """One cold query in a fresh context, then the same query warm; returns figures."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/bench/{tool}-{lang}.html")
    fetched: list[str] = []
    context.on("requestfinished", lambda request: fetched.append(request.url))
    cold = page.evaluate("([q, l, t]) => benchQuery(q, l, t)", [query, lang, titles])
    paths = [urlsplit(url).path for url in fetched]
    warm = page.evaluate("([q, l, t]) => benchQuery(q, l, t)", [query, lang, titles])
    context.close()
    files = [root / p.lstrip("/") for p in dict.fromkeys(paths) if not p.startswith("/bench/")]
    return {
        "cold": cold,
        "warm": warm,
        "requests": len(files),
        "bytes": sum(gzip_size(f) for f in files if f.is_file()),
    }


def measure(root: Path, queries: list[tuple[str, str, str | None]]) -> dict:
    results: dict = {"lunr": [], "pagefind": []}
    with serve_directory(root) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        for lang, query, expected in queries:
            first = run_query(browser, base, root, "lunr", lang, query, titles=True)
            full = run_query(browser, base, root, "lunr", lang, query, titles=False)
            results["lunr"].append(_row(lang, query, expected, first, full))
            pf = run_query(browser, base, root, "pagefind", lang, query, titles=False)
            results["pagefind"].append(_row(lang, query, expected, pf, pf))
        browser.close()
    return results


def _row(lang, query, expected, first, full) -> dict:
    return {
        "lang": lang,
        "query": query,
        "expected": expected,
        "first_bytes": first["bytes"],
        "first_requests": first["requests"],
        "first_ms": first["cold"]["first"]["ms"],
        "first_url": first["cold"]["first"]["url"],
        "full_bytes": full["bytes"],
        "full_ms": full["cold"]["full"]["ms"],
        "full_url": full["cold"]["full"]["url"],
        "total": full["cold"]["full"]["total"],
        "warm_ms": full["warm"]["full"]["ms"],
    }


def _kb(n: float) -> str:
    return f"{n / 1024:,.0f} KB"


def report(pages: int, builds: dict, results: dict) -> str:
    load = os.getloadavg()[0]
    lines = [
        f"Search benchmark: {pages:,} pages (de + en), Chromium, 127.0.0.1, "
        f"{os.cpu_count()} cores, load average {load:.1f}",
        "",
    ]
    head = f"{'':34} {'lunr (ours)':>16} {'Pagefind 1.5.2':>16}"
    lines += [head, "-" * len(head)]

    def row(label, lunr_value, pagefind_value):
        lines.append(f"{label:34} {lunr_value:>16} {pagefind_value:>16}")

    lb, pb = builds["lunr"], builds["pagefind"]
    row("index build time (wall)", f"{lb['build_s']:.1f} s", f"{pb['build_s']:.1f} s")
    row("index build time (CPU)", f"{lb['cpu_s']:.1f} s", f"{pb['cpu_s']:.1f} s")
    row("index files", f"{lb['files']:,}", f"{pb['files']:,}")
    row("index size, raw", _kb(lb["raw"]), _kb(pb["raw"]))
    row("index size, gzip", _kb(lb["gzip"]), _kb(pb["gzip"]))
    for name, key, fmt in (
        ("bytes before first result (median)", "first_bytes", _kb),
        ("bytes before first result (max)", "first_bytes", _kb),
        ("first result, cold (median)", "first_ms", lambda v: f"{v:.0f} ms"),
        ("full results, cold (median)", "full_ms", lambda v: f"{v:.0f} ms"),
        ("bytes for full results (median)", "full_bytes", _kb),
        ("query, warm (median)", "warm_ms", lambda v: f"{v:.1f} ms"),
    ):
        pick = max if "(max)" in name else statistics.median
        row(
            name,
            fmt(pick(r[key] for r in results["lunr"])),
            fmt(pick(r[key] for r in results["pagefind"])),
        )
    hits = {
        t: sum(r["full_url"] == r["expected"] for r in rs if r["expected"])
        for t, rs in results.items()
    }
    graded = sum(1 for r in results["lunr"] if r["expected"])
    row("expected page first", f"{hits['lunr']}/{graded}", f"{hits['pagefind']}/{graded}")
    lines += ["", "Per query: first-result KB / ms, full ms, results (lunr | Pagefind)"]
    for ours, theirs in zip(results["lunr"], results["pagefind"], strict=True):
        lines.append(
            f"  {ours['lang']} {ours['query']!r:26} "
            f"{ours['first_bytes'] / 1024:5.0f} KB {ours['first_ms']:5.0f} ms "
            f"{ours['full_ms']:5.0f} ms {ours['total']:5} | "
            f"{theirs['first_bytes'] / 1024:5.0f} KB {theirs['first_ms']:5.0f} ms "
            f"{theirs['total']:5}"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--json", type=Path, help="write the raw figures here")
    args = parser.parse_args(argv)
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        site = site_documents(args.pages)
        builds = {"lunr": build_lunr(site, root)}
        write_html(site, root)
        builds["pagefind"] = build_pagefind(root)
        write_bench_pages(root)
        queries = [*QUERIES, *((lang, q, None) for lang, q in EXTRA_QUERIES)]
        results = measure(root, queries)
        print(report(args.pages, builds, results))
        if args.json:
            args.json.write_text(json.dumps({"builds": builds, "results": results}, indent=1))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
