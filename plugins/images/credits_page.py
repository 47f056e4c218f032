"""The generated "Bildnachweis" page (/bildnachweis/, /en/image-credits/): every credit with
the pages that show it."""

from __future__ import annotations

from plugins.kit.i18n import message
from plugins.site.pages import OutputPage

from .credits import CreditUse, collect_credits

CREDITS_URL = {"de": "/bildnachweis/", "en": "/en/image-credits/"}


def credit_uses(index, lang: str) -> list[CreditUse]:
    """Credits of the pages in `lang` (Leichte Sprache pages count as German)."""
    langs = ("de", "ls") if lang == "de" else (lang,)
    uses = []
    for item in index.items:
        if item.lang not in langs:
            continue
        image = item.data.get("image")
        credits = [image["credit"]] if image and image["credit"] else []
        credits += [entry["credit"] for entry in item.data.get("gallery", []) if entry["credit"]]
        credits += item.data.get("body_image_credits", [])
        uses.extend(CreditUse(credit, item.title, item.url) for credit in credits)
    return uses


def add_credits_pages(index) -> None:
    for lang, url in CREDITS_URL.items():
        taken = index.by_url.get(url)
        if taken is not None:
            index.problems.add(
                taken.source,
                taken.line("slug"),
                message(
                    "Die Adresse {url} ist für die Seite mit den Bildnachweisen reserviert", url=url
                ),
                message("geben Sie dieser Seite einen anderen Dateinamen oder slug"),
            )
            continue
        index.pages.append(
            OutputPage(
                url=url,
                template="images/image_credits.html",
                lang=lang,
                title=index.label("Bildnachweis", lang),
                context={"credits": collect_credits(credit_uses(index, lang))},
                translations={other: u for other, u in CREDITS_URL.items() if other != lang},
            )
        )
    index.globals["image_credits_url"] = dict(CREDITS_URL)
