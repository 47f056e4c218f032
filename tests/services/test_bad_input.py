"""Bad service input stops the build with file:line: what — fix."""

from tests.helpers import check_files

OFFICE = """\
---
type: office
title: Amt
opening_hours: Mo-Fr 08:00-12:00
---
"""


def check(tmp_path, service: str) -> tuple[int, str]:
    return check_files(tmp_path, {"amt.md": OFFICE, "x.md": service})


def test_office_that_does_not_exist(tmp_path):
    code, report = check(
        tmp_path,
        """\
        ---
        type: service
        title: Test
        summary: Text
        office: gibtsnicht
        ---
        """,
    )
    assert code == 1
    assert (
        "x.md:5: field 'office': there is no page of type 'office' with the key 'gibtsnicht' — "
        "possible keys: amt"
    ) in report.splitlines()


def test_online_service_without_https(tmp_path):
    code, report = check(
        tmp_path,
        """\
        ---
        type: service
        title: Test
        summary: Text
        office: amt
        online_service: http://service.musterstadt.example/antrag
        ---
        """,
    )
    assert code == 1
    assert (
        "x.md:6: field 'online_service': the online application must use an encrypted address "
        "starting with https://, YAML read 'http://service.musterstadt.example/antrag' "
        "— ask the provider of the online service for its https:// address"
    ) in report.splitlines()


def test_https_online_service_is_fine(tmp_path):
    code, report = check(
        tmp_path,
        """\
        ---
        type: service
        title: Test
        summary: Text
        office: amt
        online_service: https://service.musterstadt.example/antrag
        ---
        """,
    )
    assert code == 0, report
