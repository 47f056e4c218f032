"""Releases: a checked build goes live in one rename; a failed or killed publish changes nothing."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plugins.publishing.publish import publish
from plugins.publishing.release import (
    PublishError,
    Target,
    publish_local,
    rollback,
    rsync_commands,
)
from tests.conftest import BUILD_DATE, ROOT
from tests.publishing.conftest import PRODUCTION

SETTINGS = str(ROOT / "publishconf.py")


def tree_digest(root: Path) -> str:
    """Every path, symlink target and file's bytes under `root`, as one hash."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_symlink():
            digest.update(b"->" + os.readlink(path).encode())
        elif path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def overrides(content: Path) -> dict:
    """publishconf.py with the test content, a fixed date and the address of this machine."""
    return {
        "PATH": str(content),
        "SITE_BUILD_DATE": BUILD_DATE,
        "SITEURL": "",
        "SITE_PUBLIC_URL": "http://localhost:8000",
        "SITE_CACHE_DIR": "",
        "PUBLISH_HTML_CHECK": False,  # vnu runs once, in test_publish_runs_the_html_checker
        **PRODUCTION,
    }


def fake_build(text: str):
    def build(folder: Path) -> None:
        (folder / "index.html").write_text(text, encoding="utf-8")

    return build


def test_publish_switches_and_rollback_goes_back(tmp_path):
    first = publish_local(tmp_path, fake_build("eins"), [], name="1")
    second = publish_local(tmp_path, fake_build("zwei"), [], name="2")
    assert (tmp_path / "current/index.html").read_text() == "zwei"
    assert os.readlink(tmp_path / "current") == "releases/2"
    assert os.readlink(tmp_path / "previous") == "releases/1"
    assert first.is_dir() and second.is_dir()
    assert rollback(tmp_path) == "releases/1"
    assert (tmp_path / "current/index.html").read_text() == "eins"
    publish_local(tmp_path, fake_build("drei"), [], name="3")
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == ["1", "3"]


def test_rollback_without_previous_release_is_an_error(tmp_path):
    publish_local(tmp_path, fake_build("eins"), [], name="1")
    with pytest.raises(PublishError, match="no previous release"):
        rollback(tmp_path)


def test_failed_check_leaves_the_live_site_byte_for_byte(tmp_path, mini_content):
    root = tmp_path / "www"
    publish(SETTINGS, overrides(mini_content), target=f"local:{root}")
    before = tree_digest(root)
    (mini_content / "kaputt.md").write_text(
        "---\ntitle: Kaputt\n---\n[weg](/gibt-es-nicht/)\n", encoding="utf-8"
    )
    with pytest.raises(PublishError, match="the build failed"):
        publish(SETTINGS, overrides(mini_content), target=f"local:{root}")
    assert tree_digest(root) == before
    (mini_content / "kaputt.md").unlink()
    (mini_content / "fremd.md").write_text(
        '---\ntitle: Fremd\n---\n<img src="https://cdn.example.com/logo.png" alt="Logo">\n',
        encoding="utf-8",
    )
    with pytest.raises(PublishError, match=r"cdn\.example\.com/logo\.png from another host"):
        publish(SETTINGS, overrides(mini_content), target=f"local:{root}")
    assert tree_digest(root) == before


def test_publish_runs_the_html_checker(tmp_path, mini_content):
    (mini_content / "ungueltig.md").write_text(
        "---\ntitle: Ungültig\n---\n<div><span>offen</div>\n", encoding="utf-8"
    )
    settings = {**overrides(mini_content), "PUBLISH_HTML_CHECK": True}
    with pytest.raises(PublishError, match=r"ungueltig/index.html:\d+: .*span"):
        publish(SETTINGS, settings, target=f"local:{tmp_path / 'www'}")
    assert not (tmp_path / "www/current").exists()


KILLED_DURING_BUILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from plugins.site import signals
from plugins.publishing.publish import publish

def stall(index, output_path, **_):  # pages are written, static files and checks are not
    Path({flag!r}).write_text(str(output_path))
    time.sleep(60)

signals.site_written.connect(stall)
publish({settings!r}, {overrides!r}, target={target!r})
"""


def test_killed_publish_leaves_the_previous_release_serving(tmp_path, mini_content):
    root, flag = tmp_path / "www", tmp_path / "building"
    publish(SETTINGS, overrides(mini_content), target=f"local:{root}")
    live, before = os.readlink(root / "current"), tree_digest(root / "current")
    (mini_content / "neu.md").write_text("---\ntitle: Neu\n---\nNeu.\n", encoding="utf-8")
    script = KILLED_DURING_BUILD.format(
        root=str(ROOT), flag=str(flag), settings=SETTINGS,
        overrides=overrides(mini_content), target=f"local:{root}",
    )  # fmt: skip
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    deadline = time.monotonic() + 60
    while not flag.exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert flag.exists(), "the publish never reached the build"
    assert Path(flag.read_text()).parent == root / "releases"  # it was building a new release
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert os.readlink(root / "current") == live
    assert tree_digest(root / "current") == before
    assert not (root / "current/neu/index.html").exists()
    # the next publish goes live and clears the half-built leftover
    publish(SETTINGS, overrides(mini_content), target=f"local:{root}")
    assert (root / "current/neu/index.html").exists()
    assert len(list((root / "releases").iterdir())) == 2


def test_rsync_target_uploads_then_switches_with_one_rename():
    target = Target.parse("rsync:deploy@web1.example:/var/www/stadt")
    upload_dir, mkdir, sync, switch = (
        Path("/tmp/build"),
        *rsync_commands(target, Path("/tmp/build"), "20261125T101500000000Z"),
    )
    assert mkdir == ["ssh", "deploy@web1.example", "mkdir -p /var/www/stadt/releases"]
    assert sync[0] == "rsync" and "--link-dest=/var/www/stadt/current/" in sync
    assert sync[-2:] == [
        f"{upload_dir}/",
        "deploy@web1.example:/var/www/stadt/releases/20261125T101500000000Z/",
    ]
    assert switch[:2] == ["ssh", "deploy@web1.example"]
    assert switch[2].endswith(
        "ln -sfn releases/20261125T101500000000Z .current.tmp && mv -T .current.tmp current"
    )


@pytest.mark.parametrize("text", ["ftp:/x", "local:", "rsync:host", "rsync:host:relative"])
def test_bad_targets_are_explained(text):
    with pytest.raises(PublishError, match="local:/absolute/folder"):
        Target.parse(text)
