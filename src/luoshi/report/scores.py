"""考评 results as plain data: a unit's score for a period and its lines, and a unit called to 约谈.

The ledger computes them (:mod:`luoshi.ledger.reports.assessment`); the bulletin, its .docx and the public
scoreboard show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MINUS = "−"  # U+2212, the minus sign a printed table uses


@dataclass
class UnitScore:
    unit: Any  # the ledger's Unit
    points: int
    on_time: int = 0
    missed_reports: int = 0
    overdue: int = 0
    late_feedback: int = 0
    lines: list[str] = field(default_factory=list)  # "漏报进展2次 −20（2026-003-07 2次）"


@dataclass(frozen=True)
class RedItem:
    """A red item behind a 约谈: what the list shows of it."""

    number: str
    content: str
    light_reason: str
    red_days: int | None  # whole days red so far (None when unknown)


@dataclass
class Summons:
    unit: Any  # the ledger's Unit
    items: list[RedItem]
    reason: str
