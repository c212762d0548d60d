"""``manage.py ledger_verify`` (and ``luoshi ledger verify``): check the history chain end to end."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from luoshi.ledger import history


class Command(BaseCommand):
    help = "Walk the history chain (全程留痕) and report the first broken record; exit status 1 if any."

    def handle(self, *args, **options) -> None:
        result = history.verify()
        if not result.ok:
            raise CommandError(f"record {result.broken_seq} is broken: {result.reason}", returncode=1)
        self.stdout.write(f"ok: {result.records} records, chain intact")
