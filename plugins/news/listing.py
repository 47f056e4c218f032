"""The news section: newest-first pages of 10, one archive page per year, and the Atom feed.

Generated pages (`OutputPage`) share the section landing's URL as their base, so the English
section gets `/en/…/seite/2/` when there are English press releases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plugins.site.index import SiteIndex
from plugins.site.items import LANG_PREFIX, Item
from plugins.site.pages import OutputPage

PER_PAGE = 10
FEED_NAME = "feed.atom"
PAGE_SLUG = {"de": "seite", "ls": "seite", "en": "page"}


@dataclass
class NewsSection:
    """The news of one language: items newest first and where the section lives."""

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
        return sorted({i.meta["date"].year for i in self.items}, reverse=True)


def newest_first(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda i: (i.meta["date"], i.title), reverse=True)


def paginate(items: list, per_page: int = PER_PAGE) -> list[list]:
    """Split into pages; an empty list still gives one (empty) page."""
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


def folder_url(index: SiteIndex, folder: tuple, lang: str) -> str:
    """The URL of a folder in `lang` (its landing page's, or built from the folder names)."""
    section = index.section(folder)
    if section and lang in section.index:
        return section.index[lang].url
    prefix = [LANG_PREFIX[lang]] if LANG_PREFIX[lang] else []
    return "/" + "".join(f"{p}/" for p in [*prefix, *folder])


def news_sections(index: SiteIndex, type_name: str = "news") -> list[NewsSection]:
    """One section per (language, folder) that holds items of `type_name`."""
    groups: dict[tuple, list[Item]] = {}
    for item in index.of_type(type_name):
        groups.setdefault((item.lang, item.folder), []).append(item)
    sections = []
    for (lang, folder), items in sorted(groups.items()):
        section = index.section(folder)
        sections.append(
            NewsSection(
                lang=lang,
                base_url=folder_url(index, folder, lang),
                folder=folder,
                items=newest_first(items),
                landing=section.index.get(lang) if section else None,
            )
        )
    return sections


def pager(section: NewsSection, number: int, count: int) -> dict:
    """What the pagination nav needs: previous/next and every page's URL."""
    return {
        "number": number,
        "count": count,
        "previous": section.page_url(number - 1) if number > 1 else None,
        "next": section.page_url(number + 1) if number < count else None,
        "pages": [{"number": n, "url": section.page_url(n)} for n in range(1, count + 1)],
    }


def list_context(section: NewsSection, entries: list, number: int, count: int, years: list) -> dict:
    return {
        "news_entries": entries,
        "news_pager": pager(section, number, count),
        "news_years": [{"year": y, "url": section.year_url(y)} for y in years],
        "news_feed_url": section.feed_url,
        "news_base_url": section.base_url,
    }


def add_list_pages(index: SiteIndex, section: NewsSection) -> None:
    """Page 1 is the landing itself (its template switched); pages 2… and years are generated."""
    pages = paginate(section.items)
    landing_page = next(
        (p for p in index.pages if section.landing is not None and p.item is section.landing),
        None,
    )
    title = section.landing.title if section.landing else "Pressemitteilungen"
    years = section.years()  # once: every list page shows them
    for number, entries in enumerate(pages, start=1):
        context = list_context(section, entries, number, len(pages), years)
        if number == 1 and landing_page is not None:
            landing_page.template = "news/news_list.html"
            landing_page.context.update(context)
            continue
        index.pages.append(
            OutputPage(
                url=section.page_url(number),
                template="news/news_list.html",
                lang=section.lang,
                title=title,
                context={**context, "page_title_suffix": number},
                folder=section.folder,
            )
        )
    by_year: dict[int, list] = {}
    for item in section.items:
        by_year.setdefault(item.meta["date"].year, []).append(item)
    for year in years:
        context = list_context(section, by_year[year], 1, 1, years)
        context.update({"news_year": year, "news_pager": None})
        index.pages.append(
            OutputPage(
                url=section.year_url(year),
                template="news/news_year.html",
                lang=section.lang,
                title=f"{title} {year}",
                context=context,
                folder=section.folder,
            )
        )
