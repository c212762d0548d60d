"""Benchmark: the reminder scan and the outbox on 10,000 items, against reading the same items in the same run.

    python benchmarks/notify_scan.py [--items N] [--runs R]

Fills a fresh SQLite ledger like ``ledger_list.py`` (12 units, each with a 企业微信 robot served by a
local fake server, and the 督查室 by e-mail through the locmem backend), then times:

- the first scan of the day (queues every 临近到期 and 逾期 reminder), and sending what it queued;
- a repeated scan (what ``luoshi serve`` does every few minutes: nothing new to queue), median of R runs;
- the peer: reading the open items the scan looks at (one query, the rows in Python), median of R runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ledger_list import _fill, median_ms


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="luoshi-bench-") as tmp:
        os.environ.update(LUOSHI_DATA_DIR=tmp, DJANGO_SETTINGS_MODULE="luoshi.server.settings",
                          DATABASE_URL=f"sqlite:///{tmp}/ledger.sqlite3",
                          LUOSHI_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend")
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    import django

    django.setup()
    import datetime as dt

    from django.core.management import call_command
    from django.utils import timezone

    from luoshi.ledger.models import Item, Unit
    from luoshi.ledger.notify import events, outbox
    from luoshi.ledger.notify.models import Channel, Message
    from tests.ledger.test_notify import FakeRobots

    call_command("migrate", verbosity=0)
    _fill(args.items)
    robots = FakeRobots()
    for unit in Unit.objects.all():
        Channel.objects.create(unit=unit, kind=Channel.Kind.WECOM, address=f"{robots.url}/wecom?key={unit.pk}",
                               events=events.UNIT_DEFAULT)
    Channel.objects.create(kind=Channel.Kind.EMAIL, address="dcs@example.gov.cn", events=events.OFFICE_DEFAULT)
    today = timezone.localdate()

    start = time.perf_counter()
    first = events.scan(today)
    first_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    sent = outbox.send_due(timezone.now() + dt.timedelta(seconds=1))
    send_ms = (time.perf_counter() - start) * 1000
    again_ms = median_ms(lambda: events.scan(today), args.runs)
    horizon = today + dt.timedelta(days=max(django.conf.settings.LUOSHI_REMIND_DAYS))

    def peer() -> None:
        list(Item.objects.filter(status__in=("assigned", "in_progress"), deadline__lte=horizon)
             .select_related("lead_unit"))

    peer_ms = median_ms(peer, args.runs)
    robots.close()
    print(f"notify scan: {args.items:,} items, {Unit.objects.count()} units with a robot, SQLite (WAL)")
    print(f"first scan of the day   {first_ms:8.1f} ms  queued {sum(first.queued.values())} ({first})")
    print(f"sending them            {send_ms:8.1f} ms  {sent}; {Message.objects.filter(status='sent').count()} sent")
    print(f"repeated scan (median)  {again_ms:8.1f} ms  queues nothing new")
    print(f"peer: read those items  {peer_ms:8.1f} ms  (median; repeated scan / peer = {again_ms / peer_ms:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
