"""The hook on the ledger: every history record and every new 领导批示, as it is saved in its change's
transaction. Observing these instead of calling in from the workflow means every way a change is made (a
page, the API, the admin, a command) notifies the same, and the workflow knows nothing of notices."""

from __future__ import annotations

from django.db.models.signals import post_save

from luoshi.ledger.models import HistoryRecord, Instruction
from luoshi.ledger.notify import events


def connect() -> None:
    post_save.connect(_history_saved, sender=HistoryRecord, dispatch_uid="notify.history")
    post_save.connect(_instruction_saved, sender=Instruction, dispatch_uid="notify.instruction")


def _history_saved(sender, instance: HistoryRecord, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw and instance.action in events.HISTORY_EVENTS:
        events.queue_in_savepoint(events.on_history(instance))


def _instruction_saved(sender, instance: Instruction, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw:
        events.queue_in_savepoint(events.on_instruction(instance))
