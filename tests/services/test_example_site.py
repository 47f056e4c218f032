"""The example site in content/: every service page, the catalogue and the topic translations."""

import json

import yaml

from plugins.services.pages import TRANSLATIONS
from tests.conftest import ROOT

from .helpers import json_ld, soup


def test_every_service_in_catalogue_with_json_ld(site):
    data = json.loads((site / "services.json").read_text(encoding="utf-8"))
    german = list((ROOT / "content/rathaus/leistungen").glob("*.md"))
    german = [p for p in german if p.name != "index.md" and p.suffixes == [".md"]]
    assert data["figures"]["services"] == len(german) >= 15
    for entry in data["services"]:
        url = entry["url"].split("://", 1)[1].split("/", 1)[1]
        (ld,) = json_ld(soup(site, "/" + url))
        assert ld["@type"] == "GovernmentService"
        assert ld["serviceOperator"]["@type"] in ("GovernmentOffice", "TouristInformationCenter")
        assert ld["identifier"]["value"] == entry["leika"]


def test_every_topic_has_an_english_name(site):
    english = yaml.safe_load((TRANSLATIONS / "en.yaml").read_text(encoding="utf-8"))
    data = json.loads((site / "services.json").read_text(encoding="utf-8"))
    assert set(data["figures"]["by_topic"]) <= set(english)
