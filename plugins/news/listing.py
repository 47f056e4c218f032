"""The news section: newest-first pages of 10, one archive page per year, and the Atom feed.

Generated pages (`OutputPage`) share the section landing's URL as their base, so the English
section gets `/en/…/seite/2/` when there are English press releases.
"""

from __future__ import annotations

from plugins.kit.dates import local_date
from plugins.kit.listing import DatedSection, dated_sections, pager, paginate
from plugins.site.index import SiteIndex
from plugins.site.pages import OutputPage


def news_sections(index: SiteIndex) -> list[DatedSection]:
    return dated_sections(index, "news")


def list_context(
    section: DatedSection, entries: list, number: int, count: int, years: list
) -> dict:
    return {
        "news_entries": entries,
        "news_pager": pager(section, number, count),
        "news_years": [{"year": y, "url": section.year_url(y)} for y in years],
        "news_feed_url": section.feed_url,
        "news_base_url": section.base_url,
    }


def add_list_pages(index: SiteIndex, section: DatedSection) -> None:
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
        by_year.setdefault(local_date(item.meta["date"]).year, []).append(item)
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
