"""Every German text the fetch report can show has an English entry in its plugin's catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
PLUGINS = ["fetch", "council"]


def german_texts(path: Path) -> set[str]:
    """The first argument of message(…), the two texts of counted(…) and of a ListFile(…)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        texts = {"message": node.args[:1], "counted": node.args[1:3], "ListFile": node.args[3:5]}
        for argument in texts.get(name, []):
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
            if isinstance(argument, ast.IfExp):  # message(a if … else b)
                found |= {
                    a.value for a in (argument.body, argument.orelse) if isinstance(a, ast.Constant)
                }
    return found


@pytest.mark.parametrize("plugin", PLUGINS)
def test_every_message_has_an_english_entry(plugin):
    folder = ROOT / "plugins" / plugin
    catalogue = yaml.safe_load((folder / "translations" / "en.yaml").read_text(encoding="utf-8"))
    texts = set().union(*(german_texts(path) for path in folder.glob("*.py")))
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
