"""The cron command that computes lights and reminders, and `luoshi ledger verify` on the test database."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.db import connection

from luoshi.cli import main
from luoshi.ledger import workflow
from luoshi.ledger.management.commands import ledger_lights
from luoshi.ledger.models import HistoryRecord, Item, Reminder


def _lights(day: dt.date) -> str:
    out = io.StringIO()
    call_command("ledger_lights", date=day, stdout=out)
    return out.getvalue()


def test_an_overdue_item_turns_red_and_gets_one_automatic_reminder(signed):
    day_after = signed.deadline + dt.timedelta(days=1)
    assert signed.light == Item.Light.GREEN

    report = _lights(day_after)
    signed.refresh_from_db()
    assert signed.light == Item.Light.RED and signed.light_reason == "已逾期1天"
    reminders = Reminder.objects.filter(item=signed, automatic=True)
    assert reminders.count() == 1 and "红灯" in reminders.get().message
    assert "红灯 1" in report and "自动催办 1 条" in report
    history = HistoryRecord.objects.count()

    again = _lights(day_after)
    assert "预警变化 0 项，自动催办 0 条" in again
    assert reminders.count() == 1
    assert HistoryRecord.objects.count() == history  # nothing written when nothing changed


def test_yellow_then_red_each_send_a_reminder_and_getting_better_sends_none(signed, users):
    # Reports due every 120 days, so only the deadline colours the light in this test.
    signed = workflow.edit_item(users["supervisor"], signed, version=signed.version, cadence_days=120)
    _lights(signed.deadline - dt.timedelta(days=3))
    signed.refresh_from_db()
    assert (signed.light, signed.light_reason) == (Item.Light.YELLOW, "3天后到期")
    _lights(signed.deadline + dt.timedelta(days=2))
    signed.refresh_from_db()
    assert signed.light == Item.Light.RED
    assert Reminder.objects.filter(item=signed, automatic=True).count() == 2

    report = _lights(signed.deadline - dt.timedelta(days=30))  # back in time: green again, no 催办
    signed.refresh_from_db()
    assert signed.light == Item.Light.GREEN
    assert "自动催办 0 条" in report
    assert Reminder.objects.filter(item=signed, automatic=True).count() == 2


def test_lights_walks_every_chunk(items, users, units, monkeypatch):
    monkeypatch.setattr(ledger_lights, "CHUNK", 2)
    monkeypatch.setattr(ledger_lights, "BATCH", 3)
    today = dt.date(2030, 6, 1)
    for item in items:
        workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["住建局"],
                        deadline=dt.date(2030, 5, 1))
    report = _lights(today)
    lights = set(Item.objects.values_list("light", flat=True))
    assert lights == {Item.Light.RED}
    assert f"红灯 {len(items)}" in report
    assert Reminder.objects.filter(automatic=True).count() == len(items)


def test_closed_items_are_left_alone(signed, users):
    workflow.complete(users["unit"], signed, version=signed.version, text="已完成")
    signed.refresh_from_db()
    workflow.review_completion(users["supervisor"], signed, version=signed.version, accept=True)
    history = HistoryRecord.objects.filter(item=signed).count()
    _lights(signed.deadline + dt.timedelta(days=100))
    signed.refresh_from_db()
    assert signed.light == Item.Light.GREEN
    assert not Reminder.objects.filter(item=signed).exists()
    assert HistoryRecord.objects.filter(item=signed).count() == history


def test_ledger_lights_command_line_rejects_a_bad_date(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["ledger", "lights", "--date", "2026-13-01"])
    assert exit_.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_ledger_lights_command_line(signed, capsys):
    day = (signed.deadline + dt.timedelta(days=1)).isoformat()
    assert main(["ledger", "lights", "--date", day]) == 0
    assert "自动催办 1 条" in capsys.readouterr().out


def test_ledger_verify_exit_codes_before_and_after_tampering(signed, capsys):
    records = HistoryRecord.objects.count()
    assert records >= 3
    assert main(["ledger", "verify"]) == 0
    assert capsys.readouterr().out == f"ok: {records} records, chain intact\n"

    second = HistoryRecord.objects.get(seq=2)
    with connection.cursor() as cursor:  # what someone with database access might do
        cursor.execute("UPDATE ledger_historyrecord SET note = %s WHERE id = %s", ["补录", second.pk])
    assert main(["ledger", "verify"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "luoshi: ledger: record 2 is broken: its content does not match its hash " \
                           "(changed after writing)\n"


def test_ledger_verify_finds_a_record_removed_from_the_middle(signed, capsys):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM ledger_historyrecord WHERE seq = 2")
    assert main(["ledger", "verify"]) == 1
    assert capsys.readouterr().err.startswith("luoshi: ledger: record 3 is broken: record 2 is missing")
