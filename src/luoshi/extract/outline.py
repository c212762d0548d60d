"""Outline: the heading hierarchy of a speech or report."""

from __future__ import annotations

from luoshi.document import Heading


def extract_outline(text: str) -> list[Heading]:
    return []
