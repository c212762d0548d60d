"""What is worth a notice, who gets it, and its words: the events as named data, the hook on committed
changes, and the idempotent reminder scan.

A history record the workflow writes (交办, 催办, 批准延期…) queues its messages in the transaction of the
change, inside a savepoint: they exist exactly when the change commits, and a failure here is logged
without undoing the change. Reminders (临近到期, 逾期, feedback and 批示 report deadlines) come from
:func:`scan`; each message's key names the item, the event, its deadline, the threshold reached and the
channel, so the scan may run every few minutes from several processes and still sends each one once.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from luoshi.ledger import instructions, people
from luoshi.ledger.models import Feedback, HistoryRecord, Instruction, Item
from luoshi.ledger.notify import wakeup
from luoshi.ledger.notify.models import Channel, Message
from luoshi.ledger.notify.transports import markdown_safe
from luoshi.report.breakdown import chinese_date

logger = logging.getLogger(__name__)

UNIT, OFFICE = "unit", "office"
PREFIX = "【督办】"  # every title has it: a 钉钉 robot set to 自定义关键词 督办 accepts them all


@dataclass(frozen=True)
class Event:
    code: str
    label: str
    audience: str  # UNIT: the units concerned and the 督查室's channel; OFFICE: the 督查室's channel only
    example: str  # a title as sent


EVENTS: dict[str, Event] = {e.code: e for e in (
    Event("assigned", "交办", UNIT, "【督办】交办：2026-001-03 推进城乡供水一体化"),
    Event("urged", "催办", UNIT, "【督办】催办：2026-001-03"),
    Event("due_soon", "临近到期", UNIT, "【督办】临近到期：2026-001-03（3天后到期）"),
    Event("overdue", "逾期", UNIT, "【督办】逾期：2026-001-03（已逾期2天）"),
    Event("extension_decided", "延期审批结果", UNIT, "【督办】批准延期：2026-001-03"),
    Event("red_light", "红灯预警（漏报进展等）", UNIT, "【督办】红灯预警：2026-001-03 已35天未报送进展"),
    Event("instruction", "领导批示", UNIT, "【督办】领导批示：事项 2026-001-03"),
    Event("report_due", "批示要求报告临近时限", UNIT, "【督办】请按批示报告：事项 2026-001-03（1天后到期）"),
    Event("feedback_due", "群众反馈临近答复时限", UNIT, "【督办】群众反馈待答复：2026-001-03（今天到期）"),
    Event("feedback_overdue", "群众反馈超时未答复", UNIT, "【督办】群众反馈超时未答复：2026-001-03"),
    Event("returned", "单位退回交办", OFFICE, "【督办】单位退回：2026-001-03"),
    Event("extension_requested", "延期申请待审批", OFFICE, "【督办】延期申请：2026-001-03"),
    Event("completion_requested", "办结待审核", OFFICE, "【督办】申请办结：2026-001-03"),
)}
TEST_EVENT = "test"
# The workflow's history actions that are events (luoshi.ledger.workflow records these names).
HISTORY_EVENTS = {
    "交办": "assigned", "重新交办": "assigned", "催办": "urged", "批准延期": "extension_decided",
    "不予延期": "extension_decided", "退回": "returned", "申请延期": "extension_requested",
    "申请办结": "completion_requested", "预警变化": "red_light",
}
# What a new channel subscribes to: a unit everything addressed to units; the 督查室 what waits for it and
# what went wrong.
UNIT_DEFAULT = [e.code for e in EVENTS.values() if e.audience == UNIT]
OFFICE_DEFAULT = [*(e.code for e in EVENTS.values() if e.audience == OFFICE), "overdue", "feedback_overdue"]
_OPEN = (Item.Status.ASSIGNED, Item.Status.IN_PROGRESS)  # held to their deadline (not returned, not under review)


@dataclass(frozen=True)
class Notice:
    """A notice before it is addressed: its key without the channel, and its words."""

    key: str
    event: str
    title: str
    body: str
    item: Item | None = None
    units: tuple[int, ...] = ()  # the units it concerns (their channels get it)


# ---------------------------------------------------------------------------------------------- queuing


def channels_for(event: str, units: Iterable[int], channels: list[Channel] | None = None) -> list[Channel]:
    """The enabled channels subscribed to ``event``: the units' own (a unit event) and the 督查室's."""
    audience = EVENTS[event].audience
    wanted = set(units) if audience == UNIT else set()
    if channels is None:
        channels = list(Channel.objects.filter(enabled=True).filter(Q(unit__isnull=True) | Q(unit__in=wanted))
                        .select_related("unit"))
    return [c for c in channels if c.enabled and event in c.events
            and (c.unit_id is None or (c.unit_id in wanted and c.unit is not None and c.unit.active))]


def messages_for(notice: Notice, channels: list[Channel] | None, now: dt.datetime) -> list[Message]:
    link = item_link(notice.item) if notice.item is not None else ""
    return [Message(channel=c, key=f"{notice.key}:c{c.pk}", event=notice.event, item=notice.item,
                    title=" ".join(notice.title.split())[:200], body=notice.body, link=link, next_attempt_at=now)
            for c in channels_for(notice.event, notice.units, channels)]


def queue(notices: Iterable[Notice], channels: list[Channel] | None = None) -> list[Message]:
    """Queue each notice for its channels, skipping keys already queued; the new messages."""
    now = timezone.now()
    candidates = [m for notice in notices for m in messages_for(notice, channels, now)]
    new = _unqueued(candidates)
    Message.objects.bulk_create(new, ignore_conflicts=True)  # a key another process queued meanwhile stays one
    return new


def _unqueued(candidates: list[Message], chunk: int = 500) -> list[Message]:
    taken: set[str] = set()
    for start in range(0, len(candidates), chunk):
        keys = [m.key for m in candidates[start:start + chunk]]
        taken.update(Message.objects.filter(key__in=keys).values_list("key", flat=True))
    return [m for m in candidates if m.key not in taken]


def queue_in_savepoint(notices: list[Notice]) -> None:
    """Queue inside the caller's transaction without ever failing it; wake the sender once it commits."""
    if not notices:
        return
    try:
        with transaction.atomic():
            queued = queue(notices)
    except Exception:  # a notice is never worth a lost change
        logger.exception("could not queue notifications %s", [n.key for n in notices])
        return
    if queued:
        transaction.on_commit(wakeup.wake)


def item_link(item: Item) -> str:
    base = settings.LUOSHI_PUBLIC_URL
    return f"{base}{reverse('ledger:item_detail', args=[item.number])}" if base else ""


# ---------------------------------------------------------------------------------------------- changes


def on_history(record: HistoryRecord) -> list[Notice]:
    """The notice a workflow change is worth, if any."""
    event = HISTORY_EVENTS.get(record.action)
    if event is None or record.item_id is None:
        return []
    item = record.item
    assert item is not None
    if event == "red_light" and not _turned_red(record):
        return []
    units = [item.lead_unit_id] if item.lead_unit_id else []
    if event == "assigned":
        units += [u.pk for u in item.co_units.all()]
    if event == "red_light":
        title = f"{PREFIX}红灯预警：{item.number} {markdown_safe(str(record.after.get('原因', '')))}"
    else:
        title = f"{PREFIX}{record.action}：{item.number} {_short(item.content, 30)}"
    lines = [_item_line(item), *_HISTORY_LINES[event](item, record)]
    return [Notice(f"h{record.seq}", event, title, "\n".join(lines), item, tuple(units))]


def on_instruction(instruction: Instruction) -> list[Notice]:
    """领导批示: to the units of the item, or of every open item of the document it is written on."""
    concerned = instructions.items_concerned(instruction)
    item = instruction.item
    units = {i.lead_unit_id for i in concerned if i.status != Item.Status.CLOSED}
    if item is not None:
        units.update(u.pk for u in item.co_units.all())
    lines = [f"批示：{markdown_safe(instruction.text)}", f"批示领导：{_person(instruction.author)}"]
    if instruction.report_due:
        lines.append(f"请于{_date(instruction.report_due)}前报告办理情况。")
    title = f"{PREFIX}领导批示：{markdown_safe(instruction.subject)}"
    return [Notice(f"instruction:n{instruction.pk}", "instruction", title, "\n".join(lines), item,
                   tuple(u for u in units if u))]


def _turned_red(record: HistoryRecord) -> bool:
    """A light turned red for a reason other than the deadline (逾期 has its own notice): a report missed, a
    report a leader asked for not sent."""
    reason = str(record.after.get("原因", ""))
    return record.after.get("预警") == Item.Light.RED.label and not reason.startswith("已逾期")


def _red_lines(item: Item, record: HistoryRecord) -> list[str]:
    return [f"牵头单位：{_unit(item)}；完成时限：{_date(item.deadline)}",
            f"预警原因：{markdown_safe(str(record.after.get('原因', '')))}。请及时报送进展。"]


def _item_line(item: Item) -> str:
    return f"事项：{item.number} {_short(item.content, 120)}"


def _assigned_lines(item: Item, record: HistoryRecord) -> list[str]:
    co = "、".join(u.name for u in item.co_units.all())
    lines = [f"牵头单位：{_unit(item)}" + (f"；配合单位：{co}" if co else "")]
    if item.responsible:
        lines.append(f"责任人：{item.responsible.name}")
    lines += [f"完成时限：{_date(item.deadline)}", "请及时登录督办台账签收办理。"]
    return lines


def _urged_lines(item: Item, record: HistoryRecord) -> list[str]:
    return [f"催办：{markdown_safe(record.note)}", f"完成时限：{_date(item.deadline)}；当前进度：{item.percent}%"]


def _extension_lines(item: Item, record: HistoryRecord) -> list[str]:
    if record.action == "批准延期":
        lines = [f"延期申请已批准，完成时限调整为{_date(item.deadline)}。"]
    else:
        lines = [f"延期申请未获批准，完成时限仍为{_date(item.deadline)}。"]
    return lines + ([f"审批意见：{markdown_safe(record.note)}"] if record.note else [])


def _returned_lines(item: Item, record: HistoryRecord) -> list[str]:
    unit = record.before.get("牵头单位") or _unit(item)
    return [f"{markdown_safe(str(unit))}退回了交办，请重新交办。", f"理由：{markdown_safe(record.note)}"]


def _extension_request_lines(item: Item, record: HistoryRecord) -> list[str]:
    after = record.after
    return [f"{_unit(item)}申请将完成时限由{after.get('原时限', '')}延至{after.get('申请延至', '')}，待审批。",
            f"理由：{markdown_safe(record.note)}"]


def _completion_lines(item: Item, record: HistoryRecord) -> list[str]:
    return [f"{_unit(item)}申请办结，待审核销号。", f"办结情况：{markdown_safe(_short(record.note, 200))}"]


_HISTORY_LINES = {
    "assigned": _assigned_lines, "urged": _urged_lines, "extension_decided": _extension_lines,
    "returned": _returned_lines, "extension_requested": _extension_request_lines,
    "completion_requested": _completion_lines, "red_light": _red_lines,
}


# ---------------------------------------------------------------------------------------------- reminders


@dataclass(frozen=True)
class ScanCounts:
    queued: Counter[str]

    def __str__(self) -> str:
        return "、".join(f"{EVENTS[code].label} {n}" for code, n in sorted(self.queued.items())) or "无"


def stage(days_left: int, days: tuple[int, ...]) -> int | None:
    """The tightest threshold reached: 2 days left under (7, 3, 1) is the 3-day reminder, so a day the scan
    did not run is caught up the next day, once, and never with the wider ones before it."""
    reached = [d for d in days if days_left <= d]
    return min(reached) if reached and days_left >= 0 else None


def scan(today: dt.date | None = None) -> ScanCounts:
    """Queue the reminders due on ``today``; running it again queues nothing new."""
    today = today or timezone.localdate()
    channels = list(Channel.objects.filter(enabled=True).select_related("unit"))
    counts: Counter[str] = Counter()
    if not channels:
        return ScanCounts(counts)
    notices = [*_deadline_notices(today), *_feedback_notices(today), *_report_notices(today)]
    counts.update(message.event for message in queue(notices, channels))
    if counts:
        wakeup.wake()
    return ScanCounts(+counts)


def _deadline_notices(today: dt.date) -> Iterator[Notice]:
    days = settings.LUOSHI_REMIND_DAYS
    horizon = today + dt.timedelta(days=max(days, default=0))
    items = (Item.objects.filter(status__in=_OPEN, deadline__isnull=False, deadline__lte=horizon)
             .select_related("lead_unit").order_by("deadline", "pk"))
    for item in items.iterator(chunk_size=2000):
        assert item.deadline is not None
        left = (item.deadline - today).days
        units = (item.lead_unit_id,) if item.lead_unit_id else ()
        base = f"i{item.pk}:{item.deadline.isoformat()}"
        if left < 0:
            yield Notice(f"overdue:{base}", "overdue", f"{PREFIX}逾期：{item.number}（已逾期{-left}天）",
                         "\n".join([_item_line(item), f"牵头单位：{_unit(item)}；完成时限：{_date(item.deadline)}",
                                    f"当前进度：{item.percent}%。请抓紧办理，及时报送进展。"]), item, units)
        elif (reached := stage(left, days)) is not None:
            yield Notice(f"due_soon:{base}:d{reached}", "due_soon", f"{PREFIX}临近到期：{item.number}（{_left(left)}）",
                         "\n".join([_item_line(item), f"牵头单位：{_unit(item)}；完成时限：{_date(item.deadline)}",
                                    f"当前进度：{item.percent}%。请按期办结，确需延期的请在到期前申请。"]), item, units)


def _feedback_notices(today: dt.date) -> Iterator[Notice]:
    days = settings.LUOSHI_FEEDBACK_REMIND_DAYS
    horizon = today + dt.timedelta(days=max(days, default=0))
    waiting = (Feedback.objects.filter(status=Feedback.Status.NEW, response_due__lte=horizon)
               .select_related("item").order_by("response_due", "pk"))
    for feedback in waiting.iterator(chunk_size=2000):
        left = (feedback.response_due - today).days
        unit = feedback.unit_id or feedback.item.lead_unit_id
        base = f"f{feedback.pk}:{feedback.response_due.isoformat()}"
        # The citizen's own words stay out of a group chat: the unit reads them in the ledger.
        lines = [_item_line(feedback.item), f"群众反馈 #{feedback.pk}，答复时限：{_date(feedback.response_due)}",
                 "请登录督办台账答复（即时联、现时办）。"]
        if left < 0:
            yield Notice(f"feedback_overdue:{base}", "feedback_overdue",
                         f"{PREFIX}群众反馈超时未答复：{feedback.item.number}（已超时{-left}天）", "\n".join(lines),
                         feedback.item, (unit,) if unit else ())
        elif (reached := stage(left, days)) is not None:
            yield Notice(f"feedback_due:{base}:d{reached}", "feedback_due",
                         f"{PREFIX}群众反馈待答复：{feedback.item.number}（{_left(left)}）", "\n".join(lines),
                         feedback.item, (unit,) if unit else ())


def _report_notices(today: dt.date) -> Iterator[Notice]:
    """A 批示 asking for a report by a day: a reminder for each item concerned whose report has not come."""
    days = settings.LUOSHI_REMIND_DAYS
    horizon = today + dt.timedelta(days=max(days, default=0))
    asks = Instruction.objects.filter(report_due__gte=today, report_due__lte=horizon).select_related("item", "source")
    for instruction in asks.iterator(chunk_size=500):
        assert instruction.report_due is not None
        left = (instruction.report_due - today).days
        reached = stage(left, days)
        if reached is None:
            continue
        for item in instructions.items_concerned(instruction):
            if not item.lead_unit_id or instructions.request_state(instruction, item, today).label != "待报告":
                continue
            lines = [_item_line(item), f"批示：{_short(instruction.text, 200)}",
                     f"要求{_date(instruction.report_due)}前报告办理情况，请在督办台账报送进展。"]
            yield Notice(f"report_due:n{instruction.pk}:i{item.pk}:d{reached}", "report_due",
                         f"{PREFIX}请按批示报告：{item.number}（{_left(left)}）", "\n".join(lines), item,
                         (item.lead_unit_id,))


# ---------------------------------------------------------------------------------------------- words


def _short(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return markdown_safe(text if len(text) <= limit else text[:limit - 1] + "…")


def _unit(item: Item) -> str:
    return markdown_safe(item.lead_unit.name) if item.lead_unit else "（未定）"


def _date(day: dt.date | None) -> str:
    return chinese_date(day) if day else "未定"


def _left(days: int) -> str:
    return "今天到期" if days == 0 else f"{days}天后到期"


def _person(user) -> str:
    return markdown_safe(people.display_name(user) or "领导")
