"""Reminders and sending without cron: a daemon thread of the server process.

``start_background()`` (called once per worker process, after the fork) scans for reminders every
``LUOSHI_NOTIFY_INTERVAL`` seconds and sends the outbox at least every minute, and at once when a change
queues a notice (:func:`.wakeup.wake`, called on commit). Several worker processes may each run it: the scan's
keys and the outbox's claims keep every notice single.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import connection

from luoshi.ledger.notify import events, outbox, wakeup

logger = logging.getLogger(__name__)

SEND_EVERY = 60.0  # seconds: a retry is never later than this after its backoff ends
_started: threading.Thread | None = None
_lock = threading.Lock()
_stop = threading.Event()


@dataclass(frozen=True)
class Round:
    scanned: events.ScanCounts
    sent: outbox.SendCounts


def run_once(today: dt.date | None = None, now: dt.datetime | None = None) -> Round:
    """One scan for reminders, then one round of sending (``luoshi ledger remind`` from cron)."""
    scanned = events.scan(today)
    return Round(scanned, outbox.send_due(now))


def start_background(interval: float | None = None) -> threading.Thread | None:
    """Start the reminder thread of this process (once; a second call returns the running thread).

    ``interval``: seconds between reminder scans (default ``LUOSHI_NOTIFY_INTERVAL``, 300); 0 turns the
    thread off, for a deployment that runs ``luoshi ledger remind`` from cron instead.
    """
    global _started
    interval = settings.LUOSHI_NOTIFY_INTERVAL if interval is None else interval
    if interval <= 0:
        return None
    with _lock:
        if _started is not None and _started.is_alive():
            return _started
        _stop.clear()
        _started = threading.Thread(target=_loop, args=(interval,), name="luoshi-notify", daemon=True)
        _started.start()
        return _started


def stop_background(timeout: float = 30.0) -> None:
    """Let the thread finish its round and end (a clean shutdown; tests)."""
    thread = _started
    if thread is None:
        return
    _stop.set()
    wakeup.wake()
    thread.join(timeout)


def _loop(interval: float) -> None:
    next_scan = 0.0
    while not _stop.is_set():
        wakeup.queued.clear()  # before the round: a change committed during it makes the next one start at once
        try:
            if time.monotonic() >= next_scan:
                next_scan = time.monotonic() + interval
                events.scan()
            outbox.send_due()
        except Exception:  # the thread outlives a bad round (a database restart, a locked SQLite file)
            logger.exception("notification round failed")
        finally:
            connection.close()  # this thread's own connection: never held idle between rounds
        wakeup.queued.wait(timeout=min(interval, SEND_EVERY))
