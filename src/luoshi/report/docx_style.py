"""What the Word writers (the 任务分解表 and the 进度通报) both do to a document's XML, written once.

Chinese text needs its font as the East Asian font (``w:eastAsia``): ``font.name`` alone sets only the
Latin one, and Word falls back to a Latin font's substitute for CJK characters. Column widths go on the
grid and on every cell, since Word reads the cells and LibreOffice the grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm


def east_asian_font(rpr: Any, name: str) -> Any:
    """Set ``name`` as the East Asian font of run properties (``w:rPr``); gives their ``w:rFonts``."""
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)
    return fonts


def set_widths(table: Any, widths_mm: Sequence[float]) -> None:
    """Fixed column widths in millimetres, on the grid and on each cell."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def flag_row(row: Any, *flags: str) -> None:
    """Switch on row properties: ``w:tblHeader`` (repeat on every page), ``w:cantSplit`` (keep on one page)."""
    properties = row._tr.get_or_add_trPr()
    for name in flags:
        element = OxmlElement(name)
        element.set(qn("w:val"), "true")
        properties.append(element)
