"""牵头单位 / 配合单位 suggestions from this ledger's units and its own past assignments.

The rules live in :mod:`luoshi.leads`; this module only reads the database: active units with their short
names and duty keywords, and the most recent items that have a lead unit (what the clerk chose before).
Pages that suggest for many rows at once (the review page) call :func:`suggestion_context` once, which
reads the database once and suggests for every text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from luoshi.leads import LeadSuggestion, PastAssignment, UnitProfile, split_terms, suggest_co_units, suggest_leads
from luoshi.ledger.models import Item, Unit

# Enough history to learn a clerk's habits, few enough that one page never reads the whole ledger.
PAST_LIMIT = 2000


@dataclass(frozen=True)
class LedgerUnits:
    """A snapshot of what the suggester needs: unit profiles, past assignments, and the units by name."""

    profiles: tuple[UnitProfile, ...]
    past: tuple[PastAssignment, ...]
    by_name: dict[str, Unit]

    def leads(self, text: str, named: str | None = None, limit: int = 3) -> list[LeadSuggestion]:
        return suggest_leads(text, self.profiles, self.past, named=named, limit=limit)

    def co_units(self, text: str, lead: str | None, limit: int = 3) -> list[LeadSuggestion]:
        return suggest_co_units(text, self.profiles, lead, self.past, limit=limit)


def profile_of(unit: Unit) -> UnitProfile:
    return UnitProfile(unit.name, split_terms(unit.aliases), split_terms(unit.duties))


def load() -> LedgerUnits:
    units = list(Unit.objects.filter(active=True).order_by("pk"))
    past = (Item.objects.filter(lead_unit__active=True).order_by("-pk")
            .values_list("content", "lead_unit__name")[:PAST_LIMIT])
    return LedgerUnits(tuple(profile_of(u) for u in units), tuple(PastAssignment(t, u) for t, u in past),
                       {u.name: u for u in units})


def lead_suggestions_for(text: str, named: str | None = None,
                         ledger: LedgerUnits | None = None) -> list[LeadSuggestion]:
    """The best three lead units for a task's text, each with its reason (原文点名 / 职责匹配 / 以往交办)."""
    return (ledger or load()).leads(text, named)


def co_unit_suggestions_for(text: str, lead: str | Unit | None, ledger: LedgerUnits | None = None
                            ) -> list[LeadSuggestion]:
    """Up to three units to cooperate with ``lead`` (a unit or its name) on the task, never the lead itself."""
    name = lead.name if isinstance(lead, Unit) else lead
    return (ledger or load()).co_units(text, name)


@dataclass(frozen=True)
class RowSuggestions:
    """What the ``ledger/_lead_suggestions.html`` partial shows for one row: leads, then co-units of the best."""

    leads: list[LeadSuggestion]
    co_units: list[LeadSuggestion]
    units: dict[str, Unit]  # suggestion name → Unit, for the form's select values

    def unit(self, suggestion: LeadSuggestion) -> Unit | None:
        return self.units.get(suggestion.unit)


def suggestion_context(texts: Iterable[tuple[str, str | None]]) -> list[RowSuggestions]:
    """For each (text, named lead) pair, its lead and co-unit suggestions; reads the database once."""
    ledger = load()
    rows = []
    for text, named in texts:
        leads = ledger.leads(text, named)
        co = ledger.co_units(text, leads[0].unit if leads else None)
        rows.append(RowSuggestions(leads, co, ledger.by_name))
    return rows
