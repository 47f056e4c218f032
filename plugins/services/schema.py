"""The `service` type (Leistung): what residents can get done, following the FIM service fields."""

from plugins.frontmatter.fields import ListOf, Pattern, Ref, Text, Url
from plugins.frontmatter.schema import Schema, link_list, register_type
from plugins.kit.i18n import german

SERVICE = Schema(
    name="service",
    label="Leistung",
    folder="rathaus/leistungen",
    required_summary=True,
    description="Eine Dienstleistung der Verwaltung (Leistungen A–Z), z. B. Reisepass beantragen.",
    body_example="## Beschreibung\n\nWas die Leistung ist und für wen sie gilt.\n",
    fields={
        "office": Ref(
            help="Zuständiges Amt (Dateiname des Amts ohne .md)",
            example="buergerbuero",
            types=("office",),
        ),
        "online_service": Url(
            help="Adresse des Online-Antrags", example="https://service.example.org/antrag"
        ),
        "leika": Pattern(
            help="LeiKa-Leistungsschlüssel (14 Ziffern)",
            example="99102013104000",
            regex=r"\d{14}",
            expected=german("ein LeiKa-Schlüssel aus genau 14 Ziffern"),
        ),
        "fees": ListOf(help="Gebühren", example=["37,00 Euro (ab 24 Jahren)"]),
        "documents": ListOf(help="Erforderliche Unterlagen", example=["Bisheriger Ausweis"]),
        "requirements": ListOf(help="Voraussetzungen", example=["Hauptwohnsitz in der Gemeinde"]),
        "processing_time": Text(help="Bearbeitungsdauer", example="etwa drei Wochen"),
        "deadlines": Text(help="Fristen", example="innerhalb von zwei Wochen nach dem Umzug"),
        "legal_basis": link_list(
            "Rechtsgrundlagen",
            "§ 9 Personalausweisgesetz",
            "https://www.gesetze-im-internet.de/pauswg/__9.html",
        ),
        "forms": link_list("Formulare", "Antrag (PDF)", "/rathaus/formulare/antrag.pdf"),
        "topics": ListOf(help="Lebenslagen, z. B. Umzug, Geburt, Heirat", example=["Umzug"]),
    },
    example_title="Personalausweis beantragen",
    search_label="Leistung",
    search_rank=10,
)
register_type(SERVICE)
