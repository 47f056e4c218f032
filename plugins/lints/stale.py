"""`invoke stale`: pages past their `review_by` date or not changed for over a year.

A page's last change is its `modified` date, else its `date`, else the date of the last Git commit
that touched the file, else the file's modification time. The report is plain text, grouped by
section and by the responsible office (a service's `office`; an office is responsible for itself).
News, notices, events and alerts are records of their day: only a passed `review_by` lists them.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from plugins.frontmatter.schema import TYPES
from plugins.kit.i18n import german, message

NO_OFFICE = german("(kein Amt genannt)")


@dataclass(frozen=True)
class StalePage:
    source: str
    title: str
    section: str
    office: str
    reasons: tuple


def git_dates(content: Path) -> dict[str, dt.date]:
    """Content-relative path -> date of the last commit that touched it (empty outside Git)."""
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=content,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        log = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--", "."],
            cwd=content,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    prefix = content.resolve().relative_to(Path(top).resolve()).as_posix()
    prefix = "" if prefix == "." else prefix + "/"
    dates: dict[str, dt.date] = {}
    day = None
    for line in log.splitlines():
        if line.startswith("\0"):
            day = dt.date.fromisoformat(line[1:])
        elif line.startswith(prefix) and day is not None:
            dates.setdefault(line[len(prefix) :], day)  # newest commit comes first
    return dates


def last_change(item, content: Path, commits: dict) -> dt.date:
    for name in ("modified", "date"):
        value = item.meta.get(name)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
    if item.source in commits:
        return commits[item.source]
    return dt.date.fromtimestamp((content / item.source).stat().st_mtime)


def is_record(item) -> bool:
    """Dated records (their type says so) stay as published: only review_by makes them due."""
    schema = TYPES.get(item.type)
    return schema is not None and schema.record


def a_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def responsible_office(index, item) -> str:
    if item.type == "office":
        return item.title
    key = item.meta.get("office")  # every type that names its office (services, vacancies)
    office = index.get(key, item.lang) if isinstance(key, str) else None
    return office.title if office is not None else message(NO_OFFICE)


def stale_pages(index, today: dt.date, commits: dict | None = None) -> list[StalePage]:
    """Every page due for review on `today`, with the reasons."""
    content = Path(index.content_path)
    commits = git_dates(content) if commits is None else commits
    found = []
    for item in index.items:
        reasons = []
        review_by = item.meta.get("review_by")
        if review_by is not None and review_by < today:
            reasons.append(message("review_by {day} ist vorbei", day=review_by.isoformat()))
        changed = last_change(item, content, commits)
        if not is_record(item) and changed < a_year_before(today):
            reasons.append(
                message(
                    "zuletzt geändert am {day}, vor mehr als einem Jahr", day=changed.isoformat()
                )
            )
        if reasons:
            section = "/".join(item.section) or message("(Startseite)")
            office = responsible_office(index, item)
            found.append(StalePage(item.source, item.title, section, office, tuple(reasons)))
    return sorted(found, key=lambda page: page.source)


def _grouped(pages: list[StalePage], key) -> list[str]:
    groups = defaultdict(list)
    for page in pages:
        groups[key(page)].append(page)
    lines = []
    for name in sorted(groups):
        lines.append(f"{name}: {len(groups[name])}")
        for page in groups[name]:
            lines.append(f"  - {page.title}  ({page.source}): {'; '.join(page.reasons)}")
    return lines


def format_stale(pages: list[StalePage], today: dt.date) -> str:
    """The terminal report: a count, then the pages by section and by responsible office."""
    if not pages:
        return message("Am {day} ist keine Seite zu prüfen.", day=today.isoformat())
    lines = [
        message("Am {day} sind {count} Seiten zu prüfen.", day=today.isoformat(), count=len(pages)),
        "",
    ]
    lines += [message("Nach Bereich:"), *_grouped(pages, lambda p: p.section), ""]
    lines += [message("Nach zuständigem Amt:"), *_grouped(pages, lambda p: p.office)]
    return "\n".join(lines)
