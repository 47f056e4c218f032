"""Services (Leistungen A–Z): the `service` type and its link to the responsible office."""

from plugins.site import signals

from . import schema  # noqa: F401  (registers the type)


def link_offices(index):
    for service in index.of_type("service"):
        office = index.resolve(service, "office", ("office",))
        service.data["office"] = office
        if office is not None:
            office.data.setdefault("services", []).append(service)


def register():
    signals.index_ready.connect(link_offices)
