"""Title, date, region and script, as a reader of the document would tell them."""

from __future__ import annotations

import pytest

from luoshi.pipeline import document_from_text
from luoshi.script import detect_script


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("政 府 工 作 报 告\n--2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上\n海拉尔区人民政府区长　杜联合\n各位代表：\n现在，我代表海拉尔区人民政府向大会作工作报告，请予审议。", "政府工作报告"),
        ("黄坤明同志在广东省高质量发展大会上的讲话实录（2025） - 南粤清风网\n信息公开\n党纪国法\n监督举报\n黄坤明同志在广东省高质量发展大会上的讲话实录（2025）\n来源：南方+\n同志们，朋友们：\n岭南春来早，人勤地生宝。今天，当开工的号角再次吹响。", "黄坤明同志在广东省高质量发展大会上的讲话实录（2025）"),
        ("《【中心组研讨发言】弘扬XX精神推动县域发展走在前开新局.docx》由会员分享,可在线阅读,更多相关《【中心组研讨发言】弘扬XX精神推动县域发展走在前开新局.docx(6页珍藏版)》请在第壹文秘上搜索。\n1、【中心组研讨发言】弘扬XX精神推动县域发展走在前开新局XX精神带有地域特质，又跨越地域。", "【中心组研讨发言】弘扬XX精神推动县域发展走在前开新局"),
        ("下载\n打印\n全屏\n收藏\n2026年吉林省政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n来源：吉林日报\n省长 胡玉亭\n各位代表：\n现在，我代表省政府，向大会报告工作，请予审议。", "2026年吉林省政府工作报告"),
        ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。", None),
    ],
)
def test_title_is_the_documents_own(text: str, title: str | None) -> None:
    assert document_from_text(text).title == title


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n各位代表：\n现在，我代表省政府，向大会报告工作。", "2026-01-27"),
        ("政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n各位代表：\n现在，我代表省政府，向大会报告工作。", "2026-01-27"),
        ("政府工作报告\n——二○一五年十二月三十一日在县第十七届人民代表大会第五次会议上\n各位代表：\n现在，我代表县政府，向大会报告工作。", "2015-12-31"),
        ("政府工作报告\n——二〇二六年十十月一日在县人民代表大会上\n各位代表：\n现在，我代表县政府，向大会报告工作。", "2026"),
        ("讲话实录\n日期：2025-02-05 13:06:42\n同志们：\n岭南春来早，人勤地生宝。今天，当开工的号角再次吹响。", "2025-02-05"),
        ("关于印发方案的通知\n各乡镇人民政府：\n现将方案印发给你们，请认真贯彻落实。\nXX县人民政府\n2024年2月19日", "2024-02-19"),
        ("各位代表：\n现在，我代表上海市人民政府，向大会报告工作。\n一、2020年工作回顾\n过去一年是极不平凡的一年。", "2021"),
        ("在全县经济工作会议上的讲话\n同志们：\n今天，我们召开全县经济工作会议，研究部署今年工作。", None),
        ("在全区经济工作会议上的讲话\n同志们：\n今天召开会议，总结2025年工作，安排部署2026年经济工作任务。", "2026"),
        ("在全区经济工作会议上的讲话\n同志们：\n刚刚过去的2025年，全区上下攻坚克难。", "2026"),
        ("同志们：\n今天的会议研究部署二季度工作。刚才，县发改局通报了2025年一季度全县经济运行情况。", "2025"),
    ],
)
def test_date_is_stated_or_implied(text: str, date: str | None) -> None:
    assert document_from_text(text).date == date


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("各位代表：\n现在，我代表海拉尔区人民政府向大会作工作报告，请予审议。", "海拉尔区"),
        ("政府工作报告\n——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上\n自治区人民政府主席 包钢\n各位代表：\n现在，我代表自治区人民政府向大会报告工作。", "内蒙古自治区"),
        ("上海市市长　龚正\n各位代表：\n现在，我代表上海市人民政府，向大会报告工作。", "上海市"),
        ("推動黨的二十大精神落地生根\n耒陽市委理論學習中心組\n黨的二十大是一次十分重要的大會，耒陽市把學習貫徹作為首要政治任務。", "耒陽市"),
        ("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。", "全国"),
        ("研讨发言\n具体到XX县，重点从四方面用力：一是加快建设现代化产业体系。", None),
    ],
)
def test_region_is_the_jurisdiction_speaking(text: str, region: str | None) -> None:
    assert document_from_text(text).region == region


def test_script_is_detected_and_the_text_kept_as_written() -> None:
    traditional = "推動黨的二十大精神落地生根，奮力書寫耒陽經濟社會高質量發展答卷。"
    assert detect_script(traditional) == "traditional"
    assert detect_script("推动党的二十大精神落地生根，奋力书写耒阳经济社会高质量发展答卷。") == "simplified"
    assert detect_script("2026 GDP 5%") == "simplified"
    document = document_from_text(traditional)
    assert (document.script, document.text) == ("traditional", traditional)


def test_oddities_are_reported_as_warnings() -> None:
    document = document_from_text("各位代表：\n沂源老龄人口占25.5虬而且58%在农村，新增城镇就业X万人，完成投资XX亿元。")
    assert any("mojibake" in w and "25.5虬" in w for w in document.warnings)
    assert any("redacted numbers: 2" in w for w in document.warnings)
    assert document_from_text("各位代表：\n今年新增城镇就业3000人，完成投资12亿元，装机7,000瓩。").warnings == []


def test_a_title_that_names_the_meeting_is_a_title_not_a_dateline() -> None:
    document = document_from_text("在全镇经济工作会议上的讲话\n同志们：\n今天召开全镇经济工作会议，主要任务是部署今年任务。")
    assert document.title == "在全镇经济工作会议上的讲话"


def test_a_site_name_above_the_title_is_not_the_title() -> None:
    text = "XX市人民政府门户网站\n弘扬红色精神 推动县域发展走在前\n同志们：\n今天，我们召开专题学习会，深入学习贯彻党的二十大精神。"
    assert document_from_text(text).title == "弘扬红色精神 推动县域发展走在前"


def test_a_yaml_headers_title_is_the_title_and_not_in_the_text() -> None:
    text = ("---\ntitle: 某市政府工作报告（2023年12月26日 李四）\n---\n"
            "——2023年12月26日在某市第九届人民代表大会第四次会议上\n市长 李四\n各位代表：\n"
            "现在，我代表市人民政府，向大会报告工作，请予审议。\n")
    document = document_from_text(text)
    assert document.title == "某市政府工作报告（2023年12月26日 李四）"
    assert "title:" not in document.text and not document.text.startswith("---")
    assert document.date == "2023-12-26"


def test_a_title_set_on_two_lines_is_one_title() -> None:
    text = ("县委书记在2025年全县项目建设\n推进会上的讲话\n同志们：\n今天召开全县项目建设推进会，部署今年工作。")
    document = document_from_text(text)
    assert document.title == "县委书记在2025年全县项目建设推进会上的讲话"
    assert document.date == "2025"
    # a menu line above a title completes nothing
    text = "信息公开\n在全县项目建设推进会上的讲话\n同志们：\n今天召开全县项目建设推进会。"
    assert document_from_text(text).title == "在全县项目建设推进会上的讲话"


def test_a_share_sites_label_after_the_title_is_not_part_of_it() -> None:
    text = "当前位置 : 某某范文网 > 正文\n2023年在全县项目建设推进会上的讲话[VIP]\n同志们：\n今天召开全县项目建设推进会。"
    assert document_from_text(text).title == "2023年在全县项目建设推进会上的讲话"
    text = "在全县项目建设推进会上的讲话（完整版）\n同志们：\n今天召开全县项目建设推进会。"
    assert document_from_text(text).title == "在全县项目建设推进会上的讲话"
