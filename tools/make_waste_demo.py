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
    found = sorted(set(found))  # "Kirchgasse" is both fixed and made
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


FRACTIONS = """\
fractions:
  - {key: restmuell, label: Restmüll, label_en: Residual waste, colour: "#4a4f55", short: R}
  - {key: bio, label: Bioabfall, label_en: Organic waste, colour: "#7a4b1e", short: B}
  - {key: papier, label: Altpapier, label_en: Waste paper, colour: "#1f5fa8", short: P}
  - {key: gelb, label: Gelber Sack, label_en: Recycling bag, colour: "#e3c300", short: G}
  - {key: weihnachtsbaum, label: Weihnachtsbäume, label_en: Christmas trees, colour: "#2e7d32", short: W}
  - {key: schadstoff, label: Schadstoffmobil, label_en: Hazardous waste van, colour: "#c62828", short: S}
"""  # noqa: E501


def rules(districts: int, year: int) -> str:
    """Front matter: residual and organic waste every two weeks, on the district's weekday."""
    jan1 = dt.date(year, 1, 1)
    monday = jan1 - dt.timedelta(days=jan1.weekday())
    lines = ["rules:"]
    for district in range(1, districts + 1):
        weekday = (district - 1) % 5
        first = monday + dt.timedelta(days=weekday + 7 * (district % 2))
        name = ("Mo", "Di", "Mi", "Do", "Fr")[weekday]
        for fraction, start in (("restmuell", first), ("bio", first + dt.timedelta(weeks=1))):
            lines.append(
                f'  - {{fraction: {fraction}, district: "{district}", weekday: {name}, '
                f"every_weeks: 2, first: {start.isoformat()}}}"
            )
    return "\n".join(lines) + "\n"


def write_data(
    folder: Path, year: int = 2027, streets_: int = 60, districts: int = 6, land: str = "HE"
) -> None:
    """strassen.csv (Windows-1252, as German Excel saves it) and termine.csv (UTF-8 with BOM)."""
    rng = random.Random(19)
    folder.mkdir(parents=True, exist_ok=True)
    names = streets(streets_, rng)
    text = "\r\n".join(street_rows(names, districts, rng)) + "\r\n"
    (folder / "strassen.csv").write_bytes(text.encode("cp1252"))
    dates = "\r\n".join(date_rows(districts, year, land)) + "\r\n"
    (folder / "termine.csv").write_bytes(b"\xef\xbb\xbf" + dates.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--year", type=int, default=2027)
    parser.add_argument("--streets", type=int, default=60)
    parser.add_argument("--districts", type=int, default=6)
    parser.add_argument("--land", default="HE")
    parser.add_argument("--rules", action="store_true", help="print the front matter's rules")
    args = parser.parse_args()
    write_data(Path(args.folder), args.year, args.streets, args.districts, args.land)
    if args.rules:
        print(FRACTIONS + rules(args.districts, args.year), end="")


if __name__ == "__main__":
    main()
