"""JSON-LD for a service page: schema.org `GovernmentService`, operated by its office."""

from __future__ import annotations

from plugins.offices import office_reference
from plugins.site.items import Item


def government_service(service: Item, public_url: str, area: str) -> dict:
    """The `GovernmentService` of a service; `public_url` is SITE_PUBLIC_URL without trailing /.

    The responsible office (from the services plugin's `link_offices`) is both
    `serviceOperator` and `provider`; the LeiKa key is the `identifier`. No `inLanguage`:
    schema.org has it for creative works and events, not for services (the page's language is
    in its <html lang>).
    """
    url = public_url + service.url
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": service.title,
        "description": service.summary,
        "url": url,
        "areaServed": {"@type": "City", "name": area},
    }
    leika = service.meta.get("leika")
    if leika:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "LeiKa", "value": leika}
    office = service.data.get("office")
    channels = []
    if office is not None:
        operator = office_reference(office, public_url)
        data["serviceOperator"] = operator
        data["provider"] = operator
        channels.append({"@type": "ServiceChannel", "serviceLocation": operator})
    online = service.meta.get("online_service")
    if online:
        channels.append({"@type": "ServiceChannel", "serviceUrl": online})
    if channels:
        data["availableChannel"] = channels
    return data
