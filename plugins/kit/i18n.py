"""One translation system: German source texts, translated from YAML catalogues.

Templates (`{{ _("Öffnungszeiten") }}`), labels made in Python (`translate("Aktuelles", lang)`) and
the messages editors see (`message("Feld '{name}' fehlt", name="title")`) all look their German
text up in `translations/<lang>.yaml` of the theme and of each plugin folder. German is the
source, so a German text needs no entry; every other language needs one for each text (a test
checks the English catalogue against every text the code and templates use).

Editors read messages in German unless `EDITOR_LANGUAGE` (the setting, or the environment
variable of that name) is "en": for the town's IT and for tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCE_LANGUAGE = "de"
EDITOR_LANGUAGES = ("de", "en")
_editor_language: str | None = None


def load_catalogues(folders: Iterable[Path]) -> dict[str, dict[str, str]]:
    """Merge `translations/<lang>.yaml` of every folder: {lang: {German text: translation}}."""
    catalogues: dict[str, dict[str, str]] = {}
    for folder in folders:
        for path in sorted((Path(folder) / "translations").glob("*.yaml")):
            entries = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CBaseLoader) or {}
            catalogues.setdefault(path.stem, {}).update(entries)
    return catalogues


def catalogue_folders() -> list[Path]:
    """The theme and every plugin folder that has translations."""
    plugins = sorted(p.parent for p in (ROOT / "plugins").glob("*/translations") if p.is_dir())
    return [ROOT / "theme", *plugins]


@cache
def all_catalogues() -> dict[str, dict[str, str]]:
    """Every catalogue of the theme and all plugins (messages may come from any of them)."""
    return load_catalogues(catalogue_folders())


def translate(text: str, lang: str, /, catalogues: dict | None = None, **values) -> str:
    """`text` (German) in `lang`, with `{name}` placeholders filled from `values`."""
    if lang not in (SOURCE_LANGUAGE, "ls"):
        text = (
            (catalogues if catalogues is not None else all_catalogues())
            .get(lang, {})
            .get(text, text)
        )
    return text.format(**values) if values else text


def editor_language() -> str:
    """The language of editors' messages: set by the build, else the environment, else German."""
    if _editor_language:
        return _editor_language
    wanted = os.environ.get("EDITOR_LANGUAGE", "").strip().lower()
    return wanted if wanted in EDITOR_LANGUAGES else SOURCE_LANGUAGE


@contextmanager
def editor_language_restored():
    """Whatever a build sets (its EDITOR_LANGUAGE setting) ends with it: the next build in the
    same process (a test, the preview's next run) starts from the environment again."""
    before = _editor_language
    try:
        yield
    finally:
        set_editor_language(before)


def set_editor_language(lang: str | None) -> None:
    """Called with the EDITOR_LANGUAGE setting at the start of a build; None: environment."""
    global _editor_language
    _editor_language = lang if lang in EDITOR_LANGUAGES else None


def message(text: str, /, **values) -> str:
    """An editor's message (or a part of one: the what or the fix) in the editor's language.

    Write the German text with placeholders, never an f-string: the text is the catalogue key.
    `message("Feld '{name}': das Datum {raw} gibt es nicht", name="start", raw="31.02.2027")`
    """
    return translate(text, editor_language(), **values)


def german(text: str, /) -> str:
    """Marks a German text that is kept as a constant and passed to message() or translate()
    later: it returns the text unchanged, and the catalogue test finds it by this call."""
    return text
