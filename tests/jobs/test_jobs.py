"""Vacancy pages, the list (de, en), JSON-LD JobPosting, pay table, standard paragraphs, and bad
input reported as file:line: what — fix."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from bs4 import BeautifulSoup

from plugins.jobs.pay import TVOED_VKA_2025, salary_range, tvoed_grade
from tests.helpers import build_files, check_files
from tests.news.town_site import parts

from .site import job, town

LIST = "/rathaus/stellenangebote/"
EN_LIST = "/en/rathaus/jobs/"
# Google's required properties of a JobPosting (developers.google.com/search/docs/appearance/
# structured-data/job-posting), and validThrough for a posting that expires.
GOOGLE_REQUIRED = (
    "title",
    "description",
    "datePosted",
    "validThrough",
    "hiringOrganization",
    "jobLocation",
)

DOCUMENT = "documents:\n  - title: Ausschreibung\n    file: ausschreibung.pdf\n"
FILES = {
    **town(
        alt=job(title="Älter", date="2026-10-01", valid_through="2026-12-31"),
        neu=job(
            title="Neuer (m/w/d)", date="2026-11-20", valid_through="2026-12-20",
            hours="\n  type: Teilzeit\n  per_week: 30", extra=DOCUMENT,
        ),
        vorjahr=job(title="Mit Gehalt", date="2025-06-02", valid_through="2026-12-01",
                    pay="EG 9a TVöD"),
        abgelaufen=job(title="Abgelaufen", valid_through="2026-11-24"),
    ),
    "rathaus/stellenangebote/ausschreibung.pdf": b"%PDF-1.4\n" + b"x" * 3000,
}  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    code, report, output = build_files(tmp_path_factory.mktemp("jobs"), FILES)
    assert code == 0, report
    return output


def read(output, url):
    return (output / url.lstrip("/") / "index.html").read_text(encoding="utf-8")


def posting(output, url) -> dict:
    [data] = parts(read(output, url)).json_ld
    return data


def test_list_shows_open_vacancies_newest_first_with_deadline_and_department(site):
    soup = BeautifulSoup(read(site, LIST), "html.parser")
    cards = soup.select(".ms-card")
    assert [c.h3.get_text(strip=True) for c in cards] == ["Neuer (m/w/d)", "Älter", "Mit Gehalt"]
    meta = cards[0].select_one(".ms-card__meta")
    assert meta.time["datetime"] == "2026-12-20"
    assert "Bürgerbüro" in meta.get_text()
    assert soup.find("link", type="application/atom+xml", href=LIST + "feed.atom")


def test_english_list_shows_the_german_vacancies_marked_german(site):
    soup = BeautifulSoup(read(site, EN_LIST), "html.parser")
    titles = soup.select(".ms-card__title")
    assert [t.get_text(strip=True) for t in titles] == ["Neuer (m/w/d)", "Älter", "Mit Gehalt"]
    assert all(t["lang"] == "de" for t in titles)
    assert "Part-time" in soup.select_one(".ms-card__meta").get_text()
    assert "Open positions" in soup.get_text()
    feed = feedparser.parse((site / "en/rathaus/jobs/feed.atom").read_bytes())
    assert not feed.bozo and len(feed.entries) == 3


def test_job_posting_has_googles_required_properties(site):
    data = posting(site, LIST + "neu/")
    assert data["@context"] == "https://schema.org" and data["@type"] == "JobPosting"
    assert [p for p in GOOGLE_REQUIRED if not data.get(p)] == []
    assert data["title"] == "Neuer (m/w/d)"
    assert data["datePosted"] == "2026-11-20"
    assert data["validThrough"] == "2026-12-20T23:59:59+01:00"
    assert data["hiringOrganization"]["@type"] == "GovernmentOrganization"
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress", "streetAddress": "Rathausplatz 1", "postalCode": "64283",
        "addressLocality": "Musterstadt", "addressCountry": "DE",
    }  # fmt: skip
    assert data["employmentType"] == ["PART_TIME"]
    assert data["workHours"] == "30 Stunden pro Woche"
    assert data["identifier"]["value"] == "2026-41"
    assert "<li>Anträge bearbeiten</li>" in data["description"]
    assert data["description"].startswith("<p>Das Bürgerbüro sucht Verstärkung.</p>")


def test_salary_only_where_the_grade_maps_to_a_table_in_force(site):
    assert "baseSalary" not in posting(site, LIST + "neu/")  # posted after the table ran out
    salary = posting(site, LIST + "vorjahr/")["baseSalary"]
    assert salary == {
        "@type": "MonetaryAmount", "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "minValue": 3558.96, "maxValue": 4844.33,
                  "unitText": "MONTH"},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("pay", "grade"),
    [("TVöD EG 9a", "9a"), ("EG 11 TVöD", "11"), ("TVöD E 15Ü", "15Ü"), ("TVöD-VKA EG 8", "8"),
     ("TVöD SuE S 8a", None), ("A 11", None), ("TV-L E 9", None), ("", None)],
)  # fmt: skip
def test_tvoed_grade(pay, grade):
    assert tvoed_grade(pay) == grade


def test_salary_range_needs_the_table_in_force_on_the_posting_day():
    assert salary_range("TVöD EG 5", dt.date(2025, 4, 1)).high == 3680.28
    assert salary_range("TVöD EG 5", dt.date(2025, 3, 31)) is None
    assert salary_range("TVöD EG 5", dt.date(2026, 5, 1)) is None
    assert TVOED_VKA_2025.source.startswith("https://")


def test_page_shows_facts_documents_and_standard_paragraphs(site):
    soup = BeautifulSoup(read(site, LIST + "neu/"), "html.parser")
    facts = {dt_.get_text(): dt_.find_next_sibling("dd").get_text() for dt_ in soup.select("dt")}
    assert facts["Umfang"] == "Teilzeit, 30 Stunden pro Woche"
    assert facts["Bezahlung"] == "TVöD EG 9a"
    link = soup.find("a", href="/rathaus/stellenangebote/ausschreibung.pdf")
    assert link.find_next_sibling("span").get_text() == "(PDF, 3 KB)"
    text = soup.get_text(" ")
    assert "bevorzugt berücksichtigt" in text and "Gleichstellung aller Geschlechter" in text


def test_standard_paragraphs_are_configurable(tmp_path):
    code, report, output = build_files(
        tmp_path, town(a=job(valid_through="2026-12-31")),
        JOBS_EQUAL_OPPORTUNITY={"de": "Vielfalt ist uns wichtig.", "en": "We value diversity."},
        JOBS_DISABILITY_NOTE=None,
    )  # fmt: skip
    assert code == 0, report
    text = read(output, LIST + "a/")
    assert "Vielfalt ist uns wichtig." in text and "bevorzugt" not in text
    assert "We value diversity." in read(output, EN_LIST)


@pytest.mark.parametrize(
    ("jobs", "expected"),
    [
        ({"a": job(apply_url="http://karriere.musterstadt.example/1")},
         "rathaus/stellenangebote/a.md:11: field 'apply_url': the application address must start "
         "with https://, read 'http://karriere.musterstadt.example/1' — applications carry "
         "personal data"),
        ({"a": job(extra=DOCUMENT)},
         "rathaus/stellenangebote/a.md:14: field 'documents': the file 'ausschreibung.pdf' is "
         "missing (looked for content/rathaus/stellenangebote/ausschreibung.pdf) — put "
         "'ausschreibung.pdf' beside a.md"),
        ({"a": job(extra="documents:\n  - title: A\n    file: a.docx\n")},
         "rathaus/stellenangebote/a.md:14: field 'documents': 'a.docx' is not a PDF file "
         "— publish the document as PDF"),
        ({"a": job(date="2026-12-01", valid_through="2026-11-30")},
         "rathaus/stellenangebote/a.md:10: the closing date 2026-11-30 is before the publication "
         "date 2026-12-01 — check valid_through and date"),
        ({"a": job().replace("valid_through: 2026-11-25\n", "")},
         "rathaus/stellenangebote/a.md:1: the field 'valid_through' is required"),
        ({"a": job().replace("apply_url: https://karriere.musterstadt.example/2026-41\n", "")},
         "rathaus/stellenangebote/a.md:2: it does not say how to apply — give apply_url"),
        ({"a": job(hours="Halbtags")}, "rathaus/stellenangebote/a.md:8: field 'hours.type'"),
        ({"a": job().replace("office: buergerbuero", "office: bauamt")},
         "rathaus/stellenangebote/a.md:5: field 'office': there is no page of type 'office' with "
         "the key 'bauamt' — possible keys: buergerbuero"),
    ],
    ids=["http apply_url", "missing document", "not a pdf", "deadline before posting",
         "no deadline", "no way to apply", "unknown hours", "unknown office"],
)  # fmt: skip
def test_bad_input_is_reported_with_file_and_line(tmp_path, jobs, expected):
    code, report = check_files(tmp_path, town(**jobs))
    assert code != 0
    assert expected in report, report


def test_english_vacancy_marks_a_german_office_name(tmp_path):
    english = job(title="Clerk").replace("limited: unbefristet", "limited: permanent")
    files = town(a=job(valid_through="2026-12-31"))
    files["rathaus/stellenangebote/a.en.md"] = english.replace("2026-11-25", "2026-12-31")
    code, report, output = build_files(tmp_path, files)
    assert code == 0, report
    soup = BeautifulSoup(read(output, EN_LIST + "a/"), "html.parser")
    office = soup.find("a", href="/rathaus/aemter/buergerbuero/")
    assert office["lang"] == "de"
    assert soup.find("dt", string="Hours").find_next_sibling("dd").get_text() == "Full-time"
