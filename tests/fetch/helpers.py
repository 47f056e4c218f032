"""Running `invoke fetch` in a test: settings for a temporary repository, fast limits, no sleep."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from plugins.fetch.run import fetch_all

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 25.11.2026, 03:00 in Musterstadt
FAST = {"timeout": 0.3, "retries": 1, "backoff": 0}


def run_fetch(root: Path, sources: list[dict], *, now=NOW, limits=None, **options):
    """(exit code, report lines) of a fetch into root/data (validators in root/cache)."""
    settings = {
        "DATA_PATH": "data",
        "FETCH_CACHE_PATH": "cache",
        "EXTERNAL_SOURCES": sources,
        "FETCH_MODULES": ["plugins.council.oparl"],
        "FETCH_LIMITS": {**FAST, **(limits or {})},
        **options.pop("settings", {}),
    }
    lines: list[str] = []
    code = fetch_all(settings, root, now=now, out=lines.append, sleep=lambda _: None, **options)
    return code, lines


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` by relative path, with its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
