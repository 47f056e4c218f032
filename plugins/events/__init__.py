"""Events: calendar, recurrences and iCalendar export.

- `check_events` reports bad dates, rules and locations (file:line: what — fix).
- Each event gets its dates up to 12 months from the build date (`item.data["calendar"]`) and
  JSON-LD `Event`s; `event.html` shows them with an "add to calendar" link to `event.ics`.
- The events landing page lists upcoming dates by month; one page per category
  (`kategorie/<slug>/`), an archive (`archiv/`), and a start-page block.
- iCalendar files: `<event>/event.ics`, `veranstaltungen.ics` (en: `events.ics`) for all upcoming
  events and one per category.
- `static/hide-past.js` hides dates that ended since the nightly build.
- Events from iCalendar feeds that `invoke fetch` stored (kind "ical") join the calendar with
  their own pages, hidden or re-categorised in `importe.yml` (plugins/events/imports.py).
"""

import datetime as dt
import logging

from plugins.kit.i18n import message
from plugins.kit.recurrence import validate_rrule
from plugins.site import signals
from plugins.site.datafiles import DataReader, register_reader
from plugins.site.pages import OutputPage

from . import schema  # noqa: F401  (registers the type)
from .imports import (
    OVERRIDES_FILE,
    event_items,
    feeds_in_order,
    merge_feeds,
    read_feed_file,
    read_overrides,
)
from .pages import LANGS, add_listing_pages, landing, prepare_event, write_calendars

log = logging.getLogger("events")


def _starts_after(end, start) -> bool:
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        start = start.date() if isinstance(start, dt.datetime) else start
        end = end.date() if isinstance(end, dt.datetime) else end
    return end >= start


def check_events(index):
    for event in index.of_type("event"):
        start, end = event.meta["start"], event.meta.get("end")
        if end is not None and not _starts_after(end, start):
            index.problems.add(
                event.source,
                event.line("end"),
                message(
                    "Feld 'end': die Veranstaltung endet ({end}), bevor sie beginnt ({start})",
                    end=end,
                    start=start,
                ),
                message("prüfen Sie beide Daten; 'end' muss gleich oder nach 'start' liegen"),
            )
        rule = event.meta.get("recurrence")
        problem = validate_rrule(rule, start) if rule else None
        if problem:
            # validate_rrule's messages carry their own fix after " — "; add one only if not.
            what, _, fix = problem.partition(" — ")
            index.problems.add(
                event.source,
                event.line("recurrence"),
                message("Feld 'recurrence': {what}", what=what),
                fix or message("schreiben Sie sie wie FREQ=WEEKLY;BYDAY=SA;UNTIL=20270328"),
            )
        if isinstance(event.meta.get("location"), str):
            event.data["location"] = index.resolve(event, "location", ("poi", "office"))


def import_feeds(index) -> None:
    """Events of the fetched iCalendar feeds: items of their own (`index.imported_events`, not
    in `index.items`: they have no content file), each with a page in the events section."""
    index.imported_events = []
    feeds = feeds_in_order(index.data_files["event_feeds"], index.settings)
    if not feeds:
        return
    overrides = {}
    for entry in index.data_files["event_overrides"].values():
        overrides.update(entry.records or {})
    events = merge_feeds(feeds)
    names = {"de": {}, "en": english_category_names(index)}
    for lang in LANGS:
        home = landing(index, lang)
        if home is None:
            continue
        for item in event_items(events, overrides, home, lang, "data"):
            item.meta["categories"] = [names[lang].get(c, c) for c in item.meta["categories"]]
            index.imported_events.append(item)
            index.pages.append(
                OutputPage(
                    url=item.url,
                    template="events/event.html",
                    lang=lang,
                    title=item.title,
                    item=item,
                    folder=home.folder,
                )
            )
    by_key = {}
    for item in index.imported_events:
        by_key.setdefault(item.key, {})[item.lang] = item
    for group in by_key.values():
        for item in group.values():
            item.translations = {lang: other for lang, other in group.items() if other is not item}
    for page in index.pages:
        if page.item is not None and page.item.key.startswith("import-") and page.item.translations:
            page.translations = {lang: other.url for lang, other in page.item.translations.items()}


def english_category_names(index) -> dict[str, str]:
    """German category name -> its English name, learned from the content's translated events
    (same position in equally long lists), so an imported event joins the English category."""
    found: dict[str, str] = {}
    for item in index.of_type("event", "de"):
        other = item.translations.get("en")
        german, english = item.meta.get("categories") or [], []
        if other is not None:
            english = other.meta.get("categories") or []
        if len(german) == len(english):
            for de_name, en_name in zip(german, english, strict=True):
                found.setdefault(de_name, en_name)
    return found


def prepare_calendar(index):
    """One receiver, so the checks run before the dates are expanded."""
    check_events(index)
    import_feeds(index)
    for item in [*index.of_type("event"), *index.imported_events]:
        prepare_event(index, item)
    add_listing_pages(index)


@signals.runs_late  # iCalendar files and feeds: no page reads them while it is rendered
def write_event_files(index, output_path, **kwargs):
    log.info("events: wrote %d iCalendar files", write_calendars(index, output_path))


def register():
    register_reader(
        DataReader(
            name="event_feeds",
            patterns=("*/feed.ics", "*/meta.json"),
            read=read_feed_file,
            root="data",
        )
    )
    register_reader(
        DataReader(name="event_overrides", patterns=(OVERRIDES_FILE,), read=read_overrides)
    )
    signals.index_ready.connect(prepare_calendar)
    signals.site_written.connect(write_event_files)
