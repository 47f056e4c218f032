"""Signals of the site build that capability plugins connect to (module-level receivers only).

- `index_ready(index)`: every item is read, typed and has its URL. Resolve references, add data to
  items (`item.data`), add generated pages (`index.pages`) and values for every template
  (`index.globals`) or only for the start pages (`index.home`: an edit of what only they show
  then re-renders only them in a preview); report problems with `index.problems.add(...)`.
- `site_written(index, output_path=Path)`: every page is written. Write extra files (feeds,
  iCalendar, JSON, search index) into the output folder. Mark a receiver with `@runs_late` when
  no page reads what it writes (search index): a preview writes those files just after the
  browser has reloaded.

Receivers run in the order of their `@priority(n)` (higher first, default 0, like MkDocs' event
priorities), then in the order of PLUGINS; only receivers of listed plugins run
(`plugins.site.registry`).
"""

from blinker import signal

from .registry import is_active, listed, plugin_of

index_ready = signal("site.index_ready")
site_written = signal("site.site_written")


def runs_late(receiver):
    """Let a preview run this `site_written` receiver after the pages are on screen."""
    receiver.runs_late = True
    return receiver


def is_late(receiver) -> bool:
    return getattr(receiver, "runs_late", False)


def priority(value: int):
    """Run this receiver before (higher) or after (lower) the others; default 0."""

    def mark(receiver):
        receiver.priority = value
        return receiver

    return mark


def receivers(signal_, index) -> list:
    """The receivers of the listed plugins, in the order they run."""
    settings = index.settings
    names = listed(settings)
    found = [r for r in signal_.receivers_for(index) if is_active(r.__module__, settings)]

    def order(receiver) -> tuple:
        plugin = plugin_of(receiver.__module__, settings)
        position = names.index(plugin.name) if plugin else -1
        return (-getattr(receiver, "priority", 0), position)

    return sorted(found, key=order)
