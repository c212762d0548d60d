"""立项: import a document, review its proposed 任务分解表 beside the highlighted text, file it as items.

Only the supervisor (督查室) may use these pages (permission actions "import" and "file"). Proposals are
pre-ledger drafts: they change here inside a transaction but leave no history; filing goes through
:func:`luoshi.ledger.workflow.file_proposals`, which records it. Every span a proposal gets is computed
on the server from ``source.text``; what the browser sends is only a hint for finding it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from luoshi.duedates import CLERK_REASON
from luoshi.errors import ErrorCode, InputError
from luoshi.ledger import chinese, forms, parsing, review, submissions, workflow
from luoshi.ledger.models import Item, Proposal, Source
from luoshi.ledger.permissions import can
from luoshi.ledger.views.items import handle_bulk_assign
from luoshi.targets import target_text

D = Proposal.Decision
PASTE_NAME = "粘贴文本"
MAX_SELECTION = 5000  # characters; a selection longer than this is not one task
PROPOSALS_PER_PAGE = 50  # rows of the review table on one page: each carries its edit and split forms

def _require(request: HttpRequest, action: str = "import") -> None:
    if not can(request.user, action):
        raise PermissionDenied


def _htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _review_url(source: Source, anchor: str = "", page: int | None = None) -> str:
    query = f"?page={page}" if page and page > 1 else ""
    return reverse("ledger:source_review", args=[source.pk]) + query + (f"#{anchor}" if anchor else "")


# ---------------------------------------------------------------------------------------------- list


@login_required
def source_list(request: HttpRequest) -> HttpResponse:
    _require(request)
    # Neither the text nor the extraction of a source is shown here; each count is its own subquery over the
    # page's rows (joining proposals and items at once multiplies them: 560,000 proposals made it gigabytes).
    sources = Source.objects.defer("text", "extracted").annotate(
        proposal_count=_count_per_source(Proposal.objects.all()),
        pending_count=_count_per_source(Proposal.objects.filter(decision=D.PENDING)),
        accepted_count=_count_per_source(Proposal.objects.filter(decision=D.ACCEPTED)),
        item_count=_count_per_source(Item.objects.all()),
    ).order_by("-year", "-sequence")
    page = Paginator(sources, settings.LUOSHI_ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "ledger/source_list.html", {"page": page, "sources": page.object_list})


def _count_per_source(rows: QuerySet[Any]) -> Coalesce:
    counted = rows.filter(source=OuterRef("pk")).order_by().values("source").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


# ---------------------------------------------------------------------------------------------- import


@csrf_exempt  # checked by _import once the body is known to fit: a body too large is refused unread
@login_required
@require_http_methods(["GET", "POST"])
def source_new(request: HttpRequest) -> HttpResponse:
    _require(request)
    if request.method != "POST":
        return _import_form(request, forms.ImportForm())
    try:
        request.POST  # noqa: B018 (parses the body: Django refuses one over DATA_UPLOAD_MAX_MEMORY_SIZE)
    except RequestDataTooBig:
        request._mark_post_parse_error()  # type: ignore[attr-defined]  # as Django does for a malformed body
        error = f"无法导入粘贴的正文：内容过长，超过上限 {settings.LUOSHI_IMPORT_MAX_CHARS:,} 字，请拆分后分别导入"
        return _import_form(request, forms.ImportForm(), error, status=413)
    return _import(request)


@csrf_protect
def _import(request: HttpRequest) -> HttpResponse:
    form = forms.ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _import_form(request, form, status=400)
    limits = parsing.ImportLimits.from_settings()
    filename = ""
    try:
        if upload := form.cleaned_data["file"]:
            filename = upload.name or "上传文件"
            # The size is known before any byte is read: a too-large file is refused unread.
            if upload.size > settings.LUOSHI_UPLOAD_MAX_BYTES:
                error = (f"无法导入文件“{filename}”：文件过大（{upload.size:,} 字节），超过上限 "
                         f"{settings.LUOSHI_UPLOAD_MAX_BYTES:,} 字节")
                return _import_form(request, form, error, status=400)
            document = parsing.parse_upload(b"".join(upload.chunks()), filename, limits)
        else:
            # Counted as the browser counts: a line break is one character, not the \r\n it sends
            document = parsing.parse_text(form.cleaned_data["text"].replace("\r\n", "\n"), PASTE_NAME, limits)
    except InputError as e:
        subject = f"文件“{filename}”" if filename else "粘贴的正文"
        return _import_form(request, form, _refusal(subject, e, limits), status=400)
    if title := form.cleaned_data["title"].strip():
        document = dataclasses.replace(document, title=title)
    try:
        with submissions.once(request):
            source = workflow.import_source(request.user, document, filename)
    except submissions.AlreadySubmitted:  # back and 导入 again: the first import stands
        return submissions.replayed(request, reverse("ledger:source_list"))
    count = source.proposals.count()
    if count:
        messages.success(request, f"已导入 {source.number}，识别出 {count} 条建议事项，请逐条审核。")
    else:
        messages.warning(request, f"已导入 {source.number}，未识别出任务：可在原文中选中文字添加为事项。")
    return redirect(_review_url(source))


def _import_form(request: HttpRequest, form: forms.ImportForm, error: str = "", status: int = 200) -> HttpResponse:
    limit = settings.LUOSHI_UPLOAD_MAX_BYTES
    context = {
        "form": form, "error": error, "max_chars": f"{settings.LUOSHI_IMPORT_MAX_CHARS:,}",
        "limit": f"{limit / 1024 / 1024:g} MB" if limit >= 1024 * 1024 else f"{limit:,} 字节",
    }
    return render(request, "ledger/source_new.html", context, status=status)


def _refusal(subject: str, error: InputError, limits: parsing.ImportLimits) -> str:
    """Why an import was refused, in Chinese; for a limit, the limit and what to do about it."""
    advice = {
        ErrorCode.TEXT_TOO_LONG: f"（上限 {limits.max_chars:,} 字），请拆分后分别导入",
        ErrorCode.TOO_MANY_PROPOSALS: f"（上限 {limits.max_proposals:,} 条），请拆分后分别导入",
        ErrorCode.TIMED_OUT: f"（上限 {limits.seconds:g} 秒），请另存为纯文本或拆分后再导入",
        ErrorCode.OUT_OF_MEMORY: "，请另存为纯文本或拆分后再导入",
    }.get(error.code, "")
    return f"无法导入{subject}：{error.chinese}{advice}"  # error.reason is the command line's English


# ---------------------------------------------------------------------------------------------- review


@dataclass
class Row:
    """A proposal as the table shows it."""

    p: Proposal
    index: int
    target: str
    split_options: list[dict[str, Any]]
    form: forms.ProposalForm
    evidence: str
    open_edit: bool = False

    @property
    def edited(self) -> bool:
        return self.p.content.strip() != self.evidence.strip()

    @property
    def length(self) -> int:
        return len(self.evidence)


def _number(value: float) -> str:
    return format(value, ".10g")


def _target_text(p: Proposal) -> str:
    text = target_text(p.target_value, p.target_value_max, p.target_unit, p.comparator)
    return f"{p.metric}：{text}" if p.metric and text else text


def _row(source: Source, p: Proposal, index: int, form: forms.ProposalForm | None = None) -> Row:
    text = source.text
    default = review.default_split(text, p.start, p.end)
    options = []
    for at in review.split_points(text, p.start, p.end):
        before, after = review.split_preview(text, p.start, p.end, at)
        options.append({"at": at, "before": before, "after": after, "default": at == default})
    bound = form is not None
    form = form or forms.ProposalForm(instance=p, auto_id=f"p{p.pk}-%s")
    return Row(p, index, _target_text(p), options, form, text[p.start:p.end], open_edit=bound)


def _ordered(source: Source) -> QuerySet[Proposal]:
    return source.proposals.order_by("position", "start", "pk")


def _index_of(source: Source, p: Proposal) -> int:
    before = Q(position__lt=p.position) | Q(position=p.position, start__lt=p.start)
    before |= Q(position=p.position, start=p.start, pk__lt=p.pk)
    return source.proposals.filter(before).count() + 1


def _page_of(source: Source, p: Proposal) -> int:
    return (_index_of(source, p) - 1) // PROPOSALS_PER_PAGE + 1


def _counts(source: Source) -> dict[str, int]:
    counts = {d: 0 for d in D.values}
    for row in source.proposals.order_by().values("decision").annotate(n=Count("pk")):
        counts[row["decision"]] = row["n"]
    return counts


def _spans(source: Source, proposals: list[Proposal]) -> list[review.Span]:
    extracted = source.extracted or {}
    spans = [review.Span(p.kind, p.start, p.end, f"p{p.pk}", p.decision, p.get_kind_display())
             for p in proposals]
    spans += [review.Span("filed", i.source_start, i.source_end, f"i{i.pk}", "", f"已立项 {i.number}", layer=1)
              for i in source.items.all()]
    spans += [review.Span("formulation", f["start"], f["end"], f"f{n}", "", "提法", layer=2)
              for n, f in enumerate(extracted.get("formulations", []))]
    spans += [review.Span("target", q["start"], q["end"], f"q{n}", "quantity", "目标值", layer=3)
              for n, q in enumerate(extracted.get("quantities", [])) if q.get("kind") == "target"]
    return spans


def _table_context(source: Source, page_number: Any) -> dict[str, Any]:
    """One page of the proposal table, and the text with that page's rows marked (the text is whole: the
    import caps its length, and a selection anywhere in it can be added)."""
    page = Paginator(_ordered(source), PROPOSALS_PER_PAGE).get_page(page_number)
    proposals = list(page.object_list)
    return {
        "source": source,
        "page": page,
        "rows": [_row(source, p, n) for n, p in enumerate(proposals, page.start_index())],
        "counts": _counts(source),
        "segments": review.segments(source.text, _spans(source, proposals)),
    }


def _review_context(source: Source, page_number: Any = None, **extra: Any) -> dict[str, Any]:
    extracted = source.extracted or {}
    context = _table_context(source, page_number)
    kinds = source.proposals.aggregate(task=Count("pk", filter=Q(kind=Proposal.Kind.TASK)),
                                       manual=Count("pk", filter=Q(kind=Proposal.Kind.MANUAL)))
    context.update(
        items=list(source.items.select_related("lead_unit").order_by("sequence")),
        bulk_form=extra.pop("bulk_form", None) or forms.BulkAssignForm(),
        selected=extra.pop("selected", set()),
        warnings=chinese.warnings(extracted.get("warnings", [])),  # the readers write English
        legend={
            "task": kinds["task"],
            "target": sum(q.get("kind") == "target" for q in extracted.get("quantities", [])),
            "formulation": len(extracted.get("formulations", [])),
            "manual": kinds["manual"],
        },
        deadline_form=extra.pop("deadline_form", None) or forms.DeadlineForm(
            initial={"default_deadline": source.default_deadline}),
    )
    context.update(extra)
    return context


def _table_response(request: HttpRequest, source: Source, page_number: Any) -> HttpResponse:
    """The proposal table for an HTMX swap, with the highlighted text swapped out of band (its marks moved)."""
    context = _table_context(source, page_number)
    context["oob"] = True
    return render(request, "ledger/_proposal_table.html", context)


def _bad(request: HttpRequest, source: Source, message: str) -> HttpResponse:
    """A refused change: 400 with the message, as text for HTMX or on the review page without JS."""
    if _htmx(request):
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    context = _review_context(source, request.GET.get("page"), error=message)
    return render(request, "ledger/source_review.html", context, status=400)


def _done(request: HttpRequest, source: Source, message: str = "", row: Proposal | None = None) -> HttpResponse:
    """After a change: the table again on the page of ``row`` (the page the request came from without one)."""
    page = _page_of(source, row) if row is not None else _int(request.GET.get("page"))
    if _htmx(request):
        return _table_response(request, source, page)
    if message:
        messages.success(request, message)
    return redirect(_review_url(source, f"row-{row.pk}" if row is not None else "proposals", page))


@login_required
@require_http_methods(["GET", "POST"])
def source_review(request: HttpRequest, pk: int) -> HttpResponse:
    """The review page; a POST takes the whole-source actions: default deadline, accept all, drop pending."""
    _require(request)
    source = get_object_or_404(Source, pk=pk)
    if request.method == "POST":
        op = request.POST.get("op", "")
        if op == "deadline":
            form = forms.DeadlineForm(request.POST)
            if not form.is_valid():
                context = _review_context(source, request.GET.get("page"), deadline_form=form, error="请填写有效的日期")
                return render(request, "ledger/source_review.html", context, status=400)
            source.default_deadline = form.cleaned_data["default_deadline"]
            source.save(update_fields=["default_deadline"])
            messages.success(request, "已保存默认完成时限（立项时未注明年度的事项采用此时限）。")
            return redirect(_review_url(source, page=_int(request.GET.get("page"))))
        if op in ("accept_all", "drop_pending"):
            with transaction.atomic():
                pending = source.proposals.filter(decision=D.PENDING)
                changed = pending.update(decision=D.ACCEPTED if op == "accept_all" else D.DROPPED)
            return _done(request, source, f"已{'采纳' if op == 'accept_all' else '舍弃'} {changed} 条待定事项。")
        return _bad(request, source, "未知的操作")
    return render(request, "ledger/source_review.html", _review_context(source, request.GET.get("page")))


# ---------------------------------------------------------------------------------------------- proposals


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _position_after(source: Source, start: int) -> float:
    """A position that puts a new row among the others in text order (just after those starting before it)."""
    others = source.proposals.all()
    before = others.filter(start__lte=start).aggregate(m=Max("position"))["m"]
    if before is None:
        first = others.aggregate(m=Min("position"))["m"]
        return 0.0 if first is None else first - 1
    after = others.filter(position__gt=before).aggregate(m=Min("position"))["m"]
    return before + 1 if after is None else (before + after) / 2


def _target_fields(quantity: dict | None) -> dict[str, Any]:
    if quantity is None:
        return {"metric": "", "target_value": None, "target_value_max": None, "target_unit": "",
                "comparator": "", "deadline_year": None, "deadline_text": ""}
    return {
        "metric": (quantity.get("metric") or "")[:200],
        "target_value": quantity.get("value"),
        "target_value_max": quantity.get("value_max"),
        "target_unit": (quantity.get("unit") or "")[:30],
        "comparator": quantity.get("comparator") or "",
        "deadline_year": quantity.get("deadline_year"),
        "deadline_text": (quantity.get("deadline_text") or "")[:100],
    }


_TARGET_FIELDS = ("metric", "target_value", "target_value_max", "target_unit", "comparator", "deadline_year",
                  "deadline_text")


@login_required
@require_POST
def proposal_add(request: HttpRequest, pk: int) -> HttpResponse:
    """A row the extractor missed, from the clerk's selection: grounded where the string occurs nearest the hint."""
    _require(request)
    source = get_object_or_404(Source, pk=pk)
    needle = request.POST.get("text", "")
    if not needle.strip():
        return _bad(request, source, "请先在原文中选中要添加的文字")
    if len(needle) > MAX_SELECTION:
        return _bad(request, source, f"选中的文字过长（超过{MAX_SELECTION}字），请只选一项任务")
    hint = _int(request.POST.get("near"))
    near = review.utf16_to_index(source.text, hint) if hint is not None else None
    found = review.find_occurrence(source.text, needle, near)
    if found is None:
        return _bad(request, source, "在原文中找不到选中的文字，请直接在左侧原文中选取后再添加")
    start, end = found
    extracted = source.extracted or {}
    with transaction.atomic():
        if source.proposals.filter(start=start, end=end).exists():
            return _bad(request, source, "这段文字已在建议清单中")
        proposal = Proposal.objects.create(
            source=source, kind=Proposal.Kind.MANUAL, start=start, end=end, content=source.text[start:end],
            heading=review.heading_at(extracted.get("outline", []), start)[:300],
            position=_position_after(source, start), decision=D.ACCEPTED,
            **_target_fields(review.target_within(extracted.get("quantities", []), start, end)),
        )
        proposal.refresh_due()
        proposal.save(update_fields=["due_date", "due_reason"])
    return _done(request, source, "已添加为事项（已采纳）。", row=proposal)


@login_required
@require_POST
def proposal_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Several rows into one spanning them all; the first row (in text order) keeps its target and place."""
    _require(request)
    source = get_object_or_404(Source, pk=pk)
    parsed = [_int(v) for v in request.POST.getlist("ids")]
    ids = {n for n in parsed if n is not None}
    if None in parsed or len(ids) < 2:
        return _bad(request, source, "请勾选至少两条要合并的事项")
    with transaction.atomic():
        parts = list(source.proposals.select_for_update().filter(pk__in=ids).order_by("start", "end", "pk"))
        if len(parts) != len(ids):
            raise Http404("proposal not in this source")
        start, end, content = review.merge_content(source.text, [(p.start, p.end, p.content) for p in parts])
        first = parts[0]
        with_target = next((p for p in parts if p.target_value is not None), None)
        kinds = {p.kind for p in parts}
        first.start, first.end, first.content = start, end, content
        first.position = min(p.position for p in parts)
        first.kind = kinds.pop() if len(kinds) == 1 else (Proposal.Kind.TARGET if with_target else Proposal.Kind.TASK)
        if first.target_value is None and first.metric == "" and with_target is not None:
            for name in _TARGET_FIELDS:
                setattr(first, name, getattr(with_target, name))
        decisions = {p.decision for p in parts}
        first.decision = D.ACCEPTED if D.ACCEPTED in decisions else D.PENDING
        first.lead = first.lead or next((p.lead for p in parts if p.lead), "")
        if first.due_reason != CLERK_REASON:
            first.refresh_due()
        first.save()
        Proposal.objects.filter(pk__in=[p.pk for p in parts[1:]]).delete()
    return _done(request, source, f"已将 {len(parts)} 条合并为一条。", row=first)


@login_required
@require_POST
def proposal_action(request: HttpRequest, pk: int, proposal_pk: int, op: str) -> HttpResponse:
    _require(request)
    source = get_object_or_404(Source, pk=pk)
    if op not in ("accept", "drop", "restore", "edit", "split"):
        raise Http404("unknown operation")
    with transaction.atomic():
        proposal = get_object_or_404(source.proposals.select_for_update(), pk=proposal_pk)
        if op == "split":
            return _split(request, source, proposal)
        if op == "edit":
            form = forms.ProposalForm(request.POST, instance=proposal, auto_id=f"p{proposal.pk}-%s")
            if not form.is_valid():
                if _htmx(request):
                    row = _row(source, proposal, _index_of(source, proposal), form)
                    return render(request, "ledger/_proposal_row.html", {"row": row, "source": source})
                errors = "；".join(str(e) for errs in form.errors.values() for e in errs)
                proposal.refresh_from_db()
                return _bad(request, source, f"未保存：{errors}")
            proposal = form.save()
            message = "已保存修改。"
        else:
            proposal.decision = {"accept": D.ACCEPTED, "drop": D.DROPPED, "restore": D.PENDING}[op]
            proposal.save(update_fields=["decision"])
            message = ""
    if _htmx(request):
        row = _row(source, proposal, _index_of(source, proposal))
        return render(request, "ledger/_proposal_row.html", {"row": row, "source": source})
    if message:
        messages.success(request, message)
    return redirect(_review_url(source, f"row-{proposal.pk}", _page_of(source, proposal)))


def _split(request: HttpRequest, source: Source, proposal: Proposal) -> HttpResponse:
    """Two rows from one, cut at the clerk's point (or the clause boundary nearest the middle).

    Each half's content is its own source text: an edited wording cannot be cut to match the cut span.
    """
    text = source.text
    at = _split_point(request, text, proposal)
    if at is None:
        return _bad(request, source, "该条没有可拆分的标点，请指定在第几个字后拆分")
    try:
        (s1, e1), (s2, e2) = review.split_span(text, proposal.start, proposal.end, at)
    except ValueError as error:
        return _bad(request, source, str(error))
    fields = _split_targets(proposal, (source.extracted or {}).get("quantities", []), [(s1, e1), (s2, e2)])
    outline = (source.extracted or {}).get("outline", [])
    second = Proposal(
        source=source, kind=proposal.kind, start=s2, end=e2, content=text[s2:e2],
        heading=(review.heading_at(outline, s2) or proposal.heading)[:300], decision=proposal.decision,
        lead=proposal.lead, **fields[1],
    )
    # The second half goes right after the first: between it and the next row.
    following = source.proposals.filter(position__gt=proposal.position).aggregate(m=Min("position"))["m"]
    second.position = proposal.position + 1 if following is None else (proposal.position + following) / 2
    proposal.start, proposal.end, proposal.content = s1, e1, text[s1:e1]
    for name, value in fields[0].items():
        setattr(proposal, name, value)
    clerk_due = (proposal.due_date, proposal.due_reason) if proposal.due_reason == CLERK_REASON else None
    for row in (proposal, second):
        if clerk_due:
            row.due_date, row.due_reason = clerk_due
        else:
            row.refresh_due()
    proposal.save()
    second.save()
    return _done(request, source, "已拆分为两条。", row=proposal)


def _split_point(request: HttpRequest, text: str, proposal: Proposal) -> int | None:
    """Where to cut: the clerk's point, or so many characters in, or the clause boundary nearest the middle."""
    at = _int(request.POST.get("at"))
    after = _int(request.POST.get("after"))
    if at is None and after is not None:
        at = proposal.start + after  # "split after this many characters" when the row has no clause mark
    if at is None:
        at = review.default_split(text, proposal.start, proposal.end)
    return at


def _split_targets(proposal: Proposal, quantities: list[dict[str, Any]],
                   halves: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """The target fields of each half: the row's own go with the half that holds its target; the other half
    gets its own, if it has one. The sentence's deadline holds for both, unless a half has a target of its own."""
    holder = 0
    if proposal.target_value is not None:
        for n, (start, end) in enumerate(halves):
            if any(q.get("kind") == "target" and start <= q["start"] and q["end"] <= end
                   and q.get("value") == proposal.target_value for q in quantities):
                holder = n
                break
    fields = [_target_fields(review.target_within(quantities, start, end)) for start, end in halves]
    if proposal.target_value is not None or proposal.metric:
        fields[holder] = {name: getattr(proposal, name) for name in _TARGET_FIELDS}
    for half in fields:
        if half["deadline_year"] is None and not half["deadline_text"]:
            half["deadline_year"], half["deadline_text"] = proposal.deadline_year, proposal.deadline_text
    return fields


# ---------------------------------------------------------------------------------------------- file


@login_required
@require_POST
def source_file(request: HttpRequest, pk: int) -> HttpResponse:
    _require(request, "file")
    source = get_object_or_404(Source, pk=pk)
    try:
        items = workflow.file_proposals(request.user, source)
    except workflow.WorkflowError as e:
        messages.error(request, str(e))
        return redirect(_review_url(source))
    numbers = ("、".join(item.number for item in items) if len(items) <= 5
               else f"{items[0].number} 至 {items[-1].number}")
    messages.success(request, f"已立项 {len(items)} 项：{numbers}。可在下方勾选后批量交办，或逐项交办。")
    return redirect(_review_url(source, "filed"))


# ---------------------------------------------------------------------------------------------- 批量交办


@login_required
@require_POST
def source_bulk_assign(request: HttpRequest, pk: int) -> HttpResponse:
    """批量交办 of a document's filed items from its review page; a refusal shows the page with the ticks kept."""
    _require(request, "assign")
    source = get_object_or_404(Source, pk=pk)

    def refused(form: forms.BulkAssignForm, message: str, status: int) -> HttpResponse:
        selected = {int(v) for v in request.POST.getlist("items") if v.isdigit()}
        context = _review_context(source, request.GET.get("page"), bulk_form=form, selected=selected, error=message)
        return render(request, "ledger/source_review.html", context, status=status)

    return handle_bulk_assign(request, refused, _review_url(source, "filed"), scope=source.items.all())
