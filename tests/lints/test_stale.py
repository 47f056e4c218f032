"""`invoke stale` on a small fixture: past review dates and pages unchanged for over a year."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest

from plugins.lints.stale import format_stale, git_dates, stale_pages
from plugins.site.build import import_plugins
from plugins.site.generator import load_site
from tests.conftest import ROOT

FIXTURE = Path(__file__).parent / "fixtures" / "stale"
TODAY = dt.date(2026, 11, 25)
# The one page without dates falls back to Git; pinned here so the test does not depend on
# when the fixture was committed.
COMMITS = {"tourismus/geschichte.md": dt.date(2024, 3, 1)}

EXPECTED = """\
6 pages are due for review on 2026-11-25.

By section:
rathaus/aemter: 1
  - Bürgerbüro  (rathaus/aemter/buergerbuero.md): last changed 2025-11-24, over a year ago
rathaus/aktuelles: 1
  - Meldung mit Prüfdatum  (rathaus/aktuelles/pruefen.md): review_by 2026-11-01 has passed
rathaus/leistungen: 3
  - Fundsachen  (rathaus/leistungen/fundsachen.md): last changed 2024-05-02, over a year ago
  - Hund anmelden  (rathaus/leistungen/hund.md): last changed 2025-01-10, over a year ago
  - Personalausweis beantragen  (rathaus/leistungen/personalausweis.md): review_by 2026-06-30 \
has passed
tourismus: 1
  - Stadtgeschichte  (tourismus/geschichte.md): last changed 2024-03-01, over a year ago

By responsible office:
(no office named): 3
  - Meldung mit Prüfdatum  (rathaus/aktuelles/pruefen.md): review_by 2026-11-01 has passed
  - Fundsachen  (rathaus/leistungen/fundsachen.md): last changed 2024-05-02, over a year ago
  - Stadtgeschichte  (tourismus/geschichte.md): last changed 2024-03-01, over a year ago
Bürgerbüro: 3
  - Bürgerbüro  (rathaus/aemter/buergerbuero.md): last changed 2025-11-24, over a year ago
  - Hund anmelden  (rathaus/leistungen/hund.md): last changed 2025-01-10, over a year ago
  - Personalausweis beantragen  (rathaus/leistungen/personalausweis.md): review_by 2026-06-30 \
has passed"""


@pytest.fixture(scope="module")
def index():
    settings = import_plugins(str(ROOT / "pelicanconf.py"))
    settings["SITE_CACHE_DIR"] = ""
    loaded = load_site(settings, FIXTURE)
    assert loaded.problems.items == []
    return loaded


def test_report_by_section_and_office(index):
    assert format_stale(stale_pages(index, TODAY, COMMITS), TODAY) == EXPECTED


def test_a_year_and_a_day_later_the_office_is_due(index):
    sources = {p.source for p in stale_pages(index, dt.date(2026, 11, 24), COMMITS)}
    assert "rathaus/aemter/buergerbuero.md" not in sources
    assert "rathaus/leistungen/hund.md" in sources


def test_old_news_is_due_only_by_review_date(index):
    sources = {p.source for p in stale_pages(index, TODAY, COMMITS)}
    assert "rathaus/aktuelles/alte-meldung.md" not in sources


def test_without_git_the_file_time_counts(index, tmp_path):
    pages = stale_pages(index, TODAY, commits={})
    geschichte = FIXTURE / "tourismus" / "geschichte.md"
    mtime = dt.date.fromtimestamp(geschichte.stat().st_mtime)
    listed = "tourismus/geschichte.md" in {p.source for p in pages}
    assert listed == (mtime < dt.date(2025, 11, 25))


def test_nothing_due():
    assert format_stale([], TODAY) == "No page is due for review on 2026-11-25."


def test_git_dates_are_the_last_commit_per_file(tmp_path):
    content = tmp_path / "content"
    (content / "a").mkdir(parents=True)

    def commit(day: str, *files: str) -> None:
        for name in files:
            path = content / name
            path.write_text(path.read_text() + "x" if path.exists() else "x")
        env = {
            **os.environ,
            "GIT_COMMITTER_DATE": f"{day}T12:00:00+01:00",
            "GIT_AUTHOR_DATE": f"{day}T12:00:00+01:00",
        }
        git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org"]
        subprocess.run([*git, "add", "."], cwd=tmp_path, check=True, env=env)
        subprocess.run([*git, "commit", "-qm", day], cwd=tmp_path, check=True, env=env)

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    commit("2024-01-10", "a/eins.md", "zwei.md")
    commit("2025-06-01", "zwei.md")
    assert git_dates(content) == {
        "a/eins.md": dt.date(2024, 1, 10),
        "zwei.md": dt.date(2025, 6, 1),
    }


def test_git_dates_outside_git(tmp_path):
    assert git_dates(tmp_path) == {}
