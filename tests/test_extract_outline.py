"""Outline: headings in every style official documents use, levels from the order the styles appear."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from luoshi.document import Heading
from luoshi.extract.outline import extract_outline
from tests.conftest import shared_path, wild_documents


def outline(text: str) -> list[tuple[int, str, str]]:
    headings = extract_outline(text)
    assert_grounded(text, headings)
    return [(h.level, h.marker, h.title) for h in headings]


def assert_grounded(text: str, headings: list[Heading]) -> None:
    """Each span runs from the marker through the title, and the headings stand in text order."""
    assert [h.start for h in headings] == sorted(h.start for h in headings)
    for h in headings:
        span = text[h.start : h.end]
        assert span.startswith(h.marker) and span.endswith(h.title) and h.title.strip(), h
        assert h.level >= 1


REPORT = """各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2025年工作回顾
过去一年，全县地区生产总值增长6%。
——经济运行稳中向好。地区生产总值达到120亿元。
——人民生活持续改善。居民收入增长7%。
一年来，我们主要做了以下工作：
一是着力稳增长，经济总量再上台阶。全年完成投资50亿元。
二是深化改革开放，发展活力持续释放。新增市场主体3000户。
二、2026年重点工作
今年要重点做好以下工作。
（一）加快建设现代化产业体系，推动县域经济高质量发展。
今年将采取三项举措。一是加快传统产业改造升级。二是培育壮大新兴产业。三是大力发展现代服务业。
1.抓好项目建设。全年实施重点项目100个。
2.优化营商环境。深化“放管服”改革。
（二）全力保障和改善民生，增进人民福祉。
要多措并举稳定就业。一要落实就业优先政策。二要加强职业技能培训。
三、全面加强政府自身建设
各位代表，让我们团结一心，奋勇前进！
"""


def test_block_styles_take_their_levels_from_the_order_they_appear_in() -> None:
    assert outline(REPORT) == [
        (1, "一、", "2025年工作回顾"),
        (2, "——", "经济运行稳中向好"),
        (2, "——", "人民生活持续改善"),
        (2, "一是", "着力稳增长，经济总量再上台阶"),
        (2, "二是", "深化改革开放，发展活力持续释放"),
        (1, "二、", "2026年重点工作"),
        (2, "（一）", "加快建设现代化产业体系，推动县域经济高质量发展"),
        (3, "一是", "加快传统产业改造升级"),
        (3, "二是", "培育壮大新兴产业"),
        (3, "三是", "大力发展现代服务业"),
        (3, "1.", "抓好项目建设"),
        (3, "2.", "优化营商环境"),
        (2, "（二）", "全力保障和改善民生，增进人民福祉"),
        (3, "一要", "落实就业优先政策"),
        (3, "二要", "加强职业技能培训"),
        (1, "三、", "全面加强政府自身建设"),
    ]


def test_levels_follow_the_document_not_a_fixed_table() -> None:
    text = (
        "（一）稳定经济增长\n今年要稳住投资。\n"
        "1.扩大有效投资\n抓好重大项目。\n(1)交通项目\n建成高速公路。\n(2)水利项目\n建成水库。\n"
        "2.提振消费\n办好促消费活动。\n"
        "（二）保障改善民生\n做好就业工作。\n1.稳定就业\n落实就业政策。\n2.办好教育\n新建学校。\n"
    )
    assert outline(text) == [
        (1, "（一）", "稳定经济增长"),
        (2, "1.", "扩大有效投资"),
        (3, "(1)", "交通项目"),
        (3, "(2)", "水利项目"),
        (2, "2.", "提振消费"),
        (1, "（二）", "保障改善民生"),
        (2, "1.", "稳定就业"),
        (2, "2.", "办好教育"),
    ]


def test_first_question_and_first_comma_styles() -> None:
    text = (
        "同志们：\n下面，我讲两个问题。\n"
        "第一个问题：关于当前形势\n今年以来，全县经济稳中有进。\n"
        "第一，要看到成绩。全县经济总量稳步提升。\n第二，要正视困难。发展不足仍是主要矛盾。\n"
        "第二个问题：关于下一步工作\n全县上下要真抓实干。\n"
    )
    assert outline(text) == [
        (1, "第一个问题：", "关于当前形势"),
        (2, "第一，", "要看到成绩"),
        (2, "第二，", "要正视困难"),
        (1, "第二个问题：", "关于下一步工作"),
    ]


def test_run_in_headings_in_traditional_script_keep_their_own_characters_and_offsets() -> None:
    text = (
        "一、堅持發展為要,奮力推動經濟高質量發展。當前,耒陽已步入新階段。一要做強做優實體經濟。聚焦產業布局。"
        "二要縱深推進改革開放。積極融入大灣區。\n"
        "二、堅持民生為本,不斷提升人民生活品質。耒陽要緊密結合實際。一要全域推進鄉村振興。堅持農業優先。"
        "二要全面增進民生福祉。做好兜底保障。\n"
    )
    assert outline(text) == [
        (1, "一、", "堅持發展為要,奮力推動經濟高質量發展"),
        (2, "一要", "做強做優實體經濟"),
        (2, "二要", "縱深推進改革開放"),
        (1, "二、", "堅持民生為本,不斷提升人民生活品質"),
        (2, "一要", "全域推進鄉村振興"),
        (2, "二要", "全面增進民生福祉"),
    ]


def test_a_flattened_document_runs_its_headings_into_the_body() -> None:
    """One long line: a numeral that lost its 、 fills its gap, a title ends where the body restarts."""
    filler = "我们坚持从实际出发，推动各项工作落地见效，群众的获得感不断增强。" * 12
    text = (
        "弘扬红旗渠精神推动县域发展走在前。红旗渠精神是宝贵财富，红旗渠精神跨越时代。"
        + filler
        + "一传承弘扬红旗渠精神,就是要永葆党群干群心连心、一心为民谋福祉,让群众生活更有品质、更有温度"
        "红旗渠精神最本质的体现就是党群一家亲。"
        + filler
        + "二、传承弘扬红旗渠精神,就是要用好红色资源“活教材”、拓展路径广流传,让红色精神更深入人心"
        "红旗渠精神历经不同时期的提炼和升华,成为宝贵的精神财富。"
        + filler
        + "三传承弘扬红旗渠精神,就是要争做改革创新急先锋、“有解”思维破难题,让内生动力更加澎湃"
        "红旗渠精神从来不缺乏敢闯敢试的气魄。一代人有一代人的使命。" + filler
    )
    assert "\n" not in text
    assert outline(text) == [
        (1, "一", "传承弘扬红旗渠精神,就是要永葆党群干群心连心、一心为民谋福祉,让群众生活更有品质、更有温度"),
        (1, "二、", "传承弘扬红旗渠精神,就是要用好红色资源“活教材”、拓展路径广流传,让红色精神更深入人心"),
        (1, "三", "传承弘扬红旗渠精神,就是要争做改革创新急先锋、“有解”思维破难题,让内生动力更加澎湃"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "一、二、三产业融合发展加快。\n全县一、二、三产业比例优化。\n",
        "工作要实打实。一是一，二是二，不搞虚的。\n",
        "今年我们一要吃饭，二要建设，三要还债。\n",
        "1.5万人参加培训。\n2024.\n全年完成投资12亿元。\n",
        "我们第一时间部署落实。发展是第一要务。\n",
        "序号\t项目\t投资\n1.\t道路工程\t2亿元\n2.\t供水工程\t1亿元\n",
        "——2026年1月27日在县第十八届人民代表大会第五次会议上\n各位代表：\n现在我作报告。\n",
        "同志们：\n我们要坚定信心。一是要看到成绩。\n谢谢大家！\n",
    ],
)
def test_false_headings(text: str) -> None:
    assert outline(text) == []


def test_an_enumeration_of_facts_inside_a_paragraph_is_not_an_outline() -> None:
    text = (
        "一、2015年工作回顾\n"
        "“十二五”规划确定的主要目标任务全面完成。一是经济持续较快发展。国内生产总值年均增长7.8%。"
        "二是结构调整取得标志性进展。服务业成为第一大产业。三是人民生活水平显著提高。城镇新增就业6400万人。\n"
        "我们也清醒看到，发展中还面临不少困难和挑战。一是经济下行压力加大。二是部分行业产能过剩。\n"
        "二、2016年重点工作\n"
        "今年将采取三项举措。一是全面实施营改增。二是取消违规设立的政府性基金。三是将18项收费的免征范围扩大。\n"
    )
    assert outline(text) == [
        (1, "一、", "2015年工作回顾"),
        (1, "二、", "2016年重点工作"),
        (2, "一是", "全面实施营改增"),
        (2, "二是", "取消违规设立的政府性基金"),
        (2, "三是", "将18项收费的免征范围扩大"),
    ]


def test_a_notes_section_at_the_end_is_no_outline() -> None:
    body = "一、工作回顾\n" + "过去一年，全省经济持续回升。" * 40 + "\n二、今年工作\n" + "今年要稳中求进。" * 40 + "\n"
    notes = "注释\n［1］一降三减：\n火灾起数下降。\n［2］四大主导产业：\n旅游业、现代服务业。\n"
    glossary = "附件2\n名词解释\n1.“四上”企业：\n达到一定规模的法人单位。\n2.“双高计划”：\n高水平高职学校建设计划。\n"
    expected = [(1, "一、", "工作回顾"), (1, "二、", "今年工作")]
    assert outline(body + notes) == expected
    assert outline(body + glossary) == expected


def test_a_dash_group_after_the_last_subsection_stands_beside_it() -> None:
    text = (
        "一、“十四五”时期和2025年工作回顾\n过去一年，我们主要做了以下工作。\n"
        "（一）精准施策稳经济，回升向好态势巩固拓展。全年经济增长5%。\n"
        "（二）用心用情办好民生实事，民生保障水平得到提升。新增就业5万人。\n"
        "各位代表！2025年是“十四五”收官之年。\n"
        "——这五年，综合实力大幅跃升。经济总量迈上新台阶。\n"
        "——这五年，人民生活更加美好。居民收入稳步增长。\n"
        "二、“十五五”时期主要目标任务\n“十五五”时期是关键时期。\n"
    )
    assert [level for level, _, _ in outline(text)] == [1, 2, 2, 2, 2, 1]


def test_a_group_run_into_a_paragraph_turning_to_the_audience_stands_beside_the_last_subsection() -> None:
    text = (
        "一、2025年工作回顾\n过去一年，我们主要做了以下工作。\n"
        "（一）扩大有效投资。完成投资200亿元。\n（二）办好民生实事。新增就业5万人。\n"
        "各位代表！五年来，我们干好三件大事：一是加快建设高铁站。二是加快建设新机场。三是加快建设新港口。\n"
        "二、2026年工作安排\n今年要稳中求进。\n"
    )
    assert [level for level, _, _ in outline(text)] == [1, 2, 2, 2, 2, 2, 1]


def test_a_list_restarting_inside_a_subsection_is_nested_in_it() -> None:
    text = (
        "一、当前形势\n形势总体向好。\n二、主要任务\n今年任务繁重。\n"
        "（一）抓好基本建设\n要做好以下几点：\n一、提高设计工作水平\n设计要先行。\n二、加强施工技术指导\n施工要规范。\n"
        "（二）抓好工业生产\n要增产节约。\n三、保障措施\n要加强领导。\n"
    )
    assert outline(text) == [
        (1, "一、", "当前形势"),
        (1, "二、", "主要任务"),
        (2, "（一）", "抓好基本建设"),
        (3, "一、", "提高设计工作水平"),
        (3, "二、", "加强施工技术指导"),
        (2, "（二）", "抓好工业生产"),
        (1, "三、", "保障措施"),
    ]


def test_a_heading_run_into_the_paragraph_before_it_fills_its_gap() -> None:
    text = (
        "一、提高政治站位\n全县上下要统一思想。二、狠抓工作落实。各部门要以钉钉子精神抓好落实。\n"
        "三、加强作风建设\n干部要转变作风。今年要做好三件事。一、二、三产业都要发展。\n"
    )
    assert outline(text) == [(1, "一、", "提高政治站位"), (1, "二、", "狠抓工作落实"), (1, "三、", "加强作风建设")]
    assert outline("会议指出。一、要提高认识。二、要狠抓落实。三、要加强领导。\n") == []


def test_a_preview_of_the_sections_is_not_an_outline_of_its_own() -> None:
    text = (
        "同志们：\n下面，我讲两点意见：一是提高政治站位；二是狠抓工作落实。\n"
        "一、提高政治站位\n全县上下要统一思想。\n二、狠抓工作落实\n各部门要抓好落实。\n"
    )
    assert outline(text) == [(1, "一、", "提高政治站位"), (1, "二、", "狠抓工作落实")]


def test_a_marker_alone_on_its_line_takes_the_next_line_as_title() -> None:
    text = "要着重抓好两个方面的工作：\n一是\n依法打击各种刑事犯罪活动；\n二是\n深入开展社会治安综合治理。\n"
    assert outline(text) == [(1, "一是", "依法打击各种刑事犯罪活动"), (1, "二是", "深入开展社会治安综合治理")]


def test_circled_numbers_at_line_starts_are_headings_not_a_crash() -> None:
    # Found by tests/test_properties.py: "①各位代表。" raised ValueError (str.isdigit is true for ①).
    assert outline("①各位代表。") == []  # one marker alone is no outline
    assert outline("各位代表：\n①加快项目建设。\n②做好民生工作。\n") == [(1, "①", "加快项目建设"), (1, "②", "做好民生工作")]


def test_empty_and_headingless_text() -> None:
    assert outline("") == []
    assert outline("产业兴则经济兴。要锻造先进制造钢筋铁骨。要点燃科技创新澎湃引擎。\n") == []


def test_dev_outline_scores(tmp_path: Path) -> None:
    """outline f1 and level accuracy at least 0.95 on the dev gold, as the scorer measures them."""
    pytest.importorskip("opencc")
    from luoshi.clean import clean_text
    from luoshi.ingest import read_file
    from luoshi.script import detect_script

    dev = shared_path("corpus", "dev")
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for path in sorted(dev.iterdir()):
            raw = read_file(path)
            text = clean_text(raw.text, detect_script(raw.text)).text  # the text the pipeline extracts from
            row = {"source": str(path), "text": text, "outline": [asdict(h) for h in extract_outline(text)]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [
            sys.executable,
            str(shared_path("eval", "score.py")),
            "--gold",
            str(shared_path("gold", "dev.jsonl")),
            "--pred",
            str(pred),
            "--json",
            "--min",
            "outline.f1=0.95",
            "--min",
            "outline.level_accuracy=0.95",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr



def test_wild_outlines_are_grounded_and_leave_notes_out() -> None:
    from luoshi.clean import clean_text
    from luoshi.ingest.html import looks_like_html, read_html
    from luoshi.script import detect_script

    for name, raw in wild_documents():
        raw_text = read_html(raw).text if looks_like_html(raw) else raw
        text = clean_text(raw_text, detect_script(raw_text)).text
        headings = extract_outline(text)
        assert_grounded(text, headings)
        levels = [h.level for h in headings]
        assert all(b <= a + 1 for a, b in zip([0, *levels], levels, strict=False)), name
        for h in headings:  # notes closing a report (［1］…, 名词解释 1.“四上”企业：) are no headings
            assert not h.title.startswith(("“四上”", "“标准海”", "一降三减")), (name, h)


def test_bold_headings_and_bare_part_titles_above_numbered_ones() -> None:
    text = (
        "各位代表：\n现在，我代表区人民政府向大会报告工作。\n"
        "**2025年工作回顾**\n过去一年，我们着力做好以下工作。\n"
        "**一、产业基础更加坚实**\n全区新增规上企业30家。\n**二、城乡面貌持续改善**\n新建口袋公园12个。\n"
        "**2026年工作安排**\n今年要突出抓好以下工作。\n"
        "**一、全力扩大有效投资**\n（一）抓好重大项目。新开工项目60个。\n"
        "——建设智能制造园。新建厂房8万平方米。\n——建设冷链物流园。新增冷库2万吨。\n"
        "（二）激发民间投资。推出项目清单。\n**二、持续增进民生福祉**\n一是稳定就业。新增就业5000人。二是办好教育。新建幼儿园3所。\n"
    )
    assert outline(text) == [
        (1, "", "2025年工作回顾"),
        (2, "一、", "产业基础更加坚实"),
        (2, "二、", "城乡面貌持续改善"),
        (1, "", "2026年工作安排"),
        (2, "一、", "全力扩大有效投资"),
        (3, "（一）", "抓好重大项目"),
        (4, "——", "建设智能制造园"),
        (4, "——", "建设冷链物流园"),
        (3, "（二）", "激发民间投资"),
        (2, "二、", "持续增进民生福祉"),
        (3, "一是", "稳定就业"),
        (3, "二是", "办好教育"),
    ]


def test_a_bold_part_title_that_says_no_role_is_a_part_where_the_parts_are_bold() -> None:
    text = (
        "**政府工作报告**\n各位代表：\n"
        "**2025年工作回顾**\n过去一年，全区经济平稳运行，主要指标好于预期，民生持续改善。\n"
        "**2026年工作安排**\n今年要突出抓好以下工作，确保各项目标任务全面完成。\n"
        "一、全力扩大有效投资\n新开工项目60个。\n二、持续增进民生福祉\n新增就业5000人。\n"
        "**致力建设人民满意政府**\n各位代表，新的形势对政府工作提出了新的更高要求，我们将进一步加强自身建设。\n"
        "一、加强能力建设\n提升履职能力。\n二、加快职能转变\n优化政务服务。\n**会议秘书处**\n**附件：**\n"
    )
    assert outline(text) == [
        (1, "", "2025年工作回顾"),
        (1, "", "2026年工作安排"),
        (2, "一、", "全力扩大有效投资"),
        (2, "二、", "持续增进民生福祉"),
        (1, "", "致力建设人民满意政府"),
        (2, "一、", "加强能力建设"),
        (2, "二、", "加快职能转变"),
    ]


def test_a_lone_bare_title_or_one_below_numbered_headings_is_no_heading() -> None:
    text = "一、2025年工作回顾\n全区完成投资。\n二、2026年工作安排\n主要任务\n抓好项目。\n"
    assert [h[2] for h in outline(text)] == ["2025年工作回顾", "2026年工作安排"]


def test_a_title_run_on_into_its_body_ends_where_the_prose_restarts() -> None:
    text = ("同志们：\n今天召开会议。\n一、肯定成绩、总结经验,在回望中坚定发展信心2025年,是全镇发展极不平凡的一年。我们攻坚克难。\n"
            "二、突出重点、精准发力,推动各项工作开好局一是全力扩大有效投资。要抓好项目建设。二是加快产业升级。要做强主导产业。\n")
    titles = [(h.marker, h.title) for h in extract_outline(text)]
    assert ("一、", "肯定成绩、总结经验,在回望中坚定发展信心") in titles
    assert ("二、", "突出重点、精准发力,推动各项工作开好局") in titles
    two = "一、全力推动2026年各项工作开好局\n要抓好项目建设。\n二、加强组织领导\n要压实责任。\n"
    assert [h.title for h in extract_outline(two)] == ["全力推动2026年各项工作开好局", "加强组织领导"]  # a year stays


def test_a_numbered_list_a_colon_announces_with_semicolons_is_no_run_of_sections() -> None:
    text = ("一、关于工业\n工业要稳步发展。对以下两类企业，必须实行关停并转：\n一、能耗高、长期亏损的企业；\n"
            "二、产品大量积压的企业。\n各地都要制定关停计划。\n二、关于农业\n农业要全面发展。\n")
    found = [(h.level, h.marker, h.title) for h in extract_outline(text)]
    assert found == [(1, "一、", "关于工业"), (1, "二、", "关于农业")]


def test_bold_part_titles_that_open_with_a_year_are_the_top_level() -> None:
    text = ("各位代表：\n**2025年经济社会发展稳中向好**\n1、经济总量持续增长。\n全年地区生产总值增长6%。\n"
            "2、民生保障不断加强。\n新增就业1万人。\n**2026年奋力开创高质量发展新局面**\n"
            "1、全面深化改革开放。\n推进重点领域改革。\n2、着力扩大有效投资。\n实施重点项目100个。\n")
    found = [(h.level, h.title) for h in extract_outline(text)]
    assert found[0] == (1, "2025年经济社会发展稳中向好") and found[3] == (1, "2026年奋力开创高质量发展新局面")
    assert [level for level, _ in found] == [1, 2, 2, 1, 2, 2]


def test_a_heading_a_page_break_ran_into_the_paragraph_before_still_counts() -> None:
    text = ("**一、过去五年工作回顾**\n过去五年，全市经济总量跨上新台阶。我们将认真加以解决。二、未来五年的目标任务\n"
            "今后五年的主要目标是：\n——综合实力提升。地区生产总值年均增长7%。\n——民生福祉提升。居民收入稳步增长。\n"
            "城乡面貌持续改善，实现城市协同善治。三、2026年重点工作\n（一）强力推进重大项目建设。全年实施项目100个。\n"
            "（二）持续保障和改善民生。新增就业1万人。\n")
    found = [(h.level, h.marker, h.title) for h in extract_outline(text)]
    assert [f for f in found if f[0] == 1] == [
        (1, "一、", "过去五年工作回顾"), (1, "二、", "未来五年的目标任务"), (1, "三、", "2026年重点工作")]
    # a list inside a paragraph, its items running on, stays no heading
    inline = "今年要做好以下工作。一、加强组织领导，压实工作责任。二、强化督查考核，确保任务落地。\n"
    assert extract_outline(inline) == []


def test_a_title_whose_line_break_was_lost_ends_where_the_body_opens_with_its_verb() -> None:
    text = (
        "二、2016年工作安排\n（一）保持工业经济平稳较快增长\n围绕去产能，推动工业转型。\n"
        "（二）持续扩大有效投资\n突出投资重点，优化投资结构。\n"
        "（三）加快推进城镇化发展步伐持续推进新型城镇化综合改革试点工作，积极推进以人为核心的新型城镇化。\n"
        "（四）从上到下建立和健全农业科学研究和技术推广的系统，全面贯彻农业“八字宪法”，重点抓好良种。\n"
    )
    titles = [h[2] for h in outline(text)]
    assert titles[2] == "加快推进城镇化发展步伐"
    assert titles[3].startswith("从上到下建立和健全农业科学研究")


def test_a_list_of_a_new_style_under_a_di_item_on_its_own_line_stands_under_it() -> None:
    text = ("（一）今年的主要任务\n今年要做好以下几件事。\n"
            "第一、关于农业生产\n要稳定粮食生产。\n第二、关于文化教育\n要办好学校。\n"
            "（１）有步骤地实行半工半读\n各地要因地制宜。\n（２）积极开展扫盲\n要组织群众学习。\n"
            "（二）厉行节约\n要反对浪费。\n")
    levels = [(h.marker, h.level) for h in extract_outline(text)]
    assert levels == [("（一）", 1), ("第一、", 2), ("第二、", 2), ("（１）", 3), ("（２）", 3), ("（二）", 1)]


def test_problems_that_say_what_is_lacking_are_no_outline() -> None:
    text = (
        "一、2018年工作回顾\n"
        "我市仍有许多问题，必须进一步加大力度解决。一是高质量发展步伐有待加快。工业基础薄弱。"
        "二是发展的平衡性和协调性有待提升。三是对外开放水平不高，营商环境有待改善。\n"
        "二、2019年工作安排\n"
        "今年将采取三项举措。一是加快发展先进制造业。二是提升城市品质。三是扩大对外开放。\n"
    )
    assert [h[1] for h in outline(text)] == ["一、", "二、", "一是", "二是", "三是"]
    assert outline(text)[2] == (2, "一是", "加快发展先进制造业")


def test_rules_a_section_lists_are_no_parts_of_the_document() -> None:
    text = (
        "一、关于发展速度\n经济要稳步增长。\n"
        "二、关于基本建设\n为了控制投资规模，国务院作出了以下规定。\n"
        "一、投资总规模必须统一纳入国家计划。\n不得突破。\n"
        "二、大中型项目一律由国家计委审批。\n不得自行确定。\n"
        "三、所有项目必须按照基本建设程序办事。\n"
        "四、投资由建设银行统一管起来。\n"
        "控制投资规模，目的是积极的。\n"
        "三、关于人民生活\n收入要逐步提高。\n"
    )
    assert outline(text) == [(1, "一、", "关于发展速度"), (1, "二、", "关于基本建设"), (1, "三、", "关于人民生活")]


def test_principles_a_colon_lists_line_by_line_with_semicolons_are_no_parts() -> None:
    text = (
        "第一，稳定农业生产。\n粮食要稳定增长。\n"
        "第二，扩大对外开放。\n要改善投资环境。利用外资必须把握三条原则：\n"
        "第一、借债总额要有控制；\n第二、一定要用在生产建设上；\n第三、利用外资要讲求效益。\n"
        "第三，加强财政管理。\n要严格控制支出。\n"
    )
    assert [h[1] for h in outline(text)] == ["第一，", "第二，", "第三，"]


def test_a_run_in_list_under_an_ordinal_heading_line_nests_below_it() -> None:
    text = ("一、深化国有企业改革\n"
            "第一，抓好大型企业。\n要集中力量抓好一批重点企业，提高竞争力。\n"
            "第二，多渠道增资减债。\n为了减轻企业负担，采取以下措施。一是把贷款形成的债务转为资本金。"
            "二是鼓励企业补充资本金。\n"
            "第三，推进再就业。\n要加强就业培训。\n")
    levels = {h.marker: h.level for h in extract_outline(text)}
    assert levels["第一，"] == levels["第二，"] == levels["第三，"]
    assert levels["一是"] == levels["二是"] == levels["第二，"] + 1


def test_items_listed_in_sentences_under_a_first_do_not_end_its_list() -> None:
    text = ("一、关于基本建设\n要做好工作。\n二、关于农业\n要发展农业。\n"
            "第一、严格控制投资的总规模\n我们要清理以下项目：\n一、没有进行可行性研究的项目；\n二、资金没有落实的项目。\n"
            "第二、整顿现有企业\n我们要整顿以下企业：\n一、长期亏损的企业；\n二、产品大量积压的企业。\n")
    assert outline(text) == [(1, "一、", "关于基本建设"), (1, "二、", "关于农业"),
                             (2, "第一、", "严格控制投资的总规模"), (2, "第二、", "整顿现有企业")]


def test_titles_on_lines_of_their_own_stand_above_the_sections_under_one_of_them() -> None:
    text = ("一、关于经济建设\n我们要解决几个问题。\n第一，大力发展农业\n农业是基础。\n（一）抓好粮食生产\n要增产粮食。\n"
            "（二）发展多种经营\n要发展副业。\n第二，加快发展工业\n工业是主导。\n二、关于科学教育\n要发展教育。\n")
    assert outline(text) == [(1, "一、", "关于经济建设"), (2, "第一，", "大力发展农业"), (3, "（一）", "抓好粮食生产"),
                             (3, "（二）", "发展多种经营"), (2, "第二，", "加快发展工业"), (1, "二、", "关于科学教育")]


def test_evidence_an_argument_lists_in_its_paragraph_is_no_part() -> None:
    text = (
        "一、科学事业的发展\n有人说我们的科学事业落后了。我们能同意这种说法吗？请看事实：第一，研究机构的数目，"
        "无论在人员、经费和设备各方面，都比过去多得多。第二，在科学技术的水平方面，也有了新的提高。"
        "第三，科学队伍也在迅速壮大中。\n"
        "二、今后的任务\n今后要做好以下工作：第一，加强科学研究规划。第二，培养科学研究人才。\n"
    )
    assert [h[1] for h in outline(text)] == ["一、", "二、", "第一，", "第二，"]
