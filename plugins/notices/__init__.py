"""Public notices (amtliche Bekanntmachungen): the `notice` type with attachments.

Adds: attachment checks and link texts ("PDF, 23 KB", from the real file; a missing file is a
build error at the attachment's line), the current/archived split at the build date
(`item.data["archived"]`), the section landing listing current notices, an archive page
(`/rathaus/bekanntmachungen/archiv/`) for expired ones, an Atom feed
(`/rathaus/bekanntmachungen/feed.atom`, linked from every page) and a start-page block.
"""

from plugins.kit.feeds import FeedEntry, atom_feed
from plugins.kit.i18n import german
from plugins.kit.listing import DatedSection, HomeBlockTexts, add_home_block, dated_sections
from plugins.kit.urls import absolute, public_url, site_owner
from plugins.site import signals
from plugins.site.generator import write_if_changed
from plugins.site.pages import OutputPage

from . import schema  # noqa: F401  (registers the type)
from .attachments import describe, read_attachments
from .listing import is_archived, split_current

HOME_ENTRIES = 3
HOME_TEXTS = HomeBlockTexts(
    title=german("Bekanntmachungen"),
    more=german("Alle amtlichen Bekanntmachungen"),
    named_title=german("Bekanntmachungen: {name}"),
    named_more=german("Alle Bekanntmachungen: {name}"),
)
FEED_ENTRIES = 30
ARCHIVE_SLUG = {"de": "archiv", "ls": "archiv", "en": "archive"}


def feed_title(index, lang: str) -> str:
    owner = site_owner(index.settings, lang)
    return index.label("Amtliche Bekanntmachungen der {owner}", lang, owner=owner)


def archive_url(section: DatedSection) -> str:
    return f"{section.base_url}{ARCHIVE_SLUG.get(section.lang, 'archiv')}/"


def add_notices(index):
    for item in index.of_type("notice"):
        item.data["archived"] = is_archived(item, index.build_date)
        item.data["attachments"] = [
            {"title": a.title, "url": a.url, "description": describe(a, item.lang)}
            for a in read_attachments(item, index.content_path, index.problems)
        ]
    sections = dated_sections(index, "notice")
    languages = [section.lang for section in sections]
    for section in sections:
        current, archived = split_current(section.items, index.build_date)
        add_section_pages(index, section, current, archived)
        index.globals["feeds"].setdefault(section.lang, []).append(
            {"title": feed_title(index, section.lang), "url": section.feed_url}
        )
        alone = languages.count(section.lang) == 1
        add_home_block(index, section, "notices", HOME_TEXTS, current[:HOME_ENTRIES], alone)


def add_section_pages(index, section, current, archived):
    context = {
        "notices_current": current,
        "notices_archived": archived,
        "notices_archive_url": archive_url(section),
        "notices_feed_url": section.feed_url,
        "notices_base_url": section.base_url,
    }
    for page in index.pages:
        if section.landing is not None and page.item is section.landing:
            page.template = "notices/notices_list.html"
            page.context.update(context)
    index.pages.append(
        OutputPage(
            url=archive_url(section),
            template="notices/notices_archive.html",
            lang=section.lang,
            title=index.label("Archiv der Bekanntmachungen", section.lang),
            context=context,
            folder=section.folder,
        )
    )


@signals.runs_late  # feeds: no page reads them while it is rendered
def write_notice_feeds(index, output_path, **_):
    base = public_url(index.settings)
    for section in dated_sections(index, "notice"):
        entries = [
            FeedEntry(
                title=item.title,
                url=absolute(base, item.url),
                summary=item.summary,
                published=item.meta["date"],
                updated=item.meta.get("modified"),
            )
            for item in section.items[:FEED_ENTRIES]
        ]
        data = atom_feed(
            title=feed_title(index, section.lang),
            page_url=absolute(base, section.base_url),
            feed_url=absolute(base, section.feed_url),
            lang="en" if section.lang == "en" else "de",
            entries=entries,
            author=site_owner(index.settings),
        )
        write_if_changed(output_path / section.feed_url.lstrip("/"), data)


def register():
    signals.index_ready.connect(add_notices)
    signals.site_written.connect(write_notice_feeds)
