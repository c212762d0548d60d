"""领导批示 as the pages and the 进度通报 read them: which 批示 concern an item, and whether a report a leader
asked for has come.

A 批示 is written on an item or on a whole document (then it concerns each of the document's items). One with
a 要求报告时限 asks the item's units for a progress report by that day: it is answered by any progress report
on the item sent after the 批示, and until then it is 待报告, then 逾期未报告 (the item's light turns red,
:mod:`luoshi.ledger.lights`). The changes themselves are :func:`luoshi.ledger.workflow.instruct` and
:func:`~luoshi.ledger.workflow.instruct_source`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import F, Q, QuerySet

from luoshi.ledger import people
from luoshi.ledger.models import Instruction, Item

# The states in which a unit owes a report a leader asked for (a returned item is the 督查室's to move).
OWES_REPORTS = frozenset({Item.Status.ASSIGNED, Item.Status.IN_PROGRESS, Item.Status.REVIEW})


def for_item(item: Item) -> QuerySet[Instruction]:
    """The 批示 on the item and on its document, newest first."""
    return (Instruction.objects.filter(Q(item_id=item.pk) | Q(source_id=item.source_id))
            .select_related("author", "item", "source"))


def open_requests(item: Item) -> list[dt.date]:
    """The days by which leaders asked for a report that the item's units have not sent yet."""
    return requests_by_item([item]).get(item.pk, [])


def requests_by_item(items: Sequence[Item]) -> dict[int, list[dt.date]]:
    """:func:`open_requests` of many items in one query (the daily lights run reads thousands)."""
    owing = [item for item in items if item.status in OWES_REPORTS]
    if not owing:
        return {}
    asked = (Instruction.objects.filter(report_due__isnull=False)
             .filter(Q(item_id__in=[i.pk for i in owing]) | Q(source_id__in={i.source_id for i in owing}))
             .values_list("item_id", "source_id", "created_at", "report_due"))
    on_item: dict[int, list[tuple[dt.datetime, dt.date]]] = defaultdict(list)
    on_source: dict[int, list[tuple[dt.datetime, dt.date]]] = defaultdict(list)
    for item_id, source_id, created, due in asked:
        if due is not None:
            (on_item[item_id] if item_id is not None else on_source[source_id]).append((created, due))
    return {item.pk: sorted(due for created, due in on_item[item.pk] + on_source[item.source_id]
                            if item.last_report_at is None or created > item.last_report_at)
            for item in owing}


@dataclass(frozen=True)
class RequestState:
    """A requested report's state for one item, as a unit and the bulletin read it."""

    label: str  # 已报告 / 待报告 / 逾期未报告, or "" for a 批示 that asks for no report
    late: bool = False


def request_state(instruction: Instruction, item: Item, today: dt.date) -> RequestState:
    if instruction.report_due is None:
        return RequestState("")
    if item.last_report_at is not None and item.last_report_at > instruction.created_at:
        return RequestState("已报告")
    if item.status not in OWES_REPORTS:
        return RequestState("无需报告")
    if today > instruction.report_due:
        return RequestState("逾期未报告", late=True)
    return RequestState("待报告")


def items_concerned(instruction: Instruction) -> list[Item]:
    """The items a 批示 concerns: its item, or its document's items under 督办."""
    if instruction.item is not None:
        return [instruction.item]
    if instruction.source is None:
        return []
    return list(instruction.source.items.exclude(status=Item.Status.FILED).select_related("lead_unit")
                .order_by("sequence"))


def summary_state(instruction: Instruction, today: dt.date) -> RequestState:
    """The requested report's state over the items concerned: 已报告, 逾期未报告, or 已报告3项、待报告2项."""
    if instruction.report_due is None:
        return RequestState("")
    counts: dict[str, int] = {}
    late = False
    for item in items_concerned(instruction):
        state = request_state(instruction, item, today)
        counts[state.label] = counts.get(state.label, 0) + 1
        late = late or state.late
    counts.pop("无需报告", None)
    if len(counts) <= 1:
        return RequestState(next(iter(counts), "无需报告"), late)
    return RequestState("、".join(f"{label}{n}项" for label, n in sorted(counts.items())), late)


def owed_by(items: QuerySet[Item], limit: int) -> list[tuple[Instruction, Item]]:
    """The reports leaders asked for that ``items`` (a unit's) still owe, the nearest day first: (批示, item)."""
    owing = items.filter(status__in=OWES_REPORTS)
    unanswered = Q(item__last_report_at__isnull=True) | Q(item__last_report_at__lt=F("created_at"))
    on_items = (Instruction.objects.filter(unanswered, item__in=owing, report_due__isnull=False)
                .select_related("author", "item").order_by("report_due", "id")[:limit])
    rows = [(i, i.item) for i in on_items if i.item is not None]
    on_sources = (Instruction.objects.filter(source__in=owing.values("source_id"), report_due__isnull=False)
                  .select_related("author", "source").order_by("report_due", "id")[:limit])
    for i in on_sources:
        late = owing.filter(Q(last_report_at__isnull=True) | Q(last_report_at__lt=i.created_at), source=i.source)
        rows += [(i, item) for item in late.order_by("sequence")[:limit]]
    rows.sort(key=lambda row: (row[0].report_due or dt.date.max, row[1].number))
    return rows[:limit]


def author_name(instruction: Instruction) -> str:
    return people.display_name(instruction.author)


def unit_names(instruction: Instruction) -> str:
    """The lead units concerned, 县发改局、县住建局."""
    names = sorted({item.lead_unit.name for item in items_concerned(instruction) if item.lead_unit is not None})
    return "、".join(names)
