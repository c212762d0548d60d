"""``manage.py ledger_remind`` (and ``luoshi ledger remind``): queue the due reminders and send the outbox once.

Safe to run as often as you like, from cron and alongside ``luoshi serve``: a reminder already queued is
not queued again, and a message another process is sending is left to it.
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand
from django.utils import timezone

from luoshi.ledger.management.commands.ledger_lights import _date  # the same --date as the lights run
from luoshi.ledger.notify import scheduler
from luoshi.ledger.notify.models import Message


class Command(BaseCommand):
    help = "Queue reminders (临近到期, 逾期, feedback and report deadlines) and send the notification outbox once."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--date", type=_date, help="compute reminders as if today were this day (YYYY-MM-DD)")

    def handle(self, *args, date: dt.date | None = None, **options) -> None:
        today = date or timezone.localdate()
        result = scheduler.run_once(today)
        pending = Message.objects.filter(status=Message.Status.PENDING).count()
        failed = Message.objects.filter(status=Message.Status.FAILED).count()
        self.stdout.write(f"{today.isoformat()}：新提醒 {result.scanned}；{result.sent}；"
                          f"待发送 {pending} 条，累计失败 {failed} 条")
