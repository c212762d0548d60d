"""The 督办 cycle as functions: every state change checks the role, the state and the form's version,
makes the change in one transaction, and records it in the history chain.

    assign → sign | return → report… → (request_extension → decide_extension) → complete → review

Which roles and states allow each change is its entry in :mod:`luoshi.ledger.transitions`.

Views, the admin actions, management commands and tests all call these; nothing else writes items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from luoshi.document import Document
from luoshi.duedates import CLERK_REASON, DEFAULT_REASON, due_date, plan_year_of
from luoshi.ledger import attachment_types, history, instructions
from luoshi.ledger.attachment_types import FileType
from luoshi.ledger.lights import light_for
from luoshi.ledger.models import (
    Attachment,
    ExtensionRequest,
    Instruction,
    Item,
    Milestone,
    Person,
    ProgressReport,
    Proposal,
    Reminder,
    Source,
    Unit,
    model_field,
)
from luoshi.ledger.permissions import can, unit_of
from luoshi.ledger.transitions import TRANSITIONS
from luoshi.proposals import propose

S = Item.Status


class WorkflowError(Exception):
    """A change the item's state does not allow; the message is shown to the user as it is."""


class StaleEdit(WorkflowError):
    """The form was made from an older version of the item than the one now stored."""


# ---------------------------------------------------------------------------------------------- 立项


def import_source(user, document: Document, filename: str = "") -> Source:
    """Store an extracted document for review, with its proposed 任务分解表."""
    _require(user, "import")
    extracted = document.to_dict()
    extracted.pop("text")
    for attempt in range(5):  # two clerks importing at once may race for the same number
        try:
            with transaction.atomic():
                year = timezone.localdate().year
                dated = _date(document.date)
                last = Source.objects.filter(year=year).aggregate(n=Max("sequence"))["n"] or 0
                source = Source.objects.create(
                    year=year, sequence=last + 1, title=(document.title or filename or "未命名文件")[:300],
                    date=dated, region=(document.region or "")[:100], filename=filename[:300],
                    text=document.text, extracted=extracted, uploaded_by=user,
                    default_deadline=dt.date(dated.year if dated else year, 12, 31),
                )
                Proposal.objects.bulk_create(Proposal(source=source, **draft) for draft in propose(document))
                history.record(user, "导入文件", subject=f"来源 {source.number}",
                               after={"标题": source.title, "文件": filename, "建议事项": source.proposals.count()})
                return source
        except IntegrityError:
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


def file_proposals(user, source: Source) -> list[Item]:
    """File the accepted proposals of ``source`` as numbered items, each linked to its source span."""
    _require(user, "file")
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=source.pk)
        accepted = list(source.proposals.filter(decision=Proposal.Decision.ACCEPTED))
        if not accepted:
            raise WorkflowError("没有已采纳的事项：请先在建议清单中采纳要立项的事项")
        sequence = source.items.aggregate(n=Max("sequence"))["n"] or 0
        items = []
        for proposal in accepted:
            if source.text[proposal.start:proposal.end] == "" or proposal.end > len(source.text):
                raise WorkflowError(f"建议事项“{proposal.content[:20]}”的原文位置无效")
            sequence += 1
            item = Item.objects.create(
                source=source, sequence=sequence, number=f"{source.number}-{sequence:02d}",
                content=proposal.content, heading=proposal.heading,
                source_start=proposal.start, source_end=proposal.end,
                evidence=source.text[proposal.start:proposal.end],
                metric=proposal.metric, target_value=proposal.target_value,
                target_value_max=proposal.target_value_max, target_unit=proposal.target_unit,
                comparator=proposal.comparator, deadline_year=proposal.deadline_year,
                deadline_text=proposal.deadline_text, named_lead=proposal.lead,
                **_derived_deadline(proposal, source),
            )
            light = compute_light(item, timezone.localdate())
            item.original_deadline, item.light, item.light_reason = item.deadline, light.colour, light.reason
            item.light_since = timezone.now()
            item.save(update_fields=["original_deadline", "light", "light_reason", "light_since"])
            history.record(user, "立项", item=item, after=_snapshot(item, _FILED_FIELDS))
            items.append(item)
        source.proposals.filter(pk__in=[p.pk for p in accepted]).delete()
        source.status = Source.Status.FILED
        source.save(update_fields=["status"])
        return items


# ---------------------------------------------------------------------------------------------- 交办


def assign(user, item: Item, *, version: int, lead_unit: Unit, co_units: Iterable[Unit] = (),
           responsible: Person | None = None, deadline: dt.date | None = None,
           cadence_days: int | None = None, milestones: Sequence[tuple[str, dt.date]] = (),
           refuse_past: bool = False) -> Item:
    """交办 (or 重新交办): ``deadline`` None keeps the item's own (derived or earlier) deadline.

    With ``refuse_past`` (every page passes it) a deadline before today is refused when it is being set: a
    new date, or the item's own date at its first 交办. An overdue item may still be handed to another unit
    under its old date (the light stays red). Without it, the demo can build overdue items.
    """
    _require(user, "assign", item)
    co_units = [u for u in co_units if u.pk != lead_unit.pk]
    if responsible is not None and responsible.unit_id != lead_unit.pk:
        raise WorkflowError("责任人须是牵头单位的人员")
    with transaction.atomic():
        item = _locked(item, version, "assign")
        if refuse_past:
            _check_deadline(item, deadline)
        before = _snapshot(item, _ASSIGN_FIELDS)
        reassigning = item.status != S.FILED
        item.lead_unit, item.responsible = lead_unit, responsible
        if deadline is not None:
            if deadline != item.deadline:
                item.deadline_reason = CLERK_REASON
            item.deadline = deadline
            if item.original_deadline is None or item.status == S.FILED:
                item.original_deadline = deadline
        if cadence_days:
            item.cadence_days = cadence_days
        if item.lead_unit_id != before.get("_lead_id") or item.status in (S.FILED, S.RETURNED):
            item.status, item.assigned_at, item.signed_at = S.ASSIGNED, timezone.now(), None
        _save(item)
        item.co_units.set(co_units)
        for title, due in milestones:
            Milestone.objects.create(item=item, title=title, due=due)
        after = _snapshot(item, _ASSIGN_FIELDS)
        before.pop("_lead_id"), after.pop("_lead_id")
        if milestones:
            after["新增节点"] = [f"{title}（{due.isoformat()}）" for title, due in milestones]
        history.record(user, "重新交办" if reassigning else "交办", item=item, before=before, after=after)
        return item


def assign_many(user, items: Sequence[tuple[Item, int]], *, lead_unit: Unit | None = None,
                co_units: Iterable[Unit] | None = None, responsible: Person | None = None,
                deadline: dt.date | None = None, only_empty: bool = False) -> list[Item]:
    """批量交办: each (item, version the form saw) assigned in one transaction, each its own 交办 record.

    A value left out (None) keeps each item's own: its lead unit, co-units, responsible person and
    (derived) deadline. With ``only_empty`` the given values fill only what an item lacks, so what the
    clerk already set by hand on a row (a lead unit, a deadline 督查室指定) stays. Every item is checked
    first; if any cannot be assigned (its state, a stale version, no lead unit, a past deadline) none is
    changed and the message names the items.
    """
    _require(user, "assign")
    if not items:
        raise WorkflowError("请先勾选要交办的事项")
    co_units = list(co_units) if co_units is not None else None
    today = timezone.localdate()
    with transaction.atomic():
        # of=("self",): PostgreSQL cannot lock the nullable side of the outer joins select_related adds
        fresh = {i.pk: i for i in Item.objects.select_for_update(of=("self",))
                 .filter(pk__in=[i.pk for i, _ in items]).select_related("lead_unit", "responsible")}
        plans: list[tuple[Item, int, dict[str, Any]]] = []
        problems: dict[str, list[str]] = {}
        for item, version in items:
            current = fresh.get(item.pk)
            if current is None:
                raise WorkflowError("勾选的事项不存在，请刷新页面")
            number = current.number
            if current.version != version:
                problems.setdefault("已被他人更新，请刷新页面后重新勾选", []).append(number)
                continue
            if not TRANSITIONS["assign"].allows(current.status):
                problems.setdefault(f"当前为“{current.get_status_display()}”，不能交办", []).append(number)
                continue
            plan = _bulk_values(current, lead_unit, co_units, responsible, deadline, only_empty)
            person = plan["responsible"]
            if plan["lead_unit"] is None:
                problems.setdefault("没有牵头单位，请在批量交办中选择", []).append(number)
            elif person is not None and person.unit_id != plan["lead_unit"].pk:
                problems.setdefault("责任人须是牵头单位的人员", []).append(number)
            elif _past(current, plan["deadline"], today):
                problems.setdefault(f"完成时限早于今天（{today.isoformat()}），请填写新的完成时限", []).append(number)
            plans.append((current, version, plan))
        if problems:
            stale = any("他人更新" in why for why in problems)
            raise (StaleEdit if stale else WorkflowError)("未交办任何事项。" + "；".join(
                f"{'、'.join(numbers)}：{why}" for why, numbers in problems.items()))
        return [assign(user, item, version=version, refuse_past=True, **plan) for item, version, plan in plans]


def _bulk_values(item: Item, lead_unit: Unit | None, co_units: list[Unit] | None, responsible: Person | None,
                 deadline: dt.date | None, only_empty: bool) -> dict[str, Any]:
    """The arguments of :func:`assign` for one item of a 批量交办."""
    own_co = list(item.co_units.all())
    lead = lead_unit if lead_unit is not None and not (only_empty and item.lead_unit) else item.lead_unit
    co = co_units if co_units is not None and not (only_empty and own_co) else own_co
    person = responsible if responsible is not None and not (only_empty and item.responsible) else item.responsible
    if person is not None and person is not responsible and lead is not None and person.unit_id != lead.pk:
        person = None  # the row's own person belonged to its old lead unit
    clerk_set = item.deadline is not None and item.deadline_reason == CLERK_REASON
    keep_deadline = deadline is None or (only_empty and clerk_set)
    return {"lead_unit": lead, "co_units": co, "responsible": person,
            "deadline": None if keep_deadline else deadline}


def _past(item: Item, deadline: dt.date | None, today: dt.date) -> bool:
    """Whether assigning with ``deadline`` (None: keep the item's own) sets a deadline before today."""
    if deadline is None:
        return item.status == S.FILED and item.deadline is not None and item.deadline < today
    if deadline >= today:
        return False
    return deadline != item.deadline or item.status == S.FILED


def _check_deadline(item: Item, deadline: dt.date | None) -> None:
    today = timezone.localdate()
    if _past(item, deadline, today):
        raise WorkflowError(f"完成时限不能早于今天（{today.isoformat()}）")


def sign(user, item: Item, *, version: int) -> Item:
    _require(user, "sign", item)
    with transaction.atomic():
        item = _locked(item, version, "sign")
        item.status, item.signed_at = S.IN_PROGRESS, timezone.now()
        _save(item)
        history.record(user, "签收", item=item, before={"状态": S.ASSIGNED.label},
                       after={"状态": item.get_status_display()})
        return item


def return_item(user, item: Item, *, version: int, reason: str) -> Item:
    _require(user, "return", item)
    reason = _required_text(reason, "退回理由")
    with transaction.atomic():
        item = _locked(item, version, "return")
        unit, was = item.lead_unit, item.get_status_display()
        item.status = S.RETURNED
        _save(item)
        history.record(user, "退回", item=item, before={"状态": was, "牵头单位": str(unit)},
                       after={"状态": item.get_status_display()}, note=reason)
        return item


# ---------------------------------------------------------------------------------------------- 反馈


def report_progress(user, item: Item, *, text: str, percent: int, value: float | None = None,
                    value_unit: str = "", files: Sequence[UploadedFile] = ()) -> ProgressReport:
    """A progress report; additive, so it needs no version (two units may report at once)."""
    _require(user, "report", item)
    text = _required_text(text, "进展情况")
    if not 0 <= percent <= 100:
        raise WorkflowError("完成进度须在0到100之间")
    types = _check_files(files)
    with transaction.atomic():
        item = _locked(item, None, "report")
        unit = unit_of(user)
        report = ProgressReport.objects.create(item=item, author=user, unit=unit, text=text,
                                               percent=percent, value=value, value_unit=value_unit)
        _attach(report, files, types)
        before = _snapshot(item, _REPORT_FIELDS)
        if unit is not None and unit.pk == item.lead_unit_id:
            item.percent = percent
            if value is not None:
                item.reported_value, item.reported_unit = value, value_unit or item.target_unit
        item.last_report_at = report.created_at
        _save(item)
        history.record(user, "报送进展", item=item, before=before, after=_snapshot(item, _REPORT_FIELDS),
                       note=text[:500])
        return report


# ---------------------------------------------------------------------------------------------- 预警 / 催办


def remind(user, item: Item, message: str) -> Reminder:
    _require(user, "remind", item)
    message = _required_text(message, "催办内容")
    with transaction.atomic():
        item = _locked(item, None, "remind")
        reminder = Reminder.objects.create(item=item, sender=user, message=message)
        history.record(user, "催办", item=item, note=message)
        return reminder


def mark_reminders_read(user, item: Item) -> int:
    _require(user, "read", item)
    return item.reminders.filter(read_at__isnull=True).update(read_at=timezone.now())


def refresh_light(item: Item, today: dt.date | None = None, *, actor=None, remind_unit: bool = False) -> bool:
    """Recompute the item's light; a new colour is stored and recorded (with an automatic 催办 when worse).

    A new reason under the same colour ("已逾期3天" the day after "已逾期2天") is stored without a history
    record: it is derived from dates the history already holds.
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        item = Item.objects.select_for_update().get(pk=item.pk)
        light = compute_light(item, today)
        if (light.colour, light.reason) == (item.light, item.light_reason):
            return False
        if light.colour == item.light:
            Item.objects.filter(pk=item.pk).update(light_reason=light.reason)
            item.light_reason = light.reason
            return False
        since = timezone.now() if today == timezone.localdate() else _start_of(today)  # --date runs pretend
        Item.objects.filter(pk=item.pk).update(light=light.colour, light_reason=light.reason, light_since=since)
        before = {"预警": item.get_light_display(), "原因": item.light_reason}
        worse = _LIGHT_RANK[light.colour] > _LIGHT_RANK[item.light]
        item.light, item.light_reason = light.colour, light.reason
        history.record(actor, "预警变化", item=item, before=before,
                       after={"预警": item.get_light_display(), "原因": light.reason})
        if remind_unit and worse and item.status != S.CLOSED:
            Reminder.objects.create(item=item, automatic=True,
                                    message=f"系统预警：{item.get_light_display()}，{light.reason}，请抓紧办理并及时报送进展。")
        return True


def compute_light(item: Item, today: dt.date, requested_reports: Sequence[dt.date] | None = None):
    """The item's light; ``requested_reports`` (the reports 批示 asked for and not sent) read when not given."""
    return light_for(
        status=item.status, deadline=item.deadline, today=today, cadence_days=item.cadence_days,
        signed_at=_day(item.signed_at), last_report_at=_day(item.last_report_at), assigned_at=_day(item.assigned_at),
        open_milestones=[(m.title, m.due) for m in item.milestones.all() if m.done_at is None],
        requested_reports=instructions.open_requests(item) if requested_reports is None else requested_reports,
        warning_days=settings.LUOSHI_WARNING_DAYS,
    )


# ---------------------------------------------------------------------------------------------- 延期


def request_extension(user, item: Item, *, new_deadline: dt.date, reason: str) -> ExtensionRequest:
    _require(user, "request_extension", item)
    reason = _required_text(reason, "申请理由")
    with transaction.atomic():
        item = _locked(item, None, "request_extension")
        deadline = item.deadline
        if refusal := extension_refusal(item):
            raise WorkflowError(refusal)
        if deadline is None or new_deadline <= deadline:  # (None is refused above; this says so to mypy)
            raise WorkflowError("申请的新时限须晚于现时限")
        request = ExtensionRequest.objects.create(item=item, requested_by=user, reason=reason,
                                                  old_deadline=deadline, new_deadline=new_deadline)
        history.record(user, "申请延期", item=item, after={"原时限": item.deadline, "申请延至": new_deadline},
                       note=reason)
        return request


def extension_refusal(item: Item) -> str:
    """Why the item cannot have an extension asked for now ("" if it can): the item page leaves out the card."""
    if item.deadline is None:
        return "此事项没有完成时限，无需延期"
    if timezone.localdate() > item.deadline:
        return "已超过完成时限，不能再申请延期"
    if item.extensions.filter(status=ExtensionRequest.Status.PENDING).exists():
        return "已有一项延期申请待审批"
    return ""


def decide_extension(user, request: ExtensionRequest, *, approve: bool, note: str = "") -> ExtensionRequest:
    _require(user, "decide_extension", request.item)
    with transaction.atomic():
        request = ExtensionRequest.objects.select_for_update().get(pk=request.pk)
        if request.status != ExtensionRequest.Status.PENDING:
            raise WorkflowError("这项延期申请已经审批过了")
        item = _locked(request.item, None, "decide_extension")
        request.status = ExtensionRequest.Status.APPROVED if approve else ExtensionRequest.Status.REFUSED
        request.decided_by, request.decided_at, request.decision_note = user, timezone.now(), note.strip()
        request.save()
        before = {"完成时限": item.deadline}
        if approve:
            if item.original_deadline is None:
                item.original_deadline = item.deadline
            item.deadline = request.new_deadline
        _save(item)
        history.record(user, "批准延期" if approve else "不予延期", item=item, before=before,
                       after={"完成时限": item.deadline, "原定时限": item.original_deadline}, note=note.strip())
        return request


# ---------------------------------------------------------------------------------------------- 领导批示


def instruct(user, item: Item, *, text: str, report_due: dt.date | None = None) -> Instruction:
    """领导批示 on an item, shown to its units; with ``report_due`` the units owe a progress report by that day."""
    _require(user, "instruct", item)
    text = _required_text(text, "批示内容")
    _check_report_due(report_due)
    with transaction.atomic():
        item = _locked(item, None, "instruct")
        if report_due is not None and item.status not in instructions.OWES_REPORTS:
            raise WorkflowError(f"事项当前为“{item.get_status_display()}”，不能要求报告")
        instruction = Instruction.objects.create(author=user, item=item, text=text, report_due=report_due)
        history.record(user, "领导批示", item=item, after=_instruction_fields(instruction), note=text)
        if report_due is not None:
            refresh_light(item, actor=user)
        return instruction


def instruct_source(user, source: Source, *, text: str, report_due: dt.date | None = None) -> Instruction:
    """领导批示 on a whole document: it concerns each of its items under 督办 and their units."""
    _require(user, "instruct")
    text = _required_text(text, "批示内容")
    _check_report_due(report_due)
    with transaction.atomic():
        source = Source.objects.select_for_update().get(pk=source.pk)
        instruction = Instruction.objects.create(author=user, source=source, text=text, report_due=report_due)
        concerned = instructions.items_concerned(instruction)
        history.record(user, "领导批示", subject=f"来源 {source.number}",
                       after={**_instruction_fields(instruction), "涉及事项": len(concerned)}, note=text)
        if report_due is not None:
            for item in concerned:
                refresh_light(item, actor=user)
        return instruction


def _check_report_due(report_due: dt.date | None) -> None:
    if report_due is not None and report_due < timezone.localdate():
        raise WorkflowError(f"要求报告时限不能早于今天（{timezone.localdate().isoformat()}）")


def _instruction_fields(instruction: Instruction) -> dict[str, Any]:
    """What the history shows beside the 批示's text (its note)."""
    return {"要求报告时限": instruction.report_due} if instruction.report_due else {}


# ---------------------------------------------------------------------------------------------- 办结 / 销号


def complete(user, item: Item, *, version: int, text: str, value: float | None = None, value_unit: str = "",
             files: Sequence[UploadedFile] = ()) -> ProgressReport:
    _require(user, "complete", item)
    text = _required_text(text, "办结情况")
    types = _check_files(files)
    with transaction.atomic():
        item = _locked(item, version, "complete")
        report = ProgressReport.objects.create(item=item, author=user, unit=unit_of(user), text=text, percent=100,
                                               value=value, value_unit=value_unit, is_completion=True)
        _attach(report, files, types)
        before = _snapshot(item, _REPORT_FIELDS)
        item.status, item.percent, item.completed_at = S.REVIEW, 100, timezone.now()
        item.last_report_at = report.created_at
        if value is not None:
            item.reported_value, item.reported_unit = value, value_unit or item.target_unit
        _save(item)
        history.record(user, "申请办结", item=item, before=before, after=_snapshot(item, _REPORT_FIELDS),
                       note=text[:500])
        return report


def review_completion(user, item: Item, *, version: int, accept: bool, note: str = "") -> Item:
    _require(user, "review", item)
    if not accept:
        note = _required_text(note, "退办理由")
    with transaction.atomic():
        item = _locked(item, version, "review")
        if accept:
            item.status, item.closed_at = S.CLOSED, timezone.now()
        else:
            item.status, item.completed_at = S.IN_PROGRESS, None
        _save(item)
        history.record(user, "销号" if accept else "退办", item=item, before={"状态": S.REVIEW.label},
                       after={"状态": item.get_status_display(), "达标情况": item.verdict or "非量化事项"},
                       note=note.strip())
        return item


# ---------------------------------------------------------------------------------------------- 编辑 / 节点


EDITABLE_FIELDS = ("content", "metric", "target_value", "target_value_max", "target_unit", "comparator",
                   "cadence_days", "is_public")


def edit_item(user, item: Item, *, version: int, **changes: Any) -> Item:
    _require(user, "edit", item)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise WorkflowError(f"不能修改的字段：{', '.join(sorted(unknown))}")
    with transaction.atomic():
        item = _locked(item, version, "edit")
        before = _snapshot(item, changes)
        for field, value in changes.items():
            setattr(item, field, value)
        after = _snapshot(item, changes)
        if before == after:
            return item
        _save(item)
        history.record(user, "修改", item=item, before=before, after=after)
        return item


def add_milestone(user, item: Item, *, title: str, due: dt.date) -> Milestone:
    _require(user, "milestones", item)
    title = _required_text(title, "节点名称")
    with transaction.atomic():
        item = _locked(item, None, "milestones")
        milestone = Milestone.objects.create(item=item, title=title, due=due)
        history.record(user, "添加节点", item=item, after={"节点": title, "时限": due})
        return milestone


def finish_milestone(user, milestone: Milestone) -> Milestone:
    item = milestone.item
    _require(user, "finish_milestone", item)
    with transaction.atomic():
        milestone = Milestone.objects.select_for_update().get(pk=milestone.pk)
        if milestone.done_at is not None:
            raise WorkflowError("此节点已完成")
        _locked(item, None, "finish_milestone")
        milestone.done_at = timezone.now()
        milestone.save(update_fields=["done_at"])
        history.record(user, "完成节点", item=item, after={"节点": milestone.title})
        return milestone


def set_attachment_public(user, attachment: Attachment, public: bool) -> Attachment:
    """Show an attachment on the public page of its item (or stop showing it); recorded like any change."""
    item = attachment.report.item
    _require(user, "publish", item)
    with transaction.atomic():
        attachment = Attachment.objects.select_for_update().get(pk=attachment.pk)
        if attachment.is_public == public:
            return attachment
        attachment.is_public = public
        attachment.save(update_fields=["is_public"])
        history.record(user, "公开附件" if public else "取消公开附件", item=item,
                       before={"附件": attachment.name, "公开": not public},
                       after={"附件": attachment.name, "公开": public})
        return attachment


# ---------------------------------------------------------------------------------------------- internals

_FILED_FIELDS = ("number", "content", "evidence", "metric", "target_value", "target_unit", "deadline",
                 "deadline_reason")
_ASSIGN_FIELDS = ("status", "lead_unit", "co_units", "responsible", "deadline", "deadline_reason", "cadence_days",
                  "_lead_id")
_REPORT_FIELDS = ("status", "percent", "reported_value", "reported_unit")
_LIGHT_RANK = {"green": 0, "yellow": 1, "red": 2}
_LABELS = {"_lead_id": "_lead_id", "co_units": "配合单位"}


def _require(user, action: str, item: Item | None = None) -> None:
    if not can(user, action, item):
        raise PermissionDenied


def _locked(item: Item, version: int | None, action: str) -> Item:
    """The item re-read under a row lock, checked for staleness and for a state ``action`` may start from."""
    fresh = Item.objects.select_for_update().get(pk=item.pk)
    if version is not None and fresh.version != version:
        raise StaleEdit(f"此事项已被他人更新（当前状态：{fresh.get_status_display()}），"
                        "您的表单基于旧版本，未保存。请刷新页面，核对后重新提交。")
    transition = TRANSITIONS[action]
    if not transition.allows(fresh.status):
        raise WorkflowError(f"事项当前为“{fresh.get_status_display()}”，不能{transition.doing}")
    return fresh


def _save(item: Item) -> None:
    """Store a change of the item: a new version (stale forms are refused), its light recomputed."""
    item.version += 1
    light = compute_light(item, timezone.localdate())
    if light.colour != item.light or item.light_since is None:
        item.light_since = timezone.now()
    item.light, item.light_reason = light.colour, light.reason
    item.save()


def _snapshot(item: Item, fields: Iterable[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in fields:
        if name == "_lead_id":
            values[name] = item.lead_unit_id
        elif name == "co_units":
            names = sorted(u.name for u in item.co_units.all()) if item.pk else []
            values[_LABELS[name]] = "、".join(names) or None
        else:
            field = model_field(Item, name)
            value = getattr(item, name)
            if field.choices and value:
                value = getattr(item, f"get_{name}_display")()
            values[str(field.verbose_name)] = str(value) if isinstance(value, Unit | Person) else value
    return values


def _required_text(text: str, what: str) -> str:
    text = (text or "").strip()
    if not text:
        raise WorkflowError(f"请填写{what}")
    return text


def _check_files(files: Sequence[UploadedFile]) -> list[FileType]:
    """Each file's type sniffed from its bytes (never the name or the browser's word), within the size limit."""
    limit = settings.LUOSHI_ATTACHMENT_MAX_BYTES
    types = []
    for f in files:
        size = f.size or 0
        if size > limit:
            raise WorkflowError(f"附件“{f.name}”为{size / 1048576:.1f} MB，超过{limit / 1048576:.0f} MB的上限")
        try:
            types.append(attachment_types.check(f.name or "", f))
        except attachment_types.RefusedFile as e:
            raise WorkflowError(str(e)) from None
    return types


def _attach(report: ProgressReport, files: Sequence[UploadedFile], types: Sequence[FileType]) -> None:
    for f, kind in zip(files, types, strict=True):
        name = (f.name or "附件").replace("/", "_").replace("\\", "_")[-200:]
        Attachment.objects.create(report=report, file=f, name=name, size=f.size or 0,
                                  content_type=kind.content_type, kind=kind.kind)


def _derived_deadline(proposal: Proposal, source: Source) -> dict[str, Any]:
    """An item's deadline at filing, with its reason: the row's 完成时限 (from its task's deadline, or set by the
    clerk on the review page), else 31 December of its target's year, else the document's default."""
    if proposal.due_date is not None:
        return {"deadline": proposal.due_date, "deadline_reason": proposal.due_reason or CLERK_REASON}
    due = due_date(proposal.deadline_year, proposal.deadline_text,
                   plan_year_of(source.date, source.title, source.text))
    if due is not None:
        return {"deadline": due.date, "deadline_reason": due.reason[:100]}
    if source.default_deadline is not None:
        return {"deadline": source.default_deadline, "deadline_reason": DEFAULT_REASON}
    return {"deadline": None, "deadline_reason": ""}


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


def _day(moment: dt.datetime | None) -> dt.date | None:
    return timezone.localdate(moment) if moment else None
