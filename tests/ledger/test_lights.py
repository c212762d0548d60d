"""预警 rules and 达标 verdicts: pure functions, checked at their edges."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from luoshi.ledger.lights import GREEN, RED, YELLOW, light_for
from luoshi.ledger.verdict import MET, MISSED, PENDING, convert, verdict

TODAY = dt.date(2026, 11, 23)


def light(**kwargs):
    base = {"status": "in_progress", "deadline": TODAY + dt.timedelta(days=60), "today": TODAY, "cadence_days": 30,
            "signed_at": TODAY - dt.timedelta(days=5)}
    return light_for(**{**base, **kwargs})


def test_green_when_on_track():
    assert light().colour == GREEN


def test_red_when_overdue():
    result = light(deadline=TODAY - dt.timedelta(days=3))
    assert result.colour == RED and "逾期3天" in result.reason


def test_due_today_is_yellow_not_red():
    assert light(deadline=TODAY).colour == YELLOW


@pytest.mark.parametrize(("days", "colour"), [(7, YELLOW), (8, GREEN), (1, YELLOW)])
def test_yellow_inside_the_warning_window(days, colour):
    assert light(deadline=TODAY + dt.timedelta(days=days), warning_days=7).colour == colour


def test_warning_window_is_configurable():
    assert light(deadline=TODAY + dt.timedelta(days=10), warning_days=14).colour == YELLOW


def test_missed_report_is_red():
    result = light(signed_at=TODAY - dt.timedelta(days=40), last_report_at=TODAY - dt.timedelta(days=31))
    assert result.colour == RED and "未报送" in result.reason
    assert light(signed_at=TODAY - dt.timedelta(days=40), last_report_at=TODAY - dt.timedelta(days=30)).colour == GREEN


def test_cadence_is_the_items_own():
    assert light(signed_at=TODAY - dt.timedelta(days=8), cadence_days=7).colour == RED


def test_missed_milestone_is_yellow():
    result = light(open_milestones=[("完成招标", TODAY - dt.timedelta(days=1))])
    assert result.colour == YELLOW and "完成招标" in result.reason
    assert light(open_milestones=[("完成招标", TODAY)]).colour == GREEN


def test_unsigned_for_days_is_yellow():
    assigned = TODAY - dt.timedelta(days=4)
    assert light(status="assigned", signed_at=None, assigned_at=assigned).colour == YELLOW
    assert light(status="assigned", signed_at=None, assigned_at=TODAY - dt.timedelta(days=2)).colour == GREEN


def test_closed_and_filed_are_green_even_when_late():
    late = TODAY - dt.timedelta(days=100)
    assert light(status="closed", deadline=late).colour == GREEN
    assert light(status="filed", deadline=late).colour == GREEN


def test_overdue_wins_over_missed_report():
    result = light(deadline=TODAY - dt.timedelta(days=1), signed_at=TODAY - dt.timedelta(days=90))
    assert "逾期" in result.reason


def target(value, comparator="at_least", reported=None, unit="亿元", reported_unit="", value_max=None):
    return SimpleNamespace(target_value=value, target_value_max=value_max, target_unit=unit, comparator=comparator,
                           reported_value=reported, reported_unit=reported_unit)


@pytest.mark.parametrize(("item", "expected"), [
    (target(296, reported=300), MET),
    (target(296, reported=295.9), MISSED),
    (target(296, reported=None), PENDING),
    (target(296, reported=2_960_000, reported_unit="万元"), MET),
    (target(296, reported=2_950_000, reported_unit="万元"), MISSED),
    (target(296, reported=300, reported_unit="公里"), PENDING),
    (target(3.5, "at_most", reported=3.4, unit="%"), MET),
    (target(3.5, "at_most", reported=3.6, unit="%"), MISSED),
    (target(8, "about", reported=7.7, unit="%"), MET),
    (target(8, "about", reported=7.0, unit="%"), MISSED),
    (target(6, "range", reported=6.4, unit="%", value_max=6.5), MET),
    (target(6, "range", reported=6.6, unit="%", value_max=6.5), MISSED),
    (target(105, "exact", reported=105, unit="个"), MET),
    (target(105, "exact", reported=104, unit="个"), MISSED),
])
def test_verdict_by_comparator(item, expected):
    assert verdict(item) == expected


def test_no_target_no_verdict():
    assert verdict(target(None)) is None


def test_convert_scales():
    assert convert(1.5, "亿元", "万元") == 15000
    assert convert(3, "万人", "人") == 30000
    assert convert(3, "公里", "亿元") is None


@pytest.mark.parametrize(("args", "text"), [
    ((8, None, "%", "at_least"), "不低于8%"),
    ((3.5, None, "%", "at_most"), "不高于3.5%"),
    ((6, None, "%", "about"), "6%左右"),
    ((6, 6.5, "%", "range"), "6～6.5%"),
    ((296, None, "亿元", "exact"), "296亿元"),
    ((None, None, "", ""), ""),
])
def test_target_text(args, text):
    from luoshi.ledger.verdict import target_text

    assert target_text(*args) == text
