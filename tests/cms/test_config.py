"""The editor's configuration and page, generated from the content schemas."""

from __future__ import annotations

import pytest
import yaml

from plugins.cms import editor_config
from plugins.cms.admin import admin_page
from plugins.frontmatter.schema import TYPES
from plugins.site.build import import_plugins
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def config() -> dict:
    settings = import_plugins(str(ROOT / "pelicanconf.py"))  # every plugin registers its type
    return editor_config({**settings, "CMS_LOCAL_BACKEND": {"url": "http://localhost:8081/api/v1"}})


def collection(config: dict, name: str) -> dict:
    return next(c for c in config["collections"] if c["name"] == name)


def field(fields: list, name: str) -> dict:
    return next(f for f in fields if f["name"] == name)


def test_one_collection_per_content_type(config):
    assert [c["name"] for c in config["collections"]] == list(TYPES)
    service = collection(config, "service")
    assert service["folder"] == "content/rathaus/leistungen"
    assert (service["extension"], service["format"], service["create"]) == (
        "md",
        "frontmatter",
        True,
    )
    assert config["locale"] == "de"


@pytest.mark.parametrize("type_name", ["service", "office", "event", "alert", "news"])
def test_required_exactly_as_the_validator(config, type_name):
    fields = collection(config, type_name)["fields"]
    for name, spec in TYPES[type_name].all_fields().items():
        if name in ("type", "default_type"):
            continue
        assert field(fields, name)["required"] is spec.required, name


def test_widgets_by_kind(config):
    service = collection(config, "service")["fields"]
    assert field(service, "office") == {
        **field(service, "office"),
        "widget": "relation",
        "collection": "office",
        "value_field": "{{slug}}",
    }
    assert field(service, "fees")["field"]["widget"] == "string"
    legal = field(service, "legal_basis")
    assert [f["name"] for f in legal["fields"]] == ["title", "url"]
    assert field(service, "type") == {"name": "type", "widget": "hidden", "default": "service"}
    event = collection(config, "event")["fields"]
    assert field(event, "start")["format"] == "YYYY-MM-DD HH:mm"
    assert field(event, "cancelled")["widget"] == "boolean"
    news = collection(config, "news")["fields"]
    assert field(news, "date")["format"] == "YYYY-MM-DD"
    assert field(news, "date")["time_format"] is False
    alert = collection(config, "alert")["fields"]
    assert field(alert, "level")["options"] == ["info", "warning", "emergency"]


def test_required_parts_of_an_optional_group_do_not_block_saving(config):
    image = field(collection(config, "service")["fields"], "image")
    assert image["required"] is False
    assert field(image["fields"], "src")["required"] is False
    assert "Pflicht, wenn" in field(image["fields"], "src")["hint"]
    geo = field(collection(config, "poi")["fields"], "geo")  # a required group stays strict
    assert field(geo["fields"], "lat")["required"] is True


def test_built_admin_folder(mini_site):
    admin = mini_site / "admin"
    html = (admin / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in html
    assert "<script>" not in html and "//" not in html.replace("http-equiv", "")
    assert (admin / "decap-cms.js").stat().st_size > 1_000_000
    assert len(list(admin.glob("*.decap-cms.js"))) > 10  # chunks loaded at run time
    config = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["name"] == "gitea"
    assert config["local_backend"] == {"url": "http://127.0.0.1:8081/api/v1"}


def test_admin_page_under_a_sub_path():
    html = admin_page("Musterstadt", "https://example.org/stadt/")
    assert 'src="https://example.org/stadt/admin/decap-cms.js"' in html
