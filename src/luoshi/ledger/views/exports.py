"""任务分解表 downloads (.xlsx / .docx): the filtered item list, or the items of one document.

Scoped like the pages: every item comes from :func:`~luoshi.ledger.permissions.visible_items`, so a unit's
file holds only the items its unit leads or cooperates on, and the list takes the same GET filters as
/items/. Before a document is filed, the supervisor's download from the review page is its draft table
(the proposals not dropped), so the link is useful from the first minute.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET

from luoshi.ledger import forms, suggestions
from luoshi.ledger.models import Item, ProgressReport, Proposal, Role, Source
from luoshi.ledger.permissions import can, role_of, unit_of, visible_items
from luoshi.ledger.views.items import filter_items
from luoshi.report.breakdown import (
    LIST_TITLE,
    Breakdown,
    breakdown_from_items,
    chinese_date,
    document_title,
    rows_from_items,
    rows_from_proposals,
)
from luoshi.report.docx_table import docx_bytes
from luoshi.report.xlsx import xlsx_bytes

_FORMATS: dict[str, tuple[Callable[[Breakdown], bytes], str]] = {
    "xlsx": (xlsx_bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": (docx_bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


@login_required
@require_GET
def item_export(request: HttpRequest, fmt: str) -> HttpResponse:
    _check(request, fmt)
    form = forms.ItemFilterForm(request.GET or None)
    items = list(_for_table(filter_items(visible_items(request.user), form)))
    # filter_items has validated the form: cleaned_data holds the filters it applied, the bad ones left out.
    values = form.cleaned_data if form.is_bound else {}
    title, name = LIST_TITLE, f"任务分解表-{timezone.localdate():%Y%m%d}"
    if values.get("source") and items:  # named only when the user sees some of its items
        source = items[0].source
        title, name = document_title(source.title), f"任务分解表-{source.number}"
    subtitle = "　".join(part for part in (
        _scope(request.user), _filters(form, values), f"导出日期：{chinese_date(timezone.localdate())}",
        f"共{len(items)}项") if part)
    return _download(fmt, breakdown_from_items(items, title=title, subtitle=subtitle), name)


@login_required
@require_GET
def source_export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    _check(request, fmt)
    source = get_object_or_404(Source.objects.defer("text"), pk=pk)
    items = list(_for_table(visible_items(request.user).filter(source=source)))
    if not items and role_of(request.user) == Role.UNIT:
        raise Http404  # a unit with no item in this document does not learn of it, as with items
    head = [_scope(request.user), source.number, source.region, chinese_date(source.date)]
    if items:
        rows, draft = rows_from_items(items), ""
    else:
        proposals = source.proposals.exclude(decision=Proposal.Decision.DROPPED) if can(request.user, "import") else []
        units = suggestions.load().profiles if proposals else ()
        rows = rows_from_proposals(proposals, (source.extracted or {}).get("outline") or (), units)
        draft = "立项审核中（建议稿）" if proposals else ""
    count = sum(not row.is_heading for row in rows)
    subtitle = "　".join(part for part in (*head, draft, f"共{count}项") if part)
    breakdown = Breakdown(title=document_title(source.title), subtitle=subtitle, rows=rows)
    return _download(fmt, breakdown, f"任务分解表-{source.number}")


def _check(request: HttpRequest, fmt: str) -> None:
    if fmt not in _FORMATS:
        raise Http404
    if not can(request.user, "export"):
        raise PermissionDenied


def _for_table(items: QuerySet[Item]) -> QuerySet[Item]:
    """Everything a row shows, in a fixed number of queries whatever the number of items."""
    return (items.defer(None)  # the list's query loads only its own columns
            .defer("evidence")
            .select_related("lead_unit", "responsible")
            .prefetch_related(
                # one Source per document, shared by its items, without the (long) text
                Prefetch("source", queryset=Source.objects.defer("text")),
                "co_units",
                Prefetch("reports", queryset=ProgressReport.objects.order_by("-created_at", "-id")))
            .order_by("source_id", "sequence"))


def _scope(user: Any) -> str:
    unit = unit_of(user)
    return f"{unit.name}牵头或配合的事项" if role_of(user) == Role.UNIT and unit is not None else ""


def _filters(form: forms.ItemFilterForm, values: dict[str, Any]) -> str:
    """The applied filters in words, so a printed table says what it is a selection of."""
    parts = []
    for name in ("status", "light"):
        if values.get(name):
            parts.append(form.choice_label(name, values[name]))
    if values.get("unit"):
        parts.append(values["unit"].name)
    if values.get("due_before"):
        parts.append(f"时限在{chinese_date(values['due_before'])}前")
    if q := (values.get("q") or "").strip():
        parts.append(f"含“{q}”")
    return "筛选：" + "、".join(str(p) for p in parts) if parts else ""


def _download(fmt: str, breakdown: Breakdown, name: str) -> HttpResponse:
    render, content_type = _FORMATS[fmt]
    response = HttpResponse(render(breakdown), content_type=content_type)
    # RFC 6266/5987: filename*=utf-8''…, since the name is Chinese.
    response["Content-Disposition"] = content_disposition_header(True, f"{name}.{fmt}")
    add_never_cache_headers(response)  # the items are not public: no shared or stale copies
    return response
