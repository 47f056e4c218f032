"""The demo town's pictures: honest generated illustrations, reproducible, credited as such."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SIGHTS = ROOT / "content" / "tourismus" / "sehenswuerdigkeiten"
TOURS = ROOT / "content" / "tourismus" / "touren"
CREDITS = {
    "de": "Illustration: automatisch erzeugt (Stadt Musterstadt), CC0",
    "en": "Illustration: generated automatically (Town of Musterstadt), CC0",
}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def test_the_generator_reproduces_the_committed_pictures():
    result = subprocess.run(
        [sys.executable, "tools/demo_illustrations.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_sight_shows_its_illustration_with_an_honest_credit():
    pages = sorted(p for p in SIGHTS.glob("*.md") if not p.name.startswith("index."))
    assert len(pages) == 20  # ten sights in German and English
    for page in pages:
        lang = "en" if page.name.endswith(".en.md") else "de"
        image = front_matter(page)["image"]
        assert image["credit"] == CREDITS[lang], page.name
        assert image["alt"].startswith("Zeichnung: " if lang == "de" else "Drawing: "), page.name
        picture = Image.open(page.parent / image["src"])
        assert picture.size == (1600, 1000) and picture.format == "JPEG"
        assert "exif" not in picture.info


def test_no_made_up_photographer_is_left():
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "content").rglob("*.md"))
    assert "Maria Beispiel" not in text
    assert "Foto: Stadt Musterstadt, Grünflächenamt" not in text


def test_pictures_stay_moderate_in_size():
    pictures = [*(SIGHTS / "bilder").glob("*.jpg"), *(TOURS / "bilder").glob("*.jpg")]
    assert len(pictures) == 16  # 10 sights, the rose garden, 5 tours
    for picture in pictures:
        assert picture.stat().st_size < 160_000, picture.name
