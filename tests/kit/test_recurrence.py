"""Recurrence checking and expansion: plugins/kit/recurrence.py."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from plugins.kit.recurrence import (
    Occurrence,
    RecurrenceError,
    expand,
    parse_rrule,
    split_upcoming,
    validate_rrule,
)

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


# A Saturday evening market in autumn 2027; Europe leaves summer time on Sunday 2027-10-31.
SATURDAY_EVENING = berlin(2027, 10, 2, 19, 0)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("", "the recurrence is empty — write e.g. FREQ=WEEKLY;BYDAY=SA"),
        ("BYDAY=SA", "FREQ is missing — add e.g. FREQ=WEEKLY"),
        ("FREQ=WEEK", "unknown FREQ 'WEEK' — use DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=HOURLY", "unknown FREQ 'HOURLY' — use DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=WEEKLY;BYDAY=SAT", "unknown weekday 'SAT' — use MO,TU,WE,TH,FR,SA,SU"),
        ("FREQ=WEEKLY;BYDAY=SA,SO", "unknown weekday 'SO' — use MO,TU,WE,TH,FR,SA,SU"),
        ("FREQ=WEEKLY;WKST=1MO", "unknown weekday '1MO' — use MO,TU,WE,TH,FR,SA,SU"),
        ("FREQ=MONTHLY;BYDAY=0SA", "the number in '0SA' must be like 1 (first) or -1 (last)"),
        (
            "FREQ=WEEKLY;BYDAY=1SA",
            "a numbered weekday like '1SA' needs FREQ=MONTHLY or FREQ=YEARLY",
        ),
        ("FREQ=WEEKLY;UNTIL=2027-11-20", "UNTIL must be a date like 20270328"),
        ("FREQ=WEEKLY;UNTIL=20.11.2027", "UNTIL must be a date like 20270328"),
        ("FREQ=WEEKLY;UNTIL=20260101", "UNTIL 20260101 is before the start 2027-10-02"),
        ("FREQ=WEEKLY;COUNT=ten", "COUNT must be a whole number like 10"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT must be a whole number like 10"),
        ("FREQ=WEEKLY;INTERVAL=-2", "INTERVAL must be a whole number like 2"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH must be month numbers 1 to 12, like 5 or 5,6"),
        (
            "FREQ=MONTHLY;BYMONTHDAY=32",
            "BYMONTHDAY must be days 1 to 31 or -31 to -1 (-1 is the last day), like 1 or 15,-1",
        ),
        (
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31",
            "BYMONTHDAY=30,31 never happens in the months of the rule",
        ),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20271120", "use COUNT or UNTIL, not both"),
        ("WEEKLY", "'WEEKLY' is not KEY=VALUE — write e.g. FREQ=WEEKLY"),
        ("FREQ=WEEKLY;BYDAY=", "'BYDAY=' is not KEY=VALUE — write e.g. FREQ=WEEKLY"),
        ("FREQ=WEEKLY;FREQ=DAILY", "FREQ appears twice"),
        (
            "FREQ=WEEKLY;BYHOUR=19",
            "unknown part 'BYHOUR' — use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, "
            "BYMONTH, BYSETPOS, BYWEEKNO, BYYEARDAY or WKST",
        ),
        (
            "FREQ=WEEKLY;BYDAY=FR",
            "the start 2027-10-02 is a Saturday, which the rule does not include — "
            "move the start to the first date of the series",
        ),
        (
            "FREQ=YEARLY;BYMONTH=1;BYYEARDAY=200",
            "the rule gives no dates in the 10 years after the start",
        ),
    ],
)
def test_invalid_rule_message(rule, message):
    assert validate_rrule(rule, SATURDAY_EVENING) == message
    with pytest.raises(RecurrenceError):
        parse_rrule(rule, SATURDAY_EVENING)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271120",
        "FREQ=WEEKLY",
        "freq=weekly; byday=sa;",  # editors' spelling is forgiven
        "RRULE:FREQ=WEEKLY;BYDAY=SA",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;COUNT=5",
        "FREQ=MONTHLY;BYDAY=1SA",
        "FREQ=YEARLY;BYMONTH=10;BYDAY=1SA",
        "FREQ=DAILY;UNTIL=20271002T190000",
    ],
)
def test_valid_rule_has_no_message(rule):
    assert validate_rrule(rule, SATURDAY_EVENING) is None


def test_until_as_date_becomes_end_of_that_day_in_utc_for_timed_events():
    rule = parse_rrule("FREQ=WEEKLY;BYDAY=SA;UNTIL=20271120", SATURDAY_EVENING)
    # 2027-11-20 23:59:59 in Berlin (winter time, +01:00) is 22:59:59 UTC.
    assert rule.to_ical() == b"FREQ=WEEKLY;UNTIL=20271120T225959Z;BYDAY=SA"


def test_until_stays_a_date_for_all_day_events():
    rule = parse_rrule("FREQ=WEEKLY;UNTIL=20271120T120000", date(2027, 10, 2))
    assert rule.to_ical() == b"FREQ=WEEKLY;UNTIL=20271120"


@pytest.fixture
def weekly_evening_market_across_dst_change():
    return {
        "start": SATURDAY_EVENING,
        "end": berlin(2027, 10, 2, 21, 0),
        "recurrence": "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271120",
    }


def test_weekly_event_keeps_local_time_across_dst_change(weekly_evening_market_across_dst_change):
    occurrences = expand(**weekly_evening_market_across_dst_change, horizon_from=date(2027, 10, 1))
    starts = [occurrence.start for occurrence in occurrences]
    assert [start.date() for start in starts] == [
        date(2027, 10, 2) + timedelta(weeks=week) for week in range(8)
    ]
    assert {(start.hour, start.minute) for start in starts} == {(19, 0)}
    before, after = starts[4], starts[5]  # 30 October and 6 November
    assert before.utcoffset() == timedelta(hours=2)
    assert after.utcoffset() == timedelta(hours=1)
    assert before.astimezone(UTC).hour == 17
    assert after.astimezone(UTC).hour == 18
    assert all(o.end - o.start == timedelta(hours=2) and not o.all_day for o in occurrences)


def test_until_date_includes_that_day(weekly_evening_market_across_dst_change):
    occurrences = expand(**weekly_evening_market_across_dst_change, horizon_from=date(2027, 1, 1))
    assert occurrences[-1].start == berlin(2027, 11, 20, 19, 0)


def test_horizon_starts_at_horizon_from(weekly_evening_market_across_dst_change):
    occurrences = expand(**weekly_evening_market_across_dst_change, horizon_from=date(2027, 11, 7))
    assert [o.start.date() for o in occurrences] == [date(2027, 11, 13), date(2027, 11, 20)]


@pytest.fixture
def daily_guided_tour_without_end_of_series():
    return {"start": berlin(2027, 3, 1, 11, 0), "end": None, "recurrence": "FREQ=DAILY"}


def test_horizon_ends_twelve_months_after_horizon_from(daily_guided_tour_without_end_of_series):
    occurrences = expand(**daily_guided_tour_without_end_of_series, horizon_from=date(2027, 5, 15))
    assert occurrences[0].start == berlin(2027, 5, 15, 11, 0)
    assert occurrences[-1].start == berlin(2028, 5, 14, 11, 0)
    assert len(occurrences) == 366  # 2028 is a leap year
    assert all(o.end is None for o in occurrences)


def test_months_shortens_the_horizon(daily_guided_tour_without_end_of_series):
    occurrences = expand(
        **daily_guided_tour_without_end_of_series, horizon_from=date(2027, 5, 15), months=1
    )
    assert occurrences[-1].start == berlin(2027, 6, 14, 11, 0)


def test_count_limits_the_series(daily_guided_tour_without_end_of_series):
    tour = {**daily_guided_tour_without_end_of_series, "recurrence": "FREQ=DAILY;COUNT=3"}
    occurrences = expand(**tour, horizon_from=date(2027, 1, 1))
    assert [o.start.day for o in occurrences] == [1, 2, 3]


@pytest.fixture
def monthly_weekend_fair_over_three_days():
    # First Friday of the month to the Sunday after, all day.
    return {
        "start": date(2027, 5, 7),
        "end": date(2027, 5, 9),
        "recurrence": "FREQ=MONTHLY;BYDAY=1FR;COUNT=4",
    }


def test_multi_day_occurrences_keep_their_duration(monthly_weekend_fair_over_three_days):
    occurrences = expand(**monthly_weekend_fair_over_three_days, horizon_from=date(2027, 1, 1))
    assert occurrences == [
        Occurrence(date(2027, 5, 7), date(2027, 5, 9), all_day=True),
        Occurrence(date(2027, 6, 4), date(2027, 6, 6), all_day=True),
        Occurrence(date(2027, 7, 2), date(2027, 7, 4), all_day=True),
        Occurrence(date(2027, 8, 6), date(2027, 8, 8), all_day=True),
    ]


def test_occurrence_still_running_on_horizon_from_is_included(
    monthly_weekend_fair_over_three_days,
):
    on_last_day = expand(**monthly_weekend_fair_over_three_days, horizon_from=date(2027, 6, 6))
    day_after = expand(**monthly_weekend_fair_over_three_days, horizon_from=date(2027, 6, 7))
    assert on_last_day[0].start == date(2027, 6, 4)
    assert day_after[0].start == date(2027, 7, 2)


def test_timed_multi_day_occurrence_running_on_horizon_from():
    weekend_camp = {
        "start": berlin(2027, 6, 4, 17, 0),
        "end": berlin(2027, 6, 6, 14, 0),
        "recurrence": "FREQ=MONTHLY;BYDAY=1FR;COUNT=3",
    }
    occurrences = expand(**weekend_camp, horizon_from=date(2027, 6, 6))
    assert [(o.start, o.end) for o in occurrences[:1]] == [
        (berlin(2027, 6, 4, 17, 0), berlin(2027, 6, 6, 14, 0))
    ]


def test_single_event_gives_its_one_occurrence_whatever_the_horizon():
    concert = (berlin(2025, 6, 1, 20, 0), berlin(2025, 6, 1, 22, 0))
    assert expand(*concert, None, horizon_from=date(2027, 1, 1)) == [
        Occurrence(*concert, all_day=False)
    ]
    assert expand(date(2029, 12, 24), None, None, horizon_from=date(2027, 1, 1)) == [
        Occurrence(date(2029, 12, 24), None, all_day=True)
    ]


def test_invalid_rule_raises_in_expand():
    with pytest.raises(RecurrenceError, match="FREQ is missing"):
        expand(SATURDAY_EVENING, None, "BYDAY=SA", horizon_from=date(2027, 1, 1))


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime(2027, 10, 2, 19, 0), None),  # naive
        (SATURDAY_EVENING, date(2027, 10, 3)),  # mixed kinds
        (date(2027, 10, 3), date(2027, 10, 2)),  # end before start
    ],
)
def test_unusable_dates_are_programming_errors(start, end):
    with pytest.raises(ValueError):
        expand(start, end, None, horizon_from=date(2027, 1, 1))


# split_upcoming at a fixed "today": Saturday 2027-10-16.
TODAY = date(2027, 10, 16)


@pytest.fixture
def occurrences_around_build_day():
    return {
        "yesterday_evening": Occurrence(berlin(2027, 10, 15, 19), berlin(2027, 10, 15, 21), False),
        "this_morning": Occurrence(berlin(2027, 10, 16, 9), berlin(2027, 10, 16, 10), False),
        "tonight_without_end": Occurrence(berlin(2027, 10, 16, 19), None, False),
        "until_midnight_yesterday": Occurrence(
            berlin(2027, 10, 15, 20), berlin(2027, 10, 16, 0), False
        ),
        "fair_ending_today": Occurrence(date(2027, 10, 14), date(2027, 10, 16), True),
        "all_day_yesterday": Occurrence(date(2027, 10, 15), None, True),
        "next_week": Occurrence(date(2027, 10, 23), None, True),
    }


def test_split_upcoming_by_build_date(occurrences_around_build_day):
    cases = occurrences_around_build_day
    upcoming, past = split_upcoming(list(cases.values()), TODAY)
    assert upcoming == [
        cases["this_morning"],
        cases["tonight_without_end"],
        cases["fair_ending_today"],
        cases["next_week"],
    ]
    assert past == [
        cases["yesterday_evening"],
        cases["until_midnight_yesterday"],
        cases["all_day_yesterday"],
    ]


def test_split_upcoming_by_moment(occurrences_around_build_day):
    cases = occurrences_around_build_day
    upcoming, past = split_upcoming(list(cases.values()), berlin(2027, 10, 16, 12, 0))
    assert cases["this_morning"] in past
    assert cases["tonight_without_end"] in upcoming
    assert cases["fair_ending_today"] in upcoming
    upcoming, past = split_upcoming([cases["tonight_without_end"]], berlin(2027, 10, 17, 0, 0))
    assert (upcoming, past) == ([], [cases["tonight_without_end"]])
