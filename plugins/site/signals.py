"""Signals of the site build that capability plugins connect to (module-level receivers only).

- `index_ready(index)`: every item is read, typed and has its URL. Resolve references, add data to
  items (`item.data`), add generated pages (`index.pages`) and values for every template
  (`index.globals`); report problems with `index.problems.add(...)`.
- `site_written(index, output_path=Path)`: every page is written. Write extra files (feeds,
  iCalendar, JSON, search index) into the output folder.
"""

from blinker import signal

index_ready = signal("site.index_ready")
site_written = signal("site.site_written")
