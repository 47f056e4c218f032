"""The town file (`town.yml`): everything that differs from town to town, read into settings.

Why one YAML file and not a block of Python settings: the people who fill it in are the town's
editors and IT, not developers. A YAML file with comments can be read and changed without
knowing Python, it is checked like the front matter of a page (German messages with file:line,
never a traceback), and an engine update never touches it (`pelicanconf.py` stays the engine's).

    settings = town_settings(Path("town.yml"))
    settings["SITENAME"]        # "Musterstadt"
    settings["TOWN"]["owner"]   # "Stadt Musterstadt": what templates and legal pages show
    settings["TOWN"]["lines"]   # {"land": 10, …}: the line of each top-level key
    settings["TOWN_PROBLEMS"]   # [Problem, ...]: the build stops with them (plugins.town)

`town_settings` never raises: a town file with mistakes still gives settings (with neutral
values), so Pelican starts and the build reports every mistake together.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from plugins.frontmatter import Problem
from plugins.kit.i18n import message

from . import colours
from .laender import UnknownLand, land, normalise_code, shown
from .yamllines import parse_with_lines

KINDS = ("Stadt", "Gemeinde", "Verbandsgemeinde", "Markt")
# How a kind reads in English, for SITE_NAME_EN when the town file gives no `name_en`.
KINDS_EN = {
    "Stadt": "Town of {name}",
    "Gemeinde": "Municipality of {name}",
    "Verbandsgemeinde": "Verbandsgemeinde {name}",
    "Markt": "Market town of {name}",
}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
URL = re.compile(r"^https?://[^\s/]+[^\s]*$")
PHONE = re.compile(r"^\+?[\d][\d \-/()]{4,}$")
POSTAL_CODE = re.compile(r"^\d{5}$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
PICTURE_SUFFIXES = (".svg", ".png")
QUOTED_COLOUR = '"#0b4f8a" (in Anführungszeichen: sonst liest YAML # als Kommentar)'

# key: (required?, kind). Kinds: text, email, url, phone, kind, land, address, contact, picture,
# colours, links, person, tasks, closing_days, editor.
FIELDS: dict[str, tuple[bool, str]] = {
    "name": (True, "text"),
    "kind": (True, "kind"),
    "name_en": (False, "text"),
    "land": (True, "land"),
    "url": (True, "url"),
    "address": (True, "address"),
    "phone": (True, "phone"),
    "email": (True, "email"),
    "accessibility_contact": (False, "contact"),
    "security_contact": (False, "contact"),
    "tourist_information": (False, "contact"),
    "logo": (True, "picture"),
    "coat_of_arms": (False, "picture"),
    "colours": (True, "colours"),
    "links": (False, "links"),
    "impressum": (True, "impressum"),
    "data_protection_officer": (True, "contact"),
    "top_tasks": (False, "tasks"),
    "closing_days": (False, "closing_days"),
    "editor": (False, "editor"),
    "data_sources": (False, "data_sources"),
}
ADDRESS_KEYS = {"street": True, "postal_code": True, "city": True}
CONTACT_KEYS = {"name": False, "role": False, "email": False, "phone": False, "url": False}
CONTACT_KEYS_WITH_ADDRESS = {**CONTACT_KEYS, "address": False}
IMPRESSUM_KEYS = {"represented_by": True, "responsible": True, "supervisory_authority": False}


def town_settings(path: str | Path) -> dict[str, Any]:
    """Pelican settings from the town file at `path`; problems in TOWN_PROBLEMS."""
    path = Path(path).resolve()
    reader = _TownReader(path)
    town = reader.read()
    lines = {key[0]: line for key, line in reader.lines.items() if len(key) == 1}
    return settings_of(town, path, reader.problems, lines)


def settings_of(
    town: dict, path: Path, problems: list[Problem], lines: dict[str, int] | None = None
) -> dict[str, Any]:
    """The settings the engine reads, from a checked town (missing values neutral)."""
    name = town.get("name") or "Ort"
    kind = town.get("kind") or "Stadt"
    owner = f"{kind} {name}"
    name_en = town.get("name_en") or KINDS_EN.get(kind, "{name}").format(name=name)
    url = (town.get("url") or "").rstrip("/")
    folder = path.parent
    town_data = {
        **town,
        "owner": owner,
        "owner_en": name_en,
        "url": url,
        "host": re.sub(r"^https?://", "", url),
        "phone_uri": tel_uri(town["phone"]) if town.get("phone") else None,
        "accessibility_email": (town.get("accessibility_contact") or {}).get("email")
        or town.get("email"),
        "file": str(path),
        "file_shown": shown(path),
        "lines": lines or {},
        "folder": str(folder),
        "logo_url": picture_url(town.get("logo")),
        "coat_of_arms_url": picture_url(town.get("coat_of_arms") or town.get("logo")),
    }
    settings: dict[str, Any] = {
        "TOWN": town_data,
        "TOWN_FILE": str(path),
        "TOWN_PROBLEMS": list(problems),
        "SITENAME": name,
        "SITE_NAME_EN": name_en,
        "AUTHOR": owner,
        "LAND": town.get("land") or "HE",
        "CLOSING_DAYS": town.get("closing_days") or [],
        "TOP_TASKS": town.get("top_tasks") or [],
        "PUBLIC_URL": url,
        "CMS_LOGO": town_data["logo_url"] or "",
    }
    security = town.get("security_contact") or {}
    contacts = []
    if security.get("email") or town.get("email"):
        contacts.append("mailto:" + (security.get("email") or town.get("email")))
    if security.get("phone") or town.get("phone"):
        contacts.append(tel_uri(security.get("phone") or town.get("phone")))
    settings["SECURITY_CONTACT"] = contacts
    if "data_sources" in town:
        settings["EXTERNAL_SOURCES"] = town["data_sources"]
    editor = town.get("editor") or {}
    if editor.get("backend"):
        settings["CMS_BACKEND"] = editor["backend"]
    return settings


def picture_url(name: str | None) -> str | None:
    """Where the plugin publishes a town picture: /town/<file name>."""
    return f"/town/{Path(name).name}" if name else None


def tel_uri(phone: str) -> str:
    digits = re.sub(r"[^\d+]", "", phone)
    if digits.startswith("0"):
        digits = "+49" + digits[1:]
    return "tel:" + digits


class _TownReader:
    """Reads the town file; each wrong value becomes a Problem at its line."""

    def __init__(self, path: Path):
        self.path = path
        self.shown = shown(path)
        self.problems: list[Problem] = []
        self.lines: dict[tuple, int] = {}

    def fail(self, keys: tuple, what: str, fix: str = "") -> None:
        while keys and keys not in self.lines:
            keys = keys[:-1]
        self.problems.append(Problem(self.shown, max(self.lines.get(keys, 1), 1), what, fix))

    def read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            self.fail(
                (),
                message("die Stadtdatei fehlt"),
                message(
                    "legen Sie sie an (Beschreibung: docs/stadtdatei.md) oder beginnen Sie"
                    " mit invoke init"
                ),
            )
            return {}
        try:
            data, self.lines = parse(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            self.lines = {(): mark.line + 1 if mark else 1}
            self.fail(
                (),
                message("kein gültiges YAML ({problem})", problem=getattr(error, "problem", error)),
                message("prüfen Sie Einrückung und Anführungszeichen"),
            )
            return {}
        if not isinstance(data, dict):
            self.fail((), message("die Stadtdatei ist leer oder keine Zuordnung"), "")
            return {}
        return self.town(data)

    def town(self, data: dict) -> dict[str, Any]:
        town: dict[str, Any] = {}
        for key in data:
            if key not in FIELDS:
                self.fail(
                    (key,),
                    message("unbekanntes Feld '{name}' in der Stadtdatei", name=key),
                    message("erlaubt sind {names}", names=", ".join(FIELDS)),
                )
        for key, (required, kind) in FIELDS.items():
            value = data.get(key)
            if value is None or value == "" or value == []:
                if required:
                    self.fail(
                        (),
                        message("das Pflichtfeld '{name}' fehlt in der Stadtdatei", name=key),
                        message("ergänzen Sie '{name}:' (siehe docs/stadtdatei.md)", name=key),
                    )
                continue
            checked = getattr(self, "check_" + kind)(value, (key,))
            if checked is not None:
                town[key] = checked
        return town

    # Single values ----------------------------------------------------------------------------

    def check_text(self, value: Any, keys: tuple) -> str | None:
        if isinstance(value, (dict, list)):
            self.fail(keys, message("'{field}': erwartet wird ein Text", field=_name(keys)), "")
            return None
        return str(value).strip()

    def _pattern(self, value: Any, keys: tuple, pattern: re.Pattern, example: str) -> str | None:
        text = self.check_text(value, keys)
        if text is not None and not pattern.match(text):
            self.fail(
                keys,
                message("'{field}': '{value}' ist ungültig", field=_name(keys), value=text),
                message("schreiben Sie es wie {example}", example=example),
            )
            return None
        return text

    def check_email(self, value: Any, keys: tuple) -> str | None:
        return self._pattern(value, keys, EMAIL, "rathaus@beispielhausen.de")

    def check_phone(self, value: Any, keys: tuple) -> str | None:
        return self._pattern(value, keys, PHONE, "06131 12-0")

    def check_url(self, value: Any, keys: tuple) -> str | None:
        return self._pattern(value, keys, URL, "https://www.beispielhausen.de")

    def check_kind(self, value: Any, keys: tuple) -> str | None:
        text = self.check_text(value, keys)
        if text is not None and text not in KINDS:
            self.fail(
                keys,
                message("'kind': '{value}' ist keine Art von Gemeinde", value=text),
                message("erlaubt sind {names}", names=", ".join(KINDS)),
            )
            return None
        return text

    def check_land(self, value: Any, keys: tuple) -> str | None:
        code = normalise_code(value)
        try:
            land(code)
        except UnknownLand as error:
            self.fail(keys, error.what, error.fix)
            return None
        return code

    def check_picture(self, value: Any, keys: tuple) -> str | None:
        text = self.check_text(value, keys)
        if text is None:
            return None
        file = self.path.parent / text
        if Path(text).suffix.lower() not in PICTURE_SUFFIXES:
            self.fail(
                keys,
                message(
                    "'{field}': '{value}' ist kein SVG- oder PNG-Bild", field=keys[0], value=text
                ),
                message("speichern Sie das Bild als .svg oder .png"),
            )
            return None
        if not file.is_file():
            self.fail(
                keys,
                message("'{field}': die Datei '{value}' gibt es nicht", field=keys[0], value=text),
                message("der Pfad gilt ab dem Ordner der Stadtdatei, z. B. town/wappen.svg"),
            )
            return None
        return text

    # Groups -----------------------------------------------------------------------------------

    def _group(self, value: Any, keys: tuple, allowed: dict[str, bool]) -> dict | None:
        if not isinstance(value, dict):
            self.fail(
                keys,
                message("'{field}' ist keine Gruppe von Feldern", field=_name(keys)),
                message("schreiben Sie die Felder eingerückt darunter"),
            )
            return None
        ok = True
        for key in value:
            if key not in allowed:
                ok = False
                self.fail(
                    (*keys, key),
                    message("'{field}': unbekanntes Feld '{name}'", field=_name(keys), name=key),
                    message("erlaubt sind {names}", names=", ".join(allowed)),
                )
        for key, required in allowed.items():
            if required and value.get(key) in (None, ""):
                ok = False
                self.fail(
                    keys,
                    message("'{field}': das Feld '{name}' fehlt", field=_name(keys), name=key),
                    "",
                )
        return value if ok else None

    def check_address(self, value: Any, keys: tuple) -> dict | None:
        group = self._group(value, keys, ADDRESS_KEYS)
        if group is None:
            return None
        code = str(group["postal_code"])
        if not POSTAL_CODE.match(code):
            self.fail(
                (*keys, "postal_code"),
                message("'{value}' ist keine fünfstellige Postleitzahl", value=code),
                message("schreiben Sie die Postleitzahl mit fünf Ziffern, z. B. 55116"),
            )
            return None
        return {k: str(v).strip() for k, v in group.items()}

    def check_contact(self, value: Any, keys: tuple) -> dict | None:
        group = self._group(value, keys, CONTACT_KEYS_WITH_ADDRESS)
        if group is None:
            return None
        checked: dict[str, Any] = {}
        for key, raw in group.items():
            if raw in (None, ""):
                continue
            kind = {"email": "email", "phone": "phone", "url": "url", "address": "address"}
            result = getattr(self, "check_" + kind.get(key, "text"))(raw, (*keys, key))
            if result is None:
                return None
            checked[key] = result
        return checked

    def check_impressum(self, value: Any, keys: tuple) -> dict | None:
        group = self._group(value, keys, IMPRESSUM_KEYS)
        if group is None:
            return None
        responsible = self.check_contact(group["responsible"], (*keys, "responsible"))
        if responsible is None:
            return None
        if not responsible.get("name"):
            self.fail(
                (*keys, "responsible"),
                message("'impressum.responsible': der Name der verantwortlichen Person fehlt"),
                message("nach § 18 Abs. 2 MStV ist eine natürliche Person zu nennen"),
            )
            return None
        result = {"represented_by": str(group["represented_by"]), "responsible": responsible}
        if group.get("supervisory_authority"):
            result["supervisory_authority"] = str(group["supervisory_authority"])
        return result

    def check_colours(self, value: Any, keys: tuple) -> dict | None:
        group = self._group(value, keys, {"primary": True, "accent": True})
        if group is None:
            return None
        result = {}
        for role in ("primary", "accent"):
            text = self._pattern(group[role], (*keys, role), COLOUR, QUOTED_COLOUR)
            if text is None:
                return None
            for what, fix in colours.problems(role, text.lower()):
                self.fail((*keys, role), what, fix)
            result[role] = text.lower()
        return result

    def check_links(self, value: Any, keys: tuple) -> list | None:
        if not isinstance(value, list):
            self.fail(
                keys,
                message("'links' ist keine Liste"),
                message("schreiben Sie je Link '- label: …' und darunter 'url: …'"),
            )
            return None
        links = []
        for number, entry in enumerate(value):
            group = self._group(entry, (*keys, number), {"label": True, "url": True})
            if group is None:
                continue
            url = self.check_url(group["url"], (*keys, number, "url"))
            if url is not None:
                links.append({"label": str(group["label"]), "url": url})
        return links

    def check_tasks(self, value: Any, keys: tuple) -> list | None:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(
                keys,
                message("'top_tasks' ist keine Liste von Seitenschlüsseln"),
                message("schreiben Sie je Zeile '- personalausweis' (Dateiname ohne .md)"),
            )
            return None
        return list(value)

    def check_closing_days(self, value: Any, keys: tuple) -> list | None:
        if not isinstance(value, list):
            self.fail(keys, message("'closing_days' ist keine Liste"), "")
            return None
        days = []
        for number, entry in enumerate(value):
            group = self._group(entry, (*keys, number), {"date": True, "name": True, "from": False})
            if group is None:
                continue
            try:
                date = dt.date.fromisoformat(str(group["date"]))
            except ValueError:
                self.fail(
                    (*keys, number, "date"),
                    message("'closing_days': '{value}' ist kein Datum", value=group["date"]),
                    message("schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2027-02-08"),
                )
                continue
            day = {"date": date.isoformat(), "name": str(group["name"])}
            if group.get("from"):
                try:
                    day["from"] = dt.time.fromisoformat(str(group["from"])).strftime("%H:%M")
                except ValueError:
                    self.fail(
                        (*keys, number, "from"),
                        message("'closing_days': '{value}' ist keine Uhrzeit", value=group["from"]),
                        message("schreiben Sie die Uhrzeit wie 12:00"),
                    )
                    continue
            days.append(day)
        return days

    def check_editor(self, value: Any, keys: tuple) -> dict | None:
        group = self._group(value, keys, {"backend": True})
        if group is None:
            return None
        backend = group["backend"]
        if not isinstance(backend, dict) or not backend.get("name"):
            self.fail(
                (*keys, "backend"),
                message("'editor.backend' braucht mindestens 'name' (gitea, github oder gitlab)"),
                "",
            )
            return None
        return {"backend": dict(backend)}

    def check_data_sources(self, value: Any, keys: tuple) -> list | None:
        """Sources `invoke fetch` reads (EXTERNAL_SOURCES, plugins/fetch checks the rest)."""
        if not isinstance(value, list):
            self.fail(keys, message("'data_sources' ist keine Liste"), "")
            return None
        sources = []
        for number, entry in enumerate(value):
            allowed = {key: key in ("name", "kind", "url") for key in _data_source_keys()}
            group = self._group(entry, (*keys, number), allowed)
            if group is not None and self.check_url(group["url"], (*keys, number, "url")):
                sources.append(dict(group))
        return sources


def parse(text: str) -> tuple[Any, dict[tuple, int]]:
    """The YAML's values, every scalar a text (no type guessing, as in front matter: the postal
    code 01067 stays 01067, 12:00 stays a time), and the 1-based line of every key path."""
    return parse_with_lines(text, yaml.BaseLoader)


def _data_source_keys() -> set[str]:
    return {"name", "kind", "url", "organizer", "category", "location"}


def _name(keys: tuple) -> str:
    return ".".join(str(k) for k in keys)
