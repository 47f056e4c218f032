"""Digitale Verwaltung: how far the town's services can be applied for online.

Adds the generated page `/rathaus/digitale-verwaltung/` (figures for all services, by life
situation and by office, as tables and as SVG bar charts drawn at build time, plus the trend
from the content's Git history where there is one) and the same figures as
`/digitale-verwaltung.json`. Reads the `service` type (plugins/services); works without it.
Beside the figures: the council papers on digitalisation (plugins/council, optional), newest
first.
"""

from __future__ import annotations

import json
from pathlib import Path

from plugins.site import signals
from plugins.site.generator import write_if_changed
from plugins.site.pages import OutputPage

from .chart import bar_chart
from .figures import catalogue_figures
from .history import service_trend

PAGE_URL = "/rathaus/digitale-verwaltung/"
JSON_URL = "/digitale-verwaltung.json"
TITLE = "Digitale Verwaltung"


def service_folders(index) -> list[str]:
    """The content folders that hold services (where their history lives)."""
    folders = {"/".join(item.folder) for item in index.of_type("service")}
    return sorted(folders) or ["rathaus/leistungen"]


def charts(figures: dict) -> dict:
    total = figures["all"]
    summary = (
        f"{total.online} von {total.total} Leistungen ({total.percent} %) "
        "können online beantragt werden."
    )
    return {
        "by_topic": bar_chart(
            [(c.name, c.total, c.online) for c in figures["by_topic"]],
            "chart-topics",
            "Online-Leistungen nach Lebenslage",
            summary + " Die Tabelle „Nach Lebenslage“ enthält dieselben Zahlen.",
        ),
        "by_office": bar_chart(
            [(c.name, c.total, c.online) for c in figures["by_office"]],
            "chart-offices",
            "Online-Leistungen nach Amt",
            summary + " Die Tabelle „Nach Amt“ enthält dieselben Zahlen.",
        ),
    }


def trend_chart(trend):
    if not trend:
        return None
    return bar_chart(
        [(p.date, p.total, p.online) for p in trend],
        "chart-trend",
        "Entwicklung der Online-Leistungen",
        f"Von {trend[0].online} online beantragbaren Leistungen am {trend[0].date} "
        f"auf {trend[-1].online} am {trend[-1].date}. Die Tabelle „Entwicklung“ enthält "
        "dieselben Zahlen.",
    )


def as_json(figures: dict, trend, build_date) -> dict:
    return {
        "build_date": build_date.isoformat(),
        "all": figures["all"].as_dict(),
        "by_topic": [c.as_dict() for c in figures["by_topic"]],
        "by_office": [c.as_dict() for c in figures["by_office"]],
        "trend": [p.as_dict() for p in trend] if trend else None,
    }


def council_papers(index) -> dict | None:
    """The council papers on digitalisation (plugins/council, when listed and it has data):
    selected by COUNCIL's `digital_terms` or `digital_paper_types`, newest first."""
    council = getattr(index, "council", None)
    if council is None:
        return None
    from plugins.council import council_settings
    from plugins.council.model import matches
    from plugins.council.pages import base_urls, urls

    settings = council_settings(index.settings)
    papers = [
        paper
        for paper in council.papers
        if matches(paper, settings["digital_terms"], settings["digital_paper_types"])
    ]
    base = base_urls(index).get("de")
    return {"papers": papers, "url": urls(base, "de")["papers"] if base else None}


def add_digital_page(index):
    figures = catalogue_figures(index, "de")
    trend = service_trend(Path(index.content_path), service_folders(index))
    index.digital_figures = as_json(figures, trend, index.build_date)
    rathaus = index.section(("rathaus",))
    index.pages.append(
        OutputPage(
            url=PAGE_URL,
            template="digital/digital.html",
            lang="de",
            title=TITLE,
            context={
                "figures": figures,
                "charts": charts(figures),
                "trend": trend,
                "trend_chart": trend_chart(trend),
                "json_url": JSON_URL,
                "council": council_papers(index),
                "description": "Wie viele Leistungen der Stadt online beantragt werden können.",
            },
            folder=("rathaus",) if rathaus else (),
        )
    )


@signals.runs_late  # JSON: no page reads them while it is rendered
def write_digital_json(index, output_path, **_):
    data = json.dumps(index.digital_figures, ensure_ascii=False, indent=2, sort_keys=True)
    write_if_changed(output_path / JSON_URL.lstrip("/"), (data + "\n").encode("utf-8"))


def register():
    signals.index_ready.connect(add_digital_page)
    signals.site_written.connect(write_digital_json)
