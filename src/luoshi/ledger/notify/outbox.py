"""Sending the outbox: claim what is due, pack each channel's messages into posts, send, log every attempt,
and retry a failure later with exponential backoff until ``LUOSHI_NOTIFY_MAX_ATTEMPTS``.

A claim is one conditional UPDATE (``status`` pending and due → held by this round until its lease ends),
taken per channel just before sending to it, so several processes sending at once never send a message
twice; a process that dies mid-send leaves its messages to be tried again once the lease has passed. A
channel that is down gets one failed post a round; the rest of its messages wait with that one.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from luoshi.ledger.notify.events import EVENTS, PREFIX, TEST_EVENT
from luoshi.ledger.notify.models import Channel, Delivery, Message
from luoshi.ledger.notify.transports import TRANSPORTS, Outcome, Post, Section, pack, send

logger = logging.getLogger(__name__)

MAX_BACKOFF = dt.timedelta(hours=6)
M = Message.Status


@dataclass
class SendCounts:
    posts: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return f"发送 {self.sent} 条（{self.posts} 次请求），待重试 {self.retrying} 条，失败 {self.failed} 条"


def backoff(attempts: int) -> dt.timedelta:
    """The wait after the ``attempts``-th failure: the base (``LUOSHI_NOTIFY_RETRY_SECONDS``) doubled each time."""
    base = settings.LUOSHI_NOTIFY_RETRY_SECONDS
    return min(dt.timedelta(seconds=base * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def send_due(now: dt.datetime | None = None, *, only: list[int] | None = None) -> SendCounts:
    """Send every pending message that is due (or just the ``only`` ones), channel by channel; what happened."""
    now = now or timezone.now()
    due = Message.objects.filter(status=M.PENDING, next_attempt_at__lte=now)
    if only is not None:
        due = due.filter(pk__in=only)
    counts = SendCounts()
    for channel_id in list(due.order_by().values_list("channel_id", flat=True).distinct()):
        # Claimed just before its own sending, so a lease covers one channel's posts, not the whole round's.
        messages = _claim(now, due.filter(channel_id=channel_id))
        if messages:
            _send_channel(messages[0].channel, messages, now, counts)
    return counts


def retry(message: Message) -> None:
    """Send a failed (or cancelled) message again from its first attempt."""
    Message.objects.filter(pk=message.pk, status__in=[M.FAILED, M.CANCELLED]).update(
        status=M.PENDING, attempts=0, next_attempt_at=timezone.now(), claim="")


def send_test(channel: Channel) -> Message:
    """A test message to ``channel``, sent now; returned with its outcome."""
    message = Message.objects.create(
        channel=channel, key=f"test:{uuid.uuid4().hex}", event=TEST_EVENT, title=f"{PREFIX}测试消息",
        body=f"这是落实·督办台账发给“{channel}”的测试消息。收到即表示通知渠道配置正确。",
        next_attempt_at=timezone.now())
    send_due(only=[message.pk])
    message.refresh_from_db()
    return message


def lease(channel: Channel) -> dt.timedelta:
    """How long a round holds a channel's messages: longer than its posts can take, every one timing out."""
    posts = TRANSPORTS[channel.kind].posts_per_round
    return dt.timedelta(seconds=posts * settings.LUOSHI_NOTIFY_TIMEOUT + 60)


def _claim(now: dt.datetime, due: QuerySet[Message]) -> list[Message]:
    """Hold what ``due`` holds for one channel until its lease ends, unless another round holds it already."""
    first = due.select_related("channel").order_by("next_attempt_at", "pk").first()
    if first is None:
        return []
    transport = TRANSPORTS[first.channel.kind]
    pks = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)
               [:transport.per_post * transport.posts_per_round])
    token = uuid.uuid4().hex
    # Re-checked in the UPDATE itself: a message another round claimed meanwhile is no longer due.
    Message.objects.filter(pk__in=pks, status=M.PENDING, next_attempt_at__lte=now).update(
        claim=token, next_attempt_at=now + lease(first.channel))
    return list(Message.objects.filter(claim=token, status=M.PENDING).select_related("channel", "channel__unit")
                .order_by("pk"))


def _send_channel(channel: Channel, messages: list[Message], now: dt.datetime, counts: SendCounts) -> None:
    if not channel.enabled or (channel.unit is not None and not channel.unit.active):
        Message.objects.filter(pk__in=[m.pk for m in messages]).update(
            status=M.CANCELLED, claim="", last_error="渠道已停用，消息未发送")
        return
    transport = TRANSPORTS[channel.kind]
    sections = [Section(m.title, m.body, m.link) for m in messages]
    posts = pack(sections, transport.max_bytes, transport.per_post)
    for number, indexes in enumerate(posts):
        batch = [messages[i] for i in indexes]
        if number >= transport.posts_per_round:  # the rest go in the next round, not counted as an attempt
            _release([m for i in posts[number:] for m in (messages[j] for j in i)], now)
            return
        outcome = _safe_send(channel, _post(batch, [sections[i] for i in indexes]))
        counts.posts += 1
        _record(batch, outcome, counts)
        if not outcome.ok and outcome.retryable:  # the channel is down or busy: the rest wait with the failed
            _release([m for i in posts[number + 1:] for m in (messages[j] for j in i)], batch[0].next_attempt_at)
            return


def _release(messages: list[Message], when: dt.datetime) -> None:
    Message.objects.filter(pk__in=[m.pk for m in messages]).update(next_attempt_at=when, claim="")


def _post(batch: list[Message], sections: list[Section]) -> Post:
    if len(batch) == 1:
        return Post(batch[0].title, tuple(sections))
    kinds: dict[str, int] = defaultdict(int)
    for message in batch:
        kinds[EVENTS[message.event].label if message.event in EVENTS else "通知"] += 1
    summary = "、".join(f"{label}{n}条" for label, n in kinds.items())
    return Post(f"{PREFIX}{len(batch)}条通知：{summary}", tuple(sections))


def _safe_send(channel: Channel, post: Post) -> Outcome:
    try:
        return send(channel, post)
    except Exception as e:  # a transport bug must not leave messages held, nor stop the other channels
        logger.exception("notification transport %s failed", channel.kind)
        return Outcome(False, error=f"发送出错：{type(e).__name__}")


def _record(batch: list[Message], outcome: Outcome, counts: SendCounts) -> None:
    at = timezone.now()
    post = uuid.uuid4().hex
    limit = settings.LUOSHI_NOTIFY_MAX_ATTEMPTS
    with transaction.atomic():
        Delivery.objects.bulk_create(Delivery(message=m, post=post, at=at, ok=outcome.ok,
                                              http_status=outcome.http_status, error=outcome.error) for m in batch)
        for message in batch:
            message.attempts += 1
            message.claim = ""
            if outcome.ok:
                message.status, message.sent_at, message.last_error = M.SENT, at, ""
                counts.sent += 1
            elif outcome.retryable and message.attempts < limit:
                message.next_attempt_at, message.last_error = at + backoff(message.attempts), outcome.error
                counts.retrying += 1
            else:
                message.status, message.last_error = M.FAILED, outcome.error
                counts.failed += 1
            message.save(update_fields=["attempts", "claim", "status", "sent_at", "last_error", "next_attempt_at"])
