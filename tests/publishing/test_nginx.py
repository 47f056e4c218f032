"""deploy/nginx.conf for real: Debian's nginx on loopback serving the production build."""

from __future__ import annotations

import gzip
import http.client
import os
import re
import socket
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.conftest import ROOT

NGINX = "/usr/sbin/nginx"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]  # fmt: skip
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data: https://tile.openstreetmap.org; font-src 'self'; connect-src 'self'; "
    "worker-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_config(root: Path, port: int, prefix: Path) -> str:
    """deploy/nginx.conf inside a minimal main config, with our root and port."""
    server = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    server = server.replace("listen 80;", f"listen 127.0.0.1:{port};")
    server = server.replace("    listen [::]:80;\n", "")
    server = server.replace("root /var/www/stadt/current;", f"root {root};")
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read the pytest tmp dir
    temp_paths = "".join(
        f"{name}_temp_path {prefix}/{name};\n"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        f"{user}worker_processes 1;\nerror_log {prefix}/error.log;\nevents {{}}\n"
        f"http {{\ninclude /etc/nginx/mime.types;\ndefault_type application/octet-stream;\n"
        f"access_log off;\n{temp_paths}{server}\n}}\n"
    )


test_config.__test__ = False  # a helper, not a test


@pytest.fixture(scope="module")
def server(published, tmp_path_factory):
    prefix = tmp_path_factory.mktemp("nginx")
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(test_config(published, port, prefix), encoding="utf-8")
    command = [NGINX, "-p", str(prefix), "-c", str(conf)]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen([*command, "-g", f"daemon off; pid {prefix}/nginx.pid;"])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def fetch(server: str, path: str, **headers) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection(server, timeout=10)
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def test_security_headers_on_pages(server):
    status, headers, _ = fetch(server, "/")
    assert status == 200
    assert headers["content-security-policy"] == CSP
    assert headers["strict-transport-security"] == "max-age=63072000; includeSubDomains"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "geolocation=()" in headers["permissions-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-cache"
    assert headers["content-type"] == "text/html; charset=utf-8"


def test_fingerprinted_assets_are_cached_for_a_year(server, published):
    home = (published / "index.html").read_text(encoding="utf-8")
    css = re.search(r'href="?(/theme/css/site\.[0-9a-f]{8}\.css)', home).group(1)
    status, headers, _ = fetch(server, css)
    assert status == 200
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["content-type"].startswith("text/css")
    brand = re.search(r'href="?(/theme/css/brand\.[0-9a-f]{8}\.css)', home).group(1)
    status, headers, _ = fetch(server, brand)  # the town's colours: fingerprinted too
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    status, headers, _ = fetch(server, "/town/wappen.svg")  # the town's logo
    assert (status, headers["cache-control"]) == (200, "public, max-age=3600")


def test_missing_page_gets_the_404_page_with_status_404(server, published):
    status, headers, body = fetch(server, "/gibt-es-nicht/")
    assert status == 404
    assert body == (published / "404.html").read_bytes()
    assert headers["content-security-policy"] == CSP


def test_precompressed_gzip_is_served(server, published):
    status, headers, body = fetch(server, "/", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["content-encoding"] == "gzip"
    assert headers["vary"] == "Accept-Encoding"
    assert gzip.decompress(body) == (published / "index.html").read_bytes()
    status, headers, body = fetch(server, "/")
    assert "content-encoding" not in headers
    assert body == (published / "index.html").read_bytes()


def test_gpx_downloads_carry_their_type_plain_and_compressed(server, published):
    gpx = sorted(published.glob("tourismus/touren/*.gpx"))
    assert gpx, "the example site has no GPX files"
    path = "/" + gpx[0].relative_to(published).as_posix()
    status, headers, body = fetch(server, path)
    assert status == 200
    assert headers["content-type"] == "application/gpx+xml"
    assert body == gpx[0].read_bytes()
    status, headers, body = fetch(server, path, **{"Accept-Encoding": "gzip"})
    assert (status, headers["content-type"], headers["content-encoding"]) == (
        200,
        "application/gpx+xml",
        "gzip",
    )
    assert gzip.decompress(body) == gpx[0].read_bytes()


def test_dot_files_are_hidden_but_security_txt_is_served(server, published):
    status, headers, body = fetch(server, "/.well-known/security.txt")
    assert status == 200 and b"Expires: 2027-11-25T00:00:00Z" in body
    assert headers["content-type"] == "text/plain; charset=utf-8"
    leftover = published / ".index.html.tmp"
    leftover.write_text("half-written", encoding="utf-8")
    try:
        assert fetch(server, "/.index.html.tmp")[0] == 404
    finally:
        leftover.unlink()


def one_page_per_template(published: Path) -> list[str]:
    """A URL for every template the site uses, so each kind of page is tried once."""
    seen: dict[str, str] = {}
    for path in sorted(published.rglob("index.html")):
        head = path.read_text(encoding="utf-8")[:400]
        match = re.search(r'data-template="?([\w-]+)', head)
        if match and match.group(1) not in seen:
            seen[match.group(1)] = "/" + path.relative_to(published).parent.as_posix() + "/"
    return sorted({url.replace("/./", "/") for url in seen.values()} | {"/404.html"})


def test_pages_work_under_the_csp_in_chromium(server, published):
    urls = one_page_per_template(published)
    assert len(urls) >= 5, urls
    violations = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        page = browser.new_page()
        page.add_init_script(
            "document.addEventListener('securitypolicyviolation', e =>"
            " (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI))"
        )
        page.on(
            "console", lambda m: "Content Security Policy" in m.text and violations.append(m.text)
        )
        for url in urls:
            response = page.goto(f"http://{server}{url}", wait_until="load")
            assert response.status in (200, 404)
            page.wait_for_timeout(100)
            violations += [f"{url}: {v}" for v in page.evaluate("window.__csp || []")]
        found = list(violations)
        page.goto(f"http://{server}/")
        stylesheet_applied = page.evaluate(
            "getComputedStyle(document.querySelector('.ms-skip-link')).position"
        )
        # Self-test: an inline script is what the policy forbids, and the listener must see it.
        page.evaluate("document.head.append(Object.assign(document.createElement('script'),"
                      " {textContent: 'window.x = 1'}))")  # fmt: skip
        page.wait_for_timeout(100)
        caught = page.evaluate("window.__csp || []")
        browser.close()
    assert found == []
    assert any(v.startswith("script-src") for v in caught), caught
    assert stylesheet_applied == "absolute"  # the fingerprinted CSS really loaded


def header_values(text: str) -> dict[str, str]:
    return dict(re.findall(r'add_header ([\w-]+) "([^"]*)" always;', text))


def site_wide_part(conf: str) -> str:
    """The server's own headers, without the CMS's location block."""
    before, _, after = conf.partition("location /admin/ {")
    return before + after.partition("}")[2]


def test_the_cms_location_carries_the_policy_the_cms_plugin_generates():
    from plugins.cms.admin import admin_csp

    conf = (ROOT / "deploy/nginx.conf").read_text(encoding="utf-8")
    block = conf.partition("location /admin/ {")[2].partition("}")[0]
    assert header_values(block)["Content-Security-Policy"] == admin_csp(
        ["https://git.musterstadt.example"]
    )


def test_apache_and_static_host_headers_match_nginx():
    conf = (ROOT / "deploy/nginx.conf").read_text(encoding="utf-8")
    nginx = header_values(site_wide_part(conf))
    assert nginx["Content-Security-Policy"] == CSP
    apache = dict(
        re.findall(
            r'Header always set ([\w-]+) "([^"]*)"',
            (ROOT / "deploy/apache.conf").read_text(encoding="utf-8"),
        )
    )
    static = dict(re.findall(r"^  ([\w-]+): (.*)$", (ROOT / "deploy/_headers").read_text(), re.M))
    for name, value in nginx.items():
        assert apache[name] == value, name
        assert static[name] == value, name
