"""The tours plugin's settings: one dict `TOURS` in pelicanconf.py, defaults applied here.

    TOURS = {"cycling_speed_kmh": 15}

- `cycling_speed_kmh`: the average speed that turns a cycling tour's length into its riding
  time (walking tours use DIN 33466 instead). 15 km/h suits a relaxed ride with stops.
"""

from __future__ import annotations

from dataclasses import dataclass

from plugins.kit.i18n import message

from .gpx import DEFAULT_CYCLING_SPEED_KMH


class SettingsError(ValueError):
    """A bad value in `TOURS`: the build stops with this message, before any page is read."""


@dataclass(frozen=True)
class TourSettings:
    cycling_speed_kmh: float = DEFAULT_CYCLING_SPEED_KMH


def tour_settings(settings: dict) -> TourSettings:
    """`settings["TOURS"]` with the defaults for what it leaves out; a bad value raises."""
    given = dict(settings.get("TOURS") or {})
    unknown = sorted(set(given) - {"cycling_speed_kmh"})
    if unknown:
        raise SettingsError(
            message("TOURS: unbekannte Einstellung {names}", names=", ".join(unknown))
        )
    speed = given.get("cycling_speed_kmh", DEFAULT_CYCLING_SPEED_KMH)
    if isinstance(speed, bool) or not isinstance(speed, int | float) or not 3 <= speed <= 40:
        raise SettingsError(
            message(
                "TOURS: 'cycling_speed_kmh' muss eine Zahl zwischen 3 und 40 sein "
                "(km/h), gelesen wurde {value!r}",
                value=speed,
            )
        )
    return TourSettings(cycling_speed_kmh=float(speed))
