"""Build-speed benchmark: our build against bare Pelican on the same Markdown, in one run.

`invoke bench [--pages 5000]` prints cold build, warm build (nothing changed), rebuild after
editing one page, peak memory and output size, each beside bare Pelican (no plugins, the simple
theme) building the same bodies, with the ratio ours / bare; then the preview (`invoke
livereload`) on the same site: its rebuild after an edit and the time from saving the file to
Chromium showing the change (`bench_preview.py`), against bare Pelican's rebuild, which its own
autoreload would need before a browser could show anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_preview import measure_preview
from benchmarks.generate_site import write_bare, write_site

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass
class Run:
    seconds: float
    peak_mb: float


def timed(command: list[str], env: dict | None = None) -> Run:
    """Run a command; its wall time and the peak memory (RSS) of its main process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()[-3000:]}")
    return Run(seconds, usage.ru_maxrss / 1024)


def ours(content: Path, output: Path, cache: Path) -> list[str]:
    return [
        PYTHON,
        "-m",
        "plugins.site.build",
        "--content",
        str(content),
        "--output",
        str(output),
        "--date",
        "2026-11-25",
        "--cache",
        str(cache),
    ]


def bare(content: Path, output: Path) -> list[str]:
    return [
        PYTHON,
        "-m",
        "pelican",
        str(content),
        "-o",
        str(output),
        "-s",
        str(ROOT / "benchmarks" / "bare_pelicanconf.py"),
        "-q",
    ]


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def edit_one(content: Path) -> None:
    page = sorted(content.rglob("*news-1*.md"))[0]  # bare: pages/rathaus-aktuelles-news-1.md
    page.write_text(page.read_text() + "\nEin geänderter Satz.\n")


def measure(work: Path, pages: int, rounds: int, progress) -> dict:
    site, bare_site = work / "site", work / "bare"
    progress(f"generating {pages} pages …")
    count = write_site(site, pages)
    write_bare(site, bare_site)
    out, bare_out, cache = work / "out", work / "bare-out", work / "cache"
    for folder in (out, bare_out, cache):
        shutil.rmtree(folder, ignore_errors=True)
    results = {"pages": count}
    progress("bare Pelican, cold …")
    results["bare_cold"] = timed(bare(bare_site, bare_out))
    progress("ours, cold …")
    results["cold"] = timed(ours(site, out, cache))
    progress("bare Pelican, warm …")
    results["bare_warm"] = timed(bare(bare_site, bare_out))
    progress("ours, warm …")
    results["warm"] = timed(ours(site, out, cache))
    edit_one(site)
    edit_one(bare_site)
    progress("after editing one page …")
    results["bare_edit"] = timed(bare(bare_site, bare_out))
    results["edit"] = timed(ours(site, out, cache))
    results["size"], results["bare_size"] = size_mb(out), size_mb(bare_out)
    results["preview"] = measure_preview(site, work, cache, rounds, progress)
    return results


def table(r: dict) -> str:
    rows = [
        ("cold build", r["cold"].seconds, r["bare_cold"].seconds, "s"),
        ("warm build, nothing changed", r["warm"].seconds, r["bare_warm"].seconds, "s"),
        ("rebuild after editing one page", r["edit"].seconds, r["bare_edit"].seconds, "s"),
        ("peak memory (main process)", r["cold"].peak_mb, r["bare_cold"].peak_mb, "MB"),
        ("output size", r["size"], r["bare_size"], "MB"),
    ]
    # Bare Pelican has no incremental preview: its autoreload rebuilds everything, at least
    # its "rebuild after editing one page" before a browser could show anything.
    bare_edit = r["bare_edit"].seconds
    for what, figures in (r["preview"] or {}).items():
        rows.append((f"preview, {what}: rebuild", figures["rebuild"], bare_edit, "s"))
        rows.append((f"preview, {what}: save to screen", figures["shown"], bare_edit, "s"))
    lines = [
        f"{r['pages']} content files, {os.cpu_count()} cores",
        f"| {'measure':<50} | {'ours':>9} | {'bare Pelican':>12} | {'ratio':>6} |",
        f"|{'-' * 52}|{'-' * 11}|{'-' * 14}|{'-' * 8}|",
    ]
    for name, mine, base, unit in rows:
        lines.append(
            f"| {name:<50} | {mine:>7.2f} {unit:<1} | {base:>10.2f} {unit:<1} | "
            f"{mine / base:>6.2f} |"
        )
    if r["preview"] is None:
        lines.append("preview: not measured (needs Playwright and Chromium at /usr/bin/chromium)")
    else:
        pages = ", ".join(f"{what}: {f['pages']:.0f}" for what, f in r["preview"].items())
        lines.append(f"pages re-rendered by the preview per edit (median): {pages}")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5, help="edits per kind in the preview")
    parser.add_argument("--work", type=Path, default=ROOT / ".cache" / "bench-build")
    args = parser.parse_args(argv)
    quiet = os.environ.get("CI") or not sys.stderr.isatty()

    def progress(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    print(table(measure(args.work, args.pages, args.rounds, progress)))


if __name__ == "__main__":
    main()
