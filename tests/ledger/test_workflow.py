"""Every transition of the 督办 cycle, its refusals, and what it leaves in the history."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from luoshi.ledger import history, workflow
from luoshi.ledger.models import ExtensionRequest, HistoryRecord, Item, Proposal, Reminder, Source

pytestmark = pytest.mark.django_db
S = Item.Status


def fresh(item: Item) -> Item:
    return Item.objects.get(pk=item.pk)


def actions(item: Item) -> list[str]:
    return list(HistoryRecord.objects.filter(item=item).order_by("seq").values_list("action", flat=True))


def test_import_numbers_sources_per_year_and_proposes_grounded_rows(users, source):
    second = workflow.import_source(users["supervisor"], workflow_document("今年要新建公路10公里。"), "paste")
    year = timezone.localdate().year
    assert (source.year, source.sequence) == (year, 1)
    assert second.number == f"{year}-002"
    assert source.status == Source.Status.REVIEWING
    for proposal in Proposal.objects.filter(source=second):
        assert second.text[proposal.start:proposal.end] == proposal.content
    assert second.proposals.filter(target_value=10, target_unit="公里").exists()


def workflow_document(text: str):
    import luoshi

    return luoshi.extract(text)


def test_filing_numbers_items_and_links_each_to_its_sentence(source, users):
    accepted = source.proposals.count()
    items = workflow.file_proposals(users["supervisor"], source)
    assert len(items) == accepted > 0
    for n, item in enumerate(items, 1):
        assert item.number == f"{source.number}-{n:02d}"
        assert item.evidence == source.text[item.source_start:item.source_end]
        assert item.status == S.FILED
        assert actions(item) == ["立项"]
    assert Source.objects.get(pk=source.pk).status == Source.Status.FILED
    assert not source.proposals.exists()


def test_filing_later_continues_the_numbering(source, users):
    first = workflow.file_proposals(users["supervisor"], source)
    Proposal.objects.create(source=source, kind="manual", start=0, end=5, content=source.text[:5],
                            decision=Proposal.Decision.ACCEPTED)
    [later] = workflow.file_proposals(users["supervisor"], source)
    assert later.sequence == len(first) + 1


def test_filing_without_accepted_proposals_is_refused(users):
    src = workflow.import_source(users["supervisor"], workflow_document("今年要新建公路10公里。"), "paste")
    with pytest.raises(workflow.WorkflowError, match="没有已采纳"):
        workflow.file_proposals(users["supervisor"], src)


def test_default_deadline_is_the_target_years_end_else_the_documents(users):
    text = ("政府工作报告\n2025年1月10日\n今年全区经济社会发展的主要预期目标是：地区生产总值增长6%左右。"
            "到2027年底，建成城市快速路30公里。全力推进老旧小区改造工作。")
    src = workflow.import_source(users["supervisor"], workflow_document(text), "paste")
    src.proposals.update(decision=Proposal.Decision.ACCEPTED)
    deadlines = {item.content: item.deadline for item in workflow.file_proposals(users["supervisor"], src)}
    assert deadlines[next(c for c in deadlines if "快速路" in c)] == dt.date(2027, 12, 31)
    assert deadlines[next(c for c in deadlines if "生产总值" in c)] == dt.date(2025, 12, 31)
    assert deadlines[next(c for c in deadlines if "老旧小区" in c)] == src.default_deadline == dt.date(2025, 12, 31)


def test_full_cycle_assign_sign_report_extend_complete_close(assigned, users, units):
    assert assigned.status == S.ASSIGNED and assigned.lead_unit == units["发改局"]
    item = workflow.sign(users["unit"], assigned, version=assigned.version)
    assert item.status == S.IN_PROGRESS and item.signed_at is not None
    workflow.report_progress(users["unit"], item, text="完成立项审批", percent=30, value=2.5,
                             value_unit=item.target_unit)
    item = fresh(item)
    assert item.percent == 30 and item.reported_value == 2.5 and item.last_report_at is not None
    old_deadline = item.deadline
    request = workflow.request_extension(users["unit"], item, new_deadline=old_deadline + dt.timedelta(days=30),
                                         reason="征地拆迁滞后")
    workflow.decide_extension(users["leader"], request, approve=True, note="同意")
    item = fresh(item)
    assert item.deadline == old_deadline + dt.timedelta(days=30)
    assert item.original_deadline == old_deadline  # both dates kept
    assert ExtensionRequest.objects.get(pk=request.pk).status == ExtensionRequest.Status.APPROVED
    workflow.complete(users["unit"], item, version=item.version, text="全部完成", value=9, value_unit=item.target_unit)
    item = fresh(item)
    assert item.status == S.REVIEW and item.percent == 100
    item = workflow.review_completion(users["supervisor"], item, version=item.version, accept=True)
    assert item.status == S.CLOSED and item.closed_at is not None and item.light == "green"
    assert actions(item) == ["立项", "交办", "签收", "报送进展", "申请延期", "批准延期", "申请办结", "销号"]
    assert history.verify().ok


def test_return_then_reassign(signed, users, units):
    item = workflow.return_item(users["unit"], signed, version=signed.version, reason="不属于我局职责")
    assert item.status == S.RETURNED
    record = HistoryRecord.objects.filter(item=item).latest("seq")
    assert record.action == "退回" and record.note == "不属于我局职责"
    item = workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["住建局"])
    assert item.status == S.ASSIGNED and item.lead_unit == units["住建局"]
    assert actions(item)[-1] == "重新交办"


def test_return_needs_a_reason(signed, users):
    with pytest.raises(workflow.WorkflowError, match="退回理由"):
        workflow.return_item(users["unit"], signed, version=signed.version, reason="  ")


def test_send_back_returns_to_in_progress_and_needs_a_reason(signed, users):
    workflow.complete(users["unit"], signed, version=signed.version, text="完成")
    item = fresh(signed)
    with pytest.raises(workflow.WorkflowError, match="退办理由"):
        workflow.review_completion(users["supervisor"], item, version=item.version, accept=False)
    item = workflow.review_completion(users["supervisor"], item, version=item.version, accept=False, note="佐证不足")
    assert item.status == S.IN_PROGRESS and item.completed_at is None
    assert actions(item)[-1] == "退办"


def test_refused_extension_keeps_the_deadline(signed, users):
    request = workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline + dt.timedelta(days=9),
                                         reason="理由")
    workflow.decide_extension(users["leader"], request, approve=False, note="不同意")
    assert fresh(signed).deadline == signed.deadline
    with pytest.raises(workflow.WorkflowError, match="已经审批"):
        workflow.decide_extension(users["leader"], ExtensionRequest.objects.get(pk=request.pk), approve=True)


def test_extension_rules(signed, users):
    with pytest.raises(workflow.WorkflowError, match="晚于"):
        workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline, reason="x")
    workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline + dt.timedelta(days=1), reason="x")
    with pytest.raises(workflow.WorkflowError, match="待审批"):
        workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline + dt.timedelta(days=2),
                                   reason="y")


def test_extension_after_the_deadline_is_refused(signed, users):
    Item.objects.filter(pk=signed.pk).update(deadline=timezone.localdate() - dt.timedelta(days=1))
    with pytest.raises(workflow.WorkflowError, match="已超过完成时限"):
        workflow.request_extension(users["unit"], fresh(signed), new_deadline=timezone.localdate(), reason="x")


@pytest.mark.parametrize(("who", "action"), [
    ("unit", "assign"), ("leader", "assign"), ("other_unit", "sign"), ("co_unit", "sign"), ("supervisor", "sign"),
    ("leader", "sign"), ("no_role", "sign"), ("unit", "decide"), ("supervisor", "decide"),
])
def test_roles_are_enforced_in_the_workflow_itself(assigned, users, units, who, action):
    user = users[who]
    with pytest.raises(PermissionDenied):
        if action == "assign":
            workflow.assign(user, assigned, version=assigned.version, lead_unit=units["住建局"])
        elif action == "sign":
            workflow.sign(user, assigned, version=assigned.version)
        else:
            item = workflow.sign(users["unit"], assigned, version=assigned.version)
            request = workflow.request_extension(users["unit"], item, new_deadline=item.deadline + dt.timedelta(1),
                                                 reason="x")
            workflow.decide_extension(user, request, approve=True)


def test_co_unit_reports_but_does_not_move_the_lead_figures(signed, users):
    workflow.report_progress(users["co_unit"], signed, text="配合完成道路部分", percent=80)
    item = fresh(signed)
    assert item.reports.count() == 1 and item.percent == 0
    with pytest.raises(PermissionDenied):
        workflow.complete(users["co_unit"], item, version=item.version, text="完成")


@pytest.mark.parametrize("step", ["sign_twice", "report_before_sign", "complete_before_sign", "review_in_progress"])
def test_transitions_out_of_order_are_refused(assigned, users, step):
    with pytest.raises(workflow.WorkflowError, match="不能"):
        if step == "sign_twice":
            item = workflow.sign(users["unit"], assigned, version=assigned.version)
            workflow.sign(users["unit"], item, version=item.version)
        elif step == "report_before_sign":
            workflow.report_progress(users["unit"], assigned, text="x", percent=1)
        elif step == "complete_before_sign":
            workflow.complete(users["unit"], assigned, version=assigned.version, text="x")
        else:
            item = workflow.sign(users["unit"], assigned, version=assigned.version)
            workflow.review_completion(users["supervisor"], item, version=item.version, accept=True)


def test_stale_version_is_refused_and_nothing_changes(assigned, users, units):
    stale = assigned.version
    workflow.assign(users["supervisor"], assigned, version=stale, lead_unit=units["住建局"])
    before = HistoryRecord.objects.count()
    with pytest.raises(workflow.StaleEdit, match="已被他人更新"):
        workflow.assign(users["supervisor"], assigned, version=stale, lead_unit=units["交通局"])
    assert fresh(assigned).lead_unit == units["住建局"]
    assert HistoryRecord.objects.count() == before


def test_remind_reaches_the_unit_and_can_be_marked_read(assigned, users):
    workflow.remind(users["supervisor"], assigned, "请尽快签收")
    assert Reminder.objects.filter(item=assigned, read_at__isnull=True).count() == 1
    assert workflow.mark_reminders_read(users["unit"], assigned) == 1
    with pytest.raises(PermissionDenied):
        workflow.mark_reminders_read(users["other_unit"], assigned)


def test_attachments_are_stored_and_limited(signed, users, settings):
    settings.LUOSHI_ATTACHMENT_MAX_BYTES = 1000
    ok = SimpleUploadedFile("照片.jpg", b"\xff\xd8\xff\xe0" + b"x" * 996, content_type="image/jpeg")
    report = workflow.report_progress(users["unit"], signed, text="附照片", percent=10, files=[ok])
    [attachment] = report.attachments.all()
    assert attachment.name == "照片.jpg" and attachment.size == 1000
    big = SimpleUploadedFile("big.pdf", b"x" * 1001)
    with pytest.raises(workflow.WorkflowError, match="超过"):
        workflow.report_progress(users["unit"], signed, text="大文件", percent=20, files=[big])
    assert fresh(signed).reports.count() == 1


def test_edit_records_before_and_after(items, users):
    item = items[0]
    workflow.edit_item(users["supervisor"], item, version=item.version, content="新的任务内容", is_public=True)
    record = HistoryRecord.objects.filter(item=item).latest("seq")
    assert record.action == "修改"
    assert record.after["任务内容"] == "新的任务内容" and record.before["任务内容"] == item.content
    with pytest.raises(workflow.WorkflowError, match="不能修改"):
        workflow.edit_item(users["supervisor"], fresh(item), version=fresh(item).version, status="closed")


def test_milestones(signed, users):
    milestone = workflow.add_milestone(users["supervisor"], signed, title="完成招标", due=timezone.localdate())
    workflow.finish_milestone(users["unit"], milestone)
    with pytest.raises(workflow.WorkflowError, match="已完成"):
        workflow.finish_milestone(users["unit"], milestone)
    with pytest.raises(PermissionDenied):
        workflow.add_milestone(users["unit"], signed, title="x", due=timezone.localdate())


def test_light_changes_are_recorded_with_their_start_and_reasons_are_not(signed, users):
    item = fresh(signed)
    assert item.light == "green" and item.light_since is not None
    Item.objects.filter(pk=item.pk).update(deadline=timezone.localdate() - dt.timedelta(days=2))
    assert workflow.refresh_light(item, remind_unit=True) is True
    red = fresh(item)
    assert red.light == "red" and red.light_since > item.light_since
    assert actions(item)[-1] == "预警变化"
    assert Reminder.objects.filter(item=item, automatic=True).count() == 1
    records = HistoryRecord.objects.count()
    # a day later only the reason's day count changes: stored, not recorded, no second reminder
    assert workflow.refresh_light(red, timezone.localdate() + dt.timedelta(days=1), remind_unit=True) is False
    assert "3天" in fresh(item).light_reason and fresh(item).light_since == red.light_since
    assert HistoryRecord.objects.count() == records
    assert Reminder.objects.filter(item=item, automatic=True).count() == 1
