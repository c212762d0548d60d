"""Formulations (提法): numbered names for fixed sets, with their members."""

from __future__ import annotations

from luoshi.document import Formulation, Heading


def extract_formulations(text: str, outline: list[Heading]) -> list[Formulation]:
    return []
