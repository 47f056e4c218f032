"""How many services can be applied for online: all, by life situation (`topics`), by office.

A service counts as online when its `online_service` address is set. Pure functions over items,
so the page, the chart and `/digitale-verwaltung.json` show the same figures.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from plugins.site.index import SiteIndex
from plugins.site.items import Item, slugify


@dataclass
class Count:
    name: str
    total: int = 0
    online: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.online / self.total) if self.total else 0

    def add(self, service: Item) -> None:
        self.total += 1
        self.online += 1 if is_online(service) else 0

    def as_dict(self) -> dict:
        return {**asdict(self), "percent": self.percent}


def is_online(service: Item) -> bool:
    return bool(service.meta.get("online_service"))


def count_all(services: list[Item], name: str = "Alle Leistungen") -> Count:
    total = Count(name)
    for service in services:
        total.add(service)
    return total


def count_by_topic(services: list[Item]) -> list[Count]:
    """One row per life situation; a service with several topics counts in each."""
    counts: dict[str, Count] = {}
    for service in services:
        for topic in service.meta.get("topics") or []:
            counts.setdefault(topic, Count(topic)).add(service)
    return sorted(counts.values(), key=lambda c: slugify(c.name))


def office_name(index: SiteIndex, service: Item) -> str:
    office = service.data.get("office")
    if office is None and service.meta.get("office"):
        office = index.get(service.meta["office"], service.lang)
    if office is not None:
        return office.title
    return service.meta.get("office") or "ohne Zuständigkeit"


def count_by_office(index: SiteIndex, services: list[Item]) -> list[Count]:
    counts: dict[str, Count] = {}
    for service in services:
        name = office_name(index, service)
        counts.setdefault(name, Count(name)).add(service)
    return sorted(counts.values(), key=lambda c: slugify(c.name))


def catalogue_figures(index: SiteIndex, lang: str = "de") -> dict:
    """{'all': Count, 'by_topic': [Count], 'by_office': [Count]} for the services in `lang`."""
    services = index.of_type("service", lang)
    return {
        "all": count_all(services),
        "by_topic": count_by_topic(services),
        "by_office": count_by_office(index, services),
    }
