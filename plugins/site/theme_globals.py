"""Values every page's header, footer and start page need, looked up once per build."""

from __future__ import annotations

from plugins.kit.i18n import german
from plugins.kit.urls import site_owner

from .index import SiteIndex
from .pages import OutputPage, home_url


def _url_of(index: SiteIndex, key: str, lang: str, fallback: str) -> str:
    item = index.get(key, lang)
    return item.url if item is not None else fallback


def add_theme_globals(index: SiteIndex) -> None:
    """Header links, legal links, top tasks; capability plugins may extend or override them."""
    settings = index.settings
    # The town (its file: plugins/town/townfile.py) and its name in each language.
    index.globals["town"] = settings.get("TOWN") or {"owner": site_owner(settings)}
    owner = {lang: site_owner(settings, lang) for lang in ("de", "en")}
    index.globals["site_owner"] = {**owner, "ls": owner["de"]}
    accessibility = settings.get("ACCESSIBILITY_PAGE", "barrierefreiheit")
    easy = index.by_url.get(home_url("ls"))
    sign = index.get(settings.get("SIGN_LANGUAGE_PAGE", "gebaerdensprache"), "de")
    index.globals["service_links"] = {  # a link only where the page exists
        "easy_language": easy.url if easy else None,
        "sign_language": sign.url if sign else None,
        "accessibility": {lang: _url_of(index, accessibility, lang, "/") for lang in ("de", "en")},
    }
    legal = {}
    for lang in ("de", "en", "ls"):
        legal[lang] = [
            item
            for key in settings.get("LEGAL_PAGES", ())
            if (item := index.get(key, lang)) is not None
        ]
    index.globals["legal_links"] = legal
    index.home["top_tasks"] = {
        lang: [
            item
            for key in settings.get("TOP_TASKS", ())
            if (item := index.get(key, lang)) is not None and item.lang == lang
        ]
        for lang in ("de", "en")
    }
    index.home.setdefault("home_blocks", {})
    index.globals.setdefault("feeds", {})
    index.globals.setdefault("search_links", {"de": "/", "en": "/en/"})


def add_not_found_page(index: SiteIndex) -> None:
    index.pages.append(
        OutputPage(
            url="/404.html",
            template="404.html",
            lang="de",
            title=german("Seite nicht gefunden"),
            noindex=True,
        )
    )
