"""Atom feeds (RFC 4287) built with `feedgenerator`, the library Pelican itself uses.

Shared by the news, notices and jobs plugins. Every link is absolute (SITE_PUBLIC_URL), and every
date comes from the content, so the same content gives a byte-identical feed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import feedgenerator

from plugins.kit.dates import as_datetime


@dataclass
class FeedEntry:
    title: str
    url: str  # absolute
    summary: str
    published: dt.date | dt.datetime
    updated: dt.date | dt.datetime | None = None


def atom_feed(
    title: str, page_url: str, feed_url: str, lang: str, entries: list[FeedEntry], author: str
) -> bytes:
    """The Atom document for `entries` (newest first as given); `page_url` is the HTML list."""
    feed = feedgenerator.Atom1Feed(
        title=title,
        link=page_url,
        description="",
        language=lang,
        feed_url=feed_url,
        feed_guid=feed_url,
        author_name=author,
    )
    for entry in entries:
        feed.add_item(
            title=entry.title,
            link=entry.url,
            description=entry.summary,
            unique_id=entry.url,
            pubdate=as_datetime(entry.published),
            updateddate=as_datetime(entry.updated or entry.published),
            author_name=author,
        )
    return feed.writeString("utf-8").encode("utf-8")
