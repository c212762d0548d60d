"""完成时限 from a task's deadline: each form a speech or report writes, with the sentence it comes from."""

from __future__ import annotations

import datetime as dt

import pytest

from luoshi.duedates import DueDate, due_date, plan_year_of

D = dt.date

# (sentence, deadline_year, deadline_text as the extractor gives it, plan year, due date, reason starts with)
CASES = [
    ("到2027年，建成城市快速路30公里。", 2027, None, 2026, D(2027, 12, 31), "目标年度2027年"),
    ("6月底前完成县城污水管网改造。", 2026, "6月底前", None, D(2026, 6, 30), "原文“6月底前”"),
    ("6月底完成项目前期手续。", None, "6月底", 2026, D(2026, 6, 30), "原文“6月底”"),
    ("6月前出台实施方案。", 2026, "6月前", None, D(2026, 6, 30), "原文“6月前”"),
    ("2月底前完成摸底。", 2028, "2月底前", None, D(2028, 2, 29), "原文“2月底前”"),
    ("九月底前全面完成秋粮收储。", 2026, "九月底前", None, D(2026, 9, 30), "原文“九月底前”"),
    ("十二月底前完成验收。", 2026, "十二月底前", None, D(2026, 12, 31), "原文“十二月底前”"),
    ("5月15日前报送自查报告。", 2026, "5月15日前", None, D(2026, 5, 15), "原文“5月15日前”"),
    ("一季度完成招标。", 2026, "一季度", None, D(2026, 3, 31), "原文“一季度”"),
    ("第一季度开工建设。", 2026, "第一季度", None, D(2026, 3, 31), "原文“第一季度”"),
    ("三季度末前主体完工。", 2026, "三季度", None, D(2026, 9, 30), "原文“三季度”"),
    ("上半年完成全部拆迁。", 2026, "上半年", None, D(2026, 6, 30), "原文“上半年”"),
    ("下半年投入运营。", 2026, "下半年", None, D(2026, 12, 31), "原文“下半年”"),
    ("年底前实现村村通客车。", 2026, "年底前", None, D(2026, 12, 31), "原文“年底前”"),
    ("年内建成5个数字乡村示范点。", None, "年内", 2026, D(2026, 12, 31), "原文“年内”，计划年度2026年"),
    ("年末城镇登记失业率控制在4.5%以内。", 2025, "年末", None, D(2025, 12, 31), "原文“年末”"),
    ("明年建成投用。", None, "明年", 2026, D(2027, 12, 31), "原文“明年”，计划年度2026年"),
    ("明年6月底前全面完成。", None, "明年6月底前", 2026, D(2027, 6, 30), "原文“明年6月底前”"),
    ("今明两年，建成乡镇污水处理站全覆盖。", None, "今明两年", 2026, D(2027, 12, 31), "原文“今明两年”，计划年度2026年"),
    ("明年底前，完成全部危房改造。", None, "明年底前", 2026, D(2027, 12, 31), "原文“明年底前”，计划年度2026年"),
    ("用3至5年时间，基本建成现代化产业体系。", None, "3至5年", 2026, D(2030, 12, 31), "原文“3至5年”"),
    ("用2年的时间实现全覆盖。", None, "用2年的时间", 2026, D(2027, 12, 31), "原文“用2年的时间”"),
    ("今后五年，单位生产总值能耗下降15%。", None, "今后五年", 2016, D(2020, 12, 31), "原文“今后五年”"),
    ("五年内新增5家上市企业。", None, "五年内", 2022, D(2026, 12, 31), "原文“五年内”"),
    ("到2025年末，常住人口城镇化率达到60%。", None, "到2025年末", 2024, D(2025, 12, 31), "原文“到2025年末”"),
    ("2027年6月底前建成。", None, "2027年6月底前", 2026, D(2027, 6, 30), "原文“2027年6月底前”"),
    ("“十四五”期间，建成高标准农田10万亩。", 2025, "“十四五”期间", 2023, D(2025, 12, 31), "原文“‘十四五’期间”"),
    ("“十五五”时期，基本实现……", None, "“十五五”时期", 2026, D(2030, 12, 31), "原文“‘十五五’时期”"),
    ("到2027年，实现县域全覆盖。", None, "到2027年", 2026, D(2027, 12, 31), "原文“到2027年”"),
    ("届时，经济总量超过90万亿元。", 2020, "届时", 2016, D(2020, 12, 31), "目标年度2020年"),
    ("６月底前完成。", 2026, "６月底前", None, D(2026, 6, 30), "原文“6月底前”"),
]


@pytest.mark.parametrize(("sentence", "year", "text", "plan", "expected", "reason"), CASES,
                         ids=[c[0][:12] for c in CASES])
def test_each_deadline_form(sentence, year, text, plan, expected, reason):
    assert text is None or text.strip("“”").replace("６", "6")[:2] in sentence.replace("６", "6")
    found = due_date(year, text, plan)
    assert found is not None
    assert found.date == expected
    assert found.reason.startswith(reason)


def test_the_extractors_year_wins_over_the_plan_year_for_a_relative_text():
    # 明年 in a December report: the extractor knows its plan year better than the caller.
    assert due_date(2028, "明年", 2026) == DueDate(D(2028, 12, 31), "原文“明年”")


def test_the_year_the_text_names_wins():
    assert due_date(2026, "2027年底前", 2026).date == D(2027, 12, 31)


def test_unknown_is_none():
    assert due_date(None, None) is None
    assert due_date(None, "年内") is None  # no year from anywhere
    assert due_date(None, "6月底前") is None
    assert due_date(None, "长期坚持", 2026) is None  # not a deadline this module reads, and no year


def test_a_text_it_cannot_read_falls_back_to_the_year():
    assert due_date(2026, "长期坚持", 2026) == DueDate(D(2026, 12, 31), "目标年度2026年")


def test_a_duration_in_months_is_not_a_month():
    assert due_date(2026, "3个月内") == DueDate(D(2026, 12, 31), "目标年度2026年")


def test_absurd_years_are_refused():
    assert due_date(99999, None) is None
    assert due_date(None, "用99年的时间", 2026) is None


def test_plan_year():
    assert plan_year_of("2025-12-20", "2026年政府工作报告") == 2026
    assert plan_year_of("2025-12-20", "在县委经济工作会议上的讲话") == 2025
    assert plan_year_of(D(2022, 3, 1)) == 2022
    assert plan_year_of(None) is None
    assert plan_year_of("not a date") is None
