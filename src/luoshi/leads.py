"""牵头单位 suggestions: which units should lead (and cooperate on) a task, best first, with the reason.

Pure and free of Django: the ledger passes its units (with their duty keywords) and its past assignments;
``luoshi export`` passes :data:`DEFAULT_CATALOGUE`. Domain rules live here, below the ledger.

Three sources of evidence, strongest first:

1. the text names a unit (``由县发改局牵头``, ``各乡镇要…``): that unit leads, reason ``原文点名：…``;
2. the unit's duty keywords occur in the text, each weighted by its length over the number of units that
   share it, a keyword inside a longer matched one not counted (``农村公路`` is transport's, not
   agriculture's ``农村``): ``职责匹配：招商、项目``;
3. the clerk gave similar wording to a unit before (character-bigram cosine): ``以往交办：与“…”相近``.

Matching runs on the simplified form of text, names and keywords, so traditional texts match too.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from luoshi.script import to_simplified


@dataclass(frozen=True)
class UnitProfile:
    """A unit as the suggester sees it: its full name, the short names the text may use, its duties."""

    name: str  # 县发展和改革局
    aliases: tuple[str, ...] = ()  # 发改局, 县发改局
    duties: tuple[str, ...] = ()  # duty keywords: 项目, 投资, 价格…


@dataclass(frozen=True)
class PastAssignment:
    """A task this ledger already assigned: its wording and the unit the clerk chose."""

    text: str
    unit: str


@dataclass(frozen=True)
class LeadSuggestion:
    unit: str  # a UnitProfile.name
    score: float
    reason: str  # in Chinese, shown to the clerk: 原文点名 / 职责匹配：… / 以往交办：…


def split_terms(text: str) -> tuple[str, ...]:
    """Keywords or short names as a clerk types them: one per line, or separated by spaces, 、 ， , ； ;"""
    seen: dict[str, None] = {}
    for term in re.split(r"[\s、，,；;/|]+", text or ""):
        if term:
            seen.setdefault(term, None)
    return tuple(seen)


def load_catalogue(data: str | None = None) -> tuple[tuple[UnitProfile, ...], dict[str, str]]:
    """The catalogue's units and one example task per unit, from ``data`` (JSON) or the shipped units.json."""
    if data is None:
        data = resources.files("luoshi").joinpath("data/units.json").read_text(encoding="utf-8")
    units, examples = [], {}
    for entry in json.loads(data)["units"]:
        units.append(UnitProfile(entry["name"], tuple(entry.get("aliases", ())), tuple(entry.get("duties", ()))))
        if entry.get("example"):
            examples[entry["name"]] = entry["example"]
    return tuple(units), examples


# The demo county's departments (data/units.json): names, short names and duty keywords, with an example
# task each (CATALOGUE_EXAMPLES) that the tests check goes to its own unit.
DEFAULT_CATALOGUE, CATALOGUE_EXAMPLES = load_catalogue()

# County-level names also appear with the prefix of a district, a county-level city or a banner.
_LEVEL_PREFIXES = ("县", "区", "市", "旗")
# A named unit followed closely by one of these cooperates rather than leads (县财政局配合).
_CO_MARKERS = re.compile(r"^[^，。；,;]{0,4}?(配合|协助|协同|参与)")
_LEAD_MARKER = re.compile(r"^[^，。；,;]{0,4}?牵头")
_NAMED_SCORE = 100.0
_PAST_WEIGHT = 10.0  # an identical past wording weighs like several distinctive duty keywords
_PAST_MIN = 0.35  # below this bigram cosine two wordings share only boilerplate (推进, 加快, 建设)
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class _Matcher:
    """Every name form and duty keyword of a set of units, indexed by first character for one scan."""

    by_first: dict[str, list[str]]  # first char → terms, longest first
    names: dict[str, tuple[str, ...]]  # simplified name form → units it names
    duties: dict[str, tuple[str, ...]]  # simplified keyword → units that carry it
    weight: dict[str, float]  # keyword → len / number of units sharing it
    order: dict[str, int]  # unit → catalogue position, for stable ties


def _name_forms(unit: UnitProfile) -> set[str]:
    forms = set()
    for form in (unit.name, *unit.aliases):
        form = to_simplified(form.strip())
        if len(form) < 2:
            continue
        forms.add(form)
        if form[0] == "县" and len(form) >= 4:
            forms.update(p + form[1:] for p in _LEVEL_PREFIXES)
            forms.add(form[1:])
    return forms


@lru_cache(maxsize=8)
def _matcher(units: tuple[UnitProfile, ...]) -> _Matcher:
    names: dict[str, list[str]] = defaultdict(list)
    duties: dict[str, list[str]] = defaultdict(list)
    for unit in units:
        for form in _name_forms(unit):
            names[form].append(unit.name)
        for keyword in {to_simplified(k.strip()) for k in unit.duties}:
            if keyword:
                duties[keyword].append(unit.name)
    by_first: dict[str, list[str]] = defaultdict(list)
    for term in set(names) | set(duties):
        by_first[term[0]].append(term)
    for terms in by_first.values():
        terms.sort(key=len, reverse=True)
    return _Matcher(
        by_first=dict(by_first),
        names={k: tuple(v) for k, v in names.items()},
        duties={k: tuple(v) for k, v in duties.items()},
        weight={k: len(k) / len(v) for k, v in duties.items()},
        order={u.name: n for n, u in enumerate(units)},
    )


@dataclass(frozen=True)
class _Named:
    unit: str
    written: str  # as the text writes it
    start: int
    co: bool  # marked as cooperating (配合) rather than leading


@dataclass
class _Evidence:
    named: list[_Named]
    keywords: dict[str, list[str]]  # unit → matched keywords, heaviest first
    duty: dict[str, float]  # unit → summed keyword weight


def _analyse(text: str, units: tuple[UnitProfile, ...]) -> _Evidence:
    m = _matcher(units)
    simple = to_simplified(text)
    same_length = len(simple) == len(text)
    spans: list[tuple[int, int, str]] = []
    for i, char in enumerate(simple):
        for term in m.by_first.get(char, ()):
            if simple.startswith(term, i):
                spans.append((i, i + len(term), term))
    # a term inside a longer matched term is part of that term, not evidence of its own
    kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)]
    named: list[_Named] = []
    keywords: dict[str, list[str]] = defaultdict(list)
    duty: dict[str, float] = defaultdict(float)
    for start, end, term in sorted(kept):
        for unit in m.names.get(term, ()):
            after = simple[end:end + 8]
            co = bool(_CO_MARKERS.match(after)) and not _LEAD_MARKER.match(after)
            written = text[start:end] if same_length else term
            named.append(_Named(unit, written, start, co))
        for unit in m.duties.get(term, ()):
            if term not in keywords[unit]:
                keywords[unit].append(term)
                duty[unit] += m.weight[term]
    for terms in keywords.values():
        terms.sort(key=lambda k: -m.weight[k])
    return _Evidence(named, dict(keywords), dict(duty))


def _bigrams(text: str) -> frozenset[str]:
    han = "".join(_HAN.findall(to_simplified(text)))
    return frozenset(han[i:i + 2] for i in range(len(han) - 1))


@dataclass(frozen=True)
class _PastIndex:
    grams: tuple[frozenset[str], ...]
    postings: dict[str, tuple[int, ...]]


@lru_cache(maxsize=4)
def _past_index(past: tuple[PastAssignment, ...]) -> _PastIndex:
    grams = tuple(_bigrams(p.text) for p in past)
    postings: dict[str, list[int]] = defaultdict(list)
    for n, g in enumerate(grams):
        for gram in g:
            postings[gram].append(n)
    return _PastIndex(grams, {k: tuple(v) for k, v in postings.items()})


def _past_similar(text: str, past: tuple[PastAssignment, ...]) -> dict[str, tuple[float, str]]:
    """unit → (best bigram cosine, that past wording), for past wordings at least _PAST_MIN alike."""
    if not past:
        return {}
    query = _bigrams(text)
    if not query:
        return {}
    index = _past_index(past)
    shared: dict[int, int] = defaultdict(int)
    for gram in query:
        for n in index.postings.get(gram, ()):
            shared[n] += 1
    best: dict[str, tuple[float, str]] = {}
    for n, common in shared.items():
        sim = common / math.sqrt(len(query) * len(index.grams[n]))
        unit = past[n].unit
        if sim >= _PAST_MIN and sim > best.get(unit, (0.0, ""))[0]:
            best[unit] = (sim, past[n].text)
    return best


def _quote(text: str, width: int = 18) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width] + "…"


def _ranked(
    evidence: _Evidence,
    similar: dict[str, tuple[float, str]],
    units: tuple[UnitProfile, ...],
    past_weight: float,
    exclude: set[str],
    named_filter: bool | None,
) -> list[LeadSuggestion]:
    """Suggestions from the evidence; ``named_filter`` picks the named units that count (None: all)."""
    order = _matcher(units).order
    scores: dict[str, float] = defaultdict(float)
    reasons: dict[str, list[str]] = defaultdict(list)
    named_done: set[str] = set()
    for rank, n in enumerate(evidence.named):
        if n.unit in exclude or n.unit in named_done or (named_filter is not None and n.co != named_filter):
            continue
        named_done.add(n.unit)
        scores[n.unit] += _NAMED_SCORE - rank
        reasons[n.unit].append(f"原文点名：{n.written}")
    for unit, weight in evidence.duty.items():
        if unit in exclude:
            continue
        scores[unit] += weight
        reasons[unit].append("职责匹配：" + "、".join(evidence.keywords[unit][:4]))
    for unit, (sim, wording) in similar.items():
        if unit in exclude or unit not in order:
            continue
        scores[unit] += past_weight * sim
        reasons[unit].append(f"以往交办：与“{_quote(wording)}”相近")
    ranked = sorted(scores, key=lambda u: (-scores[u], order.get(u, len(order))))
    return [LeadSuggestion(u, round(scores[u], 3), "；".join(reasons[u])) for u in ranked if scores[u] > 0]


def _resolve(name: str | None, units: tuple[UnitProfile, ...]) -> str | None:
    """The unit a name given by the caller (牵头单位 as written, or a unit's name) refers to, if any."""
    if not name:
        return None
    simple = to_simplified(name.strip())
    m = _matcher(units)
    if simple in m.names:
        return m.names[simple][0]
    # 由县发改局牵头 / 县发改局、县财政局: the first unit the phrase names
    found = _analyse(name, units).named
    return found[0].unit if found else None


def suggest_leads(
    text: str,
    units: Sequence[UnitProfile],
    past: Sequence[PastAssignment] = (),
    named: str | None = None,
    limit: int = 3,
) -> list[LeadSuggestion]:
    """The best ``limit`` lead units for a task's ``text``; ``named`` is the lead the text names, if any."""
    units = tuple(units)
    if not units or limit <= 0:
        return []
    evidence = _analyse(text, units)
    given = _resolve(named, units)
    if given:
        evidence.named.insert(0, _Named(given, named.strip() if named else given, -1, False))
    # a unit named as 配合 does not lead when another unit is named to lead
    if any(not n.co for n in evidence.named):
        evidence.named = [n for n in evidence.named if not n.co]
    return _ranked(evidence, _past_similar(text, tuple(past)), units, _PAST_WEIGHT, set(), None)[:limit]


def suggest_co_units(
    text: str,
    units: Sequence[UnitProfile],
    lead: str | None,
    past: Sequence[PastAssignment] = (),
    limit: int = 3,
) -> list[LeadSuggestion]:
    """Units to cooperate with ``lead`` on the task: those whose duties the text also touches."""
    units = tuple(units)
    if not units or limit <= 0:
        return []
    evidence = _analyse(text, units)
    lead_unit = _resolve(lead, units) or lead
    if not lead_unit:  # no lead chosen yet: cooperate with the one that would be suggested
        best = suggest_leads(text, units, past, limit=1)
        lead_unit = best[0].unit if best else None
    exclude = {lead_unit} if lead_unit else set()
    # units the text names other than the lead come first, then duty matches; past leads of similar
    # wording count for less, since they teach who leads rather than who helps
    return _ranked(evidence, _past_similar(text, tuple(past)), units, _PAST_WEIGHT / 2, exclude, None)[:limit]


def named_unit(text: str, units: Sequence[UnitProfile] = DEFAULT_CATALOGUE) -> str | None:
    """The lead the text itself names, as written (由县发改局牵头 → 县发改局), or None."""
    found = [n for n in _analyse(text, tuple(units)).named if not n.co] if units else []
    return found[0].written if found else None


def suggested_lead_text(text: str, named: str | None = None, units: Sequence[UnitProfile] = DEFAULT_CATALOGUE) -> str:
    """The 牵头单位 cell of an exported table: the named lead as written, else the best suggestion marked
    （建议）, else empty."""
    if named and named.strip():
        return named.strip()
    written = named_unit(text, units)
    if written:
        return written
    best = suggest_leads(text, units, limit=1)
    return f"{best[0].unit}（建议）" if best else ""


def units_named(text: str, units: Iterable[UnitProfile]) -> list[str]:
    """Every unit the text names, in order of first mention (for tests and the review page's highlights)."""
    seen: dict[str, None] = {}
    for n in _analyse(text, tuple(units)).named:
        seen.setdefault(n.unit, None)
    return list(seen)
