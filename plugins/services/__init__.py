"""Services (Leistungen A–Z): the `service` type, its pages, indexes and catalogue.

Adds:
- the link service -> responsible office (`service.data["office"]`) and back
  (`office.data["services"]`, A–Z order); a missing office is a build error;
- an `online_service` address that is not https:// is a build error: the online application
  sends personal data, which must travel encrypted (DSGVO Art. 32);
- per service page: today's hours of the office (`page.context["office_today"]`) and the JSON-LD
  `GovernmentService` (`item.data["structured_data"]`);
- the A–Z index on the landing page of the folder with `default_type: service` (template
  `services_az.html`; a page of its own in a language without such a landing), and the index by
  life situation (`…/lebenslagen/`, `/en/…/life-events/`);
- `/services.json` and `/en/services.json`: the catalogue with the digitalisation figures.
"""

from urllib.parse import urlsplit

from plugins.kit.i18n import message
from plugins.kit.opening_hours import calendar_of
from plugins.kit.urls import public_url
from plugins.site import signals
from plugins.site.generator import write_if_changed

from . import schema  # noqa: F401  (registers the type)
from .az import german_key
from .catalogue import CATALOGUE_LANGS, catalogue, catalogue_json, catalogue_url
from .pages import add_index_pages, office_today
from .structured_data import government_service

REQUIRES = ("plugins.offices",)  # a service names its office


def link_offices(index):
    for service in index.of_type("service"):
        office = index.resolve(service, "office", ("office",))
        service.data["office"] = office
        if office is not None:
            office.data.setdefault("services", []).append(service)
    for office in index.of_type("office"):
        office.data.get("services", []).sort(key=lambda s: german_key(s.title))


def check_online_services(index):
    for service in index.of_type("service"):
        address = service.meta.get("online_service")
        if address and urlsplit(address).scheme != "https":
            index.problems.add(
                service.source,
                service.line("online_service"),
                message(
                    "Feld 'online_service': der Online-Antrag braucht eine verschlüsselte Adresse, "
                    "die mit https:// beginnt, hier steht '{raw}'",
                    raw=address,
                ),
                message("fragen Sie den Anbieter des Online-Dienstes nach seiner https://-Adresse"),
            )


def add_service_pages(index):
    base = public_url(index.settings)
    area = index.settings.get("SITENAME", "")
    for service in index.of_type("service"):
        service.data["structured_data"] = government_service(service, base, area)
    for page in index.pages:
        if page.item is not None and page.item.type == "service" and not page.item.is_index:
            page.context["office_today"] = office_today(
                page.item, index.build_date, calendar_of(index.settings)
            )
    add_index_pages(index)


def prepare_services(index):
    link_offices(index)
    check_online_services(index)
    add_service_pages(index)


@signals.runs_late  # JSON catalogues: no page reads them while it is rendered
def write_catalogues(index, output_path, **_):
    base = public_url(index.settings)
    for lang in CATALOGUE_LANGS:
        services = index.of_type("service", lang)
        if services or lang == "de":
            data = catalogue(services, base, lang, index.build_date)
            write_if_changed(output_path / catalogue_url(lang).lstrip("/"), catalogue_json(data))


def register():
    signals.index_ready.connect(prepare_services)
    signals.site_written.connect(write_catalogues)
