"""Opening hours: tables, exceptions, JSON-LD and intervals from real opening-hours-py output."""

from datetime import UTC, date, datetime

import pytest

from plugins.kit import opening_hours as oh
from plugins.kit.opening_hours import Day, SpecialDay

# A town office: lunch break on three days, short Wednesday and Friday, closed on Christmas Eve
# and on public holidays.
OFFICE = "Mo,Tu,Th 08:00-12:00,13:30-16:00; We 08:00-13:00; Fr 08:00-12:00; Dec 24 off; PH off"
# A museum with summer and winter seasons.
MUSEUM = "Apr-Oct: Tu-Su 10:00-18:00; Nov-Mar: Sa,Su 11:00-16:00"

LUNCH_BREAK = (("08:00", "12:00"), ("13:30", "16:00"))
MORNING = (("08:00", "12:00"),)
SUMMER = (("10:00", "18:00"),)
WINTER = (("11:00", "16:00"),)
CLOSED = ()


def hours(table: list[Day]) -> list[tuple]:
    return [row.intervals for row in table]


def test_week_table_ignores_christmas_eve_and_the_holiday_in_that_week():
    # 2026-12-24 (Thursday, `Dec 24 off`) and 2026-12-25 (Friday, PH) are in this week.
    assert oh.week_table(OFFICE, date(2026, 12, 23)) == [
        Day(0, LUNCH_BREAK, False),
        Day(1, LUNCH_BREAK, False),
        Day(2, (("08:00", "13:00"),), False),
        Day(3, LUNCH_BREAK, False),
        Day(4, MORNING, False),
        Day(5, CLOSED, True),
        Day(6, CLOSED, True),
    ]


@pytest.mark.parametrize(
    ("text", "thursday"),
    [
        # A later rule replaces the earlier one for its days (OSM semantics) ...
        ("Mo-Fr 08:00-12:00; Th 14:00-18:00; PH off", (("14:00", "18:00"),)),
        # ... while ", " adds hours to them.
        ("Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off", (("08:00", "12:00"), ("14:00", "18:00"))),
    ],
)
def test_week_table_follows_rule_override(text, thursday):
    assert hours(oh.week_table(text, date(2027, 1, 13))) == [
        MORNING,
        MORNING,
        MORNING,
        thursday,
        MORNING,
        CLOSED,
        CLOSED,
    ]


def test_week_table_carries_comments_and_unknown_times():
    text = 'Mo-Fr 08:00-12:00; Sa 10:00-12:00 unknown "nach Vereinbarung"'
    table = oh.week_table(text, date(2027, 1, 13))
    assert table[5] == Day(5, (), False, "nach Vereinbarung", (("10:00", "12:00"),))
    assert table[6] == Day(6, (), True)


def test_week_table_keeps_regular_hours_when_two_thursdays_are_off():
    # 2026-12-24 and 2026-12-31 are both Thursdays: two exceptions still are no new rule.
    text = "Mo-Fr 08:00-12:00; Dec 24,Dec 31 off"
    assert oh.week_table(text, date(2026, 12, 31))[3] == Day(3, MORNING, False)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 23), [("08:00", "13:00")]),  # Wednesday
        (date(2026, 12, 24), []),  # Dec 24 off
        (date(2026, 12, 25), []),  # Erster Weihnachtstag, a Friday
        (date(2026, 12, 26), []),  # Zweiter Weihnachtstag, a Saturday
        (date(2026, 12, 28), list(LUNCH_BREAK)),  # Monday
        (date(2026, 12, 31), list(LUNCH_BREAK)),  # Thursday, no holiday
        (date(2027, 1, 1), []),  # Neujahr, a Friday
        (date(2027, 1, 4), list(LUNCH_BREAK)),
    ],
)
def test_hours_on_around_christmas(day, expected):
    assert oh.hours_on(OFFICE, day) == expected


def test_exceptions_list_christmas_eve_and_holidays_with_names():
    # The 26th is a Saturday, closed anyway, so it is no exception.
    assert oh.exceptions(OFFICE, date(2026, 12, 20), days=30) == [
        SpecialDay(date(2026, 12, 24), (), True, None),
        SpecialDay(date(2026, 12, 25), (), True, "Erster Weihnachtstag"),
        SpecialDay(date(2027, 1, 1), (), True, "Neujahr"),
    ]


def test_exception_holiday_names_in_english():
    found = oh.exceptions(OFFICE, date(2026, 12, 20), days=30, lang="en")
    assert [special.holiday for special in found] == [None, "Christmas Day", "New Year's Day"]


def test_special_hours_on_a_public_holiday():
    text = "Mo-Fr 08:00-12:00; PH 10:00-11:00"
    assert oh.exceptions(text, date(2026, 12, 24), days=2) == [
        SpecialDay(date(2026, 12, 25), (("10:00", "11:00"),), False, "Erster Weihnachtstag"),
    ]


def test_a_two_week_closure_is_an_exception_not_new_hours():
    text = "Mo-Fr 08:00-12:00; Jul 20-Aug 1 off"
    closed = [special.date.day for special in oh.exceptions(text, date(2027, 7, 1), days=40)]
    assert closed == [20, 21, 22, 23, 26, 27, 28, 29, 30]
    assert len(oh.seasons(text, date(2027, 7, 1))) == 1


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2027, 3, 24), [CLOSED] * 5 + [WINTER] * 2),
        # The week of the change: Monday to Wednesday are still March.
        (date(2027, 3, 31), [CLOSED] * 3 + [SUMMER] * 4),
        (date(2027, 4, 7), [CLOSED] + [SUMMER] * 6),
        (date(2027, 10, 27), [CLOSED] + [SUMMER] * 6),
        (date(2027, 11, 3), [CLOSED] * 5 + [WINTER] * 2),
    ],
)
def test_week_table_follows_the_season(today, expected):
    assert hours(oh.week_table(MUSEUM, today)) == expected


def test_seasons_start_on_the_first_of_the_month():
    found = oh.seasons(MUSEUM, date(2027, 3, 31))
    assert [(season.start, season.end) for season in found] == [
        (date(2027, 3, 29), date(2027, 3, 31)),
        (date(2027, 4, 1), date(2027, 10, 31)),
        (date(2027, 11, 1), date(2028, 3, 30)),
    ]
    assert [hours(list(season.days)) for season in found] == [
        [CLOSED] * 5 + [WINTER] * 2,
        [CLOSED] + [SUMMER] * 6,
        [CLOSED] * 5 + [WINTER] * 2,
    ]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2027, 3, 31, 12, 0), False),  # Wednesday in winter
        (datetime(2027, 4, 1, 12, 0), True),  # Thursday in summer
        (datetime(2027, 4, 1, 9, 59), False),
        (datetime(2027, 4, 1, 15, 59, tzinfo=UTC), True),  # 17:59 in Berlin
        (datetime(2027, 4, 1, 16, 0, tzinfo=UTC), False),  # 18:00: closing time
    ],
)
def test_is_open(moment, expected):
    assert oh.is_open(MUSEUM, moment) is expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "opening hours are empty"),
        (
            "Mo-Fr 8-12",
            "cannot read '8-12' (character 7): expected a time range like 08:00-12:00, "
            'PH (public holiday), a state like "off" or ";" between rules',
        ),
        (
            "Mo-Fr 08:00-12:00; Thu 14:00-18:00",
            "cannot read 'Thu 14:00-18:00' (character 20): "
            'expected a state like "off" or ";" between rules',
        ),
        (
            "Mo-Fr 08:00-12:00 Uhr",
            'cannot read \'Uhr\' (character 19): expected a state like "off" or ";" between rules',
        ),
        (
            "Mo-Fr 08:00-12:00,",
            "'Mo-Fr 08:00-12:00,' ends too early: expected a time range like 08:00-12:00",
        ),
        (
            "24/24",
            "cannot read '24/24' (character 1): expected days like Mo-Fr, dates like Dec 24, "
            '"24/7", a state like "off", a comment in "quotes" or ";" between rules',
        ),
    ],
)
def test_invalid_hours_give_a_message(text, message):
    assert oh.validate(text) == message


@pytest.mark.parametrize("text", [OFFICE, MUSEUM, "24/7", "Mo-Fr 08:00-12:00; PH off"])
def test_valid_hours_give_no_message(text):
    assert oh.validate(text) is None


def _spec(days, opens, closes, **validity):
    spec = {"@type": "OpeningHoursSpecification"}
    if days:
        spec["dayOfWeek"] = [f"https://schema.org/{day}" for day in days]
    return {**spec, "opens": opens, "closes": closes, **validity}


def _closed(day):
    return _spec(None, "00:00", "00:00", validFrom=day, validThrough=day)


def test_schema_org_regular_hours_and_closed_days():
    assert oh.schema_org(OFFICE, date(2026, 12, 20)) == [
        _spec(["Monday", "Tuesday", "Thursday", "Friday"], "08:00", "12:00"),
        _spec(["Monday", "Tuesday", "Thursday"], "13:30", "16:00"),
        _spec(["Wednesday"], "08:00", "13:00"),
        _closed("2026-12-24"),
        _closed("2026-12-25"),
        _closed("2027-01-01"),
    ]


def test_schema_org_seasons_carry_their_validity():
    summer = ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert oh.schema_org(MUSEUM, date(2027, 10, 20)) == [
        _spec(summer, "10:00", "18:00", validFrom="2027-10-18", validThrough="2027-10-31"),
        _spec(
            ["Saturday", "Sunday"],
            "11:00",
            "16:00",
            validFrom="2027-11-01",
            validThrough="2028-03-31",
        ),
        _spec(summer, "10:00", "18:00", validFrom="2028-04-01", validThrough="2028-10-19"),
    ]


def test_schema_org_special_hours_and_midnight():
    text = "Mo-Fr 08:00-12:00; Sa 18:00-24:00; Dec 24 09:00-11:00"
    assert oh.schema_org(text, date(2027, 12, 20), days=7) == [
        _spec(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "08:00", "12:00"),
        _spec(["Saturday"], "18:00", "23:59"),
        _spec(None, "09:00", "11:00", validFrom="2027-12-24", validThrough="2027-12-24"),
    ]


@pytest.mark.parametrize(
    ("text", "start", "days", "expected"),
    [
        (
            "Sa,Su 10:00-18:00",
            datetime(2027, 3, 27),
            2,
            [
                ("2027-03-27T10:00:00+01:00", "2027-03-27T18:00:00+01:00"),
                ("2027-03-28T10:00:00+02:00", "2027-03-28T18:00:00+02:00"),
            ],
        ),
        (
            # 02:00-03:00 does not exist on 2027-03-28: three wall-clock hours, two real ones.
            "Mo-Su 01:00-04:00",
            datetime(2027, 3, 28),
            1,
            [("2027-03-28T01:00:00+01:00", "2027-03-28T04:00:00+02:00")],
        ),
        (
            "Sa,Su 10:00-18:00",
            datetime(2027, 10, 30),
            2,
            [
                ("2027-10-30T10:00:00+02:00", "2027-10-30T18:00:00+02:00"),
                ("2027-10-31T10:00:00+01:00", "2027-10-31T18:00:00+01:00"),
            ],
        ),
        (
            "Mo-Su 01:00-04:00",
            datetime(2027, 10, 31),
            1,
            [("2027-10-31T01:00:00+02:00", "2027-10-31T04:00:00+01:00")],
        ),
        (
            # Merged into one interval; ends after two wall-clock days (49 hours).
            "24/7",
            datetime(2027, 10, 30),
            2,
            [("2027-10-30T00:00:00+02:00", "2027-11-01T00:00:00+01:00")],
        ),
        (
            # An aware start is converted: 23:00 UTC is midnight in Berlin.
            OFFICE,
            datetime(2026, 12, 23, 23, 0, tzinfo=UTC),
            5,
            [
                ("2026-12-28T08:00:00+01:00", "2026-12-28T12:00:00+01:00"),
                ("2026-12-28T13:30:00+01:00", "2026-12-28T16:00:00+01:00"),
            ],
        ),
        (
            # Starting while open: the first interval begins at the start; 24 hours later
            # the window ends.
            "Mo-Fr 08:00-12:00",
            datetime(2027, 4, 5, 9, 30),
            1,
            [
                ("2027-04-05T09:30:00+02:00", "2027-04-05T12:00:00+02:00"),
                ("2027-04-06T08:00:00+02:00", "2027-04-06T09:30:00+02:00"),
            ],
        ),
    ],
)
def test_intervals_carry_the_right_utc_offset(text, start, days, expected):
    assert oh.intervals(text, start, days) == expected
