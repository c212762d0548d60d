"""The extracted document: dataclasses that mirror ``luoshi/document@1`` (shared/spec/document.schema.json).

Every item that points into ``text`` carries ``start``/``end`` (Python string indices) such that
``text[start:end]`` is its evidence; :meth:`Document.grounding_errors` checks exactly that.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA_ID = "luoshi/document@1"

Script = Literal["simplified", "traditional"]


@dataclass(frozen=True)
class Heading:
    level: int
    marker: str
    title: str
    start: int
    end: int


@dataclass(frozen=True)
class Formulation:
    text: str
    count: int | None
    members: list[str]
    start: int
    end: int


@dataclass(frozen=True)
class Quantity:
    kind: Literal["target", "fact"]
    evidence: str
    metric: str
    value: float | None
    value_max: float | None
    unit: str | None
    comparator: Literal["at_least", "at_most", "about", "range", "exact"]
    deadline_year: int | None
    deadline_text: str | None
    redacted: bool
    start: int
    end: int


SectionRole = Literal["opening", "review", "analysis", "plan", "requirements", "closing", "other"]


@dataclass(frozen=True)
class Section:
    """A part of the document by what it does; only ``plan`` and ``requirements`` parts give tasks."""

    role: SectionRole
    start: int
    end: int
    outline_index: int | None = None


@dataclass(frozen=True)
class Task:
    """A row of the 任务分解表: a sentence that commits someone to a deliverable (ANNOTATION.md §5).

    ``deadline_year`` is the year it is due (stated, or set by its heading, section or the plan year);
    ``deadline_text`` the deadline as written when relative or vague (年内, 6月底前, 3至5年); ``lead`` the
    unit the text names as responsible (由县发改局牵头), as written.
    """

    text: str
    start: int
    end: int
    outline_index: int | None = None
    quantities: list[int] = field(default_factory=list)
    deadline_year: int | None = None
    deadline_text: str | None = None
    lead: str | None = None


@dataclass
class Document:
    """One input document, cleaned, with what was extracted from it."""

    source: str
    text: str
    script: Script
    title: str | None = None
    date: str | None = None
    region: str | None = None
    warnings: list[str] = field(default_factory=list)
    outline: list[Heading] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    formulations: list[Formulation] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The document as the schema's JSON object (key order as in the schema, for readable output)."""
        return {
            "schema": SCHEMA_ID,
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "region": self.region,
            "script": self.script,
            "warnings": list(self.warnings),
            "text": self.text,
            "outline": [asdict(h) for h in self.outline],
            "sections": [asdict(s) for s in self.sections],
            "formulations": [asdict(f) for f in self.formulations],
            "quantities": [asdict(q) for q in self.quantities],
            "tasks": [asdict(t) for t in self.tasks],
        }

    def grounding_errors(self) -> list[str]:
        """Items whose ``text[start:end]`` is not their evidence: must always be empty."""
        errors = []
        spans: list[tuple[str, int, int, str | None]] = [
            *(("outline", h.start, h.end, None) for h in self.outline),
            *(("formulations", f.start, f.end, f.text) for f in self.formulations),
            *(("quantities", q.start, q.end, q.evidence) for q in self.quantities),
            *(("tasks", t.start, t.end, t.text) for t in self.tasks),
        ]
        for kind, start, end, evidence in spans:
            if not 0 <= start <= end <= len(self.text):
                errors.append(f"{kind}: span {start}:{end} outside the text")
            elif evidence is not None and self.text[start:end] != evidence:
                errors.append(f"{kind}: text[{start}:{end}] is not {evidence!r}")
        return errors
