"""Renderings of a document for people at a terminal: a summary, and a table of its targets."""

from __future__ import annotations

import shutil
import unicodedata

from luoshi.document import Document, Quantity

_COMPARATOR = {"at_least": "≥", "at_most": "≤", "about": "约", "exact": "", "range": ""}


def summary(document: Document) -> str:
    """A few lines a person reads to see that a document was read right."""
    paragraphs = document.text.count("\n") + 1
    opening = document.text[:60].replace("\n", " ")
    targets = sum(q.kind == "target" for q in document.quantities)
    lines = [
        document.source,
        f"  title:    {document.title or '(none found)'}",
        f"  date:     {document.date or '(none found)'}    region: {document.region or '(none found)'}"
        f"    script: {document.script}",
        f"  text:     {len(document.text):,} characters in {paragraphs:,} paragraphs: {opening}…",
        f"  found:    {len(document.outline)} headings, {len(document.formulations)} formulations, "
        f"{targets} targets and {len(document.quantities) - targets} facts, {len(document.tasks)} tasks",
    ]
    lines += [f"  warning:  {w}" for w in document.warnings]
    return "\n".join(lines) + "\n\n"


def target_table(document: Document, width: int | None = None) -> str:
    """The document's targets as a table: what is measured, the target, by when, and the words."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    heading = f"{document.title or document.source}  ({document.date or '日期不详'}, {document.region or '地区不详'})"
    targets = [q for q in document.quantities if q.kind == "target"]
    rows = [("#", "指标", "目标值", "时限", "原文")]
    rows += [(str(n), q.metric, _value(q), _deadline(q), q.evidence) for n, q in enumerate(targets, 1)]
    fixed = [max(_width(r[i]) for r in rows) for i in range(4)]
    fixed[1] = min(fixed[1], 24)
    evidence = max(16, width - sum(fixed) - 4 * 3)
    limits = [*fixed, evidence]
    lines = [_clip(heading, width), ""]
    for k, row in enumerate(rows):
        cells = (_pad(_clip(cell, limit), limit) for cell, limit in zip(row, limits, strict=True))
        lines.append(" │ ".join(cells).rstrip())
        if k == 0:
            lines.append("─┼─".join("─" * limit for limit in limits))
    facts = len(document.quantities) - len(targets)
    lines += ["", f"{len(targets)} targets; {facts} facts, {len(document.formulations)} formulations and "
                  f"{len(document.tasks)} tasks not shown (use --json)"]
    return "\n".join(lines) + "\n\n"


def _value(q: Quantity) -> str:
    if q.redacted or q.value is None:
        number = "X"
    elif q.value_max is not None:
        number = f"{_number(q.value)}–{_number(q.value_max)}"
    else:
        number = _number(q.value)
    return f"{_COMPARATOR.get(q.comparator, '')}{number}{q.unit or ''}"


def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def _deadline(q: Quantity) -> str:
    if q.deadline_year and q.deadline_text:
        return f"{q.deadline_year}（{q.deadline_text}）"
    return str(q.deadline_year or q.deadline_text or "")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, limit: int) -> str:
    text = text.replace("\n", " ")
    if _width(text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        w = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if used + w > limit - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _pad(text: str, limit: int) -> str:
    return text + " " * (limit - _width(text))
