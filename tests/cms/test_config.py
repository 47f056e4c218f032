"""The editor's configuration and page, generated from the content schemas."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from bs4 import BeautifulSoup

from plugins.cms import editor_config, editor_csp
from plugins.cms.admin import SVELTIA, admin_page, meta_policy, rewrite_bundle
from plugins.frontmatter.schema import TYPES
from plugins.kit.i18n import set_editor_language
from plugins.site.build import import_plugins
from plugins.town.townfile import town_settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def config() -> dict:
    settings = import_plugins(str(ROOT / "pelicanconf.py"))  # every plugin registers its type
    return editor_config({**settings, "SITENAME": "Musterstadt"})


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
    assert config["app_title"] == "Redaktion – Musterstadt"


def test_sveltia_accepts_the_configuration(config):
    """Sveltia's own JSON schema of its configuration, shipped in the npm package."""
    schema = json.loads((SVELTIA / "schema" / "sveltia-cms.json").read_text(encoding="utf-8"))
    errors = [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in jsonschema.Draft7Validator(schema).iter_errors(config)
    ]
    assert errors == []


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
    csp = editor_csp(town_settings(ROOT / "town.yml"))  # the demo town's backend
    html = (admin / "index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in html
    assert "<script>" not in html
    meta = BeautifulSoup(html, "html.parser").find("meta", attrs={"http-equiv": True})
    assert (meta["http-equiv"], meta["content"]) == ("Content-Security-Policy", meta_policy(csp))
    assert "frame-ancestors" in csp and "frame-ancestors" not in meta_policy(csp)
    bundle = (admin / "sveltia-cms.js").read_text(encoding="utf-8")
    assert len(bundle) > 1_000_000
    # Its CDN addresses point at /admin/, which holds what they name.
    assert "cdn.jsdelivr.net" not in bundle and "`https://unpkg.com/@sveltia/cms`" not in bundle
    assert bundle.count("/admin/fonts/") == 3
    version = json.loads((admin / "sveltia" / "package.json").read_text())["version"]
    assert json.loads((admin / f"sveltia@{version}" / "locales" / "de.json").read_text())
    assert sorted(p.name for p in (admin / "fonts").glob("*.woff2")) == [
        "material-symbols-outlined.woff2",
        "noto-mono.woff2",
        "source-sans-3.woff2",
    ]
    config = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["name"] == "gitea"
    assert "local_backend" not in config  # Sveltia works on a local clone without a proxy
    assert config["logo"] == {"src": "/town/wappen.svg"}
    assert (mini_site / "town" / "wappen.svg").is_file()


def test_admin_page_under_a_sub_path():
    html = admin_page("Redaktion – Musterstadt", "https://example.org/stadt/")
    assert 'src="https://example.org/stadt/admin/sveltia-cms.js"' in html
    assert 'href="https://example.org/stadt/admin/config.yml"' in html
    assert "<title>Redaktion – Musterstadt</title>" in html


def test_bundle_addresses_under_a_sub_path():
    bundle = (SVELTIA / "dist" / "sveltia-cms.js").read_text(encoding="utf-8")
    text = rewrite_bundle(bundle, "https://example.org/stadt/")
    assert "`https://example.org/stadt/admin/sveltia`" in text
    assert "url(https://example.org/stadt/admin/fonts/source-sans-3.woff2)" in text


@pytest.mark.parametrize(
    ("lang", "fix"),
    [("de", "passen Sie plugins/cms/admin.py an"), ("en", "adapt plugins/cms/admin.py")],
)
def test_a_changed_bundle_stops_the_build_with_a_message(lang, fix):
    set_editor_language(lang)
    try:
        with pytest.raises(ValueError) as caught:
            rewrite_bundle("no addresses in here")
    finally:
        set_editor_language(None)
    assert fix in str(caught.value)
