"""Benchmark the image pipeline against a plain serial Pillow loop.

    .venv/bin/python benchmarks/images/bench_images.py [--count 200] [--avif]

Generates camera-size JPEGs once (cached under .cache/bench-images/), then measures in the
same run: the pipeline cold (empty cache), warm (cache and remembered hashes), warm after a
fresh checkout (cache restored, every file hashed again), and a plain serial loop (open,
resize to the same widths, save JPEG + WebP). Prints a Markdown table.
"""

import argparse
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from plugins.images.pipeline import ImageRequest, ImageSettings, process_images  # noqa: E402

BENCH_DIR = ROOT / ".cache" / "bench-images"


_GRAIN: dict[tuple[int, int], Image.Image] = {}


def natural_photo(size: tuple[int, int]) -> Image.Image:
    """Photo-like pixels, fast and numpy-free: smooth colour areas, mid-size detail, grain.

    Full-size noise is the slow part, so the sensor grain is made once per process and
    shared; the areas and the detail differ in every photo and channel.
    """
    if size not in _GRAIN:
        _GRAIN[size] = Image.effect_noise(size, 5)
    channels = []
    for _ in range(3):
        areas = Image.effect_noise((size[0] // 200, size[1] // 200), 90)
        detail = Image.effect_noise((size[0] // 20, size[1] // 20), 40)
        channel = ImageChops.add(_upscale(areas, size), _upscale(detail, size), offset=-128)
        channels.append(ImageChops.add(channel, _GRAIN[size], offset=-128))
    return Image.merge("RGB", channels)


def _upscale(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    return image.resize(size, Image.Resampling.BICUBIC)


def make_photo(args: tuple[Path, tuple[int, int]]) -> Path:
    path, size = args
    natural_photo(size).save(path, "JPEG", quality=90)
    return path


def sources(count: int, size: tuple[int, int], workers: int) -> list[Path]:
    folder = BENCH_DIR / f"sources-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"photo-{i:03d}.jpg" for i in range(count)]
    missing = [(p, size) for p in paths if not p.is_file()]
    if missing:
        print(f"generating {len(missing)} photos of {size[0]}×{size[1]} …", file=sys.stderr)
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(make_photo, missing))
    return paths


def plain_serial_loop(paths: list[Path], widths, out: Path) -> None:
    """What a first attempt looks like: full decode, resize, save, one image after another."""
    out.mkdir(parents=True, exist_ok=True)
    for path in paths:
        with Image.open(path) as image:
            image.load()
            for width in widths:
                height = round(width * image.height / image.width)
                resized = image.resize((width, height), Image.Resampling.LANCZOS)
                resized.save(out / f"{path.stem}-{width}.jpg", quality=82)
                resized.save(out / f"{path.stem}-{width}.webp", quality=80)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--size", default="4000x3000")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--avif", action="store_true", help="also encode AVIF (slow)")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    paths = sources(args.count, size, args.workers)

    work = BENCH_DIR / "work"
    shutil.rmtree(work, ignore_errors=True)
    settings = ImageSettings(cache_dir=work / "cache", avif=args.avif, og=False)
    requests = [ImageRequest(p) for p in paths]
    results = {}

    def pipeline_run():
        shutil.rmtree(work / "out", ignore_errors=True)
        results.update(
            process_images(requests, settings, work / "out", "/b", args.workers, progress=False)
        )

    cold = timed(pipeline_run)
    assert all(r.ok and not r.from_cache for r in results.values())
    warm = timed(pipeline_run)
    assert all(r.from_cache for r in results.values())
    (work / "cache" / "source-hashes.json").unlink()
    fresh_checkout = timed(pipeline_run)
    baseline = None
    if not args.skip_baseline:
        baseline = timed(lambda: plain_serial_loop(paths, settings.widths, work / "plain"))
    print_report(args, paths, results, cold, warm, fresh_checkout, baseline)


def print_report(args, paths, results, cold, warm, fresh_checkout, baseline) -> None:
    count = len(paths)
    original = sum(p.stat().st_size for p in paths)
    formats = results[paths[0]].formats
    print(
        f"\n{count} JPEGs {args.size}, {args.workers} workers, formats {'+'.join(formats)}, "
        f"Pillow {Image.__version__}\n"
    )
    print("| run | time | per image | images/s per core | vs. plain serial loop |")
    print("|---|---:|---:|---:|---:|")
    rows = [("pipeline, cold cache", cold), ("pipeline, warm cache", warm)]
    rows.append(("pipeline, restored cache, fresh clone (re-hash)", fresh_checkout))
    if baseline:
        rows.append(("plain serial Pillow loop (no cache, no draft)", baseline))
    for name, seconds in rows:
        ratio = f"{baseline / seconds:.1f}× faster" if baseline and seconds != baseline else "–"
        per_core = count / seconds / (args.workers if "pipeline" in name else 1)
        print(
            f"| {name} | {seconds:.2f} s | {seconds / count * 1000:.1f} ms "
            f"| {per_core:.2f} | {ratio} |"
        )
    print("\n| bytes | total | per image | vs. original |")
    print("|---|---:|---:|---:|")
    print(f"| originals | {_mib(original)} | {_kib(original / count)} | 100 % |")
    for fmt in formats:
        for index, width in enumerate(results[paths[0]].of_format(fmt)):
            total = sum(r.of_format(fmt)[index].bytes for r in results.values())
            print(
                f"| {fmt} {width.width} px | {_mib(total)} | {_kib(total / count)} "
                f"| {total / original * 100:.1f} % (saves {100 - total / original * 100:.1f} %) |"
            )


def _mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def _kib(n: float) -> str:
    return f"{n / 2**10:.0f} KiB"


if __name__ == "__main__":
    main()
