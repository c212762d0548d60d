"""A glossary closing a report (名词解释, 注释, 部分用语说明…) is a notes part: no headings, no tasks; and a bold
heading a page broke (``**一、2024年工作回**顾``) still opens its part."""

from __future__ import annotations

import pytest

from luoshi.extract.outline import extract_outline
from luoshi.extract.sections import NOTES_TITLE, NOTES_TITLE_EXAMPLES, find_sections, notes_start
from luoshi.pipeline import document_from_text

REPORT = (
    "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
    "一、2025年工作回顾\n" + "过去一年，全县新建农村公路85公里，改造老旧小区12个。\n" * 8 +
    "二、2026年工作安排\n"
    "（一）狠抓项目建设。全力推进城南污水处理厂二期工程，年底前建成投用。\n"
    "（二）办好民生实事。新建幼儿园3所，新增学位900个。\n" * 4 +
    "各位代表！\n让我们在县委的坚强领导下，为建设美丽县城而努力奋斗！\n"
)
# Our own glossaries, in the ways reports set them after their last words.
GLOSSARIES = {
    "bold, numbered": "**名词解释**\n1. “三链融合”：指推动产业链、创新链、资金链深度融合。\n"
                      "2. 四个一批：即开工一批、投产一批、储备一批、谋划一批重点项目。\n"
                      "3. “县域商业体系”：以县城为中心、乡镇为重点、村为基础的商业网络。\n",
    "spaced title": "**注 释**\n1．数字乡村平台：集政务服务、农技推广于一体的县级平台。\n"
                    "2．“三清一改”：清理农村生活垃圾、清理村内沟塘、清理畜禽粪污，改变影响农村人居环境的不良习惯。\n",
    "term then definition": "**部分用语说明**\n1.两个机制\n推动项目建设、加快要素保障。\n"
                            "2.三个融入\n融入发展、融入服务、融入治理。\n",
    "colon title": "**注释：**\n四篇文章：指做好农业、工业、旅游、城建四个方面的工作。\n"
                   "两新：即大规模设备更新和消费品以旧换新。\n",
    "bracketed": "名词注释\n[1]“双千工程”：指引进千名人才、培育千家企业。\n[2]“一网通办”：加快推进政务服务一网办理。\n",
    "analysis, numbered with a pause mark": "附：名词解析\n1、三大主导产业：指绿色食品、装备制造、现代物流。\n"
                                            "2、“两个中心”：指区域物流中心和区域商贸中心。\n",
}


@pytest.mark.parametrize("glossary", GLOSSARIES.values(), ids=GLOSSARIES.keys())
def test_a_glossary_after_the_closing_is_a_notes_part_without_headings_or_tasks(glossary: str) -> None:
    text = REPORT + glossary
    notes = text.index(glossary.split("\n")[0])
    headings = extract_outline(text)
    assert headings and all(h.start < notes for h in headings)
    sections = find_sections(text, headings, "2026-01-20")
    assert (sections[-1].role, sections[-1].start, sections[-1].end) == ("other", notes, len(text))
    document = document_from_text(text, date="2026-01-20")
    assert document.tasks and all(task.end <= notes for task in document.tasks)


def test_a_glossary_inside_the_plan_gives_no_tasks() -> None:
    """Without closing words the glossary follows the plan: its definitions (加快推进…) are still no tasks."""
    text = REPORT.split("各位代表！")[0] + GLOSSARIES["bracketed"]
    document = document_from_text(text, date="2026-01-20")
    notes = text.index("名词注释")
    assert document.sections[-1].role == "other"
    assert all(task.end <= notes for task in document.tasks)


def test_notes_titles_and_what_is_no_notes_title() -> None:
    for example in NOTES_TITLE_EXAMPLES:
        assert NOTES_TITLE.fullmatch(example.strip("*")), example
    for other in ("附件2", "注：", "说明", "关于规划的说明", "《政府工作报告》", "注：以上数据为初步统计", "注意安全"):
        assert not NOTES_TITLE.fullmatch(other), other


def test_a_bare_note_under_a_table_of_the_plan_leaves_the_rest_of_the_plan_alone() -> None:
    plan = REPORT.split("各位代表！")[0]
    text = plan + "注：\n表中数据为初步统计。\n（三）抓好招商引资。全年引进亿元以上项目20个。\n"
    headings = extract_outline(text)
    assert all(h.start < text.index("注：") for h in headings)  # as before: a note closes the outline
    assert find_sections(text, headings, "2026-01-20")[-1].role == "plan"


def test_an_attachment_of_tasks_is_no_notes_part() -> None:
    """``附件`` with the year's 民生实事 is outside the outline, but its items are work to do."""
    attachment = "附件\n2026年县十件民生实事\n1.新建城区幼儿园3所，新增学位900个。\n2.改造农村公路50公里。\n"
    text = REPORT.split("各位代表！")[0] + attachment
    assert notes_start(text) == len(text)
    assert notes_start(text, attachments=True) == text.index("附件")
    assert find_sections(text, extract_outline(text), "2026-01-20")[-1].role == "plan"


def test_a_bold_heading_broken_by_the_page_still_opens_its_part() -> None:
    text = (
        "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
        "**一、2025年工作回**顾\n过去一年，全市经济运行稳中向好。\n"
        "（一）产业升级加快。全年新增规上企业20家。\n（二）民生持续改善。新建学校3所。\n"
        "**二、2026年工作安**排\n今年要坚持稳中求进。\n"
        "（一）扩大有效投资。新开工项目60个。\n（二）办好民生实事。新建公园3个。\n"
    )
    headings = extract_outline(text)
    top = [h for h in headings if h.level == 1]
    assert [(h.marker, h.title) for h in top] == [("一、", "2025年工作回**顾"), ("二、", "2026年工作安**排")]
    for h in headings:
        assert text[h.start : h.end] == h.marker + h.title
    # No date to compare years with: the words 回顾 and 工作安排 across the bold marks say the roles.
    roles = [(s.role, text[s.start : s.start + 2]) for s in find_sections(text, headings)]
    assert roles == [("opening", "各位"), ("review", "一、"), ("plan", "二、")]
