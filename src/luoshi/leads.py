"""牵头单位 suggestions: which units should lead (and cooperate on) a task, best first, with the reason.

Pure and free of Django: the ledger passes its units (with their duty keywords) and its past assignments;
``luoshi export`` passes :data:`DEFAULT_CATALOGUE`. Domain rules live here, below the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class UnitProfile:
    """A unit as the suggester sees it: its full name, the short names the text may use, its duties."""

    name: str  # 县发展和改革局
    aliases: tuple[str, ...] = ()  # 发改局, 县发改局
    duties: tuple[str, ...] = ()  # duty keywords: 项目, 投资, 价格…


@dataclass(frozen=True)
class PastAssignment:
    """A task this ledger already assigned: its wording and the unit the clerk chose."""

    text: str
    unit: str


@dataclass(frozen=True)
class LeadSuggestion:
    unit: str  # a UnitProfile.name
    score: float
    reason: str  # in Chinese, shown to the clerk: 原文点名 / 职责匹配：… / 以往交办：…


DEFAULT_CATALOGUE: tuple[UnitProfile, ...] = ()


def suggest_leads(
    text: str,
    units: Sequence[UnitProfile],
    past: Sequence[PastAssignment] = (),
    named: str | None = None,
    limit: int = 3,
) -> list[LeadSuggestion]:
    """The best ``limit`` lead units for a task's ``text``; ``named`` is the lead the text names, if any."""
    return []


def suggest_co_units(
    text: str,
    units: Sequence[UnitProfile],
    lead: str | None,
    past: Sequence[PastAssignment] = (),
    limit: int = 3,
) -> list[LeadSuggestion]:
    """Units to cooperate with ``lead`` on the task: those whose duties the text also touches."""
    return []
