"""The pipeline on real generated images: sizes, formats, metadata, cache, parallelism."""

import os
import sys
from pathlib import Path

import pytest
from PIL import Image, JpegImagePlugin

from plugins.images import encode as encode_module
from plugins.images import pipeline
from plugins.images.pipeline import ImageRequest, ImageSettings, process_images

from .helpers import gps_exif, photo


def run(tmp_path, sources, settings, **kwargs):
    requests = [s if isinstance(s, ImageRequest) else ImageRequest(s) for s in sources]
    kwargs.setdefault("workers", 1)
    return process_images(requests, settings, tmp_path / "out", "/bilder", **kwargs)


def all_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_camera_photo_gets_three_widths_in_webp_and_jpeg(tmp_path, settings):
    source = photo(tmp_path / "content" / "rathaus.jpg", size=(2400, 1800))
    result = run(tmp_path, [source], settings)[source]

    assert result.ok, result.error
    assert (result.width, result.height) == (2400, 1800)
    assert result.formats == ["webp", "jpeg"]
    for fmt, pillow_name in (("webp", "WEBP"), ("jpeg", "JPEG")):
        variants = result.of_format(fmt)
        assert [(v.width, v.height) for v in variants] == [(480, 360), (960, 720), (1600, 1200)]
        for variant in variants:
            with Image.open(variant.path) as out:
                assert out.format == pillow_name
                assert out.size == (variant.width, variant.height)
            assert variant.url == f"/bilder/{variant.path.name}"
            assert variant.bytes == variant.path.stat().st_size


def test_avif_is_added_first_when_enabled(tmp_path):
    source = photo(tmp_path / "a.jpg", size=(1000, 750))
    settings = ImageSettings(cache_dir=tmp_path / "cache", avif=True, og=False)
    result = run(tmp_path, [source], settings)[source]

    assert result.formats == ["avif", "webp", "jpeg"]
    with Image.open(result.of_format("avif")[0].path) as out:
        assert out.format == "AVIF"


@pytest.mark.parametrize(
    ("source_width", "expected_widths"),
    [
        (300, [300]),  # smaller than every width: only its own
        (480, [480]),
        (1000, [480, 960, 1000]),
        (1600, [480, 960, 1600]),
        (3000, [480, 960, 1600]),
    ],
)
def test_never_upscaled(tmp_path, settings, source_width, expected_widths):
    source = photo(tmp_path / "a.jpg", size=(source_width, source_width // 2))
    result = run(tmp_path, [source], settings)[source]

    for fmt in result.formats:
        assert [v.width for v in result.of_format(fmt)] == expected_widths


def test_exif_orientation_applied_and_all_metadata_dropped(tmp_path, settings):
    # Stored 1200×900 landscape, orientation 6 = shown rotated to 900×1200 portrait.
    stored = Image.new("RGB", (1200, 900), "blue")
    stored.paste((255, 0, 0), (0, 0, 300, 300))  # red top-left as stored
    source = tmp_path / "hochkant.jpg"
    stored.save(source, quality=95, exif=gps_exif(orientation=6))
    with Image.open(source) as check:  # the source really carries GPS
        assert check.getexif().get_ifd(0x8825)

    result = run(tmp_path, [ImageRequest(source, want_og=True)], settings)[source]

    assert (result.width, result.height) == (900, 1200)
    assert [(v.width, v.height) for v in result.of_format("jpeg")] == [(480, 640), (900, 1200)]
    for path in [v.path for v in result.variants] + [result.og.path]:
        data = path.read_bytes()
        with Image.open(path) as out:
            assert len(out.getexif()) == 0, path.name
            assert "exif" not in out.info and "xmp" not in out.info
        assert b"Musterkamera" not in data and b"Exif\x00\x00" not in data, path.name
    # Orientation 6 turns the stored top-left corner into the top-right corner.
    with Image.open(result.of_format("jpeg")[-1].path) as out:
        red, _, blue = out.convert("RGB").getpixel((850, 50))
        assert red > 200 and blue < 60
        assert out.convert("RGB").getpixel((50, 50))[2] > 200  # top-left is blue


def test_transparent_png_keeps_alpha_with_png_fallback(tmp_path, settings):
    source = tmp_path / "logo.png"
    Image.new("RGBA", (600, 300), (0, 128, 0, 100)).save(source)
    result = run(tmp_path, [source], settings)[source]

    assert result.fallback_format == "png"
    assert result.formats == ["webp", "png"]
    for variant in result.variants:
        with Image.open(variant.path) as out:
            assert out.mode == "RGBA"
            assert out.getpixel((10, 10))[3] == 100


def test_open_graph_crop_is_1200_by_630_around_the_focal_point(tmp_path, settings):
    wide = Image.new("RGB", (3000, 1000), "blue")
    wide.paste((255, 0, 0), (0, 0, 1500, 1000))  # left half red
    source = tmp_path / "panorama.jpg"
    wide.save(source, quality=95)

    centred = run(tmp_path, [ImageRequest(source, want_og=True)], settings)[source]
    focused = run(
        tmp_path,
        [ImageRequest(source, want_og=True, focal=(0.1, 0.5))],
        settings,
    )[source]

    for result in (centred, focused):
        with Image.open(result.og.path) as og:
            assert og.size == (1200, 630) and og.format == "JPEG"
    # The crop is 1905×1000 of the source. Centred it starts at x=547, so the red half ends
    # at 600 px of the OG image; on the left edge it starts at 0 and red reaches 945 px.
    with Image.open(centred.og.path) as og:
        assert og.getpixel((500, 315))[0] > 200 and og.getpixel((900, 315))[2] > 200
    with Image.open(focused.og.path) as og:
        assert og.getpixel((900, 315))[0] > 200 and og.getpixel((1100, 315))[2] > 200
    assert centred.og.path != focused.og.path


def test_open_graph_only_when_wanted_and_enabled(tmp_path):
    source = photo(tmp_path / "a.jpg", size=(1600, 1200))
    on = ImageSettings(cache_dir=tmp_path / "c1")
    off = ImageSettings(cache_dir=tmp_path / "c2", og=False)

    assert run(tmp_path, [ImageRequest(source, want_og=False)], on)[source].og is None
    assert run(tmp_path, [ImageRequest(source, want_og=True)], off)[source].og is None
    assert run(tmp_path, [ImageRequest(source, want_og=True)], on)[source].og is not None


def test_small_source_gives_smaller_og_crop_not_an_upscale(tmp_path, settings):
    source = photo(tmp_path / "klein.jpg", size=(800, 600))
    result = run(tmp_path, [ImageRequest(source, want_og=True)], settings)[source]

    with Image.open(result.og.path) as og:
        assert og.size == (800, 420)


def test_second_run_hits_the_cache_and_encodes_nothing(tmp_path, settings, monkeypatch):
    sources = [photo(tmp_path / f"bild{i}.jpg", size=(1200, 900)) for i in range(3)]
    first = run(tmp_path, sources, settings)
    cache_files = {p: p.stat().st_mtime_ns for p in all_files(settings.cache_dir / "")}

    def must_not_encode(job):
        raise AssertionError(f"encoded {job.source} again")

    monkeypatch.setattr(pipeline, "encode", must_not_encode)
    second = run(tmp_path, sources, settings)

    assert all(not r.from_cache for r in first.values())
    assert all(r.from_cache and r.ok for r in second.values())
    assert [v.url for v in second[sources[0]].variants] == [
        v.url for v in first[sources[0]].variants
    ]
    cache_images = [p for p in cache_files if p.suffix in (".jpg", ".webp")]
    assert cache_images and all(p.stat().st_mtime_ns == cache_files[p] for p in cache_images)


def test_fresh_checkout_with_restored_cache_encodes_nothing(tmp_path, settings, monkeypatch):
    source = photo(tmp_path / "a.jpg", size=(1000, 750))
    run(tmp_path, [source], settings)
    # A fresh CI clone: new mtimes, no output folder; the cache folder was restored.
    os.utime(source, ns=(1, 1))
    for path in all_files(tmp_path / "out"):
        path.unlink()
    monkeypatch.setattr(pipeline, "encode", lambda job: pytest.fail("encoded again"))

    result = run(tmp_path, [source], settings)[source]

    assert result.from_cache
    assert all(v.path.is_file() for v in result.variants)


def test_changed_image_or_settings_encode_again(tmp_path, settings):
    source = photo(tmp_path / "a.jpg", size=(1000, 750))
    first = run(tmp_path, [source], settings)[source]
    photo(source, size=(1000, 750))  # new noise, new content hash
    changed_content = run(tmp_path, [source], settings)[source]
    changed_quality = ImageSettings(cache_dir=settings.cache_dir, webp_quality=50)
    changed_settings = run(tmp_path, [source], changed_quality)[source]

    assert not changed_content.from_cache and not changed_settings.from_cache
    urls = {r.variants[0].url for r in (first, changed_content, changed_settings)}
    assert len(urls) == 3  # new content or settings, new file names: no stale browser caches


def test_content_hash_is_remembered_by_size_and_mtime(tmp_path, settings, monkeypatch):
    source = photo(tmp_path / "a.jpg", size=(800, 600))
    run(tmp_path, [source], settings)
    hashed = []
    real_digest = pipeline.cache.hashlib.file_digest
    monkeypatch.setattr(
        pipeline.cache.hashlib,
        "file_digest",
        lambda handle, name: hashed.append(handle.name) or real_digest(handle, name),
    )

    run(tmp_path, [source], settings)
    assert hashed == []
    os.utime(source, ns=(10**18, 10**18))
    run(tmp_path, [source], settings)
    assert hashed == [str(source)]


def test_parallel_run_gives_byte_identical_outputs(tmp_path):
    sources = [photo(tmp_path / f"p{i}.jpg", size=(1700, 1000)) for i in range(4)]
    requests = [ImageRequest(s, want_og=True) for s in sources]
    serial = process_images(
        requests, ImageSettings(cache_dir=tmp_path / "c1"), tmp_path / "o1", "/b", workers=1
    )
    parallel = process_images(
        requests, ImageSettings(cache_dir=tmp_path / "c2"), tmp_path / "o2", "/b", workers=2
    )

    assert [p.name for p in all_files(tmp_path / "o1")] == [
        p.name for p in all_files(tmp_path / "o2")
    ]
    for one, two in zip(all_files(tmp_path / "o1"), all_files(tmp_path / "o2"), strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
    assert all(r.ok for r in parallel.values()) and len(serial) == 4


def test_same_source_on_two_pages_is_processed_once(tmp_path, settings):
    source = photo(tmp_path / "a.jpg", size=(1000, 750))
    calls = []

    def progress(done, total):
        calls.append((done, total))

    result = run(
        tmp_path,
        [ImageRequest(source), ImageRequest(source, want_og=True), ImageRequest(str(source))],
        settings,
        progress=progress,
    )

    assert result[source].og is not None  # one page wanted it
    assert calls == [(1, 1)]


def test_svg_is_copied_untouched(tmp_path, settings):
    source = tmp_path / "wappen.svg"
    text = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect/></svg>'
    source.write_text(text)
    result = run(tmp_path, [source], settings)[source]

    assert result.svg and (result.width, result.height) == (120, 80)
    assert result.variants[0].path.read_text() == text
    assert result.variants[0].url.endswith(".svg")


def test_no_temp_files_left_behind(tmp_path, settings):
    sources = [photo(tmp_path / f"a{i}.jpg", size=(900, 600)) for i in range(3)]
    run(tmp_path, sources, settings, workers=2)
    run(tmp_path, sources, settings, workers=2)

    leftovers = [p for p in all_files(tmp_path) if ".tmp" in p.name]
    leftover_dirs = list(tmp_path.rglob("*.tmp-*"))
    assert leftovers == [] and leftover_dirs == []


def test_failed_encode_leaves_no_half_written_cache_entry(tmp_path, settings, monkeypatch):
    source = photo(tmp_path / "a.jpg", size=(1000, 750))
    real_save = encode_module._save
    saved = []

    def disk_full_after_two(*args, **kwargs):
        if len(saved) == 2:
            raise OSError(28, "No space left on device")
        saved.append(real_save(*args, **kwargs))
        return saved[-1]

    monkeypatch.setattr(encode_module, "_save", disk_full_after_two)
    result = run(tmp_path, [source], settings)[source]

    assert "No space left on device" in result.error.what
    assert [p for p in all_files(settings.cache_dir) if p.name != "source-hashes.json"] == []
    assert not (tmp_path / "out").exists()

    monkeypatch.setattr(encode_module, "_save", real_save)
    assert run(tmp_path, [source], settings)[source].ok  # nothing stale blocks the retry


def test_partly_restored_cache_entry_is_encoded_again(tmp_path, settings):
    source = photo(tmp_path / "a.jpg", size=(1000, 750))
    first = run(tmp_path, [source], settings)[source]
    cached_webp = next(settings.cache_dir.rglob("960.webp"))
    cached_webp.unlink()  # a CI cache restore that lost a file

    again = run(tmp_path, [source], settings)[source]

    assert not again.from_cache and again.ok
    assert cached_webp.is_file()
    assert [v.url for v in again.variants] == [v.url for v in first.variants]


def test_output_write_failure_is_an_error_object(tmp_path, settings):
    source = photo(tmp_path / "a.jpg", size=(600, 400))
    (tmp_path / "out").write_text("a file where the output folder should be")

    result = run(tmp_path, [source], settings)[source]

    assert "cannot write 'a.jpg' to the output folder" in result.error.what


def test_jpeg_is_decoded_at_reduced_size(tmp_path, settings, monkeypatch):
    source = photo(tmp_path / "kamera.jpg", size=(4000, 3000))
    drafts = []
    real_draft = JpegImagePlugin.JpegImageFile.draft

    def spy(image, mode, size):
        drafted = real_draft(image, mode, size)
        drafts.append((size, image.size))
        return drafted

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    result = run(tmp_path, [ImageRequest(source, want_og=True)], settings)[source]

    # 1600 px wide outputs and a 1200×630 OG crop need at least 1600×1200: decode at 1/2.
    assert drafts == [((1600, 1200), (2000, 1500))]
    assert (result.width, result.height) == (4000, 3000)
    assert result.of_format("jpeg")[-1].width == 1600


COUNTER = "\rimages: 1/2\rimages: 2/2\n"


@pytest.mark.parametrize(
    ("progress", "ci", "expected"),
    [
        (True, None, COUNTER),
        (None, None, COUNTER),  # a terminal: counter
        (None, "true", ""),  # CI: quiet even on a terminal
        (False, None, ""),
    ],
)
def test_progress_on_stderr(tmp_path, settings, monkeypatch, capsys, progress, ci, expected):
    monkeypatch.delenv("CI", raising=False)
    if ci:
        monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    sources = [photo(tmp_path / f"{i}.jpg", size=(300, 200)) for i in range(2)]
    run(tmp_path, sources, settings, progress=progress)
    assert capsys.readouterr().err == expected
