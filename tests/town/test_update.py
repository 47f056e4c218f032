"""Updates: a town made with `invoke init` takes a new engine release with `invoke update`.

The engine is a Git submodule (engine/) of the town's repository; an update moves only that
pointer, so the town's content and town file cannot conflict with it. The test plays it
through: an engine repository, a town made from it with its own edits, a new engine commit,
`invoke update` in the town, a build that shows the new engine's change.
"""

from __future__ import annotations

import hashlib
import subprocess

from tests.helpers import ROOT

from .towns import build, fill_placeholders, invoke, make_town

GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@localhost"]


def git(folder, *args) -> str:
    result = subprocess.run(
        [*GIT, "-c", "protocol.file.allow=always", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def fingerprint(town) -> dict[str, str]:
    """Hash of every file of the town that is not the engine or the output."""
    return {
        str(path.relative_to(town)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(town.rglob("*"))
        if path.is_file() and path.relative_to(town).parts[0] not in {"engine", "output", ".git"}
    }


def test_a_town_takes_a_new_engine_without_touching_its_own_files(tmp_path):
    engine = tmp_path / "engine-repo"
    git(tmp_path, "clone", "-q", str(ROOT), str(engine))
    town = make_town(tmp_path / "beispielhausen", "Beispielhausen", "RP", engine=engine)
    # The town's own work: its texts and a changed town file, committed.
    fill_placeholders(town, "Beispielhausen")
    town_yml = town / "town.yml"
    town_yml.write_text(town_yml.read_text("utf-8").replace("00000", "55116"), "utf-8")
    git(town, "add", "-A")
    git(town, "commit", "-q", "-m", "Texte der Stadt")
    before = fingerprint(town)
    old_engine = git(town / "engine", "rev-parse", "HEAD")

    # A new engine release: a visible change in the theme.
    footer = engine / "theme" / "templates" / "components" / "footer.html"
    footer.write_text(
        footer.read_text("utf-8").replace(
            '<footer class="ms-footer">', '<footer class="ms-footer" data-engine="neu">'
        ),
        "utf-8",
    )
    git(engine, "commit", "-q", "-am", "Neue Engine-Version")
    new_engine = git(engine, "rev-parse", "HEAD")

    result = invoke(town, "update")
    assert result.returncode == 0, result.stdout + result.stderr
    assert git(town / "engine", "rev-parse", "HEAD") == new_engine != old_engine
    # Only the submodule pointer changed, staged for the town's commit; its files are as before.
    assert git(town, "status", "--porcelain") == "M  engine"
    assert fingerprint(town) == before

    built = build(town)
    assert built.returncode == 0, built.stdout + built.stderr
    home = (town / "output" / "index.html").read_text(encoding="utf-8")
    assert 'data-engine="neu"' in home
    assert "Beispielhausen" in home and "55116" in home
