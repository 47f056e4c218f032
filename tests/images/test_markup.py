"""The markup, read back with the stdlib HTML parser."""

from pathlib import Path

import pytest

from plugins.images.pipeline import ImageError, ProcessedImage, Variant, picture_html

from .helpers import parse_tags


def variant(fmt, width, height):
    ext = {"jpeg": "jpg"}.get(fmt, fmt)
    url = f"/bilder/rathaus-abc-{width}.{ext}"
    return Variant(fmt, width, height, url, Path(url), 1000)


PHOTO = ProcessedImage(
    source=Path("content/bilder/rathaus.jpg"),
    width=2400,
    height=1800,
    variants=tuple(
        variant(fmt, w, h)
        for fmt in ("avif", "webp", "jpeg")
        for w, h in ((480, 360), (960, 720), (1600, 1200))
    ),
    fallback_format="jpeg",
)
SVG = ProcessedImage(
    source=Path("content/wappen.svg"),
    width=120,
    height=80,
    variants=(Variant("svg", 120, 80, "/bilder/wappen-abc.svg", Path("x"), 10),),
    fallback_format="svg",
    svg=True,
)


def test_picture_has_sources_per_modern_format_and_a_fallback_img():
    tags = parse_tags(picture_html(PHOTO, "Rathaus am Marktplatz", sizes="50vw"))

    assert [tag for tag, _ in tags] == ["picture", "source", "source", "img"]
    avif, webp, img = (attrs for _, attrs in tags[1:])
    assert avif["type"] == "image/avif" and webp["type"] == "image/webp"
    assert webp["srcset"] == (
        "/bilder/rathaus-abc-480.webp 480w, /bilder/rathaus-abc-960.webp 960w, "
        "/bilder/rathaus-abc-1600.webp 1600w"
    )
    assert avif["sizes"] == webp["sizes"] == img["sizes"] == "50vw"
    assert img["src"] == "/bilder/rathaus-abc-1600.jpg"
    assert img["srcset"].split(", ")[0] == "/bilder/rathaus-abc-480.jpg 480w"
    assert (img["width"], img["height"]) == ("1600", "1200")
    assert img["alt"] == "Rathaus am Marktplatz"
    assert img["loading"] == "lazy" and img["decoding"] == "async"
    assert "fetchpriority" not in img


def test_default_sizes():
    img = parse_tags(picture_html(PHOTO, "x"))[-1][1]
    assert img["sizes"] == "(min-width: 60rem) 60rem, 100vw"


def test_hero_image_is_eager_with_high_priority():
    img = parse_tags(picture_html(PHOTO, "Marktplatz", eager=True, css_class="hero__bild"))[-1][1]

    assert "loading" not in img  # browsers load eagerly by default
    assert "fetchpriority" not in img and img["decoding"] == "async"
    assert img["class"] == "hero__bild"


@pytest.mark.parametrize(
    "alt",
    ['Schild „Rathaus“ & "Bürgerbüro" <geöffnet>', "Wert > 5 ' und < 7", "Ä Ö Ü ß"],
)
def test_alt_is_escaped_and_reads_back_unchanged(alt):
    html = picture_html(PHOTO, alt)
    assert "<geöffnet>" not in html
    assert parse_tags(html)[-1][1]["alt"] == alt


@pytest.mark.parametrize(("alt", "decorative"), [("", False), (None, False), ("Zierlinie", True)])
def test_decorative_image_has_empty_alt(alt, decorative):
    html = picture_html(PHOTO, alt, decorative=decorative)
    assert ' alt=""' in html and parse_tags(html)[-1][1]["alt"] == ""


def test_svg_is_a_plain_img_with_its_size():
    tags = parse_tags(picture_html(SVG, "Wappen von Musterstadt"))

    assert len(tags) == 1
    tag, img = tags[0]
    assert tag == "img" and img["src"] == "/bilder/wappen-abc.svg"
    assert (img["width"], img["height"]) == ("120", "80")
    assert img["loading"] == "lazy" and img["decoding"] == "async" and "srcset" not in img


def test_svg_without_size_has_no_width_height():
    no_size = ProcessedImage(
        Path("a.svg"), variants=(Variant("svg", None, None, "/a.svg", Path("a"), 1),), svg=True
    )
    img = parse_tags(picture_html(no_size, "Karte"))[0][1]
    assert "width" not in img and "height" not in img


def test_failed_image_cannot_be_rendered():
    failed = ProcessedImage(Path("a.jpg"), error=ImageError("a.jpg", "missing", "add it"))
    with pytest.raises(ValueError, match="missing — add it"):
        picture_html(failed, "x")
