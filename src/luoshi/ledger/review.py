"""Pure helpers of the review page (立项审核): highlighting, grounding a selection, splitting and merging spans.

No database here, so each rule is unit-testable on plain strings. Offsets are Python string indices
(code points) unless a name says ``utf16``: the browser counts UTF-16 code units, which differ from
code points for characters outside the BMP (rare CJK extension characters, emoji).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Where a clause ends: the places a row may be split. Not "、", which joins the members of a list.
_CLAUSE_END = "，；。！？：,;!?:"
_BLANK = " \t\r\n\u3000"


@dataclass(frozen=True)
class Span:
    """Something to highlight: ``kind`` is its CSS class, ``ref`` names it in the page (``p12``, ``f3``)."""

    kind: str
    start: int
    end: int
    ref: str
    classes: str = ""  # further CSS classes, e.g. the decision of a proposal
    title: str = ""
    layer: int = 0  # of two spans over the same text, the lower layer is the outer mark


@dataclass(frozen=True)
class Segment:
    """One event of the highlighted text: open a mark, close one, or plain text (to be escaped)."""

    text: str = ""
    open: bool = False
    close: bool = False
    ref: str = ""
    classes: str = ""
    title: str = ""
    first: bool = False  # the first piece of its span carries the span's element id


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """The text cut into properly nested marks.

    Spans that nest stay nested; when two cross, the inner one is closed at the outer one's end and
    reopened after it (the continuation has no element id, only the same ``ref``), so the markup is
    always well formed and the text between the marks is exactly ``text``.
    """
    n = len(text)
    valid = []
    for span in spans:
        start, end = max(0, span.start), min(n, span.end)
        if start < end:
            valid.append(Span(span.kind, start, end, span.ref, span.classes, span.title, span.layer))
    # Outer first: earlier start, then longer, then the lower layer.
    valid.sort(key=lambda s: (s.start, -s.end, s.layer, s.ref))
    bounds = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})
    starting: dict[int, list[Span]] = {}
    for span in valid:
        starting.setdefault(span.start, []).append(span)

    out: list[Segment] = []
    stack: list[Span] = []
    opened: set[str] = set()

    def open_(span: Span) -> None:
        first = span.ref not in opened
        opened.add(span.ref)
        classes = " ".join(c for c in (span.kind, span.classes) if c)
        out.append(Segment(open=True, ref=span.ref, classes=classes, title=span.title, first=first))
        stack.append(span)

    for i, position in enumerate(bounds):
        # Close what ends here; marks above a closing one are closed with it and reopened after.
        ending = [s for s in stack if s.end == position]
        if ending:
            lowest = min(stack.index(s) for s in ending)
            reopen = [s for s in stack[lowest:] if s.end != position]
            for _ in stack[lowest:]:
                out.append(Segment(close=True))
            del stack[lowest:]
            for span in reopen:
                open_(span)
        for span in starting.get(position, []):
            open_(span)
        if i + 1 < len(bounds):
            following = bounds[i + 1]
            if following > position:
                out.append(Segment(text=text[position:following]))
    return out


def utf16_to_index(text: str, offset: int) -> int:
    """The code-point index in ``text`` of a browser's UTF-16 offset (clamped to the text)."""
    if offset <= 0:
        return 0
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def find_occurrence(text: str, needle: str, near: int | None = None) -> tuple[int, int] | None:
    """The span of ``needle`` in ``text`` nearest the position ``near`` (a code-point index), or None.

    The needle is the clerk's selection as the browser gave it: its ends are trimmed, and when it does
    not occur as it is, runs of whitespace in it may match any whitespace (or none) in the text, since
    browsers differ in how a selection across lines is turned into a string.
    """
    needle = needle.strip(_BLANK)
    if not needle:
        return None
    near = 0 if near is None else near
    found: list[tuple[int, int]] = []
    at = text.find(needle)
    while at != -1:
        found.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    if not found:
        parts = [re.escape(p) for p in re.split(r"\s+", needle) if p]
        pattern = re.compile(r"\s*".join(parts))
        found = [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
    if not found:
        return None
    return min(found, key=lambda span: (abs(span[0] - near), span[0]))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the blanks at its ends."""
    while start < end and text[start] in _BLANK:
        start += 1
    while end > start and text[end - 1] in _BLANK:
        end -= 1
    return start, end


def split_points(text: str, start: int, end: int) -> list[int]:
    """The positions inside ``text[start:end]`` right after a clause mark, where a row may be split."""
    start, end = trim(text, start, end)
    points = []
    for i in range(start + 1, end):
        if text[i - 1] in _CLAUSE_END and trim(text, i, end)[0] < end:
            points.append(i)
    return points


def default_split(text: str, start: int, end: int) -> int | None:
    """The clause boundary nearest the middle of the span, or None when it has no inner clause mark."""
    points = split_points(text, start, end)
    if not points:
        return None
    middle = (start + end) / 2
    return min(points, key=lambda p: (abs(p - middle), p))


def split_span(text: str, start: int, end: int, at: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The two halves of ``text[start:end]`` cut at ``at``, each trimmed; ValueError if one would be empty."""
    if not start < at < end:
        raise ValueError("拆分位置须在该条原文之内")
    first, second = trim(text, start, at), trim(text, at, end)
    if first[0] >= first[1] or second[0] >= second[1]:
        raise ValueError("拆分后的两部分都须有文字")
    return first, second


def split_preview(text: str, start: int, end: int, at: int, width: int = 8) -> tuple[str, str]:
    """A few characters of ``text[start:end]`` either side of a split point, for the clerk to choose it by."""
    return text[max(start, at - width):at], text[at:min(end, at + width)]


def merge_content(text: str, parts: Sequence[tuple[int, int, str]]) -> tuple[int, int, str]:
    """One row from several ``(start, end, content)``: the span covering them all and its content.

    When no part was edited the content is the source text of the whole span (so it reads as the
    document does, including anything between the parts); otherwise the clerk's wording is kept and
    the parts are joined in text order, each ending with a clause mark.
    """
    if not parts:
        raise ValueError("nothing to merge")
    ordered = sorted(parts, key=lambda p: (p[0], p[1]))
    start, end = min(p[0] for p in ordered), max(p[1] for p in ordered)
    if all(content.strip() == text[s:e].strip() for s, e, content in ordered):
        return start, end, text[start:end].strip(_BLANK)
    pieces: list[str] = []
    for _, _, content in ordered:
        content = content.strip(_BLANK)
        if not content or content in pieces:
            continue
        if pieces and pieces[-1][-1] not in _CLAUSE_END:
            pieces[-1] += "；"
        pieces.append(content)
    return start, end, "".join(pieces)


def heading_at(outline: Sequence[dict], position: int) -> str:
    """The title of the last heading that starts at or before ``position`` (the extracted outline)."""
    title = ""
    for heading in outline:
        if heading.get("start", 0) <= position:
            title = heading.get("title", "")
        else:
            break
    return title


def target_within(quantities: Sequence[dict], start: int, end: int) -> dict | None:
    """The first extracted target quantity lying inside ``[start, end)``, if any."""
    for quantity in quantities:
        if quantity.get("kind") == "target" and start <= quantity.get("start", -1) and quantity.get("end", 0) <= end:
            return quantity
    return None
