"""The items: the filtered list, an item's page, and the actions of the 督办 cycle on it.

Every action is a POST that goes through :mod:`luoshi.ledger.workflow`; the view only turns forms into
arguments and the workflow's refusals into messages. A stale form gets 409 with the page re-rendered and
the reason at the top, so nothing the user typed is silently lost or silently saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from luoshi.ledger import forms, suggestions, workflow
from luoshi.ledger.models import ExtensionRequest, Item, Milestone, Role
from luoshi.ledger.permissions import can, role_of, unit_of, visible_items

# Context shown around the item's sentence on its page.
_CONTEXT_CHARS = 120


@login_required
@require_GET
def item_list(request: HttpRequest) -> HttpResponse:
    template = "ledger/_item_table.html" if request.headers.get("HX-Request") else "ledger/item_list.html"
    return render(request, template, _list_context(request))


def _list_context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    form = forms.ItemFilterForm(request.GET or None)
    form.fields["status"].choices = [("", "全部状态"), *Item.Status.choices]
    form.fields["light"].choices = [("", "全部"), *Item.Light.choices]
    items = filter_items(visible_items(request.user), form)
    page = Paginator(items, settings.LUOSHI_ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode(), "full_query": request.GET.urlencode()}
    if can(request.user, "assign"):
        context.setdefault("bulk_form", forms.BulkAssignForm())
        context.setdefault("selected", set())
    context.update(extra)
    return context


# ---------------------------------------------------------------------------------------------- 批量交办


@login_required
@require_POST
def bulk_assign(request: HttpRequest) -> HttpResponse:
    """批量交办 from the item list; a refusal re-renders the list (same filters) with the rows still ticked."""

    def refused(form: forms.BulkAssignForm, message: str, status: int) -> HttpResponse:
        messages.error(request, message)
        context = _list_context(request, bulk_form=form, selected=_posted_ids(request))
        return render(request, "ledger/item_list.html", context, status=status)

    done_url = reverse("ledger:item_list") + (f"?{request.GET.urlencode()}" if request.GET else "")
    return handle_bulk_assign(request, refused, done_url)


def handle_bulk_assign(request: HttpRequest, refused: Callable[[forms.BulkAssignForm, str, int], HttpResponse],
                       done_url: str, scope: QuerySet[Item] | None = None) -> HttpResponse:
    """The POST of a 批量交办 form: ticked ``items`` with their versions (``v<pk>``) and the values to set.

    Only the supervisor may (403 for anyone else, before anything is read); the items are looked up among
    those the user sees (and ``scope``, a document's items on its review page).
    """
    if not can(request.user, "assign"):
        raise PermissionDenied
    ids = _posted_ids(request)
    found = visible_items(request.user).filter(pk__in=ids)
    if scope is not None:
        found = found.filter(pk__in=scope.values("pk"))
    items = {item.pk: item for item in found}
    form = forms.BulkAssignForm(request.POST, choices=list(items))
    if not form.is_valid():
        errors = "；".join(str(e) for errs in form.errors.values() for e in errs)
        return refused(form, f"未交办：{errors}", 400)
    pairs = []
    for pk in form.cleaned_data["items"]:
        try:
            pairs.append((items[pk], int(request.POST.get(f"v{pk}", ""))))
        except ValueError:
            return refused(form, "表单缺少事项的版本，请刷新页面后重新勾选", 400)
    data = form.cleaned_data
    try:
        done = workflow.assign_many(
            request.user, pairs, lead_unit=data["lead_unit"], co_units=data["co_units"] or None,
            responsible=data["responsible"], deadline=data["deadline"], only_empty=data["only_empty"])
    except workflow.StaleEdit as e:
        return refused(form, str(e), 409)
    except workflow.WorkflowError as e:
        return refused(form, str(e), 400)
    # A long run of numbers says less than its ends: 已交办 28 项：2026-001-01 至 2026-002-23.
    numbers = ("、".join(item.number for item in done) if len(done) <= 5
               else f"{done[0].number} 至 {done[-1].number}")
    messages.success(request, f"已交办 {len(done)} 项：{numbers}。每项已分别记入留痕，各单位签收后开始办理。")
    return redirect(done_url)


def _posted_ids(request: HttpRequest) -> set[int]:
    return {int(v) for v in request.POST.getlist("items") if v.isdigit()}


def filter_items(items: QuerySet[Item], form: forms.ItemFilterForm) -> QuerySet[Item]:
    """The list's query: filters that validate are applied, the others ignored."""
    values = form.cleaned_data if form.is_bound and form.is_valid() else _valid_part(form)
    if values.get("status"):
        items = items.filter(status=values["status"])
    if values.get("light"):
        items = items.filter(light=values["light"])
    if values.get("unit"):
        co = Item.co_units.through.objects.filter(unit_id=values["unit"].pk).values("item_id")
        items = items.filter(Q(lead_unit_id=values["unit"].pk) | Q(pk__in=co))
    if values.get("source"):
        items = items.filter(source_id=values["source"])
    if values.get("due_before"):
        items = items.filter(deadline__lte=values["due_before"])
    if q := (values.get("q") or "").strip():
        items = items.filter(Q(content__contains=q) | Q(number__startswith=q) | Q(metric__contains=q))
    return (items.select_related("lead_unit")
            .only("number", "content", "metric", "target_value", "target_value_max", "target_unit", "comparator",
                  "deadline", "deadline_reason", "status", "light", "light_reason", "percent", "lead_unit__name",
                  "source_id", "sequence", "version")
            .order_by("source_id", "sequence"))


def _valid_part(form: forms.ItemFilterForm) -> dict:
    if not form.is_bound:
        return {}
    form.is_valid()
    return {name: value for name, value in form.cleaned_data.items() if name not in form.errors}


def _item_or_404(user, number: str) -> Item:
    return get_object_or_404(visible_items(user).select_related("source", "lead_unit", "responsible"), number=number)


@login_required
@require_GET
def item_detail(request: HttpRequest, number: str) -> HttpResponse:
    return _render_detail(request, _item_or_404(request.user, number))


def _render_detail(request: HttpRequest, item: Item, *, bound: dict | None = None, status: int = 200) -> HttpResponse:
    user = request.user
    text = item.source.text
    start, end = item.source_start, item.source_end
    version = {"version": item.version}
    cadence = {"cadence_days": item.cadence_days}
    actions = {
        "assign": forms.AssignForm(initial={
            **version, **cadence, "lead_unit": item.lead_unit_id, "responsible": item.responsible_id,
            "co_units": list(item.co_units.values_list("pk", flat=True)), "deadline": item.deadline}),
        "sign": forms.VersionedForm(initial=version),
        "return": forms.ReturnForm(initial=version),
        "report": forms.ReportForm(initial={"percent": item.percent, "value_unit": item.target_unit}),
        "remind": forms.RemindForm(),
        "request_extension": forms.ExtensionForm(),
        "complete": forms.CompleteForm(initial={**version, "value_unit": item.target_unit}),
        "review": forms.ReviewForm(initial=version),
        "edit": forms.EditForm(initial={
            **version, **cadence, "content": item.content, "metric": item.metric, "target_value": item.target_value,
            "target_value_max": item.target_value_max, "target_unit": item.target_unit,
            "comparator": item.comparator, "is_public": item.is_public}),
        "milestones": forms.MilestoneForm(),
    }
    if bound:
        actions.update(bound)
    allowed = {name: form for name, form in actions.items() if can(user, name, item) and _state_allows(name, item)}
    context = {
        "item": item,
        "before": text[max(0, start - _CONTEXT_CHARS):start],
        "after": text[end:end + _CONTEXT_CHARS],
        "co_units": item.co_units.all(),
        "milestones": item.milestones.all(),
        "reports": item.reports.select_related("author", "unit").prefetch_related("attachments"),
        "reminders": item.reminders.select_related("sender"),
        "extensions": item.extensions.select_related("requested_by", "decided_by"),
        "history": item.history.all(),
        "actions": allowed,
        "can_decide": can(user, "decide_extension", item),
        "can_finish_milestone": (can(user, "milestones", item) or can(user, "report", item))
        and item.status in (Item.Status.ASSIGNED, Item.Status.IN_PROGRESS, Item.Status.REVIEW),
        "decide_form": forms.DecideForm(),
        "is_lead_unit": role_of(user) == Role.UNIT and unit_of(user) is not None
        and unit_of(user).pk == item.lead_unit_id,
    }
    if "assign" in allowed:
        context["lead_suggestions"] = suggestions.lead_suggestions_for(item.content, item.named_lead or None)
    return render(request, "ledger/item_detail.html", context, status=status)


_STATES = {
    "assign": {Item.Status.FILED, Item.Status.RETURNED, Item.Status.ASSIGNED, Item.Status.IN_PROGRESS},
    "sign": {Item.Status.ASSIGNED},
    "return": {Item.Status.ASSIGNED},
    "report": {Item.Status.IN_PROGRESS},
    "remind": {Item.Status.ASSIGNED, Item.Status.IN_PROGRESS, Item.Status.RETURNED, Item.Status.REVIEW},
    "request_extension": {Item.Status.ASSIGNED, Item.Status.IN_PROGRESS},
    "complete": {Item.Status.IN_PROGRESS},
    "review": {Item.Status.REVIEW},
    "edit": set(Item.Status),
    "milestones": set(Item.Status) - {Item.Status.CLOSED},
}


def _state_allows(action: str, item: Item) -> bool:
    return item.status in _STATES[action]


@login_required
@require_POST
def item_action(request: HttpRequest, number: str, action: str) -> HttpResponse:
    item = _item_or_404(request.user, number)
    handler = _HANDLERS.get(action)
    if handler is None:
        raise Http404
    permission = "read_reminders" if action == "read" else action
    if not can(request.user, permission, item):
        raise PermissionDenied
    form_class = _FORMS.get(action)
    form = None
    if form_class is not None:
        form = form_class(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, "表单有误，请检查后重新提交。")
            return _render_detail(request, item, bound={action: form}, status=400)
    try:
        done = handler(request.user, item, form.cleaned_data if form else {})
    except workflow.StaleEdit as e:
        messages.error(request, str(e))
        fresh = _item_or_404(request.user, number)
        return _render_detail(request, fresh, bound={action: form} if form else None, status=409)
    except workflow.WorkflowError as e:
        messages.error(request, str(e))
        return _render_detail(request, _item_or_404(request.user, number), bound={action: form} if form else None,
                              status=400)
    messages.success(request, done)
    return redirect("ledger:item_detail", number=number)


def _assign(user, item, data) -> str:
    workflow.assign(user, item, version=data["version"], lead_unit=data["lead_unit"], co_units=data["co_units"],
                    responsible=data["responsible"], deadline=data["deadline"], cadence_days=data["cadence_days"],
                    milestones=data["milestones"], refuse_past=True)
    return f"已交办给{data['lead_unit'].name}。"


def _sign(user, item, data) -> str:
    workflow.sign(user, item, version=data["version"])
    return "已签收，请按期报送进展。"


def _return(user, item, data) -> str:
    workflow.return_item(user, item, version=data["version"], reason=data["reason"])
    return "已退回督查室重新交办。"


def _report(user, item, data) -> str:
    workflow.report_progress(user, item, text=data["text"], percent=data["percent"], value=data["value"],
                             value_unit=data["value_unit"], files=data["attachments"])
    return "进展已报送。"


def _remind(user, item, data) -> str:
    workflow.remind(user, item, data["message"])
    return "已发出催办。"


def _request_extension(user, item, data) -> str:
    workflow.request_extension(user, item, new_deadline=data["new_deadline"], reason=data["reason"])
    return "延期申请已提交，等待领导审批。"


def _complete(user, item, data) -> str:
    workflow.complete(user, item, version=data["version"], text=data["text"], value=data["value"],
                      value_unit=data["value_unit"], files=data["attachments"])
    return "已提交办结，等待督查室审核。"


def _review(user, item, data) -> str:
    accept = data["decision"] == "accept"
    workflow.review_completion(user, item, version=data["version"], accept=accept, note=data["note"])
    return "已销号。" if accept else "已退办，事项回到办理中。"


def _edit(user, item, data) -> str:
    changes = {name: data[name] for name in workflow.EDITABLE_FIELDS}
    changes["target_unit"] = changes["target_unit"] or ""
    workflow.edit_item(user, item, version=data["version"], **changes)
    return "已保存修改。"


def _milestone(user, item, data) -> str:
    workflow.add_milestone(user, item, title=data["title"], due=data["due"])
    return "已添加节点。"


def _read(user, item, data) -> str:
    count = workflow.mark_reminders_read(user, item)
    return f"已阅{count}条催办。"


_HANDLERS = {
    "assign": _assign, "sign": _sign, "return": _return, "report": _report, "remind": _remind,
    "request_extension": _request_extension, "complete": _complete, "review": _review, "edit": _edit,
    "milestones": _milestone, "read": _read,
}
_FORMS = {
    "assign": forms.AssignForm, "sign": forms.VersionedForm, "return": forms.ReturnForm, "report": forms.ReportForm,
    "remind": forms.RemindForm, "request_extension": forms.ExtensionForm, "complete": forms.CompleteForm,
    "review": forms.ReviewForm, "edit": forms.EditForm, "milestones": forms.MilestoneForm,
}


@login_required
@require_POST
def extension_decide(request: HttpRequest, pk: int) -> HttpResponse:
    extension = get_object_or_404(ExtensionRequest.objects.select_related("item"), pk=pk,
                                  item__in=visible_items(request.user))
    if not can(request.user, "decide_extension", extension.item):
        raise PermissionDenied
    form = forms.DecideForm(request.POST)
    if not form.is_valid():
        messages.error(request, "请选择同意或不同意。")
    else:
        try:
            approve = form.cleaned_data["decision"] == "approve"
            workflow.decide_extension(request.user, extension, approve=approve, note=form.cleaned_data["note"])
            messages.success(request, "已同意延期。" if approve else "已驳回延期申请。")
        except workflow.WorkflowError as e:
            messages.error(request, str(e))
    return redirect("ledger:item_detail", number=extension.item.number)


@login_required
@require_POST
def milestone_done(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = get_object_or_404(Milestone.objects.select_related("item"), pk=pk,
                                  item__in=visible_items(request.user))
    try:
        workflow.finish_milestone(request.user, milestone)
        messages.success(request, f"节点“{milestone.title}”已完成。")
    except workflow.WorkflowError as e:
        messages.error(request, str(e))
    return redirect("ledger:item_detail", number=milestone.item.number)
