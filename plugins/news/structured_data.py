"""JSON-LD for a press release: schema.org `NewsArticle`, published by the town."""

from __future__ import annotations

from plugins.site.items import HTML_LANG, Item

PUBLISHER_NAME = "Stadt Musterstadt"


def publisher(public_url: str) -> dict:
    return {"@type": "GovernmentOrganization", "name": PUBLISHER_NAME, "url": public_url + "/"}


def news_article(item: Item, public_url: str) -> dict:
    """The `NewsArticle` of a news item; `public_url` is SITE_PUBLIC_URL without a trailing /."""
    published = item.meta["date"]
    modified = item.meta.get("modified") or published
    url = public_url + item.url
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": item.title,
        "description": item.summary,
        "datePublished": published.isoformat(),
        "dateModified": modified.isoformat(),
        "inLanguage": HTML_LANG[item.lang],
        "url": url,
        "mainEntityOfPage": url,
        "author": publisher(public_url),
        "publisher": publisher(public_url),
    }
