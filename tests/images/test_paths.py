"""Image paths as editors write them, resolved against the Markdown file and content root."""

from pathlib import Path

import pytest

from plugins.images.errors import ImagePathError
from plugins.images.paths import resolve_image_path
from plugins.images.pipeline import ImageError


@pytest.fixture
def content(tmp_path) -> Path:
    root = tmp_path / "content"
    for name in ("bilder/rathaus.jpg", "verwaltung/bilder/amt.jpg", "verwaltung/foto 1.jpg"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(b"jpg")
    (tmp_path / "geheim.jpg").write_bytes(b"outside")
    return root


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("bilder/amt.jpg", "verwaltung/bilder/amt.jpg"),  # beside the page
        ("./bilder/amt.jpg", "verwaltung/bilder/amt.jpg"),
        ("../bilder/rathaus.jpg", "bilder/rathaus.jpg"),
        ("/bilder/rathaus.jpg", "bilder/rathaus.jpg"),  # from the content root
        ("{static}/bilder/rathaus.jpg", "bilder/rathaus.jpg"),
        ("{static}bilder/amt.jpg", "verwaltung/bilder/amt.jpg"),
        ("{attach}bilder/amt.jpg", "verwaltung/bilder/amt.jpg"),
        ("{attach}/bilder/rathaus.jpg", "bilder/rathaus.jpg"),
        ("  bilder/amt.jpg  ", "verwaltung/bilder/amt.jpg"),
        ("foto%201.jpg", "verwaltung/foto 1.jpg"),  # URL-encoded space from a Markdown link
        ("foto 1.jpg", "verwaltung/foto 1.jpg"),
    ],
)
def test_editor_paths_resolve(content, raw, expected):
    md_file = content / "verwaltung" / "buergerbuero.md"
    assert resolve_image_path(raw, md_file, content) == (content / expected).resolve()


@pytest.mark.parametrize(
    ("raw", "what", "fix"),
    [
        ("../../geheim.jpg", "points outside the content folder", "put the image under content/"),
        ("/../geheim.jpg", "points outside the content folder", "put the image under content/"),
        ("{static}/../geheim.jpg", "points outside the content folder", "under content/"),
        ("bilder/fehlt.jpg", "not found (looked for verwaltung/bilder/fehlt.jpg)", "check the"),
        ("bilder/AMT.JPG", "not found", "the file is named 'amt.jpg' (letter case differs)"),
        ("bilder/amt.jpeg", "not found", "did you mean 'amt.jpg'?"),
        ("nirgends/amt.jpg", "not found", "the folder nirgends/ does not exist"),
        ("https://example.org/a.jpg", "is an external URL", "save the image under content/"),
        ("//cdn.example.org/a.jpg", "is an external URL", "save the image under content/"),
        ("", "empty image path", "write the path"),
    ],
)
def test_bad_paths_raise_a_clear_error(content, raw, what, fix):
    md_file = content / "verwaltung" / "buergerbuero.md"
    with pytest.raises(ImagePathError) as caught:
        resolve_image_path(raw, md_file, content)

    error = caught.value.error
    assert isinstance(error, ImageError)
    assert what in error.what and fix in error.fix
    assert str(caught.value) == f"{error.what} — {error.fix}"


def test_symlink_out_of_content_is_an_escape(content, tmp_path):
    (content / "bilder" / "link.jpg").symlink_to(tmp_path / "geheim.jpg")
    with pytest.raises(ImagePathError, match="outside the content folder"):
        resolve_image_path("/bilder/link.jpg", content / "index.md", content)
