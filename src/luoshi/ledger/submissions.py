"""One submission per form: each state-changing form carries a one-time key, taken in the transaction of the
change it makes.

Going back and submitting again, a double click or a browser's "resend" POSTs the same key a second time;
the key's unique row is already there, so nothing is written and the user is sent to the result with a
notice. The key lives in the database, not in a process, so a replay is caught whichever worker gets it.
A change that fails (a refused form, a stale version) rolls its key back with it, so the corrected form can
be sent again. A POST without a key (an old page, a script) is taken as it comes.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils import timezone

from luoshi.ledger.models import SubmissionKey

FIELD = "submission_key"  # the hidden field's name
NOTICE = "该表单已提交过，未重复提交。"
KEEP_DAYS = 30
_KEY_MAX = SubmissionKey._meta.get_field("key").max_length or 64


class AlreadySubmitted(Exception):
    """This form's key was taken by an earlier submission: the change it asks for is made already."""


def new_key() -> str:
    """A fresh key for one rendering of one form (192 random bits)."""
    return secrets.token_urlsafe(24)


def key_of(request: HttpRequest) -> str:
    return request.POST.get(FIELD, "").strip()[:_KEY_MAX]


def once(request: HttpRequest) -> AbstractContextManager[None]:
    """Run the change in a transaction that first takes the POSTed form's key (see :func:`once_key`)."""
    return once_key(key_of(request), request.path)


@contextmanager
def once_key(key: str, path: str) -> Iterator[None]:
    """A transaction that first takes ``key``; :class:`AlreadySubmitted` if it is taken (no key: no check).

    The key is taken before the change so two copies of one POST arriving together queue on its unique row;
    the second finds it taken once the first commits.
    """
    if not key:
        yield
        return
    with transaction.atomic():
        if not _take(key, path):
            raise AlreadySubmitted
        yield


def replayed(request: HttpRequest, to: str) -> HttpResponseRedirect:
    """Where a replayed form goes: the result of the first submission, with the notice."""
    messages.info(request, NOTICE)
    return redirect(to)


def prune(today: dt.date, keep_days: int = KEEP_DAYS) -> int:
    """Forget keys older than ``keep_days`` (nobody goes back to a form a month old); the daily lights run calls it."""
    since = timezone.make_aware(dt.datetime.combine(today - dt.timedelta(days=keep_days), dt.time()))
    return SubmissionKey.objects.filter(created_at__lt=since).delete()[0]


def _take(key: str, path: str) -> bool:
    try:
        with transaction.atomic():  # a savepoint: the failed INSERT leaves the outer transaction usable
            SubmissionKey.objects.create(key=key, path=path[:300])
    except IntegrityError:
        return False
    return True
