"""What every page's template needs: the user's role and unit, and counts for the navigation bar."""

from __future__ import annotations

from luoshi.ledger.models import ExtensionRequest, Feedback, Item, Reminder, Role
from luoshi.ledger.permissions import role_of, unit_of, visible_items


def ledger(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    role = role_of(user)
    context: dict = {"role": role, "role_label": Role(role).label if role else "", "my_unit": unit_of(user)}
    if role == Role.UNIT and context["my_unit"] is not None:
        context["unread_reminders"] = Reminder.objects.filter(
            item__in=visible_items(user).filter(lead_unit=context["my_unit"]), read_at__isnull=True).count()
    elif role == Role.LEADER:
        context["pending_extensions"] = ExtensionRequest.objects.filter(status=ExtensionRequest.Status.PENDING).count()
    elif role == Role.SUPERVISOR:
        context["pending_reviews"] = Item.objects.filter(status=Item.Status.REVIEW).count()
    # 群众反馈: what waits for this user, an answer from the unit or the supervisor's review.
    if role == Role.UNIT and context["my_unit"] is not None:
        context["open_feedback"] = Feedback.objects.filter(item__lead_unit=context["my_unit"],
                                                           status=Feedback.Status.NEW).count()
    elif role == Role.SUPERVISOR:
        context["open_feedback"] = Feedback.objects.filter(status=Feedback.Status.ANSWERED).count()
    return context
