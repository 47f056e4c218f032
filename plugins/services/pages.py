"""The pages the services plugin adds or shapes: service pages, the A–Z landing, life situations."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from plugins.kit.opening_hours import Calendar, hours_on
from plugins.site.index import SiteIndex, folder_url
from plugins.site.items import Item
from plugins.site.pages import OutputPage

from .az import az_index, letter_navigation, topic_index

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
TOPICS_SLUG = {"de": "lebenslagen", "en": "life-events"}
PAGE_LANGS = ("de", "en")


@lru_cache(maxsize=4)
def catalogue(lang: str) -> dict:
    path = TRANSLATIONS / f"{lang}.yaml"
    if not path.exists():
        return {}
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CBaseLoader) or {}


def translate(text: str, lang: str) -> str:
    """The same lookup templates use; topic names are German in every language's front matter."""
    return catalogue(lang).get(text, text)


def office_today(service: Item, today, calendar: Calendar) -> dict | None:
    """Today's hours of the responsible office, for the service page."""
    office = service.data.get("office")
    if office is None or not office.meta.get("opening_hours"):
        return None
    return {"date": today, "intervals": hours_on(office.meta["opening_hours"], today, calendar)}


def services_folder(index: SiteIndex) -> tuple | None:
    """The folder whose landing page has `default_type: service`."""
    folders = sorted(
        item.folder
        for item in index.items
        if item.is_index and item.meta.get("default_type") == "service"
    )
    return folders[0] if folders else None


def az_context(services: list[Item], topics_url: str | None) -> dict:
    groups = az_index(services)
    return {"letters": groups, "letter_nav": letter_navigation(groups), "topics_url": topics_url}


def add_index_pages(index: SiteIndex) -> None:
    """The A–Z on the services landing (or a page of its own) and the life-situation pages."""
    folder = services_folder(index)
    if folder is None:
        return
    langs = [lang for lang in PAGE_LANGS if index.of_type("service", lang)]
    az_urls = {lang: folder_url(index, folder, lang) for lang in langs}
    topic_urls = {lang: az_urls[lang] + TOPICS_SLUG[lang] + "/" for lang in langs}
    landings = {page.url: page for page in index.pages if page.item is not None}
    for lang in langs:
        services = index.of_type("service", lang)
        context = az_context(services, topic_urls[lang])
        page = landings.get(az_urls[lang])
        if page is None:  # no landing in this language: the A–Z gets a page of its own
            page = OutputPage(
                url=az_urls[lang],
                template="",
                lang=lang,
                title=index.label("Dienstleistungen A–Z", lang),
            )
            page.folder = folder
            index.pages.append(page)
        page.template = "services/services_az.html"
        page.context.update(context)
        page.translations = {other: url for other, url in az_urls.items() if other != lang}
        index.pages.append(topics_page(index, services, lang, folder, topic_urls))


def topics_page(index, services, lang, folder, topic_urls) -> OutputPage:
    topics = topic_index(services, lambda name: translate(name, lang))
    return OutputPage(
        url=topic_urls[lang],
        template="services/services_topics.html",
        lang=lang,
        title=index.label("Leistungen nach Lebenslage", lang),
        context={"topics": topics, "az_url": folder_url(index, folder, lang)},
        translations={other: url for other, url in topic_urls.items() if other != lang},
        folder=folder,
    )
