"""The recorded demo data set data/rat/: made by the fetcher, consistent, fit for the demo."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from pelican.settings import read_settings

from tests.council.musterstadt import FAMILY
from tests.council.record_demo import ROOT, SYSTEM, record
from tests.fetch.helpers import snapshot

DATA = ROOT / "data" / "rat"


def load(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def meetings():
    return load("meetings.json")


@pytest.fixture(scope="module")
def papers():
    return load("papers.json")


def test_the_committed_files_are_a_fresh_recording(tmp_path):
    code, lines = record(tmp_path)
    assert code == 0, lines
    assert snapshot(tmp_path / "data" / "rat") == snapshot(DATA), (
        "data/rat/ differs from what the fetcher writes now: run "
        "`.venv/bin/python -m tests.council.record_demo` and commit data/rat/"
    )


def test_the_source_in_the_settings_is_the_recorded_one():
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    (rat,) = [s for s in settings["EXTERNAL_SOURCES"] if s["name"] == "rat"]
    assert rat == {"name": "rat", "kind": "oparl", "url": SYSTEM}
    assert json.loads((DATA / "meta.json").read_text(encoding="utf-8"))["url"] == SYSTEM


def test_meetings_of_the_last_year_and_the_next_months(meetings):
    days = sorted(datetime.fromisoformat(m["start"]).date().isoformat() for m in meetings)
    assert days[0] >= "2025-11-25" and days[-1] <= "2027-03-31"
    upcoming = [m for m in meetings if m["start"] >= "2026-12" and not m.get("cancelled")]
    assert len(upcoming) >= 10
    assert 30 <= len(meetings) <= 60
    invited = [m for m in upcoming if any(i["public"] for i in m["agendaItem"])]
    assert {m["start"][:10] for m in invited} == {"2026-12-03", "2026-12-07"}


def test_papers_on_digitalisation(papers):
    assert 50 <= len(papers) <= 70
    reports = [p for p in papers if p["name"].startswith("Bericht zum Stand der Digitalisierung")]
    assert len(reports) == 3
    assert {p["paperType"] for p in reports} <= {"Mitteilungsvorlage", "Bericht"}
    assert sum("Onlinezugangsgesetz" in p.get("keyword", []) for p in papers) >= 3


def test_every_reference_between_the_files_resolves(meetings, papers):
    meeting_ids = {m["id"] for m in meetings}
    organizations = {o["id"] for o in load("organizations.json")}
    consultations = {c["id"]: c for p in papers for c in p["consultation"]}
    items = {i["id"] for m in meetings for i in m["agendaItem"]}
    assert {c["meeting"] for c in consultations.values()} <= meeting_ids
    assert {c["agendaItem"] for c in consultations.values() if "agendaItem" in c} <= items
    assert {
        i["consultation"] for m in meetings for i in m["agendaItem"] if "consultation" in i
    } <= set(consultations)
    assert {o for m in meetings for o in m["organization"]} <= organizations
    memberships = load("memberships.json")
    persons = {p["id"] for p in load("persons.json")}
    assert {m["person"] for m in memberships} == persons
    assert {m["organization"] for m in memberships} <= organizations


def test_the_people_are_obviously_fictional():
    for person in load("persons.json"):
        assert person["familyName"] in {*FAMILY, "Musterfrau", "Mustermann"}, person["name"]


def test_locations_referenced_by_url_were_embedded(meetings):
    assert all(isinstance(m["location"], dict) for m in meetings)
    assert {m["location"]["locality"] for m in meetings} == {"Musterstadt", "Musterstadt-Eichenau"}
