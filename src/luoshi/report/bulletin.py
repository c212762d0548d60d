"""进度通报: the periodic bulletin's content as plain data, shared by the web page, the .docx and the command.

A bulletin covers the items under 督办 — assigned (交办) on or before the period's end — counted as of the
period's end, or today while the period is still running (the rules are :mod:`.stats`'): totals,
completion and on-time rates, each lead unit's line with its 考评 score for the period, the overdue items
by number, the items closed and newly assigned in the period, the current 约谈 list, and the leaders'
批示 of the period with the state of the reports they asked for. Lights, and so
the light chart and the 约谈 list, are the items' current ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from luoshi.report import charts
from luoshi.report.rates import UnitRates, percent_text
from luoshi.report.scores import Summons, UnitScore


@dataclass
class UnitLine:
    rates: UnitRates
    score: UnitScore | None  # None for an inactive unit (not scored)


@dataclass
class OverdueItem:
    item: Any  # a ledger Item
    days: int  # days past the deadline as of the bulletin's day


@dataclass
class InstructionLine:
    """A 领导批示 of the period, as the bulletin lists it."""

    day: dt.date
    leader: str
    subject: str  # 事项 2026-003-07, or 文件 2026-003 标题
    units: str  # the lead units concerned: 县发改局、县住建局
    text: str
    report_due: dt.date | None  # the day a report was asked for, if one was
    state: str  # the report's state: 已报告, 待报告, 逾期未报告, 已报告2项、待报告1项; "" when none was asked for

    @property
    def report_text(self) -> str:
        """要求2026-12-01前报告（待报告）, or 无."""
        if self.report_due is None:
            return "—"
        asked = f"{self.report_due.isoformat()}前报告"
        return f"{asked}（{self.state}）" if self.state else asked


@dataclass
class Bulletin:
    start: dt.date
    end: dt.date
    today: dt.date
    jurisdiction: str
    rules: Any  # the ledger's AssessmentRules
    totals: UnitRates
    units: list[UnitLine]
    scores: list[UnitScore]
    overdue: list[OverdueItem]
    closed_items: list[Any]  # ledger Items
    new_items: list[Any]
    summons: list[Summons]
    instructions: list[InstructionLine] = field(default_factory=list)  # 领导批示 written in the period

    @property
    def as_of(self) -> dt.date:
        """The day the counts are taken: the period's end, or today while it runs."""
        return min(self.end, self.today)

    @property
    def period_label(self) -> str:
        return period_label(self.start, self.end)

    @property
    def title(self) -> str:
        return f"{self.jurisdiction}督办事项进度通报（{self.period_label}）"

    @property
    def summary(self) -> str:
        t = self.totals
        text = (f"截至{day_label(self.as_of)}，{self.jurisdiction}在督办事项{t.total}项，已办结销号{t.closed}项，"
                f"完成率{percent_text(t.completion_rate)}；按期办结{t.on_time}项，按期办结率"
                f"{percent_text(t.on_time_rate)}；逾期未办结{t.overdue}项。当前红灯{t.red}项、黄灯{t.yellow}项、"
                f"绿灯{t.green}项。本期（{self.period_label}）新交办{len(self.new_items)}项，"
                f"办结销号{len(self.closed_items)}项。")
        if self.summons:
            text += f"{len(self.summons)}个单位达到约谈条件。"
        if self.instructions:
            text += f"本期领导批示{len(self.instructions)}件。"
        return text

    def instruction_table(self) -> list[list[str]]:
        """The rows under :data:`INSTRUCTION_TABLE_HEADER`, for the page and the .docx alike."""
        return [[line.day.isoformat(), line.leader, line.subject, line.units or "—", line.text, line.report_text]
                for line in self.instructions]

    @property
    def list_new_items(self) -> bool:
        """Whether the new items are listed one by one, or (too many, e.g. just after 立项) counted by unit."""
        return len(self.new_items) <= NEW_ITEMS_LISTED

    @property
    def new_items_by_unit(self) -> str:
        """县发改局13项、县住建局14项: the new items counted by lead unit."""
        counts: dict[str, int] = {}
        for item in self.new_items:
            name = item.lead_unit.name if item.lead_unit else "未指定"
            counts[name] = counts.get(name, 0) + 1
        return "、".join(f"{name}{n}项" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def unit_table(self) -> list[list[str]]:
        """The rows under :data:`UNIT_TABLE_HEADER`, the 合计 row last: the page and the .docx print the same."""
        rows = [_unit_row(line.rates.unit.name, line.rates, str(line.score.points) if line.score else "—")
                for line in self.units]
        return [*rows, _unit_row("合计", self.totals, "")]

    @cached_property
    def completion_chart(self) -> charts.Chart:
        return charts.completion_by_unit([line.rates for line in self.units])

    @cached_property
    def light_chart(self) -> charts.Chart:
        return charts.items_by_light(self.totals)

    @property
    def chart_warning(self) -> str:
        return self.completion_chart.warning or self.light_chart.warning

    @property
    def filename(self) -> str:
        return f"进度通报-{self.start:%Y-%m}.docx" if self.start.day == 1 and self.end == month_end(self.start) \
            else f"进度通报-{self.start:%Y%m%d}-{self.end:%Y%m%d}.docx"


NEW_ITEMS_LISTED = 20  # more new items than this are counted by unit instead of listed
UNIT_TABLE_HEADER = ["单位", "事项数", "已销号", "完成率", "按期办结率", "逾期", "红灯", "考评得分"]
INSTRUCTION_TABLE_HEADER = ["日期", "批示领导", "批示对象", "牵头单位", "批示内容", "要求报告"]


def _unit_row(name: str, rates: UnitRates, points: str) -> list[str]:
    return [name, str(rates.total), str(rates.closed), percent_text(rates.completion_rate),
            percent_text(rates.on_time_rate), str(rates.overdue), str(rates.red), points]


# --- periods ----------------------------------------------------------------------------------------------


def month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def this_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The current month so far."""
    return today.replace(day=1), today


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


def this_quarter(today: dt.date) -> tuple[dt.date, dt.date]:
    """The current quarter so far."""
    return dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today


def day_label(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def period_label(start: dt.date, end: dt.date) -> str:
    """2026年11月, 2026年第四季度, 2026年, or 2026年11月1日至11月23日."""
    if start.day == 1 and end == month_end(end):
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.year}年{start.month}月"
        if start.year == end.year and start.month % 3 == 1 and end.month == start.month + 2:
            return f"{start.year}年第{'一二三四'[start.month // 3]}季度"
        if start.year == end.year and start.month == 1 and end.month == 12:
            return f"{start.year}年"
    end_text = day_label(end) if end.year != start.year else f"{end.month}月{end.day}日"
    return f"{day_label(start)}至{end_text}"
