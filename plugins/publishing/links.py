"""Internal link check over the built site: every reference to the site itself must resolve.

`href`, `src`, `srcset`, `poster`, `<object data>`, `<form action>` and `data-*` attributes that
hold a site path are resolved against the output folder (the sub-path of SITEURL stripped), and a
`#fragment` must name an id in the target page. A broken link in a page's body is reported at the
content file and line it comes from; one in a template once, with the pages it is on.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from plugins.frontmatter import Problem
from plugins.kit.i18n import message
from plugins.kit.urls import public_url

_SKIPPED_SCHEMES = ("mailto:", "tel:", "data:", "blob:", "about:", "javascript:", "sms:", "geo:")
_URL_ATTRIBUTES = {"href", "src", "poster", "action"}
_FAKE_HOST = "site.invalid"  # stands for "this site" when resolving relative references
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")


@dataclass(frozen=True)
class Ref:
    page: str  # output file, relative to the output folder
    line: int
    where: str  # "<a href>"
    url: str
    folder_ok: bool = False  # data-* values may name a folder (e.g. a search index base)


class _PageParser(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.ids: set[str] = set()
        self.refs: list[Ref] = []

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in _URL_ATTRIBUTES or (tag == "object" and name == "data"):
                self.refs.append(Ref(self.page, line, f"<{tag} {name}>", value.strip()))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    if candidate.strip():
                        url = candidate.split()[0]
                        self.refs.append(Ref(self.page, line, f"<{tag} {name}>", url))
            elif name.startswith("data-") and value.startswith("/"):
                self.refs.append(Ref(self.page, line, f"<{tag} {name}>", value, folder_ok=True))

    handle_startendtag = handle_starttag


class SiteFiles:
    """The output folder as the server will see it: files, and the ids of every HTML page."""

    def __init__(self, root: Path):
        self.root = root
        self.ids: dict[str, set[str]] = {}
        self.refs: list[Ref] = []
        for path in sorted(root.rglob("*.html")):
            page = path.relative_to(root).as_posix()
            parser = _PageParser(page)
            parser.feed(path.read_text(encoding="utf-8"))
            self.ids[page] = parser.ids
            self.refs.extend(parser.refs)
        for path in sorted(root.rglob("*.css")):
            page = path.relative_to(root).as_posix()
            for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for match in _CSS_URL.finditer(text):
                    url = match.group(2) or match.group(4)
                    self.refs.append(Ref(page, number, "CSS url()", url.strip()))

    def target_file(self, path: str, folder_ok: bool) -> str | None:
        """The output file a site path is served from (folders serve their index.html)."""
        relative = path.lstrip("/")
        candidate = self.root / relative
        if path.endswith("/") or not relative:
            index = candidate / "index.html"
            return (relative + "index.html") if index.is_file() or folder_ok else None
        if candidate.is_file():
            return relative
        if candidate.is_dir():
            return relative if folder_ok else None
        return None


def page_url(page: str) -> str:
    """ "rathaus/index.html" -> "/rathaus/"; "404.html" -> "/404.html"."""
    if page == "index.html" or page.endswith("/index.html"):
        return "/" + page.removesuffix("index.html")
    return "/" + page


def _own_hosts(settings: dict) -> set[str]:
    hosts = {_FAKE_HOST}
    for key in ("SITEURL", "SITE_PUBLIC_URL"):
        host = urlsplit(settings.get(key) or "").hostname
        if host:
            hosts.add(host)
    return hosts


def site_prefix(settings: dict) -> str:
    """The path the site lives under ("/stadt" for SITEURL "https://example.org/stadt")."""
    return urlsplit(settings.get("SITEURL") or "").path.rstrip("/")


def check_ref(ref: Ref, files: SiteFiles, hosts: set[str], prefix: str) -> str | None:
    """Why `ref` is broken, or None when it resolves (or is not a reference to this site)."""
    if not ref.url or ref.url.lower().startswith(_SKIPPED_SCHEMES):
        return None
    base = f"http://{_FAKE_HOST}{prefix}{page_url(ref.page)}"
    parts = urlsplit(urljoin(base, ref.url))
    if parts.scheme not in ("http", "https", "") or (parts.hostname or _FAKE_HOST) not in hosts:
        return None  # another site: checked by `invoke check-external`
    path = unquote(parts.path)
    if prefix and path != prefix and not path.startswith(prefix + "/"):
        return message(
            "er verlässt den Pfad der Website {prefix}/ (ein Link ohne SITEURL?)", prefix=prefix
        )
    target = files.target_file(path[len(prefix) :] or "/", ref.folder_ok)
    if target is None:
        return message("diese Datei gibt es in der Website nicht")
    if parts.fragment and target.endswith(".html"):
        fragment = unquote(parts.fragment)
        if fragment != "top" and fragment not in files.ids.get(target, set()):
            return message("die Seite hat kein Element mit der id '{fragment}'", fragment=fragment)
    return None


def _in_body(item, url: str) -> bool:
    """Whether the rendered Markdown body of `item` holds this exact attribute value."""
    body = str(getattr(item, "html", "") or "")
    return f'="{html.escape(url)}"' in body or f'="{url}"' in body


def _source_line(index, item, ref: Ref, prefix: str) -> int:
    """The line of the Markdown file that contains the link, or 1."""
    try:
        text = (Path(index.content_path) / item.source).read_text(encoding="utf-8")
    except OSError:
        return 1
    site_url = (index.settings.get("SITEURL") or "").rstrip("/")
    candidates = {ref.url, ref.url.removeprefix(site_url), ref.url.removeprefix(prefix)}
    for number, line in enumerate(text.splitlines(), start=1):
        if any(c and c in line for c in candidates):
            return number
    return 1


def check_site(output: Path, index) -> list[Problem]:
    """Every broken internal reference in `output`, as problems for editors or developers."""
    settings = index.settings
    files = SiteFiles(output)
    hosts, prefix = _own_hosts(settings), site_prefix(settings)
    public = public_url(settings)
    if public:
        hosts.add(urlsplit(public).hostname or _FAKE_HOST)
    problems: list[Problem] = []
    in_templates: dict[tuple, list[Ref]] = defaultdict(list)
    for ref in files.refs:
        reason = check_ref(ref, files, hosts, prefix)
        if reason is None:
            continue
        item = index.by_url.get(page_url(ref.page)) if ref.page.endswith(".html") else None
        if item is not None and _in_body(item, ref.url):
            problems.append(
                Problem(
                    item.source,
                    _source_line(index, item, ref, prefix),
                    message(
                        "Der Link '{url}' führt ins Leere: {reason}", url=ref.url, reason=reason
                    ),
                    message(
                        "verlinken Sie eine vorhandene Seite oder Datei (Markdown-Links auf "
                        ".md-Dateien werden geprüft)"
                    ),
                )
            )
        else:
            in_templates[(ref.url, ref.where, reason)].append(ref)
    for (url, where, reason), refs in in_templates.items():
        others = (
            message(" (und {count} weitere Seiten)", count=len(refs) - 1) if len(refs) > 1 else ""
        )
        problems.append(
            Problem(
                f"output/{refs[0].page}",
                refs[0].line,
                message(
                    "{where} '{url}' führt ins Leere: {reason}{others}",
                    where=where,
                    url=url,
                    reason=reason,
                    others=others,
                ),
                message(
                    "der Link stammt aus einer Vorlage oder einem Plugin: beheben Sie ihn dort"
                ),
            )
        )
    return problems
