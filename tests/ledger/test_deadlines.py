"""完成时限 in the ledger: proposals carry the task's deadline and lead, filing derives the item's deadline with
its reason, the clerk sees the reason, past dates are refused on 交办, and the date box holds an ISO value."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from luoshi.document import Document, Quantity, Task
from luoshi.ledger import workflow
from luoshi.ledger.models import HistoryRecord, Item, Proposal
from luoshi.proposals import propose
from luoshi.report.breakdown import rows_from_document

from .conftest import client_for

pytestmark = pytest.mark.django_db

TEXT = ("县政府工作报告\n"
        "6月底前，由县发改局牵头完成项目库建设。"
        "用3至5年时间，建成现代化产业体系。"
        "到2028年，建成城市快速路30公里。"
        "全力推进老旧小区改造工作。")


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def document(date: str | None = "2026-01-10") -> Document:
    """A report built by hand with the extractor's new fields, so these tests do not wait on the extractor."""
    sentences = ["6月底前，由县发改局牵头完成项目库建设。", "用3至5年时间，建成现代化产业体系。",
                 "到2028年，建成城市快速路30公里。", "全力推进老旧小区改造工作。"]
    spans = [_span(TEXT, s) for s in sentences]
    road = TEXT.index("城市快速路")
    quantity = Quantity(kind="target", evidence="建成城市快速路30公里", metric="城市快速路", value=30, value_max=None,
                        unit="公里", comparator="exact", deadline_year=2028, deadline_text=None, redacted=False,
                        start=road - 2, end=road + len("城市快速路30公里"))
    tasks = [
        Task(sentences[0], *spans[0], deadline_year=2026, deadline_text="6月底前", lead="县发改局"),
        Task(sentences[1], *spans[1], deadline_text="3至5年"),
        Task(sentences[2], *spans[2], quantities=[0]),
        Task(sentences[3], *spans[3]),
    ]
    return Document(source="report.txt", text=TEXT, script="simplified", title="县政府工作报告", date=date,
                    quantities=[quantity], tasks=tasks)


def test_proposals_carry_the_tasks_deadline_lead_and_due_date():
    rows = propose(document())
    first, span, road, plain = rows
    assert (first["deadline_year"], first["deadline_text"], first["lead"]) == (2026, "6月底前", "县发改局")
    assert (first["due_date"], first["due_reason"]) == (dt.date(2026, 6, 30), "原文“6月底前”")
    assert span["due_date"] == dt.date(2030, 12, 31) and span["due_reason"].startswith("原文“3至5年”")
    assert (road["due_date"], road["due_reason"]) == (dt.date(2028, 12, 31), "目标年度2028年")
    assert (plain["due_date"], plain["due_reason"], plain["lead"]) == (None, "", "")


def test_filing_takes_the_due_date_else_the_target_year_else_the_documents_default(users):
    source = workflow.import_source(users["supervisor"], document(), "report.txt")
    Proposal.objects.create(source=source, kind="manual", start=0, end=7, content=TEXT[:7], deadline_year=2029,
                            decision=Proposal.Decision.ACCEPTED, position=99)
    source.proposals.update(decision=Proposal.Decision.ACCEPTED)
    items = {item.content[:6]: item for item in workflow.file_proposals(users["supervisor"], source)}
    assert (items["6月底前，由"].deadline, items["6月底前，由"].deadline_reason) == (dt.date(2026, 6, 30), "原文“6月底前”")
    assert items["6月底前，由"].named_lead == "县发改局" and items["6月底前，由"].deadline_text == "6月底前"
    assert items["用3至5年时"].deadline == dt.date(2030, 12, 31)
    assert (items["县政府工作报"].deadline, items["县政府工作报"].deadline_reason) == (dt.date(2029, 12, 31), "目标年度2029年")
    assert (items["全力推进老旧"].deadline, items["全力推进老旧"].deadline_reason) == (dt.date(2026, 12, 31), "文件默认时限")
    filed = HistoryRecord.objects.get(item=items["6月底前，由"], action="立项")
    assert filed.after["时限来源"] == "原文“6月底前”"


def test_review_page_shows_each_rows_deadline_and_its_reason(users):
    source = workflow.import_source(users["supervisor"], document(), "report.txt")
    page = client_for(users["supervisor"]).get(reverse("ledger:source_review", args=[source.pk])).content.decode()
    assert "2026-06-30" in page and "原文“6月底前”" in page
    assert "目标年度2028年" in page and "原文点名牵头：县发改局" in page


def test_a_typed_due_date_is_the_clerks_and_an_edited_deadline_text_is_recomputed(users):
    source = workflow.import_source(users["supervisor"], document(), "report.txt")
    row = source.proposals.get(deadline_text="6月底前")
    client = client_for(users["supervisor"])
    url = reverse("ledger:proposal_action", args=[source.pk, row.pk, "edit"])
    base = {"content": row.content, "heading": "", "deadline_year": 2026}
    assert client.post(url, {**base, "deadline_text": "一季度", "due_date": "2026-06-30"}).status_code == 302
    row.refresh_from_db()
    assert (row.due_date, row.due_reason) == (dt.date(2026, 3, 31), "原文“一季度”")
    assert client.post(url, {**base, "deadline_text": "一季度", "due_date": "2027-01-15"}).status_code == 302
    row.refresh_from_db()
    assert (row.due_date, row.due_reason) == (dt.date(2027, 1, 15), "督查室指定")
    row.decision = Proposal.Decision.ACCEPTED
    row.save()
    [item] = workflow.file_proposals(users["supervisor"], source)
    assert (item.deadline, item.deadline_reason) == (dt.date(2027, 1, 15), "督查室指定")


@pytest.fixture
def filed(users) -> list[Item]:
    source = workflow.import_source(users["supervisor"], document(date=None), "report.txt")
    source.proposals.update(decision=Proposal.Decision.ACCEPTED)
    return workflow.file_proposals(users["supervisor"], source)


def test_the_assign_date_box_holds_an_iso_date_and_the_reason_is_shown(filed, users):
    item = next(i for i in filed if i.deadline_reason == "目标年度2028年")
    page = client_for(users["supervisor"]).get(reverse("ledger:item_detail", args=[item.number])).content.decode()
    box = re.search(r'<input type="date" name="deadline"[^>]*>', page).group(0)
    assert 'value="2028-12-31"' in box
    assert "2028/12/31" not in page
    assert "完成时限 2028-12-31：目标年度2028年" in page


def assign_post(item: Item, units, deadline: str) -> dict:
    return {"version": item.version, "lead_unit": units["发改局"].pk, "deadline": deadline, "cadence_days": 30}


def test_a_past_deadline_is_refused_on_assign_with_a_clear_message(filed, users, units):
    item = filed[0]
    today = timezone.localdate()
    client = client_for(users["supervisor"])
    url = reverse("ledger:item_action", args=[item.number, "assign"])
    yesterday = (today - dt.timedelta(days=1)).isoformat()
    response = client.post(url, assign_post(item, units, yesterday))
    assert response.status_code == 400
    assert f"完成时限不能早于今天（{today.isoformat()}）" in response.content.decode()
    assert Item.objects.get(pk=item.pk).status == Item.Status.FILED
    assert client.post(url, assign_post(item, units, today.isoformat())).status_code == 302


def test_reassign_refuses_a_new_past_date_but_keeps_an_overdue_items_own(filed, users, units):
    item = filed[0]
    today = timezone.localdate()
    # The demo and data older than this rule may hold an overdue assigned item: make one.
    item = workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["住建局"],
                           deadline=today - dt.timedelta(days=3))
    client = client_for(users["supervisor"])
    url = reverse("ledger:item_action", args=[item.number, "assign"])
    response = client.post(url, assign_post(item, units, (today - dt.timedelta(days=10)).isoformat()))
    assert response.status_code == 400 and "完成时限不能早于今天" in response.content.decode()
    response = client.post(url, assign_post(item, units, item.deadline.isoformat()))
    assert response.status_code == 302
    moved = Item.objects.get(pk=item.pk)
    assert moved.lead_unit == units["发改局"] and moved.deadline == today - dt.timedelta(days=3)
    assert [h.action for h in moved.history.order_by("seq")][-1] == "重新交办"


def test_a_changed_deadline_on_assign_is_the_clerks(filed, users, units):
    item = filed[0]
    new = timezone.localdate() + dt.timedelta(days=90)
    item = workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["发改局"], deadline=new)
    assert item.deadline_reason == "督查室指定"
    record = item.history.get(action="交办")
    assert record.after["时限来源"] == "督查室指定"


def test_export_of_a_document_fills_the_deadline_and_the_named_lead():
    rows = [row for row in rows_from_document(document()) if not row.is_heading]
    assert [row.deadline for row in rows] == ["2026年6月30日前", "2030年12月31日前", "2028年12月31日前", "年内"]
    # the named lead as written; else the catalogue's best unit for the wording, marked （建议）; else nothing
    assert [row.lead_unit for row in rows] == ["县发改局", "", "", "县住房和城乡建设局（建议）"]
