"""群众反馈（核查）: the staff side of 码上督. The lead unit answers by the deadline (即时联、现时办), the
supervisor publishes the answer, sends it back or dismisses the feedback; a leader reads.

Feedback on an item the user cannot see is not found (404); on an item the user sees but may not answer
for (a co-unit) or review (anyone but the supervisor), the POST is refused (403).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, QuerySet, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from luoshi.ledger import feedback as service
from luoshi.ledger import submissions
from luoshi.ledger.forms import FeedbackAnswerForm, FeedbackReviewForm
from luoshi.ledger.models import Feedback, Role
from luoshi.ledger.permissions import can, role_of, unit_of, visible_items

_PER_PAGE = 30
F = Feedback.Status


def feedback_for(user) -> QuerySet[Feedback]:
    """The feedback a user works on: a unit's on the items it leads; all of it for the supervisor and leaders."""
    role = role_of(user)
    everything = Feedback.objects.select_related("item", "unit")
    if role in (Role.SUPERVISOR, Role.LEADER):
        return everything
    unit = unit_of(user)
    if role == Role.UNIT and unit is not None:
        return everything.filter(item__lead_unit=unit)
    return everything.none()


@login_required
@require_GET
def feedback_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    role = role_of(user)
    rows = feedback_for(user)
    status = request.GET.get("status", "")
    if status in F.values:
        rows = rows.filter(status=status)
    # What the reader has to act on comes first: new feedback for a unit, answers to review for the supervisor.
    first = F.ANSWERED if role == Role.SUPERVISOR else F.NEW
    rank = Case(When(status=first, then=Value(0)), When(status__in=[F.NEW, F.ANSWERED], then=Value(1)),
                default=Value(2), output_field=IntegerField())
    rows = (rows.annotate(rank=rank).order_by("rank", "response_due", "-created_at", "-id")
            .select_related("answered_by"))  # the answer shows who wrote it, by name
    page = Paginator(rows, _PER_PAGE).get_page(request.GET.get("page"))
    counts = _counts(feedback_for(user))
    context = {
        "page": page, "today": timezone.localdate(), "status": status,
        "tabs": [("", "全部", sum(counts.values()))] + [(v, label, counts.get(v, 0)) for v, label in F.choices],
        "can_review": can(user, "review_feedback"),
        "answer_max": service.ANSWER_MAX_CHARS,
        "answerable": {fb.pk for fb in page.object_list
                       if fb.status == F.NEW and can(user, "answer_feedback", fb.item)},
    }
    return render(request, "ledger/feedback_list.html", context)


def _counts(rows: QuerySet[Feedback]) -> dict[str, int]:
    return dict(rows.order_by().values_list("status").annotate(n=Count("pk")))


def _feedback_or_404(user, pk: int) -> Feedback:
    return get_object_or_404(Feedback.objects.select_related("item"), pk=pk, item__in=visible_items(user))


@login_required
@require_POST
def feedback_answer(request: HttpRequest, pk: int) -> HttpResponse:
    feedback = _feedback_or_404(request.user, pk)
    if not can(request.user, "answer_feedback", feedback.item):
        raise PermissionDenied
    form = FeedbackAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"请填写答复内容（不超过{service.ANSWER_MAX_CHARS}字）。")
    else:
        try:
            with submissions.once(request):
                service.answer_feedback(request.user, feedback, form.cleaned_data["answer"])
            messages.success(request, service.STEPS["answer"].message)
        except submissions.AlreadySubmitted:
            messages.info(request, submissions.NOTICE)
        except service.FeedbackError as e:
            messages.error(request, str(e))
    return redirect(f"{reverse('ledger:feedback_list')}#feedback-{feedback.pk}")


@login_required
@require_POST
def feedback_review(request: HttpRequest, pk: int) -> HttpResponse:
    feedback = _feedback_or_404(request.user, pk)
    if not can(request.user, "review_feedback"):
        raise PermissionDenied
    form = FeedbackReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, "请选择审核结果。")
    else:
        decision = form.cleaned_data["decision"]
        try:
            with submissions.once(request):
                service.review_feedback(request.user, feedback, decision, form.cleaned_data["note"])
            messages.success(request, service.STEPS[decision].message)
        except submissions.AlreadySubmitted:
            messages.info(request, submissions.NOTICE)
        except service.FeedbackError as e:
            messages.error(request, str(e))
    return redirect(f"{reverse('ledger:feedback_list')}#feedback-{feedback.pk}")
