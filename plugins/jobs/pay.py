"""Pay grades to monthly salary ranges, for the JobPosting's `baseSalary`.

Only where a vacancy's `pay` names a grade of a table below, and that table was in force on the
day the vacancy was posted, does the JSON-LD carry a range (step 1 to the last step, monthly
gross in euro). Anything else (S grades of the social and education service, civil servants'
A grades, whose pay differs per Land, a table that has run out) gets no salary: better none
than a wrong one. When a new table is agreed, add it here with its source and dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PayTable:
    name: str  # "TVöD VKA"
    valid_from: dt.date
    valid_until: dt.date
    source: str
    # grade -> (lowest step, highest step), monthly gross in euro
    ranges: dict


# TVöD, Vereinigung der kommunalen Arbeitgeberverbände (the table for towns), Anlage A (VKA),
# in force 1 April 2025 to 30 April 2026 (Tarifeinigung of 6 April 2025: +3 %, at least 110 €).
# Steps 1 and 6 (15Ü: steps 2 and 6), as published by dienstrechner.de/entgelttabellen/tvoed-vka
# and getbaito.com/de/tarife/tvoed-vka (both "gültig ab 01.04.2025"), checked against the
# 2024 table (+110 € in 9a step 1, +3 % in 15 step 1).
TVOED_VKA_2025 = PayTable(
    name="TVöD VKA",
    valid_from=dt.date(2025, 4, 1),
    valid_until=dt.date(2026, 4, 30),
    source="https://www.dienstrechner.de/entgelttabellen/tvoed-vka",
    ranges={
        "15Ü": (6955.18, 8947.29),
        "15": (5669.12, 7980.65),
        "14": (5153.96, 7346.09),
        "13": (4767.62, 6834.50),
        "12": (4295.43, 6712.24),
        "11": (4153.35, 6154.45),
        "10": (4012.19, 5596.64),
        "9c": (3901.48, 5377.14),
        "9b": (3676.89, 5168.65),
        "9a": (3558.96, 4844.33),
        "8": (3391.44, 4115.73),
        "7": (3205.23, 3935.06),
        "6": (3152.04, 3819.26),
        "5": (3038.99, 3680.28),
        "4": (2912.62, 3521.60),
        "3": (2872.69, 3406.43),
        "2Ü": (2711.60, 3339.97),
    },
)

TABLES = (TVOED_VKA_2025,)

_TVOED = re.compile(r"\bTVöD\b", re.IGNORECASE)
_SUE = re.compile(r"\bSuE\b|\bS\s*\d", re.IGNORECASE)  # social/education service: S grades
_GRADE = re.compile(r"\bE(?:G)?\s*(\d{1,2})\s*([abcÜü]?)(?![\w])", re.IGNORECASE)


def tvoed_grade(pay: str) -> str | None:
    """'TVöD EG 9a', 'EG 9a TVöD', 'TVöD E 15Ü' -> '9a', '9a', '15Ü'; None for anything else."""
    if not pay or not _TVOED.search(pay) or _SUE.search(pay):
        return None
    match = _GRADE.search(pay)
    if not match:
        return None
    number, suffix = match.groups()
    return number + (suffix.upper() if suffix.lower() == "ü" else suffix.lower())


@dataclass(frozen=True)
class SalaryRange:
    low: float
    high: float
    table: PayTable


def salary_range(pay: str | None, posted: dt.date, tables=TABLES) -> SalaryRange | None:
    """The monthly range of `pay` in the table in force on `posted`, or None."""
    grade = tvoed_grade(pay or "")
    if grade is None:
        return None
    for table in tables:
        if table.valid_from <= posted <= table.valid_until and grade in table.ranges:
            low, high = table.ranges[grade]
            return SalaryRange(low, high, table)
    return None
