"""The trend of the service catalogue from the content's Git history.

For every commit that touched the services' folders: how many services there were and how many
of them could be applied for online. Blobs are read in one `git cat-file --batch` process and
each blob is parsed once per build (the cache is keyed by the blob's hash, which never changes).
Without Git, or outside a repository, the answer is None and the page says so: never an error.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plugins.frontmatter.yamlblock import FrontMatterError, parse
from plugins.site.items import split_name

MAX_POINTS = 24  # one point per day with changes; the latest 24 days of change


@dataclass
class TrendPoint:
    date: str  # YYYY-MM-DD (commit date)
    commit: str
    total: int
    online: int

    def as_dict(self) -> dict:
        return {
            "date": self.date,
            "commit": self.commit,
            "total": self.total,
            "online": self.online,
        }


_BLOB_CACHE: dict[str, tuple[bool, bool]] = {}  # blob sha -> (is a German service, is online)


def git(repo: Path, *args: str, data: bytes | None = None) -> bytes | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(repo), *args], input=data, capture_output=True, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def repository_of(path: Path) -> Path | None:
    top = git(path, "rev-parse", "--show-toplevel")
    return Path(top.decode().strip()) if top else None


def is_german_service_file(path: str) -> bool:
    name = PurePosixPath(path)
    if name.suffix != ".md" or name.name.startswith("index."):
        return False
    _, lang = split_name(name)
    return lang in (None, "de")


def classify(text: str) -> tuple[bool, bool]:
    """(counts as a service, can be applied for online) from a file's front matter."""
    try:
        data = parse(text).data
    except (FrontMatterError, ValueError):
        return False, False
    if not isinstance(data, dict) or data.get("type", "service") != "service":
        return False, False
    if data.get("status") == "draft":
        return False, False
    return True, bool(str(data.get("online_service") or "").strip())


def read_blobs(repo: Path, shas: list[str]) -> None:
    """Parse every blob not yet cached, in one `git cat-file --batch` call."""
    missing = sorted({s for s in shas if s not in _BLOB_CACHE})
    if not missing:
        return
    out = git(repo, "cat-file", "--batch", data=("\n".join(missing) + "\n").encode())
    if out is None:
        return
    position = 0
    for sha in missing:
        header_end = out.index(b"\n", position)
        size = int(out[position:header_end].split()[2])
        body = out[header_end + 1 : header_end + 1 + size]
        position = header_end + 1 + size + 1
        _BLOB_CACHE[sha] = classify(body.decode("utf-8", "replace"))


def commits_touching(repo: Path, paths: list[str]) -> list[tuple[str, str]]:
    """(sha, YYYY-MM-DD) of commits that changed `paths`, newest first, one per day."""
    out = git(repo, "log", "--format=%H %cs", "--", *paths)
    if out is None:
        return []
    seen_days, commits = set(), []
    for line in out.decode().splitlines():
        sha, day = line.split()
        if day not in seen_days:
            seen_days.add(day)
            commits.append((sha, day))
    return commits[:MAX_POINTS]


def files_at(repo: Path, sha: str, paths: list[str]) -> list[tuple[str, str]]:
    """(blob sha, path) of the Markdown files under `paths` at commit `sha`."""
    out = git(repo, "ls-tree", "-r", sha, "--", *paths)
    if out is None:
        return []
    files = []
    for line in out.decode().splitlines():
        meta, path = line.split("\t", 1)
        if is_german_service_file(path):
            files.append((meta.split()[2], path))
    return files


def service_trend(content_path: Path, folders: list[str]) -> list[TrendPoint] | None:
    """Oldest first; None when Git or the repository is not available (or has no history)."""
    repo = repository_of(content_path)
    if repo is None:
        return None
    try:
        base = content_path.resolve().relative_to(repo.resolve())
    except ValueError:
        return None
    paths = [str(PurePosixPath(base.as_posix()) / folder) for folder in folders]
    points = []
    for sha, day in commits_touching(repo, paths):
        files = files_at(repo, sha, paths)
        read_blobs(repo, [blob for blob, _ in files])
        kinds = [_BLOB_CACHE.get(blob, (False, False)) for blob, _ in files]
        total = sum(1 for service, _ in kinds if service)
        online = sum(1 for service, on in kinds if service and on)
        points.append(TrendPoint(day, sha, total, online))
    return list(reversed(points)) or None
