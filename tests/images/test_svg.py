"""SVG sizes read from width/height or the viewBox."""

import pytest

from plugins.images.errors import ImageError
from plugins.images.svg import svg_size

NS = 'xmlns="http://www.w3.org/2000/svg"'


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ('width="120" height="80"', (120, 80)),
        ('width="120px" height="80.4px"', (120, 80)),
        ('viewBox="0 0 300 150"', (300, 150)),
        ('width="600" viewBox="0,0,300,150"', (600, 300)),
        ('height="50" viewBox="0 0 300 150"', (100, 50)),
        ('width="100%" height="100%" viewBox="0 0 40 20"', (40, 20)),
        ('width="10em" height="5em"', (None, None)),
        ("", (None, None)),
    ],
)
def test_svg_size(tmp_path, attributes, expected):
    path = tmp_path / "a.svg"
    path.write_text(f"<svg {NS} {attributes}><circle r='4'/></svg>")
    assert svg_size(path) == expected


def test_html_is_not_an_svg(tmp_path):
    path = tmp_path / "a.svg"
    path.write_text("<html><body/></html>")
    error = svg_size(path)
    assert isinstance(error, ImageError) and "is not an SVG" in error.what
