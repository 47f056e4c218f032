"""kit/facets.py: filter navigation and pre-rendered filter pages, one or many values per item."""

from __future__ import annotations

from types import SimpleNamespace

from plugins.kit.facets import Dimension, Value, filter_nav, filter_pages, filter_url

COLOUR = Dimension(
    "colour",
    "Farbe",
    {"de": "farbe", "en": "colour"},
    (
        Value("rot", "rot", {"de": "rot", "en": "red"}),
        Value("blau", "blau", {"de": "blau", "en": "blue"}),
        Value("grün", "grün", {"de": "gruen", "en": "green"}),
    ),
)


def item(name, *colours, lang="de"):
    return SimpleNamespace(title=name, colours=set(colours), lang=lang)


def values_of(dimension, thing):
    assert dimension == "colour"
    return thing.colours


def home(lang, url):
    return SimpleNamespace(lang=lang, url=url, title="Liste", folder=("liste",))


ITEMS = [item("a", "rot"), item("b", "rot", "blau"), item("c")]


def test_the_navigation_counts_items_per_value_and_leaves_out_values_nobody_has():
    groups = filter_nav("/liste/", ITEMS, (COLOUR,), values_of, "de", ("colour", "blau"))
    assert groups == [
        {
            "name": "colour",
            "label": "Farbe",
            "entries": [
                {
                    "key": "rot",
                    "label": "rot",
                    "url": "/liste/farbe/rot/",
                    "count": 2,
                    "current": False,
                },
                {
                    "key": "blau",
                    "label": "blau",
                    "url": "/liste/farbe/blau/",
                    "count": 1,
                    "current": True,
                },
            ],
        }
    ]
    assert filter_nav("/liste/", [item("c")], (COLOUR,), values_of, "de") == []


def test_one_page_per_value_with_its_items_and_the_twin_in_the_other_language():
    english = [item("x", "rot", lang="en")]
    seen = []

    def context(shown, current, label):
        seen.append((sorted(i.title for i in shown), current, label))
        return {"n": len(shown)}

    pages = filter_pages(
        home("de", "/liste/"),
        ITEMS,
        (COLOUR,),
        values_of,
        context,
        "t.html",
        twin=(home("en", "/en/list/"), english),
    )
    assert [p.url for p in pages] == ["/liste/farbe/rot/", "/liste/farbe/blau/"]
    assert seen == [
        (["a", "b"], ("colour", "rot"), "Farbe: rot"),
        (["b"], ("colour", "blau"), "Farbe: blau"),
    ]
    assert pages[0].translations == {"en": "/en/list/colour/red/"}
    assert pages[1].translations == {"en": "/en/list/"}  # no blue item in English
    assert pages[0].title == "Liste – Farbe: rot" and pages[0].template == "t.html"
    assert filter_url("/en/list/", COLOUR, COLOUR.values[2], "en") == "/en/list/colour/green/"
