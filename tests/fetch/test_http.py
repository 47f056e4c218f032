"""plugins/fetch/http.py against a real server on loopback: limits, retries, redirects, 304."""

from __future__ import annotations

import pytest

from plugins.fetch.http import Client, FetchError
from plugins.fetch.sources import Limits
from tests.fetch.loopback import Answer, Loopback

FAST = Limits(timeout=0.3, retries=2, backoff=0.0)


def serve(routes: dict[str, Answer | list[Answer]]) -> Loopback:
    """A server answering each path from `routes`; a list is answered one item per request."""
    counts: dict[str, int] = {}

    def respond(seen):
        answer = routes.get(seen.path, Answer(404, b"not found"))
        if isinstance(answer, list):
            number = counts.get(seen.path, 0)
            counts[seen.path] = number + 1
            answer = answer[min(number, len(answer) - 1)]
        return answer

    return Loopback(respond)


def test_a_good_answer_with_its_validators():
    with serve(
        {"/a": Answer(200, b"hallo", {"Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"})}
    ) as s:
        response = Client(FAST).get(s.url("/a"))
    assert (response.status, response.body) == (200, b"hallo")
    assert response.etag.startswith('"') and response.last_modified.endswith("GMT")
    assert response.date is not None


def test_etag_and_last_modified_are_sent_and_304_comes_back_empty():
    with serve({"/a": Answer(200, b"hallo")}) as s:
        client = Client(FAST)
        first = client.get(s.url("/a"))
        again = client.get(
            s.url("/a"), etag=first.etag, last_modified="Tue, 01 Dec 2026 10:00:00 GMT"
        )
        headers = s.requests[-1].headers
    assert (again.status, again.body) == (304, b"")
    assert headers["If-None-Match"] == first.etag
    assert headers["If-Modified-Since"] == "Tue, 01 Dec 2026 10:00:00 GMT"


def test_server_errors_are_retried_with_back_off_then_reported():
    pauses = []
    with serve({"/a": Answer(503, b"busy")}) as s:
        client = Client(Limits(timeout=0.3, retries=2, backoff=1.5), sleep=pauses.append)
        with pytest.raises(FetchError) as error:
            client.get(s.url("/a"))
        attempts = len(s.seen("/a"))
    assert attempts == 3
    assert pauses == [1.5, 3.0]
    assert error.value.reason == f"antwortet mit Fehler 503 ({s.url('/a')})"


def test_a_retry_that_succeeds_returns_the_answer():
    with serve({"/a": [Answer(500), Answer(200, b"ok")]}) as s:
        response = Client(FAST, sleep=lambda _: None).get(s.url("/a"))
    assert response.body == b"ok"


def test_retry_after_is_honoured_up_to_a_minute():
    pauses = []
    with serve({"/a": [Answer(429, headers={"Retry-After": "7"}), Answer(200, b"ok")]}) as s:
        Client(Limits(timeout=0.3, retries=1, backoff=1.0), sleep=pauses.append).get(s.url("/a"))
    assert pauses == [7.0]


def test_not_found_is_not_retried():
    with serve({}) as s:
        with pytest.raises(FetchError) as error:
            Client(FAST, sleep=lambda _: None).get(s.url("/fehlt"))
        assert len(s.seen("/fehlt")) == 1
    assert error.value.status == 404


def test_a_silent_server_times_out_after_each_attempt():
    with serve({"/langsam": Answer(200, b"zu spaet", delay=1.0)}) as s:
        client = Client(Limits(timeout=0.2, retries=1, backoff=0.0))
        with pytest.raises(FetchError) as error:
            client.get(s.url("/langsam"))
        assert len(s.seen("/langsam")) == 2
    assert error.value.reason == "nicht erreichbar (Zeitüberschreitung nach 0,2 s)"


def test_connection_refused():
    with serve({}) as s:
        url = s.url("/a")
    with pytest.raises(FetchError) as error:
        Client(Limits(timeout=0.3, retries=0)).get(url)
    assert error.value.reason == "nicht erreichbar (Verbindung abgelehnt)"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "//host/x"]
)
def test_only_http_addresses_are_requested(url):
    with pytest.raises(FetchError) as error:
        Client(FAST).get(url)
    assert error.value.reason == f"die Adresse '{url}' ist nicht http(s) und wird nicht abgerufen"


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/daten"])
def test_redirects_are_followed_only_to_http(target):
    redirect = serve({"/weiter": Answer(302, headers={"Location": target})})
    with redirect as s, pytest.raises(FetchError) as error:
        Client(FAST).get(s.url("/weiter"))
    assert error.value.reason == f"leitet auf eine Adresse um, die nicht http(s) ist ({target})"


def test_redirect_to_http_is_followed():
    with serve(
        {"/alt": Answer(301, headers={"Location": "/neu"}), "/neu": Answer(200, b"da")}
    ) as s:
        assert Client(FAST).get(s.url("/alt")).body == b"da"


def test_an_answer_over_the_size_limit_fails_before_it_is_read_whole():
    body = b"x" * 3_000_000
    with serve({"/gross": Answer(200, body)}) as s, pytest.raises(FetchError) as error:
        Client(Limits(max_response_mb=1)).get(s.url("/gross"))
    assert error.value.reason == (
        f"eine Antwort ist größer als 1 MB (Grenze 'max_response_mb'; {s.url('/gross')})"
    )


def test_what_a_source_sends_in_one_run_is_limited():
    with serve({"/a": Answer(200, b"y" * 600_000)}) as s:
        client = Client(Limits(max_source_mb=1))
        client.get(s.url("/a"))
        with pytest.raises(FetchError) as error:
            client.get(s.url("/a"))
    assert error.value.reason == "mehr als 1 MB in diesem Lauf (Grenze 'max_source_mb')"
    assert client.received == 600_000
