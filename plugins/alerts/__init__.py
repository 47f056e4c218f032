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
    """Alerts that have not expired (`Item.expired`, at noon of the build date), most severe
    first."""
    rank = {"emergency": 0, "warning": 1, "info": 2}
    active = [a for a in index.of_type("alert") if not a.expired]
    active.sort(key=lambda a: (rank[a.meta["level"]], expiry(a)))
    index.globals["active_alerts"] = active


def register():
    signals.index_ready.connect(collect_alerts)
