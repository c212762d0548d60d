"""码上督: citizens' feedback on a published item, as a 核查 sub-item of the item's lead unit.

    submit_feedback (anyone, on a public item) → answer_feedback (the lead unit) → review_feedback (督查室:
    公开 / 退回重答 / 不予公开)

即时联、现时办: a submission is due an answer within ``LUOSHI_FEEDBACK_RESPONSE_DAYS`` working days. A
submission is an INSERT (with its form's one-time key), no history record and no lock on the history
chain, so a flood of public submissions never queues behind, or in front of, the ledger's own writes; the
per-client rate limit is checked before anything is written. Answers and reviews are staff actions and are recorded in
the history chain like every other change.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from luoshi.ledger import history, submissions, tracking
from luoshi.ledger.models import Feedback, Item
from luoshi.ledger.permissions import can
from luoshi.ledger.workflow import WorkflowError

CONTACT_MAX_CHARS = Feedback.CONTACT_MAX_CHARS
ANSWER_MAX_CHARS = Feedback.ANSWER_MAX_CHARS
F = Feedback.Status
Decision = Literal["publish", "return", "dismiss"]
# Control characters other than tab and newline: PostgreSQL refuses NUL, and none belong in a message.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class FeedbackError(WorkflowError):
    """A submission or a step the feedback's state does not allow; the message is shown as it is."""


class RateLimited(FeedbackError):
    """The client has submitted its hourly allowance already."""


@dataclass(frozen=True)
class Step:
    """One staff step of a feedback's life, the same shape as the item's transitions (ledger.transitions)."""

    action: str
    doing: str  # the verb of a refusal (该反馈当前为“已公开”，不能{doing}) and the review's 结果
    states: frozenset[str]  # the statuses it may be taken from
    to: str  # the status it leads to
    permission: str  # the action of luoshi.ledger.permissions that allows it
    message: str  # shown once it is done


STEPS: Mapping[str, Step] = MappingProxyType({step.action: step for step in (
    Step("answer", "答复", frozenset({F.NEW}), F.ANSWERED, "answer_feedback", "已答复，待督查室审核后公开。"),
    # The supervisor's review decisions:
    Step("publish", "公开", frozenset({F.ANSWERED}), F.PUBLISHED, "review_feedback", "答复已公开。"),
    Step("return", "退回重答", frozenset({F.ANSWERED}), F.NEW, "review_feedback", "已退回承办单位重新答复。"),
    # Spam or abuse can be hidden at any stage, a published answer withdrawn included.
    Step("dismiss", "不予公开", frozenset({F.NEW, F.ANSWERED, F.PUBLISHED}), F.DISMISSED, "review_feedback",
         "已设为不予公开。"),
)})


# ---------------------------------------------------------------------------------------------- public side


def submit_feedback(item: Item, text: str, contact: str = "", client_key: str = "",
                    today: dt.date | None = None, submission_key: str = "") -> Feedback:
    """Store a citizen's feedback on a public item, routed to its lead unit and due in N working days.

    ``submission_key`` is the form's one-time key: the same form sent twice raises
    :class:`~luoshi.ledger.submissions.AlreadySubmitted` and stores nothing more (checked after the rate limit,
    so a client over its limit still costs no write).
    """
    if not client_key:
        raise ValueError("client_key is required: the rate limit counts by it")
    if not item.is_public:
        raise FeedbackError("该事项未公开，不能留言")
    # Counted first, with the indexed client_key: a client over its limit costs one read, no write.
    recent = Feedback.objects.filter(client_key=client_key, created_at__gte=timezone.now() - dt.timedelta(hours=1))
    if recent.count() >= settings.LUOSHI_FEEDBACK_PER_HOUR:
        raise RateLimited("提交过于频繁，请一小时后再试。")
    text = _clean(text)
    contact = _clean(contact)
    limit = settings.LUOSHI_FEEDBACK_MAX_CHARS
    if not text:
        raise FeedbackError("请填写反馈内容")
    if len(text) > limit:
        raise FeedbackError(f"反馈内容不能超过{limit}字（现为{len(text)}字）")
    if len(contact) > CONTACT_MAX_CHARS:
        raise FeedbackError(f"联系方式不能超过{CONTACT_MAX_CHARS}字")
    today = today or timezone.localdate()
    with submissions.once_key(submission_key, f"public/items/{item.number}"):
        return Feedback.objects.create(
            item=item, unit_id=item.lead_unit_id, text=text, contact=contact, client_key=client_key,
            response_due=add_working_days(today, settings.LUOSHI_FEEDBACK_RESPONSE_DAYS),
            tracking=tracking.new_code(),
        )


def add_working_days(day: dt.date, days: int) -> dt.date:
    """``days`` working days after ``day``, skipping Saturdays and Sundays (Friday + 2 → Tuesday).

    Public holidays and the weekends worked in their place (调休) are not known here.
    """
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def client_key(request: HttpRequest) -> str:
    """A keyed hash of the client's address: enough to count a client's submissions, useless to read back.

    ``X-Forwarded-For`` is honoured only when ``LUOSHI_TRUSTED_PROXY`` is set, and then only its last
    entry, the one the proxy itself appended (the ones before it are whatever the client sent). An IPv6
    client counts by its /64, since one household can pick any address inside it.
    """
    address = request.META.get("REMOTE_ADDR", "")
    if getattr(settings, "LUOSHI_TRUSTED_PROXY", False):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded[-1]:
            address = forwarded[-1]
    try:
        parsed = ipaddress.ip_address(address)
        if parsed.version == 6:
            address = str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    except ValueError:
        pass  # not an address (a test client, a unix socket): hashed as it is
    return salted_hmac("luoshi.ledger.feedback.client", address, algorithm="sha256").hexdigest()


# ---------------------------------------------------------------------------------------------- staff side


def answer_feedback(user, feedback: Feedback, answer: str) -> Feedback:
    """The lead unit answers; the answer waits for the supervisor's review before it is public."""
    step = STEPS["answer"]
    answer = _clean(answer)
    if not answer:
        raise FeedbackError("请填写答复内容")
    if len(answer) > ANSWER_MAX_CHARS:
        raise FeedbackError(f"答复不能超过{ANSWER_MAX_CHARS}字")
    with transaction.atomic():
        fresh = Feedback.objects.select_for_update().select_related("item").get(pk=feedback.pk)
        if not can(user, step.permission, fresh.item):
            raise PermissionDenied
        _check_state(fresh, step)
        fresh.status, fresh.answer = step.to, answer
        fresh.answered_by, fresh.answered_at = user, timezone.now()
        # The unit that answers is the one the 考评 holds to the deadline (the item may have changed hands).
        fresh.unit_id = fresh.item.lead_unit_id
        fresh.save(update_fields=["status", "answer", "answered_by", "answered_at", "unit"])
        history.record(user, "答复群众反馈", item=fresh.item, subject=fresh.item.number, before={"状态": F.NEW.label},
                       after={"反馈": fresh.text, "答复": answer, "状态": F.ANSWERED.label},
                       note=f"群众反馈 #{fresh.pk}，答复时限 {fresh.response_due.isoformat()}")
        return fresh


def review_feedback(user, feedback: Feedback, decision: Decision, note: str = "") -> Feedback:
    """督查室: publish the answer, send it back to the unit (a note is required), or dismiss the feedback."""
    if not can(user, "review_feedback"):
        raise PermissionDenied
    step = STEPS.get(decision)
    if step is None or step.permission != "review_feedback":
        raise FeedbackError("请选择审核结果")
    note = _clean(note)
    if decision == "return" and not note:
        raise FeedbackError("退回重答须写明理由")
    with transaction.atomic():
        fresh = Feedback.objects.select_for_update().select_related("item").get(pk=feedback.pk)
        _check_state(fresh, step)
        before = fresh.get_status_display()
        fresh.status, fresh.review_note = step.to, note
        fresh.reviewed_by, fresh.reviewed_at = user, timezone.now()
        if decision == "return":
            # An answer sent back is no answer: the deadline runs on (the text stays, for the unit to rework).
            fresh.answered_by, fresh.answered_at = None, None
        fresh.save(update_fields=["status", "review_note", "reviewed_by", "reviewed_at", "answered_by", "answered_at"])
        history.record(user, "审核群众反馈", item=fresh.item, subject=fresh.item.number,
                       before={"状态": before}, after={"结果": step.doing, "状态": fresh.get_status_display()},
                       note=f"群众反馈 #{fresh.pk}" + (f"：{note}" if note else ""))
        return fresh


def _check_state(feedback: Feedback, step: Step) -> None:
    if feedback.status not in step.states:
        raise FeedbackError(f"该反馈当前为“{feedback.get_status_display()}”，不能{step.doing}")


def _clean(text: str | None) -> str:
    return _CONTROL.sub("", text or "").replace("\r\n", "\n").strip()
