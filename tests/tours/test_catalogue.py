"""Every German text the tours plugin shows or reports has an English translation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from plugins.tours.filters import DIMENSIONS
from plugins.tours.profile import KIND_LABELS

PLUGIN = Path(__file__).resolve().parents[2] / "plugins" / "tours"


def texts_in_code() -> set[str]:
    found = set()
    for module in PLUGIN.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("message", "translate", "german")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    filter_labels = {d.label for d in DIMENSIONS} | {v.label for d in DIMENSIONS for v in d.values}
    return found | set(KIND_LABELS.values()) | filter_labels | texts_in_templates() | {"Tour"}


def texts_in_templates() -> set[str]:
    found = set()
    for template in (PLUGIN / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        found |= {m.group(2) for m in re.finditer(r"""_\(\s*(["'])(.+?)\1""", text)}
    return found


def test_every_text_has_an_english_entry():
    catalogue = yaml.load(
        (PLUGIN / "translations" / "en.yaml").read_text(encoding="utf-8"), Loader=yaml.CBaseLoader
    )
    texts = texts_in_code()
    assert len(texts) > 30  # the scan finds the messages (a broken scan would find none)
    assert sorted(texts - set(catalogue)) == []
    assert sorted(set(catalogue) - texts) == []  # and no stale entries
