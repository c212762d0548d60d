"""The 任务分解表 as data: a title, a subtitle and rows, each a section heading or a task.

Pure and free of Django, so ``luoshi export`` builds the table straight from a speech file. Ledger items
are read by duck typing (the attributes of ``luoshi.ledger.models.Item``); the renderers are
:mod:`luoshi.report.xlsx` and :mod:`luoshi.report.docx_table`.

Section rows follow the document's outline: a task under “一是抓好项目谋划储备” brings the headings above it
(“三、2026年重点工作”, “（一）坚持项目为王……”) the first time they are reached, as a clerk lays the table out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from luoshi.document import Document
from luoshi.leads import DEFAULT_CATALOGUE, UnitProfile, suggested_lead_text
from luoshi.proposals import propose
from luoshi.targets import target_text

COLUMNS = ("序号", "任务内容", "目标值", "牵头单位", "配合单位", "责任人", "完成时限", "进展情况", "状态")
LIST_TITLE = "督办事项任务分解表"
PROGRESS_CHARS = 80  # 进展情况 quotes the latest report this far: the table is a summary, not the file

# Characters XML 1.0 cannot hold; python-docx refuses them and spreadsheets show them as boxes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACES = re.compile(r"\s+")

# The open sections above a row, outermost first: (key, level, text); the key tells same-titled headings apart.
Chain = tuple[tuple[object, int, str], ...]


@dataclass(frozen=True)
class BreakdownRow:
    """One row: a section heading (merged across the columns) or a task with the nine columns' values.

    ``level`` is the outline level of a heading (1 for “一、”, 2 for “（一）”, …) and 0 for the row that names
    a document when one table holds the items of several; a task row's level is 0 and unused.
    """

    kind: Literal["heading", "task"]
    content: str
    number: str = ""
    target: str = ""
    lead_unit: str = ""
    co_units: str = ""
    responsible: str = ""
    deadline: str = ""
    progress: str = ""
    status: str = ""
    level: int = 0

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"

    def cells(self) -> tuple[str, ...]:
        """The task's values in the order of :data:`COLUMNS`."""
        return (self.number, self.content, self.target, self.lead_unit, self.co_units, self.responsible,
                self.deadline, self.progress, self.status)


@dataclass(frozen=True)
class Breakdown:
    title: str
    subtitle: str
    rows: list[BreakdownRow]

    @property
    def tasks(self) -> list[BreakdownRow]:
        return [row for row in self.rows if not row.is_heading]

    @property
    def headings(self) -> list[BreakdownRow]:
        return [row for row in self.rows if row.is_heading]


# ---------------------------------------------------------------------------------------------- documents


def breakdown_from_document(document: Document) -> Breakdown:
    """The proposed table of an extracted speech, before any database: what ``luoshi export`` writes."""
    rows = rows_from_document(document)
    count = sum(not row.is_heading for row in rows)
    title = document_title(document.title)
    subtitle = "　".join(part for part in (document.region or "", chinese_date(document.date), f"共{count}项") if part)
    return Breakdown(title=title, subtitle=subtitle, rows=rows)


def rows_from_document(document: Document) -> list[BreakdownRow]:
    return rows_from_proposals(propose(document), document.outline, DEFAULT_CATALOGUE)


def rows_from_proposals(proposals: Iterable[Any], outline: Sequence[Any] = (),
                        units: Sequence[UnitProfile] = ()) -> list[BreakdownRow]:
    """Rows of proposed 任务分解表 entries (``propose()``'s dicts or ``Proposal`` rows), numbered 1, 2, 3…

    Nobody is assigned yet, so 责任人, 进展情况 and 状态 stay empty; 牵头单位 is the unit the text names, as
    written (``lead``), else the best of ``units`` for its wording marked （建议）; 完成时限 is the row's
    ``due_date`` (:mod:`luoshi.duedates`: 6月底前 → 6月30日, a year → its 12月31日), else the end of its
    target's year, else 年内.
    """
    headings = _outline(outline)
    rows: list[BreakdownRow] = []
    chain: Chain = ()
    for number, proposal in enumerate(proposals, 1):
        chain = _open_sections(rows, chain, _chain(headings, _get(proposal, "heading"), _get(proposal, "start") or 0))
        due = _get(proposal, "due_date")
        rows.append(BreakdownRow(
            kind="task",
            number=str(number),
            content=cell(_get(proposal, "content")),
            target=target_text(_get(proposal, "target_value"), _get(proposal, "target_value_max"),
                               _get(proposal, "target_unit") or "", _get(proposal, "comparator") or ""),
            lead_unit=lead_cell(proposal, units),
            deadline=_deadline(due, _get(proposal, "deadline_year")) or "年内",
        ))
    return rows


# ---------------------------------------------------------------------------------------------- ledger items


def breakdown_from_items(items: Iterable[Any], *, title: str = LIST_TITLE, subtitle: str = "") -> Breakdown:
    return Breakdown(title=title, subtitle=subtitle, rows=rows_from_items(items))


def rows_from_items(items: Iterable[Any]) -> list[BreakdownRow]:
    """Rows of ledger items in the given order, each under its outline headings.

    When the items come from more than one document, each document's items are preceded by a level-0 row
    naming it (编号 and title), so the same “一、” of two reports is not mistaken for one section.
    """
    items = list(items)
    several = len({item.source_id for item in items}) > 1
    rows: list[BreakdownRow] = []
    chain: Chain = ()
    source_id = None
    headings: list[tuple[int, str, str, int]] = []
    for item in items:
        if item.source_id != source_id:
            source_id, chain = item.source_id, ()
            source = item.source
            headings = _outline((source.extracted or {}).get("outline") or ())
            if several:
                rows.append(BreakdownRow(kind="heading", level=0, content=cell(f"{source.number}　{source.title}")))
        chain = _open_sections(rows, chain, _chain(headings, item.heading, item.source_start))
        rows.append(BreakdownRow(
            kind="task",
            number=item.number,
            content=cell(item.content),
            target=cell(item.target_text),
            lead_unit=cell(item.lead_unit.name) if item.lead_unit else "",
            co_units="、".join(cell(unit.name) for unit in item.co_units.all()),
            responsible=_person(item.responsible),
            deadline=_deadline(item.deadline, item.deadline_year),
            progress=_progress(item),
            status=_status(item),
        ))
    return rows


def lead_cell(proposal: Any, units: Sequence[UnitProfile] = ()) -> str:
    """The 牵头单位 of a proposed row: the unit the text names, as written, else a suggestion marked （建议）."""
    named = _get(proposal, "lead") or ""
    if named or not units:
        return cell(named)
    return cell(suggested_lead_text(_get(proposal, "content") or "", None, units))


def _person(person: Any) -> str:
    if person is None:
        return ""
    return cell(f"{person.name}（{person.title}）" if person.title else person.name)


def _deadline(day: dt.date | None, year: int | None) -> str:
    if day is not None:
        return f"{day.year}年{day.month}月{day.day}日前"
    return f"{year}年12月31日前" if year else ""


def _progress(item: Any) -> str:
    """The latest report, shortened, after its day, percent and any value reported: “3月5日 进度60%：……”."""
    latest = next(iter(item.reports.all()), None)  # newest first (ProgressReport.Meta.ordering)
    if latest is None:
        return f"进度{item.percent}%" if item.percent else ""
    when = latest.created_at
    head = f"{when.month}月{when.day}日 进度{latest.percent}%" if when else f"进度{latest.percent}%"
    if latest.value is not None:
        head += f"，完成值{latest.value:g}{latest.value_unit}"
    text = _SPACES.sub(" ", cell(latest.text)).strip()
    if len(text) > PROGRESS_CHARS:
        text = text[:PROGRESS_CHARS - 1] + "…"
    return f"{head}：{text}" if text else head


def _status(item: Any) -> str:
    status = item.get_status_display()
    # The light matters while the item is open; a closed item's last light is history.
    if item.status != "closed" and item.light in ("yellow", "red"):
        return f"{status}（{item.get_light_display()}）"
    return status


# ---------------------------------------------------------------------------------------------- shared


def document_title(title: str | None) -> str:
    """《政府工作报告》任务分解表; the plain list title when the document has none."""
    title = cell(title or "").strip().strip("《》")
    return f"《{title}》任务分解表" if title else LIST_TITLE


def chinese_date(value: str | dt.date | None) -> str:
    """2026-01-16 → 2026年1月16日; anything else as it came ("" for None)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return cell(value)
    return f"{value.year}年{value.month}月{value.day}日"


def cell(text: object) -> str:
    """Text safe for a cell: a string without the control characters XML cannot hold."""
    return _NOT_XML.sub("", "" if text is None else str(text))


def _get(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, Mapping) else getattr(row, name, None)


def _outline(outline: Iterable[Any]) -> list[tuple[int, str, str, int]]:
    """(level, marker, title, start) of each heading, from ``Heading`` objects or their JSON dicts."""
    return [(int(_get(h, "level") or 1), _get(h, "marker") or "", _get(h, "title") or "", int(_get(h, "start") or 0))
            for h in outline]


def _chain(headings: list[tuple[int, str, str, int]], title: str | None, at: int) -> Chain:
    """The headings a row sits under, outermost first, as (key, level, text).

    The row's heading is the last heading of that title at or before the row (titles may repeat, as 一是
    under several sections); its parents are the nearest earlier headings of each lower level. A title the
    outline does not know becomes a section of its own.
    """
    if not title:
        return ()
    matches = [i for i, h in enumerate(headings) if h[2] == title]
    if not matches:
        return ((f"?{title}", 1, cell(title)),)
    before = [i for i in matches if headings[i][3] <= at]
    index = before[-1] if before else matches[0]
    path = [index]
    level = headings[index][0]
    for j in range(index - 1, -1, -1):
        if headings[j][0] < level:
            path.append(j)
            level = headings[j][0]
    return tuple((j, headings[j][0], cell(headings[j][1] + headings[j][2])) for j in reversed(path))


def _open_sections(rows: list[BreakdownRow], shown: Chain, chain: Chain) -> Chain:
    """Add the heading rows of ``chain`` not already open above, and return the new open chain.

    A row without a heading (text before the first heading) keeps the sections as they are; a row back
    under a parent after that parent's subsections repeats the parent's heading, so it is not read as
    belonging to the last subsection.
    """
    if not chain:
        return shown
    common = 0
    while common < min(len(shown), len(chain)) and shown[common][0] == chain[common][0]:
        common += 1
    if common == len(chain) == len(shown):
        return shown
    if common == len(chain):
        common -= 1
    for _key, level, text in chain[common:]:
        rows.append(BreakdownRow(kind="heading", level=level, content=text))
    return chain
