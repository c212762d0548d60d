"""进度通报 from the ledger: the items under 督办 in a period, counted into a report.bulletin.Bulletin."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from luoshi.ledger import instructions
from luoshi.ledger.models import AssessmentRules, Instruction, Item
from luoshi.ledger.reports.assessment import assess, summons
from luoshi.ledger.reports.stats import closed_by, start_of, totals, unit_rates
from luoshi.report.bulletin import Bulletin, InstructionLine, OverdueItem, UnitLine


def build_bulletin(start: dt.date, end: dt.date, today: dt.date | None = None) -> Bulletin:
    if end < start:
        raise ValueError("通报期间的结束日期早于开始日期")
    today = today or timezone.localdate()
    as_of = min(end, today)
    rules = AssessmentRules.current()
    scope = in_scope(end)
    scores = assess(start, end, rules, today=today)
    by_unit = {score.unit.pk: score for score in scores}
    lines = [UnitLine(rates, by_unit.get(rates.unit.pk)) for rates in unit_rates(scope, as_of)]
    overdue = [OverdueItem(item, (as_of - deadline).days) for item in
               scope.exclude(closed_by(as_of)).filter(deadline__lt=as_of).select_related("lead_unit")
               if (deadline := item.deadline) is not None]
    overdue.sort(key=lambda entry: (-entry.days, entry.item.number))
    period = {"gte": start_of(start), "lt": start_of(end + dt.timedelta(1))}
    closed = list(scope.filter(status=Item.Status.CLOSED, closed_at__gte=period["gte"], closed_at__lt=period["lt"])
                  .select_related("lead_unit").order_by("closed_at", "number"))
    new = list(scope.filter(assigned_at__gte=period["gte"]).select_related("lead_unit")
               .order_by("assigned_at", "number"))
    return Bulletin(start=start, end=end, today=today, jurisdiction=settings.LUOSHI_JURISDICTION, rules=rules,
                    totals=totals(scope, as_of), units=lines, scores=scores, overdue=overdue, closed_items=closed,
                    new_items=new, summons=summons(today, rules),
                    instructions=instruction_lines(period["gte"], period["lt"], today))


def in_scope(end: dt.date) -> QuerySet[Item]:
    """Items under 督办 by ``end``: assigned (and not sent back to the 待交办 pile) on or before that day."""
    return Item.objects.exclude(status=Item.Status.FILED).filter(assigned_at__lt=start_of(end + dt.timedelta(1)))


def instruction_lines(since: dt.datetime, until: dt.datetime, today: dt.date) -> list[InstructionLine]:
    """The 领导批示 written in [since, until), oldest first, each with the state of the report it asked for."""
    found = (Instruction.objects.filter(created_at__gte=since, created_at__lt=until)
             .select_related("author", "item__lead_unit", "source").order_by("created_at", "id"))
    return [InstructionLine(day=timezone.localdate(i.created_at), leader=instructions.author_name(i), subject=i.subject,
                            units=instructions.unit_names(i), text=i.text, report_due=i.report_due,
                            state=instructions.summary_state(i, today).label)
            for i in found]
