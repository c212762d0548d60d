"""Renderings of a document for people at a terminal: a summary, and a table of its targets."""

from __future__ import annotations

import shutil
import unicodedata

from luoshi.document import Document, Quantity
from luoshi.extract import QUANTITY_RULES, explain_quantities
from luoshi.targets import signed


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
    fixed = [max(display_width(r[i]) for r in rows) for i in range(4)]
    fixed[1] = min(fixed[1], 24)
    evidence = max(16, width - sum(fixed) - 4 * 3)
    limits = [*fixed, evidence]
    lines = [clip(heading.replace("\n", " "), width), ""]
    for k, row in enumerate(rows):
        cells = (pad(clip(cell.replace("\n", " "), limit), limit) for cell, limit in zip(row, limits, strict=True))
        lines.append(" │ ".join(cells).rstrip())
        if k == 0:
            lines.append("─┼─".join("─" * limit for limit in limits))
    facts = len(document.quantities) - len(targets)
    lines += ["", f"{len(targets)} targets; {facts} facts, {len(document.formulations)} formulations and "
                  f"{len(document.tasks)} tasks not shown (use --json)"]
    return "\n".join(lines) + "\n\n"


_RULE_EXAMPLES = {rule.name: rule.example for rule in QUANTITY_RULES}
# Drops made after the rules: where two readings overlap, and a bound on a noun (5000万元以上项目).
_LATER_DROPS = {"overlap": "a longer reading covers it", "qualifier": "a bound on a noun, not the quantity",
                "left_out": "no measure named for it"}


def quantity_decisions(document: Document) -> str:
    """Every number the quantity stage looked at, kept or dropped, and by which named rule (``--explain``).

    A line: the offset in the document's text, the number as written with a few characters either side,
    and ``kept`` or ``dropped by RULE`` with the rule's own example.
    """
    lines = [document.source]
    for d in explain_quantities(document.text):
        context = document.text[max(0, d.start - 6) : d.start] + "[" + d.text + "]" + document.text[d.end : d.end + 6]
        context = context.replace("\n", " ")
        if d.rule == "kept":
            verdict = "kept"
        else:
            why = _LATER_DROPS.get(d.rule) or f"e.g. {_RULE_EXAMPLES.get(d.rule, '')}"
            verdict = f"dropped by {d.rule} ({why})"
        lines.append(f"  {d.start:>7}  {pad(clip(context, 34), 34)}  {verdict}")
    return "\n".join(lines) + "\n\n"


def _value(q: Quantity) -> str:
    if q.redacted or q.value is None:
        number = "X"
    elif q.value_max is not None:
        number = f"{_number(q.value)}–{_number(q.value_max)}"
    else:
        number = _number(q.value)
    return f"{signed(q.comparator, number)}{q.unit or ''}"


def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def _deadline(q: Quantity) -> str:
    if q.deadline_year and q.deadline_text:
        return f"{q.deadline_year}（{q.deadline_text}）"
    return str(q.deadline_year or q.deadline_text or "")


# ------------------------------------------------------------------------------ columns of a terminal
# A Chinese character takes two columns of a terminal, a combining mark none: widths, clipping and padding
# by columns, for every table luoshi prints (this one, ``luoshi corpus``'s, ``luoshi serve``'s accounts).


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes: wide and full-width characters two, combining marks none."""
    return sum(_columns(c) for c in text)


def _columns(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` columns, ending in … when it was cut."""
    if display_width(text) <= limit:
        return text
    out, used = [], 0
    for c in text:
        used += _columns(c)
        if used > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    """``text`` filled with spaces to ``width`` columns, on the right (or on the left, to align numbers right)."""
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap
