"""``manage.py ledger_bulletin`` (``luoshi ledger manage ledger_bulletin``): write the 进度通报 as .docx, for cron.

By default last month's bulletin, to ``进度通报-YYYY-MM.docx`` in the current folder; prints one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from luoshi.ledger.reports.bulletin import build_bulletin
from luoshi.report.bulletin import last_month, month_end
from luoshi.report.bulletin_docx import render_docx
from luoshi.report.rates import percent_text


class Command(BaseCommand):
    help = "Write the progress bulletin (进度通报) for a period as a Word document."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--start", type=_date, help="first day of the period (YYYY-MM-DD; default: last month)")
        parser.add_argument("--end", type=_date, help="last day of the period (YYYY-MM-DD; default: last month)")
        parser.add_argument("-o", "--output", type=Path, help="the .docx to write (default: 进度通报-YYYY-MM.docx)")
        parser.add_argument("--date", type=_date, help="count as if today were this day (YYYY-MM-DD)")

    def handle(self, *args, start: dt.date | None = None, end: dt.date | None = None, output: Path | None = None,
               date: dt.date | None = None, **options) -> None:
        today = date or timezone.localdate()
        default_start, default_end = last_month(today)
        start = start or (default_start if end is None else end.replace(day=1))
        end = end or (default_end if start == default_start else min(today, month_end(start)))
        if end < start:
            raise CommandError(f"the period ends ({end}) before it starts ({start})")
        bulletin = build_bulletin(start, end, today)
        path = output or Path(f"进度通报-{start:%Y-%m}.docx")
        try:
            path.write_bytes(render_docx(bulletin))
        except OSError as e:
            raise CommandError(f"cannot write {path}: {e.strerror}") from None
        t = bulletin.totals
        warning = f"；{bulletin.chart_warning}" if bulletin.chart_warning else ""
        self.stdout.write(f"{bulletin.title} → {path}：在督办事项 {t.total} 项，已销号 {t.closed} 项"
                          f"（完成率 {percent_text(t.completion_rate)}），逾期 {t.overdue} 项，"
                          f"约谈 {len(bulletin.summons)} 个单位{warning}")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (YYYY-MM-DD)") from None
