"""领导批示: a leader writes on an item or a document; the units concerned see it, a report asked for by a day is
owed (its light turns red when missed), and the 进度通报 lists the period's 批示."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from luoshi.ledger import workflow
from luoshi.ledger.lights import light_for
from luoshi.ledger.models import HistoryRecord, Instruction, Item
from luoshi.ledger.reports.bulletin import build_bulletin
from luoshi.report.bulletin_docx import render_docx

from .conftest import client_for

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 10)


def test_a_leader_writes_on_the_item_page_and_the_units_concerned_read_it(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "instruct"])
    due = timezone.localdate() + dt.timedelta(days=20)
    response = client_for(users["leader"]).post(url, {"text": "此事关系民生，务必按期完成", "report_due": due})
    assert response.status_code == 302
    instruction = Instruction.objects.get(item=signed)
    assert instruction.author == users["leader"] and instruction.report_due == due
    record = HistoryRecord.objects.filter(item=signed).last()
    assert record.action == "领导批示" and record.after["要求报告时限"] == due.isoformat()
    for role in ("unit", "co_unit", "supervisor"):
        page = client_for(users[role]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
        assert "此事关系民生，务必按期完成" in page and f"要求于 <b>{due:%Y-%m-%d}</b> 前报告" in page, role
        assert "待报告" in page


def test_only_a_leader_may_write_one(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "instruct"])
    for role in ("unit", "co_unit", "supervisor"):
        assert client_for(users[role]).post(url, {"text": "越权批示"}).status_code == 403, role
        page = client_for(users[role]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
        assert 'id="action-instruct"' not in page
    assert 'id="action-instruct"' in client_for(users["leader"]).get(
        reverse("ledger:item_detail", args=[signed.number])).content.decode()
    with pytest.raises(PermissionDenied):
        workflow.instruct(users["supervisor"], signed, text="越权批示")
    assert not Instruction.objects.exists()


def test_a_report_day_in_the_past_or_on_a_closed_item_is_refused(signed, items, users):
    with pytest.raises(workflow.WorkflowError, match="不能早于今天"):
        workflow.instruct(users["leader"], signed, text="请报告", report_due=timezone.localdate() - dt.timedelta(1))
    filed = Item.objects.get(pk=items[1].pk)  # 待交办: no unit owes a report yet
    with pytest.raises(workflow.WorkflowError, match="不能要求报告"):
        workflow.instruct(users["leader"], filed, text="请报告", report_due=timezone.localdate())
    workflow.instruct(users["leader"], filed, text="请督查室尽快交办")  # a 批示 without a report day is fine


def test_a_requested_report_turns_the_light_until_the_unit_reports(signed, users):
    due = timezone.localdate() + dt.timedelta(days=2)
    workflow.instruct(users["leader"], signed, text="请报告进展", report_due=due)
    item = Item.objects.get(pk=signed.pk)
    assert item.light == Item.Light.YELLOW and "领导批示要求" in item.light_reason
    # missed: red
    assert workflow.refresh_light(item, today=due + dt.timedelta(days=1))
    assert Item.objects.get(pk=signed.pk).light == Item.Light.RED
    # the unit reports: the request is answered, the light recomputed
    workflow.report_progress(users["unit"], item, text="已按批示推进", percent=50)
    item = Item.objects.get(pk=signed.pk)
    assert item.light == Item.Light.GREEN
    page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[item.number])).content.decode()
    assert "已报告" in page


@pytest.mark.parametrize(("requested", "colour", "reason"), [
    ([TODAY + dt.timedelta(days=30)], "green", ""),
    ([TODAY + dt.timedelta(days=3)], "yellow", "领导批示要求6月13日前报告"),
    ([TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=3)], "red", "领导批示要求6月9日前报告，未报送"),
])
def test_lights_of_requested_reports(requested, colour, reason):
    light = light_for(status="in_progress", deadline=TODAY + dt.timedelta(days=90), today=TODAY, cadence_days=30,
                      signed_at=TODAY, requested_reports=requested)
    assert (light.colour, light.reason) == (colour, reason)


def test_a_leader_writes_on_a_document_and_each_of_its_items_shows_it(signed, users):
    url = reverse("ledger:source_instructions", args=[signed.source_id])
    assert client_for(users["unit"]).get(url).status_code == 403
    assert client_for(users["unit"]).post(url, {"text": "越权"}).status_code == 403
    assert client_for(users["supervisor"]).post(url, {"text": "越权"}).status_code == 403
    page = client_for(users["leader"]).get(url).content.decode()
    assert 'id="instruct-source"' in page and signed.number in page
    response = client_for(users["leader"]).post(url, {"text": "各单位对照分工抓好落实"})
    assert response.status_code == 302
    instruction = Instruction.objects.get(source_id=signed.source_id)
    assert instruction.item is None
    record = HistoryRecord.objects.last()
    assert record.action == "领导批示" and record.subject.startswith("来源 ") and record.after["涉及事项"] == 1
    item_page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
    assert "各单位对照分工抓好落实" in item_page
    review = client_for(users["supervisor"]).get(reverse("ledger:source_review", args=[signed.source_id]))
    assert "领导批示（1件）" in review.content.decode()


def test_instructions_are_escaped(signed, users):
    workflow.instruct(users["leader"], signed, text="<script>alert(1)</script>")
    page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_bulletin_lists_the_periods_instructions(signed, users):
    today = timezone.localdate()
    workflow.instruct(users["leader"], signed, text="务必按期完成", report_due=today + dt.timedelta(days=10))
    workflow.instruct_source(users["leader"], signed.source, text="全面抓好落实")
    bulletin = build_bulletin(today.replace(day=1), today, today)
    assert [line.text for line in bulletin.instructions] == ["务必按期完成", "全面抓好落实"]
    first = bulletin.instructions[0]
    assert first.subject == f"事项 {signed.number}" and first.units == "发改局" and first.state == "待报告"
    assert "本期领导批示2件" in bulletin.summary
    html = client_for(users["leader"]).get(reverse("ledger:bulletin")).content.decode()
    assert "四、领导批示" in html and "务必按期完成" in html and "待报告" in html
    text = "\n".join(cell.text for table in docx.Document(io.BytesIO(render_docx(bulletin))).tables
                     for row in table.rows for cell in row.cells)
    assert "全面抓好落实" in text and signed.number in text
    # a period before them lists none
    earlier = build_bulletin(dt.date(2020, 1, 1), dt.date(2020, 1, 31), today)
    assert earlier.instructions == []


def test_a_requested_report_shows_on_the_units_dashboard_until_sent(signed, users):
    due = timezone.localdate() + dt.timedelta(days=15)
    workflow.instruct_source(users["leader"], signed.source, text="请各单位报告落实情况", report_due=due)
    for role, shown in (("unit", True), ("co_unit", True), ("other_unit", False)):
        page = client_for(users[role]).get(reverse("ledger:dashboard")).content.decode()
        assert ("领导批示·待报告" in page and signed.number in page) == shown, role
    workflow.report_progress(users["co_unit"], signed, text="已报告", percent=30)
    assert "领导批示·待报告" not in client_for(users["unit"]).get(reverse("ledger:dashboard")).content.decode()


def test_the_daily_lights_run_turns_a_missed_request_red_in_one_query_per_chunk(signed, items, users, units,
                                                                                django_assert_max_num_queries):
    other, *_ = [workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["住建局"],
                                 deadline=timezone.localdate() + dt.timedelta(days=60)) for item in items[1:]]
    due = timezone.localdate() + dt.timedelta(days=10)
    workflow.instruct(users["leader"], signed, text="请报告", report_due=due)
    workflow.instruct_source(users["leader"], signed.source, text="各单位报告", report_due=due)
    late = (due + dt.timedelta(days=1)).isoformat()
    call_command("ledger_lights", "--date", late, stdout=io.StringIO())
    for item in (signed, other):
        fresh = Item.objects.get(pk=item.pk)
        assert fresh.light == Item.Light.RED and "领导批示要求" in fresh.light_reason, item.number
    # a second run changes nothing, and reads the instructions once for all the items, not once per item
    with django_assert_max_num_queries(7):  # 4 items owing reports: a query each would make 11
        call_command("ledger_lights", "--date", late, stdout=io.StringIO())
