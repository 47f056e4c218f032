"""Fetch: the one seam for data from outside (council system, event feeds, …).

`invoke fetch` reads every source configured in EXTERNAL_SOURCES and writes what it got as plain,
diff-friendly files into the data folder (DATA_PATH, default `data/` at the repository root), one
sub-folder per source name. Builds read only these files and never open a network connection, so
a build stays reproducible, works offline and is fast to test. Nothing here runs at build time.

    invoke fetch                  # every source, incremental where the source allows it
    invoke fetch --source rat     # one source
    invoke fetch --full           # ignore incremental state, fetch everything again
    invoke fetch --strict         # exit code 1 if any source failed (for monitoring)

## Why the data folder is committed to Git (and not kept in CI's cache)
- A build stays a pure function of the repository: the same commit builds the same site, on a
  laptop, in CI and years later; a cache can be evicted or differ between runners.
- Changes to council data are reviewable: a nightly commit (or merge request) shows which
  meetings and papers changed, and a wrong import can be reverted like any other change.
- The demo and the tests ship a recorded data set (`data/rat/`), so the Politik pages are full
  without any network.
- The files are small and diff-friendly: JSON sorted by id with sorted keys, one value per line;
  a night without news writes nothing (see "Unchanged data" below), so Git stays quiet.
Only the HTTP validators (ETag, Last-Modified) live in CI's cache (FETCH_CACHE_PATH, default
`.cache/fetch/`, the folder CI already caches): losing them costs one full download, nothing else.

The nightly workflow runs `invoke fetch`, commits `data/` if it changed (or opens a merge request
for review), then builds; a failing source does not stop the build, its last good files are used.

## Data folder
    data/<name>/meta.json      every source: kind, url, fetched_at (UTC, the run that wrote the
                               files) and what the kind records (problems, removed links, counts)
    data/<name>/…              the kind's files, e.g. `feed.ics` (ical) or meetings.json,
                               papers.json, … (oparl, see plugins/council/oparl.py)
A folder is replaced as a whole, with two renames, only after a fetch succeeded (plugins/fetch/
folder.py): a source that is down, slow, answers 4xx/5xx or sends malformed data keeps its last
good files byte for byte. Unchanged data: if only the run's own facts in meta.json would change
(`fetched_at`, `modified_since`), nothing is written.

## Settings (pelicanconf.py)
- `EXTERNAL_SOURCES`: list of dicts, each with `name` (folder name: a-z, 0-9, -), `kind` and an
  http(s) `url`, plus the kind's own keys, e.g.
  `{"name": "rat", "kind": "oparl", "url": "https://ris.example/oparl/v1/system"}`,
  `{"name": "vereine", "kind": "ical", "url": "https://…/vereine.ics", "organizer": "…",
  "category": "Vereine", "location": "buergerhaus"}`. A source may override any limit below.
- `DATA_PATH` (default "data"), `FETCH_CACHE_PATH` (default ".cache/fetch"), both relative to
  the folder of the settings file.
- `FETCH_LIMITS`: `timeout` 20 s (silence; a whole answer within 6×), `retries` 2, `backoff` 2 s
  (doubling; Retry-After up to 60 s honoured), `max_response_mb` 20, `max_source_mb` 200,
  `max_pages` 500 (per paginated list; more pages fail the source rather than keep half a list).
- `FETCH_MODULES`: modules that register kinds (e.g. "plugins.council.oparl"); "ical" is
  built in (plugins/fetch/ical_feed.py).

## The report and the exit code
One line per source, in the editors' language (German; EDITOR_LANGUAGE=en for English):
    rat (OParl): 12 Sitzungen, 40 Vorlagen neu oder geändert
    vereine (iCalendar): nicht erreichbar (Zeitüberschreitung nach 20 s) — die Daten vom
    2.12.2026 bleiben
Exit code 0 when every source has data the build can use (new or kept); 1 when a source has no
data yet or its settings are wrong; `--strict` also fails when any source failed this time.

## Safety
Only http(s) addresses are requested or followed (redirects included). Fetched text is data: it
is stored as received and escaped by the build; link values that are not http(s) (`javascript:`,
`data:` …) are removed at fetch time and recorded in meta.json (`plugins.fetch.links`).

## A new kind
In the capability that understands it (no edit here), then list the module in FETCH_MODULES:

    from plugins.fetch import Context, Result, register_kind
    def fetch_thing(context: Context) -> Result: ...   # context.client.get(url) etc.
    register_kind("thing", "Label", fetch_thing, options=("key",), required=("key",))

`Result(files, summary, validators)`: the complete files of the source folder (or None: nothing
changed), the report text after "name (Label): ", and ETag/Last-Modified by URL for next time.
Raise `FetchError(message(...))` for a failure; the last good files stay.
"""

from .folder import json_bytes, read_json
from .http import Client, FetchError, Response
from .links import drop_non_http_links, is_http_url
from .report import counted, stamp
from .sources import Context, Limits, Result, register_kind

__all__ = [
    "Client",
    "Context",
    "FetchError",
    "Limits",
    "Response",
    "Result",
    "counted",
    "drop_non_http_links",
    "is_http_url",
    "json_bytes",
    "read_json",
    "register",
    "register_kind",
    "stamp",
]


def register():
    """Nothing at build time: builds read the data folder and never fetch."""
