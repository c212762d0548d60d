"""A unit's line of counts — items, closed, on time, overdue, lights — and the rates a bulletin prints.

Plain data: the ledger counts them (:mod:`luoshi.ledger.reports.stats`), the bulletin, the charts and the
public scoreboard show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class UnitRates:
    unit: Any  # the ledger's Unit; None for the totals
    total: int = 0
    closed: int = 0
    on_time: int = 0
    overdue: int = 0
    red: int = 0
    yellow: int = 0
    green: int = 0

    @property
    def open(self) -> int:
        return self.total - self.closed

    @property
    def completion_rate(self) -> float | None:
        """Closed / total, 0..1; None with no items."""
        return self.closed / self.total if self.total else None

    @property
    def on_time_rate(self) -> float | None:
        """On time / closed, 0..1; None with nothing closed."""
        return self.on_time / self.closed if self.closed else None


def percent_text(rate: float | None) -> str:
    """85.7% for 0.857; a dash when there is nothing to divide."""
    return "—" if rate is None else f"{rate * 100:.1f}%"
