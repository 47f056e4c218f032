"""A build reads only data files: with every network connection blocked it passes and the Politik
pages are full (the demo's recorded data set data/rat/). The preview watches DATA_PATH."""

from __future__ import annotations

import socket

import pytest

from plugins.site.preview import watched_paths
from tests.conftest import build_site, read_html
from tests.council.test_pages import CONTENT
from tests.helpers import ROOT, write_files


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkUsed(f"network access during the build: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_blocker_blocks(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80), timeout=1)
    assert no_network


def test_build_without_network_uses_only_the_data_files(tmp_path, no_network):
    content = write_files(tmp_path / "content", CONTENT)
    code, report = build_site(
        content, tmp_path / "out", DATA_PATH=str(ROOT / "data"), SITE_WORKERS=1
    )
    assert code == 0, report
    assert no_network == []
    html = read_html(tmp_path / "out", "/rathaus/politik/sitzungen/")
    assert "9. Sitzung des Stadtrats" in html
    assert (tmp_path / "out/rathaus/politik/gremien/stadtrat/sitzungen.ics").is_file()


def test_the_preview_watches_the_data_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    settings = {
        "PATH": str(tmp_path / "content"),
        "THEME": str(ROOT / "theme"),
        "DATA_PATH": str(data),
    }
    assert data in watched_paths(settings, str(ROOT / "pelicanconf.py"))
    assert data not in watched_paths({**settings, "DATA_PATH": None}, str(ROOT / "pelicanconf.py"))
