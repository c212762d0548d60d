"""Tasks: the directive items a ledger tracks, linked to their heading and their quantities.

A task is a sentence that commits someone to a deliverable: the 一要…/一是… items, each enumerated
measure, and each sentence whose main clause is a directive (加快…, 全力推进…, 确保…, 今年要…).
Sentences that report what was done (完成了, 已建成, 去年…) are not tasks, and neither are
exhortations without a deliverable (我们要坚定信心).
"""

from __future__ import annotations

import bisect
import re

from luoshi.document import Heading, Quantity, Task
from luoshi.script import to_simplified

# A sentence ends at 。！？； or a line break; the end mark belongs to the sentence.
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
# Leading words that do not change what a sentence is: a subject, a time, a modal (今年我们要, 各级政府要).
_LEAD = (
    r"(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+要|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|"
    r"\d{1,2}[.．、]|——)?"
    r"(?:今年|明年|全年|下一步|今后|新的一年|当前|“十[四五六]五”(?:期间|时期)?|[^，。；]{0,12}?(?:要|将|必须|务必|需要|应当|坚决|必须要))?"
)
_DIRECTIVE = re.compile(
    _LEAD
    + r"(?:加快|加大|加强|加紧|推进|推动|促进|实施|建设|建成|新建|改造|打造|培育|发展|壮大|做大|做强|做优|"
    r"深化|强化|完善|健全|优化|提升|提高|扩大|增加|新增|确保|力争|争取|实现|落实|抓好|做好|办好|开展|启动|"
    r"全力|着力|大力|积极|持续|扎实|切实|全面|深入|坚决|稳步|有序|统筹|聚焦|围绕|坚持|守住|严格|保持|"
    r"创建|争创|创新|引进|引导|支持|鼓励|出台|制定|组织|谋划|筹办|举办|开工|完成|整治|治理|防范|化解)"
)
_PAST = re.compile(r"了[，。；、]|已经|已[^经]|累计|去年|上年|过去|一年来|五年来|成功举办|取得了|获评|荣获")
_MIN_LENGTH = 6


def extract_tasks(text: str, outline: list[Heading], quantities: list[Quantity]) -> list[Task]:
    """Directive sentences of ``text`` in order, each with the heading it falls under."""
    probe = to_simplified(text)
    if len(probe) != len(text):  # offsets must hold: fall back to the text as written
        probe = text
    starts = [h.start for h in outline]
    spans = sorted((q.start, q.end, i) for i, q in enumerate(quantities))
    span_starts = [s for s, _, _ in spans]
    tasks = []
    for found in _SENTENCE.finditer(probe):
        start, end = _strip(probe, found.start(), found.end())
        if end - start < _MIN_LENGTH:
            continue
        sentence = probe[start:end]
        if not _DIRECTIVE.match(sentence) or _PAST.search(sentence):
            continue
        heading = bisect.bisect_right(starts, start) - 1
        first = bisect.bisect_left(span_starts, start)
        measured = [i for s, e, i in spans[first : bisect.bisect_left(span_starts, end)] if e <= end]
        tasks.append(Task(text=text[start:end], start=start, end=end,
                          outline_index=heading if heading >= 0 else None, quantities=measured))
    return tasks


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return start, end
