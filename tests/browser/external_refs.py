"""Find references in HTML and CSS that make a browser load something from another host.

Navigation (`<a href>`, `<form action>`) is not loading and is left alone; `src`, `srcset`,
`poster`, `<object data>`, `<link href>`, SVG `<use>`/`<image>` references, CSS `url()` and
`@import` are loading. A reference is external when it names a host (absolute or
protocol-relative URL) that is not one of the site's own hosts.
"""

import dataclasses
from html.parser import HTMLParser
from urllib.parse import urlsplit

import tinycss2

# Attributes that make the browser fetch on its own, whatever element carries them.
LOADING_ATTRIBUTES = {"src", "poster", "background"}
# (element, attribute) pairs that are fetched (as opposed to <a href>, which is navigation).
LOADING_ELEMENT_ATTRIBUTES = {
    *(
        (tag, name)
        for tag in ("link", "use", "image", "feimage")
        for name in ("href", "xlink:href")
    ),
    ("object", "data"),
}


@dataclasses.dataclass(frozen=True)
class ExternalRef:
    """One reference to another host, with where it was found."""

    line: int
    where: str  # e.g. '<img src>' or 'CSS url()'
    url: str


def is_external(url: str, own_hosts: frozenset[str] = frozenset()) -> bool:
    """True when `url` names a host other than `own_hosts` (relative URLs are never external)."""
    url = url.strip()
    if url.lower().startswith(("data:", "blob:", "about:", "#")):
        return False
    parts = urlsplit(url)
    if not parts.netloc:
        return False
    return (parts.hostname or "") not in own_hosts


def srcset_urls(srcset: str) -> list[str]:
    """The URLs of a srcset value ("a.webp 1x, b.webp 2x")."""
    candidates = (candidate.strip() for candidate in srcset.split(","))
    return [candidate.split()[0] for candidate in candidates if candidate]


class _HtmlRefParser(HTMLParser):
    def __init__(self, own_hosts: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.own_hosts = own_hosts
        self.found: list[ExternalRef] = []
        self.in_style = False

    def _check(self, url: str, where: str, line: int | None = None) -> None:
        if is_external(url, self.own_hosts):
            self.found.append(ExternalRef(line or self.getpos()[0], where, url.strip()))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            where = f"<{tag} {name}>"
            if name in LOADING_ATTRIBUTES:
                self._check(value, where)
            elif name in {"srcset", "imagesrcset"}:
                for url in srcset_urls(value):
                    self._check(url, where)
            elif (tag, name) in LOADING_ELEMENT_ATTRIBUTES:
                self._check(value, where)
            elif name == "style":
                for ref in external_refs_in_css(value, self.own_hosts, declarations=True):
                    self.found.append(dataclasses.replace(ref, line=self.getpos()[0]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if not self.in_style:
            return
        first_line = self.getpos()[0]
        for ref in external_refs_in_css(data, self.own_hosts):
            self.found.append(dataclasses.replace(ref, line=first_line + ref.line - 1))


def external_refs_in_html(text: str, own_hosts: frozenset[str] = frozenset()) -> list[ExternalRef]:
    """Every loading reference to another host in an HTML document, incl. inline CSS."""
    parser = _HtmlRefParser(own_hosts)
    parser.feed(text)
    parser.close()
    return parser.found


def _css_urls(nodes: list) -> list[tuple[int, str, str]]:
    """(line, where, url) for every url()/@import/image-set() string, walking nested blocks."""
    found = []
    for node in nodes:
        if node.type == "url":
            found.append((node.source_line, "CSS url()", node.value))
        elif node.type == "function" and node.lower_name in {"url", "src"}:
            strings = [arg for arg in node.arguments if arg.type == "string"]
            found.extend((arg.source_line, "CSS url()", arg.value) for arg in strings)
        elif node.type == "function" and node.lower_name.endswith("image-set"):
            strings = [arg for arg in node.arguments if arg.type == "string"]
            found.extend((arg.source_line, "CSS image-set()", arg.value) for arg in strings)
        elif node.type == "at-rule" and node.lower_at_keyword == "import":
            strings = [token for token in node.prelude if token.type == "string"]
            found.extend((token.source_line, "CSS @import", token.value) for token in strings)
        for child_list in _children(node):
            found.extend(_css_urls(child_list))
    return found


def _children(node) -> list[list]:
    """The token lists nested in a tinycss2 node (rules, blocks, function arguments)."""
    children = []
    for attribute in ("prelude", "content", "arguments", "value"):
        value = getattr(node, attribute, None)
        if isinstance(value, list):
            children.append(value)
    return children


def external_refs_in_css(
    text: str, own_hosts: frozenset[str] = frozenset(), declarations: bool = False
) -> list[ExternalRef]:
    """Every url(), image-set() and @import in CSS that points to another host.

    `declarations` is for the content of a style attribute ("color: red; background: url(…)").
    """
    if declarations:
        rules = tinycss2.parse_blocks_contents(text, skip_comments=True, skip_whitespace=True)
    else:
        rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
    return [
        ExternalRef(line, where, url.strip())
        for line, where, url in _css_urls(rules)
        if is_external(url, own_hosts)
    ]
