"""Outline: the heading hierarchy of a speech or report.

Headings come in two kinds of style:

- *block* styles open a section that can hold deeper headings: ``一、`` ``（一）`` ``1.`` ``(1)`` ``1)``
  ``①`` ``第一部分`` ``第一章`` ``第一节`` ``第一个问题：``. Their level follows the order the styles
  appear in: the first style seen is level 1, a new style under it level 2, and a style seen again
  returns to its level. A list that restarts a style inside a deeper section is nested there.
- *run-in* styles open a paragraph or a sentence of the section they stand in: ``——``, ``一是``,
  ``一要`` and ``第一，``. They sit one level below that section, whatever their level elsewhere
  (``一是`` under ``一、`` is level 2, under ``（一）`` level 3), and hold no headings.

A candidate counts only as a member of an enumeration: ordinals in sequence from 一 (``一是`` with no
``二是`` is prose, ``一要…，二要…`` inside one sentence is no list), dashes two at least; ``一是`` runs
inside a paragraph only when they set tasks rather than report facts or problems; nothing in a notes
section closing the document (``［1］``, ``名词解释``). A flattened document (a line of thousands of
characters) runs its headings into the body: there block markers open sentences too, a numeral that
lost its ``、`` fills the gap in its sequence, and a title ends where the text restarts with the
heading's own subject (``…更有温度XX精神最本质的体现…``).

Matching is done on the simplified form of the text; offsets, markers and titles come from the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple

from luoshi.document import Heading
from luoshi.extract.sections import notes_start, title_role
from luoshi.numerals import small_number
from luoshi.script import simplified_view

_CN = "一二三四五六七八九十"

# Where a heading may open: a line start, or a sentence (run-in styles; block styles in a flattened line).
_SENTENCE_END = "。！？；!?;"
_RUNIN_OPENERS = _SENTENCE_END + "：:"
_CLOSERS = "”’」』）)"
_TITLE_END = re.compile(r"[。！？；!?;：:\n]")
_FLATTENED_LINE = 1500  # a line this long is a document flattened into one line, not a paragraph
_SHORT_TITLE = 40  # a title no longer than this has not run on into the body
_LINE_LEAD = " \t\u3000*#"  # indentation, and markdown's bold and heading marks
# A part title on a line of its own, without a marker (``2025年工作回顾``, ``**2026年工作安排**``): short, no
# sentence inside, its words saying a part's role.
_BARE_TITLE = re.compile(r"[^。！？；，,：:!?;]{4,24}")
_BARE_TITLE_ROLES = ("review", "plan", "analysis")
# **2013年经济社会发展稳进向好**: a bold title of its own line that opens with a year is a part's title too
_YEAR_TITLE = re.compile(r"(?:19|20)[0-9]{2}年")
_BODY_AFTER = re.compile(r"\n+[^*\n]{20}")  # a paragraph of text under a line, not another title

_BLOCK_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("cn", re.compile(rf"([{_CN}]{{1,3}})[、．]")),
    ("cn()", re.compile(rf"[（(]([{_CN}]{{1,3}})[)）]")),
    ("n.", re.compile(r"([0-9０-９]{1,2})[.．、](?![0-9０-９])")),
    ("(n)", re.compile(r"[（(]([0-9０-９]{1,2})[)）]")),
    ("n)", re.compile(r"([0-9０-９]{1,2})[)）]")),
    ("circled", re.compile(r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")),
    ("part", re.compile(rf"第([{_CN}]{{1,3}})(?:部分|篇)[：:，,、]?")),
    ("chapter", re.compile(rf"第([{_CN}]{{1,3}})章[：:，,、]?")),
    ("section", re.compile(rf"第([{_CN}]{{1,3}})节[：:，,、]?")),
    ("question", re.compile(rf"第([{_CN}]{{1,3}})个(?:问题|方面)[：:，,、]?")),
]
_RUNIN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("shi", re.compile(rf"([{_CN}]{{1,2}})是(?:要)?[，,]?")),
    ("yao", re.compile(rf"([{_CN}]{{1,2}})要[，,]?")),
    ("di", re.compile(rf"第([{_CN}]{{1,2}})[，,、：:]")),
]
_DASH = re.compile(r"—{2,3}|-{2,4}|－{2}")
# The characters every marker above opens with: a sentence that opens with another one is not tried against
# each pattern (most sentences; tests/test_extract_outline.py checks no pattern opens otherwise).
MARKER_FIRST = frozenset(_CN + "（(0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第—-－")
_BARE = re.compile(rf"([{_CN}]{{1,2}})(?=[\u4e00-\u9fff“])")
_RUNIN_STYLES = {"shi", "yao", "di", "dash"}
_WEAK_STYLES = {"cn", "cn()"}

# A dash line that is a dateline or a byline, not a heading.
_DASH_NOT_HEADING = re.compile(
    r"^[0-9０-９〇○零一二三四五六七八九十]{2,4}年|^[0-9０-９]|在.*(?:会议|大会|会)上(?:的讲话|的报告|的发言)?$|^摘自"
)

# How a task opens: a verb or an adverb of action (``加快建设…``, ``着力…``, ``将…纳入``), not a subject.
_TASK_OPENERS = (
    "加快 加强 加大 加紧 加速 大力 深化 深入 继续 着力 着眼 进一步 推进 推动 全面 全力 实施 坚持 坚定 坚决 坚守 积极 "
    "促进 强化 完善 奋力 切实 抓紧 抓好 抓住 优化 做好 做强 做优 做大 做实 做精 健全 提升 提高 围绕 努力 稳定 建立 "
    "统筹 依法 始终 建设 聚力 聚焦 筑牢 持续 按照 创新 整顿 必须 认真 鼓励 扩大 突出 保持 注重 改革 狠抓 不断 改善 "
    "严格 多渠道 综合 充分 完成 实行 支持 严肃 通过 采取 增加 落实 开展 有效 守好 守住 守牢 贯彻 因地制宜 拓宽 正确 "
    "把握 立足 适当 大幅 扎实 依靠 取消 培育 倾力 紧扣 更好 更加 扶持 提速 转变 勇于 集中 妥善 制定 控制 保护 下大 "
    "选择 采用 打破 大张旗鼓 进行 引导 减轻 减少 降低 逐步 巩固 启动 及时 遏制 开发 增强 稳步 营造 广开 帮助 抑制 "
    "改造 毫不 结合 改进 织密 织牢 适度 平衡 处理 优先 打好 打造 畅通 建强 靶向 弘扬 牢记 牢牢 牢固 繁荣 下足 构建 "
    "铸牢 招募 帮扶 改扩建 维修 联合 锚定 践行 激活 细化 谋好 用好 扛牢 利用 提质 笃行 久久为功 闻令 外防 内防 "
    "发挥 发展 纵深 实现 推行 确保 防范 化解 规范 清理 放宽 放开 简化 取得 争创 创建 争取 全域 一以贯之 毫不动摇 "
    "要 将 把 在 以 对 从 为 按 向 让 使 用 由 就 与 同"
).split()
_TASK_OPENING = re.compile("|".join(sorted(_TASK_OPENERS, key=len, reverse=True)))
_TASK_OPENING_WORD = re.compile("|".join(sorted((w for w in _TASK_OPENERS if len(w) > 1), key=len, reverse=True)))
# How a reported fact ends its first clause: a result, not an action still to take.
_FACT_ENDINGS = re.compile(
    r"(?:提升|提高|增强|改善|加强|增长|下降|发展|进展|突破|跃升|斐然|好转|向好|释放|叠加|脆弱|突出|台阶|预期|蔓延|"
    r"成效|优化|明显|显著|丰硕|巩固|扩大|深化|加快|完成|实现|解决|成功|增加|减少|落实|推进|加剧|较大|不足|严峻|"
    r"问题|矛盾|困难|压力|风险|成就|成果|进步|胜利|创新高|新高|前列|第一|之一)$"
)

# A paragraph turning to the audience closes a subsection.
_ADDRESS = re.compile(r"\s*(?:各位代表|同志们|代表们|各位委员|各位领导)")

# A sentence leading into an enumeration of what is to be done, or of problems met.
_FUTURE = re.compile(
    r"(?<![主重首必纲需])要(?!求|素|害|点)|将(?![军领])|必须|需要|应当|努力|力争|今后|今年|明年|未来|下一步|务必"
)
_PAST = re.compile(r"了|过去|一年来|五年来|去年|以来|回顾|回望")
_PROBLEMS = re.compile(r"问题|困难|挑战|矛盾|不足|短板|差距|隐患|薄弱|不容忽视")
_EVIDENCE_LEAD = re.compile(r"(?:请看|看看|试看|举出|列举)?(?:以下|下面|下列)?的?(?:事实|例子|实例|证据)"
                            r"(?:是|如下)?[：:]$")


@dataclass
class _Candidate:
    style: str
    ordinal: int | None
    start: int  # where the marker starts
    title_start: int
    title_end: int
    line_start: bool
    line: int = 0
    flattened: bool = False
    weak: bool = False  # counts only between two members of its list that are not weak
    run: list[_Candidate] = field(default_factory=list, repr=False)  # the enumeration it belongs to
    key: str = ""  # the style as the levels see it: a list nested in a list of its own style differs
    whole_line: bool = False  # the title is its line, no stop: 第二，加快发展基础工业⏎

    def __post_init__(self) -> None:
        self.key = self.key or self.style

    @property
    def block(self) -> bool:
        return self.style not in _RUNIN_STYLES


def extract_outline(text: str) -> list[Heading]:
    """The headings of ``text`` in the order they stand, each with its level, marker, title and span."""
    simple = simplified_view(text)
    limit = notes_start(simple, attachments=True)
    openings = _openings(simple, limit)
    candidates = _find_candidates(simple, openings)
    candidates = _fill_bare_gaps(simple, candidates, openings, limit)
    accepted = _with_bare_titles(simple, _enumerations(simple, candidates), openings)
    _nest_inner_lists(accepted)
    headings = []
    stack: list[str] = []
    last_block: _Candidate | None = None
    group_levels: dict[str, int] = {}  # level of the run-in group each run-in style is in
    run_levels: dict[int, int] = {}  # level of each run-in list, by its id
    last: tuple[_Candidate, int] | None = None
    for c in accepted:
        if c.block:
            if c.key in stack:
                del stack[stack.index(c.key) + 1 :]
            else:
                if last is not None and _holds_new_list(last[0]) and last[1] > len(stack):
                    stack.append("under:" + last[0].style)  # 第五、关于文化教育 ⏎ （１）…: a list under that item
                stack.append(c.key)
            level = stack.index(c.key) + 1
            last_block = c
            group_levels.clear()
        elif c.whole_line and (run_level := run_levels.get(id(c.run))) is not None:
            # 第二，…⏎ after the （一）…（九） under 第一，…⏎: back to its list's level, out of the sections under it
            level = group_levels[c.style] = run_level
            del stack[level - 1 :]
        else:
            if c.style not in group_levels or c.ordinal == 1:
                group_levels[c.style] = _runin_level(c, last_block, len(stack), simple)
                if c.ordinal == 1 and last is not None and _holds_new_list(last[0]) and last[0].style != c.style:
                    group_levels[c.style] = last[1] + 1  # 第四，多渠道增资减债。⏎…一是…二是…: its own list
            level = group_levels[c.style]
            run_levels[id(c.run)] = level
        marker = text[c.start : c.title_start].strip()
        headings.append(Heading(level, marker, text[c.title_start : c.title_end], c.start, c.title_end))
        last = (c, level)
    return headings


def _holds_new_list(c: _Candidate) -> bool:
    """A run-in item that heads its own line (第五、关于文化教育): a list of a new style after it stands under it."""
    return c.style == "di" and c.line_start


def _with_bare_titles(simple: str, accepted: list[_Candidate], openings: list[_Opening]) -> list[_Candidate]:
    """Bare part titles, when two or more of them stand above every numbered heading, are the top level:
    ``2025年工作回顾`` ⏎ ``一、…`` ⏎ ``2026年工作安排`` ⏎ ``一、…`` (or in bold, any title opening with a year)."""
    first_block = min((c.start for c in accepted if c.block), default=len(simple))
    titles: list[_Candidate] = []
    bold_others: list[_Candidate] = []  # **致力建设人民满意政府**: bold part titles whose words say no role
    for at in openings:
        if not at.line_start or at.flattened:
            continue
        end = simple.find("\n", at.position)
        end = len(simple) if end < 0 else end
        words = simple[at.position : end].rstrip(_LINE_LEAD)
        if end == len(simple) or not _BARE_TITLE.fullmatch(words):
            continue
        if any(pattern.match(words) for _, pattern in _BLOCK_PATTERNS):
            continue  # a numbered heading: its list says its level
        bold = simple.startswith("**", at.position - 2) and simple.endswith("**", 0, end)
        found = _Candidate("title", 0, at.position, at.position, at.position + len(words), True, at.line)
        if title_role(words, None) in _BARE_TITLE_ROLES or (bold and _YEAR_TITLE.match(words)):
            titles.append(found)
        elif bold and _BODY_AFTER.match(simple, end):
            bold_others.append(found)
    if len(titles) < 2 or titles[0].start >= first_block:
        return accepted
    # where the parts are bold titles, a bold title with a body under it is a part too (not the document's
    # own title before them, nor 会议秘书处 above an appendix)
    titles = sorted(titles + [c for c in bold_others if c.start > titles[0].start], key=lambda c: c.start)
    for k, c in enumerate(titles, 1):
        c.ordinal = k
    for c in titles:
        c.run = titles
    return sorted(accepted + titles, key=lambda c: c.start)


def _nest_inner_lists(accepted: list[_Candidate]) -> None:
    """A list that restarts a style inside a section is nested in it, not a new run of sections.

    ``（一）… 一、… 二、… （二）…``: the ``一、二、`` stand between two members of ``（一）``; ``二、… 一、… 二、…
    三、``: the inner ``一、二、`` stand between two members of the outer list. Either way they belong to
    the member before them and take a style of their own under it.
    """
    blocks = [c for c in accepted if c.block]
    runs = list({id(c.run): c.run for c in blocks}.values())  # in the order they open
    index_of = {id(c): i for i, c in enumerate(blocks)}
    stretch_end = list(range(len(blocks)))  # the last block of the stretch of one style each block is in
    for i in range(len(blocks) - 2, -1, -1):
        if blocks[i + 1].style == blocks[i].style:
            stretch_end[i] = stretch_end[i + 1]
    spanning: dict[str, list[list[_Candidate]]] = {}  # earlier lists of each style that still run on
    for run in runs:
        first, last = run[0], run[-1]
        seen = first.style in spanning
        earlier = spanning[first.style] = [p for p in spanning.get(first.style, []) if p[-1].start > first.start]
        earlier.append(run)
        if first.ordinal != 1 or not seen:
            continue
        enclosing = []  # the member of a list of the same style that this list stands under
        for p in earlier[:-1]:
            if p[-1].start > last.start:
                k = bisect_left([m.start for m in p], first.start) - 1
                if k >= 0 and last.start < p[k + 1].start:
                    enclosing.append(p[k])
        if enclosing:
            key = max(enclosing, key=lambda member: member.start).key + "'"
        else:
            i, j = index_of[id(first)], stretch_end[index_of[id(last)]]  # with more lists of the style
            if i == 0 or j + 1 == len(blocks):
                continue
            before, after = blocks[i - 1], blocks[j + 1]
            if before.key == first.key or after.key != before.key or after.ordinal != (before.ordinal or 0) + 1:
                continue
            key = f"{first.key} in {before.key}"
        for member in run:
            member.key = key


def _runin_level(first: _Candidate, block: _Candidate | None, depth: int, simple: str) -> int:
    """Level of a run-in group: one below the section it stands in.

    After the last member of the deepest list, a group of paragraphs that comes well after that
    heading's opening (two paragraphs or more between, or a paragraph that turns to the audience:
    ``各位代表！``) has left its subsection and stands beside the list: ``（六）…`` then ``各位代表！…``
    then ``——这五年…``; so has a group run into such a paragraph (``各位代表！…干好四件大事：一是…``).
    """
    if depth < 2 or block is None or block.run[-1] is not block:
        return depth + 1  # before the next member of the deepest list: inside its section
    lines = simple[simple.find("\n", block.start) + 1 : first.start].split("\n")
    if not first.line_start:  # inline: inside its section, unless its paragraph turns to the audience
        return depth if _ADDRESS.match(lines[-1]) else depth + 1  # 各位代表！…四件大事：一是…
    if len(lines) >= 3 or any(_ADDRESS.match(line) for line in lines):
        return depth
    return depth + 1


def _ordinal(numeral: str) -> int | None:
    """``三`` → 3, ``十二`` → 12, ``二十`` → 20, ``12``/``１２`` → 12, ``③`` → 3."""
    if numeral.isdecimal():  # not isdigit(): ① is a digit to Python, but int() refuses it
        return int(numeral)
    if len(numeral) == 1 and "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    return small_number(numeral)


class _Opening(NamedTuple):
    """A place where a heading may start."""

    position: int
    line: int  # line number
    line_start: bool
    flattened: bool  # in a line that is a flattened document
    full_stop: bool  # right after 。！？： (not ；)


# A sentence end, closing quotes skipped, before a character a marker opens with.
_OPENER_RUN = re.compile(
    f"([{re.escape(_RUNIN_OPENERS)}])[{re.escape(_CLOSERS)} \u3000]*(?=[{re.escape(''.join(sorted(MARKER_FIRST)))}])"
)


def _openings(simple: str, limit: int) -> list[_Opening]:
    """Line starts and sentence starts (after 。！？；：, closing quotes skipped) before ``limit``: every line start,
    the sentence starts where a marker may stand."""
    places = []
    position = 0
    lines = simple[:limit].split("\n")
    short_document = len(lines) <= 3  # the whole document in a line or three
    for number, line in enumerate(lines):
        flattened = len(line) >= (_FLATTENED_LINE // 2 if short_document else _FLATTENED_LINE)
        stripped = len(line) - len(line.lstrip(_LINE_LEAD))  # **一、…** as markdown sets a heading in bold
        if "\t" not in line.strip():  # a table row's numbered cells are not headings
            places.append(_Opening(position + stripped, number, True, flattened, False))
            for found in _OPENER_RUN.finditer(line):  # a regex, not a Python loop over every character
                full_stop = found.group(1) in "。！？!?：:"
                places.append(_Opening(position + found.end(), number, False, flattened, full_stop))
        position += len(line) + 1
    return places


def _find_candidates(simple: str, openings: list[_Opening]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for at in openings:
        if simple[at.position : at.position + 1] not in MARKER_FIRST:
            continue
        # A line start, or in a flattened line a sentence start; elsewhere only 一、 and （一） count after
        # a full stop, weakly: as the missing member between two at line starts (a heading run into the
        # paragraph before it), never as a list inside a paragraph.
        weak = not at.line_start and not at.flattened
        if at.line_start or at.full_stop:
            for style, pattern in _BLOCK_PATTERNS:
                m = pattern.match(simple, at.position)
                if m and (not weak or style in _WEAK_STYLES):
                    c = _candidate(simple, style, _ordinal(m.group(1)), at, m.end(), weak)
                    c.weak = weak and not _ends_its_line(c, simple)
                    found.append(c)
                    break
            else:
                m = _DASH.match(simple, at.position)
                if m and not weak:
                    found.append(_candidate(simple, "dash", None, at, m.end()))
        for style, pattern in _RUNIN_PATTERNS:
            m = pattern.match(simple, at.position)
            if m:
                found.append(_candidate(simple, style, _ordinal(m.group(1)), at, m.end()))
                break
    return [c for c in found if c.title_end - c.title_start >= 2 and _plausible(c, simple)]


def _candidate(
    simple: str, style: str, ordinal: int | None, at: _Opening, after: int, weak: bool = False
) -> _Candidate:
    """A candidate whose marker runs from ``at`` to ``after``: its title runs to the first sentence end."""
    title_start = after
    while title_start < len(simple) and simple[title_start] in " \u3000\t":
        title_start += 1
    if title_start < len(simple) and simple[title_start] == "\n":  # the marker alone on its line
        title_start += 1
    end = _TITLE_END.search(simple, title_start)
    title_end = end.start() if end else len(simple)
    while title_end > title_start and simple[title_end - 1] in " \u3000\t，,、*#":
        title_end -= 1
    whole_line = at.line_start and simple[title_end : title_end + 1] in ("\n", "")
    return _Candidate(style, ordinal, at.position, title_start, title_end, at.line_start, at.line, at.flattened, weak,
                      whole_line=whole_line)


def _ends_its_line(c: _Candidate, simple: str) -> bool:
    """A short title that runs to the end of its line after a full stop is a heading a page break ran into the
    paragraph before it (…实现城市协同善治。三、2017年重点工作⏎), not a list item inside the paragraph."""
    return simple[c.title_end : c.title_end + 1] == "\n" and c.title_end - c.title_start <= _RUN_INTO_TITLE


_RUN_INTO_TITLE = 24
_NUMERAL_LIST = re.compile(rf"[{_CN}]+[、，,]")
_TITLE_OPENING = re.compile(r"[\u4e00-\u9fff“‘《（(0-9０-９A-Za-z\"]")  # how a heading's title may open


def _plausible(c: _Candidate, simple: str) -> bool:
    title = simple[c.title_start : c.title_end]
    if c.style != "dash" and c.ordinal is None:
        return False
    if _NUMERAL_LIST.match(title):  # 一、二、三产业
        return False
    if c.style == "dash":
        return len(title) >= 4 and not _DASH_NOT_HEADING.search(title)
    return bool(_TITLE_OPENING.match(title))


def _fill_bare_gaps(
    simple: str, candidates: list[_Candidate], openings: list[_Opening], limit: int
) -> list[_Candidate]:
    """A ``一、`` sequence with a member that lost its ``、`` (``二、…三传承…四、``): find the bare numeral.

    The bare numeral must open a line or a sentence where the missing member belongs, and its words must
    open like a neighbour's (parallel headings: ``传承弘扬…``), so prose such as ``一代人有…`` stays prose.
    """
    numbered = sorted((c for c in candidates if c.style == "cn"), key=lambda c: c.start)
    if not numbered:
        return candidates
    added: list[_Candidate] = []
    previous: _Candidate | None = None
    for c in [*numbered, None]:
        low = previous.ordinal if previous else 0
        high = c.ordinal if c else (low or 0) + 2
        if low is None or high is None:
            previous = c
            continue
        begin = previous.title_end if previous else 0
        finish = c.start if c else limit
        neighbours = [n for n in (previous, c) if n]
        expected = low + 1
        for k in range(bisect_left(openings, (begin,)), len(openings)):
            at = openings[k]
            if at.position >= finish or expected >= high:
                break
            if not (at.line_start or at.full_stop):
                continue
            m = _BARE.match(simple, at.position)
            if not m or _ordinal(m.group(1)) != expected:
                continue
            bare = _candidate(simple, "cn", expected, at, m.end())
            opening = simple[bare.title_start : bare.title_start + 2]
            if any(simple[n.title_start : n.title_start + 2] == opening for n in neighbours):
                added.append(bare)
                expected += 1
        previous = c
    return candidates + added


def _enumerations(simple: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates that belong to an enumeration, in text order, with flattened titles cut."""
    ordered = sorted(candidates, key=lambda c: c.start)
    ordered = _dedupe(ordered)
    accepted: list[_Candidate] = []
    # Block styles first: their sections bound the run-in enumerations.
    blocks = _sequences([c for c in ordered if c.block], block=True)
    verdicts: dict[int, bool] = {}  # a run's verdict holds for each of its members: reached once per run
    for c in blocks:
        if id(c.run) not in verdicts:
            # a block style used again after a run of it ended: inside one of that run's sections
            restarted = any(b.style == c.style and b.run is not c.run and b.start < c.run[0].start for b in blocks)
            verdicts[id(c.run)] = _sets_task_or_block(c, simple, restarted)
    # only the block lists that are headings bound the run-in ones (第一、… ⏎ 一、…。二、…。 ⏎ 第二、…: the items
    # listed in sentences under 第一、 do not end its list)
    headed = [c for c in blocks if verdicts[id(c.run)]]
    bounds = sorted(c.start for c in headed)
    runins = [c for c in ordered if not c.block]
    runs = _sequences([c for c in runins if c.style != "dash"], block=False, bounds=bounds)
    runs += _dash_groups([c for c in runins if c.style == "dash"], bounds)
    starts = [b.start for b in blocks]
    previews = {id(r) for r in {id(c.run): c.run for c in runs}.values() if _previews(r, blocks, starts, simple)}
    runs = [c for c in runs if id(c.run) not in previews]
    for c in runs:
        if id(c.run) not in verdicts:
            verdicts[id(c.run)] = _sets_task_or_block(c, simple, False)
    accepted = [c for c in blocks + runs if verdicts[id(c.run)]]
    for c in accepted:
        _cut_flattened_title(c, simple)
    return sorted(accepted, key=lambda c: c.start)


def _previews(run: list[_Candidate], blocks: list[_Candidate], starts: list[int], simple: str) -> bool:
    """A run-in list that announces the sections to come (``我讲三点：一是…`` then ``一、…``) is no heading."""

    def words(c: _Candidate) -> str:
        return _NON_WORD.sub("", simple[c.title_start : c.title_end])

    after = bisect_left(starts, run[-1].start)
    later = [words(b) for b in blocks[after : after + 2 * len(run) + 2]]  # the sections it announces
    return bool(later) and all(
        any(len(w) >= 4 and (w in b or b in w) for b in later if len(b) >= 4) for w in map(words, run)
    )


def _dedupe(ordered: list[_Candidate]) -> list[_Candidate]:
    """One candidate per start (a block marker and a run-in one can match at the same place)."""
    out: list[_Candidate] = []
    for c in ordered:
        if out and out[-1].start == c.start:
            continue
        out.append(c)
    return out


def _section(position: int, bounds: list[int]) -> int:
    """Index of the block section holding ``position`` (number of block headings before it)."""
    return bisect_left(bounds, position)


def _sequences(candidates: list[_Candidate], block: bool, bounds: list[int] | None = None) -> list[_Candidate]:
    """Runs of one style with ordinals 1, 2, 3…, two members at least.

    A block style's run may skip one member at a line start (a heading lost in conversion); a run-in
    style's run stays in one section, its members in order and none skipped. A member continues the
    latest run it can, unless a list it stands in has moved on since (``（五）… 一、二、三、 （六）…
    四、``: the ``四、`` is not the fourth item under ``（五）``).
    """
    runs = _runs(candidates, block, bounds or [], None)
    if block:
        runs = _runs(candidates, block, bounds or [], _Lists(runs))
    accepted: list[_Candidate] = []
    for run in runs:
        if len(run) >= 2:
            for c in run:
                c.run = run
            accepted += run
    return sorted(accepted, key=lambda c: c.start)


class _Lists:
    """The members of lists found in a first pass, to tell when a list has moved on past another."""

    def __init__(self, runs: list[list[_Candidate]]) -> None:
        members = sorted((c.start, run[0].start, run[0].style) for run in runs if len(run) >= 2 for c in run)
        self.starts = [m[0] for m in members]
        self.members = members

    def closed(self, run: list[_Candidate], c: _Candidate) -> bool:
        """Whether a list of another style that ``run`` stands in has a member between ``run`` and ``c``."""
        lo, hi = bisect_left(self.starts, run[-1].start + 1), bisect_left(self.starts, c.start)
        return any(first < run[0].start and style != run[0].style for _, first, style in self.members[lo:hi])


def _runs(candidates: list[_Candidate], block: bool, bounds: list[int], lists: _Lists | None) -> list[list[_Candidate]]:
    by_style: dict[str, list[_Candidate]] = {}
    for c in candidates:
        by_style.setdefault(c.style, []).append(c)
    runs: list[list[_Candidate]] = []
    for items in by_style.values():
        style_runs: list[list[_Candidate]] = []
        ending: dict[int, list[list[_Candidate]]] = {}  # runs by the ordinal of their last member
        weak_ending: dict[int, list[list[_Candidate]]] = {}  # runs whose last member is weak
        for c in items:
            ordinal = c.ordinal or 0
            replaced = next((r for r in weak_ending.get(ordinal, []) if r[-1].weak and len(r) > 1), None)
            if not c.weak and replaced is not None and _continues(replaced[-2], c, block, bounds):
                replaced[-1] = c  # the real member comes after a weak one
                weak_ending[ordinal].remove(replaced)
                continue
            open_runs = [
                r
                for r in ending.get(ordinal - 1, []) + ending.get(ordinal - 2, [])
                if _continues(r[-1], c, block, bounds) and not (lists and lists.closed(r, c))
            ]
            if open_runs:
                run = max(open_runs, key=lambda r: (r[-1].ordinal == ordinal - 1, r[-1].start))
                ending[(run[-1].ordinal or 0)].remove(run)
                run.append(c)
            elif ordinal == 1 and not c.weak:
                run = [c]
                style_runs.append(run)
            else:
                continue
            ending.setdefault(ordinal, []).append(run)
            if c.weak:
                weak_ending.setdefault(ordinal, []).append(run)
        runs += style_runs
    return [_without_loose_weak(run) for run in runs]


def _without_loose_weak(run: list[_Candidate]) -> list[_Candidate]:
    """The run without its weak members, but for those standing between two members that are not."""
    return [
        c
        for i, c in enumerate(run)
        if not c.weak or (0 < i < len(run) - 1 and not run[i - 1].weak and not run[i + 1].weak)
    ]


def _continues(last: _Candidate, c: _Candidate, block: bool, bounds: list[int]) -> bool:
    """Whether ``c`` is the next member of the run ending in ``last`` (a stray ``（一）`` opens a run of
    its own, and the real ``（四）`` still continues ``（三）``)."""
    gap = (c.ordinal or 0) - (last.ordinal or 0)
    if block:
        return gap == 1 or (gap == 2 and c.line_start and last.line_start and not last.weak)
    # (第一，全国动员，大办农业⏎ （一）…（九）… 第二，加快发展基础工业⏎: titles on lines of their own stand above
    # the sections of a block list under one of them, as a block list's would)
    return gap == 1 and (_section(c.start, bounds) == _section(last.start, bounds)
                         or (c.style == "di" and c.whole_line and last.whole_line))


def _dash_groups(dashes: list[_Candidate], bounds: list[int]) -> list[_Candidate]:
    """Dash headings come in groups: two at least in one section, each opening its paragraph."""
    groups: dict[int, list[_Candidate]] = {}
    for c in dashes:
        groups.setdefault(_section(c.start, bounds), []).append(c)
    accepted = []
    for group in groups.values():
        if len(group) >= 2:
            for c in group:
                c.run = group
            accepted += group
    return accepted


def _sets_task_or_block(c: _Candidate, simple: str, restarted: bool = False) -> bool:
    """A block style's run is headings unless it is a list a colon announces. ``一是`` (and ``第一，``) runs
    inside a paragraph that report facts or problems are no headings
    (``…全面完成。一是经济持续较快发展。二是…``); runs whose items open paragraphs are.

    The sentence leading into the run tells first: one that looks ahead (``今年将采取三项举措。``) makes
    a run of tasks or targets, one that names problems (``也要清醒看到…困难和挑战。``) a run of
    problems unless most items are actions. Otherwise the items' own words decide.
    """
    if c.block:
        # (…国务院作出了以下规定。⏎一、…⏎五、…: rules a section lists, restarting the numbering of its parts)
        return not _colon_list(c.run, simple) and not (restarted and _RULES_ANNOUNCED.search(_lead(simple, c.run[0])))
    if c.style not in ("shi", "di"):
        return True
    run = c.run
    if c.style == "di" and _colon_list(run, simple):
        return False  # …必须把握三条原则：⏎第一、…；⏎第二、…；⏎第三、…。: one sentence's list, in lines
    if all(item.line_start for item in run):  # paragraphs opened by 一是…二是…: the document's own structure
        return True
    tasks = facts = 0
    for item in run:
        title = simple[item.title_start : item.title_end]
        if _is_task(title):
            tasks += 1
        elif _is_fact(title):
            facts += 1
    lead = _lead(simple, run[0])
    if not run[0].line_start and _EVIDENCE_LEAD.search(lead):
        return False  # …这种说法吗？请看事实：第一，…大得多。第二，…: an argument's evidence, in its paragraph
    if _PROBLEMS.search(lead):
        return tasks * 2 > len(run)
    if _FUTURE.search(lead) and not _PAST.search(lead):
        return True
    if facts > tasks:
        return False
    return tasks > 0


def _colon_list(run: list[_Candidate], simple: str) -> bool:
    """A numbered list a colon announces whose items end with semicolons is one sentence's list, not
    sections (对以下三类企业，必须首先实行关停并转：⏎一、…的企业；⏎二、…的企业；⏎三、…的企业。)."""
    return (_lead(simple, run[0]).endswith(("：", ":"))
            and all(simple[c.title_end : c.title_end + 1] in ("；", ";") for c in run[:-1]))


def _lead(simple: str, first: _Candidate) -> str:
    """The sentence before an enumeration (the last one of the previous paragraph for a line start)."""
    end = first.start
    while end > 0 and simple[end - 1] in "\n \u3000":
        end -= 1
    begin = end - 1
    while begin > 0 and simple[begin - 1] not in "。！？!?\n":
        begin -= 1
    return simple[max(begin, 0) : end]


_COMMA = re.compile(r"[，,]")
_RULES_ANNOUNCED = re.compile(r"以下(?:几|[一二三四五六七八九十0-9]+)?(?:条|项|点)?(?:规定|决定|办法)[。：:]?\s*$")
_LACKING = re.compile(r"有待|亟待|不高|不足|不够|不强|不到位|较弱|偏弱|滞后|仍需|还需")
_CLAUSE_BREAK = re.compile(r"[，,、]")
_DONE = re.compile(r".{1,3}了")
_DIGIT = re.compile(r"[0-9０-９]")
_NON_WORD = re.compile(r"\W")


def _is_task(title: str) -> bool:
    """A clause of the title opens with an action (``加快建设…``); the first may open with a preposition.
    A title that says something is lacking (``对外开放水平不高，营商环境有待改善``) names a problem."""
    if _LACKING.search(title, 2):
        return False
    for i, clause in enumerate(_COMMA.split(title)):
        clause = clause.lstrip('“‘"')
        if _DONE.match(clause):  # 突出了…, 实现了…: done, not to do
            continue
        if (_TASK_OPENING if i == 0 else _TASK_OPENING_WORD).match(clause):
            return True
    return False


def _is_fact(title: str) -> bool:
    first = _COMMA.split(title, maxsplit=1)[0].rstrip('”’"')
    return bool(_FACT_ENDINGS.search(first)) or bool(_DIGIT.search(first))


# Where a block title run into its body restarts as prose: a sentence opening with its year, or the first
# of a run of 一是… items, right after a character of the title
_RESTART_AFTER = 6  # characters of title at least
_BODY_RESTART = re.compile(r"(?<=[\u4e00-\u9fff])(?:(?:19|20)\d\d年(?=[，,是])|(?<![统唯])一是(?=[\u4e00-\u9fff]))")


_RUN_ON_LEAD = 18  # a first clause this long, in a long title, may be a title and the body's first words
_RUN_ON_TITLE_MAX = 16
_DIRECTIVE_OPENING = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:持续|深化|全面|加强|加快|积极|坚持|大力|科学(?=[划规谋编布安配合])|着力|进一步|全力|深入|切实|不断|认真|严格|扎实|"
    r"稳步|统筹|围绕|推动|推进|实施)")


def _cut_flattened_title(c: _Candidate, simple: str) -> None:
    """In a flattened line a title runs on into the body: end it where the text restarts with its subject.

    The subject is a phrase of the title's first clause (``传承弘扬XX精神``) that the document repeats;
    the body after a heading commonly opens with it (``…更有温度XX精神最本质的体现…``).
    """
    if not c.block:  # a run-in title ends at its sentence's end
        return
    title = simple[c.title_start : c.title_end]
    restart = _BODY_RESTART.search(title, _RESTART_AFTER)
    if restart is not None:  # …坚定发展信心|2025年，是…; …开好局|一是全力扩大有效投资
        c.title_end = c.title_start + restart.start()
        return
    lead = _CLAUSE_BREAK.split(title, maxsplit=1)[0]
    if len(title) > _SHORT_TITLE and len(lead) >= _RUN_ON_LEAD:
        # （五）加快推进城镇化发展步伐|持续推进新型城镇化…，…: a line break lost, the body opens with its verb
        verb = _DIRECTIVE_OPENING.search(lead, _RESTART_AFTER, _RUN_ON_TITLE_MAX)
        if verb is not None:
            c.title_end = c.title_start + verb.start()
            return
    if not c.flattened:
        return
    if len(title) <= _SHORT_TITLE or len(lead) >= len(title) or len(lead) < 3:
        return
    phrases = {lead[i : i + 3] for i in range(len(lead) - 2)}
    for i in range(len(lead) + 4, len(title) - 2):
        # The run-on point has no punctuation: after a comma the subject opens a clause of the title.
        phrase = title[i : i + 3]
        if phrase in phrases and "\u4e00" <= title[i - 1] <= "\u9fff" and simple.count(phrase) >= 3:
            c.title_end = c.title_start + i
            return
