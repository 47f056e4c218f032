"""German, English and Leichte Sprache in one build: switches, hreflang, catalogues, dates."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import yaml

from tests.conftest import ROOT

TEMPLATE_DIRS = [ROOT / "theme" / "templates", *sorted((ROOT / "plugins").glob("*/templates"))]
CATALOGUE_DIRS = [
    ROOT / "theme",
    *sorted(p.parent for p in (ROOT / "plugins").glob("*/translations")),
]
MSGID = re.compile(r"""_\(\s*(["'])(.+?)\1""")


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.switch, self.hreflang, self.lang = [], {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.hreflang[attrs["hreflang"]] = attrs["href"]
        if tag == "a" and "hreflang" in attrs:
            self.switch.append(attrs["href"])


def parse(path: Path) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def to_file(site: Path, url: str) -> Path:
    path = re.sub(r"^https?://[^/]+", "", url)
    target = site / path.lstrip("/")
    return target / "index.html" if path.endswith("/") else target


def pages(site: Path):
    return [p for p in sorted(site.rglob("*.html")) if p.name != "404.html"]


def english_catalogue() -> dict[str, str]:
    merged = {}
    for folder in CATALOGUE_DIRS:
        path = folder / "translations" / "en.yaml"
        if path.exists():
            merged.update(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    return merged


def template_strings() -> set[str]:
    found = set()
    for folder in TEMPLATE_DIRS:
        for template in folder.rglob("*.html"):
            found |= {m.group(2) for m in MSGID.finditer(template.read_text(encoding="utf-8"))}
    return found


def test_every_template_string_has_an_english_translation():
    missing = template_strings() - set(english_catalogue())
    assert not missing, f"add these to a translations/en.yaml: {sorted(missing)}"


def test_every_language_switch_link_resolves(site):
    broken = []
    for page in pages(site):
        for href in parse(page).switch:
            if not to_file(site, href).is_file():
                broken.append(f"{page.relative_to(site)} -> {href}")
    assert not broken, broken


def test_hreflang_pairs_are_symmetric(site):
    problems = []
    for page in pages(site):
        own = parse(page).hreflang
        for lang, href in own.items():
            if lang == "x-default":
                continue
            other = parse(to_file(site, href)).hreflang
            if set(other.values()) != set(own.values()):
                problems.append(f"{page.relative_to(site)} ({lang}) <-> {href}")
    assert not problems, problems


def test_english_pages_carry_no_german_template_string(site):
    catalogue = {de: en for de, en in english_catalogue().items() if de != en and len(de) > 4}
    found = []
    german_on_purpose = re.compile(r'<(\w+)[^>]*\blang="de"[^>]*>.*?</\1>', re.S)
    for page in pages(site / "en"):
        # Links to German pages without an English version are German and marked lang="de".
        html = german_on_purpose.sub("", page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(site)}: {de!r}" for de in catalogue if f">{de}<" in html]
    assert not found, found


def test_english_pages_say_lang_en_and_easy_language_pages_lang_de(site):
    assert parse(site / "en" / "index.html").lang == "en"
    assert parse(site / "leichte-sprache" / "index.html").lang == "de"


def test_dates_do_not_depend_on_the_machine_locale():
    code = (
        "import datetime as d, jinja2; from plugins.site.templating import make_globals\n"
        "g = make_globals({}, '')\n"
        "f = g['format_datetime']\n"
        "from plugins.frontmatter.fields import BERLIN\n"
        "v = d.datetime(2026, 12, 5, 18, 0, tzinfo=BERLIN)\n"
        "env = jinja2.Environment(); env.globals.update(g)\n"
        "t = env.from_string('{{ format_datetime(v) }}')\n"
        "print(t.render(v=v, lang='de')); print(t.render(v=v, lang='en'))\n"
    )
    env = {"LC_ALL": "C", "LANG": "C", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["5. Dezember 2026, 18:00 Uhr", "5 December 2026, 6 pm"]
