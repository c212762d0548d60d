"""考评 and 约谈 rules and the rates behind the bulletin, with hand-built items on fixed dates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from luoshi.ledger.models import AssessmentRules, Feedback, Item, ProgressReport, Source, Unit
from luoshi.ledger.reports.assessment import assess, summons
from luoshi.ledger.reports.stats import totals, unit_rates
from luoshi.report.rates import percent_text

# November 2026: a 30-day month, so a 30-day cadence gives exactly one reporting window.
START, END = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
TODAY = dt.date(2026, 12, 3)
_numbers = itertools.count(1)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))


@pytest.fixture
def plain_source(users) -> Source:
    return Source.objects.create(year=2026, sequence=900, title="测试", text="正文", uploaded_by=users["supervisor"])


def make_item(source: Source, unit: Unit | None, *, status: str = Item.Status.IN_PROGRESS,
              deadline: dt.date | None = dt.date(2027, 6, 30), signed: dt.date | None = None,
              completed: dt.date | None = None, closed: dt.date | None = None, cadence: int = 30,
              light: str = Item.Light.GREEN, light_since: dt.date | None = None, content: str = "事项",
              assigned: dt.date = dt.date(2026, 1, 2)) -> Item:
    n = next(_numbers)
    if status in (Item.Status.IN_PROGRESS, Item.Status.REVIEW, Item.Status.CLOSED) and signed is None:
        signed = dt.date(2026, 1, 5)
    return Item.objects.create(
        source=source, sequence=n, number=f"2026-900-{n:02d}", content=f"{content}{n}", source_start=0,
        source_end=1, evidence="正", lead_unit=unit, status=status, deadline=deadline, original_deadline=deadline,
        cadence_days=cadence, light=light, light_since=at(light_since) if light_since else None,
        assigned_at=at(assigned) if unit else None, signed_at=at(signed) if signed else None,
        completed_at=at(completed) if completed else None, closed_at=at(closed) if closed else None,
    )


def report(item: Item, day: dt.date, user, unit: Unit | None = None) -> ProgressReport:
    entry = ProgressReport.objects.create(item=item, author=user, unit=unit or item.lead_unit, text="进展", percent=50)
    ProgressReport.objects.filter(pk=entry.pk).update(created_at=at(day))  # created_at is auto_now_add
    return entry


def feedback(item: Item, due: dt.date, answered: dt.date | None = None, status: str = Feedback.Status.NEW):
    return Feedback.objects.create(item=item, unit=item.lead_unit, text="路灯不亮", client_key="k", response_due=due,
                                   answered_at=at(answered) if answered else None, status=status)


def score_of(unit: Unit, rules: AssessmentRules | None = None, start: dt.date = START, end: dt.date = END):
    return next(s for s in assess(start, end, rules, today=TODAY) if s.unit == unit)


def quiet(source: Source, unit: Unit, user) -> Item:
    """An in-progress item the unit reported on in November: scores no events."""
    item = make_item(source, unit)
    report(item, dt.date(2026, 11, 15), user)
    return item


# --- 考评 ---------------------------------------------------------------------------------------------


def test_a_unit_with_nothing_to_note_gets_the_base_points(plain_source, units, users):
    quiet(plain_source, units["发改局"], users["unit"])
    score = score_of(units["发改局"])
    assert (score.points, score.on_time, score.missed_reports, score.overdue, score.late_feedback) == (100, 0, 0, 0, 0)
    assert score.lines == []


def test_on_time_closing_in_the_period_adds_points(plain_source, units, users):
    unit = units["发改局"]
    on_time = make_item(plain_source, unit, status=Item.Status.CLOSED, deadline=dt.date(2026, 11, 20),
                        completed=dt.date(2026, 11, 10), closed=dt.date(2026, 11, 12))
    report(on_time, dt.date(2026, 11, 10), users["unit"])
    # Handed in on the deadline, closed by the supervisor after it: the review time is not the unit's.
    reviewed_late = make_item(plain_source, unit, status=Item.Status.CLOSED, deadline=dt.date(2026, 11, 20),
                              completed=dt.date(2026, 11, 20), closed=dt.date(2026, 11, 25))
    report(reviewed_late, dt.date(2026, 11, 20), users["unit"])
    # Closed in October: not this period's.
    make_item(plain_source, unit, status=Item.Status.CLOSED, deadline=dt.date(2026, 11, 20),
              completed=dt.date(2026, 10, 10), closed=dt.date(2026, 10, 12))
    # Handed in but not yet closed: not counted until the supervisor closes it.
    waiting = make_item(plain_source, unit, status=Item.Status.REVIEW, completed=dt.date(2026, 11, 5))
    report(waiting, dt.date(2026, 11, 5), users["unit"])
    score = score_of(unit)
    assert score.on_time == 2
    assert score.points == 100 + 2 * 2
    assert score.lines == [f"按期办结2项 +4（{on_time.number}、{reviewed_late.number}）"]


def test_closing_after_the_deadline_is_not_on_time_and_counts_overdue(plain_source, units, users):
    unit = units["发改局"]
    late = make_item(plain_source, unit, status=Item.Status.CLOSED, deadline=dt.date(2026, 11, 10),
                     completed=dt.date(2026, 11, 15), closed=dt.date(2026, 11, 16))
    report(late, dt.date(2026, 11, 15), users["unit"])
    score = score_of(unit)
    assert (score.on_time, score.overdue, score.points) == (0, 1, 95)


def test_each_missed_cadence_window_deducts(plain_source, units, users):
    unit = units["发改局"]
    rules = AssessmentRules.current()
    # 10-day cadence over November: windows 1–10, 11–20, 21–30; a report only in the second.
    item = make_item(plain_source, unit, cadence=10)
    report(item, dt.date(2026, 11, 14), users["unit"])
    report(item, dt.date(2026, 11, 16), users["unit"])  # two in one window do not cover another
    report(item, dt.date(2026, 11, 25), users["co_unit"], unit=units["交通局"])  # a co-unit's report is not the lead's
    report(item, dt.date(2026, 10, 31), users["unit"])  # before the period
    score = score_of(unit, rules)
    assert score.missed_reports == 2
    assert score.points == 100 - 2 * rules.missed_report_points == 80
    assert score.lines == [f"漏报进展2次 −20（{item.number} 2次）"]


def test_windows_start_at_signing_and_a_partial_window_is_not_judged(plain_source, units, users):
    unit = units["发改局"]
    # Signed 11-08, 10-day cadence: windows 8–17 and 18–27; 28–30 is partial.
    make_item(plain_source, unit, cadence=10, signed=dt.date(2026, 11, 8))
    # Signed after the period: no windows.
    make_item(plain_source, unit, cadence=10, signed=dt.date(2026, 12, 1))
    # Not signed yet: nothing to report.
    make_item(plain_source, unit, status=Item.Status.ASSIGNED)
    assert score_of(unit).missed_reports == 2


def test_a_quarter_has_three_monthly_windows(plain_source, units):
    unit = units["发改局"]
    item = make_item(plain_source, unit, cadence=30)
    Item.objects.filter(pk=item.pk).update(deadline=dt.date(2026, 12, 20))
    q4 = {"start": dt.date(2026, 10, 1), "end": dt.date(2026, 12, 31)}
    (score,) = assess(**q4, today=dt.date(2027, 1, 5))
    assert (score.missed_reports, score.overdue, score.points) == (3, 1, 65)
    # On 12-03 the quarter still runs: the third window (11-30 to 12-29) is not over, the deadline not past.
    (score,) = assess(**q4, today=TODAY)
    assert (score.missed_reports, score.overdue, score.points) == (2, 0, 80)


def test_reporting_stops_at_the_completion_report(plain_source, units, users):
    unit = units["发改局"]
    # Handed in on 11-15 (the 办结 report is a report): windows 1–10 covered by it? No: 1–10 had nothing,
    # and the window 11–20 is cut short by the finish, so only 1–10 is judged.
    item = make_item(plain_source, unit, status=Item.Status.REVIEW, cadence=10, completed=dt.date(2026, 11, 15))
    report(item, dt.date(2026, 11, 15), users["unit"])
    assert score_of(unit).missed_reports == 1


def test_overdue_open_item_at_the_period_end_deducts(plain_source, units, users):
    unit = units["发改局"]
    rules = AssessmentRules.current()
    old = quiet(plain_source, unit, users["unit"])
    Item.objects.filter(pk=old.pk).update(deadline=dt.date(2026, 9, 30))  # open past its deadline since September
    in_period = quiet(plain_source, unit, users["unit"])
    Item.objects.filter(pk=in_period.pk).update(deadline=dt.date(2026, 11, 20))
    due_last_day = quiet(plain_source, unit, users["unit"])
    Item.objects.filter(pk=due_last_day.pk).update(deadline=END)  # due on the last day: not overdue yet
    score = score_of(unit, rules)
    assert score.overdue == 2
    assert score.points == 100 - 2 * rules.overdue_points
    assert score.lines == [f"逾期事项2项 −10（{old.number}、{in_period.number}）"]


def test_late_feedback_deducts(plain_source, units, users):
    unit = units["发改局"]
    item = quiet(plain_source, unit, users["unit"])
    feedback(item, dt.date(2026, 11, 10), answered=dt.date(2026, 11, 9))  # in time
    feedback(item, dt.date(2026, 11, 10), answered=dt.date(2026, 11, 10))  # on the day: in time
    feedback(item, dt.date(2026, 11, 10), answered=dt.date(2026, 11, 12))  # late
    feedback(item, dt.date(2026, 11, 28))  # never answered: late
    feedback(item, dt.date(2026, 12, 1))  # due after the period
    feedback(item, dt.date(2026, 11, 5), status=Feedback.Status.DISMISSED)  # dismissed unanswered
    score = score_of(unit)
    assert score.late_feedback == 2
    assert score.points == 100 - 2 * 3
    assert score.lines == [f"群众反馈超时答复2条 −6（{item.number}）"]


def test_unanswered_feedback_due_today_is_not_late_yet(plain_source, units, users):
    item = quiet(plain_source, units["发改局"], users["unit"])
    feedback(item, END)
    assert assess(START, END, today=END)[0].late_feedback == 0  # the unit still has today
    assert score_of(units["发改局"]).late_feedback == 1  # TODAY is after END: the day has passed


def test_edited_rules_change_the_scores_and_order(plain_source, units, users):
    fgj, zjj = units["发改局"], units["住建局"]
    missed = make_item(plain_source, fgj)  # one missed window
    overdue = quiet(plain_source, zjj, users["other_unit"])
    Item.objects.filter(pk=overdue.pk).update(deadline=dt.date(2026, 10, 1))
    scores = assess(START, END, today=TODAY)
    assert [(s.unit.name, s.points) for s in scores] == [("住建局", 95), ("发改局", 90)]
    rules = AssessmentRules.current()
    rules.base_points, rules.missed_report_points, rules.overdue_points = 60, 1, 20
    rules.save()
    scores = assess(START, END, today=TODAY)
    assert [(s.unit.name, s.points) for s in scores] == [("发改局", 59), ("住建局", 40)]
    assert missed.number in scores[0].lines[0]


def test_only_active_units_with_assigned_lead_items_are_scored(plain_source, units, users):
    quiet(plain_source, units["发改局"], users["unit"])
    make_item(plain_source, None, status=Item.Status.FILED)
    units["住建局"].active = False
    units["住建局"].save()
    quiet(plain_source, units["住建局"], users["other_unit"])
    assert [s.unit.name for s in assess(START, END, today=TODAY)] == ["发改局"]


def test_period_must_not_end_before_it_starts(db):
    with pytest.raises(ValueError):
        assess(END, START)


# --- 约谈 ---------------------------------------------------------------------------------------------


def test_summons_by_days_red_lists_only_the_long_red_items(plain_source, units):
    unit = units["发改局"]
    long_red = make_item(plain_source, unit, light=Item.Light.RED, light_since=TODAY - dt.timedelta(days=30))
    make_item(plain_source, unit, light=Item.Light.RED, light_since=TODAY - dt.timedelta(days=29))
    make_item(plain_source, units["住建局"], light=Item.Light.RED, light_since=TODAY - dt.timedelta(days=29))
    make_item(plain_source, units["交通局"], light=Item.Light.YELLOW, light_since=TODAY - dt.timedelta(days=90))
    result = summons(TODAY)
    assert [(s.unit.name, [i.number for i in s.items]) for s in result] == [("发改局", [long_red.number])]
    assert result[0].items[0].red_days == 30
    assert "30天" in result[0].reason


def test_summons_by_count_lists_every_red_item(plain_source, units):
    unit = units["住建局"]
    red = [make_item(plain_source, unit, light=Item.Light.RED, light_since=TODAY - dt.timedelta(days=d))
           for d in (1, 5, 2)]
    red.append(make_item(plain_source, unit, light=Item.Light.RED))  # red since before light_since was kept
    make_item(plain_source, unit, light=Item.Light.GREEN)
    make_item(plain_source, units["发改局"], light=Item.Light.RED, light_since=TODAY)
    result = summons(TODAY)
    assert len(result) == 1 and result[0].unit == unit
    assert [i.number for i in result[0].items] == [red[1].number, red[2].number, red[0].number, red[3].number]
    assert "红灯事项4项" in result[0].reason


def test_summons_thresholds_are_the_rules(plain_source, units):
    unit = units["发改局"]
    make_item(plain_source, unit, light=Item.Light.RED, light_since=TODAY - dt.timedelta(days=10))
    assert summons(TODAY) == []
    rules = AssessmentRules.current()
    rules.summons_red_days = 10
    rules.save()
    assert [s.unit.name for s in summons(TODAY)] == ["发改局"]
    rules.summons_red_days, rules.summons_red_items = 100, 1
    assert [s.unit.name for s in summons(TODAY, rules)] == ["发改局"]


# --- rates ------------------------------------------------------------------------------------------------


def test_rates_by_unit_and_totals(plain_source, units, django_assert_max_num_queries):
    fgj, zjj = units["发改局"], units["住建局"]
    make_item(plain_source, fgj, status=Item.Status.CLOSED, deadline=dt.date(2026, 11, 20),
              completed=dt.date(2026, 11, 19), closed=dt.date(2026, 11, 25))  # on time
    make_item(plain_source, fgj, status=Item.Status.CLOSED, deadline=dt.date(2026, 11, 20),
              completed=dt.date(2026, 11, 21), closed=dt.date(2026, 11, 22))  # late
    make_item(plain_source, fgj, status=Item.Status.CLOSED, deadline=None, closed=dt.date(2026, 11, 2))  # no deadline
    make_item(plain_source, fgj, deadline=dt.date(2026, 11, 30), light=Item.Light.RED)  # overdue
    make_item(plain_source, zjj, deadline=dt.date(2026, 12, 31), light=Item.Light.YELLOW)
    make_item(plain_source, None, status=Item.Status.FILED)  # no lead unit: in the totals only
    with django_assert_max_num_queries(2):
        lines = unit_rates(Item.objects.all(), TODAY)
    assert [line.unit.name for line in lines] == ["住建局", "发改局"]
    zj, fg = lines
    assert (fg.total, fg.closed, fg.on_time, fg.overdue, fg.red, fg.yellow, fg.green) == (4, 3, 2, 1, 1, 0, 3)
    assert fg.completion_rate == pytest.approx(0.75) and fg.on_time_rate == pytest.approx(2 / 3)
    assert (zj.total, zj.closed, zj.completion_rate, zj.on_time_rate) == (1, 0, 0.0, None)
    total = totals(Item.objects.all(), TODAY)
    assert total.unit is None and (total.total, total.closed, total.on_time, total.overdue) == (6, 3, 2, 1)
    assert totals(Item.objects.none(), TODAY).completion_rate is None
    assert percent_text(2 / 3) == "66.7%" and percent_text(None) == "—"


def test_rates_as_of_an_earlier_day(plain_source, units):
    fgj = units["发改局"]
    make_item(plain_source, fgj, status=Item.Status.CLOSED, deadline=dt.date(2026, 11, 20),
              completed=dt.date(2026, 11, 25), closed=dt.date(2026, 12, 2))
    # On 11-30 it was not closed yet and past its deadline.
    (line,) = unit_rates(Item.objects.all(), END)
    assert (line.closed, line.overdue) == (0, 1)
    (line,) = unit_rates(Item.objects.all(), TODAY)
    assert (line.closed, line.overdue, line.on_time) == (1, 0, 0)
