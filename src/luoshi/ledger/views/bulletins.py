"""进度通报 (a print-friendly page and its .docx), 考评 scores with their rules, and the 约谈 list.

The supervisor and the leaders read them; only the supervisor changes the 考评 rules, and each change is
recorded in the history. The period comes from ``?start=&end=`` (ISO dates), by default the current month
so far.
"""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any
from urllib.parse import quote, urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from luoshi.ledger import history
from luoshi.ledger.forms import RULE_FIELDS, RulesForm
from luoshi.ledger.models import AssessmentRules, model_field
from luoshi.ledger.permissions import can
from luoshi.ledger.reports.assessment import assess, summons
from luoshi.ledger.reports.bulletin import build_bulletin
from luoshi.report.bulletin import (
    INSTRUCTION_TABLE_HEADER,
    UNIT_TABLE_HEADER,
    last_month,
    period_label,
    this_month,
    this_quarter,
)
from luoshi.report.bulletin_docx import render_docx
from luoshi.report.rates import percent_text

MAX_PERIOD_DAYS = 366 * 3  # a bulletin of more than a few years is a mistake in a date, not a request
# The days a period may hold: this century (9999-12-31 overflowed the day after it, a 500 before).
EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
@require_GET
def bulletin(request: HttpRequest) -> HttpResponse:
    _require(request, "bulletin")
    start, end, error = _period(request)
    report = build_bulletin(start, end)
    context = {
        "b": report,
        "error": error,
        "quick": _quick_links(),
        "query": urlencode({"start": start.isoformat(), "end": end.isoformat()}),
        "unit_rows": [list(zip(UNIT_TABLE_HEADER, row, strict=True)) for row in report.unit_table()],
        "instruction_rows": [list(zip(INSTRUCTION_TABLE_HEADER, row, strict=True))
                             for row in report.instruction_table()],
        "completion_rate": percent_text(report.totals.completion_rate),
        "on_time_rate": percent_text(report.totals.on_time_rate),
        "completion_png": _data_uri(report.completion_chart.png),
        "light_png": _data_uri(report.light_chart.png),
    }
    return render(request, "ledger/bulletin.html", context, status=400 if error else 200)


@login_required
@require_GET
def bulletin_docx(request: HttpRequest) -> HttpResponse:
    _require(request, "bulletin")
    start, end, error = _period(request)
    if error:
        return HttpResponse(error, status=400, content_type="text/plain; charset=utf-8")
    report = build_bulletin(start, end)
    response = HttpResponse(render_docx(report), content_type=DOCX)
    # RFC 5987 filename*: the name is Chinese; the ASCII fallback keeps old clients working.
    response["Content-Disposition"] = (f"attachment; filename=\"bulletin-{start:%Y%m%d}-{end:%Y%m%d}.docx\"; "
                                       f"filename*=UTF-8''{quote(report.filename, safe='')}")
    return response


@login_required
@require_http_methods(["GET", "POST"])
def assessment(request: HttpRequest) -> HttpResponse:
    _require(request, "bulletin")
    rules = AssessmentRules.current()
    editable = can(request.user, "assess")
    form = RulesForm(instance=rules) if editable else None
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        before = _rule_values(rules)
        form = RulesForm(request.POST, instance=rules)
        if form.is_valid():
            with transaction.atomic():
                rules = form.save()
                after = _rule_values(rules)
                changed = [key for key in after if after[key] != before[key]]
                if changed:
                    history.record(request.user, "修改考评规则", subject="考评规则",
                                   before={key: before[key] for key in changed},
                                   after={key: after[key] for key in changed})
            messages.success(request, "考评规则已保存。" if changed else "考评规则没有变化。")
            return redirect(f"{request.path}?{request.GET.urlencode()}" if request.GET else request.path)
        rules = AssessmentRules.current()  # score by the saved rules, not the refused ones
    start, end, error = _period(request)
    context = {
        "start": start, "end": end, "period": period_label(start, end), "error": error,
        "quick": _quick_links(), "rules": rules, "form": form,
        "rule_rows": [(model_field(AssessmentRules, name).verbose_name, getattr(rules, name))
                      for name in RULE_FIELDS],
        "scores": assess(start, end, rules),
        "summons": summons(rules=rules),
    }
    status = 400 if error or (form is not None and form.errors) else 200
    return render(request, "ledger/assessment.html", context, status=status)


def _require(request: HttpRequest, action: str) -> None:
    if not can(request.user, action):
        raise PermissionDenied


def _period(request: HttpRequest) -> tuple[dt.date, dt.date, str]:
    """The requested period, or the current month so far with the reason when the request's is unusable."""
    today = timezone.localdate()
    default_start, default_end = this_month(today)
    raw_start, raw_end = request.GET.get("start", "").strip(), request.GET.get("end", "").strip()
    try:
        start = dt.date.fromisoformat(raw_start) if raw_start else default_start
        end = dt.date.fromisoformat(raw_end) if raw_end else max(default_end, start)
    except ValueError:
        return default_start, default_end, "日期格式有误（应为 2026-11-01 这样的形式），已显示本月情况。"
    if start < EARLIEST or end > LATEST:
        return default_start, default_end, f"日期超出范围（{EARLIEST.year}年至{LATEST.year}年），已显示本月情况。"
    if end < start:
        return default_start, default_end, "结束日期早于开始日期，已显示本月情况。"
    if (end - start).days > MAX_PERIOD_DAYS:
        return default_start, default_end, "统计期间过长（最多三年），已显示本月情况。"
    return start, end, ""


def _quick_links() -> list[tuple[str, str]]:
    today = timezone.localdate()
    return [(label, urlencode({"start": start.isoformat(), "end": end.isoformat()}))
            for label, (start, end) in (("本月至今", this_month(today)), ("上月", last_month(today)),
                                         ("本季度", this_quarter(today)))]


def _rule_values(rules: AssessmentRules) -> dict[str, Any]:
    return {str(model_field(AssessmentRules, name).verbose_name): getattr(rules, name) for name in RULE_FIELDS}


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
