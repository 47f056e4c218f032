"""`sitemap.xml` (sitemaps.org 0.9 with hreflang alternates), `robots.txt` and RFC 9116
`/.well-known/security.txt`, all written from the site index after the pages exist."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from plugins.frontmatter.schema import TYPES
from plugins.kit.urls import public_url
from plugins.site.generator import write_if_changed

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
NOT_LISTED = {"/404.html"}


def sitemap_xml(pages, base: str) -> bytes:
    """Every listed page once, each with its language versions and x-default (German);
    Leichte Sprache pages without (see OutputPage.alternates)."""
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for page in sorted(pages, key=lambda p: p.url):
        if not listed(page):
            continue
        entry = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = base + page.url
        for hreflang, url in page.alternates.items():  # the same set as the page's <head>
            link = ET.SubElement(entry, f"{{{XHTML_NS}}}link")
            link.set("rel", "alternate")
            link.set("hreflang", hreflang)
            link.set("href", base + url)
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def listed(page) -> bool:
    """Pages search engines should know: not noindex, and of a type that is in the sitemap."""
    if page.url in NOT_LISTED or page.noindex:
        return False
    schema = TYPES.get(page.item.type) if page.item is not None else None
    return schema is None or schema.in_sitemap


def robots_txt(base: str) -> str:
    # robots.txt is only read at a host's root; under a sub-path the host's owner must add the
    # Sitemap line to theirs.
    return f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"


def one_year_later(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def security_txt(settings: dict, build_date: dt.date, base: str) -> str:
    """RFC 9116: Contact and Expires are required; Expires is the build date plus one year."""
    contacts = settings.get("SECURITY_CONTACT") or []
    if isinstance(contacts, str):
        contacts = [contacts]
    expires = dt.datetime.combine(one_year_later(build_date), dt.time(), dt.UTC)
    lines = [f"Contact: {contact}" for contact in contacts]
    lines.append(f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}")
    for field in ("Encryption", "Acknowledgments", "Policy", "Hiring"):
        value = settings.get(f"SECURITY_{field.upper()}")
        if value:
            lines.append(f"{field}: {value}")
    lines.append(f"Preferred-Languages: {settings.get('SECURITY_LANGUAGES', 'de, en')}")
    lines.append(f"Canonical: {base}/.well-known/security.txt")
    return "\n".join(lines) + "\n"


def write_all(output: Path, index) -> None:
    base = public_url(index.settings)
    write_if_changed(output / "sitemap.xml", sitemap_xml(index.pages, base))
    write_if_changed(output / "robots.txt", robots_txt(base).encode("utf-8"))
    text = security_txt(index.settings, index.build_date, base)
    write_if_changed(output / ".well-known" / "security.txt", text.encode("utf-8"))
