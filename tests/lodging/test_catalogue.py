"""Every German text the lodging plugin shows or reports has an English translation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from plugins.lodging.facets import dimensions
from plugins.lodging.schema import CATEGORIES, RFA_GROUPS, RFA_LEVELS, SCHEMES
from plugins.lodging.settings import DEFAULT_AMENITIES

PLUGIN = Path(__file__).resolve().parents[2] / "plugins" / "lodging"


def texts() -> set[str]:
    found = set()
    for module in PLUGIN.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("message", "translate")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    for template in (PLUGIN / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        found |= {m.group(2) for m in re.finditer(r"""_\(\s*(["'])(.+?)\1""", text)}
    found |= {d.label for d in dimensions(DEFAULT_AMENITIES)}
    found |= set(CATEGORIES) | set(RFA_GROUPS) | set(RFA_LEVELS) | set(DEFAULT_AMENITIES)
    found |= {name for name, _, _ in SCHEMES.values()}
    return found


def test_every_text_has_an_english_entry():
    catalogue = yaml.load(
        (PLUGIN / "translations" / "en.yaml").read_text(encoding="utf-8"), Loader=yaml.CBaseLoader
    )
    found = texts()
    assert len(found) > 60
    assert sorted(found - set(catalogue)) == []
