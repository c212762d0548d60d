"""Completion and on-time rates by lead unit, counted in the database (a couple of queries, not one per item).

The rules, shared by the bulletin, the 考评 and the public scoreboard:

- an item is *closed* (已销号) as of day D when its status is closed and it was closed on or before D;
- its *finish day* is the day the unit handed in its 办结 report (``completed_at``), or, lacking that, the
  day it was closed: the supervisor's review time is not the unit's delay;
- it is *on time* when closed and its finish day is on or before its deadline (the deadline as it stands,
  an approved extension included, since an extension is granted by the leader); an item without a
  deadline is on time when closed;
- it is *overdue* (逾期) as of D when not closed as of D and its deadline is before D;
- the lights (红黄绿) are the items' current ones: a light's past colour is not reconstructed.

The caller chooses which items count (the bulletin leaves out items not yet assigned); items without a
lead unit appear in :func:`totals` but in no unit's line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from luoshi.ledger.models import Item, Unit
from luoshi.report.rates import UnitRates


def unit_rates(items: QuerySet[Item], today: dt.date | None = None) -> list[UnitRates]:
    """One line per lead unit of ``items``, counted as of ``today`` (default: today), sorted by unit name."""
    today = today or timezone.localdate()
    rows = (items.filter(lead_unit__isnull=False).order_by().values("lead_unit_id")
            .alias(finished=_FINISHED).annotate(**_counts(today)))
    units = Unit.objects.in_bulk([row["lead_unit_id"] for row in rows])
    lines = []
    for row in rows:
        counts: dict[str, Any] = dict(row)
        lines.append(UnitRates(unit=units[counts.pop("lead_unit_id")], **counts))
    return sorted(lines, key=lambda line: line.unit.name)


def totals(items: QuerySet[Item], today: dt.date | None = None) -> UnitRates:
    """The same counts over all of ``items`` (``unit`` is None)."""
    today = today or timezone.localdate()
    row = items.order_by().alias(finished=_FINISHED).aggregate(**_counts(today))
    return UnitRates(unit=None, **{key: value or 0 for key, value in row.items()})


def start_of(day: dt.date) -> dt.datetime:
    """Midnight at the start of ``day`` in the ledger's time zone, to compare stored datetimes with days."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


# The local day the unit finished (see the module docstring); TruncDate uses the current time zone.
_FINISHED = TruncDate(Coalesce("completed_at", "closed_at"))


def closed_by(day: dt.date) -> Q:
    """Items closed on or before ``day`` (a closed item without a recorded time counts as closed)."""
    return Q(status=Item.Status.CLOSED) & (Q(closed_at__isnull=True) | Q(closed_at__lt=start_of(day + dt.timedelta(1))))


def _counts(today: dt.date) -> dict[str, Any]:
    closed = closed_by(today)
    return {
        "total": Count("pk"),
        "closed": Count("pk", filter=closed),
        "on_time": Count("pk", filter=closed & (Q(deadline__isnull=True) | Q(finished__lte=F("deadline")))),
        "overdue": Count("pk", filter=~closed & Q(deadline__lt=today)),
        "red": Count("pk", filter=Q(light=Item.Light.RED)),
        "yellow": Count("pk", filter=Q(light=Item.Light.YELLOW)),
        "green": Count("pk", filter=Q(light=Item.Light.GREEN)),
    }
