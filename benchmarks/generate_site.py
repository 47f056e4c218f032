"""Generate a realistic content tree of N pages using every content type and both languages.

`python -m benchmarks.generate_site OUT --pages 5000 [--photos 30]` — the text is deterministic
for a given N and seed; the photos (hero images of the first sights) are random pixels of camera
size. Also writes the same Markdown bodies and photos as a plain Pelican site (`OUT-bare/`, photos
as its static `images/`) for the baseline.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

WORDS = [
    "Antrag",
    "Bürgerbüro",
    "Stadt",
    "Verwaltung",
    "Termin",
    "Unterlagen",
    "Gebühr",
    "Ausweis",
    "Wohnung",
    "Umzug",
    "Familie",
    "Kinder",
    "Schule",
    "Straße",
    "Markt",
    "Rathaus",
    "Museum",
    "Führung",
    "Kirche",
    "Park",
    "Konzert",
    "Sommer",
    "Winter",
    "Abfall",
    "Sperrmüll",
    "Parkplatz",
    "Fahrrad",
    "Bus",
    "Bahnhof",
    "Wahl",
    "Stadtrat",
    "Sitzung",
    "Haushalt",
    "Bauplan",
    "Grundstück",
    "Steuer",
    "Hund",
    "Gewerbe",
    "Betrieb",
    "Genehmigung",
    "Frist",
    "Woche",
    "Monat",
    "Jahr",
    "beantragen",
    "vorlegen",
    "bezahlen",
    "besuchen",
    "erleben",
    "entdecken",
    "informieren",
    "melden",
    "prüfen",
    "erhalten",
    "bringen",
    "Sie",
    "Ihre",
    "die",
    "der",
    "das",
    "und",
    "oder",
    "mit",
    "für",
    "bei",
    "nach",
    "vor",
    "in",
    "am",
    "im",
    "zum",
    "zur",
    "ein",
    "eine",
    "neue",
    "alte",
    "große",
    "kleine",
    "schnell",
    "online",
]
EN_WORDS = [
    "visit",
    "town",
    "museum",
    "guided",
    "tour",
    "church",
    "park",
    "concert",
    "summer",
    "winter",
    "market",
    "square",
    "castle",
    "tower",
    "walk",
    "family",
    "children",
    "ticket",
    "price",
    "opening",
    "hours",
    "discover",
    "enjoy",
    "explore",
    "the",
    "and",
    "or",
    "with",
    "for",
    "in",
    "at",
    "on",
    "a",
    "new",
    "old",
    "big",
    "small",
    "historic",
    "river",
    "bridge",
    "garden",
    "festival",
]
# share of pages per type (the rest are ordinary pages)
MIX = {"service": 0.08, "office": 0.01, "news": 0.30, "notice": 0.14, "event": 0.16, "poi": 0.04}


def text(rng: random.Random, words: int, vocabulary=WORDS) -> str:
    sentences, current = [], []
    for _ in range(words):
        current.append(rng.choice(vocabulary))
        if len(current) > rng.randint(8, 16):
            sentences.append(" ".join(current).capitalize() + ".")
            current = []
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs) + "\n"


def body(rng: random.Random, vocabulary=WORDS) -> str:
    return f"## {rng.choice(vocabulary).capitalize()}\n\n{text(rng, 370, vocabulary)}"


def front(fields: dict) -> str:
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {k}: {v}" for k, v in value.items()]
        elif isinstance(value, list):
            lines.append(f"{key}: [{', '.join(value)}]")
        else:
            lines.append(f"{key}: {value}")
    return "\n".join([*lines, "---", ""])


PHOTO_SIZE = (1600, 1067)  # a camera picture as editors upload it, already a little smaller
PHOTO_FOLDER = "tourismus/sehenswuerdigkeiten/bilder"


def write_photos(folder: Path, count: int) -> None:
    from benchmarks.images.bench_images import natural_photo

    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        natural_photo(PHOTO_SIZE).save(folder / f"foto-{number:02d}.jpg", "JPEG", quality=88)


def fields_for(kind: str, n: int, rng: random.Random, offices: int, photos: int = 0) -> dict:
    day = 1 + n % 28
    month = 1 + n % 12
    base = {
        "title": f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {n}",
        "summary": text(rng, 30).split("\n")[0],
    }
    if kind == "service":
        base.update(
            office=f"amt-{n % offices}",
            leika=f"{99000000000000 + n}",
            fees=["10,00 Euro"],
            documents=["Personalausweis"],
            topics=["Umzug"],
            keywords=[f"Synonym{n}"],
        )
    elif kind == "office":
        base.update(
            address={"street": f"Marktplatz {n}", "postal_code": "64283", "city": "Musterstadt"},
            phone="06151 12-3456",
            email=f"amt{n}@musterstadt.example",
            opening_hours="Mo-Fr 08:00-12:00; Th 14:00-18:00; PH off",
            geo={"lat": 49.87, "lon": 8.65},
        )
    elif kind in ("news", "notice"):
        base["date"] = f"{2024 + n % 3}-{month:02d}-{day:02d}"
    elif kind == "event":
        base.update(
            start=f"2027-{month:02d}-{day:02d} 18:00",
            end=f"2027-{month:02d}-{day:02d} 20:00",
            categories=[rng.choice(["Kultur", "Markt", "Sport"])],
            location=f"amt-{n % offices}",
        )
        if n % 5 == 0:
            base["recurrence"] = "FREQ=WEEKLY;COUNT=10"
    elif kind == "poi":
        base.update(
            geo={"lat": 49.8 + (n % 100) / 1000, "lon": 8.6 + (n % 77) / 1000},
            categories=["Kultur"],
        )
        if n < photos:
            base["image"] = {
                "src": f"bilder/foto-{n:02d}.jpg",
                "alt": f"Ansicht der Sehenswürdigkeit {n} vom Marktplatz aus",
                "credit": '"Foto: Stadt Musterstadt"',  # quoted: it contains ": "
            }
    return base


FOLDERS = {
    "service": "rathaus/leistungen",
    "office": "rathaus/aemter",
    "news": "rathaus/aktuelles",
    "notice": "rathaus/bekanntmachungen",
    "event": "tourismus/veranstaltungen",
    "poi": "tourismus/sehenswuerdigkeiten",
    "page": "seiten",
}


def plan(pages: int) -> list[tuple[str, int, bool]]:
    """(type, number, has English version) for every German page."""
    result = []
    counts = {
        kind: max(1, int(pages * share / (1.5 if kind in ("event", "poi") else 1)))
        for kind, share in MIX.items()
    }
    for kind, count in counts.items():
        result += [
            (kind, n, kind in ("event", "poi", "service") and n % 2 == 0) for n in range(count)
        ]
    total = sum(2 if en else 1 for _, _, en in result)
    result += [("page", n, False) for n in range(max(0, pages - total))]
    return result


def write_site(out: Path, pages: int, seed: int = 1, photos: int = 30) -> int:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    entries = plan(pages)
    offices = sum(1 for kind, _, _ in entries if kind == "office")
    written = 0
    for folder in {*FOLDERS.values(), "rathaus", "tourismus"}:
        (out / folder).mkdir(parents=True, exist_ok=True)
        kind = next((k for k, f in FOLDERS.items() if f == folder), None)
        default = f"default_type: {kind}\n" if kind and kind != "page" else ""
        (out / folder / "index.md").write_text(f"---\ntitle: {folder}\n{default}---\n")
        written += 1
    (out / "index.md").write_text("---\ntitle: Start\n---\nWillkommen.\n")
    for kind, n, english in entries:
        name = f"{kind}-{n}" if kind != "office" else f"amt-{n}"
        fields = fields_for(kind, n, rng, offices, photos)
        (out / FOLDERS[kind] / f"{name}.md").write_text(front(fields) + body(rng))
        written += 1
        if english:
            fields = dict(
                fields,
                title=f"{rng.choice(EN_WORDS).capitalize()} {n}",
                summary=text(rng, 30, EN_WORDS).split("\n")[0],
            )
            (out / FOLDERS[kind] / f"{name}.en.md").write_text(front(fields) + body(rng, EN_WORDS))
            written += 1
    write_photos(out / PHOTO_FOLDER, photos)
    return written + 1 + write_waste(out / "rathaus" / "abfall")


def write_waste(folder: Path, streets: int = 980, districts: int = 30) -> int:
    """The waste calendar of a town of 60,000: ~1,200 street rows (980 streets, some split),
    30 districts, 6 fractions (4 as dates from the company, 2 as rules with holiday shifts)."""
    from tools.make_waste_demo import FRACTIONS, rules, write_data

    write_data(folder, streets_=streets, districts=districts)
    landing = "---\ntitle: Abfallkalender\ntype: waste\nsummary: Abfuhrtermine.\nyear: 2027\n"
    landing += "reminder: true\n" + FRACTIONS + rules(districts, 2027) + "---\nText.\n"
    (folder / "index.md").write_text(landing)
    return 1


def write_bare(source: Path, out: Path) -> int:
    """The same Markdown bodies as plain Pelican pages (Pelican's own metadata syntax)."""
    if out.exists():
        shutil.rmtree(out)
    (out / "pages").mkdir(parents=True)
    count = 0
    for path in sorted(source.rglob("*.md")):
        text_ = path.read_text()
        _, _, rest = text_.partition("---\n")
        _, _, markdown = rest.partition("---\n")
        slug = str(path.relative_to(source)).replace("/", "-").removesuffix(".md").replace(".", "-")
        (out / "pages" / f"{slug}.md").write_text(f"Title: {slug}\nSlug: {slug}\n\n{markdown}")
        count += 1
    photos = sorted((source / PHOTO_FOLDER).glob("*.jpg"))
    if photos:
        (out / "images").mkdir()
        for photo in photos:  # Pelican copies its static images/ folder as they are
            shutil.copyfile(photo, out / "images" / photo.name)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--photos", type=int, default=30)
    args = parser.parse_args()
    count = write_site(args.out, args.pages, photos=args.photos)
    write_bare(args.out, args.out.with_name(args.out.name + "-bare"))
    print(f"{count} files in {args.out}")


if __name__ == "__main__":
    main()
