"""完成时限 from a task's deadline as the text gives it: a date, and the reason the clerk is shown.

Pure and free of Django, so the ledger, ``luoshi export`` and the tests share one rule set:

- a year → 31 December of it (``目标年度2026年``);
- a month (``6月底前``, ``6月底``, ``6月前``, ``六月末``) → the last day of that month; ``6月15日前`` → that day;
- a quarter (``一季度``, ``第三季度末``) → its last day; ``上半年``/``年中`` → 06-30; ``下半年`` → 12-31;
- ``年底前``, ``年内``, ``年末``, ``全年``, ``今年`` → 31 December;
- ``明年``, ``后年`` → relative to the plan year; spans (``3至5年``, ``用2年的时间``, ``今后五年``, ``五年内``) →
  the end of the later year, counting the plan year as the first (a 2026 plan's 3至5年 → 2030-12-31,
  as the gold annotates a 2016 report's 今后五年 as 2020);
- ``“十四五”`` → 2025, ``“十五五”`` → 2030 (the plan period's last year).

The year of a month or quarter is the task's ``deadline_year`` (the extractor resolves it), else the year
the text names, else the plan year. A relative text is trusted to the extractor when it gave a year.
Nothing known → ``None``: the ledger then falls back to the document's default deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from luoshi.extract.sections import plan_year


@dataclass(frozen=True)
class DueDate:
    date: dt.date
    reason: str  # in Chinese, shown to the clerk: 原文“6月底前”, 目标年度2026年, 文件默认时限


DEFAULT_REASON = "文件默认时限"
CLERK_REASON = "督查室指定"

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
           "九": 9}
_NUM = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_FULLWIDTH = str.maketrans("０１２３４５６７８９～－", "0123456789~-")

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五六七八九])五")
_DAY = re.compile(rf"(?<![\d十])({_NUM})\s*月\s*({_NUM})\s*[日号]")
_MONTH = re.compile(rf"(?<![\d十])({_NUM})\s*(?:个)?\s*月\s*(?:份)?\s*(底|末|前|中旬|上旬|下旬|内)?")
_QUARTER = re.compile(r"(?:第)?([一二三四1234])\s*季度")
_SPAN = re.compile(rf"(?<![\d十])({_NUM})\s*(?:[至到~\-—－、]\s*({_NUM}))?\s*(?:个)?\s*年(?!度|底|末|前)")
_SPAN_MARK = re.compile(r"(?:用|今后|未来|再用|花)\s*$")
_RELATIVE = {"后年": 2, "今明两年": 1, "明年": 1, "来年": 1, "去年": -1, "上年": -1}
_THIS_YEAR = ("年底", "年末", "年内", "全年", "今年", "本年", "当年", "年度", "岁末", "年终")


def due_date(deadline_year: int | None, deadline_text: str | None, plan_year: int | None = None) -> DueDate | None:
    """The 完成时限 of a task whose deadline is ``deadline_year`` / ``deadline_text``; None when unknown."""
    text = _normalise(deadline_text)
    if text:
        found = _from_text(text, deadline_year, plan_year)
        if found is not None:
            day, from_plan = found
            reason = f"原文“{text.replace('“', '‘').replace('”', '’')}”"  # nested quotes, as Chinese writes them
            if from_plan:
                reason += f"，计划年度{plan_year}年"
            return DueDate(day, reason)
    if deadline_year is not None and _sane(deadline_year):
        return DueDate(dt.date(deadline_year, 12, 31), f"目标年度{deadline_year}年")
    return None


def plan_year_of(date: dt.date | str | None, title: str | None = "", text: str = "") -> int | None:
    """The year a document plans for (:func:`luoshi.extract.sections.plan_year`), from a date or an ISO string."""
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date[:10])
        except ValueError:
            return None
    return None if date is None else plan_year(text, date.isoformat(), title)


# ---------------------------------------------------------------------------------------------- internals


def _normalise(text: str | None) -> str:
    return (text or "").translate(_FULLWIDTH).strip()


def _from_text(text: str, deadline_year: int | None, plan_year: int | None) -> tuple[dt.date, bool] | None:
    """(date, whether the plan year set its year) for a deadline text this module reads; None otherwise."""
    year, offset, span = _year_part(text)
    named = year is not None
    from_plan = False
    if year is None:
        if deadline_year is not None:
            year = deadline_year  # the extractor already resolved 明年, 3至5年 and the like
        elif plan_year is not None:
            year, from_plan = plan_year + (offset or 0), True
    month_day = _month_part(text)
    if month_day is None and year is not None and not (named or offset is not None or span or _says_this_year(text)):
        return None  # a text this module does not read (届时, 长期): the caller falls back to the year
    if year is None or not _sane(year):
        return None
    month, day = month_day or (12, 31)
    return dt.date(year, month, day or calendar.monthrange(year, month)[1]), from_plan


def _year_part(text: str) -> tuple[int | None, int | None, bool]:
    """(a year the text names, an offset from the plan year, whether the text is a span of years)."""
    if found := _YEAR.search(text):
        return int(found.group(1)), None, False
    if found := _FIVE_YEAR_PLAN.search(text):
        return 1955 + 5 * (10 + _DIGITS[found.group(1)]), None, False  # 十三五 → 2020, 十四五 → 2025
    for word, offset in _RELATIVE.items():
        if word in text:
            return None, offset, False
    for found in _SPAN.finditer(text):
        low, high = _number(found.group(1)), _number(found.group(2)) if found.group(2) else None
        years = high if high is not None else low
        ranged = high is not None
        marked = bool(_SPAN_MARK.search(text[:found.start()])) or text[found.end():].startswith(("内", "时间", "的时间",
                                                                                                 "左右", "之内"))
        if years and 0 < years <= 30 and (ranged or marked or found.group(0) == text):
            return None, years - 1, True
    return None, None, False


def _month_part(text: str) -> tuple[int, int | None] | None:
    """(month, day or None for its last day) the text names; quarters and half-years as their last month."""
    if found := _DAY.search(text):
        month, day = _number(found.group(1)), _number(found.group(2))
        if month and day and 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    for found in _MONTH.finditer(text):
        if "个" in found.group(0):
            continue  # 3个月内 is a duration, not a month
        month = _number(found.group(1))
        if month and 1 <= month <= 12:
            return month, None
    if found := _QUARTER.search(text):
        return 3 * int(_number(found.group(1)) or 4), None
    if "上半年" in text or "年中" in text:
        return 6, None
    if "下半年" in text:
        return 12, None
    return None


def _says_this_year(text: str) -> bool:
    return any(word in text for word in _THIS_YEAR)


def _number(value: str | None) -> int | None:
    """1-2 digit Arabic or Chinese numerals up to 99 (十二, 二十, 两)."""
    if not value:
        return None
    if value.isdigit():
        return int(value)
    if "十" in value:
        tens, _, ones = value.partition("十")
        if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
            return None
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    return _DIGITS.get(value) if len(value) == 1 else None


def _sane(year: int) -> bool:
    return 1900 <= year <= 2100
