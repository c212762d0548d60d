"""The nudge from a committed change to this process's sending thread (:mod:`.scheduler`): something was
queued, send it now rather than at the next minute. In a process without the thread it does nothing."""

from __future__ import annotations

import threading

queued = threading.Event()


def wake() -> None:
    queued.set()
