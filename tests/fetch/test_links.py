"""Only http(s) links survive a fetch (plugins/fetch/links.py)."""

from __future__ import annotations

import pytest

from plugins.council.oparl import with_query
from plugins.fetch.links import drop_non_http_links, is_http_url


@pytest.mark.parametrize(
    "value", ["https://ratsinfo.example/a?b=1#c", "http://127.0.0.1:8080/", "HTTPS://Example.org"]
)
def test_http_addresses(value):
    assert is_http_url(value)


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        " https://example.org/",  # browsers would strip the space: we do not guess
        "https://exa mple.org/",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org/",
        "mailto:rat@example.org",
        "//example.org/relative-to-scheme",
        "/relative/path",
        "https://",
        "",
        None,
        42,
    ],
)
def test_everything_else(value):
    assert not is_http_url(value)


def test_non_http_values_under_link_keys_are_removed_and_recorded():
    removed = []
    value = {
        "id": "https://x.example/paper/1",
        "name": "javascript:alert(1) bleibt Text",
        "web": "javascript:alert(1)",
        "relatedPaper": ["https://x.example/paper/2", "data:text/html,x"],
        "mainFile": {"id": "https://x.example/file/1", "accessUrl": "file:///etc/passwd"},
        "auxiliaryFile": [{"id": "https://x.example/file/2", "downloadUrl": "vbscript:x"}],
    }
    cleaned = drop_non_http_links(
        value,
        {"id", "web", "relatedPaper", "mainFile", "auxiliaryFile", "accessUrl", "downloadUrl"},
        lambda path, v: removed.append((path, v)),
    )
    assert cleaned == {
        "id": "https://x.example/paper/1",
        "name": "javascript:alert(1) bleibt Text",
        "relatedPaper": ["https://x.example/paper/2"],
        "mainFile": {"id": "https://x.example/file/1"},
        "auxiliaryFile": [{"id": "https://x.example/file/2"}],
    }
    assert removed == [
        ("web", "javascript:alert(1)"),
        ("relatedPaper[1]", "data:text/html,x"),
        ("mainFile.accessUrl", "file:///etc/passwd"),
        ("auxiliaryFile[0].downloadUrl", "vbscript:x"),
    ]


def test_list_filters_keep_the_query_of_the_list_address():
    url = with_query(
        "https://x.example/oparl/meetings?body=1&limit=50",
        modified_since="2026-11-25T01:00:00+00:00",
    )
    assert url == (
        "https://x.example/oparl/meetings?body=1&limit=50"
        "&modified_since=2026-11-25T01%3A00%3A00%2B00%3A00"
    )
