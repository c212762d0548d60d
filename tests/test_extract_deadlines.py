"""Time expressions resolved to years from the document's date."""

from __future__ import annotations

import pytest

from luoshi.extract.deadlines import TimeRef, plan_end_year, scan_times, year_of


def only(text: str, doc_year: int | None = 2023) -> TimeRef:
    refs = scan_times(text, doc_year)
    assert len(refs) == 1, refs
    return refs[0]


def test_year_of_a_date() -> None:
    assert year_of("2021-03-05") == 2021
    assert year_of("2016") == 2016
    assert year_of(None) is None
    assert year_of("") is None


@pytest.mark.parametrize(("name", "year"), [("十一五", 2010), ("十三五", 2020), ("十四五", 2025), ("十五五", 2030)])
def test_five_year_plans_end(name: str, year: int) -> None:
    assert plan_end_year(name) == year


def test_an_absolute_year_is_kept_as_a_year_not_as_words() -> None:
    ref = only("到2025年，全市森林覆盖率达到65%")
    assert (ref.year, ref.relative, ref.role) == (2025, False, "to")
    ref = only("2014年，全区地区生产总值完成274.4亿元")
    assert (ref.year, ref.relative, ref.role) == (2014, False, "point")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("今年要新建学校十所", 2023),
        ("明年完成改造", 2024),
        ("去年全县粮食丰收", 2022),
        ("年内完成沙区治理", 2023),
        ("全年新增就业", 2023),
        ("过去一年，我们砥砺奋进", 2022),
        ("“十四五”末森林覆盖率达到", 2025),
        ("“十五五”时期经济年均增长", 2030),
        ("今后五年，单位能耗下降", 2027),
        ("五年内新增上市企业", 2027),
        ("用2-3年时间建成", 2025),
    ],
)
def test_relative_times_resolve_from_the_document_year(text: str, year: int) -> None:
    ref = only(text)
    assert ref.year == year
    assert ref.relative


def test_relative_times_without_a_date_stay_unresolved() -> None:
    assert only("今年要新建学校十所", None).year is None
    assert only("五年内新增上市企业", None).year is None
    assert only("“十四五”末", None).year == 2025  # a plan's name needs no date


@pytest.mark.parametrize("text", ["老党员69年如一日", "连续9年位居全国前列", "实施三年行动计划", "15年间经济总量"])
def test_durations_are_no_deadline(text: str) -> None:
    assert scan_times(text, 2023) == []


def test_roles_of_a_year() -> None:
    assert only("比2010年翻一番").role == "compare"
    assert only("是1998年的6.2倍").role == "compare"
    assert only("2015年以来累计减贫").role == "since"
    assert only("从2020年的82.4岁提升至83.9岁").role == "from"
    assert only("截至2022年底，全市").role == "point"
    assert only("届时，我国经济总量").role == "then"


def test_chinese_and_spaced_years() -> None:
    assert only("到二〇三五年基本实现").year == 2035
    assert only("1 9 9 7 年国内生产总值").year == 1997
