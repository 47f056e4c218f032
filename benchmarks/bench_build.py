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
import statistics
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
    cpu_seconds: float = 0.0  # user + system of the build and the workers it waited for


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
    return Run(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


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


def repeated(command: list[str], repeat: int, before=None) -> Run:
    """The median wall time (and the largest peak memory) of `repeat` runs: this machine's
    timings vary by 10 % from one run to the next."""
    runs = []
    for _ in range(repeat):
        if before is not None:
            before()
        runs.append(timed(command))
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_mb for r in runs))


def empty(*folders: Path, keep: str | None = None):
    """A `before` that deletes folders (keeping the subfolder `keep` of each, if any)."""

    def delete() -> None:
        for folder in folders:
            if not folder.exists():
                continue
            for child in folder.iterdir():
                if child.name != keep:
                    shutil.rmtree(child) if child.is_dir() else child.unlink()

    return delete


def measure(work: Path, pages: int, rounds: int, repeat: int, progress, photos: int = 30) -> dict:
    site, bare_site = work / "site", work / "bare"
    progress(f"generating {pages} pages …")
    count = write_site(site, pages, photos=photos)
    write_bare(site, bare_site)
    out, bare_out, cache = work / "out", work / "bare-out", work / "cache"
    mine, theirs = ours(site, out, cache), bare(bare_site, bare_out)
    results = {"pages": count, "photos": len(list(site.rglob("*.jpg")))}
    progress(f"bare Pelican, cold (×{repeat}) …")
    results["bare_cold"] = repeated(theirs, repeat, empty(bare_out))
    progress(f"ours, cold (×{repeat}) …")
    results["cold"] = repeated(mine, repeat, empty(out, cache))
    progress(f"ours, cold but for the processed photos (×{repeat}) …")
    results["cold_photos"] = repeated(mine, repeat, empty(out, cache, keep="images"))
    progress(f"bare Pelican, warm (×{repeat}) …")
    results["bare_warm"] = repeated(theirs, repeat)
    progress(f"ours, warm (×{repeat}) …")
    results["warm"] = repeated(mine, repeat)
    progress(f"after editing one page (×{repeat}) …")
    results["bare_edit"] = repeated(theirs, repeat, lambda: edit_one(bare_site))
    results["edit"] = repeated(mine, repeat, lambda: edit_one(site))
    results["size"], results["bare_size"] = size_mb(out), size_mb(bare_out)
    progress(f"ours, cold but for the photos, with and without the waste calendar (×{repeat}) …")
    results["waste"] = waste_share(site, work, out, cache, repeat)
    results["preview"] = measure_preview(site, work, cache, rounds, progress)
    return results


def waste_share(site: Path, work: Path, out: Path, cache: Path, repeat: int) -> tuple[Run, Run]:
    """The "photos already processed" cold build with and without the site's waste calendar
    (1,200 street rows, 30 districts), taken in turns so that the machine's drift (10-30 %
    within minutes here) falls on both alike: (with, without)."""
    other = work / "site-no-waste"
    if other.exists():
        shutil.rmtree(other)
    shutil.copytree(site, other, ignore=shutil.ignore_patterns("abfall"))
    other_out, other_cache = work / "out-no-waste", work / "cache-no-waste"
    empty(other_out, other_cache)()
    timed(ours(other, other_out, other_cache))  # processes the photos once, like `out` has
    builds = (
        (ours(site, out, cache), empty(out, cache, keep="images")),
        (ours(other, other_out, other_cache), empty(other_out, other_cache, keep="images")),
    )
    runs: list[list[Run]] = [[], []]
    for _ in range(repeat):
        for number, (command, before) in enumerate(builds):
            before()
            runs[number].append(timed(command))
    return tuple(
        Run(
            statistics.median(r.seconds for r in found),
            max(r.peak_mb for r in found),
            statistics.median(r.cpu_seconds for r in found),
        )
        for found in runs
    )


def waste_line(with_it: Run, without: Run) -> str:
    """CPU time beside wall time: on this shared machine the wall time of one build drifts
    by 10-30 %, more than the calendar costs."""
    return (
        "waste calendar (1,200 street rows, 30 districts), cold build with photos processed, "
        f"with / without it (in turns): CPU {with_it.cpu_seconds:.2f} / "
        f"{without.cpu_seconds:.2f} s ({with_it.cpu_seconds / without.cpu_seconds - 1:+.1%}), "
        f"wall {with_it.seconds:.2f} / {without.seconds:.2f} s "
        f"({with_it.seconds / without.seconds - 1:+.1%})"
    )


def table(r: dict) -> str:
    rows = [
        (
            f"cold build ({r['photos']} photos to process)",
            r["cold"].seconds,
            r["bare_cold"].seconds,
            "s",
        ),
        (
            "cold build, photos already processed",
            r["cold_photos"].seconds,
            r["bare_cold"].seconds,
            "s",
        ),
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
        f"{r['pages']} content files and {r['photos']} photos, {os.cpu_count()} cores; "
        "build figures are medians of several runs",
        f"| {'measure':<50} | {'ours':>9} | {'bare Pelican':>12} | {'ratio':>6} |",
        f"|{'-' * 52}|{'-' * 11}|{'-' * 14}|{'-' * 8}|",
    ]
    for name, mine, base, unit in rows:
        lines.append(
            f"| {name:<50} | {mine:>7.2f} {unit:<1} | {base:>10.2f} {unit:<1} | "
            f"{mine / base:>6.2f} |"
        )
    lines.append(waste_line(*r["waste"]))
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
    parser.add_argument("--repeat", type=int, default=3, help="runs per build figure (median)")
    parser.add_argument("--photos", type=int, default=30, help="camera-size photos in the site")
    parser.add_argument("--work", type=Path, default=ROOT / ".cache" / "bench-build")
    args = parser.parse_args(argv)
    quiet = os.environ.get("CI") or not sys.stderr.isatty()

    def progress(message: str) -> None:
        if not quiet:
            print(message, file=sys.stderr, flush=True)

    results = measure(args.work, args.pages, args.rounds, args.repeat, progress, args.photos)
    print(table(results))


if __name__ == "__main__":
    main()
