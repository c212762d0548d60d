"""Tasks: the directive items a ledger tracks, linked to their heading and their quantities."""

from __future__ import annotations

from luoshi.document import Heading, Quantity, Task


def extract_tasks(text: str, outline: list[Heading], quantities: list[Quantity]) -> list[Task]:
    return []
