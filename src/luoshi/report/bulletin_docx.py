"""The 进度通报 as a Word document: A4 portrait, Chinese fonts, tables, the 领导批示, the two charts and the
约谈 list.

Fonts are named for Chinese Word installations — 黑体 for the title and headings, 仿宋 for the body — and
set as the East Asian font (``w:eastAsia``) too, without which Word shows Chinese text in its Latin font's
fallback. Tables repeat their header row on each printed page.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table

from luoshi.report.bulletin import INSTRUCTION_TABLE_HEADER, UNIT_TABLE_HEADER, Bulletin, day_label
from luoshi.report.docx_style import east_asian_font, flag_row, set_widths

BODY_FONT = "仿宋"
HEADING_FONT = "黑体"
_CONTENT_CHARS = 60  # an item's text in a table cell, cut with an ellipsis
_CHART_WIDTH = Mm(150)
_ORDINALS = "一二三四五六七八九十"


def render_docx(bulletin: Bulletin) -> bytes:
    doc = Document()
    _page(doc)
    doc.core_properties.title = bulletin.title
    doc.core_properties.author = f"{bulletin.jurisdiction}督查室"

    title = doc.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(bulletin.title)
    subtitle = doc.add_paragraph(f"（统计截至{day_label(bulletin.as_of)}）")
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER

    sections = iter(_ORDINALS)
    doc.add_heading(f"{next(sections)}、总体情况", level=1)
    doc.add_paragraph(bulletin.summary)

    doc.add_heading(f"{next(sections)}、各单位办理情况", level=1)
    _table(doc, UNIT_TABLE_HEADER, bulletin.unit_table(),
           widths=[34, 16, 16, 20, 22, 14, 14, 20])

    doc.add_heading(f"{next(sections)}、逾期未办结事项", level=1)
    if bulletin.overdue:
        _table(doc, ["编号", "事项", "牵头单位", "完成时限", "逾期天数"],
               [[e.item.number, _short(e.item.content), _unit(e.item), e.item.deadline.isoformat(), f"{e.days}天"]
                for e in bulletin.overdue], widths=[26, 67, 26, 27, 17])
    else:
        doc.add_paragraph("无逾期未办结事项。")

    doc.add_heading(f"{next(sections)}、领导批示", level=1)
    if bulletin.instructions:
        _table(doc, INSTRUCTION_TABLE_HEADER, bulletin.instruction_table(), widths=[20, 17, 28, 22, 52, 24])
    else:
        doc.add_paragraph("本期无领导批示。")

    doc.add_heading(f"{next(sections)}、本期办结和新交办事项", level=1)
    _item_list(doc, f"本期办结销号{len(bulletin.closed_items)}项", bulletin.closed_items)
    if bulletin.list_new_items:
        _item_list(doc, f"本期新交办{len(bulletin.new_items)}项", bulletin.new_items)
    else:
        doc.add_paragraph(f"本期新交办{len(bulletin.new_items)}项，其中{bulletin.new_items_by_unit}（明细见督办台账）。")

    doc.add_heading(f"{next(sections)}、图表", level=1)
    if bulletin.chart_warning:
        doc.add_paragraph(bulletin.chart_warning)
    for chart in (bulletin.completion_chart, bulletin.light_chart):
        doc.add_picture(io.BytesIO(chart.png), width=_CHART_WIDTH)
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading(f"{next(sections)}、考评情况", level=1)
    r = bulletin.rules
    doc.add_paragraph(f"考评规则：基础分{r.base_points}分；按期办结每项加{r.on_time_points}分；漏报进展每次扣"
                      f"{r.missed_report_points}分；逾期事项每项扣{r.overdue_points}分；群众反馈超时答复每条扣"
                      f"{r.late_feedback_points}分。")
    if bulletin.scores:
        _table(doc, ["名次", "单位", "得分", "加减分情况"],
               [[str(rank), s.unit.name, str(s.points), "；".join(s.lines) or "无加减分"]
                for rank, s in enumerate(bulletin.scores, 1)], widths=[12, 30, 14, 107])
    else:
        doc.add_paragraph("本期无参加考评的单位。")

    doc.add_heading(f"{next(sections)}、约谈名单", level=1)
    doc.add_paragraph(f"红灯持续{r.summons_red_days}天以上，或红灯事项达到{r.summons_red_items}项的单位，列入约谈。")
    if bulletin.summons:
        for entry in bulletin.summons:
            doc.add_paragraph(f"{entry.unit.name}：{entry.reason}。", style="List Number")
            for item in entry.items:
                red_days = item.red_days
                days = f"，红灯{red_days}天" if red_days else ("，今日转红" if red_days == 0 else "")
                doc.add_paragraph(f"{item.number} {_short(item.content)}（{item.light_reason or '红灯'}{days}）",
                                  style="List Bullet 2")
    else:
        doc.add_paragraph("本期无单位达到约谈条件。")

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _page(doc: DocxDocument) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(30)
    section.left_margin, section.right_margin = Mm(25), Mm(22)
    _font(doc.styles["Normal"], BODY_FONT, 12)
    _font(doc.styles["Title"], HEADING_FONT, 20, bold=False)
    _font(doc.styles["Heading 1"], HEADING_FONT, 14, bold=False)
    for name in ("List Number", "List Bullet 2"):
        _font(doc.styles[name], BODY_FONT, 12)
    # The default template's Title has a bottom border and spacing meant for Latin text; keep it plain.
    title_ppr = doc.styles["Title"].element.pPr
    if title_ppr is not None and (border := title_ppr.find(qn("w:pBdr"))) is not None:
        title_ppr.remove(border)


def _font(style, name: str, size: float, *, bold: bool | None = None) -> None:
    style.font.name, style.font.size = name, Pt(size)
    style.font.color.rgb = RGBColor(0, 0, 0)
    if bold is not None:
        style.font.bold = bold
    fonts = east_asian_font(style.element.get_or_add_rPr(), name)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)  # a theme font would override the names


def _table(doc: DocxDocument, header: list[str], rows: list[list[str]], widths: list[int]) -> Table:
    table = doc.add_table(rows=1, cols=len(header), style="Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    flag_row(table.rows[0], "w:tblHeader")  # repeat the header row on every page
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    set_widths(table, widths)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10.5)
    return table


def _item_list(doc: DocxDocument, heading: str, items: list) -> None:
    doc.add_paragraph(f"{heading}{'：' if items else '。'}")
    for item in items:
        doc.add_paragraph(f"{item.number} {_short(item.content)}（{_unit(item)}）", style="List Bullet 2")


def _unit(item) -> str:
    return item.lead_unit.name if item.lead_unit else "未指定"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _CONTENT_CHARS else text[:_CONTENT_CHARS - 1] + "…"
