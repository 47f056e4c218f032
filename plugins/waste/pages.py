"""The waste calendar's pages and files: the landing page (A–Z street list, street filter),
one page per district, one .ics per district and a JSON file for apps."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from babel.dates import format_date

from plugins.kit.colours import contrast
from plugins.kit.holidays import land_of
from plugins.kit.i18n import german, message
from plugins.kit.ical import CalendarEvent, event_calendar, webcal_url
from plugins.kit.urls import LOCALES, public_url, site_owner
from plugins.site.cache import BuildCache, cache_folder
from plugins.site.generator import write_if_changed
from plugins.site.items import slugify
from plugins.site.pages import OutputPage

from .calendar import (
    DEFAULT_FRACTIONS,
    Collection,
    as_series,
    by_month,
    next_per_fraction,
    parse_season,
    rule_collections,
    rule_series,
    series_key,
)

ICS_NAME = "abfuhrtermine.ics"
JSON_NAME = "abfuhrtermine.json"
# The bins' colours are the town's data, and the site's CSP forbids style attributes.
COLOURS_NAME = "abfallfarben.css"
# The parities a street row can name, as shown in the page's language.
PARITIES = {"gerade": german("gerade"), "ungerade": german("ungerade")}
REMINDER = timedelta(hours=6)  # all-day events start at 00:00: 18:00 the evening before


@dataclass
class WasteCalendar:
    """Everything read for one waste folder (both languages share it)."""

    fractions: list[dict]
    streets: list  # StreetRow
    collections: dict[str, list[Collection]]  # district -> all collections, sorted
    reminder: bool
    year: int | None
    series: dict  # series key -> {start, rrule} (rules as iCalendar series)


def district_slug(district: str) -> str:
    return "bezirk-" + (slugify(district) or "x")


def _fraction_key(text: str, fractions: list[dict]) -> str | None:
    wanted = text.strip().lower()
    for fraction in fractions:
        names = (
            fraction["key"],
            fraction["label"].lower(),
            str(fraction.get("label_en", "")).lower(),
        )
        if wanted in names or any(name and wanted.startswith(name) for name in names[1:]):
            return fraction["key"]
    return None


def read_calendar(index, item) -> WasteCalendar:
    """The folder's data, checked; problems go to `index.problems` (the German item reports)."""
    report = item.lang == "de" or "de" not in item.translations
    problems = index.problems if report else None
    fractions = list(item.meta.get("fractions") or DEFAULT_FRACTIONS)
    keys = [f["key"] for f in fractions]
    year = item.meta.get("year")
    streets, rows = [], []
    for entry in index.data_files.beside("waste", item.folder):
        records = entry.records or {}
        if records.get("kind") == "streets":
            streets += [(entry.rel, row) for row in records["rows"]]
        else:
            rows += [(entry.rel, row) for row in records["rows"]]

    collections: dict[str, list[Collection]] = {}
    for rel, row in rows:
        key = row.fraction if row.fraction in keys else _fraction_key(row.fraction, fractions)
        if key is None:
            if problems is not None:
                problems.add(
                    rel,
                    row.line or 1,
                    message("Die Fraktion '{name}' ist nicht konfiguriert", name=row.fraction),
                    message(
                        "schreiben Sie eine von: {keys}, oder ergänzen Sie 'fractions' in "
                        "der index.md",
                        keys=", ".join(keys),
                    ),
                )
            continue
        if year and row.day.year != year:
            if problems is not None:
                problems.add(
                    rel,
                    row.line or 1,
                    message(
                        "Das Datum {day} liegt nicht im Kalenderjahr {year}",
                        day=row.day.isoformat(),
                        year=year,
                    ),
                    message("prüfen Sie das Jahr oder das Feld 'year' der index.md"),
                )
            continue
        collections.setdefault(row.district, []).append(Collection(row.day, key, row.district))

    rules = list(item.meta.get("rules") or ())
    good_rules, series = [], {}
    for number, rule in enumerate(rules):
        line = item.line("rules", number)
        what = None
        if rule["fraction"] not in keys:
            what = message("Die Fraktion '{name}' ist nicht konfiguriert", name=rule["fraction"])
        else:
            try:
                parse_season(rule.get("season"))
            except ValueError:
                what = message("Die Saison '{raw}' ist unverständlich", raw=rule.get("season"))
        if what:
            if problems is not None:
                problems.add(item.source, line, what, message("prüfen Sie die Regel"))
        else:
            good_rules.append(rule)
    if good_rules:
        last = dt.date(year, 12, 31) if year else index.build_date + timedelta(days=365)
        for number, rule in enumerate(good_rules):
            found = rule_series(rule, last)
            if found is not None:
                series[series_key(rule, number)] = found
        for collection in rule_collections(good_rules, land_of(index.settings), last):
            collections.setdefault(collection.district, []).append(collection)
    for district in collections:
        collections[district].sort(key=lambda c: (c.day, keys.index(c.fraction)))

    if problems is not None:
        _check_streets(problems, streets, collections)
    return WasteCalendar(
        fractions=fractions,
        streets=sorted((row for _, row in streets), key=lambda r: _sort_name(r.street)),
        collections=collections,
        reminder=bool(item.meta.get("reminder")),
        year=year,
        series=series,
    )


def _check_streets(problems, streets, collections) -> None:
    seen: dict[str, list] = {}
    for rel, row in streets:
        if row.district not in collections:
            problems.add(
                rel,
                row.line,
                message("Der Bezirk '{name}' hat keine Termine", name=row.district),
                message(
                    "ergänzen Sie seine Termine in termine.csv oder korrigieren Sie den Bezirk"
                ),
            )
        for other_line, other in seen.get(row.street, ()):
            if other.overlaps(row.numbers):
                problems.add(
                    rel,
                    row.line,
                    message(
                        "Die Hausnummern von '{street}' überschneiden sich mit Zeile {line}",
                        street=row.street,
                        line=other_line,
                    ),
                    message(
                        "jede Hausnummer gehört zu genau einem Bezirk: teilen Sie die Bereiche"
                    ),
                )
                break
        seen.setdefault(row.street, []).append((row.line, row.numbers))


# --- pages ------------------------------------------------------------------------------------


def fraction_view(fraction: dict, lang: str) -> dict:
    label = (
        fraction.get("label_en") if lang == "en" and fraction.get("label_en") else fraction["label"]
    )
    return {
        "key": fraction["key"],
        "label": label,
        "short": fraction["short"],
    }


def _text_colour(colour: str) -> str:
    """Black or white, whichever contrasts more with the background."""
    return "#000000" if contrast(colour, "#000000") > contrast(colour, "#ffffff") else "#ffffff"


def street_list(streets, landing_url: str, label) -> list[tuple[str, list[dict]]]:
    """[(letter, [{name, parts: [{numbers, label, district_label, url}]}])], sorted as Germans
    look names up (Ä under A). `label(text, **values)` translates for the page's language."""
    by_name: dict[str, list] = {}
    for row in streets:
        by_name.setdefault(row.street, []).append(row)
    letters: dict[str, list[dict]] = {}
    for name in sorted(by_name, key=_sort_name):
        rows = sorted(by_name[name], key=lambda r: (r.numbers.first or 0, r.numbers.parity or ""))
        parts = [
            {
                "numbers": row.numbers.text(),
                "label": numbers_label(row.numbers, label),
                "district_label": label("Bezirk {name}", name=row.district),
                "url": landing_url + district_slug(row.district) + "/",
            }
            for row in rows
        ]
        letters.setdefault(_letter(name), []).append({"name": name, "parts": parts})
    return list(letters.items())


def numbers_label(numbers, label) -> str:
    """ "Nr. 2–50 gerade" in the page's language; "alle Hausnummern" for a whole street."""
    if numbers.first is None:
        return label("alle Hausnummern")
    text = f"{numbers.first}–{numbers.last}"
    if numbers.parity:
        text += " " + label(PARITIES[numbers.parity])
    return label("Nr. {numbers}", numbers=text)


def _sort_name(name: str) -> str:
    return name.lower().translate(str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"}))


def _letter(name: str) -> str:
    first = _sort_name(name)[:1].upper()
    return first if first.isalpha() else "#"


@lru_cache(maxsize=4096)
def shown_day(day: dt.date, lang: str) -> str:
    """ "Do., 7. Januar": formatted once per day and language, not once per district."""
    return format_date(day, format="EEE, d. MMMM", locale=LOCALES.get(lang, "de_DE"))


def _view(collection: Collection, fractions: dict, lang: str) -> dict:
    return {
        "day": collection.day,
        "iso": collection.day.isoformat(),
        "shown": shown_day(collection.day, lang),
        "fraction": fractions[collection.fraction],
        "planned": collection.planned,
        "holiday": collection.holiday,
    }


def district_context(
    calendar: WasteCalendar, district: str, lang: str, today, landing, base, label
):
    fractions = {f["key"]: fraction_view(f, lang) for f in calendar.fractions}
    upcoming = [c for c in calendar.collections.get(district, []) if c.day >= today]
    order = [f["key"] for f in calendar.fractions]
    folder = landing_de_url(landing) + district_slug(district) + "/"
    ics = folder + ICS_NAME
    subscribe = webcal_url if base.startswith("http") else (lambda url: url)
    prefix = base if base.startswith("http") else ""
    return {
        "district": district,
        "waste_home": landing,
        "next": [_view(c, fractions, lang) for c in next_per_fraction(upcoming, order)],
        "months": [
            (month, [_view(c, fractions, lang) for c in items])
            for month, items in by_month(upcoming)
        ],
        "streets": [
            {
                "name": row.street,
                "numbers": row.numbers.text(),
                "label": numbers_label(row.numbers, label),
            }
            for row in calendar.streets  # sorted by name in read_calendar
            if row.district == district
        ],
        "fractions": list(fractions.values()),
        "ics_url": ics,
        "colours_url": landing_de_url(landing) + COLOURS_NAME,
        "webcal_url": subscribe(prefix + ics),
        "fraction_calendars": [
            {
                "fraction": fractions[key],
                "ics_url": folder + fraction_ics_name(key),
                "webcal_url": subscribe(prefix + folder + fraction_ics_name(key)),
            }
            for key in order
            if key in {c.fraction for c in calendar.collections.get(district, [])}
        ],
        "reminder": calendar.reminder,
    }


def fraction_ics_name(key: str) -> str:
    """A district's calendar of one fraction, for those who want only some bins in theirs."""
    return f"{key}.ics"


def landing_de_url(landing) -> str:
    """Files are written once, beside the German landing page; both languages link to them."""
    german = landing.translations.get("de") if landing.lang != "de" else landing
    return (german or landing).url


def _labeller(index, lang: str):
    """index.label, remembered: the same few labels ("Bezirk 3") stand at 1,200 streets."""
    known: dict = {}

    def label(text: str, **values) -> str:
        key = (text, *sorted(values.items()))
        if key not in known:
            known[key] = index.label(text, lang, **values)
        return known[key]

    return label


def prepare_waste(index) -> None:
    base = public_url(index.settings)
    today = index.build_date
    calendars: dict[tuple, WasteCalendar] = {}
    landings = sorted(index.of_type("waste"), key=lambda i: i.lang != "de")
    for item in landings:
        if item.folder not in calendars:
            calendars[item.folder] = read_calendar(index, item)
    # Beside the index, not in item.data: every page that shows the landing item would
    # otherwise describe thousands of dates for the preview's comparison (the pages' contexts
    # hold what they show; the data files beside the item already count as shown).
    index.waste_calendars = calendars
    for item in landings:
        calendar = calendars[item.folder]
        districts = sorted(calendar.collections, key=_sort_name)

        label = _labeller(index, item.lang)

        context = {
            "letters": street_list(calendar.streets, item.url, label),
            "districts": [{"name": d, "url": item.url + district_slug(d) + "/"} for d in districts],
            "fractions": [fraction_view(f, item.lang) for f in calendar.fractions],
            "json_url": landing_de_url(item) + JSON_NAME,
            "colours_url": landing_de_url(item) + COLOURS_NAME,
        }
        for page in index.pages:
            if page.item is item:
                page.context.update(context)
        for district in districts:
            slug = district_slug(district)
            translations = {
                lang: other.url + slug + "/" for lang, other in item.translations.items()
            }
            index.pages.append(
                OutputPage(
                    url=item.url + slug + "/",
                    template="waste/district.html",
                    lang=item.lang,
                    title=index.label("Abfuhrtermine Bezirk {name}", item.lang, name=district),
                    context=district_context(
                        calendar, district, item.lang, today, item, base, label
                    ),
                    translations=translations,
                    folder=item.folder,
                )
            )


# --- files ------------------------------------------------------------------------------------


def calendar_events(
    calendar: WasteCalendar, district: str, domain: str, fraction: str | None = None
) -> list[CalendarEvent]:
    """A district's calendar with as few VEVENTs as calendar programs need (encoding them is
    the cost): a rule's collections as one series (RRULE; the days a holiday moved as EXDATE),
    a company's dates of one fraction as a series where they keep a weekly rhythm, and every
    other date (moved ones with the reason) as its own all-day event. With `fraction`, only
    that fraction's dates (the same UIDs as in the district's whole calendar)."""
    fractions = {f["key"]: f for f in calendar.fractions}
    slug = district_slug(district)
    collections = [
        c
        for c in calendar.collections.get(district, [])
        if fraction is None or c.fraction == fraction
    ]
    events, moved_from = [], {}
    explicit: dict[str, list] = {}
    singles = []
    for collection in collections:
        if collection.series and not collection.holiday:
            continue  # part of its series
        if collection.series:
            moved_from.setdefault(collection.series, []).append(collection.planned)
            singles.append(collection)
        else:
            explicit.setdefault(collection.fraction, []).append(collection)
    for fraction, items in explicit.items():
        series, rest = as_series([c.day for c in items])
        if series is not None:
            label = fractions[fraction]["label"]
            events.append(
                _event(
                    calendar,
                    f"{slug}-{fraction}-{series['start']:%Y%m%d}@{domain}",
                    label,
                    series["start"],
                    recurrence=series["rrule"],
                    exceptions=tuple(series["exceptions"]),
                )
            )
        keep = set(rest)
        singles += [c for c in items if c.day in keep]
    for collection in singles:
        label = fractions[collection.fraction]["label"]
        description = None
        if collection.holiday:
            description = f"verschoben wegen Feiertag ({collection.holiday})"
        events.append(
            _event(
                calendar,
                f"{slug}-{collection.day.isoformat()}-{collection.fraction}@{domain}",
                label,
                collection.day,
                description=description,
            )
        )
    for key in sorted({c.series for c in collections if c.series}):
        found = calendar.series[key]
        label = fractions[key.rsplit("-", 1)[0]]["label"]
        events.append(
            _event(
                calendar,
                f"{slug}-{key}@{domain}",
                label,
                found["start"],
                recurrence=found["rrule"],
                exceptions=tuple(moved_from.get(key, ())),
            )
        )
    return events


def _event(calendar: WasteCalendar, uid: str, label: str, day, **more) -> CalendarEvent:
    return CalendarEvent(
        uid=uid,
        title=label,
        start=day,
        categories=(label,),
        reminder=REMINDER if calendar.reminder else None,
        reminder_text=f"Morgen: {label}" if calendar.reminder else None,
        **more,
    )


def stable_stamp(calendar: WasteCalendar, district: str) -> datetime:
    """DTSTAMP from the data, not the build day: the file changes only when the dates do, so
    calendar apps and the build cache see the same bytes every night."""
    days = [c.day for c in calendar.collections.get(district, [])]
    first = min(days) if days else dt.date(2000, 1, 1)
    return datetime.combine(dt.date(first.year, 1, 1), time.min, UTC)


def ics_cache(settings: dict) -> BuildCache:
    code = hashlib.sha256()
    for path in (Path(__file__), Path(__file__).parent.parent / "kit" / "ical.py"):
        code.update(path.read_bytes())
    return BuildCache(cache_folder(settings), f"waste-ics-{code.hexdigest()[:12]}")


def write_waste_files(index, output_path) -> int:
    """Per district one .ics and one per fraction; per waste folder the JSON and the colours'
    stylesheet; encoded once, beside the German landing page. Returns the number of files."""
    output = Path(output_path)
    cache = ics_cache(index.settings)
    domain = urlsplit(public_url(index.settings)).hostname or "localhost"
    site = (domain, site_owner(index.settings))
    written, done = 0, set()
    for item in sorted(index.of_type("waste"), key=lambda i: i.lang != "de"):
        calendar = getattr(index, "waste_calendars", {}).get(item.folder)
        folder = landing_de_url(item)
        if calendar is None or folder in done:
            continue
        done.add(folder)
        for district in calendar.collections:
            target = output / folder.lstrip("/") / district_slug(district)
            written += write_district_calendars(cache, site, calendar, item.title, district, target)
        write_if_changed(
            output / folder.lstrip("/") / JSON_NAME, json_file(calendar, index.build_date)
        )
        write_if_changed(output / folder.lstrip("/") / COLOURS_NAME, colours_css(calendar))
        written += 2
    cache.save()
    return written


def colours_css(calendar: WasteCalendar) -> bytes:
    """One rule per fraction: its bin colour, and black or white text on it (keys and colours
    are checked by the schema, so they are safe in CSS)."""
    rules = (
        f".ms-waste-badge--{f['key']} {{ background: {f['colour']}; color: "
        f"{_text_colour(f['colour'])}; }}\n"
        for f in calendar.fractions
    )
    return "".join(rules).encode()


def write_district_calendars(cache, site, calendar, title: str, district: str, target) -> int:
    """The district's whole calendar and one per fraction collected there; `site` is (domain
    for UIDs, owner for PRODID)."""
    domain, owner = site
    labels = {f["key"]: f["label"] for f in calendar.fractions}
    present = sorted({c.fraction for c in calendar.collections[district]})
    stamp = stable_stamp(calendar, district)
    for fraction in (None, *present):
        events = calendar_events(calendar, district, domain, fraction)
        calname = f"{title}: {district}" + (f" ({labels[fraction]})" if fraction else "")
        name = ICS_NAME if fraction is None else fraction_ics_name(fraction)
        write_if_changed(target / name, encoded_calendar(cache, events, calname, owner, stamp))
    return 1 + len(present)


def encoded_calendar(cache: BuildCache, events, calname: str, owner: str, stamp) -> bytes:
    """The .ics bytes, from the build cache when the same events were encoded before."""
    key = hashlib.sha256(repr((events, calname, owner)).encode()).hexdigest()
    data = cache.get(key)
    if data is None:
        data = event_calendar(
            events,
            lang="de",
            prodid=f"-//{owner}//Abfallkalender//DE",
            calname=calname,
            build_stamp=stamp,
        )
        cache.put(key, data)
    return data


def json_file(calendar: WasteCalendar, today) -> bytes:
    data = {
        "year": calendar.year,
        "fractions": [
            {k: f.get(k) for k in ("key", "label", "label_en", "colour", "short")}
            for f in calendar.fractions
        ],
        "streets": [
            {
                "street": row.street,
                "numbers": {
                    "first": row.numbers.first,
                    "last": row.numbers.last,
                    "parity": {"gerade": "even", "ungerade": "odd"}.get(row.numbers.parity),
                }
                if row.numbers.first is not None
                else None,
                "district": row.district,
            }
            for row in calendar.streets
        ],
        "districts": {
            district: [
                {"date": c.day.isoformat(), "fraction": c.fraction}
                | ({"moved_from": c.planned.isoformat(), "holiday": c.holiday} if c.holiday else {})
                for c in collections
                if c.day >= today
            ]
            for district, collections in sorted(calendar.collections.items())
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
