"""Alt-text checks, table-driven."""

import pytest

from plugins.images.alt_text import check_alt

GOOD = [
    "Rathaus am Marktplatz mit Brunnen im Vordergrund",
    "Bürgermeisterin Anna Muster bei der Eröffnung",
    "Bild des Monats: Sonnenuntergang am Mühlenteich",
    "Stadtplan mit der Route vom Bahnhof zum Bürgerbüro",
    "Foto-AG der Musterschule vor dem Museum",
    "Logo der Stadtwerke",
    "Version 2.0 des Ortsplans",
]
FILE_NAMES = [
    "IMG_1234.jpg",
    "rathaus.jpg",
    "Rathaus.JPEG",
    "bilder/rathaus.png",
    "DSC01234",
    "IMG_20240501_123456",
    "PXL_20240501_101010123",
    "karte final v2.webp",
    "wappen.svg",
]
GENERIC = [
    "Bild",
    "Foto",
    "Image",
    "Photo",
    "Grafik",
    "bild",
    "FOTO",
    "Bild 1",
    "Foto:",
    " Image. ",
]


@pytest.mark.parametrize("alt", GOOD)
def test_descriptive_alt_passes(alt):
    assert check_alt(alt) == []


@pytest.mark.parametrize("alt", FILE_NAMES)
def test_file_name_is_an_error(alt):
    (message,) = check_alt(alt)
    assert message.startswith(f"alt text '{alt.strip()}' is a file name — ")
    assert "describe what the image shows, e.g. " in message


@pytest.mark.parametrize("alt", GENERIC)
def test_generic_word_is_an_error(alt):
    (message,) = check_alt(alt)
    assert message == (
        f"alt text '{alt.strip()}' only says that this is an image — describe what the image "
        'shows, e.g. "Rathaus am Marktplatz mit Brunnen im Vordergrund"'
    )


@pytest.mark.parametrize("alt", [None, "", "   "])
def test_missing_alt_is_an_error(alt):
    (message,) = check_alt(alt)
    assert message.startswith("image has no alt text — describe what the image shows, e.g. ")
    assert "mark it decorative" in message


@pytest.mark.parametrize("alt", [None, ""])
def test_decorative_without_alt_passes(alt):
    assert check_alt(alt, decorative=True) == []


def test_decorative_with_alt_text_is_contradictory():
    (message,) = check_alt("Zierlinie", decorative=True)
    assert "marked decorative but has alt text 'Zierlinie'" in message
