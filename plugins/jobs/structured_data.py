"""JSON-LD for a vacancy: schema.org `JobPosting` with Google's required properties.

Required by Google: title, description, datePosted, hiringOrganization, jobLocation and (for a
posting that expires) validThrough; recommended: employmentType, baseSalary, identifier. Only
schema.org properties of JobPosting and its values are used.
"""

from __future__ import annotations

import datetime as dt

from plugins.kit.dates import BERLIN
from plugins.site.schema_org import government_organization, postal_address

from .pay import salary_range

EMPLOYMENT = {
    "Vollzeit": ["FULL_TIME"],
    "Teilzeit": ["PART_TIME"],
    "Vollzeit oder Teilzeit": ["FULL_TIME", "PART_TIME"],
}
PERMANENT = ("unbefristet", "permanent")


def employment_type(meta: dict) -> list[str]:
    """Google's values: FULL_TIME / PART_TIME from `hours`, TEMPORARY for a limited contract."""
    hours = (meta.get("hours") or {}).get("type")
    kinds = list(EMPLOYMENT.get(hours, []))
    limited = (meta.get("limited") or "").strip().lower()
    if limited and not limited.startswith(PERMANENT):
        kinds.append("TEMPORARY")
    return kinds


def end_of_day(day: dt.date) -> str:
    """The deadline's last moment in the town's time zone: the whole day counts."""
    return dt.datetime.combine(day, dt.time(23, 59, 59), BERLIN).isoformat()


def job_location(office) -> dict | None:
    if office is None:
        return None
    place = {"@type": "Place", "name": office.title}
    address = postal_address(office.meta.get("address"))
    if address:
        place["address"] = address
    return place


def base_salary(pay: str | None, posted: dt.date) -> dict | None:
    found = salary_range(pay, posted)
    if found is None:
        return None
    return {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": found.low,
            "maxValue": found.high,
            "unitText": "MONTH",
        },
    }


def job_posting(item, office, public_url: str, owner: str, work_hours: str = "") -> dict:
    """The `JobPosting` of a vacancy; `office` the resolved office Item (or None). The template
    adds `description`: the page's whole text as HTML (Google wants the full description), which
    is rendered after this runs."""
    meta = item.meta
    posted = meta["date"]
    posted_day = posted.astimezone(BERLIN).date() if isinstance(posted, dt.datetime) else posted
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": item.title,
        "datePosted": posted.isoformat(),
        "validThrough": end_of_day(meta["valid_through"]),
        "url": public_url + item.url,
        "hiringOrganization": government_organization(owner, public_url),
        "jobLocation": job_location(office),
        "employmentType": employment_type(meta),
        "workHours": work_hours or None,
        "baseSalary": base_salary(meta.get("pay"), posted_day),
    }
    if meta.get("reference"):
        data["identifier"] = {"@type": "PropertyValue", "name": owner, "value": meta["reference"]}
    return {key: value for key, value in data.items() if value not in (None, [], "")}
