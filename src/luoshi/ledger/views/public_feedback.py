"""码上督's 查询: a citizen looks a feedback up by its 查询码 (no login).

The page shows what the citizen may know and nothing more: the item, when it was sent, the answer's deadline,
its state in public words and, once the 督查室 has published it, the answer. Never the text sent, the contact,
the unit's draft answer or the review note: whoever holds a code learns nothing personal from it.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from luoshi.ledger import tracking
from luoshi.ledger.models import Feedback

F = Feedback.Status
# The state as a citizen reads it (the staff's 已答复待审核 is still 办理中 to the public).
PUBLIC_STATES = {
    F.NEW: ("办理中", "承办单位正在核实办理，将在答复时限内答复。"),
    F.ANSWERED: ("办理中", "承办单位已答复，督查室正在审核，审核后在事项页面公开。"),
    F.PUBLISHED: ("已答复", "答复已经督查室审核公开，见下方。"),
    F.DISMISSED: ("已办结", "督查室已审核，该反馈不予公开答复。如有疑问可再次反馈。"),
}


@require_GET
@never_cache
def feedback_lookup(request: HttpRequest) -> HttpResponse:
    """The 查询 form; a code that reads as one goes to its page."""
    typed = request.GET.get("code", "")
    if not typed:
        return render(request, "ledger/public_feedback_status.html", {"jurisdiction": settings.LUOSHI_JURISDICTION})
    code = tracking.normalise(typed)
    if code is not None and Feedback.objects.filter(tracking=code).exists():
        return redirect("ledger:public_feedback_status", code=code)
    return _not_found(request, typed)


@require_GET
@never_cache  # the state changes as the unit answers: no shared or stale copies
def feedback_status(request: HttpRequest, code: str) -> HttpResponse:
    normal = tracking.normalise(code)
    if normal is not None and normal != code:
        return redirect("ledger:public_feedback_status", code=normal)
    feedback = (Feedback.objects.filter(tracking=normal).select_related("item", "unit")
                .only("tracking", "status", "created_at", "response_due", "answer", "answered_at", "item__number",
                      "item__is_public", "unit__name").first() if normal else None)
    if feedback is None:
        return _not_found(request, code)
    state, explanation = PUBLIC_STATES[F(feedback.status)]
    context = {
        "jurisdiction": settings.LUOSHI_JURISDICTION, "feedback": feedback, "state": state,
        "explanation": explanation, "new": request.GET.get("new") == "1",
        "answer": feedback.answer if feedback.status == F.PUBLISHED else "",
        "item_url": reverse("ledger:public_item", args=[feedback.item.number]) if feedback.item.is_public else "",
    }
    return render(request, "ledger/public_feedback_status.html", context)


def _not_found(request: HttpRequest, typed: str) -> HttpResponse:
    context = {"jurisdiction": settings.LUOSHI_JURISDICTION, "typed": typed[:40],
               "error": "未找到该查询码，请核对后重新输入（查询码形如 FK-7KQ3-M9XD）。"}
    return render(request, "ledger/public_feedback_status.html", context, status=404)
