"""考评: a score per unit for a period, by the rules the supervisor configures; 约谈: units kept red too long.

The score of a unit for the period [start, end] (both days included) is the rules' base points, plus
``on_time_points`` per on-time closing, minus ``missed_report_points`` per missed report,
``overdue_points`` per overdue item and ``late_feedback_points`` per late answer to public feedback.
Only items the unit leads count, and a day is a local (Asia/Shanghai) day. An item's *finish day* is the
day its 办结 report was handed in, or the day it was closed when there is none (see :mod:`.stats`).

- **按期办结** (on-time closing): a closed item whose finish day falls in the period and is on or before
  its deadline (an item without a deadline counts as on time).
- **漏报进展** (missed report): for each item that was 办理中 at some time in the period — signed on or
  before ``end`` and not finished before ``start`` — its reporting windows are laid end to end from the
  later of the signing day and ``start``: each window is ``cadence_days`` days long, and only windows
  ending on or before the earlier of ``end`` and the day before the finish day count (a partial window
  at the end is not judged yet). A window in which the lead unit filed no progress report (any report,
  the 办结 report included) is one missed report. E.g. a 30-day cadence over a 92-day quarter gives three
  windows, over a 30- or 31-day month one. While the period runs (``end`` not yet past), only windows
  that ended before ``today`` are judged.
- **逾期** (overdue): an item whose deadline is before ``end`` and which was not finished by ``end``
  (open past its deadline at the period's end — it counts again in every period it stays open), or whose
  deadline falls in the period and which was finished after it but by ``end``. Each item counts once.
  While the period runs, ``today`` stands for ``end`` (an item due later this month is not overdue yet).
- **群众反馈超时** (late answer): feedback routed to the unit whose ``response_due`` falls in the period and
  which was answered after that day, or is still unanswered with that day already past ``today``.
  Feedback dismissed without an answer does not count.

Units scored: every active unit leading at least one assigned item (scored 0 events if nothing happened
in the period), best first (points, then name).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db.models import F, Q
from django.utils import timezone

from luoshi.ledger.models import AssessmentRules, Feedback, Item, ProgressReport, Unit
from luoshi.ledger.reports.stats import start_of
from luoshi.report.scores import MINUS, RedItem, Summons, UnitScore

_SHOWN = 5  # item numbers named in a score's line; more are counted


def assess(start: dt.date, end: dt.date, rules: AssessmentRules | None = None,
           today: dt.date | None = None) -> list[UnitScore]:
    """Score every active unit with lead items for [start, end] (see the module docstring for the rules)."""
    if end < start:
        raise ValueError("考评期间的结束日期早于开始日期")
    rules = rules or AssessmentRules.current()
    today = today or timezone.localdate()
    as_of = min(end, today)  # a period still running is judged on what has happened so far
    items = list(Item.objects.filter(lead_unit__isnull=False, lead_unit__active=True)
                 .exclude(status=Item.Status.FILED).select_related("lead_unit").order_by("source_id", "sequence")
                 .only("number", "status", "deadline", "cadence_days", "signed_at", "completed_at", "closed_at",
                       "lead_unit__name", "lead_unit__active"))
    units: dict[int, Unit] = {_lead(item).pk: _lead(item) for item in items}
    on_time: dict[int, list[str]] = defaultdict(list)
    overdue: dict[int, list[str]] = defaultdict(list)
    missed: dict[int, dict[str, int]] = defaultdict(dict)

    reports = _report_days([item for item in items if item.signed_at], start, end)
    for item in items:
        unit_id = _lead(item).pk
        finished = _finish_day(item)
        if _on_time(item, finished, start, end):
            on_time[unit_id].append(item.number)
        if _is_overdue(item.deadline, finished, start, end, as_of):
            overdue[unit_id].append(item.number)
        count = _missed_windows(item, finished, start, min(end, today - dt.timedelta(1)), reports.get(item.pk, set()))
        if count:
            missed[unit_id][item.number] = count

    late = _late_feedback(start, end, today, set(units))
    scores = []
    for unit_id, unit in units.items():
        score = UnitScore(unit=unit, points=rules.base_points, on_time=len(on_time[unit_id]),
                          missed_reports=sum(missed[unit_id].values()), overdue=len(overdue[unit_id]),
                          late_feedback=len(late[unit_id]))
        score.points += (score.on_time * rules.on_time_points - score.missed_reports * rules.missed_report_points
                         - score.overdue * rules.overdue_points - score.late_feedback * rules.late_feedback_points)
        if score.on_time:
            score.lines.append(f"按期办结{score.on_time}项 +{score.on_time * rules.on_time_points}"
                               f"（{_numbers(on_time[unit_id])}）")
        if score.missed_reports:
            detail = "、".join(f"{number} {n}次" for number, n in list(missed[unit_id].items())[:_SHOWN])
            detail += f"等{len(missed[unit_id])}项" if len(missed[unit_id]) > _SHOWN else ""
            score.lines.append(f"漏报进展{score.missed_reports}次 {MINUS}"
                               f"{score.missed_reports * rules.missed_report_points}（{detail}）")
        if score.overdue:
            score.lines.append(f"逾期事项{score.overdue}项 {MINUS}{score.overdue * rules.overdue_points}"
                               f"（{_numbers(overdue[unit_id])}）")
        if score.late_feedback:
            score.lines.append(f"群众反馈超时答复{score.late_feedback}条 {MINUS}"
                               f"{score.late_feedback * rules.late_feedback_points}（{_numbers(late[unit_id])}）")
        scores.append(score)
    return sorted(scores, key=lambda s: (-s.points, s.unit.name))


def summons(today: dt.date | None = None, rules: AssessmentRules | None = None) -> list[Summons]:
    """Units to summon (约谈): one item red for ``summons_red_days`` or more, or ``summons_red_items`` red items.

    Listed with the items that put them there: the long-red ones, or every red item when the count is
    reached. An item red since before the ledger tracked it (``light_since`` unset) counts by number only.
    Sorted by the number of items listed, then unit name.
    """
    today = today or timezone.localdate()
    rules = rules or AssessmentRules.current()
    units: dict[int, Unit] = {}
    by_unit: dict[int, list[RedItem]] = defaultdict(list)
    for item in (Item.objects.filter(light=Item.Light.RED, lead_unit__isnull=False)
                 .exclude(status=Item.Status.CLOSED).select_related("lead_unit")):
        red_days = (today - timezone.localdate(item.light_since)).days if item.light_since else None
        unit = units.setdefault(_lead(item).pk, _lead(item))
        by_unit[unit.pk].append(RedItem(item.number, item.content, item.light_reason, red_days))
    result = []
    for unit_id, red in by_unit.items():
        red.sort(key=lambda item: (-(item.red_days or 0), item.number))
        long_red = [item for item in red if item.red_days is not None and item.red_days >= rules.summons_red_days]
        many = rules.summons_red_items > 0 and len(red) >= rules.summons_red_items
        reasons = []
        if long_red:
            reasons.append(f"{len(long_red)}项事项红灯持续{rules.summons_red_days}天以上（最长{long_red[0].red_days}天）")
        if many:
            reasons.append(f"红灯事项{len(red)}项（达到{rules.summons_red_items}项）")
        if reasons:
            result.append(Summons(unit=units[unit_id], items=red if many else long_red, reason="；".join(reasons)))
    return sorted(result, key=lambda s: (-len(s.items), s.unit.name))


def _lead(item: Item) -> Unit:
    """The item's lead unit: the queries here load only items that have one."""
    if item.lead_unit is None:
        raise ValueError(f"{item.number} has no lead unit")
    return item.lead_unit


def _on_time(item: Item, finished: dt.date | None, start: dt.date, end: dt.date) -> bool:
    """Closed with its finish day in the period, on or before its deadline (or without one)."""
    if item.status != Item.Status.CLOSED or finished is None or not start <= finished <= end:
        return False
    return item.deadline is None or finished <= item.deadline


def _finish_day(item: Item) -> dt.date | None:
    moment = item.completed_at or (item.closed_at if item.status == Item.Status.CLOSED else None)
    return timezone.localdate(moment) if moment else None


def _is_overdue(deadline: dt.date | None, finished: dt.date | None, start: dt.date, end: dt.date,
                as_of: dt.date) -> bool:
    if deadline is None:
        return False
    open_past_deadline = deadline < as_of and (finished is None or finished > as_of)
    closed_late = start <= deadline <= end and finished is not None and deadline < finished <= as_of
    return open_past_deadline or closed_late


def _missed_windows(item: Item, finished: dt.date | None, start: dt.date, last_day: dt.date,
                    report_days: set[dt.date]) -> int:
    """Windows ending on or before ``last_day`` (the period's end, or yesterday) with no report in them."""
    if item.signed_at is None or item.cadence_days <= 0:
        return 0
    signed = timezone.localdate(item.signed_at)
    last = last_day if finished is None else min(last_day, finished - dt.timedelta(1))
    window_start = max(signed, start)
    missed = 0
    while window_start + dt.timedelta(item.cadence_days - 1) <= last:
        window_end = window_start + dt.timedelta(item.cadence_days - 1)
        if not any(window_start <= day <= window_end for day in report_days):
            missed += 1
        window_start = window_end + dt.timedelta(1)
    return missed


def _report_days(items: list[Item], start: dt.date, end: dt.date) -> dict[int, set[dt.date]]:
    """The local days each item's lead unit reported on within the period: one query for all items."""
    days: dict[int, set[dt.date]] = defaultdict(set)
    rows = ProgressReport.objects.filter(
        item__in=[item.pk for item in items], unit_id=F("item__lead_unit_id"),
        created_at__gte=start_of(start), created_at__lt=start_of(end + dt.timedelta(1)),
    ).values_list("item_id", "created_at")
    for item_id, created in rows:
        days[item_id].add(timezone.localdate(created))
    return days


def _late_feedback(start: dt.date, end: dt.date, today: dt.date, unit_ids: set[int]) -> dict[int, list[str]]:
    late: dict[int, list[str]] = defaultdict(list)
    rows = (Feedback.objects.filter(unit_id__in=unit_ids, response_due__gte=start, response_due__lte=end)
            .exclude(Q(status=Feedback.Status.DISMISSED) & Q(answered_at__isnull=True))
            .values_list("unit_id", "response_due", "answered_at", "item__number").order_by("response_due", "pk"))
    for unit_id, due, answered, number in rows:
        if (answered is not None and timezone.localdate(answered) > due) or (answered is None and due < today):
            late[unit_id].append(number)
    return late


def _numbers(numbers: list[str], limit: int = _SHOWN) -> str:
    """The item numbers behind a line (in ledger order, each once), the first few of them."""
    unique = list(dict.fromkeys(numbers))
    shown = "、".join(unique[:limit])
    return shown + (f"等{len(unique)}项" if len(unique) > limit else "")
