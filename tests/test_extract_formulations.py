"""Formulations (提法): numbered names for fixed sets, each once, with count and members.

The sentences are written for these tests in the language of speeches and work reports.
"""

from __future__ import annotations

import json

import pytest

from luoshi.document import Formulation, Heading
from luoshi.extract.formulations import extract_formulations

from .conftest import shared_path


def names(text: str, outline: list[Heading] | None = None) -> dict[str, Formulation]:
    found = extract_formulations(text, outline or [])
    for f in found:
        assert text[f.start : f.end] == f.text, f
    return {f.text: f for f in found}


# --- what is a formulation ------------------------------------------------------------------------


def test_quoted_name_with_classifier_and_count():
    got = names("全县上下要奋力打造“三个高地”，全面实现“五个走在前列”的目标。")
    assert got["三个高地"].count == 3
    assert got["五个走在前列"].count == 5


def test_quoted_name_without_classifier():
    got = names("坚决纠治“四风”，持续抓好“三农”工作，落实“六稳”“六保”任务。")
    assert {k: f.count for k, f in got.items()} == {"四风": 4, "三农": 3, "六稳": 6, "六保": 6}


def test_traditional_script_stays_as_written():
    got = names("全市黨員幹部要堅定擁護“兩個確立”、堅決做到“兩個維護”。")
    assert got["兩個確立"].count == 2
    assert got["兩個維護"].count == 2


def test_big_classifier_is_a_name_without_quotes():
    got = names("构建联通三大城市群的交通网络，打造五大现代产业集群。")
    assert "三大城市群" in got
    assert got["五大现代产业集群"].count == 5


def test_abstract_head_is_a_name_without_quotes():
    got = names("各级干部要增强四个意识，统筹国内国际两个大局。")
    assert set(got) == {"四个意识", "两个大局"}


def test_numbered_name_at_the_end_of_a_quoted_slogan():
    got = names("围绕市委“深化七大改革、建设八个现代化新港城”的部署，扎实推进各项工作。")
    assert got["七大改革"].count == 7
    assert got["八个现代化新港城"].count == 8


def test_quoted_head_after_the_count_keeps_its_quotes():
    got = names("数控机床、工业软件、新型储能三大“攻关清单”加快实施。")
    f = got["三大“攻关清单”"]
    assert f.count == 3
    assert f.members == ["数控机床", "工业软件", "新型储能"]


def test_counts_of_ten_or_more():
    got = names("扎实推进“十个全覆盖”工程，实施“十二项民生工程”。")
    assert got["十个全覆盖"].count == 10
    assert got["十二项民生工程"].count == 12


def test_quoted_heads_that_start_with_a_function_word_or_hold_a_word_with_one():
    got = names("增强“四个与共”的共同体理念，落实“五个进一步到位”要求，建好“十小惠民工程”。")
    assert {k: f.count for k, f in got.items()} == {"四个与共": 4, "五个进一步到位": 5, "十小惠民工程": 10}


def test_each_formulation_once_at_its_first_occurrence():
    text = "推动“五个中心”建设。到2030年，“五个中心”功能全面提升，五个中心能级显著增强。"
    found = extract_formulations(text, [])
    assert [f.text for f in found] == ["五个中心"]
    assert found[0].start == text.index("五个中心")


def test_unquoted_first_occurrence_is_the_one_given():
    text = "发挥五个中心的辐射作用。全面深化“五个中心”建设。"
    (f,) = extract_formulations(text, [])
    assert (f.start, f.end) == (2, 6)


# --- what is not ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "全县建设77个党建共同体，每个共同体覆盖6个村。",  # counts of things, in digits
        "新建两个污水处理厂，改造三个农贸市场。",  # counts of concrete things, no enumeration
        "向第二个百年奋斗目标进军。",  # ordinal
        "全面贯彻党的二十大精神和党的十九大以来的部署。",  # congresses
        "认真编制“十五五”规划，全面完成“十四五”目标，深入开展“八五”普法。",  # plan periods
        "粮食生产实现“十二连增”，外贸实现“五连快”。",  # frequencies
        "加快构筑数字经济“四梁八柱”，告别一穷二白的过去。",  # idioms
        "成为经济运行的一大亮点，推动“一网通办”。",  # names that count one
        "用好《关于支持民营经济发展的二十五条措施》。",  # a rule title with a count over ten
        "谋划“中心引领、两翼齐飞、多点支撑”的发展格局。",  # a phrase in a slogan of phrases
        "将四川、三亚、九江的经验在全省推广。",  # places
        "打造“九洲滨海活力带”，推进九州大道改造。",  # a place named with a numeral, quoted or not
        "用三个月时间完成整改，工期缩短两个多月。",  # durations
        "推广“三倍速”审批，产值达到“三成”以上，设立“十五冬”组委会。",  # measures, shares, ordinals
    ],
)
def test_not_formulations(text):
    assert names(text) == {}


def test_a_list_of_concrete_places_before_a_count_is_a_fact():
    assert names("推动安阳、商丘、信阳三个城市联动发展，加快建设。") == {}


# --- members --------------------------------------------------------------------------------------


def test_members_listed_before_the_name():
    got = names("大力推进乡村产业、人才、文化、生态、组织“五个振兴”。")
    assert got["五个振兴"].members == ["乡村产业", "人才", "文化", "生态", "组织"]


def test_members_before_the_name_joined_by_and():
    got = names("充分调动省和市县两个积极性，形成工作合力。")
    assert got["两个积极性"].members == ["省", "市县"]


def test_unquoted_count_with_a_list_is_a_name_when_used_again():
    text = "把东城、西城、南城三个新区打造成增长极。以三个新区建设为抓手，优化空间布局。"
    got = names(text)
    assert got["三个新区"].members == ["东城", "西城", "南城"]
    assert got["三个新区"].start == text.index("三个新区")


def test_members_after_a_colon():
    got = names("全省重点实施“四大工程”：强基工程、育苗工程、护航工程、领航工程。")
    assert got["四大工程"].members == ["强基工程", "育苗工程", "护航工程", "领航工程"]


def test_members_after_ji_with_the_clause_that_holds_the_head():
    text = (
        "全力建设“三个强区”，即建设工业强区，工业增加值年均增长8%；建设农业强区，粮食产量稳定在"
        "50万吨以上；建设文化强区，创成省级文明城市。"
    )
    got = names(text)
    assert got["三个强区"].members == ["工业强区", "农业强区", "文化强区"]


def test_members_after_ji_shared_by_two_names():
    text = (
        "奋力打造“两个基地”、实现“两个领先”，即建设能源基地，产业规模全省领先；"
        "建设粮食基地，单产水平全省领先。"
    )
    got = names(text)
    assert got["两个基地"].members == ["能源基地", "粮食基地"]
    assert got["两个领先"].members == ["产业规模全省领先", "单产水平全省领先"]


def test_members_in_a_glossary_after_is_meant():
    text = "持续实施“两改”政策。\n名词解释\n1.“两改”：是指老旧小区改造和城中村改造。"
    got = names(text)
    assert got["两改"].members == ["老旧小区改造", "城中村改造"]


def test_members_in_a_numbered_glossary_entry():
    text = "全市三大支柱产业［3］加快成长。\n注释\n［3］三大支柱产业：\n装备制造、绿色化工、文化旅游。"
    assert names(text)["三大支柱产业"].members == ["装备制造", "绿色化工", "文化旅游"]


def test_members_from_yi_shi_er_shi_after_the_name():
    text = "今年重点推进三项改革。一是深化财税体制改革，完善预算制度。二是推进国资国企改革，优化布局。三是深化农村改革，盘活资源。"
    got = names(text)
    assert got["三项改革"].members == ["深化财税体制改革", "推进国资国企改革", "深化农村改革"]


def test_yi_shi_list_with_more_items_than_the_count_is_not_its_members():
    text = "重点抓好“两项改革”。一是深化财税改革。二是推进国企改革。三是深化农村改革。"
    assert names(text)["两项改革"].members == []


def test_yi_shi_after_another_sentence_is_not_the_names():
    text = (
        "坚定“四个自信”，当好决策部署的执行者、行动派、实干家。一是坚持依法行政。二是坚持干字当头。"
        "三是坚持人民至上。四是坚持严的基调。"
    )
    assert names(text)["四个自信"].members == []


def test_members_are_the_paragraphs_a_dash_heading_introduces():
    text = (
        "——四条新路。我们要闯出高质量发展的新路子。\n"
        "一是山地特色产业生态路，做强特色农业。\n"
        "二是城乡融合发展路，推进新型城镇化。\n"
        "三是内陆开放合作路，融入共建“一带一路”。\n"
        "四是民生共享幸福路，办好民生实事。"
    )
    assert names(text)["四条新路"].members == ["山地特色产业生态路", "城乡融合发展路", "内陆开放合作路", "民生共享幸福路"]


def test_members_are_the_headings_of_the_sections_the_name_introduces():
    text = "今年要突出抓好“三大任务”：\n（一）稳增长\n加快项目建设。\n（二）促改革\n深化改革。\n（三）惠民生\n办好实事。\n二、其他工作"
    outline = []
    for marker, title, level in (("（一）", "稳增长", 2), ("（二）", "促改革", 2), ("（三）", "惠民生", 2), ("二、", "其他工作", 1)):
        start = text.index(marker + title)
        outline.append(Heading(level=level, marker=marker, title=title, start=start, end=start + len(marker + title)))
    assert names(text, outline)["三大任务"].members == ["稳增长", "促改革", "惠民生"]


def test_headings_that_do_not_share_the_head_belong_to_another_name():
    text = "全面实施“三大战略”，力争实现“三个突破”。\n（一）创新驱动战略\n（二）开放带动战略\n（三）人才强市战略"
    outline = []
    for i, title in enumerate(("创新驱动战略", "开放带动战略", "人才强市战略")):
        marker = f"（{'一二三'[i]}）"
        start = text.index(marker)
        outline.append(Heading(level=2, marker=marker, title=title, start=start, end=start + len(marker + title)))
    got = names(text, outline)
    assert got["三大战略"].members == ["创新驱动战略", "开放带动战略", "人才强市战略"]
    assert got["三个突破"].members == []


def test_members_sharing_the_head_after_the_name():
    text = "奋力建设“三个中心”。打造区域金融中心，服务实体经济。打造国际物流中心，畅通内外循环。打造科技创新中心，集聚创新资源。"
    assert names(text)["三个中心"].members == ["区域金融中心", "国际物流中心", "科技创新中心"]


def test_members_as_quoted_terms_sharing_a_one_character_head():
    text = "聚焦“两园”建设。\n高标准建设“美丽庄园”，完善基础设施。\n高水平建设“科技农园”，推广智慧农业。"
    assert names(text)["两园"].members == ["美丽庄园", "科技农园"]


def test_members_from_a_list_elsewhere_that_ends_with_the_head():
    text = "基本建成国际经济、金融、贸易、航运、科创中心。今后五年，要深化“五个中心”建设。"
    assert names(text)["五个中心"].members == ["国际经济", "金融", "贸易", "航运", "科创中心"]


def test_places_building_one_kind_of_thing_are_no_members_of_a_name_elsewhere():
    text = "布局建设兰州、天水、河西地区数据中心。支持兰州建设物流枢纽、加快“三个中心”建设。"
    assert names(text)["三个中心"].members == []


def test_a_name_inside_a_list_takes_no_members_from_it():
    text = "坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想。兜牢财政、基层“三保”、债务底线。"
    got = names(text)
    assert got["三个代表"].members == []
    assert got["三保"].members == []


def test_member_count_must_match():
    got = names("推进产业、人才、文化“五个振兴”。")
    assert got["五个振兴"].members == []


# --- the dev documents ----------------------------------------------------------------------------


def test_dev_gold_formulations_found():
    """Nearly every required formulation of the dev gold is found in its document, with its count."""
    gold = [json.loads(line) for line in shared_path("gold", "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    from luoshi.pipeline import read_document

    missed, required = [], 0
    for g in gold:
        if "formulations" not in g:
            continue
        doc = read_document(shared_path("gold", g["file"]))
        got = {f.text.replace("“", "").replace("”", ""): f for f in extract_formulations(doc.text, [])}
        for f in g["formulations"]:
            if f.get("optional"):
                continue
            required += 1
            if f["text"] not in got or got[f["text"]].count != f["count"]:
                missed.append(f["text"])
    assert required and len(missed) <= 0.05 * required, missed


# --- boundaries and members far from the name (issue 13) ------------------------------------------


def test_a_name_keeps_its_own_noun_and_drops_the_word_after_it():
    found = names("全市上下要牢固树立五大发展理念，扎实推进六大产业建设，切实抓好三项基本要求落实。")
    assert {"五大发展理念", "六大产业"} <= set(found)
    assert not {"五大发展", "六大产业建设"} & set(found)


def test_members_of_a_one_character_name_follow_in_its_sentence():
    found = names("县里要坚决扛起“四保”责任，保民生、保运转、保工资、保安全，一项也不能少。")
    assert found["四保"].members == ["保民生", "保运转", "保工资", "保安全"]
    # a list that does not open with the head is another list
    found = names("县里要坚决扛起“四保”责任，民生、运转、工资、安全都要兼顾。")
    assert found["四保"].members == []


def test_members_of_short_names_in_the_next_sentence():
    found = names("我们今年推出“三个十万”行动。新增市场主体十万户，培训农民工十万人次，回引人才十万名。")
    assert found["三个十万"].members == ["新增市场主体十万户", "培训农民工十万人次", "回引人才十万名"]
    found = names("改造提升“老三样”。陶瓷、纺织、机械是全区的家底，要加快智能化改造。")
    assert found["老三样"].count == 3
    assert found["老三样"].members == ["陶瓷", "纺织", "机械"]
    found = names("力争实现“两个90%”，即农村自来水普及率达到90%、规模化供水覆盖率达到90%。")
    assert found["两个90%"].members == ["农村自来水普及率达到90%", "规模化供水覆盖率达到90%"]


def test_members_announced_a_sentence_or_two_later():
    text = ("今年全镇要紧盯“三大重点”不放松。这是镇党委反复研究确定的。"
            "具体来说，就是要抓好园区扩容、集镇改造、村庄整治，确保年底见效。")
    assert names(text)["三大重点"].members == ["园区扩容", "集镇改造", "村庄整治"]
    # a word that only starts with 即 (即时零售) announces nothing
    text = "大力培育“两新”业态。发展即时零售、直播电商，扩大服务消费。"
    assert names(text)["两新"].members == []


def test_members_opening_the_sentence_after_a_name_that_goes_on():
    found = names("要把解决好“三农”问题作为全县工作的重中之重。农业、农村、农民问题，关系发展全局。")
    assert found["三农"].members == ["农业", "农村", "农民"]


def test_a_list_whose_items_each_came_down_as_the_name_says():
    found = names("全县盗窃案件、诈骗案件和涉案金额实现“三下降”，群众安全感持续提升。")
    assert found["三下降"].members == ["盗窃案件", "诈骗案件", "涉案金额"]
    # the scope that opens a short first item is no part of it; a longer item keeps it (a title's level)
    found = names("全市光伏、锂电池、新能源汽车“新三样”出口增长20%。")
    assert found["新三样"].members == ["光伏", "锂电池", "新能源汽车"]


def test_the_place_and_verb_that_open_a_list_are_no_part_of_its_first_member():
    found = names("全县在城市推行产业园区、旅游景区、城市新区“三区同建”，新城加快崛起。")
    assert found["三区同建"].members == ["产业园区", "旅游景区", "城市新区"]


def test_members_in_the_clauses_of_the_sentence_before_a_name_that_opens_its_own():
    found = names("到2030年，要在产业转型上继续走在前列，在生态保护上继续走在前列。“两个继续走在前列”是全县的奋斗目标。")
    assert found["两个继续走在前列"].members == ["产业转型上继续走在前列", "生态保护上继续走在前列"]


def test_a_verb_and_its_object_after_a_name_are_no_part_of_it():
    names = [f.text for f in extract_formulations("今年，我们紧扣四大会战抓落实、补短板，实施五大行动促发展、惠民生。", [])]
    assert names == ["四大会战", "五大行动"]


def test_members_quoted_in_the_next_sentence_or_opened_by_its_verb():
    text = "“三保”任务全面落实。认真落实中央关于“保就业、保民生、保主体”的要求，稳住经济基本盘。"
    assert [f.members for f in extract_formulations(text, [])] == [["保就业", "保民生", "保主体"]]
    text = "做好“三清”工作。全面开展清资产、清合同、清债务专项工作。"
    assert [f.members for f in extract_formulations(text, [])] == [["清资产", "清合同", "清债务"]]


def test_a_verb_that_widens_or_opens_a_list_of_bare_nouns_is_no_part_of_its_first():
    text = "今年要拓宽种植、养殖、务工、分红“四大增收渠道”，畅通产业、物流、金融“三条通道”。"
    assert [f.members for f in extract_formulations(text, [])] == [["种植", "养殖", "务工", "分红"],
                                                                  ["产业", "物流", "金融"]]


def test_a_programme_runs_on_to_its_head_and_a_glossary_entry_lists_only_its_own_names_members():
    text = "实施三大文旅发展重点工程。开展惠企“三服务”活动。\n名词解释\n四大计划：指现代农业提质计划、现代服务业提速计划、制造业升级计划、数字经济倍增计划。\n"
    found = {f.text: f.members for f in extract_formulations(text, [])}
    assert "三大文旅发展重点工程" in found
    assert found["三服务"] == []


def test_a_saying_with_one_number_is_no_formulation():
    assert extract_formulations("全县上下要强化“十个指头弹钢琴”的工作方法，统筹推进各项工作。", []) == []


def test_a_rankings_title_is_no_formulation_and_a_member_keeps_the_zai_of_its_word():
    assert extract_formulations("我市荣获“十佳宜居城市”，县融媒体中心获评“十大最具影响力县级融媒体”。", []) == []
    text = "做实“四张清单”，即储备清单、开工清单、在建清单、竣工清单。"
    assert [f.members for f in extract_formulations(text, [])] == [["储备清单", "开工清单", "在建清单", "竣工清单"]]


def test_the_subject_and_verb_before_a_list_of_principles_are_no_part_of_its_first():
    text = "我们始终恪守平等互利、合作共赢、开放包容“三项原则”。"
    assert [f.members for f in extract_formulations(text, [])] == [["平等互利", "合作共赢", "开放包容"]]
    text = "着力缩小城乡差距、区域差距、收入差距“三大差距”。"
    assert [f.members for f in extract_formulations(text, [])] == [["城乡差距", "区域差距", "收入差距"]]


def test_a_top_ten_a_place_is_ranked_among_is_no_name() -> None:
    found = names("在年度调查中，我市跻身居民幸福感最强的十大地级城市。全市实施三大攻坚行动。")
    assert "十大地级城市" not in found and "三大攻坚行动" in found


def test_a_journals_top_ten_is_no_name() -> None:
    found = names("本省科研团队成果入选《自然》年度十大突破。全省实施三大攻坚行动。")
    assert "十大突破" not in found and "三大攻坚行动" in found


def test_a_years_global_or_national_top_ten_is_no_name() -> None:
    found = names("锁边工程入选“2025全球十大工程成就”，秦代刻石入选2025国内十大考古新闻。全区实施三大攻坚行动。")
    assert "十大工程成就" not in found and "十大考古新闻" not in found and "三大攻坚行动" in found


def test_a_short_gloss_inside_a_member_is_read_through() -> None:
    text = "设置党的建设、经济生态（城市管理）、平安法治、民生服务“四板块”。"
    assert [f.members for f in extract_formulations(text, [])] == [["党的建设", "经济生态（城市管理）", "平安法治", "民生服务"]]
    text = "打造新材料产业中心、智能装备产业高地、电子信息（半导体）产业高地三张“产业名片”。"
    assert [f.members for f in extract_formulations(text, [])] == [
        ["新材料产业中心", "智能装备产业高地", "电子信息（半导体）产业高地"]]


def test_a_regions_top_few_a_work_is_among_is_no_name() -> None:
    found = names("凤凰咀遗址入选湖北六大考古新发现，雷剧入选广东反映改革开放题材四大剧目。全市实施四大攻坚行动。")
    assert "六大考古新发现" not in found and "四大剧目" not in found and "四大攻坚行动" in found


def test_members_of_one_character_each_written_together_in_quotes() -> None:
    text = "做强做优“牛羊菜果薯药粮种”八大产业集群。"
    assert [f.members for f in extract_formulations(text, [])] == [["牛", "羊", "菜", "果", "薯", "药", "粮", "种"]]
    # a quoted word or name of as many characters is no list of members
    assert [f.members for f in extract_formulations("实施“点亮乡村”四好农村路工程，推进“三大布局”四大产业。", [])] in (
        [[], []], [[]], [])


def test_the_verbs_of_correcting_before_a_list_are_no_part_of_its_first_member() -> None:
    text = "坚决防止和纠正拍脑袋决策、拍胸脯保证、拍屁股走人的“三拍”现象。"
    assert [f.members for f in extract_formulations(text, [])] == [["拍脑袋决策", "拍胸脯保证", "拍屁股走人"]]


def test_the_first_member_starts_where_the_others_all_open() -> None:
    text = "落实“四个不摘”要求。\n四个不摘：脱贫退出后摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。\n"
    members = ["摘帽不摘责任", "摘帽不摘政策", "摘帽不摘帮扶", "摘帽不摘监管"]
    assert [f.members for f in extract_formulations(text, [])] == [members]


def test_short_sentences_that_say_the_same_of_words_ending_with_the_head_are_members() -> None:
    text = ("全力增强“三力”。在经济实力上下功夫。做大经济总量。在创新能力上下功夫。建设创新平台。"
            "在发展活力上下功夫。深化重点改革。")
    assert [f.members for f in extract_formulations(text, [])] == [["经济实力", "创新能力", "发展活力"]]


def test_as_many_examples_as_the_quoted_name_counts_are_its_members() -> None:
    text = "培育生物制造、氢能、脑机接口、具身智能等“四新”未来产业。"
    assert [f.members for f in extract_formulations(text, [])] == [["生物制造", "氢能", "脑机接口", "具身智能"]]


def test_the_list_after_the_last_he_of_a_longer_clause_is_the_names() -> None:
    text = "推进高校职称评聘改革、事业单位分配改革和项目评审、机构评估、人才评价、成果评奖“四评”改革。"
    assert [f.members for f in extract_formulations(text, [])] == [["项目评审", "机构评估", "人才评价", "成果评奖"]]


def test_an_adverb_before_what_all_members_open_with_is_no_part_of_the_first() -> None:
    text = "优先保障“三保”支出。坚持厉行节约，着力保工资、保运转、保基本民生，实现非“三保”公用经费零增长。"
    assert [f.members for f in extract_formulations(text, [])] == [["保工资", "保运转", "保基本民生"]]


def test_foreign_trade_is_a_word_inside_a_name_and_outside_ends_one() -> None:
    texts = [f.text for f in extract_formulations("打造八大专精特新外贸优品集群，推动两大园区外溢发展。", [])]
    assert "八大专精特新" not in texts
    assert "两大园区" in texts


def test_whose_the_name_is_repeated_before_the_first_member_of_its_gloss_is_no_part_of_it() -> None:
    text = "推进社区网格“四有”建设。\n社区网格“四有”：指社区网格有场地、有队伍、有经费、有制度。"
    assert names(text)["四有"].members == ["有场地", "有队伍", "有经费", "有制度"]
    text = "推进城区“三化”。\n城区“三化”：指城区绿化、城区亮化、城区美化。"
    assert names(text)["三化"].members == ["城区绿化", "城区亮化", "城区美化"]


def test_whose_the_members_are_rides_on_the_first_of_a_list_before_the_name() -> None:
    text = "实施中小学生睡眠、饮食、运动、阅读等“四个好习惯”养成行动。"
    assert names(text)["四个好习惯"].members == ["睡眠", "饮食", "运动", "阅读"]


def test_a_list_whole_before_its_semicolon_ends_there() -> None:
    found = names("建立帮扶机制：采取两种走访方式：入户走访、电话回访；落实八项帮扶措施：产业、就业、医疗、教育等。")
    assert found["两种走访方式"].members == ["入户走访", "电话回访"]


def test_the_count_of_a_group_a_member_closes_is_no_part_of_it() -> None:
    found = names("发展“五大业态”：即“山养、水养、林养”三大生态业态和康养制造、康养服务两大产业。")
    assert found["五大业态"].members == ["山养", "水养", "林养", "康养制造", "康养服务"]


def test_seasons_counted_are_no_name() -> None:
    found = names("坚持“四季栽植、三季养护”，办好“四季村晚”。")
    assert not any(name.startswith(("四季", "三季")) for name in found)


def test_accounts_are_named_without_their_head() -> None:
    found = names("要算好土地、资金、人才“三本账”，防止项目一哄而上。")
    assert found["三本账"].members == ["土地", "资金", "人才"]


def test_each_item_of_a_list_doubled_is_a_member() -> None:
    found = names("全县财政收入、农民收入、工业产值实现“三个翻番”，群众生活明显改善。")
    assert found["三个翻番"].members == ["财政收入", "农民收入", "工业产值"]


def test_the_nation_counted_is_a_stance_not_a_set() -> None:
    names = [f.text for f in extract_formulations("反对制造“两个中国”的图谋，坚决做到“两个维护”。", [])]
    assert names == ["两个维护"]
    names = [f.text for f in extract_formulations("反对“两国论”分裂活动，坚持“两个毫不动摇”。", [])]
    assert names == ["两个毫不动摇"]


def test_a_place_s_outside_counted_is_no_set() -> None:
    names = [f.text for f in extract_formulations("开展“两区外”保税维修试点，落实“三区内”监管，推进“两区”建设。", [])]
    assert names == ["两区"]


def test_the_renewal_of_places_counted_is_not_part_of_their_name() -> None:
    names = [f.text for f in extract_formulations("推进城市更新六大片区改造，完成三大改造。", [])]
    assert names == ["六大片区", "三大改造"]


def test_the_possibilities_an_argument_weighs_are_no_set() -> None:
    names = [f.text for f in extract_formulations("在这个问题上，有两种可能：或者加快发展，或者错失机遇。落实“两个可能”。", [])]
    assert names == []


def test_an_event_commemorated_by_its_anniversary_is_no_set() -> None:
    found = [f.text for f in extract_formulations("办好两大战区会师80周年纪念活动，实施三大工程。", [])]
    assert found == ["三大工程"]


def test_the_name_of_a_case_is_no_set() -> None:
    found = extract_formulations("依法侦办“六合彩”特大赌博案，深化“三治”融合方案。", [])
    assert [f.text for f in found] == ["三治"]


def test_a_name_measured_against_keeps_its_own_noun() -> None:
    found = extract_formulations("构建与五大发展理念相适应的考核办法。", [])
    assert [f.text for f in found] == ["五大发展理念"]


def test_a_gloss_after_a_space_lists_the_members() -> None:
    found = extract_formulations("继续抓好“三林” （防护林、用材林、经济林）建设。", [])
    assert [(f.text, f.members) for f in found] == [("三林", ["防护林", "用材林", "经济林"])]


def test_a_quoted_name_that_ends_on_fazhan_takes_its_noun_from_outside_the_quotes() -> None:
    text = "全面树立创新、协调、绿色、开放、共享“五大发展”理念。下一步要落实“五大发展”。"
    found = extract_formulations(text, [])
    assert [(f.text, f.members) for f in found] == [("五大发展”理念", ["创新", "协调", "绿色", "开放", "共享"])]
    assert text[found[0].start : found[0].end] == found[0].text


def test_the_first_member_keeps_its_verb_when_the_others_open_with_gaishan_and_shouzhu() -> None:
    found = extract_formulations("必须把抓好项目、改善民生、守住底线“三项任务”落到实处。", [])
    assert found[0].members == ["抓好项目", "改善民生", "守住底线"]


def test_points_worth_attention_counted_are_no_name():
    found = names("在农业的发展中要指出两个值得重视的地方。第一是粮食单产提高。第二是经济作物扩大。")
    assert not any(name.startswith("两个值得") for name in found)


def test_what_a_list_is_about_is_no_part_of_its_first_member():
    text = "经过关于工业和农业两条战线的全民大讨论，形成了共识。两条战线都要抓好。"
    assert [f.members for f in extract_formulations(text, [])] == [["工业", "农业"]]


def test_a_list_opens_after_the_verb_its_subjects_names_stand_before():
    text = "指省发改委、文旅厅在全省重点推进甲旅游岛、乙旅游区、丙文化带三大旅游工程。"
    found = {f.text: f.members for f in extract_formulations(text, [])}
    assert found["三大旅游工程"] == ["甲旅游岛", "乙旅游区", "丙文化带"]


def test_a_count_of_what_follows_is_no_member():
    text = "我们有了更大的信心。党的建设总路线和一套“两条腿走路”的方针，经过实践证明是正确的。"
    found = {f.text: f.members for f in extract_formulations(text, [])}
    assert "一套" not in found.get("两条腿走路", [])


def test_two_acts_right_before_a_quoted_name_are_its_members():
    text = "守住保障粮食安全和防止规模性返贫致贫“两条底线”，稳慎推进宅基地和农村乱占耕地建房专项整治“两项试点”。"
    found = {f.text: f.members for f in extract_formulations(text, [])}
    assert found["两条底线"][1] == "防止规模性返贫致贫"
    assert found["两项试点"] == ["宅基地", "农村乱占耕地建房专项整治"]
    assert extract_formulations("各级政府及其工作人员要深刻领悟“两个确立”的决定性意义。", [])[0].members == []


def test_saving_energy_in_the_fields_named_is_no_part_of_their_name() -> None:
    got = names("重点抓好冶金、化工、运输三大行业节能，实施八大重点节能工程。")
    assert "三大行业" in got and "三大行业节能" not in got
    assert "八大重点节能工程" in got


def test_last_year_s_list_of_practical_matters_takes_no_members_from_this_year_s() -> None:
    text = ("一、过去一年\n“八件民生实事”全面完成。\n二、今年的工作\n办好八件民生实事。一是新建公办幼儿园。二是改造老旧小区。"
            "三是新增停车位。四是建设口袋公园。五是改造农贸市场。六是新建养老服务站。七是免费筛查新生儿疾病。八是加装电梯。\n")
    got = names(text)
    assert got["八件民生实事"].members == []
