"""Alerts: the `alert` type; alerts that have not expired show on every page."""

import datetime as dt

from plugins.frontmatter.fields import BERLIN
from plugins.site import signals

from . import schema  # noqa: F401  (registers the type)


def expiry(alert) -> dt.datetime:
    value = alert.meta["expires"]
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.combine(value, dt.time(23, 59), tzinfo=BERLIN)


def collect_alerts(index):
    """Active alerts per language, most severe first; computed at the build date (noon)."""
    moment = dt.datetime.combine(index.build_date, dt.time(12, 0), tzinfo=BERLIN)
    rank = {"emergency": 0, "warning": 1, "info": 2}
    active = [a for a in index.of_type("alert") if expiry(a) > moment]
    active.sort(key=lambda a: (rank[a.meta["level"]], expiry(a)))
    index.globals["active_alerts"] = active


def register():
    signals.index_ready.connect(collect_alerts)
