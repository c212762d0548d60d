"""Quantities: which numbers are targets and facts, and their value, unit, comparator, metric and year.

Every sentence here is written for the test; the dev gold and the wild corpus are checked at the end.
"""

from __future__ import annotations

import csv
import json
import sys

import pytest

from luoshi.document import Quantity
from luoshi.extract.quantities import extract_quantities
from tests.conftest import shared_path


def quantities(text: str, date: str | None = None) -> list[Quantity]:
    found = extract_quantities(text, date)
    for q in found:  # grounding is sacred
        assert text[q.start : q.end] == q.evidence, q
    return found


def one(text: str, number: str, date: str | None = None) -> Quantity:
    """The quantity whose evidence holds ``number``."""
    matches = [q for q in quantities(text, date) if number in q.evidence]
    assert len(matches) == 1, (number, quantities(text, date))
    return matches[0]


def none_in(text: str, date: str | None = "2023") -> None:
    assert quantities(text, date) == []


# --- numerals and units -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        ("全县共有户籍人口两万三千人。", "两万三千", 23000, "人"),
        ("农产品加工转化率达到百分之六十。", "百分之六十", 60, "%"),
        ("新建污水管网1800多公里。", "1800", 1800, "公里"),
        ("社会各界捐款150余万元。", "150", 150, "万元"),
        ("全市新增城镇就业2.3万人。", "2.3", 2.3, "万人"),
        ("居民储蓄存款新增4万多亿元。", "4万", 4, "万亿元"),
        ("全省有1.27亿常住人口。", "1.27", 1.27, "亿"),
        ("粮食总产量达到三百亿斤。", "三百", 300, "亿斤"),
        ("农村居民人均可支配收入增长６．５％。", "６．５", 6.5, "%"),
        ("中心城区公园达到1,200个。", "1,200", 1200, "个"),
        ("细颗粒物年均浓度降至29微克/立方米。", "29", 29, "微克/立方米"),
        ("全员劳动生产率达到18万元/人。", "18", 18, "万元/人"),
    ],
)
def test_values_and_units_as_written(text: str, number: str, value: float, unit: str) -> None:
    q = one(text, number)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_a_multiplier_before_a_unit_that_starts_like_one() -> None:
    q = one("新建装机容量二十万千瓦的电站。", "二十万")
    assert (q.value, q.unit) == (20, "万千瓦")
    assert one("新增装机5千瓦。", "5").unit == "千瓦"


def test_a_fraction_has_no_unit() -> None:
    q = one("数字经济核心产业增加值占比1/5强。", "1/5")
    assert (q.value, q.unit, q.comparator) == (0.2, None, "at_least")
    q = one("高新技术产业占比近三分之一。", "三分之一")
    assert q.value == pytest.approx(1 / 3)
    assert q.comparator == "about"


def test_a_garbled_percent_sign_after_a_share_word() -> None:
    q = one("全县老龄人口占31.2虬，居全市首位。", "31.2")
    assert (q.value, q.unit) == (31.2, None)
    none_in("配比比例为1:1，三次产业比重为4.0∶37.7∶58.3。")


def test_ranges() -> None:
    q = one("今年地区生产总值预期增长6.5%—7%。", "6.5")
    assert (q.value, q.value_max, q.unit, q.comparator) == (6.5, 7, "%", "range")
    q = one("全年新增就业岗位8万-10万个。", "8万")
    assert (q.value, q.value_max, q.comparator) == (8, 10, "range")


@pytest.mark.parametrize(
    ("text", "number", "value", "value_max", "unit"),
    [
        ("计划吸引两到三万名高校毕业生来县就业。", "两到三万", 2, 3, "万名"),
        ("每个示范项目补助一百二十到一百五十万元。", "一百二十到一百五十万", 120, 150, "万元"),
        ("单个项目奖补一百二十万到一百五十万元。", "一百二十万到一百五十万", 120, 150, "万元"),
        ("每户补助从8000到2万元不等。", "8000到2", 0.8, 2, "万元"),  # the first in the second's multiplier
        ("每年培育二三十家规模以上企业。", "二三十家", 20, 30, "家"),
        ("新建车间可带动四五千人就业。", "四五千人", 4000, 5000, "人"),
        ("全年新增七八万个市场主体。", "七八万个", 7, 8, "万个"),
        ("技改投资七十亿到一百亿元。", "七十亿到一百亿", 70, 100, "亿元"),
        ("每村配备一到两名专职网格员。", "一到两名", 1, 2, "名"),  # a range written out is no name
        ("农村居民收入年均增长百分之七至百分之八。", "百分之七至百分之八", 7, 8, "%"),
        ("引进外资1万美元--5万美元的小型项目。", "1万美元--5万", 1, 5, "万美元"),
        ("单项奖励1万(含)-5万元。", "1万(含)-5万", 1, 5, "万元"),
        ("外贸订单18至30万日元不等。", "18至30万", 18, 30, "万日元"),
    ],
)
def test_ranges_as_people_write_them(text: str, number: str, value: float, value_max: float, unit: str) -> None:
    q = one(text, number)
    assert (q.value, q.value_max, q.unit, q.comparator) == (pytest.approx(value), value_max, unit, "range")


def test_an_ambiguous_range_is_read_as_nothing() -> None:
    # 八到九百亿 is 8 to 900 as written and 800 to 900 as meant: a wrong figure is worse than none
    none_in("项目总投资八到九百亿元。")
    none_in("全年引进三到五十家企业。")


@pytest.mark.parametrize(
    ("text", "number", "value", "unit"),
    [
        ("三万五千人参加了技能培训。", "三万五千", 35000, "人"),  # a numeral that opens the text
        ("四千三百家企业享受了减免。", "四千三百", 4300, "家"),
        ("全县三万五人参加了医疗保险。", "三万五", 35000, "人"),  # spoken: 三万五千
        ("全县有小学一千零十所。", "一千零十", 1010, "所"),
        ("每千瓦时补贴零点一零五元。", "零点一零五", 0.105, "元"),
        ("投资三点五亿元建设物流园。", "三点五", 3.5, "亿元"),
        ("新增贷款3个亿。", "3个亿", 3, "亿"),
        ("争取上级资金两个亿元。", "两个亿", 2, "亿元"),
        ("全年粮食产量1，260万吨。", "1，260", 1260, "万吨"),  # a full-width comma between thousands
        ("人均月增资十二元五角。", "十二元五角", 12.5, "元"),
        ("人口自然增长率控制在千分之五以内。", "千分之五", 5, "‰"),
        ("事故死亡率降至万分之三。", "万分之三", 0.0003, None),
        ("外资到位177亿人民币。", "177", 177, "亿人民币"),
        ("惠企政策惠及企业3.2万户次。", "3.2", 3.2, "万户次"),
    ],
)
def test_chinese_numerals_and_amounts(text: str, number: str, value: float, unit: str | None) -> None:
    q = one(text, number)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_big_number_of_projects_is_a_count_not_an_amount() -> None:
    q = one("建成12个亿元以上项目。", "12个")
    assert (q.value, q.unit) == (12, "个")
    assert [q.unit for q in quantities("培育8个亿元级产业集群。")] == ["个"]


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("受疫情影响，旅游收入增长-12.5%。", "-12.5", -12.5),
        ("全年净利润为负1,200万元。", "负1,200", -1200),
        ("亏损企业利润增速为负一百二十万元。", "负一百二十万", -120),
        ("降幅由年初的-8.4%收窄至-3.1%。", "-3.1", -3.1),
    ],
)
def test_negative_numbers_keep_their_sign(text: str, number: str, value: float) -> None:
    assert one(text, number).value == value  # the sign stands in the evidence too


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年为企业减负30亿元。", 30),  # 减负 is a word, not a minus
        ("规划建设2020年-2025年共120个项目。", 120),  # a dash between years is no sign
        ("时间跨度1-11月，新增企业350家。", 350),
    ],
)
def test_a_dash_or_negative_word_that_is_no_sign(text: str, value: float) -> None:
    assert [q.value for q in quantities(text)] == [value]


def test_malformed_or_ambiguous_numerals_give_no_quantity() -> None:
    none_in("全县共有十一十二万人。")  # units out of order
    none_in("预计接待游客万三人次。")  # 一万三 or 万分之三
    none_in("三家企业统一二十项标准。")  # 统一 is a word, not the span 一二十


def test_redacted_numbers_are_quantities_without_a_value() -> None:
    text = "今年要新增城镇就业X万人，完成固定资产投资XX亿元，粮食产量稳定在X.X万吨以上。"
    found = quantities(text, "2023")
    assert [(q.value, q.unit, q.redacted) for q in found] == [
        (None, "万人", True),
        (None, "亿元", True),
        (None, "万吨", True),
    ]
    assert found[2].comparator == "at_least"


def test_placeholders_for_names_are_no_quantity() -> None:
    none_in("XX人民坚定不移听党话，XX精神代代相传，推进XX项目建设。")
    none_in("推进XX片区开发，建设XX家园，加快中国式现代化建设XX篇章。")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("今年要培育龙头企业X家，新建标准化厂房X万平方米。", ["家", "万平方米"]),
        ("全县尚有贫困村XX个、贫困人口XX万户XX万人。", ["个", "万户", "万人"]),
        ("到2025年，X%以上的行政村集体经济收入超过10万元。", ["%", "万元"]),
        ("三次产业比例调整为X:X:X左右。", [None]),  # a redacted ratio: a ratio as written has no one value
    ],
)
def test_redacted_quantities_in_speeches(text: str, units: list[str | None]) -> None:
    found = quantities(text, "2023")
    assert [q.unit for q in found] == units
    assert [q.redacted for q in found] == [q.value is None for q in found]
    assert any(q.redacted for q in found)


def test_ocr_slips_are_repaired_in_the_value_only() -> None:
    q = one("2027年全县工业总产值突破20O亿元。", "20O")
    assert q.value == 200
    assert "20O亿元" in q.evidence


# --- comparators ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("旅客吞吐量突破150万人次。", "at_least"),
        ("减税降费超过300亿元。", "at_least"),
        ("城镇新增就业1.5万人以上。", "at_least"),
        ("粮食播种面积不低于100万亩。", "at_least"),
        ("帮扶困难群众3000多户。", "at_least"),
        ("社会捐赠80余万元。", "at_least"),
        ("保持68.2%的森林覆盖率。", "at_least"),
        ("城镇登记失业率4.5%以内。", "at_most"),
        ("单位能耗强度5%以下。", "at_most"),
        ("财政赤字率不超过3%。", "at_most"),
        ("城镇调查失业率控制在5.5%。", "at_most"),
        ("建县之初工业总产值不足100万元。", "at_most"),
        ("居民消费价格涨幅3%左右。", "about"),
        ("完成投资约2350亿元。", "about"),
        ("新能源汽车年产量近70万辆。", "about"),
        ("城镇调查失业率控制在5.5%左右。", "about"),
        ("单位产值能耗小于0.5吨标准煤。", "at_most"),
        ("住房保障覆盖率不大于30%。", "at_most"),
        ("森林覆盖率大于60%。", "at_least"),
        ("研发投入强度不小于2.5%。", "at_least"),
        ("每个乡镇至少有2个示范村。", "at_least"),
        ("个人捐款5万元（含）以上。", "at_least"),
        ("单笔贷款200万元(含)以下。", "at_most"),
        ("地区生产总值达到3500亿元。", "exact"),
        ("缔结国际条约187个。", "exact"),  # 条约 is no 约
        ("这批项目的投资约占全年投资总额的三分之二。", "about"),  # 约 before the verb
        ("全县农业总产值约为42亿元。", "about"),
        ("参加培训的约有3000人。", "about"),
        ("资源环境对发展的制约为12%。", "exact"),  # 制约 is no 约
    ],
)
def test_comparator_from_cue_words(text: str, comparator: str) -> None:
    [q] = quantities(text)
    assert q.comparator == comparator


def test_a_shared_cue_holds_for_the_whole_list() -> None:
    found = quantities("食品、药品抽检合格率分别超98.5%和99%。")
    assert [q.comparator for q in found] == ["at_least", "at_least"]


# --- evidence and metric ------------------------------------------------------------------------------


def test_evidence_is_the_metric_the_comparator_and_the_number_with_its_unit() -> None:
    found = quantities("2022年，全市地区生产总值完成1234.5亿元，同比增长6.1%；地方财政收入完成88亿元。")
    assert [q.evidence for q in found] == ["全市地区生产总值完成1234.5亿元", "同比增长6.1%", "地方财政收入完成88亿元"]
    assert [q.metric for q in found] == ["地区生产总值", "地区生产总值同比增长", "地方财政收入"]


def test_a_number_before_its_noun_takes_the_noun() -> None:
    q = one("我们建设了45个党群服务中心。", "45")
    assert q.evidence.endswith("45个党群服务中心")
    assert q.metric == "党群服务中心"


def test_several_quantities_in_one_sentence() -> None:
    found = quantities("全县有1500户贫困户、4200名贫困人口、36个贫困村。")
    assert [(q.value, q.unit) for q in found] == [(1500, "户"), (4200, "名"), (36, "个")]


# --- target or fact ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "力争全年旅游接待人数达到500万人次。",
        "确保新增城镇就业6000人。",
        "到2027年，全市森林覆盖率达到40%。",
        "今年要新建改建农村公路300公里。",
        "主要预期目标是：地区生产总值增长6%左右。",
        "五年内新增5家上市企业。",
        "保持62.1%的森林覆盖率。",
        "城镇登记失业率控制在4%以内。",
    ],
)
def test_targets_from_their_cues(text: str) -> None:
    assert [q.kind for q in quantities(text, "2023-02-01")] == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "去年全县粮食产量达到45万吨。",
        "规模以上工业增加值比上年增长8.2%。",
        "今年以来，我们完成了造林绿化5万亩。",
        "累计建成5G基站3.2万个。",
        "全市已建成口袋公园120座。",
        "目前全县农村自来水普及率100%。",
        "抗日战争时期，全县2.3万人参军参战。",
    ],
)
def test_facts_from_their_cues(text: str) -> None:
    assert [q.kind for q in quantities(text, "2023-02-01")] == ["fact"]


def test_realising_what_the_able_have_is_no_cue_of_what_is() -> None:
    text = "二、今年工作安排\n实现有条件的行政村100%通硬化路。\n"
    assert [q.kind for q in quantities(text, "2023-02-01")] == ["target"]


def test_where_a_five_year_plans_change_starts_is_the_year_before_the_plan() -> None:
    text = ("二、关于第七个五年计划\n第七个五年计划规定，一九九○年工农业总产值达到一万一千亿元。"
            "其中，农业总产值由三千六百亿元增加到四千五百亿元。\n")
    years = {q.value: (q.kind, q.deadline_year) for q in quantities(text, "1987-03-25")}
    assert years[3600] == ("fact", 1985)
    assert years[4500] == ("target", 1990)


def test_what_is_so_now_is_a_fact_in_a_plans_part() -> None:
    text = "二、今年的任务\n小水泥厂由三百二十个减少到现在的一百九十个。要把现在的五个试点县增加到十五个。\n"
    kinds = {q.value: q.kind for q in quantities(text, "1981-12-01")}
    assert (kinds[190], kinds[15]) == ("fact", "target")


REPORT = """各位代表：
一、2022年工作回顾
2022年，全区地区生产总值完成300亿元，同比增长5%。全年新增城镇就业5000人。
二、2023年工作安排
主要预期目标是：地区生产总值增长6%，达到318亿元。全年新增城镇就业5500人以上。
三、加强政府自身建设
年内完成政务服务事项网办率95%。
"""


def test_sections_make_the_same_words_a_fact_or_a_target() -> None:
    found = quantities(REPORT, "2023-02-10")
    review = [(q.value, q.kind, q.deadline_year) for q in found if q.value in (300, 5, 5000)]
    plan = [(q.value, q.kind, q.deadline_year) for q in found if q.value in (6, 318, 5500, 95)]
    assert review == [(300, "fact", 2022), (5, "fact", 2022), (5000, "fact", 2022)]
    assert plan == [(6, "target", 2023), (318, "target", 2023), (5500, "target", 2023), (95, "target", 2023)]


def test_a_plan_compares_with_last_year_and_sets_goals_from_a_baseline() -> None:
    text = (
        "一、2009年工作回顾\n全年粮食产量达到5.3亿吨。\n二、2010年主要任务\n"
        "今年中央财政安排农业支出5625亿元，比上年增加1307亿元。教育投入将由去年的1076亿元增加到1562亿元。"
    )
    found = quantities(text, "2010")
    assert [(q.value, q.kind, q.deadline_year) for q in found] == [
        (5.3, "fact", 2009),
        (5625, "target", 2010),
        (1307, "target", 2010),  # 比上年 compares; it does not look back
        (1076, "fact", 2009),  # the baseline
        (1562, "target", 2010),  # the goal, due this year, not 去年
    ]


def test_an_undated_report_takes_its_year_from_its_headings() -> None:
    found = quantities(REPORT, None)
    assert {q.deadline_year for q in found if q.kind == "fact"} == {2022}
    assert {q.deadline_year for q in found if q.kind == "target"} == {2023}


def test_a_first_section_without_keywords_is_the_review_when_a_plan_follows() -> None:
    text = "一、砥砺奋进，全县发展取得新成绩\n全县粮食产量达到45万吨。\n二、“十五五”开好局\n全年粮食产量稳定在46万吨以上。\n"
    found = quantities(text, "2026-01-20")
    assert [(q.kind, q.deadline_year) for q in found] == [("fact", 2025), ("target", 2026)]


def test_a_section_that_reviews_and_plans() -> None:
    text = (
        "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
        "过去五年，全省地区生产总值年均增长5.5%。\n"
        "“十五五”时期是关键时期。全社会研发投入强度达到3%。\n"
    )
    found = quantities(text, "2026-01-20")
    # the five years end last year: a period's facts are dated by its end, as the city gold has them
    assert [(q.value, q.kind, q.deadline_year) for q in found] == [(5.5, "fact", 2025), (3, "target", 2030)]


def test_a_baseline_is_a_fact_and_the_goal_a_target() -> None:
    text = "二、2016年重点工作\n到2020年，全员劳动生产率从人均8.7万元提高到12万元以上。"
    found = quantities(text, "2016")
    assert [(q.value, q.kind, q.deadline_year) for q in found] == [(8.7, "fact", 2015), (12, "target", 2020)]


# --- deadline year --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "words"),
    [
        ("今年要新建学校12所。", 2023, "今年"),
        ("明年完成改造老旧小区300个。", 2024, "明年"),
        # the words as ANNOTATION.md writes them: both quote marks or neither
        ("“十四五”末森林覆盖率达到65%。", 2025, "“十四五”末"),
        ("“十五五”时期，经济年均增长保持在5%以上。", 2030, "“十五五”时期"),
        ("到2027年，全市森林覆盖率达到40%。", 2027, None),
        ("2026年工业总产值突破1000亿元。", 2026, None),
    ],
)
def test_deadline_of_a_target(text: str, year: int, words: str | None) -> None:
    [q] = quantities(text, "2023-02-01")
    assert q.kind == "target"
    assert (q.deadline_year, q.deadline_text) == (year, words)


def test_this_year_so_far_is_a_fact_of_this_year() -> None:
    [q] = quantities("今年以来，全县完成固定资产投资50亿元。", "2023-07-10")
    assert (q.kind, q.deadline_year, q.deadline_text) == ("fact", 2023, "今年以来")


def test_relative_deadline_without_a_date_keeps_its_words() -> None:
    [q] = quantities("今年要新建学校12所。", None)
    assert (q.deadline_year, q.deadline_text) == (None, "今年")


def test_year_of_a_fact() -> None:
    assert one("去年第二产业对经济增长贡献率达48%。", "48", "2025-02-05").deadline_year == 2024
    assert one("建县之初的一穷二白、工业总产值不足100万元。", "100").deadline_year is None
    assert one("从1944年建县之初的一穷二白、工业总产值不足100万元。", "100").deadline_year == 1944
    # a deadline to come does not date a fact
    assert one("到2020年，劳动生产率从人均8.7万元提高到12万元。", "8.7", "2016").deadline_year != 2020


def test_an_estimate_of_a_year_gone_is_a_fact_of_that_year() -> None:
    text = "全县工业产值2025年预计比2020年增长40%，主要产品产量都有增长，水泥增长12%，玻璃增长9%。"
    found = {q.value: q for q in quantities(text, "2026-01-20")}
    assert {(q.kind, q.deadline_year) for q in found.values()} == {("fact", 2025)}
    assert found[40].metric == "工业产值增长"  # the years and the estimate say when, not what grows
    q = one("全县粮食连年丰收，2025年农业产值预计比2020年增长30%。", "30", "2026-01-20")
    assert (q.kind, q.deadline_year, q.metric) == ("fact", 2025, "农业产值增长")
    # an estimate of the year to come, or of a base compared with, still plans
    assert one("全县工业产值预计2026年增长8%。", "8", "2026-01-20").kind == "target"
    assert one("2026年全县税收比2025年预计数增长7%。", "7", "2026-01-20").kind == "target"


def test_a_paragraph_on_a_year_gone_after_a_preamble_reports_that_year() -> None:
    text = ("二、今后的任务\n这里要指出的是，在刚刚过去的2025年，全县经济保持了良好势头。工业总产值增长9.6%，"
            "粮食总产量增加1.2万吨。\n")
    found = {q.value: q for q in quantities(text, "2026-01-20")}
    assert {(found[v].kind, found[v].deadline_year) for v in (9.6, 1.2)} == {("fact", 2025)}
    # a deadline with its modal is no part of the metric
    q = one("二、今后的任务\n全县人口到2030年要控制在80万以内。\n", "80万", "2026-01-20")
    assert (q.metric, q.deadline_year) == ("人口", 2030)


def test_the_year_a_change_starts_from_dates_its_base_not_the_figure_it_reached() -> None:
    text = "一、过去五年工作回顾\n全县新农合报销比例由2020年的50.3%提高到63.4%。\n"
    found = {q.value: q for q in quantities(text, "2026-01-20")}
    assert (found[50.3].deadline_year, found[63.4].deadline_year) == (2020, 2025)


def test_a_plans_five_year_average_and_a_sentence_looking_back_a_year_or_more() -> None:
    text = "二、2026年工作安排\n要实行优生优育，五年平均人口自然增长率控制在千分之八左右。\n"
    assert one(text, "千分之八", "2026-01-20").deadline_year == 2030
    text = "二、2026年工作安排\n今年要新建学校10所。一年多以来，我县同省农科院签订协议，共建示范基地12个。\n"
    q = one(text, "12个", "2026-01-20")
    assert (q.kind, q.deadline_year) == ("fact", 2025)


def test_a_run_of_years_with_its_span_dates_the_clauses_after_it() -> None:
    text = "二、今后的任务\n从2026年到2030年五年间，全县农业总产值每年要增长5%，工业总产值每年要增长8%以上。\n"
    found = {q.value: q for q in quantities(text, "2026-01-20")}
    assert found[5].deadline_year == found[8].deadline_year == 2030


def test_targets_of_a_sentence_share_the_year_a_time_word_gave_the_first() -> None:
    text = "同志们：今年要新建学校10所，改造道路20公里。明年再新建学校5所。"
    found = {q.value: q for q in quantities(text, "2026-03-01")}
    assert found[10].deadline_year == found[20].deadline_year == 2026
    assert found[5].deadline_year == 2027
    # a target with no time word before it in its sentence keeps none, as a speech's undated demands do
    assert one("同志们：要新建学校10所，改造道路20公里。", "20", "2026-03-01").deadline_year is None


def test_a_count_a_speech_says_to_see_to_is_a_target() -> None:
    # 抓好 N 个… with nothing else to tell its kind is asked for, as 新建 and 新增 are; 抓好了 tells what was done
    assert one("同志们，开工建设一批项目，抓好50个重点工程，确保项目早见效。", "50", "2024-01-05").kind == "target"
    assert one("同志们，去年我们抓好了50个重点工程。", "50", "2024-01-05").kind == "fact"


def test_what_a_plan_builds_on_is_there_already() -> None:
    text = "二、2026年工作安排\n依托5个省级现代农业园区，打造农产品加工集聚区，新建冷链仓储3万吨。\n"
    assert one(text, "5个", "2026-01-20").kind == "fact"
    assert one(text, "3万吨", "2026-01-20").kind == "target"


def test_what_a_plans_work_turns_on_is_there_already() -> None:
    plan = "二、2026年工作安排\n"
    text = plan + "聚焦12个产业集群，细分培育20条以上产业链。围绕36项国家和省级改革试点，充分整合试点任务。\n"
    assert one(text, "12个", "2026-01-20").kind == "fact"
    assert one(text, "36项", "2026-01-20").kind == "fact"
    assert one(text, "20条", "2026-01-20").kind == "target"
    # a goal the work turns on is still asked for
    assert one(plan + "围绕300亿元的投资目标，推进项目建设。\n", "300", "2026-01-20").kind == "target"
    assert one(plan + "各园区分别聚焦2个主导产业，错位发展。\n", "2个", "2026-01-20").kind == "target"


def test_what_a_place_has_now_said_in_a_plan_is_a_fact() -> None:
    plan = "二、2026年工作安排\n"
    text = plan + "全县有3.2万名在校学生，要把教育摆在优先位置。全市有1200多户个体工商户，要优化服务。\n"
    assert one(text, "3.2万", "2026-01-20").kind == "fact"
    assert one(text, "1200", "2026-01-20").kind == "fact"
    # what is to be had stays asked for
    assert one(plan + "力争全市有3个县进入全省前十。\n", "3个", "2026-01-20").kind == "target"


def test_a_count_changed_from_one_to_another_counts_the_same_things() -> None:
    plan = "二、2026年工作安排\n"
    for sentence in ("推动养老服务试点从12个乡镇扩大到30个乡镇。", "推动养老服务试点从12个乡镇（街道）扩大到30个乡镇（街道）。"):
        base, reached = one(plan + sentence, "12", "2026-01-20"), one(plan + sentence, "30", "2026-01-20")
        assert (base.kind, reached.kind) == ("fact", "target"), sentence
        assert base.metric == reached.metric == "养老服务试点乡镇", sentence


def test_places_reached_are_what_a_count_of_them_counts() -> None:
    assert one("全县茶叶远销20多个国家和地区。", "20", "2026-01-20").metric == "茶叶远销国家和地区"
    assert one("冷链专线拓展至15个城市。", "15", "2026-01-20").metric == "冷链专线城市"
    # a count whose noun says more than the place keeps its own words
    assert "国家" not in one("全县茶叶远销20多个品种。", "20", "2026-01-20").metric


def test_things_named_once_after_the_last_of_places_doing_the_same_act_are_counted_by_each() -> None:
    found = quantities("二、今年工作\n县城重点打造3个左右、各乡镇至少打造1个农村电商服务站。\n", "2026")
    assert [q.metric for q in found] == ["县城重点打造农村电商服务站", "各乡镇打造农村电商服务站"]


def test_an_entry_number_before_a_count_at_a_lines_start_is_no_decimal_point() -> None:
    text = "名词解释\n12.36项单项冠军\n全市市场占有率居全国首位的36项产品。\n"
    q = one(text, "36项单项冠军", "2025-01-14")
    assert (q.value, q.evidence) == (36, "36项单项冠军")
    # within a line, or before a measure, a decimal stays one
    assert one("全年新增装机12.5万千瓦。", "12.5", "2025-01-14").value == 12.5
    assert one("名词解释\n12.5万人次参加培训\n", "12.5", "2025-01-14").value == 12.5


def test_a_definition_counting_the_names_it_lists_is_no_target() -> None:
    text = "二、2026年工作安排\n新建学校12所。\n名词解释\n1.沿江经济带：是指江口、河西、石门4个乡镇组成的区域。\n"
    q = one(text, "4个", "2026-01-20")
    assert (q.kind, q.deadline_year) == ("fact", None)
    # a programme a glossary defines by its goals keeps them
    text = "二、2026年工作安排\n新建学校12所。\n名词解释\n1.“三个一批”：是指到2027年，引进龙头企业15家以上。\n"
    assert one(text, "15家", "2026-01-20").kind == "target"


def test_a_breakdown_after_a_dated_target_is_of_its_year() -> None:
    text = ("同志们：到2030年，全县工业总产值计划达到500亿元。在工业总产值中，装备制造产值计划年均增长9%，"
            "食品加工产值计划年均增长6%。\n")
    found = {q.value: q for q in quantities(text, "2026-03-01")}
    assert found[500].deadline_year == found[9].deadline_year == found[6].deadline_year == 2030
    # a breakdown's later ；-clause, with its own 将, goes on with the year too
    text = ("同志们：到2030年，全县外贸总额将达到300亿元。其中，出口额将达到180亿元，年均增长7%；"
            "进口额将达到120亿元，年均增长5%。\n")
    found = {q.value: q for q in quantities(text, "2026-03-01")}
    assert [found[v].deadline_year for v in (180, 7, 120, 5)] == [2030] * 4


def test_a_year_gone_that_opens_a_sentence_dates_its_clauses_after_semicolons() -> None:
    text = ("二、今后的任务\n十年来，全县面貌有了很大的变化。2025年同2015年相比，全县生产总值由80亿元增加到200亿元；"
            "财政收入由6亿元增加到15亿元，增长150%。\n")
    found = {q.value: q for q in quantities(text, "2026-01-20")}
    assert {(found[v].kind, found[v].deadline_year) for v in (200, 15, 150)} == {("fact", 2025)}
    assert {(found[v].kind, found[v].deadline_year) for v in (80, 6)} == {("fact", 2015)}  # the year compared with
    # not past a demand
    text = "二、今后的任务\n2025年，全县生产总值达到200亿元；今后要力争财政收入增加到20亿元。\n"
    assert one(text, "20亿元", "2026-01-20").kind == "target"


# --- not quantities -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我县1944年建县，1982年3月撤区并乡。",  # dates and years
        "2020—2025年，持续推进。1-11月，经济平稳运行。",
        "老党员今年86岁，69年如一日坚守岗位。",  # ages and durations
        "五年内完成改造，连续9年保持稳定，实施三年行动计划。",
        "一要抓好产业。二要抓好项目。1.加快发展。（2）持续推进。第3页。- 3 -",  # list markers, page numbers
        "全力打造“六个高地”，实现“两个确立”，推进五大产业，做好十个方面的工作。",  # formulations
        "618电台已挂牌，PM2.5浓度下降，创建5A级景区，引进“三类500强”项目。",  # names
        "深入学习党的十九大精神，落实二十五条措施，出台稳就业“20条”，发展第三代半导体。",
        "建设5G基站，开通地铁10号线，C919大飞机首飞。",
        "两次获评全国文明城市，全省经济总量居全国第3位，排名第一。",  # frequencies, rankings, ordinals
        "这里就不一一列举了，一度出现过热，扶持三元、伊利等企业。",
        "每万人口拥有执业医师，万众创新，千家万户。",
        "账号" + "9" * 40 + "元。",  # a code, not an amount
        "深入实施0.1微克攻坚行动。",
    ],
)
def test_not_quantities(text: str) -> None:
    none_in(text)


def test_a_voltage_class_names_a_project() -> None:
    assert [q.value for q in quantities("建成20个500千伏输变电工程。")] == [20]


def test_a_bound_that_qualifies_a_noun_is_not_the_quantity() -> None:
    found = quantities("实施5000万元以上项目120个，公交与轨道50米内换乘比例达91%。")
    assert [q.value for q in found] == [120, 91]


def test_a_time_or_an_age_counts_where_the_clause_measures_one() -> None:
    assert one("企业开办时间压缩至1个工作日。", "1").unit == "个工作日"
    assert one("人均预期寿命达到79.5岁。", "79.5").unit == "岁"
    assert one("劳动年龄人口平均受教育年限达到11.2年。", "11.2").unit == "年"
    none_in("5岁以下儿童得到照顾，3天后召开会议。")


# --- scripts ------------------------------------------------------------------------------------------------


def test_traditional_text_keeps_its_own_script_and_offsets() -> None:
    text = "去年全縣糧食產量達到45萬噸，比上年增長3.2％，新增城鎮就業1.2萬人以上。"
    found = quantities(text, "2023")
    assert [q.evidence for q in found] == ["全縣糧食產量達到45萬噸", "比上年增長3.2％", "新增城鎮就業1.2萬人以上"]
    assert [q.unit for q in found] == ["萬噸", "%", "萬人"]
    assert found[0].metric == "糧食產量"
    assert found[2].comparator == "at_least"


def test_traditional_names_are_no_quantities() -> None:
    none_in("加快引進一批“三類500強”項目，創建國家5A級旅遊景區，落實中央八項規定。")


def test_empty_text() -> None:
    assert extract_quantities("", "2023") == []
    assert extract_quantities("各位代表：\n现在我代表县人民政府作工作报告。", None) == []


# --- the shared corpora -------------------------------------------------------------------------------------


def test_dev_gold_scores() -> None:
    """The issue's thresholds on the dev gold, scored by the project's scorer, through the whole pipeline."""
    pytest.importorskip("opencc")
    from luoshi.pipeline import read_document

    gold_path = shared_path("gold", "dev.jsonl")
    sys.path.insert(0, str(shared_path("eval")))
    try:
        import score
    finally:
        sys.path.pop(0)
    gold = score.read_jsonl(str(gold_path))
    predictions = []
    for g in gold:
        document = read_document(gold_path.parent / g["file"])
        predictions.append(document.to_dict())
    result = score.score(gold, predictions, str(gold_path.parent))
    assert result["grounding_errors"] == []
    assert result["quantities"]["target"]["f1"] >= 0.95
    assert result["quantities"]["fact"]["f1"] >= 0.93
    fields = result["quantity_fields"]
    assert fields["value"] >= 0.97 and fields["unit"] >= 0.97
    assert fields["comparator"] >= 0.95 and fields["deadline_year"] >= 0.93


def _wild_texts() -> list[tuple[str, str, str | None]]:
    from luoshi.pipeline import document_from_text

    wild = shared_path("corpus", "wild")
    csv.field_size_limit(1 << 30)
    raw = []
    for path in sorted((wild / "provincial-2026").glob("*.csv"))[:8]:
        with path.open(encoding="utf-8-sig", newline="") as f:
            raw += [row["full_text"] for row in csv.DictReader(f)]
    with (wild / "national" / "government-work-reports-1954-2024.jsonl").open(encoding="utf-8") as f:
        raw += [json.loads(line)["content"] for line in f][:40]
    out = []
    for text in raw:
        document = document_from_text(text)
        out.append((document.source, document.text, document.date))
    return out


def test_wild_reports() -> None:
    """Real reports: every quantity grounded and sane, and both kinds found in a report with a plan."""
    for _, text, date in _wild_texts():
        found = quantities(text, date)
        for q in found:
            assert q.value is not None or q.redacted, q
            assert q.comparator in ("at_least", "at_most", "about", "range", "exact")
            assert (q.comparator == "range") == (q.value_max is not None), q
            assert len(q.evidence) < 60, q
            assert not (q.unit in ("年", "岁") and q.value and 1900 <= q.value <= 2100), q
        if len(text) > 10000 and "工作回顾" in text:
            kinds = {q.kind for q in found}
            assert kinds == {"target", "fact"}, text[:80]


def test_a_chinese_amount_with_sections_after_yi_is_read_in_yi() -> None:
    from luoshi.extract.quantities import extract_quantities

    found = extract_quantities("全国实际使用的国外资金达二十六亿六千万美元。", "1985")
    assert [(q.value, q.unit) for q in found] == [(26.6, "亿美元")]


def test_vague_counts_are_not_quantities() -> None:
    from luoshi.extract.quantities import extract_quantities

    assert extract_quantities("许多地方创造了几十万亩、数十万亩耕地连片的无病虫害区。", "1960") == []


def test_an_amount_past_what_a_float_holds_is_no_quantity() -> None:
    # Found by tests/test_properties.py: 一亿亿…亿 raised OverflowError inside parse_chinese.
    assert quantities("今年要新增就业一" + "亿" * 40 + "多亿元。") == []
    assert quantities("今年要新增就业" + "9" * 400 + "亿元。") == []


def test_long_runs_without_stops_take_linear_time() -> None:
    # Found by stress-testing: a run of Chinese digits was rescanned from each of its digits (50,000 一: 79 s),
    # and each number searched its whole stop-less sentence again (3亿元 × 15,000: 15 s). Now well under a second.
    import time

    started = time.perf_counter()
    assert quantities("一" * 50_000) == []
    assert len(quantities("新增XX家，" * 8_000)) == 8_000
    assert len(quantities("今年要新增就业3200人，" * 4_000)) == 4_000
    assert time.perf_counter() - started < 10


# --- the rules that drop a number, and explaining them ------------------------------------------------

from luoshi.extract import Decision, explain_quantities  # noqa: E402
from luoshi.extract.quantity_rules import QUANTITY_RULES  # noqa: E402


def test_rule_names_are_unique_and_none_is_kept_or_a_later_decision() -> None:
    names = [rule.name for rule in QUANTITY_RULES]
    assert len(set(names)) == len(names)
    assert not {"kept", "overlap", "qualifier"} & set(names)


@pytest.mark.parametrize("rule", QUANTITY_RULES, ids=lambda rule: rule.name)
def test_each_rule_drops_a_number_of_its_example(rule) -> None:
    decisions = explain_quantities(rule.example)
    assert rule.name in [d.rule for d in decisions], (rule.example, decisions)


def test_explain_names_the_rule_that_dropped_each_number() -> None:
    text = "PM2.5浓度下降到35微克/立方米，人均预期寿命从2020年的82.4岁提高到83岁。"
    decisions = explain_quantities(text)
    assert [(d.text, d.rule) for d in decisions] == [
        ("2.5", "code_or_ordinal"),
        ("35微克/立方米", "kept"),
        ("2020年", "calendar_year"),
        ("82.4岁", "kept"),
        ("83岁", "kept"),
    ]
    assert all(text[d.start : d.end] == d.text for d in decisions)


def test_explain_keeps_what_extract_keeps_and_names_the_later_decisions() -> None:
    text = "新开工5000万元以上项目120个，引进1.27亿人口，创建5A级景区。"
    decisions = explain_quantities(text)
    assert Decision(3, 11, "5000万元以上", "threshold_class") in decisions
    kept = [d for d in decisions if d.rule == "kept"]
    found = extract_quantities(text, "2023")
    assert [d.text for d in kept] == ["120个", "1.27亿"]
    assert [(d.start, d.end) for d in kept] == [(q.start + q.evidence.index(d.text), q.start + q.evidence.index(d.text)
                                                 + len(d.text)) for d, q in zip(kept, found, strict=True)]
    assert [d.rule for d in explain_quantities("建设50米内换乘比例达91%")] == ["qualifier", "kept"]
    assert explain_quantities("") == []


def test_explain_reads_traditional_and_full_width_text_in_its_own_script() -> None:
    decisions = explain_quantities("全年新增城鎮就業３２００人，開展四方合作。")
    assert [(d.text, d.rule) for d in decisions if d.rule == "kept"] == [("３２００人", "kept")]


# --- lists after 分别 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # modifiers sharing the last subject's head
        ("今年城镇和农村居民人均可支配收入分别增长5.5%、7.5%。", ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]),
        ("省、市重点项目年度投资分别完成300亿元、150亿元。", ["省重点项目年度投资", "市重点项目年度投资"]),
        # subjects of their own, across 、
        ("全年单位生产总值用水量、能耗、二氧化碳排放量分别下降3%、2%、4%。",
         ["单位生产总值用水量下降", "能耗下降", "二氧化碳排放量下降"]),
        ("会议和发文数量分别减少15%和20%。", ["会议数量减少", "发文数量减少"]),  # a measure shared
        # 和 inside a subject of a list cut at 、; the clause after the list is not in it
        ("电子和通信设备、仪器和仪表营业收入分别增长12%和9%，全县工业增加值增长6%。",
         ["电子和通信设备营业收入增长", "仪器和仪表营业收入增长", "工业增加值增长"]),
        # a pair of measures shares what stands before the first
        ("全县一般公共预算收入和支出分别达到15亿元、32亿元。", ["一般公共预算收入", "一般公共预算支出"]),
        # no list of subjects: the metrics only lose 分别
        ("比上年分别增加236家和85家。", ["比上年增加", "比上年增加"]),
    ],
)
def test_each_number_after_respectively_measures_its_own_subject(text: str, metrics: list[str]) -> None:
    assert [q.metric for q in quantities(text, "2024-01-10")] == metrics


def test_a_quoted_name_in_the_metric_keeps_both_quote_marks() -> None:
    [q] = quantities("巩固文化阵地，新建300家“3+X”模式村级文化站。", "2024-01-10")
    assert q.metric == "“3+X”模式村级文化站"
    [q] = quantities("全年建成12个“共享”菜园。", "2024-01-10")
    assert q.metric == "“共享”菜园"


# --- sections of a report whose part titles are bare lines ----------------------------------------------


_BARE_PARTS = (
    "各位代表：\n现在，我代表县人民政府作报告。\n2023年工作回顾\n过去一年，全县上下团结奋斗。\n"
    "一、经济稳中有进\n全县生产总值达到210亿元，增长6.1%。\n"
    "二、民生持续改善\n新建幼儿园8所。\n"
    "2024年工作任务\n一、做强实体经济\n新增规上工业企业30家。\n二、办好民生实事\n新建城乡公交站台120个。\n"
)


def test_numbered_sections_under_a_bare_review_title_are_review() -> None:
    by_value = {q.value: q for q in quantities(_BARE_PARTS, "2024-01-12")}
    assert (by_value[210].kind, by_value[210].deadline_year) == ("fact", 2023)
    assert (by_value[8].kind, by_value[8].deadline_year) == ("fact", 2023)


def test_a_bare_work_tasks_title_opens_the_plan() -> None:
    by_value = {q.value: q for q in quantities(_BARE_PARTS, "2024-01-12")}
    assert (by_value[30].kind, by_value[30].deadline_year) == ("target", 2024)
    assert (by_value[120].kind, by_value[120].deadline_year) == ("target", 2024)


def test_parts_titled_in_bold_even_when_the_bold_breaks_a_word() -> None:
    text = ("各位代表：\n**一、2023年工作回**顾\n全市生产总值达到320亿元，增长6%。\n"
            "**二、“十四五”后两年的发展目标和重点任务**\n发展方面：全市森林覆盖率年均提高1.5个百分点。\n"
            "**三、2024年工作安排**\n新建城市绿道60公里。\n")
    by_value = {q.value: q for q in quantities(text, "2024-01-20")}
    assert (by_value[320].kind, by_value[320].deadline_year) == ("fact", 2023)
    assert (by_value[1.5].kind, by_value[1.5].deadline_year) == ("target", 2025)
    assert (by_value[60].kind, by_value[60].deadline_year) == ("target", 2024)


def test_a_parenthesis_inside_the_clause_belongs_to_the_metric() -> None:
    [q] = quantities("全年新建乡镇综合文化站（服务中心）6个。", "2024-01-10")
    assert (q.metric, q.evidence) == ("新建乡镇综合文化站（服务中心）", "新建乡镇综合文化站（服务中心）6个")
    [q] = quantities("（三）新建乡镇卫生院5所。", "2024-01-10")
    assert q.metric == "新建乡镇卫生院"  # a heading's marker is no part of it


def test_a_quoted_name_is_not_cut_at_either_end_of_the_evidence() -> None:
    [q] = quantities("“四上”企业总数达到120家。", "2024-01-10")
    assert q.evidence == "“四上”企业总数达到120家"
    # a long lead is cut: not inside the quoted name, and after a 的 just past the cut
    [q] = quantities("“绿源牌”有机肥料系列产品全省市场占有率达到30%。", "2024-01-10")
    assert q.evidence.startswith("“绿源牌”") and q.metric.startswith("“绿源牌”")
    [q] = quantities("农业科技创新成果不断涌现，本地科研团队选育的新品种玉米良种推广面积达到30万亩。", "2024-01-10")
    assert q.metric == "新品种玉米良种推广面积"


def test_the_field_a_rank_is_taken_in_is_no_quantity() -> None:
    assert quantities("营商环境在全省86个县中排第7位。", "2024-01-10") == []
    assert [q.value for q in quantities("全县共有学校86所，其中第一批改造完成40所。", "2024-01-10")] == [86, 40]


def test_a_rule_the_walk_skips_for_a_number_would_not_drop_it() -> None:
    # The walk asks a rule only about numbers with the traits and units it declares (Rule.needs, Rule.units):
    # asked about every number found in the wild corpus, no rule drops one it would have skipped.
    from luoshi.extract import quantities as q
    from luoshi.extract.quantity_rules import Reading
    from tests.conftest import wild_documents

    texts = [rule.example for rule in QUANTITY_RULES] + [text for _, text in wild_documents()[::3]]
    skipped_but_true: list[str] = []
    asked = 0
    for text in texts:
        s = q._simplified(text)
        for m, _ in q._judged(s):
            r = Reading(s, m)
            traits = r.chinese, bool(r.num2), r.placeholder
            for step, table in q._WALK:
                if step is not None:
                    step(r)
                asked_here = q._tests_for(table, traits, r.base if step is not None else None)
                dropped = next((rule for rule in table if rule.test(r)), None)
                asked += len(table)
                if dropped is not None:
                    if (dropped.test, dropped.name) not in asked_here:
                        skipped_but_true.append(f"{dropped.name}: {s[max(0, r.start - 10) : r.end + 10]}")
                    break
    assert asked > 100_000
    assert skipped_but_true == []
    # and the declarations skip something: an Arabic amount in % is never asked about calendar years
    assert all(name != "calendar_year" for _, name in q._tests_for(q.BY_UNIT, (False, False, False), "%"))


def test_a_pattern_opened_by_its_first_characters_matches_as_it_would_without_them() -> None:
    # _TIME, the cue patterns and _REVIEW_YEAR open with a look-ahead for the characters their words open
    # with, for speed: without it they find the same spans in the wild corpus.
    import re

    from luoshi.extract import deadlines
    from luoshi.extract import quantities as q
    from tests.conftest import wild_documents

    opened = [deadlines._TIME, q._TARGET_CUE, q._FACT_CUE, q._REVIEW_YEAR]
    texts = [q._simplified(text) for _, text in wild_documents()[::3]]
    for pattern in opened:
        look_ahead = re.match(r"\(\?=\[[^\]]*\]\)", pattern.pattern)
        assert look_ahead is not None, pattern.pattern[:40]
        bare = re.compile(pattern.pattern[look_ahead.end() :], pattern.flags)
        found = 0
        for s in texts:
            spans = [m.span() for m in pattern.finditer(s)]
            assert spans == [m.span() for m in bare.finditer(s)], pattern.pattern[:40]
            found += len(spans)
        assert found > 100


def test_a_comparator_cue_ends_in_one_of_the_characters_that_let_it_be_searched() -> None:
    # _comparator searches the words before a number only when they end in one of _PRE_CUE_ENDS: before
    # every number of the wild corpus, no cue pattern matches words that end otherwise.
    from luoshi.extract import quantities as q
    from tests.conftest import wild_documents

    cues = [q._PRE_ABOUT, q._PRE_AT_MOST, q._PRE_AT_LEAST, q._PRE_KEEP]
    found = 0
    for _, text in wild_documents()[::3]:
        s = q._simplified(text)
        for m, _ in q._judged(s):
            lead = s[max(0, m.start() - 6) : m.start()]
            if any(cue.search(lead) for cue in cues):
                found += 1
                assert lead[-1:] in q._PRE_CUE_ENDS, lead
    assert found > 100
    assert q._comparator("不少于3家", 3, False, "", "") == ("at_least", True)
    assert q._comparator("约3家", 1, False, "", "") == ("about", True)
    assert q._comparator("新增3家", 2, False, "", "") == ("exact", False)


def test_bounds_of_classes_counted_after_them_are_no_quantities() -> None:
    text = "全县亩产茶叶五十斤、七十斤或者九十斤以上的，共有十二个乡镇。工业产值增长20%以上的，有8个园区。"
    values = {q.value for q in extract_quantities(text, "2024-01-20")}
    assert not values & {50, 70, 90, 20}
    assert {12, 8} <= values


def test_a_field_a_rank_is_placed_in_is_no_count() -> None:
    text = "今年，全县空气质量稳居全省86个县前列，综合实力位居全市12个县（区）之首，2个乡镇进入全省百强镇前列。"
    values = {q.value for q in extract_quantities(text, "2024-01-20")}
    assert not values & {86, 12}
    assert 2 in values  # counted: the towns that entered


def test_the_field_one_member_is_of_is_no_count() -> None:
    text = "本市成为全国首批8个数据要素试点城市之一，36个学科进入全球前千分之一，新建3个产业园，其中之一已投产。"
    values = {q.value for q in extract_quantities(text, "2024-01-20")}
    assert 8 not in values
    assert {36, 3} <= values  # the subjects counted; a park counted, one of them named after a comma


def test_a_field_a_rank_is_taken_in_far_from_its_rank_is_no_quantity() -> None:
    assert quantities("在2025年度全省108家省级以上开发区综合发展水平考核评价中居第9位。", "2026-01-10") == []


def test_two_figures_of_one_unit_joined_by_dao_are_one_range_unless_a_change() -> None:
    found = quantities("今年全县可以开荒三千亩到四千亩，基本建设投资多了五亿元到六亿元。", "1956-06-10")
    assert [(q.value, q.value_max, q.comparator) for q in found] == [(3000, 4000, "range"), (5, 6, "range")]
    changed = quantities("全县城镇居民收入从3万元到5万元。", "2026-01-10")
    assert [q.value_max for q in changed] == [None, None]


def test_a_bound_each_item_of_a_class_keeps_is_no_quantity() -> None:
    assert quantities("2025年，单笔30万元以下拖欠企业账款全部清零。", "2026-01-10") == []
    assert [q.value for q in quantities("2025年，建成5000平方米以上标准厂房3栋。", "2026-01-10")] == [3]


def test_at_least_with_the_act_between_is_a_floor() -> None:
    found = quantities("今年每个乡镇至少创建1个示范村，资费年内至少降低20%。", "2026-01-10")
    assert [q.comparator for q in found] == ["at_least", "at_least"]


def test_a_name_made_of_figures_counted_before_it_is_no_quantity() -> None:
    assert quantities("要以解决三个1亿人问题为着力点，推进新型城镇化。", "2015") == []
    assert quantities("努力实现两个80%的目标。", "2015") == []
    assert [q.value for q in quantities("全县成为第五个1000亿元县。", "2015")] == [1000.0]  # an ordinal


def test_a_class_drawn_by_two_lines_is_no_quantity() -> None:
    assert quantities("对年网络销售额5万元以上且快递单量达2000单以上的经营主体给予奖励。", "2026-01-10") == []


def test_the_levels_of_government_open_a_count_of_their_people() -> None:
    found = quantities("今年，区县两级800多名干部共走访企业2000家。", "2026-01-10")
    assert (found[0].value, found[0].metric) == (800, "区县两级干部")


def test_a_share_of_villages_is_no_class_drawn_by_a_rate() -> None:
    found = quantities("全乡已有85%以上的村通了客车，增长30%以上的企业将获奖励。", "2026-01-10")
    assert [(q.value, q.comparator) for q in found] == [(85, "at_least")]
    # the clause measures the villages with a figure of its own: the share has no measure of its own
    assert [q.value for q in quantities("粮食稳定在60亿斤左右，85%以上的村集体年收入超过8万元。", "2026-01-10")] == [60, 8]


def test_a_count_of_a_year_dates_the_figures_after_it() -> None:
    (found,) = quantities("据2019年底的统计，全区已有70%的社区建成了养老服务站。", "2021-01-10")
    assert (found.kind, found.deadline_year) == ("fact", 2019)


def test_things_merged_into_fewer_keep_their_name() -> None:
    found = quantities("全县中小学由85所优化整合为60所，市属国有企业重组整合至8家。", "2026-01-10")
    assert [(q.value, q.metric) for q in found] == [(85, "中小学"), (60, "中小学"), (8, "市属国有企业")]


def test_a_class_bound_with_its_figure_repeated_in_an_aside_is_no_quantity() -> None:
    # 年人均收入8000元（含8000元）以下: the aside says the line itself is in the class
    assert quantities("对年人均纯收入8000元（含8000元）以下的农户实行兜底帮扶。", "2026-01-10") == []
    (found,) = quantities("今年新开工项目30个（含续建）以上。", "2026-01-10")
    assert (found.value, found.comparator) == (30, "at_least")


def test_how_the_work_on_the_things_counted_goes_is_no_part_of_their_name() -> None:
    found = quantities("全年7个省级重点项目建设进展顺利，风电等3个项目的前期工作取得实质性进展。", "2026-01-10")
    # (the stage the bare projects are at stays: 前期工作, the work that went well, not how well)
    assert [(q.value, q.metric) for q in found] == [(7, "省级重点项目"), (3, "项目前期工作")]


def test_levels_listed_before_a_noun_share_it_and_its_count() -> None:
    (found,) = quantities("全市国家示范级、省级绿色工厂达到35家。", "2026-01-10")
    assert (found.value, found.metric) == (35, "国家示范级、省级绿色工厂")


def test_a_change_in_a_year_after_one_over_a_span_drops_the_span_from_its_measure() -> None:
    found = quantities("全县粮食产量前两年共增加了5万吨，而2025年就增加了4万吨。", "2026-01-10")
    assert [(q.value, q.metric, q.deadline_year) for q in found] == [
        (5, "粮食产量前两年共增加", None), (4, "粮食产量增加", 2025)]


def test_a_count_after_a_verb_couplet_or_yi_names_its_own_noun() -> None:
    found = quantities("今年要培育壮大8个百亿级产业集群，办好以12件民生实事为引领的各项民生工程。", "2026-01-10")
    assert [(q.value, q.metric) for q in found] == [(8, "百亿级产业集群"), (12, "民生实事")]


def test_modifiers_listed_before_the_counted_noun_stay_with_it() -> None:
    (found,) = quantities("今年要培育3个基础较好、带动力强的特色产业集群。", "2026-01-10")
    assert found.metric == "基础较好、带动力强的特色产业集群"


def test_how_late_or_soon_a_level_was_reached_is_no_part_of_its_measure() -> None:
    found = quantities("到1990年，全县粮食产量才增加到5万吨；到2000年，棉花产量就达到2万吨，各类人才达到3000人。", "2026-01-10")
    assert [q.metric for q in found] == ["粮食产量", "棉花产量", "各类人才"]


def test_a_count_after_where_things_are_counts_its_own_noun() -> None:
    (found,) = quantities("全年完成自然保护区内36个矿点生态修复。", "2026-01-10")
    assert found.metric == "矿点生态修复"


def test_a_change_since_the_start_of_the_year_is_of_the_measure_before() -> None:
    found = quantities("全县各项贷款余额320亿元，比年初增长12%。", "2026-01-10")
    assert [q.metric for q in found][1] == "各项贷款余额比年初增长"


def test_the_line_each_of_a_batch_is_over_is_no_quantity() -> None:
    assert quantities("今年布局一批20万千瓦以上集中式光伏基地。", "2026-01-10") == []


def test_a_count_after_a_verb_ending_xin_or_a_level_leapt_to_names_the_measure() -> None:
    found = quantities("今年改造更新200公里老旧供水管网，全县粮食产量跃上30亿斤台阶。", "2026-01-10")
    assert [q.metric for q in found] == ["老旧供水管网", "粮食产量"]


def test_a_ratio_to_an_earlier_plan_period_is_of_the_measure_before() -> None:
    found = quantities("五年完成交通投资800亿元，是“十三五”时期的1.8倍。", "2026-01-10")
    assert found[-1].metric == "五年完成交通投资是“十三五”时期"


def test_a_level_of_living_named_a_clause_before_its_change_is_its_measure() -> None:
    found = quantities("到2030年，全县农村居民的消费水平，将比2025年增长35%。", "2026-01-10")
    assert [q.metric for q in found] == ["农村居民的消费水平比2025年增长"]


def test_a_first_batch_shares_the_noun_of_the_next_and_a_progress_tail_is_dropped() -> None:
    found = quantities("推进首批8项及第二批10项重点改革，12个特色街区改造工程全面启动。", "2026-01-10")
    assert [q.metric for q in found] == ["首批重点改革", "重点改革", "特色街区改造工程"]


def test_an_adverb_before_ba_is_no_part_of_the_measure() -> None:
    (found,) = quantities("今年要坚决把一般性支出压减10%以上。", "2026-01-10")
    assert found.metric == "一般性支出压减"


def test_examples_listed_before_deng_are_no_part_of_what_is_counted() -> None:
    found = quantities("全年新引进甲公司、乙公司等数字经济项目35个，建成东风路、人民路等市政道路12条。", "2026-01-10")
    assert [q.metric for q in found] == ["新引进数字经济项目", "建成市政道路"]


def test_names_listed_before_a_total_share_it() -> None:
    (found,) = quantities("全县规上企业、专精特新企业、高新技术企业总数突破300家。", "2026-01-10")
    assert found.metric == "规上企业、专精特新企业、高新技术企业总数"


def test_a_measure_after_a_count_of_firms_is_the_firms() -> None:
    found = quantities("全县规模以上工业企业达到320家、增加值增长6%。", "2026-01-10")
    assert found[-1].metric == "规模以上工业企业增加值增长"


def test_quoted_names_before_a_count_are_examples_of_its_noun() -> None:
    (found,) = quantities("成功争取“智慧养老”“数字乡村”2个国家级试点。", "2026-01-10")
    assert found.metric == "国家级试点"


def test_a_span_of_years_said_in_three_characters_is_no_part_of_the_measure() -> None:
    found = quantities("全省粮食产量二十八年间平均每年增长3.5%，其中“十二五”时期平均每年增长4.5%。", "2026-01-10")
    assert not found[-1].metric.startswith("粮食产量二")


def test_a_bare_act_after_an_activity_named_a_clause_before_is_that_activitys() -> None:
    (found,) = quantities("推进植树造林，新增3.5万亩。", "2026-01-10")
    assert found.metric == "植树造林新增"
    (started,) = quantities("实施城中村改造计划，今年开工2000套。", "2026-01-10")
    assert started.metric == "城中村改造计划开工"
    # a count with no noun of its own: the things the clause before sets up, or the works it pushes on with
    (supermarkets,) = quantities("在新建小区统一设置便民菜店，年内完成15个。", "2026-01-10")
    assert supermarkets.metric == "便民菜店"
    (homes,) = quantities("加快老旧小区改造步伐，年内完成300户。", "2026-01-10")
    assert homes.metric == "老旧小区改造"


def test_a_line_listed_with_a_class_bound_after_it_is_a_bound_too() -> None:
    found = quantities("集体收入5万元、10万元以上的村分别达到80%、55%以上。", "2026-01-10")
    assert [q.value for q in found] == [80, 55]


def test_what_each_of_a_batch_is_like_is_no_quantity() -> None:
    found = quantities("打造一批镇区人口1-3万人、产业特色鲜明的中心镇，启动建设2-3个示范镇。", "2026-01-10")
    assert [(q.value, q.value_max) for q in found] == [(2, 3)]


def test_how_small_a_share_is_said_is_no_part_of_its_measure() -> None:
    (found,) = quantities("全县非公经济只占35%，远低于全省平均水平。", "2026-01-10")
    assert found.metric == "非公经济占比"


def test_how_soon_is_no_part_of_a_measure() -> None:
    (found,) = quantities("尽快实现规上工业企业100%接入工业互联网。", "2026-01-10")
    assert found.metric == "规上工业企业接入工业互联网"  # (what the share does; not 尽快实现)


def test_ru_giving_an_example_is_no_part_of_the_measure() -> None:
    found = quantities("主要产品产量都有增长，如钢增长10%，煤增长8%。", "2026-01-10")
    assert [q.metric for q in found] == ["钢增长", "煤增长"]


def test_on_the_basis_of_is_no_part_of_the_counted_noun() -> None:
    found = quantities("在建成30个美丽乡村示范村的基础上，今年再建设20个。", "2026-01-10")
    assert found[0].metric == "美丽乡村示范村"


def test_growth_measured_alike_is_of_the_measure_before() -> None:
    found = quantities("税收收入86亿元，同口径增长7.5%。", "2026-01-10")
    assert found[1].metric.startswith("税收收入")


def test_a_goal_set_before_names_no_measure() -> None:
    found = quantities("就能够实现原定2030年全县生产总值比2020年翻一番的目标。", "2026-01-10")
    assert not found[0].metric.startswith("原定")


def test_the_whole_and_a_zone_share_the_measure_after_the_zone() -> None:
    found = quantities("全省和高新技术产业开发区专利授权量分别增长12%、30%。", "2026-01-10")
    assert [q.metric for q in found] == ["全省专利授权量增长", "高新技术产业开发区专利授权量增长"]


def test_examples_before_the_counted_noun_drop_with_or_without_a_verb() -> None:
    found = quantities("全年举办龙舟赛、山地马拉松等赛事活动30场以上，乡镇综合文化站、农家书屋等服务阵地达到120个。",
                       "2026-01-10")
    assert [q.metric for q in found] == ["举办赛事活动", "服务阵地"]


def test_deng_inside_a_word_is_no_examples_and_a_noun_after_the_count_keeps_them() -> None:
    found = quantities("全县普通高等学校达3所，钢铁、建材等重点行业12种产品能耗达到先进值。", "2026-01-10")
    assert found[0].metric.endswith("普通高等学校")
    assert "钢铁" in found[1].metric


def test_a_count_after_its_examples_shares_the_verb_of_the_list() -> None:
    found = quantities("新增高新技术企业30家以上、研发中心等创新平台20家以上。", "2026-01-10")
    assert [q.metric for q in found] == ["新增高新技术企业", "新增创新平台"]
    assert found[1].kind == "target"


def test_a_mine_found_holds_reserves_not_a_capacity() -> None:
    found = quantities("找矿取得突破，新探明青石岭超30吨金矿。", "2026-01-10")
    assert found[0].metric.endswith("储量")


def test_one_year_of_a_span_total_measures_that_year() -> None:
    found = quantities("五年累计固定资产投资为5000亿元，其中2030年为1200亿元，比2025年增加300亿元。", "2026-01-10")
    assert [q.metric for q in found][1:] == ["固定资产投资", "固定资产投资比2025年增加"]


def test_a_count_after_its_examples_keeps_the_verb_that_adds_them() -> None:
    found = quantities("今年新开工东环路、滨河路等6个项目。", "2026-01-10")
    assert found[0].metric == "新开工项目"


def test_a_quoted_figure_defined_by_its_count_is_no_target() -> None:
    text = "二、2026年工作安排\n新建学校12所。\n名词解释\n1.“3+5”体系：“3”指3个产业园区，“5”指5个物流中心。\n"
    found = quantities(text, "2026-01-20")
    assert [q.value for q in found if q.kind == "target"] == [12]  # (the note's counts spell its name: none kept)


def test_a_subject_before_a_time_clause_names_the_bare_figure() -> None:
    found = quantities("全县的粮食总产量，在历史上最高的一九八四年，只有三亿斤。", "2026-01-10")
    assert found[0].metric == "粮食总产量"


def test_a_bare_change_takes_the_measure_the_clause_before_names() -> None:
    found = quantities("生铁、钢、煤炭、机车、汽车、化肥、水泥等产品的产量，都比一九五七年增长一倍以上。", "1959-04-18")
    assert found[0].metric == "生铁、钢、煤炭、机车、汽车、化肥、水泥等产品的产量比一九五七年增长"


def test_classes_listed_after_the_first_share_its_noun() -> None:
    found = quantities("培育年产值过50亿元的龙头企业2家以上、过10亿元的5家以上、过亿元的20家以上。", "2026-01-10")
    assert [q.metric for q in found] == ["培育年产值过50亿元的龙头企业", "培育年产值过10亿元的龙头企业",
                                         "培育年产值过亿元的龙头企业"]


def test_a_list_striven_for_shares_the_verb_of_its_first_count() -> None:
    found = quantities("力争新增规上工业企业80家、专精特新企业10家。", "2026-01-10")
    assert [q.metric for q in found] == ["新增规上工业企业", "新增专精特新企业"]
    removed = quantities("淘汰落后水泥产能50万吨、焦炭产能30万吨。", "2026-01-10")
    assert [q.metric for q in removed] == ["淘汰落后水泥产能", "淘汰焦炭产能"]


def test_progress_on_time_is_no_part_of_the_counted_noun_but_a_failure_is() -> None:
    found = quantities("12个乡镇卫生院改造项目按期推进，2项约束性指标未能如期完成。", "2026-01-10")
    assert found[0].metric == "乡镇卫生院改造项目"
    assert found[1].metric.endswith("未能如期完成")


def test_a_floor_set_as_a_share_of_a_base_is_at_least() -> None:
    found = quantities("五保供养标准不低于当地上年度农民人均纯收入的60%，附加税不超过正税的20%。", "2026-01-10")
    assert [q.comparator for q in found] == ["at_least", "at_most"]


def test_a_time_within_is_at_most_but_not_inside_a_measure_name() -> None:
    found = quantities("企业开办时间压减至1个工作日内，行政审批3日内办结率提高到90%。", "2026-01-10")
    assert (found[0].value, found[0].comparator) == (1, "at_most")
    assert [q.value for q in found] == [1, 90]


def test_output_released_after_a_count_of_projects_is_theirs() -> None:
    found = quantities("新增工业产能项目98个、释放产值超150亿元。", "2026-01-10")
    assert found[1].metric == "新增工业产能项目释放产值"


def test_a_count_running_into_another_counts_the_owners_of_what_the_second_counts() -> None:
    found = quantities("公布12家医院86项便民服务事项。", "2026-01-10")
    assert [q.metric for q in found] == ["公布医院", "医院便民服务事项"]


def test_people_placed_in_jobs_are_the_jobs_found() -> None:
    found = quantities("全县城镇共安排3700多人就业。", "2026-01-10")
    assert found[0].metric == "城镇安排就业"


def test_kinds_of_people_listed_before_their_noun_share_it() -> None:
    found = quantities("为200名视力、150名听力、300名肢体残疾人提供康复服务。", "2026-01-10")
    assert [q.metric for q in found] == ["视力残疾人", "听力残疾人", "肢体残疾人"]
    found = quantities("全国有13亿人口、9亿劳动力资源。", "2026-01-10")
    assert found[0].metric == "人口"


def test_the_people_a_policy_reaches_keep_the_verb() -> None:
    found = quantities("实施学前一年免费教育政策，惠及近2万儿童。", "2026-01-10")
    assert found[0].metric == "惠及儿童"


def test_places_listed_clause_by_clause_share_the_measure_the_first_names() -> None:
    found = quantities("城东开发区的工业产值达到120亿元，城西开发区达到80亿元，新建5个省级特色镇。", "2026-01-10")
    assert [q.metric for q in found][:2] == ["城东开发区的工业产值", "城西开发区工业产值"]
    assert "产值" not in found[2].metric


def test_a_total_investment_of_the_projects_counted_after_it_is_theirs() -> None:
    found = quantities("扎实推进总投资120亿元的16个重点项目。", "2026-01-10")
    assert found[0].metric == "重点项目总投资"


def test_a_count_in_ten_thousands_for_the_people_of_a_region_counts_them() -> None:
    found = quantities("还为山区各县12万名留守儿童免费提供营养餐，全县有3万多个家庭农场。", "2026-01-10")
    assert found[0].metric.startswith("留守儿童")
    assert found[1].metric == "家庭农场"


def test_amounts_listed_after_an_investment_are_what_each_work_spent() -> None:
    found = quantities("投资800万元的老旧管网改造、300万元的背街小巷整治等项目全面完成。", "2026-01-10")
    assert [q.metric for q in found] == ["老旧管网改造投资", "背街小巷整治投资"]


def test_results_showing_are_no_part_of_the_counted_noun() -> None:
    found = quantities("12个城市更新项目初见成效，5家县属企业公司制改革成效初显。", "2026-01-10")
    assert [q.metric for q in found] == ["城市更新项目", "县属企业公司制改革"]


def test_a_lines_label_names_its_clauses_after_the_first() -> None:
    text = "各项产品的能力如下：\n水泥：全部建成后增加的年产能力将为八十万吨，五年内增加的年产能力为五十万吨。\n"
    found = quantities(text, "2026-01-10")
    assert [q.metric for q in found] == ["水泥全部建成后增加的年产能力", "水泥增加的年产能力"]


def test_the_scope_of_a_rate_is_no_target_of_its_own() -> None:
    text = "二、2026年工作安排\n确保8个国控考核断面水质优良率达到100%。\n"
    found = quantities(text, "2026-01-10")
    assert [(q.kind, q.deadline_year) for q in found] == [("fact", None), ("target", 2026)]


def test_what_counted_things_are_made_into_is_no_part_of_the_noun() -> None:
    found = quantities("打造20个农贸市场为文明示范场所，5个村成为全省乡村治理示范单位。", "2026-01-10")
    assert found[0].metric == "农贸市场"
    assert found[1].metric.endswith("示范单位")


def test_per_village_is_no_all_of_them() -> None:
    found = quantities("薄弱村集体经营性收入村均超过20万元、增长25%。", "2026-01-10")
    assert [q.metric for q in found] == ["薄弱村集体经营性收入村均", "薄弱村集体经营性收入村均增长"]


def test_an_act_is_no_figure_said_to_be() -> None:
    assert quantities("查处交通违法行为3200起。", "2026-01-10")[0].metric == "查处交通违法行为"  # 行为 is no 为


def test_a_bare_bound_takes_the_subject_compared_with_last_year() -> None:
    found = quantities("确保物价涨幅比去年有明显回落，力争控制在3%左右。", "2026-01-10")
    assert found[0].metric == "物价涨幅"


def test_computing_power_is_measured_in_pf() -> None:
    found = quantities("全市总算力突破2000PF、增长3倍。", "2026-01-10")
    assert [(q.metric, q.unit) for q in found] == [("总算力", "PF"), ("总算力增长", "倍")]


def test_the_economy_of_a_place_supported_is_that_places() -> None:
    found = quantities("支持城关镇建设区域商贸中心，地区生产总值达到50亿元。", "2026-01-10")
    assert found[0].metric == "城关镇地区生产总值"


def test_the_end_of_a_plan_gone_by_dates_a_fact_in_a_plan_part() -> None:
    found = quantities("二、2022年工作安排\n全县地区生产总值增长7%。“十三五”末全县地区生产总值达到150亿元。"
                       "到“十五五”末，全县地区生产总值达到260亿元。\n", "2021-12-10")
    by_value = {q.value: q for q in found}
    assert (by_value[150].kind, by_value[150].deadline_year) == ("fact", 2020)
    assert (by_value[260].kind, by_value[260].deadline_year) == ("target", 2030)


def test_a_running_total_in_a_plan_is_planned() -> None:
    found = quantities("二、2027年工作安排\n深入实施非遗活化工程，累计认定60个非遗工坊。"
                       "目前已累计建成35个非遗工坊。\n", "2027-01-12")
    by_value = {q.value: q for q in found}
    assert (by_value[60].kind, by_value[60].deadline_year) == ("target", 2027)
    assert by_value[35].kind == "fact"  # 已累计: the total so far


def test_over_is_no_part_of_a_metric() -> None:
    found = quantities("8个乡镇税收收入过5亿元，其中2个过10亿元。", "2026-01-10")
    assert [q.metric for q in found if q.unit == "亿元"] == ["乡镇税收收入", "乡镇税收收入"]
    assert quantities("全年通过验收项目30个。", "2026-01-10")[0].metric == "通过验收项目"  # 通过 is no 过


def test_how_this_years_plan_is_going_is_said_as_it_stands() -> None:
    found = quantities("一、过去两年的工作\n去年粮食产量增长4%。\n今年计划的执行情况总体良好。由于旱情严重，早稻减产一成以上。"
                       "全年工业总产值计划增长7%。\n", "1983")
    by_value = {q.value: q for q in found}
    assert (by_value[1].kind, by_value[1].deadline_year) == ("fact", 1983)  # what has happened so far this year
    assert (by_value[7].kind, by_value[7].deadline_year) == ("target", 1983)


def test_a_plan_paragraph_in_a_review_is_due_in_the_plans_year() -> None:
    found = quantities("一、2026年工作回顾\n全年地区生产总值增长5%。\n今年，我们要抓好三件事。新建学校5所，新增就业1万人。\n",
                       "2027-01-10")
    assert [(q.kind, q.deadline_year) for q in found] == [("fact", 2026), ("target", 2027), ("target", 2027)]


def test_how_hard_a_figure_is_sought_is_no_part_of_its_metric() -> None:
    found = quantities("地区生产总值力争增长6%左右，一般公共预算收入确保增长5%。", "2026-01-10")
    assert [q.metric for q in found] == ["地区生产总值增长", "一般公共预算收入增长"]


def test_a_goal_for_the_centurys_end_in_a_review_is_a_target() -> None:
    found = quantities("一、过去五年的回顾\n到本世纪末实现国民生产总值翻两番。\n", "1987")
    assert (found[0].kind, found[0].deadline_year) == ("target", 2000)


def test_an_aside_after_a_counted_place_opens_no_measure() -> None:
    found = quantities("乡镇卫生院帮扶从12个乡（镇）扩大到30个乡（镇）。", "2026-01-10")
    assert [q.metric for q in found] == ["乡镇卫生院帮扶乡", "乡镇卫生院帮扶乡"]  # (the scheme's, both)


def test_a_count_of_a_class_alone_counts_the_things_counted_before() -> None:
    found = quantities("引进招商项目86个，其中超10亿元12个。", "2026-01-10")  # 超10亿元 is a class, no figure
    assert [(q.metric, q.value) for q in found] == [("引进招商项目", 86), ("超10亿元招商项目", 12)]
    found = quantities("开工建设重点产业项目60项，其中5亿元以上15项，完成投资120亿元。", "2026-01-10")
    assert [q.metric for q in found] == ["开工建设重点产业项目", "5亿元以上重点产业项目", "重点产业项目完成投资"]
    found = quantities("培育年营业收入过50亿元的物流企业2家、 过 10亿元的6家。", "2026-01-10")  # a space in the list
    assert [q.metric for q in found][1] == "培育年营业收入过10亿元的物流企业"


def test_this_year_after_a_year_named_is_that_year() -> None:
    found = quantities("一、过去一年的工作\n1987年国家决算用于教育的支出占本年支出的12.5%。债款支出占本年支出的3.2%。\n", "1988")
    assert [q.deadline_year for q in found] == [1987, 1987]


def test_a_rate_in_force_and_the_rate_it_is_set_to_are_the_owners_rate() -> None:
    found = quantities("将小微企业现行5%的征收率降至3%，把门诊费用报销比例由现行的50%提高到60%。", "2026-01-10")
    assert [(q.metric, q.kind) for q in found[:2]] == [("小微企业征收率", "fact"), ("小微企业征收率", "target")]
    assert found[2].metric == "门诊费用报销比例"  # 由现行的 is no part of it


def test_a_space_before_a_year_hides_no_change() -> None:
    found = quantities("助学资金从2021年的5亿元增加到 2025年的12亿元。", "2026-01-10")
    assert [q.metric for q in found] == ["助学资金", "助学资金"]


def test_a_number_after_releasing_or_reviving_opens_the_noun_it_counts() -> None:
    found = quantities("分批取消和下放了86项行政许可事项，盘活1200亩闲置用地。", "2026-01-10")
    assert [q.metric for q in found] == ["行政许可事项", "闲置用地"]


def test_this_share_is_the_share_named_before() -> None:
    found = quantities("在财政支出中，提高了教育、卫生和社会保障等方面的支出比重。这个比重，2024年为61%，2025年达到63%。",
                       "2026-01-10")
    assert {q.metric for q in found} == {"教育、卫生和社会保障等方面的支出比重"}
    found = quantities("研发投入占地区生产总值的2.1%，规划把这个比例提高到2.5%。", "2026-01-10")
    assert found[1].metric == found[0].metric == "研发投入占地区生产总值"


def test_a_change_net_of_prices_is_the_change_of_the_measure_before() -> None:
    found = quantities("农村居民人均可支配收入达到21000元，剔除物价因素比上年增长6%。", "2026-01-10")
    assert found[1].metric == "农村居民人均可支配收入增长"


def test_how_fast_a_figure_changed_is_no_part_of_its_metric() -> None:
    found = quantities("非税收入占比从40%大幅下降到28%，城镇化率迅速上升到61%。", "2026-01-10")
    assert [q.metric for q in found] == ["非税收入占比", "非税收入占比", "城镇化率"]


def test_the_examples_closing_a_respective_list_share_its_head() -> None:
    found = quantities("纺织、机械、电子等行业营业收入分别增长4%、6%、9%。", "2026-01-10")
    assert [q.metric for q in found] == ["纺织行业营业收入增长", "机械行业营业收入增长", "电子行业营业收入增长"]


def test_what_each_gives_to_a_share_is_measured_for_each() -> None:
    found = quantities("财政资金、新增用地支持民生项目比重分别为80%、70%。", "2026-01-10")
    assert [q.metric for q in found] == ["财政资金支持民生项目比重", "新增用地支持民生项目比重"]


def test_a_sown_area_said_short_lends_its_crop_to_the_output() -> None:
    found = quantities("确保粮食播面120万亩以上、产量稳定在50万吨以上。", "2026-01-10")
    assert found[1].metric == "粮食产量"


def test_a_part_of_what_is_new_is_new_too() -> None:
    found = quantities("新增电力装机1200万千瓦，其中光伏装机800万千瓦。", "2026-01-10")
    assert found[1].metric == "新增光伏装机" and found[1].kind == found[0].kind


def test_two_levels_named_in_full_are_of_one_noun() -> None:
    found = quantities("新增9个国家级、省级服务业标准化试点示范项目。", "2026-01-10")
    assert [q.metric for q in found] == ["国家级、省级服务业标准化试点示范项目"]


def test_what_a_measure_is_done_to_is_measured() -> None:
    found = quantities("对城区主干道两侧的8万平方米闲置地块进行绿化提升，对2万个左右的农户进行改厕。", "2026-01-10")
    assert [q.metric for q in found] == ["闲置地块绿化提升", "农户改厕"]


def test_a_growth_planned_at_a_rate_is_the_growth() -> None:
    assert quantities("全市生产总值按增长6%安排。", "2026-01-10")[0].metric == "生产总值增长"


def test_the_list_counted_things_joined_is_named_whole() -> None:
    found = quantities("3家合作社入选国家级农民合作社和家庭农场示范名单。", "2026-01-10")
    assert found[0].metric == "合作社入选国家级农民合作社和家庭农场示范名单"


def test_a_place_after_its_whole_has_its_share_of_the_same_measure() -> None:
    found = quantities("完成退耕还林12万亩，其中北部山区5万亩。", "2026-01-10")
    assert found[1].metric == "北部山区完成退耕还林"


def test_the_share_of_what_leads_is_that_parts() -> None:
    found = quantities("农业一业独大、占58%，其中种植业处于主导地位、占70%。", "2026-01-10")
    assert [q.metric for q in found] == ["农业占比", "种植业占比"]


def test_a_total_area_after_what_was_planted_is_all_of_it() -> None:
    found = quantities("新造防护林800亩、总面积达2.3万亩。", "2026-01-10")
    assert found[1].metric == "防护林总面积"


def test_a_bare_increase_is_of_what_the_sentence_opened_on() -> None:
    found = quantities("油料产量再创历史新高，连续5年位居全省首位，增量3.2万吨。", "2026-01-10")
    assert found[0].metric == "油料产量增量"


def test_a_share_after_a_semicolon_is_of_the_owner_of_the_share_before() -> None:
    found = quantities("国有企业在全省出口中所占的比重，由2020年的30%上升到2025年的36%；在全省进口中所占的比重，"
                       "由2020年的25%上升到2025年的28%。", "2026-01-10")
    assert found[2].metric == "国有企业在全省进口中所占的比重"


def test_who_pledges_is_no_part_of_the_metric() -> None:
    found = quantities("二、今年的工作\n我承诺今年领办重点民生项目8件。\n", "2026-01-10")
    assert found[0].metric == "领办重点民生项目"


def test_the_money_named_after_an_amount_is_what_it_measures() -> None:
    found = quantities("给予每家企业20万元奖励，为困难群众每人发放500元补贴。", "2026-01-10")
    assert [q.metric for q in found] == ["给予每家企业奖励", "为困难群众每人发放补贴"]


def test_a_capacity_lead_in_with_an_aside_names_the_capacity() -> None:
    found = quantities("一、过去两年\n新增生产能力举其重要的来说，有：钢三十万吨，电四十万千瓦。\n", "1980")
    assert [q.metric for q in found] == ["钢新增生产能力", "电新增生产能力"]


def test_who_proposes_a_growth_is_no_part_of_the_metric() -> None:
    found = quantities("兼顾需要与可能，提出地区生产总值年均增长5%左右。", "2026-01-10")
    assert found[0].metric == "地区生产总值年均增长"


def test_kilowatt_hours_spelled_with_xiaoshi_are_energy() -> None:
    found = quantities("一、去年\n发电量达到3000亿千瓦小时，比上年增长5%。\n", "1990")
    assert (found[0].value, found[0].unit) == (3000.0, "亿千瓦小时")


def test_a_year_after_dao_is_when_not_the_other_end_of_a_range() -> None:
    found = quantities("二、今后五年\n服务业所占的比重，将由二〇二〇年的百分之四十点五到二〇二五年上升为百分之四十八。\n", "2021")
    assert [(q.metric, q.value, q.kind, q.deadline_year) for q in found] == [
        ("服务业所占的比重", 40.5, "fact", 2020), ("服务业所占的比重", 48.0, "target", 2025)]


def test_a_share_named_in_the_clause_before_owns_the_figures_after() -> None:
    found = quantities("二、今年\n工业产值将增长10%，农业产值增长5%，因此，工业产值所占的比重，将由2022年的40%提高到50%。\n",
                       "2023")
    assert [q.metric for q in found[2:]] == ["工业产值所占的比重", "工业产值所占的比重"]


def test_the_total_size_after_a_count_of_funds_is_theirs() -> None:
    found = quantities("一、去年\n全市新设立产业基金12只、总规模300亿元。\n", "2026-01-10")
    assert found[1].metric == "新设立产业基金总规模"


def test_a_change_from_a_year_said_with_ye_or_to_a_budget_year_is_of_the_share_before() -> None:
    found = quantities("一、过去五年\n教育支出占财政支出的比重，也从2018年的15%提高到2022年预算的18%。\n", "2023")
    assert [(q.metric, q.deadline_year) for q in found] == [
        ("教育支出占财政支出的比重", 2018), ("教育支出占财政支出的比重", 2022)]


def test_this_years_investment_after_a_count_of_projects_is_theirs() -> None:
    found = quantities("二、今年工作\n安排市级重点项目120个、年度投资300亿元。\n", "2026-01-10")
    assert found[1].metric == "安排市级重点项目年度投资"


def test_a_bare_output_after_the_clause_naming_the_produce_is_its_output() -> None:
    found = quantities("一、去年\n油菜生产克服旱情再获丰收、总产达12亿斤。茶叶生产，去年的产量达到3万吨。\n", "2024")
    assert [q.metric for q in found] == ["油菜总产", "茶叶产量"]


def test_a_count_put_into_production_counts_the_things_of_the_count_before_without_their_acts() -> None:
    found = quantities("一、去年\n全年落地建设产业项目80个、新建成投产25个。\n", "2024")
    assert found[1].metric == "产业项目新建成投产"


def test_an_allocation_is_for_what_yong_yu_after_it_says() -> None:
    found = quantities("二、今年\n今年市财政拟安排3亿元，用于老旧小区改造；另安排资金2亿元，用于新建学校5所。\n", "2024")
    assert [q.metric for q in found[:2]] == ["市财政安排用于老旧小区改造", "另安排资金"]


def test_a_reviews_shangnian_a_change_starts_from_is_the_year_before_the_one_reviewed() -> None:
    found = quantities("一、2025年工作回顾\n全市户籍人口由上年320万人增加到325万人。\n二、2026年工作安排\n", "2026-02-03")
    assert [(q.value, q.deadline_year) for q in found] == [(320.0, 2024), (325.0, 2025)]


def test_a_count_of_at_least_so_many_firms_or_projects_is_no_class_bound() -> None:
    found = quantities("二、今年\n推动80家以上企业上市，力争40个以上重大项目开工。\n", "2024")
    assert [(q.value, q.comparator, q.kind) for q in found] == [(80.0, "at_least", "target"),
                                                               (40.0, "at_least", "target")]


def test_an_amount_bounding_a_kind_of_project_named_in_a_few_words_is_its_class() -> None:
    found = quantities("一、去年\n共有60项投资3000万元以上的外资项目建成投产。\n", "2024")
    assert [(q.value, q.metric) for q in found] == [(60.0, "投资3000万元以上的外资项目建成投产")]


def test_a_count_of_a_quoted_name_runs_through_its_gloss_to_the_noun() -> None:
    found = quantities("一、去年\n全省56个“三通”（通水、通电和通路）示范村已有40个村通过验收。\n", "2024")
    assert found[0].metric == "“三通”（通水、通电和通路）示范村"
    long_gloss = quantities("一、去年\n全省56个“两全”（全面普及学前教育和全面普及高中教育）攻坚县已有40个县通过验收。\n", "2024")
    assert long_gloss[0].metric == "“两全”（全面普及学前教育和全面普及高中教育）攻坚县"


def test_a_count_after_its_noun_keeps_the_act_done_to_those_counted() -> None:
    found = quantities("一、去年\n市级重点项目80个竣工，新建幼儿园6所投入使用。\n", "2024")
    assert [q.metric for q in found] == ["市级重点项目竣工", "新建幼儿园投入使用"]


def test_the_units_a_departments_count_has_are_theirs() -> None:
    found = quantities("二、今年\n国务院各部门将有60个重点建设单位建成投产。\n", "1958")
    assert found[0].metric.startswith("国务院各部门重点建设单位")


def test_a_bound_of_what_the_class_below_it_is_made_of_is_no_quantity_nor_the_link_before_a_part_of_the_metric() -> None:
    found = quantities("一、去年\n因为多数果园的亩产都超过五百斤，五百斤以下的主要是新栽的果园。\n", "1960")
    assert [(q.value, q.metric) for q in found] == [(500.0, "多数果园的亩产")]


def test_how_many_places_a_measure_after_it_spans_is_no_quantity() -> None:
    found = quantities("二、今后五年\n到2030年，全国31个省区市的常住人口，要控制在14亿左右。\n", "2026")
    assert all(q.value != 31 for q in found)


def test_a_count_of_those_among_the_things_counted_before_counts_those_things() -> None:
    found = quantities("一、去年\n在全年的60种主要农产品中，有52种完成了计划；80个重点项目中的70个已经竣工。\n", "2024")
    assert [q.metric for q in found] == ["主要农产品", "主要农产品完成了计划", "重点项目", "重点项目竣工"]


def test_a_count_whose_things_own_what_the_next_number_measures_counts_the_things() -> None:
    found = quantities("二、今年\n更新涉及15个村的供水管道42公里。\n", "2024")
    assert [(q.value, q.metric) for q in found] == [(15.0, "村"), (42.0, "村的供水管道")]


def test_a_list_of_modifiers_after_examples_closed_by_deng_is_the_whole_subject() -> None:
    found = quantities("一、去年\n城东光伏、城西风电等在建、拟建项目36个、总投资超90亿元。\n", "2024")
    assert [q.metric for q in found] == ["在建、拟建项目", "在建、拟建项目总投资"]
    assert one("二、今年\n拟建项目40个。\n", "40", "2024").metric == "拟建项目"


def test_two_ways_a_standard_is_set_each_keep_the_standard() -> None:
    found = quantities("一、去年\n困难群众救助标准城市和农村分别提高80元和60元。\n", "2024")
    assert [q.metric for q in found] == ["困难群众救助标准城市提高", "困难群众救助标准农村提高"]


def test_the_fund_or_plan_named_after_an_amount_is_what_it_measures() -> None:
    found = quantities("二、今年\n实施三年新增500亿元的投资计划，设立总额20亿元的创业投资基金。\n", "2024")
    assert [q.metric for q in found] == ["实施三年新增投资计划", "创业投资基金总额"]


def test_how_many_of_the_things_started_before_were_mostly_built_is_of_those_things() -> None:
    found = quantities("一、去年\n动工建设安置房项目9个，基本建成620套。\n", "2024")
    assert found[1].metric == "安置房项目基本建成"


def test_the_rate_of_the_act_the_count_before_counted_is_of_the_same_things() -> None:
    found = quantities("一、去年\n招商签约项目开工36个，开工率80%。\n", "2024")
    assert found[1].metric == "招商签约项目开工率"


def test_counts_listed_before_a_count_with_an_outcome_reach_it_too() -> None:
    found = quantities("一、去年\n全市56个部门、890个事项完成网上备案。\n", "2024")
    assert [q.metric for q in found] == ["部门完成网上备案", "事项完成网上备案"]


def test_a_count_of_people_helped_keeps_the_help() -> None:
    found = quantities("一、去年\n全县3000名党员干部结对帮扶1.2万户困难家庭。\n", "2024")
    assert found[-1].metric == "结对帮扶困难家庭"


def test_a_change_after_a_cause_aside_is_of_the_topic_before_the_cause() -> None:
    found = quantities("一、去年\n2023年全市公路货运量，由于煤炭运输的减少，比2022年只增长了2%。\n", "2024")
    assert found[0].metric.startswith("公路货运量")


def test_whom_the_works_counted_before_reach_is_of_those_works() -> None:
    found = quantities("一、去年\n改造城镇老旧小区320个，惠及居民约4万户。\n", "2024")
    assert found[1].metric == "改造城镇老旧小区惠及居民"


def test_a_count_of_new_plants_opens_its_noun_and_this_years_investment_after_projects_is_theirs() -> None:
    found = quantities("一、去年\n重点项目完成投资900亿元，120个新投产项目增加产值300亿元。\n二、今年\n实施重点项目200个，确保完成年度投资500亿元。\n",
                       "2024")
    assert [q.metric for q in found] == ["重点项目完成投资", "新投产项目", "新投产项目增加产值", "实施重点项目",
                                         "实施重点项目完成年度投资"]


def test_a_cost_named_before_its_yearly_changes_is_their_measure() -> None:
    found = quantities("一、过去五年\n工业产品的单位成本，二○○一年上升百分之二，二○○二年上升百分之一。\n", "2003")
    assert [q.metric for q in found] == ["工业产品的单位成本上升", "工业产品的单位成本上升"]


def test_the_measure_a_lists_colon_opens_on_is_each_items() -> None:
    found = quantities("二、今年\n全市学校的招生人数将为：普通高中8000人，职业高中5000人。\n", "2024")
    assert [q.metric for q in found] == ["普通高中招生人数", "职业高中招生人数"]


def test_listed_lenders_share_the_loan_balance() -> None:
    found = quantities("一、去年\n涉农、科技贷款余额分别增长12%、18%。\n", "2024")
    assert [q.metric for q in found] == ["涉农贷款余额增长", "科技贷款余额增长"]


def test_what_would_follow_without_if_and_its_premise_are_no_quantities() -> None:
    found = quantities("二、今后\n多种十万亩油菜，就能增产二万吨油料。粮食播种面积稳定在800万亩，就能够实现粮食产量500亿斤的目标。\n",
                       "1958")
    assert [q.value for q in found] == [800.0, 500.0]


def test_a_total_investment_of_projects_named_after_two_verbs_is_theirs() -> None:
    found = quantities("二、今年\n加快建设总投资900亿元的120个市级重点项目。\n", "2025")
    assert found[0].metric == "市级重点项目总投资"


def test_an_amount_bounding_a_kind_of_leading_firm_is_its_class() -> None:
    assert quantities("二、今年\n新培育一批年营业收入超5亿元农业龙头企业。\n", "2024") == []


def test_a_national_title_keeps_quanguo() -> None:
    found = quantities("一、去年\n全国重点实验室增至12家，全国文明城市达到3个，全省地区生产总值增长5%。\n", "2026")
    assert [q.metric for q in found] == ["全国重点实验室", "全国文明城市", "地区生产总值增长"]


def test_xianyou_is_a_word_not_the_tail_you() -> None:
    found = quantities("二、今年\n基本消灭全县现有的3000亩荒山。\n", "2024")
    assert found[0].metric == "荒山"


def test_a_topic_reaches_past_what_it_takes_in_and_how_it_is_reckoned() -> None:
    found = quantities("一、过去一年\n一九七五年的农业总产值（不包括副业产值，下同），包括社队企业的在内，预计达到五百亿元，"
                       "超过年度计划百分之三，比上一年增长百分之五。\n", "1976")
    assert [q.metric for q in found] == ["农业总产值", "农业总产值超过年度计划", "农业总产值比上一年增长"]


def test_a_ranges_lower_bound_of_a_counted_class_is_no_quantity() -> None:
    found = quantities("一、过去一年\n亩产四百斤以上的有四十五个县；三百斤到三百九十九斤的有二十六个县。\n", "1960")
    assert [(q.value, q.metric) for q in found] == [(45.0, "亩产四百斤以上"), (26.0, "三百斤到三百九十九斤")]


def test_a_case_told_in_a_plan_is_a_fact() -> None:
    found = quantities("二、今后的任务\n我们必须厉行节约。上海有一个办公楼，每平方公尺的造价达三百元。某厂宿舍的造价高达二百元"
                       "（比预算增高百分之三十），但使用面积还不到一半。今年要新建学校10所。\n", "1956")
    assert [q.kind for q in found] == ["fact", "fact", "fact", "target"]


def test_a_class_by_its_bound_counted_by_year_is_the_topic() -> None:
    found = quantities("一、过去\n每人年收入在五百元以上的生产队，一九八二年有三千个，一九八三年增加到五千个。\n", "1984")
    assert [(q.value, q.metric) for q in found] == [(3000.0, "每人年收入在五百元以上的生产队"),
                                                    (5000.0, "每人年收入在五百元以上的生产队")]


def test_cattle_and_sheep_each_take_their_figure() -> None:
    found = quantities("一、去年\n牛羊存栏分别增长3%、4%，猪牛羊肉产量增长2%。\n", "2025")
    assert [q.metric for q in found] == ["牛存栏增长", "羊存栏增长", "猪牛羊肉产量增长"]


def test_a_count_before_kinds_listed_up_to_their_class_counts_them_all() -> None:
    found = quantities("一、去年\n启动了56项节水、节地和废旧物资回收等重点项目。\n", "2010")
    assert found[0].metric == "节水、节地和废旧物资回收等重点项目"


def test_utilities_listed_before_a_network_each_take_their_length() -> None:
    found = quantities("二、今年\n新建老旧供水、雨水、燃气管道90公里、70公里、50公里。\n", "2025")
    assert [q.metric for q in found] == ["新建老旧供水管道", "新建老旧雨水管道", "新建老旧燃气管道"]


def test_a_scale_alone_takes_no_unit_from_another_measure_after_it() -> None:
    found = quantities("一、去年\n“赣服通”用户突破2800万、日访问量稳定在300万人次。\n", "2026")
    assert [q.unit for q in found] == ["万", "万人次"]


def test_a_scale_alone_takes_the_unit_of_the_same_measures_next_figure() -> None:
    found = quantities("一、去年\n医保参保人数增加1.2亿、覆盖9.5亿人；纺织厂新增30万纱锭、钢厂5万吨钢球。\n", "2026")
    assert [q.unit for q in found][:3] == ["亿人", "亿人", "万"]  # (not 万吨: the steel's)


def test_these_of_a_paragraph_opened_by_a_label_are_the_labels() -> None:
    found = quantities("二、今年的计划\n化学工业。化学工业部共有二十个建设项目。这些项目，在今年内可以建设完工的有十二个。\n", "1958")
    assert found[-1].metric == "化学工业项目建设完工"


def test_things_a_count_names_short_are_those_the_clause_before_names_in_full() -> None:
    found = quantities("二、今年\n扎实推进城市地下管网更新试点，完成更新试点8个以上。\n", "2025")
    assert found[0].metric == "完成城市地下管网更新试点"


def test_a_share_said_about_is_the_share_of_the_figure_before() -> None:
    found = quantities("一、过去五年\n新增上市公司40家、约占全省1/5。\n", "2026")
    assert found[1].metric == "新增上市公司占全省"


def test_places_figures_of_the_measure_a_span_opened_on_start_at_its_first_year() -> None:
    found = quantities("二、今后的任务\n一九七二年到一九七八年的人口出生率，甲省由千分之三十降到千分之十五，乙县由千分之二十"
                       "降到千分之十二。\n", "1979")
    assert [(q.metric, q.deadline_year) for q in found if q.value in (30.0, 20.0)] == [
        ("甲省人口出生率", 1972), ("乙县人口出生率", 1972)]


def test_those_who_came_in_a_year_are_of_that_year() -> None:
    found = quantities("一、过去五年\n1986年来华留学人数达到2万人。\n", "1988")
    assert found[0].deadline_year == 1986


def test_how_little_an_example_got_done_is_a_fact() -> None:
    found = quantities("二、今年的任务\n例如某部各厂可比产品成本降低额在第一季度只完成全年计划的12%。\n", "1956")
    assert found[0].kind == "fact"


def test_kinds_of_one_thing_listed_before_a_count_are_all_counted() -> None:
    found = quantities("一、过去五年\n国家重点实验室、省重点实验室、企业重点实验室达到36家。\n", "2026")
    assert found[0].metric == "国家重点实验室、省重点实验室、企业重点实验室"
    found = quantities("一、过去五年\n国家级孵化器、众创空间和“星创天地”达到45家。\n", "2026")
    assert found[0].metric == "国家级孵化器、众创空间和“星创天地”"  # (a quoted kind among them)


def test_an_example_clause_of_a_past_quarter_is_a_fact_and_a_vehicles_load_no_quantity() -> None:
    found = quantities("二、今后的任务\n在机械产品中，例如某车辆厂第一季度生产的三十吨货车二百一十辆中，有百分之八十需要返修。"
                       "例如，拖拉机将比去年增长两倍。\n", "1955")
    assert [(q.value, q.metric, q.kind) for q in found][:2] == [
        (210.0, "某车辆厂第一季度生产的三十吨货车", "fact"), (80.0, "需要返修", "fact")]
    assert found[-1].kind == "target"


def test_both_verbs_of_a_lists_first_count_reach_the_counts_after_it() -> None:
    found = quantities("一、去年\n开工改造老旧小区120个、城中村2万户。\n", "2026")
    assert [q.metric for q in found] == ["开工改造老旧小区", "开工改造城中村"]


def test_a_pace_of_growth_is_the_measures_growth() -> None:
    found = quantities("一、过去\n农业却以每年递增百分之五点一的速度向前发展。\n", "1983")
    assert found[0].metric == "农业每年递增"


def test_from_inside_a_word_starts_no_change() -> None:
    found = quantities("二、今后的任务\n一九五三年全国批发商的从业人员将近十万人，零售商的从业人员有一百万人左右。\n", "1955")
    assert [(q.kind, q.deadline_year) for q in found] == [("fact", 1953), ("fact", 1953)]


def test_a_new_round_before_a_count_opens_its_noun() -> None:
    found = quantities("一、去年\n完成新一轮120个村卫生室提档升级。\n", "2019")
    assert found[0].metric == "村卫生室提档升级"


def test_a_count_of_firms_before_township_things_is_read() -> None:
    found = quantities("一、去年\n建成36家乡镇卫生院，12家乡村民宿获评示范点。\n", "2019")
    assert [(q.value, q.metric) for q in found] == [(36.0, "乡镇卫生院"), (12.0, "乡村民宿获评示范点")]


def test_a_change_asked_on_a_past_years_base_is_a_target() -> None:
    found = quantities("二、第一个五年计划\n一九五五年到一九五七年，钢产量要在一九五四年的基数上增长百分之四十。\n", "1955")
    assert [(q.kind, q.metric) for q in found] == [("target", "钢产量增长")]


def test_a_contribution_to_growth_is_of_the_sector_the_sentence_opened_on() -> None:
    found = quantities("一、过去一年\n第二产业增速高于全省，对经济增长的贡献率达52%。\n", "2017")
    assert found[-1].metric == "第二产业对经济增长的贡献率"


def test_a_dash_between_a_routes_ends_ends_no_clause() -> None:
    found = quantities("二、今年\n１９５７年施工线路有宝鸡——成都线、兰州——新疆线等１８条；宝鸡——成都线完成铺轨任务的７０％。\n",
                       "1957")
    assert [q.metric for q in found] == ["施工线路", "宝鸡——成都线完成铺轨任务"]


def test_shares_written_as_fractions_pair_with_the_subjects_listed() -> None:
    found = quantities("一、过去五年\n柑橘、茶叶产量稳定在全省1/5、1/4。\n", "2026")
    assert [q.metric for q in found] == ["柑橘产量占全省比重", "茶叶产量占全省比重"]


def test_the_works_of_a_place_pushed_on_are_its_size() -> None:
    found = quantities("二、今年\n加快新城区50万平方米棚户区改造。\n", "2013")
    assert found[0].metric == "新城区棚户区改造"
    # a tract of land, the verb said before a list it closes
    found = quantities("二、今年\n推进5个产粮大县和江汉平原80万亩高标准农田项目建设。\n", "2026")
    assert found[1].metric == "江汉平原高标准农田项目建设"
    # (a place alone before a count of the works done, with no verb, stays as it was)
    assert quantities("二、今年\n深化市区4条黑臭水体治理。\n", "2026")[0].metric == "市区黑臭水体治理"


def test_how_many_places_a_statistic_covers_is_no_quantity() -> None:
    found = quantities("二、今后\n社办的农机修理站，据十个县的不完全统计，有三百二十个。\n", "1960")
    assert [(q.value, q.metric) for q in found] == [(320.0, "社办的农机修理站")]


def test_a_count_after_kinds_named_keeps_the_kinds() -> None:
    found = quantities("一、去年\n交通、水利、能源三大类86个项目开工建设。\n", "2019")
    assert found[0].metric == "交通、水利、能源三大类项目开工建设"


def test_a_premise_with_its_condition_inside_the_evidence_is_no_quantity() -> None:
    found = quantities("二、今年\n按照现在的生产规模，商业企业的流通费用只要降低１％，一年就可以节约十亿元。\n", "1981")
    assert found == []


def test_the_model_zone_a_share_of_places_built_is_named_whole() -> None:
    found = quantities("一、过去五年\n所有地市和90%的县市区建成全国民族团结进步示范区，平安建设深入推进。\n", "2026")
    assert found[0].metric == "县市区建成全国民族团结进步示范区"


def test_a_count_rated_in_an_assessment_keeps_the_rating() -> None:
    found = quantities("一、过去五年\n36家县级公立综合医院在国家绩效考核监测中获评推荐标准、数量全省第一。\n", "2026")
    assert found[0].metric.endswith("获评推荐标准")
    assert found[0].evidence.endswith("获评推荐标准")


def test_a_share_that_meets_its_standard_is_a_rate_met() -> None:
    found = quantities("一、去年\n城乡集中式饮用水源地水质100%达标。\n", "2015")
    assert found[0].metric == "城乡集中式饮用水源地水质达标率"


def test_the_core_area_of_a_district_pushed_on_is_the_districts() -> None:
    found = quantities("二、今年\n积极推进滨河新城建设，集中力量建设3.5平方公里起步区。\n", "2023")
    assert found[0].metric == "滨河新城起步区"


def test_how_many_said_as_much_is_no_part_of_the_measure() -> None:
    found = quantities("一、去年\n仅对假冒伪劣违法活动立案查处的就达30多万起，积压材料就达七百多万元。\n", "2002")
    assert [q.metric for q in found] == ["对假冒伪劣违法活动立案查处", "积压材料"]


def test_what_a_plans_clause_tells_was_wasted_or_is_so_is_a_fact() -> None:
    found = quantities("二、今后的任务\n单就装饰来说，上海各机关的二十六座大楼即因此浪费了三百万元。"
                       "有百分之十八的地方企业存在着程度不同的亏损。今年要新建学校10所。\n", "1955")
    assert [q.kind for q in found] == ["fact", "fact", "fact", "target"]


def test_the_base_a_change_is_made_on_names_no_measure() -> None:
    found = quantities("二、今后的任务\n现在我们要在今年增产五百亿斤的基础上，再增产百分之十。\n", "1959")
    assert "基础上" not in found[0].metric


def test_how_near_the_next_figure_is_stays_with_the_next_figure() -> None:
    found = quantities("一、过去五年\n为18个省份保供电煤超20亿吨，能源保障有力。\n", "2024")
    assert not found[0].evidence.endswith("超")
    assert found[1].evidence.startswith("超")


def test_an_area_part_of_a_named_zone_is_the_zones() -> None:
    found = quantities("二、今年\n做好城南新区5.6平方公里起步区的规划。\n", "2023")
    assert found[0].metric == "城南新区起步区"


def test_a_count_after_an_action_with_a_quoted_name_opens_its_noun() -> None:
    found = quantities("二、今年\n实施产业“强链”22个重点项目。\n", "2023")
    assert found[0].metric == "重点项目"


def test_a_package_of_measures_named_by_its_count_is_no_quantity() -> None:
    found = quantities("一、去年\n我市出台支持小微企业30条，兑现惠企资金8亿元。出台稳增长措施近50条。"
                       "落实国务院关于鼓励和引导民间投资新36条，引导民间资本。\n", "2023")
    assert [q.value for q in found] == [8.0, 50.0]


def test_a_share_said_with_a_bare_verb_is_named_as_a_share() -> None:
    found = quantities("一、去年\n民生投资占41.5%，生产工人只占30%，在零售总额中的比重已占50%。\n", "2011")
    assert [q.metric for q in found] == ["民生投资占比", "生产工人占比", "在零售总额中的比重"]


def test_the_standard_a_count_is_reckoned_by_names_no_measure() -> None:
    found = quantities("二、今后五年\n现行标准下12.3万贫困人口全部脱贫，贫困县全部摘帽。\n", "2016")
    assert found[0].metric == "贫困人口全部脱贫"


def test_a_yearly_growth_is_of_what_its_sentence_opened_on() -> None:
    found = quantities("一、过去五年\n地区生产总值连跨两个千亿元台阶，年均增长6.1%。\n", "2026")
    assert found[-1].metric == "地区生产总值年均增长"


def test_a_count_of_milestones_passed_is_exact() -> None:
    found = quantities("一、过去五年\n全区工业产值连续跨过2个百亿元大关，外贸总额迈上300亿元台阶。\n", "2026")
    assert [(q.value, q.unit, q.comparator) for q in found] == [(2.0, "个", "exact"), (300.0, "亿元", "at_least")]


def test_a_planned_figure_compared_with_the_year_before_is_planned_too() -> None:
    found = quantities("二、2026年工作安排\n今年全县水利投资拟定为12亿元，比上年增加了3亿元。\n", "2026-01-10")
    assert [(q.kind, q.deadline_year) for q in found] == [("target", 2026), ("target", 2026)]


def test_things_counted_after_their_field_keep_what_was_done_to_them() -> None:
    found = quantities("一、过去一年\n社会保障“一卡通”27个服务事项全部上线运行。\n", "2026")
    assert [q.metric for q in found] == ["社会保障“一卡通”服务事项上线运行"]


def test_what_a_list_first_item_is_said_to_be_is_said_of_the_whole_list() -> None:
    found = quantities("二、今年工作\n推进分级诊疗，完成标准化建设的县级医院、中医医院占比提高到80%。\n", "2026")
    assert [q.metric for q in found] == ["完成标准化建设的县级医院、中医医院占比"]
    found = quantities("二、今年工作\n分批建立对口联系的工作专班、覆盖300家重点企业。\n", "2026")
    assert [q.metric for q in found] == ["覆盖重点企业"]


def test_a_doubling_said_to_be_nearly_so_is_about() -> None:
    found = quantities("一、过去五年\n全县财政收入五年接近翻一番，城镇居民收入约翻了一番，工业产值翻一番。\n", "2026")
    assert [q.comparator for q in found] == ["about", "about", "exact"]


def test_leavers_and_pupils_after_entrants_are_of_the_same_schools() -> None:
    found = quantities("一、过去一年\n全县初中新招生2300人，毕业1380人，在校学生达到6200人。\n", "2026")
    assert [q.metric for q in found] == ["初中新招生", "初中毕业", "初中在校学生"]


def test_levels_listed_up_to_the_autonomous_regions_are_one_noun() -> None:
    found = quantities("一、过去一年\n全国有5个省、自治区完成了这项改革，省、市、自治区重点项目完成投资30亿元。\n", "2026")
    assert [q.metric for q in found] == ["省、自治区完成了这项改革", "省、市、自治区重点项目完成投资"]


def test_the_share_of_projects_that_reach_a_stage_names_the_stage() -> None:
    found = quantities("二、今年工作\n确保续建项目90%以上当年竣工，新开工项目70%以上达产达效。\n", "2026")
    assert [q.metric for q in found] == ["续建项目当年竣工", "新开工项目达产达效"]


def test_what_a_plan_laid_down_quoted_in_a_review_stays_its_target() -> None:
    text = "一、过去一年\n发展纲要规定，到2030年水稻亩产达到600斤的指标，小麦亩产达到450斤的指标。\n"
    assert [(q.kind, q.deadline_year) for q in quantities(text, "2026")] == [("target", 2030), ("target", 2030)]


def test_the_goal_a_figure_is_said_to_be_is_no_measure() -> None:
    found = quantities("二、今年工作\n实现职业院校扩招2万人目标，村级集体收入分别达到10万元、20万元的要求。\n", "2026")
    assert [q.metric for q in found] == ["职业院校扩招", "村级集体收入", "村级集体收入"]


def test_indicators_of_a_level_counted_in_a_field_are_that_fields() -> None:
    found = quantities("一、过去一年\n营商环境考核12个一级指标全部进入全省前列。\n", "2026")
    assert found[0].metric.startswith("营商环境考核一级指标")


def test_that_there_are_so_many_besides_or_by_now_is_no_part_of_the_metric() -> None:
    found = quantities("一、过去一年\n全县还有乡镇卫生院12所，已有村卫生室86个。\n", "2026")
    assert [q.metric for q in found] == ["乡镇卫生院", "村卫生室"]


def test_a_share_opening_its_clause_is_of_the_things_right_after_it() -> None:
    found = quantities("一、过去一年\n社区建设持续加强，90%以上社区服务用房达到200平方米以上。\n", "2026")
    assert found[0].metric == "社区服务用房达到200平方米以上"
    found = quantities("一、过去一年\n村集体收入100%达5万元以上，60%达10万元以上。\n", "2026")
    assert not found[-2].metric.startswith("达")


def test_a_firm_measure_after_a_count_of_firms_across_a_semicolon_is_theirs() -> None:
    found = quantities("一、过去一年\n规上工业企业达到520户，增长6%；营业收入860亿元，增长5%。\n", "2026")
    assert [q.metric for q in found][2:] == ["规上工业企业营业收入", "规上工业企业营业收入增长"]


def test_the_units_a_dated_statistic_was_gathered_from_are_no_quantity() -> None:
    found = quantities("一、去年\n根据1955年对1,280个较大的建设单位的统计，节约的资金约达5亿余元。\n", "1956")
    assert [q.value for q in found] == [5.0]


def test_the_speed_a_kind_of_railway_runs_at_is_no_quantity() -> None:
    found = quantities("一、过去五年\n实现市市通时速250公里以上的高铁，高速公路通车里程突破5000公里。\n", "2026")
    assert [q.value for q in found] == [5000.0]


def test_a_recovering_verb_is_shared_by_the_money_listed_after() -> None:
    found = quantities("一、去年\n清理整治扎实推进，收回土地3.2万亩、资金1.5亿元。实施项目10个、资金5亿元。\n", "2023")
    assert [q.metric for q in found] == ["收回土地", "收回资金", "实施项目", "资金"]


def test_whom_a_measure_reached_is_shared_by_the_count_listed_after() -> None:
    found = quantities("一、去年\n医保制度全面建立，惠及1.2亿城镇居民、3.5亿农村居民。\n", "2011")
    assert [q.metric for q in found] == ["惠及城镇居民", "惠及农村居民"]


def test_whom_a_scheme_covers_is_no_part_of_its_standard_raised() -> None:
    found = quantities("一、过去一年\n提高特困人员供养标准、惠及3.2万人，发放补贴2亿元。\n", "2026")
    assert found[0].metric == "特困人员惠及"


def test_printed_sheets_are_a_unit_of_measure() -> None:
    found = quantities("二、今后的任务\n书籍的出版总量，一九八五年达到一百二十亿印张，比一九八○年增长百分之二十。\n", "1982")
    assert (found[0].value, found[0].unit) == (120.0, "亿印张")
    assert "印张" not in found[1].metric


def test_the_rating_of_a_kind_of_equipment_made_is_no_quantity() -> None:
    found = quantities("二、今年\n能够制造每台容量一万千瓦、二万五千千瓦以至五万千瓦的发电设备。新增装机容量120万千瓦。\n", "1957")
    assert [q.value for q in found] == [120.0]


def test_a_word_ending_in_a_join_is_not_cut() -> None:
    found = quantities("一、过去五年\n举办全民健身活动，超过3.1亿人次参与，群众体育蓬勃发展。\n", "2023")
    assert found[0].evidence.endswith("参与")


def test_counts_listed_before_their_nouns_share_what_is_said_of_the_last() -> None:
    found = quantities("一、过去五年\n12名个人和3个创新团队入选省级人才计划，数量居前列。\n", "2026")
    assert [q.metric for q in found] == ["个人入选省级人才计划", "创新团队入选省级人才计划"]


def test_how_hard_a_figure_is_to_reach_is_no_part_of_its_measure() -> None:
    found = quantities("二、今年\n实现8％左右的增长速度并不容易，但经过努力可以达到。\n", "1998")
    assert found[0].metric == "增长速度"


def test_a_share_after_a_round_figure_said_in_words_is_of_that_measure() -> None:
    found = quantities("一、过去五年\n每年办好10项民生实事，财政民生支出突破万亿元、占比稳定在75%左右。\n", "2026")
    assert found[-1].metric == "财政民生支出占比"


def test_a_share_of_the_task_set_is_of_the_measure_before() -> None:
    found = quantities("一、去年\n承接产业转移项目40个，完成省定任务的105%。一般公共预算收入90亿元，完成年度预算的102%。\n", "2018")
    assert [q.metric for q in found][1::2] == ["承接产业转移项目完成省定任务", "一般公共预算收入完成年度预算"]


def test_an_output_after_an_industry_grown_is_that_industrys() -> None:
    found = quantities("二、今年\n加快发展中药材产业，新增产量2万吨。大力发展林下经济产业，产值达到10亿元。\n", "2017")
    assert [q.metric for q in found] == ["中药材新增产量", "林下经济产业产值"]


def test_indicators_counted_keep_the_field_they_are_of() -> None:
    found = quantities("一、去年\n生态环境8项约束性指标全部完成，取得最好成绩。\n", "2026")
    assert found[0].metric.startswith("生态环境约束性指标")


def test_a_line_on_freight_drawn_around_a_class_is_no_quantity() -> None:
    found = quantities("二、今年\n推动大宗货物年运量100万吨以上的工矿企业接入铁路专用线。上海港成为全球首个年吞吐量超过4000万标准箱的港口。\n",
                       "2026")
    assert [q.value for q in found] == [4000.0]


def test_a_figure_conceded_for_argument_is_no_quantity() -> None:
    found = quantities("一、去年\n即使以基本建设投资多了十亿元来说，也只占去年全部支出的3%。粮食产量增长5%。\n", "1957")
    assert [q.value for q in found] == [5.0]


def test_a_count_right_after_a_count_of_things_names_their_parts() -> None:
    found = quantities("一、去年\n12所高职院校18个专业群入选国家“双高计划”。\n", "2026")
    assert found[1].metric == "高职院校专业群入选国家“双高计划”"


def test_besides_is_no_part_of_the_noun_counted() -> None:
    found = quantities("二、今后五年\n五年内除建设十五个大型水库外，还要修建大量小型水利工程。\n", "1955")
    assert found[0].metric == "大型水库"


def test_an_amount_bounding_a_kind_of_firm_named_in_a_few_words_is_no_figure() -> None:
    found = extract_quantities("培育营收20亿元以上成长型企业，新增上市企业3家。", "2024")
    assert [(q.value, q.unit) for q in found] == [(3.0, "家")]


def test_a_lists_lead_line_dates_the_values_its_labelled_lines_start_from() -> None:
    text = ("一、五年计划的任务\n主要产品在一九六二年的计划产量比一九五七年的产量增长的情况如下：\n"
            "棉纱：从四百六十万件增加到八百万件。\n化肥：从六十万吨增加到三百万吨。\n")
    found = quantities(text, "1959-02-01")
    assert [(q.value, q.deadline_year) for q in found] == [(460.0, 1957), (800.0, 1962), (60.0, 1957), (300.0, 1962)]
    unlabelled = quantities("一、五年计划的任务\n比一九五七年的产量增长的情况如下：\n棉纱从四百六十万件增加到八百万件。\n",
                            "1959-02-01")
    assert unlabelled[0].deadline_year == 1958  # the year before the report's, not the lead's (no labelled line)


def test_a_span_said_with_cong_dates_where_its_changes_start() -> None:
    text = ("一、过去五年\n从一九七八年到一九八二年，全省中等学校由三百所增加到四百所，在校学生从二十万人增加到三十万人。\n")
    found = quantities(text, "1983-06-06")
    assert [(q.value, q.deadline_year) for q in found] == [(300.0, 1978), (400.0, 1982), (20.0, 1978), (30.0, 1982)]


def test_the_change_on_and_the_parts_of_a_figure_dated_in_passing_are_of_its_year() -> None:
    text = ("一、一九六三年的工作\n全省的粮食产量在一九六二年达到了二百亿斤，比一九五七年的一百八十亿斤增长百分之十一。"
            "其中，稻谷产量达到了一百二十亿斤；小麦产量达到了四十亿斤。全年新建水库30座。\n")
    found = quantities(text, "1964")
    assert [(q.value, q.deadline_year) for q in found] == [(200.0, 1962), (180.0, 1957), (11.0, 1962), (120.0, 1962),
                                                           (40.0, 1962), (30.0, 1963)]


def test_a_count_naming_an_outline_is_no_quantity() -> None:
    assert [q.value for q in extract_quantities("这是四十条纲要的中心，粮食亩产要达到四百斤。", "1960")] == [400.0]


def test_a_base_compared_in_a_plans_span_is_of_the_plans_end() -> None:
    text = ("一、过去五年回顾\n全市地区生产总值达到5200亿元，较“十三五”末的3900亿元增加1300亿元。"
            "教育经费为八十亿元，比第六个五年计划期间的五十亿元增加百分之六十。\n")
    found = {q.value: q for q in quantities(text, "2026-01-20")}
    assert (found[3900.0].metric, found[3900.0].deadline_year) == ("地区生产总值", 2020)
    assert (found[50.0].metric, found[50.0].deadline_year) == ("教育经费", 1985)


def test_a_package_named_at_the_head_of_a_glossary_line_is_no_quantity() -> None:
    text = "名词解释\n6. 稳外贸十二条：系市政府关于稳定外贸的若干措施。\n全市落实政策12条：均已兑现。\n"
    assert [(d.text, d.rule) for d in explain_quantities(text) if "十二" in d.text or "12" in d.text] == [
        ("十二条", "glossed_package"), ("12条", "kept")]


def test_a_count_naming_an_agreement_is_no_quantity() -> None:
    assert [q.value for q in extract_quantities("根据十七条协议，双方应当在三年内完成移交，移交资产500万元。", "1955")] == [500.0]


def test_an_institute_named_by_its_number_in_a_list_of_institutes_is_no_count() -> None:
    assert quantities("与省农科院作物所、中电二十所等单位共建实验室。", "2026-01-10") == []
    found = quantities("全县新建初级中学十二所、小学三十所等。", "2026-01-10")
    assert [q.value for q in found] == [12, 30]


def test_the_share_of_the_people_a_call_to_unity_wins_over_is_no_quantity() -> None:
    assert quantities("我们要团结百分之九十五以上的干部和群众，共同建设社会主义。", "1976-01-10") == []
    # a share of the people who did something is one
    found = quantities("全县百分之九十五以上的群众参加了合作医疗。", "1976-01-10")
    assert [q.value for q in found] == [95]


def test_measures_counted_in_xiang_are_counts_but_a_package_in_tiao_is_a_name() -> None:
    found = {q.value: q for q in quantities("二、过去一年\n自贸区推出36项全国首创举措，出台二十五条措施稳外贸。", "2026-01-10")}
    assert list(found) == [36] and found[36].metric == "全国首创举措"
    found = {q.value: q for q in quantities("今年要实施营商环境40项提升举措。", "2026-01-10")}
    assert found[40].metric == "实施营商环境提升举措"


def test_explain_marks_the_numbers_left_out_for_want_of_a_measure() -> None:
    text = "二、过去一年\n全市3个县12个乡镇通过国家卫生乡镇验收。"
    rules = [(d.text, d.rule) for d in explain_quantities(text)]
    assert rules == [("3个", "left_out"), ("12个", "kept")]
    assert len([r for r in rules if r[1] == "kept"]) == len(extract_quantities(text, None))
    assert [(d.text, d.rule) for d in explain_quantities("三分之一")] == [("三分之一", "left_out")]


def test_a_size_class_of_plants_shut_or_built_is_no_quantity() -> None:
    assert quantities("今年关停不达标的20万千瓦以下燃煤机组，淘汰35吨以下燃煤锅炉。", "2026-01-10") == []
    found = quantities("今年新增发电装机20万千瓦以上，关停燃煤机组15台。", "2026-01-10")
    assert [q.value for q in found] == [20, 15]  # a capacity added, then a count: both amounts


def test_a_growth_goal_judged_after_a_clause_s_comma_is_the_goal_set_before() -> None:
    text = "三、今年工作\n今年全县经济增长预期为6.5%左右。在优化结构的基础上，实现6.5%左右的增长速度并不容易。"
    assert [q.value for q in quantities(text, "2026-01-10")] == [6.5]
    # a figure of its own after a comma stays
    assert [q.value for q in quantities("今年经济增长预期为6.5%左右，实现8%的增长速度则需努力。", "2026-01-10")] == [6.5, 8]


def test_a_figure_said_passed_with_guo_is_a_floor() -> None:
    found = {q.value: q for q in quantities("一、过去一年\n全县税收收入过20亿元，经过3年努力，通过4项国家标准。", "2026-01-10")}
    assert found[20].comparator == "at_least"
    assert found[4].comparator == "exact"  # 通过: passed a test, no floor
