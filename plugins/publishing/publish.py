"""`invoke publish` and friends: build a release with production settings, check it, go live.

The build itself validates the content and checks internal links (PUBLISH_LINK_CHECK); after it,
the third-party-request scan and the HTML checker run on the finished folder. Only a release that
passed everything replaces the live one (see release.py).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from plugins.kit.i18n import message

from . import checks
from .release import PublishError, Target, publish_local, release_name, rsync_commands


def _settings(settings_file: str, overrides: dict) -> dict:
    from pelican.settings import read_settings

    return read_settings(settings_file, override=dict(overrides))


def own_hosts(settings: dict) -> set[str]:
    urls = (settings.get("SITEURL"), settings.get("SITE_PUBLIC_URL"))
    return {urlsplit(url).hostname for url in urls if url and urlsplit(url).hostname}


def make_build(settings_file: str, overrides: dict):
    from plugins.site.build import run

    def build(folder: Path) -> None:
        if run(settings_file, {**overrides, "OUTPUT_PATH": str(folder)}):
            raise PublishError(
                message(
                    "Der Bau ist nicht gelungen (siehe die Probleme oben); nichts wurde "
                    "veröffentlicht"
                )
            )

    return build


def make_checks(settings: dict, say=print) -> list:
    hosts = own_hosts(settings)
    found = [lambda folder: checks.third_party_requests(folder, hosts)]
    if settings.get("PUBLISH_HTML_CHECK", True):
        if checks.java_available():
            found.append(checks.html_validity)
        else:
            say(
                message(
                    "Veröffentlichen: Java oder vnu.jar (npm ci) fehlt, die HTML-Prüfung entfällt"
                )
            )
    return found


def publish(settings_file: str, overrides: dict | None = None, target: str | None = None,
            say=print, dry_run: bool = False) -> str:  # fmt: skip
    """Publish to PUBLISH_TARGET (or `target`); return the live release's name."""
    overrides = dict(overrides or {})
    settings = _settings(settings_file, overrides)
    where = Target.parse(target or settings["PUBLISH_TARGET"])
    build, found = make_build(settings_file, overrides), make_checks(settings, say)
    name = release_name()
    if where.kind == "local":
        folder = publish_local(Path(where.path), build, found, name)
        say(
            message(
                "Veröffentlicht: {folder} ist jetzt öffentlich ({target}/current)",
                folder=folder,
                target=where.path,
            )
        )
        return name
    # Checked locally before any upload; kept apart from .cache/ so CI does not cache releases.
    staging = Path(settings.get("PUBLISH_STAGING", ".publish"))
    folder = publish_local(staging, build, found, name)
    for command in rsync_commands(where, folder, name):
        say("publish: " + " ".join(command))
        if not dry_run:
            subprocess.run(command, check=True)
    return name
