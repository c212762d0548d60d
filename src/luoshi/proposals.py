"""The proposed 任务分解表 of an extracted document: one row per task, plus each target no task holds.

Pure: a :class:`~luoshi.document.Document` in, plain dicts (the fields of a ``Proposal``) out. Every row
is grounded: ``text[start:end]`` is the sentence it came from. Each row carries the task's deadline as
the extractor found it (``deadline_year``, ``deadline_text``), the unit the text names (``lead``) and the
完成时限 derived from them (``due_date`` with its ``due_reason``, :func:`luoshi.duedates.due_date`).
"""

from __future__ import annotations

import re
from typing import Any

from luoshi.document import Document, Quantity
from luoshi.duedates import due_date, plan_year_of

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def propose(document: Document) -> list[dict[str, Any]]:
    text = document.text
    headings = [h.title for h in document.outline]
    rows: list[dict[str, Any]] = []
    held: set[int] = set()
    for task in document.tasks:
        targets = [i for i in task.quantities if document.quantities[i].kind == "target"]
        held.update(task.quantities)
        row = _row("task", task.start, task.end, task.text, _heading(headings, task.outline_index))
        if targets:
            row.update(_target(document.quantities[targets[0]]))
        # The task's own deadline wins over its target's: the extractor read it from the sentence and context.
        if task.deadline_year is not None or task.deadline_text:
            row["deadline_year"] = task.deadline_year
            row["deadline_text"] = (task.deadline_text or "")[:100]
        row["lead"] = (task.lead or "")[:100]
        rows.append(row)
    starts = [h.start for h in document.outline]
    for index, quantity in enumerate(document.quantities):
        if quantity.kind != "target" or index in held:
            continue
        start, end = sentence_around(text, quantity.start, quantity.end)
        if any(r["start"] <= start and end <= r["end"] for r in rows):
            continue
        under = max((i for i, s in enumerate(starts) if s <= start), default=None)
        row = _row("target", start, end, text[start:end], _heading(headings, under))
        row.update(_target(quantity))
        rows.append(row)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    plan_year = plan_year_of(document.date, document.title, document.text)
    for position, row in enumerate(rows):
        row["position"] = float(position)
        row.setdefault("deadline_year", None)
        row.setdefault("deadline_text", "")
        row.setdefault("lead", "")
        row.update(due_fields(row["deadline_year"], row["deadline_text"], plan_year))
    return rows


def due_fields(deadline_year: int | None, deadline_text: str | None, plan_year: int | None) -> dict[str, Any]:
    """``due_date`` and ``due_reason`` of a row: the 完成时限 its deadline gives, or none."""
    due = due_date(deadline_year, deadline_text, plan_year)
    return {"due_date": due.date if due else None, "due_reason": due.reason[:100] if due else ""}


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from after the previous end mark to its own end mark."""
    left = start
    while left > 0 and not _SENTENCE_END.match(text[left - 1]):
        left -= 1
    found = _SENTENCE_END.search(text, end)
    right = found.end() if found and text[found.start()] != "\n" else (found.start() if found else len(text))
    while left < right and text[left] in " \t\u3000":
        left += 1
    return left, max(right, end)


def _row(kind: str, start: int, end: int, content: str, heading: str) -> dict[str, Any]:
    return {"kind": kind, "start": start, "end": end, "content": content, "heading": heading[:300]}


def _target(quantity: Quantity) -> dict[str, Any]:
    return {
        "metric": quantity.metric[:200],
        "target_value": quantity.value,
        "target_value_max": quantity.value_max,
        "target_unit": (quantity.unit or "")[:30],
        "comparator": quantity.comparator,
        "deadline_year": quantity.deadline_year,
        "deadline_text": (quantity.deadline_text or "")[:100],
    }


def _heading(headings: list[str], index: int | None) -> str:
    return headings[index] if index is not None and 0 <= index < len(headings) else ""
