"""One catalogue: every German text the code and the templates use has its English entry, and
every English entry is used. A message in one language only fails here.

The source is read, not run: every call of message(), translate(), german() and `.label()` with a
literal German text (in plugins/ and tasks.py), every `_("…")` in a template, and the German label
of every registered content type.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import yaml

from plugins.frontmatter.schema import TYPES
from plugins.frontmatter.yamlblock import FrontMatterError, parse
from tests.conftest import ROOT

CALLS = {"message", "translate", "german", "label"}
ALL_ARGUMENTS = {"counted"}  # counted(n, "{count} Sitzung", "{count} Sitzungen")
TEMPLATE_TEXT = re.compile(r"""_\(\s*(["'])(.+?)\1""")
CATALOGUE_FOLDERS = [ROOT / "theme", *sorted(p for p in (ROOT / "plugins").iterdir() if p.is_dir())]


def python_files() -> list[Path]:
    return [ROOT / "tasks.py", *sorted((ROOT / "plugins").rglob("*.py"))]


def called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def texts_in_python(path: Path, root: Path = ROOT) -> dict[str, str]:
    """{German text: 'file:line'} of every catalogue call with a literal text."""
    found = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = called_name(node)
        texts = node.args if name in ALL_ARGUMENTS else node.args[:1] if name in CALLS else []
        for text in texts:
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.setdefault(text.value, f"{path.relative_to(root)}:{node.lineno}")
    return found


def texts_in_templates() -> dict[str, str]:
    found = {}
    for folder in CATALOGUE_FOLDERS:
        for template in sorted((folder / "templates").rglob("*.html")):
            for match in TEMPLATE_TEXT.finditer(template.read_text(encoding="utf-8")):
                found.setdefault(match.group(2), str(template.relative_to(ROOT)))
    return found


def type_labels() -> dict[str, str]:
    """The German labels of every content type, as the registry translates them."""
    for schema_module in sorted((ROOT / "plugins").glob("*/schema.py")):
        importlib.import_module(f"plugins.{schema_module.parent.name}.schema")
    found = {}
    for schema in TYPES.values():
        for text in (schema.label, schema.search_label):
            if text:
                found.setdefault(text, f"type '{schema.name}'")
    return found


def used_texts() -> dict[str, str]:
    found = {**texts_in_templates(), **type_labels()}
    for path in python_files():
        for text, where in texts_in_python(path).items():
            found.setdefault(text, where)
    return found


def english_entries() -> dict[str, str]:
    """{German text: catalogue file} over the theme and every plugin folder."""
    entries = {}
    for folder in CATALOGUE_FOLDERS:
        path = folder / "translations" / "en.yaml"
        if path.exists():
            for text in yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CBaseLoader) or {}:
                entries.setdefault(text, str(path.relative_to(ROOT)))
    return entries


def test_the_scan_finds_messages_of_the_core_and_of_new_plugins():
    used = used_texts()
    assert "Fertig nach {seconds} s." in used  # plugins/site
    assert any(where.startswith("plugins/frontmatter/") for where in used.values())
    assert any(where.startswith("tasks.py") for where in used.values())
    for plugin in ("waste", "jobs", "lodging", "council", "town", "fetch", "tours"):
        assert any(where.startswith(f"plugins/{plugin}/") for where in used.values()), plugin


def test_every_german_text_has_an_english_entry():
    english = english_entries()
    missing = [
        f"{where}: {text!r}" for text, where in sorted(used_texts().items()) if text not in english
    ]
    assert not missing, "add an English entry to the plugin's translations/en.yaml:\n" + "\n".join(
        missing
    )


def content_values() -> set[str]:
    """Every text value in the example content's front matter: some entries translate values
    that editors choose (a service's topics such as 'Umzug'), not texts of the code."""
    found = set()

    def collect(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, list):
            for entry in value:
                collect(entry)
        elif isinstance(value, dict):
            for entry in value.values():
                collect(entry)

    for path in (ROOT / "content").rglob("*.md"):
        try:
            collect(parse(path.read_text(encoding="utf-8")).data)
        except FrontMatterError:
            continue
    return found


def test_every_english_entry_is_used():
    used = {**used_texts(), **dict.fromkeys(content_values(), "content/")}
    unused = [
        f"{where}: {text!r}"
        for text, where in sorted(english_entries().items())
        if text not in used
    ]
    assert not unused, "delete these entries (no code or template uses them):\n" + "\n".join(unused)


def test_placeholders_are_the_same_in_both_languages():
    english = {}
    for folder in CATALOGUE_FOLDERS:
        path = folder / "translations" / "en.yaml"
        if path.exists():
            english.update(
                yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CBaseLoader) or {}
            )
    field = re.compile(r"\{(\w*)\}")
    wrong = [
        f"{de!r} -> {en!r}"
        for de, en in english.items()
        if set(field.findall(de)) != set(field.findall(en))
    ]
    assert not wrong, wrong


def test_a_text_in_one_language_only_is_found(tmp_path):
    source = tmp_path / "x.py"
    source.write_text(
        "from plugins.kit.i18n import german, message\n"
        'WHAT = german("Nur auf Deutsch")\n'
        'message("Nur auf Deutsch {text}", text=WHAT)\n'
    )
    found = texts_in_python(source, tmp_path)
    assert found == {"Nur auf Deutsch": "x.py:2", "Nur auf Deutsch {text}": "x.py:3"}
    assert not set(found) & set(english_entries())
