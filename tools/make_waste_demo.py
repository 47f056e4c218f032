"""Write the demo town's waste data (content/rathaus/abfall/strassen.csv, termine.csv), or a
large data set for the benchmark site (`--streets 1200 --districts 30`).

    .venv/bin/python tools/make_waste_demo.py content/rathaus/abfall --year 2027
    .venv/bin/python tools/make_waste_demo.py benchmarks/.../abfall --streets 1200 --districts 30

Deterministic (a fixed random seed), so the committed files only change when this script does.
Paper, recycling bags, Christmas trees and the hazardous-waste van come as explicit dates (as a
company exports them, already moved for holidays); residual and organic waste are rules in the
landing page's front matter, so the site moves them itself.
"""

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plugins.waste.calendar import shift_for_holidays  # noqa: E402

NAMES = (
    "Ahorn", "Amsel", "Bach", "Birken", "Blumen", "Brunnen", "Buchen", "Burg", "Dahlien", "Eichen",
    "Erlen", "Falken", "Feld", "Fichten", "Finken", "Flieder", "Garten", "Ginster", "Goethe",
    "Hasel", "Heide", "Holunder", "Kastanien", "Kirch", "Kirschen", "Linden", "Lerchen", "Mühl",
    "Nelken", "Rosen", "Schiller", "Schul", "Tannen", "Tulpen", "Ulmen", "Wald", "Weiden",
    "Wiesen", "Zeder", "Ziegel",
)  # fmt: skip
SUFFIXES = ("straße", "weg", "gasse", "ring", "allee")
FIXED = (
    "Am Markt", "Marktplatz", "Bahnhofstraße", "Hauptstraße", "Kirchgasse", "Schlossallee",
    "Am Stadtpark", "Zum Sportplatz", "Über der Aue", "Ölmühlenweg",
)  # fmt: skip


def streets(count: int, rng: random.Random) -> list[str]:
    found = list(FIXED)
    for name in NAMES:
        for suffix in SUFFIXES:
            found.append(name + suffix)
    rng.shuffle(found)
    names = sorted(found[:count]) if count <= len(found) else found
    while len(names) < count:  # the benchmark's large town: numbered side streets
        names.append(f"{rng.choice(NAMES)}{rng.choice(SUFFIXES)} {len(names)}")
    return names


def street_rows(names: list[str], districts: int, rng: random.Random) -> list[str]:
    rows = ["strasse;hausnummern;bezirk"]
    for number, name in enumerate(names):
        district = number * districts // len(names) + 1
        shape = rng.random()
        if shape < 0.75 or districts == 1:
            rows.append(f"{name};;{district}")
        elif shape < 0.9:  # a long street: two parts
            other = district % districts + 1
            rows.append(f"{name};1-49;{district}")
            rows.append(f"{name};50-120;{other}")
        else:  # odd and even sides in different districts
            other = district % districts + 1
            rows.append(f"{name};1-99 ungerade;{district}")
            rows.append(f"{name};2-100 gerade;{other}")
    return rows


def weekly(first: dt.date, weeks: int, year: int) -> list[dt.date]:
    days, day = [], first
    while day.year <= year:
        if day.year == year:
            days.append(day)
        day += dt.timedelta(weeks=weeks)
    return days


def date_rows(districts: int, year: int, land: str) -> list[str]:
    rows = ["datum;bezirk;fraktion"]
    jan1 = dt.date(year, 1, 1)
    monday = jan1 - dt.timedelta(days=jan1.weekday())
    for district in range(1, districts + 1):
        weekday = (district - 1) % 5
        base = monday + dt.timedelta(days=weekday)
        plan = [
            ("papier", base + dt.timedelta(weeks=district % 4), 4),
            ("gelb", base + dt.timedelta(weeks=(district + 1) % 2), 2),
        ]
        for fraction, first, every in plan:
            for moved, _, _ in shift_for_holidays(weekly(first, every, year), land):
                if moved.year == year:
                    rows.append(f"{moved.strftime('%d.%m.%Y')};{district};{fraction}")
        tree = dt.date(year, 1, 11) + dt.timedelta(days=weekday)
        rows.append(f"{tree.strftime('%d.%m.%Y')};{district};weihnachtsbaum")
        for month in (3, 9):
            van = dt.date(year, month, 6) + dt.timedelta(
                days=(5 - dt.date(year, month, 6).weekday()) % 7 + 7 * (district % 3)
            )
            rows.append(f"{van.strftime('%d.%m.%Y')};{district};schadstoff")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--year", type=int, default=2027)
    parser.add_argument("--streets", type=int, default=60)
    parser.add_argument("--districts", type=int, default=6)
    parser.add_argument("--land", default="HE")
    args = parser.parse_args()
    rng = random.Random(19)
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = streets(args.streets, rng)
    text = "\r\n".join(street_rows(names, args.districts, rng)) + "\r\n"
    (folder / "strassen.csv").write_bytes(text.encode("cp1252"))  # as German Excel saves it
    dates = "\r\n".join(date_rows(args.districts, args.year, args.land)) + "\r\n"
    (folder / "termine.csv").write_bytes(b"\xef\xbb\xbf" + dates.encode("utf-8"))


if __name__ == "__main__":
    main()
