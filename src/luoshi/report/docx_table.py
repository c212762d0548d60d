"""The 任务分解表 as a Word document (python-docx): A4 landscape, a title, one table in the layout of the .xlsx.

The header row repeats on every page (``w:tblHeader``), section rows span the nine columns and are shaded,
and the Chinese text gets its font through ``w:eastAsia``, which Word uses for CJK characters (``font.name``
alone sets only the Latin font).
"""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from luoshi.report.breakdown import COLUMNS, Breakdown
from luoshi.report.docx_style import east_asian_font, flag_row, set_widths

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
LATIN_FONT = "Times New Roman"
# Column widths in millimetres; together the 267 mm between 15 mm margins of a landscape A4 page.
WIDTHS_MM = (22, 80, 22, 22, 24, 20, 24, 38, 15)
_CENTERED = {0, 2, 5, 6, 8}
_SHADES = {0: "BFBFBF", 1: "D9D9D9", 2: "EDEDED"}
_PLAIN_SHADE = "F7F7F7"


def docx_bytes(breakdown: Breakdown) -> bytes:
    out = io.BytesIO()
    write_docx(breakdown, out)
    return out.getvalue()


def write_docx(breakdown: Breakdown, target: Any) -> None:
    """Write the document to ``target``: a path or a binary file object."""
    document = docx.Document()
    document.core_properties.title = breakdown.title
    document.core_properties.author = "luoshi"
    _page(document)
    _fonts(document)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(title, breakdown.title, size=18, bold=True, font=TITLE_FONT)
    if breakdown.subtitle:
        subtitle = document.add_paragraph()
        subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(subtitle, breakdown.subtitle, size=11)

    table = document.add_table(rows=1 + len(breakdown.rows), cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(table, WIDTHS_MM)  # before merging, which adds up the merged cells' widths

    header = table.rows[0]
    flag_row(header, "w:cantSplit", "w:tblHeader")
    for index, name in enumerate(COLUMNS):
        _fill(header.cells[index], name, bold=True, centered=True, font=TITLE_FONT, shade="D9D9D9")

    for row, entry in zip(table.rows[1:], breakdown.rows, strict=True):
        cells = row.cells
        if entry.is_heading:
            flag_row(row, "w:cantSplit")
            merged = cells[0].merge(cells[-1])
            _fill(merged, entry.content, bold=True, shade=_SHADES.get(entry.level, _PLAIN_SHADE))
            continue
        for index, value in enumerate(entry.cells()):
            _fill(cells[index], value, centered=index in _CENTERED)
    document.save(target)


def _page(document: Any) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(18)


def _fonts(document: Any) -> None:
    style = document.styles["Normal"]
    style.font.name = LATIN_FONT
    style.font.size = Pt(10.5)  # 五号
    east_asian_font(style.element.get_or_add_rPr(), BODY_FONT)
    style.paragraph_format.space_after = Pt(0)


def _run(paragraph: Any, text: str, *, size: float | None = None, bold: bool = False, font: str | None = None):
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = LATIN_FONT
        east_asian_font(run._element.get_or_add_rPr(), font)
    return run


def _fill(cell: Any, text: str, *, bold: bool = False, centered: bool = False, font: str | None = None,
          shade: str | None = None) -> None:
    if shade:  # before the vertical alignment: w:shd precedes w:vAlign in a cell's properties
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), shade)
        cell._tc.get_or_add_tcPr().append(shading)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centered else WD_ALIGN_PARAGRAPH.LEFT
    if text:
        _run(paragraph, text, bold=bold, font=font)

