"""Rejoin what conversion split: page-split markers, page-number lines, a PDF's wrapped lines and link fragments.

- Share sites flatten a .docx to one line per page and number the pages at the line starts, often
  in mid-sentence: ``…市第十三次`` / ``2、党代会精神…`` is one sentence, ``…市第十三次党代会精神…``.
- Converted PDFs and Word files leave page-number lines (``- 2 -``, ``第2页 共6页``, a lone ``2``).
- Text copied out of a PDF keeps its fixed-width lines: ``…增强拼抢“开门红”的紧迫`` / ``感`` is one heading.
- Wiki-like pages put each link on a line of its own: ``…所作的`` / ``政府工作报告`` / ``。会议…``.
- A subscript set below its symbol comes out on a line of its own: ``细颗粒物（PM`` / ``2.5）浓度…`` is ``PM2.5``.
- A link inside a sentence can take a line of its own with the rest after it: ``…新建`` / ``高速铁路`` /
  ``投产里程超过1900公里…`` is one sentence; so can a name inside its marks: ``…编制《`` / ``纲要（草案）`` /
  ``》提供了基础``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from luoshi.clean.furniture import HEADING

_PAGE_PREFIX = re.compile(r"(\d{1,3})、")
_PAGE_LINE = re.compile(
    r"[-—–－_~·\s]*(?:第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|"
    r"[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4})[-—–－_~·\s]*"
)
# Characters that end a paragraph; a line ending otherwise continues on the next one.
_ENDS_PARAGRAPH = frozenset("。！？!?：:；;…”’」』）)】》")
# A line never starts with these: it is the rest of the line before.
_CONTINUES = frozenset("，。、；：！？）」』”’》〉】,.;:!?)")
_OPENS = frozenset("《“‘「『（(【〈")


def ends_mid_sentence(line: str) -> bool:
    return bool(line) and line[-1] not in _ENDS_PARAGRAPH


def rejoin(lines: list[str]) -> list[str]:
    """Lines with page-split markers, page-number lines and link fragments joined back."""
    lines = unwrap(_drop_page_lines(_join_page_prefixes(lines)))
    return _join_links(_join_subscripts(_join_fragments(_join_page_breaks(lines))))


def _join_page_breaks(lines: list[str]) -> list[str]:
    """A paragraph broken where its page ended, with no page number left (``…交出一份人`` / ``民满意、世界瞩目…``):
    a long line of sentences that stops in mid-clause goes on in a next line that is no heading and soon
    reaches the end of that clause."""
    out: list[str] = []
    for line in lines:
        if out and _breaks_at_page_end(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _breaks_at_page_end(line: str, after: str) -> bool:
    if len(line) < _PAGE_BREAK_MIN or not _CUT_END.search(line[-1:]) or "。" not in line:
        return False
    if _is_heading(line) or _is_heading(after) or not _CUT_END.match(after) or _LIST_OPENING.match(after):
        return False
    rest = _CLAUSE_MARK.search(after)
    return rest is not None and rest.start() <= _PAGE_BREAK_REST and not _is_heading(line[line.rfind("。") + 1 :])


_PAGE_BREAK_MIN = 40  # a paragraph's line, not a title's
_PAGE_BREAK_REST = 16  # what the next line needs to end the clause cut at the break
_CUT_END = re.compile(r"[\u4e00-\u9fff0-9%]")
_CLAUSE_MARK = re.compile(r"[，、。；：,;:]")
# a next line that opens a paragraph of its own: a list's item, an address, a speaker (毛主席告诉我们，…)
_LIST_OPENING = re.compile(r"[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|各位代表|同志们"
                           r"|[^，。]{1,8}(?:指出|告诉我们|强调|说|认为|表示)[，：:]")


def _join_page_prefixes(lines: list[str]) -> list[str]:
    """Remove ``N、`` page numbers that start the lines of a flattened document, joining the pages.

    They are told from a numbered list by three things together: the numbers run 1, 2, 3… (or
    2, 3…) over the lines that carry them, the lines are pages (long), and most breaks fall in
    mid-sentence, which a list item's never do.
    """
    prefixes = {i: m for i, line in enumerate(lines) if (m := _PAGE_PREFIX.match(line))}
    numbered = [(i, int(m.group(1))) for i, m in prefixes.items()]
    run: list[int] = []
    last = 0
    for i, n in numbered:
        if run and n == last + 1:
            run.append(i)
        elif n in (1, 2) and len(run) < 2:
            run = [i]
        else:
            continue
        last = n
    if len(run) < 2:
        return lines
    first = last - len(run) + 1
    breaks = [ends_mid_sentence(lines[i - 1]) for i in run if i > 0 and (first > 1 or i != run[0])]
    average = sum(len(lines[i]) for i in run) / len(run)
    if average < 40 or sum(breaks) * 2 < len(breaks):
        return lines
    if len(run) == 2 and (average < 100 or not all(breaks)):  # two pages: only when unmistakable
        return lines
    pages = set(run)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in pages:
            body = line[prefixes[i].end() :]
            # Page 1 starts the text; later pages continue the page before them.
            if out and (i != run[0] or first > 1):
                out[-1] += body
            else:
                out.append(body)
        else:
            out.append(line)
    return out


def _drop_page_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if not _PAGE_LINE.fullmatch(line) or not _is_page_number(lines, i):
            out.append(line)
            continue
        # The page break fell in mid-sentence: the next line continues this paragraph.
        if out and i + 1 < len(lines) and ends_mid_sentence(out[-1]) and not _PAGE_LINE.fullmatch(lines[i + 1]):
            out[-1] += lines[i + 1]
            lines[i + 1] = ""
    return [line for line in out if line]


def _is_page_number(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if not line.isdigit():
        return True  # decorated: - 2 -, 第2页, 2/6
    # A bare number is a page number at the end, or between two halves of a sentence.
    if i == len(lines) - 1:
        return True
    return i > 0 and ends_mid_sentence(lines[i - 1]) and bool(lines[i + 1]) and lines[i + 1][0] not in _OPENS


def _join_fragments(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and (out[-1][-1] in _OPENS or (line[0] in _CLOSES and _left_open(out[-1], line[0]))):
            out[-1] += line  # ``…为编制《`` / ``纲要（草案）`` / ``》提供了基础``: a name cut at its marks
        elif out and line[0] in _CONTINUES and ends_mid_sentence(out[-1]):
            # ``…所作的`` / ``政府工作报告`` / ``。会议…``: the short link text also belongs to the line before it.
            if len(out) >= 2 and len(out[-1]) <= 30 and ends_mid_sentence(out[-2]) and not _is_heading(out[-1]):
                fragment = out.pop()
                out[-1] += fragment
            out[-1] += line
        else:
            out.append(line)
    return out


_CLOSES = {"》": "《", "”": "“", "）": "（", ")": "(", "」": "「", "』": "『", "】": "【"}


def _left_open(line: str, closer: str) -> bool:
    """Whether ``line`` opens more of ``closer``'s pairs than it closes: the next line goes on inside one."""
    return line.count(_CLOSES[closer]) > line.count(closer)


_SYMBOLS = ("PM", "SO", "NO", "CO", "O", "CH", "NH")  # an endswith, not a $-anchored search along each line
_SUBSCRIPT = re.compile(r"(?:2\.5|10|2|3|4|x)(?=$|[）)\u4e00-\u9fff])")  # not 2、 (a heading's number)


def _join_subscripts(lines: list[str]) -> list[str]:
    """``…（PM`` / ``2.5）浓度…`` and ``…以PM`` / ``2.5`` / ``浓度…``: a symbol's subscript, and what follows a
    subscript left alone on its line, go on in the symbol's line."""
    out: list[str] = []
    alone = False  # the line before was a lone subscript joined to its symbol
    for line in lines:
        if out and out[-1].endswith(_SYMBOLS) and _SUBSCRIPT.match(line):
            out[-1] += line
            alone = _SUBSCRIPT.fullmatch(line) is not None
        elif alone and line and not _is_heading(line):
            out[-1] += line
            alone = False
        else:
            out.append(line)
            alone = False
    return out


_PROSE_MIN = 20  # a line this long, or one with a stop, that breaks in mid-sentence is prose cut, not a title
_STOPS = re.compile(r"[。！？；]")
_IN_PROSE = re.compile(r"[，。；：、！？,;:]")
_LINK_MAX = 12
_LINK = re.compile(r"[^\s。！？!?：:；;，,、（）()]{1,12}")  # a link's words: no stop, no space (市长 李军)
_CUT_PROSE = re.compile(r".*[\u4e00-\u9fff，、]$")
_DATELINE = re.compile(r"^[—－-][^。！？]*$|(?:会议|大会)上$")  # ——2017年3月5日在…会议上 / 国务院总理 / 李克强
_GOES_ON = re.compile(r"[\u4e00-\u9fff0-9“]")
_SALUTATION = re.compile(r"各位|同志们")
_RUN_IN_MARKER = re.compile(r"[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+")  # 一要 / 加大改革力度


def _join_links(lines: list[str]) -> list[str]:
    """``…新建`` / ``高速铁路`` / ``投产里程超过1900公里…``: a prose line cut in mid-sentence, a link's words
    alone on the next line and the sentence's rest on the line after are one line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (out and i + 1 < len(lines) and _LINK.fullmatch(line) and _links(out[-1], line, lines[i + 1])):
            out[-1] += line + lines[i + 1]
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _links(before: str, link: str, after: str) -> bool:
    if (len(before) < _PROSE_MIN and not _STOPS.search(before)) or _CUT_PROSE.match(before) is None or _DATELINE.search(
            before):
        return False
    if _is_heading(before) or _is_heading(link) or _RUN_IN_MARKER.fullmatch(link):
        return False  # an item's marker alone on its line opens the item: 一要 / 加大改革力度
    # the rest of a sentence has its marks; a menu's next word (信息公开 / 党纪国法 / 监督举报) has none
    return (bool(after) and _GOES_ON.match(after) is not None and _IN_PROSE.search(after) is not None
            and not _is_heading(after) and not _SALUTATION.match(after))


def _is_heading(line: str) -> bool:
    return bool(HEADING.match(line))


# Text copied out of a PDF keeps the PDF's line breaks: every line of a paragraph runs to the same width
# (display columns: a Chinese character takes two) and most break in mid-sentence.
_WRAP_MIN_LINES = 8
_WRAP_WIDTHS = (24, 120)  # the widths a page's lines are set to: 12 to 60 Chinese characters
_WRAP_SLACK = 4  # a full line may fall short of the width by two Chinese characters (a word that did not fit)


def _width(line: str) -> int:
    """Display columns: two for a Chinese character and for punctuation, which a Chinese font sets wide even
    where the copy made it ASCII (,:()); one for other ASCII (digits, letters)."""
    ascii_part = line.encode("ascii", "ignore")
    narrow = len(ascii_part) - sum(ascii_part.count(mark) for mark in _WIDE_ASCII)
    return 2 * len(line) - narrow


_WIDE_ASCII = tuple(bytes([c]) for c in b",.:;!?()")


def wrap_width(lines: list[str]) -> int | None:
    """The width text copied from a PDF was wrapped at, or None when its lines are paragraphs: most lines
    fall within ``_WRAP_SLACK`` of the commonest width and most of those end in mid-sentence."""
    lo, hi = _WRAP_WIDTHS
    candidates = [line for line in lines if len(line) * 2 >= lo]
    short = [line for line in candidates if len(line) <= hi]  # a line of more characters is wider than any page
    if len(short) < _WRAP_MIN_LINES or len(short) * 10 < len(candidates) * 7:
        return None
    widths = sorted(w for w in map(_width, short) if w >= lo)
    if len(widths) < _WRAP_MIN_LINES:
        return None
    # the width with the most lines in the band just below it (sorted, so a band is two bisections)
    width, most = max(((w, bisect_right(widths, w) - bisect_left(widths, w - _WRAP_SLACK)) for w in set(widths)),
                      key=lambda pair: pair[1])
    if not lo <= width <= hi or most * 10 < len(candidates) * 7:
        return None
    full = [line for line in short if width - _WRAP_SLACK <= _width(line) <= width]
    broken = sum(ends_mid_sentence(line) for line in full)
    return width if broken * 2 >= len(full) else None


def unwrap(lines: list[str]) -> list[str]:
    """Lines of a text wrapped at a fixed width (see :func:`wrap_width`) joined into paragraphs: a full line
    that ends in mid-sentence goes on in the next (``…增强拼抢“开门红”的紧迫`` / ``感``)."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and _wraps(lines[i - 1], line, width):
            out[-1] += line
        else:
            out.append(line)
    return out


def _wraps(line: str, after: str, width: int) -> bool:
    """Whether ``line`` goes on in ``after``: it is full and breaks in mid-sentence; a heading alone on its
    line (which ends with no stop) only into a short rest of itself (…的责任感和紧 / 迫感), not into a paragraph."""
    if _width(line) < width - _WRAP_SLACK or not ends_mid_sentence(line):
        return False
    if not _is_heading(line) or _RUN_IN.search(line):  # （一）…目标。一是…: a heading run into its paragraph
        return True
    return _width(after) < width - _WRAP_SLACK and ends_mid_sentence(after)


_RUN_IN = re.compile("[。；！？]")
