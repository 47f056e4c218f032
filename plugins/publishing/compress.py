"""Minified HTML/CSS/JS and precompressed .gz/.br copies for servers that serve them as they are.

minify-html does the minifying: it leaves `<pre>` and data blocks such as JSON-LD untouched and,
with the spec-compliant options below, keeps the HTML valid. Compression is reproducible: gzip
without a timestamp or file name, brotli at its highest quality.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import brotli
import minify_html

from plugins.site.generator import write_if_changed

COMPRESSIBLE = {
    ".html", ".css", ".js", ".json", ".xml", ".svg", ".atom", ".ics", ".geojson", ".gpx", ".txt",
}  # fmt: skip
# Options that keep the output valid HTML (the defaults may write `<!doctypehtml>` and the like).
_HTML_OPTIONS = {
    "minify_css": True,
    "minify_js": True,
    "minify_doctype": False,
    "allow_noncompliant_unquoted_attribute_values": False,
    "allow_removing_spaces_between_attributes": False,
    "allow_optimal_entities": False,
    "keep_closing_tags": True,
    "keep_html_and_head_opening_tags": True,
}


def minify_html_text(text: str) -> str:
    return minify_html.minify(text, **_HTML_OPTIONS)


def _minify_embedded(code: str, tag: str) -> str:
    """CSS and JS files go through minify-html inside a <style>/<script> element."""
    if f"</{tag}" in code.lower():  # cannot be wrapped safely: leave it as it is
        return code
    wrapped = minify_html.minify(f"<{tag}>{code}</{tag}>", minify_css=True, minify_js=True)
    start, end = wrapped.find(">") + 1, wrapped.rfind(f"</{tag}>")
    return wrapped[start:end] if end >= start else code


def looks_minified(text: str) -> bool:
    """Vendored bundles (Leaflet, the CMS) come minified: minifying again risks breaking them."""
    return len(text) / (text.count("\n") + 1) > 300


def minify_text(text: str, suffix: str) -> str:
    if suffix != ".html" and looks_minified(text):
        return text
    if suffix == ".html":
        return minify_html_text(text)
    if suffix == ".css":
        return _minify_embedded(text, "style")
    if suffix == ".js":
        return _minify_embedded(text, "script")
    return text


def minify_tree(root: Path) -> int:
    """Minify every HTML/CSS/JS file under `root` in place; return how many changed."""
    changed = 0
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".html", ".css", ".js") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        result = minify_text(text, path.suffix)
        if result != text:
            write_if_changed(path, result.encode("utf-8"))
            changed += 1
    return changed


def gzip_bytes(data: bytes) -> bytes:
    """gzip level 9 with mtime 0 and no file name: the same input always gives the same bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buffer, mtime=0) as out:
        out.write(data)
    return buffer.getvalue()


def brotli_bytes(data: bytes) -> bytes:
    return brotli.compress(data, quality=11)


def precompress_tree(root: Path) -> int:
    """Write `x.gz` and `x.br` beside every text asset under `root`; return how many files."""
    count = 0
    for path in sorted(root.rglob("*")):
        if path.suffix not in COMPRESSIBLE or not path.is_file():
            continue
        data = path.read_bytes()
        write_if_changed(path.with_name(path.name + ".gz"), gzip_bytes(data))
        write_if_changed(path.with_name(path.name + ".br"), brotli_bytes(data))
        count += 1
    return count
