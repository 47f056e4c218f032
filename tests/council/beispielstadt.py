"""Beispielstadt: a small OParl data set shaped like the official examples of the specification
(repository OParl/spec, folder examples/), plus the cases the tests pin.

Each object says which example it mirrors. Cases: lists over several pages (page size 2), a
Location and a File referenced by URL instead of embedded (the Location by two meetings, so it
must be fetched once), a Membership referenced by URL, a meeting without `id`, a Membership
without `type` (as examples/Membership-02.json has none), a File without `accessUrl`, a
`javascript:` link and `<script>` in text.
"""

from __future__ import annotations

from tests.council.oparl_server import OParlSite

SCRIPT_TITLE = 'Bericht zur Haushaltslage <script>alert("x")</script> & Ausblick'


def beispielstadt(base: str, version: str = "1.1") -> OParlSite:
    site = OParlSite(base)
    o = base + "/oparl"

    def kind(name: str) -> str:
        return f"https://schema.oparl.org/{version}/{name}"

    # examples/Location-01.json, embedded in the Body and in a Gremium
    rathaus = {
        "id": f"{o}/location/0",
        "type": kind("Location"),
        "description": "Rathaus der Beispielstadt, Ratshausplatz 1, 12345 Beispielstadt",
        "geojson": {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [50.1234, 10.4321]},
            "properties": {"name": "Rathausplatz"},
        },
    }
    # examples/Location-02.json, served on its own and referenced by URL from two meetings
    buergerhaus = site.add(
        {
            "id": f"{o}/locations/29856",
            "type": kind("Location"),
            "description": "Bürgerhaus Nord, Saal 2, Nordstraße 5, 12345 Beispielstadt",
            "modified": "2012-08-16T14:05:27+02:00",
        }
    )
    # examples/System-01.json
    site.add(
        {
            "id": f"{o}/system",
            "type": kind("System"),
            "oparlVersion": f"https://schema.oparl.org/{version}/",
            "body": f"{o}/bodies",
            "name": "Beispiel-System",
            "contactEmail": "info@example.org",
            "contactName": "Allgemeiner OParl Kontakt",
            "website": "http://www.example.org/",
            "vendor": "http://example-software.com/",
            "product": "http://example-software.com/oparl-server/",
            "otherOparlVersions": [],
            "created": "2011-11-11T11:11:00+01:00",
            "modified": "2012-11-11T11:11:00+01:00",
        }
    )
    # examples/Body-01.json, with examples/LegislativeTerm-01.json embedded
    body = site.add(
        {
            "id": f"{o}/body/0",
            "type": kind("Body"),
            "system": f"{o}/system",
            "contactEmail": "ris@beispielstadt.example",
            "contactName": "RIS-Betreuung",
            "shortName": "Beispielstadt",
            "name": "Stadt Beispielstadt",
            "website": "http://www.beispielstadt.example/",
            "license": "http://creativecommons.org/licenses/by/4.0/",
            "organization": f"{o}/body/0/organizations",
            "person": f"{o}/body/0/people",
            "meeting": f"{o}/body/0/meetings",
            "paper": f"{o}/body/0/papers",
            "legislativeTerm": [
                {
                    "id": f"{o}/term/21",
                    "type": kind("LegislativeTerm"),
                    "body": f"{o}/body/0",
                    "name": "21. Wahlperiode",
                    "startDate": "2010-12-03",
                    "endDate": "2013-12-03",
                }
            ],
            "location": rathaus,
            "classification": "Kreisfreie Stadt",
            "created": "2014-01-08T14:28:31+01:00",
            "modified": "2014-01-08T14:28:31+01:00",
        }
    )
    site.add_list(f"{o}/bodies", [body])

    # examples/Organization-01.json
    finanzausschuss = site.add(
        {
            "id": f"{o}/organization/34",
            "type": kind("Organization"),
            "body": f"{o}/body/0",
            "name": "Ausschuss für Haushalt und Finanzen",
            "shortName": "Finanzausschuss",
            "startDate": "2012-07-17",
            "organizationType": "Gremium",
            "location": rathaus,
            "post": ["Vorsitzender", "1. Stellvertreter", "Mitglied"],
            "meeting": f"{o}/organization/34/meetings",
            "membership": [f"{o}/memberships/385", f"{o}/memberships/386"],
            "classification": "Ausschuss",
            "keyword": ["finanzen", "haushalt"],
            "created": "2012-07-16T00:00:00+02:00",
            "modified": "2012-08-16T12:34:56+02:00",
        }
    )
    # examples/Organization-01.json, as the council
    rat = site.add(
        {
            "id": f"{o}/organization/1",
            "type": kind("Organization"),
            "body": f"{o}/body/0",
            "name": "Rat der Stadt Beispielstadt",
            "shortName": "Rat",
            "organizationType": "Gremium",
            "classification": "Rat",
            "modified": "2012-08-16T12:34:56+02:00",
        }
    )
    # examples/Organization-02.json (membership and meeting as URLs of lists)
    fraktion = site.add(
        {
            "id": f"{o}/organization/2000",
            "type": kind("Organization"),
            "body": f"{o}/body/0",
            "name": "Fraktion Beispielliste",
            "organizationType": "Fraktion",
            "meeting": f"{o}/meetings_for_org/2000",
            "membership": f"{o}/memberships_for_org/2000",
            "modified": "2012-08-16T14:05:27+02:00",
        }
    )
    site.add_list(f"{o}/body/0/organizations", [finanzausschuss, rat, fraktion])

    # examples/Person-01.json, with both memberships embedded (examples/Membership-01.json)
    mustermann = site.add(
        {
            "id": f"{o}/person/29",
            "type": kind("Person"),
            "body": f"{o}/body/0",
            "name": "Prof. Dr. Max Mustermann",
            "familyName": "Mustermann",
            "givenName": "Max",
            "title": ["Prof.", "Dr."],
            "formOfAddress": "Ratsherr",
            "gender": "male",
            "email": ["max@mustermann.example"],
            "status": ["Bezirksbürgermeister"],
            "membership": [
                {
                    "id": f"{o}/memberships/385",
                    "type": kind("Membership"),
                    "organization": f"{o}/organization/34",
                    "role": "Vorsitzender",
                    "votingRight": True,
                    "startDate": "2013-12-03",
                },
                {
                    "id": f"{o}/memberships/693",
                    "type": kind("Membership"),
                    "organization": f"{o}/organization/2000",
                    "role": "Fraktionsmitglied",
                    "votingRight": False,
                    "startDate": "2013-12-03",
                    "endDate": "2014-07-28",
                },
            ],
            "created": "2011-11-11T11:11:00+01:00",
            "modified": "2012-08-16T14:05:27+02:00",
        }
    )
    # examples/Membership-01.json, served on its own: the person refers to it by URL
    site.add(
        {
            "id": f"{o}/memberships/386",
            "type": kind("Membership"),
            "person": f"{o}/person/30",
            "organization": f"{o}/organization/34",
            "role": "Mitglied",
            "votingRight": True,
            "startDate": "2013-12-03",
        }
    )
    musterfrau = site.add(
        {
            "id": f"{o}/person/30",
            "type": kind("Person"),
            "body": f"{o}/body/0",
            "name": "Erika Musterfrau",
            "familyName": "Musterfrau",
            "givenName": "Erika",
            "formOfAddress": "Ratsfrau",
            "membership": [f"{o}/memberships/386"],
            "modified": "2012-08-16T14:05:27+02:00",
        }
    )
    # examples/Membership-02.json has no `type`: reported and skipped, the person is kept
    beispiel = site.add(
        {
            "id": f"{o}/person/31",
            "type": kind("Person"),
            "body": f"{o}/body/0",
            "name": "Hans Beispiel",
            "membership": [
                {
                    "id": f"{o}/memberships/694",
                    "person": f"{o}/person/31",
                    "organization": f"{o}/organization/2000",
                    "role": "Sachkundiger Bürger",
                    "votingRight": False,
                    "startDate": "2013-12-03",
                }
            ],
            "modified": "2012-08-16T14:05:27+02:00",
        }
    )
    site.add_list(f"{o}/body/0/people", [mustermann, musterfrau, beispiel])

    # examples/File-01.json, served on its own: a paper refers to it by URL
    anlage = site.add(
        {
            "id": f"{o}/files/57739",
            "type": kind("File"),
            "name": "Anlage 1 zur Anfrage",
            "fileName": "anlage.pdf",
            "mimeType": "application/pdf",
            "date": "2013-01-04",
            "size": 82930,
            "sha1Checksum": "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "accessUrl": f"{o}/files/57739.pdf",
            "downloadUrl": f"{o}/files/download/57739.pdf",
            "modified": "2013-01-04T07:54:13+01:00",
        }
    )

    def pdf(number: int, name: str) -> dict:  # examples/File-01.json, embedded
        return {
            "id": f"{o}/files/{number}",
            "type": kind("File"),
            "name": name,
            "fileName": f"{number}.pdf",
            "mimeType": "application/pdf",
            "size": 82930,
            "accessUrl": f"{o}/files/{number}.pdf",
            "downloadUrl": f"{o}/files/download/{number}.pdf",
        }

    # examples/Meeting-01.json with examples/AgendaItem-01.json embedded
    sitzung_281 = site.add(
        {
            "id": f"{o}/meeting/281",
            "type": kind("Meeting"),
            "name": "4. Sitzung des Finanzausschusses",
            "meetingState": "durchgeführt",
            "start": "2013-01-04T08:00:00+01:00",
            "end": "2013-01-04T12:00:00+01:00",
            "location": rathaus,
            "organization": [f"{o}/organization/34"],
            "invitation": pdf(57740, "Einladung"),
            "resultsProtocol": pdf(57741, "Protokoll"),
            "auxiliaryFile": [pdf(57742, "Nachtrags-Tagesordnung")],
            "agendaItem": [
                {
                    "id": f"{o}/agendaitem/3271",
                    "type": kind("AgendaItem"),
                    "meeting": f"{o}/meeting/281",
                    "number": "10.1",
                    "name": "Satzungsänderung für Ausschreibungen",
                    "public": True,
                    "consultation": f"{o}/consultation/47594",
                    "result": "Geändert beschlossen",
                    "resolutionText": "Der Beschluss weicht wie folgt vom Antrag ab: ...",
                },
                {
                    "id": f"{o}/agendaitem/3272",
                    "type": kind("AgendaItem"),
                    "meeting": f"{o}/meeting/281",
                    "number": "11",
                    "name": "Grundstücksangelegenheiten",
                    "public": False,
                },
            ],
            "created": "2012-01-06T12:01:00+01:00",
            "modified": "2012-01-08T14:05:27+01:00",
        }
    )
    # examples/Meeting-01.json, the location given by URL instead of embedded
    sitzung_282 = site.add(
        {
            "id": f"{o}/meeting/282",
            "type": kind("Meeting"),
            "name": "5. Sitzung des Finanzausschusses",
            "start": "2013-02-08T08:00:00+01:00",
            "location": buergerhaus,
            "organization": [f"{o}/organization/34"],
            "agendaItem": [
                {
                    "id": f"{o}/agendaitem/3280",
                    "type": kind("AgendaItem"),
                    "number": "1",
                    "name": SCRIPT_TITLE,
                    "public": True,
                }
            ],
            "modified": "2013-02-01T10:00:00+01:00",
        }
    )
    sitzung_283 = site.add(
        {
            "id": f"{o}/meeting/283",
            "type": kind("Meeting"),
            "name": "12. Sitzung des Rates",
            "start": "2013-02-14T17:00:00+01:00",
            "location": buergerhaus,
            "organization": [f"{o}/organization/1"],
            "modified": "2013-02-01T10:00:00+01:00",
        }
    )
    # Meeting-01 shape without the required `id`: reported and skipped
    ohne_id = {
        "type": kind("Meeting"),
        "name": "Sitzung ohne Kennung",
        "start": "2013-03-01T17:00:00+01:00",
        "modified": "2013-02-01T10:00:00+01:00",
    }
    # Meeting-01 shape with a `javascript:` link: the link is removed
    sitzung_284 = site.add(
        {
            "id": f"{o}/meeting/284",
            "type": kind("Meeting"),
            "name": "Sondersitzung des Rates",
            "cancelled": True,
            "start": "2013-03-07T17:00:00+01:00",
            "organization": [f"{o}/organization/1"],
            "web": "javascript:alert(document.cookie)",
            "modified": "2013-02-01T10:00:00+01:00",
        }
    )
    site.add_list(
        f"{o}/body/0/meetings", [sitzung_281, sitzung_282, sitzung_283, ohne_id, sitzung_284]
    )

    # examples/Paper-01.json with examples/Consultation-01.json embedded
    vorlage_749 = site.add(
        {
            "id": f"{o}/paper/749",
            "type": kind("Paper"),
            "body": f"{o}/body/0",
            "name": "Antwort auf Anfrage 1200/2014",
            "reference": "1234/2014",
            "date": "2014-04-04",
            "paperType": "Beantwortung einer Anfrage",
            "relatedPaper": [f"{o}/paper/699"],
            "mainFile": pdf(57737, "Anlage 1 zur Anfrage"),
            "auxiliaryFile": [anlage],
            "location": [
                {
                    "id": f"{o}/locations/29857",
                    "type": kind("Location"),
                    "description": "Honschaftsstraße 312, Beispielstadt",
                    "geojson": {"type": "Point", "coordinates": [7.03291, 50.98249]},
                }
            ],
            "originatorPerson": [f"{o}/person/29"],
            "originatorOrganization": [f"{o}/organization/2000"],
            "consultation": [
                {
                    "id": f"{o}/consultation/47594",
                    "type": kind("Consultation"),
                    "agendaItem": f"{o}/agendaitem/3271",
                    "meeting": f"{o}/meeting/281",
                    "organization": [f"{o}/organization/34"],
                    "authoritative": False,
                    "role": "Beschlussfassung",
                }
            ],
            "underDirectionOf": [f"{o}/organization/34"],
            "created": "2013-01-08T12:05:27+01:00",
            "modified": "2013-01-08T12:05:27+01:00",
        }
    )
    # examples/Paper-01.json with `<script>` in its name: stored as text
    vorlage_750 = site.add(
        {
            "id": f"{o}/paper/750",
            "type": kind("Paper"),
            "body": f"{o}/body/0",
            "name": SCRIPT_TITLE,
            "reference": "1300/2014",
            "date": "2014-05-02",
            "paperType": "Mitteilungsvorlage",
            "mainFile": pdf(57750, "Bericht"),
            "modified": "2014-05-02T09:00:00+02:00",
        }
    )
    # examples/Paper-01.json with an attachment without `accessUrl`: the attachment is skipped
    vorlage_751 = site.add(
        {
            "id": f"{o}/paper/751",
            "type": kind("Paper"),
            "body": f"{o}/body/0",
            "name": "Antrag: Radweg an der Nordstraße",
            "reference": "1301/2014",
            "paperType": "Antrag",
            "auxiliaryFile": [{"id": f"{o}/files/57751", "type": kind("File"), "name": "Lageplan"}],
            "modified": "2014-05-03T09:00:00+02:00",
        }
    )
    site.add_list(f"{o}/body/0/papers", [vorlage_749, vorlage_750, vorlage_751])
    return site
