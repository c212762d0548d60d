"""Time expressions resolved to years from the document's date."""

from __future__ import annotations

import pytest

from luoshi.extract.deadlines import TimeRef, lead_in_times, plan_end_year, scan_times, year_of
from luoshi.extract.quantities import extract_quantities


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
    assert only("利润为1997年的2.9倍").role == "compare"
    assert only("比重下降为1952年的39%").role == "point"  # a value that year, not a ratio to it
    assert only("2015年以来累计减贫").role == "since"
    assert only("从2020年的82.4岁提升至83.9岁").role == "from"
    assert only("截至2022年底，全市").role == "point"
    assert only("届时，我国经济总量").role == "then"


def test_chinese_and_spaced_years() -> None:
    assert only("到二〇三五年基本实现").year == 2035
    assert only("1 9 9 7 年国内生产总值").year == 1997


@pytest.mark.parametrize(
    ("text", "year", "words"),
    [
        ("2024年底前，建成污水管网30公里", 2024, "2024年底前"),
        ("明年底前，实现镇村公交全覆盖", 2024, "明年底前"),
        ("年底前，完成危桥改造12座", 2023, "年底前"),
        ("今明两年，新建养老床位500张", 2024, "今明两年"),
        ("2025年以前建成三条干线", 2025, "2025年以前"),
    ],
)
def test_a_deadline_written_with_qian_is_a_deadline(text: str, year: int, words: str) -> None:
    ref = only(text)
    assert (ref.year, ref.role, text[ref.start : ref.end]) == (year, "to", words)


def test_qian_of_a_period_and_other_years_ends_are_no_deadline() -> None:
    ref = only("2023年前三季度，全县工业增加值增长6%")
    assert (ref.year, ref.role, ref.end) == (2023, "point", 5)
    ref = only("去年年底，全县存款余额达到300亿元")
    assert (ref.year, ref.end) == (2022, 4)
    assert scan_times("每年底前报送一次", 2023) == []


def _lead_in(text: str, number: str, doc_year: int = 2026) -> list[int | None]:
    times = scan_times(text, doc_year)
    pos = text.index(number)
    sentence = max(text.rfind(c, 0, pos) for c in "。；\n") + 1
    return [t.year for t in lead_in_times(text, times, [t.start for t in times], sentence, pos)]


def test_a_colon_lead_in_dates_the_goals_after_it() -> None:
    text = "到“十五五”末，全县的主要目标是：\n城乡居民收入年均增长6%；\n森林覆盖率达到70%。\n另建公园3个。"
    assert _lead_in(text, "6%") == [2030]
    assert _lead_in(text, "70%") == [2030]  # the list runs on over lines ending in ；
    assert _lead_in(text, "3个") == []  # after a full stop the lead-in no longer speaks
    text = "县委全会审议的规划纲要明确了“十五五”时期的主要指标：农业增加值年均增长4%左右。"
    assert _lead_in(text, "4%") == [2030]


def test_a_sentence_topic_dates_what_follows_it() -> None:
    assert _lead_in("大家要明白，未来10年是爬坡期，全县工业产值达800亿元。", "800", 2024) == [2033]
    assert _lead_in("大家要明白，在未来10年里，全县工业产值达800亿元。", "800", 2024) == []


def _quantities(text: str, date: str) -> list[tuple[str, int | None]]:
    return [(q.kind, q.deadline_year) for q in extract_quantities(text, date)]


def test_kind_and_deadline_of_quantities_from_the_passage() -> None:
    report = ("政府工作报告\n各位代表：\n一、“十四五”时期工作回顾\n五年来，全县粮食产量稳定在50万吨以上。\n"
              "二、“十五五”时期目标和2026年重点工作\n“十五五”时期全县发展的主要目标是：\n"
              "地区生产总值年均增长6%左右；\n城镇新增就业每年5000人以上。\n")
    assert _quantities(report, "2026-01-18") == [("fact", 2025), ("target", 2030), ("target", 2030)]
    speech = ("同志们：\n2020年县里出台的方案提出，到2022年末，力争特色小镇达到10个。"
              "2023年底前，完成棚户区改造800户。明年底前，新建口袋公园15个。")
    assert _quantities(speech, "2023-04-12") == [("target", 2022), ("target", 2023), ("target", 2024)]


def test_a_report_delivered_in_december_dates_by_the_year_it_plans() -> None:
    text = ("政府工作报告\n——2025年12月28日在某县人民代表大会上\n各位代表：\n一、2025年工作回顾\n"
            "过去一年，全县新增就业3000人。\n二、2026年工作安排\n今年新建农村公路60公里。\n")
    assert _quantities(text, "2025-12-28") == [("fact", 2025), ("target", 2026)]


def test_the_end_or_middle_of_this_century_dates_by_when_it_is_said() -> None:
    assert [t.year for t in scan_times("到本世纪末，粮食产量达到五千亿公斤。", 1985)] == [2000]
    assert [t.year for t in scan_times("到本世纪中叶，全面建成社会主义现代化强国。", 2021)] == [2050]
    assert [t.year for t in scan_times("到本世纪末，森林覆盖率达到50%。", 2021)] == []  # 2100: too far to say
    found = extract_quantities("到本世纪末，全省工农业年总产值力争翻两番。", "1985-03-27")
    assert [(q.metric, q.deadline_year) for q in found] == [("工农业年总产值", 2000)]


def test_this_year_so_far_inside_a_review_of_the_term_is_this_years_facts() -> None:
    text = ("政府工作报告\n——2026年6月16日在某市人民代表大会上\n一、本届政府工作回顾\n五年来，全市地区生产总值年均增长8%。\n"
            "各位代表，今年以来，我们攻坚克难，取得了新的成绩。预计上半年，全市地区生产总值同比增长6%，新开工项目90个。\n"
            "二、今后五年的奋斗目标\n到2030年，全市地区生产总值达到5000亿元。\n")
    assert _quantities(text, "2026-06-16") == [("fact", 2025), ("fact", 2026), ("fact", 2026), ("target", 2030)]


def test_a_plan_a_project_is_to_get_into_is_no_deadline() -> None:
    said = {text: [r.year for r in scan_times(text, 2025)]
            for text in ("争取将高铁项目列入国家“十五五”规划", "纳入省“十五五”交通规划", "“十五五”规划期间建成")}
    assert said == {"争取将高铁项目列入国家“十五五”规划": [], "纳入省“十五五”交通规划": [],
                    "“十五五”规划期间建成": [2030]}


def test_this_year_right_after_a_year_is_that_years_own() -> None:
    ref = only("1987年本年收入合计120亿元，加上结转收入共125亿元", doc_year=1988)
    assert (ref.year, ref.relative) == (1987, False)
    assert only("本年收入合计120亿元", doc_year=1988).year == 1988


def test_what_a_year_gone_once_saw_is_a_fact_of_that_year_in_a_plan_part() -> None:
    text = ("政府工作报告\n各位代表：\n二、今后的任务\n"
            "有的工厂在一九五四年曾经因为管理不善，单是报废的原料就值二百万元。今年要节约原料三百万元。\n")
    assert _quantities(text, "1955") == [("fact", 1954), ("target", 1955)]


def test_a_figure_in_an_example_told_is_a_fact_of_no_year() -> None:
    text = ("政府工作报告\n各位代表：\n二、今后的任务\n"
            "例如，某省有一个水泥厂，设计标准很高，花费投资三千万元，费时三年才建成。今年要新建水泥厂3个。\n")
    assert _quantities(text, "1958") == [("fact", None), ("target", 1958)]


def test_an_annual_thing_or_a_yearly_pace_is_no_deadline_but_the_years_target_is() -> None:
    assert scan_times("发布年度工业百强，推行企业年度报告公示制度，分年度推进绿化。", 2024) == []
    assert only("确保完成年度投资500亿元", 2024).year == 2024


def test_a_span_counted_from_a_year_named_before_it_runs_from_that_year() -> None:
    assert [r.year for r in scan_times("从2021年起的十五年内基本实现现代化", 2023)] == [2021, 2035]
    assert [r.year for r in scan_times("从一九八一年到本世纪末的二十年内力争翻两番", 1982)] == [1981, 2000, 2000]


def test_the_first_five_plans_quoted_as_periods_date_their_figures() -> None:
    found = _quantities("一、过去五年回顾\n工业产值在“一五”时期平均每年增长18%，“五五”时期平均每年增长9%。\n", "1986-03-25")
    assert [year for _, year in found] == [1957, 1980]
    assert scan_times("开展“五五”普法宣传", 1986) == []  # the fifth campaign of law education, no plan


def test_a_span_counts_from_the_year_it_is_said_to_start() -> None:
    assert [t.year for t in scan_times("从2014年开始，5年内引进领军人才50名", 2016)] == [2014, 2018]
    assert [t.year for t in scan_times("从2014年起，用3年时间完成改造", 2016)] == [2014, 2016]


def test_the_year_of_a_share_s_base_is_no_time_of_the_figure() -> None:
    assert scan_times("不低于当地上年度农民人均纯收入的50%", 2015) == []
    assert [t.role for t in scan_times("不低于当地2014年农民人均纯收入的50%", 2015)] == ["compare"]
    found = _quantities("二、今年的工作\n特困人员供养标准提高到不低于当地上年度农民人均纯收入的50%。\n", "2015-02-10")
    assert found == [("target", 2015)]


def test_a_time_named_as_a_base_is_compared_against() -> None:
    assert [t.role for t in scan_times("在“十五五”基础上再奋斗五年", 2026)] == ["compare"]
    assert [t.role for t in scan_times("在2020年的基础上翻一番", 2026)] == ["compare"]


def test_a_target_of_last_year_s_plan_quoted_in_the_review_stays_a_target_of_that_year() -> None:
    found = _quantities("一、2024年工作回顾\n去年政府工作报告提出，城镇登记失业率控制在4%以内，"
                        "经过各方面努力，实际为3.6%。\n", "2025-01-20")
    assert found == [("target", 2024), ("fact", 2024)]


def test_an_example_from_a_year_gone_told_in_a_plan_is_a_fact() -> None:
    found = _quantities("二、今后的任务\n例如某食品厂二〇二二年一年中发生的浪费事件就有三十多次，"
                        "有帐可查的浪费就达八十万元之多。\n", "2024-03-01")
    assert [kind for kind, _ in found] == ["fact"]


def test_a_year_a_ratio_is_taken_to_is_a_base() -> None:
    assert only("出口额已经达到二〇一〇年的三倍多").role == "compare"
    assert only("粮食产量将等于1978年的两倍").role == "compare"
    assert only("增加到2025年的水平").role == "to"  # not a ratio: the year it comes to


def test_an_examples_how_little_reaches_its_whole_sentence() -> None:
    text = ("二、今后的任务\n有些工厂人员过多。例如某机床厂的技术人员只占职工总数的百分之八，后勤人员约占职工总数的三分之一。"
            "\n")
    assert _quantities(text, "1956-06-15") == [("fact", None), ("fact", None)]


def test_the_figures_a_goal_set_at_the_years_start_named_are_targets() -> None:
    text = ("一、2006年工作回顾\n但是，全县没有实现年初确定的工业用水量降低5%左右、化肥施用量减少3%的目标。"
            "年初确定的目标全面完成，生产总值增长9%。\n")
    assert _quantities(text, "2007-02-20") == [("target", 2006), ("target", 2006), ("fact", 2006)]


def test_what_a_rate_would_allow_is_no_figure() -> None:
    text = "二、今年工作安排\n全县生产总值增长6%左右。从就业吸纳能力看，6%左右的增速可以实现比较充分的就业。\n"
    assert _quantities(text, "2026-01-20") == [("target", 2026)]


def test_what_would_follow_if_something_were_so_is_no_figure() -> None:
    text = ("二、今年工作安排\n如果每个家庭每月节约一度电，全县每年就可以节约电力九十万度。"
            "只要齐心协力推动经济增长7%左右，全县经济总量就有望突破600亿元。\n")
    assert _quantities(text, "2026-01-20") == [("target", 2026), ("target", 2026)]


def test_the_share_of_what_was_done_is_done_too() -> None:
    text = "二、今后的任务\n低产田有三百万亩，初步改良了一百二十万亩，占百分之四十。\n"
    assert _quantities(text, "1960-04-01")[1:] == [("fact", None), ("fact", None)]


def test_a_span_said_to_start_in_a_year_runs_from_it() -> None:
    times = scan_times("县里的规划要求：从二〇二〇年开始，在十年内，绿化覆盖率达到百分之四十。", 2026)
    assert [t.year for t in times if t.role == "point"] == [2029]


def test_a_span_set_in_a_year_gone_runs_from_then() -> None:
    text = "省委前年提出，用三年时间基本消除危房。今后用三年时间完成老旧小区改造。"
    assert [t.year for t in scan_times(text, 2026) if t.year != 2024] == [2027, 2028]
    text = "国务院2024年确定，用两年时间完成清理。"
    assert [t.year for t in scan_times(text, 2026) if t.year != 2024] == [2026]


def test_five_years_after_a_plan_named_are_the_plans() -> None:
    text = "“十五五”期间，新建学校100所，今年新建20所；五年淘汰落后产能300万吨。"
    assert [t.year for t in scan_times(text, 2027) if text[t.start : t.end] == "五年"] == [2030]


def test_how_soon_something_was_done_is_no_deadline() -> None:
    text = "集团组建后，一年内就实现年产5万吨项目投产；力争三年内完成改造，五年内就业人数增加。"
    years = {text[t.start : t.end]: t.year for t in scan_times(text, 2026)}
    assert "一年内" not in years
    assert years["三年内"] == 2028 and years["五年内"] == 2030


def test_a_century_named_outright_is_read_whenever_it_is_said() -> None:
    text = "到二十世纪末，主要产品产量要赶上世界先进水平；到二十一世纪中叶基本实现现代化。"
    assert [t.year for t in scan_times(text, 1978)] == [2000, 2050]


def test_the_long_range_goals_weighed_are_no_deadline() -> None:
    text = "综合考虑实现2035年远景目标，提出地区生产总值年均增长5%左右。到2035年基本实现现代化。"
    assert [t.year for t in scan_times(text, 2026)] == [2035]
    assert text[scan_times(text, 2026)[0].start - 1] == "到"


def test_this_year_after_a_year_named_is_that_year_and_a_carried_over_balance_is_no_time() -> None:
    text = "1956年国家预算规定，本年收入共为297亿元，上年结转收入10亿元。"
    assert [(r.year, text[r.start : r.end]) for r in scan_times(text, 1956)] == [(1956, "1956年"), (1956, "本年")]
    # the year a comparison starts from is no topic: 本年 is the year measured
    text = "1955年全国工业总产值比1954年增长8%。在本年的45种主要工业产品中，有37种超额完成了计划。"
    assert [r.year for r in scan_times(text, 1956)][-1] == 1955


def test_a_span_given_as_two_numerals_run_together_is_read_as_no_year() -> None:
    assert scan_times("再经过二三十年时间的努力，形成更加成熟的制度", 2023) == []
    assert only("再用二十年时间，建成现代化强市").year == 2042  # the plan year counts as the first


def test_a_year_named_for_an_example_dates_the_example_after_it_over_its_section() -> None:
    text = ("一、2024年的成就\n设备的国产化率有了提高，如2022年数控机床的国产化率达到70%，工业机器人的国产化率达到45%以上。"
            "全县粮食产量达到50万吨。\n")
    assert _quantities(text, "2025-02-10") == [("fact", 2022), ("fact", 2022), ("fact", 2024)]


def test_how_far_short_of_its_plan_a_thing_fell_is_a_fact() -> None:
    text = "二、为完成今年的计划而努力\n但是有几种主要产品的产量没有完成计划：水泥完成91.5%，平板玻璃完成94%。\n"
    assert [kind for kind, _ in _quantities(text, "2024-06-20")] == ["fact", "fact"]
