"""The items: the filtered list, an item's page, and the actions of the 督办 cycle on it.

Every action is a POST that goes through :mod:`luoshi.ledger.workflow`; the view only turns forms into
arguments and the workflow's refusals into messages. A stale form gets 409 with the page re-rendered and
the reason at the top, so nothing the user typed is silently lost or silently saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from luoshi.ledger import forms, history, instructions, sorting, submissions, suggestions, workflow
from luoshi.ledger.models import ExtensionRequest, Item, Milestone
from luoshi.ledger.permissions import can, visible_items
from luoshi.ledger.transitions import TRANSITIONS, Transition

# Context shown around the item's sentence on its page.
_CONTEXT_CHARS = 120


@login_required
@require_GET
def item_list(request: HttpRequest) -> HttpResponse:
    template = "ledger/_item_table.html" if request.headers.get("HX-Request") else "ledger/item_list.html"
    return render(request, template, _list_context(request))


def _list_context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    form = forms.ItemFilterForm(request.GET or None)
    # ?sort= from the allowlist of luoshi.ledger.sorting; any other value keeps the ledger's order
    sort = request.GET.get("sort", "") if sorting.parse(request.GET.get("sort")) else ""
    items = sorting.apply(filter_items(visible_items(request.user), form), sort)
    page = Paginator(items, settings.LUOSHI_ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode(), "full_query": request.GET.urlencode(),
               "sort": sort}
    if can(request.user, "assign"):
        context.setdefault("bulk_form", forms.BulkAssignForm())
        context.setdefault("selected", set())
    context.update(extra)
    return context


# ---------------------------------------------------------------------------------------------- 批量交办


@login_required
def bulk_assign(request: HttpRequest) -> HttpResponse:
    """批量交办 from the item list; a refusal re-renders the list (same filters) with the rows still ticked."""
    if request.method != "POST":  # Back after a refusal (shown at this URL): the list, not a bare 405
        return redirect(reverse("ledger:item_list") + (f"?{request.GET.urlencode()}" if request.GET else ""))

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
        with submissions.once(request):
            done = workflow.assign_many(
                request.user, pairs, lead_unit=data["lead_unit"], co_units=data["co_units"] or None,
                responsible=data["responsible"], deadline=data["deadline"], only_empty=data["only_empty"])
    except submissions.AlreadySubmitted:
        return submissions.replayed(request, done_url)
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


@dataclass(frozen=True)
class Card:
    """An action's card on the item page, as the template shows it."""

    action: str
    title: str
    form: forms.ActionForm
    submit: str
    help: str
    # Folded under its title until opened (a phone shows the item's steps, not all their fields); a card with
    # no field to fill (签收) is its button, and a refused form comes back open with what the user typed.
    folded: bool = True
    opened: bool = False


def _render_detail(request: HttpRequest, item: Item, *, bound: dict[str, forms.ActionForm] | None = None,
                   status: int = 200) -> HttpResponse:
    """The item's page: its cards are the transitions the user may take from the item's state."""
    user = request.user
    text = item.source.text
    start, end = item.source_start, item.source_end
    allowed = {t.action: t for t in TRANSITIONS.values() if t.allows(item.status) and can(user, t.action, item)}
    if "request_extension" in allowed and workflow.extension_refusal(item):
        del allowed["request_extension"]  # one pending already, past the deadline or none: the server would refuse
    cards = [card for t in allowed.values() if (card := _card(t, item, bound or {})) is not None]
    context = {
        "item": item,
        "before": text[max(0, start - _CONTEXT_CHARS):start],
        "after": text[end:end + _CONTEXT_CHARS],
        "co_units": item.co_units.all(),
        "milestones": item.milestones.all(),
        "reports": item.reports.select_related("author", "unit").prefetch_related("attachments"),
        "reminders": item.reminders.select_related("sender"),
        "extensions": item.extensions.select_related("requested_by", "decided_by"),
        "history": history.rows(item.history.all()),
        "actions": cards,
        # Each pending extension request has its own form; the workflow checks the item's state.
        "can_decide": can(user, "decide_extension", item),
        "can_finish_milestone": "finish_milestone" in allowed,
        "decide_form": forms.DecideForm(),
        "can_read": "read" in allowed,
        "instructions": _instruction_rows(item),
        "can_instruct_source": can(user, "instruct"),
    }
    if "assign" in allowed:
        context["lead_suggestions"] = suggestions.lead_suggestions_for(item.content, item.named_lead or None)
    return render(request, "ledger/item_detail.html", context, status=status)


def _instruction_rows(item: Item) -> list[dict[str, Any]]:
    """The 批示 on the item and its document, each with the state of the report it asks for."""
    today = timezone.localdate()
    return [{"instruction": i, "author": instructions.author_name(i),
             "state": instructions.request_state(i, item, today)} for i in instructions.for_item(item)]


def _card(transition: Transition, item: Item, bound: dict[str, forms.ActionForm]) -> Card | None:
    """The transition's card: its form as the user sent it (refused), or new from the item; None without one."""
    if transition.subject != "item" or transition.form is None:
        return None
    form = bound[transition.action] if transition.action in bound else transition.form(
        initial=transition.form.initial_for(item))
    return Card(transition.action, transition.heading(item.status), form, transition.submit, transition.help,
                folded=bool(form.visible_fields()), opened=transition.action in bound)


# The transitions taken on the item itself, with their workflow functions (a misnamed one fails here, at import).
_ON_ITEM = {t.action: (t, getattr(workflow, t.perform)) for t in TRANSITIONS.values() if t.subject == "item"}


@login_required
def item_action(request: HttpRequest, number: str, action: str) -> HttpResponse:
    if request.method != "POST":
        # Back after a refused form (re-shown at this URL) lands here: show the item, not a bare 405.
        return redirect("ledger:item_detail", number=number)
    item = _item_or_404(request.user, number)
    if action not in _ON_ITEM:
        raise Http404
    transition, perform = _ON_ITEM[action]
    if not can(request.user, action, item):
        raise PermissionDenied
    form = None
    if transition.form is not None:
        form = transition.form(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, "表单有误，请检查后重新提交。")
            return _render_detail(request, item, bound={action: form}, status=400)
    arguments = form.arguments() if form is not None else {}
    try:
        with submissions.once(request):
            result = perform(request.user, item, **arguments)
    except submissions.AlreadySubmitted:
        return submissions.replayed(request, reverse("ledger:item_detail", args=[number]))
    except workflow.WorkflowError as e:
        messages.error(request, str(e))
        fresh = _item_or_404(request.user, number)
        status = 409 if isinstance(e, workflow.StaleEdit) else 400
        return _render_detail(request, fresh, bound={action: form} if form is not None else None,
                              status=status)
    messages.success(request, transition.done(arguments, result))
    return redirect("ledger:item_detail", number=number)


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
        arguments = form.arguments()
        try:
            with submissions.once(request):
                workflow.decide_extension(request.user, extension, **arguments)
            messages.success(request, TRANSITIONS["decide_extension"].done(arguments))
        except submissions.AlreadySubmitted:
            messages.info(request, submissions.NOTICE)
        except workflow.WorkflowError as e:
            messages.error(request, str(e))
    return redirect("ledger:item_detail", number=extension.item.number)


@login_required
@require_POST
def milestone_done(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = get_object_or_404(Milestone.objects.select_related("item"), pk=pk,
                                  item__in=visible_items(request.user))
    try:
        with submissions.once(request):
            done = workflow.finish_milestone(request.user, milestone)
        messages.success(request, TRANSITIONS["finish_milestone"].done({}, done))
    except submissions.AlreadySubmitted:
        messages.info(request, submissions.NOTICE)
    except workflow.WorkflowError as e:
        messages.error(request, str(e))
    return redirect("ledger:item_detail", number=milestone.item.number)
