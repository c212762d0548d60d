"""预警: an item's light, green / yellow / red, and the reason a clerk reads beside it.

- red: past its deadline and not closed, a report a leader asked for in a 批示 not sent by its day, or a
  progress report missed (nothing reported for longer than the item's cadence since it was signed or last
  reported);
- yellow: due within the warning window (``LUOSHI_WARNING_DAYS``, default 7), a report a leader asked for
  due within it, a milestone past due and not done, or assigned and not signed for three days;
- green otherwise, and always once closed.

A pure function of the item's dates, so the daily command, a state change and a test agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

GREEN, YELLOW, RED = "green", "yellow", "red"
SIGN_WITHIN_DAYS = 3
_OPEN_FOR_REPORTS = {"in_progress"}


@dataclass(frozen=True)
class Light:
    colour: str
    reason: str = ""


def light_for(
    *,
    status: str,
    deadline: dt.date | None,
    today: dt.date,
    cadence_days: int,
    signed_at: dt.date | None = None,
    last_report_at: dt.date | None = None,
    assigned_at: dt.date | None = None,
    open_milestones: Iterable[tuple[str, dt.date]] = (),
    requested_reports: Iterable[dt.date] = (),  # days by which a 批示 asked for a report not sent yet
    warning_days: int = 7,
) -> Light:
    if status == "closed":
        return Light(GREEN, "已销号")
    if status == "filed":
        return Light(GREEN, "待交办")
    if deadline is not None and today > deadline:
        return Light(RED, f"已逾期{(today - deadline).days}天")
    first_request = min(requested_reports, default=None)
    if first_request is not None and today > first_request:
        return Light(RED, f"领导批示要求{_day(first_request)}前报告，未报送")
    if status in _OPEN_FOR_REPORTS:
        since = max(d for d in (signed_at, last_report_at) if d is not None) if (signed_at or last_report_at) else None
        if since is not None and (today - since).days > cadence_days:
            return Light(RED, f"已{(today - since).days}天未报送进展（报送周期{cadence_days}天）")
    if deadline is not None and (deadline - today).days <= warning_days:
        days = (deadline - today).days
        return Light(YELLOW, "今天到期" if days == 0 else f"{days}天后到期")
    if first_request is not None and (first_request - today).days <= warning_days:
        return Light(YELLOW, f"领导批示要求{_day(first_request)}前报告")
    for title, due in open_milestones:
        if today > due:
            return Light(YELLOW, f"节点“{title}”已过期未完成")
    if status == "assigned" and assigned_at is not None and (today - assigned_at).days > SIGN_WITHIN_DAYS:
        return Light(YELLOW, f"交办{(today - assigned_at).days}天未签收")
    return Light(GREEN, "")


def _day(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"
