"""What the lodging plugin adds at `index_ready`: checks of each host against its scheme and the
configured amenities, each host's page data and JSON-LD, the directory on its folder's landing
page, one pre-rendered page per filter value, a page sorted by price, and the GeoJSON."""

from __future__ import annotations

import json
from pathlib import Path

from plugins.kit import facets as kit_facets
from plugins.kit.i18n import message, translate
from plugins.kit.urls import absolute, public_url, tel_uri
from plugins.maps.geo import Place, feature_collection, map_links
from plugins.site.generator import write_if_changed
from plugins.site.items import slugify
from plugins.site.pages import OutputPage

from . import facets
from .schema import SCHEMES
from .settings import LodgingSettings, SettingsError, lodging_settings
from .structured_data import lodging_business

LANGS = ("de", "en")
TEMPLATE = "lodging/directory.html"
GEOJSON_URL = {"de": "/gastgeber.geojson", "en": "/en/lodging.geojson"}
PRICE_SORT = {"de": "nach-preis", "en": "by-price"}


def settings_of(index) -> LodgingSettings | None:
    try:
        return lodging_settings(index.settings)
    except SettingsError as error:
        index.problems.add("pelicanconf.py", 1, str(error), message("korrigieren Sie LODGING"))
        return None


# --- checks --------------------------------------------------------------------------------


def check_host(index, item, config: LodgingSettings) -> bool:
    """Report what the field types cannot know; False when the host must stay out."""
    ok = True
    meta = item.meta
    for name in meta.get("amenities") or ():
        if name not in config.amenities:
            index.problems.add(
                item.source,
                item.line("amenities"),
                message(
                    "Feld 'amenities': die Ausstattung '{name}' ist nicht vorgesehen", name=name
                ),
                message(
                    "schreiben Sie eine von: {names} (oder ergänzen Sie LODGING in pelicanconf.py)",
                    names=", ".join(config.amenities),
                ),
            )
            ok = False
    classification = meta.get("classification")
    if classification:
        _, highest, superior = SCHEMES[classification["scheme"]]
        stars = classification["stars"]
        if stars != int(stars) or not 1 <= stars <= highest:
            index.problems.add(
                item.source,
                item.line("classification", "stars"),
                message(
                    "Feld 'classification': {scheme} vergibt 1 bis {highest} Sterne, "
                    "gelesen wurde {stars}",
                    scheme=classification["scheme"],
                    highest=highest,
                    stars=stars,
                ),
                message("schreiben Sie die Sterne laut Urkunde als ganze Zahl"),
            )
            ok = False
        if classification.get("superior") and not superior:
            index.problems.add(
                item.source,
                item.line("classification", "superior"),
                message(
                    "Feld 'classification': {scheme} kennt kein „Superior“",
                    scheme=classification["scheme"],
                ),
                message("streichen Sie 'superior'"),
            )
            ok = False
    booking = meta.get("booking_url")
    if booking and not booking.startswith("https://"):
        index.problems.add(
            item.source,
            item.line("booking_url"),
            message("Feld 'booking_url': der Buchungslink muss mit https:// beginnen"),
            message("schreiben Sie die sichere Adresse mit https://"),
        )
        ok = False
    access = meta.get("accessibility") or {}
    if access.get("reisen_fuer_alle") and not access.get("groups"):
        index.problems.add(
            item.source,
            item.line("accessibility", "reisen_fuer_alle"),
            message("Feld 'accessibility': für wen gilt die Zertifizierung „Reisen für Alle“?"),
            message("nennen Sie unter 'groups' die geprüften Personengruppen"),
        )
        ok = False
    return ok


# --- one host -------------------------------------------------------------------------------


def format_price(value, lang: str) -> str:
    number = f"{value:.2f}".replace(".00", "") if value != int(value) else f"{int(value)}"
    if lang == "de":
        number = number.replace(".", ",")
    return translate("ab {price} €", lang, price=number)


def classification_text(classification: dict | None, lang: str) -> str | None:
    if not classification:
        return None
    key = facets.classification_key(classification)
    text = facets.classification_label(key, lang)
    if classification.get("superior"):
        text += " Superior"
    return text


def host_data(index, item, booking_help) -> dict:
    lang = item.lang
    meta = item.meta
    base = public_url(index.settings)
    amenities = [translate(name, lang) for name in meta.get("amenities") or ()]
    classification = meta.get("classification")
    price = format_price(meta["price_from"], lang) if meta.get("price_from") is not None else None
    image_url = (item.data.get("image") or {}).get("url")
    scheme_name = translate(SCHEMES[classification["scheme"]][0], lang) if classification else ""
    facts = [translate(meta["category"], lang), classification_text(classification, lang), price]
    access = meta.get("accessibility") or {}
    if access.get("reisen_fuer_alle"):
        facts.append(translate("Reisen für Alle", lang))
    geo = meta["geo"]
    return {
        "category": translate(meta["category"], lang),
        "classification": classification_text(classification, lang),
        "scheme_name": scheme_name,
        "price": price,
        "amenities": amenities,
        "card_meta": [fact for fact in facts if fact],
        "access_level": translate(access["reisen_fuer_alle"], lang)
        if access.get("reisen_fuer_alle")
        else None,
        "access_groups": [translate(g, lang) for g in access.get("groups") or ()],
        "map_links": map_links(geo["lat"], geo["lon"], item.title),
        "map_places": [Place(item.title, item.url, geo["lat"], geo["lon"]).as_marker()],
        "phone_uri": tel_uri(meta.get("phone")),
        "booking_help": booking_help,
        "structured_data": lodging_business(
            meta=meta,
            title=item.title,
            summary=item.summary,
            url=absolute(base, item.url),
            amenities=amenities,
            scheme_name=scheme_name,
            price_range=price,
            image=absolute(base, image_url) if image_url else None,
        ),
    }


def booking_help_of(index, config: LodgingSettings, lang: str) -> dict | None:
    """The office that helps with booking (LODGING["booking_help"]), in the page's language."""
    if not config.booking_help:
        return None
    for office in index.of_type("office", lang):
        if office.key == config.booking_help:
            return {
                "title": office.title,
                "url": office.url,
                "phone": office.meta.get("phone"),
                "phone_uri": tel_uri(office.meta.get("phone")),
                "email": office.meta.get("email"),
            }
    return None


# --- the directory ----------------------------------------------------------------------------


def hosts(index, lang: str) -> list:
    return sorted(
        (item for item in index.of_type("lodging", lang) if "lodging" in item.data),
        key=lambda item: slugify(item.title),
    )


def by_price(items: list) -> list:
    return sorted(
        items,
        key=lambda item: (item.meta.get("price_from") is None, item.meta.get("price_from") or 0),
    )


def landing(index, lang: str):
    for item in index.of_type("lodging", lang):
        section = index.section(item.folder)
        if section is not None and lang in section.index:
            return section.index[lang]
    return None


def card(item, dims) -> dict:
    """A card and the data attributes the script filters and sorts by."""
    meta = item.meta
    keys = {}
    for dimension in dims:
        slugs = [
            value.slugs["de"]
            for value in dimension.values
            if value.key in facets.values_of(dimension.name, item)
        ]
        keys[dimension.name] = " ".join(slugs)
    price = meta.get("price_from")
    return {
        "item": item,
        "meta": item.data["lodging"]["card_meta"],
        "keys": keys,
        "price": "" if price is None else f"{price:g}",
        "name": slugify(item.title),
    }


def filter_nav(home, items: list, lang: str, dims, current: tuple | None) -> list[dict]:
    return kit_facets.filter_nav(
        home.url, items, dims, facets.values_of, lang, current, label_of=facets.value_label
    )


def list_context(home, items, shown, lang, dims, *, current=None, label="", sort="name") -> dict:
    return {
        "lodging_cards": [card(item, dims) for item in shown],
        "lodging_filters": filter_nav(home, items, lang, dims, current),
        "lodging_home": home,
        "lodging_filter_label": label,
        "lodging_count": len(shown),
        "lodging_sort": sort,
        "lodging_sort_urls": {"name": home.url, "price": f"{home.url}{PRICE_SORT[lang]}/"},
        "lodging_filtered": current is not None,
        "map_places": [
            Place(i.title, i.url, i.meta["geo"]["lat"], i.meta["geo"]["lon"]).as_marker()
            for i in shown
        ],
        "geojson_url": GEOJSON_URL[lang],
    }


def add_directory(index, config: LodgingSettings) -> None:
    dims = facets.dimensions(config.amenities)
    homes = {lang: landing(index, lang) for lang in LANGS}
    for lang, home in homes.items():
        if home is None:
            continue
        items = hosts(index, lang)
        other_lang = "en" if lang == "de" else "de"
        other = homes.get(other_lang)
        for page in index.pages:
            if page.item is home:
                page.template = TEMPLATE
                page.context.update(list_context(home, items, items, lang, dims))
                page.context["lodging_booking_help"] = booking_help_of(index, config, lang)
        index.pages.append(
            OutputPage(
                url=f"{home.url}{PRICE_SORT[lang]}/",
                template=TEMPLATE,
                lang=lang,
                title=f"{home.title} – " + translate("nach Preis sortiert", lang),
                context=list_context(home, items, by_price(items), lang, dims, sort="price"),
                translations={other_lang: f"{other.url}{PRICE_SORT[other_lang]}/"} if other else {},
                folder=home.folder,
            )
        )
        twin = (other, hosts(index, other_lang)) if other else None

        def context(shown, current, label, home=home, items=items, lang=lang):
            return list_context(home, items, shown, lang, dims, current=current, label=label)

        index.pages += kit_facets.filter_pages(
            home,
            items,
            dims,
            facets.values_of,
            context,
            TEMPLATE,
            twin=twin,
            label_of=facets.value_label,
        )


def prepare_lodging(index) -> None:
    config = settings_of(index)
    if config is None:
        return
    pages = {page.item.source: page for page in index.pages if page.item is not None}
    for item in index.of_type("lodging"):
        if not check_host(index, item, config):
            continue
        data = host_data(index, item, booking_help_of(index, config, item.lang))
        item.data["lodging"] = data
        item.data["structured_data"] = data["structured_data"]
        if item.source in pages:
            pages[item.source].context["lodging"] = data
    add_directory(index, config)


def geojson(index, lang: str) -> dict:
    base = public_url(index.settings)
    places = [
        Place(
            item.title,
            absolute(base, item.url),
            item.meta["geo"]["lat"],
            item.meta["geo"]["lon"],
            item.meta["category"],
        )
        for item in hosts(index, lang)
    ]
    return feature_collection(places)


def write_geojson(index, output_path: Path) -> None:
    for lang in LANGS:
        if landing(index, lang) is None:
            continue
        data = json.dumps(geojson(index, lang), ensure_ascii=False, indent=1, sort_keys=True)
        write_if_changed(Path(output_path) / GEOJSON_URL[lang].lstrip("/"), data.encode())
