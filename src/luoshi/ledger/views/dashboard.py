"""工作台: what each role has to do now."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count, F, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from luoshi.ledger import instructions
from luoshi.ledger.models import ExtensionRequest, Feedback, Item, Reminder, Role, Source, Unit
from luoshi.ledger.permissions import role_of, unit_of, visible_items

_SHORT_LIST = 10


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    role = role_of(user)
    items = visible_items(user)
    by_status = dict(items.values_list("status").annotate(n=Count("pk")).order_by())
    by_light = dict(items.exclude(status__in=[Item.Status.CLOSED, Item.Status.FILED])
                    .values_list("light").annotate(n=Count("pk")).order_by())
    context = {
        "statuses": [(value, label, by_status.get(value, 0)) for value, label in Item.Status.choices],
        "lights": [(value, label, by_light.get(value, 0)) for value, label in Item.Light.choices],
        "total": sum(by_status.values()),
        "red_items": items.filter(light=Item.Light.RED).exclude(status=Item.Status.CLOSED)
        .select_related("lead_unit").order_by("deadline")[:_SHORT_LIST],
    }
    if role == Role.SUPERVISOR:
        context["returned"] = items.filter(status=Item.Status.RETURNED).select_related("lead_unit")[:_SHORT_LIST]
        context["to_review"] = items.filter(status=Item.Status.REVIEW).select_related("lead_unit")[:_SHORT_LIST]
        context["sources"] = Source.objects.annotate(n=Count("items"))[:5]
    if role in (Role.LEADER, Role.SUPERVISOR):
        context["extensions"] = (ExtensionRequest.objects.filter(status=ExtensionRequest.Status.PENDING)
                                 .select_related("item", "requested_by"))[:_SHORT_LIST * 2]
    if role == Role.UNIT and (unit := unit_of(user)) is not None:
        context.update(_unit_lists(items, unit))
        # 领导批示 asking for a report by a day: what this unit still owes.
        context["requests"] = instructions.owed_by(items, _SHORT_LIST * 2)
    return render(request, "ledger/dashboard.html", context)


def _unit_lists(items: QuerySet[Item], unit: Unit) -> dict:
    """A unit's work as counts and the most urgent few of each list, with a link to the whole list.

    A unit may lead hundreds of items: the dashboard stays the same size (and as fast) whatever the ledger.
    """
    mine = items.filter(lead_unit=unit)
    unread = Reminder.objects.filter(item__in=mine, read_at__isnull=True)
    # 码上督 核查: citizens' feedback waiting for this unit's answer, the nearest deadline first.
    waiting = Feedback.objects.filter(item__lead_unit=unit, status=Feedback.Status.NEW)
    return {
        "to_sign": _most_urgent(mine.filter(status=Item.Status.ASSIGNED)),
        "to_sign_count": mine.filter(status=Item.Status.ASSIGNED).count(),
        "in_progress": _most_urgent(mine.filter(status=Item.Status.IN_PROGRESS)),
        "in_progress_count": mine.filter(status=Item.Status.IN_PROGRESS).count(),
        "reminders": unread.select_related("item", "sender").order_by("-created_at", "-id")[:_SHORT_LIST],
        "reminders_count": unread.count(),
        "feedback": waiting.select_related("item").order_by("response_due", "id")[:_SHORT_LIST],
        "feedback_count": waiting.count(),
        "unit_filter": f"unit={unit.pk}",
        "today": timezone.localdate(),
    }


def _most_urgent(items: QuerySet[Item]) -> QuerySet[Item]:
    """The first few by deadline (an item without one last), then in the ledger's order."""
    return (items.select_related("lead_unit")
            .order_by(F("deadline").asc(nulls_last=True), "source_id", "sequence")[:_SHORT_LIST])
