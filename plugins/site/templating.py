"""What templates can call: translated strings, URLs and dates formatted for the page's language.

Template strings are German in the templates (`{{ _("Öffnungszeiten") }}`) and translated from a
YAML catalogue per language (`theme/translations/en.yaml`, plus `translations/en.yaml` in any listed
plugin's folder) by `plugins.kit.i18n`, the one translation system. Dates use Babel, so month
names never depend on the machine's locale.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as babel_date
from babel.dates import format_datetime as babel_datetime
from babel.dates import format_time as babel_time
from babel.numbers import format_decimal
from jinja2 import pass_context

from plugins.frontmatter.fields import BERLIN
from plugins.kit.i18n import translate
from plugins.kit.urls import LOCALES


def make_globals(catalogues: dict, site_url: str) -> dict:
    site_url = site_url.rstrip("/")

    @pass_context
    def translate_(context, text: str, **values) -> str:
        return translate(text, context.get("lang", "de"), catalogues, **values)

    def url(target) -> str:
        path = target if isinstance(target, str) else target.url
        if path.startswith(("http://", "https://", "mailto:", "tel:", "#")):
            return path
        return site_url + path

    @pass_context
    def format_date(context, value, format="long") -> str:
        if value is None:
            return ""
        if isinstance(value, dt.datetime):
            value = value.astimezone(BERLIN).date()
        return babel_date(value, format=format, locale=LOCALES[context.get("lang", "de")])

    @pass_context
    def format_time(context, value) -> str:
        lang = context.get("lang", "de")
        if isinstance(value, str):
            value = dt.time.fromisoformat(value)
        if isinstance(value, dt.datetime):
            value = value.astimezone(BERLIN)
        if lang == "en":
            text = babel_time(value, format="h:mm a", locale="en_GB")
            return text.replace(":00", "").replace("\u202f", " ").lower()
        return babel_time(value, format="HH:mm", locale="de_DE") + " Uhr"

    @pass_context
    def format_datetime(context, value) -> str:
        if not isinstance(value, dt.datetime):
            return format_date(context, value)
        local = value.astimezone(BERLIN)
        return f"{format_date(context, local.date())}, {format_time(context, local)}"

    @pass_context
    def format_number(context, value) -> str:
        return format_decimal(value, locale=LOCALES[context.get("lang", "de")])

    @pass_context
    def iso_datetime(context, value) -> str:
        if isinstance(value, dt.datetime):
            return value.astimezone(BERLIN).isoformat()
        return value.isoformat() if value else ""

    return {
        "_": translate_,
        "url": url,
        "format_date": format_date,
        "format_time": format_time,
        "format_datetime": format_datetime,
        "format_number": format_number,
        "iso_datetime": iso_datetime,
        "babel_datetime": babel_datetime,
    }
