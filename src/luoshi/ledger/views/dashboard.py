"""工作台: what each role has to do now."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from luoshi.ledger.models import ExtensionRequest, Feedback, Item, Reminder, Role, Source
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
        mine = items.filter(lead_unit=unit)
        context["to_sign"] = mine.filter(status=Item.Status.ASSIGNED)
        context["in_progress"] = mine.filter(status=Item.Status.IN_PROGRESS).order_by("deadline")[:_SHORT_LIST * 3]
        context["reminders"] = (Reminder.objects.filter(item__in=mine, read_at__isnull=True)
                                .select_related("item", "sender")[:_SHORT_LIST * 2])
        # 码上督 核查: citizens' feedback waiting for this unit's answer, the nearest deadline first.
        context["feedback"] = (Feedback.objects.filter(item__lead_unit=unit, status=Feedback.Status.NEW)
                               .select_related("item").order_by("response_due", "id")[:_SHORT_LIST * 2])
        context["today"] = timezone.localdate()
    return render(request, "ledger/dashboard.html", context)
