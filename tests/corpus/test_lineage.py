"""Target lineage on hand-built rows: metric keys, pairing a target with the later fact, and every flag."""

from __future__ import annotations

import pytest

from luoshi.corpus.lineage import Document, Item, Line, is_after, lineage, metric_key

R = "海拉尔区"
D2014 = Document("d2014", "hailar-2014.txt", "2014-02-19", 2014, R)
D2015 = Document("d2015", "hailar-2015.txt", "2015-02-05", 2015, R)
D2016 = Document("d2016", "hailar-2016.txt", "2016-02-20", 2016, R)
D2017 = Document("d2017", "hailar-2017.txt", "2017-02-18", 2017, R)


def target(doc: Document, value: float, *, metric: str = "地区生产总值增长", unit: str = "%", year: int | None = None,
           comparator: str = "exact", value_max: float | None = None) -> Item:
    return Item(doc.doc_id, "target", metric, value, value_max, unit, comparator, year, f"{metric}{value:g}{unit}")


def fact(doc: Document, value: float, year: int, *, metric: str = "地区生产总值同比增长", unit: str = "%") -> Item:
    return Item(doc.doc_id, "fact", metric, value, None, unit, "exact", year, f"{metric}{value:g}{unit}")


def only(lines: list[Line]) -> Line:
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.parametrize(("a", "b"), [
    ("地区生产总值同比增长", "地区生产总值增长"),
    ("全区地区生产总值比上年增长", "地区生产总值增长"),
    ("地区生产总值较上年增长", "地区生产总值增长"),
    ("财政收入比上年度增长", "财政收入增长"),
    ("社会消费品零售总额预计同比增长", "社会消费品零售总额增长"),
    ("城镇居民人均可支配收入", "城镇人均可支配收入"),
    ("固定资产投资增速", "固定资产投资增长"),
    ("全社会固定资产投资额", "固定资产投资"),
    ("经济年均增长", "经济增长"),
    ("全年新增就业", "新增就业"),
    ("地區生產總值增長", "地区生产总值增长"),  # a traditional-script report
    ("“菜篮子”工程", "菜篮子工程"),
    ("新建温室", "建成温室"),  # what a plan builds, what a report says was built
    ("建成仓储库", "仓储库"),  # a report naming the verb once for its whole list
])
def test_spellings_of_one_metric_share_a_key(a: str, b: str) -> None:
    assert metric_key(a) == metric_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("地区生产总值", "地区生产总值增长"),  # a level is not its growth
    ("单位GDP能耗下降", "单位GDP能耗增长"),
    ("农民人均纯收入", "农村居民人均可支配收入"),  # the statistics changed in 2014: a different measure
    ("区本级固定资产投资", "固定资产投资"),  # the district's own part is not the whole
    ("新增就业", "就业"),  # those newly employed are not all who work
    ("新建的批发市场", "的批发市场"),  # 新建的 modifies: no verb to drop
])
def test_different_metrics_keep_different_keys(a: str, b: str) -> None:
    assert metric_key(a) != metric_key(b)


def test_a_target_meets_the_next_reports_fact_about_its_year() -> None:
    items = [
        target(D2015, 8, year=2015), fact(D2015, 9.1, 2014),  # the 2015 report: target for 2015, fact for 2014
        fact(D2016, 7.5, 2015),  # the 2016 report reviews 2015
    ]
    line = only(lineage([D2015, D2016], items))
    assert (line.region, line.key, line.year) == (R, "地区生产总值增长", 2015)
    assert line.fact_doc == D2016 and line.actual == 7.5
    assert line.flags == ("missed",)


def test_the_first_later_report_speaks_for_the_year() -> None:
    items = [target(D2015, 8, year=2015), fact(D2016, 8.2, 2015), fact(D2017, 7.9, 2015)]  # 2017 revised it down
    line = only(lineage([D2015, D2016, D2017], items))
    assert (line.fact_doc, line.actual, line.flags) == (D2016, 8.2, ("met",))


def test_facts_of_other_years_regions_or_earlier_documents_are_not_paired() -> None:
    elsewhere = Document("x", "other.txt", "2016-03-01", 2016, "满洲里市")
    items = [
        fact(D2014, 8.5, 2015),  # written before the target: cannot report on it
        target(D2015, 8, year=2015),
        fact(D2015, 8.5, 2015),  # the same document
        fact(D2016, 9.1, 2014),  # another year
        fact(elsewhere, 9.0, 2015),  # another region
    ]
    line = only(lineage([D2014, D2015, D2016, elsewhere], items))
    assert line.fact is None and line.flags == ("dropped",)


def test_a_target_without_a_deadline_is_for_its_documents_year() -> None:
    line = only(lineage([D2015, D2016], [target(D2015, 8), fact(D2016, 8.0, 2015)]))
    assert (line.year, line.flags) == (2015, ("met",))


def test_the_fact_is_converted_to_the_targets_unit() -> None:
    items = [target(D2015, 296, metric="地区生产总值", unit="亿元"),
             fact(D2016, 2_970_000, 2015, metric="地区生产总值", unit="万元")]
    line = only(lineage([D2015, D2016], items))
    assert line.actual == pytest.approx(297) and line.flags == ("met",)


@pytest.mark.parametrize(("comparator", "goal", "goal_max", "actual", "outcome"), [
    ("at_least", 8, None, 8.0, "met"),
    ("at_least", 8, None, 7.9, "missed"),
    ("exact", 8, None, 8.3, "met"),  # 增长8%: more is done too
    ("about", 8, None, 7.7, "met"),  # 8%左右: within 5% of it
    ("about", 8, None, 7.5, "missed"),
    ("range", 6.5, 7.0, 6.9, "met"),
    ("range", 6.5, 7.0, 6.4, "missed"),
    ("at_most", 4.5, None, 4.1, "met"),  # 失业率控制在4.5%以内
    ("at_most", 4.5, None, 4.6, "missed"),
])
def test_the_verdict_follows_the_comparator(comparator: str, goal: float, goal_max: float | None, actual: float,
                                            outcome: str) -> None:
    items = [target(D2015, goal, metric="城镇登记失业率", comparator=comparator, value_max=goal_max),
             fact(D2016, actual, 2015, metric="城镇登记失业率")]
    assert only(lineage([D2015, D2016], items)).flags == (outcome,)


def test_several_different_values_in_the_next_report_are_unclear() -> None:
    items = [target(D2015, 90, metric="参保率"), fact(D2016, 92, 2015, metric="参保率"),
             fact(D2016, 85, 2015, metric="参保率")]
    line = only(lineage([D2015, D2016], items))
    assert line.flags == ("unclear",) and line.actual is None and line.fact_doc == D2016


def test_a_unit_that_does_not_convert_is_unclear() -> None:
    items = [target(D2015, 500, metric="温室", unit="亩"), fact(D2016, 500, 2015, metric="温室", unit="栋")]
    assert only(lineage([D2015, D2016], items)).flags == ("unclear",)


def test_a_projects_design_capacity_restated_is_unclear_not_met() -> None:
    # 加快推进华能30万千瓦光伏电站 in 2015, 华能30万千瓦光伏电站进入核准 in 2016: the same name, not a result
    items = [target(D2015, 30, metric="华能光伏电站设计产能", unit="万千瓦"),
             fact(D2016, 30, 2015, metric="华能光伏电站设计产能", unit="万千瓦")]
    assert only(lineage([D2015, D2016], items)).flags == ("unclear",)
    items = [target(D2015, 30, metric="光伏装机", unit="万千瓦"), fact(D2016, 30, 2015, metric="光伏装机", unit="万千瓦")]
    assert only(lineage([D2015, D2016], items)).flags == ("met",)


def test_dropped_when_a_later_report_could_have_said_and_did_not() -> None:
    line = only(lineage([D2015, D2016], [target(D2015, 8)]))
    assert line.flags == ("dropped",)


def test_pending_while_no_later_report_could_say() -> None:
    assert only(lineage([D2015], [target(D2015, 8)])).flags == ("pending",)
    # a plan's 2020 target: the 2016 and 2017 reports cannot yet report 2020
    line = only(lineage([D2015, D2016, D2017], [target(D2015, 6.5, year=2020, comparator="at_least")]))
    assert line.flags == ("pending",)
    # a later document of the same year (a mid-year speech) cannot report the year either
    midyear = Document("mid", "hailar-2015-mid.txt", "2015-07-20", 2015, R)
    assert only(lineage([D2015, midyear], [target(D2015, 8)])).flags == ("pending",)


def test_restated_lower_is_flagged_beside_the_outcome() -> None:
    items = [target(D2015, 7, year=2017, comparator="at_least"), target(D2016, 6.5, year=2017, comparator="at_least"),
             fact(D2017, 6.8, 2016)]
    first, second = lineage([D2015, D2016, D2017], items)
    assert first.target_doc == D2015 and first.restatement_doc == D2016
    assert first.flags == ("pending", "restated lower")
    assert second.flags == ("pending",)  # the restatement itself was not restated again


def test_the_latest_restatement_is_the_one_that_counts() -> None:
    later = Document("d2018", "hailar-2018.txt", "2018-02-01", 2018, R)
    items = [target(D2015, 7, year=2020), target(D2016, 6.5, year=2020), target(D2017, 7.2, year=2020)]
    first = lineage([D2015, D2016, D2017, later], items)[0]
    assert (first.restatement_doc, first.flags) == (D2017, ("pending", "restated"))


def test_a_ceiling_raised_is_restated_higher_and_lowered_is_not_a_warning() -> None:
    def flags(again: float) -> tuple[str, ...]:
        items = [target(D2015, 4.5, metric="城镇登记失业率", year=2016, comparator="at_most"),
                 target(D2016, again, metric="城镇登记失业率", comparator="at_most"),
                 fact(D2017, 4.0, 2016, metric="城镇登记失业率")]
        return lineage([D2015, D2016, D2017], items)[0].flags

    assert flags(5.0) == ("met", "restated higher")
    assert flags(4.0) == ("met", "restated")


def test_restated_with_a_convertible_unit_compares_in_the_targets_unit() -> None:
    items = [target(D2015, 300, metric="地区生产总值", unit="亿元", year=2016),
             target(D2016, 2_950_000, metric="地区生产总值", unit="万元")]
    assert lineage([D2015, D2016, D2017], items)[0].flags == ("dropped", "restated lower")


def test_rows_without_value_region_or_year_are_left_out() -> None:
    nowhere = Document("n", "speech.txt", None, None, None)
    undated = Document("u", "undated.txt", None, None, R)
    items = [
        Item(D2015.doc_id, "target", "财政收入", None, None, "亿元", "exact", 2015, "X亿元", redacted=True),
        target(nowhere, 8, year=2015),
        target(undated, 8),  # no deadline and no document year
    ]
    assert lineage([D2015, nowhere, undated], items) == []


def test_order_is_by_date_or_else_by_year_and_unknown_is_never_after() -> None:
    year_only = Document("y", "2016.txt", None, 2016, R)
    unknown = Document("u", "undated.txt", None, None, R)
    assert is_after(D2016, D2015) and not is_after(D2015, D2016)
    assert is_after(year_only, D2015) and not is_after(year_only, D2016)
    assert not is_after(unknown, D2014) and not is_after(D2014, unknown)
    year_dated = Document("s", "shanghai-2021.txt", "2021", 2021, R)  # a date known only to the year
    spring = Document("t", "2021-03.txt", "2021-03-01", 2021, R)
    assert not is_after(spring, year_dated) and not is_after(year_dated, spring)
    assert is_after(Document("v", "2022.txt", "2022", 2022, R), spring)
