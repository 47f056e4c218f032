"""The `waste` type: the landing page of a waste calendar (Abfallkalender).

The folder of its `index.md` holds the company's data (`strassen.csv`, `termine.csv`,
`bezirk-<name>.ics`); the front matter names the fractions and, for towns that only have a
rhythm, the rules.
"""

from plugins.frontmatter.fields import Date, Flag, ListOf, Number, Obj, Pattern, Text
from plugins.frontmatter.schema import Schema, register_type
from plugins.kit.i18n import german

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa")

FRACTION = Obj(
    fields={
        "key": Pattern(
            help="Kurzname, wie er in termine.csv steht",
            regex=r"[a-z0-9][a-z0-9-]*",
            expected=german("Kleinbuchstaben, Ziffern und Bindestriche, z. B. restmuell"),
            required=True,
        ),
        "label": Text(help="Bezeichnung, etwa Restmüll", required=True),
        "label_en": Text(help="Bezeichnung auf Englisch, etwa Residual waste"),
        "colour": Pattern(
            help="Farbe der Tonne als #rrggbb (nie die einzige Kennzeichnung)",
            regex=r"#[0-9a-fA-F]{6}",
            expected=german("eine Farbe wie #5f6368"),
            required=True,
        ),
        "short": Text(help="Kurzzeichen, ein bis drei Buchstaben, etwa R", required=True),
    }
)

RULE = Obj(
    fields={
        "fraction": Text(help="Kurzname der Fraktion", required=True),
        "district": Text(help="Bezirk", required=True),
        "weekday": Pattern(
            help="Wochentag: " + ", ".join(WEEKDAYS),
            regex="|".join(WEEKDAYS),
            expected=german("einer der Wochentage Mo, Di, Mi, Do, Fr, Sa"),
            required=True,
        ),
        "every_weeks": Number(help="alle N Wochen (1, 2, 4)", minimum=1, maximum=8),
        "first": Date(help="erster Abholtag", required=True),
        "season": Text(help="nur in diesen Monaten, etwa 4-10 (April bis Oktober)"),
    }
)

WASTE = Schema(
    name="waste",
    label="Abfallkalender",
    folder="rathaus/abfall",
    required_summary=True,
    description=(
        "Die Startseite des Abfallkalenders; neben ihr liegen strassen.csv "
        "(strasse;hausnummern;bezirk), termine.csv (datum;bezirk;fraktion) und/oder "
        "bezirk-<name>.ics vom Entsorger."
    ),
    body_example="Die Tonnen stehen bis 6 Uhr am Straßenrand.\n",
    fields={
        "year": Number(
            help="Das Kalenderjahr der Termine", example=2027, minimum=2000, maximum=2100
        ),
        "fractions": ListOf(
            help="Die Fraktionen mit Bezeichnung, Farbe und Kurzzeichen",
            item=FRACTION,
            example=[{"key": "restmuell", "label": "Restmüll", "colour": "#5f6368", "short": "R"}],
            label="Fraktionen",
        ),
        "rules": ListOf(
            help="Abfuhr-Rhythmen für Städte ohne Terminliste (Feiertage verschieben sie)",
            item=RULE,
            label="Regeln",
        ),
        "reminder": Flag(
            help="true: die Kalenderdateien erinnern am Vorabend um 18 Uhr", label="Erinnerung"
        ),
    },
    example_title="Abfallkalender",
    example_summary="Wann wird bei mir abgeholt? Suchen Sie Ihre Straße.",
    search_label="Abfallkalender",
    search_rank=30,
)
register_type(WASTE)
