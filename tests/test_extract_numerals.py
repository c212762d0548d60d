"""Numerals as the documents write them: Arabic, full-width, Chinese, fractions, OCR slips."""

from __future__ import annotations

import pytest

from luoshi.numerals import (
    parse_arabic,
    parse_chinese,
    parse_chinese_year,
    parse_fraction,
    parse_number,
    small_number,
)


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("274.4", 274.4),
        ("２．５", 2.5),  # full-width
        ("１９９６", 1996),
        ("1,200", 1200),
        ("100O", 1000),  # an OCR slip: the letter O for a zero
        ("1 9 9 7", 1997),  # a report that spaces its digits
        ("8 ．8", 8.8),
        ("4·3", 4.3),  # a middle dot for the decimal point
    ],
)
def test_arabic(token: str, value: float) -> None:
    assert parse_arabic(token) == value
    assert parse_number(token) == value


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("两万三千", 23000),
        ("一百零五", 105),
        ("十二", 12),
        ("二十", 20),
        ("十万", 100000),
        ("三千五百", 3500),
        ("三点五", 3.5),
        ("四百二十七亿四千万", 42_740_000_000),
        ("一亿四千万", 140_000_000),
        ("一万亿", 1_000_000_000_000),
        ("六万万", 600_000_000),
        ("二〇二五", 2025),
        ("一", 1),
    ],
)
def test_chinese(token: str, value: float) -> None:
    assert parse_chinese(token) == value
    assert parse_number(token) == value


@pytest.mark.parametrize("token", ["一一", "三四", "两三", "", "万"])
def test_runs_of_bare_digits_are_no_number(token: str) -> None:
    # 一一列举, 三四轮车, 两三个: adjacent digits without a zero are words or approximations
    assert parse_chinese(token) is None


def test_chinese_years_digit_by_digit() -> None:
    assert parse_chinese_year("二〇三五") == 2035
    assert parse_chinese_year("一九九五") == 1995
    assert parse_chinese_year("十九") is None


@pytest.mark.parametrize(
    ("token", "value"),
    [("1/4", 0.25), ("３／４", 0.75), ("三分之一", 1 / 3), ("四分之一", 0.25), ("百分之六十", 60), ("百分之6.5", 6.5)],
)
def test_fractions_and_percentages_in_words(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


def test_fraction_with_zero_denominator_is_none() -> None:
    assert parse_fraction("1/0") is None


def test_fraction_that_is_not_arabic_on_both_sides_is_none() -> None:
    # Found by tests/test_properties.py: parse_number("0/〇") raised ValueError.
    assert parse_fraction("0/〇") is None
    assert parse_number("0/〇") is None
    assert parse_number("1/X") is None


def test_numbers_past_what_a_float_holds_are_none() -> None:
    # Found by tests/test_properties.py: 一亿亿…亿 (40 亿) raised OverflowError; 400 digits parsed as inf.
    assert parse_chinese("一" + "亿" * 40) is None
    assert parse_number("一" + "亿" * 40) is None
    assert parse_number("9" * 400) is None
    assert parse_number("9" * 400 + "/1") is None
    assert parse_chinese("一" + "亿" * 38) == 1e304  # still a float


@pytest.mark.parametrize(
    ("token", "value"),
    [("三", 3), ("两", 2), ("兩", 2), ("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25), ("一十二", 12),
     ("一一", None), ("两十", None), ("十两", None), ("百", None), ("七五", None), ("十十", None), ("二十五六", None)],
)
def test_small_numbers_of_headings_and_names(token: str, value: int | None) -> None:
    assert small_number(token) == value
