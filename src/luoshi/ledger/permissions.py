"""Who may see and do what: the one place roles are decided, called by every view and API endpoint.

The roles of the item's transitions are their entries in :mod:`luoshi.ledger.transitions`; the other
actions' roles (the pages of 立项, units, reports and 码上督) are :data:`PAGES` here.

A unit user sees only the items where its unit leads or cooperates; others' items are not found (404)
rather than forbidden, so their existence does not leak. An action a user may see but not take is a 403.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from luoshi.ledger.models import Item, Profile, Role, Unit
from luoshi.ledger.transitions import TRANSITIONS


def role_of(user) -> str | None:
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.SUPERVISOR
    profile = _profile(user)
    return profile.role if profile else None


def unit_of(user) -> Unit | None:
    profile = _profile(user)
    return profile.unit if profile and profile.role == Role.UNIT else None


def visible_items(user) -> QuerySet[Item]:
    role = role_of(user)
    if role in (Role.SUPERVISOR, Role.LEADER):
        return Item.objects.all()
    unit = unit_of(user)
    if role == Role.UNIT and unit is not None:
        # A subquery instead of a join, so a unit's list needs no DISTINCT and pages fast.
        co = Item.co_units.through.objects.filter(unit_id=unit.pk).values("item_id")
        return Item.objects.filter(Q(lead_unit_id=unit.pk) | Q(pk__in=co))
    return Item.objects.none()


# What the roles may do besides the item's transitions (those are luoshi.ledger.transitions').
PAGES: dict[str, frozenset[str]] = {
    # 立项: import a document, review its proposals and file them as items.
    "import": frozenset({Role.SUPERVISOR}),
    "file": frozenset({Role.SUPERVISOR}),
    "manage_units": frozenset({Role.SUPERVISOR}),
    # 任务分解表 downloads: every role, each of the items it may see (visible_items).
    "export": frozenset({Role.SUPERVISOR, Role.LEADER, Role.UNIT}),
    # 码上督 and the 成绩单: the lead unit answers citizens' feedback; the supervisor reviews the answers,
    # decides what is public and prints the QR codes.
    "answer_feedback": frozenset({Role.UNIT}),
    "review_feedback": frozenset({Role.SUPERVISOR}),
    "publish": frozenset({Role.SUPERVISOR}),
    "qr_sheet": frozenset({Role.SUPERVISOR}),
    # 进度通报, 考评 and 约谈: the supervisor and the leaders read them; the supervisor sets the 考评 rules.
    "bulletin": frozenset({Role.SUPERVISOR, Role.LEADER}),
    # 领导批示 on a document: its page, for those who read the 进度通报 (a leader writes there: ``instruct``).
    "source_instructions": frozenset({Role.SUPERVISOR, Role.LEADER}),
    "assess": frozenset({Role.SUPERVISOR}),
}
# Every action and the roles that may take it. A unit's actions on an item are further limited by can().
ACTIONS: dict[str, frozenset[str]] = {**PAGES, **{t.action: t.roles for t in TRANSITIONS.values()}}
# Actions a cooperating unit may take as well as the lead unit.
_CO_UNIT_ACTIONS = frozenset(t.action for t in TRANSITIONS.values() if t.co_unit)


def can(user, action: str, item: Item | None = None) -> bool:
    """Whether ``user`` may take ``action`` (on ``item``): by role, and a unit only on the items it leads, or
    cooperates on for the actions marked ``co_unit``."""
    role = role_of(user)
    if role is None or role not in ACTIONS[action]:
        return False
    if role != Role.UNIT or item is None:
        return True
    unit = unit_of(user)
    if unit is None:
        return False
    if item.lead_unit_id == unit.pk:
        return True
    return action in _CO_UNIT_ACTIONS and item.co_units.filter(pk=unit.pk).exists()


def _profile(user) -> Profile | None:
    if not user.is_authenticated:
        return None
    try:
        return user.ledger_profile
    except Profile.DoesNotExist:
        return None
