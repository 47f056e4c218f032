"""Collect image credits for the generated "Bildnachweis" page: credit → pages using it."""

from collections.abc import Iterable
from typing import NamedTuple


class CreditUse(NamedTuple):
    """One image with a credit on one page."""

    credit: str
    page_title: str
    page_url: str


class PageRef(NamedTuple):
    title: str
    url: str


class CreditEntry(NamedTuple):
    credit: str
    pages: tuple[PageRef, ...]


def collect_credits(uses: Iterable[CreditUse]) -> list[CreditEntry]:
    """Group uses by credit; credits and their pages sorted, each page listed once.

    Credits differing only in spacing are one credit ("Foto:  M. Muster" == "Foto: M. Muster");
    empty credits are skipped (a missing credit is a content check, not a list entry).
    """
    pages_by_credit: dict[str, dict[str, PageRef]] = {}
    for use in uses:
        credit = " ".join(use.credit.split())
        if not credit:
            continue
        pages = pages_by_credit.setdefault(credit, {})
        pages.setdefault(use.page_url, PageRef(use.page_title, use.page_url))
    return [
        CreditEntry(credit, tuple(sorted(pages.values(), key=_page_order)))
        for credit, pages in sorted(pages_by_credit.items(), key=lambda item: _text_order(item[0]))
    ]


def _text_order(text: str) -> tuple[str, str]:
    # Case-insensitive with umlauts next to their base letter; the raw text breaks ties so the
    # order is stable across builds.
    folded = text.casefold().translate(str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"}))
    return folded, text


def _page_order(page: PageRef) -> tuple[tuple[str, str], str]:
    return _text_order(page.title), page.url
