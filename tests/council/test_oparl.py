"""The OParl client (plugins/council/oparl.py) against a local OParl server on loopback."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.council.beispielstadt import SCRIPT_TITLE, beispielstadt
from tests.council.oparl_server import OParlServer
from tests.fetch.helpers import NOW, run_fetch, snapshot
from tests.fetch.loopback import Answer

FILES = [
    "legislative_terms.json",
    "meetings.json",
    "memberships.json",
    "meta.json",
    "organizations.json",
    "papers.json",
    "persons.json",
]
FIRST_RUN = (
    "rat (OParl): 4 Sitzungen, 3 Vorlagen, 3 Gruppierungen, 3 Personen, 3 Mitgliedschaften, "
    "1 Wahlperiode neu oder geändert; 3 Objekte übersprungen, 1 Link entfernt (nicht http(s)), "
    "Einzelheiten in data/rat/meta.json"
)
NEXT_DAY = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)


@pytest.fixture
def server():
    with OParlServer(beispielstadt, clock=NOW) as served:
        yield served


def source(server: OParlServer) -> list[dict]:
    return [{"name": "rat", "kind": "oparl", "url": server.url("/oparl/system")}]


def stored(root: Path, name: str):
    return json.loads((root / "data" / "rat" / name).read_text(encoding="utf-8"))


def ids(root: Path, name: str) -> list[str]:
    return [value["id"].rsplit("/oparl/", 1)[1] for value in stored(root, name)]


def list_requests(server: OParlServer, path: str):
    return [r for r in server.requests if r.path == path]


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_first_fetch_writes_every_list(tmp_path, version):
    with OParlServer(lambda base: beispielstadt(base, version), clock=NOW) as server:
        code, lines = run_fetch(tmp_path, source(server))
    assert (code, lines) == (0, [FIRST_RUN])
    assert sorted(p.name for p in (tmp_path / "data" / "rat").iterdir()) == FILES
    assert ids(tmp_path, "meetings.json") == [
        "meeting/281",
        "meeting/282",
        "meeting/283",
        "meeting/284",
    ]
    assert ids(tmp_path, "papers.json") == ["paper/749", "paper/750", "paper/751"]
    assert ids(tmp_path, "organizations.json") == [
        "organization/1",
        "organization/34",
        "organization/2000",
    ]
    assert ids(tmp_path, "persons.json") == ["person/29", "person/30", "person/31"]
    assert ids(tmp_path, "memberships.json") == [
        "memberships/385",
        "memberships/386",
        "memberships/693",
    ]
    assert ids(tmp_path, "legislative_terms.json") == ["term/21"]
    meeting = stored(tmp_path, "meetings.json")[0]
    assert meeting["type"] == f"https://schema.oparl.org/{version}/Meeting"


def test_every_page_of_every_list_is_read(tmp_path, server):
    run_fetch(tmp_path, source(server))
    pages = [r.query.get("page", "1") for r in list_requests(server, "/oparl/body/0/meetings")]
    assert pages == ["1", "2", "3"]


def test_objects_referenced_by_url_are_fetched_once_and_embedded(tmp_path, server):
    run_fetch(tmp_path, source(server))
    meetings = {m["id"].rsplit("/", 1)[1]: m for m in stored(tmp_path, "meetings.json")}
    assert meetings["282"]["location"] == meetings["283"]["location"]
    assert meetings["282"]["location"]["description"].startswith("Bürgerhaus Nord")
    assert len(list_requests(server, "/oparl/locations/29856")) == 1
    paper = stored(tmp_path, "papers.json")[0]
    assert paper["auxiliaryFile"][0]["accessUrl"] == server.url("/oparl/files/57739.pdf")
    assert paper["consultation"][0]["agendaItem"] == server.url("/oparl/agendaitem/3271")


def test_memberships_move_out_of_the_persons(tmp_path, server):
    run_fetch(tmp_path, source(server))
    persons = {p["id"]: p for p in stored(tmp_path, "persons.json")}
    assert persons[server.url("/oparl/person/29")]["membership"] == [
        server.url("/oparl/memberships/385"),
        server.url("/oparl/memberships/693"),
    ]
    memberships = {m["id"]: m for m in stored(tmp_path, "memberships.json")}
    assert memberships[server.url("/oparl/memberships/693")]["person"] == server.url(
        "/oparl/person/29"
    )
    assert memberships[server.url("/oparl/memberships/386")]["role"] == "Mitglied"


def test_objects_missing_a_required_field_are_skipped_and_recorded(tmp_path, server):
    run_fetch(tmp_path, source(server))
    o = server.url("/oparl")
    assert stored(tmp_path, "meta.json")["skipped"] == [
        {"in": f"{o}/body/0/meetings [3]", "reason": "Pflichtfeld 'id' fehlt"},
        {
            "id": f"{o}/files/57751",
            "in": f"{o}/paper/751 auxiliaryFile[0]",
            "reason": "Pflichtfeld 'accessUrl' fehlt",
        },
        {
            "id": f"{o}/memberships/694",
            "in": f"{o}/person/31 membership[0]",
            "reason": "Pflichtfeld 'type' fehlt",
        },
    ]
    paper_751 = stored(tmp_path, "papers.json")[2]
    assert paper_751["auxiliaryFile"] == []
    assert stored(tmp_path, "persons.json")[2]["membership"] == []


def test_script_in_fetched_text_is_stored_as_text(tmp_path, server):
    run_fetch(tmp_path, source(server))
    assert stored(tmp_path, "papers.json")[1]["name"] == SCRIPT_TITLE
    assert stored(tmp_path, "meetings.json")[1]["agendaItem"][0]["name"] == SCRIPT_TITLE
    raw = (tmp_path / "data" / "rat" / "papers.json").read_text(encoding="utf-8")
    assert '"name": "Bericht zur Haushaltslage <script>alert(\\"x\\")</script> & Ausblick"' in raw


def test_a_javascript_link_is_removed_and_recorded(tmp_path, server):
    run_fetch(tmp_path, source(server))
    meeting = stored(tmp_path, "meetings.json")[3]
    assert meeting["name"] == "Sondersitzung des Rates" and "web" not in meeting
    assert stored(tmp_path, "meta.json")["links_removed"] == [
        {
            "object": server.url("/oparl/meeting/284"),
            "field": "web",
            "value": "javascript:alert(document.cookie)",
        }
    ]
    assert "javascript:" not in snapshot(tmp_path / "data")["rat/meetings.json"].decode()


def test_the_files_are_stable(tmp_path, server):
    run_fetch(tmp_path / "a", source(server))
    run_fetch(tmp_path / "b", source(server))
    first = snapshot(tmp_path / "a" / "data")
    assert first == snapshot(tmp_path / "b" / "data")
    meetings = first["rat/meetings.json"].decode()
    assert meetings.endswith("}\n]\n") and '\n  {\n    "agendaItem": [' in meetings


def test_meta_records_the_run(tmp_path, server):
    run_fetch(tmp_path, source(server))
    meta = stored(tmp_path, "meta.json")
    assert {key: meta[key] for key in ("kind", "url", "fetched_at", "modified_since")} == {
        "kind": "oparl",
        "url": server.url("/oparl/system"),
        "fetched_at": "2026-11-25T02:00:00+00:00",
        "modified_since": "2026-11-25T01:00:00+00:00",  # the server's clock, minus an hour
    }
    assert meta["oparl_version"] == "https://schema.oparl.org/1.1/"
    assert meta["body"]["name"] == "Stadt Beispielstadt"
    assert meta["body"]["legislativeTerm"] == [server.url("/oparl/term/21")]
    assert meta["counts"] == {
        "legislative_terms.json": 1,
        "meetings.json": 4,
        "memberships.json": 3,
        "organizations.json": 3,
        "papers.json": 3,
        "persons.json": 3,
    }


def change_the_council(server: OParlServer) -> None:
    """The next day: a meeting renamed, a paper deleted, a paper added, a membership ended."""
    site, o = server.site, server.url("/oparl")
    later = "2026-11-25T18:00:00+01:00"
    meeting = site.objects["/oparl/meeting/281"]
    meeting.update(name="4. Sitzung des Finanzausschusses (verlegt)", modified=later)
    site.objects["/oparl/paper/750"] = {
        "id": f"{o}/paper/750",
        "type": "https://schema.oparl.org/1.1/Paper",
        "deleted": True,
        "modified": later,
    }
    new_paper = site.add(
        {
            "id": f"{o}/paper/752",
            "type": "https://schema.oparl.org/1.1/Paper",
            "name": "Bericht zum Stand der Digitalisierung der Verwaltung",
            "paperType": "Mitteilungsvorlage",
            "modified": later,
        }
    )
    site.lists["/oparl/body/0/papers"].append(new_paper)
    site.objects["/oparl/person/30"].update(membership=[], modified=later)
    server.set_clock(NEXT_DAY)


def test_later_runs_ask_for_changes_and_merge_them(tmp_path, server):
    run_fetch(tmp_path, source(server))
    change_the_council(server)
    code, lines = run_fetch(tmp_path, source(server), now=NEXT_DAY)
    assert (code, lines) == (
        0,
        ["rat (OParl): 1 Sitzung, 1 Vorlage, 1 Person neu oder geändert, 2 gelöscht"],
    )
    lists = [r for r in server.requests if r.path.startswith("/oparl/body/0/") and r.status == 200]
    assert {r.query.get("modified_since") for r in lists[-4:]} == {"2026-11-25T01:00:00+00:00"}
    assert ids(tmp_path, "papers.json") == ["paper/749", "paper/751", "paper/752"]
    assert stored(tmp_path, "meetings.json")[0]["name"].endswith("(verlegt)")
    assert ids(tmp_path, "meetings.json") == [
        "meeting/281",
        "meeting/282",
        "meeting/283",
        "meeting/284",
    ]
    assert ids(tmp_path, "memberships.json") == ["memberships/385", "memberships/693"]
    meta = stored(tmp_path, "meta.json")
    assert meta["modified_since"] == "2026-11-26T01:00:00+00:00"
    # the objects skipped on the first run were not sent again: their notes stay
    assert [note["reason"] for note in meta["skipped"]] == [
        "Pflichtfeld 'id' fehlt",
        "Pflichtfeld 'accessUrl' fehlt",
        "Pflichtfeld 'type' fehlt",
    ]


def test_a_quiet_night_writes_nothing_and_then_costs_a_304_per_list(tmp_path, server):
    run_fetch(tmp_path, source(server))
    before = snapshot(tmp_path / "data")
    server.set_clock(NEXT_DAY)
    assert run_fetch(tmp_path, source(server), now=NEXT_DAY) == (
        0,
        ["rat (OParl): keine Änderungen"],
    )
    assert snapshot(tmp_path / "data") == before
    asked = len(server.requests)
    assert run_fetch(tmp_path, source(server), now=NEXT_DAY) == (
        0,
        ["rat (OParl): keine Änderungen"],
    )
    answers = [r.status for r in server.requests[asked:] if r.path.startswith("/oparl/body/0/")]
    assert answers == [304, 304, 304, 304]
    assert snapshot(tmp_path / "data") == before


def test_full_fetches_everything_again(tmp_path, server):
    run_fetch(tmp_path, source(server))
    server.site.lists["/oparl/body/0/papers"].pop()  # gone without a `deleted` marker
    code, lines = run_fetch(tmp_path, source(server), now=NEXT_DAY, full=True)
    assert code == 0
    assert lines == [
        "rat (OParl): 1 gelöscht; 2 Objekte übersprungen, 1 Link entfernt (nicht http(s)), "
        "Einzelheiten in data/rat/meta.json"
    ]
    assert all("modified_since" not in r.query for r in server.requests[-12:])
    assert ids(tmp_path, "papers.json") == ["paper/749", "paper/750"]


FAULTS = {
    "error 500 on a list": (
        "/oparl/body/0/papers",
        Answer(500, b"Internal Server Error"),
        "antwortet mit Fehler 500 (http://127.0.0.1:PORT/oparl/body/0/papers)",
    ),
    "timeout on a later page": (
        "/oparl/body/0/meetings",
        Answer(200, delay=1.0),
        "nicht erreichbar (Zeitüberschreitung nach 0,3 s)",
    ),
    "invalid JSON": (
        "/oparl/body/0/people",
        Answer(200, b'{"data": [{"id": "http'),
        "sendet kein gültiges JSON (http://127.0.0.1:PORT/oparl/body/0/people: Unterminated "
        "string starting at: line 1 column 18 (char 17))",
    ),
    "error 500 on an object referenced by URL": (
        "/oparl/locations/29856",
        Answer(503, b"busy"),
        "antwortet mit Fehler 503 (http://127.0.0.1:PORT/oparl/locations/29856)",
    ),
    "no list where a list belongs": (
        "/oparl/body/0/organizations",
        Answer(200, b'{"error": "Wartung"}'),
        "sendet keine OParl-Liste (http://127.0.0.1:PORT/oparl/body/0/organizations)",
    ),
    "a system object missing a required field": (
        "/oparl/system",
        Answer(200, b'{"id": "https://x.example/", "type": "https://schema.oparl.org/1.1/System"}'),
        "das System-Objekt ist unbrauchbar: Pflichtfeld 'oparlVersion' fehlt",
    ),
}


@pytest.mark.parametrize(("path", "fault", "reason"), FAULTS.values(), ids=FAULTS.keys())
def test_a_failing_source_keeps_its_last_good_files(tmp_path, server, path, fault, reason):
    run_fetch(tmp_path, source(server))
    before = snapshot(tmp_path / "data")
    server.faults[path] = fault
    code, lines = run_fetch(tmp_path, source(server), now=NEXT_DAY, full=True)
    reason = reason.replace("http://127.0.0.1:PORT", server.url(""))
    assert (code, lines) == (0, [f"rat (OParl): {reason} — die Daten vom 25.11.2026 bleiben"])
    assert snapshot(tmp_path / "data") == before


def test_a_timeout_on_the_second_page(tmp_path, server):
    run_fetch(tmp_path, source(server))
    before = snapshot(tmp_path / "data")

    def slow_second_page(seen, respond=server.respond):
        answer = respond(seen)
        if seen.path == "/oparl/body/0/meetings" and seen.query.get("page") == "2":
            answer.delay = 1.0
        return answer

    server.loopback.respond = slow_second_page
    _, lines = run_fetch(tmp_path, source(server), now=NEXT_DAY, full=True)
    assert lines == [
        "rat (OParl): nicht erreichbar (Zeitüberschreitung nach 0,3 s) — die Daten vom "
        "25.11.2026 bleiben"
    ]
    assert snapshot(tmp_path / "data") == before


def test_a_first_fetch_that_fails_leaves_no_folder(tmp_path, server):
    server.faults["/oparl/body/0/papers"] = Answer(500)
    code, lines = run_fetch(tmp_path, source(server))
    assert code == 1
    assert lines[0].endswith(" — von dieser Quelle gibt es noch keine Daten")
    assert not (tmp_path / "data" / "rat").exists()
    assert not list((tmp_path / "data").glob(".rat*"))  # no half-written folder either


def test_the_page_limit(tmp_path, server):
    code, lines = run_fetch(tmp_path, source(server), limits={"max_pages": 2})
    assert code == 1
    assert lines == [
        f"rat (OParl): die Liste {server.url('/oparl/body/0/meetings')} hat mehr als 2 Seiten "
        "oder verweist im Kreis (Grenze 'max_pages') — von dieser Quelle gibt es noch keine Daten"
    ]


def test_a_system_with_several_bodies_needs_the_body_named(tmp_path, server):
    o = server.url("/oparl")
    second = dict(server.site.objects["/oparl/body/0"], id=f"{o}/body/1", name="Landkreis")
    server.site.lists["/oparl/bodies"].append(second)
    _, lines = run_fetch(tmp_path, source(server))
    assert lines == [
        "rat (OParl): das System hat 2 Körperschaften — tragen Sie bei der Quelle 'body' mit der "
        f"id einer davon ein: {o}/body/0 (Stadt Beispielstadt), {o}/body/1 (Landkreis) — von "
        "dieser Quelle gibt es noch keine Daten"
    ]
    chosen = [{**source(server)[0], "body": f"{o}/body/0"}]
    assert run_fetch(tmp_path, chosen)[1] == [FIRST_RUN]


def test_the_report_in_english(tmp_path, server, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "en")
    _, lines = run_fetch(tmp_path, source(server))
    assert lines == [
        "rat (OParl): 4 meetings, 3 papers, 3 organisations, 3 persons, 3 memberships, "
        "1 legislative term new or changed; 3 objects skipped, 1 link removed (not http(s)), "
        "details in data/rat/meta.json"
    ]
    server.faults["/oparl/body/0/papers"] = Answer(500)
    _, lines = run_fetch(tmp_path, source(server), now=NEXT_DAY, full=True)
    assert lines == [
        f"rat (OParl): answers with error 500 ({server.url('/oparl/body/0/papers')}) — the data "
        "of 2026-11-25 remain"
    ]


def test_a_membership_list_of_the_body_is_read_too(tmp_path, server):
    """OParl 1.1 lets a Body offer all memberships as a list of their own."""
    o = server.url("/oparl")
    server.site.objects["/oparl/body/0"]["membership"] = f"{o}/body/0/memberships"
    extra = server.site.add(
        {
            "id": f"{o}/memberships/900",
            "type": "https://schema.oparl.org/1.1/Membership",
            "person": f"{o}/person/31",
            "organization": f"{o}/organization/1",
            "role": "Mitglied",
            "modified": "2013-01-01T00:00:00+01:00",
        }
    )
    server.site.add_list(f"{o}/body/0/memberships", [extra])
    run_fetch(tmp_path, source(server))
    assert "memberships/900" in ids(tmp_path, "memberships.json")
    server.site.objects["/oparl/memberships/900"] = {
        "id": extra,
        "type": "https://schema.oparl.org/1.1/Membership",
        "deleted": True,
        "modified": "2026-11-25T18:00:00+01:00",
    }
    server.set_clock(NEXT_DAY)
    _, lines = run_fetch(tmp_path, source(server), now=NEXT_DAY)
    assert lines == ["rat (OParl): 1 gelöscht"]
    assert "memberships/900" not in ids(tmp_path, "memberships.json")
