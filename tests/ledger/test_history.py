"""全程留痕: the chain verifies, and any tampering is found at the first broken record."""

from __future__ import annotations

import itertools

import pytest
from django.db import connection

from luoshi.ledger import history, workflow
from luoshi.ledger.models import ChainHead, HistoryRecord

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
