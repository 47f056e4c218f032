"""A horizontal bar chart as inline SVG, drawn at build time (no JavaScript, no style attributes).

Each row shows the services of a group (light bar) and those that can be applied for online
(dark bar). The chart is an image for assistive technology (`role="img"` with `<title>` and
`<desc>`); the table beside it on the page carries the same figures as text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markupsafe import Markup

SVG_NS = "http://www.w3.org/2000/svg"
LABEL_WIDTH = 220
BAR_WIDTH = 360
VALUE_WIDTH = 110
ROW_HEIGHT = 30
BAR_HEIGHT = 18
LEGEND_HEIGHT = 30
TOTAL_COLOUR = "#c9d6e3"  # presentation attributes: CSP forbids style attributes
ONLINE_COLOUR = "#1d5a8c"
TEXT_COLOUR = "#1b1b1b"


def _el(parent, tag: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(
        parent, tag, {k.rstrip("_").replace("_", "-"): str(v) for k, v in attributes.items()}
    )
    if text is not None:
        element.text = text
    return element


def _legend(svg, y: int, total_label: str, online_label: str) -> None:
    _el(svg, "rect", x=0, y=y, width=14, height=14, fill=TOTAL_COLOUR, class_="ms-chart__total")
    _el(svg, "text", total_label, x=20, y=y + 12, fill=TEXT_COLOUR, class_="ms-chart__text")
    _el(svg, "rect", x=200, y=y, width=14, height=14, fill=ONLINE_COLOUR, class_="ms-chart__online")
    _el(svg, "text", online_label, x=220, y=y + 12, fill=TEXT_COLOUR, class_="ms-chart__text")


def bar_chart(
    rows: list[tuple[str, int, int]],
    chart_id: str,
    title: str,
    description: str,
    total_label: str = "Leistungen",
    online_label: str = "davon online",
    value_text: str = "{online} von {total}",
) -> Markup:
    """SVG markup for rows of (label, total, online)."""
    height = LEGEND_HEIGHT + ROW_HEIGHT * len(rows)
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "role": "img",
            "aria-labelledby": f"{chart_id}-title {chart_id}-desc",
            "viewBox": f"0 0 {width} {height}",
            "width": str(width),
            "height": str(height),
            "class": "ms-chart",
            "id": chart_id,
        },
    )
    _el(svg, "title", title, id=f"{chart_id}-title")
    _el(svg, "desc", description, id=f"{chart_id}-desc")
    _legend(svg, 4, total_label, online_label)
    largest = max((total for _, total, _ in rows), default=0) or 1
    for number, (label, total, online) in enumerate(rows):
        y = LEGEND_HEIGHT + number * ROW_HEIGHT
        bar_y = y + (ROW_HEIGHT - BAR_HEIGHT) // 2
        text_y = bar_y + BAR_HEIGHT - 4
        _el(svg, "text", label, x=0, y=text_y, fill=TEXT_COLOUR, class_="ms-chart__text")
        for value, colour, css in (
            (total, TOTAL_COLOUR, "total"),
            (online, ONLINE_COLOUR, "online"),
        ):
            _el(
                svg,
                "rect",
                x=LABEL_WIDTH,
                y=bar_y,
                width=round(BAR_WIDTH * value / largest, 1),
                height=BAR_HEIGHT,
                fill=colour,
                class_=f"ms-chart__{css}",
            )
        _el(
            svg,
            "text",
            value_text.format(online=online, total=total),
            x=LABEL_WIDTH + BAR_WIDTH + 8,
            y=text_y,
            fill=TEXT_COLOUR,
            class_="ms-chart__text",
        )
    return Markup(ET.tostring(svg, encoding="unicode", short_empty_elements=True))
