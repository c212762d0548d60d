"""Anonymous requests to the public pages may not crowd out the staff's: a flood gets half a core, not all.

Two limits, both cheap to enforce before any page is built:

- ``LUOSHI_PUBLIC_CONCURRENCY`` (default 1) anonymous public requests *run* at once on the whole machine,
  whatever the number of worker processes, and each slot then rests in proportion to the time the request
  took, so that it is busy at most ``LUOSHI_PUBLIC_SHARE`` (default 0.5) of the time: a 5 ms page keeps its
  slot 10 ms. The others wait for their turn without using the CPU. The slots are ``flock`` locks on files in
  the data folder, so a worker that dies never keeps one.
- At most half of a process's threads (``seats``) hold anonymous public requests, running or waiting, so the
  other half is always free for signed-in users. A public request that finds no seat, or waits longer than
  ``WAIT_SECONDS``, gets a short 503 in Chinese with ``Retry-After``.

Measured by ``benchmarks/load.py`` (staff pages with and without a flood of eight connections).
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase

PREFIX = "/public/"
WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.005  # how often a waiting request tries the slots again
BUSY = ("<!doctype html><html lang=\"zh-Hans\"><meta charset=\"utf-8\"><title>访问繁忙</title>"
        "<p>访问人数较多，请稍后刷新页面再试。</p><p><a href=\"/public/\">返回成绩单</a></p></html>")

_seats = threading.BoundedSemaphore(4)


def set_threads(threads: int) -> None:
    """A process serving with ``threads`` threads: at most half of them for anonymous public requests."""
    global _seats
    _seats = threading.BoundedSemaphore(max(1, threads // 2))


class PublicGateMiddleware:
    """After authentication: a signed-in user on a public page is not an anonymous one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not request.path.startswith(PREFIX) or request.user.is_authenticated:
            return self.get_response(request)
        if not _seats.acquire(blocking=False):
            return _busy()
        try:
            if request.method == "POST":
                request.body  # noqa: B018 (read before taking a slot: a slow sender holds only its own seat)
            with _slot() as granted:
                return self.get_response(request) if granted else _busy()
        finally:
            _seats.release()


@contextmanager
def _slot() -> Iterator[bool]:
    """One of the machine's public slots, waiting up to WAIT_SECONDS; yields whether one was had."""
    folder = Path(settings.DATA_DIR) / "public-slots"
    folder.mkdir(mode=0o700, exist_ok=True)
    paths = [folder / f"{n}.lock" for n in range(max(1, settings.LUOSHI_PUBLIC_CONCURRENCY))]
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        for path in paths:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            started = time.monotonic()
            try:
                yield True
                # Keep the slot idle a while in proportion, so the public side takes at most its share of a core.
                time.sleep((time.monotonic() - started) * (1 / _share() - 1))
            finally:
                os.close(fd)  # closing the descriptor releases the lock (and so does a process's death)
            return
        if time.monotonic() >= deadline:
            yield False
            return
        time.sleep(_POLL_SECONDS)


def _share() -> float:
    return min(1.0, max(0.05, settings.LUOSHI_PUBLIC_SHARE))


def _busy() -> HttpResponse:
    response = HttpResponse(BUSY, status=503)
    response["Retry-After"] = "5"
    return response
