"""No accepted write is lost: concurrent users, stale edits, and a process killed mid-write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from django.db import connection, connections

from luoshi.ledger import history, workflow
from luoshi.ledger.models import HistoryRecord, Item, ProgressReport

pytestmark = pytest.mark.django_db(transaction=True)


def run_in_threads(count: int, work) -> list[BaseException | object]:
    results: list = [None] * count
    barrier = threading.Barrier(count)

    def target(n: int) -> None:
        try:
            barrier.wait()
            results[n] = work(n)
        except BaseException as e:  # collected and asserted on by the test
            results[n] = e
        finally:
            connections.close_all()

    threads = [threading.Thread(target=target, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_concurrent_reports_are_all_kept_and_chained(signed, users):
    count = 8
    results = run_in_threads(count, lambda n: workflow.report_progress(
        users["unit"] if n % 2 else users["co_unit"], Item.objects.get(pk=signed.pk), text=f"进展{n}", percent=n))
    errors = [r for r in results if isinstance(r, BaseException)]
    assert not errors, errors
    assert ProgressReport.objects.filter(item=signed).count() == count
    seqs = list(HistoryRecord.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, len(seqs) + 1))
    assert history.verify().ok


def test_two_supervisors_editing_the_same_version_one_wins(assigned, users, units):
    version = assigned.version
    targets = [units["住建局"], units["交通局"]]
    results = run_in_threads(2, lambda n: workflow.assign(
        users["supervisor"], Item.objects.get(pk=assigned.pk), version=version, lead_unit=targets[n]))
    stale = [r for r in results if isinstance(r, workflow.StaleEdit)]
    done = [r for r in results if isinstance(r, Item)]
    assert len(stale) == 1 and len(done) == 1, results
    assert Item.objects.get(pk=assigned.pk).lead_unit == done[0].lead_unit
    assert history.verify().ok


_WRITER = """
import os, sys
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "luoshi.server.settings"
django.setup()
from django.core.management import call_command
from luoshi.ledger import workflow
from luoshi.ledger.models import Item
from django.contrib.auth.models import User
call_command("migrate", verbosity=0)
unit = User.objects.get(username="fgj")
item = Item.objects.get(number=sys.argv[1])
n = 0
while True:
    report = workflow.report_progress(unit, item, text=f"进展{n}", percent=n % 100)
    print(report.pk, flush=True)  # printed only after the commit returned: an accepted write
    n += 1
"""


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the kill test runs on the SQLite file default")
def test_killed_writer_loses_no_accepted_write(tmp_path, signed, users, settings):
    """A writer killed with SIGKILL mid-stream: every report it saw committed is there, and the chain holds."""
    database = settings.DATABASES["default"]["NAME"]
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "LUOSHI_DATA_DIR": str(tmp_path)}
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, signed.number], stdout=subprocess.PIPE, env=env,
                              text=True)
    accepted = []
    deadline = time.monotonic() + 60
    while len(accepted) < 40 and time.monotonic() < deadline:
        line = writer.stdout.readline()
        if not line:
            break
        accepted.append(int(line))
    writer.send_signal(signal.SIGKILL)
    writer.wait(10)
    assert len(accepted) >= 40, "the writer did not get going"
    stored = set(ProgressReport.objects.filter(item=signed).values_list("pk", flat=True))
    assert set(accepted) <= stored
    assert history.verify().ok
