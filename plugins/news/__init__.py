"""News (Pressemitteilungen): the `news` type, its pages, lists, year archives and Atom feed.

Adds, per language that has news: the section landing as page 1 of a newest-first list
(`/rathaus/aktuelles/`, `/rathaus/aktuelles/seite/2/`, …), one archive page per year
(`/rathaus/aktuelles/2026/`), the feed `/rathaus/aktuelles/feed.atom` (linked from every page via
`index.globals["feeds"]`), an "Aktuelles" block for the start page (`index.home["home_blocks"]`)
and the JSON-LD `NewsArticle` of every news page (`item.data["structured_data"]`).
"""

from plugins.kit.feeds import FeedEntry, atom_feed
from plugins.kit.i18n import german
from plugins.kit.listing import HomeBlockTexts, add_home_block
from plugins.kit.urls import absolute, public_url, site_owner
from plugins.site import signals
from plugins.site.generator import write_if_changed

from . import schema  # noqa: F401  (registers the type)
from .listing import add_list_pages, news_sections
from .structured_data import news_article

HOME_ENTRIES = 3
HOME_TEXTS = HomeBlockTexts(
    title=german("Aktuelles"),
    more=german("Alle Pressemitteilungen"),
    named_title=german("Aktuelles: {name}"),
    named_more=german("Alle Meldungen: {name}"),
)


def feed_title(index, lang: str) -> str:
    owner = site_owner(index.settings, lang)
    return index.label("Pressemitteilungen der {owner}", lang, owner=owner)


def add_news(index):
    base = public_url(index.settings)
    for item in index.of_type("news"):
        item.data["structured_data"] = news_article(item, base, site_owner(index.settings))
    sections = news_sections(index)
    languages = [section.lang for section in sections]
    for section in sections:
        add_list_pages(index, section)
        index.globals["feeds"].setdefault(section.lang, []).append(
            {"title": feed_title(index, section.lang), "url": section.feed_url}
        )
        entries = section.items[:HOME_ENTRIES]
        alone = languages.count(section.lang) == 1
        add_home_block(index, section, "news", HOME_TEXTS, entries, alone)


@signals.runs_late  # feeds: no page reads them while it is rendered
def write_news_feeds(index, output_path, **_):
    base = public_url(index.settings)
    for section in news_sections(index):
        entries = [
            FeedEntry(
                title=item.title,
                url=absolute(base, item.url),
                summary=item.summary,
                published=item.meta["date"],
                updated=item.meta.get("modified"),
            )
            for item in section.items[:20]
        ]
        data = atom_feed(
            title=feed_title(index, section.lang),
            page_url=absolute(base, section.base_url),
            feed_url=absolute(base, section.feed_url),
            lang=section.lang if section.lang != "ls" else "de",
            entries=entries,
            author=site_owner(index.settings),
        )
        write_feed(output_path, section.feed_url, data)


def write_feed(output_path, url, data):
    write_if_changed(output_path / url.lstrip("/"), data)


def register():
    signals.index_ready.connect(add_news)
    signals.site_written.connect(write_news_feeds)
