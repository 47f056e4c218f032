"""The town: its file (`town.yml`), its Land's law, its brand colours and its legal pages.

`pelicanconf.py` reads the town file with `townfile.town_settings()` (name, Land, contacts,
colours, top tasks, closing days …). This plugin then, at `index_ready`:
- stops the build with every problem of the town file (German, file:line, with the fix), a
  brand colour that fails WCAG 2.2 AA contrast included (`colours.py`); with the setting
  TOWN_LAND_WARNINGS (set by `invoke check`) it warns about facts the Land table lacks or holds
  only on weak sources (`laender.py`), so the town checks them at the live source;
- gives every template `town` and `land` (the Land's row), and `brand_css`: the stylesheet
  with the town's colours and the dark-mode colours derived from them;
- marks the legal pages (setting LEGAL_TEXTS: {page key: section}) so `page.html` adds the
  generated sections from `templates/legal/` to the editor's own text: the accessibility
  statement names the Land's law, enforcement and monitoring bodies; the privacy statement the
  controller, the data protection officer, the Land's authority and act; the Impressum the
  provider and the responsible person. Only the German pages get them (legally binding).

At `site_written` it writes the brand stylesheet and copies the logo and coat of arms to
`/town/`.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from plugins.site import signals

from . import colours
from .laender import UnknownLand, land, warn_about_gaps

DEFAULT_LEGAL_TEXTS = {
    "barrierefreiheit": "accessibility",
    "datenschutz": "privacy",
    "impressum": "imprint",
}


def brand_stylesheet(town: dict) -> tuple[str, str] | None:
    """(path under /theme/, CSS) of the town's colours; the name carries a hash of the CSS, so
    a colour change is never hidden by a cached old file."""
    chosen = town.get("colours") or {}
    if not (chosen.get("primary") and chosen.get("accent")):
        return None
    css = colours.brand_css(chosen["primary"], chosen["accent"])
    digest = hashlib.sha256(css.encode()).hexdigest()[:8]  # as fingerprint.py: the servers'
    # cache rules (deploy/) give names with 8 hex digits a year
    return f"css/brand.{digest}.css", css


def prepare_town(index) -> None:
    settings = index.settings
    town = settings.get("TOWN") or {}
    for problem in settings.get("TOWN_PROBLEMS") or ():
        index.problems.add(problem.path, problem.line, problem.what, problem.fix)
    if not town:
        return
    lines = town.get("lines") or {}
    try:
        row = land(settings.get("LAND") or "")
    except UnknownLand as error:
        if not settings.get("TOWN_PROBLEMS"):  # the town file's check already said so
            index.problems.add(town["file_shown"], lines.get("land", 1), error.what, error.fix)
        return
    if settings.get("TOWN_LAND_WARNINGS"):  # `invoke check`: not in every build and preview
        warn_about_gaps(row, index.problems, town["file_shown"], lines.get("land", 1))
    index.globals["land"] = row
    stylesheet = brand_stylesheet(town)
    if stylesheet:
        index.globals["brand_css"] = stylesheet[0]
    mark_legal_pages(index)


def mark_legal_pages(index) -> None:
    """`item.data["legal_section"]` on the German legal pages: which generated sections
    `page.html` adds."""
    for key, section in (index.settings.get("LEGAL_TEXTS") or DEFAULT_LEGAL_TEXTS).items():
        item = index.get(key, "de")
        if item is not None and item.lang == "de":
            item.data["legal_section"] = section


def write_town_files(index, output_path: Path, **_) -> None:
    town = index.settings.get("TOWN") or {}
    if not town:
        return
    stylesheet = brand_stylesheet(town)
    if stylesheet:
        target = Path(output_path) / "theme" / stylesheet[0]
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.write_text(stylesheet[1], encoding="utf-8")
    folder = Path(town["folder"])
    for key in ("logo", "coat_of_arms"):
        if town.get(key) and (folder / town[key]).is_file():
            target = Path(output_path) / "town" / Path(town[key]).name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(folder / town[key], target)


def register():
    signals.index_ready.connect(signals.priority(100)(prepare_town))
    signals.site_written.connect(write_town_files)
