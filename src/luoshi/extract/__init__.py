"""Extract: from clean text to what a 督查室 clerk types into a 任务分解表, every item grounded.

Each stage is a pure function of the clean text (and what earlier stages found); none does I/O.
"""

from __future__ import annotations

from luoshi.document import Document
from luoshi.extract.formulations import extract_formulations
from luoshi.extract.outline import extract_outline
from luoshi.extract.quantities import Decision, explain_quantities, extract_quantities
from luoshi.extract.quantity_rules import QUANTITY_RULES, Rule
from luoshi.extract.sections import find_sections
from luoshi.extract.tasks import extract_tasks

__all__ = ["QUANTITY_RULES", "Decision", "Rule", "explain_quantities", "extract_items"]


def extract_items(document: Document) -> Document:
    """Fill ``outline``, ``formulations``, ``quantities``, ``sections`` and ``tasks`` of a cleaned document.

    Items whose span does not hold their evidence are dropped: an item we cannot ground, we do not emit.
    """
    text = document.text
    document.outline = extract_outline(text)
    document.formulations = extract_formulations(text, document.outline)
    document.sections = find_sections(text, document.outline, document.date, document.title)
    document.quantities = extract_quantities(text, document.date, document.sections)
    document.tasks = extract_tasks(text, document.outline, document.quantities, document.sections,
                                   document.date, document.title)
    _drop_ungrounded(document)
    return document


def _drop_ungrounded(document: Document) -> None:
    text = document.text

    def grounded(start: int, end: int, evidence: str | None) -> bool:
        return 0 <= start <= end <= len(text) and (evidence is None or text[start:end] == evidence)

    document.outline = [h for h in document.outline if grounded(h.start, h.end, None)]
    document.formulations = [f for f in document.formulations if grounded(f.start, f.end, f.text)]
    document.quantities = [q for q in document.quantities if grounded(q.start, q.end, q.evidence)]
    document.tasks = [t for t in document.tasks if grounded(t.start, t.end, t.text)]
    document.sections = [s for s in document.sections if grounded(s.start, s.end, None)]
