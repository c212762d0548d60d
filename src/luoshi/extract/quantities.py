"""Quantities: targets and facts, with metric, value, unit, comparator and deadline."""

from __future__ import annotations

from luoshi.document import Quantity


def extract_quantities(text: str, date: str | None) -> list[Quantity]:
    return []
