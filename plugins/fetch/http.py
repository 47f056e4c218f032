"""Bounded HTTP GET for `invoke fetch`, with the standard library (urllib).

- Only http(s) addresses are requested, and redirects are followed only to http(s) addresses.
- `timeout`: how long a server may stay silent (connecting, or between two parts of an answer);
  a whole answer must also arrive within six times that, so a trickling server cannot hold a run.
- Retries with back-off (backoff, 2×, 4× … seconds; a server's Retry-After up to a minute) after a
  timeout, a lost connection, 408, 429 or 5xx; other 4xx answers and unknown hosts fail at once.
- Size limits: one answer (`max_response_mb`) and everything a source sends in one run
  (`max_source_mb`); Content-Length is checked before anything is read.
- Conditional requests: pass the ETag and Last-Modified of the last answer, and a 304 comes back
  as a `Response` with status 304 and no body.

Every failure is a `FetchError` whose text is the editor's message (German by default).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from plugins.kit.i18n import editor_language, message

from .links import is_http_url
from .sources import Limits

USER_AGENT = "website-fetch/1.0 (nightly import of public data for a town website)"
MAX_RETRY_AFTER = 60.0


class FetchError(Exception):
    """A source could not be read; `reason` is the message for the report line."""

    def __init__(self, reason: str, *, url: str | None = None, status: int | None = None):
        super().__init__(reason)
        self.reason, self.url, self.status = reason, url, status


class _Retry(Exception):
    """A failure worth another attempt (timeouts, lost connections, 408, 429, 5xx)."""

    def __init__(self, reason: str, status: int | None = None, retry_after: float = 0.0):
        super().__init__(reason)
        self.reason, self.status, self.retry_after = reason, status, retry_after


@dataclass
class Response:
    url: str
    status: int  # 200 (or another 2xx), or 304 for "not modified"
    body: bytes
    headers: Message = field(default_factory=Message)

    @property
    def etag(self) -> str | None:
        return self.headers.get("ETag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("Last-Modified")

    @property
    def date(self) -> datetime | None:
        """The server's clock (HTTP Date header), when it sent a readable one."""
        try:
            return parsedate_to_datetime(self.headers.get("Date") or "")
        except (TypeError, ValueError):
            return None


def format_seconds(seconds: float) -> str:
    text = f"{seconds:g}"
    return text.replace(".", ",") if editor_language() == "de" else text


def format_mb(number: float) -> str:
    return format_seconds(number)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_http_url(newurl):
            raise FetchError(
                message("leitet auf eine Adresse um, die nicht http(s) ist ({url})", url=newurl),
                url=req.full_url,
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def build_opener(*handlers: urllib.request.BaseHandler) -> urllib.request.OpenerDirector:
    """urllib's opener with http(s)-only redirects (and `handlers`, e.g. for tests)."""
    return urllib.request.build_opener(_HttpOnlyRedirects, *handlers)


class Client:
    """GET requests for one source in one run; `received` counts the bytes of all answers."""

    def __init__(
        self,
        limits: Limits,
        *,
        opener: urllib.request.OpenerDirector | None = None,
        sleep: Callable[[float], None] = time.sleep,
        user_agent: str = USER_AGENT,
    ):
        self.limits = limits
        self.opener = opener or build_opener()
        self.sleep = sleep
        self.user_agent = user_agent
        self.received = 0
        self.requests = 0

    def get(
        self,
        url: str,
        *,
        accept: str = "*/*",
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Response:
        if not is_http_url(url):
            raise FetchError(
                message("die Adresse '{url}' ist nicht http(s) und wird nicht abgerufen", url=url),
                url=url,
            )
        headers = {"User-Agent": self.user_agent, "Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = max(0, int(self.limits.retries)) + 1
        for attempt in range(attempts):
            try:
                return self._once(url, headers)
            except _Retry as retry:
                if attempt + 1 == attempts:
                    raise FetchError(retry.reason, url=url, status=retry.status) from None
                pause = self.limits.backoff * 2**attempt
                self.sleep(min(max(pause, retry.retry_after), MAX_RETRY_AFTER))
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self.requests += 1
        request = urllib.request.Request(url, headers=headers)
        deadline = time.monotonic() + self.limits.timeout * 6
        try:
            answer = self.opener.open(request, timeout=self.limits.timeout)
        except urllib.error.HTTPError as error:
            error.close()
            if error.code == 304:
                return Response(url, 304, b"", error.headers)
            raise self._status_error(url, error) from None
        except urllib.error.URLError as error:
            raise self._network_error(url, error.reason) from None
        except (OSError, http.client.HTTPException) as error:
            raise self._network_error(url, error) from None
        with answer:
            body = self._read(url, answer, deadline)
        return Response(url, answer.status, body, answer.headers)

    def _read(self, url: str, answer, deadline: float) -> bytes:
        limit = int(self.limits.max_response_mb * 1_000_000)
        length = answer.headers.get("Content-Length") or ""
        if length.isdigit() and int(length) > limit:
            raise self._too_big(url)
        chunks, size = [], 0
        while True:
            try:
                chunk = answer.read(65536)
            except (OSError, http.client.HTTPException) as error:
                raise self._network_error(url, error) from None
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise self._too_big(url)
            self._check_source_budget(size)
            if time.monotonic() > deadline:
                raise _Retry(
                    message(
                        "nicht erreichbar (Antwort nach {seconds} s nicht vollständig)",
                        seconds=format_seconds(self.limits.timeout * 6),
                    )
                )
            chunks.append(chunk)
        self.received += size
        return b"".join(chunks)

    def _check_source_budget(self, size: int) -> None:
        if self.received + size > self.limits.max_source_mb * 1_000_000:
            raise FetchError(
                message(
                    "mehr als {mb} MB in diesem Lauf (Grenze 'max_source_mb')",
                    mb=format_mb(self.limits.max_source_mb),
                )
            )

    def _too_big(self, url: str) -> FetchError:
        return FetchError(
            message(
                "eine Antwort ist größer als {mb} MB (Grenze 'max_response_mb'; {url})",
                mb=format_mb(self.limits.max_response_mb),
                url=url,
            ),
            url=url,
        )

    def _status_error(self, url: str, error: urllib.error.HTTPError) -> Exception:
        reason = message("antwortet mit Fehler {status} ({url})", status=error.code, url=url)
        if error.code in (408, 429) or error.code >= 500:
            return _Retry(reason, error.code, _retry_after(error.headers))
        if 300 <= error.code < 400:  # urllib refused to follow (to file://, data:, …)
            target = (error.headers or {}).get("Location") or url
            reason = message(
                "leitet auf eine Adresse um, die nicht http(s) ist ({url})", url=target
            )
        return FetchError(reason, url=url, status=error.code)

    def _network_error(self, url: str, reason: object) -> Exception:
        if isinstance(reason, TimeoutError):
            return _Retry(
                message(
                    "nicht erreichbar (Zeitüberschreitung nach {seconds} s)",
                    seconds=format_seconds(self.limits.timeout),
                )
            )
        if isinstance(reason, socket.gaierror):
            host = urlsplit(url).hostname or url
            return FetchError(
                message("nicht erreichbar (Servername {host} unbekannt)", host=host), url=url
            )
        if isinstance(reason, ssl.SSLCertVerificationError):
            return FetchError(
                message("nicht erreichbar (Zertifikat ungültig: {error})", error=reason.reason),
                url=url,
            )
        if isinstance(reason, ConnectionRefusedError):
            return _Retry(message("nicht erreichbar (Verbindung abgelehnt)"))
        if isinstance(reason, FetchError):
            return reason
        text = str(reason) or type(reason).__name__
        return _Retry(message("nicht erreichbar ({error})", error=text))


def _retry_after(headers: Message | None) -> float:
    value = (headers or {}).get("Retry-After", "")
    return float(value) if value.strip().isdigit() else 0.0
