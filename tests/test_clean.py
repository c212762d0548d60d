"""Clean text: furniture out, every word of the body in, in order, characters unchanged."""

from __future__ import annotations

import re

import pytest

from luoshi.clean import clean_text
from luoshi.clean.lines import split_lines

BODY = [
    "同志们：",
    "今天，我们召开县委理论学习中心组学习会，主要任务是深入学习贯彻党的二十大精神。下面，我讲三点意见。",
    "一、提高政治站位",
    "全县上下要把思想统一到中央决策部署上来，今年要新增就业岗位3000个以上。",
    "二、狠抓工作落实",
    "各乡镇、各部门要以钉钉子精神抓好落实，确保年底前完成各项任务。",
    "谢谢大家！",
]


def page(head: str, tail: str) -> str:
    return head + "\n".join(BODY) + "\n" + tail


def assert_body_intact(text: str) -> None:
    for line in BODY:
        assert line in text, line
    positions = [text.index(line) for line in BODY]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("name", "head", "tail", "gone"),
    [
        (
            "document-sharing site",
            "原创力文档\n知识共享，价值无限\n首页\n文档分类\nVIP\n登录\n注册\n在县委理论学习中心组学习会上的讲话.docx\n"
            "原创力文档 › 党政相关 › 在县委理论学习中心组学习会上的讲话.docx\n免费下载\n在县委理论学习中心组学习会上的讲话\n",
            "内容来自用户分享和网络整理，不代表本站立场，版权归原作者所有，如有侵权请联系删除\n该用户很懒，什么也没介绍\n"
            "文档评论（0）\n发表评论\n相关文档\n在市委理论学习中心组会议上的发言.docx\n县长在全县经济工作会议上的讲话.doc\n"
            "关于我们 | 联系我们 | 网站地图\n",
            ["原创力文档", "知识共享", "文档分类", "VIP", "登录", ".docx", "免费下载", "侵权", "该用户", "评论",
             "相关文档", "市委理论学习中心组会议", "网站地图"],
        ),
        (
            "wechat article",
            "点击上方蓝字关注我们\n县委书记在全县高质量发展大会上的讲话\n",
            "来源：县委办公室\n编辑：张三\n审核：李四\n阅读 1234\n分享\n收藏\n在看\n写留言\n",
            ["蓝字", "来源", "编辑", "审核", "阅读", "分享", "收藏", "在看", "留言"],
        ),
        (
            "provincial portal",
            "您的位置:\n首页\n>\n要闻\n要闻\n县委书记在全县高质量发展大会上的讲话\n来源：县融媒体中心\n2026-02-03 09:02:33\n【字体：\n大\n中\n小\n】\n",
            "》》点击图片进入专题《《\n收藏\n|\n分享到:\n分享到微信\n×\n相关文档：\n主办单位：XX县人民政府办公室\n"
            "网站标识码：1234567890\n鲁ICP备12345678号\nwebmaster@xx.gov.cn\n",
            ["您的位置", "首页", "要闻", "来源", "09:02", "字体", "】", "专题", "分享", "相关文档", "主办单位", "ICP", "@"],
        ),
        (
            "news site with a photo and a teaser",
            "县委书记在全县高质量发展大会上的讲话 - 县新闻网\n所在位置：首页 > 头条新闻 > 正文\n县委书记在全县高质量发展大会上的讲话\n"
            "日期：2026-02-05 13:06:42\n【打印】\n【小 中 大】\n分享到：\n县委书记作讲话。本报记者 韩卿立 摄\n",
            "相关报道：\n全县经济工作会议召开\n县委常委会召开会议\nCopyright © 2026 县新闻网 版权所有\n"
            "同志们： 今天，我们召开县委理论学习中心组学习会，主要任务是深...\n",
            ["县新闻网", "所在位置", "日期", "打印", "小 中 大", "分享", "摄", "相关报道", "经济工作会议召开", "Copyright", "深..."],
        ),
    ],
)
def test_site_furniture_is_removed_and_the_body_kept(name: str, head: str, tail: str, gone: list[str]) -> None:
    clean = clean_text(page(head, tail))
    assert_body_intact(clean.text)
    for word in gone:
        assert word not in clean.text, f"{name}: {word!r} left in"


def test_title_line_is_kept_once() -> None:
    clean = clean_text("县委书记在全县高质量发展大会上的讲话\n县委书记在全县高质量发展大会上的讲话\n" + "\n".join(BODY))
    assert clean.text.count("县委书记在全县高质量发展大会上的讲话") == 1
    assert clean.head == 1


def test_share_site_page_numbers_are_removed_and_split_sentences_rejoined() -> None:
    pages = [
        "1、关于弘扬XX精神的研讨发言XX精神带有地域特质，又跨越地域。贯彻落实省第十二次党代会和市第十三次",
        "2、党代会精神，需要矢志不渝传承弘扬XX精神，凝聚县域发展走在前、开新局的强大精神力量。我们把区域大党建作为民生大服务的平台，建设77个党",
        "3、建共同体，每个共同体覆盖68个村，在不增加管理层级的前提下，统筹要素资源、引领抱团振兴。弘扬XX精神，就是要用好红色资源。弘扬XX",
        "4、精神，就要挖掘利用好各类红色资源，在传承中发展、在发展中发扬，让XX精神历久弥新、永葆活力，一代人有一代",
        "5、人的使命。",
    ]
    raw = "《关于弘扬XX精神的研讨发言.docx》由会员分享,可在线阅读,更多相关《关于弘扬XX精神的研讨发言.docx(5页珍藏版)》请在第壹文秘上搜索。\n" + "\n".join(pages)
    clean = clean_text(raw)
    for joined in ("市第十三次党代会精神", "建设77个党建共同体", "弘扬XX精神，就要挖掘", "一代人有一代人的使命"):
        assert joined in clean.text
    assert "由会员分享" not in clean.text
    assert not re.search(r"\n\d、", clean.text)


def test_a_real_numbered_list_is_not_taken_for_page_numbers() -> None:
    items = ["1、新建5G基站200个。", "2、新增城镇就业3000人。", "3、改造老旧小区12个。"]
    assert clean_text("\n".join(["今年要办好以下实事：", *items])).lines[1:] == items


@pytest.mark.parametrize("marker", ["- 2 -", "—2—", "第 2 页 共 6 页", "2/6", "2"])
def test_page_number_lines_go_and_the_sentence_they_split_is_rejoined(marker: str) -> None:
    clean = clean_text(f"各位代表：\n今年全区地区生产总值增长8%左右，\n{marker}\n城镇新增就业3000人。")
    assert clean.lines == ["各位代表：", "今年全区地区生产总值增长8%左右，城镇新增就业3000人。"]


def test_link_fragments_of_a_wiki_page_are_rejoined() -> None:
    raw = "会议听取和审议了国务院总理李强所作的\n政府工作报告\n。会议充分肯定国务院过去一年的工作。"
    assert clean_text(raw).lines == ["会议听取和审议了国务院总理李强所作的政府工作报告。会议充分肯定国务院过去一年的工作。"]


def test_a_link_alone_on_its_line_inside_a_sentence_is_rejoined() -> None:
    raw = ("政府工作报告\n——2026年1月20日在县第五届人民代表大会第六次会议上\n县长\n王明\n各位代表：\n"
           "——交通条件持续改善。新建\n城际铁路\n通车里程超过120公里，新改建\n农村公路\n300公里。\n"
           "振兴乡村教育，\n一要\n加大投入力度。\n")
    lines = clean_text(raw).lines
    assert "——交通条件持续改善。新建城际铁路通车里程超过120公里，新改建农村公路300公里。" in lines
    # a dateline and the salutation stay lines of their own; so does an item's marker
    assert lines[1:3] == ["——2026年1月20日在县第五届人民代表大会第六次会议上", "各位代表："]
    assert lines[-3:] == ["振兴乡村教育，", "一要", "加大投入力度。"]


def test_a_name_or_a_marker_cut_at_its_marks_is_rejoined() -> None:
    raw = ("各位代表：\n全县上下认真落实《\n乡村振兴促进法\n》，推进农业农村现代化。\n过去一年，增收渠道不断拓宽。\n（\n"
           "二）民生保障稳步增强。\n")
    assert clean_text(raw).lines == ["各位代表：", "全县上下认真落实《乡村振兴促进法》，推进农业农村现代化。",
                                     "过去一年，增收渠道不断拓宽。", "（二）民生保障稳步增强。"]


def test_a_licence_footer_and_everything_after_it_goes() -> None:
    raw = "\n".join(BODY) + "\n本作品是中华人民共和国的法律、法规，根据《中华人民共和国著作权法》第五条第一项，本作品不适用于该法，属于公有领域。\n注：社群认为，公务演讲，\n不总是\n具有立法性质的文件。\nPublic domain\nfalse"
    clean = clean_text(raw)
    assert clean.lines == BODY


def test_flattened_one_line_document_is_split_into_paragraphs() -> None:
    raw = "上海市市长　龚正 各位代表：   现在，我代表上海市人民政府，向大会报告工作。   一、2020年工作回顾   过去一年是极不平凡的一年。  1"
    assert clean_text(raw).lines == [
        "上海市市长　龚正", "各位代表：", "现在，我代表上海市人民政府，向大会报告工作。", "一、2020年工作回顾", "过去一年是极不平凡的一年。",
    ]


def test_white_space_is_normalised_and_nothing_else_changes() -> None:
    raw = "\ufeff　　各位代表：\r\n\r\n　　现在，我代表\u200b海拉尔区人民政府向大会作工作报告。\t\r\n海拉尔区人民政府区长　　杜联合\x0c"
    assert split_lines(raw) == ["各位代表：", "现在，我代表海拉尔区人民政府向大会作工作报告。", "海拉尔区人民政府区长　杜联合"]


def test_traditional_script_stays_traditional() -> None:
    raw = "推動黨的二十大精神落地生根\n耒陽市委理論學習中心組\n黨的二十大是一次十分重要的大會，耒陽市把學習宣傳貫徹黨的二十大精神作為首要政治任務。"
    assert clean_text(raw).text == raw


def test_inline_share_site_boilerplate_is_cut_out_of_paragraphs() -> None:
    raw = "各位代表：\n今年要新增就业岗位3000个以上。文档来源为:从网络收集整理.word版本可编辑.欢迎下载支持.\n确保年底前完成各项任务。"
    assert clean_text(raw).lines == ["各位代表：", "今年要新增就业岗位3000个以上。", "确保年底前完成各项任务。"]


def test_body_sentences_that_use_furniture_words_are_kept() -> None:
    body = [
        "各位代表：",
        "我们赞赏和支持不结盟运动的宗旨，高度评价不结盟运动的重要作用。",
        "群众扫描二维码即可反映问题，即时联、现时办。",
        "推行“码上督”，分享到各乡镇的经验要及时总结。",
        "今年全县新增注册企业1200户，会员单位达到300家。",
    ]
    assert clean_text("\n".join(body)).lines == body


def test_traditional_page_furniture_is_recognised_and_the_body_kept_in_its_script() -> None:
    body = ["各位代表：", "現在，我代表市人民政府向大會報告工作，請予審議。", "今年全市地區生產總值增長6%左右。"]
    raw = "\n".join(["首頁", "新聞中心", "政務公開", "2026年政府工作報告", "來源：市政府辦公室", "責任編輯：王小明",
                     *body, "分享到：", "相關報道：", "市長接受媒體採訪", "版權所有 © 2026 市人民政府"])
    clean = clean_text(raw)
    assert clean.lines == ["2026年政府工作報告", *body]


def test_document_library_headers_of_other_sites_go() -> None:
    head = "本文格式为Word版，下载可任意编辑\n上传人：abc123\n上传时间：2023-05-01\n文档格式：docx\n文件大小：25.6KB\n在县委理论学习中心组学习会上的讲话\n"
    clean = clean_text(page(head, "文档贡献者：张三\n"))
    assert clean.lines == ["在县委理论学习中心组学习会上的讲话", *BODY]


def test_a_long_run_of_spaces_is_stripped_in_linear_time() -> None:
    # Found by stress-testing the property tests' inputs: [ ]+$ retried at each space of a run took 20 s here.
    import time

    started = time.perf_counter()
    assert split_lines("1 1 " + "　" * 50_000 + "2") == ["1 1", "2"]
    assert time.perf_counter() - started < 2
    assert split_lines("\u3000\u3000各位代表：\u2003\t") == ["各位代表："]  # every kind of space still goes


def test_a_yaml_header_is_set_aside_with_its_title() -> None:
    raw = "---\ntitle: 某县政府工作报告（2024年1月15日）\nsource: 某网站\n---\n\n" + "\n".join(BODY)
    cleaned = clean_text(raw)
    assert cleaned.text == "\n".join(BODY)
    assert cleaned.dropped[:2] == ["---", "title: 某县政府工作报告（2024年1月15日）"]
    # a rule line that opens no header stays (a document may start with a separator and prose)
    assert clean_text("---\n" + "\n".join(BODY)).text.endswith(BODY[-1])


def test_pager_related_lists_and_menu_columns_around_the_body_go() -> None:
    raw = "\n".join([
        "首页", "政务公开", "讲话材料", "在县委理论学习中心组学习会上的讲话材料", *BODY,
        "【相关文章】", "· 全县召开经济运行调度会", "· 关于做好春耕生产的通知",
        "上一篇：", "县政府召开常务会议", "下一篇：", "全县开展植树活动", "【我要纠错】 责任编辑：王五",
    ])
    cleaned = clean_text(raw)
    assert cleaned.text == "\n".join(["在县委理论学习中心组学习会上的讲话材料", *BODY])


def test_a_portals_name_and_its_record_fields_between_title_and_body_go() -> None:
    raw = "\n".join(["某县人民政府门户网站", "在县委理论学习中心组学习会上的讲话材料", "索引号：00001-2024-00031",
                     "主题分类：综合政务", "发文机关：某县人民政府", "成文日期：2024-03-02", *BODY])
    assert clean_text(raw).text == "\n".join(["在县委理论学习中心组学习会上的讲话材料", *BODY])


# A speech copied out of a PDF: every line of a paragraph runs to the page's width (here 20 Chinese characters)
# and breaks wherever the width ends, in a heading too; the short last line of a paragraph ends it.
_WRAPPED = (
    "同志们：\n"
    "今天召开全县项目建设推进会，主要任务是总结去年项目\n"
    "建设情况，安排部署今年重点工作。下面，我讲三点意见。\n"
    "一、统一思想认识，切实增强抓项目促发展的责任感和紧\n"
    "迫感\n"
    "项目是经济发展的生命线，投资是拉动增长的主引擎。各\n"
    "乡镇、各部门要把项目建设作为头号工程，主要领导亲自\n"
    "抓、分管领导具体抓，确保每个项目都有专人盯办。\n"
    "二、突出工作重点，全力推动重大项目早开工早见效\n"
    "要围绕产业链招大引强，全年新签约亿元以上项目30个，\n"
    "新开工重点项目50个，完成固定资产投资120亿元以上，\n"
    "县发改局要牵头建立项目推进台账，每月调度一次进展。\n"
)


def test_lines_wrapped_at_a_pages_width_are_joined_into_paragraphs() -> None:
    text = clean_text(_WRAPPED).text
    assert "主要任务是总结去年项目建设情况" in text
    assert "\n一、统一思想认识，切实增强抓项目促发展的责任感和紧迫感\n" in text
    assert "各乡镇、各部门要把项目建设作为头号工程，主要领导亲自抓、分管领导具体抓" in text
    # a line that ends its paragraph short, or with a full stop, is not joined to the next
    assert "专人盯办。\n二、突出工作重点" in text
    assert "完成固定资产投资120亿元以上，县发改局要牵头" in text
    # a full heading line that ends with no stop is not run into the paragraph after it
    assert "\n二、突出工作重点，全力推动重大项目早开工早见效\n要围绕产业链招大引强" in text


def test_a_document_whose_lines_are_paragraphs_is_not_unwrapped() -> None:
    from luoshi.clean.joins import unwrap, wrap_width

    # lines of one width that end their sentences (a list of targets) are paragraphs, not a wrapped page
    items = [f"全年新开工重点项目{n}个，完成投资{n * 3}亿元。" for n in range(10, 22)]
    assert wrap_width(items) is None and unwrap(items) == items
    # nor are paragraphs of many lengths that break in mid-sentence now and then
    paragraphs = [("加快推进重点项目建设" * (1 + n % 5)) + ("，" if n % 4 else "。") for n in range(12)]
    assert wrap_width(paragraphs) is None
    assert wrap_width(_WRAPPED.splitlines()) is not None


def test_a_heading_run_into_its_paragraph_wraps_like_the_paragraph() -> None:
    wrapped = _WRAPPED.replace("二、突出工作重点，全力推动重大项目早开工早见效\n",
                               "（一）抓好招商引资。全年新签约项目30个，新开工重点项\n目50个，")
    assert "（一）抓好招商引资。全年新签约项目30个，新开工重点项目50个，" in clean_text(wrapped).text


def test_a_flattened_line_with_single_spaces_between_paragraphs_is_split_at_them() -> None:
    body = ("在全县项目建设推进会上的讲话 同志们: 今天召开全县项目建设推进会,部署下半年工作。 受县委书记委托,我讲三点意见。 "
            "第一,要全力冲刺全年目标。会后,各乡镇各部门要迅速行动起来,确保今年各项任务圆满完成。 " * 3)
    lines = clean_text(body).lines
    assert lines[:4] == ["在全县项目建设推进会上的讲话", "同志们:", "今天召开全县项目建设推进会,部署下半年工作。",
                         "受县委书记委托,我讲三点意见。"]
    # a short line keeps its spaces: a space after a stop is no paragraph break there
    assert clean_text("今年新建5G基站1200个。 完成投资3亿元。").lines == ["今年新建5G基站1200个。 完成投资3亿元。"]


def test_a_subscript_set_on_a_line_of_its_own_goes_back_to_its_symbol() -> None:
    raw = "各位代表：\n要加强大气污染治理，细颗粒物（PM\n2.5）浓度下降4%，以PM\n2.5\n浓度下降为主线，推动协同减排。\n二氧化碳（CO\n2）排放强度下降。\n"
    text = clean_text(raw).text
    assert "细颗粒物（PM2.5）浓度下降4%，以PM2.5浓度下降为主线，推动协同减排。" in text
    assert "二氧化碳（CO2）排放强度下降。" in text
    assert "要加强大气污染治理" in text and "\n2" not in text


def test_a_table_of_contents_before_the_title_goes() -> None:
    raw = ("一、回顾过去\n二、研判形势\n三、聚焦重点\n在全县经济工作会议上的讲话\n同志们：\n今天，我们召开全县经济工作会议，部署今年工作。\n"
           "一、回顾过去，成绩来之不易\n去年全县经济稳中有进。\n二、研判形势，坚定发展信心\n当前机遇和挑战并存。\n"
           "三、聚焦重点，全力以赴抓落实\n要抓好项目建设。\n")
    lines = clean_text(raw).lines
    assert lines[0] == "在全县经济工作会议上的讲话"
    assert "一、回顾过去" not in lines and "一、回顾过去，成绩来之不易" in lines


def test_a_speech_run_onto_one_line_with_nothing_between_its_paragraphs_is_split() -> None:
    body = "今天,我们召开全镇工作会议,主要任务是总结去年工作、部署今年任务。" * 15
    raw = (f"在全镇工作会议上的讲话同志们:{body}一、肯定成绩、总结经验,坚定发展信心去年,全镇经济稳中有进。"
           "二、突出重点,推动各项工作开好局要抓好项目建设,确保重点项目按期开工。")
    lines = clean_text(raw).lines
    assert lines[0] == "在全镇工作会议上的讲话"
    assert lines[1].startswith("同志们:今天")
    assert lines[2].startswith("一、肯定成绩") and lines[3].startswith("二、突出重点")


def test_a_parts_title_in_a_line_flattened_with_single_spaces_ends_at_its_space() -> None:
    body = "今年以来,全县上下抓紧抓早、科学调度,经济稳中有进。" * 12
    raw = f"同志们: 今天的会议研究部署二季度工作。 一、认清形势,坚定信心 {body} 二、突出重点,精准发力 一要全力抓好项目建设。"
    lines = clean_text(raw).lines
    assert "一、认清形势,坚定信心" in lines and "二、突出重点,精准发力" in lines
    assert "一要全力抓好项目建设。" in lines


def test_a_paragraph_broken_at_a_page_end_is_rejoined_and_a_new_paragraph_is_not() -> None:
    raw = ("全年粮食产量保持稳定。加强农田水利建设，推进重点灌区续建配套，实施一批中小河流治\n"
           "理工程，提升防汛抗旱能力。\n"
           "县长指出，今年要抓好三件事。坚持稳中求进，强化项目支撑，深入实施乡村振兴战略\n"
           "各位代表，今天的全县站在新的起点上。\n"
           "一、2025年工作回顾")
    assert clean_text(raw).lines == [
        "全年粮食产量保持稳定。加强农田水利建设，推进重点灌区续建配套，实施一批中小河流治理工程，提升防汛抗旱能力。",
        "县长指出，今年要抓好三件事。坚持稳中求进，强化项目支撑，深入实施乡村振兴战略",
        "各位代表，今天的全县站在新的起点上。",
        "一、2025年工作回顾",
    ]
