"""Quantitative targets: how they compare, convert, read and are judged. One vocabulary for all layers.

A target carries a comparator (``at_least`` 不低于, ``at_most`` 不高于, ``about`` 左右, ``range`` 6～6.5,
``exact``); a later figure — a unit's report in the ledger, a later year's fact in a corpus — is judged
against it after converting scale prefixes (296亿元 against 2960000万元). The outcome codes are the same
everywhere (``met``, ``missed``, …); people read them through :data:`OUTCOME_LABELS` (达标, 未达标, …).

This is separate from 办结: an item can be closed and still have missed its number.
"""

from __future__ import annotations

from typing import Protocol

# The comparators, and the sign a table shows before the number (a range or an exact figure needs none).
SIGNS = {"at_least": "≥", "at_most": "≤", "about": "约", "exact": "", "range": ""}

# Outcomes of a target. A later figure says met or missed; unclear when it cannot be judged (a unit that
# does not convert); dropped when a later report could have said and did not; pending when none is due yet.
MET, MISSED, UNCLEAR, DROPPED, PENDING = "met", "missed", "unclear", "dropped", "pending"
OUTCOMES = (MET, MISSED, UNCLEAR, DROPPED, PENDING)
OUTCOME_LABELS = {MET: "达标", MISSED: "未达标", UNCLEAR: "无法判定", DROPPED: "未再提及", PENDING: "待报"}

# Scale prefixes a reported unit may differ by from the target's (296亿元 reported as 2960000万元).
_SCALES = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}
# `about` allows this relative tolerance either way (目标增长8%左右: 7.6% counts).
ABOUT_TOLERANCE = 0.05


class Reported(Protocol):
    """A target and the figure reported against it (a ledger item has these fields)."""

    target_value: float | None
    target_value_max: float | None
    target_unit: str
    comparator: str
    reported_value: float | None
    reported_unit: str


def target_text(value: float | None, value_max: float | None, unit: str, comparator: str) -> str:
    """The target as a clerk writes it: 不低于8%, 6%左右, 6～6.5%, 296亿元."""
    if value is None:
        return ""
    number = f"{value:g}"
    if comparator == "range" and value_max is not None:
        return f"{number}～{value_max:g}{unit}"
    return {"at_least": f"不低于{number}{unit}", "at_most": f"不高于{number}{unit}",
            "about": f"{number}{unit}左右"}.get(comparator, f"{number}{unit}")


def signed(comparator: str, number: str) -> str:
    """A number with its comparator's sign, as a table shows it: ≥8, ≤3.5, 约6."""
    return f"{SIGNS.get(comparator, '')}{number}"


def verdict(item: Reported) -> str | None:
    """The outcome code of an item's reported value (None for an item without a target)."""
    if item.target_value is None:
        return None
    if item.reported_value is None:
        return PENDING
    value = convert(item.reported_value, item.reported_unit or item.target_unit, item.target_unit)
    if value is None:
        return PENDING  # a unit we cannot compare: a person has to look, not a rule
    return MET if meets(value, item.target_value, item.target_value_max, item.comparator) else MISSED


def meets(value: float, target: float, target_max: float | None, comparator: str) -> bool:
    if comparator == "at_most":
        return value <= target
    if comparator == "range":
        return target <= value <= (target_max if target_max is not None else target)
    if comparator == "about":
        return abs(value - target) <= abs(target) * ABOUT_TOLERANCE
    if comparator == "exact":
        return abs(value - target) <= abs(target) * 1e-9 or value >= target  # 建成105个: more is still done
    return value >= target  # at_least, and a target without a comparator


def convert(value: float, unit: str, to_unit: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to_unit``, when they differ only by a scale prefix."""
    if (unit or "") == (to_unit or ""):
        return value
    scale, base = _split(unit)
    to_scale, to_base = _split(to_unit)
    if base != to_base:
        return None
    return value * scale / to_scale


def _split(unit: str) -> tuple[float, str]:
    for prefix, scale in _SCALES.items():
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return scale, unit[len(prefix):]
    return 1.0, unit
