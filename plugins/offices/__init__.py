"""Offices: contact details, opening hours, the office pages and the offices landing.

Adds to every `office` page (as `page.context`): the weekly opening-hours table, upcoming
holidays and exceptions, the intervals for the "open now" script (open-now.js) and the JSON-LD
`GovernmentOffice` (`TouristInformationCenter` for the tourist information) in
`item.data["structured_data"]`. The landing page of a folder with `default_type: office` lists
its offices as cards with address and phone (template `offices_landing.html`).

The services that name an office are added to `office.data["services"]` by the services plugin.
Templates get `tel_href(phone)` as a global.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time

from babel.dates import get_day_names

from plugins.kit.opening_hours import (
    DEFAULT_CALENDAR,
    Calendar,
    calendar_of,
    exceptions,
    intervals,
    schema_org,
    seasons,
    week_table,
)
from plugins.kit.urls import tel_uri
from plugins.site import signals
from plugins.site.index import SiteIndex, sort_key
from plugins.site.items import Item
from plugins.site.schema_org import postal_address

from . import schema  # noqa: F401  (registers the type)

TOURIST_INFORMATION = "tourist-information"  # key of the office that is a tourist information
OPEN_NOW_DAYS = 14  # how far ahead open-now.js can tell the next opening
COMING_WEEKS = 6  # a coming season's hours are shown this long before they start
EXCEPTION_DAYS = 60  # holidays and closures listed on the page and in JSON-LD
LOCALES = {"de": "de_DE", "en": "en_GB", "ls": "de_DE"}


def schema_type(office: Item) -> str:
    return "TouristInformationCenter" if office.key == TOURIST_INFORMATION else "GovernmentOffice"


def office_reference(office: Item, public_url: str) -> dict:
    """The office as a schema.org organisation with contact data, e.g. a service's provider."""
    data = {
        "@type": schema_type(office),
        "name": office.title,
        "url": public_url.rstrip("/") + office.url,
    }
    address = postal_address(office.meta.get("address"))
    if address:
        data["address"] = address
    for field, prop in (("phone", "telephone"), ("email", "email")):
        if office.meta.get(field):
            data[prop] = office.meta[field]
    return data


def government_office(
    office: Item, public_url: str, today: date, calendar: Calendar = DEFAULT_CALENDAR
) -> dict:
    """JSON-LD of an office page: `GovernmentOffice` (or `TouristInformationCenter`)."""
    data = {"@context": "https://schema.org", **office_reference(office, public_url)}
    if office.summary:
        data["description"] = office.summary
    geo = office.meta.get("geo")
    if geo:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": geo["lat"], "longitude": geo["lon"]}
    hours = office.meta.get("opening_hours")
    if hours:
        data["openingHoursSpecification"] = schema_org(hours, today, EXCEPTION_DAYS, calendar)
    return data


def coming_season(periods: list, today: date, lang: str) -> dict | None:
    """The next season's week ("ab 1. April"), shown from COMING_WEEKS before it starts."""
    coming = next((period for period in periods if period.start > today), None)
    if coming is None or (coming.start - today).days > COMING_WEEKS * 7:
        return None
    names = get_day_names("wide", locale=LOCALES[lang])
    rows = [{"name": names[day.weekday], "day": day} for day in coming.days]
    return {"start": coming.start, "week": rows}


def week_rows(hours: str, today: date, lang: str) -> list[dict]:
    """The regular week from `week_table`, each day with its name in the page's language."""
    names = get_day_names("wide", locale=LOCALES[lang])
    return [{"name": names[day.weekday], "day": day} for day in week_table(hours, today)]


def open_now_data(hours: str, today: date, calendar: Calendar = DEFAULT_CALENDAR) -> str:
    """The JSON for `data-opening-intervals`: from midnight of the build date, 14 days."""
    start = datetime.combine(today, time())
    return json.dumps(intervals(hours, start, OPEN_NOW_DAYS, calendar), separators=(",", ":"))


def office_page_context(office: Item, today: date, calendar: Calendar = DEFAULT_CALENDAR) -> dict:
    hours = office.meta.get("opening_hours")
    if not hours:
        return {"week": [], "special_days": [], "open_now": None, "valid_until": None}
    holiday_lang = "en" if office.lang == "en" else "de"
    periods = seasons(hours, today)
    return {
        "week": week_rows(hours, today, office.lang),
        # Seasonal hours: say until when this week's hours hold.
        "valid_until": periods[0].end if len(periods) > 1 else None,
        "coming": coming_season(periods, today, office.lang),
        "special_days": exceptions(hours, today, EXCEPTION_DAYS, holiday_lang, calendar),
        "open_now": open_now_data(hours, today, calendar),
    }


def add_office_pages(index: SiteIndex) -> None:
    public_url = index.settings.get("SITE_PUBLIC_URL") or index.settings.get("SITEURL", "")
    index.globals["tel_href"] = tel_uri
    for office in index.of_type("office"):
        office.data["structured_data"] = government_office(
            office, public_url, index.build_date, calendar_of(index.settings)
        )
    for page in index.pages:
        item = page.item
        if item is None:
            continue
        if item.type == "office" and not item.is_index:
            page.context.update(
                office_page_context(item, index.build_date, calendar_of(index.settings))
            )
        elif item.is_index and item.meta.get("default_type") == "office":
            page.template = "offices/offices_landing.html"
            page.context["offices"] = section_offices(index, item)


def section_offices(index: SiteIndex, landing: Item) -> list[Item]:
    """The offices in the landing's folder and below, in the landing's language."""
    depth = len(landing.folder)
    found = [
        office
        for office in index.of_type("office", landing.lang)
        if office.folder[:depth] == landing.folder and not office.is_index
    ]
    return sorted(found, key=sort_key)


def register():
    """The type registers on import; the receiver adds the office pages' data."""
    signals.index_ready.connect(add_office_pages)
