"""The words a quantity is about (its metric) and its year, where the clause around the number misleads:
a quoted name with a list inside, a number that opens its own conjunct, a parenthesis inside the noun,
the base of a comparison, a year written in Chinese numerals."""

from __future__ import annotations

import luoshi


def _quantities(text: str, date: str = "2024-01-20") -> dict[float, luoshi.Quantity]:
    return {q.value: q for q in luoshi.document_from_text(text, date=date).quantities if q.value is not None}


def test_a_list_inside_a_quoted_name_ends_no_clause() -> None:
    found = _quantities("今年要全面推行“一网通办、一次办好”政务服务事项1200项。")
    assert found[1200].metric.endswith("“一网通办、一次办好”政务服务事项")
    assert found[1200].evidence.endswith("“一网通办、一次办好”政务服务事项1200项")


def test_a_number_after_a_conjunction_counts_the_noun_after_it() -> None:
    found = _quantities("今年要建成县级融媒体中心和12个乡镇综合文化站。")
    assert found[12].metric == "乡镇综合文化站"


def test_a_parenthesis_inside_the_noun_after_a_number_is_read_through() -> None:
    found = _quantities("今年要新建8个村（社区）养老服务站，改造3个敬老院。")
    assert found[8].metric == "村（社区）养老服务站"
    # a gloss of the number itself, or a parenthesis with a number of its own, ends the noun
    found = _quantities("农民人均纯收入达到2300元（按现价计算），增长8%。")
    assert found[2300].evidence.endswith("2300元")
    found = _quantities("有的乡镇还建成了年产五百吨合成氨（合两千吨化肥）的小化肥厂。", date="1975")
    assert found[500].evidence.endswith("五百吨合成氨")


def test_the_base_of_a_comparison_is_the_same_measure_in_its_own_year() -> None:
    found = _quantities("2023年，全市规上工业增加值达到1200亿元，比2020年的900亿元增长33%。")
    base = found[900]
    assert (base.kind, base.deadline_year, base.metric) == ("fact", 2020, "规上工业增加值")
    assert found[1200].deadline_year == 2023


def test_a_year_in_chinese_numerals_and_a_modal_are_no_part_of_the_metric() -> None:
    found = _quantities("一九八五年的钢产量将达到四千万吨。", date="1983")
    assert found[4000].metric == "钢产量"


def test_a_count_after_a_verb_counts_the_noun_after_it() -> None:
    found = _quantities("今年要重点扶持30家成长型中小企业，支持12个村发展特色产业。")
    assert found[30].metric == "成长型中小企业"
    assert found[12].metric.startswith("村")


def test_respectively_opening_its_clause_takes_the_numbers_before_as_its_subjects() -> None:
    text = "各位代表：\n一、2023年工作回顾\n全年接待游客3200万人次、旅游收入280亿元，分别增长12%和15%。\n"
    found = _quantities(text)
    assert (found[12].metric, found[15].metric) == ("接待游客增长", "旅游收入增长")
    # two numbers before a list of three are no subjects of it
    text = "各位代表：\n一、2023年工作回顾\n接待游客3200万人次、旅游收入280亿元，分别增长12%、15%和9%。\n"
    metrics = [q.metric for q in luoshi.document_from_text(text, date="2024-01-20").quantities][2:]
    assert len(metrics) == 3 and not any("游客" in m or "收入" in m for m in metrics)
    # a part named after its whole (其中) is one of the subjects
    text = "一、2025年工作回顾\n全年工业总产值达到850亿元，其中高新技术产业产值420亿元，分别比上年增长8%和12%。\n"
    found = _quantities(text, date="2026-01-20")
    assert (found[8].metric, found[12].metric) == ("工业总产值比上年增长", "高新技术产业产值比上年增长")


def test_a_change_compared_with_a_year_measures_what_the_clause_before_measured() -> None:
    found = _quantities("全年粮食产量达到65万吨，比2020年增加3万吨。", date="2024-01-10")
    assert found[3].metric == "粮食产量比2020年增加"
    found = _quantities("城市化率达到56%，较2019年末提高4.5个百分点，增长8%。", date="2024-01-10")
    assert found[4.5].metric == "城市化率较2019年末提高"
    assert found[8].metric == "城市化率增长"
    # a verb with its object is no change of the measure before (新增学位, 增加泊位): the schools' places
    found = _quantities("新建幼儿园8所，增加学位2400个。", date="2024-01-10")
    assert found[2400].metric == "幼儿园增加学位"
    # what is left of the clause before names no measure: its metric stays whole
    found = _quantities("在校学生今年又比上年增加6%，达到5200人。", date="2024-01-10")
    assert found[5200].metric != "又"


def test_a_year_that_opens_a_topic_clause_dates_the_numbers_after_it() -> None:
    text = "各位代表：\n一、1996年工作安排\n在商业方面：一九九五年社会商品零售总额，比一九九三年大约增长百分之三十。\n"
    found = _quantities(text, date="1996")
    q = found[30]
    assert (q.kind, q.deadline_year, q.comparator) == ("fact", 1995, "about")
    assert q.metric.startswith("社会商品零售总额")
    # a clause with a number of its own is no topic: the plan's number stays a target of the plan year
    text = "各位代表：\n一、1996年工作安排\n一九九五年零售总额增长百分之十，今年增长百分之十二。\n"
    assert (_quantities(text, date="1996")[12].kind, _quantities(text, date="1996")[12].deadline_year) == ("target", 1996)


def test_single_character_members_share_the_last_members_words() -> None:
    text = "各位代表：\n一、2023年工作回顾\n一、二、三产业增加值分别增长3.2%、6.1%、5.4%。\n"
    metrics = [q.metric for q in luoshi.document_from_text(text, date="2024-01-20").quantities]
    assert metrics == ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"]  # named as the statistics do


def test_a_paragraph_narrating_one_year_of_a_five_year_review_dates_its_facts() -> None:
    text = ("各位代表：\n一、过去五年工作回顾\n五年来，全市累计新建学校40所。\n"
            "2021年，我们坚持稳中求进，实现良好开局。\n一是项目建设持续发力。完成重点项目投资180亿元。\n"
            "二、2024年工作安排\n完成重点项目投资200亿元。\n")
    found = _quantities(text, date="2024-01-20")
    assert (found[40].kind, found[40].deadline_year) == ("fact", 2023)  # the five years end last year
    assert (found[180].kind, found[180].deadline_year) == ("fact", 2021)
    assert (found[200].kind, found[200].deadline_year) == ("target", 2024)


def test_a_number_after_a_list_of_nouns_sums_them_up() -> None:
    text = "各位代表：\n一、2023年工作回顾\n全年新认证绿色食品、有机农产品26个，争取中央预算内投资、专项债券资金85亿元。\n"
    found = _quantities(text)
    assert found[26].evidence == "新认证绿色食品、有机农产品26个"
    assert found[85].metric == "中央预算内投资、专项债券资金"
    # a list whose items carry numbers, or a clause with its own verb, ends at its 、
    found = _quantities("各位代表：\n一、2023年工作回顾\n各县全部达到省级标准、至少有1个国家级品牌。\n")
    assert found[1].evidence.startswith("至少有1个")


def test_a_count_opening_its_clause_counts_the_noun_before_the_next_number() -> None:
    text = "各位代表：\n一、2023年工作回顾\n286个市重点项目分别完成年度投资计划的112%，126个园区营业收入突破3000亿元。\n"
    found = _quantities(text)
    assert found[286].evidence == "286个市重点项目"
    assert found[126].metric == "园区"
    assert found[3000].metric.startswith("园区营业收入")


def test_a_bound_after_a_lists_last_number_bounds_the_numbers_before_it() -> None:
    text = "各位代表：\n一、2024年工作安排\n城乡居民人均可支配收入分别增长5%和7%左右，省、市重点项目分别完成投资280亿元、900亿元以上。\n"
    found = _quantities(text)
    assert [found[v].comparator for v in (5, 7, 280, 900)] == ["about", "about", "at_least", "at_least"]
    assert found[280].evidence.startswith("省、市重点项目")  # two levels of one noun, not two clauses
    # a bound that qualifies a noun after the last number bounds nothing before it
    found = _quantities("各位代表：\n一、2024年工作安排\n新增龙头企业15家、10亿元以上项目20个。\n")
    assert found[15].comparator == "exact"


def test_a_number_after_a_superlative_measures_the_noun_after_it() -> None:
    found = _quantities("各位代表：\n一、2025年工作回顾\n全球首台25兆瓦级风电轴承、全球最高10米液压支架、全球最大直径掘进机成功下线。\n", date="2026-01-20")
    assert found[10].metric == "液压支架"


def test_a_plan_part_no_numbered_heading_opens_plans_for_the_year() -> None:
    text = ("各位代表：\n一、过去五年工作回顾\n五年来，全市新建学校40所。\n"
            "今后五年的主要目标是实现“三个提升”：\n——综合实力提升。实现地区生产总值1300亿元。\n"
            "——民生水平提升。城镇登记失业率控制在4%以内。\n")
    found = _quantities(text, date="2017-01-04")
    assert found[40].kind == "fact"
    assert (found[1300].kind, found[4].kind) == ("target", "target")


def test_a_base_year_is_no_part_of_the_measure() -> None:
    text = ("各位代表：\n一、过去五年工作回顾\n全市地区生产总值由2018年的820亿元增加到2023年的1260亿元。"
            "2023年财政投入12亿元，是2018年的2.3倍。同2018年比较，2023年的蔬菜、水果，都增长百分之三十以上。\n")
    found = _quantities(text)
    assert found[820].metric == "地区生产总值"
    assert found[1260].metric == "地区生产总值"
    assert found[2.3].metric == "财政投入是2018年"
    assert found[30].metric == "蔬菜、水果比2018年增长"  # a change over the five years, against its base
    assert len(found[30].metric) > len("都增长")


def test_a_deadline_month_and_a_list_items_number_are_no_part_of_the_measure() -> None:
    text = "各位代表：\n一、2024年工作安排\n6月底前要全面完成3.4万平方米草坪种植。\n6.中心城区新增公共停车泊位3000个。\n"
    found = _quantities(text)
    assert found[3.4].metric == "草坪种植"
    assert found[3000].evidence == "中心城区新增公共停车泊位3000个"
    # a month that dates a fact stays with it
    found = _quantities("各位代表：\n一、2023年工作回顾\n全市工业产值一季度增长3%，10月份增长6.5%。\n")
    assert found[6.5].evidence.startswith("10月份")


def test_how_often_something_was_done_is_no_quantity() -> None:
    found = _quantities("各位代表：\n一、2023年工作回顾\n市委、市政府16次调度推进重大项目，开展安全检查120次。\n")
    assert 16 not in found and found[120].unit == "次"
    # 连续4次获全国…: how often a prize came, said with a bare 获
    found = _quantities("一、2025年工作回顾\n全市双拥工作连续4次获全国双拥模范城称号，开展慰问活动30次。\n")
    assert 4 not in found and found[30].unit == "次"


def test_parts_titled_without_numbers_review_and_plan_their_years() -> None:
    text = ("各位代表：\n**2023年经济社会发展稳中向好**\n2023年，全市上下团结奋进。\n"
            "1、经济总量持续增长。全年实现地区生产总值2420亿元，增长6.2%。\n"
            "2、民生实事扎实办理。新增城镇就业5.6万人。\n"
            "**2024年工作安排**\n今年全市经济社会发展主要预期目标是：地区生产总值增长6%左右。\n")
    found = _quantities(text, date="2024-01-18")
    assert (found[2420].kind, found[2420].deadline_year) == ("fact", 2023)
    assert (found[5.6].kind, found[5.6].deadline_year) == ("fact", 2023)
    assert (found[6].kind, found[6].deadline_year) == ("target", 2024)


def test_a_share_or_a_change_over_years_measures_what_the_clause_before_did() -> None:
    text = ("各位代表：\n一、过去五年工作回顾\n全县低产田有七万亩，初步改良了四万五千亩，占百分之六十。"
            "各类市场主体达到9800户，五年增加70%以上。\n")
    found = _quantities(text, date="2024-01-20")
    assert found[60].metric == "初步改良占比"
    assert found[70].metric == "各类市场主体五年增加"


def test_a_number_after_a_place_measures_the_noun_after_it() -> None:
    text = "各位代表：\n一、2025年工作回顾\n因转移及时，谢家滩乡拉扎村3.7万立方米山体滑坡未造成伤亡；贫困村75%达到文明村标准。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[3.7].metric == "谢家滩乡拉扎村山体滑坡"  # the place named, then what it measures (not what it did not do)
    assert found[75].metric == "贫困村达到文明村标准"  # a share of the villages that meet it, not a place


def test_a_long_lead_cut_inside_a_year_starts_after_it() -> None:
    text = "各位代表：\n一、1954年的工作\n在建设期间，工业发展的速度当然要低些，但是一九五三年工业总产值仍然比一九五二年增加了百分之三十三。\n"
    found = _quantities(text, date="1954")
    assert not found[33].evidence.startswith("三年")


def test_the_years_period_before_a_count_is_no_part_of_its_measure() -> None:
    text = "各位代表：\n一、2024年工作安排\n紧盯年度233个重点项目，抓好2024年度100个美丽乡村建设，城镇调查失业率全年控制在5.5%以内。\n"
    found = _quantities(text)
    assert (found[233].metric, found[100].metric) == ("重点项目", "美丽乡村建设")
    assert found[5.5].metric == "城镇调查失业率"


def test_a_bold_plan_title_between_the_reviews_and_the_plans_headings_plans() -> None:
    text = ("各位代表：\n**2023年政府工作回顾**\n过去的一年，全市新建学校12所。\n"
            "**2024年政府工作目标**\n今年政府工作的主要预期目标是：地区生产总值增长6%。\n"
            "八是提升帮扶成效。将城乡低保标准提高到每人每月520元。\n"
            "**全力做好2024年政府重点工作**\n新建农贸市场5个。\n")
    found = _quantities(text, date="2024-01-09")
    assert (found[12].kind, found[12].deadline_year) == ("fact", 2023)
    assert [(found[v].kind, found[v].deadline_year) for v in (6, 520, 5)] == [("target", 2024)] * 3


def test_a_fact_without_its_own_year_speaks_of_the_year_of_the_fact_before_it() -> None:
    text = ("各位代表：\n一、过去五年工作回顾\n2021年全县财政收入比2016年减少一亿多元，减少近百分之十。"
            "全县从2016年建县之初的工业总产值不足100万元，到培育6家上市公司、工业产值近300亿元。\n")
    found = _quantities(text, date="2022-01-10")
    assert found[10].deadline_year == 2021
    assert found[300].deadline_year != 2016  # a change's two numbers are two times


def test_a_comparison_with_last_years_estimate_and_a_verb_ending_in_hao() -> None:
    text = "各位代表：\n一、2024年工作安排\n拟投入社会保障资金2930亿元，比上年预计数增加439亿元。扎实办好20项重点民生实事。\n"
    found = _quantities(text)
    assert found[439].metric == "投入社会保障资金比上年预计数增加"
    assert found[20].metric == "重点民生实事"


def test_a_long_lead_starts_at_a_word_not_inside_one() -> None:
    # a clause a few characters over the lead's length is taken whole
    found = _quantities("五年来，国有及国有控股企业在境内外新增上市公司442家。")
    assert found[442].evidence == "国有及国有控股企业在境内外新增上市公司442家"
    # a longer one is cut after its join word, not inside the word after it
    found = _quantities("全市规上工业企业和高技术制造业企业研发经费投入占营业收入比重达到3.2%。")
    assert found[3.2].evidence.startswith("高技术制造业企业研发")
    # unless 分别 shares the number out among the subjects of the list, which stay whole
    found = _quantities("全市城镇居民年人均可支配收入和农村居民年人均纯收入分别增长10%、12%。")
    assert found[10].evidence.startswith("全市城镇居民年人均可支配收入和")


def test_a_heading_that_reviews_one_year_and_sets_the_course_of_the_next() -> None:
    text = ("政府工作报告\n各位代表：\n一、一九九三年工作的回顾和一九九四年工作的基本方针\n"
            "过去的一年，全国粮食总产量达到四千五百亿公斤，钢产量八千八百万吨。\n"
            "各位代表！中共中央明确提出了今年工作的基本方针。国内生产总值要增长百分之九左右。\n")
    found = _quantities(text, date="1994-03-10")
    assert (found[4500].kind, found[4500].deadline_year) == ("fact", 1993)
    assert (found[8800].kind, found[8800].deadline_year) == ("fact", 1993)
    assert (found[9].kind, found[9].deadline_year) == ("target", 1994)


def test_a_paragraph_on_a_past_year_tells_what_it_did_but_not_of_a_span_of_years() -> None:
    text = ("政府工作报告\n各位代表：\n（一）关于经济形势\n"
            "1984年，全国工业生产继续增长，能源生产超过计划的要求，原煤产量达到七亿吨，都比上年增长8%。\n"
            "1956年，农业建设有了很大的发展。前三年共开垦荒地三千六百万亩，当年开垦荒地二千九百万亩。\n")
    found = _quantities(text, date="1985-03-27")
    assert (found[7].kind, found[7].deadline_year) == ("fact", 1984)
    assert (found[8].kind, found[8].deadline_year) == ("fact", 1984)
    assert found[3600].deadline_year is None  # the three years before, not 1956
    assert found[2900].deadline_year == 1956


def test_a_member_of_a_list_before_fenbie_that_names_the_measure_keeps_it_once() -> None:
    found = _quantities("全市工业技改投资、高新技术产业投资分别增长38%、20%。")
    assert (found[38].metric, found[20].metric) == ("工业技改投资增长", "高新技术产业投资增长")


def test_members_before_fenbie_share_what_follows_the_words_they_end_in() -> None:
    found = _quantities("先进制造业、高技术制造业增加值占规上工业增加值比重分别达56.2%、32.1%。")
    assert found[56.2].metric == "先进制造业增加值占规上工业增加值比重"
    assert found[32.1].metric == "高技术制造业增加值占规上工业增加值比重"
    found = _quantities("农村特困人员集中供养、分散供养补助标准分别提高17.3%、9%。")
    assert found[17.3].metric == "农村特困人员集中供养补助标准提高"
    # a second noun joined to the last member is no measure the first shares
    found = _quantities("商业价值信用贷款、农村信用贷款与抵押贷款改革试点分别发放贷款671亿元、20亿元。")
    assert found[671].metric == "商业价值信用贷款发放贷款"


def test_a_count_after_examples_measures_the_noun_after_it() -> None:
    found = _quantities("今年要推动城南物流园、滨江数据中心等12个重大产业项目建成投产。")
    assert found[12].metric.startswith("重大产业项目")
    found = _quantities("完成青岗、东联、石湾3条航道升级改造工程。")
    assert found[3].metric == "航道升级改造工程"
    # a measure that ends a list is no example: 总投资 is what the number measures
    found = _quantities("建成装机规模最大、新能源占比最高、总投资80亿元的新能源基地。")
    assert found[80].metric.endswith("总投资")


def test_the_sentences_after_a_look_back_in_a_plans_part_report_facts() -> None:
    text = ("政府工作报告\n各位代表：\n一、2025年工作回顾\n全市新建学校12所。\n"
            "二、关于“十五五”规划纲要（草案）的说明\n“十五五”时期，全市生产总值年均增长5%左右。\n"
            "这五年，城市功能迈上新台阶。研发中心从481家增加到636家，新增养老床位2.5万张。"
            "今后五年，新建研发中心200家。\n")
    found = _quantities(text, date="2026-02-03")
    assert found[5].kind == "target"
    assert [found[v].kind for v in (481, 636, 2.5)] == ["fact"] * 3
    assert found[200].kind == "target"  # a sentence that looks ahead again


def test_numbers_after_a_past_years_fact_in_its_sentence_report_that_year_too() -> None:
    text = ("政府工作报告\n各位代表：\n二、一九五九年的任务\n一九五九年要新建学校三百所。"
            "一九五八年上半年小学生有三百一十九万人，中等学校学生三十一万人。"
            "要在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加三千亿斤。\n")
    found = _quantities(text, date="1959-04-18")
    assert (found[300].kind, found[300].deadline_year) == ("target", 1959)
    assert (found[31].kind, found[31].deadline_year) == ("fact", 1958)
    assert (found[3000].kind, found[3000].deadline_year) == ("target", 1959)  # the sentence demands


def test_a_paragraph_on_a_past_year_in_chinese_numerals() -> None:
    text = ("政府工作报告\n各位代表：\n二、一九五九年的任务\n一九五九年要新建学校三百所。\n"
            "在一九五八年，少数民族的经济和文化有了巨大的跃进。民族学院学生总数达到三百五十一万人。\n")
    found = _quantities(text, date="1959-04-18")
    assert (found[351].kind, found[351].deadline_year) == ("fact", 1958)


def test_a_bare_measure_after_a_list_item_measures_the_same_subject() -> None:
    found = _quantities("今年要确保粮食播种面积1530万亩、总产量125亿斤。")
    assert found[125].metric == "粮食总产量"
    found = _quantities("全年外贸进出口总额300亿元，出口180亿元。")
    assert found[180].metric == "出口"  # 外贸进出口 is a measure, not what one is of
    found = _quantities("粮食增长百分之十七点六，即增产五百七十八亿斤，到一九五七年达到三千八百五十六亿斤。", date="1955-07-05")
    assert found[578].metric.startswith("粮食")
    assert found[3856].metric == "粮食"  # the level the growth reaches


def test_a_figure_compared_with_another_level_after_it_is_the_figure_befores() -> None:
    text = "一、2025年工作回顾\n全县农村居民人均可支配收入达到2.1万元，比全省平均水平高1800元。城镇化率58%，比全国低6个百分点。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[1800].metric == "农村居民人均可支配收入比全省平均水平高"
    assert found[6].metric == "城镇化率比全国低"


def test_a_change_naming_no_measure_is_of_the_topic_its_sentence_opens_on() -> None:
    text = ("一、过去两年的工作\n但一九五四年的棉花产量，就全省范围来说，比一九五二年仍增长了百分之五。"
            "城市居民的储蓄存款，一九五四年比一九五二年增加了百分之四十。\n")
    found = _quantities(text, date="1955-03-01")
    assert found[5].metric == "棉花产量比一九五二年增长"
    assert found[40].metric == "城市居民的储蓄存款比一九五二年增加"


def test_a_milestone_named_again_after_the_measure_is_no_part_of_it() -> None:
    found = _quantities("二、今年工作安排\n力争三年内迈上800亿元地区生产总值这个台阶。\n", date="2026-01-20")
    assert found[800].metric == "地区生产总值"


def test_items_said_as_so_much_take_the_measure_their_lead_names() -> None:
    found = _quantities("一、2025年工作回顾\n2025年全市主要农产品产量：油料为16万吨，茶叶为2.5万吨。\n", date="2026-01-20")
    assert (found[16].metric, found[2.5].metric) == ("油料产量", "茶叶产量")
    text = "一、过去五年的工作\n2020年到2025年五年间的实际产量合计，油料为80万吨，茶叶为12万吨。\n"
    found = _quantities(text, date="2026-01-20")
    assert (found[80].metric, found[12].metric) == ("油料实际产量合计", "茶叶实际产量合计")


def test_a_bare_rate_said_respectively_is_of_the_things_the_clause_before_lists() -> None:
    text = "一、2025年工作回顾\n工业固废、建筑垃圾利用水平稳步提升，利用率分别达到92%、60%。\n"
    found = _quantities(text, date="2026-01-20")
    assert (found[92].metric, found[60].metric) == ("工业固废利用率", "建筑垃圾利用率")


def test_owners_listed_after_a_measured_one_are_measured_alike() -> None:
    text = "一、过去五年\n全市纺织产业营业收入超800亿元，化工、建材产业超500亿元。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[500].metric == "化工、建材产业营业收入"


def test_a_size_before_an_unowned_base_or_station_is_its_capacity_not_what_it_did() -> None:
    text = "一、2025年工作回顾\n400万千瓦光伏基地首批组件并网发电，2座20万千瓦的抽水蓄能电站开工建设。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[400].metric == "光伏基地设计产能"
    assert found[20].metric == "抽水蓄能电站设计产能"


def test_the_course_told_after_counted_things_is_no_part_of_them() -> None:
    found = _quantities("二、今年工作安排\n总结32个重点项目从立项、审批到竣工投产的经验。\n", date="2026-01-20")
    assert found[32].metric == "重点项目"


def test_an_investment_line_drawing_a_class_of_projects_is_no_amount_but_a_named_projects_is() -> None:
    text = "二、今年工作安排\n重点服务投资超5亿元的制造业项目，推进投资5亿元以上的项目20个。\n"
    assert [q.value for q in luoshi.document_from_text(text, date="2026-01-20").quantities] == [20]
    text = "一、2025年工作回顾\n计划投资超30亿元的宏达新材料项目建成投产。\n"
    assert [q.value for q in luoshi.document_from_text(text, date="2026-01-20").quantities] == [30]


def test_a_floor_drawn_around_things_then_counted_is_no_figure_of_its_own() -> None:
    text = "二、今年工作安排\n建设不少于500人规模的中心村30个。\n"
    found = luoshi.document_from_text(text, date="2026-01-20").quantities
    assert [q.value for q in found] == [30]
    assert found[0].metric.endswith("中心村")


def test_a_trail_a_few_characters_over_its_length_is_whole() -> None:
    found = _quantities("2023年，全市28个制造业中试平台入选全国首批重点培育名单。", date="2024-01-20")
    assert found[28].evidence.endswith("重点培育名单")


def test_an_award_won_is_counted_whole_however_long_its_name() -> None:
    found = _quantities("2024年，5项少数民族传统医药科研成果获首届民族医药科学技术奖。3名乡村小学教师荣获全国教育系统先进工作者称号。", date="2025-01-20")
    assert found[5].metric == "少数民族传统医药科研成果获首届民族医药科学技术奖"
    assert found[3].metric.endswith("先进工作者称号")


def test_the_years_a_count_took_are_no_part_of_what_it_counts() -> None:
    text = "一、过去五年工作回顾\n五年共培养12万名乡村医生。两年培训800名高级技工。\n"
    found = _quantities(text, date="2026-01-20")
    assert (found[12].metric, found[800].metric) == ("乡村医生", "高级技工")


def test_facts_of_a_period_looked_back_on_in_a_plans_part_are_dated_by_its_end() -> None:
    text = ("政府工作报告\n各位代表：\n一、2025年工作回顾\n全市新建学校12所。\n"
            "二、关于“十五五”规划纲要（草案）的说明\n“十五五”时期，全市生产总值年均增长5%左右。"
            "这五年，全市生产总值增加到5.67万亿元。两年中新建公路六千六百多公里。\n")
    found = _quantities(text, date="2026-02-03")
    assert (found[5.67].kind, found[5.67].deadline_year) == ("fact", 2025)
    assert (found[6600].kind, found[6600].deadline_year) == ("fact", 2025)


def test_two_levels_of_one_noun_and_a_then_open_no_metric() -> None:
    found = _quantities("2025年，全市社区卫生服务中心预约二、三级医院专家号源31.3万个。", date="2026-01-20")
    assert "二、三级医院专家号源" in found[31.3].metric
    found = _quantities("如果把乡村小学经费加入计算，则2026年社会文教支出增长比例为26.39%。")
    assert found[26.39].metric == "社会文教支出增长比例"


def test_the_sentences_after_last_year_opens_one_report_last_year() -> None:
    text = ("各位代表：\n关于经济形势\n利用外资有了新的发展。去年，全国进出口总额达到一千二百亿元。"
            "全年共批准中外合资经营企业七百四十一个。\n")
    found = _quantities(text, date="1985-03-27")
    assert (found[741].kind, found[741].deadline_year) == ("fact", 1984)


def test_a_plan_that_opens_its_sentence_dates_the_targets_of_each_clause() -> None:
    text = ("政府工作报告\n各位代表：\n二、今后的任务\n第一个五年计划规定农业总产值在五年内增长百分之二十三，"
            "到一九五七年达到六百亿元；以产量说，粮食增长百分之十七，棉花增长百分之二十五。\n")
    found = _quantities(text, date="1955-07-05")
    assert [found[v].deadline_year for v in (23, 17, 25)] == [1957, 1957, 1957]


def test_a_count_right_before_another_counts_what_the_other_does() -> None:
    found = _quantities("今年要培育龙头企业20家，3万户8万人实现稳定增收。")
    assert found[3].metric == found[8].metric == "实现稳定增收"
    redacted = luoshi.document_from_text("今年要培育龙头企业X家，XX万户XX万人实现稳定增收。", date="2024-01-20")
    assert [q.metric for q in redacted.quantities if q.unit == "万户"] == ["实现稳定增收"]
    # a count followed by the noun it counts is no pair: 37家 counts the units, not their funds
    found = _quantities("2023年，37家中央定点帮扶单位援助资金2.1亿元。", date="2024-01-20")
    assert found[37].metric != found[2.1].metric


def test_a_review_of_several_years_reports_as_of_their_end() -> None:
    text = ("政府工作报告\n各位代表：\n一、过去五年工作回顾\n五年来，全市新建学校120所，城镇化率提高到58%。\n"
            "二、今后五年的目标任务\n新建学校200所。\n")
    found = _quantities(text, date="2022-01-06")
    assert [(found[v].kind, found[v].deadline_year) for v in (120, 58)] == [("fact", 2021)] * 2
    # a year its paragraph narrates stays that year's
    narrated = text.replace("五年来，全市新建学校120所", "2019年，我们新建学校120所")
    assert _quantities(narrated, date="2022-01-06")[120].deadline_year == 2019


def test_a_list_that_shares_its_verb_is_the_subject_of_its_number() -> None:
    found = _quantities("2025年，全市制造业贷款余额、科技贷款余额均增长11.7%。", date="2026-01-20")
    assert found[11.7].evidence.startswith("全市制造业贷款余额、")
    found = _quantities("2025年，食品、石化、医药、信息等重点产业增加值占比达到55%。", date="2026-01-20")
    assert found[55].metric.startswith("食品、石化、医药、信息等重点产业")


def test_short_kinds_share_the_field_and_totals_take_their_subject() -> None:
    found = _quantities("力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。")
    assert [found[v].metric for v in (2400, 450, 1700)] == ["交通领域投资额", "水利领域投资额", "能源领域投资额"]
    found = _quantities("2023年，新增过百亿元企业2家、总数达7家。", date="2024-01-20")
    assert found[7].metric == "过百亿元企业总数"
    found = _quantities("2023年，新登记经营主体320万户、增长13%，总量达2037万户。", date="2024-01-20")
    assert found[2037].metric == "新登记经营主体总量"
    found = _quantities("五年来，地方一般公共财政预算收入比“十一五”末翻了一番，年均增长15%。", date="2016-01-14")
    assert found[15].metric == "地方一般公共财政预算收入年均增长"



def test_a_modal_the_base_year_hid_and_a_possessive_scope_are_no_part_of_the_measure() -> None:
    found = _quantities("到2030年，全县的快递处理能力将由2025年的800万件增加到1500万件。", date="2026-01-20")
    assert found[800].metric == found[1500].metric == "快递处理能力"


def test_a_bare_rate_takes_the_subject_of_the_clause_before_it() -> None:
    found = _quantities("2025年，全县固定资产投资保持稳健增长，全年增幅达到7.0%；民生支出持续增加，占比达到78%。")
    assert (found[7].metric, found[78].metric) == ("固定资产投资增幅", "民生支出占比")
    # and a figure with no metric at all
    found = _quantities("2025年，全县外贸出口从7月份开始大幅度回升，全年达到19亿美元；原油产量继续增长，达到1.2亿吨。")
    assert (found[19].metric, found[1.2].metric) == ("外贸出口", "原油产量")
    # a clause before with a number of its own measures something else
    found = _quantities("2025年，全县新增就业3000人，增幅达到7.0%。")
    assert found[7].metric != "新增就业增幅"
    # nor a bare figure after a clause with none that names a measure and how it went
    found = _quantities("2025年，对东盟出口增长12%，全县外贸进出口总额创历史新高，达到96亿元、增长8.5%。")
    assert (found[96].metric, found[8.5].metric) == ("外贸进出口总额", "外贸进出口总额增长")


def test_what_a_plan_asks_for_is_no_part_of_the_measure() -> None:
    found = _quantities("今年计划要求粮食增产5%，要求造林6万亩。", date="2026-01-20")
    assert (found[5].metric, found[6].metric) == ("粮食增产", "造林")


def test_a_milestone_verb_is_no_part_of_the_measure() -> None:
    found = _quantities("2025年，全市地区生产总值连续迈上4000亿元台阶、年均增长5.6%，税收收入跨过300亿元。")
    assert (found[4000].metric, found[5.6].metric, found[300].metric) == (
        "地区生产总值", "地区生产总值年均增长", "税收收入")


def test_a_list_of_changes_after_a_fenbie_list_changes_its_subjects_in_order() -> None:
    found = _quantities("2023年，全县存款余额、贷款余额分别达到820亿元、610亿元，增长9.5%和12.1%。")
    assert (found[9.5].metric, found[12.1].metric) == ("存款余额增长", "贷款余额增长")
    # a list of another length keeps what it had
    found = _quantities("2023年，全县存款余额、贷款余额分别达到820亿元、610亿元，增长9.5%。")
    assert found[9.5].metric != "存款余额增长"


def test_how_a_figure_is_set_and_the_year_it_starts_from_are_no_part_of_the_measure() -> None:
    found = _quantities("今年赤字率拟按3%安排。去年，试点县由上年的18个增加到36个。")
    assert found[3].metric == "赤字率"
    assert found[18].metric == found[36].metric == "试点县"
    found = _quantities("2025年，重点行业清洁运输比例从年初31%提升至81%。", date="2026-01-20")
    assert found[31].metric == found[81].metric == "重点行业清洁运输比例"


def test_a_label_naming_an_aspect_names_the_measure_of_its_line() -> None:
    found = _quantities("在农业总产值方面：2023年比2022年增长4.2%，2024年又比2023年增长3.9%。\n在税收方面：全年完成86亿元。\n")
    assert found[4.2].metric == "农业总产值比2022年增长"
    assert found[3.9].metric == "农业总产值比2023年增长"
    assert found[86].metric == "税收"


def test_a_doubling_in_years_to_come_is_due_at_their_end_and_measures_what_doubles() -> None:
    found = _quantities("二、2026年工作安排\n力争规上工业产值三年翻一番，高新技术企业数量五年翻两番。\n", date="2026-01-20")
    assert (found[1].metric, found[1].deadline_year) == ("规上工业产值", 2028)
    assert (found[2].metric, found[2].deadline_year) == ("高新技术企业数量", 2030)
    # the base compared with stays, as the gold writes it; the year that opens the sentence dates it
    found = _quantities("到2030年，全县生产总值比2020年翻一番。", date="2026-01-20")
    assert (found[1].metric, found[1].deadline_year) == ("生产总值比2020年", 2030)


def test_a_list_of_measures_before_as_many_bare_numbers_pairs_them_without_fenbie() -> None:
    found = _quantities("2023年，实现外贸进出口总额、实际利用外资额86亿元、12亿元，分别增长9%、6%。")
    assert (found[86].metric, found[12].metric) == ("外贸进出口总额", "实际利用外资额")
    assert (found[9].metric, found[6].metric) == ("外贸进出口总额增长", "实际利用外资额增长")
    # a member that needs the last one's noun (燃气 of 排水管网) keeps the list whole
    found = _quantities("今年改造老旧供水、燃气、排水管网80公里、60公里、30公里。")
    assert found[60].metric != "燃气"
    # with a verb between the list and its numbers, the first number's evidence names them all
    text = "去年，全县税收收入、一般公共预算收入达到41.2亿元和18.5亿元。"
    found = _quantities(text)
    assert (found[41.2].metric, found[18.5].metric) == ("税收收入", "一般公共预算收入")
    assert found[41.2].evidence == "全县税收收入、一般公共预算收入达到41.2亿元"
    # modifiers of one width share the measure the last names, and 力争 is none of it
    found = _quantities("今年，食品加工、装备制造产业集群营收力争达到210亿元、170亿元。")
    assert (found[210].metric, found[170].metric) == ("食品加工产业集群营收", "装备制造产业集群营收")
    found = _quantities("新建学校、医院达到12所和5所。")  # no measure named: nothing to pair
    assert found[12].metric == found[5].metric


def test_a_goal_set_at_a_value_and_a_note_marker_are_no_part_of_the_metric() -> None:
    found = _quantities("今年要把城镇调查失业率控制在5.5%以内，全市经济增长目标定为6%左右，粮食产量拟定为80万吨。")
    assert found[5.5].metric == "城镇调查失业率"
    assert found[6].metric == "经济增长目标"
    assert found[80].metric == "粮食产量"
    found = _quantities("附注\n[3]12个重点镇：即城关、河口等12个重点镇。")
    assert found[12].metric == "重点镇"
    assert not found[12].evidence.startswith("[")


def test_a_count_after_an_approval_verb_and_a_long_modified_noun_are_counted_whole() -> None:
    found = _quantities("今年要争取新获批3所省级示范性职业院校。")
    assert found[3].metric == "省级示范性职业院校"
    found = _quantities("今年要扶持建成2所面向失能老人的专业化康复护理中心。")
    assert found[2].metric.endswith("康复护理中心")
    assert found[2].evidence.endswith("康复护理中心")


def test_a_bound_after_chao_that_qualifies_a_noun_is_no_quantity_of_its_own() -> None:
    found = _quantities("2023年，新签约投资超5亿元重点项目23个，年营业收入超10亿元的企业达到8家。")
    assert 5 not in found and 10 not in found
    assert found[23].metric.endswith("重点项目") and found[8].metric.endswith("企业")
    assert found[23].evidence == "新签约投资超5亿元重点项目23个"
    # an amount that ends its clause is one
    assert _quantities("2023年，全县固定资产投资超50亿元，增长8%。")[50].metric == "固定资产投资"


def test_a_long_lead_is_not_cut_inside_a_number() -> None:
    text = "今年要深度谋划储备投资超20亿元乃至超50亿元的产业大项目不少于30个。"
    found = _quantities(text)
    assert not text[found[30].start - 1].isdigit()  # not 0亿元乃至…, the 2 left behind


def test_a_quantity_after_a_verb_of_output_measures_the_noun_after_it() -> None:
    # (多种二十万亩油菜，就能增产三万吨食油 is an illustration, no quantity: see the hypotheticals' tests)
    found = _quantities("今年要扩种油菜，增产三万吨食油。", date="1956")
    assert found[3].metric == "食油"
    found = _quantities("今年要建成某某公司年产5万吨饲料项目。")
    assert found[5].metric == "某某公司饲料设计产能"  # a project's yearly output: what it is built for


def test_the_subjects_of_fenbie_leave_out_the_count_before_them_and_todays_base_is_the_same_measure() -> None:
    found = _quantities("今年要推动150家规上企业营业收入、利润分别增长12%、9%。")
    assert found[12].metric == "规上企业营业收入增长"
    found = _quantities("精简后，市政府工作部门共28个，比现有的35个减少7个。")
    assert found[35].metric == found[28].metric == "市政府工作部门"
    assert found[7].metric == "市政府工作部门减少"


def test_a_lead_over_the_nation_is_the_lead_of_the_measure_before_it() -> None:
    found = _quantities("2025年，全市规上工业增加值增长7.2%，高于全省1.3个百分点；森林覆盖率达到45%，高于全国平均水平20个百分点。")
    assert found[1.3].metric == "规上工业增加值增长高于全省"
    assert found[20].metric == "森林覆盖率高于全国平均水平"


def test_levels_before_a_count_and_parallel_words_before_a_shared_measure() -> None:
    found = _quantities("2023年，县、乡45个部门实现网上办理。")
    assert found[45].metric.startswith("县、乡部门")
    found = _quantities("2023年，炼焦、炼钢先进产能占比分别达到90%、70%；制造业、数字经济核心产业增加值分别增长5%、8%。")
    assert (found[90].metric, found[70].metric) == ("炼焦先进产能占比", "炼钢先进产能占比")
    # words with nothing in common may be of different lengths: nothing is cut at the first's width
    assert found[5].metric == "制造业增加值增长"


def test_a_share_is_of_the_measure_before_it_and_a_level_shares_the_next_counts_noun() -> None:
    found = _quantities("2023年，全县民生支出32亿元，增长6%，占一般公共预算支出的78%。")
    assert found[78].metric == "民生支出占一般公共预算支出"
    found = _quantities("今年要建成3个国家级和12个省级重点实验室。")
    assert found[3].metric == "国家级重点实验室"
    # after a change, the share is of what changed
    found = _quantities("科研经费从2020年的3亿元增加到2025年的6亿元，占财政支出的比重从2%提高到3%。")
    assert found[2].metric == found[3].metric == "科研经费占财政支出的比重"


def test_a_rank_names_the_measure_a_bare_figure_after_it_counts_and_a_period_before_is_no_part() -> None:
    found = _quantities("2025年，全省高速公路通车里程全国第五、突破8000公里，铁路运营里程全国第九。")
    assert found[8000].metric == "高速公路通车里程"
    found = _quantities("尽管近三年内全县能源消费总量年均只增长1.5%，工业增加值却年均增长9%。", date="2024")
    assert found[1.5].metric.startswith("全县能源消费总量") or found[1.5].metric.startswith("能源消费总量")
    found = _quantities("6%左右的预期增长目标与省定目标相衔接，与全县发展潜力相匹配。")
    assert found[6].metric == "预期增长目标"


def test_figures_cited_from_statistics_in_a_plans_part_are_facts() -> None:
    text = ("二、今后五年的主要任务\n我县原有工业的布局很不合理。据2019年的统计，城关镇的工业产值占全县工业总产值的70%以上。"
            "今后五年，新建工业园区3个。\n")
    found = _quantities(text, date="2021-01-20")
    assert found[70].kind == "fact" and found[3].kind == "target"


def test_a_count_opening_its_clause_counts_a_long_noun_and_a_doubling_names_the_measure_after_it() -> None:
    found = _quantities("2024年，6个省级特色产业小镇建设试点镇完成投资5.6亿元。")
    assert found[6].metric == "省级特色产业小镇建设试点镇"
    found = _quantities("2025年，外贸实绩企业突破900家，高新技术企业数量实现翻番、达1800家。")
    assert found[1800].metric == "高新技术企业数量"


def test_a_counted_noun_ends_before_the_measure_or_the_verb_that_follows_it() -> None:
    found = _quantities("2024年，全县9个地表水考核断面水质优良率达到100%，25家帮扶单位落实帮扶资金3000万元。")
    assert found[9].metric == "地表水考核断面"
    assert found[25].metric == "帮扶单位"
    found = _quantities("2023年，全县213个行政村集体经营性收入全部达到5万元以上。")
    assert found[213].metric == "行政村"


def test_how_the_work_on_what_a_count_counts_goes_is_no_part_of_its_noun() -> None:
    found = _quantities("2024年，36个“美丽庭院”试点建设扎实推进，12项民生实事全面完成，8个文旅项目正在加快建设。")
    assert found[36].metric == "“美丽庭院”试点"
    assert found[36].evidence == "36个“美丽庭院”试点建设扎实推进"
    assert found[12].metric == "民生实事"
    assert found[8].metric == "文旅项目"
    found = _quantities("2024年，6个乡镇污水处理厂全部建成投用，3条县道顺利完工。")
    assert found[6].metric == "乡镇污水处理厂建成投用"
    assert found[3].metric == "县道完工"


def test_a_phase_before_a_count_and_a_measure_before_what_it_did() -> None:
    found = _quantities("2024年，建成城市公共充电系统首期120个充电站。")
    assert found[120].metric == "充电站"
    found = _quantities("力争3处煤矿、产能600万吨/年建成投产；投资2.1亿元实施供水管网改造工程。")
    assert found[600].metric == "产能"
    assert found[2.1].metric == "供水管网改造工程投资"
    found = _quantities("五年的财政支出，用于农田水利的约占30%。", date="1957")
    assert found[30].metric == "用于农田水利"


def test_the_verb_of_a_change_and_an_estimate_are_no_part_of_the_level_they_reach() -> None:
    found = _quantities("2025年，全县人均公园绿地面积增加至15.6平方米，建成区面积扩大到32平方公里，"
                        "城镇登记失业率下降至3.1%，服务业占比已接近45%。", date="2026-01-20")
    assert found[15.6].metric == "人均公园绿地面积"
    assert found[32].metric == "建成区面积"
    assert found[3.1].metric == "城镇登记失业率"
    assert found[45].metric == "服务业占比"
    found = _quantities("五年来，全县居民人均预期寿命预计达80岁，全年粮食产量计划达到50万吨。", date="2026-01-20")
    assert found[80].metric == "居民人均预期寿命" and found[80].kind == "fact"
    assert found[50].metric == "粮食产量"


def test_work_within_the_plan_is_no_cue_of_a_target_and_existing_things_name_no_time() -> None:
    found = _quantities("计划内签约的技术引进项目有三百多项，成交额比上年大幅增加。", date="2024-01-20")
    assert found[300].metric.startswith("计划内签约") and found[300].kind == "fact"
    found = _quantities("要抓好全县现有果园的品种改良，近几年把水果产量稳定在20万吨以上。", date="2024-01-20")
    assert found[20].kind == "target" and found[20].metric == "水果产量"


def test_the_items_of_a_list_go_on_with_the_dated_target_that_opens_it() -> None:
    text = "到2030年，全县粮食产量计划达到60万吨，比2025年增长10%；油料3万吨，增长20%；蔬菜80万吨。"
    found = _quantities(text, date="1970")
    assert {(found[v].kind, found[v].deadline_year) for v in (60, 3, 20, 80)} == {("target", 2030)}
    # a past figure after the list is no item of it
    found = _quantities("到2030年，全县粮食产量计划达到60万吨；而去年油料只生产了2万吨。", date="1970")
    assert found[2].kind == "fact"


def test_a_count_after_new_counts_the_noun_after_it() -> None:
    found = _quantities("2025年，县自贸片区新增5项制度创新成果获全省推广。", date="2026-01-20")
    assert found[5].metric.startswith("制度创新成果")


def test_a_run_of_years_and_what_the_place_became_are_no_part_of_the_measure() -> None:
    found = _quantities("2025年，全县空气优良天数比率连续六年保持在95%，成为全市森林覆盖率首个超过60%的县。",
                        date="2026-01-20")
    assert found[95].metric == "空气优良天数比率"
    assert not found[60].metric.startswith("成为")


def test_a_quoted_name_after_a_count_keeps_its_closing_mark() -> None:
    found = _quantities("2025年，完成18家企业“腾笼换鸟”，建成26个“美丽庭院”。", date="2026-01-20")
    assert found[18].metric == "企业“腾笼换鸟”" and found[18].evidence.endswith("“腾笼换鸟”")
    assert found[26].metric == "美丽庭院"


def test_how_a_growth_is_said_is_no_part_of_its_measure_and_examples_end_at_their_etc() -> None:
    found = _quantities("2025年全县生猪、肉牛的出栏量，都将增长10%以上；工业增加值100亿元，即增长8%。", date="2025")
    assert found[10].metric == "生猪、肉牛的出栏量增长"
    assert found[8].metric == "工业增加值增长"
    found = _quantities("2025年，滨河公园、湿地公园和36个口袋公园等建成开放。", date="2026-01-20")
    assert found[36].metric == "口袋公园"


def test_a_single_years_growth_after_an_average_over_years_is_no_average() -> None:
    found = _quantities("从2019年到2023年，全县工业总产值平均每年增长7.5%，2024年增长9.2%。", date="2025-01-20")
    assert found[7.5].metric == "工业总产值平均每年增长"
    assert found[9.2].metric == "工业总产值增长" and found[9.2].deadline_year == 2024


def test_a_word_naming_two_things_gives_each_of_a_pair_of_figures_its_own_measure() -> None:
    found = _quantities("2025年，城乡居民人均可支配收入分别增长5.5%和7.2%，全县金融机构存贷款余额分别达到"
                        "380亿元、290亿元；城乡低保标准年均提高8.1%、9.4%。", date="2026-01-20")
    assert found[5.5].metric == "城镇居民人均可支配收入增长" and found[7.2].metric == "农村居民人均可支配收入增长"
    assert found[380].metric == "金融机构存款余额" and found[290].metric == "金融机构贷款余额"
    assert found[8.1].metric == "城镇低保标准年均提高" and found[9.4].metric == "农村低保标准年均提高"
    # without 分别, a total that passed two marks is one measure
    found = _quantities("2025年，全县外贸进出口总额接连突破80亿元、90亿元。", date="2026-01-20")
    assert found[80].metric == found[90].metric


def test_a_list_before_respectively_shares_a_per_head_opening_but_no_measure_across_counts_and_amounts() -> None:
    found = _quantities("2025年，每万人拥有公共图书馆藏书、体育场地面积分别达到1.2册、2.6平方米。", date="2026-01-20")
    assert found[2.6].metric == "每万人体育场地面积"
    found = _quantities("2025年，外贸企业、出口产品、进出口总额分别达到80家、30万吨、9亿美元。", date="2026-01-20")
    assert found[80].metric == "外贸企业" and found[30].metric == "出口产品"


def test_a_past_years_figures_go_on_across_a_semicolon_where_nothing_asks_for_more() -> None:
    text = ("二、2025年工作安排\n2024年全县共开展“企业服务日”活动37期，解决问题161个；带动乡镇开展对接活动213次。"
            "2024年完成投资80亿元；力争今年完成投资90亿元。\n")
    found = _quantities(text, date="2025-01-14")
    assert (found[213].kind, found[213].deadline_year) == ("fact", 2024)
    assert found[90].kind == "target"


def test_a_numeral_with_a_scale_inside_is_no_pair_of_numbers_and_aspects_are_no_quantity() -> None:
    found = _quantities("五年来，农村公路里程从8000多公里增加到1万2千公里。", date="2026-01-20")
    assert set(found) == {8000}  # neither 1万 nor 2千公里: each alone is a wrong number
    found = _quantities("一年来，主要做了7个方面工作；深挖5个方面26项增长潜力，棉花产量达到三百万担。", date="2026-01-20")
    assert 7 not in found and found[26].metric == "增长潜力"
    assert found[300].unit == "万担"


def test_a_span_of_years_ahead_that_opens_a_sentence_dates_every_clause_of_it() -> None:
    found = _quantities("今后五年内全县新建学校12所，改造农村公路300公里。", date="2026-01-20")
    assert found[12].deadline_year == found[300].deadline_year == 2030
    found = _quantities("2025年全县新建学校12所，改造农村公路300公里。", date="2026-01-20")
    assert found[300].kind == "fact"


def test_a_label_before_a_colon_names_the_measure_of_its_line() -> None:
    text = "到2030年，主要产品产量如下：\n粮食：达到120万吨，增长8%。\n蔬菜、水果：达到60万吨，增长10%。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[120].metric == "粮食" and found[8].metric == "粮食增长"
    assert found[60].metric == "蔬菜、水果" and found[10].metric == "蔬菜、水果增长"


def test_a_share_between_a_verb_and_its_object_measures_both() -> None:
    found = _quantities("2025年，全县养老助餐点覆盖八成以上行政村，财政支出75%以上用于民生领域。", date="2026-01-20")
    assert found[8].metric == "养老助餐点覆盖行政村"
    assert found[75].metric == "财政支出用于民生领域"


def test_a_topic_clause_naming_a_measure_names_the_change_after_it() -> None:
    found = _quantities("全县粮食总产量，比上年增加1.2万吨，增长3.5%；蔬菜的产量，比上年增加8000吨。", date="2026-01-20")
    assert found[1.2].metric == "粮食总产量比上年增加"
    assert found[3.5].metric == "粮食总产量增长"
    assert found[8000].metric == "蔬菜的产量比上年增加"
    # a clause that names no measure is no topic
    assert _quantities("如果能够加速周转，减少百分之二。", date="2026-01-20")[2].metric == "减少"


def test_a_past_year_that_opens_a_comparison_makes_its_change_a_fact_in_a_plans_part() -> None:
    text = ("二、今后五年的主要任务\n近八年来，我县经济实力有了很大的增加。2025年同2017年相比，地区生产总值由80亿元增加到"
            "160亿元。今后五年，地区生产总值将由165亿元增加到240亿元。\n")
    found = _quantities(text, date="2026-01-20")
    assert (found[160].kind, found[160].deadline_year) == ("fact", 2025)
    assert found[240].kind == "target"


def test_a_measure_after_a_list_or_a_figure_takes_the_subject_it_shares() -> None:
    found = _quantities("2025年，城市、县城建成区面积分别扩大6.2%、4.1%；茶叶总产量增长9%、产值增长12%。", date="2026-01-20")
    assert found[6.2].metric.startswith("城市建成区面积")
    assert found[12].metric == "茶叶产值增长"
    found = _quantities("2025年，全县生物资源普查发现3种新物种。", date="2026-01-20")
    assert found[3].metric == "新物种"


def test_a_change_against_a_plan_period_and_a_past_year_reached_are_read_as_such() -> None:
    found = _quantities("五年累计实际利用外资90亿美元，比“十三五”时期增长35%。", date="2026-01-20")
    assert found[35].metric == "五年累计实际利用外资比“十三五”时期增长"
    text = "二、今后五年的主要任务\n全县粮食产量长期徘徊，到2015年，粮食产量只有20万吨；今后五年，粮食产量达到30万吨。\n"
    found = _quantities(text, date="2026-01-20")
    assert (found[20].kind, found[20].metric) == ("fact", "粮食产量")
    assert found[30].kind == "target"


def test_counts_of_events_and_batches_keep_their_unit() -> None:
    found = _quantities("2025年，全县开展送戏下乡演出300场次以上，完成食品抽检2.1万批次。", date="2026-01-20")
    assert (found[300].unit, found[300].comparator, found[300].metric) == ("场次", "at_least", "开展送戏下乡演出")
    assert found[2.1].unit == "万批次"


def test_a_count_after_its_examples_or_a_level_after_a_count_names_what_is_counted() -> None:
    found = _quantities("2025年，交通、能源、水利等领域45个共建重点项目完成投资210亿元。", date="2026-01-20")
    assert found[45].metric == "共建重点项目"
    found = _quantities("2025年，新认定省级以上科技企业孵化器6家、市级9家，新开通8个城乡客运线路。", date="2026-01-20")
    assert found[9].metric == "市级科技企业孵化器"
    assert found[8].metric == "城乡客运线路"


def test_a_share_list_shares_its_measure_and_a_count_after_kinds_counts_its_noun() -> None:
    found = _quantities("2025年，城区、乡镇污水集中处理比例分别达98.5%、86.2%；今年办好10大类32项民生实事。",
                        date="2026-01-20")
    assert found[98.5].metric == "城区污水集中处理比例"
    assert found[32].metric == "民生实事"


def test_a_field_ranked_in_without_its_unit_of_rank_and_a_total_after_its_parts() -> None:
    found = _quantities("2025年，全县空气质量在全省86个县区中位居第3，完成投资12亿元。", date="2026-01-20")
    assert 86 not in found and 12 in found
    found = _quantities("交通部门有十二个建设项目，地方有十八个建设项目，共计三十个。", date="2026-01-20")
    assert found[30].metric == "建设项目共计"


def test_a_count_after_a_modifier_and_its_de_counts_the_modified_noun() -> None:
    found = _quantities("2026年，新开通至边境口岸城市的4条国际货运航线，由去年的5个增加到7个。", date="2026-01-20")
    assert found[4].metric == "新开通至边境口岸城市的国际货运航线"
    assert "去年" not in found[5].metric  # a change's base is no modifier: the routes before grew from 5 to 7


def test_each_a_space_before_the_stop_and_examples_before_a_class_of_projects() -> None:
    found = _quantities("2025年，新建省级孵化器、众创空间各3家，改造危桥61座 。", date="2026-01-20")
    assert found[3].metric == "新建省级孵化器、众创空间"
    assert found[61].metric == "改造危桥"
    found = _quantities("2025年，7万平方米口袋公园、45条背街小巷整治等民生工程全部完工。", date="2026-01-20")
    assert found[45].metric == "背街小巷整治"
    found = _quantities("2025年，推进80兆瓦时储能电站、200吉瓦时锂电池储能等项目建设。", date="2026-01-20")
    assert (found[80].unit, found[80].metric) == ("兆瓦时", "储能电站")
    assert (found[200].unit, found[200].metric) == ("吉瓦时", "锂电池储能")


def test_a_count_of_people_before_words_opening_with_ming_counts_them() -> None:
    found = _quantities("2025年，培训600名村干部，为3.2万名城乡居民提供免费体检。", date="2026-01-20")
    assert (found[600].unit, found[600].metric) == ("名", "村干部")
    assert found[3.2].unit == "万名"


def test_a_lead_over_a_target_a_monthly_standard_and_retail_sales_shared_through_a_list() -> None:
    found = _quantities("一、2025年工作回顾\n城镇登记失业率2.1%、低于省定目标2.4个百分点。", date="2026-01-20")
    assert (found[2.4].kind, found[2.4].metric) == ("fact", "城镇登记失业率低于省定目标")
    found = _quantities("2025年，农村低保标准提高到每月650元。", date="2026-01-20")
    assert found[650].metric == "农村低保标准"
    text = "2025年，限额以上粮油食品、服装鞋帽、金银珠宝零售额分别增长8.2%、5.1%、12.3%。"
    found = _quantities(text, date="2026-01-20")
    assert [found[v].metric for v in (8.2, 5.1, 12.3)] == [
        "限额以上粮油食品零售额增长", "服装鞋帽零售额增长", "金银珠宝零售额增长"]
    assert found[8.2].evidence.startswith("限额以上粮油食品、")  # the evidence holds the subjects it names


def test_a_bare_act_after_a_number_acts_on_its_subject_and_a_topic_names_figures_from_a_year() -> None:
    found = _quantities("2025年，全县棚户区改造安置房基本建成1200套、新开工800套。", date="2026-01-20")
    assert found[800].metric == "棚户区改造安置房新开工"
    found = _quantities("2025年，全县申请发明专利620件，授权210件。", date="2026-01-20")
    assert found[210].metric == "发明专利授权"
    found = _quantities("2025年，基本建成300套，新开工500套。", date="2026-01-20")
    assert found[500].metric == "新开工"  # no subject to act on
    text = "全县农业科技经费，从2020年的1.2亿元增加到2025年的2.6亿元。"
    found = _quantities(text, date="2026-01-20")
    assert found[1.2].metric == found[2.6].metric == "农业科技经费"
    found = _quantities("2025年，每个乡镇培育起2个以上特色产业。", date="2026-01-20")
    assert found[2].metric == "每个乡镇培育起特色产业"  # what each place is to have, for each


def test_a_word_ending_like_a_bound_keeps_its_last_character() -> None:
    found = _quantities("2025年，举办招商推介会，项目签约120亿元，行政开支比上年节约8%。", date="2026-01-20")
    assert found[120].metric == "项目签约"
    assert found[8].metric.endswith("节约")
    found = _quantities("2025年，产业园区项目新签约36宗、新开工21宗。", date="2026-01-20")
    assert found[21].metric == "产业园区项目新开工"


def test_what_reaches_a_count_of_people_names_it_and_a_count_after_a_rectification_counts_its_noun() -> None:
    found = _quantities("2025年，农村学生营养餐计划惠及12万名学生，清理整改23宗河道违建项目。", date="2026-01-20")
    assert found[12].metric == "农村学生营养餐计划惠及学生"
    assert found[23].metric == "河道违建项目"


def test_batches_right_before_a_count_are_batches_of_what_it_counts() -> None:
    found = _quantities("2025年，累计推出6批85项改革创新案例。", date="2026-01-20")
    assert (found[6].unit, found[6].metric) == ("批", "改革创新案例")


def test_a_placeholder_in_lower_case_is_a_redacted_figure_and_a_quarter_no_part_of_a_metric() -> None:
    text = "要力争二季度新开工项目xx个，完成投资x.x亿元以上，x县发改局牵头，NOx排放下降5%。"
    found = luoshi.document_from_text(text, date="2025-04-10").quantities
    assert [(q.metric, q.unit, q.comparator, q.value, q.redacted) for q in found] == [
        ("新开工项目", "个", "exact", None, True), ("新开工项目完成投资", "亿元", "at_least", None, True),
        ("NOx排放下降", "%", "exact", 5.0, False)]


def test_a_measure_in_or_after_an_aside_is_of_the_noun_before_it() -> None:
    found = _quantities("2025年，畜牧业(占比35%)增速只有2.1%，全县工业（增加值30亿元）增长5%，细颗粒物（PM2.5）浓度下降9%。",
                        date="2026-01-20")
    assert found[35].metric == "畜牧业占比"
    assert found[2.1].metric == "畜牧业增速"
    assert (found[30].metric, found[5].metric) == ("工业增加值", "工业增长")
    assert found[9].metric == "细颗粒物（PM2.5）浓度下降"  # an aside closed inside the metric stays


def test_a_speechs_demand_with_no_year_of_its_own_has_none() -> None:
    text = "在全县经济工作会议上的讲话\n同志们：\n今天召开会议，部署2026年工作。要力争新开工亿元以上项目30个。\n"
    found = luoshi.document_from_text(text).quantities
    assert [(q.kind, q.deadline_year) for q in found] == [("target", None)]  # as the dev gold reads speeches


def test_an_amount_naming_a_class_of_firms_a_milestone_and_a_list_items_marker_are_no_part_of_a_figure() -> None:
    found = luoshi.document_from_text(
        "2025年，新培育亿元企业6家、十亿元企业2家，工业总产值首次突破300亿元大关。一是规上工业增加值增长8%。",
        date="2026-01-20").quantities
    assert [(q.metric, q.value, q.unit) for q in found] == [
        ("新培育亿元企业", 6.0, "家"), ("新培育十亿元企业", 2.0, "家"), ("工业总产值", 300.0, "亿元"),
        ("规上工业增加值增长", 8.0, "%")]


def test_a_multiplication_sign_standing_for_a_figure_is_a_placeholder() -> None:
    found = luoshi.document_from_text("今年要新建标准化厂房×万平方米，新开工项目××个。", date="2026-01-20").quantities
    assert [(q.metric, q.unit, q.value, q.redacted) for q in found] == [
        ("新建标准化厂房", "万平方米", None, True), ("新开工项目", "个", None, True)]


def test_a_run_of_quarters_is_no_count_and_a_content_per_kilogram_keeps_its_unit() -> None:
    found = _quantities("2025年，全县农民收入增速连续12个季度高于全省，耕地有机质达到25克/千克。", date="2026-01-20")
    assert 12 not in found
    assert (found[25].unit, found[25].metric) == ("克/千克", "耕地有机质")


def test_a_count_of_people_qualified_by_an_age_counts_them() -> None:
    found = _quantities("2025年，为1200位80岁以上老年人发放高龄补贴96万元。", date="2026-01-20")
    assert (found[1200].unit, found[1200].metric) == ("位", "80岁以上老年人高龄补贴")
    assert 80 not in found


def test_a_count_before_a_quoted_name_with_numbers_of_its_own_counts_the_named_things() -> None:
    found = luoshi.document_from_text("2025年，全县设计推广6条“1晚2天”乡村旅游线路。", date="2026-01-20").quantities
    assert [(q.value, q.unit, q.metric) for q in found] == [(6.0, "条", "“1晚2天”乡村旅游线路")]


def test_a_comparison_base_before_respectively_is_every_subjects() -> None:
    found = _quantities("2025年，全县刑事和治安案件比“十三五”末分别下降21%、18%，工业总产值较“十三五”末增长60%。",
                        date="2026-01-20")
    assert found[21].metric == "刑事案件比“十三五”末下降"
    assert found[18].metric == "治安案件比“十三五”末下降"
    assert found[60].metric == "工业总产值较“十三五”末增长"
    # a plan period alone is a base too: the growth is of the figure before it
    found = _quantities("一、过去五年\n全县税收收入累计超120亿元、较“十三五”增长18.5%。\n", date="2026-01-20")
    assert found[18.5].metric == "税收收入较“十三五”增长"


def test_a_bare_rise_after_a_figure_rises_its_measure_and_a_rankings_cut_is_no_figure() -> None:
    found = _quantities("2025年，全县新能源产业产值占比达到32.4%、3年提升8.5个百分点，物流企业占比超过20%、"
                        "提升4个百分点，新增全球排名前5%学科7个。", date="2026-01-20")
    assert found[8.5].metric == "新能源产业产值占比3年提升"
    assert found[4].metric == "物流企业占比提升"
    assert found[7].metric == "新增全球排名前5%学科"
    assert 5 not in found


def test_two_names_before_a_count_name_examples_and_a_rate_per_ten_billion_keeps_its_base() -> None:
    found = _quantities("2025年，东岭和西坪2个乡镇实现整体搬迁，风光电利用率分别达到95.1%和98.3%，"
                        "亿元生产总值生产安全事故死亡率控制在0.03人/百亿元以下。", date="2026-01-20")
    assert found[2].metric == "乡镇实现整体搬迁"
    assert (found[95.1].metric, found[98.3].metric) == ("风电利用率", "光电利用率")
    assert found[0.03].unit == "人/百亿元"


def test_bare_levels_take_the_subject_before_them_and_a_long_noun_ends_at_its_preposition() -> None:
    found = _quantities("2025年，美丽乡村示范村加快创建，新增省级12个、市级30个；建成5个国家级、6个省级农业园区。"
                        "全县87.5%二级及以上乡镇中心卫生院为慢性病患者提供上门随访服务。", date="2026-01-20")
    assert (found[12].metric, found[30].metric) == ("新增省级美丽乡村示范村", "市级美丽乡村示范村")
    assert found[5].metric == "国家级农业园区"
    assert found[87.5].metric == "二级及以上乡镇中心卫生院"


def test_a_growth_named_after_its_figure_is_the_measures_growth() -> None:
    found = _quantities("今年，全县农村居民收入保持每年7.5%左右的增长，服务业增加值保持9%以上的增速。", date="2026-01-20")
    assert (found[7.5].metric, found[9].metric) == ("农村居民收入增长", "服务业增加值增速")


def test_an_average_or_all_before_the_figure_and_two_joined_subjects_before_two_figures() -> None:
    found = _quantities("2025年，脱贫村集体经济收入平均达18.5万元，重点产业链营业收入全部达到20亿元以上，"
                        "税收收入和非税收入分别增长5%、3%，城镇和农村人均住房面积达到41.5平方米和52.3平方米。",
                        date="2026-01-20")
    assert found[18.5].metric == "脱贫村集体经济收入"
    assert found[20].metric == "重点产业链营业收入"
    assert (found[41.5].metric, found[52.3].metric) == ("城镇人均住房面积", "农村人均住房面积")


def test_a_capacity_between_a_projects_owner_and_its_product_is_the_projects_capacity() -> None:
    found = _quantities("今年要加快推进华能30万千瓦光伏电站、东方希望80万吨多晶硅等项目建设，棉花产量稳定在50万吨以上，"
                        "实施城北水厂5万吨扩建项目。", date="2026-01-20")
    assert found[30].metric == "华能光伏电站设计产能"
    assert found[80].metric == "东方希望多晶硅设计产能"
    assert found[50].metric == "棉花产量"
    assert found[5].metric == "城北水厂设计产能"


def test_yearly_rises_doublings_bounds_of_a_count_and_quoted_names_after_a_count() -> None:
    found = _quantities("2025年，外贸出口将达到120亿元，平均每年递增6.5%；全县税收收入十年接近翻一番；"
                        "全县农产品中产量超过5%的有12种。",
                        date="2026-01-20")
    assert found[6.5].metric == "外贸出口平均每年递增"
    assert found[1].metric == "税收收入"
    assert 5 not in found and found[12].unit == "种"
    films = luoshi.document_from_text("5部微电影入选省广播电视台“好故事大家讲”年度展播片单。").quantities
    assert [q.metric for q in films] == ["微电影入选省广播电视台"]


def test_a_definition_by_the_counts_it_lists_is_a_fact_of_no_year() -> None:
    found = luoshi.document_from_text("二、2026年工作安排\n今年新建学校3所。\n注释\n[1]重大项目调度机制：指1个总指挥部、"
                                      "3个专项工作组。\n", date="2026-01-20").quantities
    assert [(q.value, q.kind, q.deadline_year) for q in found] == [(3.0, "target", 2026), (1.0, "fact", None),
                                                                   (3.0, "fact", None)]


def test_a_gloss_opening_with_ji_and_firms_merged_into_the_next_figure() -> None:
    found = _quantities("2025年，全县生产总值：即全县地区生产总值达到350亿元；6家国有企业整合重组为2家集团公司。",
                        date="2026-01-20")
    assert found[350].metric == "地区生产总值"
    assert found[6].metric == "国有企业"


def test_figures_a_change_starts_from_name_its_subjects_and_a_noun_after_an_amount_is_its_measure() -> None:
    found = _quantities("五年来，全县城乡居民人均可支配收入从2020年的38000元和16500元分别提高到47500元和21800元，"
                        "工业总产值由“十三五”末的120亿元增加到210亿元，年均增长12%，取消了原先3.5亿元的各项收费。",
                        date="2026-01-20")
    assert (found[47500].metric, found[21800].metric) == ("城镇居民人均可支配收入", "农村居民人均可支配收入")
    assert (found[120].metric, found[210].metric, found[12].metric) == ("工业总产值", "工业总产值", "工业总产值年均增长")
    assert found[3.5].metric == "各项收费"


def test_a_count_counts_the_nouns_listed_with_its_own_and_a_figure_adjusted_to_keeps_its_measure() -> None:
    found = _quantities("今年要建设15家以上孵化器、众创空间，失业保险金从每月1500元调整至1620元。", date="2026-01-20")
    assert found[15].metric == "孵化器、众创空间"
    assert found[1620].metric == "失业保险金"


def test_a_pair_written_with_a_stop_after_its_first_character_and_a_share_falling_to_a_figure() -> None:
    found = _quantities("2025年，全县金融机构存、贷款余额分别增长8.5%和11.2%，农业所占的比重将下降为7.5%，"
                        "而服务业所占的比重上升为55.2%，统计时以亩产四十斤为界。", date="2026-01-20")
    assert (found[8.5].metric, found[11.2].metric) == ("金融机构存款余额增长", "金融机构贷款余额增长")
    assert found[7.5].metric == "农业所占的比重"
    assert found[55.2].metric == "服务业所占的比重"
    assert 40 not in found


def test_the_size_of_the_places_a_figure_covers_is_no_figure_but_a_share_of_them_is() -> None:
    found = _quantities("2025年，特殊教育学校覆盖30万人口以上的县，海拔4000米以上乡镇全部通电，"
                        "试点扩大到全省60%以上的县。", date="2026-01-20")
    assert 30 not in found and 4000 not in found
    assert found[60].unit == "%"


def test_five_years_in_a_report_on_the_plan_in_force_are_the_plans() -> None:
    about_the_plan = "第一个五年计划的各项任务正在完成。" * 10
    text = f"关于发展国民经济的第一个五年计划的报告\n{about_the_plan}\n五年内，全国钢产量将增长百分之九十。\n"
    found = luoshi.document_from_text(text, date="1955-07-05").quantities
    assert [(q.value, q.deadline_year) for q in found] == [(90.0, 1957)]
    # a report that does not speak of a plan in force counts its five years from its own year
    found = luoshi.document_from_text("二、今后五年的目标\n五年内，全县粮食产量将增长百分之九十。\n",
                                      date="2023-01-10").quantities
    assert [(q.value, q.deadline_year) for q in found] == [(90.0, 2027)]


def test_acts_in_turn_on_one_subject_bags_and_a_noun_after_what_a_place_boasts() -> None:
    found = _quantities("2025年，拆除废弃桥梁12座、改造8座、新建5座，香菇达到1200万袋，发挥全县坐拥65公里江岸线优势。",
                        date="2026-01-20")
    assert (found[8].metric, found[5].metric) == ("废弃桥梁改造", "废弃桥梁新建")
    assert found[1200].unit == "万袋"
    assert found[65].metric.startswith("江岸线")


def test_a_bare_count_newly_added_after_a_total_counts_the_same_things() -> None:
    found = _quantities("2025年，营业收入过十亿元企业达到15家、新增3家。", date="2026-01-20")
    assert found[3].metric == "营业收入过十亿元企业新增"
    assert 10 not in found  # the amount the firms pass names their class


def test_about_written_in_two_characters_and_an_original_plan_are_no_part_of_the_metric() -> None:
    found = _quantities("2019年末，全县共有农业技术人员大约三千人。按照调整后的规划，农业增长速度由原定平均每年百分之三"
                        "调高到百分之四。", date="2020-01-20")
    assert found[3000].metric == "农业技术人员"
    assert found[3].metric == found[4].metric == "农业增长速度"


def test_two_digits_joined_by_a_pause_mark_are_one_spoken_span() -> None:
    found = _quantities("目前全县每年大约多耗电二、三百万度，要节约用水四、五十万吨。", date="2020-01-20")
    assert (found[200].value_max, found[200].comparator) == (300, "range")
    assert (found[40].value_max, found[40].unit) == (50, "万吨")
    assert found[200].evidence.endswith("二、三百万度")
    # two figures of a list are no span: 增长二、三百 only where the first digit stands alone
    found = _quantities("全县新建道路十二、三百公里。", date="2020-01-20")
    assert 1200 not in found and 200 not in found


def test_what_an_amount_of_money_is_for_does_not_name_it_but_a_shares_use_does() -> None:
    found = _quantities("2019年，区财政筹集900多万元妥善解决了一批拖欠问题，投入300万元用于修缮校舍，"
                        "财政支出的75%以上用于民生领域。", date="2020-01-20")
    assert found[900].metric == "区财政筹集"
    assert found[300].metric == "投入用于修缮校舍"  # the money put in, for the purpose (not 修缮校舍 itself)
    assert found[75].metric == "财政支出用于民生领域"


def test_a_year_written_with_a_circle_for_its_zero_dates_the_figures() -> None:
    found = _quantities("到一九九○年，全县粮食产量将由一九八○年的八万吨增加到十二万吨。", date="1983-03-01")
    assert (found[8].kind, found[8].deadline_year) == ("fact", 1980)
    assert (found[12].kind, found[12].deadline_year) == ("target", 1990)
    assert found[12].metric == "粮食产量"  # the document's own script: no zero changed in the words shown


def test_a_change_from_a_past_year_toward_a_named_deadline_is_a_target() -> None:
    found = _quantities("到2027年全县森林覆盖率将由2022年的40%提高到45%。", date="2023-01-20")
    assert (found[40].kind, found[40].deadline_year) == ("fact", 2022)
    assert (found[45].kind, found[45].deadline_year) == ("target", 2027)


def test_a_change_on_a_base_year_after_a_planned_figure_is_planned_too() -> None:
    found = _quantities("计划安排，五年合计财政支出为六百亿元，其中一九九○年为一百三十亿元，比一九八五年增加九亿元。",
                        date="1986-03-01")
    assert (found[130].kind, found[130].deadline_year) == ("target", 1990)
    assert (found[9].kind, found[9].deadline_year) == ("target", 1990)


def test_a_change_that_opens_its_clause_measures_what_the_clause_before_names() -> None:
    found = _quantities("全县实现普及学前教育的乡镇覆盖率，由2018年的65%提高到2023年的91%，养老金从"
                        "2018年人均每月600元提高到现在的900元。", date="2024-01-20")
    assert found[65].metric == found[91].metric == "普及学前教育的乡镇覆盖率"
    assert (found[65].deadline_year, found[91].deadline_year) == (2018, 2023)
    assert "现" not in found[900].metric


def test_an_ordinal_and_about_written_in_two_characters_open_no_metric() -> None:
    found = _quantities("2024年重点民生实事：十一是维修养护农村供水工程1900处。从2019年到2021年，全县大约损失"
                        "农业产值三亿元。", date="2024-01-20")
    assert found[1900].metric == "维修养护农村供水工程"
    assert found[3].metric == "损失农业产值"


def test_a_span_of_years_gone_in_a_plan_part_reports_what_was() -> None:
    text = ("二、今后五年的任务\n龙头企业产值在十二年间平均每年增长百分之二十，今后五年间要年均增长百分之十。"
            "全县要新建学校10所。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2023-01-20").quantities}
    assert found[20].kind == "fact"
    assert found[10].kind == "target" and found[10.0].deadline_year is not None


def test_ton_and_passenger_kilometres_are_units_of_their_own() -> None:
    found = _quantities("2025年，全县公路货物周转量达到12.5亿吨公里，旅客周转量3.2亿人公里。", date="2026-01-20")
    assert (found[12.5].unit, found[12.5].metric) == ("亿吨公里", "公路货物周转量")
    assert found[3.2].unit == "亿人公里"
    by_sea = _quantities("2025年，沿海货物周转量达到8.6亿吨海里，旅客周转量0.9亿人海里。", date="2026-01-20")
    assert (by_sea[8.6].unit, by_sea[0.9].unit) == ("亿吨海里", "亿人海里")  # nautical miles, not tons and people
    trips = _quantities("2025年，口岸通关车辆达到36.5万辆次，科考船靠港120航次，审核备案文件85件次。", date="2026-01-20")
    assert [trips[v].unit for v in (36.5, 120, 85)] == ["万辆次", "航次", "件次"]  # trips, not vehicles or ships


def test_a_deadline_opening_a_sentence_dates_the_clauses_after_its_semicolons() -> None:
    text = ("二、2026年工作安排\n到2030年，全县货物周转量将达到20亿吨公里；旅客周转量将达到5亿人公里，"
            "增长百分之二十。今年要新建公路50公里。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2026-01-20").quantities}
    assert [found[v].deadline_year for v in (20, 5, 20.0)] == [2030, 2030, 2030]
    assert found[50].deadline_year == 2026


def test_a_count_after_a_scope_or_a_place_counts_the_noun_after_it_without_how_many_did() -> None:
    found = _quantities("2025年，动员全省8000名志愿者参与服务，完成城东片区16.7公里地下综合管廊建设，"
                        "2460名剩余贫困人口全部脱贫。", date="2026-01-20")
    assert found[8000].metric.startswith("志愿者")
    assert found[16.7].metric == "城东片区地下综合管廊建设"  # the place named, not the act done there
    assert found[2460].metric == "剩余贫困人口脱贫"


def test_mu_times_is_a_unit_and_an_original_base_is_no_part_of_the_metric() -> None:
    found = _quantities("2025年，累计实施保护性耕作1.2亿亩次，老年津贴由原每人每月165元提高至200元。", date="2026-01-20")
    assert found[1.2].unit == "亿亩次"
    assert found[165].metric == found[200].metric == "老年津贴"


def test_a_noun_clause_before_a_dated_figure_names_it_and_a_projects_total_investment_is_theirs() -> None:
    found = _quantities("中等学校的学生，2012年有三百多万人，2017年已经有七百多万人。2025年，落地PPP项目22个、"
                        "总投资169亿元。", date="2026-01-20")
    assert found[300].metric == found[700].metric == "中等学校的学生"
    assert found[169].metric == "落地PPP项目总投资"
    assert _quantities("2025年，签约招商项目86个、总投资额320亿元。", date="2026-01-20")[320].metric == "签约招商项目总投资额"
    # a clause that says how something went is no noun to name the figure after it
    assert _quantities("2025年，全县农业生产逐步扩大，2024年达到12.5亿元。", date="2026-01-20")[12.5].metric != "农业生产逐步扩大"


def test_a_base_a_change_falls_from_in_a_plan_part_is_a_fact() -> None:
    text = "二、今后的任务\n保留的小铁厂加强了管理，结果生铁成本由三百零三元降到二百四十三元。\n"
    found = {q.value: q for q in luoshi.document_from_text(text, date="1981-12-01").quantities}
    assert found[303].kind == "fact"


def test_done_before_a_measure_is_no_part_of_it_but_an_act_or_a_share_keeps_it() -> None:
    found = _quantities("2025年，完成规上工业增加值873亿元，完成营造林74万亩，完成年度计划投资的89.5%。",
                        date="2026-01-20")
    assert found[873].metric == "规上工业增加值"
    assert found[74].metric == "完成营造林"
    assert found[89.5].metric.startswith("完成")


def test_a_mid_year_report_looks_back_on_this_year() -> None:
    text = ("各位代表：\n今年以来，我们主动应对新的挑战。预计上半年，全市地区生产总值同比增长13%。\n"
            "一、上半年工作回顾\n城乡居民人均可支配收入增长14.8%。\n二、下半年工作安排\n全年地区生产总值增长10%。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2012-06-16").quantities}
    assert (found[13].kind, found[13].deadline_year) == ("fact", 2012)
    assert (found[14.8].kind, found[14.8].deadline_year) == ("fact", 2012)
    assert (found[10].kind, found[10].deadline_year) == ("target", 2012)


def test_yearly_average_a_rise_a_stage_and_a_class_passed() -> None:
    found = _quantities("2025年，空气质量优良率年均95%，存贷比46.7%，同比上升1.3个百分点，为义务教育阶段2400多万学生"
                        "免除学杂费，成为全省首个经济总量突破5000亿元的城市，分别达到了每亩生产粮食四百斤、五百斤。",
                        date="2026-01-20")
    assert found[95].metric == "空气质量优良率"
    assert found[1.3].metric == "存贷比同比上升"
    assert found[2400].metric.startswith("学生")
    assert 5000 not in found  # the amount the cities pass names their class
    assert found[400].metric == "每亩生产粮食"
    found = _quantities("2026年，力争在招引超30亿元的重大项目上实现新突破，引进过10亿元的龙头企业5家。",
                        date="2026-01-20")
    assert set(found) == {5}  # so do the amounts projects or firms pass, a word of size before them
    found = _quantities("2026年，推进超120个、计划总投资超900亿元重大产业项目建设。", date="2026-01-20")
    assert found[900].metric.endswith("总投资")  # but the sum of the projects counted before is a figure


def test_a_share_rising_to_a_figure_is_measured_without_the_rise() -> None:
    found = _quantities("2025年，居民人均服务性消费支出占比升至48%。", date="2026-01-20")
    assert found[48].metric == "居民人均服务性消费支出占比"


def test_a_bare_share_after_a_figure_and_a_change_after_a_noun_clause() -> None:
    found = _quantities("2025年，新能源汽车年产量增至82万辆、占比达到45%。同我县缔结友好关系的城市，已经由二十个增加到"
                        "三十三个。", date="2026-01-20")
    assert found[45].metric == "新能源汽车年产量占比"
    assert found[20].metric == found[33].metric == "同我县缔结友好关系的城市"
    # a clause that tells what happened names no figure after it
    found = _quantities("2025年，消费活力加速释放，带动消费13.6亿元。", date="2026-01-20")
    assert found[13.6].metric != "消费活力加速释放"


def test_square_gongchi_is_a_unit_and_a_clause_opening_in_its_year_takes_the_noun_before() -> None:
    found = _quantities("为职工修建的住宅面积，在1956年将达到1310万平方公尺以上。", date="1956-06-15")
    assert (found[1310].unit, found[1310].metric) == ("万平方公尺", "为职工修建的住宅面积")
    assert found[1310].deadline_year == 1956


def test_a_figure_inside_a_counted_name_is_no_figure_and_a_quoted_name_is_what_a_count_counts() -> None:
    found = _quantities("2025年，防艾工作率先实现“3个95%”，用好“两个10亿元”省级资金，44个“高效办成一件事”平均压减时限70%，"
                        "科学城汇聚300多个科研团队。", date="2026-01-20")
    assert 95 not in found and 10 not in found
    assert found[44].metric == "高效办成一件事"
    assert found[300].metric == "科研团队"


def test_what_was_won_or_treated_is_counted_and_an_aspect_may_open_a_look_back() -> None:
    found = _quantities("五年间，在重大国际比赛中共获得485个世界冠军。", date="2003-03-05")
    assert found[485].metric == "世界冠军"
    text = ("一、当前形势\n在经济领域，过去一年里取得的最重要的成绩，是经济平稳运行。粮食产量达到39109万吨，比上年增产1199万吨。\n"
            "二、今年的任务\n今年粮食产量要达到40000万吨。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="1987-03-25").quantities}
    assert (found[39109].kind, found[39109].deadline_year) == ("fact", 1986)
    assert (found[40000].kind, found[40000].deadline_year) == ("target", 1987)


def test_a_past_year_opening_a_clause_with_zai_dates_the_share_after_it() -> None:
    text = ("二、今后的任务\n在一九五四年全国的基本建设投资中，非生产性的投资占百分之二十四点三。我们必须改变这种不合理的"
            "投资比例，今年要降到百分之十五。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="1955-07-05").quantities}
    assert (found[24.3].kind, found[24.3].deadline_year) == ("fact", 1954)
    assert (found[15].kind, found[15].deadline_year) == ("target", 1955)


def test_going_on_and_growing_to_are_no_part_of_a_metric() -> None:
    found = _quantities("2025年，主要功能区水质达标率继续保持100%，产业化龙头企业发展到22家。", date="2026-01-20")
    assert found[100].metric == "主要功能区水质达标率"
    assert found[22].metric == "产业化龙头企业"


def test_how_a_growth_is_said_is_no_part_of_what_grows() -> None:
    found = _quantities("五年内，钢材的产量将增长百分之六十，水泥的产量则增长百分之四十五，社会增加值也增长百分之九。",
                        date="1955-07-05")
    assert found[60].metric == "钢材的产量增长"
    assert found[45].metric == "水泥的产量增长"
    assert found[9].metric == "社会增加值增长"  # 会 of 社会 is no adverb


def test_a_rate_before_respectively_is_every_subjects_and_each_is_no_part_of_a_growth() -> None:
    found = _quantities("推动纺织、新能源装备产业增加值年均分别增长4%、9%以上。城乡居民收入均增长6.5%。", date="2026-01-20")
    assert found[4].metric == "纺织增加值年均增长"
    assert found[9].metric == "新能源装备产业增加值年均增长"
    assert found[6.5].metric == "城乡居民收入增长"


def test_a_span_of_years_opening_a_clause_dates_the_clauses_after_it() -> None:
    text = "二、今后的任务\n教育事业加快发展，三年内新建学校10所，改造校舍20所。\n"
    found = {q.value: q for q in luoshi.document_from_text(text, date="2024-01-20").quantities}
    assert (found[10].deadline_year, found[20].deadline_year) == (2026, 2026)


def test_the_set_a_clause_picks_from_is_counted_without_its_zhong() -> None:
    found = _quantities("改革开局良好，120项重点改革任务中，已启动100项。新建普通高中3所，扩建初中5所。", date="2015-01-20")
    assert found[120].metric == "重点改革任务"
    assert found[3].metric == "新建普通高中"


def test_a_change_in_percent_after_a_share_is_its_wholes_and_in_points_the_shares() -> None:
    found = _quantities("2023年，全市民生支出120亿元，占一般公共预算支出的78%，增长9%；高新技术产业增加值占规上工业比重"
                        "达到40%，提高2.1个百分点。", date="2024-01-20")
    assert found[9].metric == "民生支出增长"
    assert found[2.1].metric == "高新技术产业增加值占规上工业比重提高"


def test_the_amounts_bounding_a_tax_bracket_are_no_quantities_but_the_measure_is_a_task() -> None:
    text = ("二、2022年工作任务\n对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税。"
            "对个体工商户年应纳税所得额不到100万元的部分，减半征收个人所得税。\n")
    doc = luoshi.document_from_text(text, date="2022-03-05")
    assert doc.quantities == []
    assert len(doc.tasks) == 2


def test_a_count_after_the_city_proper_counts_the_noun_after_it_there_and_doses_are_a_unit() -> None:
    found = _quantities("今年要治理市区4条黑臭水体，建成中心城区10个口袋公园，接种疫苗49.3万剂次。")
    assert found[4].metric == "市区黑臭水体"
    assert found[10].metric == "中心城区口袋公园"
    assert found[49.3].unit == "万剂次"


def test_the_change_of_a_dated_fact_right_after_it_is_of_its_year() -> None:
    text = ("二、今年的任务\n2023年全市规上工业增加值达到1200亿元，比2020年增长33%。今年规上工业增加值要达到1300亿元，"
            "增长8%。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2024-01-20").quantities}
    assert (found[33].kind, found[33].deadline_year) == ("fact", 2023)
    assert (found[8].kind, found[8].deadline_year) == ("target", 2024)


def test_counts_of_the_plans_own_indicators_and_classes_of_firms_are_no_quantities() -> None:
    found = _quantities("纲要围绕增速、结构提出5项指标，其中约束性指标2项。去年6项指标不及预期。形成以50亿元企业为骨干的企业群。",
                        date="2026-01-20")
    assert sorted(found) == [6]
    assert found[6].metric == "指标不及预期"


def test_a_figure_with_no_words_of_its_own_measures_the_subject_of_the_clause_before() -> None:
    found = _quantities("建立健全保障性住房制度，覆盖面逐步扩大，2023年底已达到12.5%。新农合参合率再创新高，达到98.5%。")
    assert found[12.5].metric == "覆盖面"
    assert found[98.5].metric == "新农合参合率"


def test_the_levels_a_respective_list_rose_to_are_its_subjects_and_a_manner_is_no_metric() -> None:
    found = _quantities("困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月200元、270元提高到210元、285元。"
                        "高质量完成15件民生实事。", date="2026-01-20")
    assert [found[v].metric for v in (200, 270, 210, 285)] == [
        "困难残疾人生活补贴标准", "重度残疾人护理补贴标准", "困难残疾人生活补贴标准", "重度残疾人护理补贴标准"]
    assert found[15].metric == "民生实事"


def test_a_change_naming_no_year_starts_in_the_year_of_the_change_before_it() -> None:
    text = ("一、过去五年工作回顾\n地区生产总值由2020年的1200亿元增加到1800亿元，一般公共预算收入由80亿元增加到120亿元。"
            "从2025年1月1日起，关税总水平已由15.3%降到12%。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2026-01-20").quantities}
    assert found[80].deadline_year == 2020
    assert found[15.3].deadline_year != 2025  # 从…起 says when the change came, not the year of its start value


def test_what_doubles_is_named_without_the_wish_or_the_each_before_it() -> None:
    text = "“两翻番”，就是经济总量和财政收入力争翻一番；企业总产值、利润均实现翻一番。"
    metrics = [q.metric for q in luoshi.document_from_text(text, date="2016-01-20").quantities]
    assert metrics == ["经济总量和财政收入", "企业总产值、利润"]


def test_what_was_issued_or_adopted_is_counted_after_its_verb() -> None:
    found = _quantities("2025年累计出台120项地方标准，增发800亿元地方债券。", date="2026-01-20")
    assert found[120].metric == "地方标准"
    assert found[800].metric == "地方债券"


def test_sessions_are_counted_but_a_projects_phase_is_no_quantity() -> None:
    found = _quantities("今年开设家长课堂1万期，举办培训班30期，推进3期项目建设，加快二期厂房建设。")
    assert (found[1].unit, found[30].unit) == ("万期", "期")
    assert 3 not in found and 2 not in found


def test_the_count_a_respective_list_gives_of_itself_is_no_part_of_its_last_member() -> None:
    found = _quantities("石材、水泥、电力三大产业产值分别实现318亿元、46亿元、73亿元。", date="2015-01-20")
    assert [found[v].metric for v in (318, 46, 73)] == ["石材产业产值", "水泥产业产值", "电力产业产值"]


def test_a_december_reports_this_year_in_its_review_is_the_year_reviewed() -> None:
    text = ("政府工作报告\n——2022年12月21日在市第十六届人民代表大会第三次会议上\n各位代表：\n一、2022年工作回顾\n"
            "今年是极不寻常的一年，我们全力以赴稳增长。预计全年地区生产总值增长5.6%，固定资产投资增长9%。\n"
            "二、2023年工作安排\n今年地区生产总值要增长7%左右。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2022-12-21").quantities}
    assert (found[5.6].kind, found[5.6].deadline_year) == ("fact", 2022)
    assert (found[9].kind, found[9].deadline_year) == ("fact", 2022)
    assert (found[7].kind, found[7].deadline_year) == ("target", 2023)


def test_a_november_reports_this_year_in_its_review_is_the_year_reviewed() -> None:
    text = ("政府工作报告\n——2016年11月10日在市第三届人民代表大会第七次会议上\n各位代表：\n一、过去五年工作回顾\n"
            "人民生活达到新水平。城镇居民人均可支配收入持续增长，预计今年达到21250元。\n"
            "二、2017年工作安排\n2017年是实施“十三五”规划的重要一年。今年城镇居民人均可支配收入要增长9%。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2016-11-10").quantities}
    assert (found[21250].kind, found[21250].deadline_year) == ("fact", 2016)
    assert (found[9].kind, found[9].deadline_year) == ("target", 2017)


def test_a_change_to_written_with_wei_measures_the_subject_of_the_clause_before() -> None:
    text = ("一、过去的工作\n私营工业的产值所占的比重，则由一九四九年的百分之六十三点三下降为一九五二年的百分之三十九。"
            "工业的产值在工业总产值（包括手工业的产值）中所占的比重，已由一九四九年的百分之三十六上升到一九五二年的百分之六十一。\n"
            "二、今后的任务\n生产资料的产值在工业总产值中的比重，将由一九五二年的百分之四十上升为百分之四十五。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="1955-07-05").quantities}
    assert found[63.3].metric == found[39].metric == "私营工业的产值所占的比重"
    assert found[36].metric.endswith("中所占的比重") and len(found[36].metric) > 6
    assert (found[45].kind, found[45].deadline_year) == ("target", 1955)


def test_a_time_in_an_aside_does_not_keep_a_target_from_its_sentences_year() -> None:
    # a part whose title names no year: only the sentence's dates its targets
    found = _quantities("第二、关于工业生产\n一九五八年工业总产值，拟定为七百四十七亿元（按一九五七年不变价格计算），"
                        "比一九五七年增长百分之十四点六。\n", date="1958")
    assert (found[14.6].kind, found[14.6].deadline_year) == ("target", 1958)


def test_a_size_that_classes_natural_villages_is_no_quantity() -> None:
    assert _quantities("行政村和20户以上自然村全部通硬化路，新建农村公路500公里。").keys() == {500}


def test_a_year_with_its_digits_spaced_out_is_no_part_of_the_metric() -> None:
    found = _quantities("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元。", date="1998-03-05")
    assert (found[74772].metric, found[74772].deadline_year) == ("国内生产总值", 1997)


def test_the_goals_of_a_new_term_of_office_are_due_at_its_end() -> None:
    text = ("一、本届政府工作回顾\n五年来全市经济总量翻了一番。\n二、新一届政府工作的总体要求和奋斗目标\n"
            "综合实力攀新高。地区生产总值突破5000亿元，人均地区生产总值突破1万美元。\n")
    found = {q.value: q for q in luoshi.document_from_text(text, date="2012-06-16").quantities}
    assert (found[5000].kind, found[5000].deadline_year) == ("target", 2016)


def test_the_level_after_a_growth_said_with_jiang_measures_the_same() -> None:
    found = _quantities("农业总产值比1956年将增长百分之四点九，达到六百一十一亿元。", date="1957-06-26")
    assert found[611].metric == "农业总产值"


def test_a_level_after_jian_wei_and_a_share_of_the_budget_measure_the_figure_before() -> None:
    found = _quantities("非常设机构由85个减为26个。农业方面支出14亿元，为预算数的114.13%。", date="1993-03-15")
    assert found[26].metric == "非常设机构"
    assert found[114.13].metric == "农业方面支出为预算数"


def test_a_span_of_two_counts_said_together_runs_to_the_longer() -> None:
    found = _quantities("瞄准翻番目标，用两三年时间先迈上2000亿元经济总量台阶。", date="2021-02-01")
    assert (found[2000].deadline_year, found[2000].metric) == (2023, "经济总量台阶")


def test_a_doubling_against_a_base_alone_doubles_the_measure_before() -> None:
    found = _quantities("2023年，新增普惠托位6400多个、比年度计划翻了一番。")
    assert (found[1].metric, found[1].unit) == ("新增普惠托位", "番")


def test_a_word_that_opens_with_he_joins_nothing() -> None:
    found = _quantities("2023年，建成1200多个宜居宜业和美乡村及300个森林村庄。")
    assert found[1200].metric == "宜居宜业和美乡村"
    assert found[300].evidence == "300个森林村庄"
    found = _quantities("2023年，建成40个和谐社区和15个文明村。")
    assert (found[40].metric, found[15].metric) == ("和谐社区", "文明村")


def test_a_list_of_as_many_names_as_a_count_names_what_it_counts() -> None:
    found = _quantities("2023年，我市与美国黄石、加拿大班夫、新西兰峡湾3个国家公园签订合作协议。")
    assert found[3].metric.startswith("国家公园")
    # a count of one of the list's kinds, or a range, is the list's own
    found = _quantities("2023年，新认证绿色食品、有机农产品20个，培育示范园、体验园2-3家。")
    assert found[20].metric == "新认证绿色食品、有机农产品"
    assert found[2].metric.endswith("体验园")


def test_a_total_after_a_count_of_firms_is_theirs_and_a_list_shares_the_purses_revenue() -> None:
    found = _quantities("2023年，区域性股权市场挂牌公司达156家、总市值超900亿元。")
    assert found[900].metric == "区域性股权市场挂牌公司总市值"
    found = _quantities("2023年，高新区 、临港区、老城区财政总收入分别达31.5亿元、22亿元和17.8亿元。")
    assert [found[v].metric for v in (31.5, 22, 17.8)] == ["高新区财政总收入", "临港区财政总收入", "老城区财政总收入"]


def test_a_package_of_measures_named_by_its_count_is_no_quantity() -> None:
    found = _quantities("2023年，制定出台“人才强市26条”，深入推行“文明出行12条”2.0版，新增就业8000人。")
    assert set(found) == {8000}


def test_the_years_a_sum_took_and_the_act_on_projects_are_no_part_of_its_measure() -> None:
    found = _quantities("2023年，全省财政用于农林水支出三年累计2800亿元，比前三年增长40%。")
    assert found[2800].metric == "财政用于农林水支出"
    assert found[40].metric == "财政用于农林水支出比前三年增长"
    found = _quantities("2023年，累计实施重点项目320个、完成投资1450亿元，签约项目48个、总投资超600亿元。")
    assert (found[1450].metric, found[600].metric) == ("实施重点项目完成投资", "签约项目总投资")
    # a year written in Chinese numerals is no span of years
    found = _quantities("钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨。", date="1959")
    assert found[535].metric == "钢产量"


def test_a_scale_alone_takes_the_unit_of_the_last_in_its_list() -> None:
    found = _quantities("2023年，文化下乡、送医进村活动分别惠及120万、86万人次。")
    assert (found[120].unit, found[86].unit) == ("万人次", "万人次")
    assert found[120].metric.startswith("文化下乡")


def test_a_count_with_no_words_of_its_own_shares_the_work_of_the_next_in_its_list() -> None:
    found = _quantities("2024年，年内完成2600户、31万平方米老旧小区改造。", date="2024-01-20")
    assert found[2600].metric == found[31].metric == "老旧小区改造"


def test_a_glossary_entrys_definition_word_is_no_part_of_a_measure() -> None:
    found = _quantities("[12]“两个全覆盖”：指全县村级综合服务中心100%覆盖、村卫生室95%以上覆盖。", date="2024-01-20")
    assert found[100].metric == "村级综合服务中心覆盖率"


def test_a_count_ends_where_its_list_goes_on_to_another_thing() -> None:
    found = _quantities("2023年，建成3座抽水蓄能电站以及一批分布式光伏，新增装机120万千瓦。")
    assert found[3].metric == "抽水蓄能电站"
    assert found[3].evidence.endswith("3座抽水蓄能电站")


def test_a_total_after_projects_that_landed_is_theirs() -> None:
    found = _quantities("2023年，新材料等15个省市合作项目落地、总投资460多亿元。")
    assert found[460].metric == "省市合作项目总投资"


def test_a_base_of_last_years_figure_is_no_time() -> None:
    text = "一、2024年工作回顾\n去年工业总产值增长9%。\n二、2025年主要任务\n公务接待费要按上年实际支出核减15%。\n"
    found = _quantities(text, date="2025-01-20")
    assert (found[15].kind, found[15].deadline_year) == ("target", 2025)


def test_a_figure_a_clause_sets_takes_the_measure_the_clause_before_names() -> None:
    text = "二、2025年的任务\n综合考虑各方面因素，今年全县经济增长的预期目标，定为百分之六左右。\n"
    found = _quantities(text, date="2025-01-20")
    assert found[6].metric.endswith("经济增长的预期目标")
    found = _quantities("二、2025年的任务\n今年城镇新增就业目标设定为5000人。\n", date="2025-01-20")
    assert found[5000].metric == "城镇新增就业目标"


def test_more_than_a_multiple_is_at_least_it() -> None:
    found = _quantities("2023年，跨境电商交易额增长两倍多，新材料产业产值增长1.5倍。")
    assert (found[2].comparator, found[2].unit, found[2].metric) == ("at_least", "倍", "跨境电商交易额增长")
    assert found[1.5].comparator == "exact"


def test_a_ten_thousand_inside_a_number_of_hundred_millions_is_the_coefficients() -> None:
    found = _quantities("到1990年，全省工农业总产值达到一万二千三百四十亿元。", date="1986-03-25")
    assert (found[12340].value, found[12340].unit) == (12340, "亿元")
    found = _quantities("2023年，财政收入二十六亿六千万元。")
    assert (found[26.6].unit, found[26.6].metric) == ("亿元", "财政收入")


def test_an_adverb_and_a_budgets_verb_name_no_measure() -> None:
    text = "消费的比重，由２０１０年的５５％上升到今年的６０％；积累的比重，相应地由４５％降到４０％。"
    found = _quantities(text, date="2015-12-20")
    assert found[45].metric == found[40].metric == "积累的比重"
    assert found[60].metric == "消费的比重"
    found = _quantities("为此，省财政助学支出将由上年12亿元增加到30亿元，明年将安排45亿元。", date="2015-12-20")
    assert found[45].metric == "省财政助学支出"


def test_a_full_width_percent_list_pairs_a_compounds_two_measures() -> None:
    found = _quantities("2025年，城乡居民人均收入年均增长６.１％、８.２％，收入比缩小。")
    assert found[6.1].metric == "城镇居民人均收入年均增长"
    assert found[8.2].metric == "农村居民人均收入年均增长"
    # a quoted name before a measure is no modifier of it
    found = _quantities("2025年，“老字号”、文创产品销售额增长１２.５％、９.４％。")
    assert "口" not in found[12.5].metric and found[9.4].metric.startswith("文创产品销售额")


def test_how_changes_are_reckoned_stands_between_figures_and_their_changes() -> None:
    found = _quantities("2024年，城镇居民人均可支配收入达到42100元，农村居民人均可支配收入达到21800元，"
                        "扣除价格因素，分别增长5.1%和6.9%。", date="2025-01-20")
    assert found[5.1].metric == "城镇居民人均可支配收入增长"
    assert found[6.9].metric == "农村居民人均可支配收入增长"


def test_what_is_issued_is_the_noun_after_the_amount() -> None:
    found = _quantities("2024年，市城投公司成功发行15亿元绿色公司债。", date="2025-01-20")
    assert found[15].metric == "绿色公司债"


def test_a_growth_said_with_jiu_is_of_the_measure_before() -> None:
    found = _quantities("从主要产品看，水泥产量前两年共增加了八十万吨，而2024年就增加了五十万吨。", date="2025-06-20")
    assert found[50].metric.startswith("水泥产量")


def test_an_act_said_as_new_acts_on_the_subject_before() -> None:
    found = _quantities("2023年，招商项目新签约86宗、新开工52宗、新投产31宗。")
    assert found[31].metric == "招商项目新投产"


def test_a_hope_is_no_part_of_a_measure() -> None:
    found = _quantities("今年，全县规上工业产值就有望突破300亿元，高新技术企业有望达到60家。")
    assert (found[300].metric, found[60].metric) == ("规上工业产值", "高新技术企业")


def test_a_share_of_the_budget_done_is_the_figure_befores_and_收到_names_no_measure() -> None:
    text = "本年财政收入情况：各项规费共收到８６０，０００元，完成预算数的９５．２０％；其中排污费收到２１０，０００元，完成预算数的８８．５０％。"
    found = _quantities(text, date="1990-03-20")
    assert (found[860000].metric, found[95.2].metric) == ("各项规费", "各项规费完成预算数")
    assert (found[210000].metric, found[88.5].metric) == ("排污费", "排污费完成预算数")


def test_an_act_after_a_count_of_things_acts_on_them() -> None:
    found = _quantities("2023年，新开工改造96个老旧小区、完工71个，抓好200个市级重点项目建设，竣工45个，完成总投资80亿元、新竣工30个。")
    assert (found[71].metric, found[45].metric) == ("老旧小区完工", "市级重点项目竣工")
    assert found[30].metric == "新竣工"  # an amount acts on nothing


def test_a_ratio_to_a_base_year_said_with_dengyu_is_the_measures() -> None:
    text = "预计2026年全县工业产值将等于2020年的二点五倍，而农业产值却将等于2020年的一点二倍，服务业产值可以等于2020年的两倍。"
    found = _quantities(text, date="2026-01-20")
    assert (found[2.5].metric, found[1.2].metric, found[2].metric) == ("工业产值", "农业产值", "服务业产值")


def test_a_list_summed_by_gong_is_the_measure() -> None:
    found = _quantities("2024年，契税、印花税收入共为3.6亿元，比上年增长5.2%。", date="2025-01-20")
    assert found[3.6].metric == "契税、印花税收入"
    assert found[5.2].metric.startswith("契税、印花税收入")


def test_a_density_per_area_keeps_its_unit_and_its_measure() -> None:
    found = _quantities("2024年，全县路网密度从2020年85.2公里/百平方公里提高到96.4公里/百平方公里。", date="2025-01-20")
    assert (found[85.2].unit, found[96.4].unit) == ("公里/百平方公里", "公里/百平方公里")
    assert found[96.4].metric == "路网密度"


def test_a_share_changed_to_a_budgets_figure_is_the_measures_and_ye_is_no_part_of_it() -> None:
    text = "教育支出占财政支出的比重也从2020年的14.2%提高到2024年预算的16.8%。"
    found = _quantities(text, date="2024-01-20")
    assert (found[14.2].metric, found[16.8].metric) == ("教育支出占财政支出的比重", "教育支出占财政支出的比重")


def test_a_margin_said_with_gaochu_is_of_the_growth_before() -> None:
    found = _quantities("2024年，全县民间投资增长6.2%，高出全省平均水平3.1个百分点。", date="2025-01-20")
    assert found[3.1].metric == "民间投资增长高出全省平均水平"


def test_a_span_of_years_inside_the_words_is_no_part_of_the_measure() -> None:
    found = _quantities("全县粮食产量在2011年到2020年间平均每年只增长1.2万吨，全县人口在2011—2020年间平均每年增长0.8%。",
                        date="2021-01-20")
    assert (found[1.2].metric, found[0.8].metric) == ("粮食产量平均每年增长", "人口平均每年增长")


def test_a_growth_over_a_span_of_years_is_of_the_measure_the_sentence_opens_with() -> None:
    text = "2024年，全县工业总产值突破500亿元，在2019到2023年平均每年递增7.9%的基础上，比上年增长12.1%。"
    found = _quantities(text, date="2025-01-20")
    assert (found[7.9].metric, found[12.1].metric) == ("工业总产值平均每年递增", "工业总产值比上年增长")


def test_now_is_no_part_of_a_measure() -> None:
    found = _quantities("政务服务大厅运行良好，目前已进驻事项1195项，现已吸纳就业3200人。", date="2025-01-20")
    assert (found[1195].metric, found[3200].metric) == ("进驻事项", "吸纳就业")


def test_the_day_a_change_took_effect_dates_what_it_reached() -> None:
    found = _quantities("各项改革扎实推进。从2024年7月1日起，全市最低工资标准由1800元提高到2000元。", date="2025-01-20")
    assert found[2000].deadline_year == 2024


def test_a_notes_mark_is_no_part_of_a_measure() -> None:
    found = _quantities("2025年，三大主导产业［3］占GDP比重提高约6个百分点，实施“两化”[5]改造项目12个。", date="2026-01-20")
    assert (found[6].metric, found[12].metric) == ("三大主导产业占GDP比重提高", "实施“两化”改造项目")


def test_a_basin_or_stretch_before_a_count_is_where_it_counts_not_what() -> None:
    found = _quantities("2024年，清水河流域18家砂石场关停复绿，沿江城市段35个排污口完成整治。", date="2025-01-20")
    assert found[18].metric == "清水河流域砂石场关停复绿"  # where, then what is counted there


def test_parentheses_one_after_another_inside_a_counted_noun_are_read_through() -> None:
    found = _quantities("今年将推进2个县（区）中医院改（扩）建等项目。", date="2026-01-20")
    assert found[2].metric == "县（区）中医院改（扩）建"


def test_a_rate_per_month_keeps_its_unit_and_its_measure() -> None:
    found = _quantities("2024年，城市低保标准从700元/月提高至760元/月。", date="2025-01-20")
    assert (found[700].unit, found[760].unit, found[760].metric) == ("元/月", "元/月", "城市低保标准")


def test_changes_said_with_bi_shang_nian_fen_bie_follow_the_list_before() -> None:
    text = "2024年，全县生产总值、一般公共预算收入分别达300亿元和20亿元，比上年分别增长6.1%和7.2%。"
    found = _quantities(text, date="2025-01-20")
    assert (found[6.1].metric, found[7.2].metric) == ("生产总值比上年增长", "一般公共预算收入比上年增长")


def test_a_lead_long_only_for_its_head_and_tail_is_kept_whole() -> None:
    found = _quantities("今年要确保城乡居民参加养老保险和基本医疗保险参保率保持在92%和97%以上。", date="2026-01-20")
    assert found[92].metric.startswith("城乡居民参加养老保险")


def test_a_change_against_the_last_years_outturn_is_of_the_measure_before() -> None:
    found = _quantities("2024年完成造林面积2.5万亩，比2023年完成数增长12%。", date="2025-01-20")
    assert found[12].metric == "造林面积比2023年完成数增长"


def test_a_growth_striven_for_after_a_growth_is_that_growth() -> None:
    found = _quantities("主要预期目标是：地区生产总值增长6.5%左右，力争7%；城镇新增就业1万人。", date="2026-01-20")
    assert found[7].metric == "地区生产总值增长"


def test_a_short_alternative_unit_in_a_parenthesis_keeps_the_noun_after_it() -> None:
    found = _quantities("今年改造1.5万套（间）城市危旧房、8000户城中村，建设30条（个）幸福河湖。", date="2026-01-20")
    assert (found[1.5].metric, found[30].metric) == ("城市危旧房", "幸福河湖")


def test_a_level_a_measure_was_widened_to_is_of_that_measure() -> None:
    found = _quantities("2025年，全县“一件事一次办”事项从28个拓展到65个，服务时间由8小时延长至12小时。",
                        date="2026-01-20")
    assert (found[65].metric, found[12].metric) == ("“一件事一次办”事项", "服务时间")


def test_steps_crossed_in_a_row_count_for_the_measure_before() -> None:
    found = _quantities("五年来，全县财政总收入连跨3个十亿元台阶。", date="2026-01-20")
    assert found[3].metric == "财政总收入"


def test_milestones_crossed_one_after_another_are_floors_of_the_measure() -> None:
    found = _quantities("五年来，全市地区生产总值连续跨越3000亿、4000亿、5000亿三个大台阶，年均增长6.1%。",
                        date="2026-01-20")
    assert [(found[v].metric, found[v].comparator) for v in (3000, 4000, 5000)] == [("地区生产总值", "at_least")] * 3
    assert found[6.1].metric == "地区生产总值年均增长"


def test_insurance_schemes_of_workers_and_residents_share_the_measure_after_them() -> None:
    found = _quantities("2025年，城镇职工、城乡居民基本医保住院费用报销比例分别达到80%、68%。", date="2026-01-20")
    assert (found[80].metric, found[68].metric) == ("城镇职工基本医保住院费用报销比例", "城乡居民基本医保住院费用报销比例")


def test_a_count_after_a_preposition_counts_the_noun_not_what_is_done_there() -> None:
    found = _quantities("今年力争在15个重点村形成特色产业，为800户低收入家庭实施住房改造，对12处河段开展清淤。",
                        date="2026-01-20")
    assert (found[15].metric, found[800].metric, found[12].metric) == ("重点村", "低收入家庭", "河段")


def test_a_figure_for_another_level_or_place_keeps_the_measure_before() -> None:
    found = _quantities("今年确保污水集中处理率市本级达到96%以上、各县区90%以上。", date="2026-01-20")
    assert found[90].metric == "污水集中处理率各县区"


def test_names_listed_before_a_measure_with_its_own_verb_share_the_figure() -> None:
    found = _quantities("2025年，甲公司、乙公司海外营收占比达到55%左右，全市小学、初中巩固率超过99%。", date="2026-01-20")
    assert (found[55].metric, found[99].metric) == ("甲公司、乙公司海外营收占比", "小学、初中巩固率")
    kept = _quantities("全县村卫生室全部达到标准化建设要求、至少有1个标准化示范村。", date="2026-01-20")
    assert kept[1].metric == "标准化示范村"


def test_an_example_marker_and_a_reach_word_are_no_part_of_the_measure() -> None:
    found = _quantities("有些项目造价过高，例如某县新建的办公楼单位造价高达5800元，物价涨幅仍然高达8%。", date="2012-01-20")
    assert (found[5800].metric, found[8].metric) == ("某县新建的办公楼单位造价", "物价涨幅")


def test_a_count_after_a_verb_of_raising_counts_its_noun_but_steps_of_rank_do_not() -> None:
    found = _quantities("今年规范提升200个家庭农场，整合提升15个便民服务中心。", date="2026-01-20")
    assert (found[200].metric, found[15].metric) == ("家庭农场", "便民服务中心")
    ranked = _quantities("2025年，全县综合排名在全市提升3个位次。", date="2026-01-20")
    assert ranked[3].metric != "位次"


def test_a_long_list_its_own_count_closes_is_the_whole_subject() -> None:
    found = _quantities("2025年，全省新型显示、智能装备、生物制造三大新兴产业规模突破5000亿元。", date="2026-01-20")
    assert found[5000].metric == "新型显示、智能装备、生物制造三大新兴产业规模"


def test_a_count_after_a_verb_counts_the_noun_before_the_next_figure() -> None:
    found = _quantities("2025年，成功解决120个问题小区1.2万多套房产的办证难题，为800名重度残疾人提供照护服务。",
                        date="2026-01-20")
    assert (found[120].metric, found[800].metric) == ("问题小区", "重度残疾人照护服务")  # those served, with what


def test_each_figure_a_listed_change_starts_from_is_where_things_stand() -> None:
    text = ("一、2025年工作回顾\n全县经济增长6%。\n二、2026年工作安排\n"
            "城乡低保标准分别从每月700元、500元提至760元、560元。")
    found = _quantities(text, date="2026-01-20")
    assert [(found[v].kind, found[v].deadline_year) for v in (700, 500)] == [("fact", 2025)] * 2
    assert [(found[v].kind, found[v].deadline_year) for v in (760, 560)] == [("target", 2026)] * 2


def test_how_far_a_measure_went_past_its_plan_is_of_that_measure_and_a_fact() -> None:
    text = "一、2025年工作回顾\n全县新增市场主体3200户、超计划200户，重点项目完成投资85亿元、超年度计划12%。\n二、2026年工作安排\n力争完成投资90亿元。"
    found = _quantities(text, date="2026-01-20")
    assert (found[200].metric, found[200].kind, found[200].deadline_year) == ("新增市场主体超计划", "fact", 2025)
    assert (found[12].metric, found[12].kind) == ("重点项目完成投资超年度计划", "fact")


def test_plans_overfulfilled_before_a_list_of_growths_leave_them_facts() -> None:
    text = ("一、过去的工作\n成绩很大。\n二、今后的任务\n两个年度计划都超额完成，一九五四年工业总产值比一九五二年增长了百分之五十；"
            "主要产品的产量都有增长，如钢增长百分之六十，煤增长百分之二十。")
    found = _quantities(text, date="1955")
    assert [(found[v].kind, found[v].deadline_year) for v in (60, 20)] == [("fact", 1954)] * 2


def test_people_counted_after_a_preposition_and_school_levels_sharing_a_measure() -> None:
    found = _quantities("2025年，为1200人次就业困难人员发放社保补贴300万元；生均公用经费补助标准小学由700元提高到800元、"
                        "初中由900元提高到1100元。", date="2026-01-20")
    assert found[1200].metric == "就业困难人员社保补贴"  # (the people, with the grant they got)
    assert found[900].metric == "生均公用经费补助标准初中"
    schools = _quantities("今年新改扩建中小学12所、幼儿园30所。", date="2026-01-20")
    assert schools[30].metric != "新改扩建中幼儿园"


def test_a_change_against_last_years_estimate_is_of_the_measure_before() -> None:
    found = _quantities("一九五八年的基本建设总投资额拟定为一百亿元，比一九五七年的预计数增加了十亿元，增长百分之十一。", date="1958")
    assert found[10].metric == "基本建设总投资额比一九五七年的预计数增加"
    assert found[11].metric == "基本建设总投资额增长"


def test_each_count_of_a_list_a_preposition_opens_counts_its_noun() -> None:
    found = _quantities("2025年，为60间乡镇卫生院、8间社区卫生服务中心配备远程诊疗设备。", date="2026-01-20")
    assert (found[60].metric, found[8].metric) == ("乡镇卫生院", "社区卫生服务中心")


def test_a_figure_right_after_a_long_aside_is_of_the_noun_before_it() -> None:
    found = _quantities("2025年完成的固定资产投资额（包括工业、农业、交通和城市建设方面的投资）共为86亿元。", date="2026-01-20")
    assert found[86].metric == "固定资产投资额"


def test_a_count_after_a_verb_ending_in_xing_and_a_parallel_cut() -> None:
    found = _quantities("今年稳妥运行8个边贸点，事项办理平均减时间60%、减材料40%。", date="2026-01-20")
    assert (found[8].metric, found[40].metric) == ("边贸点", "事项办理平均减材料")


def test_what_a_plan_asks_to_grow_is_a_target_and_this_year_is_no_part_of_a_measure() -> None:
    text = ("一、一九五七年的成绩\n去年完成很好。\n二、一九五八年的计划\n在一九五八年，大豆要求增长百分之四。"
            "甘蔗和甜菜要求分别增长百分之二十和百分之二十五。受训练的工人在今年将达十万人。")
    found = _quantities(text, date="1958")
    assert [found[v].kind for v in (4, 20, 25)] == ["target"] * 3
    assert found[10].metric == "受训练的工人"


def test_above_the_plans_upper_bound_and_a_level_reached_after_a_dated_change() -> None:
    found = _quantities("2025年全县生产总值增长6.2%，高出年初计划上限0.2个百分点。", date="2026-01-20")
    assert found[0.2].metric == "生产总值增长高出年初计划上限"
    text = "在校学生，二〇二〇年有三百万人，二〇二五年又比二〇二四年增加百分之七，达到了四百万人。"
    assert _quantities(text, date="2026-01-20")[400].deadline_year == 2025


def test_an_adverb_and_a_verb_of_pushing_are_no_part_of_a_total() -> None:
    found = _quantities("今年扎实推进总投资500亿元的30个重点项目。", date="2026-01-20")
    assert found[500].metric == "重点项目总投资"  # the projects counted after it, not 扎实推进


def test_a_change_against_a_base_after_a_semicolon_is_of_the_measure_before() -> None:
    text = ("本县的中学生，二〇一五年有八万人，到了二〇二〇年已经有十二万人，即增加百分之五十；"
            "二〇二一年又比二〇二〇年增加百分之九，达到十三万人。")
    found = _quantities(text, date="2022-01-20")
    assert found[12].metric == "本县的中学生"
    assert found[9].metric == "本县的中学生比二〇二〇年增加"
    assert found[13].metric == "本县的中学生"


def test_bare_figures_before_the_last_of_a_respectively_list_share_its_unit() -> None:
    text = "2025年全县学校供暖覆盖率、食堂（餐厅）达标率、宿舍改造率分别提高12.5、20、31个百分点。"
    found = _quantities(text, date="2026-01-20")
    assert (found[12.5].unit, found[20].unit) == ("个百分点", "个百分点")
    assert [found[v].metric for v in (12.5, 20, 31)] == ["学校供暖覆盖率提高", "食堂（餐厅）达标率提高", "宿舍改造率提高"]
    found = _quantities("今年全市小麦、玉米产量分别达到12、30万吨以上。", date="2026-01-20")
    assert (found[12].unit, found[12].comparator, found[12].metric) == ("万吨", "at_least", "小麦产量")


def test_an_aside_inside_an_item_of_a_summed_list_is_read_through() -> None:
    found = _quantities("今年，新建县（区）文化馆、乡镇综合文化站15个。", date="2026-01-20")
    assert found[15].evidence.startswith("新建县（区）文化馆")


def test_a_count_of_people_ends_before_what_they_take_part_in() -> None:
    found = _quantities("2025年近3万城乡家庭参与“书香满城·全民共读·亲子共成长”系列活动，反响良好。", date="2026-01-20")
    assert found[3].metric == "城乡家庭"


def test_a_projects_investment_is_named_after_the_project_of_the_clause_before() -> None:
    found = _quantities("2025年，滨江新城项目建设扎实推进，完成投资8亿元。", date="2026-01-20")
    assert found[8].metric == "滨江新城项目建设完成投资"


def test_a_note_listing_what_a_past_year_did_gives_facts_of_that_year() -> None:
    text = ("一、2025年工作回顾\n去年做了很多工作。\n二、2026年工作安排\n今年新增就业2万人。\n名词解释\n"
            "5.2025年十件民生实事全部完成：①新增城镇公厕120座。②改造老旧小区3600户。\n"
            "6.2026年十件民生实事：①新建口袋公园45个。\n")
    found = _quantities(text, date="2026-01-20")
    assert [(found[v].kind, found[v].deadline_year) for v in (120, 3600)] == [("fact", 2025)] * 2
    assert found[120].metric == "新增城镇公厕"
    assert (found[45].kind, found[45].deadline_year) == ("target", 2026)


def test_two_nouns_joined_before_a_modifier_of_the_next_count_are_the_first_counts() -> None:
    found = _quantities("2025年，县港通达全国30多个城市及港区的120多个码头。", date="2026-01-20")
    assert found[30].evidence.endswith("30多个城市及港区")
    assert found[120].metric == "码头"


def test_a_list_of_glossed_items_is_what_its_count_counts() -> None:
    text = "注释\n[3]现代物流体系：“3”指东站（高铁站）、西港（内河港）、北区（空港物流园）3个枢纽；“5”指5个乡镇物流站。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[3].metric == "枢纽"
    assert found[5].metric == "乡镇物流站"


def test_a_deadline_inside_the_words_before_a_figure_ends_what_leads_up_to_the_measure() -> None:
    found = _quantities("我们完全有把握实现到2035年全县工业总产值翻一番的目标。", date="2026-01-20")
    assert found[1].metric == "工业总产值"
    found = _quantities("2025年全县粮食产量在2016年到2020年间平均每年增长3万吨。", date="2026-01-20")
    assert found[3].metric == "粮食产量平均每年增长"
    found = _quantities("2025年，新建道路40公里，是2011年到2020年全县新建道路总和的1.5倍。", date="2026-01-20")
    assert found[1.5].metric == "新建道路总和"


def test_a_yearly_output_a_project_is_built_for_is_its_design_capacity() -> None:
    found = _quantities("2025年，恒信机械年产5000台农机装备项目顺利开工，建成年产20万吨饲料等项目。", date="2026-01-20")
    assert found[5000].metric == "恒信机械农机装备设计产能"
    assert found[20].metric == "饲料设计产能"
    assert _quantities("2025年全县年产粮食50万吨。", date="2026-01-20")[50].metric == "年产粮食"


def test_a_count_of_undertakings_after_their_name_keeps_what_they_are() -> None:
    found = _quantities("今年全面推开平安乡村12项专项行动，再开工8个项目。", date="2026-01-20")
    assert found[12].metric == "全面推开平安乡村专项行动"
    assert found[8].metric == "再开工项目"


def test_what_a_measure_would_bring_about_is_no_part_of_it() -> None:
    found = _quantities("今后五年，要使全县地区生产总值达到800亿元，全县可以节约标准煤5万吨。", date="2026-01-20")
    assert found[800].metric == "地区生产总值"
    assert found[5].metric == "节约标准煤"
    assert _quantities("2025年全县能源投资80亿元。", date="2026-01-20")[80].metric == "能源投资"


def test_a_count_after_a_verb_couplet_or_a_place_counts_the_noun_after_it() -> None:
    found = _quantities("今年要做优做强6个省级先进制造业集群。", date="2026-01-20")
    assert found[6].metric == "省级先进制造业集群"
    found = _quantities("2025年，县内9家银行机构21个营业网点开办了跨境结算业务。", date="2026-01-20")
    assert found[9].metric == "银行机构营业网点开办了跨境结算业务"  # the place (县内) no part of it
    assert found[21].evidence.startswith("21个营业网点")


def test_only_said_of_a_growth_and_of_a_plan_met_is_no_part_of_the_measure() -> None:
    text = "一、2025年工作回顾\n全县社会消费品零售总额，只完成年度计划的94%，比上年仅增长1.5%。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[94].metric == "社会消费品零售总额完成年度计划"
    assert found[1.5].metric == "社会消费品零售总额比上年增长"


def test_a_total_so_far_after_a_count_of_new_ones_is_of_all_of_them() -> None:
    found = _quantities("一、过去五年\n新增省级示范村26个，累计达到146个。\n", date="2026-01-20")
    assert (found[26].metric, found[146].metric) == ("新增省级示范村", "省级示范村")


def test_the_field_a_vanguard_leads_is_no_quantity() -> None:
    found = _quantities("今后五年，努力成为全国50个资源型城市排头兵，建成10个全省排头兵企业。", date="2026-01-20")
    assert 50 not in found
    assert found[10].metric == "全省排头兵企业"


def test_the_half_year_a_change_takes_effect_is_no_part_of_the_measure() -> None:
    found = _quantities("今年，城乡居民基础养老金标准下半年由150元/月提高到180元/月。", date="2026-01-20")
    assert found[180].metric == "城乡居民基础养老金标准"


def test_changes_after_figures_of_different_measures_change_them_in_order() -> None:
    text = "一、2025年工作回顾\n城镇居民人均可支配收入52175元，农村居民人均可支配收入25153元，实际增长4.8%和6.5%。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[4.8].metric == "城镇居民人均可支配收入实际增长"
    assert found[6.5].metric == "农村居民人均可支配收入实际增长"
    text = "一、2025年工作回顾\n起征点从3万元提高到6万元、税负率从10%降至5%。\n"
    assert _quantities(text, date="2026-01-20")[6].metric.startswith("起征点")


def test_a_products_line_label_names_what_its_capacity_is_of() -> None:
    text = ("二、今后五年的计划\n主要工业品的建设规模如下列：\n水泥：全部建成后增加的年产能力将为三十六万吨。\n"
            "民生福祉：城镇居民人均可支配收入年均增长6%。\n")
    found = _quantities(text, date="2026-01-20")
    assert found[36].metric == "水泥全部建成后增加的年产能力"
    assert found[6].metric == "城镇居民人均可支配收入年均增长"


def test_marks_inside_a_quoted_name_after_a_count_end_nothing() -> None:
    found = _quantities("2025年启动建设12条“县城—中心镇—重点村”发展轴，县城承载能力提升。", date="2026-01-20")
    assert found[12].metric == "“县城—中心镇—重点村”发展轴"


def test_one_after_another_is_no_part_of_a_measure() -> None:
    found = _quantities("一、过去五年\n全县进出口总额接连突破80亿元、90亿元。\n", date="2026-01-20")
    assert (found[80].metric, found[90].metric) == ("进出口总额", "进出口总额")


def test_a_figure_converted_to_another_unit_is_the_same_measure() -> None:
    found = _quantities("一、2025年工作回顾\n全县人均生产总值9.5万元，约合1.3万美元，增长6.1%。\n", date="2026-01-20")
    assert (found[1.3].metric, found[6.1].metric) == ("人均生产总值", "人均生产总值增长")


def test_a_total_so_far_after_what_was_built_this_year_is_of_all_of_it() -> None:
    found = _quantities("一、2025年工作回顾\n建成高标准农田8.9万亩、累计达到120.5万亩。\n", date="2026-01-20")
    assert found[120.5].metric == "高标准农田"


def test_a_year_after_what_it_is_compared_with_dates_the_semicolon_clauses() -> None:
    text = ("一、过去五年\n与2015年相比，在2020年年底，全县高中学生数增长了百分之四十，即达到二万人；"
            "初中学生数增长了百分之二十，即达到五万人。\n")
    found = _quantities(text, date="2026-01-20")
    assert [found[v].deadline_year for v in (40, 2, 20, 5)] == [2020] * 4


def test_a_base_at_the_end_of_a_plan_is_the_measure_before() -> None:
    text = "一、过去五年\n全县地区生产总值达到697.5亿元，较“十三五”末的523.1亿元增加174.4亿元，增长33.3%。\n"
    found = _quantities(text, date="2026-01-20")
    # (the changes after it are from it: five years' growth, not a year's)
    assert [found[v].metric for v in (523.1, 174.4, 33.3)] == [
        "地区生产总值", "地区生产总值较“十三五”末增加", "地区生产总值较“十三五”末增长"]


def test_a_count_of_milestones_says_what_they_are_and_the_next_figure_keeps_the_measure() -> None:
    found = _quantities("一、过去五年\n全县地区生产总值连续迈上3个百亿元台阶，达到380亿元。\n", date="2026-01-20")
    assert (found[3].metric, found[380].metric) == ("地区生产总值百亿元台阶", "地区生产总值")


def test_a_list_sharing_a_total_of_assets_keeps_its_owner() -> None:
    found = _quantities("一、2025年工作回顾\n城投集团、农商银行资产总额分别突破320亿元、230亿元。\n", date="2026-01-20")
    assert (found[320].metric, found[230].metric) == ("城投集团资产总额", "农商银行资产总额")


def test_the_share_of_places_where_a_thing_is_done() -> None:
    found = _quantities("一、2025年工作回顾\n家庭医生签约制度在85%的村卫生室实施。\n", date="2026-01-20")
    assert found[85].metric == "实施家庭医生签约制度的村卫生室"


def test_the_total_investment_of_projects_counted_by_their_stage() -> None:
    text = "一、2025年工作回顾\n全年新开工814个、总投资593亿元，新竣工300个、总投资120亿元。\n"
    found = _quantities(text, date="2026-01-20")
    assert [found[v].metric for v in (593, 300, 120)] == ["新开工项目总投资", "新竣工项目", "新竣工项目总投资"]


def test_a_scaled_count_of_people_opening_its_clause_counts_the_noun_after_it() -> None:
    found = _quantities("一、2025年工作回顾\n全县1.2万名干部结对帮扶3万多户困难户。\n", date="2026-01-20")
    assert found[1.2].metric.startswith("干部")


def test_the_means_a_thing_is_done_by_is_no_part_of_its_measure() -> None:
    found = _quantities("一、2025年工作回顾\n全县依托富硒土壤发展特色茶园3万亩。\n", date="2026-01-20")
    assert found[3].metric == "发展特色茶园"


def test_a_deadline_said_with_zai_opens_no_metric() -> None:
    found = _quantities("二、今后五年的任务\n计划在2028年底前建成投产新能源装机300万千瓦，在今年内可以建设完工的有12个。\n",
                        date="2026-01-20")
    assert (found[300].metric, found[12].metric) == ("建成投产新能源装机", "建设完工")


def test_the_sum_of_sales_counted_before_is_theirs() -> None:
    found = _quantities("一、2025年工作回顾\n出让矿业权75宗、成交价61.6亿元。\n", date="2026-01-20")
    assert found[61.6].metric == "出让矿业权成交价"


def test_a_count_listed_after_an_added_count_is_added_too() -> None:
    found = _quantities("一、2025年工作回顾\n新增科技型企业64家、瞪羚企业12家、孵化器3个，失业率4.2%。"
                        "实施重点项目80个、完工52个。认定登记技术合同900项、合同成交额21亿元。\n", date="2026-01-20")
    assert (found[12].metric, found[3].metric) == ("新增瞪羚企业", "新增孵化器")
    assert (found[4.2].metric, found[52].metric, found[21].metric) == ("失业率", "完工重点项目", "合同成交额")


def test_a_named_period_and_its_years_measure_nothing() -> None:
    found = _quantities("一、过去五年工作回顾\n负债率在2015年高达66.5%，“十三五”期间五年平均降到52%左右。\n", date="2021-02-20")
    assert found[52].metric == "负债率"


def test_a_restated_change_of_a_share_is_the_shares() -> None:
    found = _quantities("二、明年的计划\n明年计划服务业产值占总产值的比重由今年的52%提高到54%，即提高2%。\n", date="2025-12-20")
    assert found[2].metric == "服务业产值占总产值的比重提高"


def test_the_end_of_a_year_said_inside_the_words_is_when_not_what() -> None:
    found = _quantities("一、过去一年的工作\n全省高校毕业生就业率去年底达到88%，比上年提高2个百分点。外汇储备年底达到150亿美元。"
                        "贷款余额由2020年底的900亿元增加到去年的1200亿元。\n", date="2026-01-20")
    assert (found[88].metric, found[2].metric) == ("高校毕业生就业率", "高校毕业生就业率比上年提高")
    assert (found[150].metric, found[900].metric, found[1200].metric) == ("外汇储备", "贷款余额", "贷款余额")


def test_changes_after_figures_paired_with_a_list_before_them_are_theirs() -> None:
    found = _quantities("一、过去五年工作回顾\n城镇、农村居民人均可支配收入持续增长，预计今年达到43000元和21000元，年均增长6.1%和7.9%。"
                        "税收收入、非税收入达到80亿元和20亿元，比2020年增长30%和12%。\n", date="2025-12-20")
    assert (found[43000].metric, found[21000].metric) == ("城镇居民人均可支配收入", "农村居民人均可支配收入")
    assert (found[6.1].metric, found[7.9].metric) == ("城镇居民人均可支配收入年均增长", "农村居民人均可支配收入年均增长")
    assert (found[30].metric, found[12].metric) == ("税收收入比2020年增长", "非税收入比2020年增长")


def test_a_count_after_a_verb_of_focus_counts_its_noun() -> None:
    found = _quantities("二、2026年工作安排\n各园区分别聚焦2～3个主导产业。\n", date="2026-01-20")
    assert found[2].metric == "各园区聚焦主导产业"  # the noun, each place's (not 各园区分别聚焦, the act alone)


def test_a_bound_after_guo_that_qualifies_a_noun_is_no_quantity_of_its_own() -> None:
    found = _quantities("2023年，年产值过100亿元的企业1家，投资过5亿元的工业项目170个。")
    assert 100 not in found and 5 not in found
    assert found[1].metric.endswith("企业") and found[170].metric.endswith("工业项目")
    # a total over an amount is the amount of all of them, and 通过 is no bound
    found = _quantities("2023年，全市总投资超过1750亿元的41个项目开工。")
    assert found[1750].metric == "总投资" and found[1750].comparator == "at_least"


def test_an_adverb_before_a_figure_is_not_what_it_measures() -> None:
    found = _quantities("一、1956年的工作\n这就保证了计划能够超额完成。1956年新增加的钢的生产能力，就有一百四十二万吨；"
                        "新建和修复的铁路，也有二千多公里。\n", date="1957-06-26")
    assert found[142].metric == "新增加的钢的生产能力"
    assert found[2000].metric == "新建和修复的铁路"


def test_a_run_of_quoted_names_before_a_figure_is_kept_whole() -> None:
    found = _quantities("一、2021年工作回顾\n全市建成体育馆6个。“粤菜师傅”“广东技工”“南粤家政”三项工程带动就业创业10.2万人以上。\n",
                        date="2022-01-06")
    assert found[10.2].metric.startswith("“粤菜师傅”“广东技工”“南粤家政”三项工程")


def test_a_share_reached_is_of_the_noun_after_its_de() -> None:
    found = _quantities("二、今后的工作\n新农保试点范围扩大到全国40%的县，完成重点流域70%以上的整治任务，"
                        "完成全市县域内三分之二的片区规划。全市经济增长保持8%的速度。\n", date="2011-03-05")
    assert found[40].metric.endswith("扩大到全国县") and found[70].metric == "完成重点流域整治任务"
    assert found[2 / 3].metric == "完成全市县域内片区规划"
    assert not found[8].metric.endswith("速度")  # the speed is the growth itself, not what 8% is of
    # 把30%的企业: what is done to the firms, without the words before 把
    assert _quantities("二、今后的任务\n保证把30%的企业建成大庆式企业。\n", date="1978-02-26")[30].metric == "企业建成大庆式企业"


def test_proposals_listed_after_motions_handled_are_handled_too() -> None:
    found = _quantities("一、2025年工作回顾\n办理市人大代表议案5项、建议877件，办理市政协提案1309件。\n", date="2026-01-25")
    assert _quantities("一、2025年工作回顾\n办结人大代表议案建议608件、政协提案684件。\n")[684].metric == "办结政协提案"
    assert found[877].metric == "办理建议" and found[1309].metric == "办理市政协提案"


def test_what_a_cut_shares_with_the_cut_before_it_and_a_whole_that_does_not() -> None:
    found = _quantities("二、今年的工作\n全年再减少企业税费500亿元左右、涉企收费约200亿元。"
                        "新建成城市道路12条、通车里程超80公里。\n", date="2026-01-25")
    assert found[200].metric == "再减少涉企收费"
    assert found[80].metric == "道路通车里程"  # the roads named before, not the verb that built them


def test_a_list_closed_by_deng_is_counted_whole_with_the_verb_before_it() -> None:
    found = _quantities("一、2025年工作回顾\n累计免费筛查妇女“两癌”、新生儿遗传代谢病以及高血压等慢性病2.04亿人次。"
                        "中央财政用于科技、教育、卫生、文化等方面的支出1168亿元。\n", date="2026-01-27")
    assert found[2.04].metric == "累计免费筛查妇女“两癌”、新生儿遗传代谢病以及高血压等慢性病"
    assert found[1168].metric == "中央财政用于科技、教育、卫生、文化等方面的支出"


def test_a_count_after_a_preposition_counts_its_noun_after_a_long_lead() -> None:
    found = _quantities("一、过去五年工作回顾\n国务院先后向192个重点国有企业以及一批国有金融机构派出了监事会。\n", date="2003-03-05")
    assert found[192].metric == "重点国有企业"


def test_a_line_on_what_people_earn_draws_a_class_and_measures_nothing() -> None:
    found = _quantities("一、过去五年工作回顾\n农村年人均纯收入2500元以下的贫困人口去年全部脱贫，农民人均纯收入达到10511元。\n",
                        date="2012-06-16")
    assert 2500 not in found and found[10511].metric == "农民人均纯收入"


def test_a_short_gloss_in_the_words_after_a_count_costs_no_length() -> None:
    found = _quantities("一、2020年工作回顾\n山东水发等23个项目落地中以（酒泉）绿色生态产业园，剥离敦煌种业非主业资产。\n",
                        date="2021-01-12")
    assert found[23].metric.endswith("绿色生态产业园")


def test_a_count_after_the_body_whose_things_it_counts_keeps_both() -> None:
    found = _quantities("一、2025年工作回顾\n广东自贸试验区43项改革创新成果在全国推广，豪能公司4项产品产能全国第一。\n", date="2026-01-26")
    assert found[43].metric == "广东自贸试验区改革创新成果在全国推广"
    assert found[4].metric.startswith("豪能公司产品")


def test_a_count_after_settling_or_upgrading_counts_its_noun() -> None:
    found = _quantities("一、2025年工作回顾\n妥善安置1.6万山洪泥石流灾害受灾群众，提质升级24家农贸市场。\n", date="2026-02-03")
    assert found[1.6].metric == "山洪泥石流灾害受灾群众" and found[24].metric == "农贸市场"


def test_another_way_to_put_a_figure_is_no_noun() -> None:
    found = _quantities("二、1960年的计划\n粮食达到七千二百亿斤，每人平均一千斤或者稍多一点。\n", date="1960-03-30")
    assert "或" not in found[1000].metric


def test_a_gloss_before_the_conjunction_to_the_next_item_is_read_through() -> None:
    found = _quantities("一、2017年工作回顾\n完成281个小城镇（中心村）电网改造和126个村通动力电工程。\n", date="2018-01-04")
    assert found[281].metric == "小城镇（中心村）电网改造"
    assert found[126].evidence == "126个村通动力电工程"


def test_a_count_after_the_kind_of_its_examples_keeps_both() -> None:
    found = _quantities("一、2025年工作回顾\n钢铁、有色、化工等重点行业46种产品能耗达到国家先进值。\n", date="2026-01-25")
    assert found[46].metric.startswith("钢铁、有色、化工等重点行业产品能耗")


def test_a_contrasting_ze_is_no_part_of_the_measure() -> None:
    found = _quantities("一、1955年的工作\n国营工业所占的比重由59%上升到63%，私营工业所占的比重则由25%下降为16%。\n",
                        date="1956-06-15")
    assert found[25].metric == "私营工业所占的比重" and found[16].metric == "私营工业所占的比重"


def test_a_long_list_a_count_sums_up_is_whole() -> None:
    found = _quantities("一、2020年工作回顾\n获批抗疫特别国债、地方政府专项债券、中央和省预算内投资项目174项，争取各类资金81.87亿元。\n",
                        date="2021-02-01")
    assert found[174].metric.endswith("抗疫特别国债、地方政府专项债券、中央和省预算内投资项目")


def test_what_was_won_keeps_its_verb_with_dao() -> None:
    found = _quantities("一、2023年工作回顾\n争取到省级以上改革试点45项，争取专项债券30亿元。\n", date="2024-01-30")
    assert found[45].metric == "争取到省级以上改革试点" and found[30].metric == "专项债券"


def test_words_of_two_characters_listed_before_a_shared_noun_are_one_subject() -> None:
    found = _quantities("一、2012年工作回顾\n机场年旅客吞吐量突破100万人次，国内、国际航线达到34条。"
                        "内江、眉山、自贡、遂宁经济总量突破2000亿元。\n", date="2013-02-28")
    assert found[34].metric == "国内、国际航线" and found[2000].metric == "内江、眉山、自贡、遂宁经济总量"


def test_a_place_in_the_first_few_of_a_ranking_is_at_most_that_place() -> None:
    found = _quantities("一、2025年工作回顾\n规模以上工业增加值增速连续30个月居全国前10位，人均GDP进入全国前8位。\n",
                        date="2026-01-27")
    assert found[10].comparator == "at_most" and found[8].comparator == "at_most"
    # with no verb of placing, 前10名选手 counts ten people
    assert _quantities("二、2026年工作安排\n奖励前10名选手。\n", date="2026-01-27")[10].comparator == "exact"


def test_a_bare_act_after_a_count_built_acts_on_its_things() -> None:
    found = _quantities("二、2015年工作安排\n建设城镇保障性住房2105套，基本建成1000套。\n", date="2015-01-21")
    assert found[1000].metric == "城镇保障性住房基本建成"


def test_still_under_is_no_part_of_the_measure() -> None:
    found = _quantities("一、1956年的工作\n我们派出留学生6,435人，其中革命干部的子女还不到3.5%。\n", date="1957-06-26")
    assert found[3.5].metric == "革命干部的子女" and found[3.5].comparator == "at_most"


def test_the_power_of_each_machine_is_its_kind_not_an_amount() -> None:
    found = _quantities("二、第一个五年计划\n拖拉机厂建成后，我国将能够每年出产五十四匹马力的拖拉机一万五千台。\n", date="1955-07-05")
    assert 54 not in found and found[15000].metric.endswith("五十四匹马力的拖拉机")


def test_an_area_listed_after_a_stretch_treated_is_treated_too() -> None:
    found = _quantities("一、2023年工作回顾\n治理中小河流28公里、水土流失61.37平方公里，除险加固56宗中小型水库。\n"
                        "二、2024年工作安排\n治理中小河流12条、除险加固小水库26座。\n", date="2024-01-17")
    assert found[61.37].metric == "治理水土流失" and found[26].metric == "除险加固小水库"


def test_a_count_of_ways_is_counted_in_the_field_before_it() -> None:
    found = _quantities("二、2026年工作安排\n抓实能源科技创新9条路径，加快构建新型能源体系。\n", date="2026-02-02")
    assert found[9].metric == "抓实能源科技创新路径"


def test_bare_measures_after_a_first_that_names_its_own_are_of_the_same_thing() -> None:
    found = _quantities("一、2023年工作回顾\n全市旅游人数、收入分别增长89.8%、149.6%，市属国企资产总额、营业收入分别增长8.6%、10.3%。\n",
                        date="2024-01-17")
    assert found[149.6].metric == "旅游收入增长" and found[10.3].metric == "市属国企营业收入增长"


def test_how_a_growth_is_said_with_also_will_is_no_part_of_it() -> None:
    found = _quantities("二、1959年的计划\n钢产量将增长百分之四十，其他的产品，产量也将增长百分之三十以上。\n", date="1959-04-18")
    assert "也" not in found[30].metric and found[30].metric.endswith("产量增长")


def test_a_ratio_to_a_years_figure_is_of_the_year_reviewed() -> None:
    found = _quantities("一、“九五”时期的回顾\n2000年国有企业实现利润2392亿元，为1997年的2.9倍。\n", date="2001-03-05")
    assert found[2.9].deadline_year == 2000
    # not a value dated to the year it names: 下降为一九五二年的百分之三十九
    found = _quantities("一、过去三年的回顾\n私营工业的比重由一九四九年的百分之六十三下降为一九五二年的百分之三十九。\n",
                        date="1955-07-05")
    assert found[39].deadline_year == 1952


def test_a_count_listed_after_things_put_right_is_put_right_too() -> None:
    found = _quantities("一、2018年工作回顾\n整治“污乱散”企业1348家、畜禽养殖规模企业145家。\n", date="2019-01-08")
    assert found[145].metric == "整治畜禽养殖规模企业"


def test_the_he_of_a_place_name_opening_a_sentence_is_no_conjunction() -> None:
    found = _quantities("一、2025年工作回顾\n瓦石峡水库开工建设。和田地区矿业权出让实现收益60.37亿元。\n", date="2026-01-27")
    assert found[60.37].metric.startswith("和田地区")


def test_a_bare_investment_after_a_count_of_projects_is_theirs() -> None:
    found = _quantities("一、2018年工作回顾\n197个重大产业项目建设达到序时进度，实现投资703.2亿元。\n", date="2019-01-09")
    assert found[703.2].metric == "重大产业项目投资"


def test_higher_or_lower_than_a_base_is_the_change_of_the_measure_before() -> None:
    found = _quantities("二、2019年政府工作任务\n今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。\n", date="2019-03-05")
    assert found[0.2].metric == "赤字率比去年预算高"


def test_a_count_after_examples_closed_by_deng_keeps_its_long_noun() -> None:
    found = _quantities("二、2026年工作安排\n推进沿江、沿湖等8个省级历史遗留废弃矿山生态修复示范工程，新建绿色矿山30座。\n",
                        date="2026-01-20")
    assert found[8].metric == "省级历史遗留废弃矿山生态修复示范工程"
    assert found[30].metric == "新建绿色矿山"


def test_a_bare_counter_before_and_takes_the_counted_noun_of_the_figure_after() -> None:
    found = _quantities("一、2025年工作回顾\n项目审批时间和竣工验收时间分别缩短到7个和4个工作日，两项费用分别下降2个、3个百分点。\n",
                        date="2026-01-20")
    assert (found[7].unit, found[4].unit) == ("个工作日", "个工作日")
    assert (found[2].unit, found[3].unit) == ("个百分点", "个百分点")
    other = _quantities("一、2025年工作回顾\n新建小学6个和幼儿园9所。\n", date="2026-01-20")
    assert (other[6].unit, other[9].unit) == ("个", "所")


def test_a_lead_over_a_past_period_or_the_economy_is_the_growth_before() -> None:
    found = _quantities("一、2025年工作回顾\n全年工业增加值增长6%，快于2024年1.5个百分点。财政收入年均增长4.5%，高于“十四五”时期0.8个百分点。"
                        "城镇居民收入增长5.2%、快于经济增速0.6个百分点。\n", date="2026-01-20")
    assert found[1.5].metric == "工业增加值增长快于2024年"
    assert found[0.8].metric == "财政收入年均增长高于“十四五”时期"
    assert found[0.6].metric == "城镇居民收入增长快于经济增速"


def test_a_goal_framing_a_figure_is_no_noun_and_toward_what_no_metric() -> None:
    found = _quantities("二、2026年工作安排\n围绕2028年城区面积达到120平方公里的目标，完善城市功能。"
                        "按照全年新增就业4万人的要求，抓好就业。\n", date="2026-01-20")
    assert found[120].metric == "城区面积"
    assert found[4].metric == "新增就业"


def test_this_year_in_old_wording_dates_and_all_or_part_is_no_part_of_the_noun() -> None:
    found = _quantities("二、1956年的预算\n预计在本年内可以有四十二个重大项目全部或部分地投入生产。本年收入增长百分之九。\n",
                        date="1956")
    assert found[42].metric == "重大项目投入生产"
    assert found[9].metric == "收入增长"


def test_a_number_after_a_first_of_its_kind_measures_the_noun_after_it() -> None:
    found = _quantities("一、2025年工作回顾\n推出国内首款量产级8兆瓦时储能系统，建成全国首台12兆瓦海上风机。"
                        "港口成为全球首个年吞吐量超过4000万标准箱的港口。\n", date="2026-01-20")
    assert found[8].metric == "储能系统" and found[12].metric == "海上风机"
    assert found[4000].unit == "万标准箱"


def test_what_projects_counted_before_spent_is_theirs_however_said() -> None:
    found = _quantities("一、2025年工作回顾\n全年竣工投产项目64个，实际投资额88.5亿元；新建、续建文旅项目12个，完成投资9.6亿元。\n",
                        date="2026-01-20")
    assert found[88.5].metric == "竣工投产项目实际投资额"
    assert found[9.6].metric == "新建、续建文旅项目完成投资"


def test_a_budgets_income_and_spending_respectively_are_two_measures() -> None:
    found = _quantities("一、2025年工作回顾\n全市一般公共预算收支分别达到320亿元、610亿元，财政收支总额870亿元。\n", date="2026-01-20")
    assert (found[320].metric, found[610].metric) == ("一般公共预算收入", "一般公共预算支出")
    assert found[870].metric == "财政收支总额"


def test_what_is_singled_out_of_a_count_is_counted_by_the_count_after() -> None:
    found = _quantities("二、2026年工作安排\n抓好180个市级重点项目特别是15个省级考核项目建设。\n", date="2026-01-20")
    assert found[180].metric == "市级重点项目"
    assert found[15].metric.startswith("省级考核项目")
    assert found[15].evidence.startswith("15个")


def test_visits_and_letters_counted_are_how_often_not_quantities() -> None:
    found = _quantities("一、2025年工作回顾\n总书记2次亲临视察、3次回信、1次致贺信。全年开工项目40个。\n", date="2026-01-20")
    assert set(found) == {40}


def test_who_set_this_years_goal_is_no_part_of_its_metric() -> None:
    found = _quantities("二、2026年工作安排\n省委提出今年地区生产总值增长目标为6%左右。国务院提出法律议案12件。\n", date="2026-01-20")
    assert found[6].metric == "地区生产总值增长目标"
    assert found[12].metric == "国务院提出法律议案"


def test_money_a_budget_sets_aside_as_a_fund_is_that_fund() -> None:
    found = _quantities("二、2026年工作安排\n省财政拟安排15亿元专项资金，支持企业技术改造。筹集和安排6亿元就业补助资金。\n",
                        date="2026-01-20")
    assert found[15].metric == "省财政安排专项资金"
    assert found[6].metric == "就业补助资金"


def test_a_long_topic_before_a_bare_count_is_what_it_counts() -> None:
    found = _quantities("一、1957年的情况\n同本省建立友好往来的国家和地区，已经有八十个。\n", date="1958")
    assert found[80].metric == "同本省建立友好往来的国家和地区"


def test_a_capacity_per_day_keeps_its_per_day() -> None:
    found = _quantities("一、2025年工作回顾\n污水处理能力从2020年的12.5万吨/日提高到20.8万吨/日，新增垃圾焚烧能力600吨/日。\n",
                        date="2026-01-20")
    assert (found[12.5].unit, found[20.8].unit, found[600].unit) == ("万吨/日", "万吨/日", "吨/日")
    assert found[20.8].metric == "污水处理能力"


def test_how_little_there_is_now_said_in_a_plan_is_a_fact() -> None:
    found = _quantities("二、今后的任务\n我们的对外贸易规模还不大，出口额在世界出口总额中只占百分之二。今年出口额要增长百分之十。\n"
                        "预计到年底，各种经济成分所占的比重将变化如下：国营占百分之六十，私营则只占百分之一。\n", date="1960")
    assert found[2].kind == "fact" and found[10].kind == "target"
    assert found[60].kind == "target" and found[1].kind == "target"


def test_a_bound_after_over_qualifies_the_count_with_a_space_between() -> None:
    found = _quantities("二、2026年工作安排\n培育年产值过50亿元的龙头企业2家以上、 过 20亿元的6家以上。\n", date="2026-01-20")
    assert set(found) == {2, 6}
    assert found[6].unit == "家"


def test_ratios_to_a_year_after_figures_of_two_measures_pair_in_order() -> None:
    found = _quantities("一、2025年工作回顾\n发明专利申请量、授权量达到3200件、900件，是2020年的2.5倍和1.8倍。\n", date="2026-01-20")
    assert found[2.5].metric == "发明专利申请量是2020年"
    assert found[1.8].metric == "授权量是2020年"


def test_a_figure_cut_down_to_after_from_is_the_measure_before() -> None:
    found = _quantities("一、2025年工作回顾\n县级议事协调机构由86个精简为41个，取消审批事项12项，精简30项。\n", date="2026-01-20")
    assert found[41].metric == "县级议事协调机构"
    assert found[30].metric == "审批事项精简"  # what was cut: the items the count before counts


def test_a_range_after_reaching_is_one_reading() -> None:
    found = _quantities("二、今后的任务\n全社的经济发展要达到每人年平均收入一百二十元至一百八十元的水平。\n", date="1960")
    (q,) = [q for q in found.values() if q.unit == "元"]
    assert (q.value, q.value_max, q.comparator) == (120, 180, "range")


def test_sets_of_machines_are_counted_in_sets() -> None:
    found = _quantities("一、2025年工作回顾\n购置专用除雪设备42台套。\n", date="2026-01-20")
    assert found[42].unit == "台套"


def test_pigs_and_wells_are_counted_by_the_head_and_the_mouth() -> None:
    found = _quantities("一、2025年工作回顾\n出栏生猪120万口，新打机电井35口，开通对外口岸2个。\n", date="2026-01-20")
    assert (found[120].unit, found[35].unit, found[2].unit) == ("万口", "口", "个")


def test_subjects_a_clause_back_that_came_to_be_take_the_respective_figures() -> None:
    found = _quantities("一、2025年工作回顾\n上市公司、国家级专精特新企业从无到有，分别达3家、4家；规模以上企业接近5000家。\n",
                        date="2026-01-20")
    assert (found[3].metric, found[4].metric) == ("上市公司", "国家级专精特新企业")


def test_an_only_before_a_share_is_no_part_of_its_metric() -> None:
    found = _quantities("一、1957年的决算\n其中国外贷款收入二十亿元，只占国家预算收入的百分之三。\n", date="1958")
    assert found[3].metric == "国外贷款收入占国家预算收入"


def test_a_voltage_class_in_a_substations_name_is_no_amount() -> None:
    found = _quantities("二、2026年工作安排\n加快建设11万伏和22万伏变电站，新建污水管网30公里。\n", date="2026-01-20")
    assert set(found) == {30}


def test_a_bare_act_after_a_count_acts_on_what_the_count_counts() -> None:
    found = _quantities("二、2026年工作安排\n全县必保开复工亿元以上产业项目60个，谋划储备80个。\n", date="2026-01-20")
    assert found[60].metric == "开复工亿元以上产业项目"
    assert found[80].metric == "亿元以上产业项目谋划储备"


def test_an_investment_or_size_before_the_project_it_modifies_is_that_projects() -> None:
    found = _quantities("一、2025年工作回顾\n总投资120亿元的新材料产业园项目开工建设，设立总规模30亿元的产业引导基金。\n",
                        date="2026-01-20")
    assert found[120].metric == "新材料产业园项目总投资"
    assert found[30].metric == "产业引导基金总规模"
    works = _quantities("一、2025年工作回顾\n投资2.6亿元的城东污水处理厂投入运行，启动投资4亿元的新城供水工程。\n",
                        date="2026-01-20")
    assert (works[2.6].metric, works[4].metric) == ("城东污水处理厂投资", "新城供水工程投资")


def test_a_bare_figure_measures_what_its_sentence_opened_on_reaching_something() -> None:
    found = _quantities("一、2025年工作回顾\n农村居民人均可支配收入突破两万元、达到21050元，增长6.8%。经济总量跨过三个千亿元台阶、超过4500亿元。\n",
                        date="2026-01-20")
    assert found[21050].metric == "农村居民人均可支配收入"
    assert found[6.8].metric == "农村居民人均可支配收入增长"
    assert found[4500].metric == "经济总量"


def test_months_and_some_are_a_time_and_visits_to_firms_keep_their_unit() -> None:
    found = _quantities("一、2025年工作回顾\n受洪水影响，部分航段中断航运2个多月。兑现奖励资金3000万元，惠及企业860家次。\n", date="2026-01-20")
    assert 2 not in found
    assert found[860].unit == "家次"


def test_can_reach_is_how_a_figure_is_said_not_part_of_its_metric() -> None:
    found = _quantities("一、2025年工作回顾\n新材料产业营收可达180亿元。\n", date="2026-01-20")
    assert found[180].metric == "新材料产业营收"


def test_a_bare_reaching_verb_takes_what_the_figure_before_measures() -> None:
    found = _quantities("一、2025年工作回顾\n全年改造城镇老旧小区320个，惠及8.6万户。\n", date="2026-01-20")
    assert found[8.6].metric == "改造城镇老旧小区惠及"


def test_two_measures_of_one_kind_joined_by_and_share_the_figure_after_them() -> None:
    found = _quantities("二、今后五年的目标\n到2030年，城镇居民人均可支配收入和农村居民人均可支配收入年均增长6%以上。\n",
                        date="2026-01-20")
    assert found[6].metric == "城镇居民人均可支配收入和农村居民人均可支配收入年均增长"


def test_a_change_over_recent_years_is_the_change_of_the_measure_before() -> None:
    found = _quantities("一、2025年工作回顾\n高标准农田占永久基本农田比例达到60%，近3年提升12个百分点。\n", date="2026-01-20")
    assert found[12].metric == "高标准农田占永久基本农田比例近3年提升"


def test_a_line_drawn_on_income_before_the_figure_is_a_class() -> None:
    found = _quantities("二、今年的工作\n消除年经营性收入低于5万元的薄弱村，村集体经营性收入全部超过10万元。\n", date="2026-01-20")
    assert 5 not in found and found[10].metric.endswith("村集体经营性收入")


def test_a_bare_profit_after_revenue_and_works_after_an_orderly_renovation_share_their_owner_and_act() -> None:
    found = _quantities("一、2025年工作回顾\n市属国有企业营收增长6.2%、利润增长4.1%。有序改造供热管网120公里、燃气管网80公里。"
                        "规上工业企业利润、服务业企业营收分别增长3.5%、7.5%。\n", date="2026-01-20")
    assert found[4.1].metric == "市属国有企业利润增长"
    assert found[80].metric == "改造燃气管网"  # (the shared act, without its manner)
    assert found[3.5].metric.startswith("规上工业企业利润")
    assert "营收" not in found[3.5].metric


def test_a_share_without_its_owner_is_of_what_the_clause_before_is_about() -> None:
    found = _quantities("一、2025年工作回顾\n民营经济成为县域经济主力军，约占全县经济比重65%。\n", date="2026-01-20")
    assert found[65].metric == "民营经济占全县经济比重"


def test_a_total_after_a_growth_is_the_total_of_what_grew_and_a_cut_of_things_is_its_own() -> None:
    found = _quantities("一、2025年工作回顾\n外贸进出口增长6.4%，总额突破900亿元。取消行政审批事项52项，减少合并办事环节63个。\n",
                        date="2026-01-20")
    assert found[900].metric == "外贸进出口总额"
    assert found[63].metric == "减少合并办事环节"


def test_a_level_fallen_back_to_is_the_measure_before_s() -> None:
    found = _quantities("一、去年的工作\n去年计划物价涨幅要从12%降到8%左右，经过努力，实际回落到5.5%。\n", date="1997")
    assert found[12].metric == found[5.5].metric == "物价涨幅"


def test_counts_listed_before_working_days_all_count_working_days() -> None:
    found = _quantities("二、今年的工作\n企业开办、不动产登记、工程建设审批时间分别压缩至1个、3个和45个工作日以内。\n",
                        date="2026-01-20")
    assert [found[v].unit for v in (1, 3, 45)] == ["个工作日"] * 3
    assert (found[1].metric, found[3].metric) == ("企业开办时间", "不动产登记时间")


def test_a_place_named_after_a_count_is_no_unit() -> None:
    found = _quantities("二、今后的工作\n家庭医生签约服务覆盖130万张掖居民，新增养老床位300张以上。\n", date="2017-01-10")
    assert found[130].unit == "万" and found[300].unit == "张"
    # 团结带领全市130万张掖人民: the whole people called on, no count at all
    assert 130 not in _quantities("二、今后的工作\n团结带领全市130万张掖人民，奋力开创新局面。\n", date="2017-01-10")
    assert _quantities("二、今后的工作\n新增1200张家庭养老床位。\n", date="2026-01-10")[1200].unit == "张"


def test_the_measure_before_at_another_level() -> None:
    found = _quantities("二、今年的工作\n市级养老机构新增床位300张以上，县级新增150张以上。\n", date="2026-01-10")
    assert found[150].metric == "县级养老机构新增床位"


def test_a_bare_investment_after_works_pushed_on_with_is_theirs() -> None:
    found = _quantities("二、今年的工作\n全面加快南湖新区建设，年内计划投资12.5亿元。\n", date="2026-01-10")
    assert found[12.5].metric == "南湖新区投资"


def test_how_far_past_its_plan_the_act_before_went() -> None:
    found = _quantities("一、2025年工作回顾\n完成农村危房改造1200户，超额完成300户。\n", date="2026-01-10")
    assert found[300].metric == "超额完成农村危房改造"


def test_a_bare_value_added_is_the_sector_s_the_clause_before_names() -> None:
    found = _quantities("一、2025年工作回顾\n服务业发展势头良好，实现增加值210亿元，增长6%。"
                        "服务业支撑作用更加明显，增加值跨上200亿元台阶。\n", date="2026-01-10")
    assert (found[210].metric, found[6].metric) == ("服务业增加值", "服务业增加值增长")
    assert found[200].metric == "服务业增加值"  # the sector whose role is told, not 服务业支撑作用更加明显增加值


def test_how_little_a_total_was_is_no_part_of_its_measure() -> None:
    found = _quantities("一、过去的工作\n1949年全县的粮食产量不过两千万斤。\n", date="1956-01-10")
    assert found[2000].metric == "粮食产量"


def test_the_coming_years_are_the_span_not_the_measure() -> None:
    found = _quantities("二、今后的任务\n今后五年全县地区生产总值年均增长6%。\n", date="2026-01-10")
    assert found[6].metric == "地区生产总值年均增长"


def test_who_set_the_year_s_figure_is_no_part_of_its_measure() -> None:
    found = _quantities("二、今年的计划\n计划规定2026年工业总产值增长百分之九。\n", date="2026-01-10")
    assert (found[9].metric, found[9].deadline_year) == ("工业总产值增长", 2026)


def test_a_count_in_wan_after_for_counts_the_people_after_it() -> None:
    found = _quantities("一、2025年工作回顾\n共投入救助资金5亿元，为12.5万困难群众发放临时救助金。\n", date="2026-01-10")
    assert (found[12.5].metric, found[12.5].evidence) == ("困难群众", "为12.5万困难群众")


def test_a_bare_share_after_a_rate_in_percent_is_the_rate_s() -> None:
    found = _quantities("二、今后五年的任务\n工业总产值由500亿元增加到610亿元，都是平均每年递增百分之四，"
                        "在执行中争取达到百分之五。\n", date="2026-01-10")
    assert found[4].metric == found[5].metric == "工业总产值平均每年递增"
    found = _quantities("一、2025年工作回顾\n农产品加工转化率提高6个百分点，达到61%。\n", date="2026-01-10")
    assert found[61].metric == "农产品加工转化率"


def test_the_investment_done_after_a_count_of_projects_is_theirs() -> None:
    found = _quantities("一、2025年工作回顾\n推进对口协作项目30个，完成投资额12.5亿元。\n", date="2026-01-10")
    assert found[12.5].metric == "对口协作项目完成投资额"


def test_livestock_sold_shares_its_verb_past_a_unit_s_gloss() -> None:
    found = _quantities("二、今年的工作\n出栏肉羊30万头（只）、生猪12万头，蜂群规模达到8万群。\n", date="2026-01-10")
    assert found[12].metric == "出栏生猪"
    assert (found[8].unit, found[8].metric) == ("万群", "蜂群规模")
    assert _quantities("二、今年的工作\n为10万群众提供法律服务。\n", date="2026-01-10")[10].unit == "万"


def test_how_many_are_added_a_day_are_of_the_things_that_grew() -> None:
    found = _quantities("一、2025年工作回顾\n全年新登记个体工商户增长12%，日均新增300户。\n", date="2026-01-10")
    assert found[300].metric == "日均新增个体工商户"


def test_a_listed_noun_that_swaps_the_head_before_shares_its_modifiers() -> None:
    found = _quantities("一、2025年工作回顾\n创建省级森林城镇2个、森林乡村20个，新增国家级绿色工厂8家、绿色矿山5家。\n",
                        date="2026-01-10")
    assert found[20].metric == "创建省级森林乡村"
    assert found[5].metric == "新增国家级绿色矿山"


def test_the_must_before_a_change_is_no_part_of_its_measure() -> None:
    found = _quantities("二、今年的工作\n氨氮排放量要下降2%，工业产值每年要增长8%。\n", date="2026-01-10")
    assert (found[2].metric, found[8].metric) == ("氨氮排放量下降", "工业产值每年增长")


def test_a_rate_named_after_the_list_before_respectively_is_every_subject_s() -> None:
    found = _quantities("一、过去五年回顾\n工业增加值、工业投资年均增幅分别达到12%和18%。\n", date="2026-01-10")
    assert (found[12].metric, found[18].metric) == ("工业增加值年均增幅", "工业投资年均增幅")


def test_the_condition_before_a_figure_is_no_part_of_its_measure() -> None:
    found = _quantities("二、今年的工作\n只要齐心协力推动经济增长6%左右，经济总量就有望突破3000亿元。\n", date="2026-01-10")
    assert found[6].metric == "经济增长"


def test_the_whole_after_what_a_span_added_is_of_all_of_it() -> None:
    found = _quantities("一、过去的工作\n三年共增加有效灌溉面积20万亩，加上原有的灌溉面积，共达85万亩。\n", date="2026-01-10")
    assert found[85].metric == "有效灌溉面积"


def test_a_principle_kept_before_把_is_no_part_of_the_measure() -> None:
    # (the share of money that goes to a purpose names the purpose: 新增财力的80%用于民生)
    found = _quantities("二、今年的工作\n坚持把新增财力的75%以上用于民生。\n", date="2026-01-10")
    assert found[75].metric == "新增财力用于民生"


def test_a_named_place_before_a_count_owns_the_noun_after_it() -> None:
    found = _quantities("一、2025年工作回顾\n宕昌县2例确诊病例治愈出院，全县5例确诊病例治愈出院。\n", date="2026-01-10")
    assert (found[2].metric, found[5].metric) == ("宕昌县确诊病例治愈出院", "确诊病例治愈出院")


def test_a_line_held_is_measured_by_the_noun_after_the_figure() -> None:
    found = _quantities("二、今年的工作\n坚决守住120万亩耕地保护红线。\n", date="2026-01-10")
    assert found[120].metric == "耕地保护红线"


def test_the_plan_period_between_a_verb_and_a_count_is_no_part_of_the_measure() -> None:
    found = _quantities("一、2025年工作回顾\n全面启动“十四五”120个贫困村整村推进项目。\n", date="2026-01-10")
    assert found[120].metric == "贫困村整村推进项目"


def test_a_long_trail_cut_ends_at_the_examples_it_names() -> None:
    found = _quantities("一、2025年工作回顾\n引进过亿元产业项目120个，一期投资58亿元的华兴新材料己二腈等一批重大项目落地开工。\n",
                        date="2026-01-10")
    assert found[58].evidence == "一期投资58亿元的华兴新材料己二腈"


def test_the_year_s_investment_of_the_projects_counted_after_it_is_theirs() -> None:
    found = _quantities("二、今年的工作\n集中实施年度投资120亿元的80个城建重点项目。\n", date="2026-01-10")
    assert found[120].metric == "城建重点项目年度投资"


def test_the_total_yield_after_an_area_sown_is_of_the_same_crop() -> None:
    found = _quantities("二、今年的工作\n确保粮食种植面积120万亩以上，总产稳定在9亿斤左右。\n", date="2026-01-10")
    assert found[9].metric == "粮食总产"


def test_households_and_their_people_share_one_subject_and_act() -> None:
    found = _quantities("一、2025年工作回顾\n多年未得到安置的群众约800户2600人搬进了新居。\n", date="2026-01-10")
    assert found[800].metric == found[2600].metric == "多年未得到安置的群众搬进了新居"


def test_a_bare_share_of_what_money_goes_to_is_of_the_amount_before() -> None:
    found = _quantities("一、过去五年回顾\n一般公共预算支出3200亿元，75%以上用于民生。\n", date="2026-01-10")
    assert found[75].metric == "一般公共预算支出用于民生"


def test_pairs_are_counted_and_a_list_of_pairs_and_bodies_splits_by_subject() -> None:
    found = _quantities("一、过去五年回顾\n友好城市和外国领事馆分别增至58对和12家，新增友好城市3对。\n", date="2026-01-10")
    assert (found[58].metric, found[58].unit) == ("友好城市", "对")
    assert (found[12].metric, found[12].unit) == ("外国领事馆", "家")
    assert (found[3].metric, found[3].unit) == ("新增友好城市", "对")


def test_a_route_around_a_place_is_measured_by_what_runs_around_it() -> None:
    found = _quantities("二、今年的工作\n建成环东湖12公里绿道，贯通环青龙山30公里登山步道。\n", date="2026-01-10")
    assert found[12].metric == "环东湖绿道"
    assert found[30].metric == "贯通环青龙山登山步道"


def test_acts_on_rules_are_shared_by_the_counts_listed_after() -> None:
    found = _quantities("一、过去一年回顾\n修订和废止地方规章6部、规范性文件31件，清理涉企政策120项、收费项目15个。\n",
                        date="2026-01-10")
    assert found[31].metric == "修订和废止规范性文件"
    assert found[15].metric == "清理收费项目"


def test_a_per_head_rise_after_a_clause_that_raised_a_list_is_each_subject_s() -> None:
    found = _quantities("一、过去一年回顾\n城乡低保标准和特困人员供养标准同步提高，月人均分别提高60元和85元。\n",
                        date="2026-01-10")
    assert found[60].metric == "城乡低保标准月人均提高"
    assert found[85].metric == "特困人员供养标准月人均提高"


def test_those_of_a_topic_counted_after_it_are_the_topic_s() -> None:
    found = _quantities("二、今年的工作\n全市的重点水利项目，年内可以建成投用的有18个。\n", date="2026-01-10")
    assert found[18].metric == "重点水利项目建成投用"


def test_a_count_after_an_issuing_verb_counts_its_noun() -> None:
    found = _quantities("一、过去一年回顾\n市政府制定和颁布了12项规章，公布36个典型案例。\n", date="2026-01-10")
    assert found[12].metric == "规章"
    assert found[36].metric == "典型案例"


def test_counts_listed_before_people_who_left_poverty_left_it_too() -> None:
    found = _quantities("一、过去五年回顾\n3个贫困县、120个贫困村、5.6万贫困人口全部脱贫摘帽。"
                        "还有1个贫困乡、8个贫困村、2000名贫困人口亟待脱贫。\n", date="2026-01-10")
    assert found[3].metric == "贫困县全部脱贫摘帽"
    assert found[120].metric == "贫困村全部脱贫摘帽"
    assert found[8].metric == "贫困村"


def test_a_count_in_words_joined_after_the_noun_is_not_part_of_it() -> None:
    found = _quantities("二、今年的工作\n盘活3000亩闲置工业用地和五个停建项目，抓好80项重点项目和一批技改项目建设。\n",
                        date="2026-01-10")
    assert found[3000].metric == "闲置工业用地"
    assert found[80].metric == "重点项目"


def test_a_firm_s_numerals_do_not_stop_it_owning_a_project_s_capacity() -> None:
    found = _quantities("一、过去一年回顾\n华润集团50万吨饮料、统一集团30万吨矿泉水等项目投产。\n", date="2026-01-10")
    assert found[30].metric == "统一集团矿泉水设计产能"


def test_a_capacity_said_before_the_number_is_of_the_thing_named_after_it() -> None:
    found = _quantities("二、今年的工作\n建设日处理能力300吨的餐厨垃圾处理厂，扩建日供水能力5万吨的城北水厂并投入使用。\n",
                        date="2026-01-10")
    assert found[300].metric == "餐厨垃圾处理厂日处理能力"
    assert found[5].metric == "城北水厂日供水能力"


def test_a_size_doubled_after_a_share_is_of_the_share_s_subject() -> None:
    found = _quantities("一、过去五年回顾\n光伏装机占比达40%、规模比2020年翻了一番。\n", date="2026-01-10")
    assert found[1].metric == "光伏装机规模比2020年"


def test_the_money_size_of_a_kind_of_body_is_its_class_not_an_amount() -> None:
    found = _quantities("二、今年的工作\n新培育300万元规模的家庭农场20个以上。\n", date="2026-01-10")
    assert list(found) == [20]
    assert found[20].metric == "新培育300万元规模的家庭农场"


def test_levels_of_government_joined_are_no_second_subject() -> None:
    found = _quantities("一、过去一年回顾\n8个重点项目获中央和省补助资金3.5亿元。\n", date="2026-01-10")
    assert found[3.5].metric == "重点项目获中央和省补助资金"


def test_those_who_benefit_benefit_from_the_scheme_the_clause_before_set_up() -> None:
    found = _quantities("一、过去五年回顾\n长期护理保险制度全面推开，已有12万人受益。\n", date="2026-01-10")
    assert found[12].metric == "长期护理保险制度受益"
    started = _quantities("一、过去一年回顾\n启动困难群众救助标准动态调整机制，全县3.2万人次受益。\n", date="2026-01-10")
    assert started[3.2].metric == "困难群众救助标准动态调整机制受益"


def test_a_verb_after_the_scope_is_shared_by_the_counts_listed_after() -> None:
    found = _quantities("一、过去一年回顾\n全县新建村级卫生室12个、文化广场30个。\n", date="2026-01-10")
    assert found[30].metric == "新建文化广场"


def test_a_firm_s_own_measures_are_of_the_firm_its_sentence_opens_on() -> None:
    found = _quantities("一、过去一年回顾\n东方电机公司克服原料涨价困难，产量达到12万台，上缴税金1.8亿元。\n", date="2026-01-10")
    assert found[12].metric == "东方电机公司产量"
    assert found[1.8].metric == "东方电机公司上缴税金"
    base = _quantities("一、过去一年回顾\n临港造船基地成为省级示范项目，全年交付船舶18艘，实现产值96亿元。\n", date="2026-01-10")
    assert base[96].metric == "临港造船基地产值"


def test_the_total_after_what_is_to_be_added_is_of_the_thing_not_of_the_adding() -> None:
    found = _quantities("二、今年的工作\n全县养老床位将增设300张，总数达到2500张。\n", date="2026-01-10")
    assert found[2500].metric == "养老床位总数"


def test_the_need_met_for_people_counted_keeps_the_words_before_the_count() -> None:
    found = _quantities("一、过去一年回顾\n巩固提升山区8万人饮水安全，新解决农村3万人住房问题。\n", date="2026-01-10")
    assert found[8].metric == "巩固提升山区饮水安全"
    assert found[3].metric == "新解决农村住房问题"


def test_the_part_of_a_count_said_to_be_of_a_kind_is_that_kind_of_it() -> None:
    found = _quantities("一、过去五年回顾\n全市累计形成改革经验120项，其中18项为全省首创。\n", date="2026-01-10")
    assert found[18].metric == "全省首创改革经验"


def test_how_a_change_is_reckoned_is_no_part_of_its_measure() -> None:
    found = _quantities("一、过去一年回顾\n全县一般公共预算收入达到36亿元，按可比口径增加3.2亿元。\n", date="2026-01-10")
    assert found[3.2].metric == "一般公共预算收入增加"


def test_a_named_factor_taken_out_of_a_change_is_no_part_of_its_measure() -> None:
    found = _quantities("一、过去一年回顾\n全县税收收入下降2.1%，扣除留抵退税因素影响增长3.4%。\n", date="2026-01-10")
    assert found[3.4].metric == "税收收入增长"


def test_a_rate_that_narrowed_after_a_measure_is_that_measure_s() -> None:
    found = _quantities("一、过去一年回顾\n外贸出口额80亿美元，降幅由年初的-9.5%收窄至-3.2%。\n", date="2026-01-10")
    assert found[-9.5].metric == found[-3.2].metric == "外贸出口额降幅"


def test_a_bare_share_after_an_amount_is_that_amount_s_share() -> None:
    found = _quantities("二、今年的工作\n城市建设投资为16亿元，占12%；农业投资为5亿元，占4%。\n", date="2026-01-10")
    assert (found[12].metric, found[4].metric) == ("城市建设投资占比", "农业投资占比")


def test_improving_listed_villages_is_shared_by_the_counts_after() -> None:
    found = _quantities("二、今年的工作\n完善提升示范村20个、重点村60个。\n", date="2026-01-10")
    assert found[60].metric == "完善提升重点村"


def test_a_long_lead_cut_one_character_into_a_noun_keeps_the_noun_whole() -> None:
    found = _quantities("二、今年的工作\n完成全市独立设置的老年医学科占二级以上综合性医院比例超过50%。\n", date="2026-01-10")
    assert found[50].metric.startswith("老年医学科")


def test_a_bare_measure_is_of_the_thing_its_sentence_s_aspect_names() -> None:
    found = _quantities("二、今年的工作\n页岩气发展方面，加快勘探开发，力争产量突破30亿立方米。\n", date="2026-01-10")
    assert found[30].metric == "页岩气产量"


def test_a_bare_attainment_rate_is_of_the_works_the_clause_before_pushes_on_with() -> None:
    found = _quantities("二、今年的工作\n继续推进标准化村卫生室建设，达标率达到90%以上。\n", date="2026-01-10")
    assert found[90].metric == "标准化村卫生室达标率"


def test_the_whole_reached_after_an_addition_is_the_whole_not_the_addition() -> None:
    found = _quantities("一、过去一年回顾\n省级以上研发平台新增12家，达86家。\n", date="2026-01-10")
    assert found[86].metric == "省级以上研发平台"


def test_a_yield_per_unit_after_a_total_yield_is_of_the_same_crop() -> None:
    found = _quantities("一、过去一年回顾\n棉花总产120万吨，单产380斤。\n", date="2026-01-10")
    assert found[380].metric == "棉花单产"


def test_an_adverb_of_pace_before_reached_is_no_measure() -> None:
    found = _quantities("一、过去五年回顾\n县级税收收入增加近20亿元，稳步达到65亿元以上。\n", date="2026-01-10")
    assert found[65].metric == "县级税收收入"


def test_a_count_whose_works_went_well_is_of_the_works_not_how_they_went() -> None:
    found = _quantities("一、过去一年回顾\n3个省级临床重点专科建设取得显著成效。\n", date="2026-01-10")
    assert found[3].metric == "省级临床重点专科"


def test_an_investment_after_works_done_is_of_those_works() -> None:
    found = _quantities("一、过去一年回顾\n城南供水工程二期全面完工，完成投资1.8亿元。\n", date="2026-01-10")
    assert found[1.8].metric == "城南供水工程二期完成投资"


def test_respective_figures_after_a_clause_naming_only_their_measures() -> None:
    found = _quantities("一、过去五年回顾\n地区生产总值和地方财政收入，2005年分别达到900亿元和60亿元，"
                        "平均每年实际增长11.2％和14.5％。\n", date="2006-03-05")
    assert [found[v].metric for v in (900, 60)] == ["地区生产总值", "地方财政收入"]
    assert found[14.5].metric == "地方财政收入平均每年实际增长"


def test_a_doubling_said_before_the_level_reached_is_no_part_of_the_measure() -> None:
    found = _quantities("一、过去五年回顾\n全县农产品出口额翻番达到12亿元。\n", date="2026-01-10")
    assert found[12].metric == "农产品出口额"


def test_a_capacity_of_a_project_started_is_the_project_s_design_capacity() -> None:
    found = _quantities("二、今年的工作\n开工建设华电200兆瓦储能电站等项目。\n", date="2026-01-10")
    assert found[200].metric == "华电储能电站设计产能"


def test_a_ratio_to_a_base_year_is_of_its_own_year_and_measure() -> None:
    found = _quantities("一、过去的工作\n乡镇企业的产值在二〇〇五年已经达到二〇〇〇年的三倍多。\n", date="2006-03-05")
    assert (found[3].metric, found[3].deadline_year) == ("乡镇企业的产值", 2005)


def test_visits_and_spending_after_a_first_naming_its_measure_share_its_owner() -> None:
    found = _quantities("一、过去一年回顾\n过夜游客人次和收入分别增长7%、9%，境外游客数量和花费分别增长21%、25%。\n",
                        date="2026-01-10")
    assert [found[v].metric for v in (7, 9)] == ["过夜游客人次增长", "过夜游客收入增长"]
    assert found[25].metric == "境外游客花费增长"


def test_a_topic_grown_on_a_base_is_the_measure_of_the_change_after_it() -> None:
    found = _quantities("一、过去一年回顾\n棉花产量在上年增长的基础上，又增产12万吨，达到260万吨。\n", date="2026-01-10")
    assert (found[12].metric, found[260].metric) == ("棉花产量增产", "棉花产量")


def test_the_value_of_property_put_to_use_is_that_property_s() -> None:
    found = _quantities("一、过去一年回顾\n盘活闲置国有房产120处、货币价值3.5亿元。\n", date="2026-01-10")
    assert found[3.5].metric == "盘活闲置国有房产货币价值"


def test_the_area_after_a_count_of_sites_restored_is_of_the_restoration() -> None:
    found = _quantities("一、过去一年回顾\n完成历史遗留矿山治理36处、面积420公顷。\n", date="2026-01-10")
    assert found[420].metric == "历史遗留矿山治理面积"


def test_a_guarantee_before_a_measure_is_no_part_of_it() -> None:
    found = _quantities("二、今年的工作\n保证每年增加货运能力500万吨以上。\n", date="2026-01-10")
    assert found[500].metric == "每年增加货运能力"


def test_the_total_investment_of_projects_counted_and_things_along_a_river_are_theirs() -> None:
    found = _quantities("一、过去一年回顾\n全市工业园区累计入园项目达120个，投资总额85亿元。依法推进沿江16家化工企业搬迁。\n",
                        date="2026-01-10")
    assert found[85].metric == "工业园区累计入园项目投资总额"
    assert found[16].metric == "沿江化工企业搬迁"


def test_a_capacity_named_as_such_after_a_firm_is_its_design_capacity() -> None:
    found = _quantities("二、今年的工作\n推进华润雪花50万吨产能扩建工程建设。\n", date="2026-01-10")
    assert found[50].metric == "华润雪花设计产能"


def test_how_far_an_act_has_gone_is_no_part_of_its_verb() -> None:
    found = _quantities("一、过去一年回顾\n市政府已取消86个行政审批事项，全县已经加入3个区域合作组织。\n", date="2026-01-10")
    assert (found[86].metric, found[3].metric) == ("行政审批事项", "区域合作组织")


def test_a_pledge_and_a_rank_listed_before_are_no_part_of_the_measure() -> None:
    found = _quantities("二、今年的工作\n主攻120个重大项目，力保投产60个以上。\n一、过去一年回顾\n茶叶产量全省第一、"
                        "名优茶占比45%。\n", date="2026-01-10")
    assert (found[60].metric, found[45].metric) == ("重大项目投产", "名优茶占比")


def test_the_length_after_a_count_of_lines_built_is_theirs() -> None:
    found = _quantities("一、过去五年回顾\n新建成城市快速路线路5条、通车里程超80公里。\n", date="2026-01-10")
    assert found[80].metric == "城市快速路线路通车里程"


def test_a_bare_total_is_of_what_the_clause_before_is_about() -> None:
    found = _quantities("一、过去一年回顾\n外贸进出口连续三年实现两位数增长，总额达到320亿元。个体工商户持续壮大。总量达到56万户。\n",
                        date="2026-01-10")
    assert (found[320].metric, found[56].metric) == ("外贸进出口总额", "个体工商户总量")
    steady = _quantities("一、过去一年回顾\n（一）林业产业稳定增长。实现增加值36.5亿元，增长3.8%。\n", date="2026-01-10")
    assert (steady[36.5].metric, steady[3.8].metric) == ("林业产业增加值", "林业产业增加值增长")
    grain = _quantities("二、今年工作安排\n实施油料稳定增产行动，总产量稳定在35万吨左右。\n", date="2026-01-10")
    assert grain[35].metric == "油料总产量"
    plant = _quantities("一、过去一年回顾\n城南热电项目投产，总产能达60万千瓦。\n", date="2026-01-10")
    assert plant[60].metric == "城南热电项目总产能"


def test_the_schemes_a_first_member_names_are_every_members() -> None:
    found = _quantities("一、过去一年回顾\n城镇职工养老、失业保险参保人数分别达到12万人和8万人，城市公园、口袋公园保有量分别达到40个、90个。\n",
                        date="2026-01-10")
    assert (found[12].metric, found[8].metric) == ("城镇职工养老保险参保人数", "城镇职工失业保险参保人数")
    assert found[40].metric != "城市公园袋公园保有量"


def test_the_topic_stands_before_the_ask() -> None:
    found = _quantities("二、今后五年的任务\n动画片的制作，必须在提高质量的前提下增加数量，计划由一九八○年的三十部增加到一九八五年的五十部。\n",
                        date="1982-12-10")
    assert found[50].metric == "动画片的制作"


def test_a_count_after_a_stage_verb_counts_the_noun_after_it() -> None:
    found = _quantities("二、今年工作安排\n全面开工1200户老旧小区改造。今年再开工8个项目。\n", date="2026-01-10")
    assert (found[1200].metric, found[8].metric) == ("老旧小区改造", "再开工项目")


def test_a_bare_measure_is_of_what_the_clause_before_is_about() -> None:
    found = _quantities("一、过去五年回顾\n全县蔬菜连续五年增产，2025年产量达到36万吨。城乡居民存款大幅度增加，2025年末达到420亿元。"
                        "（二）第三产业较快发展。实现增加值88亿元。\n", date="2026-01-10")
    assert (found[36].metric, found[420].metric, found[88].metric) == ("全县蔬菜产量", "城乡居民存款", "第三产业增加值")
    found = _quantities("二、今年工作安排\n确保第一产业实现新进展。全年计划投资3.5亿元。\n", date="2026-01-10")
    assert found[3.5].metric == "第一产业投资"


def test_a_length_said_before_the_number_is_the_length_of_the_thing_after_it() -> None:
    found = _quantities("二、今年工作安排\n建设全长约25公里的沿湖绿道。建成全长1200公里的四条旅游环线并投入使用。\n",
                        date="2026-01-10")
    assert (found[25].metric, found[1200].metric) == ("沿湖绿道全长", "旅游环线全长")


def test_the_whole_length_after_an_addition_is_of_the_same_roads() -> None:
    found = _quantities("一、过去一年回顾\n新增农村公路通车里程320公里，总里程达6800公里。\n", date="2026-01-10")
    assert found[6800].metric == "农村公路通车总里程"


def test_how_far_past_the_plan_first_set_is_of_the_measure_before() -> None:
    found = _quantities("一、过去一年回顾\n全年农业投资额完成十二亿元，超过原定的年度计划百分之六点五。\n", date="1958-02-01")
    assert found[6.5].metric == "农业投资额超过原定的年度计划"


def test_a_rate_the_last_of_a_list_names_is_every_members() -> None:
    found = _quantities("二、今年工作安排\n美丽乡村、美丽庭院建成率分别达到40%、60%。受污染耕地、建设用地安全利用率分别达到92%、94%。\n",
                        date="2026-01-10")
    assert (found[40].metric, found[92].metric) == ("美丽乡村建成率", "受污染耕地安全利用率")


def test_a_pair_of_levels_after_a_comparison_is_of_the_subjects_compared() -> None:
    found = _quantities("一、过去一年回顾\n城乡低保标准分别比省定标准高30元，达到620元和480元。\n", date="2026-01-10")
    assert (found[620].metric, found[480].metric) == ("城镇低保标准", "农村低保标准")


def test_a_group_of_people_after_a_rate_has_the_same_rate() -> None:
    found = _quantities("一、过去一年回顾\n家庭医生签约服务覆盖率45%，重点人群70%。\n", date="2026-01-10")
    assert found[70].metric == "重点人群家庭医生签约服务覆盖率"


def test_spending_of_the_projects_counted_after_it_with_a_verb_of_pushing() -> None:
    found = _quantities("二、今年工作安排\n抓好总投资3000亿元的210个市重点项目。\n", date="2026-01-10")
    assert found[3000].metric == "市重点项目总投资"


def test_people_whose_water_and_tap_needs_were_met() -> None:
    found = _quantities("一、过去一年回顾\n解决300个自然村8万人安全饮水和通自来水问题。\n", date="2026-01-10")
    assert found[8].metric.endswith("安全饮水和通自来水问题")


def test_the_same_act_at_another_stage_counts_the_same_things() -> None:
    found = _quantities("二、今年工作安排\n计划改造项目约500个，其中今年已改造120个，明年计划改造200个。\n", date="2026-01-10")
    assert (found[120].metric, found[200].metric) == ("已改造项目", "改造项目")


def test_running_totals_said_respectively_after_what_was_added_are_of_the_same_owners() -> None:
    found = _quantities("一、过去一年回顾\n县级非遗项目、市级非遗项目分别新增6项和9项，累计分别达到48项和121项。\n",
                        date="2026-01-10")
    assert (found[48].metric, found[121].metric) == ("县级非遗项目累计", "市级非遗项目累计")


def test_a_running_total_after_one_years_act_is_of_the_same_owner() -> None:
    found = _quantities("一、过去一年回顾\n城北电厂完成投资12亿元，累计完成投资40亿元。\n", date="2026-01-10")
    assert found[40].metric == "城北电厂累计完成投资"


def test_a_count_right_before_a_size_counts_what_the_size_is_of() -> None:
    found = _quantities("一、过去一年回顾\n建成4座5万千瓦风电场。\n", date="2026-01-10")
    assert found[4].metric == "风电场"
    sized = _quantities("一、过去一年回顾\n化解过剩产能，拆除3台45平方米烧结机、2座450立方米高炉。\n", date="2026-01-10")
    assert (sized[3].metric, sized[2].metric) == ("烧结机", "高炉")


def test_a_bare_measure_in_a_sentence_that_grows_an_industry_is_the_industrys() -> None:
    found = _quantities("二、今年工作安排\n做大做强生物医药产业，建设原料药基地，力争营业收入突破80亿元。\n", date="2026-01-10")
    assert found[80].metric == "生物医药产业营业收入"
    opened = _quantities("二、今年工作安排\n两大特色产业发挥资源优势、延链补链，新增产值60亿元以上。推动食品加工产业提质扩量，"
                         "产值突破90亿元。\n", date="2026-01-10")
    assert (opened[60].metric, opened[90].metric) == ("两大特色产业新增产值", "食品加工产业产值")


def test_a_count_of_tasks_said_to_go_on_counts_the_tasks() -> None:
    found = _quantities("一、过去一年回顾\n县域协同发展示范区36项年度任务有序实施。\n", date="2026-01-10")
    assert found[36].metric == "县域协同发展示范区年度任务"


def test_measures_listed_before_their_shares_take_them_in_order() -> None:
    found = _quantities("一、过去一年回顾\n装备、建材两大主导产业产值、新兴产业产值、高新技术产业产值占工业总产值比重达40%、12%、25%。\n",
                        date="2026-01-10")
    assert [found[v].metric for v in (40, 12, 25)] == [
        "两大主导产业产值占工业总产值比重", "新兴产业产值占工业总产值比重", "高新技术产业产值占工业总产值比重"]


def test_a_share_that_covers_is_a_coverage_rate() -> None:
    found = _quantities("二、今年工作安排\n实现全县村级综合服务站90%覆盖。\n", date="2026-01-10")
    assert found[90].metric == "村级综合服务站覆盖率"
    # a share that meets a standard is the share of those things that meet it, and so is the next one listed
    found = _quantities("二、今年工作安排\n全县中小学校95%达到标准化建设要求、60%以上达到智慧校园标准。\n", date="2026-01-10")
    assert found[95].metric == "中小学校达到标准化建设要求"
    assert found[60].metric == "中小学校达到智慧校园标准"
    # and a share of places a road or a service reaches
    found = _quantities("二、今年工作安排\n实现具备条件的自然村100%通客车、85%通光纤。\n", date="2026-01-10")
    assert (found[100].metric, found[85].metric) == ("具备条件的自然村通客车", "具备条件的自然村通光纤")
    assert found[100].kind == "target"


def test_a_count_after_an_act_said_to_go_on_counts_the_noun_after_it() -> None:
    found = _quantities("二、今年工作安排\n今年，我们继续安排15件民生实事。\n", date="2026-01-10")
    assert found[15].metric == "民生实事"


def test_a_count_after_another_act_on_what_was_cleared_up_counts_the_same_things() -> None:
    found = _quantities("一、过去一年回顾\n清理县政府规范性文件420件，废止36件，修订52件。\n", date="2026-01-10")
    assert (found[36].metric, found[52].metric) == ("废止县政府规范性文件", "修订县政府规范性文件")


def test_a_count_after_an_act_said_in_total_counts_the_noun_after_it() -> None:
    found = _quantities("一、过去一年回顾\n共办理3件市人大代表建议、12件市政协提案，办复率100%。\n", date="2026-01-10")
    assert (found[3].metric, found[12].metric) == ("市人大代表建议", "市政协提案")


def test_a_bare_measure_after_a_park_the_sentence_supports_is_the_parks() -> None:
    found = _quantities("二、今年工作安排\n支持城东经开区加快打造千亿园区，确保营业收入突破900亿元。\n", date="2026-01-10")
    assert found[900].metric == "城东经开区营业收入"


def test_an_allocation_after_a_clause_that_names_the_fund_allocates_it() -> None:
    found = _quantities("二、今年工作安排\n强化项目前期经费保障，县本级安排800万元，做实项目前期工作。\n", date="2026-01-10")
    assert found[800].metric == "县本级安排项目前期经费"


def test_the_word_that_introduces_an_item_of_a_list_is_no_part_of_its_measure() -> None:
    found = _quantities("二、今后五年的目标\n设定五大类20个主要指标，包括地区生产总值年均增长5%左右。\n", date="2026-01-10")
    assert found[5].metric == "地区生产总值年均增长"


def test_a_count_after_a_batch_counts_the_noun_before_what_it_gathers() -> None:
    found = _quantities("一、过去一年回顾\n首批8个产业创新园集聚科技企业超90家。24个现代服务业集聚园区入驻企业600多家。\n",
                        date="2026-01-10")
    assert (found[8].metric, found[24].metric) == ("产业创新园", "现代服务业集聚园区")


def test_another_act_on_the_things_the_count_before_counted() -> None:
    found = _quantities("一、过去一年回顾\n全县新建安置住房860套，竣工420套。56项重点改革任务中，已启动48项。\n", date="2026-01-10")
    assert (found[420].metric, found[48].metric) == ("竣工安置住房", "已启动重点改革任务")
    assert _quantities("一、过去一年回顾\n取消二次供水设施15座、改造5座、新建3座。\n", date="2026-01-10")[3].metric != "新建二次供水设施改造"
    rules = _quantities("一、过去一年回顾\n提请县人大常委会审议地方性法规3部、废止2部。\n", date="2026-01-10")
    assert rules[2].metric == "提请县人大常委会废止地方性法规"


def test_the_beds_after_a_count_of_institutions_are_theirs() -> None:
    found = _quantities("一、过去一年回顾\n全县养老机构达到36个、床位4200张。\n", date="2026-01-10")
    assert found[4200].metric == "养老机构床位"
    served = _quantities("二、今年工作安排\n新建农村供水工程26处，覆盖人口8万人。\n", date="2026-01-10")
    assert served[8].metric == "农村供水工程覆盖人口"


def test_a_long_noun_list_after_a_count_is_cut_between_items() -> None:
    found = _quantities("一、过去一年回顾\n实施12项技术水平高、带动能力强、市场前景好、经济效益明显，对全县发展有重大影响的项目。\n",
                        date="2026-01-10")
    assert not found[12].metric.endswith("经")  # not inside a word
    assert found[12].metric.endswith("市场前景好")
    levels = _quantities("二、今年工作安排\n行政审批事项减至120项。\n", date="2026-01-10")
    assert levels[120].metric == "行政审批事项"  # down to, not down by


def test_a_ratio_to_an_earlier_plan_period_is_of_the_measure_before() -> None:
    found = _quantities("一、过去五年回顾\n全县完成固定资产投资860亿元，为“十三五”时期的1.8倍。财政收入52亿元，是“十三五”末的1.5倍。\n",
                        date="2026-01-10")
    assert found[1.8].metric.startswith("完成固定资产投资") or found[1.8].metric.startswith("固定资产投资")
    assert found[1.5].metric.startswith("财政收入")


def test_a_share_with_no_subject_is_of_the_subject_before() -> None:
    found = _quantities("一、过去五年回顾\n全市经济总量占全省比重由12.1%提升至12.6%，在全省县域中占比由30.2%提升至31.5%。"
                        "服务业较快发展，在地区生产总值中占比提高2.4个百分点。\n", date="2026-01-10")
    assert found[31.5].metric.startswith("经济总量在全省县域中占比")
    assert found[2.4].metric.startswith("服务业在地区生产总值中占比")


def test_a_base_compared_with_an_earlier_plan_period_is_the_same_measure() -> None:
    found = _quantities("一、过去五年回顾\n“十四五”期间，全县教育经费共为86亿元，比“十三五”时期的52亿元增长65%。\n", date="2026-01-10")
    assert found[52].metric == found[86].metric == "教育经费"
    assert found[65].metric == "教育经费比“十三五”时期增长"  # the change is from the base told, as 比五年前增加 is


def test_a_change_or_ratio_against_years_ago_is_of_the_measure_before() -> None:
    found = _quantities("一、过去五年回顾\n2025年全县蔬菜产量达到86万吨，比五年前增加21万吨。\n", date="2026-01-10")
    assert found[21].metric == "蔬菜产量比五年前增加"
    ratio = _quantities("一、过去五年回顾\n合作社的产值在一九五五年已经达到一九五二年的三倍多，一九五六年又将等于一九五五年的两倍。\n",
                        date="1956-06-15")
    assert ratio[2].metric.startswith("合作社的产值")


def test_a_bare_measure_listed_after_what_an_owner_reached_is_the_owners_too() -> None:
    found = _quantities("一、过去一年回顾\n全县工业园区完成规上工业增加值58.6亿元、税收4.2亿元，分别增长8.1%和12.5%。\n",
                        date="2026-01-10")
    assert (found[4.2].metric, found[12.5].metric) == ("工业园区税收", "工业园区税收增长")
    planned = _quantities("二、今年工作安排\n力争特色产业园实现工业总产值300亿元、工业增加值80亿元。\n", date="2026-01-10")
    assert planned[80].metric == "特色产业园工业增加值"


def test_industries_broken_out_of_a_whole_have_its_measure() -> None:
    found = _quantities("一、过去一年回顾\n规上工业营业收入达860亿元，增长9.2%；其中装备制造产业突破300亿元、食品加工产业突破150亿元。\n",
                        date="2026-01-10")
    assert (found[300].metric, found[150].metric) == ("装备制造产业营业收入", "食品加工产业营业收入")


def test_a_count_of_named_examples_counts_what_they_are_of() -> None:
    found = _quantities("二、今年工作安排\n今年施工线路有城东线、城西线等12条。\n", date="2026-01-10")
    assert found[12].metric == "施工线路"


def test_a_count_followed_only_by_a_stage_counts_the_things_before_it() -> None:
    found = _quantities("二、今年工作安排\n确保8所乡镇卫生院全部开工建设，力争3所年内建成。\n", date="2026-01-10")
    assert found[3].metric == "乡镇卫生院年内建成"
    roads = _quantities("一、过去一年回顾\n12条城市支路开工建设，其中5条实现通车。\n", date="2026-01-10")
    assert roads[5].metric == "城市支路实现通车"


def test_the_rate_of_an_act_after_a_count_of_it_is_of_the_same_things() -> None:
    found = _quantities("一、过去一年回顾\n压减校外培训机构52家、压减率88.5%，发证率95%。\n", date="2026-01-10")
    assert (found[88.5].metric, found[95].metric) == ("校外培训机构压减率", "发证率")


def test_how_far_a_project_is_through_its_whole_investment_is_the_projects() -> None:
    found = _quantities("一、过去一年回顾\n城西水厂完成投资3亿元，累计完成投资8亿元，完成总投资的64%。\n", date="2026-01-10")
    assert found[64].metric == "城西水厂完成总投资"


def test_products_listed_after_a_capacity_lead_in_measure_that_capacity() -> None:
    found = _quantities("二、今年的计划\n这些项目建成后，新增加的生产能力有：水泥三十万吨，钢五万吨，平板玻璃二十万箱。\n",
                        date="1958-02-01")
    assert [found[v].metric for v in (30, 5, 20)] == [
        "水泥新增生产能力", "钢新增生产能力", "平板玻璃新增生产能力"]


def test_the_size_of_a_fund_after_how_much_it_grew_is_the_funds() -> None:
    found = _quantities("二、今年工作安排\n市对县转移支付增加约12亿元、规模近86亿元，增长16%。\n", date="2026-01-10")
    assert (found[86].metric, found[16].metric) == ("市对县转移支付规模", "市对县转移支付规模增长")


def test_a_count_after_a_core_area_counts_the_noun_after_it_there() -> None:
    found = _quantities("二、今年工作安排\n抓好古城核心区12个历史街区改造提升工程。\n", date="2026-01-10")
    assert found[12].metric == "古城核心区历史街区改造提升工程"


def test_a_question_mark_lost_between_two_words_ends_no_clause() -> None:
    found = _quantities("一、过去一年回顾\n举办“魅力乡村?活力小城”群众文艺汇演320场，打造文化品牌。\n", date="2026-01-10")
    assert found[320].metric == "“魅力乡村?活力小城”群众文艺汇演"
    assert found[320].evidence.startswith("“魅力乡村")


def test_two_subjects_joined_then_their_changes_joined_take_them_in_order() -> None:
    found = _quantities("一、过去一年回顾\n城镇居民人均可支配收入和农村居民人均可支配收入实际增长5.1％和7.3％。\n", date="2026-01-10")
    assert (found[5.1].metric, found[7.3].metric) == ("城镇居民人均可支配收入实际增长", "农村居民人均可支配收入实际增长")


def test_an_investment_before_the_town_it_builds_is_the_towns() -> None:
    found = _quantities("一、过去一年回顾\n投资80亿元的滨江文化旅游城开工建设。\n", date="2026-01-10")
    assert found[80].metric == "滨江文化旅游城投资"


def test_a_running_total_after_a_yearly_growth_is_the_total() -> None:
    found = _quantities("二、今后五年的目标\n招商引资到位资金年均增长12%，累计达到800亿元以上。\n", date="2026-01-10")
    assert found[800].metric == "招商引资到位资金累计"


def test_plus_is_a_connective_no_part_of_the_measure() -> None:
    found = _quantities("一、2025年财政决算\n本年收入合计86亿元，加上上年结转收入9亿元，全年收入总数95亿元。\n", date="2026-01-10")
    assert found[9].metric == "上年结转收入"
    assert found[9].evidence.startswith("上年结转收入")


def test_an_act_on_the_things_a_staged_count_counted_drops_the_stages() -> None:
    found = _quantities("二、2026年工作安排\n全市在建项目中，已有17个项目完工投产，今年新开工22个。\n", date="2026-01-15")
    assert found[22].metric == "项目新开工"


def test_an_item_listed_before_a_capacity_in_its_unit_is_that_capacity() -> None:
    found = _quantities("一、过去五年回顾\n形成150万吨粮食加工、80万吨建材生产能力和60万千瓦发电装机容量。\n", date="2026-01-10")
    assert (found[150].metric, found[80].metric) == ("粮食加工生产能力", "建材生产能力")


def test_the_year_a_figure_prepares_for_is_no_part_of_its_measure() -> None:
    found = _quantities("二、今后五年的目标\n经济效益显著提高，为到2030年地区生产总值比2020年翻一番打下坚实基础。\n", date="2026-01-10")
    (doubling,) = found.values()
    assert doubling.metric == "地区生产总值比2020年" and doubling.deadline_year == 2030


def test_things_listed_and_classed_before_a_bare_change_are_what_changed() -> None:
    text = ("一、过去五年回顾\n全县供应的牛肉、禽蛋等副食品增长百分之二十；"
            "电风扇、电饭锅、洗衣机、电冰箱、热水器等主要家用电器，增长百分之四十以上。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[40].metric == "电风扇、电饭锅、洗衣机、电冰箱、热水器等主要家用电器增长"
    # a list of acts is no topic
    found = _quantities("一、过去五年回顾\n推进道路、桥梁、管网等工程，增长百分之十。\n", date="2026-01-10")
    assert found[10].metric != "推进道路、桥梁、管网等工程增长"


def test_a_cut_for_all_after_its_scope_is_of_the_topic_before() -> None:
    text = "二、今年的任务\n今年的会议经费预算，从省直到乡镇，一律削减15%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[15].metric == "会议经费预算削减"


def test_the_works_on_a_stretch_of_shore_after_its_length_are_measured() -> None:
    found = _quantities("二、今年工作\n重点推进青龙河至白马河段沿江岸线60公里生态系统修复。\n", date="2026-01-10")
    assert found[60].metric == "青龙河至白马河段沿江岸线生态系统修复"


def test_a_bare_sales_revenue_after_a_count_of_firms_is_theirs() -> None:
    found = _quantities("一、过去一年回顾\n农业产业化进程加快，省级龙头企业发展到35家，实现销售收入48亿元。\n", date="2026-01-10")
    assert found[48].metric == "省级龙头企业销售收入"


def test_what_a_figure_went_on_to_do_is_no_noun_of_it() -> None:
    text = "一、过去五年回顾\n全市外贸进出口总额年均增长9%，突破800亿元并连续三年居全省首位。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[800].metric == "外贸进出口总额"


def test_a_count_between_the_owners_and_their_things_counts_the_things() -> None:
    found = _quantities("二、今年工作\n将全县乡镇卫生院45台救护车接入调度平台。\n", date="2026-01-10")
    assert found[45].metric == "乡镇卫生院救护车接入调度平台"
    found = _quantities("二、今年工作\n推动全县中小学校20所开展课后服务。\n", date="2026-01-10")
    assert found[20].metric != "中小学校开展课后服务"


def test_a_saving_asked_on_the_plan_is_of_the_cost_before() -> None:
    text = "二、今后三年的任务\n在今后三年内，新建厂房的造价，应该比原计划至少节约百分之八。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[8].metric == "新建厂房的造价比原计划节约"


def test_a_share_referred_to_in_traditional_script_is_named_in_that_script() -> None:
    text = ("一、過去五年的回顧\n第二是輕工業的産值在工業總産值中的比重逐步上升。在二〇二〇年，這個比重大約是百分之二十，"
            "而在二〇二五年預計將近百分之二十六。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[20].metric == found[26].metric == "輕工業的産值在工業總産值中的比重"


def test_what_came_of_something_done_is_told_in_a_plan_part() -> None:
    text = ("二、今后的任务\n全县砖瓦厂由四十个减少到十八个，保留的砖瓦厂加强了管理，结果每万块砖耗煤由2吨降到1.5吨，"
            "亏损由九十万元减少到二十万元，可见关停并转很有成效。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[1.5].metric == "每万块砖耗煤" and found[1.5].kind == "fact"
    assert found[20].kind == "fact"
    # a goal set in a plan part stays one
    found = _quantities("二、今后的任务\n全县每万块砖耗煤要由2吨降到1.5吨。\n", date="2026-01-10")
    assert found[1.5].kind == "target"


def test_a_long_leads_cut_does_not_fall_inside_a_scope() -> None:
    text = "二、今年工作\n特困人员基本医疗保险政策范围内住院自负医疗费用的救助比例提高到75%以上。\n"
    (rate,) = _quantities(text, date="2026-01-10").values()
    assert not rate.evidence.startswith("围") and rate.metric.startswith("住院自负医疗费用")


def test_a_change_set_against_a_total_over_years_leaves_the_span_and_the_total() -> None:
    text = "一、过去五年回顾\n全县客运车辆前四年的客运量共增加了1200万人次，而2025年就增加了500万人次。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[500].metric == "客运车辆客运量增加"


def test_how_far_past_its_target_task_is_of_the_measure_before() -> None:
    found = _quantities("一、过去一年回顾\n全县土地托管面积120万亩，超过目标任务35%。\n", date="2026-01-10")
    assert found[35].metric == "土地托管面积超过目标任务"


def test_a_rate_that_fell_back_from_last_year_starts_in_the_year_before_the_one_reviewed() -> None:
    text = "一、2025年工作回顾\n全市房地产投资增幅由上年的18%回落到6%，过快增长的势头得到遏制。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[18].deadline_year, found[6].deadline_year) == (2024, 2025)


def test_what_was_actually_done_against_a_plan_is_the_same_act_on_the_same_things() -> None:
    text = "一、过去一年回顾\n计划建成投产重点项目40个，实际建成46个。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[46].metric == "实际建成投产重点项目"


def test_now_said_before_a_total_is_no_part_of_its_measure() -> None:
    found = _quantities("一、过去五年回顾\n五年来，全市友好城市总数现已达到28个。\n", date="2026-01-10")
    assert found[28].metric == "友好城市总数"


def test_the_verb_that_takes_a_list_of_things_counted_opens_its_first_item() -> None:
    found = _quantities("二、今年工作\n建成省级以上工程技术中心、重点实验室25家。\n", date="2026-01-10")
    assert found[25].metric == "建成省级以上工程技术中心、重点实验室"
    # a size after the list is its last item's
    found = _quantities("二、今年工作\n建成城南现代智慧物流产业园、南湖5万吨冷链仓储中心等项目。\n", date="2026-01-10")
    assert not found[5].evidence.startswith("建成")


def test_a_park_named_before_its_output_owns_the_taxes_listed_after_it() -> None:
    text = "一、2025年工作回顾\n全县经济开发区规上工业总产值增长12%、税收增长9%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[9].metric.startswith("经济开发区税收")
    # a place's output is everyone's: its taxes keep no owner
    found = _quantities("一、2025年工作回顾\n全县规上工业总产值增长12%、税收增长9%。\n", date="2026-01-10")
    assert found[9].metric.startswith("税收")


def test_a_ministry_or_bureau_before_a_count_owns_the_things_counted() -> None:
    text = "二、今年的计划\n轻工业。轻工业部和商业部共有二十六个建设项目。\n水利局有12个在建工程。\n"
    found = _quantities(text, date="1957-03-01")
    assert found[26].metric == "轻工业部和商业部建设项目"
    assert found[12].metric == "水利局在建工程"
    # a word that ends like an office is none (布局, the layout)
    assert _quantities("二、今年的计划\n优化布局12个产业园区。\n", date="2026-01-10")[12].metric != "布局产业园区"


def test_the_following_before_a_count_is_no_part_of_what_is_counted() -> None:
    text = "二、今后的目标\n今年全县要建成下列十二个重点工程：县医院、第二中学和城北水厂。\n"
    assert _quantities(text, date="2026-01-20")[12].metric == "重点工程"


def test_a_size_before_a_project_with_no_owner_or_an_owners_phase_is_its_design_capacity() -> None:
    text = "二、今年工作\n确保5万吨再生铝项目建成投产，推进鑫源三期30万千瓦风电等项目建设。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[5].metric == "再生铝项目设计产能"
    assert found[30].metric == "鑫源三期风电设计产能"
    # a first phase that opens a count is still the count of the things after it
    found = _quantities("一、2025年工作回顾\n建成城市绿道系统首期120个驿站。\n", date="2026-01-10")
    assert found[120].metric.endswith("驿站")


def test_an_investment_said_before_the_works_it_is_for_names_them_whole() -> None:
    text = "二、今年工作\n总投资超120亿元的东湖片区城市更新综合体项目加快建设，总投资36亿元的南山抽水蓄能电站开工。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[120].metric == "东湖片区城市更新综合体项目总投资"
    assert found[120].evidence.endswith("综合体项目")
    assert found[36].metric == "南山抽水蓄能电站总投资"


def test_a_bare_total_of_people_counts_those_the_clause_before_serves() -> None:
    text = "二、今年工作\n三是实施助学工程，资助家庭困难的高中生和中职学生，共计4500名。\n"
    assert _quantities(text, date="2026-01-10")[4500].metric == "资助家庭困难的高中生和中职学生"
    # or the things it builds; not a clause with a number of its own
    text = "二、今年工作\n新建和改造农贸市场，合计45个。\n"
    assert _quantities(text, date="2026-01-10")[45].metric == "新建和改造农贸市场"
    text = "二、今年工作\n新建农贸市场12个，改造农贸市场，合计45个。\n"
    assert _quantities(text, date="2026-01-10")[45].metric == "农贸市场合计"


def test_a_zone_the_sentence_opens_on_owns_the_economy_measured_after_it() -> None:
    text = "一、2025年工作回顾\n滨江经济圈协同发展机制建立健全，经济总量年均增长6.2%，沿江港口吞吐量增长9%。\n"
    assert _quantities(text, date="2026-01-10")[6.2].metric.startswith("滨江经济圈经济总量")
    # the whole region named between is the economy's owner
    text = "一、2025年工作回顾\n高新区新增企业100家，全市工业总产值增长10%。\n"
    assert _quantities(text, date="2026-01-10")[10].metric.startswith("工业总产值")


def test_spindles_are_a_unit_of_a_mills_capacity() -> None:
    text = "一、2025年工作回顾\n恒丰纺织30万锭紧密纺纱线项目建成投产。\n"
    found = _quantities(text, date="2026-01-10")[30]
    assert (found.unit, found.metric) == ("万锭", "恒丰纺织紧密纺纱线设计产能")


def test_the_work_of_an_act_counted_before_it_is_the_act() -> None:
    text = "一、2025年工作回顾\n分流5000人的工作进展顺利，移民2万人的工作基本完成。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[5000].metric, found[2].metric) == ("分流", "移民")


def test_a_figure_said_again_to_point_back_at_what_was_counted_is_none_of_its_own() -> None:
    text = "二、今年计划\n全市安排重点项目一百二十个。在这一百二十个项目中，工业项目有八十个。\n"
    document = luoshi.document_from_text(text, date="1985-03-01")
    assert [q.value for q in document.quantities] == [120, 80]
    # a count opened by 这 with no figure like it before is still read
    document = luoshi.document_from_text("二、今年计划\n这12个项目今年全部开工。\n", date="1985-03-01")
    assert [q.value for q in document.quantities] == [12]
    # a goal explained after the list of goals is the one set there
    text = ("二、今年工作安排\n主要预期目标是：地区生产总值增长6%左右；城镇新增就业1.2万人以上；居民收入增长与经济增长同步。\n"
            "6%左右的增长目标，与全县发展潜力相匹配。\n")
    document = luoshi.document_from_text(text, date="2026-01-20")
    assert [q.value for q in document.quantities] == [6, 1.2]
    # a bare figure opening a sentence takes up the goal just said, it sets none of its own
    text = "二、今后的任务\n到二〇〇〇年粮食产量要翻一番。翻一番，不只是一个数量的问题。\n"
    document = luoshi.document_from_text(text, date="1985-03-01")
    assert [(q.value, q.metric) for q in document.quantities] == [(1, "粮食产量")]


def test_a_change_with_nothing_named_is_of_what_the_clause_before_says_went_that_way() -> None:
    text = "一、2025年工作回顾\n外汇储备连续两年下降，比上年减少6.4%；粮食进口连续两年减少，比上年下降3.5%。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[6.4].metric, found[3.5].metric) == ("外汇储备比上年减少", "粮食进口比上年下降")


def test_projects_counted_by_how_their_work_goes_keep_the_stage_they_are_at() -> None:
    text = "一、2025年工作回顾\n城东物流园等15个项目正在加快建设，滨河新区等4个项目的前期工作取得积极进展。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[15].metric, found[4].metric) == ("项目建设", "项目前期工作")


def test_a_bare_satisfaction_rate_is_of_what_the_clause_before_handles() -> None:
    text = ("一、2025年工作回顾\n受理市长信箱来信3.6万件，群众满意率98.1%。\n进一步规范和提升政务服务便民热线，满意率96%。\n"
            "办结人大代表建议210件、政协提案180件，满意率均100%。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[98.1].metric, found[96].metric) == ("市长信箱来信群众满意率", "政务服务便民热线满意率")
    assert found[100].metric == "建议提案办理满意率"  # a list of proposals handled: theirs, together


def test_a_bare_change_is_of_the_measure_whose_state_the_sentence_tells() -> None:
    text = ("二、今年的任务\n钢产量的情况是这样：去年比前年增长百分之二十，即增加了一百万吨；"
            "今年比去年计划增长百分之十五。\n")
    found = _quantities(text, date="1960-03-30")
    assert [found[v].metric for v in (20, 100, 15)] == ["钢产量比前年增长", "钢产量增加", "钢产量比去年计划增长"]


def test_each_ratio_of_a_list_said_with_a_copula_keeps_no_copula() -> None:
    text = "一、过去五年\n2025年接待游客达到3200万人次，旅游收入310亿元，分别为2020年的2.1倍和2.4倍。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[2.1].metric, found[2.4].metric) == ("接待游客", "旅游收入")


def test_those_who_benefit_are_counted_for_the_campaign_or_the_aid_the_clause_before_gives() -> None:
    text = "一、2025年工作回顾\n开展老旧电梯安全隐患整治行动，惠及3.2万户；向困难群众发放取暖补贴，约12万人受益。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[3.2].metric, found[12].metric) == ("老旧电梯安全隐患整治行动惠及", "取暖补贴受益")


def test_a_measure_listed_bare_after_the_one_it_is_counted_with_is_of_the_same_things() -> None:
    text = "一、2025年工作回顾\n道路交通事故起数、死亡人数分别下降8.1%和9.4%，发明专利申请量、授权量分别增长12%和15%。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[9.4].metric, found[15].metric) == ("道路交通事故死亡人数下降", "发明专利授权量增长")
    # a measure with a subject of its own keeps it
    text = "一、2025年工作回顾\n刑事案件发案起数、破案率分别下降8%和提高3%。\n"
    assert _quantities(text, date="2026-01-10")[3].metric.startswith("破案率")


def test_a_count_after_groups_counted_in_words_counts_the_things_after_it() -> None:
    text = "二、今年工作\n全力办好八件25项民生实事。\n"
    assert _quantities(text, date="2026-01-10")[25].metric == "民生实事"


def test_those_the_works_named_after_them_will_serve() -> None:
    text = "二、今年工作\n加快建设惠及120万人的城乡供水一体化工程。\n"
    assert _quantities(text, date="2026-01-10")[120].metric == "城乡供水一体化工程惠及"


def test_a_change_against_a_base_said_with_its_reckoning_is_of_the_measure_before() -> None:
    text = "一、过去五年回顾\n五年来，省财政支持农业的各项支出达820亿元，比前五年累计增加310亿元。\n"
    assert _quantities(text, date="2026-01-10")[310].metric == "省财政支持农业的各项支出比前五年累计增加"
    text = "一、过去一年回顾\n全年社会消费品零售总额增长9.6%，增幅比一季度回落2.3个百分点。\n"
    assert _quantities(text, date="2026-01-10")[2.3].metric == "社会消费品零售总额增幅比一季度回落"
    # the topic stands before how the change is reckoned
    text = "一、过去一年回顾\n城镇居民人均可支配收入，扣除价格因素，比上年实际增长5.1%。\n"
    assert _quantities(text, date="2026-01-10")[5.1].metric == "城镇居民人均可支配收入比上年实际增长"


def test_a_sum_with_what_is_added_on_is_of_the_things_added() -> None:
    text = ("一、过去三年回顾\n三年来，用于提高教师待遇的支出二十亿元，用于改造校舍的支出十二亿元，"
            "加上减免学杂费等方面的支出，共达四十多亿元。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[40].metric, found[12].metric) == ("支出", "用于改造校舍的支出")


def test_a_count_inside_a_quoted_name_measures_the_names_things_without_its_marks() -> None:
    text = "二、今年工作\n力争“市市通达环线3条城际铁路”列入省规划。办好“山区群众安居8件实事”。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[3].metric, found[8].metric) == ("市市通达环线城际铁路", "办好山区群众安居实事")
    # a quoted name closed before the count keeps its marks
    assert _quantities("二、今年工作\n建成“四好农村路”120公里。\n", date="2026-01-10")[120].metric == "建成“四好农村路”"


def test_money_put_in_for_a_work_is_the_works_funding_not_the_work() -> None:
    text = "一、过去五年回顾\n投入21.5亿元打好污染防治攻坚战。筹措3亿元实施养老惠民工程，累计投入1.2亿元用于改善办学条件。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[21.5].metric, found[3].metric, found[1.2].metric) == (
        "打好污染防治攻坚战投入", "实施养老惠民工程资金", "改善办学条件投入")
    # a quoted name with figures of its own is part of the work
    text = "一、过去一年回顾\n投入56亿元办好“20+5”项民生实事。\n"
    assert _quantities(text, date="2026-01-10")[56].metric == "办好“20+5”项民生实事投入"
    # a purpose the evidence cuts inside a gloss is not taken as the funded work
    text = "一、过去五年回顾\n投入2.6亿元推进城区学校建设和镇（街）、村（居）文化设施全覆盖工程。\n"
    assert not _quantities(text, date="2026-01-10")[2.6].metric.endswith("投入")


def test_those_of_the_things_counted_before_that_are_done_are_of_those_things() -> None:
    text = "一、过去一年回顾\n全市受理的信访案件从一月到十月共有3200件，已经办结的2900件。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[3200].metric, found[2900].metric) == ("受理的信访案件", "受理的信访案件已经办结")


def test_a_past_year_of_the_first_measure_dates_the_measures_listed_after_it() -> None:
    text = ("一、2025年的工作\n按新口径计算，2023年的地区生产总值应当是980亿元，一般公共预算收入是62亿元，"
            "粮食产量是12亿斤。\n")
    found = _quantities(text, date="2026-01-10")
    assert [found[v].deadline_year for v in (980, 62, 12)] == [2023, 2023, 2023]
    assert found[980].metric == "地区生产总值"


def test_a_fact_of_this_year_in_a_report_for_the_next_is_of_the_year_delivered() -> None:
    # (dated by its year alone, it submits the next year's plan: 今年 is the year it was delivered in)
    text = ("各位代表：\n现在，我代表市人民政府报告工作，并提出2026年国民经济和社会发展计划草案，请一并审议。\n"
            "四、关于社会治理\n今年一月至十月，全市查处的违法案件共有1200件。明年要新建学校12所。\n")
    found = _quantities(text, date="2025")
    assert (found[1200].deadline_year, found[12].deadline_year) == (2025, 2026)


def test_a_value_a_five_year_review_starts_from_is_of_the_year_before_the_five() -> None:
    text = ("一、“十四五”时期工作回顾\n这五年，全市经济实力持续增强。城镇居民人均可支配收入由3.1万元增加到4.2万元、"
            "年均增长6.3%，规上工业企业从820家增至1150家。\n二、2026年工作安排\n")
    found = _quantities(text, date="2026-01-20")
    assert [found[v].deadline_year for v in (3.1, 820)] == [2020, 2020]
    assert found[4.2].deadline_year != 2020  # the value reached is not where the five years started
    # a one-year review gives a from-value no year it does not state
    text = "一、2025年工作回顾\n一年来，规上工业企业从820家增至900家。\n二、2026年工作安排\n"
    assert _quantities(text, date="2026-01-20")[820].deadline_year is None


def test_a_plan_s_frame_after_a_figure_is_no_measure() -> None:
    text = "二、2026年工作安排\n县纺织公司力争实现年产20万件的计划，新建厂房3栋。\n"
    found = _quantities(text, date="2026-01-20")
    assert found[20].metric == "县纺织公司年产"
    assert found[3].metric != "计划"


def test_a_bare_size_is_of_the_industry_the_clause_before_names() -> None:
    text = ("二、今年工作\n巩固提升生物医药产业竞争力，集群规模超600亿元。做大做强绿色建材产业，产业规模突破120亿元。"
            "全市上下齐心协力，规模突破90亿元。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[600].metric, found[120].metric) == ("生物医药产业集群规模", "绿色建材产业规模")
    assert found[90].metric == "规模"  # no industry named before: left as it is


def test_those_a_thing_is_done_for_are_counted_as_listed_up_to_what_is_done() -> None:
    text = ("二、今年工作\n为超3000名听力、视力、肢体等残疾儿童免费提供康复训练。为2万名独居、空巢老人进行健康评估。"
            "对1.2万名企业职工、返乡农民工、退役军人等开展职业技能培训。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[3000].metric, found[2].metric) == ("听力、视力、肢体等残疾儿童", "独居、空巢老人健康评估")
    assert found[1.2].metric == "企业职工、返乡农民工、退役军人"
    assert found[1.2].evidence.endswith("退役军人等")


def test_a_bare_production_is_the_output_of_the_example_the_sentence_opens_on() -> None:
    text = "二、今后的任务\n如拖拉机，去年我市只生产一千二百台，今年将生产三千台。\n"
    found = _quantities(text, date="1960-03-01")
    assert (found[1200].metric, found[3000].metric) == ("拖拉机产量", "拖拉机产量")


def test_when_money_will_be_allocated_is_no_part_of_what_is_allocated() -> None:
    text = "二、今年工作\n今年市财政将安排教育经费12亿元，比上年增加1.5亿元。政府投资计划安排30亿元。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[12].metric, found[1.5].metric) == ("市财政安排教育经费", "市财政安排教育经费比上年增加")
    assert found[30].metric == "政府投资计划安排"


def test_a_bare_rate_is_of_the_work_the_clause_before_pushes_on_with() -> None:
    text = ("二、今年工作\n全面推行家庭医生签约服务，签约率达到70%以上。加快推进生活垃圾分类，覆盖率达到95%。"
            "全市上下共同努力，覆盖率达到80%。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[70].metric, found[95].metric) == ("家庭医生签约率", "生活垃圾分类覆盖率")
    assert found[80].metric == "覆盖率"  # no work named before: left as it is


def test_an_investment_said_before_works_named_by_their_firm_is_theirs() -> None:
    text = "一、2025年工作回顾\n投资超8亿元的瑞丰精密、华通电子等项目加快建设。总投资30亿元的东湖康养中心建成投用。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[8].metric, found[30].metric) == ("瑞丰精密投资", "东湖康养中心总投资")


def test_a_number_in_a_works_title_is_no_quantity() -> None:
    text = "一、2025年工作回顾\n《三千里江山》《我的一百个邻居》等剧目获奖，完成演出120场。\n"
    found = _quantities(text, date="2026-01-10")
    assert sorted(found) == [120]


def test_a_change_after_a_topic_told_going_is_the_topics_not_the_measure_before() -> None:
    text = ("一、过去一年回顾\n全市单位生产总值能耗下降4.1%，氨氮、氮氧化物排放总量首次出现双下降，比上年分别下降2.6%和3.3%。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[2.6].metric, found[3.3].metric) == ("氨氮比上年下降", "氮氧化物排放总量比上年下降")  # each its own


def test_a_bare_participation_is_in_the_event_the_words_before_name() -> None:
    text = ("一、过去五年回顾\n全民阅读活动年均吸引300余万人次参与。连续举办5届中国农民丰收节、超过800万人次参与。"
            "全市上下超过10万人参与。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[300].metric, found[800].metric) == ("全民阅读活动参与", "中国农民丰收节参与")
    assert found[10].metric == "参与"  # no event named: left as it is


def test_a_new_stage_counted_bare_is_of_the_things_counted_before_not_their_investment() -> None:
    text = ("一、2025年工作回顾\n全年新引进5000万元以上项目320个、总投资860亿元，新开工210个、总投资540亿元，"
            "新竣工95个、总投资160亿元。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[210].metric, found[95].metric) == ("新开工5000万元以上项目", "新竣工5000万元以上项目")
    assert found[540].metric == "新开工5000万元以上项目总投资"


def test_a_bare_output_after_a_count_of_firms_is_theirs() -> None:
    text = "二、今年工作\n年内入驻企业达到12家，实现产值5亿元。新增企业20家，产值增长8%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[5].metric == "入驻企业产值"
    assert found[8].metric == "产值增长"  # the new firms' count says nothing of whose output grew


def test_a_bare_output_after_an_industry_told_growing_is_its_output() -> None:
    text = "一、过去五年回顾\n新能源产业快速发展，产值年均增长25%。文化旅游业蓬勃发展，营业收入增长12%。根据年度计划，积累率可能进一步降到30%左右。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[25].metric, found[12].metric) == ("新能源产业产值年均增长", "文化旅游业营业收入增长")
    assert found[30].metric == "积累率"  # how likely it is, no part of the measure


def test_an_act_said_with_gong_before_a_list_is_shared_by_its_counts() -> None:
    text = "一、过去五年回顾\n五年累计，共淘汰落后炼铁产能300万吨、炼钢产能450万吨、水泥产能800万吨。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[450].metric, found[800].metric) == ("共淘汰炼钢产能", "共淘汰水泥产能")


def test_those_of_the_things_counted_before_that_won_recognition_are_of_them() -> None:
    text = ("一、过去五年回顾\n五年累计推出260项改革创新成果，其中58项获省级层面肯定、21项向全省推广。"
            "全市12人入选省级人才计划。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[58].metric, found[21].metric) == ("改革创新成果获省级层面肯定", "改革创新成果向全省推广")
    assert found[12].metric == "入选省级人才计划"  # no things counted before: as it is


def test_a_scope_of_kind_keeps_its_place() -> None:
    text = "二、今年工作\n全省性评比表彰项目压减三成，全市新增就业1.2万人。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[3].metric == "全省性评比表彰项目压减"  # 全省性: of the whole province's kind, not where
    assert found[1.2].metric == "新增就业"


def test_a_grant_is_what_the_words_after_its_amount_or_share_name() -> None:
    text = ("二、今年工作\n对新建社区食堂每家给予5万元建设补贴。对符合条件的独居老人给予每人800元救助。"
            "对小微企业给予每户每年2万元限额内的40%房租补贴。力促乡镇污水处理率达90%。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[5].metric == "对新建社区食堂每家建设补贴"
    assert found[800].metric == "对符合条件的独居老人救助"
    assert found[40].metric == "房租补贴比例"
    assert 2 not in found  # the cap the share is paid under: no amount anyone gets
    assert found[90].metric == "乡镇污水处理率"


def test_what_a_goal_is_for_is_no_part_of_its_metric() -> None:
    text = "二、今后五年\n为了实现到2030年把全省森林覆盖率提高到45%的目标，必须加快造林绿化。为实现粮食产量达到600亿斤，要加强水利建设。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[45].metric, found[600].metric) == ("森林覆盖率", "粮食产量")


def test_a_whole_reached_after_the_new_ones_counted_is_of_them_all() -> None:
    text = "一、过去五年回顾\n新增规上工业企业86户，达到412户。新增高新技术企业50家，总数达到300家。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[86].metric, found[412].metric) == ("新增规上工业企业", "规上工业企业")
    assert found[300].metric == "高新技术企业总数"


def test_counts_listed_share_a_predicate_of_doing_or_meeting_a_standard() -> None:
    text = ("一、去年工作回顾\n8个老旧小区、120栋单体楼实施了物业管理。3个省控断面和5个饮用水源地水质全部达标。\n")
    found = _quantities(text, date="2026-01-10")
    assert (found[8].metric, found[120].metric) == ("老旧小区实施了物业管理", "单体楼实施了物业管理")
    assert (found[3].metric, found[5].metric) == ("省控断面水质达标", "饮用水源地水质达标")


def test_counts_listed_after_their_place_share_a_predicate_of_completion() -> None:
    text = "一、去年工作回顾\n全县160个行政村、20个社区全面完成“三资”清产核资工作。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[160].metric == found[20].metric.replace("社区", "行政村") == "行政村全面完成“三资”清产核资工作"


def test_a_long_clause_after_a_count_is_cut_before_what_is_said_of_the_things() -> None:
    text = "一、过去五年回顾\n佛山等5个省级高新技术产业开发区加快建设成为珠江西岸先进装备制造产业带核心区。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[5].metric == "省级高新技术产业开发区"
    assert found[5].evidence == "佛山等5个省级高新技术产业开发区"


def test_upgrading_is_shared_by_the_counts_listed_after_it() -> None:
    text = "二、今年工作\n新建口袋公园3个，升级改造社区公园12个、街心游园8个。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[12].metric, found[8].metric) == ("升级改造社区公园", "升级改造街心游园")


def test_a_bare_output_after_the_change_of_a_count_of_firms_is_theirs() -> None:
    text = "一、去年工作回顾\n全县规模以上工业企业达到186家，净增21家，营业收入420亿元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[420].metric == "规模以上工业企业营业收入"


def test_a_base_the_plan_set_is_of_the_measure_before_it() -> None:
    text = "二、今年的计划\n粮食产量将要达到５，２００亿斤，比五年计划原定１９６２年５，０００亿斤的水平超过２００亿斤。\n"
    found = _quantities(text, date="1960-04-01")
    assert (found[5000].metric, found[5000].deadline_year) == ("粮食产量", 1962)


def test_counts_listed_share_what_they_took_part_in() -> None:
    text = "一、去年工作回顾\n成功举办国际茶博会，45个国家、1600家企业参展。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[45].metric, found[1600].metric) == ("国家参展", "企业参展")


def test_a_bare_insured_count_is_in_the_insurance_the_clause_before_names() -> None:
    text = "一、去年工作回顾\n120个县开展长期护理保险试点，86万人参保。全市新增4万人参保。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[86].metric == "长期护理保险参保"
    assert found[4].metric.endswith("参保") and "保险" not in found[4].metric  # nothing named before


def test_levels_listed_before_respectively_share_the_last_ones_head() -> None:
    text = "一、去年工作回顾\n国家级、省级农业龙头企业分别达到12家、86家，获国家级、市级示范家庭农场分别为3家、40家。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[12].metric, found[86].metric) == ("国家级农业龙头企业", "省级农业龙头企业")
    assert (found[3].metric, found[40].metric) == ("国家级示范家庭农场", "市级示范家庭农场")


def test_a_bare_figure_after_a_measure_told_outpacing_another_is_that_measures() -> None:
    text = "一、过去五年回顾\n教育支出占比保持在18%以上，农村居民人均可支配收入增速快于城镇居民、达到2.1万元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[2.1].metric == "农村居民人均可支配收入"


def test_a_bare_share_held_of_the_whole_after_a_count_is_the_counts_share() -> None:
    text = "一、过去五年回顾\n城镇新增就业超80万人、稳定在全省1/5以上。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[0.2].metric == "城镇新增就业占全省比重"


def test_a_base_of_the_same_period_of_a_plan_is_every_subjects() -> None:
    text = "一、过去五年回顾\n生产安全事故起数、死亡人数较“十四五”同期分别下降30.5%、28.1%。\n"
    found = _quantities(text, date="2031-01-10")
    assert (found[30.5].metric, found[28.1].metric) == ("生产安全事故起数较“十四五”同期下降",
                                                       "生产安全事故死亡人数较“十四五”同期下降")


def test_a_class_named_by_its_bound_alone_is_the_class_before_at_this_bound() -> None:
    text = "一、过去五年回顾\n全省重点产品中，市场占有率超过15%的有12种、超过25%的有5种。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[12].metric.endswith("市场占有率超过15%")
    assert found[5].metric == found[12].metric.replace("15%", "25%")


def test_a_part_named_by_its_place_after_qizhong_measures_what_the_figure_before_does() -> None:
    text = "一、去年工作回顾\n生活垃圾无害化处理率85.3%（其中城区96.1%）。完成棚户区改造项目80个，其中中心城区35个。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[96.1].metric == "城区生活垃圾无害化处理率"
    assert found[35].metric == "中心城区完成棚户区改造项目"


def test_another_act_on_the_works_the_figure_before_measured_is_on_them() -> None:
    text = "二、今年工作\n排查检测供水管网80公里、维修改造35公里。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[35].metric == "维修改造供水管网"


def test_a_bare_handling_rate_after_proposals_counted_is_theirs() -> None:
    text = "一、去年工作回顾\n办理市人大代表建议215件、市政协提案308件，办复率100%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[100].metric == "建议提案办复率"


def test_a_note_on_how_the_report_will_say_it_is_no_part_of_a_metric() -> None:
    text = "一、去年工作回顾\n全县完成地区生产总值300亿元，比上年增长（以下简称增长）5.2%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[5.2].metric == "地区生产总值比上年增长"


def test_a_total_over_the_years_keeps_leiji_in_its_metric() -> None:
    text = "一、过去五年\n全县税收收入累计完成85亿元，年均增长6.1%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[85].metric == "税收收入累计"


def test_a_count_between_the_place_and_the_works_done_there_is_of_those_works() -> None:
    text = "二、今年工作\n实施主城区45公里电力线路迁改，改造老城区30条背街小巷。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[45].metric == "主城区电力线路迁改"
    assert found[30].metric == "改造老城区背街小巷"


def test_the_first_phase_size_of_a_fund_named_after_it_is_the_funds() -> None:
    text = "一、去年工作回顾\n首期规模80亿元的省级人才发展基金签约落地。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[80].metric == "省级人才发展基金首期规模"


def test_sizes_listed_before_the_works_said_once_after_the_last_are_of_those_works() -> None:
    text = ("一、去年工作回顾\n完成60万千瓦燃煤机组、300万吨水泥产能、85台工业锅炉超低排放改造。"
            "完成26.8万亩高标准农田建设、40公里中小河流治理。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[60].metric == "燃煤机组超低排放改造"
    assert found[300].metric == "水泥产能超低排放改造"
    assert found[26.8].metric == "高标准农田建设"  # works of its own


def test_a_bare_value_added_or_contribution_is_of_the_sector_the_sentence_opens_on() -> None:
    text = ("一、过去五年\n工业支撑作用更加明显，增加值突破2000亿元，对经济增长贡献率超40%。"
            "县域特色产业产值达到80亿元，对农民增收贡献率达到35%。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[2000].metric == "工业增加值"
    assert found[40].metric == "工业对经济增长贡献率"
    assert found[35].metric == "县域特色产业对农民增收贡献率"


def test_a_lead_over_the_same_measure_of_the_wider_level_is_of_the_measure_before() -> None:
    text = "一、过去五年\n搬迁群众人均可支配收入11500元，高于全县农民人均收入1500元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[1500].metric == "搬迁群众人均可支配收入高于全县农民人均收入"


def test_adjusting_after_a_count_of_items_acted_on_is_an_act_on_them() -> None:
    text = "一、过去五年\n取消市级部门行政审批事项35项，调整60项，承接12项。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[60].metric == "调整市级部门行政审批事项"
    assert found[12].metric == "承接市级部门行政审批事项"


def test_places_listed_before_respectively_share_the_last_one_s_whole_measure() -> None:
    text = ("二、今年工作\n中心城市、两县建成区生活垃圾分类设施覆盖率分别达80%、60%以上。"
            "主城区、各县城区生活污水集中收集率分别达到75%、65%以上。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[80].metric == "中心城市生活垃圾分类设施覆盖率"
    assert found[60].metric == "两县建成区生活垃圾分类设施覆盖率"
    assert found[75].metric == "主城区生活污水集中收集率"


def test_a_change_after_a_topic_told_not_to_have_fallen_is_the_topic_s() -> None:
    text = "一、过去一年\n虽然遭受洪涝灾害，全县粮食总产量不仅没有减少，而且比上年增长4.5%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[4.5].metric == "粮食总产量比上年增长"


def test_the_figures_proposed_are_measured_without_the_proposing() -> None:
    text = "二、今年工作\n市委全会明确了今年的主要任务，提出了地区生产总值增速7%左右。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[7].metric == "地区生产总值增速"


def test_a_long_owner_listed_after_a_capacity_lead_in_has_that_capacity() -> None:
    text = "二、五年计划\n三个最大的煤矿企业将达到的年产能力如下：峰峰矿务局所属煤矿为四百五十万吨，焦作煤矿为三百万吨。\n"
    found = _quantities(text, date="1955-07-05")
    assert found[450].metric == "峰峰矿务局所属煤矿年产能力"


def test_a_count_of_places_reached_after_examples_names_the_reaching() -> None:
    text = "一、过去五年\n机场建成通航，6条航线直达京沪穗深等11座城市。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[6].metric == "航线" and found[6].evidence == "6条航线"  # not cut inside 直达
    assert found[11].metric == "航线直达城市"


def test_the_year_a_change_starts_from_inside_the_words_is_no_part_of_the_measure() -> None:
    text = "一、过去五年\n城乡居民基础养老金从2020年人均每月120元提高到现在的180元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[120].metric == found[180].metric == "城乡居民基础养老金人均每月"
    assert found[120].deadline_year == 2020


def test_a_total_headed_for_is_measured_without_the_heading() -> None:
    text = "二、今年工作\n全力向1500亿元地区生产总值冲刺。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[1500].metric == "地区生产总值"


def test_a_bare_stage_counts_the_works_counted_before_it_in_its_sentence() -> None:
    text = ("二、今年工作\n加快建设总投资900亿元的150个市重点项目，开工率达到100%，竣工投产40个以上。"
            "今年新开工30个。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[40].metric == "市重点项目竣工投产"
    assert found[30].metric == "新开工"  # another sentence: not theirs


def test_a_count_of_two_works_joined_takes_both_whole() -> None:
    text = "二、今年工作\n新建改建30个村级综合服务设施和镇（街道）便民服务中心。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[30].evidence.endswith("便民服务中心")


def test_works_done_to_things_counted_stay_in_the_metric_when_told_complete() -> None:
    text = "一、过去五年\n6条县乡道路改造全面完成，12个试点建设扎实推进。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[6].metric == "县乡道路改造"
    assert found[12].metric == "试点"  # how the work goes, not what is counted


def test_a_bare_allocation_after_a_dated_topic_is_the_topic_s() -> None:
    text = "二、今年的任务\n2026年的教育经费，计划安排为12亿元，比上年增加1亿元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[12].metric == "教育经费"
    assert found[1].metric == "教育经费比上年增加"


def test_a_count_listed_as_units_named_by_a_year_takes_the_whole_title() -> None:
    text = "一、过去一年\n省交投集团、省能源集团等5家企业入选2025全国国有企业数字化转型优秀案例。\n"
    found = _quantities(text, date="2026-01-27")
    assert found[5].evidence.endswith("数字化转型优秀案例")


def test_an_investment_after_works_going_on_with_examples_before_them_is_theirs() -> None:
    text = "一、去年工作回顾\n山塘整治、灌区改造等农田水利工程建设加快，累计完成投资3.2亿元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[3.2].metric == "农田水利工程累计完成投资"


def test_a_platform_measure_listed_after_a_quoted_name_s_users_is_that_name_s() -> None:
    text = "一、去年工作回顾\n“渝快办”注册用户突破2000万、日均访问量稳定在150万人次。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[150].metric == "“渝快办”日均访问量"


def test_a_bare_act_is_the_one_the_clause_before_names_in_full() -> None:
    text = "二、今年工作\n开展新型农民职业技能培训，全年培训2万人次。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[2].metric == "新型农民职业技能培训"


def test_what_the_plan_asks_is_no_part_of_the_measure() -> None:
    text = "二、关于农业生产\n玉米要求增长百分之五。棉花和油料要求分别增长百分之三和百分之四。\n"
    found = _quantities(text, date="1958-02-01")
    assert found[5].metric == "玉米增长"
    assert found[4].metric == "油料增长"


def test_the_three_industries_said_respectively_are_each_its_own() -> None:
    text = "二、今年工作\n全县三次产业增加值分别增长3.5%、7%、6%。一、二、三产业增加值分别增长4%、8%、5%。\n"
    found = _quantities(text, date="2026-01-10")
    assert [found[v].metric for v in (3.5, 7, 6)] == ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"]
    assert found[8].metric == "第二产业增加值增长"


def test_a_longer_owner_before_a_projects_size_owns_its_design_capacity() -> None:
    text = "一、去年工作回顾\n中直石化大企业5万吨聚丙烯等项目投产，油田油气当量保持在4000万吨规模。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[5].metric == "中直石化大企业聚丙烯设计产能"
    assert "设计产能" not in found[4000].metric  # a measure held at a size, no project


def test_what_helped_is_no_part_of_what_is_measured() -> None:
    text = "一、过去五年\n省级盐碱地综合利用实验室助力全省粮食年产量突破700亿斤。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[700].metric == "全省粮食年产量"


def test_a_count_after_drafting_or_revising_counts_the_noun_after_it() -> None:
    text = "一、过去一年\n制定或修订了12件地方性法规，签订了8个合作协议。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[12].metric == "地方性法规"
    assert found[8].metric == "合作协议"


def test_money_added_or_raised_is_the_fund_named_after_it() -> None:
    text = "一、过去一年\n省级财政新增6亿元就业补助资金，市里筹集1.5亿元救灾资金。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[6].metric == "省级财政新增就业补助资金"
    assert found[1.5].metric == "市里筹集救灾资金"


def test_places_added_after_a_count_of_schools_built_are_theirs() -> None:
    text = ("一、过去一年\n新改扩建公办幼儿园12所、新增学位3600个，改扩建乡镇卫生院5所，增加床位420张。"
            "新建停车场20座，全市新增泊位1.2万个。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[3600].metric == "公办幼儿园新增学位"
    assert found[420].metric == "乡镇卫生院增加床位"
    assert found[1.2].metric == "新增泊位"  # the whole city's, not the new car parks'


def test_a_change_said_once_after_a_list_of_measures_is_each_one_s() -> None:
    text = "一、过去一年\n全年接待过夜游客人次、旅游总花费增长6.2％、8.4％，入境游客增长1倍。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[6.2].metric == "接待过夜游客人次增长"  # not the spending's: a wrong number is worse than none
    assert found[8.4].metric == "旅游总花费增长"


def test_the_modal_before_a_target_is_no_part_of_its_measure() -> None:
    text = "二、今年的工作\n棉花产量要稳定在600万吨以上，全年需要资金8亿元。\n"
    found = _quantities(text, date="2016-03-05")
    assert found[600].metric == "棉花产量"
    assert found[8].metric == "需要资金"  # 需要 is a verb, kept


def test_the_aspects_a_plan_groups_its_figures_by_are_no_quantity() -> None:
    text = "二、今后五年的目标\n规划纲要从经济、民生、生态7个维度设置了26项主要指标，包括地区生产总值年均增长5%左右。\n"
    found = _quantities(text, date="2026-01-10")
    assert 7 not in found and 26 not in found
    assert found[5].metric == "地区生产总值年均增长"
    text = "二、今年的工作\n在5个领域实施重大工程30项。\n"
    assert 30 in _quantities(text, date="2026-01-10")  # works counted, not the plan's figures


def test_money_for_upgrading_the_firms_there_are_is_planned_not_told() -> None:
    text = "三、关于基本建设\n第六个五年计划期间，用于现有企业设备更新、技术改造的资金为一千三百亿元。\n"
    found = _quantities(text, date="1982-12-10")
    assert (found[1300].kind, found[1300].deadline_year) == ("target", 1985)
    text = "三、关于基本建设\n目前全省现有企业一千二百家。\n"
    assert _quantities(text, date="1982-12-10")[1200].kind == "fact"


def test_changes_after_a_base_told_with_its_value_are_from_that_base() -> None:
    text = ("一、过去五年\n全市地区生产总值达到820亿元，较2020年的610亿元增加210亿元，增长34.4%。"
            "一般公共预算收入达到60亿元，比上年的55亿元增加5亿元，增长9.1%。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[210].metric == "地区生产总值较2020年增加"
    assert found[34.4].metric == "地区生产总值较2020年增长"  # five years' growth, not one year's
    assert found[9.1].metric == "一般公共预算收入增长"  # the year before is how growth is read anyway


def test_a_paragraph_opened_by_a_dash_and_these_five_years_dates_where_its_changes_start() -> None:
    text = ("一、2025年工作和“十四五”发展回顾\n过去一年，经济回升向好。\n"
            "——这五年，城乡面貌焕然一新。常住人口城镇化率从58.2%提高到63.5%。\n")
    found = _quantities(text, date="2026-02-05")
    assert (found[58.2].deadline_year, found[63.5].deadline_year) == (2020, 2025)


def test_what_works_add_once_all_built_is_due_when_the_line_says_they_are_built() -> None:
    text = ("二、第一个五年计划\n主要工业品增加的年产能力如下：\n"
            "水泥：全部建成后增加的年产能力将为四百万吨，五年内增加的年产能力为二百万吨。\n"
            "拖拉机：全部建成后的年产能力将为二万辆，一九六〇年建成。\n")
    found = _quantities(text, date="1955-07-05")
    assert found[400].deadline_year is None  # not the plan's five years: the works go on after them
    assert found[200].deadline_year is not None
    assert found[2].deadline_year == 1960  # 二万辆


def test_a_metric_cut_at_a_conjunction_keeps_the_things_not_half_their_act() -> None:
    text = "一、过去五年\n城西水库、东干渠等6个重大水利工程投入使用或加快建设，骨干水网逐步完善。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[6].metric == "重大水利工程"


def test_an_amount_converted_to_another_currency_is_of_the_same_measure() -> None:
    text = "一、过去一年\n全市实际使用外资达到12.5亿美元、折合89.6亿元人民币。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[89.6].metric == "实际使用外资折合人民币"


def test_what_a_sum_could_build_if_so_used_is_no_quantity() -> None:
    text = ("二、今后的任务\n这笔资金，如用之于工业建设，就可以建设二十个三万千瓦规模的电站。"
            "如能按期投产，年产水泥将达到200万吨的目标。\n")
    found = _quantities(text, date="1955-07-05")
    assert 20 not in found and 3 not in found
    assert found[200].kind == "target"  # a goal named after its condition stays


def test_a_kind_of_the_things_a_whole_counts_has_the_whole_s_measure() -> None:
    text = "一、过去五年\n全市汽车保有量由152万辆增至230万辆，其中新能源汽车由5万辆增至36万辆。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[5].metric == found[36].metric == "新能源汽车保有量"


def test_people_counted_for_a_service_are_those_served_with_it() -> None:
    text = "二、今年的工作\n为3000名困难老人提供居家养老服务，为800名残疾儿童免费提供听力筛查、辅具适配等康复救助服务。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[3000].metric == "困难老人居家养老服务"
    assert found[800].metric == "残疾儿童康复救助服务"
    # those given a grant, with its amount after them, and counted within the year's act
    text = "一、2025年工作回顾\n稳岗行动全年为120户小微企业发放稳岗补贴350万元，为260位高龄老人发放高龄补贴52万元。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[120].metric, found[260].metric) == ("小微企业稳岗补贴", "高龄老人高龄补贴")
    found = _quantities("一、2025年工作回顾\n为1800名困难群众发放基本生活保障金960万元。\n", date="2026-01-10")
    assert found[1800].metric == "困难群众基本生活保障金"  # an allowance paid out is a grant too
    # a 为 opened by 免费 reaches each count of its list
    text = "一、2025年工作回顾\n免费为210户困难家庭提供健康体检、96户低保家庭提供上门护理服务。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[210].metric, found[96].metric) == ("困难家庭健康体检", "低保家庭上门护理服务")


def test_a_count_whose_noun_follows_a_qualifier_with_a_figure_counts_that_noun() -> None:
    found = _quantities("二、今年的工作\n新建4个总投资超过8亿元的冷链物流项目，每个乡镇建成1条不少于5公里的绿道。\n",
                        date="2026-01-10")
    assert found[4].metric == "新建冷链物流项目"
    assert found[8].metric == "冷链物流项目总投资"  # the qualifier's own figure keeps its measure
    assert found[1].metric == "每个乡镇建成绿道"
    # a count of places followed by what is counted there is no qualifier: 根据12个省的统计 counts the 省
    assert "统计" not in _quantities("一、过去一年\n根据12个省、市3万多个合作社的统计，产量增长了。\n")[12].metric


def test_changes_a_sentence_lists_after_its_opening_base_are_against_that_base() -> None:
    text = "一、过去五年\n与2020年相比，全县粮食产量增长12%，油料增长8%。与上年相比，生猪出栏增长3%。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[12].metric, found[8].metric) == ("粮食产量比2020年增长", "油料比2020年增长")
    assert found[3].metric == "生猪出栏增长"  # the year before is how growth is read anyway


def test_a_country_described_by_its_people_is_no_count() -> None:
    text = "二、今年的工作\n在我们这样一个13亿人口的发展中国家，就业是最大的民生。全省常住人口达到1.2亿人。\n"
    found = _quantities(text, date="2024-03-05")
    assert 13 not in found
    assert found[1.2].metric == "常住人口"


def test_a_range_of_water_classes_is_one_measure() -> None:
    text = "一、过去一年\n全市地表水国控断面Ⅰ—Ⅲ类水质比例达95.2%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[95.2].metric == "地表水国控断面Ⅰ—Ⅲ类水质比例"


def test_an_amount_a_class_of_projects_passes_is_no_quantity_even_without_its_yuan() -> None:
    text = "二、今年的工作\n推动8个过百亿、5个过30亿产业链项目建设。\n"
    found = _quantities(text, date="2026-01-10")
    assert 30 not in found and 5 in found and 8 in found


def test_what_is_provided_for_a_group_is_that_group_s() -> None:
    text = "二、今年的工作\n为高校毕业生提供8000个见习岗位。\n"
    assert _quantities(text, date="2026-01-10")[8000].metric == "高校毕业生见习岗位"


def test_how_a_figure_was_reached_is_no_part_of_its_measure() -> None:
    text = "一、过去一年\n全县地区生产总值历史性突破300亿元。\n"
    assert _quantities(text, date="2026-01-10")[300].metric == "地区生产总值"
    text = "一、过去五年\n这五年，教育支出占比持续保持在16%以上，群众满意度始终在95%以上。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[16].metric, found[95].metric) == ("教育支出占比", "群众满意度")


def test_where_a_figure_is_set_is_no_part_of_its_measure() -> None:
    text = "二、第一个五年计划\n五年计划规定扩大耕地面积三千万亩。国家预算规定国防费支出为五十亿元。\n"
    found = _quantities(text, date="1955-07-05")
    assert (found[3000].metric, found[50].metric) == ("扩大耕地面积", "国防费支出")


def test_a_rate_held_and_a_bare_income_among_visitors_name_their_measures() -> None:
    text = "一、过去一年\n城镇登记失业率控制到3.2%。全年接待游客突破800万人次，综合收入突破90亿元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[3.2].metric == "城镇登记失业率"
    assert found[90].metric == "旅游综合收入"


def test_a_word_that_opens_with_a_join_keeps_it() -> None:
    text = "二、今年的工作\n新增光伏装机规模500万千瓦、并网300万千瓦。初中学生体育及格率达到92%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[300].metric.endswith("并网")
    assert found[92].metric.endswith("及格率")


def test_when_and_how_widely_a_change_is_said_is_no_part_of_its_measure() -> None:
    text = "二、今年的计划\n计划规定，棉纱产量将比上年增长12%。钢材、水泥等产品，今年的产量都比上年增长8%以上。\n"
    found = _quantities(text, date="1957-06-20")
    assert found[12].metric == "棉纱产量比上年增长"
    assert found[8].metric.endswith("产量比上年增长")
    text = "三、明年的计划\n国民收入也安排为比今年增长５％左右。\n"
    assert _quantities(text, date="1981-11-30")[5].metric == "国民收入比今年增长"


def test_an_amount_listed_after_an_investment_is_the_investment_of_the_works_after_it() -> None:
    text = "一、过去一年\n投资900万元的城东敬老院、620万元城西社区服务中心项目基本完工。\n"
    assert _quantities(text, date="2026-01-10")[620].metric == "城西社区服务中心项目投资"


def test_a_coal_equivalent_after_a_bound_is_the_unit_s() -> None:
    text = "二、今年的工作\n推进重点用能企业改造，节约能源8万吨以上标准煤。\n"
    q = _quantities(text, date="2026-01-10")[8]
    assert (q.metric, q.unit, q.comparator) == ("节约能源", "万吨标准煤", "at_least")


def test_a_bare_raise_per_head_is_of_what_the_clause_before_raises() -> None:
    text = "一、过去一年\n城乡居民基础养老金标准继续提高，年人均提高360元。再次提高优抚对象抚恤补助标准，人均增加900元。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[360].metric == "城乡居民基础养老金年人均提高"
    assert found[900].metric == "优抚对象抚恤补助标准人均增加"
    found = _quantities("一、过去一年\n增加乡村教师生活补助，人均月提高420元。\n", date="2026-01-10")
    assert found[420].metric == "乡村教师生活补助人均月提高"
    # each place's raise of what both are raised is that place's part of it
    found = _quantities("一、过去一年\n城乡居民低保标准稳步提高，城镇年人均提高480元，农村年人均提高360元。\n",
                        date="2026-01-10")
    assert (found[480].metric, found[360].metric) == ("城镇居民低保标准年人均提高", "农村居民低保标准年人均提高")


def test_a_fall_stopped_is_no_part_of_the_measure() -> None:
    text = "一、过去五年\n这五年，草原植被盖度止跌回升2个百分点、达到56%。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[56].metric == "草原植被盖度"


def test_bonds_issued_after_an_amount_are_the_issuer_s() -> None:
    text = "二、今年的工作\n完成市交通投资集团5亿美元境外债发行。\n"
    assert _quantities(text, date="2026-01-10")[5].metric == "市交通投资集团境外债发行"


def test_a_plan_s_figure_set_against_what_was_done_is_the_plan_s() -> None:
    text = "一、过去一年\n计划新建中小学校40所，实际建成46所。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[40].metric.startswith("计划新建")


def test_a_figure_of_a_year_listed_after_a_semicolon_keeps_the_sentence_s_measure_and_takes_its_year() -> None:
    text = ("一、过去两年\n粮食产量的增长速度，一九八三年计划为百分之二点五，实际达到百分之三点一；"
            "一九八四年计划为百分之三，预计可以达到百分之四点二。两年的情况都是好的。\n")
    found = _quantities(text, date="1984-12-01")
    assert found[3].metric == "计划粮食产量的增长速度"
    assert (found[4.2].metric, found[4.2].deadline_year) == ("粮食产量的增长速度", 1984)


def test_a_count_with_no_measure_takes_none_from_the_next_sentence() -> None:
    text = "一、过去一年\n全年出口增长情况较好，预计可以达到百分之六点四。两年平均每年递增百分之五点五。\n"
    found = _quantities(text, date="1982-11-30")
    assert found[5.5].metric == "两年平均每年递增"
    assert 6.4 not in found or found[6.4].metric not in ("两年平均每年递增", "")  # no measure of its own: none


def test_titles_won_listed_after_a_count_are_all_its_measure() -> None:
    text = "一、过去一年\n12家企业获评国家级绿色工厂、智能制造示范工厂，5个产业集群入选省级先进集群、数量全省最多。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[12].metric == "企业获评国家级绿色工厂、智能制造示范工厂"
    assert "数量" not in found[5].metric


def test_counts_a_note_gives_to_spell_out_its_name_are_no_quantities() -> None:
    text = ("二、今年的工作\n完善“2+5+2”调度机制，新建标准厂房30万平方米。\n"
            "[6]“2+5+2”调度机制：指2个总指挥部、5个专项工作组、2个服务专班。\n"
            "[7]“千企百亿”：推动1000家企业技术改造，新增投资100亿元。\n[8]“三园两区”：指3个产业园、2个开发区。\n")
    found = _quantities(text, date="2026-01-10")
    assert 30 in found
    assert not {2, 5, 1000, 3} & set(found)
    assert 100 in found  # 亿元: no count of the name's


def test_two_subjects_then_two_figures_without_the_word_respectively_go_in_order() -> None:
    text = "一、过去一年\n城区集中供水、燃气普及率达到99％、96％，群众生活更加便利。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[99].metric == "城区集中供水普及率"
    assert found[96].metric == "燃气普及率"
    assert text[found[99].start : found[99].end] == found[99].evidence


def test_a_numbered_note_on_a_quoted_formula_spells_it_but_a_list_of_items_counts_no_figure_of_its_own() -> None:
    text = ("二、今年的工作\n实施“3152”企业培育工程。办好十件民生实事。\n注释\n"
            "6.“3152”企业培育工程：培育3家领军企业、2家上市企业。\n"
            "7.十件民生实事：①新建10个社区食堂。②改造老旧小区。\n")
    found = _quantities(text, date="2026-01-10")
    assert 3 not in found and 2 not in found
    assert found[10].metric.endswith("社区食堂")
    # the note's name on a line of its own, its words on the next
    text = ("二、今年的工作\n创新实施“1+2+N”机制。\n注释\n6.“1+2+N”机制\n1位县级领导、2个牵头部门，以及N个单位组建专班。\n"
            "7.十件民生实事\n新建8个社区食堂。\n")
    found = _quantities(text, date="2026-01-10")
    assert 1 not in found and 2 not in found and found[8].metric.endswith("社区食堂")


def test_an_adverb_linking_a_figure_to_the_one_before_is_no_part_of_its_measure() -> None:
    text = "一、过去一年\n前三年共植树造林二千万亩，而去年就植树造林一千八百万亩。\n"
    assert _quantities(text, date="1957-06-26")[1800].metric == "植树造林"


def test_the_figures_of_a_sentence_opened_on_a_topic_are_the_topic_s() -> None:
    text = "二、关于建设\n以水泥的产量来说，第一个五年合计将达到一千二百万吨。就煤炭来说，今年将达到一亿吨。\n"
    found = _quantities(text, date="1957-06-26")
    assert found[1200].metric == "水泥的产量第一个五年合计"
    assert found[1].metric == "煤炭"


def test_the_pace_a_figure_is_compared_with_is_its_own_measure_s() -> None:
    text = "一、过去五年\n四年内，轻工业平均每年增长百分之十二，超过重工业每年平均增长百分之四的速度。\n"
    found = _quantities(text, date="1983-06-06")
    assert found[4].metric == "重工业每年平均增长"
    text = "一、过去五年\n两年平均每年增长百分之十一，超过五年计划规定的平均每年增长百分之八点六的速度。\n"
    assert _quantities(text, date="1957-06-26")[8.6].metric == "五年计划规定的平均每年增长"


def test_a_capacity_closed_is_the_capacity_closed_not_one_built() -> None:
    text = "一、过去一年\n依法关停城南化工公司5万吨电石生产线。\n"
    assert _quantities(text, date="2026-01-10")[5].metric == "关停城南化工公司电石产能"


def test_where_a_change_told_as_done_started_is_undated_in_a_plan_s_part() -> None:
    text = ("二、今后的任务\n小煤矿由三百个减少到现在的一百二十个，保留的煤矿加强了管理，结果吨煤成本由九十元降到七十元。"
            "全市人均收入要从8.7万元提高到12万元。\n")
    found = _quantities(text, date="1981-11-30")
    assert found[300].deadline_year is None and found[90].deadline_year is None
    assert found[8.7].deadline_year == 1980  # where the plan starts: last year


def test_what_is_counted_is_not_the_pace_it_is_pushed_at_nor_what_it_helps() -> None:
    text = "二、今年的工作\n加快城北物流园等5个亿元以上重点项目建设进度。设置30个夜市摊区助力“夜间经济”。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[5].metric.endswith("重点项目")
    assert found[30].metric == "夜市摊区"


def test_how_earnestly_a_thing_is_done_is_no_part_of_its_measure() -> None:
    text = "一、过去一年\n认真办理市人大代表建议210件，有序改造城区燃气管网35公里。\n"
    found = _quantities(text, date="2026-01-10")
    assert (found[210].metric, found[35].metric) == ("办理市人大代表建议", "改造城区燃气管网")


def test_a_total_said_after_a_list_is_of_the_whole_list() -> None:
    text = "一、过去一年\n市政府的组成部门和直属机构、议事协调机构共45个。\n"
    q = _quantities(text, date="2026-01-10")[45]
    assert q.metric == "市政府的组成部门和直属机构、议事协调机构"
    assert text[q.start : q.end] == q.evidence


def test_that_a_figure_is_an_estimate_is_no_part_of_its_measure_but_an_estimated_base_is() -> None:
    text = "一、过去一年\n纺织、建材、食品预计完成工业产值620亿元。\n二、今年的计划\n钢产量比去年预计增加300万吨。\n"
    found = _quantities(text, date="1981-12-01")
    assert found[620].metric == "纺织、建材、食品工业产值"
    assert "预计" in found[300].metric


def test_a_long_lead_keeps_the_owner_of_a_share_whole() -> None:
    text = "一、过去五年\n全社会研究与试验发展经费支出占国内生产总值的比重由2017年的1.6%提高到2022年的2.1%。\n"
    q = _quantities(text, date="2023-03-05")[1.6]
    assert q.metric.startswith("全社会研究与试验发展经费支出占")


def test_where_a_merger_started_is_a_start_value_not_a_fact_of_the_year() -> None:
    text = "一、2025年和“十四五”时期工作回顾\n全省中职学校由80所优化整合为52所，办学质量明显提升。\n"
    found = _quantities(text, date="2026-01-27")
    assert found[80].deadline_year is None
    assert found[52].deadline_year == 2025


def test_a_change_told_like_a_dated_one_before_it_starts_in_its_year() -> None:
    found = _quantities("一、过去五年回顾\n全县财政收入从2020年的12亿元增加到2025年的20亿元；"
                        "居民存款余额由80亿元增加到130亿元。\n", date="2026-01-10")
    assert found[80].deadline_year == 2020 and found[130].deadline_year == 2025


def test_what_a_spending_is_for_is_no_part_of_its_measure() -> None:
    found = _quantities("二、今年的工作\n今年要启动农村校舍改造，省财政将为此投入20亿元；努力做到每年新增绿地300公顷。\n",
                        date="2026-01-10")
    assert found[20].metric == "省财政投入" and found[300].metric == "每年新增绿地"


def test_the_frame_of_a_doubling_aim_is_no_part_of_what_doubles() -> None:
    found = _quantities("二、今后五年的任务\n这就可以为在二〇三〇年末实现全县生产总值翻一番打下基础。\n", date="2026-01-10")
    assert found[1].metric == "全县生产总值"


def test_a_target_after_one_dated_by_its_sentence_takes_that_year_not_its_section_s() -> None:
    found = _quantities("二、今后五年的目标\n今后五年的主要目标是：\n——在产业发展上取得新进展。产业体系初具规模，到2028年"
                        "物流业、会展业营业收入分别达到50亿元、8亿元，农产品加工业产值超过60亿元。\n", date="2026-01-10")
    assert found[50].deadline_year == found[60].deadline_year == 2028


def test_what_projects_counted_one_after_another_spent_is_all_of_theirs() -> None:
    found = _quantities("二、今年的工作\n实施交通项目40个、水利项目25个，完成投资80亿元。\n", date="2026-01-10")
    assert found[80].metric == "交通项目、水利项目完成投资"


def test_a_bare_change_after_the_first_clause_is_of_the_subject_its_sentence_opens_on() -> None:
    found = _quantities("一、过去一年回顾\n全县财政收入一季度由负转正、全年增长3.6%。蔬菜在连续两年丰收的基础上，又增长8%。\n",
                        date="2026-01-10")
    assert found[3.6].metric == "全县财政收入增长" and found[8].metric == "蔬菜增长"


def test_a_bare_measure_listed_after_an_owner_s_measure_of_its_kind_is_that_owner_s() -> None:
    found = _quantities("二、今年的工作\n力争城市数据平台注册量达到500万、访问量达到2000万。\n", date="2026-01-10")
    assert found[2000].metric == "城市数据平台访问量"


def test_a_year_s_spending_after_projects_started_is_theirs() -> None:
    found = _quantities("一、过去一年回顾\n全县重点项目开复工86个，完成年度投资120亿元。\n", date="2026-01-10")
    assert found[120].metric == "重点项目完成年度投资"


def test_what_projects_spent_is_all_of_theirs_not_only_those_singled_out() -> None:
    found = _quantities("二、今年的工作\n抓好80个县级重点项目特别是9个省级重点项目建设，完成投资60亿元。\n", date="2026-01-10")
    assert found[60].metric == "县级重点项目完成投资"


def test_how_much_of_its_plan_a_spending_did_is_its_owner_s() -> None:
    found = _quantities("一、过去一年回顾\n全年重点项目完成投资86亿元，完成年度投资计划104%。\n", date="2026-01-10")
    assert found[104].metric == "重点项目完成年度投资计划"


def test_works_of_a_kind_after_a_count_are_counted_whole() -> None:
    found = _quantities("二、今年的工作\n因地制宜建设12个富有地方特色的“邻里守望”示范服务中心。\n", date="2026-01-10")
    assert found[12].metric == "富有地方特色的“邻里守望”示范服务中心"


def test_a_bound_after_a_list_said_respectively_bounds_every_figure_of_it() -> None:
    found = _quantities("二、今年的工作\n水稻、小麦、玉米产量分别达到30万吨、20万吨和10万吨以上。\n", date="2026-01-10")
    assert found[30].comparator == found[20].comparator == found[10].comparator == "at_least"


def test_the_money_counted_audits_concern_is_theirs() -> None:
    found = _quantities("一、过去一年回顾\n全县完成审计项目48个、涉及资金12.6亿元。\n", date="2026-01-10")
    assert found[12.6].metric == "审计项目涉及资金"


def test_a_change_started_in_a_part_titled_as_five_years_starts_five_years_back() -> None:
    found = _quantities("一、过去五年回顾\n这是城乡面貌持续改善的五年。\n全县城镇化率从48.2%提高到56.5%，森林覆盖率达到62%。\n",
                        date="2026-01-10")
    assert found[48.2].deadline_year == 2020 and found[56.5].deadline_year == 2025


def test_the_parts_a_note_spells_of_a_run_of_digits_are_no_quantities() -> None:
    found = _quantities("二、今年的工作\n实施“1530”强企计划[3]。\n[3]“1530”强企计划：用3年时间，培育15家龙头企业和30家成长型企业。\n",
                        date="2026-01-10")
    assert 15 not in found and 30 not in found


def test_two_levels_that_control_one_noun_are_one_subject() -> None:
    found = _quantities("二、今年的工作\n实现全市国控、区控断面水质优良比例达到90%。\n", date="2026-01-10")
    assert found[90].metric == "国控、区控断面水质优良比例"


def test_a_turn_from_a_fall_is_of_the_subject_that_fell_and_the_fall_is_the_year_before() -> None:
    found = _quantities("一、过去一年回顾\n全县规上工业利润由上年下降4.1%转为增长6.3%，税收增长2%。\n", date="2026-01-10")
    assert found[6.3].metric == "规上工业利润增长" and found[6.3].deadline_year == 2025
    assert found[4.1].metric == "规上工业利润下降" and found[4.1].deadline_year == 2024


def test_money_named_after_its_amount_before_what_it_is_used_for_is_that_money() -> None:
    found = _quantities("一、过去一年回顾\n市财政统筹安排3.5亿元产业引导资金支持120个项目。\n", date="2026-01-10")
    assert found[3.5].metric == "市财政统筹安排产业引导资金" and found[120].value == 120


def test_a_change_in_a_paragraph_that_opens_with_a_five_years_title_starts_five_years_back() -> None:
    found = _quantities("一、过去五年回顾\n——这是城乡面貌持续改善的五年。全县城镇化率从48.2%提高到56.5%。\n", date="2026-01-10")
    assert found[48.2].deadline_year == 2020 and found[56.5].deadline_year == 2025


def test_a_change_in_a_part_that_opened_on_the_five_years_behind_starts_five_years_back() -> None:
    text = ("一、过去一年和五年工作回顾\n2025年，全县生产总值增长5%。\n各位代表！\n过去五年极不平凡。\n——城乡面貌明显改善。"
            "全县城镇化率从48.2%提高到56.5%。\n（二）民生持续改善。农村自来水普及率从80%提高到92%。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[48.2].deadline_year == 2020 and found[80].deadline_year == 2020 and found[92].deadline_year == 2025
    one_year = _quantities("一、过去一年工作回顾\n2025年，全县生产总值增长5%。\n——城乡面貌明显改善。全县城镇化率从55.2%提高到56.5%。\n",
                           date="2026-01-10")
    assert one_year[55.2].deadline_year != 2020
    # a paragraph that names the period's last year first, then looks back over its five years
    closing = _quantities("一、过去一年和五年工作回顾\n2025年，全县生产总值增长5%。\n各位代表！2025年是“十四五”收官之年。五年来，"
                          "我们接续奋斗。\n——民生持续改善。全县汽车保有量由21万辆增至30万辆。\n", date="2026-01-10")
    assert closing[21].deadline_year == 2020 and closing[30].deadline_year == 2025


def test_each_digit_of_a_noted_formula_may_lead_a_figure_of_its_own_size() -> None:
    text = ("二、今年的工作\n实施“315”育企工程[4]。\n[4]“315”育企工程：培育3家百亿企业、10家十亿企业、50家专精特新企业。\n"
            "[5]“2030行动”：到2030年，建成20个产业园。\n")
    found = _quantities(text, date="2026-01-10")
    assert 3 not in found and 10 not in found and 50 not in found and found[20].deadline_year == 2030


def test_a_share_the_last_of_a_list_names_is_every_member_s() -> None:
    found = _quantities("一、过去一年回顾\n全县蔬菜、食用菌设施产量占比分别提高6、9个百分点。\n", date="2026-01-10")
    assert found[6].metric == "蔬菜产量占比提高" and found[9].metric == "食用菌设施产量占比提高"


def test_a_figure_that_names_no_measure_goes_on_with_the_measure_of_the_one_before() -> None:
    text = ("一、过去一年回顾\n全县的棉花总产量，在一九七〇年只有一点二万担。在改革开放以后的一九八〇年，也只有三万担。"
            "经过十年的努力，一九九〇年才达到了九万担。建立友好往来的县，已经有十二个。\n")
    found = _quantities(text, date="1991-03-01")
    assert found[3].metric == "棉花总产量" and found[9].metric == "棉花总产量" and found[12].metric != "棉花总产量"


def test_the_start_of_a_change_told_as_extended_or_adjusted_is_no_figure_of_the_year_reviewed() -> None:
    found = _quantities("一、过去一年回顾\n全县联办事项从26个拓展到58个。\n二、今年的工作\n基础养老金从每人每月150元调整至180元。\n",
                        date="2026-01-10")
    assert found[26].deadline_year != 2025 and found[58].deadline_year == 2025
    assert found[150].kind == "fact" and found[150].deadline_year == 2025 and found[180].kind == "target"


def test_what_is_done_already_by_a_day_of_this_year_is_a_fact_of_a_review() -> None:
    text = "一、过去一年的工作\n原定二〇二五年十月到二〇二六年九月底新修水渠三千公里，但是到二〇二六年一月二十日，已经完成三千五百公里。\n"
    found = _quantities(text, date="2026-01-25")
    assert found[3000].kind == "target" and found[3500].kind == "fact"


def test_what_the_plan_s_years_hold_in_all_is_a_target_not_what_there_is() -> None:
    text = ("二、五年计划的任务\n五年内进行建设的大型水库，共有十二个。五年内继续建设并已在去年建成的东线公路，全长共有八百公里。\n")
    found = _quantities(text, date="2026-01-10")
    assert found[12].kind == "target" and found[800].kind == "fact"


def test_what_a_change_s_start_is_reckoned_in_and_the_verb_that_carries_it_out_are_no_part_of_the_measure() -> None:
    found = _quantities("今年要落实好个体工商户增值税起征点从月销售额5万元提高到12万元等政策。"
                        "阶段性将小微企业所得税减免额度从每年8万元提高到20万元。"
                        "新办企业审批时间从两个月以上压缩到6个工作日。", date="2026-03-01")
    assert found[5].metric == found[12].metric == "个体工商户增值税起征点"
    assert found[8].metric == found[20].metric == "小微企业所得税减免额度"
    assert found[6].metric == "新办企业审批时间"
    # 从 that opens a word is kept: 从业人员 are what is counted
    assert _quantities("全县个体工商户从业人员达到3.2万人。")[3.2].metric.endswith("从业人员")


def test_a_long_noun_joined_to_a_second_is_cut_where_they_join_not_inside_a_word() -> None:
    found = _quantities("今年每个乡镇建成1条三镇连片以上的田园示范风貌带或乡村旅游精品带。")
    assert found[1].metric == "每个乡镇建成三镇连片以上的田园示范风貌带"  # each place's (as gold's 每个共同体覆盖村)
    assert found[1].evidence.endswith("风貌带")
    # a list joined by 和 at its end stays one list: the cut falls back as before
    found = _quantities("今年新增8家单位获批建设省级工程技术研究中心、重点实验室和企业技术中心。")
    assert "和" not in found[8].metric


def test_a_count_of_a_size_class_before_a_join_shares_the_next_count_s_noun() -> None:
    found = _quantities("今年要推动8个超百亿元、15个超10亿元产业链项目落地。")
    assert found[8].metric.startswith("超百亿元产业链项目") and found[15].metric.startswith("超10亿元产业链项目")


def test_a_measure_of_the_act_the_figure_before_measured_is_of_the_same_owner() -> None:
    found = _quantities("今年全县技术改造投资突破30亿元、投资增速达到12%。")
    assert found[12].metric == "技术改造投资增速"
    # an act of its own after the list mark stays its own
    assert _quantities("今年新增就业3000人、就业困难人员再就业500人。")[500].metric.endswith("就业困难人员再就业")


def test_a_subsidy_standard_the_last_of_a_list_names_is_every_member_s() -> None:
    found = _quantities("今年居民医保和基本公共卫生服务经费人均财政补助标准分别提高40元和6元；"
                        "困难老人生活补贴、重度残疾人护理补贴标准分别提高15元、20元。")
    assert found[40].metric == "居民医保人均财政补助标准提高"
    assert found[15].metric == "困难老人生活补贴标准提高"  # 补贴 said once


def test_a_standard_met_a_level_s_points_a_national_title_and_all_of_them_are_read_whole() -> None:
    found = _quantities("今年推动3家以上县级公立中医医院达国家县级中医医院推荐水平标准。布设水质监测国控点位12个、省控点位36个。"
                        "办理全国人大代表建议8件、全国政协提案6件。")
    assert found[3].metric == "县级公立中医医院达国家县级中医医院推荐水平标准"
    assert found[36].metric == "布设水质监测省控点位"
    assert found[6].metric == "全国政协提案"
    fact = _quantities("一、过去一年回顾\n纳入全市乡村振兴考核的5个乡镇（街道）全部被评为先进等次和优秀等次的示范单位。\n",
                       date="2026-01-10")
    assert not fact[5].metric.endswith("全部")


def test_a_line_held_is_measured_by_the_noun_after_its_figure() -> None:
    found = _quantities("其核心是保障农民权益，底线是严守120万亩耕地保护红线。坚守50万亩永久基本农田。")
    assert found[120].metric == "耕地保护红线" and found[50].metric == "永久基本农田"


def test_a_share_with_no_subject_of_its_own_is_of_the_noun_phrase_the_clause_before_names() -> None:
    text = "一、过去一年\n其中参加专业合作社的农户，已经占全县农户的45%左右。全县减少管理人员三百多人，占职工总数的五分之一。\n"
    found = _quantities(text, date="2026-01-10")
    assert found[45].metric == "参加专业合作社的农户占全县农户"
    assert "三百多人" not in found[0.2].metric  # a clause with a figure of its own is no subject


def test_more_than_doubled_is_at_least_and_a_shared_base_drops_its_each() -> None:
    # 翻了一番多 is more than double, as 增长一倍多
    found = _quantities("全县财政收入比2015年翻了一番多。", date="2021-01-10")
    assert (found[1.0].unit, found[1.0].comparator) == ("番", "at_least")
    # 均 before a base both members share: of each, no part of the measure (as 均增长 is none)
    found = _quantities("全县工业产值、税收均比2015年增长20%，粮食产量均衡增长。", date="2021-01-10")
    assert found[20.0].metric == "工业产值、税收比2015年增长"
    found = _quantities("蔬菜产量和产值均比上年翻一番。", date="2021-01-10")
    assert found[1.0].metric == "蔬菜产量和产值比上年"


def test_what_a_plan_lays_out_is_counted_by_the_noun_after_the_count() -> None:
    found = _quantities("为实现上述目标，规划安排了12个领域的重大工程，县财政部署了25个民生项目。", date="2026-01-10")
    assert found[12].metric.endswith("重大工程") and found[25].metric == "民生项目"


def test_a_change_over_years_opened_by_zai_is_of_the_topic_before() -> None:
    found = _quantities("全县棉花总产量，在过去三年中共增加了二十万担，即从二〇二二年的四十万担增加到二〇二五年的六十万担。",
                        date="2026-01-10")
    assert found[40].metric == found[60].metric == "棉花总产量"
    assert found[20].metric.startswith("棉花总产量")


def test_how_fast_works_are_pushed_is_no_part_of_their_metric() -> None:
    found = _quantities("加快实施县城供水、污水管网改造等12个重点民生项目，加快建设3个物流园区。", date="2026-01-10")
    assert found[12].metric == "实施重点民生项目" and found[3].metric == "物流园区"


def test_an_output_share_after_industries_told_growing_is_theirs() -> None:
    found = _quantities("二、去年工作\n新能源、新材料、生物医药产业快速发展，产值占工业总产值比重达到35%。", date="2026-01-10")
    assert found[35].metric == "新能源、新材料、生物医药产业产值占工业总产值比重"
    # one industry alone, as before
    found = _quantities("二、去年工作\n电子信息产业加快发展，增加值占规上工业比重达到18%。", date="2026-01-10")
    assert found[18].metric == "电子信息产业增加值占规上工业比重"


def test_an_increase_over_years_after_a_level_is_of_that_level_measure() -> None:
    found = _quantities("二、过去五年\n全县地区生产总值迈上500亿元台阶、五年增量超过160亿元。", date="2026-01-10")
    assert found[160].metric == "地区生产总值五年增量"


def test_a_count_after_universities_counts_their_disciplines() -> None:
    found = _quantities("二、过去一年\n两所大学4个学科跻身“双一流”，6所高校12个学科进入全球前1%。", date="2026-01-10")
    assert found[4].metric == "两所大学学科跻身“双一流”"
    assert found[12].metric.startswith("高校学科")


def test_a_bare_new_or_rebuilt_length_is_of_the_works_the_campaign_before_names() -> None:
    found = _quantities("二、今年的工作\n实施新一轮农村公路提升行动，新（改）建300公里。", date="2026-01-10")
    assert found[300].metric == "农村公路新（改）建"


def test_a_subdistrict_named_like_a_verb_keeps_its_name_before_the_works_it_sizes() -> None:
    found = _quantities("今年要实施东风镇2万亩高标准农田、建设街道800亩设施蔬菜等项目，完成红旗办事处5个老旧小区改造。",
                        date="2026-01-10")
    assert found[2].metric == "东风镇高标准农田"
    assert found[800].metric == "建设街道设施蔬菜"
    assert found[5].metric == "红旗办事处老旧小区改造"



def test_a_composite_output_value_shares_only_its_product_with_the_next_measure() -> None:
    found = _quantities("二、过去一年\n苹果综合产值增长6.5%、出口增长12.4%。", date="2026-01-10")
    assert found[12.4].metric == "苹果出口增长"


def test_the_students_counted_after_a_school_kind_are_that_kind_of_school() -> None:
    found = _quantities("二、过去一年\n普通高校招生3.2万人，在校生10.5万人，毕业生2.8万人；中等职业学校招生1.1万人、在校生4.4万人。",
                        date="2026-01-10")
    assert found[10.5].metric == "普通高校在校生" and found[2.8].metric == "普通高校毕业生"
    assert found[4.4].metric == "中等职业学校在校生"


def test_a_count_of_owners_their_parts_count_follows_at_once_counts_the_owners_of_what_the_parts_did() -> None:
    found = _quantities("二、过去一年\n全省6所高校11个学科入选国家“双一流”建设名单，9家银行23个网点开办了跨境结算业务。",
                        date="2026-01-10")
    assert found[6].metric == found[11].metric == "高校学科入选国家“双一流”建设名单"
    assert found[9].metric == found[23].metric == "银行网点开办了跨境结算业务"


def test_a_figure_whose_measure_nothing_names_is_no_quantity() -> None:
    found = _quantities("二、过去一年\n全市3个县12个乡镇通过国家卫生乡镇验收。", date="2026-01-10")
    assert 3 not in found and found[12].metric == "乡镇通过国家卫生乡镇验收"
    assert all(q.metric for q in luoshi.document_from_text(
        "纲要规定，小麦每亩平均年产量，在两种不同的地区，分别达到三百斤和六百斤。", date="1960-04-01").quantities)


def test_a_share_the_next_figure_clause_follows_at_once_is_of_the_things_reaching_that_figure() -> None:
    found = _quantities("到2030年，85%以上的行政村集体经济年收入超过20万元。", date="2026-01-10")
    assert found[85].metric == "行政村集体经济年收入超过20万元" and found[20].metric == "行政村集体经济年收入"


def test_an_allocation_is_for_what_yongyu_names_with_or_without_a_comma_before_it() -> None:
    found = _quantities("今年市财政拿出8000万元用于中小企业贷款贴息，县财政安排600万元，用于农村饮水安全工程。",
                        date="2026-01-10")
    assert found[8000].metric == "市财政拿出用于中小企业贷款贴息"
    assert found[600].metric == "县财政安排用于农村饮水安全工程"


def test_a_kind_listed_after_a_count_the_act_did_is_counted_done_by_it() -> None:
    found = _quantities("二、过去一年\n依法处置批而未供土地12万亩、闲置土地3.5万亩，新建雨水管网40公里、改造老旧雨水管网25公里，"
                        "新增光伏装机80万千瓦、总装机达260万千瓦。", date="2026-01-10")
    assert found[3.5].metric == "依法处置闲置土地"
    assert found[25].metric == "改造老旧雨水管网"  # an act of its own
    assert not found[260].metric.startswith("新增")  # the total, not a kind added


def test_a_bare_total_spending_in_a_sentence_about_visitors_is_tourism_s() -> None:
    found = _quantities("二、过去一年\n全年接待游客1.2亿人次、总花费超过900亿元，财政总收入增长5%。", date="2026-01-10")
    assert found[900].metric == "旅游总花费" and found[5].metric == "财政总收入增长"


def test_a_growth_reckoned_comparably_after_a_budget_met_is_of_the_revenue() -> None:
    found = _quantities("二、过去一年\n一般公共预算收入36亿元，完成年度预算的102.5%，按可比口径同比增长8.6%。", date="2026-01-10")
    assert found[8.6].metric == "一般公共预算收入同比增长"
    found = _quantities("二、过去一年\n税收收入20亿元，完成年度预算的101%，增长6%。", date="2026-01-10")
    assert found[6].metric == "税收收入增长"


def test_a_share_of_the_planned_investment_done_is_of_the_spending_before() -> None:
    found = _quantities("二、过去一年\n重点项目完成投资88.6亿元，完成年度计划投资的107.5%。", date="2026-01-10")
    assert found[107.5].metric == "重点项目完成年度计划投资"


def test_the_work_a_doer_did_is_named_after_the_figure_not_by_the_doer() -> None:
    found = _quantities("三、今年工作\n各农贸市场完成不少于20万批次蔬菜快检，政务服务平台实现150个事项自助办理。", date="2026-01-10")
    assert found[20].metric == "各农贸市场蔬菜快检"
    assert found[150].metric == "政务服务平台事项自助办理"
    found = _quantities("三、今年工作\n进出口总额实现20亿美元，全年完成120个项目建设。", date="2026-01-10")
    assert found[20].metric == "进出口总额"  # a measure, no doer


def test_what_is_said_of_the_things_counted_is_no_part_of_their_measure() -> None:
    found = _quantities("三、今年工作\n两千多万吨煤炭是全省一笔宝贵的财富。新建3个“绿水青山就是金山银山”示范基地。", date="2026-01-10")
    assert found[2000].metric == "煤炭" and found[2000].evidence == "两千多万吨煤炭"
    assert found[3].metric == "“绿水青山就是金山银山”示范基地"  # a copula inside a quoted name stays
    found = _quantities("二、过去一年\n以致百分之三十的零件是次品。", date="2026-01-10")
    assert found[30].evidence.endswith("是次品")  # a share: the words after 是 say what it is a share of


def test_a_proposed_amount_keeps_its_measure_without_the_proposal() -> None:
    found = _quantities("三、今年工作\n省级预算内投资拟增加到120亿元，市级配套拟安排30亿元。", date="2026-01-10")
    assert found[120].metric == "省级预算内投资"


def test_a_real_average_change_after_a_change_of_level_is_of_the_measure_before() -> None:
    found = _quantities("二、过去五年\n农民人均纯收入，由2020年的1.5万元增加到2025年的2万元，平均每年实际增长5.9%。", date="2026-01-10")
    assert found[5.9].metric == "农民人均纯收入平均每年实际增长"


def test_emphasis_on_one_part_alone_and_a_yearly_allocation_to_come_are_no_part_of_the_measure() -> None:
    found = _quantities("二、过去一年\n仅市属企业就新增专利320件。", date="2026-01-10")
    assert found[320].metric == "市属企业新增专利"
    found = _quantities("三、今年工作\n从今年起，市财政将每年安排专项资金5000万元。", date="2026-01-10")
    assert found[5000].metric == "市财政每年安排专项资金"


def test_a_change_of_the_total_after_a_growth_is_of_the_measure_that_grew() -> None:
    found = _quantities("二、过去五年\n全县生产总值年均增长6.1%，2025年总量比2020年增加超120亿元。", date="2026-01-10")
    assert found[120].metric == "生产总值总量比2020年增加"


def test_about_said_before_the_verb_is_the_comparator_not_the_measure() -> None:
    found = _quantities("二、过去一年\n全县大约损失粮食产量三千吨，主要农产品的品种大约增加120种。", date="2026-01-10")
    assert (found[3000].comparator, found[3000].metric) == ("about", "损失粮食产量")
    assert (found[120].comparator, found[120].metric) == ("about", "主要农产品的品种增加")


def test_a_pollutant_named_like_a_measure_shares_the_emissions_listed_after_it() -> None:
    found = _quantities("二、过去一年\n化学需氧量、氨氮排放量分别下降3.1%和2.4%。", date="2026-01-10")
    assert (found[3.1].metric, found[2.4].metric) == ("化学需氧量排放量下降", "氨氮排放量下降")


def test_when_and_that_an_amount_is_allocated_again_is_no_part_of_its_measure() -> None:
    found = _quantities("三、今年工作\n省财政今年再安排200亿元重建资金。", date="2026-01-10")
    assert found[200].metric == "省财政安排重建资金"


def test_the_years_a_part_of_the_figure_before_fell_in_name_no_measure() -> None:
    found = _quantities("二、过去五年\n五年来财政用于科技的经费共达328亿元，其中在2024和2025两年合计就有200亿元。", date="2026-01-10")
    assert found[200].metric == found[328].metric == "财政用于科技的经费"
    found = _quantities("二、过去五年\n转移支付总额由2020年的664亿元增加到2025年的925亿元，五年共计4012亿元。", date="2026-01-10")
    assert found[4012].metric == "转移支付总额"


def test_a_place_s_part_after_qizhong_is_of_the_whole_in_its_unit() -> None:
    found = _quantities("三、今年工作\n新建中小学校12所、增加学位3600个，其中中心城区5所。", date="2026-01-10")
    assert found[5].metric == "中心城区新建中小学校"


def test_a_bare_output_after_a_clause_on_a_sector_s_production_is_that_sector_s() -> None:
    found = _quantities("去年棉花生产再获丰收，总产量比上年增加了3万吨。", date="2019-01-20")
    assert found[3].metric.startswith("棉花总产量")
    found = _quantities("明年化学工业，总产值要比今年增长百分之六。", date="2019-01-20")
    assert found[6].metric.startswith("化学工业总产值")
    found = _quantities("要扩大生产规模，产值比上年增长12%。", date="2019-01-20")
    assert not found[12].metric.startswith("扩大")


def test_the_tail_of_an_aside_the_measure_opened_inside_is_no_part_of_it() -> None:
    found = _quantities("把公路养护费用（包括县级配套和乡镇自筹资金）控制在上年支出总额８６亿元的水平上。", date="2019-01-20")
    assert "）" not in found[86].metric and "自筹" not in found[86].metric
    assert found[86].evidence.startswith("控制在")


def test_a_whole_chain_output_value_is_the_measure_each_product_listed_shares() -> None:
    found = _quantities("茶叶、中药材全产业链产值分别达到300亿元、200亿元。", date="2026-01-10")
    assert found[300].metric == "茶叶全产业链产值" and found[200].metric == "中药材全产业链产值"


def test_how_early_a_figure_was_reached_is_no_part_of_its_measure() -> None:
    found = _quantities("二、过去五年\n早在二〇一〇年，全县茶叶产量就已经达到五千吨。", date="2016-01-10")
    assert found[5000].metric == "茶叶产量"


def test_that_there_are_so_many_in_all_is_no_part_of_what_is_counted() -> None:
    found = _quantities("二、过去一年\n全县共有省级美丽乡村27个、市级美丽乡村65个。", date="2026-01-10")
    assert found[27].metric == "省级美丽乡村" and found[65].metric == "市级美丽乡村"
    planned = _quantities("二、今后五年的任务\n到二〇三〇年，全县将共有省级美丽乡村40个。", date="2026-01-10")
    assert planned[40].kind == "target" and planned[40].metric == "省级美丽乡村"


def test_the_modal_inside_a_measure_is_no_part_of_it() -> None:
    found = _quantities("二、今年的工作\n今年医养结合试点要覆盖全市60%以上的乡镇，二氧化硫排放量要分别下降4%。", date="2026-01-10")
    assert found[60].metric == "医养结合试点覆盖全市乡镇"
    assert "要" not in found[4].metric


def test_a_bare_rate_of_the_act_a_count_before_counted_is_of_that_count_s_scheme() -> None:
    found = _quantities("二、过去一年\n新增工伤保险参保人数3.2万人，参保率达到91%；参保人数达到50万人，参保率92%。",
                        date="2026-01-10")
    assert found[91].metric == "工伤保险参保率"
    assert found[92].metric == "参保率"  # no scheme named before: none is made up


def test_a_share_of_things_named_before_it_is_of_those_that_do_what_follows() -> None:
    found = _quantities("二、今年工作\n规上工业企业80%开展数字化改造，全县学校100%配备心理健康教师。", date="2026-01-10")
    assert found[80].metric == "规上工业企业开展数字化改造"
    assert found[100].metric == "学校配备心理健康教师"


def test_a_share_of_an_industry_s_capacity_worked_on_names_the_works() -> None:
    found = _quantities("二、今年工作\n完成钢铁、建材行业60%以上产能超低排放改造。", date="2026-01-10")
    assert found[60].metric == "钢铁、建材行业产能超低排放改造"


def test_insured_counts_are_shared_by_the_schemes_listed_before_them() -> None:
    found = _quantities("二、过去一年\n养老保险、医疗保险参保人数分别达到35.2万人、48.6万人。", date="2026-01-10")
    assert found[35.2].metric == "养老保险参保人数" and found[48.6].metric == "医疗保险参保人数"


def test_a_goal_set_from_above_that_a_rate_passes_is_that_rate_s() -> None:
    found = _quantities("二、过去一年\n污水集中收集率达到72%，超过省下达目标3个百分点。", date="2026-01-10")
    assert found[3].metric == "污水集中收集率超过省下达目标"


def test_a_bare_change_after_a_clause_that_raises_a_level_is_that_level_s() -> None:
    found = _quantities("二、过去五年\n连续五年提高城乡低保保障标准，年均增长9%。", date="2021-01-10")
    assert found[9].metric == "城乡低保保障标准年均增长"


def test_this_year_s_investment_after_a_whole_is_of_the_same_projects() -> None:
    found = _quantities("二、今年工作\n实施市重点项目80个，总投资560亿元、年度投资150亿元。", date="2026-01-10")
    assert found[150].metric == found[560].metric.removesuffix("总投资") + "年度投资"
    assert found[150].metric.endswith("重点项目年度投资")


def test_the_course_of_a_sporting_event_is_part_of_its_name() -> None:
    found = _quantities("二、今年工作\n举办环湖100公里徒步等群众体育赛事，新建骑行绿道85公里。")
    assert 100 not in found
    assert found[85].metric.endswith("骑行绿道")
    # (an earlier rule kept such a course as a quantity, its metric cut at the events: 举办环东湖骑行)
    assert 50 not in _quantities("二、今年的工作\n举办环东湖50公里骑行等全民健身品牌活动。\n", date="2026-01-10")


def test_kinds_of_firms_listed_before_a_count_are_counted_together() -> None:
    found = _quantities("二、今年工作\n培育骨干企业20家以上，省级专精特新企业、隐形冠军、瞪羚企业超过90家。")
    assert found[90].metric == "省级专精特新企业、隐形冠军、瞪羚企业"
    assert found[20].metric == "培育骨干企业"


def test_kinds_of_one_fund_listed_after_the_verb_that_spends_them_share_its_amount() -> None:
    found = _quantities("一、2025年工作回顾\n县财政安排农村留守老人关爱服务专项补助、居家养老补助3600万元，比上年增加400万元。\n",
                        date="2026-01-20")
    assert found[3600].metric == "农村留守老人关爱服务专项补助、居家养老补助"
    assert found[400].metric == "农村留守老人关爱服务专项补助、居家养老补助比上年增加"


def test_a_number_opening_a_list_item_counts_what_follows_it() -> None:
    found = _quantities("一、2025年工作回顾\n重点产业产值、120家骨干企业营业收入分别占规上工业的81.5%和36.2%。"
                        "全年完成两轮巡查、46个问题全部整改。\n", date="2026-01-20")
    assert (found[120].metric, found[120].evidence) == ("骨干企业", "120家骨干企业")
    assert found[46].evidence.startswith("46个")  # the item before is none of its evidence


def test_a_bare_cap_after_a_schemes_share_is_the_schemes_cap() -> None:
    found = _quantities("一、2025年工作回顾\n困难群众医疗救助比例提高到70%，最高限额达到3万元。\n", date="2026-01-20")
    assert found[3].metric == "困难群众医疗救助最高限额"


def test_what_is_brought_in_is_what_a_count_after_the_verb_counts() -> None:
    found = _quantities("一、2025年工作回顾\n生物医药产业园新引入12家研发机构。\n", date="2026-01-20")
    assert found[12].metric.endswith("研发机构")


def test_a_goal_frame_after_the_counted_noun_is_no_part_of_it() -> None:
    found = _quantities("二、今年的工作\n实现每个县培育3个以上特色产业园的目标。\n", date="2026-01-20")
    assert found[3].metric == "每个县培育特色产业园"
    found = _quantities("一、2025年工作回顾\n顺利完成36个贫困村出列的任务。\n", date="2026-01-20")
    assert found[36].metric == "贫困村出列"


def test_the_copula_tying_a_figure_to_what_it_is_is_no_part_of_the_measure() -> None:
    found = _quantities("一、2025年工作回顾\n全年追加投资12亿元，其中有5亿元是用于改造老旧供水管网。\n", date="2026-01-20")
    assert found[5].metric == "用于改造老旧供水管网"


def test_people_counted_before_what_each_of_them_gets_are_the_people() -> None:
    found = _quantities("一、2025年工作回顾\n全年2.6万名困难群众低保金人均每月增加35元，兜底保障持续加强。\n", date="2026-01-20")
    assert (found[2.6].metric, found[2.6].evidence) == ("困难群众", "全年2.6万名困难群众")
    assert found[35].metric == "困难群众低保金人均每月增加"


def test_what_each_place_is_to_build_up_is_counted_for_each_place() -> None:
    found = _quantities("二、今年的工作\n支持每个县（区）做强1-2个特色产业园。\n", date="2026-01-20")
    assert found[1].metric == "每个县（区）做强特色产业园"
    found = _quantities("二、今年的工作\n各园区分别聚焦2个主导产业，每个乡镇建设1所标准化卫生院。\n", date="2026-01-20")
    assert (found[2].metric, found[1].metric) == ("各园区聚焦主导产业", "每个乡镇建设标准化卫生院")


def test_a_rank_in_a_name_does_not_end_the_list_a_count_sums_up() -> None:
    found = _quantities("二、今年的工作\n力争新引进中国500强企业、上市公司和行业领军企业12家以上。\n", date="2026-01-20")
    assert found[12].metric == "新引进中国500强企业、上市公司和行业领军企业"
    assert 500 not in found


def test_a_list_closed_by_he_takes_its_share_together() -> None:
    found = _quantities("一、2025年工作回顾\n全年县级投资中，教育医疗、城乡供水、道路交通和文化体育占36.5%，"
                        "产业园区建设占21.4%。", date="2026-01-20")
    assert found[36.5].metric == "教育医疗、城乡供水、道路交通和文化体育占比"
    assert found[21.4].metric == "产业园区建设占比"  # the next share's clause is its own


def test_how_many_years_running_a_figure_held_is_no_part_of_its_measure() -> None:
    found = _quantities("一、过去五年\n茶叶产量连续3年占全省三成以上，市本级行政支出连续5年压减比例超4%。", date="2026-01-20")
    assert found[3].metric == "茶叶产量占全省"
    assert found[4].metric == "市本级行政支出压减比例"
    assert "连续3年" in found[3].evidence  # the evidence keeps the words as written


def test_a_long_share_keeps_its_owner_tied_by_de_whole() -> None:
    found = _quantities("一、过去五年\n卫生职业学校的在校生占全市中等职业教育总人数的35%以上。", date="2026-01-20")
    assert found[35].metric.startswith("卫生职业学校的在校生占")
    # a work done to the owner is still no part of it
    found = _quantities("二、今年的工作\n完成全市独立设置的老年医学科占二级以上综合性医院比例超过50%。\n", date="2026-01-10")
    assert found[50].metric.startswith("老年医学科")


def test_what_a_sum_would_buy_is_no_target() -> None:
    found = _quantities("二、今年工作\n这笔资金如用之于交通建设，则可以新建公路五百公里以上。今年新建公路二百公里。")
    assert 500 not in found
    assert found[200].kind == "target"
    # what a change would cost, reckoned with 则虽然
    found = _quantities("二、今后的任务\n如果再把八百万亩粮田改种薯类，则虽然每年减少粮食十亿斤，但能增产薯类五十亿斤。"
                        "今年新建水库三座。\n", date="1955-07-05")
    assert 10 not in found and 50 not in found


def test_the_highest_of_the_figures_a_measure_gave_is_that_measures_highest() -> None:
    found = _quantities("一、过去五年\n各县粮食产量平均每年的增长速度都在百分之五以上，高的达到百分之九点二。\n", date="2026-01-20")
    assert found[9.2].metric == "各县粮食产量平均每年增长速度最高"


def test_a_part_of_a_net_increase_is_a_net_increase_too() -> None:
    found = _quantities("一、2025年工作回顾\n净增经营主体12.6万户，其中企业3.1万户。\n", date="2026-01-20")
    assert found[3.1].metric == "净增企业"


def test_a_noun_list_closed_by_he_is_counted_whole() -> None:
    found = _quantities("一、过去一年\n开工项目12个，示范园、科技园、孵化器和众创空间达到45家。", date="2026-01-20")
    assert found[45].metric == "示范园、科技园、孵化器和众创空间"


def test_the_whole_a_share_is_taken_of_is_no_count_of_its_own() -> None:
    found = _quantities("一、过去一年\n达到标准的已有六十个县，占全省一百零八个县的百分之五十六。", date="1960-04-01")
    assert 108 not in found
    assert found[56].evidence.startswith("占全省一百零八个县的")
    assert found[60].value == 60


def test_a_statistical_sector_whose_name_holds_a_comma_is_one_noun() -> None:
    found = _quantities("一、过去一年\n服务业平稳运行，交通运输、仓储和邮政业增长6.5%。", date="2026-01-20")
    assert found[6.5].metric == "交通运输、仓储和邮政业增长"


def test_the_term_a_report_s_note_glosses_is_no_figure_again() -> None:
    text = ("二、今年工作\n新增就业2万人，建成8个区域中心[1]。\n附注\n[1]8个区域中心：即新建100个村级文化广场、"
            "80个卫生室等8个区域中心。\n")
    found = _quantities(text, date="2026-01-20")
    assert found[2].kind == "target"
    eights = [q.evidence for q in luoshi.document_from_text(text, date="2026-01-20").quantities if q.value == 8]
    assert eights == ["建成8个区域中心[1]"]  # the note's term is no figure again; its body is read
    assert found[100].kind == "target"


def test_how_an_average_yearly_growth_is_reckoned_is_no_part_of_its_measure() -> None:
    found = _quantities("一、过去五年\n地区生产总值2025年达到920亿元，按可比价格计算平均每年增长6.1%。", date="2026-01-20")
    assert found[6.1].metric == "地区生产总值平均每年增长"


def test_works_done_in_a_part_of_town_are_named_after_their_length() -> None:
    found = _quantities("二、今年工作\n完成新区3.5公里污水管网，建成起步区12公里雨水管网。", date="2013-02-28")
    assert found[3.5].metric == "新区污水管网"
    assert found[12].metric == "起步区雨水管网"


def test_a_number_merged_into_fewer_stood_at_the_start_of_the_span() -> None:
    found = _quantities("一、过去五年工作回顾\n这五年，改革不断深化。市属国有企业由48户整合至9户。", date="2026-01-27")
    assert found[48].deadline_year == 2020
    assert found[9].deadline_year == 2025


def test_the_size_of_a_building_of_a_named_place_names_the_building() -> None:
    found = _quantities("二、今年工作\n确保万达广场12万平方米购物中心年内开业，建成科技园5万平方米标准厂房。", date="2013-02-28")
    assert found[12].metric == "万达广场购物中心"
    assert found[5].metric == "科技园标准厂房"


def test_this_span_of_years_is_no_part_of_the_measure() -> None:
    found = _quantities("一、过去五年工作回顾\n这五年共建成农村公路3万公里，这两年新增城镇就业12万人。", date="2021-01-20")
    assert found[3].metric == "建成农村公路"
    assert found[12].metric == "新增城镇就业"


def test_the_whole_nation_whose_food_is_meant_is_no_count() -> None:
    found = _quantities("二、今年工作\n必须把14亿中国人的饭碗牢牢端在自己手中，保障好14亿人的粮食安全。"
                        "基本医疗保险覆盖13.5亿人。", date="2024-03-05")
    assert 14 not in found
    assert found[13.5].metric == "基本医疗保险覆盖"


def test_the_whole_a_share_is_taken_of_may_be_named_before_its_size() -> None:
    found = _quantities("一、过去一年\n共有三千六百万亩棉田，占棉田实收面积八千五百多万亩的百分之四十二。", date="1960-04-01")
    assert 8500 not in found
    assert found[42].evidence.startswith("占棉田实收面积")


def test_the_role_of_things_there_already_is_no_count() -> None:
    found = _quantities("二、今年工作\n发挥市区2个国家级开发区引领作用，新建标准厂房20万平方米。", date="2026-01-20")
    assert 2 not in found
    assert found[20].kind == "target"


def test_the_he_of_hemei_villages_is_no_join() -> None:
    found = _quantities("一、过去一年\n村集体经济经营性收入50万元以上的行政村占比达68%，和美乡村覆盖率达73%。", date="2026-01-14")
    assert found[73].metric == "和美乡村覆盖率"


def test_a_count_of_what_a_work_links_keeps_the_linking_verb() -> None:
    found = _quantities("一、过去一年\n连通36个古村落的乡村旅游环线建成开放。建成贯通8个乡镇的农村公路等项目。", date="2026-01-14")
    assert found[36].metric == "连通古村落的乡村旅游环线建成开放"  # not 36 loops
    assert found[8].metric == "建成贯通乡镇的农村公路"


def test_another_owner_named_alone_after_a_measure_has_that_measure() -> None:
    found = _quantities("一、过去一年\n东升集团营业收入超800亿元，华宇集团达320亿元。临河区地区生产总值增长6.5%，城西县达到7%。"
                        "南湖公司达到12家。", date="2026-01-14")
    assert (found[320].metric, found[7].metric) == ("华宇集团营业收入", "城西县地区生产总值增长")
    assert found[12].metric != "南湖公司营业收入"  # no measure before it in its sentence


def test_a_count_closed_by_its_de_counts_things_of_the_kind_before() -> None:
    found = _quantities("一、过去一年\n全年施工的技术改造项目六千个，全部竣工的两千五百个，部分投产的一千二百个。"
                        "培育产值过100亿元的企业2家、过50亿元的5家。", date="1986")
    assert (found[2500].metric, found[1200].metric) == ("全部竣工的技术改造项目", "部分投产的技术改造项目")
    assert found[5].metric != "过50亿元的企业的企业"
    assert not found[5].metric.startswith("过")  # a size class keeps the act before it


def test_an_investment_before_the_works_it_opens_is_theirs() -> None:
    found = _quantities("二、今年工作\n开工建设总投资超300亿元重点水利工程，推进计划总投资80亿元城市更新项目建设。", date="2026-01-14")
    assert (found[300].metric, found[80].metric) == ("重点水利工程总投资", "城市更新项目总投资")


def test_a_must_before_the_measure_is_no_part_of_it() -> None:
    found = _quantities("二、今年工作\n一定要守住全县耕地不少于80万亩。必须守住基本农田不少于60万亩。", date="2026-01-14")
    assert (found[80].metric, found[60].metric) == ("守住全县耕地", "守住基本农田")


def test_the_goal_a_measure_is_compared_with_is_that_measure_s() -> None:
    found = _quantities("一、过去一年\n全市一般公共预算收入增长4.1%，低于6%的预期目标。", date="2026-01-14")
    assert found[6].metric == "一般公共预算收入增长预期目标"


def test_a_firm_s_yearly_output_named_alone_in_a_project_list_is_its_capacity() -> None:
    found = _quantities("二、今年工作\n加快华联纺织年产3000万米高档面料、城东水厂等一批续建项目。我县年产粮食50万吨。", date="2026-01-14")
    assert found[3000].metric == "华联纺织高档面料设计产能"
    assert "设计产能" not in found[50].metric  # no firm: the county's harvest


def test_a_ratio_of_cutting_at_the_end_of_a_respective_list_is_each_member_s() -> None:
    found = _quantities("一、过去一年\n审批时限和申报材料压缩比分别达到60%和45%。", date="2026-01-14")
    assert (found[60].metric, found[45].metric) == ("审批时限压缩比", "申报材料压缩比")


def test_the_level_after_a_monthly_rise_is_the_measure_s_own() -> None:
    found = _quantities("一、过去一年\n城乡居民基础养老金人均月增20元、达210元。", date="2026-01-14")
    assert (found[20].metric, found[210].metric) == ("城乡居民基础养老金人均月增", "城乡居民基础养老金人均月")


def test_where_a_growth_to_come_starts_is_what_there_is_now() -> None:
    found = _quantities("二、今年工作\n全县省级重点实验室将由12个发展到20个。", date="2026-01-14")
    assert found[12].kind == "fact" and found[12].deadline_year == 2025
    assert found[20].kind == "target" and found[20].deadline_year == 2026


def test_a_first_time_reached_is_no_part_of_the_measure() -> None:
    found = _quantities("一、过去一年\n首次实现全年发电量和售电量双双超过500亿千瓦时。", date="2026-01-14")
    assert found[500].metric == "发电量和售电量"


def test_a_sum_made_is_measured_by_its_amount_not_the_act() -> None:
    found = _quantities("一、过去一年\n全县规上工业实现利润12.6亿元，增长8.1%。脱贫人口实现就业3.2万人。", date="2026-01-14")
    assert (found[12.6].metric, found[8.1].metric) == ("规上工业利润", "规上工业利润增长")
    assert found[3.2].metric == "脱贫人口实现就业"  # an outcome counted keeps its verb


def test_despite_what_is_no_part_of_the_change() -> None:
    found = _quantities("一、过去一年\n受旱灾影响，全县的粮食总产量仍然增加了3.5万吨。", date="2026-01-14")
    assert found[3.5].metric == "粮食总产量增加"


def test_works_said_once_after_a_list_opened_by_how_they_start_are_each_item_s() -> None:
    found = _quantities("二、今年工作\n有序实施12个城中村和9个老旧小区改造。启动6个棚户区、4个老旧街区改造。", date="2026-01-14")
    assert (found[12].metric, found[6].metric) == ("城中村改造", "棚户区改造")


def test_a_park_or_institute_before_a_count_owns_the_firms_or_projects_after_it() -> None:
    found = _quantities("一、过去一年\n光电产业园已有35家企业入驻，省农科院研究所9个项目落户示范区。全区16个项目获得奖补。",
                        date="2026-01-14")
    assert (found[35].metric, found[9].metric) == ("光电产业园企业入驻", "省农科院研究所项目落户示范区")
    assert found[16].metric == "项目获得奖补"  # a scope is no holder


def test_what_is_set_up_is_the_noun_after_the_count() -> None:
    found = _quantities("一、过去一年\n新设置12所公办幼儿园。", date="2026-01-14")
    assert found[12].metric == "公办幼儿园"


def test_a_second_spending_of_the_projects_counted_is_theirs_too() -> None:
    found = _quantities("一、过去一年\n其中续建项目36个，计划投资85亿元，完成投资61亿元。", date="2026-01-14")
    assert found[61].metric == "续建项目完成投资"


def test_an_investment_after_works_strengthened_or_sped_up_is_theirs() -> None:
    found = _quantities("二、今年工作\n持续加强城乡供水管网建设，完成投资8亿元。城区排涝、河道清淤等防洪工程加快建设，完成投资3亿元。",
                        date="2026-01-14")
    assert (found[8].metric, found[3].metric) == ("城乡供水管网完成投资", "防洪工程完成投资")


def test_an_item_s_number_is_no_part_of_the_evidence() -> None:
    found = _quantities("二、今年工作\n（3）新建公办幼儿园5所。（4）城乡低保标准分别提高10%、12%。\n", date="2026-01-14")
    assert (found[5].evidence, found[10].evidence) == ("新建公办幼儿园5所", "城乡低保标准分别提高10%")


def test_a_count_its_的_modifies_before_a_count_of_its_parts_opens_its_noun() -> None:
    found = _quantities("二、今年工作\n对全县产业发展带关键性的12个科技项目的40个课题进行攻关。", date="2026-01-14")
    assert found[12].metric == "全县产业发展带关键性的科技项目"


def test_subjects_told_a_clause_before_a_modal_and_分别_are_each_figure_s() -> None:
    found = _quantities("二、今年工作\n钢材和水泥的产量，将分别增长6.5%和4.5%。", date="2026-01-14")
    assert (found[6.5].metric, found[4.5].metric) == ("钢材产量增长", "水泥产量增长")


def test_the_counterpart_of_the_measure_before_said_bare_is_measured_the_same_way() -> None:
    found = _quantities("一、过去一年\n全县实际到位外资3.2亿美元、内资56亿元。", date="2026-01-14")
    assert found[56].metric == "实际到位内资"


def test_handling_rates_said_respectively_after_proposals_are_of_their_handling() -> None:
    found = _quantities("一、过去一年\n办理人大代表建议和政协提案312件，落实率、满意率分别达96%和98.5%。", date="2026-01-14")
    assert (found[96].metric, found[98.5].metric) == ("建议提案办理落实率", "建议提案办理满意率")


def test_an_example_s_year_and_a_year_after_the_subject_are_no_part_of_the_measure() -> None:
    found = _quantities("一、过去一年\n自给率有了提高，如2024年钢材的自给率达到92%。县财政去年用于防汛的支出共达1.6亿元。",
                        date="2025-01-14")
    assert (found[92].metric, found[1.6].metric) == ("钢材的自给率", "县财政用于防汛的支出")
    assert _quantities("一、过去一年\n工业产值比去年增长6%。", date="2025-01-14")[6].metric == "工业产值比去年增长"


def test_a_total_after_a_list_holding_a_quoted_name_is_of_the_whole_list() -> None:
    found = _quantities("二、今年工作\n新开通“定制快线+预约响应”山区城乡公交线路、城际巴士线路、镇村公交线路共35条。",
                        date="2026-01-14")
    assert found[35].metric == "新开通“定制快线+预约响应”山区城乡公交线路、城际巴士线路、镇村公交线路"


def test_the_graduates_a_year_brings_are_a_fact_and_those_helped_a_target() -> None:
    found = _quantities("二、今年工作\n今年全省高校毕业生将达45万人，要帮扶高校毕业生2万人就业。", date="2026-01-14")
    assert (found[45].kind, found[45].deadline_year, found[2].kind) == ("fact", 2026, "target")


def test_about_before_a_share_is_its_bound_not_part_of_the_measure() -> None:
    found = _quantities("全厂后勤人员约占职工总数的五分之一。全县林地大约占国土面积的40%。", date="2024-03-01")
    assert (found[0.2].metric, found[0.2].comparator) == ("全厂后勤人员占职工总数", "about")
    assert found[40].metric == "林地占国土面积"


def test_a_gap_to_the_average_after_a_share_is_the_shares() -> None:
    found = _quantities("一、2025年工作回顾\n全县林地占国土面积比例达到58.5%，近5年提升4个百分点，超过全省平均水平1.2个百分点。"
                        "农民人均可支配收入2.3万元，高于全国平均水平1500元。", date="2026-01-20")
    assert found[1.2].metric == "林地占国土面积比例超过全省平均水平"
    assert found[1500].metric == "农民人均可支配收入高于全国平均水平"


def test_staff_per_unit_keep_the_unit() -> None:
    found = _quantities("一、2025年工作回顾\n如期完成每千名老年人配备3名养老护理员目标。每所学校至少配备2名心理健康教师。",
                        date="2026-01-20")
    assert found[3].metric == "每千名老年人配备养老护理员"
    assert (found[2].metric, found[2].comparator) == ("每所学校配备心理健康教师", "at_least")


def test_what_counted_things_bring_about_is_no_part_of_their_noun() -> None:
    found = _quantities("一、2025年工作回顾\n300多场文化活动拉动旅游消费5亿元。12个产业基金带动社会投资200亿元。"
                        "打造10个带动作用强的特色街区。", date="2026-01-20")
    assert (found[300].metric, found[12].metric) == ("文化活动", "产业基金")
    assert found[10].metric.endswith("带动作用强的特色街区")


def test_how_little_a_plan_was_done_is_no_part_of_the_measure() -> None:
    found = _quantities("一、过去一年\n例如，县里的农田水利计划就只完成了百分之八十二。", date="2024-01-20")
    assert found[82].metric == "县里的农田水利计划"


def test_the_places_a_trial_reached_are_its_places() -> None:
    found = _quantities("一、过去五年\n2021年，综合改革试点扩大到15个省、自治区、直辖市。家庭医生签约试点范围扩大到320个县。",
                        date="2024-03-05")
    assert found[15].metric == "综合改革试点省、自治区、直辖市"
    assert found[320].metric == "家庭医生签约试点县"


def test_what_brought_a_rate_about_is_no_part_of_it() -> None:
    found = _quantities("一、2025年工作回顾\n“接诉即办”等新机制推动群众诉求办结率提高到96%。", date="2026-01-20")
    assert found[96].metric == "群众诉求办结率"


def test_how_well_counted_places_serve_is_no_part_of_what_is_counted() -> None:
    found = _quantities("二、2026年工作安排\n提升30所乡镇卫生院服务能力。提升12个脱贫县托底性帮扶质效。", date="2026-01-20")
    assert (found[30].metric, found[12].metric) == ("乡镇卫生院", "脱贫县")


def test_a_bare_measure_listed_after_an_owner_s_investment_is_the_owner_s() -> None:
    found = _quantities("一、2025年工作回顾\n储能产业投资增长45%、装机规模增长60%。", date="2026-01-20")
    assert found[60].metric == "储能产业装机规模增长"


def test_a_per_head_rise_after_what_was_raised_is_its() -> None:
    found = _quantities("一、2025年工作回顾\n乡村教师生活补助、村医补贴再次提高，年人均增加1800元。"
                        "城乡居民基础养老金连续3年增加，今年又人均提高6%。", date="2026-01-20")
    assert found[1800].metric == "乡村教师生活补助、村医补贴年人均增加"
    assert found[6].metric == "城乡居民基础养老金人均提高"


def test_what_a_measured_thing_did_not_do_is_no_part_of_it() -> None:
    found = _quantities("一、2025年工作回顾\n因预警及时，某镇120万立方米滑坡体整体滑移未造成人员伤亡。", date="2026-01-20")
    assert found[120].metric.endswith("滑坡体整体滑移")


def test_a_bare_mileage_is_of_the_roads_named_before_it() -> None:
    found = _quantities("一、2025年工作回顾\n全省5个县首次通了高速公路，新增里程320公里。", date="2026-01-20")
    assert found[320].metric == "高速公路新增里程"


def test_money_put_into_the_campaign_before_is_its() -> None:
    found = _quantities("一、2025年工作回顾\n全力攻坚农村饮水安全，投入3.6亿元，新建集中供水工程12处。", date="2026-01-20")
    assert found[3.6].metric == "农村饮水安全投入"


def test_members_after_a_first_per_unit_of_output_are_per_unit_too() -> None:
    found = _quantities("一、2025年工作回顾\n单位地区生产总值能耗和二氧化碳排放分别下降3.1%、4.2%。", date="2026-01-20")
    assert found[4.2].metric == "单位地区生产总值二氧化碳排放下降"


def test_a_bare_stage_after_the_works_pushed_is_theirs() -> None:
    found = _quantities("二、2026年工作安排\n加大城中村改造建设力度，今年新开工3000套以上，其中安置住房1200套。",
                        date="2026-01-20")
    assert found[3000].metric == "城中村改造新开工"
    assert found[1200].metric == "新开工安置住房"


def test_the_assessment_given_to_people_counted_is_their_service() -> None:
    found = _quantities("二、2026年工作安排\n为2万名困境、留守儿童进行心理健康评估干预。为800名独居老人进行健康评估。",
                        date="2026-01-20")
    assert found[2].metric == "困境、留守儿童心理健康评估干预"
    assert found[800].metric == "独居老人健康评估"


def test_a_long_noun_cut_at_its_reach_stops_before_what_the_counted_do() -> None:
    found = _quantities("二、2026年工作安排\n全市60家中小学食堂和校外供餐配送单位实现全流程检查评价及供餐质量评估。",
                        date="2026-01-20")
    assert not found[60].metric.endswith("评")  # not half a word
    assert "实现" not in found[60].metric
