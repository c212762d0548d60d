"""全程留痕: the chain verifies, and any tampering is found at the first broken record."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.db import connection

from luoshi.ledger import history, workflow
from luoshi.ledger.models import ChainHead, HistoryRecord, Item

pytestmark = pytest.mark.django_db


@pytest.fixture
def chain(signed, users):
    workflow.report_progress(users["unit"], signed, text="进展一", percent=10)
    workflow.report_progress(users["unit"], signed, text="进展二", percent=20)
    records = list(HistoryRecord.objects.order_by("seq"))
    assert len(records) >= 5
    return records


def _raw(sql: str, params: list) -> None:
    table = HistoryRecord._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(sql.format(table=connection.ops.quote_name(table)), params)


def test_untouched_chain_verifies(chain):
    result = history.verify()
    assert result.ok and result.records == len(chain)
    for previous, record in itertools.pairwise(chain):
        assert record.prev_hash == previous.hash and record.seq == previous.seq + 1
    assert chain[0].prev_hash == history.GENESIS


def test_changed_note_is_found_at_that_record(chain):
    target = chain[3]
    _raw("UPDATE {table} SET note = %s WHERE seq = %s", ["改过的说明", target.seq])
    result = history.verify()
    assert not result.ok and result.broken_seq == target.seq
    assert "hash" in result.reason


def test_changed_actor_is_found(chain):
    _raw("UPDATE {table} SET actor = %s WHERE seq = %s", ["someone-else", chain[1].seq])
    assert history.verify().broken_seq == chain[1].seq


def test_changed_after_values_are_found(chain):
    target = next(r for r in chain if r.after)
    _raw("UPDATE {table} SET after = %s WHERE seq = %s", ['{"状态": "已销号"}', target.seq])
    assert history.verify().broken_seq == target.seq


def test_rehashed_record_breaks_the_next_link(chain):
    """A forger who recomputes the changed record's own hash still breaks the link of the one after it."""
    target = chain[2]
    record = HistoryRecord.objects.get(seq=target.seq)
    record.note = "伪造"
    forged = history.record_hash(record)
    _raw("UPDATE {table} SET note = %s, hash = %s WHERE seq = %s", ["伪造", forged, target.seq])
    result = history.verify()
    assert result.broken_seq == target.seq + 1 and "link" in result.reason


def test_deleted_record_in_the_middle_is_found(chain):
    _raw("DELETE FROM {table} WHERE seq = %s", [chain[2].seq])
    result = history.verify()
    assert result.broken_seq == chain[3].seq and "missing" in result.reason


def test_deleted_last_record_is_found_through_the_head(chain):
    _raw("DELETE FROM {table} WHERE seq = %s", [chain[-1].seq])
    result = history.verify()
    assert not result.ok and "removed" in result.reason


def test_records_refuse_update_and_delete_through_the_orm(chain):
    record = HistoryRecord.objects.get(seq=chain[0].seq)
    record.note = "x"
    with pytest.raises(PermissionError):
        record.save()
    with pytest.raises(PermissionError):
        record.delete()


@pytest.mark.django_db(transaction=True)
def test_record_outside_a_transaction_is_refused(users):
    with pytest.raises(RuntimeError):
        history.record(users["supervisor"], "测试")


def test_head_tracks_the_last_record(chain):
    head = ChainHead.objects.get(pk=1)
    assert (head.seq, head.hash) == (chain[-1].seq, chain[-1].hash)


# ---------------------------------------------------------------------------------------------- read as sentences


def _changes(action: str) -> list[str]:
    return history.changes(HistoryRecord.objects.filter(action=action).latest("seq"))


def test_each_kind_of_change_reads_as_a_sentence(assigned, users, units):
    """What the 全程留痕 table shows for each kind of record: no Python lists, no internal ids, no ISO times."""
    workflow.assign(users["supervisor"], assigned, version=assigned.version, lead_unit=units["住建局"],
                    deadline=assigned.deadline, milestones=[("完成方案", dt.date(2027, 3, 31)),
                                                            ("开工建设", dt.date(2027, 6, 30))])
    lines = _changes("重新交办")
    assert "新增节点：完成方案（2027-03-31）、开工建设（2027-06-30）" in lines
    assert "牵头单位：发改局 → 住建局" in lines
    assert not any("[" in line or "_lead_id" in line for line in lines)
    assert not any(line.startswith("完成时限") for line in lines)  # unchanged: left out
    item = Item.objects.get(pk=assigned.pk)
    zjj = users["other_unit"]
    item = workflow.sign(zjj, item, version=item.version)
    assert _changes("签收") == ["状态：待签收 → 办理中"]
    workflow.report_progress(zjj, item, text="进展", percent=40)
    assert "完成进度：0% → 40%" in _changes("报送进展")
    item = Item.objects.get(pk=item.pk)
    workflow.edit_item(users["supervisor"], item, version=item.version, is_public=True, target_value=12.0)
    assert set(_changes("修改")) >= {"公开：否 → 是", "目标值：50 → 12"}
    item = Item.objects.get(pk=item.pk)
    workflow.return_item(zjj, item, version=item.version, reason="不属我局")
    assert _changes("退回") == ["状态：办理中 → 已退回", "牵头单位：住建局（原）"]
    workflow.add_milestone(users["supervisor"], Item.objects.get(pk=item.pk), title="验收", due=dt.date(2027, 9, 1))
    assert _changes("添加节点") == ["节点：验收", "时限：2027-09-01"]


def test_times_read_in_local_time_and_the_actor_by_name(signed, users, settings):
    settings.TIME_ZONE = "Asia/Shanghai"
    record = HistoryRecord(action="x", before={"责任人": "张三"},
                           after={"提交时间": "2026-12-04T16:30:00+00:00", "责任人": None})
    assert history.changes(record) == ["责任人：张三 → （空）", "提交时间：2026-12-05 00:30"]
    users["unit"].first_name = "李四"
    users["unit"].save()
    rows = history.rows(HistoryRecord.objects.filter(item=signed).order_by("seq"))
    assert [row.actor for row in rows if row.record.action == "签收"] == ["李四"]
    assert {row.actor for row in rows if row.record.action == "交办"} == {"dcs"}  # no name given: the login name


def test_the_item_page_shows_the_sentences(assigned, users):
    from django.urls import reverse

    from .conftest import client_for
    workflow.add_milestone(users["supervisor"], assigned, title="完成方案", due=dt.date(2027, 3, 31))
    page = client_for(users["supervisor"]).get(reverse("ledger:item_detail", args=[assigned.number])).content.decode()
    assert "节点：完成方案<br>时限：2027-03-31" in page
    assert "[&#x27;" not in page and "_lead_id" not in page


def test_a_record_that_sets_a_field_to_nothing_leaves_it_out(items):
    filed = history.changes(HistoryRecord.objects.filter(item=items[-1], action="立项").get())
    assert filed and not any(line.endswith("（空）") for line in filed)
