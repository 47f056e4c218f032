"""The content lints: each rule reads a page's Markdown tokens and returns findings with lines.

Every rule is a plain function `rule(tokens, lang) -> list[Finding]` over markdown-it tokens whose
`map` lines are relative to the body; `lint_body()` runs them all and shifts the lines to the file.
The rules look for what most often keeps pages from being accessible (see the German monitoring
reports in the public-sector notes): broken heading structure, vague link text, shouted text,
tables without headings, unannounced PDFs, long sentences in Leichte Sprache, fake bullet lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from plugins.kit.i18n import message
from plugins.site.markdown import MarkdownRenderer


@dataclass(frozen=True, order=True)
class Finding:
    """One lint result: the line in the file, what is wrong and how to fix it."""

    line: int
    what: str
    fix: str


# --- Plain text of inline tokens, with line breaks kept so lines can be counted -------------


def inline_text(inline, code: str | None = None) -> str:
    """The readable text of an inline token: words, image alt texts; '\\n' at line breaks.
    With `code`, code spans are replaced by that text (commands are not prose)."""
    parts = []
    for child in inline.children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type == "code_inline":
            parts.append(child.content if code is None else code)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(inline_text(child))
    return "".join(parts)


def start_line(token) -> int:
    return token.map[0] + 1 if token.map else 1


def inlines(tokens):
    """(inline token, its first body line, its block) for every inline token; the block is
    "p" (paragraph), "li" (paragraph in a list item), "h" (heading) or "cell" (table cell)."""
    block, list_depth = "", 0
    for token in tokens:
        if token.type == "list_item_open":
            list_depth += 1
        elif token.type == "list_item_close":
            list_depth -= 1
        elif token.type == "paragraph_open":
            block = "li" if list_depth else "p"
        elif token.type == "heading_open":
            block = "h"
        elif token.type in ("th_open", "td_open"):
            block = "cell"
        elif token.type == "inline":
            yield token, start_line(token), block


# --- Headings ------------------------------------------------------------------------------


def heading_structure(tokens, lang: str) -> list[Finding]:
    """An h1 in the body, and headings that skip a level (the page title is the h1)."""
    found, previous = [], 1
    for token in tokens:
        if token.type != "heading_open":
            continue
        level, line = int(token.tag[1]), start_line(token)
        if level == 1:
            found.append(
                Finding(
                    line,
                    message(
                        "Eine Überschrift der Ebene 1 ('# …') im Text: der Seitentitel ist schon "
                        "die einzige Überschrift der Ebene 1"
                    ),
                    message("beginnen Sie Abschnitte mit '## ' (der Titel kommt aus 'title:')"),
                )
            )
            continue
        if level > previous + 1:
            found.append(
                Finding(
                    line,
                    message(
                        "Überschrift der Ebene {level} folgt auf Ebene {previous}: eine Ebene "
                        "fehlt",
                        level=level,
                        previous=previous,
                    ),
                    message(
                        "schreiben Sie hier '{marks} ', oder ergänzen Sie die fehlende Ebene "
                        "darüber",
                        marks="#" * (previous + 1),
                    ),
                )
            )
        previous = level
    return found


# --- Links ---------------------------------------------------------------------------------

VAGUE_LINK_TEXTS = {
    "hier",
    "hier klicken",
    "klicken sie hier",
    "bitte hier klicken",
    "mehr",
    "mehr erfahren",
    "mehr lesen",
    "mehr informationen",
    "mehr infos",
    "weiter",
    "weiterlesen",
    "weitere informationen",
    "details",
    "link",
    "dieser link",
    "diesen link",
    "zum link",
    "here",
    "click here",
    "more",
    "read more",
    "more information",
}
_BARE_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def links(inline):
    """(href, link text, line) for every link in an inline token."""
    line, href, text = 0, None, []
    for child in inline.children or []:
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        if child.type == "link_open":
            href, text, start = child.attrGet("href") or "", [], line
        elif child.type == "link_close" and href is not None:
            yield href, "".join(text).strip(), start
            href = None
        elif href is not None and child.type in ("text", "code_inline"):
            text.append(child.content)
        elif href is not None and child.type == "image":
            text.append(inline_text(child))
        elif href is not None and child.type == "softbreak":
            text.append(" ")


def link_text(tokens, lang: str) -> list[Finding]:
    """Link text that does not say where the link goes: 'hier', 'mehr', a bare web address."""
    found = []
    for inline, line, _ in inlines(tokens):
        for href, text, offset in links(inline):
            if href.startswith("mailto:") or href.startswith("tel:"):
                continue
            if _normal(text) in VAGUE_LINK_TEXTS:
                found.append(
                    Finding(
                        line + offset,
                        message(
                            "Der Linktext '{text}' sagt nicht, wohin der Link führt", text=text
                        ),
                        message(
                            "nennen Sie das Ziel, z. B. [Antrag auf Wohngeld](…) statt [hier](…); "
                            "wer einen Screenreader nutzt, hört Linktexte ohne Zusammenhang"
                        ),
                    )
                )
            elif _BARE_URL.match(text):
                found.append(
                    Finding(
                        line + offset,
                        message("Der Linktext ist eine bloße Webadresse '{text}'", text=text),
                        message(
                            "schreiben Sie, wohin der Link führt, z. B. [Online-Antrag](https://…)"
                        ),
                    )
                )
    return found


# A PDF link is announced when its link text or its paragraph says "PDF" and also gives its size
# (e.g. "240 KB") or says whether it is accessible ("barrierefrei", "nicht barrierefrei").
_PDF_WORD = re.compile(r"\bPDF\b", re.I)
_PDF_NOTE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:KB|kB|MB|Kilobyte|Megabyte)\b|barrierefrei|accessible", re.I
)


def is_pdf(href: str) -> bool:
    return urlsplit(href).path.lower().endswith(".pdf")


def pdf_links(tokens, lang: str) -> list[Finding]:
    """PDFs linked without saying that they are PDFs and how large or accessible they are."""
    found = []
    for inline, line, _ in inlines(tokens):
        paragraph = inline_text(inline)
        for href, text, offset in links(inline):
            if not is_pdf(href):
                continue
            missing = []
            if not _PDF_WORD.search(paragraph):
                missing.append(message("dass es ein PDF ist"))
            if not _PDF_NOTE.search(paragraph):
                missing.append(message("wie groß es ist oder ob es barrierefrei ist"))
            if missing:
                found.append(
                    Finding(
                        line + offset,
                        message(
                            "Der Link '{text}' öffnet ein PDF, aber weder der Linktext noch sein "
                            "Absatz sagt, {missing}",
                            text=text,
                            missing=message(" und ").join(missing),
                        ),
                        message(
                            "ergänzen Sie es im Linktext, z. B. [Antrag auf Wohngeld (PDF, "
                            "240 KB, nicht barrierefrei)](antrag.pdf)"
                        ),
                    )
                )
    return found


# --- Text ----------------------------------------------------------------------------------

# Abbreviations written in capitals on purpose; they neither count nor break a passage.
ABBREVIATIONS = {
    "BITV",
    "DSGVO",
    "WCAG",
    "ELSTER",
    "IBAN",
    "LEIKA",
    "ADAC",
    "HTML",
    "HTTPS",
    "JPEG",
    "ÖPNV",
    "UNESCO",
    "NATO",
    "COVID",
    "VDE",
    "DIN",
    "ISBN",
}
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def caps_runs(text: str):
    """(start offset, passage) of runs of all-caps words with at least three of 4+ letters."""
    run, counted = [], 0
    for match in [*_WORD.finditer(text), None]:
        word = match.group() if match else ""
        if word.upper() != word and not run:  # a lower-case letter (checked in C): most words
            continue
        letters = sum(c.isalpha() for c in word)
        if match and (word in ABBREVIATIONS or letters == 0 or _is_caps(word)):
            run.append(match)
            counted += letters >= 4 and word not in ABBREVIATIONS and _is_caps(word)
            continue
        if counted >= 3:
            yield run[0].start(), text[run[0].start() : run[-1].end()]
        run, counted = [], 0


def all_caps(tokens, lang: str) -> list[Finding]:
    """Passages in capital letters: hard to read, and screen readers may spell them out."""
    found = []
    for inline, line, _ in inlines(tokens):
        text = inline_text(inline, code=" code ")  # a lower-case word ends a passage
        for start, passage in caps_runs(text):
            found.append(
                Finding(
                    line + text.count("\n", 0, start),
                    message(
                        "Die Stelle '{passage}' ist in Großbuchstaben geschrieben", passage=passage
                    ),
                    message(
                        "schreiben Sie sie in normaler Schreibung; zum Betonen nehmen Sie **fett**"
                    ),
                )
            )
    return found


MAX_LS_WORDS = 15
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")


def long_sentences(tokens, lang: str) -> list[Finding]:
    """Leichte Sprache: one statement per sentence, at most about 15 words."""
    if lang != "ls":
        return []
    found = []
    for inline, line, _ in inlines(tokens):
        text = inline_text(inline)
        start = 0
        for sentence in _SENTENCE_END.split(text):
            offset = text.index(sentence, start)
            start = offset + len(sentence)
            words = _WORD.findall(sentence)
            if len(words) > MAX_LS_WORDS:
                opening = " ".join(words[:4])
                found.append(
                    Finding(
                        line + text.count("\n", 0, offset),
                        message(
                            "Ein Satz mit {count} Wörtern in Leichter Sprache ('{opening} …'): "
                            "höchstens {most} sind leicht zu lesen",
                            count=len(words),
                            opening=opening,
                            most=MAX_LS_WORDS,
                        ),
                        message("teilen Sie ihn in kurze Sätze: eine Aussage pro Satz"),
                    )
                )
    return found


# Emoji (Unicode's Extended_Pictographic) and the symbols people type as fake bullets.
_BULLET = regex.compile(r"^\s*(\p{Extended_Pictographic}|[•▪▫►▸▶➤➔→✓✔☐☑★☆])")


def emoji_bullets(tokens, lang: str) -> list[Finding]:
    """Lines that start with an emoji or symbol as a bullet instead of a Markdown list."""
    found = []
    for inline, line, block in inlines(tokens):
        if block not in ("p", "li"):
            continue
        for number, text in enumerate(inline_text(inline).split("\n")):
            match = _BULLET.match(text)
            if not match:
                continue
            symbol = match.group(1)
            fix = (
                message("löschen Sie es: die Liste hat schon Aufzählungszeichen")
                if block == "li"
                else message(
                    "schreiben Sie eine Markdown-Liste, ein Eintrag pro Zeile: '- Personalausweis'"
                )
            )
            found.append(
                Finding(
                    line + number,
                    message(
                        "'{symbol}' dient als Aufzählungszeichen: Screenreader lesen seinen Namen "
                        "vor",
                        symbol=symbol,
                    ),
                    fix,
                )
            )
    return found


# --- Tables --------------------------------------------------------------------------------


def table_headers(tokens, lang: str) -> list[Finding]:
    """Markdown tables always have a first row; an empty one means the table has no headings."""
    found, in_head, cells, table_line = [], False, [], 1
    for token in tokens:
        if token.type == "table_open":
            table_line = start_line(token)
        elif token.type == "thead_open":
            in_head, cells = True, []
        elif token.type == "inline" and in_head:
            cells.append(token.content.strip())
        elif token.type == "thead_close":
            in_head = False
            if not any(cells):
                found.append(
                    Finding(
                        table_line,
                        message("Die Tabelle hat keine Kopfzeile (ihre erste Zeile ist leer)"),
                        message(
                            "schreiben Sie die Spaltenüberschriften in die erste Zeile, "
                            "z. B. | Tag | Uhrzeit |"
                        ),
                    )
                )
    return found


RULES = (
    heading_structure,
    link_text,
    all_caps,
    table_headers,
    pdf_links,
    long_sentences,
    emoji_bullets,
)

_RENDERER = None


def lint_body(body: str, body_line: int = 1, lang: str = "de") -> list[Finding]:
    """Every finding in a Markdown body; `body_line` is the file line of the body's first line."""
    global _RENDERER
    _RENDERER = _RENDERER or MarkdownRenderer()
    tokens = _RENDERER.parse(body)
    shift = body_line - 1
    found = [f for rule in RULES for f in rule(tokens, lang)]
    return sorted(Finding(f.line + shift, f.what, f.fix) for f in found)
