"""Which notices are current and which belong in the archive, at the build date."""

from __future__ import annotations

import datetime as dt

from plugins.kit.dates import has_passed
from plugins.kit.listing import newest_first
from plugins.site.items import Item


def is_archived(item: Item, today: dt.date) -> bool:
    """A notice hangs until the end of its `valid_until` day; without that date it stays."""
    return has_passed(item.meta.get("valid_until"), today)


def split_current(items: list[Item], today: dt.date) -> tuple[list[Item], list[Item]]:
    """(current, archived), each newest first."""
    ordered = newest_first(items)
    current = [i for i in ordered if not is_archived(i, today)]
    archived = [i for i in ordered if is_archived(i, today)]
    return current, archived
