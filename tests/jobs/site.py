"""A small town with an office, a jobs landing (de, en) and vacancies, for the jobs tests."""

from __future__ import annotations

OFFICE = """\
---
type: office
title: Bürgerbüro
address:
  street: Rathausplatz 1
  postal_code: "64283"
  city: Musterstadt
---
Text.
"""

JOB = """\
---
title: {title}
date: {date}
summary: Das Bürgerbüro sucht Verstärkung.
office: buergerbuero
reference: 2026-41
pay: {pay}
hours: {hours}
limited: unbefristet
valid_through: {valid_through}
apply_url: {apply_url}
{extra}---
## Ihre Aufgaben

- Anträge bearbeiten
"""


def job(
    title="Sachbearbeitung (m/w/d)",
    date="2026-11-01",
    valid_through="2026-11-25",
    pay="TVöD EG 9a",
    hours="Vollzeit",
    apply_url="https://karriere.musterstadt.example/2026-41",
    extra="",
) -> str:
    return JOB.format(
        title=title,
        date=date,
        valid_through=valid_through,
        pay=pay,
        hours=hours,
        apply_url=apply_url,
        extra=extra,
    )


def town(**jobs: str) -> dict:
    """Content files: the start pages, the office, the jobs landing and `jobs` ({slug: text})."""
    files = {
        "index.md": "---\ntitle: Musterstadt\n---\nWillkommen.\n",
        "index.en.md": "---\ntitle: Musterstadt\n---\nWelcome.\n",
        "rathaus/index.md": "---\ntitle: Rathaus\n---\nText.\n",
        "rathaus/aemter/buergerbuero.md": OFFICE,
        "rathaus/stellenangebote/index.md": (
            "---\ntitle: Stellenangebote\ndefault_type: job\nsummary: Arbeiten bei uns.\n---\n"
            "Wir suchen Sie.\n"
        ),
        "rathaus/stellenangebote/index.en.md": (
            "---\ntitle: Job vacancies\nslug: jobs\nsummary: Work for us.\n---\nJoin us.\n"
        ),
    }
    files.update({f"rathaus/stellenangebote/{slug}.md": text for slug, text in jobs.items()})
    return files
