"""全程留痕: the append-only, hash-chained history of every change to the ledger.

Each record's hash is SHA-256 over the previous record's hash and the record's own fields in canonical
JSON, so changing, removing or reordering any record breaks every hash after it. Appends are
serialised by locking the single :class:`ChainHead` row inside the writer's transaction: two writers
can never chain onto the same predecessor.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from luoshi.ledger import people
from luoshi.ledger.models import ChainHead, HistoryRecord, Item

GENESIS = "0" * 64


def record(actor, action: str, *, item: Item | None = None, subject: str = "",
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
           note: str = "") -> HistoryRecord:
    """Append one record; must run inside the transaction that makes the change."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("history.record must run inside the transaction of the change it records")
    head, _ = ChainHead.objects.select_for_update().get_or_create(pk=1)
    entry = HistoryRecord(
        seq=head.seq + 1,
        item=item,
        subject=subject or (item.number if item else ""),
        actor=_actor_name(actor),
        action=action,
        before=_jsonable(before or {}),
        after=_jsonable(after or {}),
        note=note,
        created_at=timezone.now(),
        prev_hash=head.hash,
    )
    entry.hash = record_hash(entry)
    entry.save()
    head.seq, head.hash = entry.seq, entry.hash
    head.save(update_fields=["seq", "hash"])
    return entry


def record_hash(entry: HistoryRecord) -> str:
    payload = {
        "seq": entry.seq,
        "item": entry.item_id,
        "subject": entry.subject,
        "actor": entry.actor,
        "action": entry.action,
        "before": entry.before,
        "after": entry.after,
        "note": entry.note,
        "at": entry.created_at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
    }
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((entry.prev_hash + canonical).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Verification:
    records: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify(batch_size: int = 2000) -> Verification:
    """Walk the chain in order; the first record whose link or hash is wrong, and why."""
    expected_prev, expected_seq, count = GENESIS, 1, 0
    for entry in HistoryRecord.objects.order_by("seq").iterator(chunk_size=batch_size):
        count += 1
        if entry.seq != expected_seq:
            return Verification(count, entry.seq, f"record {expected_seq} is missing (next is {entry.seq})")
        if entry.prev_hash != expected_prev:
            return Verification(count, entry.seq, "its link to the previous record does not match")
        if record_hash(entry) != entry.hash:
            return Verification(count, entry.seq, "its content does not match its hash (changed after writing)")
        expected_prev, expected_seq = entry.hash, entry.seq + 1
    head = ChainHead.objects.filter(pk=1).first()
    if head and (head.seq != expected_seq - 1 or head.hash != expected_prev):
        return Verification(count, expected_seq, f"the chain ends at record {expected_seq - 1} but "
                                                 f"{head.seq} were written (records removed from the end)")
    return Verification(count)


def _actor_name(actor) -> str:
    if actor is None:
        return "系统"
    if isinstance(actor, str):
        return actor
    return actor.get_username()


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {key: _plain(value) for key, value in values.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


# ---------------------------------------------------------------------------------------------- reading it


@dataclass(frozen=True)
class Row:
    """A record as the 全程留痕 table shows it: who by name, and what changed in sentences."""

    record: HistoryRecord
    actor: str  # 张三, or the login name the record keeps when the account has no name (or is gone)
    changes: list[str]


def rows(records) -> list[Row]:
    """The records with their actors' names looked up in one query."""
    records = list(records)
    names = people.names_of(r.actor for r in records)
    return [Row(r, names.get(r.actor, r.actor), changes(r)) for r in records]


def changes(entry: HistoryRecord) -> list[str]:
    """What a record changed, one line a field, in the order the record has them:

    状态：待签收 → 办理中          a value that changed
    新增节点：完成方案（2027-03-31） a value set (only in ``after``)
    牵头单位：发改局（原）           a value only in ``before`` (退回 names the unit it leaves)

    Fields whose value did not change are left out, and so are internal ones (``_lead_id``) and fields a
    record sets to nothing.
    """
    lines = []
    before, after = entry.before or {}, entry.after or {}
    for key in sorted(dict.fromkeys([*before, *after]), key=_field_rank):
        if key.startswith("_"):
            continue
        if key not in after:
            lines.append(f"{key}：{_shown(key, before[key])}（原）")
        elif key not in before:
            if after[key] not in (None, "", []):  # a field set to nothing (立项 without a 指标) says nothing
                lines.append(f"{key}：{_shown(key, after[key])}")
        elif before[key] != after[key]:
            lines.append(f"{key}：{_shown(key, before[key])} → {_shown(key, after[key])}")
    return lines


_PERCENT_KEYS = frozenset({"完成进度"})
# The order a record's fields are read in. PostgreSQL's jsonb keeps no key order, so it cannot come from the
# record: the small records' own fields first, then an item's fields in the model's order, then the rest.
_LEADING_FIELDS = ("状态", "节点", "时限", "附件", "公开", "预警", "原因", "原时限", "申请延至",
                   "标题", "文件", "建议事项")


def _field_rank(key: str) -> tuple[int, str]:
    order = _field_order()
    return order.get(key, len(order)), key


@functools.cache
def _field_order() -> dict[str, int]:
    names = [*_LEADING_FIELDS, *(str(f.verbose_name) for f in Item._meta.get_fields() if hasattr(f, "verbose_name"))]
    return {name: i for i, name in enumerate(dict.fromkeys(names))}


def _shown(key: str, value: Any) -> str:
    """A stored value in words: lists joined with 、, 是/否, whole numbers without .0, times in local time."""
    if value is None or value == "" or value == []:
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(_shown(key, v) for v in value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and key in _PERCENT_KEYS:
        return f"{value}%"
    if isinstance(value, str) and len(value) > 19 and value[10:11] == "T":
        try:
            return timezone.localtime(dt.datetime.fromisoformat(value)).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return value
    return str(value)
