"""Helpers every test package uses: write content files, then check or build them.

    code, report = check_files(tmp_path, {"rathaus/x.md": "---\\ntitle: X\\n---\\n"})
    code, report, output = build_files(tmp_path, files, PLUGINS=[...])

Texts are dedented, so they can be written indented inside a test.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

from plugins.site.build import run

ROOT = Path(__file__).resolve().parent.parent
BUILD_DATE = "2026-11-25"  # fixed, so upcoming events and expired notices are reproducible


def write_files(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` ({relative path: text or bytes}) under `folder`; return `folder`."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data), encoding="utf-8")
    return folder


def settings_for(content: Path, output: Path, **overrides) -> dict:
    """A test site reads the data folder beside its content (usually none), not the demo's
    data/ (council data, event feeds); the example site in content/ reads the demo's."""
    own_data = (
        {}
        if Path(content).resolve() == ROOT / "content"
        else {"DATA_PATH": str(Path(content).parent / "data")}
    )
    return {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "SITE_BUILD_DATE": BUILD_DATE,
        **own_data,
        **overrides,
    }


def check_files(tmp_path: Path, files: dict, **overrides) -> tuple[int, str]:
    """`invoke check` on a content folder of `files`: (exit code, what it reported)."""
    content = write_files(tmp_path / "content", files)
    stream = io.StringIO()
    settings = settings_for(content, tmp_path / "out", **overrides)
    code = run(str(ROOT / "pelicanconf.py"), settings, check_only=True, stream=stream)
    return code, stream.getvalue()


def build_files(tmp_path: Path, files: dict, **overrides) -> tuple[int, str, Path]:
    """A full build of a content folder of `files`: (exit code, report, output folder)."""
    content = write_files(tmp_path / "content", files)
    output = tmp_path / "out"
    stream = io.StringIO()
    code = run(
        str(ROOT / "pelicanconf.py"), settings_for(content, output, **overrides), stream=stream
    )
    return code, stream.getvalue(), output
