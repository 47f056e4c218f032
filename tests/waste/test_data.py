"""Reading the company's files: encodings, dates, house-number ranges with parity."""

import datetime as dt
from pathlib import Path

import pytest

from plugins.frontmatter import Problems
from plugins.site.datafiles import DataFile
from plugins.waste.data import Numbers, decode, parse_day, parse_numbers, read_dates, read_streets

ROWS = "strasse;hausnummern;bezirk\r\nÖlmühlenweg;;1\r\nGoethestraße;2-50 gerade;2\r\n"


def data_file(tmp_path: Path, name: str, data: bytes) -> DataFile:
    path = tmp_path / name
    path.write_bytes(data)
    return DataFile(path, f"abfall/{name}", Problems())


@pytest.mark.parametrize(
    "data",
    [ROWS.encode("utf-8"), b"\xef\xbb\xbf" + ROWS.encode("utf-8"), ROWS.encode("cp1252")],
    ids=["utf-8", "utf-8-bom", "windows-1252"],
)
def test_streets_in_every_encoding(tmp_path, data):
    file = data_file(tmp_path, "strassen.csv", data)
    rows = read_streets(file)
    assert [(r.street, r.numbers, r.district, r.line) for r in rows] == [
        ("Ölmühlenweg", Numbers(), "1", 2),
        ("Goethestraße", Numbers(2, 50, "gerade"), "2", 3),
    ]
    assert file.problems.items == []


def test_decode_prefers_utf8():
    assert decode("Straße".encode()) == "Straße"
    assert decode("Straße".encode("cp1252")) == "Straße"


def test_both_date_forms():
    assert parse_day("2027-01-07") == parse_day("07.01.2027") == dt.date(2027, 1, 7)
    assert parse_day("7.1.2027") == dt.date(2027, 1, 7)
    assert parse_day("31.02.2027") is None
    assert parse_day("morgen") is None


def test_ranges_and_parity():
    even, odd = parse_numbers("2-50 gerade"), parse_numbers("1-49 ungerade")
    assert even.contains(10) and not even.contains(11) and not even.contains(52)
    assert odd.contains(11) and not odd.contains(10)
    assert not even.overlaps(odd)
    assert parse_numbers("1-49").overlaps(even)
    assert not parse_numbers("1-49").overlaps(parse_numbers("50-99"))
    assert parse_numbers("").overlaps(parse_numbers("1-3"))
    assert parse_numbers("7") == Numbers(7, 7)
    assert parse_numbers("50-1") is None
    assert parse_numbers("1-49 krumm") is None


def test_bad_rows_are_reported_with_their_lines(tmp_path):
    text = "datum;bezirk;fraktion\n07.01.2027;1;restmuell\n32.01.2027;1;bio\n07.01.2027;1\n;;\n"
    file = data_file(tmp_path, "termine.csv", text.encode())
    rows = read_dates(file)
    assert [r.line for r in rows] == [2]
    report = [str(p) for p in file.problems.items]
    assert any("termine.csv:3" in line and "32.01.2027" in line for line in report), report
    assert any("termine.csv:4" in line and "columns" in line for line in report), report
