"""Formulations (提法): numbered names for fixed sets, with their members.

A formulation is a Chinese numeral, an optional classifier or 大, and a head, used as a name:
六个高地, 三大战略行动, 四风, 两个维护. What tells it from an ordinary count (77个党建共同体, 两个孩子):

- it is quoted (“四早”, “五个中心”), or ends a quoted slogan (“深化九大赋能、打造九个现代化新淄博”);
- its classifier is 大 (三大先导产业): one does not count ordinary things "big";
- its head is a slogan or an abstract word (维护, 确立, 自信, 积极性), or the document enumerates exactly
  that many members for it and uses it as a name (嘉定、青浦、松江、奉贤、南汇五个新城 … 以五个新城建设为…).

Left out on purpose: counts in Arabic digits (6个关键点, 20条: facts and rule titles), counts of ten
or more without quotes or 大, ordinals (第二个百年, 十九大), plan periods (“十四五”, “七五”),
frequencies (“十二连增”), idioms and compound codes with two numbers (四梁八柱, 三严三实, 一主两副),
names counting one (一大亮点, “一网通办”), 双X abbreviations, and N个方面 / N点 lists (all optional or
wrong in the annotation guide).

Members are looked for wherever the name occurs, in this order: a list right before the name
(产业、人才、文化、生态、组织“五个振兴”), a list or a 即… right after it, 一是…二是… after it, the
headings of the sections it introduces; then phrases after it that share its head (打造鲁中高地…打造产业
高地…); last, a list anywhere in the document whose items end with the head (经济、金融、贸易、航运、
科技创新中心 for 五个中心) or that follows the head as a verb (成为A、B、C for 三个成为). A set is kept
only when it has exactly as many members as the name counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache

from luoshi.document import Formulation, Heading
from luoshi.numerals import small_number
from luoshi.script import to_simplified

# --- numerals -------------------------------------------------------------------------------------

_NUMERAL_CHARS = "一二两兩三四五六七八九十百千万萬亿億零〇"


def _count(numeral: str) -> int | None:
    """The value of a count from 2 to 99 written in Chinese (两, 十二, 二十五), else None.

    Runs that are no count (七五, 十三五, 九二, 五五) give None: plan periods, years and dates; so do 一
    (a name counting one) and 一十….
    """
    return None if numeral.startswith("一") else small_number(numeral)


# --- shapes ---------------------------------------------------------------------------------------

_HAN = "\u4e00-\u9fff"
_CLASSIFIERS = "个個大项項条條种種张張篇件场場块塊支根本道座片"
_OPEN, _CLOSE = "“「『", "”」』"
_QUOTES = "“”「」『』\"'‘’"
_PUNCT = "，。；：！？,;:!?\n"
_CLAUSE_CHARS = _PUNCT + "、（）()"
# The clause that ends at a position, without a backward scan in Python (see _clause_start).
_CLAUSE_TAIL = re.compile(r"[，。；：！？,;:!?\n、（）()]")
_LIST_TAIL = re.compile(r"[，。；：！？,;:!?\n（(]")
_PUNCT_TAIL = re.compile(r"[，。；：！？,;:!?\n]")
_NO_QUOTES = str.maketrans("", "", _QUOTES)
_TERM = re.compile(r"“([^“”\n]{2,12})”|「([^「」\n]{2,12})」")

# A quoted stretch that holds a numeral, one pattern per kind of quotes (ASCII ones pair up as they come).
_QUOTED = [
    re.compile(rf"{a}(?=[^{a}{b}\n]{{1,30}}{b})([^{a}{b}\n]*?[{_NUMERAL_CHARS}双雙][^{a}{b}\n]*){b}")
    for a, b in (("“", "”"), ("「", "」"), ("『", "』"))
]
_ASCII_QUOTED = re.compile(r"\"([^\"\n]{1,30})\"")
_HAS_NUMERAL = re.compile(f"[{_NUMERAL_CHARS}双雙]")
# A count (not part of a longer number, not an ordinal) and a classifier, then a quoted head or a Han run.
_CLASSIFIED = re.compile(
    rf"(?<![第\d０-９{_NUMERAL_CHARS}几幾数數多])([二两兩三四五六七八九十]{{1,3}})([{_CLASSIFIERS}])"
    rf"(?:[“「『]([^“”「」『』\n]{{1,12}})[”」』]([{_HAN}]{{0,6}})|([{_HAN}]{{1,12}}))"
)
# Quoted names whose head is a figure (“两个80%”, “三个百万”) or that an old/new prefix opens (“老三样”).
_FIGURE = r"[0-9０-９.]+[%％‰]|[十百千]?[万萬亿億]|[百千]"  # 80%, 百万, 千
_NUMERIC_HEAD = re.compile(rf"(?P<n>[二两兩三四五六七八九十])[个個](?P<head>{_FIGURE})")
_OLD_NEW = re.compile(r"[老新](?P<n>[二两兩三四五六七八九十])(?P<head>[样樣件宝寶])")
# The whole of a quoted segment: numeral, optional classifier, head.
_SEGMENT = re.compile(rf"([{_NUMERAL_CHARS}]{{1,3}})([{_CLASSIFIERS}]?)([{_HAN}]{{1,10}})")
# A numbered name that ends a longer quoted segment (“打造九个现代化新淄博”).
_INNER = re.compile(rf"(?<![第{_NUMERAL_CHARS}])([二两兩三四五六七八九十]{{1,3}})([个個大])([{_HAN}]{{2,10}})$")
# Two numbered parts in one name: idioms and compound codes (四梁八柱, 三严三实, 五全一常态, 四域多点).
_COMPOUND = re.compile(
    rf"^[{_NUMERAL_CHARS}双雙][{_CLASSIFIERS}]?+[^{_NUMERAL_CHARS}双雙多]{{1,3}}[{_NUMERAL_CHARS}双雙多]+"
    rf"[{_CLASSIFIERS}]?[^{_NUMERAL_CHARS}]{{1,4}}"
)
# Words with a 一 that is no number: masked before looking for a second number (五个进一步到位).
_WORDS_WITH_ONE = re.compile(
    r"进一步|進一步|统一|統一|一体|一體|一流|一致|唯一|一批|一切|同一|一起|一样|一樣|一定|一直|一线|一線"
)
# The pieces of a quoted stretch (“四个中心、六个基地”).
_PIECE = re.compile(r"[^、，,；;·\s]+")
_LATIN_OR_DIGIT = re.compile(r"[\dA-Za-z０-９]")
_BIG = re.compile(rf"[{_NUMERAL_CHARS}]{{1,3}}大")

# Heads that make a count a duration or a date, or a vague count (三个月, 两个多月).
_TIME_START = r"[年月日天周岁歲次届屆号號时時分秒多余餘来來些]|小时|小時|分钟|分鐘|星期|世纪|世紀|百分点|百分點"
# Without a classifier, also a measure, a frequency, a share, people, grades or parts (三倍, 十连增, 三成, 四级).
_UNIT_START = (
    r"[倍连連元吨噸亩畝米斤克度尺寸丈成名位户戶人口家只台辆輛间間层層级級批方点點部类類线線甲乙]|公里|公斤|公顷|公頃"
)
# Without quotes or a classifier, a head does not start with a function word (三个是…, 两项要…).
_FUNCTION_START = r"[的之和与與及或等是为為在了着著把被将將对對向从從以并並也都又再还還就要]"
_BAD_QUOTED_HEAD = re.compile(rf"^(?:{_TIME_START})")
_BAD_HEAD = re.compile(rf"^(?:{_TIME_START}|{_FUNCTION_START})")
_BAD_BARE_HEAD = re.compile(rf"^(?:{_TIME_START}|{_FUNCTION_START}|{_UNIT_START})")
# Counted parts of a report's own structure, never names (N个方面 lists are optional in the guide).
_ORDINARY_HEAD = re.compile(r"^(?:方面|点|點|部分|问题|問題|阶段|階段|步骤|步驟|环节|環節|层次|層次|同志|字|句话|句話)")

# What follows an unquoted name rather than belonging to it: function words (from the second
# character on), and verbs, adverbs and measured aspects (from the third).
_STOP_CHAR = re.compile(
    r"[的之和与與及或等是为為了着著把被将將对對向从從以并並也都又再还還就要里裡上下内內外到由经經均各已占而、]"
    r"|中(?![心国國华華央部小医醫长長])"
)
_STOP_WORD = re.compile(
    r"建设|建設|作用|规模|規模|工作|发展|發展|进程|進程|打造|建成|成为|成為|取得|实现|實現|加快|推进|推進|推动|推動|"
    r"实施|實施|落实|落實|提升|形成|开展|開展|布局|格局|地位|水平|要求|精神|思想|理念|相关|相關|方向|成果|成效|"
    r"功能|质量|質量|效益|占比|比重|总量|總量|增加值|产值|產值|收入|增长|增長|增加|突破|超过|超過|达到|達到|保持|入选|"
    r"入選|获得|獲得|迈上|邁上|迈向|邁向|初步|全线|全線|稳步|穩步|基本|显著|顯著|明显|明顯|有效|正式|顺利|順利|累计|"
    r"累計|首次|已经|已經|共同|率先|持续|持續|不断|不斷|更加|进一步|進一步|全面|深入|加速|加强|加強|完善|强化|強化|"
    r"优化|優化|培育|壮大|壯大|集聚|补链|補鏈|延链|延鏈|转型|轉型|升级|升級|协同|協同|联动|聯動|融合|倍增|发挥|發揮|"
    r"贯通|貫通|覆盖|覆蓋|没有|沒有|稳增长|穩增長|出境|全部|分别|分別|总体|總體|整体|整體|试点|試點|潜能|潛能|"
    r"方面|提出|治理|以来|以來|召开|召開|确立|確立|确定|確定"
)
# Nouns that end a name although they could start what follows it (五大发展理念, 三项基本要求).
_NAME_NOUN = re.compile(r"理念|思想|精神|要求|格局|布局")
# What follows a party congress (十大以来, 八大提出的), not a head.
_CONGRESS = re.compile(r"以来|以來|召开|召開|提出|精神|报告|報告|通过|通過|确定|確定|决议|決議|路线|路線|期间|期間")
# Abstract or slogan heads: a count of these is a name even unquoted (四个意识, 两个维护, 四项基本原则).
_ABSTRACT_HEAD = re.compile(
    r"(?:意识|自信|维护|确立|全面|现代化|大局|积极性|一百年|代表|坚持|必须|务必|攻坚战|高地|走在前列|走在前|前列|"
    r"振兴|新路|基本点|原则|主张|有利于|离不开|认同|毫不动摇|不动摇|确保|文明|服务|聚焦|统筹|优先|倾斜|转变|翻番|"
    r"到位|结合|敢于|关键|之城|之都|之乡|之省|强省|强市|强县|战役)$"
)
# Heads that name a programme: with the members listed before them they are a name (九项行动).
_PROGRAMME_HEAD = re.compile(
    r"(?:行动|工程|战略|任务|举措|措施|机制|体系|计划|专项|攻坚|改革|政策|要求|目标|理念|路径|模式|方针|功能|优势|"
    r"定位|重点|短板|瓶颈|难题|底线|红线|清单|平台|品牌|名片|文章|主线|支柱|标准)$"
)
# Concrete places and bodies: counted, they are facts even when listed and repeated (两个市民广场).
_CONCRETE_HEAD = re.compile(
    r"(?:城市|[省市县縣镇鎮乡鄉村厂廠站港桥橋馆館店国國]|广场|廣場|公园|公園|学校|學校|医院|醫院|企业|企業|公司|"
    r"国家|國家|部门|部門|单位|單位|机构|機構|街道|社区|社區|园区|園區|小区|小區|孩子|家庭|人员|人員)$"
)
# Places whose names start with a numeral, and set phrases that only look like counts.
_PLACE = re.compile(
    r"^(?:四川|三亚|三亞|三明|三沙|十堰|六安|六盘水|六盤水|七台河|九江|五指山|万宁|萬寧|三门峡|三門峽|四平|三峡|三峽|"
    r"九寨|五台|三江源|两江|兩江|二连|二連|五家渠|两岸|兩岸|两会|兩會|两院|兩院|两难|兩難|三角|八闽|八閩)"
)

# After a name: what introduces its members (，即 / ：/ 是指), possibly after a second name
# (“六个高地”、实现“六个走在前列”，即…).
_INTRO = re.compile(
    r"^[”」』\"]?(?:[、和][^，。；：\n]{0,16}?)?[，,]?\s*(?:即|也就是|分别是|分別是|包括|是指|指|：|:)\s*(?:\n\s*)?"
    r"(?:是指|指|即|包括)?\s*"
)
_CLAUSE_SPLIT = re.compile(r"[，。；：！？,;:!?\n、（）()]")
_CLAUSE_END_RE = re.compile(r"[，。；：！？,;:!?\n]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_AND = re.compile(r"以及|和(?![平谐諧睦美衷气氣])|及(?![时時早])|与(?![会會])|與(?![會])")
_ETC = re.compile(r"等.*$")
_LIST_CLAUSE = re.compile(r"[，；：,;:]")
_COMMA = re.compile(r"[，,]")
_DE = re.compile(r"[的之]")
_ADVERBS = (
    r"(?:重点|重點|全力|大力|着力|著力|深入|积极|積極|更好|充分|持续|持續|继续|繼續|加快|切实|切實|全面|统筹|統籌)"
)
_VERBS = (
    r"(?:要|在|把|将|將|对|對|以|从|從|推进|推進|推动|推動|打造|建设|建設|发展|發展|实施|實施|兼具|具有|拥有|擁有|紧扣|"
    r"緊扣|围绕|圍繞|聚焦|坚持|堅持|实现|實現|构建|構建|形成|做强|做強|做好|抓好|包括|涵盖|发挥|發揮|强化|強化|突出|"
    r"开展|開展|提升|完善|健全|用好|落实|落實|即|就是|是指|指)"
)
_LEAD = re.compile(rf"^(?:[一二三四五六七八九十]{{1,2}}[是要])?(?:{_ADVERBS}*{_VERBS}+)?")
_VERB_ANYWHERE = re.compile(
    rf"{_VERBS}|根据|根據|提出|倡议|倡議|增强|增強|加强|加強|不断|不斷|坚定|堅定|调动|調動|激发|激發|兼顾|兼顧|利用|依托|"
    r"融入|深化|巩固|鞏固|提高|加大|扩大|擴大|优化|優化|促进|促進|保障|筑牢|築牢|做优|做優|做大|建好|管好|办好|辦好|建成"
)
# A list item that ends with a verb takes the name as its object: the list does not sum up to it.
_VERB_END = re.compile(
    r"(?:做到|坚持|堅持|实现|實現|推进|推進|推动|推動|落实|落實|打造|做好|抓好|增强|增強|坚定|堅定|践行|踐行|贯彻|貫徹|"
    r"树立|樹立|强化|強化|把握|深化|加强|加強|完善|建设|建設|发挥|發揮|提升|聚焦|围绕|圍繞|实施|實施|统筹|統籌|"
    r"巩固|鞏固|拓展|用好|守住|扛起|落细|落細|走好|开展|開展|坚决|堅決|胸怀|胸懷)[“「]?$"
)
# A list item that ends with a count (4个“两山”实践创新基地): the name is inside a noun phrase.
_COUNT_END = re.compile(rf"[\d{_NUMERAL_CHARS}][{_CLASSIFIERS}家名户戶]$")
_OPENS_LIST = re.compile(r"[”」』\"]?(?:[：:]|[，,]?(?:即|分别是|分別是|包括)[：:]?)\s*$")
# Run-in enumerations: 一是…二是…, 一要…二要…, 第一，…第二，…
_RUN_IN_MARKERS = {("", "是"), ("", "要"), ("第", "，"), ("第", "、"), ("第", "是")}
_RUN_IN_FIRST = re.compile(r"(第?)一([是要，、])")
_RUN_IN_PARAGRAPH = re.compile(r"\n(第?)一([是要，、])")
_RUN_IN_GAP = re.compile(r"[”」』\"]?[^，。；：！？,;:!?\n“”]{0,10}[：:。，,；;]?\s*$")
_ORDINALS = "一二三四五六七八九十"
# The marker of the first of a run of headings: 一、 （一） 1. 一是 首先, or a mark without a number (——).
_FIRST_MARKER = re.compile(r"[一1１Ⅰⅰ首]|^[^二三四五六七八九十\dⅡ-Ⅻ]*$")

Span = tuple[int, int]
Candidate = tuple[int, int, int, str]  # start, end, count, head


# --- the stage ------------------------------------------------------------------------------------


def extract_formulations(text: str, outline: list[Heading]) -> list[Formulation]:
    """The formulations of ``text``, each once, at its first occurrence, with count and members."""
    found: dict[str, Candidate] = {}

    def add(cand: Candidate) -> None:
        key = _strip_quotes(text[cand[0] : cand[1]])
        if key not in found or cand[0] < found[key][0]:
            found[key] = cand

    quoted: list[Span] = []
    for outer, inner in _quotes(text):
        quoted.append(outer)
        for cand in _quoted_candidates(text, *inner):
            add(cand)
    quoted.sort()
    for cand in _classified_candidates(text, quoted):
        add(cand)
    return [_formulation(text, outline, key, cand) for key, cand in sorted(found.items(), key=lambda kv: kv[1][0])]


def _quotes(text: str) -> Iterator[tuple[Span, Span]]:
    """Quoted stretches that hold a numeral: the span with its quotes, and the span inside them."""
    for pattern in _QUOTED:
        for m in pattern.finditer(text):
            yield m.span(), m.span(1)
    if '"' in text:
        for m in _ASCII_QUOTED.finditer(text):
            if _HAS_NUMERAL.search(m.group(1)):
                yield m.span(), m.span(1)


def _formulation(text: str, outline: list[Heading], key: str, cand: Candidate) -> Formulation:
    start, end, count, head = cand
    name = text[start:end]
    first = text.find(name)  # an earlier occurrence that alone would not have told it is a name
    if 0 <= first < start:
        start, end = first, first + len(name)
    members = _members(text, outline, key, name, count, head)
    return Formulation(text=name, count=count, members=members, start=start, end=end)


def _char(text: str, i: int) -> str:
    """``text[i]``, or a character that is in no set when ``i`` is outside the text."""
    return text[i] if 0 <= i < len(text) else "\x00"


def _strip_quotes(s: str) -> str:
    return s.translate(_NO_QUOTES)


@lru_cache(maxsize=4096)
def _simple(s: str) -> str:
    return to_simplified(s)


def _quoted_candidates(text: str, qs: int, qe: int) -> Iterator[Candidate]:
    """Names inside the quoted ``text[qs:qe]``: each segment that is a whole numbered name (“四风”,
    “两个确立”, “四个中心、六个基地”), or a numbered name that ends a segment (“打造九个现代化新淄博”)."""
    content = text[qs:qe]
    special = _NUMERIC_HEAD.fullmatch(content) or _OLD_NEW.fullmatch(content)
    if special:  # “两个80%”, “老三样”
        count = _count(special.group("n"))
        if count:
            yield qs, qe, count, special.group("head")
        return
    pieces: list[Span] = [(m.start(), m.end()) for m in _PIECE.finditer(content)]
    numbered = [content[a] in _NUMERAL_CHARS + "双雙" for a, _ in pieces]
    for (a, b), is_numbered in zip(pieces, numbered, strict=True):
        piece = content[a:b]
        m = _SEGMENT.fullmatch(piece)
        if m:
            # in a slogan of phrases (“中心辐射、两翼齐飞、新城发力”) a numbered phrase is no name
            if len(pieces) == 1 or all(numbered):
                count, head = _count(m.group(1)), m.group(3)
                if count and _good_quoted(piece, count, m.group(1), m.group(2), head):
                    yield qs + a, qs + b, count, head
            continue
        if is_numbered:
            continue
        m = _INNER.search(piece)
        if m:
            count = _count(m.group(1))
            if count and _good_head(m.group(3), classified=True, quoted=True):
                yield qs + a + m.start(), qs + a + m.end(), count, m.group(3)


def _good_quoted(piece: str, count: int, numeral: str, classifier: str, head: str) -> bool:
    if count < 2 or _COMPOUND.match(_WORDS_WITH_ONE.sub("X", piece)) or _PLACE.match(piece):
        return False
    if not classifier and (numeral == "二" or head[0] in _NUMERAL_CHARS or head in _CLASSIFIERS):
        return False  # 二线, 十三五: ordinals; two-numeral codes are optional; “三大” names nothing
    if not classifier and count >= 10 and len(head) < 2:
        return False  # 十五冬: the fifteenth games
    return _good_head(head, classified=bool(classifier), quoted=True)


def _good_head(head: str, classified: bool, quoted: bool) -> bool:
    """A head that names something: no digits, no duration or date (三个月); without a classifier no
    measure or share (三倍, 三成); without quotes or a classifier no function word (“四个与共” is a name)."""
    if _LATIN_OR_DIGIT.search(head):
        return False
    bad_start = _BAD_BARE_HEAD if not classified else _BAD_QUOTED_HEAD if quoted else _BAD_HEAD
    return not (bad_start.match(head) or _ORDINARY_HEAD.match(head))


def _classified_candidates(text: str, quoted: list[Span]) -> list[Candidate]:
    """Unquoted counts with a classifier that are used as names: 三大先导产业, 四个意识, 五个新城."""
    raw: dict[str, Candidate] = {}
    qi = 0
    for m in _CLASSIFIED.finditer(text):
        while qi < len(quoted) and quoted[qi][1] <= m.start():
            qi += 1
        if qi < len(quoted) and quoted[qi][0] <= m.start():
            continue  # inside a quote: the quoted pass has seen it
        cand = _classified_shape(text, m)
        if cand:
            name = text[cand[0] : cand[1]]
            if name not in raw:
                raw[name] = cand
    # a name cut too long at one place (五个新城打造) is cut right at another (五个新城建设 -> 五个新城)
    names = sorted(raw, key=len)
    kept: dict[str, Candidate] = {}
    for name in names:
        shorter = next((k for k in kept if name.startswith(k)), None)
        if shorter is None:
            kept[name] = raw[name]
    out = []
    for name, cand in kept.items():
        if _is_name(text, name, cand):
            out.append(cand)
    return out


def _classified_shape(text: str, m: re.Match[str]) -> Candidate | None:
    count = _count(m.group(1))
    if count is None:
        return None
    start, big = m.start(), m.group(2) == "大"
    party = text[max(0, start - 2) : start] in ("党的", "黨的", "中共")
    if big and (count > 10 or party or _CONGRESS.match(text, m.end(2))):
        return None  # 十九大, 党的八大, 十大提出的任务: congresses
    if not big and count >= 10:
        return None  # 77个党建共同体, 十二个大型水库: counts of things
    if m.group(3) is not None:  # 三大“上海方案”, 三张“零关税”清单
        if not _good_head(m.group(3), classified=True, quoted=True):
            return None
        tail = _cut_head(m.group(4), tail=True) if m.group(4) else ""
        tail = tail if tail and len(tail) <= 4 else ""
        return start, m.start(4) + len(tail), count, m.group(3) + tail
    run = m.group(5)
    head = _cut_head(run)
    if head is None and len(run) <= 6:
        head = run  # the run ends at punctuation: the whole run is the head
    if not head or not 2 <= len(head) <= 8 or not _good_head(head, classified=True, quoted=False):
        return None
    return start, m.start(5) + len(head), count, head


def _cut_head(run: str, tail: bool = False) -> str | None:
    """The head of an unquoted name: the Han run after the classifier up to what follows the name;
    None when nothing in the first seven characters ends it. A ``tail`` (清单 after 三张“零关税”)
    may end anywhere, even at once."""
    char_from, word_from = (0, 0) if tail else (1, 2)
    cuts = [
        m.start()
        for m in _STOP_CHAR.finditer(run, char_from)
        if not (m.group() == "在" and run[m.end() :][:1] == "前")
    ]
    cuts += [m.start() for m in _STOP_WORD.finditer(run, word_from)]
    if not cuts:
        return None
    cut = min(cuts)
    own = _NAME_NOUN.match(run, cut)
    if own and cut > 0 and (own.end() == len(run) or _STOP_CHAR.match(run, own.end())
                            or _STOP_WORD.match(run, own.end()) or _CLAUSE_TAIL.match(run, own.end())):
        cut = own.end()  # 五大发展理念: the name's own noun, not what follows the name
    return run[:cut] if cut <= 7 else None


def _is_name(text: str, name: str, cand: Candidate) -> bool:
    _, _, count, head = cand
    if _BIG.match(name):
        return True
    if _ABSTRACT_HEAD.search(_simple(head)):
        return True
    # any other count is a name when the document enumerates exactly that many members after it,
    # or before it when it also uses the name again, or quotes the members (“一体化”和“高质量”两个关键)
    occurrences = _occurrences(text, name)
    for s, e in occurrences:
        if _list_after(text, e, count, head) or _run_in(text, s, e, count):
            return True
        before = _list_before(text, s, e, count)
        if not before or _CONCRETE_HEAD.search(_simple(head)):
            continue
        if len(occurrences) > 1 or _char(text, s - 1) in _CLOSE or _PROGRAMME_HEAD.search(_simple(head)):
            return True
    return False


# --- members --------------------------------------------------------------------------------------


@lru_cache(maxsize=64)  # asked for by several steps; a string caches its hash, so the key is cheap
def _occurrences(text: str, name: str, limit: int = 40) -> tuple[Span, ...]:
    """Spans of ``name`` in ``text``, widened to the quotes around it."""
    out: list[Span] = []
    i = text.find(name)
    while i >= 0 and len(out) < limit:
        s, e = i, i + len(name)
        if s > 0 and text[s - 1] in _OPEN and e < len(text) and text[e] in _CLOSE:
            s, e = s - 1, e + 1
        out.append((s, e))
        i = text.find(name, e)
    return tuple(out)


def _members(text: str, outline: list[Heading], key: str, name: str, count: int, head: str) -> list[str]:
    occurrences = _occurrences(text, name)
    if key != name:
        occurrences = tuple(sorted({*occurrences, *_occurrences(text, key)}))
    bare_head = _strip_quotes(head)
    for s, e in occurrences:
        found = (
            _list_before(text, s, e, count)
            or _list_after(text, e, count, bare_head)
            or _run_in(text, s, e, count)
            or _headings(text, outline, s, e, count, bare_head)
            or (_next_sentence(text, e, count, bare_head) if _SHORT_HEAD.fullmatch(bare_head) else None)
            or _list_later(text, e, count)
        )
        if found:
            return found
    for _, e in occurrences[:4]:
        found = _sharing_head(text, e, count, bare_head)
        if found:
            return found
    return _list_anywhere(text, count, bare_head, occurrences) or []


def _clean_member(item: str, lead: bool = False, keep: int = 1) -> str:
    """A member as written, without the quotes around it, and with ``lead`` without the verb that
    leads its clause (打造鲁中高地 -> 鲁中高地) when more than ``keep`` characters remain."""
    item = item.strip(" 　\t" + _QUOTES)
    if item.count("“") == item.count("”"):
        item = _strip_quotes(item)
    if lead:
        shorter = _LEAD.sub("", item).strip(" 　" + _QUOTES)
        if len(shorter) > keep:
            return shorter
    return item


def _split_items(span: str, count: int) -> list[str] | None:
    """``span`` cut into exactly ``count`` items at 、 (then also at 和/及/与), or None."""
    parts = [x for x in span.split("、") if x.strip()]
    tries = [parts]
    if parts:
        tries.append([*parts[:-1], *_and_split(parts[-1])])
        tries.append([y for x in parts for y in _and_split(x)])
    for items in tries:
        if len(items) == count:
            if len(parts) == 1 and len(items[-1]) > 8:
                return None  # 各级政府及其工作人员要深刻领悟: a subject, not a list
            items = [*items[:-1], _ETC.sub("", items[-1])]
            if all(0 < len(x) <= 40 for x in items):
                return items
    return None


def _and_split(item: str) -> list[str]:
    """``item`` cut at 和/及/与, unless that leaves an empty side (和平共处, 及时)."""
    parts = _AND.split(item)
    return parts if all(p.strip() for p in parts) else [item]


def _trim_first(items: list[str]) -> list[str]:
    """The first item of a list before a name carries the lead of its clause (我们愿意在互相尊重主权和
    领土完整): cut it after its last verb when it is much longer than the other items."""
    first, longest = items[0], max(len(x) for x in items[1:])
    if len(first) > longest + 2:
        verbs = [m.end() for m in _VERB_ANYWHERE.finditer(first) if m.end() < len(first)]
        if verbs:
            first = first[verbs[-1] :].lstrip("了的地着著在是把将將对對")
        if len(first) > longest + 2 and "的" in first[:-1]:
            first = first[first.rindex("的") + 1 :]
        items = [first, *items[1:]]
    return items


def _clause_start(text: str, i: int, tail: re.Pattern[str], lo: int = 0, limit: int = 160) -> int:
    """Where the clause that ends at ``i`` starts (``tail`` finds what ends a clause), looking back at
    most ``limit`` characters and not before ``lo``: the first boundary in the reversed window."""
    a = max(lo, i - limit)
    m = tail.search(text[a:i][::-1])
    return i - m.start() if m else a


def _list_before(text: str, s: int, e: int, count: int) -> list[str] | None:
    """产业、人才、文化、生态、组织“五个振兴”: the clause before the name is a list of its members."""
    if _char(text, e) == "、" or (_char(text, s) in _OPEN and _char(text, s - 1) in _CLOSE):
        return None  # the name is itself an item of a list, or coordinated with another quoted name
    clause = text[_clause_start(text, s, _LIST_TAIL) : s]
    for tail in ("等", "这些", "這些", "这", "這", "共", "以上"):
        if clause.endswith(tail):
            clause = clause[: -len(tail)]
            break
    if not clause or clause[-1] in "、和及与與或" or ("、" not in clause and not _AND.search(clause)):
        return None
    items = _split_items(clause, count)
    if not items or _VERB_END.search(items[-1]) or _COUNT_END.search(items[-1]) or "等" in items[-1]:
        return None  # 坚定“四个自信”、坚决做到“两个维护”: the name is an object, not a sum
    items = _trim_first(items)
    return [_clean_member(items[0], lead=True), *(_clean_member(x) for x in items[1:])]


def _list_after(text: str, e: int, count: int, head: str) -> list[str] | None:
    """四条新路：A、B、C、D / 六个高地，即打造A高地…；打造B高地…: the members after the name."""
    after = text[e : e + 40]
    m = _INTRO.match(after)
    if m:
        start = e + m.end()
        if text.startswith(("一是", "一要", "第一"), start):
            return None  # 四件大事：一是…二是…: run-in items, each longer than a sentence
        stop = _SENTENCE_END.search(text, start)
        span = text[start : stop.start() if stop else len(text)][:500]
        items = _split_list(span, count)
        if items:
            return [_pick_clause(x, head) for x in items]
    if after[:1] and after[0] in "（(":  # a parenthesised list right after the name
        close = after.find("）" if after[0] == "（" else ")")
        if close > 0:
            items = _split_items(after[1:close], count)
            if items:
                return [_clean_member(x) for x in items]
    return None


# Heads short enough that the members, not the name, say what is counted: 稳 (六稳), 样 (老三样), 80% (两个80%).
_SHORT_HEAD = re.compile(rf"[\u4e00-\u9fff]|{_FIGURE}")
_OLD_NEW_HEADS = "样樣件宝寶"
_NAME_TAIL = 6  # what may follow a name in its sentence before its members come in the next (工程, 目标任务)
_PREDICATE = re.compile(r"(?<=[\u4e00-\u9fff])(?:是|为|為|都是|等)[^、]*$")  # 纺织、化工、建材是传统产业


def _next_sentence(text: str, e: int, count: int, head: str) -> list[str] | None:
    """Members right after a short name, in the rest of its sentence or the next one: a list of that many
    short items (“六稳”工作，稳就业、稳金融…; “老三样”。纺织、化工、建材是…), or that many clauses that
    hold the head (“三个百万”。新增就业百万人，培训技工百万人次，…)."""
    begin, stop = e, _SENTENCE_END.search(text, e, e + 200)
    if stop and stop.end() < len(text) and len(text[e : stop.start()].strip("”」』\"，, ")) <= _NAME_TAIL:
        begin = stop.end()  # the name ends its sentence (…“三个百万”工程。): its members come in the next
        stop = _SENTENCE_END.search(text, begin, begin + 200)
    span = text[begin : stop.start() if stop else min(len(text), begin + 200)]
    for clause in _LIST_CLAUSE.split(span):
        items = [x for x in _PREDICATE.sub("", clause).split("、") if x]
        if len(items) == count and "的" in items[-1] and len(items[-1]) > max(len(x) for x in items[:-1]) + 1:
            items[-1] = items[-1][: items[-1].index("的")]  # 新业态、新模式的经济形态
        if len(items) != count or not all(0 < len(x) <= 10 for x in items):
            continue
        if all(x.startswith(head) for x in items) or (head in _OLD_NEW_HEADS and all(len(x) <= 4 for x in items)):
            return [_clean_member(x) for x in items]  # 稳就业、稳金融…; 纺织、化工、建材
    holding = [c for c in _LIST_CLAUSE.split(span) if head in c]
    if len(head) > 1 and len(holding) == count and all(len(c) <= 16 for c in holding):
        return [_clean_member(c) for c in holding]  # 新增就业百万人，培训技工百万人次，…
    return None


def _list_later(text: str, e: int, count: int) -> list[str] | None:
    """“三大任务”… 这是…。具体来说，就是要抓好A、B、C: a list that a later sentence, at most two on,
    announces as what the name holds."""
    stop, seen = e, 0
    while seen <= _LATER_SENTENCES:
        found = _SENTENCE_END.search(text, stop, stop + 300)
        if found is None:
            return None
        if found.start() == stop:  # the line break after a full stop
            stop = found.end()
            continue
        seen += 1
        intro = _LATER_INTRO.search(text, stop, found.start())
        if intro:
            items = _comma_list(_LIST_CLAUSE.split(text[intro.end() : found.start()])[0], count)
            if items and all(len(x) <= 12 for x in items):
                return [_clean_member(items[0], lead=True), *(_clean_member(x) for x in items[1:])]
            return None
        stop = found.end()
    return None


def _comma_list(clause: str, count: int) -> list[str] | None:
    """A list of three or more joined by 、 (the last two maybe by 和), without what is said of it after
    (经济总量、财政收入和城乡居民收入力争翻一番)."""
    parts = [x for x in clause.split("、") if x]
    if count < 3 or len(parts) not in (count, count - 1):
        return None
    if len(parts) == count - 1:
        parts = [*parts[:-1], *_and_split(parts[-1])]
    if len(parts) != count:
        return None
    last = _SAID_OF_IT.sub("", parts[-1])
    return [*parts[:-1], last] if len(last) >= 2 else None


_SAID_OF_IT = re.compile(r"(?:力争|要|将|將|必须|必須|确保|確保|实现|實現|达到|達到|是|为|為|等).*$")
_LATER_SENTENCES = 2
_LATER_INTRO = re.compile(
    r"(?:(?<=[，,。：:\n])|^)(?:具体(?:来说|而言|讲)[，,]?|概括(?:起来|地说)[，,]?)?"
    r"(?:就是要|就是|即)(?![时刻将便使])",
    re.M,
)


def _split_list(span: str, count: int) -> list[str] | None:
    for sep in ("；", ";"):
        items = [x for x in span.split(sep) if x.strip()]
        if len(items) == count:
            return items
    # the clause that holds the list (…全力推进人工智能、航空航天、…、先进材料等6个重大科技专项，…)
    for clause in _LIST_CLAUSE.split(span):
        if "、" in clause or _AND.search(clause):
            found = _split_items(clause, count)
            if found:
                return found
            break
    items = [x for x in _COMMA.split(span) if x.strip()]
    return items if len(items) == count else None


def _pick_clause(item: str, head: str) -> str:
    """Of one enumerated item, the clause that holds the head (打造鲁中高地), else the first."""
    clauses = [c for c in _CLAUSE_SPLIT.split(item) if c.strip()]
    if not clauses:
        return _clean_member(item, lead=True)
    stems = _stems(head)
    for c in clauses:
        if any(st in c for st in stems):
            return _clean_member(c, lead=True, keep=len(head))
    return _clean_member(clauses[0], lead=True)


def _stems(head: str) -> list[str]:
    """The head and, for a long head, its shorter form (走在前列 -> 走在前)."""
    return [head, head[:-1]] if len(head) >= 3 else [head]


def _run_in(text: str, s: int, e: int, count: int) -> list[str] | None:
    """三项举措。一是…。二是…。三是…: run-in enumerations right after the name, exactly ``count`` of
    them; for a name that heads its line (——四条新路。) the paragraphs that follow may open them."""
    m = _RUN_IN_FIRST.search(text, e, e + 24)
    if not m or not _RUN_IN_GAP.match(text, e, m.start()):
        # the 一是 must open right after the name's clause, or open a paragraph under the name's line
        m = _RUN_IN_PARAGRAPH.search(text, e, e + 1500) if s - text.rfind("\n", 0, s) - 1 <= 4 else None
        if not m:
            return None
    before, after = m.group(1), m.group(2)
    if (before, after) not in _RUN_IN_MARKERS:
        return None
    pos = m.start(1)
    items = []
    for k in range(1, min(count, 10) + 1):
        marker = before + _ORDINALS[k - 1] + after
        if k > 1:
            pos = text.find(marker, pos, pos + 1500)
            if pos < 0:
                return None
        body = pos + len(marker)
        stop = _CLAUSE_END_RE.search(text, body, body + 60)
        items.append(_clean_member(text[body : stop.start() if stop else body + 30]))
        pos = body
    extra = before + _ORDINALS[count] + after if count < 10 else None
    if all(items) and not (extra and text.find(extra, pos, pos + 1500) >= 0):
        return items
    return None


def _headings(text: str, outline: list[Heading], s: int, e: int, count: int, head: str) -> list[str] | None:
    """The headings of the sections the name introduces: the children of the heading that holds the
    name (——四条新路。 then 一是…), or the run of headings right after the sentence that ends with it."""
    if not outline:
        return None
    kids: list[Heading] = []
    starts = [h.start for h in outline]  # headings come in order
    i = bisect_right(starts, s) - 1
    if i >= 0 and e <= outline[i].end + 2:  # the name is this heading (——四条新路。): its children
        h = outline[i]
        if len(_strip_quotes(h.title)) - (e - s) <= 8:
            kids = _run(outline, i + 1, lambda level: level > h.level)
    else:  # the first heading after the name, right after the name's sentence
        i = bisect_left(starts, e)
        if i == len(outline):
            return None
        h = outline[i]
        gap = text[e : h.start]
        if len(gap) <= 200 and len(_SENTENCE_END.findall(gap.rstrip())) <= 1 and _FIRST_MARKER.search(h.marker):
            kids = _run(outline, i, lambda level: level >= h.level)
            # unless the name opens the list (“三大任务”：), headings that do not share its head
            # belong to another name of the same sentence
            if not _OPENS_LIST.match(gap) and not any(head[-1] in k.title or head[:2] in k.title for k in kids):
                kids = []
    if not kids:
        return None
    level = min(k.level for k in kids)
    titles = [k.title for k in kids if k.level == level]
    if len(titles) != count:
        return None
    return [_clean_member(_CLAUSE_END_RE.split(t)[0]) for t in titles]


def _run(outline: list[Heading], i: int, inside: Callable[[int], bool]) -> list[Heading]:
    out = []
    for h in outline[i:]:
        if not inside(h.level):
            break
        out.append(h)
    return out


def _sharing_head(text: str, e: int, count: int, head: str) -> list[str] | None:
    """打造鲁中高地…打造产业高地…, “美丽家园”…“绿色田园”: phrases after the name that end with its
    head (a one-character head only in quoted terms), close together."""
    if not head:
        return None
    stems = _stems(head)
    end = min(len(text), e + 2000)
    hits = _quoted_sharing(text, e, end, head, stems)
    if len(head) >= 2:
        hits += _clauses_sharing(text, e, end, head, stems)
    found: list[str] = []
    found_at = e
    for pos, member in sorted(hits):
        if pos - found_at > 500:
            break
        if member not in found:
            found.append(member)
            found_at = pos
    # exactly as many as the name counts: a longer run of such phrases is not its enumeration
    return found if len(found) == count else None


def _quoted_sharing(text: str, e: int, end: int, head: str, stems: list[str]) -> list[tuple[int, str]]:
    """Quoted terms in ``text[e:end]`` that end with the head (or, a one-character head, hold it)."""
    hits: list[tuple[int, str]] = []
    lasts = {st[-1] for st in stems}
    for q in _TERM.finditer(text, e, end):
        term = q.group(1) or q.group(2)
        if len(head) == 1:
            if head in term[1:] and len(term) >= 3 and term[0] not in _NUMERAL_CHARS[1:]:
                hits.append((q.start(), term))
        elif term[-1] in lasts and term != head and any(term.endswith(st) for st in stems):
            hits.append((q.start(), term))
    return hits


def _clauses_sharing(text: str, e: int, end: int, head: str, stems: list[str]) -> list[tuple[int, str]]:
    """Clauses in ``text[e:end]`` that end with the head, without the verb that leads them."""
    hits: list[tuple[int, str]] = []
    for st in stems:
        i = text.find(st, e, end)
        while i >= 0:
            j = i + len(st)
            if j >= len(text) or text[j] in _CLAUSE_CHARS:  # a clause that ends with the head
                k = _clause_start(text, i, _CLAUSE_TAIL, lo=e, limit=40)
                bare = _strip_quotes(text[k:j]).strip()
                if len(head) < len(bare) <= 16:
                    hits.append((k, _clean_member(bare, lead=True, keep=len(head))))
            i = text.find(st, j, end)
    return hits


def _list_anywhere(text: str, count: int, head: str, occurrences: tuple[Span, ...]) -> list[str] | None:
    """国际经济、金融、贸易、航运、科技创新中心 (五个中心) or 成为A的X、B的Y、C的Z。(三个成为): a list
    anywhere in the document whose last item ends with the head, or a sentence that ends with a list
    and follows the head as its verb. Lists of two are too common to tell anything."""
    if len(head) < 2 or count < 3:
        return None
    n = len(head)
    inside = [range(s, e) for s, e in occurrences]
    i = text.find(head)
    seen = 0
    while i >= 0 and seen < 80:
        seen += 1
        before, after = _char(text, i - 1), _char(text, i + n)
        if before not in _OPEN and before != "等" and after not in _CLOSE and not any(i in r for r in inside):
            # the list that ends with the head
            clause = text[_clause_start(text, i, _PUNCT_TAIL) : i + n]
            items = _split_items(clause, count) if clause.count("、") == count - 1 else None
            if items and _plain_list(items) and not _VERB_END.search(items[-1][:-n]):
                return [_after_de(x) for x in _trim_first(items)]
            # the sentence that ends with a list after the head
            stop = _CLAUSE_END_RE.search(text, i + n, i + n + 200)
            if "\u4e00" <= after <= "\u9fff" and stop and stop.group() in "。；;\n":
                span = text[i + n : stop.start()]
                items = _split_items(span, count) if span.count("、") == count - 1 else None
                if items and not any("等" in x for x in items):
                    return [_after_de(x) for x in items]
        i = text.find(head, i + n)
    return None


def _plain_list(items: list[str]) -> bool:
    """Items that name things, not predicates (更具活力、更富魅力) or a list closed by 等."""
    return not any(x.startswith(("更", "最", "一个", "一個")) or "等" in x for x in items)


def _after_de(item: str) -> str:
    """更高水平改革开放的开路先锋 -> 开路先锋: the shortest part that still names the member."""
    item = _clean_member(item)
    tail = _DE.split(item)[-1]
    return tail if len(tail) >= 2 else item
