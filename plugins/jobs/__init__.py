"""Job vacancies (Stellenangebote): the `job` type, its list, Atom feed and JSON-LD.

Adds: checks beyond the fields (deadline not before the posting date, a way to apply, the PDF
documents beside the page, with type and size for the link text), the JSON-LD `JobPosting` of
every vacancy (`item.data["structured_data"]`), the section landing of a folder of vacancies as
the list of open ones (newest first, with deadline and department), an Atom feed of the open
ones (`<landing>/feed.atom`, linked from every page) and the standard paragraphs on equal
opportunity and severe disability (settings JOBS_EQUAL_OPPORTUNITY and JOBS_DISABILITY_NOTE).

Expiry is the engine's (`Expiry` in schema.py): a vacancy past its deadline is `item.expired`,
so it leaves the list, the feed, the search index and the sitemap here and there; its page says
the deadline has passed, is `noindex`, and is not built any more after the grace days.
"""

from __future__ import annotations

from babel.dates import format_date

from plugins.kit.dates import local_date
from plugins.kit.downloads import describe, read_downloads
from plugins.kit.feeds import FeedEntry, atom_feed
from plugins.kit.i18n import german, message
from plugins.kit.listing import FEED_NAME, newest_first
from plugins.kit.urls import LOCALES, absolute, public_url, site_owner
from plugins.site import signals
from plugins.site.generator import write_if_changed
from plugins.site.index import folder_url

from . import schema  # noqa: F401  (registers the type)
from .structured_data import job_posting

REQUIRES = ("plugins.offices",)
FEED_ENTRIES = 50

# German defaults of the standard paragraphs (English in translations/en.yaml). A town sets its
# own wording as a text (German) or {lang: text}; None or "" leaves the paragraph out.
EQUAL_OPPORTUNITY = german(
    "Wir fördern die Gleichstellung aller Geschlechter und begrüßen Bewerbungen aller Menschen "
    "unabhängig von Herkunft, Religion, Weltanschauung, Behinderung, Alter und sexueller "
    "Identität."
)
DISABILITY_NOTE = german(
    "Schwerbehinderte und ihnen gleichgestellte Menschen werden bei gleicher Eignung bevorzugt "
    "berücksichtigt. Sie werden zum Vorstellungsgespräch eingeladen, sofern ihnen die fachliche "
    "Eignung nicht offensichtlich fehlt (§ 165 SGB IX). Bitte weisen Sie in Ihrer Bewerbung auf "
    "eine Schwerbehinderung oder Gleichstellung hin."
)


def standard_text(index, setting: str, default: str, lang: str) -> str:
    value = index.settings.get(setting, default)
    if isinstance(value, dict):
        return value.get(lang) or value.get("de") or ""
    return index.label(value, lang) if value else ""


def statements(index, lang: str) -> list[str]:
    found = [
        standard_text(index, "JOBS_EQUAL_OPPORTUNITY", EQUAL_OPPORTUNITY, lang),
        standard_text(index, "JOBS_DISABILITY_NOTE", DISABILITY_NOTE, lang),
    ]
    return [text for text in found if text]


def work_hours(index, item) -> str:
    hours = item.meta.get("hours") or {}
    if not hours.get("per_week"):
        return ""
    return index.label("{hours} Stunden pro Woche", item.lang, hours=hours["per_week"])


def check_job(index, item) -> None:
    """What the fields alone cannot check; each problem at its own line."""
    meta = item.meta
    if meta["valid_through"] < local_date(meta["date"]):
        index.problems.add(
            item.source,
            item.line("valid_through"),
            message(
                "die Bewerbungsfrist {deadline} liegt vor dem Veröffentlichungsdatum {date}",
                deadline=meta["valid_through"].isoformat(),
                date=local_date(meta["date"]).isoformat(),
            ),
            message("prüfen Sie valid_through und date"),
        )
    if not meta.get("apply_url") and not meta.get("apply_email"):
        index.problems.add(
            item.source,
            item.line("title"),
            message("es fehlt, wie man sich bewirbt"),
            message("geben Sie apply_url (https://…) oder apply_email an"),
        )


def prepare_job(index, item, base: str) -> None:
    check_job(index, item)
    office = index.resolve(item, "office", ("office",))
    item.data["office"] = office
    item.data["documents"] = [
        {"title": d.title, "url": d.url, "description": describe(d, item.lang)}
        for d in read_downloads(item, "documents", index.content_path, index.problems, (".pdf",))
    ]
    item.data["work_hours"] = work_hours(index, item)
    # The description (the page's text) is added by the template: bodies are rendered later.
    item.data["structured_data"] = job_posting(
        item, office, base, site_owner(index.settings, item.lang), item.data["work_hours"]
    )


def open_jobs(index, folder: tuple, lang: str) -> list:
    """The open vacancies of `folder` for a list in `lang`: those in `lang`, and (for English)
    the German ones that have no English version, newest first."""
    jobs = [j for j in index.of_type("job") if j.folder == folder and not j.expired]
    shown = [j for j in jobs if j.lang == lang]
    if lang != "de":
        shown += [j for j in jobs if j.lang == "de" and lang not in j.translations]
    return newest_first(shown)


def job_folders(index) -> list[tuple]:
    return sorted({item.folder for item in index.of_type("job")})


def feed_url(index, folder: tuple, lang: str) -> str:
    return folder_url(index, folder, lang) + FEED_NAME


def feed_title(index, lang: str) -> str:
    return index.label("Stellenangebote der {owner}", lang, owner=site_owner(index.settings, lang))


def add_jobs(index):
    if not index.of_type("job"):
        return
    base = public_url(index.settings)
    for item in index.of_type("job"):
        prepare_job(index, item, base)
    landings = {}
    for folder in job_folders(index):
        section = index.section(folder)
        for lang, landing in section.index.items() if section else ():
            if lang == "ls":
                continue
            landings[landing] = {
                "jobs_open": open_jobs(index, folder, lang),
                "jobs_feed_url": feed_url(index, folder, lang),
            }
            index.globals["feeds"].setdefault(lang, []).append(
                {"title": feed_title(index, lang), "url": feed_url(index, folder, lang)}
            )
    for page in index.pages:
        if page.item in landings:
            page.template = "jobs/jobs_list.html"
            page.context.update(landings[page.item])
            page.context["jobs_statements"] = statements(index, page.lang)
        elif page.item is not None and page.item.type == "job":
            page.context["jobs_statements"] = statements(index, page.lang)
            page.context["jobs_list_url"] = folder_url(index, page.item.folder, page.lang)


@signals.runs_late  # feeds: no page reads them while it is rendered
def write_job_feeds(index, output_path, **_):
    base = public_url(index.settings)
    for folder in job_folders(index):
        section = index.section(folder)
        for lang in section.index if section else ():
            if lang == "ls":
                continue
            entries = [
                FeedEntry(
                    title=job.title,
                    url=absolute(base, job.url),
                    summary=index.label(
                        "{summary} Bewerbungsfrist: {deadline}",
                        lang,
                        summary=job.summary,
                        deadline=format_date(
                            job.meta["valid_through"], "long", locale=LOCALES[lang]
                        ),
                    ),
                    published=job.meta["date"],
                    updated=job.meta.get("modified"),
                )
                for job in open_jobs(index, folder, lang)[:FEED_ENTRIES]
            ]
            data = atom_feed(
                title=feed_title(index, lang),
                page_url=absolute(base, folder_url(index, folder, lang)),
                feed_url=absolute(base, feed_url(index, folder, lang)),
                lang=lang,
                entries=entries,
                author=site_owner(index.settings, lang),
            )
            write_if_changed(output_path / feed_url(index, folder, lang).lstrip("/"), data)


def register():
    signals.index_ready.connect(add_jobs)
    signals.site_written.connect(write_job_feeds)
