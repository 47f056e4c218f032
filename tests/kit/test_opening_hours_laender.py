"""`PH` means the public holidays of the town's Land: checked against each Land's own holidays
and against a second, independent evaluation (opening_hours.js, the OSM reference library)."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date, datetime, time

import pytest

from plugins.kit.opening_hours import Calendar, Closure, exceptions, intervals, is_open
from tests.helpers import ROOT, build_files

STATES = {
    "RP": "Rheinland-Pfalz",
    "NI": "Niedersachsen",
    "SN": "Sachsen",
    "TH": "Thüringen",
    "BE": "Berlin",
    "HE": "Hessen",
    "BY": "Bayern",
}
HOURS = [
    "Mo-Fr 08:00-12:00; PH off",
    "Mo-Sa 10:00-18:00; Su,PH 11:00-15:00",
    "Tu-Su 10:00-17:00; PH 12:00-16:00; Dec 24 off",
    "Apr-Oct Sa,Su,PH 10:00-18:00",
]
# A Land's own holidays on working days, and ordinary days around them.
DAYS = [
    date(2027, 5, 27),  # Fronleichnam (RP, HE, BY, …)
    date(2028, 10, 31),  # Reformationstag (NI, SN, TH, …)
    date(2027, 11, 17),  # Buß- und Bettag (SN)
    date(2027, 9, 20),  # Weltkindertag (TH)
    date(2027, 3, 8),  # Frauentag (BE)
    date(2027, 11, 1),  # Allerheiligen (RP, BY, …)
    date(2027, 5, 6),  # Christi Himmelfahrt (everywhere)
    date(2027, 5, 26),  # an ordinary Wednesday
    date(2027, 6, 5),  # an ordinary Saturday
]
TIMES = [time(9), time(11), time(13), time(17)]


@pytest.mark.parametrize(
    ("land", "day", "closed"),
    [
        ("RP", date(2027, 5, 27), True),
        ("NI", date(2027, 5, 27), False),
        ("NI", date(2028, 10, 31), True),
        ("RP", date(2028, 10, 31), False),
        ("SN", date(2027, 11, 17), True),
        ("TH", date(2027, 9, 20), True),
        ("BE", date(2027, 3, 8), True),
        ("HE", date(2027, 3, 8), False),
    ],
)
def test_the_office_is_closed_on_its_lands_holidays(land, day, closed):
    moment = datetime.combine(day, time(10))
    assert is_open("Mo-Fr 08:00-12:00; PH off", moment, Calendar(land)) is not closed


def test_agrees_with_opening_hours_js_for_every_land_and_string():
    cases, ours = [], []
    for land, state in STATES.items():
        for hours in HOURS:
            moments = [datetime.combine(day, moment) for day in DAYS for moment in TIMES]
            cases.append(
                {"hours": hours, "state": state, "moments": [m.isoformat() for m in moments]}
            )
            ours.append([is_open(hours, m, Calendar(land)) for m in moments])
    theirs = json.loads(
        subprocess.run(
            ["node", str(ROOT / "tests/kit/node/opening_hours_states.js")],
            input=json.dumps(cases),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "TZ": "Europe/Berlin", "NODE_PATH": str(ROOT / "node_modules")},
        ).stdout
    )
    differences = [
        (case["state"], case["hours"], moment)
        for case, mine, reference in zip(cases, ours, theirs, strict=True)
        for moment, a, b in zip(case["moments"], mine, reference, strict=True)
        if a != b
    ]
    assert differences == []


def test_holiday_names_and_hours_come_from_the_land():
    special = exceptions("Mo-Fr 08:00-12:00; PH off", date(2027, 5, 20), 14, "de", Calendar("RP"))
    assert [(s.date, s.holiday, s.closed) for s in special] == [
        (date(2027, 5, 27), "Fronleichnam", True)
    ]
    assert (
        exceptions("Mo-Fr 08:00-12:00; PH off", date(2027, 5, 20), 14, "de", Calendar("NI")) == []
    )


def test_the_towns_own_closing_days_close_every_office_from_their_time():
    rosenmontag = Closure(date(2027, 2, 8), "Rosenmontag", time(12))
    calendar = Calendar("RP", (rosenmontag,))
    hours = "Mo-Fr 08:00-16:00"
    assert is_open(hours, datetime(2027, 2, 8, 11), calendar)
    assert not is_open(hours, datetime(2027, 2, 8, 13), calendar)
    special = exceptions(hours, date(2027, 2, 1), 14, "de", calendar)
    assert [(s.date, s.holiday, s.intervals) for s in special] == [
        (date(2027, 2, 8), "Rosenmontag", (("08:00", "12:00"),))
    ]
    open_now = intervals(hours, datetime(2027, 2, 8), 1, calendar)
    assert open_now == [("2027-02-08T08:00:00+01:00", "2027-02-08T12:00:00+01:00")]


def test_an_office_page_in_rheinland_pfalz_shows_fronleichnam(tmp_path):
    files = {
        "index.md": "---\ntitle: Start\n---\n",
        "amt.md": """\
            ---
            type: office
            title: Bürgerbüro
            opening_hours: Mo-Fr 08:00-12:00; PH off
            ---
            """,
    }
    closing = [{"date": "2027-05-28", "name": "Betriebsausflug"}]
    code, report, out = build_files(
        tmp_path, files, LAND="RP", CLOSING_DAYS=closing, SITE_BUILD_DATE="2027-05-20"
    )
    assert code == 0, report
    html = (out / "amt/index.html").read_text(encoding="utf-8")
    assert "(Fronleichnam)" in html and "(Betriebsausflug)" in html
    data = html.split('data-opening-intervals="')[1].split('"')[0].replace("&#34;", '"')
    assert "2027-05-27" not in data and "2027-05-28" not in data  # closed both days
    assert '"validFrom": "2027-05-27"' in html or '"validFrom":"2027-05-27"' in html
