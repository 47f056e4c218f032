"""Every lint: a body that triggers it (exact file:line message) and one that does not."""

from __future__ import annotations

import pytest

from plugins.frontmatter import Problem
from plugins.lints import lint_body

BODY_LINE = 6  # the body starts on line 6 of the file, after a four-line front matter

LINK_FIX = (
    "name the target, e.g. [Antrag auf Wohngeld](…) instead of [hier](…); screen-reader users "
    "hear link texts out of context"
)
PDF_FIX = (
    "add it to the link text, e.g. "
    "[Antrag auf Wohngeld (PDF, 240 KB, nicht barrierefrei)](antrag.pdf)"
)
CAPS_FIX = "write it in normal case; to stress it, use **bold**"

TRIGGERS = [
    (
        "h1 in the body",
        "de",
        "Text.\n\n# Personalausweis\n",
        "seite.md:8: a level-1 heading ('# …') in the body: the page title is already the only "
        "level-1 heading — start sections with '## ' (the title comes from 'title:')",
    ),
    (
        "skipped heading level at the start",
        "de",
        "### Unterlagen\n",
        "seite.md:6: heading level 3 follows level 1: a level is skipped — write '## ' here, or "
        "add the missing level above",
    ),
    (
        "skipped heading level later",
        "de",
        "## Kosten\n\nText.\n\n#### Ermäßigung\n",
        "seite.md:10: heading level 4 follows level 2: a level is skipped — write '### ' here, "
        "or add the missing level above",
    ),
    (
        "link text hier",
        "de",
        "Den Antrag finden Sie\n[hier](/rathaus/).\n",
        f"seite.md:7: the link text 'hier' does not say where the link leads — {LINK_FIX}",
    ),
    (
        "link text klicken Sie hier",
        "de",
        "[Klicken Sie hier!](/rathaus/)\n",
        f"seite.md:6: the link text 'Klicken Sie hier!' does not say where the link leads — "
        f"{LINK_FIX}",
    ),
    (
        "link text mehr",
        "de",
        "Neue Öffnungszeiten. [Mehr …](/aktuelles/)\n",
        f"seite.md:6: the link text 'Mehr …' does not say where the link leads — {LINK_FIX}",
    ),
    (
        "link text weiterlesen",
        "de",
        "- [Weiterlesen](/aktuelles/)\n",
        f"seite.md:6: the link text 'Weiterlesen' does not say where the link leads — {LINK_FIX}",
    ),
    (
        "link text Link",
        "de",
        "Zum Formular: [Link](https://service.musterstadt.example/)\n",
        f"seite.md:6: the link text 'Link' does not say where the link leads — {LINK_FIX}",
    ),
    (
        "bare web address as link text",
        "de",
        "Online: [https://service.musterstadt.example](https://service.musterstadt.example)\n",
        "seite.md:6: the link text is a bare web address 'https://service.musterstadt.example' "
        "— write what the link leads to, e.g. [Online-Antrag](https://…)",
    ),
    (
        "autolink",
        "de",
        "Text.\n\nOnline: <https://service.musterstadt.example>\n",
        "seite.md:8: the link text is a bare web address 'https://service.musterstadt.example' "
        "— write what the link leads to, e.g. [Online-Antrag](https://…)",
    ),
    (
        "all caps passage",
        "de",
        "Wichtig:\nBITTE UNBEDINGT DIE FRIST BEACHTEN.\n",
        f"seite.md:7: the passage 'BITTE UNBEDINGT DIE FRIST BEACHTEN' is written in capital "
        f"letters — {CAPS_FIX}",
    ),
    (
        "all caps in a heading",
        "de",
        "## ACHTUNG WICHTIGE ÄNDERUNG\n",
        f"seite.md:6: the passage 'ACHTUNG WICHTIGE ÄNDERUNG' is written in capital letters — "
        f"{CAPS_FIX}",
    ),
    (
        "table with an empty header row",
        "de",
        "Zeiten:\n\n| | |\n|---|---|\n| Montag | 8–12 Uhr |\n",
        "seite.md:8: the table has no header row (its first row is empty) — write the column "
        "headings in the first row, e.g. | Tag | Uhrzeit |",
    ),
    (
        "pdf without any note",
        "de",
        "[Antrag auf Wohngeld](formulare/wohngeld.pdf)\n",
        "seite.md:6: the link 'Antrag auf Wohngeld' opens a PDF, but neither the link text nor "
        "its paragraph says that it is a PDF and its size or whether it is accessible — " + PDF_FIX,
    ),
    (
        "pdf with PDF but no size or accessibility note",
        "de",
        "[Antrag auf Wohngeld (PDF)](https://service.musterstadt.example/wohngeld.PDF?v=2)\n",
        "seite.md:6: the link 'Antrag auf Wohngeld (PDF)' opens a PDF, but neither the link text "
        "nor its paragraph says its size or whether it is accessible — " + PDF_FIX,
    ),
    (
        "pdf with a size but without saying PDF",
        "de",
        "[Antrag auf Wohngeld, 240 KB](wohngeld.pdf)\n",
        "seite.md:6: the link 'Antrag auf Wohngeld, 240 KB' opens a PDF, but neither the link "
        "text nor its paragraph says that it is a PDF — " + PDF_FIX,
    ),
    (
        "long sentence in Leichte Sprache",
        "ls",
        "Das ist kurz.\nWenn Sie einen neuen Ausweis brauchen, dann müssen Sie mit Ihrem alten "
        "Ausweis und einem Foto ins Bürger-Büro kommen.\n",
        "seite.md:7: a sentence of 19 words in Leichte Sprache ('Wenn Sie einen neuen …'): at "
        "most 15 are easy to read — split it into short sentences: one statement per sentence",
    ),
    (
        "emoji as bullets in a paragraph",
        "de",
        "Sie brauchen:\n✅ Ihren Ausweis\n",
        "seite.md:7: '✅' is used as a bullet: screen readers read its name aloud — write a "
        "Markdown list, one item per line: '- Personalausweis'",
    ),
    (
        "bullet symbol as bullet",
        "de",
        "• Ihren Ausweis\n",
        "seite.md:6: '•' is used as a bullet: screen readers read its name aloud — write a "
        "Markdown list, one item per line: '- Personalausweis'",
    ),
    (
        "emoji in front of list items",
        "de",
        "Sie brauchen:\n\n- 📄 Ihren Ausweis\n",
        "seite.md:8: '📄' is used as a bullet: screen readers read its name aloud — remove it: "
        "the list has bullets already",
    ),
]

CLEAN = [
    ("headings in order", "de", "## Kosten\n\n### Ermäßigung\n\n## Unterlagen\n\n### Foto\n"),
    ("going back up a level", "de", "## A\n\n### B\n\n#### C\n\n## D\n"),
    ("a heading-like line in code", "de", "```\n# kein Titel\n```\n"),
    ("descriptive link text", "de", "[Antrag auf Wohngeld stellen](/rathaus/)\n"),
    ("hier inside a longer link text", "de", "[Hier finden Sie die Gebühren](/rathaus/)\n"),
    ("e-mail address as link text", "de", "<buergerbuero@musterstadt.example>\n"),
    ("a web address in plain text", "de", "Unsere Seite: www.musterstadt.example\n"),
    ("abbreviations", "de", "Nach DSGVO, BITV und WCAG 2.1 sowie im ÖPNV.\n"),
    ("two capital words only", "de", "Der Eintritt ist FREI HEUTE.\n"),
    ("capital words in code", "de", "Schreiben Sie `BITTE UNBEDINGT BEACHTEN` nicht so.\n"),
    ("table with headings", "de", "| Tag | Zeit |\n|---|---|\n| Montag | 8–12 Uhr |\n"),
    ("pdf with format and size", "de", "[Antrag auf Wohngeld (PDF, 240 KB)](wohngeld.pdf)\n"),
    ("pdf with note in the paragraph", "de", "[Satzung](satzung.pdf) (PDF, barrierefrei)\n"),
    ("pdf with MB", "de", "[Haushaltsplan (PDF, 1,2 MB)](plan.pdf)\n"),
    ("pdf English", "en", "[Application form (PDF, accessible)](form.pdf)\n"),
    ("not a pdf", "de", "[Antrag auf Wohngeld](/wohngeld/pdf-hilfe/)\n"),
    (
        "short sentences in Leichte Sprache",
        "ls",
        "Sie brauchen einen neuen Ausweis.\nDann kommen Sie ins Bürger-Büro.\n"
        "Bringen Sie mit:\n\n- Ihren alten Ausweis\n- ein Foto\n",
    ),
    (
        "a long sentence outside Leichte Sprache",
        "de",
        "Wenn Sie einen neuen Ausweis brauchen, dann müssen Sie mit Ihrem alten Ausweis und "
        "einem Foto ins Bürgerbüro kommen.\n",
    ),
    ("a Markdown list", "de", "Sie brauchen:\n\n- Ihren Ausweis\n- ein Foto\n"),
    ("emoji inside a sentence", "de", "Wir freuen uns auf Sie 😊 und Ihre Fragen.\n"),
]


def messages(body: str, lang: str) -> list[str]:
    findings = lint_body(body, BODY_LINE, lang)
    return [str(Problem("seite.md", f.line, f.what, f.fix)) for f in findings]


@pytest.mark.parametrize(
    ("lang", "body", "expected"), [c[1:] for c in TRIGGERS], ids=[c[0] for c in TRIGGERS]
)
def test_lint_triggers_with_file_line_and_fix(lang, body, expected):
    assert messages(body, lang) == [expected]


@pytest.mark.parametrize(("lang", "body"), [c[1:] for c in CLEAN], ids=[c[0] for c in CLEAN])
def test_lint_stays_quiet(lang, body):
    assert messages(body, lang) == []


def test_every_rule_has_a_triggering_case():
    from plugins.lints.rules import RULES, MarkdownRenderer

    triggered = set()
    for _, lang, body, _ in TRIGGERS:
        tokens = MarkdownRenderer().parse(body)
        triggered |= {rule.__name__ for rule in RULES if rule(tokens, lang)}
    assert triggered == {rule.__name__ for rule in RULES}
