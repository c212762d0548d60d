"""The year a five-year average target is due: the plan's end, wherever the report names the plan."""

from __future__ import annotations

import luoshi

REVIEW = "政府工作报告\n各位代表：\n一、2025年工作回顾\n全市完成固定资产投资800亿元。\n"


def _due(text: str) -> dict[float, int | None]:
    document = luoshi.document_from_text(REVIEW + text, date="2026-01-20")
    return {q.value: q.deadline_year for q in document.quantities if q.value is not None}


def test_a_goals_lead_in_broken_over_short_lines_still_names_its_plan() -> None:
    text = "二、主要目标和重点工作\n“十五五”时期全市发展的\n主要目标\n是：地区生产总值年均增长6%左右，城乡居民收入稳步提高。\n"
    assert _due(text)[6] == 2030
    # a line that ends a sentence ends the lead-in: the plan named before it dates nothing after
    text = "二、主要目标和重点工作\n“十五五”时期全市发展蓝图已经绘就。\n是：地区生产总值增长6%左右。\n"
    assert _due(text)[6] == 2026


def test_the_plan_outline_submitted_with_the_report_ends_with_its_plan() -> None:
    text = "二、主要目标和重点工作\n《纲要（草案）》提出了主要指标：其中地区生产总值年均增长6%左右。\n今年地区生产总值增长5.5%左右。\n"
    found = _due(text)
    assert found[6] == 2030
    assert found[5.5] == 2026


def test_an_average_over_years_runs_over_the_horizon_its_sentence_names() -> None:
    text = "二、主要目标和重点工作\n今后五年全市设定了12个主要指标，包括地区生产总值年均增长6%左右。\n今年全市新增就业2万人。\n"
    found = _due(text)
    assert found[6] == 2030
    assert found[2] == 2026


def test_a_report_delivered_in_december_names_its_plan_year_next_year() -> None:
    text = ("政府工作报告\n各位代表：\n一、2025年工作回顾\n全市完成投资800亿元。\n二、2026年工作安排\n"
            "明年力争新增就业2万人，三年造林50万亩。\n")
    document = luoshi.document_from_text(text, date="2025-12-28")
    due = {q.value: (q.deadline_year, q.deadline_text) for q in document.quantities}
    assert due[2] == (2026, "明年")  # said in December 2025: next year is the year the report plans for
    assert due[50] == (2028, "三年")  # three years from the plan year, 2026–2028
    # and a task of that sentence is due when its targets are
    task = next(t for t in document.tasks if "造林" in t.text)
    assert task.deadline_year == 2028


def test_five_years_of_capital_construction_name_no_deadline() -> None:
    text = "二、主要目标和重点工作\n五年基本建设投资总额为120亿元。\n"
    assert _due(text)[120] == 2026


def test_older_five_year_plans_are_read_by_their_short_names_and_numbers() -> None:
    from luoshi.extract.deadlines import scan_times

    said = {text: [(r.year, r.relative) for r in scan_times(text, 1986)]
            for text in ("“七五”期间要完成投资", "六五计划期间", "第八个五年计划时期", "“十五”计划", "七五折优惠")}
    assert said == {"“七五”期间要完成投资": [(1990, True)], "六五计划期间": [(1985, True)],
                    "第八个五年计划时期": [(1995, True)], "“十五”计划": [(2005, True)], "七五折优惠": []}
    text = ("政府工作报告\n各位代表：\n一、“六五”计划执行情况的回顾\n五年来，全国粮食产量增加一亿吨。\n"
            "二、“七五”时期的主要任务\n第七个五年计划期间，要新建铁路三千公里。\n要认真执行第七个五年计划，做好今年的工作。\n")
    document = luoshi.document_from_text(text, date="1986-03-25")
    assert [s.role for s in document.sections if s.role in ("review", "plan")] == ["review", "plan"]
    due = {t.text: t.deadline_year for t in document.tasks}
    assert due["第七个五年计划期间，要新建铁路三千公里。"] == 1990
    assert due["要认真执行第七个五年计划，做好今年的工作。"] == 1986  # the plan's name, not its period


def test_a_part_on_the_first_five_year_plan_is_due_at_its_end() -> None:
    text = ("政府工作报告\n各位代表：\n一、过渡时期的总任务\n三年来，全国粮食产量增加两千万吨。\n"
            "二、第一个五年计划概要\n钢产量将达到四百一十二万吨，比一九五二年增长一点五倍。\n")
    due = {q.value: q.deadline_year for q in luoshi.document_from_text(text, date="1955-07-05").quantities}
    assert due[412] == 1957
    text = "政府工作报告\n各位代表：\n一、2000年工作回顾\n全国完成投资800亿元。\n二、新世纪第一个五年计划\n铁路新增三千公里。\n"
    due = {q.value: q.deadline_year for q in luoshi.document_from_text(text, date="2001-03-05").quantities}
    assert due[3000] != 1957  # the tenth plan, the first of the century


def test_a_plan_to_be_completed_is_due_at_its_end_and_its_good_start_this_year() -> None:
    text = ("政府工作报告\n各位代表：\n一、为完成和超额完成第一个五年计划而奋斗\n要继续加强基本建设，保证重点工程按期投产。\n"
            "二、今年的工作\n要加快产业升级，确保实现“十五五”经济社会发展良好开局。\n要全面完成“十四五”规划确定的目标任务。\n")
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="1955-07-05").tasks}
    assert due["要继续加强基本建设，保证重点工程按期投产。"] == 1957  # the first plan ran 1953–1957
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2026-01-20").tasks}
    assert due["要加快产业升级，确保实现“十五五”经济社会发展良好开局。"] == 2026
    assert due["要全面完成“十四五”规划确定的目标任务。"] == 2026  # a plan already ended is no deadline to come


def test_parts_after_a_plan_period_go_on_with_it_until_a_part_names_its_year() -> None:
    text = ("政府工作报告\n各位代表：\n一、“九五”时期的回顾\n五年来，全国粮食产量稳定增长。\n"
            "二、“十五”期间的奋斗目标\n要保持国民经济较快发展。\n三、加强农业基础地位\n要加快农业结构调整。\n"
            "四、全面加强政府自身建设\n要加快转变政府职能。\n"
            "2001年是实施“十五”计划的第一年。\n要继续加大长期建设国债投入。\n")
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2001-03-05").tasks}
    assert due["要加快农业结构调整。"] == 2005  # a chapter of the five-year plan
    assert due["要加快转变政府职能。"] == 2001  # the government's own work is this year's
    assert due["要继续加大长期建设国债投入。"] == 2001  # after the part the year opens
    # a title about a year (关于2026年工作) names it, it compares nothing
    text = "政府工作报告\n各位代表：\n一、“十五五”时期主要目标\n要加快发展。\n二、关于2026年工作\n（一）扩大内需\n要提振消费。\n"
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2026-01-20").tasks}
    assert due["要提振消费。"] == 2026


def test_a_breakdown_after_a_dated_target_is_of_the_same_year() -> None:
    text = "计划到一九九五年，全省工农业总产值将达到九百亿元。其中：农业总产值增加到三百亿元，工业总产值增加到六百亿元。"
    found = {q.value: q for q in luoshi.document_from_text(text, date="1991-03-10").quantities}
    assert [(found[v].kind, found[v].deadline_year) for v in (900, 300, 600)] == [("target", 1995)] * 3


def test_a_dated_lead_in_dates_the_labelled_lines_of_its_list() -> None:
    text = ("二、2026年工作安排\n按照规划，主要产品二〇三〇年的产量及其比二〇二五年增长的情况如下：\n"
            "玉米：达到八十二万吨，增长百分之十二。\n大豆、花生：达到九万吨，增长百分之三十。\n"
            "今年粮食产量稳定在一百二十万吨。\n")
    found = _due(text)
    assert found[82] == found[12] == found[9] == found[30] == 2030
    assert found[120] == 2026  # a line of prose ends the list
    # a label that names a time is the lead-in itself
    assert _due("二、今后五年的主要任务\n2028年：全市新建学校12所。\n")[12] == 2028


def test_a_goals_lead_in_reaches_the_later_items_of_its_list_over_full_stops() -> None:
    text = ("二、主要目标和重点工作\n《纲要（草案）》明确了主要指标：一是围绕经济发展，其中地区生产总值年均增长6%左右。"
            "二是围绕创新驱动，其中研发经费投入年均增长9%以上。\n今年全市税收增长4%。\n")
    found = _due(text)
    assert found[6] == found[9] == 2030
    assert found[4] == 2026  # a new paragraph that is no item of the list


def test_a_span_of_past_years_that_opens_the_sentence_dates_its_figures_as_facts() -> None:
    text = "二、今后的任务\n从2016年到2020年的五年间，全市粮食产量增长12%，城镇新增就业8万人。\n"
    found = luoshi.document_from_text(REVIEW + text, date="2026-01-20").quantities
    assert [(q.kind, q.deadline_year) for q in found if q.value in (12, 8)] == [("fact", 2020)] * 2
    text = "二、今后的任务\n在2026年到2030年间，全市生产总值年均增长6%。\n"
    assert _due(text)[6] == 2030


def test_parts_numbered_in_parentheses_at_the_top_level_say_their_year_in_their_titles() -> None:
    text = ("各位代表：\n我代表县人民政府作报告。\n（一）二〇二五年的成绩\n二〇二五年全县粮食产量达到五十万吨。\n"
            "（二）二〇二六年各部门发展计划的安排\n计划草案对今年作了安排。钢产量拟定为十二万吨，将比上年增长百分之十五。\n"
            "（三）厉行节约，反对浪费\n木材节约两万立方米。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2026-01-20").quantities}
    assert (found[50].kind, found[50].deadline_year) == ("fact", 2025)
    assert [(found[v].kind, found[v].deadline_year) for v in (12, 15, 2)] == [("target", 2026)] * 3


def test_a_bare_count_after_a_clause_saying_what_was_done_is_done_too() -> None:
    document = luoshi.document_from_text(
        REVIEW + "二、今年的工作\n几年来，全县已经建成十二个农村文化站，二十个乡镇图书馆。今年建成3个，5个明年建成。\n",
        date="2026-01-20")
    found = {q.value: q for q in document.quantities}
    assert (found[12].kind, found[20].kind) == ("fact", "fact")
    assert (found[3].kind, found[5].kind) == ("target", "target")


def test_this_year_s_figure_said_to_come_in_a_review_is_a_target() -> None:
    document = luoshi.document_from_text(
        REVIEW + "全市农村改革试点扩大到12个乡镇，今年市财政用于支持这项改革的资金将达3.5亿元。\n", date="2026-01-20")
    found = {q.value: q for q in document.quantities}
    assert (found[12].kind, found[3.5].kind) == ("fact", "target")


def test_the_years_from_one_to_another_date_what_is_done_in_them() -> None:
    text = "二、今后的目标\n从2026年到2029年这四年时间内，全市要新建养老院12所，改造公园30个。\n"
    found = _due(text)
    assert (found[12], found[30]) == (2029, 2029)
    # the years of a span run from the one it opens with, whenever the report was made
    document = luoshi.document_from_text("二、今后的计划\n从一九五六年到一九六〇年这五年时间内，全省要建成水库四十座。\n",
                                         date="1957-03-01")
    assert [q.deadline_year for q in document.quantities] == [1960]



def test_what_a_place_has_told_in_its_plan_is_no_target() -> None:
    text = ("二、今年的工作\n充分发挥我县坐拥80公里沿江岸线的优势，加快建设临港物流园。依托全县拥有的6所职业学校，"
            "新培训技能人才3000人。力争每千名老人拥有养老床位35张，万人发明专利拥有量达到4件。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2026-01-20").quantities}
    assert (found[80].kind, found[6].kind) == ("fact", "fact")
    # a measure named by what each has, and one named 拥有量, are still what the plan asks
    assert (found[3000].kind, found[35].kind, found[4].kind) == ("target", "target", "target")


def test_an_example_whose_time_gone_comes_after_its_first_count_tells_what_happened() -> None:
    text = ("一、去年的工作\n去年完成了计划。\n二、今年的任务\n产品质量一般有了提高，但是有些地区还比较落后，"
            "例如某省纺织系统的15种主要产品，在第一季度就有6种没有完成质量计划。今年要新建纺织厂4座。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="1956-06-15").quantities}
    assert (found[15].kind, found[6].kind) == ("fact", "fact")
    assert found[4].kind == "target"


def test_a_defect_counted_in_a_plan_is_what_was_seen() -> None:
    text = ("一、去年的工作\n去年完成了计划。\n二、今年的任务\n不少企业产品质量不好。一些厂生产的钢材，由于含硫过多而不合规格的达"
            "三千吨；有的厂生产的铸件，由于工艺落后而有百分之二十不合规格。今年要把不合格率降低到百分之五以下。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="1955-07-05").quantities}
    assert (found[3000].kind, found[20].kind) == ("fact", "fact")
    assert found[5].kind == "target"



def test_a_plan_proposing_its_figures_is_done_but_the_figures_are_targets() -> None:
    text = ("二、关于“十五五”规划纲要\n"
            "（一）主要目标\n二是关于生态环境。《纲要（草案）》提出了“十五五”期间单位地区生产总值能耗降低13%左右等目标。"
            "前期，经过广泛征集，确定了12项民生实事候选项目。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2026-01-20").quantities}
    assert (found[13].kind, found[13].deadline_year) == ("target", 2030)
    assert found[12].kind == "fact"  # what was settled, counted


def test_a_speech_that_presents_its_year_s_plan_in_a_paragraph_sets_targets_of_that_year() -> None:
    speech = ("政府工作报告\n一、关于经济建设\n去年的工作是有成绩的。\n"
              "这次提交大会审议的2031年度的国民经济计划草案的各种数字表明，建设是稳步前进的。"
              "2031年的财政收入比2030年增长百分之三；财政支出比2030年减少百分之二。\n"
              "二、关于人民生活\n2030年职工平均工资比上年增长百分之五。\n")
    found = {q.value: q for q in luoshi.document_from_text(speech, date="2031").quantities}
    assert (found[3].kind, found[3].deadline_year) == ("target", 2031)
    assert (found[2].kind, found[2].deadline_year) == ("target", 2031)
    assert found[5].kind == "fact"  # a paragraph presenting no plan keeps its reading


def test_a_change_from_a_bound_starts_in_the_year_the_five_years_began() -> None:
    text = "二、“十四五”时期发展成就\n过去五年，全市生产总值从不到800亿元增加到超过1000亿元。\n"
    found = {q.value: q for q in luoshi.document_from_text(REVIEW + text, date="2026-01-20").quantities}
    assert (found[800].deadline_year, found[1000].deadline_year) == (2020, 2025)


def test_a_change_over_the_years_a_sentence_looks_back_on_starts_before_them() -> None:
    text = ("一、过去一年的工作\n全县工业稳步增长。这两年中，水泥产量由80万吨增加到120万吨。"
            "三年来，城镇化率由41%提高到47%。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2026-01-20").quantities}
    assert (found[80].deadline_year, found[120].deadline_year) == (2023, 2025)
    assert (found[41].deadline_year, found[47].deadline_year) == (2022, 2025)


def test_a_part_of_a_year_named_alone_in_a_review_is_of_the_year_reviewed() -> None:
    text = "一、2025年工作回顾\n全县粮食储备到年底比年初增加3万吨。\n二、2026年工作安排\n到年底新建粮库2座。\n"
    found = {q.value: q for q in luoshi.document_from_text(text, date="2026-01-20").quantities}
    assert (found[3].kind, found[3].deadline_year) == ("fact", 2025)
    assert (found[2].kind, found[2].deadline_year) == ("target", 2026)  # the plan's year end is its own


def test_the_part_of_the_report_s_year_gone_is_told_in_its_review() -> None:
    text = "一、过去一年的工作\n2030年新建学校12所。2031年上半年新开工住房3200套，比去年同期有所增长。\n"
    found = {q.value: q for q in luoshi.document_from_text(text, date="2031").quantities}
    assert (found[3200].kind, found[3200].deadline_year) == ("fact", 2031)


def test_a_relative_clause_with_yi_inside_a_planned_measure_says_nothing_done() -> None:
    text = "二、2026年工作安排\n全面推进工资集体协商，实现已建工会企业的建制率达90%以上。\n"
    found = {q.value: q for q in luoshi.document_from_text(REVIEW + text, date="2026-01-20").quantities}
    assert (found[90].kind, found[90].deadline_year) == ("target", 2026)


def test_a_quarter_of_the_report_s_year_gone_is_told_in_its_review() -> None:
    text = "一、过去一年的工作\n2031年第一季度新开工住房3200套，比去年同期有所增长。\n"
    found = {q.value: q for q in luoshi.document_from_text(text, date="2031").quantities}
    assert (found[3200].kind, found[3200].deadline_year) == ("fact", 2031)


def test_a_part_titled_as_the_basic_summing_up_of_past_work_is_a_review() -> None:
    text = "过去五年工作的基本总结\n工业企业的全员劳动生产率平均每年增长6.5%。五年节约能源折合标准煤1.6亿吨。\n"
    found = {q.value: q for q in luoshi.document_from_text(text, date="1988").quantities}
    assert (found[6.5].kind, found[6.5].deadline_year) == ("fact", 1987)
    assert found[1.6].deadline_year == 1987


def test_the_months_of_the_year_gone_by_counted_in_a_plan_are_facts() -> None:
    text = ("三、为完成今年的计划而努力\n今年１——４月份钢产量计划完成１０３％，生铁产量计划完成９８％。"
            "到４月份为止，全省基建投资完成年计划３１％，去年同期则完成２６％。前三季度要完成投资500亿元。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="1957-05").quantities}
    assert [(found[v].kind, found[v].deadline_year) for v in (103, 98, 31)] == [("fact", 1957)] * 3
    assert found[103].metric == "１——４月份钢产量"  # the months joined by their dashes
    assert found[26].deadline_year != 1957  # last year's, whatever its year
    assert (found[500].kind, found[500].deadline_year) == ("target", 1957)  # asked: a target
