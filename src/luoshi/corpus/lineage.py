"""Target lineage: what became of each numeric target, told by the documents that came after it.

A work report sets targets for its year (地区生产总值增长8%) and, in its review, reports the year before
(同比增长9.1%). Put the reports of one region side by side and every target meets its fate in a later
document. For each target this module finds:

- **the fact about it**: a fact of the same region and metric key (:func:`metric_key`) about the target's
  year, from the earliest document dated after the target's own that reports one. The target's year is its
  ``deadline_year``, else its document's year; a fact's year is its ``deadline_year`` (the year it reports on).
- **its verdict**, by the target's comparator (:func:`luoshi.targets.meets`), the fact's value first
  converted to the target's unit (296亿元 against 2960000万元); ``exact`` counts more as done (建成105个).
- **its restatement**: the target for the same region, key and year as the latest later document states it
  (a five-year plan's 2020 target, repeated in each year's report).

Its ``flags`` say what happened, one of the first five and maybe one of the last three:

- ``met`` / ``missed``: a later fact says so.
- ``unclear``: later facts exist but cannot be judged: a unit that does not convert, one document
  reporting several different values for the same key and year, or a project's design capacity
  (大唐700万吨露天矿), which a later report restates to name the project, not to say it was built.
- ``dropped``: no later fact, although a later document of the same region that could have reported the
  year (one of a later year) exists: dropped without a word. With a ``restated…`` flag beside it, the target
  was repeated before it went quiet. (Or the fact is there in words the extractor did not give the same
  metric key: the flag is a reason to look, not a proof.)
- ``pending``: no later document of the region could have reported the year yet.
- ``restated lower``: a floor (``at_least``), point (``exact``, ``about``) or range target whose latest
  restatement is a smaller number: the target was weakened.
- ``restated higher``: a ceiling (``at_most``: 失业率控制在4.5%以内) whose latest restatement is a larger
  number: for a ceiling, higher is the weaker direction, so this too says the target was weakened.
- ``restated``: restated at the same or a stricter number: no warning, only the record that a later
  document still held to it.

A target without a value (redacted, 若干), a region or a year is left out: there is nothing to pair it by.
Documents are ordered by their ISO date (at the precision both have), or by year when either lacks a
date; a document whose date and year are both unknown is never "after" another.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from luoshi.extract.quantities import DESIGN_CAPACITY
from luoshi.script import to_simplified
from luoshi.targets import DROPPED, MET, MISSED, OUTCOMES, PENDING, UNCLEAR, convert, meets

RESTATED_LOWER, RESTATED_HIGHER, RESTATED = "restated lower", "restated higher", "restated"
FLAGS = (*OUTCOMES, RESTATED_LOWER, RESTATED_HIGHER, RESTATED)

# Words that qualify how a number is reported, not what is measured: 地区生产总值同比增长 and
# 地区生产总值增长 are one metric. 年均 is here too: a plan's 年均增长 target is judged by the growth reported
# for its deadline year, which is what the reports themselves compare it with.
_QUALIFIERS = re.compile(
    r"同比|比上年度|比上年|较上年|比去年|较去年|年均|全年|预计|预期|力争|确保|争取|"
    r"^(?:全区|全市|全县|全省|全旗|全盟|全州|全国|全镇|全乡)|全社会"
)
# Spellings of one thing: 增速/增幅 are 增长; 城镇居民人均可支配收入 is also written 城镇人均可支配收入.
# A plan's 新建温室 is judged by a report's 建成温室 (or its 温室, the verb said once for a list): what is built.
_SYNONYMS = ((re.compile(r"增速|增幅"), "增长"), (re.compile(r"(城镇|农村|城乡|农牧)居民"), r"\1"),
             (re.compile(r"投资额"), "投资"), (re.compile(r"^(?:新建成|新建|建成)(?=[^的].)"), ""))
_NOISE = re.compile(r"[\s\"'“”‘’「」《》()（）、，,：:]")


def metric_key(metric: str | None) -> str:
    """The metric as compared across documents: qualifiers and spellings removed, simplified script.

    A level (地区生产总值) and its growth (地区生产总值增长) keep different keys; so do 增长 and 下降.
    """
    key = _NOISE.sub("", to_simplified(metric or ""))
    for _ in range(2):  # 全区预计…: a qualifier may be exposed by removing another
        key = _QUALIFIERS.sub("", key)
    for pattern, replacement in _SYNONYMS:
        key = pattern.sub(replacement, key)
    return key


@dataclass(frozen=True)
class Document:
    """A document as lineage needs it: when it was written and of where."""

    doc_id: str
    source: str
    date: str | None  # ISO date
    year: int | None
    region: str | None


@dataclass(frozen=True)
class Item:
    """A quantity (a row of the quantities table) as lineage needs it."""

    doc_id: str
    kind: str  # target | fact
    metric: str
    value: float | None
    value_max: float | None
    unit: str | None
    comparator: str
    deadline_year: int | None
    evidence: str = ""
    redacted: bool = False


@dataclass(frozen=True)
class Line:
    """One target and what became of it."""

    region: str
    key: str
    year: int
    target: Item
    target_doc: Document
    fact: Item | None = None
    fact_doc: Document | None = None
    actual: float | None = None  # the fact's value in the target's unit
    restatement: Item | None = None
    restatement_doc: Document | None = None
    flags: tuple[str, ...] = ()

    @property
    def outcome(self) -> str:
        return self.flags[0]


@dataclass(frozen=True)
class Fact:
    """A fact for a chart of actuals by year: the year it reports on and its value, in its own unit."""

    region: str
    key: str
    year: int
    value: float
    unit: str
    reported: str  # when the document saying it was written (ISO date or year), to prefer the first report


def lineage(documents: Iterable[Document], items: Iterable[Item]) -> list[Line]:
    """Every target with a value, region and year, with its fact, restatement and flags (see the module)."""
    docs = {d.doc_id: d for d in documents}
    by_region: dict[str, list[Document]] = defaultdict(list)  # latest year first, for `_could_report`
    for dated in sorted(docs.values(), key=lambda d: d.year or 0, reverse=True):
        if dated.region and dated.year is not None:
            by_region[dated.region].append(dated)
    # (region, key, year) → [(document, item)] for facts and for targets
    facts: dict[tuple[str, str, int], list[tuple[Document, Item]]] = defaultdict(list)
    targets: dict[tuple[str, str, int], list[tuple[Document, Item]]] = defaultdict(list)
    for item in items:
        doc = docs.get(item.doc_id)
        if doc is None or not doc.region or item.value is None or item.redacted:
            continue
        key = metric_key(item.metric)
        if not key:
            continue
        if item.kind == "fact" and item.deadline_year is not None:
            facts[doc.region, key, item.deadline_year].append((doc, item))
        elif item.kind == "target" and (year := item.deadline_year or doc.year) is not None:
            targets[doc.region, key, year].append((doc, item))

    lines = []
    for (region, key, year), stated in targets.items():
        for doc, target in stated:
            lines.append(_line(region, key, year, doc, target, facts.get((region, key, year), []), stated,
                               by_region[region]))
    lines.sort(key=lambda line: (line.region, line.key, line.year, _order(line.target_doc), line.target.evidence))
    return lines


def _line(region: str, key: str, year: int, doc: Document, target: Item, facts: list[tuple[Document, Item]],
          stated: list[tuple[Document, Item]], region_docs: list[Document]) -> Line:
    line = Line(region, key, year, target, doc)
    flags: list[str] = []
    goal = target.value or 0.0  # never None here: items without a value were left out

    later_facts = [(d, f) for d, f in facts if is_after(d, doc)]
    if later_facts:
        first = min((d for d, _ in later_facts), key=_order)  # the next report speaks for the year
        reported = [(f, _in_unit(f, target)) for d, f in later_facts if d is first]
        judged = [(f, actual) for f, actual in reported if actual is not None]
        if len({actual for _, actual in judged}) == 1 and not key.endswith(DESIGN_CAPACITY):
            fact, actual = judged[0]
            flags.append(MET if meets(actual, goal, target.value_max, target.comparator) else MISSED)
            line = replace(line, fact=fact, fact_doc=first, actual=actual)
        else:
            flags.append(UNCLEAR)
            line = replace(line, fact=reported[0][0], fact_doc=first)
    else:
        flags.append(DROPPED if _could_report(region_docs, year, doc) else PENDING)

    restated = [(d, t) for d, t in stated if is_after(d, doc) and _in_unit(t, target) is not None]
    if restated:
        latest = max((d for d, _ in restated), key=_order)  # the target as it stood at last
        again = next(t for d, t in restated if d is latest)
        flags.append(_restated(target, _in_unit(again, target) or 0.0))
        line = replace(line, restatement=again, restatement_doc=latest)
    return replace(line, flags=tuple(flags))


def _could_report(region_docs: list[Document], year: int, doc: Document) -> bool:
    """Whether a document of a later year than ``year``, written after ``doc``, is there (latest first)."""
    for later in region_docs:
        if (later.year or 0) <= year:
            return False  # the rest are of earlier years still
        if is_after(later, doc):
            return True
    return False


def _restated(target: Item, value: float) -> str:
    goal = target.value or 0.0
    if abs(value - goal) <= abs(goal) * 1e-9:
        return RESTATED
    if target.comparator == "at_most":  # a ceiling is weakened by raising it
        return RESTATED_HIGHER if value > goal else RESTATED
    return RESTATED_LOWER if value < goal else RESTATED


def _in_unit(item: Item, target: Item) -> float | None:
    """The item's value in the target's unit, or None when the units differ by more than a scale."""
    if item.value is None:
        return None
    return convert(item.value, item.unit or "", target.unit or "")


def is_after(a: Document, b: Document) -> bool:
    """Whether document ``a`` was written after ``b``: by date when both have one, else by year.

    Dates are compared at the precision both have: a report dated only "2021" is not after one of
    2021-03-01, nor before it.
    """
    if a.date and b.date:
        n = min(len(a.date), len(b.date))
        return a.date[:n] > b.date[:n]
    return a.year is not None and b.year is not None and a.year > b.year


def _order(doc: Document) -> tuple[int, str]:
    return (doc.year or 0, doc.date or "")

