"""Two pages of the same type and language with the same title or the same slug.

Visitors tell pages apart by their titles (in lists, the search, the browser's tabs), and two
addresses ending alike invite wrong links: a warning naming both files, an error with
`invoke check --strict` (the setting SITE_STRICT_WARNINGS), as for the content lints.
"""

from __future__ import annotations

from plugins.kit.i18n import message

from .items import Item


def report_duplicates(index) -> None:
    strict = bool(index.settings.get("SITE_STRICT_WARNINGS"))
    report = index.problems.add if strict else index.problems.warn
    for item, other, field in duplicates(index.items):
        if field == "title":
            what = message(
                "Die Seite hat denselben Titel „{title}“ wie '{other}' (gleicher Typ, gleiche "
                "Sprache)",
                title=item.title,
                other=other.source,
            )
        else:
            what = message(
                "Die Adresse der Seite endet wie die von '{other}' auf „{slug}/“ (gleicher Typ, "
                "gleiche Sprache)",
                slug=item.slug,
                other=other.source,
            )
        fix = message(
            "geben Sie einer der beiden Seiten einen Titel, der sie unterscheidet "
            "(und, wenn nötig, einen anderen Dateinamen oder slug)"
        )
        report(item.source, item.line(field), what, fix)


def duplicates(items: list[Item]) -> list[tuple[Item, Item, str]]:
    """(item, the first item it repeats, "title" or "slug"), in the order of `items` (the
    reader's: the order of the files)."""
    first: dict[tuple, Item] = {}
    found = []
    for item in items:
        keys = {
            "title": (item.type, item.lang, "title", " ".join(item.title.casefold().split())),
            "slug": (item.type, item.lang, "slug", item.slug),
        }
        repeated = [(field, first[key]) for field, key in keys.items() if key in first]
        for key in keys.values():
            first.setdefault(key, item)
        if repeated:
            field, other = repeated[0]
            found.append((item, other, field))
    return found
