"""Rules and holiday shifts with the Land's public holidays (plugins/kit/holidays.py)."""

import datetime as dt
from itertools import pairwise

from plugins.waste.calendar import expand_rule, rule_collections, shift_for_holidays

FRONLEICHNAM = dt.date(2027, 5, 27)  # a Thursday; a holiday in HE and RP, not in NI


def test_fronleichnam_moves_thursday_and_friday_in_rp_and_he():
    days = [dt.date(2027, 5, 25), FRONLEICHNAM, dt.date(2027, 5, 28)]
    for land in ("RP", "HE"):
        moved = shift_for_holidays(days, land)
        assert moved == [
            (dt.date(2027, 5, 25), dt.date(2027, 5, 25), ""),
            (dt.date(2027, 5, 28), FRONLEICHNAM, "Fronleichnam"),
            (dt.date(2027, 5, 29), dt.date(2027, 5, 28), "Fronleichnam"),  # Saturday included
        ]


def test_no_shift_where_the_land_has_no_fronleichnam():
    assert shift_for_holidays([FRONLEICHNAM], "NI") == [(FRONLEICHNAM, FRONLEICHNAM, "")]


def test_christmas_skips_the_second_holiday_and_sunday():
    # 2026: Christmas Day is a Friday, Boxing Day a Saturday.
    moved = shift_for_holidays([dt.date(2026, 12, 24), dt.date(2026, 12, 25)], "HE")
    assert moved[0] == (dt.date(2026, 12, 24), dt.date(2026, 12, 24), "")
    assert moved[1][0] == dt.date(2026, 12, 28)
    assert moved[1][2] == "Erster Weihnachtstag"


def test_every_two_weeks_with_season():
    rule = {"weekday": "Mo", "every_weeks": 2, "first": dt.date(2027, 1, 1), "season": "4-10"}
    days = expand_rule(rule, dt.date(2027, 12, 31))
    assert days[0] == dt.date(2027, 4, 12) and days[-1] == dt.date(2027, 10, 25)
    assert {d.weekday() for d in days} == {0}
    assert all((b - a).days == 14 for a, b in pairwise(days))


def test_rule_collections_name_the_holiday():
    rule = {"fraction": "bio", "district": "4", "weekday": "Do", "first": FRONLEICHNAM}
    first = rule_collections([rule], "RP", dt.date(2027, 6, 3))[0]
    assert (first.day, first.planned, first.holiday) == (
        dt.date(2027, 5, 28),
        FRONLEICHNAM,
        "Fronleichnam",
    )


def test_explicit_dates_with_a_rhythm_become_a_series():
    from plugins.waste.calendar import as_series

    every_second_thursday = [dt.date(2027, 5, 6) + dt.timedelta(weeks=2 * n) for n in range(6)]
    moved = [d for d in every_second_thursday if d != dt.date(2027, 6, 3)] + [dt.date(2027, 6, 4)]
    series, rest = as_series(moved)
    assert series["rrule"] == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270715"
    assert series["start"] == dt.date(2027, 5, 6)
    assert series["exceptions"] == [dt.date(2027, 6, 3)]
    assert rest == [dt.date(2027, 6, 4)]
    assert as_series(moved[:3]) == (None, sorted(moved[:3]))  # too few for a rhythm
