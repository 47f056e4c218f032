"""The translation report: German items without an English version, by section."""

from __future__ import annotations

from collections import defaultdict

from plugins.kit.i18n import message
from plugins.site.index import SiteIndex, sort_key


def missing_translations(index: SiteIndex, lang: str = "en") -> dict[str, list]:
    """{section title: [German items without a `lang` version]}, sections in tree order."""
    by_section = defaultdict(list)
    for item in index.items:
        if item.lang == "de" and lang not in item.translations:
            by_section[item.section].append(item)
    report = {}
    for folder in sorted(by_section):
        section = index.section(folder)
        landing = section.landing("de") if section else None
        title = landing.title if landing else "/".join(folder) or message("Startseite")
        report[f"{title} ({'/'.join(folder) or '/'})"] = sorted(by_section[folder], key=sort_key)
    return report


def format_report(index: SiteIndex, lang: str = "en") -> str:
    report = missing_translations(index, lang)
    total_de = sum(1 for i in index.items if i.lang == "de")
    missing = sum(len(v) for v in report.values())
    lines = [
        message(
            "{missing} von {total} deutschen Seiten haben keine Fassung in '{lang}'.",
            missing=missing,
            total=total_de,
            lang=lang,
        ),
        "",
    ]
    for section, items in report.items():
        lines.append(f"{section}: {len(items)}")
        lines += [f"  - {item.title}  ({item.source})" for item in items]
    return "\n".join(lines)
