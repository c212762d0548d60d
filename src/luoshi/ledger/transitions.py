"""The 督办 cycle as one table: every action on an item, the states it starts from, who may take it, its card
on the item's page and the workflow function that makes the change.

    assign → sign → report… | return → (request_extension → decide_extension) → complete → review
    instruct (领导批示, at any point; it may ask the units for a report by a day)

Everything else reads this table: :mod:`~luoshi.ledger.permissions` (who may do what), the workflow's
refusals (which states allow a change, and the words of its refusal), the item page's cards and buttons and
the dispatch of ``items/<number>/<action>/`` (:mod:`luoshi.ledger.views.items`). The role rule that is not
per transition — a unit acts only on the items it leads — is :func:`~luoshi.ledger.permissions.can`'s, and
``co_unit`` lifts it for the actions a cooperating unit may take as well.

Adding a transition: write its workflow function (it calls ``_require(user, action, item)`` and
``_locked(item, version, action)``), its form in :mod:`luoshi.ledger.forms` (an :class:`ActionForm`), and
one entry below; the page shows its card to whoever may take it while the item is in one of its states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from luoshi.ledger import forms
from luoshi.ledger.models import Item, Role

S = Item.Status
ALL_STATES = frozenset(S)


@dataclass(frozen=True)
class Transition:
    """One action of the 督办 cycle; ``action`` is its name in permissions, URLs and the page's ids."""

    action: str
    doing: str  # the verb of a refusal: 事项当前为“已销号”，不能{doing}
    states: frozenset[str]  # the item's statuses it may be taken from
    roles: frozenset[str]  # the roles that may take it (a unit: on the items it leads)
    perform: str  # the function of luoshi.ledger.workflow that makes the change: perform(user, subject, **arguments)
    # Its success message: formatted with the arguments and the function's ``result``, or made from them.
    message: str | Callable[[Mapping[str, Any]], str]
    co_unit: bool = False  # a cooperating unit may take it as well as the lead unit
    # What the POST names: the item (items/<number>/<action>/), or an extension request or a milestone of it,
    # which have their own addresses.
    subject: Literal["item", "extension", "milestone"] = "item"
    form: type[forms.ActionForm] | None = None  # the card on the item page (None: no card)
    title: str = ""  # the card's heading
    titles: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)  # by state
    submit: str = "提交"  # the card's button
    help: str = ""  # a template shown above the card's fields

    def allows(self, status: str) -> bool:
        return status in self.states

    def heading(self, status: str) -> str:
        return self.titles.get(status, self.title)

    def done(self, arguments: Mapping[str, Any], result: Any = None) -> str:
        """The message shown once the change is made."""
        if callable(self.message):
            return self.message(arguments)
        return self.message.format(**arguments, result=result)


def _states(*states: str) -> frozenset[str]:
    return frozenset(states)


def _roles(*roles: str) -> frozenset[str]:
    return frozenset(roles)


def _table(transitions: Iterable[Transition]) -> Mapping[str, Transition]:
    return MappingProxyType({t.action: t for t in transitions})


# In the order of the cards on the item page.
TRANSITIONS: Mapping[str, Transition] = _table([
    Transition(
        "assign", doing="交办", states=_states(S.FILED, S.RETURNED, S.ASSIGNED, S.IN_PROGRESS),
        roles=_roles(Role.SUPERVISOR), perform="assign", message="已交办给{lead_unit.name}。",
        form=forms.AssignForm, title="重新交办", titles=MappingProxyType({S.FILED: "交办"}),
        help="ledger/_assign_help.html"),
    # Before 签收 a unit's one step is 签收: 退回 (交办有误), 延期 and 办结 come after it, as a unit signs for what
    # reached it and then says what is wrong with it (a phone shows one button, not four).
    Transition(
        "sign", doing="签收", states=_states(S.ASSIGNED), roles=_roles(Role.UNIT), perform="sign",
        message="已签收，请按期报送进展；如交办有误，可在本页“退回”。", form=forms.VersionedForm, title="签收",
        submit="确认签收"),
    Transition(
        "report", doing="报送进展", states=_states(S.IN_PROGRESS), roles=_roles(Role.UNIT), co_unit=True,
        perform="report_progress", message="进展已报送。", form=forms.ReportForm, title="报送进展"),
    Transition(
        "remind", doing="催办", states=_states(S.ASSIGNED, S.IN_PROGRESS, S.RETURNED, S.REVIEW),
        roles=_roles(Role.SUPERVISOR), perform="remind", message="已发出催办。", form=forms.RemindForm, title="催办"),
    Transition(
        "request_extension", doing="申请延期", states=_states(S.IN_PROGRESS), roles=_roles(Role.UNIT),
        perform="request_extension", message="延期申请已提交，等待领导审批。", form=forms.ExtensionForm,
        title="申请延期"),
    Transition(
        "complete", doing="申请办结", states=_states(S.IN_PROGRESS), roles=_roles(Role.UNIT), perform="complete",
        message="已提交办结，等待督查室审核。", form=forms.CompleteForm, title="申请办结"),
    # Last of a unit's cards: the rare step, below the everyday ones on a phone.
    Transition(
        "return", doing="退回", states=_states(S.IN_PROGRESS), roles=_roles(Role.UNIT), perform="return_item",
        message="已退回督查室重新交办。", form=forms.ReturnForm, title="退回（交办有误）"),
    Transition(
        "review", doing="审核办结", states=_states(S.REVIEW), roles=_roles(Role.SUPERVISOR),
        perform="review_completion", message=lambda a: "已销号。" if a["accept"] else "已退办，事项回到办理中。",
        form=forms.ReviewForm, title="办结审核"),
    Transition(
        "edit", doing="修改", states=ALL_STATES, roles=_roles(Role.SUPERVISOR), perform="edit_item",
        message="已保存修改。", form=forms.EditForm, title="修改事项"),
    Transition(
        "milestones", doing="添加节点", states=ALL_STATES - {S.CLOSED}, roles=_roles(Role.SUPERVISOR),
        perform="add_milestone", message="已添加节点。", form=forms.MilestoneForm, title="添加节点"),
    # 领导批示: written on the item in any state; asking for a report only while its units are at work on it.
    Transition(
        "instruct", doing="批示", states=ALL_STATES, roles=_roles(Role.LEADER), perform="instruct",
        message=lambda a: (f"批示已记录，已要求承办单位于{a['report_due']:%Y-%m-%d}前报告。" if a.get("report_due")
                           else "批示已记录，承办单位在事项页面可见。"),
        form=forms.InstructionForm, title="领导批示", submit="提交批示"),
    # The 全部已阅 button of the 催办 list, for the lead unit.
    Transition(
        "read", doing="标记催办已阅", states=ALL_STATES, roles=_roles(Role.UNIT), perform="mark_reminders_read",
        message="已阅{result}条催办。"),
    # On a pending extension request: the leader decides.
    Transition(
        "decide_extension", doing="审批延期", states=_states(S.ASSIGNED, S.IN_PROGRESS, S.REVIEW),
        roles=_roles(Role.LEADER), perform="decide_extension", subject="extension", form=forms.DecideForm,
        message=lambda a: "已同意延期。" if a["approve"] else "已驳回延期申请。"),
    # On an open milestone: whoever may add milestones (督查室) or report progress (the item's units).
    Transition(
        "finish_milestone", doing="完成节点", states=_states(S.ASSIGNED, S.IN_PROGRESS, S.REVIEW),
        roles=_roles(Role.SUPERVISOR, Role.UNIT), co_unit=True, perform="finish_milestone", subject="milestone",
        message="节点“{result.title}”已完成。"),
])
