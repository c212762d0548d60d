"""批量交办: many items in one step from the item list or a review page, each its own 交办 in the history,
all or nothing, only by the supervisor."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from luoshi.document import Document, Task
from luoshi.ledger import workflow
from luoshi.ledger.models import HistoryRecord, Item, Person, Proposal

from .conftest import client_for

pytestmark = pytest.mark.django_db

BULK = reverse("ledger:item_bulk_assign")


def document(count: int, year: int) -> Document:
    """``count`` tasks, each due in June or at the end of ``year`` (deadlines the extractor gives)."""
    sentences = [f"第{n}项：完成重点工程{n}号。" for n in range(1, count + 1)]
    text = "".join(sentences)
    tasks, at = [], 0
    for n, sentence in enumerate(sentences):
        tasks.append(Task(sentence, at, at + len(sentence), deadline_year=year,
                          deadline_text="6月底前" if n % 2 else None))
        at += len(sentence)
    return Document(source="plan.txt", text=text, script="simplified", title="工作安排", date=f"{year}-01-05",
                    tasks=tasks)


def filed_items(users, count: int = 20, year: int | None = None) -> list[Item]:
    year = year or timezone.localdate().year + 1
    source = workflow.import_source(users["supervisor"], document(count, year), "plan.txt")
    source.proposals.update(decision=Proposal.Decision.ACCEPTED)
    return workflow.file_proposals(users["supervisor"], source)


def form(items: list[Item], **values) -> dict:
    data: dict = {"items": [str(i.pk) for i in items], **values}
    for item in items:
        data[f"v{item.pk}"] = str(item.version)
    return data


def snapshot() -> list[tuple]:
    return list(Item.objects.order_by("pk").values_list("pk", "status", "lead_unit", "deadline", "version"))


def test_twenty_items_in_one_step_each_its_own_history_record(users, units):
    items = filed_items(users)
    before = HistoryRecord.objects.count()
    response = client_for(users["supervisor"]).post(BULK, form(items, lead_unit=units["发改局"].pk,
                                                               co_units=[units["交通局"].pk]))
    assert response.status_code == 302
    assert HistoryRecord.objects.count() == before + 20
    for original in items:
        item = Item.objects.get(pk=original.pk)
        assert (item.status, item.lead_unit, item.deadline) == (Item.Status.ASSIGNED, units["发改局"], original.deadline)
        assert [u.name for u in item.co_units.all()] == ["交通局"]
        assert [h.action for h in item.history.order_by("seq")] == ["立项", "交办"]
    # Each kept its own derived deadline: June for the 6月底前 rows, December for the others.
    assert {i.deadline.month for i in Item.objects.all()} == {6, 12}


def test_bulk_from_the_review_page_sets_the_deadline_for_all(users, units):
    items = filed_items(users, count=5)
    source = items[0].source
    due = timezone.localdate() + dt.timedelta(days=200)
    url = reverse("ledger:source_bulk_assign", args=[source.pk])
    response = client_for(users["supervisor"]).post(url, form(items, lead_unit=units["住建局"].pk,
                                                               deadline=due.isoformat()))
    assert response.status_code == 302 and response.url.endswith("#filed")
    assert set(Item.objects.values_list("deadline", "deadline_reason")) == {(due, "督查室指定")}
    page = client_for(users["supervisor"]).get(reverse("ledger:source_review", args=[source.pk])).content.decode()
    assert page.count('name="items"') == 5 and "住建局" in page


def test_the_review_page_assigns_only_its_own_documents_items(users, units):
    mine, other = filed_items(users, count=2), filed_items(users, count=2)
    url = reverse("ledger:source_bulk_assign", args=[mine[0].source_id])
    before = snapshot()
    response = client_for(users["supervisor"]).post(url, form(mine + other, lead_unit=units["发改局"].pk))
    assert response.status_code == 400 and "勾选的事项不存在" in response.content.decode()
    assert snapshot() == before


@pytest.mark.parametrize("who", ["leader", "unit", "co_unit", "no_role"])
def test_only_the_supervisor_may_bulk_assign(users, units, who):
    items = filed_items(users, count=3)
    before = snapshot()
    data = form(items, lead_unit=units["发改局"].pk)
    assert client_for(users[who]).post(BULK, data).status_code == 403
    url = reverse("ledger:source_bulk_assign", args=[items[0].source_id])
    assert client_for(users[who]).post(url, data).status_code == 403
    assert snapshot() == before
    anonymous = client_for(None).post(BULK, data)
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("login"))
    assert snapshot() == before


def test_a_past_deadline_is_refused_and_nothing_changes(users, units):
    items = filed_items(users, count=4)
    before = snapshot()
    today = timezone.localdate()
    response = client_for(users["supervisor"]).post(
        BULK, form(items, lead_unit=units["发改局"].pk, deadline=(today - dt.timedelta(days=1)).isoformat()))
    assert response.status_code == 400
    page = response.content.decode()
    assert f"完成时限早于今天（{today.isoformat()}）" in page and items[0].number in page
    assert page.count("checked") >= 4  # the ticks are kept for a second try
    assert snapshot() == before


def test_items_whose_own_deadline_has_passed_need_a_new_one(users, units):
    old = filed_items(users, count=2, year=timezone.localdate().year - 1)
    new = filed_items(users, count=2)
    before = snapshot()
    client = client_for(users["supervisor"])
    response = client.post(BULK, form(old + new, lead_unit=units["发改局"].pk))
    page = response.content.decode()
    assert response.status_code == 400 and "未交办任何事项" in page
    assert f"{old[0].number}、{old[1].number}" in page and new[0].number not in page.split("未交办任何事项")[1][:200]
    assert snapshot() == before
    due = (timezone.localdate() + dt.timedelta(days=30)).isoformat()
    assert client.post(BULK, form(old + new, lead_unit=units["发改局"].pk, deadline=due)).status_code == 302
    assert Item.objects.filter(status=Item.Status.ASSIGNED).count() == 4


def test_an_item_that_cannot_be_assigned_is_named_and_none_changes(users, units):
    items = filed_items(users, count=3)
    sup, unit = users["supervisor"], users["unit"]
    done = workflow.assign(sup, items[0], version=items[0].version, lead_unit=units["发改局"])
    done = workflow.sign(unit, done, version=done.version)
    workflow.complete(unit, done, version=done.version, text="已完成")
    items = [Item.objects.get(pk=i.pk) for i in items]
    before = snapshot()
    response = client_for(sup).post(BULK, form(items, lead_unit=units["住建局"].pk))
    page = response.content.decode()
    assert response.status_code == 400
    assert f"{items[0].number}：当前为“办结待审核”，不能交办" in page
    assert snapshot() == before


def test_a_stale_version_is_refused_with_409(users, units):
    items = filed_items(users, count=3)
    data = form(items, lead_unit=units["发改局"].pk)
    workflow.edit_item(users["supervisor"], items[1], version=items[1].version, content="改过的内容")
    before = snapshot()
    response = client_for(users["supervisor"]).post(BULK, data)
    assert response.status_code == 409
    assert f"{items[1].number}：已被他人更新" in response.content.decode()
    assert snapshot() == before


def test_empty_fields_keep_each_items_own_values(users, units):
    items = filed_items(users, count=2)
    sup = users["supervisor"]
    zhang = Person.objects.create(unit=units["发改局"], name="张三")
    own = timezone.localdate() + dt.timedelta(days=45)
    first = workflow.assign(sup, items[0], version=items[0].version, lead_unit=units["发改局"],
                            co_units=[units["交通局"]], responsible=zhang, deadline=own)
    items = [first, Item.objects.get(pk=items[1].pk)]
    # Only a lead unit for the second, already-assigned first keeps everything with 只填空白项.
    response = client_for(sup).post(BULK, form(items, lead_unit=units["住建局"].pk,
                                               deadline=(own + dt.timedelta(days=10)).isoformat(), only_empty="on"))
    assert response.status_code == 302
    kept, filled = Item.objects.get(pk=items[0].pk), Item.objects.get(pk=items[1].pk)
    assert (kept.lead_unit, kept.responsible, kept.deadline) == (units["发改局"], zhang, own)
    assert [u.name for u in kept.co_units.all()] == ["交通局"]
    assert (filled.lead_unit, filled.deadline) == (units["住建局"], own + dt.timedelta(days=10))
    # Without it, a new lead unit replaces the old one and its person, who belonged to the old unit.
    items = [kept, filled]
    response = client_for(sup).post(BULK, form(items, lead_unit=units["交通局"].pk))
    assert response.status_code == 302
    moved = Item.objects.get(pk=kept.pk)
    assert (moved.lead_unit, moved.responsible, moved.deadline) == (units["交通局"], None, own)
    assert [h.action for h in moved.history.order_by("seq")][-1] == "重新交办"


def test_a_responsible_person_of_another_unit_is_refused(users, units):
    items = filed_items(users, count=2)
    li = Person.objects.create(unit=units["住建局"], name="李四")
    before = snapshot()
    response = client_for(users["supervisor"]).post(BULK, form(items, lead_unit=units["发改局"].pk,
                                                               responsible=li.pk))
    assert response.status_code == 400 and "责任人须是牵头单位的人员" in response.content.decode()
    assert snapshot() == before


def test_nothing_ticked_or_no_lead_unit_is_refused(users, units):
    items = filed_items(users, count=2)
    client = client_for(users["supervisor"])
    response = client.post(BULK, {"lead_unit": units["发改局"].pk})
    assert response.status_code == 400 and "请先勾选要交办的事项" in response.content.decode()
    response = client.post(BULK, form(items))
    assert response.status_code == 400 and "没有牵头单位" in response.content.decode()


def test_the_list_shows_checkboxes_to_the_supervisor_only_and_an_iso_date_box(users, units):
    items = filed_items(users, count=3)
    workflow.assign(users["supervisor"], items[0], version=items[0].version, lead_unit=units["发改局"])
    page = client_for(users["supervisor"]).get(reverse("ledger:item_list")).content.decode()
    assert page.count('name="items"') == 3 and "select-all" in page and 'id="bulk-assign"' in page
    assert 'type="date" name="deadline"' in page
    unit_page = client_for(users["unit"]).get(reverse("ledger:item_list")).content.decode()
    assert 'name="items"' not in unit_page and "bulk-assign" not in unit_page
    # A refused bulk form comes back with its date as ISO, which a date box can show.
    due = timezone.localdate() + dt.timedelta(days=20)
    response = client_for(users["supervisor"]).post(BULK, form(items[1:], deadline=due.isoformat()))
    assert response.status_code == 400 and f'value="{due.isoformat()}"' in response.content.decode()
