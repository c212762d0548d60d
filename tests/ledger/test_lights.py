"""预警 rules: pure functions, checked at their edges."""

from __future__ import annotations

import datetime as dt

import pytest

from luoshi.ledger.lights import GREEN, RED, YELLOW, light_for

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
