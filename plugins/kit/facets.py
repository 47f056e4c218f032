"""Filter pages for a list without JavaScript: one pre-rendered page per value that some item has.

A list (tours, hosts) is filtered by a few dimensions (activity, category, amenities …); every
value that at least one item has gets its own page under the list's landing page
(`<landing>/<folder>/<slug>/`, e.g. `kategorie/hotel/`, en `category/hotel/`). Visitors filter by
following links. An item may have several values of one dimension (a host's amenities).

The plugin gives the dimensions, `values_of(dimension_name, item) -> set of keys`, how a value
is labelled in a language, and `make_context(shown, current, label)` for its template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from plugins.kit.i18n import translate
from plugins.site.pages import OutputPage


@dataclass(frozen=True)
class Value:
    key: str  # what the item holds (what editors write, or a derived band's name)
    label: str  # German; translated for display
    slugs: dict  # lang -> last part of the filter page's address


@dataclass(frozen=True)
class Dimension:
    name: str  # "activity", "category", …
    label: str  # German
    folders: dict  # lang -> the folder of its filter pages
    values: tuple[Value, ...]


ValuesOf = Callable[[str, object], set]


def filter_url(home_url: str, dimension: Dimension, value: Value, lang: str) -> str:
    return f"{home_url}{dimension.folders[lang]}/{value.slugs[lang]}/"


def default_label(dimension: Dimension, value: Value, lang: str) -> str:
    return translate(value.label, lang)


def has(values_of: ValuesOf, dimension: Dimension, value: Value, item) -> bool:
    return value.key in values_of(dimension.name, item)


def filter_nav(
    home_url: str,
    items: list,
    dimensions: tuple,
    values_of: ValuesOf,
    lang: str,
    current: tuple | None = None,
    label_of=default_label,
) -> list[dict]:
    """Per dimension, the values some item has: {name, label, entries: [{key (the German
    slug), label, url, count, current}]}; dimensions without any value are left out."""
    groups = []
    for dimension in dimensions:
        entries = []
        for value in dimension.values:
            count = sum(1 for item in items if has(values_of, dimension, value, item))
            if count:
                entries.append(
                    {
                        "key": value.slugs["de"],
                        "label": label_of(dimension, value, lang),
                        "url": filter_url(home_url, dimension, value, lang),
                        "count": count,
                        "current": current == (dimension.name, value.key),
                    }
                )
        if entries:
            label = translate(dimension.label, lang)
            groups.append({"name": dimension.name, "label": label, "entries": entries})
    return groups


def filter_pages(
    home,
    items: list,
    dimensions: tuple,
    values_of: ValuesOf,
    make_context: Callable[[list, tuple, str], dict],
    template: str,
    twin: tuple | None = None,
    label_of=default_label,
) -> list[OutputPage]:
    """The filter pages of the list on `home` (an Item: the landing page) in its language.

    `twin` is (landing page, items) in the other language, or None: a filter page's translation
    is the same filter's page there, or that language's whole list when no item there has the
    value."""
    lang = home.lang
    pages = []
    for dimension in dimensions:
        for value in dimension.values:
            shown = [item for item in items if has(values_of, dimension, value, item)]
            if not shown:
                continue
            text = translate(
                "{dimension}: {value}",
                lang,
                dimension=translate(dimension.label, lang),
                value=label_of(dimension, value, lang),
            )
            translations = {}
            if twin is not None:
                other, other_items = twin
                if any(has(values_of, dimension, value, item) for item in other_items):
                    translations[other.lang] = filter_url(other.url, dimension, value, other.lang)
                else:
                    translations[other.lang] = other.url
            pages.append(
                OutputPage(
                    url=filter_url(home.url, dimension, value, lang),
                    template=template,
                    lang=lang,
                    title=f"{home.title} – {text}",
                    context=make_context(shown, (dimension.name, value.key), text),
                    translations=translations,
                    folder=home.folder,
                )
            )
    return pages
