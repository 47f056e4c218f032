"""What a production build adds: sitemap, robots.txt, security.txt, fingerprints, minified and
precompressed files, and links that resolve at a domain's root and under a sub-path."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import brotli
from bs4 import BeautifulSoup

from plugins.publishing import compress, fingerprint, sitemap
from tests.conftest import ROOT, build_site
from tests.publishing.conftest import PRODUCTION

NS = {"s": sitemap.SITEMAP_NS, "x": sitemap.XHTML_NS}


def _noindex(html: str) -> bool:
    robots = BeautifulSoup(html, "html.parser").find("meta", attrs={"name": "robots"})
    return robots is not None and "noindex" in robots.get("content", "")


def test_sitemap_lists_every_indexable_page_with_its_translations(published):
    tree = ET.parse(published / "sitemap.xml")
    entries = {url.findtext("s:loc", namespaces=NS): url for url in tree.getroot()}
    pages = {
        "http://localhost:8000/" + p.relative_to(published).parent.as_posix() + "/"
        for p in published.rglob("index.html")
        if p.relative_to(published).parts[0] != "admin"  # the CMS app is not in the sitemap
        and not _noindex(p.read_text(encoding="utf-8"))
    }
    expired_alerts = {"http://localhost:8000/warnungen/hochwasser-juli-2026/"}
    assert not expired_alerts & set(entries)  # noindex pages stay out
    assert set(entries) == {url.replace("/./", "/") for url in pages}
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entries["http://localhost:8000/datenschutz/"].findall("x:link", NS)
    }
    assert alternates == {
        "de": "http://localhost:8000/datenschutz/",
        "en": "http://localhost:8000/en/privacy/",
        "x-default": "http://localhost:8000/datenschutz/",
    }


def test_robots_and_security_txt(published):
    robots = (published / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: http://localhost:8000/sitemap.xml" in robots.splitlines()
    fields = dict(
        line.split(": ", 1)
        for line in (published / ".well-known/security.txt").read_text().splitlines()
    )
    assert fields["Expires"] == "2027-11-25T00:00:00Z"  # build date 2026-11-25 + 1 year
    lines = (published / ".well-known/security.txt").read_text().splitlines()
    contacts = [line.removeprefix("Contact: ") for line in lines if line.startswith("Contact: ")]
    assert contacts == ["mailto:it-sicherheit@musterstadt.example", "tel:+496151124400"]  # town.yml
    assert fields["Preferred-Languages"] == "de, en"
    assert fields["Canonical"] == "http://localhost:8000/.well-known/security.txt"


def test_expires_on_29_february():
    import datetime as dt

    assert sitemap.one_year_later(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)


def test_theme_css_and_js_are_fingerprinted(published):
    home = (published / "index.html").read_text(encoding="utf-8")
    source = (ROOT / "theme/static/css/site.css").read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:8]
    assert f"/theme/css/site.{digest}.css" in home
    assert re.search(r"/theme/js/enhance\.[0-9a-f]{8}\.js", home)
    assert "/theme/css/site.css" not in home
    # the unhashed original stays, and relative url(../img/…) resolves from the same folder
    assert (published / "theme/css/site.css").is_file()
    assert (published / f"theme/css/site.{digest}.css").is_file()


def test_fingerprint_changes_with_the_content():
    assert fingerprint.hashed_name("css/a.css", b"x") != fingerprint.hashed_name("css/a.css", b"y")
    assert re.fullmatch(r"js/app\.[0-9a-f]{8}\.js", fingerprint.hashed_name("js/app.js", b""))


class _DataBlocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.inside = [], False

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "script" and dict(attrs).get("type") == "application/ld+json"

    def handle_data(self, data):
        if self.inside:
            self.blocks.append(data)

    def handle_endtag(self, tag):
        self.inside = False


def test_minified_pages_keep_json_ld_and_preformatted_text():
    page = (
        '<!doctype html><html lang="de"><head><title>t</title>'
        '<script type="application/ld+json">{"name": "A  </b>  B", "x": [1,  2]}</script>'
        "</head><body><pre>  zwei\n    Zeilen</pre><p>viel    Raum</p></body></html>"
    )
    result = compress.minify_html_text(page)
    parser = _DataBlocks()
    parser.feed(result)
    assert json.loads(parser.blocks[0]) == {"name": "A  </b>  B", "x": [1, 2]}
    assert "<pre>  zwei\n    Zeilen</pre>" in result
    assert "<p>viel Raum</p>" in result
    assert result.startswith("<!doctype html>")  # not the invalid '<!doctypehtml>'


def test_already_minified_files_are_left_alone():
    bundle = "var a=1;" * 200 + "\n"
    assert compress.minify_text(bundle, ".js") == bundle
    assert compress.minify_text("a {\n  color : red ;\n}\n", ".css") == "a{color:red}"


def test_published_pages_are_smaller_and_json_ld_still_parses(published, site):
    minified = (published / "index.html").stat().st_size
    assert minified < (site / "index.html").stat().st_size
    for path in published.rglob("*.html"):
        parser = _DataBlocks()
        parser.feed(path.read_text(encoding="utf-8"))
        for block in parser.blocks:
            json.loads(block)


def test_minified_javascript_still_parses(published):
    scripts = sorted(published.rglob("*.js"))
    assert scripts
    for script in scripts:
        result = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"


def test_precompressed_copies_are_exact_and_reproducible(published):
    for name in ("index.html", "sitemap.xml", "theme/css/site.css", ".well-known/security.txt"):
        original = (published / name).read_bytes()
        assert gzip.decompress((published / f"{name}.gz").read_bytes()) == original
        assert brotli.decompress((published / f"{name}.br").read_bytes()) == original
    data = b"Musterstadt " * 100
    first = compress.gzip_bytes(data)
    assert first == compress.gzip_bytes(data)
    assert first[4:8] == b"\0\0\0\0"  # no timestamp in the gzip header
    assert not list(published.rglob("*.png.gz"))


def test_sub_path_build_resolves_every_link(tmp_path, mini_content):
    """Root build first, then /stadt with the same cache, as CI does with .cache/ restored."""
    cache = tmp_path / "cache"
    code, report = build_site(
        mini_content, tmp_path / "root", SITE_CACHE_DIR=str(cache), **PRODUCTION
    )
    assert code == 0, report
    code, report = build_site(
        mini_content,
        tmp_path / "stadt",
        SITE_CACHE_DIR=str(cache),
        SITEURL="https://example.org/stadt",
        SITE_PUBLIC_URL="https://example.org/stadt",
        **PRODUCTION,
    )
    assert code == 0, report
    home = (tmp_path / "stadt" / "index.html").read_text(encoding="utf-8")
    assert "https://example.org/stadt/theme/css/site." in home
    assert "<loc>https://example.org/stadt/</loc>" in (tmp_path / "stadt/sitemap.xml").read_text()


def test_example_site_under_a_sub_path(tmp_path):
    code, report = build_site(
        ROOT / "content",
        tmp_path / "stadt",
        SITE_CACHE_DIR="",
        SITEURL="https://example.org/stadt",
        SITE_PUBLIC_URL="https://example.org/stadt",
        **PRODUCTION,
    )
    assert code == 0, report
