"""Run the current Nu HTML Checker (vnu.jar from the npm package `vnu-jar`) over files.

One Java process checks all files: starting the JVM per page would cost a second each. The jar
is the one publishing uses (plugins.publishing.checks.VNU_JAR), installed by `npm ci`.
"""

import dataclasses
import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

from plugins.publishing.checks import VNU_JAR


@dataclasses.dataclass(frozen=True)
class VnuMessage:
    """One message of the checker, with the file it is about."""

    file: Path
    line: int | None
    kind: str  # "error", "error/fatal", "info/warning", "non-document-error/io" …
    message: str
    extract: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        extract = " ".join(self.extract.split())
        return f"{where}: {self.message}" + (f"  [{extract}]" if extract else "")


def vnu_jar() -> Path:
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: run `npm ci` (package vnu-jar)"
    return VNU_JAR


def run_vnu(files: list[Path], errors_only: bool = True) -> list[dict]:
    """The checker's raw JSON messages for `files` (HTML; SVG and CSS are checked by extension)."""
    command = ["java", "-Xss8m", "-jar", str(vnu_jar()), "--format", "json",
               "--also-check-svg", "--also-check-css"]  # fmt: skip
    if errors_only:
        command.append("--errors-only")
    # vnu exits 1 when it found errors; the JSON report on stderr is what counts.
    result = subprocess.run(
        [*command, *map(str, files)], capture_output=True, text=True, timeout=600, check=False
    )
    try:
        return json.loads(result.stderr).get("messages", [])
    except json.JSONDecodeError as error:
        raise RuntimeError(f"vnu.jar gave no JSON report: {result.stderr[:2000]}") from error


def check_html(target: Path, errors_only: bool = True) -> list[VnuMessage]:
    """Check every HTML file under `target` (a folder or one file); return the messages.

    `file` in the messages is relative to `target` when target is a folder.
    """
    files = sorted(target.rglob("*.html")) if target.is_dir() else [target]
    base = target if target.is_dir() else target.parent
    return [message(raw, base) for raw in run_vnu(files, errors_only)]


def message(raw: dict, base: Path) -> VnuMessage:
    """`raw` (one JSON message) with its file relative to `base` where it lies under it."""
    path = Path(unquote(urlsplit(raw.get("url", "")).path))
    if path.is_relative_to(base.resolve()):
        path = path.relative_to(base.resolve())
    return VnuMessage(
        file=path,
        line=raw.get("lastLine") or raw.get("firstLine"),
        kind="/".join(filter(None, (raw.get("type"), raw.get("subType")))),
        message=raw.get("message", ""),
        extract=raw.get("extract", ""),
    )
