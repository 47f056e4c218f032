"""Every German text the fetch report can show has an English entry in its plugin's catalogue."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
PLUGINS = ["fetch", "council"]


def german_texts(path: Path) -> set[str]:
    """The first argument of message(…) and german(…), the two texts of counted(…)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        texts = {"message": node.args[:1], "german": node.args[:1], "counted": node.args[1:3]}
        for argument in texts.get(name, []):
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
            if isinstance(argument, ast.IfExp):  # message(a if … else b)
                found |= {
                    a.value for a in (argument.body, argument.orelse) if isinstance(a, ast.Constant)
                }
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        # Page titles given to index.label() from a module-level TITLES = {...}.
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "TITLES":
            found |= {v.value for v in node.value.values if isinstance(v, ast.Constant)}
    return found


TEMPLATE_TEXT = re.compile(r"""_\(\s*(["'])(.+?)\1""")


def template_texts(folder: Path) -> set[str]:
    """The German texts of `{{ _("…") }}` in the plugin's templates."""
    return {
        match.group(2)
        for path in folder.glob("templates/**/*.html")
        for match in TEMPLATE_TEXT.finditer(path.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize("plugin", PLUGINS)
def test_every_message_has_an_english_entry(plugin):
    folder = ROOT / "plugins" / plugin
    catalogue = yaml.safe_load((folder / "translations" / "en.yaml").read_text(encoding="utf-8"))
    texts = set().union(*(german_texts(path) for path in folder.glob("*.py")))
    texts |= template_texts(folder)
    assert len(texts) > 20
    assert sorted(texts - set(catalogue)) == []
    assert sorted(set(catalogue) - texts) == []  # no stale entries either


@pytest.mark.parametrize("plugin", PLUGINS)
def test_translations_keep_the_placeholders(plugin):
    catalogue = yaml.safe_load(
        (ROOT / "plugins" / plugin / "translations" / "en.yaml").read_text(encoding="utf-8")
    )
    for german, english in catalogue.items():
        assert sorted(_placeholders(german)) == sorted(_placeholders(english)), german


def _placeholders(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]
