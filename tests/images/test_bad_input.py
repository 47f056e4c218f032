"""Every kind of bad input becomes an ImageError (what — fix), never an exception."""

import pytest
from PIL import Image

from plugins.images.pipeline import ImageRequest, ImageSettings, process_images

from .helpers import photo


def truncated_jpeg(path):
    photo(path, size=(800, 600))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def not_an_image(path):
    path.write_text("Das ist kein Bild, sondern Text.")


def empty_file(path):
    path.write_bytes(b"")


def large_png(path):
    # 3000×3000 = 9 megapixels, over the 4-megapixel limit set below (one-colour PNG: tiny file).
    Image.new("RGB", (3000, 3000), "white").save(path)


def bomb_png(path):
    # Over twice the limit: Pillow raises DecompressionBombError instead of warning.
    Image.new("L", (6000, 6000)).save(path)


def broken_svg(path):
    path.write_text("<svg xmlns='http://www.w3.org/2000/svg'><g></svg")


def pdf(path):
    path.write_bytes(b"%PDF-1.7\n")


@pytest.mark.parametrize(
    ("name", "make", "what", "fix"),
    [
        ("fehlt.jpg", None, "not found", "check the path"),
        ("halb.jpg", truncated_jpeg, "damaged or truncated", "export or download"),
        ("text.jpg", not_an_image, "not an image Pillow can read", "save it as JPEG"),
        ("leer.png", empty_file, "not an image Pillow can read", "save it as JPEG"),
        ("gross.png", large_png, "too many pixels", "scale it down"),
        ("bombe.png", bomb_png, "decompression bomb", "scale it down"),
        ("kaputt.svg", broken_svg, "SVG 'kaputt.svg' cannot be read", "save it again"),
        ("flyer.pdf", pdf, "not a supported image type (.pdf)", "link other files as downloads"),
    ],
)
def test_bad_input_is_an_error_object(tmp_path, name, make, what, fix):
    source = tmp_path / name
    if make:
        make(source)
    good = photo(tmp_path / "gut.jpg", size=(600, 400))
    settings = ImageSettings(cache_dir=tmp_path / "cache", max_pixels=4_000_000)

    results = process_images(
        [ImageRequest(source, want_og=True), ImageRequest(good)],
        settings,
        tmp_path / "out",
        "/b",
        workers=2,
    )

    error = results[source].error
    assert error is not None and not results[source].ok
    assert what in error.what and fix in error.fix
    assert str(error) == f"{error.what} — {error.fix}"
    assert results[source].variants == ()
    assert results[good].ok  # one bad image does not stop the others
    assert not list(tmp_path.rglob("*.tmp-*"))


def test_pixel_limit_is_restored_after_processing(tmp_path):
    before = Image.MAX_IMAGE_PIXELS
    source = tmp_path / "a.png"
    large_png(source)
    settings = ImageSettings(cache_dir=tmp_path / "cache", max_pixels=1000)

    process_images([ImageRequest(source)], settings, tmp_path / "out", "/b", workers=1)

    assert before == Image.MAX_IMAGE_PIXELS
