"""The lodging plugin's settings: one dict `LODGING` in pelicanconf.py, defaults applied here.

    LODGING = {
        "amenities": ["WLAN", "Parkplatz", …],   # what editors may write under `amenities`
        "booking_help": "tourist-information",  # key of the office that helps with booking
    }

The amenities are German names; their English comes from translations/en.yaml (a name without
an entry is shown in German on the English pages).
"""

from __future__ import annotations

from dataclasses import dataclass

from plugins.kit.i18n import german, message

DEFAULT_AMENITIES = (
    "WLAN",
    "Parkplatz",
    "Frühstück",
    german("Restaurant"),
    german("Haustiere erlaubt"),
    german("E-Ladestation"),
    german("Fahrradfreundlich"),
    german("Aufzug"),
    german("Sauna"),
    german("Küche"),
    german("Familienfreundlich"),
    german("Stromanschluss"),
)


class SettingsError(ValueError):
    """A bad value in `LODGING`."""


@dataclass(frozen=True)
class LodgingSettings:
    amenities: tuple = DEFAULT_AMENITIES
    booking_help: str = ""


def lodging_settings(settings: dict) -> LodgingSettings:
    given = dict(settings.get("LODGING") or {})
    unknown = sorted(set(given) - {"amenities", "booking_help"})
    if unknown:
        raise SettingsError(
            message("LODGING: unbekannte Einstellung {names}", names=", ".join(unknown))
        )
    amenities = given.get("amenities", DEFAULT_AMENITIES)
    if (
        isinstance(amenities, str)
        or not all(isinstance(a, str) and a.strip() for a in amenities)
        or not amenities
    ):
        raise SettingsError(
            message("LODGING: 'amenities' muss eine Liste von Namen sein, z. B. [\"WLAN\"]")
        )
    help_key = given.get("booking_help", "")
    if not isinstance(help_key, str):
        raise SettingsError(
            message("LODGING: 'booking_help' muss der Schlüssel einer Dienststelle sein")
        )
    return LodgingSettings(amenities=tuple(amenities), booking_help=help_key)
