"""``manage.py ledger_lights`` (and ``luoshi ledger lights``): the daily 预警 run, for cron.

Every open item's light is computed first, cheaply and without locks; only the items whose light or
reason changed are then refreshed through the workflow (locked, recorded in the history, and given an
automatic 催办 when the light got worse). A second run on the same day therefore changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Count, Prefetch
from django.utils import timezone

from luoshi.ledger import instructions, submissions, workflow
from luoshi.ledger.models import Item, Milestone, Reminder

CHUNK = 2000  # items read per query
BATCH = 100  # changed items committed per transaction: fewer commits, yet short write locks
# What compute_light reads, and the stored light it is compared with; the long texts stay unread.
_FIELDS = ("id", "source_id", "status", "deadline", "cadence_days", "signed_at", "last_report_at", "assigned_at",
           "light", "light_reason")


class Command(BaseCommand):
    help = "Recompute every open item's light and send an automatic reminder for each that got worse."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--date", type=_date, help="compute as if today were this day (YYYY-MM-DD)")

    def handle(self, *args, date: dt.date | None = None, **options) -> None:
        today = date or timezone.localdate()
        reminders_before = Reminder.objects.filter(automatic=True).count()
        changed = [item for item, requested in _open_items() if _differs(item, requested, today)]
        updated = 0
        for start in range(0, len(changed), BATCH):
            with transaction.atomic():
                updated += sum(workflow.refresh_light(item, today, remind_unit=True)
                               for item in changed[start:start + BATCH])
        sent = Reminder.objects.filter(automatic=True).count() - reminders_before
        submissions.prune(today)  # the one-time keys of forms sent over a month ago
        counts = dict(Item.objects.exclude(status=Item.Status.CLOSED).values_list("light")
                      .annotate(n=Count("id")).order_by())
        lights = "，".join(f"{label} {counts.get(value, 0)}" for value, label in Item.Light.choices)
        self.stdout.write(f"{today.isoformat()}：未销号事项 {sum(counts.values())} 项（{lights}）；"
                          f"预警变化 {updated} 项，自动催办 {sent} 条")


def _open_items():
    """Open items in primary-key chunks, each with its unfinished milestones in one extra query and the reports
    领导批示 asked of it in another."""
    open_milestones = Prefetch("milestones", queryset=Milestone.objects.filter(done_at__isnull=True))
    query = Item.objects.exclude(status=Item.Status.CLOSED).only(*_FIELDS).order_by("pk")
    last = 0
    while True:
        chunk = list(query.filter(pk__gt=last).prefetch_related(open_milestones)[:CHUNK])
        requested = instructions.requests_by_item(chunk)
        yield from ((item, requested.get(item.pk, [])) for item in chunk)
        if len(chunk) < CHUNK:
            return
        last = chunk[-1].pk


def _differs(item: Item, requested: list[dt.date], today: dt.date) -> bool:
    light = workflow.compute_light(item, today, requested_reports=requested)
    return (light.colour, light.reason) != (item.light, item.light_reason)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None
