"""达标 verdicts, unit conversion and target wording: the domain rules every layer shares."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from luoshi.targets import MET, MISSED, OUTCOME_LABELS, OUTCOMES, PENDING, convert, signed, target_text, verdict


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
    assert target_text(*args) == text


def test_every_outcome_has_a_label():
    assert set(OUTCOME_LABELS) == set(OUTCOMES)
    assert OUTCOME_LABELS[MET] == "达标" and OUTCOME_LABELS[MISSED] == "未达标" and OUTCOME_LABELS[PENDING] == "待报"


@pytest.mark.parametrize(("comparator", "shown"), [
    ("at_least", "≥8"), ("at_most", "≤8"), ("about", "约8"), ("exact", "8"), ("range", "8"), ("", "8"),
])
def test_signed(comparator, shown):
    assert signed(comparator, "8") == shown
