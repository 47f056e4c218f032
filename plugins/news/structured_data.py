"""JSON-LD for a press release: schema.org `NewsArticle`, published by the town."""

from __future__ import annotations

from plugins.site.items import HTML_LANG, Item
from plugins.site.schema_org import government_organization


def news_article(item: Item, public_url: str, publisher_name: str) -> dict:
    """The `NewsArticle` of a news item; `public_url` is SITE_PUBLIC_URL without a trailing /,
    `publisher_name` the town's name (the site's owner)."""
    publisher = government_organization(publisher_name, public_url)
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
        "author": publisher,
        "publisher": publisher,
    }
