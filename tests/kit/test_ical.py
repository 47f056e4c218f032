"""iCalendar export: plugins/kit/ical.py, read back with icalendar and recurring-ical-events."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from plugins.kit.ical import CalendarEvent, event_calendar, single_event_ics, webcal_url
from plugins.kit.recurrence import expand

BERLIN = ZoneInfo("Europe/Berlin")
BUILD_STAMP = datetime(2027, 9, 1, 4, 30, tzinfo=UTC)
PRODID = "-//Stadt Musterstadt//Website//DE"
FIXTURES = Path(__file__).parent


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def build(events, **overrides) -> bytes:
    options = {
        "lang": "de",
        "prodid": PRODID,
        "calname": "Veranstaltungen in Musterstadt",
        "build_stamp": BUILD_STAMP,
        **overrides,
    }
    return event_calendar(events, **options)


def vevent_by_uid(ics: bytes, uid: str):
    calendar = Calendar.from_ical(ics)
    (vevent,) = [event for event in calendar.events if str(event["UID"]) == uid]
    return vevent


@pytest.fixture
def weekly_evening_market_across_dst_change():
    return CalendarEvent(
        uid="abendmarkt@musterstadt.de",
        title="Abendmarkt",
        start=berlin(2027, 10, 2, 19, 0),
        end=berlin(2027, 10, 2, 21, 0),
        recurrence="FREQ=WEEKLY;BYDAY=SA;UNTIL=20271120",
        description="Regionale Erzeuger; Äpfel, Käse, Brot.",
        url="https://www.musterstadt.de/veranstaltungen/abendmarkt/",
        location="Marktplatz, 12345 Musterstadt",
        geo=(51.1234, 10.5678),
        categories=("Markt", "Kulinarik"),
        organizer="Stadtmarketing Musterstadt",
        organizer_email="markt@musterstadt.de",
    )


@pytest.fixture
def cancelled_three_day_town_festival():
    return CalendarEvent(
        uid="stadtfest-2027@musterstadt.de",
        title="Stadtfest",
        start=date(2027, 6, 4),
        end=date(2027, 6, 6),
        cancelled=True,
        organizer="Heimatverein Musterstadt e. V.",
    )


@pytest.fixture
def all_day_christmas_market_opening():
    return CalendarEvent(
        uid="weihnachtsmarkt@musterstadt.de", title="Weihnachtsmarkt", start=date(2027, 11, 26)
    )


@pytest.fixture
def monthly_weekend_fair_over_three_days():
    return CalendarEvent(
        uid="flohmarkt@musterstadt.de",
        title="Flohmarkt",
        start=date(2027, 5, 7),
        end=date(2027, 5, 9),
        recurrence="FREQ=MONTHLY;BYDAY=1FR;COUNT=4",
    )


@pytest.fixture
def all_cases(
    weekly_evening_market_across_dst_change,
    cancelled_three_day_town_festival,
    all_day_christmas_market_opening,
    monthly_weekend_fair_over_three_days,
):
    return [
        weekly_evening_market_across_dst_change,
        cancelled_three_day_town_festival,
        all_day_christmas_market_opening,
        monthly_weekend_fair_over_three_days,
    ]


def test_calendar_properties(all_cases):
    calendar = Calendar.from_ical(build(all_cases))
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == PRODID
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == "Veranstaltungen in Musterstadt"
    assert calendar.calendar_name == "Veranstaltungen in Musterstadt"
    assert sorted(str(event["UID"]) for event in calendar.events) == sorted(
        event.uid for event in all_cases
    )
    for vevent in calendar.events:
        assert vevent.DTSTAMP == BUILD_STAMP


def test_timed_event_properties(weekly_evening_market_across_dst_change):
    market = weekly_evening_market_across_dst_change
    vevent = vevent_by_uid(build([market]), market.uid)
    assert vevent["SUMMARY"] == "Abendmarkt"
    assert vevent["SUMMARY"].params["LANGUAGE"] == "de"
    assert vevent["DESCRIPTION"] == "Regionale Erzeuger; Äpfel, Käse, Brot."
    assert vevent["LOCATION"] == "Marktplatz, 12345 Musterstadt"
    assert vevent["URL"] == market.url
    assert (vevent["GEO"].latitude, vevent["GEO"].longitude) == (51.1234, 10.5678)
    assert vevent.categories == ["Markt", "Kulinarik"]
    assert vevent["ORGANIZER"] == "mailto:markt@musterstadt.de"
    assert vevent["ORGANIZER"].params["CN"] == "Stadtmarketing Musterstadt"
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert vevent.start == market.start
    assert vevent.end == market.end


def test_recurrence_is_kept_as_rrule_with_utc_until(weekly_evening_market_across_dst_change):
    ics = build([weekly_evening_market_across_dst_change])
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20271120T225959Z;BYDAY=SA\r\n" in ics
    vevent = vevent_by_uid(ics, weekly_evening_market_across_dst_change.uid)
    assert vevent["RRULE"]["BYDAY"] == ["SA"]
    assert "RDATE" not in vevent  # not expanded into single dates


def test_recurrence_matches_expand_across_dst_change(weekly_evening_market_across_dst_change):
    market = weekly_evening_market_across_dst_change
    calendar = Calendar.from_ical(build([market]))
    read_back = recurring_ical_events.of(calendar).between(date(2027, 1, 1), date(2028, 1, 1))
    expanded = expand(market.start, market.end, market.recurrence, horizon_from=date(2027, 1, 1))
    assert [(e.start, e.end) for e in read_back] == [(o.start, o.end) for o in expanded]
    assert len(read_back) == 8
    assert {(e.start.hour, e.start.minute) for e in read_back} == {(19, 0)}
    offsets = [e.start.utcoffset() for e in read_back]
    assert offsets[:5] == [timedelta(hours=2)] * 5  # up to Saturday 30 October
    assert offsets[5:] == [timedelta(hours=1)] * 3  # after the change on 31 October


def test_all_day_multi_day_recurrence_matches_expand(monthly_weekend_fair_over_three_days):
    fair = monthly_weekend_fair_over_three_days
    calendar = Calendar.from_ical(build([fair]))
    read_back = recurring_ical_events.of(calendar).between(date(2027, 1, 1), date(2028, 1, 1))
    expanded = expand(fair.start, fair.end, fair.recurrence, horizon_from=date(2027, 1, 1))
    # iCalendar's DTEND of all-day events is exclusive; our end is the last day.
    assert [(e.start, e.end) for e in read_back] == [
        (o.start, o.end + timedelta(days=1)) for o in expanded
    ]
    assert len(read_back) == 4


def test_all_day_multi_day_event_ends_the_day_after_its_last_day(
    cancelled_three_day_town_festival,
):
    ics = build([cancelled_three_day_town_festival])
    assert b"DTSTART;VALUE=DATE:20270604\r\n" in ics
    assert b"DTEND;VALUE=DATE:20270607\r\n" in ics
    vevent = vevent_by_uid(ics, cancelled_three_day_town_festival.uid)
    assert (vevent.start, vevent.end) == (date(2027, 6, 4), date(2027, 6, 7))


def test_single_all_day_event_lasts_one_day(all_day_christmas_market_opening):
    ics = build([all_day_christmas_market_opening])
    vevent = vevent_by_uid(ics, all_day_christmas_market_opening.uid)
    assert (vevent.start, vevent.end) == (date(2027, 11, 26), date(2027, 11, 27))
    assert "CATEGORIES" not in vevent
    read_back = recurring_ical_events.of(Calendar.from_ical(ics)).at(2027)
    assert [(e.start, e.end) for e in read_back] == [(date(2027, 11, 26), date(2027, 11, 27))]


def test_cancelled_event_has_status_cancelled(cancelled_three_day_town_festival):
    vevent = vevent_by_uid(
        build([cancelled_three_day_town_festival]), "stadtfest-2027@musterstadt.de"
    )
    assert vevent["STATUS"] == "CANCELLED"
    # Without an e-mail address the organizer is named as CONTACT, not as ORGANIZER.
    assert "ORGANIZER" not in vevent
    assert vevent["CONTACT"] == "Heimatverein Musterstadt e. V."


def test_vtimezone_has_standard_and_daylight(weekly_evening_market_across_dst_change):
    calendar = Calendar.from_ical(build([weekly_evening_market_across_dst_change]))
    (timezone,) = calendar.timezones
    assert timezone["TZID"] == "Europe/Berlin"
    kinds = {sub.name: sub for sub in timezone.subcomponents}
    assert set(kinds) == {"STANDARD", "DAYLIGHT"}
    assert kinds["DAYLIGHT"]["TZOFFSETTO"].td == timedelta(hours=2)
    assert calendar.get_missing_tzids() == set()
    # The VTIMEZONE alone (not the system's zone data) must give the offsets around the change.
    zone = timezone.to_tz()
    assert datetime(2027, 10, 30, 19, tzinfo=zone).utcoffset() == timedelta(hours=2)
    assert datetime(2027, 11, 6, 19, tzinfo=zone).utcoffset() == timedelta(hours=1)


def test_all_day_only_calendar_needs_no_vtimezone(all_day_christmas_market_opening):
    assert Calendar.from_ical(build([all_day_christmas_market_opening])).timezones == []


def test_same_input_gives_byte_identical_output(all_cases):
    assert build(all_cases) == build(list(all_cases))
    assert build(all_cases) == build(list(reversed(all_cases)))  # order does not matter


def test_output_matches_reviewed_fixture(all_cases):
    """Pins the whole file; if icalendar changes its output, review the diff and update."""
    expected = (FIXTURES / "four_cases_calendar.ics").read_bytes()
    assert build(all_cases) == expected


def test_language_is_marked_on_text(weekly_evening_market_across_dst_change):
    vevent = vevent_by_uid(
        build([weekly_evening_market_across_dst_change], lang="en"), "abendmarkt@musterstadt.de"
    )
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES"):
        assert vevent[name].params["LANGUAGE"] == "en"


def test_build_stamp_must_be_aware(all_day_christmas_market_opening):
    with pytest.raises(ValueError, match="timezone-aware"):
        build([all_day_christmas_market_opening], build_stamp=datetime(2027, 9, 1))


def test_invalid_rule_is_refused(all_day_christmas_market_opening):
    broken = CalendarEvent(
        uid="x@musterstadt.de", title="X", start=date(2027, 5, 1), recurrence="BYDAY=SA"
    )
    with pytest.raises(ValueError, match="FREQ is missing"):
        build([broken])


def test_single_event_ics_is_named_after_the_event(weekly_evening_market_across_dst_change):
    ics = single_event_ics(
        weekly_evening_market_across_dst_change, lang="de", prodid=PRODID, build_stamp=BUILD_STAMP
    )
    calendar = Calendar.from_ical(ics)
    assert calendar["X-WR-CALNAME"] == "Abendmarkt"
    assert [str(event["UID"]) for event in calendar.events] == ["abendmarkt@musterstadt.de"]
    assert len(calendar.timezones) == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.musterstadt.de/veranstaltungen.ics",
            "webcal://www.musterstadt.de/veranstaltungen.ics",
        ),
        ("http://localhost:8000/en/events.ics", "webcal://localhost:8000/en/events.ics"),
    ],
)
def test_webcal_url(url, expected):
    assert webcal_url(url) == expected


def test_webcal_url_refuses_other_schemes():
    with pytest.raises(ValueError, match="http"):
        webcal_url("/veranstaltungen.ics")


def test_exceptions_of_an_all_day_series_are_left_out():
    series = CalendarEvent(
        uid="restmuell-1@example.org",
        title="Restmüll",
        start=date(2027, 5, 13),
        recurrence="FREQ=WEEKLY;BYDAY=TH;UNTIL=20270610",
        exceptions=(date(2027, 5, 27),),
    )
    calendar = Calendar.from_ical(build([series]))
    days = [
        e.decoded("DTSTART")
        for e in recurring_ical_events.of(calendar).between(date(2027, 5, 1), date(2027, 7, 1))
    ]
    assert days == [date(2027, 5, 13), date(2027, 5, 20), date(2027, 6, 3), date(2027, 6, 10)]
