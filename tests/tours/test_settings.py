"""The TOURS setting: defaults, overrides, and a clear message for a bad value."""

from __future__ import annotations

import pytest

from plugins.tours.settings import SettingsError, TourSettings, tour_settings

# These tests pin the German wording editors read.
pytestmark = pytest.mark.usefixtures("german")


def test_defaults_and_override():
    assert tour_settings({}) == TourSettings(cycling_speed_kmh=15.0)
    assert tour_settings({"TOURS": {"cycling_speed_kmh": 18}}).cycling_speed_kmh == 18.0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            {"cycling_speed_kmh": 0},
            "TOURS: 'cycling_speed_kmh' muss eine Zahl zwischen 3 und 40 "
            "sein (km/h), gelesen wurde 0",
        ),
        (
            {"cycling_speed_kmh": "15"},
            "TOURS: 'cycling_speed_kmh' muss eine Zahl zwischen 3 und "
            "40 sein (km/h), gelesen wurde '15'",
        ),
        ({"speed": 15}, "TOURS: unbekannte Einstellung speed"),
    ],
)
def test_bad_values(value, message):
    with pytest.raises(SettingsError) as error:
        tour_settings({"TOURS": value})
    assert str(error.value) == message
