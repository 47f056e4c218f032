"""Read an SVG's intrinsic size without rendering it (SVGs are copied, never rasterised)."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from plugins.kit.i18n import message

from .errors import ImageError

NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")


def svg_size(path: Path) -> tuple[int | None, int | None] | ImageError:
    """Width and height from the root's width/height (plain numbers or px), else the viewBox.

    Percentages and em/cm sizes give no pixel size: (None, None) then.
    """
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        what = message(
            "Das SVG '{name}' lässt sich nicht lesen ({error})", name=path.name, error=exc
        )
        return ImageError(path, what, _fix_svg())
    if not root.tag.endswith("svg"):
        what = message(
            "'{name}' ist kein SVG (das äußerste Element ist <{tag}>)", name=path.name, tag=root.tag
        )
        return ImageError(path, what, _fix_svg())
    width, height = _length(root.get("width")), _length(root.get("height"))
    if width and height:
        return round(width), round(height)
    box = _view_box(root.get("viewBox"))
    if box is None:
        return None, None
    box_w, box_h = box
    # One given dimension plus the viewBox aspect gives the other one.
    if width:
        return round(width), round(width * box_h / box_w)
    if height:
        return round(height * box_w / box_h), round(height)
    return round(box_w), round(box_h)


def _length(value: str | None) -> float | None:
    match = NUMBER.match(value or "")
    return float(match.group(1)) if match and float(match.group(1)) > 0 else None


def _view_box(value: str | None) -> tuple[float, float] | None:
    parts = re.split(r"[\s,]+", (value or "").strip())
    try:
        _, _, box_w, box_h = (float(p) for p in parts)
    except ValueError:
        return None
    return (box_w, box_h) if box_w > 0 and box_h > 0 else None


def _fix_svg() -> str:
    return message(
        "öffnen Sie die Datei in einem Zeichenprogramm und speichern Sie sie als einfaches SVG"
    )
