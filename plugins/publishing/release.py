"""Releases: build into a fresh folder, check it, then switch the live site in one rename.

Layout of a deploy root (local folder or the same on a server reached over SSH):

    releases/20261125T101500Z/   one complete, checked build per publish
    current -> releases/…        what the web server serves (its document root)
    previous -> releases/…       what `invoke rollback` goes back to

A symlink is switched by creating the new one under a temporary name and renaming it onto
`current` (rename(2) is atomic), so a visitor sees either the old or the new release, never a
mix. A publish that fails a check or is killed before the switch leaves `current` untouched.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from plugins.kit.i18n import message

RELEASES = "releases"


class PublishError(Exception):
    """A check failed or the target is misconfigured; the live site was not touched."""


@dataclass(frozen=True)
class Target:
    """Where releases go: `local:/var/www/stadt` or `rsync:user@host:/var/www/stadt`."""

    kind: str  # "local" or "rsync"
    path: str
    host: str = ""  # user@host for rsync

    @classmethod
    def parse(cls, text: str) -> Target:
        kind, _, rest = text.partition(":")
        if kind == "local" and rest:
            return cls("local", rest)
        if kind == "rsync":
            host, _, path = rest.partition(":")
            if host and path.startswith("/"):
                return cls("rsync", path, host)
        raise PublishError(
            message(
                "PUBLISH_TARGET '{target}' ist unverständlich: schreiben Sie "
                "'local:/absoluter/ordner' oder 'rsync:user@host:/absoluter/ordner'",
                target=text,
            )
        )


def release_name(now: dt.datetime | None = None) -> str:
    """A sortable UTC timestamp; publishing is the one place that reads the clock."""
    now = now or dt.datetime.now(dt.UTC)
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def switch_symlink(link: Path, target: str) -> None:
    """Point `link` at `target` atomically: a new symlink renamed over the old one."""
    temp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    os.symlink(target, temp)
    os.replace(temp, link)


def link_target(link: Path) -> str | None:
    return os.readlink(link) if link.is_symlink() else None


def activate(root: Path, name: str) -> None:
    """Make releases/<name> live; the release it replaces becomes `previous`."""
    old = link_target(root / "current")
    new = f"{RELEASES}/{name}"
    if old and old != new:
        switch_symlink(root / "previous", old)
    switch_symlink(root / "current", new)


def rollback(root: Path) -> str:
    """Serve the previous release again (a second rollback goes forward again)."""
    previous, current = link_target(root / "previous"), link_target(root / "current")
    if not previous or not (root / previous).is_dir():
        raise PublishError(
            message(
                "In {folder} gibt es keinen früheren Stand, zu dem zurückgeschaltet werden kann",
                folder=root,
            )
        )
    switch_symlink(root / "current", previous)
    if current:
        switch_symlink(root / "previous", current)
    return previous


def prune(root: Path) -> list[str]:
    """Delete releases that are neither current nor previous (failed or interrupted ones too)."""
    keep = {link_target(root / "current"), link_target(root / "previous")}
    removed = []
    for folder in sorted((root / RELEASES).iterdir()):
        if f"{RELEASES}/{folder.name}" not in keep and not folder.name.startswith("."):
            shutil.rmtree(folder)
            removed.append(folder.name)
    return removed


def publish_local(
    root: Path,
    build: Callable[[Path], None],
    checks: list[Callable[[Path], list[str]]],
    name: str | None = None,
) -> Path:
    """Build into releases/<name>, run every check, and only then switch `current`.

    `build(folder)` raises PublishError when the build fails; each check returns a list of
    problems (empty: passed). On any failure the new folder is removed and nothing else changes.
    """
    name = name or release_name()
    folder = root / RELEASES / name
    folder.mkdir(parents=True)
    try:
        build(folder)
        problems = [problem for check in checks for problem in check(folder)]
        if problems:
            raise PublishError("\n".join(problems))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    activate(root, name)
    prune(root)
    return folder


def rsync_commands(target: Target, local: Path, name: str) -> list[list[str]]:
    """The commands that upload a checked build and switch it live on the server.

    The same release/symlink dance as locally: upload into releases/<name> (hard-linking files
    unchanged since the current release), then `ln -sfn` to a temporary name and `mv -T` it
    onto `current`, which is one rename(2) on the server.
    """
    root = target.path.rstrip("/")
    release = f"{RELEASES}/{name}"
    remote = shlex.quote
    switch = (
        f"cd {remote(root)}"
        f' && if [ -L current ]; then ln -sfn "$(readlink current)" .previous.tmp'
        f" && mv -T .previous.tmp previous; fi"
        f" && ln -sfn {remote(release)} .current.tmp && mv -T .current.tmp current"
    )
    return [
        ["ssh", target.host, f"mkdir -p {remote(root + '/' + RELEASES)}"],
        [
            "rsync", "--archive", "--delete", "--checksum",
            f"--link-dest={root}/current/",
            f"{local}/",
            f"{target.host}:{root}/{release}/",
        ],
        ["ssh", target.host, switch],
    ]  # fmt: skip
