"""Sections of dated items (news, notices, vacancies): newest first, pages of ten, a page per
year and an Atom feed, per language and folder.

A section's generated pages share the landing page's URL as their base, so an English section
gets `/en/…/page/2/` when it has English items.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plugins.kit.dates import as_datetime, local_date
from plugins.site.index import SiteIndex, folder_url
from plugins.site.items import Item, slugify

PER_PAGE = 10
FEED_NAME = "feed.atom"
PAGE_SLUG = {"de": "seite", "ls": "seite", "en": "page"}


@dataclass
class DatedSection:
    """The items of one type in one language and folder, newest first, and where they live."""

    lang: str
    base_url: str  # "/rathaus/aktuelles/"
    folder: tuple
    items: list = field(default_factory=list)
    landing: Item | None = None

    @property
    def feed_url(self) -> str:
        return self.base_url + FEED_NAME

    def page_url(self, number: int) -> str:
        slug = PAGE_SLUG.get(self.lang, "seite")
        return self.base_url if number == 1 else f"{self.base_url}{slug}/{number}/"

    def year_url(self, year: int) -> str:
        return f"{self.base_url}{year}/"

    def years(self) -> list[int]:
        return sorted({local_date(i.meta["date"]).year for i in self.items}, reverse=True)


def newest_first(items: list[Item]) -> list[Item]:
    """Newest first; `date` may be a day or a moment (a day counts from midnight)."""
    return sorted(items, key=lambda i: (as_datetime(i.meta["date"]), i.title), reverse=True)


def paginate(items: list, per_page: int = PER_PAGE) -> list[list]:
    """Split into pages; an empty list still gives one (empty) page."""
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


def dated_sections(index: SiteIndex, type_name: str) -> list[DatedSection]:
    """One section per (language, folder) that holds items of `type_name`."""
    groups: dict[tuple, list[Item]] = {}
    for item in index.of_type(type_name):
        groups.setdefault((item.lang, item.folder), []).append(item)
    sections = []
    for (lang, folder), items in sorted(groups.items()):
        section = index.section(folder)
        sections.append(
            DatedSection(
                lang=lang,
                base_url=folder_url(index, folder, lang),
                folder=folder,
                items=newest_first(items),
                landing=section.index.get(lang) if section else None,
            )
        )
    return sections


def pager(section: DatedSection, number: int, count: int) -> dict:
    """What the pagination nav needs: previous/next and every page's URL."""
    return {
        "number": number,
        "count": count,
        "previous": section.page_url(number - 1) if number > 1 else None,
        "next": section.page_url(number + 1) if number < count else None,
        "pages": [{"number": n, "url": section.page_url(n)} for n in range(1, count + 1)],
    }


@dataclass(frozen=True)
class HomeBlockTexts:
    """German labels of a start-page block; `named_*` take {name} for when a language has
    several folders of the type."""

    title: str
    more: str
    named_title: str
    named_more: str


def add_home_block(
    index: SiteIndex, section: DatedSection, kind: str, texts: HomeBlockTexts, entries: list, alone
) -> None:
    """The start page's block of one section. With several folders of one type in a language
    (say the Rathaus' press releases and the Tourist-Information's news) each block is named
    after its folder and gets its own id: two blocks with one heading would leave visitors
    guessing and give the page a duplicate id."""
    lang = section.lang
    block = {
        "id": kind,
        "title": index.label(texts.title, lang),
        "entries": entries,
        "more_url": section.base_url,
        "more_label": index.label(texts.more, lang),
    }
    if not alone:
        name = section.landing.title if section.landing else "/".join(section.folder)
        block["id"] = f"{kind}-" + slugify("-".join(section.folder))
        block["title"] = index.label(texts.named_title, lang, name=name)
        block["more_label"] = index.label(texts.named_more, lang, name=name)
    index.add_home_block(lang, block)
