"""What the OParl specification (1.0 and 1.1) says about objects, as far as the client needs it.

Read from the schema files and examples of the specification (repository OParl/spec, folders
`schema/` and `examples/`):

- Every object needs `id` (its URL) and `type` (https://schema.oparl.org/1.0/Meeting, …/1.1/…;
  early drafts wrote http://oparl.org/schema/1.0/Meeting: only the last segment is compared).
- Further required fields: System `oparlVersion`, `body`; Body `name`, `organization`, `person`,
  `meeting`, `paper`, `legislativeTerm`; File `accessUrl`. Everything else, a Meeting's `start`
  and `name` included, is optional in the specification ("empfohlen" at most), so a meeting
  without a start is kept and the build decides what to do with it.
- A deleted object (`deleted: true`) keeps only `id`, `type`, `deleted` (and `modified`).
- Some properties hold embedded objects (a Meeting's `agendaItem`, a Paper's `consultation` and
  `mainFile`, …); a server may put the object's URL there instead, and the client fetches it.
  Other properties are references by URL to objects of another list (a Meeting's
  `organization`, a Consultation's `paper`, …) and stay URLs.
"""

from __future__ import annotations

from plugins.fetch import is_http_url
from plugins.kit.i18n import message

REQUIRED = {
    "System": ("oparlVersion", "body"),
    "Body": ("name", "organization", "person", "meeting", "paper", "legislativeTerm"),
    "File": ("accessUrl",),
}

# Property -> type of the object that stands there (embedded, or its URL to fetch).
EMBEDDED = {
    "Body": {"legislativeTerm": "LegislativeTerm", "location": "Location"},
    "Organization": {"location": "Location"},
    "Person": {"membership": "Membership", "locationObject": "Location"},
    "Meeting": {
        "location": "Location",
        "invitation": "File",
        "resultsProtocol": "File",
        "verbatimProtocol": "File",
        "auxiliaryFile": "File",
        "agendaItem": "AgendaItem",
    },
    "AgendaItem": {"resolutionFile": "File", "auxiliaryFile": "File"},
    "Paper": {
        "mainFile": "File",
        "auxiliaryFile": "File",
        "location": "Location",
        "consultation": "Consultation",
    },
}

# Properties whose values are URLs (or lists of URLs, or embedded objects in URL positions):
# a value there that is not http(s) is removed when fetched, so the build never links it.
LINK_KEYS = frozenset(
    {
        "id",
        "web",
        "website",
        "license",
        "fileLicense",
        "accessUrl",
        "downloadUrl",
        "externalServiceUrl",
        "vendor",
        "product",
        "otherOparlVersions",
        "equivalent",
        "equivalentBody",
        "system",
        "body",
        "bodies",
        "organization",
        "organizations",
        "person",
        "persons",
        "meeting",
        "meetings",
        "paper",
        "papers",
        "membership",
        "legislativeTerm",
        "legislativeTermList",
        "agendaItem",
        "agendaItems",
        "consultation",
        "file",
        "location",
        "locationList",
        "locationObject",
        "mainFile",
        "auxiliaryFile",
        "invitation",
        "resultsProtocol",
        "verbatimProtocol",
        "resolutionFile",
        "masterFile",
        "derivativeFile",
        "relatedPaper",
        "superordinatedPaper",
        "subordinatedPaper",
        "originatorPerson",
        "originatorOrganization",
        "underDirectionOf",
        "participant",
        "subOrganizationOf",
        "onBehalfOf",
        "externalBody",
    }
)


def type_name(value: object) -> str:
    """'https://schema.oparl.org/1.1/Meeting' -> 'Meeting'."""
    return str(value).rstrip("/").rsplit("/", 1)[-1]


def object_problem(value: object, expected: str) -> str | None:
    """Why `value` is not a usable OParl object of type `expected`, or None."""
    if not isinstance(value, dict):
        return message("kein JSON-Objekt")
    for key in ("id", "type"):
        if not value.get(key):
            return message("Pflichtfeld '{field}' fehlt", field=key)
    if not is_http_url(value["id"]):
        return message("'id' ist keine http(s)-Adresse")
    found = type_name(value["type"])
    if found.lower() != expected.lower():
        return message("Typ '{found}' statt '{expected}'", found=found, expected=expected)
    if value.get("deleted") is True:
        return None
    for key in REQUIRED.get(expected, ()):
        if value.get(key) is None or value.get(key) == "":
            return message("Pflichtfeld '{field}' fehlt", field=key)
    return None
