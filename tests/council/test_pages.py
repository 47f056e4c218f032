"""The Politik pages built from a small OParl data folder at the fixed build date 2026-11-25:
upcoming/past meetings, public agenda only, members, papers with consultations, JSON-LD, .ics per
Gremium, escaping of fetched text and http(s)-only links; and the demo data set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from tests.conftest import build_site, read_html
from tests.helpers import ROOT, write_files

API = "https://ris.example/oparl/v1"
ORG_RAT = f"{API}/organization/1"
ORG_OLD = f"{API}/organization/2"
ORG_FRAKTION = f"{API}/organization/3"

CONTENT = {
    "index.md": "---\ntitle: Start\nsummary: Start.\n---\n",
    "index.en.md": "---\ntitle: Home\nsummary: Home.\n---\n",
    "rathaus/index.md": "---\ntitle: Rathaus\nsummary: Rathaus.\n---\n",
    "rathaus/index.en.md": "---\ntitle: Town hall\nslug: town-hall\nsummary: Town hall.\n---\n",
    "rathaus/politik/index.md": "---\ntitle: Politik\nsummary: Politik.\n---\n",
}


def location(room: str) -> dict:
    return {
        "id": f"{API}/location/{room}",
        "type": "https://schema.oparl.org/1.1/Location",
        "description": f"Rathaus, {room}",
        "streetAddress": "Rathausplatz 1",
        "postalCode": "64283",
        "locality": "Teststadt",
    }


def meeting(number: int, start: str, name: str, **extra) -> dict:
    return {
        "id": f"{API}/meeting/{number}",
        "type": "https://schema.oparl.org/1.1/Meeting",
        "name": name,
        "start": start,
        "organization": [ORG_RAT],
        "location": location("Saal"),
        **extra,
    }


MEETINGS = [
    meeting(
        1,
        "2026-12-03T18:00:00+01:00",
        "<script>alert(1)</script> Sitzung des Rats",
        end="2026-12-03T21:00:00+01:00",
        web="https://ris.example/sitzungen/1",
        agendaItem=[
            {
                "id": f"{API}/agendaitem/1",
                "number": "1",
                "order": 1,
                "public": True,
                "name": "Haushalt 2027",
                "consultation": f"{API}/consultation/1",
            },
            {
                "id": f"{API}/agendaitem/2",
                "number": "2",
                "order": 2,
                "public": False,
                "name": "Grundstücksangelegenheit geheim",
            },
        ],
        invitation={
            "id": f"{API}/file/1",
            "name": "Einladung",
            "mimeType": "application/pdf",
            "accessUrl": "https://ris.example/dok/einladung.pdf",
        },
        auxiliaryFile=[
            {"id": f"{API}/file/2", "name": "Böser Anhang", "accessUrl": "javascript:alert(2)"}
        ],
    ),
    meeting(2, "2027-01-14T18:00:00+01:00", "Abgesagte Sitzung", cancelled=True),
    meeting(3, "2026-06-18T17:00:00+02:00", "Sitzung im Juni"),
    meeting(4, "2025-09-18T17:00:00+02:00", "Sitzung vor über einem Jahr"),
    meeting(
        5,
        "2026-12-10T17:00:00+01:00",
        "Nichtöffentliche Sitzung",
        agendaItem=[{"id": f"{API}/agendaitem/9", "public": False, "name": "Personal"}],
    ),
]
PAPERS = [
    {
        "id": f"{API}/paper/1",
        "type": "https://schema.oparl.org/1.1/Paper",
        "name": "Haushaltssatzung 2027",
        "reference": "VO/2026/0001",
        "paperType": "Beschlussvorlage",
        "date": "2026-11-01",
        "mainFile": {
            "id": f"{API}/file/3",
            "name": "Vorlage",
            "mimeType": "application/pdf",
            "accessUrl": "https://ris.example/dok/vo1.pdf",
        },
        "consultation": [
            {
                "id": f"{API}/consultation/1",
                "meeting": f"{API}/meeting/1",
                "organization": [ORG_RAT],
                "role": "Entscheidung",
            },
        ],
    },
    {
        "id": f"{API}/paper/2",
        "type": "https://schema.oparl.org/1.1/Paper",
        "name": "Bericht zum Stand der Digitalisierung",
        "reference": "VO/2026/0002",
        "paperType": "Bericht",
        "date": "2026-10-01",
    },
]
ORGS = [
    {
        "id": ORG_RAT,
        "type": "https://schema.oparl.org/1.1/Organization",
        "name": "Rat der Stadt",
        "organizationType": "Gremium",
    },
    {
        "id": ORG_OLD,
        "type": "https://schema.oparl.org/1.1/Organization",
        "name": "Alter Ausschuss",
        "organizationType": "Gremium",
        "endDate": "2025-12-31",
    },
    {
        "id": ORG_FRAKTION,
        "type": "https://schema.oparl.org/1.1/Organization",
        "name": "Grüne Bank",
        "organizationType": "Fraktion",
    },
]
PERSONS = [
    {"id": f"{API}/person/1", "name": "Erika <b>Muster</b>", "familyName": "Muster"},
    {"id": f"{API}/person/2", "name": "Max Früher", "familyName": "Früher"},
]
MEMBERSHIPS = [
    {
        "id": f"{API}/membership/1",
        "person": f"{API}/person/1",
        "organization": ORG_RAT,
        "role": "Vorsitz",
        "onBehalfOf": ORG_FRAKTION,
        "startDate": "2026-04-16",
    },
    {
        "id": f"{API}/membership/2",
        "person": f"{API}/person/2",
        "organization": ORG_RAT,
        "role": "Mitglied",
        "startDate": "2021-04-01",
        "endDate": "2026-04-15",
    },
]


def data_files(**replace) -> dict[str, str]:
    files = {
        "meetings.json": MEETINGS,
        "papers.json": PAPERS,
        "organizations.json": ORGS,
        "persons.json": PERSONS,
        "memberships.json": MEMBERSHIPS,
        "meta.json": {"kind": "oparl", "url": f"{API}/system"},
        **replace,
    }
    return {f"rat/{name}": json.dumps(value) for name, value in files.items()}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("council")
    write_files(base / "data", data_files())
    content = write_files(base / "content", CONTENT)
    code, report = build_site(content, base / "out", DATA_PATH=str(base / "data"))
    assert code == 0, report
    return base / "out"


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup(read_html(site, url), "html.parser")


def test_upcoming_meetings_with_their_public_agenda_and_files(site):
    page = soup(site, "/rathaus/politik/sitzungen/")
    upcoming = page.select("article.ms-council-meeting")
    names = [a.h3.get_text(" ", strip=True) for a in upcoming]
    assert names == ["<script>alert(1)</script> Sitzung des Rats", "Abgesagt Abgesagte Sitzung"]
    first = upcoming[0]
    text = first.get_text(" ", strip=True)
    assert "Donnerstag, 3. Dezember 2026, 18:00 Uhr" in text
    assert "Rathaus, Saal" in text and "Rat der Stadt" in text
    assert "Haushalt 2027" in text and "geheim" not in text
    paper_link = first.select_one(".ms-council-agenda a")
    assert paper_link["href"].endswith("/rathaus/politik/vorlagen/#vo-2026-0001")
    hrefs = [a["href"] for a in first.select("a")]
    assert "https://ris.example/dok/einladung.pdf" in hrefs
    assert not any(h.startswith("javascript:") for h in hrefs)
    assert "Böser Anhang" not in text


def test_fetched_text_stays_text(site):
    html = read_html(site, "/rathaus/politik/sitzungen/")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    members = read_html(site, "/rathaus/politik/gremien/")
    assert "<b>Muster</b>" not in members and "Erika &lt;b&gt;Muster&lt;/b&gt;" in members


def test_past_meetings_of_the_last_twelve_months(site):
    past = soup(site, "/rathaus/politik/sitzungen/").select("#vergangene + div tbody tr")
    assert [row.th.get_text(strip=True) for row in past] == ["Sitzung im Juni"]


def test_json_ld_events_for_public_upcoming_meetings(site):
    page = soup(site, "/rathaus/politik/sitzungen/")
    scripts = page.select('script[type="application/ld+json"]')
    (script,) = [s for s in scripts if "@graph" in s.string]  # not the BreadcrumbList
    assert "<script>" not in script.string
    graph = json.loads(script.string)["@graph"]
    assert [e["name"] for e in graph] == [
        "<script>alert(1)</script> Sitzung des Rats",
        "Abgesagte Sitzung",
    ]
    first, cancelled = graph
    assert first["startDate"] == "2026-12-03T18:00:00+01:00"
    assert first["endDate"] == "2026-12-03T21:00:00+01:00"
    assert first["location"]["address"]["postalCode"] == "64283"
    assert first["eventStatus"] == "https://schema.org/EventScheduled"
    assert cancelled["eventStatus"] == "https://schema.org/EventCancelled"
    allowed = {
        "@type", "name", "startDate", "endDate", "eventStatus", "eventAttendanceMode",
        "isAccessibleForFree", "inLanguage", "url", "location", "organizer", "sameAs",
    }  # fmt: skip
    assert set(first) <= allowed


def test_gremien_with_current_members_only(site):
    page = soup(site, "/rathaus/politik/gremien/")
    sections = page.select("main section[id]")
    assert [s.h2.get_text(strip=True) for s in sections] == ["Rat der Stadt"]
    rows = [
        [c.get_text(strip=True) for c in r.select("th, td")] for r in sections[0].select("tbody tr")
    ]
    assert rows == [["Erika <b>Muster</b>", "Vorsitz", "Grüne Bank"]]


def test_an_ics_per_gremium(site):
    calendar = Calendar.from_ical(
        (site / "rathaus/politik/gremien/rat-der-stadt/sitzungen.ics").read_bytes()
    )
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {
        "<script>alert(1)</script> Sitzung des Rats",
        "Abgesagte Sitzung",
        "Sitzung im Juni",
    }
    assert str(events["Abgesagte Sitzung"]["STATUS"]) == "CANCELLED"
    assert events["Sitzung im Juni"].decoded("DTSTART").isoformat() == "2026-06-18T17:00:00+02:00"


def test_papers_with_their_consultations(site):
    page = soup(site, "/rathaus/politik/vorlagen/")
    papers = page.select("article.ms-council-paper")
    assert [p["id"] for p in papers] == ["vo-2026-0001", "vo-2026-0002"]  # newest first
    text = papers[0].get_text(" ", strip=True)
    assert "3. Dezember 2026 · Rat der Stadt (Entscheidung)" in text


def test_english_pages(site):
    page = soup(site, "/en/town-hall/politics/meetings/")
    assert page.h1.get_text(strip=True) == "Meetings"
    assert "Thursday, 3 December 2026" in page.get_text(" ", strip=True)
    assert soup(site, "/en/town-hall/politics/committees/").select("main section[id]")
    assert (site / "en/town-hall/politics/committees/rat-der-stadt/meetings.ics").is_file()


def test_broken_data_file_is_a_warning_and_the_build_passes(tmp_path, capsys):
    write_files(tmp_path / "data", data_files())
    (tmp_path / "data/rat/meetings.json").write_text("[{", encoding="utf-8")
    content = write_files(tmp_path / "content", CONTENT)
    code, report = build_site(content, tmp_path / "out", DATA_PATH=str(tmp_path / "data"))
    assert code == 0, report
    assert "Warnungen: 1" in report
    assert "data/rat/meetings.json:1: kein gültiges JSON" in capsys.readouterr().err
    assert (tmp_path / "out/rathaus/politik/vorlagen/index.html").is_file()


def test_no_data_no_pages(tmp_path):
    content = write_files(tmp_path / "content", CONTENT)
    code, report = build_site(content, tmp_path / "out", DATA_PATH=str(tmp_path / "nothing"))
    assert code == 0, report
    assert not (tmp_path / "out/rathaus/politik/sitzungen").exists()


def test_digital_page_lists_papers_on_digitalisation(site):
    page = soup(site, "/rathaus/digitale-verwaltung/")
    items = page.select(".ms-digital-papers li")
    assert [li.a.get_text(strip=True) for li in items] == ["Bericht zum Stand der Digitalisierung"]
    assert items[0].a["href"].endswith("/rathaus/politik/vorlagen/#vo-2026-0002")


def test_digital_papers_by_paper_type(tmp_path):
    write_files(tmp_path / "data", data_files())
    content = write_files(tmp_path / "content", CONTENT)
    code, report = build_site(
        content,
        tmp_path / "out",
        DATA_PATH=str(tmp_path / "data"),
        COUNCIL={"digital_terms": [], "digital_paper_types": ["Beschlussvorlage"]},
    )
    assert code == 0, report
    page = soup(tmp_path / "out", "/rathaus/digitale-verwaltung/")
    assert [li.a.get_text(strip=True) for li in page.select(".ms-digital-papers li")] == [
        "Haushaltssatzung 2027"
    ]


def test_demo_data_fills_the_politik_pages():
    from datetime import date

    from plugins.council.model import build_council, gather, read_council_file
    from plugins.frontmatter import Problems
    from plugins.site.datafiles import DataEntry, DataFile

    entries = {}
    for path in sorted((ROOT / "data/rat").glob("*.json")):
        records = read_council_file(DataFile(path, f"data/rat/{path.name}", Problems()))
        entries[f"data/rat/{path.name}"] = DataEntry("council", path.name, records, "")
    council = build_council(gather(entries), date(2026, 11, 25))
    assert len(council.upcoming(date(2026, 11, 25))) >= 10
    assert len(council.past(date(2026, 11, 25))) >= 20
    assert {g.name for g in council.gremien} >= {"Stadtrat", "Haupt- und Finanzausschuss"}
    assert all(g.members for g in council.gremien)
    assert any(p.consultations for p in council.papers)
