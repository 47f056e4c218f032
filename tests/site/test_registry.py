"""The engine's seams: a content type, its templates, translations, static files and data files
come from its own plugin folder; builds may use a subset of plugins; requirements are checked."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pelican.settings import read_settings

from plugins.frontmatter.schema import unregister_type
from plugins.site import datafiles
from plugins.site.archetypes import create
from plugins.site.registry import active_types
from tests.helpers import ROOT, build_files, check_files, write_files

PLUGIN = "ausflug_testplugin"  # a plugin outside plugins/, found through PLUGIN_PATHS

THROWAWAY = {
    f"{PLUGIN}/__init__.py": '''
        """Throw-away type for the registry test: day trips with a destination."""

        from plugins.site import signals
        from plugins.site.datafiles import DataReader, register_reader

        from . import schema  # noqa: F401


        def read_stops(file):
            lines = file.read_bytes().decode().splitlines()
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    file.problem(number, "empty line", "delete it")
            return [line for line in lines if line.strip()]


        def add_stops(index):
            for item in index.of_type("ausflug"):
                entries = index.data_files.beside("ausflug-stops", item.folder)
                item.data["stops"] = [stop for entry in entries for stop in entry.records]


        def register():
            register_reader(DataReader("ausflug-stops", ("stops.csv",), read_stops))
            signals.index_ready.connect(add_stops)
        ''',
    f"{PLUGIN}/schema.py": """
        from plugins.frontmatter.fields import Text
        from plugins.frontmatter.schema import Schema, register_type

        register_type(
            Schema(
                name="ausflug",
                label="Ausflug",
                folder="tourismus/ausfluege",
                description="Ein Ausflug in die Umgebung.",
                fields={"ziel": Text(help="Wohin", example="Burg Frankenstein", required=True)},
                example_title="Zur Burg",
                example_summary="Ein halber Tag auf der Burg.",
                search_label="Ausflug",
                search_rank=35,
            )
        )
        """,
    f"{PLUGIN}/templates/ausflug.html": """
        {% extends "page.html" %}
        {% block content %}<p class="ausflug-ziel">{{ _("Ziel") }}: {{ item.meta.ziel }}</p>
        <p class="ausflug-stops">{{ item.data.stops | length }}</p>{{ super() }}{% endblock %}
        """,
    # The same file name as the services plugin's template: it must not replace that one.
    f"{PLUGIN}/templates/service.html": "SHADOWED\n",
    f"{PLUGIN}/translations/en.yaml": '"Ausflug": "Day trip"\n"Ziel": "Destination"\n',
    f"{PLUGIN}/static/ausflug.css": ".ausflug-ziel { font-weight: bold; }\n",
}

CONTENT = {
    "index.md": "---\ntitle: Start\n---\n",
    "index.en.md": "---\ntitle: Home\n---\n",
    "tourismus/index.md": "---\ntitle: Tourismus\n---\n",
    "tourismus/ausfluege/index.md": "---\ntitle: Ausflüge\ndefault_type: ausflug\n---\n",
    "tourismus/ausfluege/burg.md": "---\ntitle: Zur Burg\nsummary: Ein Tag.\nziel: Burg\n---\n",
    "tourismus/ausfluege/burg.en.md": "---\ntitle: To the castle\nziel: Castle\n---\n",
    "tourismus/ausfluege/stops.csv": "Parkplatz\nTor\nTurm\n",
}


@pytest.fixture
def throwaway(tmp_path):
    """The plugin folder, importable; the type and reader are removed again afterwards."""
    folder = write_files(tmp_path / "extra", THROWAWAY)
    sys.path.insert(0, str(folder))
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    plugins = [*settings["PLUGINS"], PLUGIN]
    yield {"PLUGINS": plugins, "PLUGIN_PATHS": [str(folder)]}
    unregister_type("ausflug")
    datafiles.READERS.pop("ausflug-stops", None)
    sys.path.remove(str(folder))
    for name in [n for n in sys.modules if n.startswith(PLUGIN)]:
        del sys.modules[name]


def test_a_new_type_is_one_folder(tmp_path, throwaway):
    code, report, out = build_files(tmp_path, CONTENT, **throwaway)
    assert code == 0, report
    page = (out / "tourismus/ausfluege/burg/index.html").read_text(encoding="utf-8")
    assert '<p class="ausflug-ziel">Ziel: Burg</p>' in page
    assert '<p class="ausflug-stops">3</p>' in page  # the data file beside it, read by its reader
    english = (out / "en/tourismus/ausfluege/burg/index.html").read_text(encoding="utf-8")
    assert "Destination: Castle" in english  # its own catalogue
    assert (out / f"static/{PLUGIN}/ausflug.css").is_file()  # its own static files
    assert not (out / "tourismus/ausfluege/stops.csv").exists()  # read, not published

    manifest = json.loads((out / "search/de/manifest.json").read_text(encoding="utf-8"))
    assert ["ausflug", "Ausflug"] in manifest["types"]
    english_types = json.loads((out / "search/en/manifest.json").read_text(encoding="utf-8"))
    assert ["ausflug", "Day trip"] in english_types["types"]


def test_a_new_type_is_in_reference_new_and_editor(tmp_path, throwaway):
    from plugins.cms import editor_config
    from plugins.reference import render_reference

    settings = read_settings(str(ROOT / "pelicanconf.py"), override=throwaway)
    __import__(PLUGIN).register()
    types = active_types(settings)
    assert "ausflug" in types
    assert "## Ausflug (`ausflug`)" in render_reference(types)
    collections = {c["name"]: c for c in editor_config(settings)["collections"]}
    assert collections["ausflug"]["folder"] == "content/tourismus/ausfluege"

    content = write_files(
        tmp_path / "content", {k: v for k, v in CONTENT.items() if "burg" not in k}
    )
    path = create(content, "ausflug", "Zum Turm")
    assert path == content / "tourismus/ausfluege/zum-turm.md"
    text = path.read_text(encoding="utf-8")
    line = text.splitlines().index("ziel: Burg Frankenstein") + 1
    code, report = check_files(tmp_path, {}, **throwaway)
    assert code == 1  # its example values are placeholders too, with no code of its own
    assert f"zum-turm.md:{line}: field 'ziel': it still holds the example value" in report
    filled = text.replace("Burg Frankenstein", "Turm").replace("Text der Seite.", "Hinauf!")
    path.write_text(filled, encoding="utf-8")
    code, report = check_files(tmp_path, {}, **throwaway)
    assert code == 0, report


def test_templates_are_namespaced_by_plugin(tmp_path, throwaway):
    files = {
        **CONTENT,
        "rathaus/index.md": "---\ntitle: Rathaus\n---\n",
        "rathaus/amt.md": "---\ntype: office\ntitle: Amt\n---\n",
        "rathaus/perso.md": "---\ntype: service\ntitle: Perso\nsummary: S.\noffice: amt\n---\n",
    }
    code, report, out = build_files(tmp_path, files, **throwaway)
    assert code == 0, report
    html = (out / "rathaus/perso/index.html").read_text(encoding="utf-8")
    assert "SHADOWED" not in html and 'data-template="service"' in html


def test_a_build_with_a_subset_of_plugins(tmp_path):
    files = {
        "index.md": "---\ntitle: Start\n---\n",
        "rathaus/amt.md": "---\ntype: office\ntitle: Amt\nopening_hours: Mo 08:00-12:00\n---\n",
    }
    code, report, out = build_files(tmp_path, files, PLUGINS=["plugins.offices"])
    assert code == 0, report
    assert (out / "rathaus/amt/index.html").is_file()
    assert sorted(p.name for p in (out / "static").iterdir()) == ["offices"]
    assert not (out / "search").exists()  # the search plugin is not listed: it did not run
    assert not (out / "sitemap.xml").exists()


def test_a_type_of_an_unlisted_plugin_is_unknown(tmp_path):
    files = {"index.md": "---\ntitle: Start\n---\n", "n.md": "---\ntype: news\ntitle: N\n---\n"}
    code, report = check_files(tmp_path, files, PLUGINS=["plugins.offices"])
    assert code == 1
    assert "n.md:2: unknown type 'news'" in report


def test_a_missing_requirement_is_a_clear_error(tmp_path):
    code, report, _ = build_files(
        tmp_path, {"index.md": "---\ntitle: Start\n---\n"}, PLUGINS=["plugins.services"]
    )
    assert code == 1
    assert "Traceback" not in report
    assert "'plugins.services' needs 'plugins.offices'" in report


def test_data_file_problems_name_file_and_line(tmp_path, throwaway):
    files = {**CONTENT, "tourismus/ausfluege/stops.csv": "Parkplatz\n\nTurm\n"}
    code, report = check_files(tmp_path, files, **throwaway)
    assert code == 1
    assert "tourismus/ausfluege/stops.csv:2: empty line — delete it" in report


def test_plugin_files_of_the_repository_are_namespaced():
    """Every plugin template is reached as '<plugin>/<file>': no bare names across plugins."""
    plugins = ROOT / "plugins"
    templates = [*plugins.glob("*/templates/**/*.html"), *(ROOT / "theme").glob("**/*.html")]
    inside = [t.relative_to(plugins).parts[2:] for t in plugins.glob("*/templates/**/*.html")]
    names = {"/".join(parts) for parts in inside}  # "poi.html", "components/figure.html"
    for template in templates:
        text = template.read_text(encoding="utf-8")
        for name in names:
            assert f'"{name}"' not in text, f"{template} names {name} without its plugin"


def test_throwaway_plugin_is_gone_afterwards():
    from plugins.frontmatter.schema import COMMON_FIELDS, TYPES

    assert "ausflug" not in TYPES and "ausflug" not in COMMON_FIELDS["type"].options
    assert Path(ROOT / "plugins" / PLUGIN).exists() is False


def test_the_requirement_message_is_german_for_editors(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
    code, report, _ = build_files(
        tmp_path, {"index.md": "---\ntitle: Start\n---\n"}, PLUGINS=["plugins.services"]
    )
    assert code == 1
    assert "Das Plugin 'plugins.services' braucht 'plugins.offices'" in report
