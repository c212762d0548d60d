"""HTML pages and text files that are really HTML: every word of the body, none of the page."""

from __future__ import annotations

import pytest

from luoshi.errors import InputError
from luoshi.ingest import read_bytes
from luoshi.ingest.html import looks_like_html, read_html
from luoshi.pipeline import document_from_raw, document_from_text

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于印发2024年重点工作任务分解方案的通知_XX县人民政府</title>
<meta name="PubDate" content="2024-02-20 10:00"><style>p{color:red}</style></head>
<body><div class="header"><ul class="nav"><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政民互动</a></li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="article"><h1>关于印发2024年重点工作任务分解方案的通知</h1>
<div class="info">发布时间：2024-02-20 来源：县政府办 浏览次数：<span>356</span></div>
<div class="content"><h4>各乡镇人民政府，县政府各部门：</h4>
<p>现将《2024年重点工作任务分解方案》印发给你们，<b>请认真</b>贯彻落实。</p>
<h5>一、主要目标</h5>
<p>全年新建5G基站200个。</p>
<table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr><tr><td>1</td><td>新建5G基站200个</td><td>县工信局</td></tr></table>
<p style="display:none">隐藏的关键词堆砌</p>
<p style="text-align:right">XX县人民政府办公室</p><p style="text-align:right">2024年2月19日</p></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div></div>
<div class="footer"><p>主办：XX县人民政府办公室</p><p>网站标识码：1234567890 鲁ICP备12345678号</p></div>
<script>document.write("<p>脚本里的文字</p>")</script></body></html>"""


def test_page_keeps_headings_paragraphs_and_table_rows_in_order() -> None:
    document = document_from_raw(read_html(PAGE), "page.html")
    assert document.text.split("\n") == [
        "关于印发2024年重点工作任务分解方案的通知",
        "各乡镇人民政府，县政府各部门：",
        "现将《2024年重点工作任务分解方案》印发给你们，请认真贯彻落实。",
        "一、主要目标",
        "全年新建5G基站200个。",
        "序号\t任务\t牵头单位",
        "1\t新建5G基站200个\t县工信局",
        "XX县人民政府办公室",
        "2024年2月19日",
    ]
    assert document.title == "关于印发2024年重点工作任务分解方案的通知"
    assert document.date == "2024-02-19"  # the document's own date, not the page's


def test_declared_title_and_date_come_from_the_head() -> None:
    raw = read_html(PAGE)
    assert raw.title == "关于印发2024年重点工作任务分解方案的通知_XX县人民政府"
    assert raw.date == "2024-02-20"


def test_a_text_file_holding_a_soup_dump_is_read_as_html() -> None:
    markup = '[<div class="box"><h4>各位代表：</h4>\n<p>现在，我代表国务院，向大会报告政府工作。</p>\n<h5>一、2015年工作回顾</h5>\n<p>过去一年，国内生产总值达到67.7万亿元。</p></div>]'
    assert looks_like_html(markup)
    raw = read_bytes(markup.encode("utf-8"))
    assert raw.format == "html"
    document = document_from_raw(raw, "dump.txt")
    assert document.text == "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2015年工作回顾\n过去一年，国内生产总值达到67.7万亿元。"
    assert document.date == "2016"  # a report reviewing 2015 is the 2016 report


def test_prose_that_mentions_a_tag_is_not_html() -> None:
    assert not looks_like_html("网页中的<p>标签表示段落。各位代表：今年要新建5G基站200个。")


def test_html_in_gbk_is_decoded_before_parsing() -> None:
    raw = read_bytes(PAGE.replace('charset="utf-8"', 'charset="gbk"').encode("gbk"))
    assert raw.encoding == "gb18030"
    assert "新建5G基站200个" in raw.text


def test_hostile_markup_is_read_without_executing_or_crashing() -> None:
    nested = "<div>" * 5000 + "深层嵌套的正文。" + "</div>" * 5000
    bomb = '<!DOCTYPE x [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><html><body><p>&b;&b;&b;</p><p>正文照常。</p></body></html>'
    for markup in (nested, bomb, "<html><body><p>未闭合" * 2000):
        raw = read_html(markup)
        assert isinstance(raw.text, str)
    assert "正文照常。" in read_html(bomb).text
    assert len(read_html(bomb).text) < 1000  # entities are not expanded


def test_a_cut_page_is_read_and_reported() -> None:
    raw = read_html(PAGE[: PAGE.index("<h5>")])
    assert "现将《2024年重点工作任务分解方案》印发给你们" in raw.text
    assert any("cut short" in w for w in raw.warnings)


def test_xhtml_with_an_xml_declaration_is_read() -> None:
    # Found by fuzzing: lxml refuses a str that declares its encoding, so XHTML pages were "unreadable HTML".
    page = '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>今年要新建5G基站200个。</p></body></html>'
    assert read_html(page).text.strip() == "今年要新建5G基站200个。"
    assert read_bytes(page.encode("gb18030").replace(b"UTF-8", b"GB2312")).text.strip() == "今年要新建5G基站200个。"


def test_markup_without_a_word_has_no_text() -> None:
    # Found by fuzzing: lxml's "Document is empty" came out as "unreadable HTML"; it is a page with no text.
    assert read_html("<!DOCTYPE ht<!m").text == ""
    with pytest.raises(InputError, match=r"^no text found in the document$"):
        document_from_text("<!DOCTYPE ht<!m")
