"""The Land's law as data: one table of the 16 Länder, read into typed records.

A town's accessibility statement names its Land's accessibility law, the body for the
enforcement or arbitration procedure and the monitoring body; its privacy statement names the
Land's data protection authority and data protection act. Those facts live in `laender.yml`
beside this module, one row per Land with the sources it rests on, so no editor types them.

A fact no source supports is None in the table, never a guess. `unknown_fields()` lists those,
so a page can print "bitte ergänzen" instead of a blank, and `doubtful_groups()` lists the
groups whose values rest on a weak or disputed source; `warn_about_gaps()` turns both into
build warnings.

    land("rp").enforcement_body.email      # 'durchsetzungsstelle@mastd.rlp.de'
    land("DE-XX")                          # UnknownLand, in the editor's language
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import yaml

from plugins.frontmatter import Problems
from plugins.kit.holidays import LANDS
from plugins.kit.i18n import ROOT, german, message

from .yamllines import parse_with_lines

TABLE = Path(__file__).with_name("laender.yml")
CONFIDENCES = ("confirmed", "partial", "unconfirmed", "conflict")
BODY_KINDS = ("Durchsetzungsstelle", "Schlichtungsstelle", "Ombudsstelle", "Beschwerdestelle")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
POSTAL_CODE = re.compile(r"\d{5}")

# What each group of a row holds: (required keys, optional keys) and the kind of each value.
LAW_KEYS = {"name": "text", "short": "text", "url": "url", "confidence": "confidence"}
BODY_KEYS = {
    "name": "text",
    "street": "text",
    "postal_code": "postal_code",
    "city": "text",
    "email": "email",
    "url": "url",
    "phone": "text",
    "confidence": "confidence",
}
OPTIONAL_KEYS = {"note": "text", "po_box": "text"}
LAW_GROUPS = ("accessibility_law", "accessibility_regulation", "data_protection_act")
BODY_GROUPS = ("enforcement_body", "monitoring_body", "data_protection_authority")
# Fields a legal page needs; a phone number is a courtesy, so its absence is not a gap.
NEEDED_LAW_FIELDS = ("name", "short", "url")
NEEDED_BODY_FIELDS = ("name", "street", "postal_code", "city", "email", "url")
CONFIDENCE_LABELS = {
    "partial": german("nur teilweise oder von einer Drittquelle belegt"),
    "unconfirmed": german("von keiner Quelle belegt"),
    "conflict": german("Quellen widersprechen sich"),
}


class UnknownLand(LookupError):
    """A code that names no German Land, or a Land the table lacks.

    `what` and `fix` are the two halves of the editor's message (for `Problems.add`)."""

    def __init__(self, code: str, what: str, fix: str):
        self.code, self.what, self.fix = code, what, fix
        super().__init__(f"{what} — {fix}")


@dataclass(frozen=True)
class Law:
    name: str | None
    short: str | None
    url: str | None
    confidence: str
    note: str | None = None
    binds_municipalities: bool | None = None  # only for the accessibility law

    @property
    def title(self) -> str | None:
        """Name and short name for a page, e.g. "Landesgesetz … (Landesinklusionsgesetz)"."""
        if self.name and self.short:
            return f"{self.name} ({self.short})"
        return self.name or self.short


@dataclass(frozen=True)
class Body:
    name: str | None
    street: str | None
    postal_code: str | None
    city: str | None
    email: str | None
    url: str | None
    phone: str | None
    confidence: str
    kind: str | None = None  # only for the enforcement body
    po_box: str | None = None  # "Postfach 30 40": then postal_code belongs to the box
    note: str | None = None

    @property
    def address_lines(self) -> tuple[str, ...]:
        """The postal address as lines ("Bauhofstraße 9", "55116 Mainz"); unknown parts left out."""
        place = " ".join(part for part in (self.postal_code, self.city) if part)
        return tuple(line for line in (self.street or self.po_box, place) if line)


@dataclass(frozen=True)
class Land:
    code: str  # "RP"
    name: str  # "Rheinland-Pfalz"
    accessibility_law: Law
    accessibility_regulation: Law | None  # None: the sources name no regulation
    enforcement_body: Body
    monitoring_body: Body  # the enforcement body itself when the Land has one body for both
    monitoring_same_as_enforcement: bool
    data_protection_authority: Body
    data_protection_act: Law
    easy_language_required: bool | None  # Leichte Sprache on a municipality's start page
    sign_language_required: bool | None  # Deutsche Gebärdensprache, likewise
    start_page_confidence: str
    start_page_note: str | None
    sources: tuple[str, ...]
    checked: dt.date  # when the sources were read; a town checks the live source

    @property
    def iso_code(self) -> str:
        return f"DE-{self.code}"


def normalise_code(code: object) -> str:
    """The bare code: "rp", "DE-RP", " de-rp " and "RP" are all "RP"."""
    return str(code).strip().upper().removeprefix("DE-")


def land(code: str, path: Path = TABLE) -> Land:
    """The row of one Land; UnknownLand if `code` names none or the table lacks it."""
    wanted = normalise_code(code)
    if wanted not in LANDS:
        raise UnknownLand(
            str(code),
            message("Unbekanntes Land '{code}'", code=code),
            message(
                "schreiben Sie eines der Kürzel {known} (ISO 3166-2, mit oder ohne „DE-“)",
                known=", ".join(LANDS),
            ),
        )
    table = load_table(path)
    if wanted not in table:
        raise UnknownLand(
            wanted,
            message(
                "Das Land {code} fehlt in der Ländertabelle {table}", code=wanted, table=shown(path)
            ),
            message(
                "ergänzen Sie dort seine Zeile mit Quellen; die Tabelle kennt {known}",
                known=", ".join(table) or "—",
            ),
        )
    return table[wanted]


def all_lands(path: Path = TABLE) -> tuple[Land, ...]:
    """Every row of the table, in the order of the codes."""
    return tuple(load_table(path).values())


def unknown_fields(row: Land) -> tuple[str, ...]:
    """The facts a legal page needs that the table does not know, as "group.field" paths.

    A Land without a regulation is no gap (None means the sources name none); a body with only
    a Postfach has a usable address."""
    gaps = []
    for group in LAW_GROUPS:
        law = getattr(row, group)
        if law is not None:
            gaps += [f"{group}.{name}" for name in NEEDED_LAW_FIELDS if getattr(law, name) is None]
    if row.accessibility_law.binds_municipalities is None:
        gaps.append("accessibility_law.binds_municipalities")
    for group in BODY_GROUPS:
        if group == "monitoring_body" and row.monitoring_same_as_enforcement:
            continue
        body = getattr(row, group)
        for name in NEEDED_BODY_FIELDS:
            value = (body.street or body.po_box) if name == "street" else getattr(body, name)
            if value is None:
                gaps.append(f"{group}.{name}")
    gaps += [
        name
        for name in ("easy_language_required", "sign_language_required")
        if getattr(row, name) is None
    ]
    return tuple(gaps)


def doubtful_groups(row: Land) -> dict[str, str]:
    """{group: confidence} of the groups whose values are not confirmed ("start_page" for the
    Leichte Sprache / DGS duty)."""
    names = [*LAW_GROUPS, *BODY_GROUPS]
    if row.monitoring_same_as_enforcement:
        names.remove("monitoring_body")  # the enforcement body, already in the list
    groups = {name: getattr(row, name) for name in names}
    found = {
        name: group.confidence
        for name, group in groups.items()
        if group is not None and group.confidence != "confirmed"
    }
    if row.start_page_confidence != "confirmed":
        found["start_page"] = row.start_page_confidence
    return found


def warn_about_gaps(row: Land, problems: Problems, path: str | Path, line: int) -> None:
    """Build warnings at the town file's Land line: one for the unknown facts, one per doubtful
    group (with the table's note, which says what to check)."""
    gaps = unknown_fields(row)
    if gaps:
        problems.warn(
            path,
            line,
            message(
                "Land {code}: die Ländertabelle kennt {fields} nicht",
                code=row.code,
                fields=", ".join(gaps),
            ),
            message(
                "die Rechtstexte zeigen dort „bitte ergänzen“; ermitteln Sie die Angaben an der"
                " Quelle und tragen Sie sie mit Quelle in {table} ein",
                table=shown(TABLE),
            ),
        )
    for group, confidence in doubtful_groups(row).items():
        note = row.start_page_note if group == "start_page" else getattr(row, group).note
        problems.warn(
            path,
            line,
            message(
                "Land {code}: „{group}“ ist {label}",
                code=row.code,
                group=group,
                label=message(CONFIDENCE_LABELS[confidence]),
            ),
            message("prüfen Sie die Angabe an der Live-Quelle: {note}", note=note or "—"),
        )


def shown(path: Path) -> str:
    """A path as messages show it: relative to the repository when inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


@lru_cache(maxsize=8)
def load_table(path: Path = TABLE) -> Mapping[str, Land]:
    """Read and check the whole table once (read-only: it is shared by every caller); every
    problem in it is reported together."""
    problems = Problems()
    text = Path(path).read_text(encoding="utf-8")
    try:
        data, lines = parse_with_lines(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problems.add(
            shown(path),
            mark.line + 1 if mark else 1,
            message("kein gültiges YAML ({problem})", problem=getattr(error, "problem", error)),
            message("prüfen Sie Einrückung und Anführungszeichen"),
        )
        problems.raise_if_errors()
    reader = _Reader(shown(path), lines, problems)
    table = reader.table(data)
    problems.raise_if_errors()
    return MappingProxyType(table)


class _Reader:
    """Turns the parsed table into Land records, adding a problem for each wrong value."""

    def __init__(self, path: str, lines: dict[tuple, int], problems: Problems):
        self.path, self.lines, self.problems = path, lines, problems

    def fail(self, keys: tuple, what: str, fix: str) -> None:
        while keys and keys not in self.lines:
            keys = keys[:-1]
        self.problems.add(self.path, self.lines.get(keys, 1), what, fix)

    def table(self, data: Any) -> dict[str, Land]:
        if not isinstance(data, dict):
            self.fail((), message("die Ländertabelle ist leer oder keine Zuordnung"), "")
            return {}
        checked = data.get("checked")
        if not isinstance(checked, dt.date):
            self.fail(
                ("checked",),
                message("'checked' fehlt oder ist kein Datum"),
                message("schreiben Sie das Datum der gelesenen Quellen, z. B. checked: 2026-12-03"),
            )
            checked = dt.date.min
        rows = {}
        for code, raw in data.items():
            if code == "checked":
                continue
            if code not in LANDS:
                self.fail(
                    (code,),
                    message("'{code}' ist kein Land", code=code),
                    message("Schlüssel sind die Kürzel {known}", known=", ".join(LANDS)),
                )
                continue
            row = self.land(code, raw, checked)
            if row is not None:
                rows[code] = row
        return {code: rows[code] for code in LANDS if code in rows}

    def land(self, code: str, raw: Any, checked: dt.date) -> Land | None:
        keys = (code,)
        fields = {
            "name": "text",
            "easy_language_required": "bool",
            "sign_language_required": "bool",
            "start_page_confidence": "confidence",
        }
        groups = (*LAW_GROUPS, *BODY_GROUPS)
        if not self.has_keys(raw, keys, [*fields, *groups, "sources"], ["start_page_note"]):
            return None
        values = {name: self.value(raw[name], (*keys, name), kind) for name, kind in fields.items()}
        if values["name"] is None:
            self.fail((*keys, "name"), message("der Name des Landes fehlt"), "")
        note = self.value(raw.get("start_page_note"), (*keys, "start_page_note"), "text")
        self.need_note(values["start_page_confidence"], note, (*keys, "start_page_confidence"))
        enforcement = self.body(raw["enforcement_body"], (*keys, "enforcement_body"))
        monitoring = raw["monitoring_body"]
        same = isinstance(monitoring, dict) and monitoring.get("same_as_enforcement") is True
        if same:
            # One body does both: its confidence and note are the enforcement body's.
            self.has_keys(monitoring, (*keys, "monitoring_body"), ["same_as_enforcement"], [])
            monitoring_body = enforcement
        else:
            monitoring_body = self.body(monitoring, (*keys, "monitoring_body"))
        regulation = raw["accessibility_regulation"]
        parts = {
            "accessibility_law": self.law(raw["accessibility_law"], (*keys, "accessibility_law")),
            "accessibility_regulation": None
            if regulation is None
            else self.law(regulation, (*keys, "accessibility_regulation")),
            "data_protection_act": self.law(
                raw["data_protection_act"], (*keys, "data_protection_act")
            ),
            "enforcement_body": enforcement,
            "monitoring_body": monitoring_body,
            "data_protection_authority": self.body(
                raw["data_protection_authority"], (*keys, "data_protection_authority")
            ),
        }
        sources = self.sources(raw["sources"], (*keys, "sources"))
        if any(part is None for name, part in parts.items() if name != "accessibility_regulation"):
            return None
        if regulation is not None and parts["accessibility_regulation"] is None:
            return None
        if enforcement is not None and enforcement.kind is None:
            self.fail(
                (*keys, "enforcement_body", "kind"),
                message("die Art der Stelle fehlt"),
                message("erlaubt sind {names}", names=", ".join(BODY_KINDS)),
            )
        return Land(
            code=code,
            name=values["name"] or "",
            monitoring_same_as_enforcement=same,
            easy_language_required=values["easy_language_required"],
            sign_language_required=values["sign_language_required"],
            start_page_confidence=values["start_page_confidence"] or "unconfirmed",
            start_page_note=note,
            sources=sources,
            checked=checked,
            **parts,
        )

    def law(self, raw: Any, keys: tuple) -> Law | None:
        extra = {"binds_municipalities": "bool"} if keys[-1] == "accessibility_law" else {}
        kinds = {**LAW_KEYS, **extra}
        if not self.has_keys(raw, keys, list(kinds), ["note"]):
            return None
        values = {name: self.value(raw[name], (*keys, name), kind) for name, kind in kinds.items()}
        note = self.value(raw.get("note"), (*keys, "note"), "text")
        self.need_note(values["confidence"], note, (*keys, "confidence"))
        return Law(note=note, **values)

    def body(self, raw: Any, keys: tuple) -> Body | None:
        kinds = {**BODY_KEYS, "kind": "kind"} if keys[-1] == "enforcement_body" else dict(BODY_KEYS)
        if keys[-1] == "data_protection_authority":
            required = [name for name in kinds if name != "phone"]
            optional = [*OPTIONAL_KEYS, "phone"]
        else:
            required, optional = list(kinds), list(OPTIONAL_KEYS)
        if not self.has_keys(raw, keys, required, optional):
            return None
        values = {
            name: self.value(raw.get(name), (*keys, name), kind)
            for name, kind in {**kinds, **OPTIONAL_KEYS}.items()
        }
        self.need_note(values["confidence"], values["note"], (*keys, "confidence"))
        return Body(**values)

    def has_keys(self, raw: Any, keys: tuple, required: list, optional: list) -> bool:
        if not isinstance(raw, dict):
            self.fail(
                keys,
                message("'{group}' ist keine Gruppe von Feldern", group=".".join(map(str, keys))),
                message("schreiben Sie die Felder eingerückt darunter"),
            )
            return False
        missing = [name for name in required if name not in raw]
        for name in missing:
            self.fail(
                keys,
                message(
                    "'{group}': das Feld '{name}' fehlt", group=".".join(map(str, keys)), name=name
                ),
                message("schreiben Sie '{name}: null', wenn der Wert unbekannt ist", name=name),
            )
        for name in raw:
            if name not in required and name not in optional:
                self.fail(
                    (*keys, name),
                    message(
                        "'{group}': unbekanntes Feld '{name}'",
                        group=".".join(map(str, keys)),
                        name=name,
                    ),
                    message("erlaubt sind {names}", names=", ".join([*required, *optional])),
                )
        return not missing

    def value(self, value: Any, keys: tuple, kind: str) -> Any:
        """`value` if it is None or right for `kind`, else None and a problem."""
        field = ".".join(map(str, keys))
        if kind == "confidence":
            if value not in CONFIDENCES:
                self.fail(
                    keys,
                    message("'{field}': '{value}' ist keine Belegstärke", field=field, value=value),
                    message("erlaubt sind {names}", names=", ".join(CONFIDENCES)),
                )
                return None
            return value
        if value is None:
            return None
        problem = self.problem(value, kind)
        if problem:
            what, fix = problem
            self.fail(keys, message("'{field}': {what}", field=field, what=what), fix)
            return None
        return value

    def problem(self, value: Any, kind: str) -> tuple[str, str] | None:
        if kind == "bool":
            if isinstance(value, bool):
                return None
            return message("erwartet wird true, false oder null"), message("null heißt: unbekannt")
        if kind == "postal_code" and not (isinstance(value, str) and POSTAL_CODE.fullmatch(value)):
            return message("'{value}' ist keine fünfstellige Postleitzahl", value=value), message(
                'schreiben Sie sie in Anführungszeichen, z. B. "01067"'
            )
        if not isinstance(value, str) or not value.strip():
            return message("erwartet wird ein Text"), message(
                "schreiben Sie null, wenn der Wert unbekannt ist, nie einen leeren Text"
            )
        if kind == "url" and not is_url(value, schemes=("https",)):
            return message("'{value}' ist keine https-Adresse", value=value), message(
                "verlinken Sie die verschlüsselte Adresse der Quelle"
            )
        if kind == "email" and not EMAIL.fullmatch(value):
            return message("'{value}' ist keine E-Mail-Adresse", value=value), ""
        if kind == "kind" and value not in BODY_KINDS:
            return message("'{value}' ist keine bekannte Art von Stelle", value=value), message(
                "erlaubt sind {names}", names=", ".join(BODY_KINDS)
            )
        return None

    def need_note(self, confidence: str | None, note: str | None, keys: tuple) -> None:
        """A value that is not confirmed carries a note: what is unsure, what to check."""
        if confidence not in (None, "confirmed") and not note:
            self.fail(
                keys,
                message(
                    "'{field}' ist '{confidence}', sagt aber nicht warum",
                    field=".".join(map(str, keys)),
                    confidence=confidence,
                ),
                message("schreiben Sie in 'note', was unsicher ist und was zu prüfen ist"),
            )

    def sources(self, raw: Any, keys: tuple) -> tuple[str, ...]:
        if not isinstance(raw, list) or not raw:
            self.fail(
                keys,
                message("die Zeile nennt keine Quellen"),
                message("listen Sie unter 'sources' die Adressen, auf denen sie beruht"),
            )
            return ()
        for index, url in enumerate(raw):
            if not (isinstance(url, str) and is_url(url, schemes=("http", "https"))):
                self.fail(
                    (*keys, index),
                    message("'{value}' ist keine Webadresse", value=url),
                    message("schreiben Sie die volle Adresse mit https://"),
                )
        if not any(isinstance(url, str) and url.startswith("https://") for url in raw):
            self.fail(
                keys,
                message("keine der Quellen ist eine https-Adresse"),
                message("nennen Sie mindestens eine verschlüsselt erreichbare Quelle"),
            )
        return tuple(str(url) for url in raw)


def is_url(text: str, schemes: tuple[str, ...]) -> bool:
    """An absolute web address with one of `schemes`, a host and no spaces."""
    parts = urlsplit(text)
    return parts.scheme in schemes and "." in parts.netloc and not re.search(r"\s", text)
