"""The 任务分解表 as an .xlsx workbook (XlsxWriter), laid out to be printed on A4 landscape.

Every piece of user text goes through ``write_string`` with formula, number and URL guessing off, so a task
that begins with = + - @ stays text in Excel and LibreOffice instead of becoming a formula (CSV/formula
injection).
"""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from luoshi.report.breakdown import COLUMNS, Breakdown

# Widths in Excel's character units; a Chinese character takes about two.
WIDTHS = (12, 52, 13, 14, 16, 13, 16, 34, 12)
FONT = "宋体"
TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 0, 1, 2
_LAST = len(COLUMNS) - 1
# Section shading by outline level: the document row darkest, then 一、, （一）, 一是.
_SHADES = {0: "#BFBFBF", 1: "#D9D9D9", 2: "#EDEDED"}
_PLAIN_SHADE = "#F7F7F7"


def xlsx_bytes(breakdown: Breakdown, *, sheet_name: str = "任务分解表") -> bytes:
    out = io.BytesIO()
    write_xlsx(breakdown, out, sheet_name=sheet_name)
    return out.getvalue()


def write_xlsx(breakdown: Breakdown, target: Any, *, sheet_name: str = "任务分解表") -> None:
    """Write the workbook to ``target``: a path or a binary file object (such as ``io.BytesIO``)."""
    workbook = xlsxwriter.Workbook(target, {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    })
    workbook.set_properties({"title": breakdown.title, "subject": "任务分解表", "author": "luoshi"})
    formats = _formats(workbook)
    sheet = workbook.add_worksheet(sheet_name[:31])

    for column, width in enumerate(WIDTHS):
        sheet.set_column(column, column, width)
    sheet.set_row(TITLE_ROW, 32)
    sheet.merge_range(TITLE_ROW, 0, TITLE_ROW, _LAST, "", formats["title"])
    sheet.write_string(TITLE_ROW, 0, breakdown.title, formats["title"])
    sheet.merge_range(SUBTITLE_ROW, 0, SUBTITLE_ROW, _LAST, "", formats["subtitle"])
    sheet.write_string(SUBTITLE_ROW, 0, breakdown.subtitle, formats["subtitle"])
    sheet.set_row(HEADER_ROW, 24)
    for column, name in enumerate(COLUMNS):
        sheet.write_string(HEADER_ROW, column, name, formats["header"])

    row = HEADER_ROW
    for entry in breakdown.rows:
        row += 1
        if entry.is_heading:
            fmt = formats[f"section{min(entry.level, 3)}"]
            sheet.merge_range(row, 0, row, _LAST, "", fmt)
            sheet.write_string(row, 0, entry.content, fmt)
            continue
        for column, value in enumerate(entry.cells()):
            fmt = formats["center"] if column in (0, 2, 5, 6, 8) else formats["text"]
            if value:
                sheet.write_string(row, column, value, fmt)
            else:
                sheet.write_blank(row, column, None, fmt)  # keeps the border

    sheet.freeze_panes(HEADER_ROW + 1, 0)
    # 序号 such as 2026-003-07, and plain 1, 2, 3, are text on purpose: no "number stored as text" flags.
    sheet.ignore_errors({"number_stored_as_text": f"A{HEADER_ROW + 2}:A{max(row + 1, HEADER_ROW + 2)}"})
    _print_setup(sheet, row)
    workbook.close()


def _print_setup(sheet: Any, last_row: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # one page wide, as many tall as it takes
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.center_horizontally()
    sheet.repeat_rows(HEADER_ROW)
    sheet.print_area(0, 0, max(last_row, HEADER_ROW), _LAST)
    sheet.hide_gridlines(1)  # the cells have borders; the sheet's grid is not printed
    sheet.set_footer("&C第 &P 页，共 &N 页")


def _formats(workbook: Any) -> dict[str, Any]:
    base = {"font_name": FONT, "font_size": 11, "text_wrap": True, "valign": "vcenter"}
    bordered = {**base, "border": 1}
    formats = {
        "title": workbook.add_format({**base, "font_size": 18, "bold": True, "align": "center"}),
        "subtitle": workbook.add_format({**base, "font_size": 11, "align": "center"}),
        "header": workbook.add_format({**bordered, "bold": True, "align": "center", "bg_color": "#D9D9D9"}),
        "text": workbook.add_format({**bordered, "align": "left", "valign": "top"}),
        "center": workbook.add_format({**bordered, "align": "center"}),
    }
    for level in range(4):
        shade = _SHADES.get(level, _PLAIN_SHADE)
        formats[f"section{level}"] = workbook.add_format(
            {**bordered, "bold": True, "align": "left", "bg_color": shade, "indent": max(level - 1, 0)})
    return formats
