"""HTML for processed images: `<picture>` with `srcset`/`sizes`, or a plain `<img>` for SVG."""

from html import escape

DEFAULT_SIZES = "(min-width: 60rem) 60rem, 100vw"


def picture_html(
    processed,
    alt: str | None,
    *,
    sizes: str = DEFAULT_SIZES,
    eager: bool = False,
    css_class: str | None = None,
    decorative: bool = False,
) -> str:
    """Markup for one `ProcessedImage`.

    `eager` is for the first (hero) image: no lazy loading, fetched with high priority;
    every other image loads lazily. `decorative` (or an empty alt) gives `alt=""`.
    Raises ValueError for a failed image: report `processed.error` instead of rendering it.
    """
    if processed.error is not None:
        raise ValueError(f"cannot render a failed image: {processed.error}")
    alt_text = "" if decorative else (alt or "")
    if processed.svg:
        return _img(processed.variants[0], None, None, alt_text, eager, css_class)
    fallback = processed.of_format(processed.fallback_format)
    sources = [
        f'<source type="{variants[0].mime_type}" srcset="{_srcset(variants)}"'
        f' sizes="{escape(sizes)}">'
        for fmt in processed.formats
        if fmt != processed.fallback_format and (variants := processed.of_format(fmt))
    ]
    img = _img(fallback[-1], _srcset(fallback), sizes, alt_text, eager, css_class)
    return "<picture>" + "".join(sources) + img + "</picture>"


def _img(variant, srcset, sizes, alt, eager, css_class) -> str:
    attributes = [("src", variant.url)]
    if srcset:
        attributes += [("srcset", srcset), ("sizes", sizes)]
    if variant.width and variant.height:
        # Width and height let the browser reserve the space before the image arrives.
        attributes += [("width", str(variant.width)), ("height", str(variant.height))]
    attributes.append(("alt", alt))
    if not eager:  # (fetchpriority on eager images is not valid HTML for the Nu checker yet)
        attributes.append(("loading", "lazy"))
    attributes.append(("decoding", "async"))
    if css_class:
        attributes.append(("class", css_class))
    return "<img " + " ".join(f'{name}="{escape(value)}"' for name, value in attributes) + ">"


def _srcset(variants) -> str:
    return escape(", ".join(f"{v.url} {v.width}w" for v in variants))
