"""Output pages: what gets rendered where, and the navigation every page shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from plugins.frontmatter.schema import TYPES
from plugins.kit.urls import home_url

from .index import SiteIndex
from .items import HTML_LANG, Item


@dataclass
class OutputPage:
    """One HTML file: its URL, its template, and what the template gets besides the globals."""

    url: str
    template: str
    lang: str
    title: str
    item: Item | None = None
    context: dict = field(default_factory=dict)
    translations: dict = field(default_factory=dict)  # lang -> url of the same page
    folder: tuple = ()
    noindex: bool = False  # robots noindex, and not in the sitemap (404, expired items)

    @property
    def alternates(self) -> dict[str, str]:
        """{hreflang: url} of this page's language versions plus x-default (German), or {}.

        Leichte Sprache pages stay out of every alternate set: they are German, and no hreflang
        that search engines use tells them apart from the standard German page ("de" would
        claim the German page's slot, "de-x-ls" or similar private tags are ignored or
        rejected). So an LS page lists no alternates and no page lists it. The page's HTML and
        sitemap.xml both use this one set, so they agree and every link points back."""
        if self.lang not in ALTERNATE_LANGUAGES:
            return {}
        urls = {self.lang: self.url, **self.translations}
        found = {lang: urls[lang] for lang in ALTERNATE_LANGUAGES if lang in urls}
        if len(found) < 2:
            return {}
        return {**found, "x-default": found.get("de", self.url)}


ALTERNATE_LANGUAGES = ("de", "en")  # hreflang = our language code; Leichte Sprache left out
HOME_TEMPLATE = "home.html"  # gets `index.home` besides the globals


def template_for(item: Item) -> str:
    """The start page, a section's landing page, or the template its type declares."""
    if item.is_index and not item.folder and item.type == "page":
        return HOME_TEMPLATE
    if item.is_index and item.type == "page":
        return "section.html"
    return TYPES[item.type].template_name()


def item_page(item: Item) -> OutputPage:
    return OutputPage(
        url=item.url,
        template=template_for(item),
        lang=item.lang,
        title=item.title,
        item=item,
        translations={lang: other.url for lang, other in item.translations.items()},
        folder=item.folder,
        noindex=item.expired,
    )


def main_navigation(index: SiteIndex, lang: str) -> list[Item]:
    """The sections named in MAIN_MENU: chosen in configuration, so it never grows with content."""
    found = [index.get(key, lang) for key in index.settings.get("MAIN_MENU", ())]
    return [item for item in found if item is not None and item.lang == lang]


def breadcrumbs(index: SiteIndex, folder: tuple, lang: str, item: Item | None) -> list[Item]:
    """Landing pages from the start page down to the page's own section (the page excluded)."""
    trail = []
    for depth in range(len(folder) + 1):
        section = index.section(folder[:depth])
        landing = section.index.get(lang) if section else None
        if landing is not None and landing is not item:
            trail.append(landing)
    return trail


def language_links(page: OutputPage, languages: tuple = ("de", "en")) -> list[dict]:
    """For the language switch: the same page in de/en, or that language's start page.

    `languages` are those whose start page exists: a site without English has no switch."""
    links = []
    for lang in languages:
        if lang == page.lang:
            continue
        url = page.translations.get(lang)
        links.append(
            {
                "lang": lang,
                "html_lang": HTML_LANG[lang],
                "url": url or home_url(lang),
                "translated": url is not None,
            }
        )
    return links
