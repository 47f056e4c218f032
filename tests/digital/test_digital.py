"""The "Digitale Verwaltung" page: figures equal a count from the content, SVG, JSON, Git trend."""

import json
import re
import shutil
import subprocess
from pathlib import Path

from plugins.digital.chart import bar_chart
from plugins.digital.history import service_trend
from tests.conftest import read_html
from tests.news.town_site import TOWN, svgs

URL = "/rathaus/digitale-verwaltung/"
SVG = "{http://www.w3.org/2000/svg}"


def count_from_files(content: Path) -> dict:
    """Count German services and online ones straight from the Markdown files."""
    files = [
        p for p in (content / "rathaus/leistungen").glob("*.md")
        if p.name != "index.md" and not re.search(r"\.(en|ls)\.md$", p.name)
    ]  # fmt: skip
    online = [p for p in files if re.search(r"^online_service: \S", p.read_text(), re.M)]
    return {"total": len(files), "online": len(online)}


def table_rows(html: str, caption: str) -> dict:
    start = html.index(f"<caption>{caption}</caption>")
    table = html[start : html.index("</table>", start)]
    rows = re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td><td>(\d+)</td>', table)
    return {name: (int(total), int(online)) for name, total, online in rows}


def test_lead_and_json_equal_a_count_of_the_files(town):
    counted = count_from_files(TOWN)
    assert counted == {"total": 5, "online": 3}
    html = read_html(town, URL)
    assert f"{counted['online']} von {counted['total']} Leistungen der Stadt (60 %)" in html
    data = json.loads((town / "digitale-verwaltung.json").read_text())
    assert {k: data["all"][k] for k in ("total", "online")} == counted


def test_tables_by_topic_and_office(town):
    html = read_html(town, URL)
    assert table_rows(html, "Online-Leistungen nach Lebenslage") == {
        "Abfall": (1, 0),
        "Ausweise": (1, 0),
        "Haustiere": (1, 1),
        "Umzug": (4, 2),
    }
    assert table_rows(html, "Online-Leistungen nach Amt") == {
        "Bürgerbüro": (3, 2),
        "Ordnungsamt": (2, 1),
    }


def test_charts_are_accessible_images_without_style(town):
    html = read_html(town, URL)
    charts = svgs(html)
    assert len(charts) == 2  # no trend outside a Git repository
    for svg in charts:
        assert svg.get("role") == "img"
        title = svg.find(f"{SVG}title")
        desc = svg.find(f"{SVG}desc")
        assert title is not None and title.text
        assert desc is not None and "3 von 5 Leistungen" in desc.text
        assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert not any("style" in el.attrib for el in svg.iter())
    assert "<script" not in html[html.index("<main") : html.index("</main>")]


def test_chart_bars_are_proportional():
    svg = svgs(str(bar_chart([("A", 4, 2), ("B", 2, 2)], "c", "T", "D")))[0]
    widths = [float(r.get("width")) for r in svg.iter(f"{SVG}rect") if r.get("width") != "14"]
    assert widths == [360.0, 180.0, 180.0, 180.0]


def test_without_git_the_page_says_the_trend_is_not_available(town):
    html = read_html(town, URL)
    assert "Die Entwicklung über die Zeit ist nicht verfügbar" in html
    assert json.loads((town / "digitale-verwaltung.json").read_text())["trend"] is None


def git(repo: Path, *args: str, date: str = "2026-01-01T12:00:00+01:00") -> None:
    env = {
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "HOME": str(repo),
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=t@example.org", *args],
        cwd=repo, check=True, capture_output=True, env=env,
    )  # fmt: skip


def make_history(repo: Path) -> Path:
    """Commit 1 (2026-01-01): 5 services, 3 online. Commit 2 (2026-03-01): sperrmuell online."""
    content = repo / "content"
    shutil.copytree(TOWN, content)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "one")
    sperrmuell = content / "rathaus/leistungen/sperrmuell.md"
    text = sperrmuell.read_text().replace("\n\n---", "\nonline_service: https://x.example/s\n---")
    sperrmuell.write_text(text)
    date = "2026-03-01T12:00:00+01:00"
    git(repo, "commit", "-q", "-am", "two", date=date)
    return content


def test_trend_from_git_history(tmp_path):
    content = make_history(tmp_path)
    trend = service_trend(content, ["rathaus/leistungen"])
    assert [(p.date, p.total, p.online) for p in trend] == [
        ("2026-01-01", 5, 3),
        ("2026-03-01", 5, 4),
    ]


def test_trend_is_none_outside_a_repository(tmp_path):
    shutil.copytree(TOWN, tmp_path / "content")
    assert service_trend(tmp_path / "content", ["rathaus/leistungen"]) is None


def test_page_with_git_history_shows_the_trend(tmp_path_factory, tmp_path):
    content = make_history(tmp_path)
    output = tmp_path / "output"
    from tests.conftest import build_site

    code, report = build_site(content, output)
    assert code == 0, report
    html = read_html(output, URL)
    assert len(svgs(html)) == 3
    assert '<time datetime="2026-03-01">' in html
    data = json.loads((output / "digitale-verwaltung.json").read_text())
    assert [(p["total"], p["online"]) for p in data["trend"]] == [(5, 3), (5, 4)]
