"""The item list's orders: which columns sort and how, as named data (``?sort=deadline``, ``?sort=-deadline``).

Only the keys below are read from the address; any other value keeps the list's own order (by document and
sequence), so a hand-typed ``?sort=`` never fails the page. Each order ends with the document and sequence, so
equal values keep the ledger's order and pages do not shuffle.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from django.db.models import Case, Expression, F, IntegerField, OrderBy, QuerySet, Value, When

from luoshi.ledger.models import Item

DEFAULT_ORDER = ("source_id", "sequence")


def _rank(field: str, values: list[str]) -> Expression | F:
    """A choice field in its meaning's order (红灯 before 黄灯), not its code's alphabet."""
    return Case(*(When(**{field: value}, then=Value(n)) for n, value in enumerate(values)),
                default=Value(len(values)), output_field=IntegerField())


@dataclass(frozen=True)
class Sort:
    key: str  # in the address: ?sort=key (ascending as below) or ?sort=-key (the other way)
    label: str  # the column heading
    values: tuple[Expression | F, ...]
    up: str  # the ascending order in words, as the 排序 box names it: what it puts first
    down: str  # the other way
    example: str  # what the ascending order puts first, in full


S, L = Item.Status, Item.Light
SORTS = MappingProxyType({s.key: s for s in [
    Sort("light", "预警", (_rank("light", [L.RED, L.YELLOW, L.GREEN]),), "红灯在前", "绿灯在前",
         "红灯在前，然后黄灯、绿灯"),
    Sort("number", "编号", (F("source_id"), F("sequence")), "从前到后", "从后到前", "按文件和序号，先立项的在前"),
    Sort("lead", "牵头单位", (F("lead_unit__name"),), "按名称", "按名称倒序", "按单位名称，未交办的在后"),
    Sort("deadline", "完成时限", (F("deadline"),), "最早在前", "最晚在前", "时限最早的在前，没有时限的在后"),
    Sort("percent", "进度", (F("percent"),), "最低在前", "最高在前", "进度最低的在前"),
    Sort("status", "状态", (_rank("status", [S.FILED, S.ASSIGNED, S.RETURNED, S.IN_PROGRESS, S.REVIEW, S.CLOSED]),),
         "按流程顺序", "按流程倒序", "按督办流程：待交办、待签收、已退回、办理中、办结待审核、已销号"),
]})
# The 排序 box of the list's filters (a phone shows no column headings): both ways of each order.
CHOICES = [("", "默认顺序")] + [
    (value, f"{sort.label}：{words}") for sort in SORTS.values()
    for value, words in ((sort.key, sort.up), (f"-{sort.key}", sort.down))]


def parse(value: str | None) -> tuple[Sort, bool] | None:
    """``-deadline`` → (完成时限, descending); an unknown value → None (the default order)."""
    value = value or ""
    descending = value.startswith("-")
    sort = SORTS.get(value.removeprefix("-"))
    return (sort, descending) if sort else None


def apply(items: QuerySet[Item], value: str | None) -> QuerySet[Item]:
    parsed = parse(value)
    if parsed is None:
        return items
    sort, descending = parsed
    orders = [OrderBy(value, descending=descending, nulls_last=True) for value in sort.values]
    return items.order_by(*orders, *DEFAULT_ORDER)
