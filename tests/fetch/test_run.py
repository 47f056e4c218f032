"""`invoke fetch` as a whole: a line per source, exit codes, settings problems, the data folder."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from plugins.fetch import register_kind, sources
from plugins.fetch.folder import current, json_bytes, write_source
from tests.fetch.helpers import NOW, run_fetch, snapshot
from tests.fetch.loopback import Answer, Loopback

GOOD = (
    Path(__file__).parent / "feeds" / "recurring_across_dst_cancelled_duplicate.ics"
).read_bytes()
LATER = NOW + timedelta(days=7)


class Feeds:
    """Two feeds on one server; /tourismus.ics can be made to hang past the client's timeout."""

    def __init__(self):
        self.slow = False
        self.server = Loopback(self.respond)

    def respond(self, seen):
        if seen.path == "/tourismus.ics" and self.slow:
            return Answer(200, GOOD, delay=1.0)
        if seen.path in ("/vereine.ics", "/tourismus.ics"):
            return Answer(200, GOOD)
        return Answer(404)

    def sources(self):
        return [
            {"name": "vereine", "kind": "ical", "url": self.server.url("/vereine.ics")},
            {"name": "tourismus", "kind": "ical", "url": self.server.url("/tourismus.ics")},
        ]


@pytest.fixture
def feeds():
    served = Feeds()
    with served.server:
        yield served


def test_one_line_per_source_and_a_failing_source_keeps_its_data(tmp_path, feeds):
    run_fetch(tmp_path, feeds.sources())
    before = snapshot(tmp_path / "data" / "tourismus")
    feeds.slow = True
    code, lines = run_fetch(tmp_path, feeds.sources(), now=LATER, limits={"timeout": 0.2})
    assert lines == [
        "vereine (iCalendar): unverändert seit dem letzten Abruf",
        "tourismus (iCalendar): nicht erreichbar (Zeitüberschreitung nach 0,2 s) — die Daten "
        "vom 25.11.2026 bleiben",
    ]
    assert code == 0  # every source still has data to build from
    assert snapshot(tmp_path / "data" / "tourismus") == before


def test_strict_fails_when_any_source_failed(tmp_path, feeds):
    run_fetch(tmp_path, feeds.sources())
    feeds.slow = True
    code, _ = run_fetch(tmp_path, feeds.sources(), now=LATER, limits={"timeout": 0.2}, strict=True)
    assert code == 1


def test_a_source_without_any_data_fails_the_run(tmp_path, feeds):
    feeds.slow = True
    code, lines = run_fetch(tmp_path, feeds.sources(), limits={"timeout": 0.2, "retries": 0})
    assert code == 1
    assert lines[1] == (
        "tourismus (iCalendar): nicht erreichbar (Zeitüberschreitung nach 0,2 s) — von dieser "
        "Quelle gibt es noch keine Daten"
    )
    assert not (tmp_path / "data" / "tourismus").exists()


def test_the_report_in_english(tmp_path, feeds, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "en")
    run_fetch(tmp_path, feeds.sources())
    feeds.slow = True
    _, lines = run_fetch(tmp_path, feeds.sources(), now=LATER, limits={"timeout": 0.2})
    assert lines == [
        "vereine (iCalendar): unchanged since the last fetch",
        "tourismus (iCalendar): not reachable (timed out after 0.2 s) — the data of 2026-11-25 "
        "remain",
    ]


def test_only_one_source(tmp_path, feeds):
    code, lines = run_fetch(tmp_path, feeds.sources(), only="tourismus")
    assert code == 0
    assert [line.split(":")[0] for line in lines] == ["tourismus (iCalendar)"]
    assert not (tmp_path / "data" / "vereine").exists()


def test_an_unknown_source_name(tmp_path, feeds):
    code, lines = run_fetch(tmp_path, feeds.sources(), only="rat")
    assert (code, lines) == (
        1,
        ["Es gibt keine Quelle 'rat' — eingerichtet sind: vereine, tourismus"],
    )


def test_no_sources(tmp_path):
    assert run_fetch(tmp_path, []) == (
        0,
        ["Keine Quellen eingerichtet (EXTERNAL_SOURCES ist leer)."],
    )


def test_settings_problems_are_reported_per_source_and_the_others_are_fetched(tmp_path, feeds):
    sources = [
        *feeds.sources(),
        {"name": "abfall", "kind": "csv", "url": "https://abfall.example/termine.csv"},
        {"name": "Alte Daten", "kind": "ical", "url": "ftp://example.org/x.ics"},
        {"name": "vereine", "kind": "ical", "url": feeds.server.url("/vereine.ics")},
        {"name": "kino", "kind": "ical", "url": "https://kino.example/k.ics", "organiser": "X"},
        {"name": "museum", "kind": "ical", "url": "https://museum.example/m.ics", "timeout": 0},
    ]
    code, lines = run_fetch(tmp_path, sources)
    assert code == 1
    assert lines[0].startswith("vereine (iCalendar): 5 Veranstaltungen geladen")
    assert lines[1].startswith("tourismus (iCalendar): 5 Veranstaltungen geladen")
    assert lines[2:] == [
        "abfall (csv): EXTERNAL_SOURCES[2] in den Einstellungen: unbekannte Art 'csv' — möglich "
        "sind: ical, oparl (von dieser Quelle gibt es noch keine Daten)",
        "Alte Daten (iCalendar): EXTERNAL_SOURCES[3] in den Einstellungen: 'name' fehlt oder ist "
        "ungeeignet ('Alte Daten') — nehmen Sie einen kurzen Namen aus Kleinbuchstaben, Ziffern "
        "und Bindestrichen wie 'rat' oder 'vereine'; er ist der Ordnername unter dem "
        "Datenordner; 'url' fehlt oder ist keine http(s)-Adresse ('ftp://example.org/x.ics') — "
        "tragen Sie die Adresse ein, die mit https:// beginnt (von dieser Quelle gibt es noch "
        "keine Daten)",
        "vereine (iCalendar): EXTERNAL_SOURCES[4] in den Einstellungen: der Name 'vereine' kommt "
        "zweimal vor — jede Quelle braucht einen eigenen (die Daten vom 25.11.2026 bleiben)",
        "kino (iCalendar): EXTERNAL_SOURCES[5] in den Einstellungen: unbekanntes Feld 'organiser' "
        "— erlaubt sind: backoff, category, kind, location, max_pages, max_response_mb, "
        "max_source_mb, name, organizer, retries, timeout, url (von dieser Quelle gibt es noch "
        "keine Daten)",
        "museum (iCalendar): EXTERNAL_SOURCES[6] in den Einstellungen: 'timeout' muss eine Zahl "
        "größer als 0 sein, gelesen wurde '0' (von dieser Quelle gibt es noch keine Daten)",
    ]


def test_external_sources_must_be_a_list(tmp_path):
    code, lines = run_fetch(tmp_path, {"name": "rat"})
    assert code == 1
    assert lines == [
        "EXTERNAL_SOURCES muss eine Liste sein, gelesen wurde dict — schreiben Sie die Quellen in "
        "eckige Klammern: EXTERNAL_SOURCES = [ … ]"
    ]


def test_a_module_that_cannot_be_loaded(tmp_path):
    code, lines = run_fetch(tmp_path, [], settings={"FETCH_MODULES": ["plugins.gibtsnicht"]})
    assert code == 1
    assert lines[0].startswith(
        "FETCH_MODULES: das Modul 'plugins.gibtsnicht' lässt sich nicht laden"
    )


def broken_fetcher(context):
    raise KeyError("data")


def test_a_bug_in_a_kind_costs_only_its_own_source(tmp_path, feeds, monkeypatch):
    monkeypatch.setattr(sources, "_KINDS", dict(sources._KINDS))  # registered for this test only
    register_kind("kaputt", "Kaputt", broken_fetcher)
    write_source(
        tmp_path / "data",
        "test",
        {"meta.json": json_bytes({"fetched_at": "2026-11-01T09:00:00+00:00"})},
    )
    configured = [{"name": "test", "kind": "kaputt", "url": "https://x.example/"}, *feeds.sources()]
    code, lines = run_fetch(tmp_path, configured)
    assert code == 0
    assert lines[0] == (
        "test (Kaputt): unerwarteter Fehler (KeyError: 'data'; bitte den Entwicklern melden) — "
        "die Daten vom 1.11.2026 bleiben"
    )
    assert len(lines) == 3


def test_a_folder_is_only_rewritten_when_its_data_change(tmp_path):
    data = tmp_path / "data"
    first = {"a.json": b"[]\n", "meta.json": json_bytes({"fetched_at": "1", "url": "u"})}
    assert write_source(data, "x", first) is True
    same_but_later = {"a.json": b"[]\n", "meta.json": json_bytes({"fetched_at": "2", "url": "u"})}
    assert write_source(data, "x", same_but_later) is False
    assert (data / "x" / "meta.json").read_bytes() == first["meta.json"]
    changed = {"a.json": b"[1]\n", "meta.json": json_bytes({"fetched_at": "3", "url": "u"})}
    assert write_source(data, "x", changed) is True
    assert snapshot(data) == {"x/a.json": b"[1]\n", "x/meta.json": changed["meta.json"]}


def test_a_file_no_longer_fetched_disappears(tmp_path):
    data = tmp_path / "data"
    write_source(data, "x", {"a.json": b"1", "b.json": b"2"})
    write_source(data, "x", {"a.json": b"1"})
    assert snapshot(data) == {"x/a.json": b"1"}


def test_a_run_stopped_in_the_middle_of_the_switch_is_repaired(tmp_path):
    data = tmp_path / "data"
    write_source(data, "x", {"a.json": b"good"})
    (data / "x").rename(data / ".x.old")  # stopped after the first rename
    (data / ".x.new").mkdir()
    (data / ".x.new" / "a.json").write_bytes(b"half")
    assert current(data, "x") == data / "x"
    assert snapshot(data) == {"x/a.json": b"good"}


def test_file_names_stay_inside_the_source_folder(tmp_path):
    with pytest.raises(ValueError):
        write_source(tmp_path, "x", {"../ausbruch.json": b"{}"})
