"""Find the built HTML pages and choose one page per template type.

Every page of the theme carries `<html lang="…" data-template="NAME">`. Browser checks are
slow, so they run on a sample: per template type and language, the first page by sorted path.
"""

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

# Page kinds whose template type is named by the page, not by its file, so that each kind gets
# its own place in the sample: the jobs list, an open vacancy and one past its deadline (still
# built for the grace days, noindex). tests/jobs checks that a site with them samples all three.
JOBS_TEMPLATES = ("jobs-list", "job", "job-expired")

# Pages visited besides the sample: where one template renders very different pages (the
# Gastgeber directory with its script's filter form, and its pre-rendered filter pages without).
ALSO_VISITED = ("/tourismus/uebernachten/", "/en/tourism/accommodation/")


@dataclasses.dataclass(frozen=True)
class PageInfo:
    """What the checks need to know about one built HTML page."""

    path: Path  # relative to the site folder
    template: str | None  # data-template on <html>, None if missing
    lang: str | None  # lang on <html>, None if missing
    h1_count: int

    @property
    def url_path(self) -> str:
        """The URL path the page is served at, "/" for the start page."""
        url = "/" + self.path.as_posix()
        return url.removesuffix("index.html")

    @property
    def label(self) -> str:
        """A short name for failure messages: URL path and template."""
        return f"{self.url_path} [{self.template}, {self.lang}]"


class _PageInfoParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.html_attrs: dict[str, str | None] | None = None
        self.h1_count = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and self.html_attrs is None:
            self.html_attrs = dict(attrs)
        elif tag == "h1":
            self.h1_count += 1


def read_page_info(site: Path, path: Path) -> PageInfo:
    """Parse one page (path relative to `site`)."""
    parser = _PageInfoParser()
    parser.feed((site / path).read_text(encoding="utf-8"))
    parser.close()
    attrs = parser.html_attrs or {}
    return PageInfo(
        path=path,
        template=attrs.get("data-template") or None,
        lang=attrs.get("lang") or None,
        h1_count=parser.h1_count,
    )


def html_files(site: Path) -> list[Path]:
    """Every .html file of the site, relative to it, sorted; /admin/ is the CMS app, not a page."""
    paths = (path.relative_to(site) for path in site.rglob("*.html"))
    return sorted(path for path in paths if path.parts[0] != "admin")


def all_pages(site: Path) -> list[PageInfo]:
    """PageInfo for every HTML file of the site, sorted by path."""
    return [read_page_info(site, path) for path in html_files(site)]


def sample_pages(pages: list[PageInfo]) -> list[PageInfo]:
    """One page per (template type, primary language): the first by sorted path.

    With a German site and an English translation this is "every template type, plus its
    English variant where one exists". Pages without data-template are left out here; the
    layout test reports them.
    """
    chosen: dict[tuple[str, str], PageInfo] = {}
    for page in sorted(pages, key=lambda page: page.path.as_posix()):
        if page.template is None:
            continue
        language = (page.lang or "").split("-")[0].lower()
        chosen.setdefault((page.template, language), page)
    extra = [
        page
        for page in pages
        if page.url_path in ALSO_VISITED and page not in chosen.values() and page.template
    ]
    return sorted(
        [*chosen.values(), *extra], key=lambda page: (page.template or "", page.lang or "")
    )
