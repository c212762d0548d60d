"""达标 / 未达标 / 待报: a quantitative target's reported value judged by the target's comparator.

This is separate from 办结 (an item can be closed and still have missed its number) and is the
question a citizen actually asks of a target.
"""

from __future__ import annotations

from typing import Protocol

MET, MISSED, PENDING = "达标", "未达标", "待报"

# Scale prefixes a reported unit may differ by from the target's (296亿元 reported as 2960000万元).
_SCALES = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3, "百": 1e2}
# `about` allows this relative tolerance either way (目标增长8%左右: 7.6% counts).
ABOUT_TOLERANCE = 0.05


class Target(Protocol):
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


def verdict(item: Target) -> str | None:
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
