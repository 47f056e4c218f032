"""Council information (Ratsinformation) from the town's council system, via OParl.

Now: the fetching half. `plugins/council/oparl.py` is an OParl 1.0/1.1 client registered as the
kind "oparl" of `invoke fetch` (plugins/fetch); it writes meetings, papers, organisations,
persons, memberships and legislative terms as JSON into `data/<source>/` (layout in oparl.py).
Later: the build half (pages under Politik, JSON-LD `Event` for public meetings, an `.ics` per
Gremium, the council papers on the "Digitale Verwaltung" page), reading only those files.

Settings: a source `{"name": "rat", "kind": "oparl", "url": "https://…/oparl/v1/system"}` in
EXTERNAL_SOURCES, optionally with `"body": "<id of the Body>"` when the system serves several,
and "plugins.council.oparl" in FETCH_MODULES.
"""


def register():
    """Nothing at build time yet: the pages come with the build half."""
