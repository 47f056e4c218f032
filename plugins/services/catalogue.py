"""The machine-readable service catalogue (`/services.json`, `/en/services.json`) and the
digitalisation figures: how many services can be applied for online, overall, by life situation
and by office.

Output is deterministic: services in German A–Z order, keys in a fixed order, the build date
instead of a clock.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from plugins.site.items import LANG_PREFIX, Item

from .az import german_key

CATALOGUE_LANGS = ("de", "en")


def catalogue_url(lang: str) -> str:
    prefix = LANG_PREFIX[lang]
    return f"/{prefix}/services.json" if prefix else "/services.json"


def digital_figures(services: Iterable[Item]) -> dict:
    """{'services': n, 'online': k, 'share': k / n rounded to 3 places (0.0 without services)}."""
    services = list(services)
    online = sum(1 for service in services if service.meta.get("online_service"))
    share = round(online / len(services), 3) if services else 0.0
    return {"services": len(services), "online": online, "share": share}


def figures_by_topic(services: list[Item]) -> dict:
    topics = sorted({t for s in services for t in s.meta.get("topics") or []}, key=german_key)
    return {
        topic: digital_figures(s for s in services if topic in (s.meta.get("topics") or []))
        for topic in topics
    }


def figures_by_office(services: list[Item], public_url: str) -> list[dict]:
    offices = {s.data["office"].key: s.data["office"] for s in services if s.data.get("office")}
    return [
        {
            **office_entry(office, public_url),
            **digital_figures(s for s in services if s.data.get("office") is office),
        }
        for office in sorted(offices.values(), key=lambda o: german_key(o.title))
    ]


def office_entry(office: Item, public_url: str) -> dict:
    return {"key": office.key, "title": office.title, "url": public_url + office.url}


def service_entry(service: Item, public_url: str) -> dict:
    office = service.data.get("office")
    return {
        "key": service.key,
        "title": service.title,
        "summary": service.summary,
        "url": public_url + service.url,
        "leika": service.meta.get("leika"),
        "office": office_entry(office, public_url) if office else None,
        "online_service": service.meta.get("online_service"),
        "topics": list(service.meta.get("topics") or []),
    }


def catalogue(services: Iterable[Item], public_url: str, lang: str, today: date) -> dict:
    """The catalogue of `services` (one language); `public_url` without a trailing slash."""
    services = sorted(services, key=lambda s: german_key(s.title))
    return {
        "language": lang,
        "date": today.isoformat(),
        "url": public_url + catalogue_url(lang),
        "figures": {
            **digital_figures(services),
            "by_topic": figures_by_topic(services),
            "by_office": figures_by_office(services, public_url),
        },
        "services": [service_entry(service, public_url) for service in services],
    }


def catalogue_json(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
