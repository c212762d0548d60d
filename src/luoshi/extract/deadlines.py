"""Time expressions of speeches and work reports, resolved to a year from the document's date.

``到2025年`` and ``2026年`` are absolute; ``今年``, ``明年``, ``去年``, ``年内`` and ``今后五年`` need the
document's year; ``“十四五”末`` names a five-year plan, which ends in a known year. Spans are found on
the simplified text; the quantities stage keeps the words as written in ``deadline_text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from luoshi.numerals import parse_chinese, parse_chinese_year

Role = Literal["point", "compare", "since", "from", "to", "then"]

_CN = "〇零一二两三四五六七八九十"
# The short name of a five-year plan: 十四五; an older one in quotes or before 计划/期间/时期 (“七五”, 六五计划; the
# first five in quotes and before 时期/期间/计划: “一五”时期),
# where 七五 is no other word (七五折). Other stages match plan names with this pattern too.
PLAN_NAME = (
    r"十[一二三四五六七八九]五|(?<=[“\"「])(?:十|[六七八九])五(?=[”\"」])|[六七八九]五(?=计划|期间|时期)"
    # the first five (“一五”时期, “五五”期间), quoted and named a period (not “五五”普法)
    r"|(?<=[“\"「])[一二三四五]五(?=[”\"」](?:时期|期间|计划))"
)
# 第七个五年计划: the plan named by its number
PLAN_NUMBER = r"第(?P<nth>十[一二三四五六七八九]?|[一二三四五六七八九])个五年(?:计划|规划)"
_TIME = re.compile(
    # the characters an expression below can open with: the engine tries each alternative only there
    r"(?=[0-9" + _CN + r"今明去上前当本年全过“\"「未再用力争届第《])(?:"
    # an absolute year, Arabic or Chinese digit by digit (二〇三五年); not 15年 or 69年, which are durations
    r"(?P<year>(?<![0-9０-９.])(?:1 ?[89]|2 ?0) ?[0-9] ?[0-9](?![0-9])|[一二][〇零一二三四五六七八九]{3}) ?年"
    r"(?P<ysuf>(?:年?[底末])?(?:以前|前)(?![一二三两四五六七八九十0-9])|年底|年末|底|末|初|上半年|下半年|内|以来|起)?"
    # relative years: 明年底前, 去年年底; 今明两年 ends next year
    r"|(?P<both>今明两年)"
    # (１９５５年本年收入: 本年 right after a year is that year's own, as against what was carried over)
    r"|(?P<rel>今|明|去|上|前|(?<!年)[当本])年"
    r"(?P<rsuf>(?:年?[底末])?前(?![一二三两四五六七八九十0-9])|年底|年末|底|末|内|初|以来|上半年|下半年)?(?![级度轻代终]|结转|结余|结存)"
    # 年底前 and 到年底 are this year's deadline; a bare 年末 in a review is the year reviewed, left unread
    rf"|(?P<within>年内|全年|(?<![分每逐业上去前])年度(?!报告|合作伙伴|[^，。；]{{0,4}}百强)|(?<![0-9{_CN}每今明去上前当本同多历逐跨])年[底末](?:以前|前)|(?<=[到至])年[底末](?!的))"
    r"|(?P<past>过去(?:的)?一年|一年来)"
    # a five-year plan: “十四五”末, 十三五时期
    r"|[“\"「]?(?P<plan>" + PLAN_NAME + r")[”\"」]?"
    r"(?P<psuf>时期|期间|期末|末期|末|规划期|以来|开局之年|收官之年|规划|计划期间|计划时期|计划)?"
    r"|" + PLAN_NUMBER + r"(?P<nsuf>时期|期间)?"
    # a span from now: 今后五年, 五年内, 用2-3年的时间
    r"|(?P<span>(?:今后|未来|再用|用|力争用|争取用)?"
    # (not the 三十 of 二三十年, a span given as a range of two numerals run together: no year can be read)
    rf"(?<![{_CN}0-9])(?P<n>[{_CN}]{{1,2}}|[0-9]{{1,2}})(?:[-—～~至到](?P<n2>[{_CN}]|[0-9]{{1,2}}))?(?:个)?年"
    r"(?P<ssuf>内|之内|时间|左右时间|左右)?)"
    r"|(?P<then>届时)"
    # 到本世纪末 (said before 2000: by 2000), 到本世纪中叶 (said since: by 2050)
    r"|(?P<century>(?:本|二十一?)世纪(?:末|中叶|中期))"
    # the outline of the five-year plan the report is submitted with: 《纲要（草案）》, ends with its plan
    r"|(?P<outline>《纲要(?:（草案）|\(草案\)|草案)?》)"
    r")"
)
_COMPARED_BY = frozenset("高低多少大小优快慢好强弱早晚等当")  # 高于, 等于, 相当于
_ANCHOR = re.compile(r"年|届时|世纪|十[一二三四五六七八九]?五|[一二三四六七八九]五|五五|五年(?:计划|规划)|《纲要")
_SPAN_NEEDS = ("今后", "未来", "用", "内", "时间")


@dataclass(frozen=True)
class TimeRef:
    start: int
    end: int
    year: int | None
    relative: bool  # the words need the document's date (kept as deadline_text)
    role: Role


def year_of(date: str | None) -> int | None:
    """``"2021-03-05"`` → 2021."""
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def plan_end_year(name: str) -> int | None:
    """The last year of a five-year plan: 十四五 → 2025 (the first ran 1953–1957, the second 1958–1962, the
    third, after three years of adjustment, 1966–1970)."""
    n = parse_chinese(name[:-1])
    if n is None or n < 1:
        return None
    return _FIRST_PLANS.get(int(n), 1970 + 5 * (int(n) - 3))


_FIRST_PLANS = {1: 1957, 2: 1962}
_FIVE_YEAR_PLAN = re.compile(r"五年计划")
_PLAN_NAMES_MIN = 10  # a report that names five-year plans this often is a report on the one in force


def plan_in_force(s: str, doc_year: int | None) -> int | None:
    """The last year of the five-year plan in force in ``doc_year`` (1953–1957, 1958–1962, 1966–1970, …) when the
    text (simplified) is a report on it: it names five-year plans often (规划 since 2006, whose reports date their
    own 五年内); else None. Its bare 五年内 are the plan's years, not five from the report's."""
    if doc_year is None or not 1953 <= doc_year < 2006 or 1962 < doc_year < 1966:  # 1963–65: between plans
        return None
    if len(_FIVE_YEAR_PLAN.findall(s)) < _PLAN_NAMES_MIN:
        return None
    start = 1953 if doc_year < 1958 else 1958 if doc_year < 1963 else 1966 + (doc_year - 1966) // 5 * 5
    return start + 4


def scan_times(s: str, doc_year: int | None, delivered: int | None = None) -> list[TimeRef]:
    """Every time expression of ``s`` (simplified text), in order, with its year where it resolves.

    ``doc_year`` is the year the document plans for; ``delivered`` the year it was delivered, when known: a
    report delivered in December plans for the next year, and its 明年 is that year, not the one after.
    """
    out: list[TimeRef] = []
    if "年" not in s and "届时" not in s and "五" not in s and "纲要" not in s and "世纪" not in s:
        return out  # every time expression holds one of them: most sentences are done here
    last_end = 0
    for anchor in _ANCHOR.finditer(s):
        p = anchor.start()
        if p < last_end:
            continue
        m = _covering(s, max(last_end, p - 8), p)
        if m is None:
            continue
        last_end = m.end()
        ref = _resolve(s, m, doc_year, delivered)
        if ref is not None:
            out.append(ref)
    return out


def _covering(s: str, lo: int, p: int) -> re.Match[str] | None:
    """The time expression around position ``p`` (every one holds 年, 届时 or a plan's name)."""
    for m in _TIME.finditer(s, lo, min(len(s), p + 8)):
        if m.end() <= p:
            continue
        return m if m.start() <= p else None
    return None


def _resolve(s: str, m: re.Match[str], doc_year: int | None, delivered: int | None) -> TimeRef | None:
    start, end = m.span()
    read = next(read for group, read in _READERS if m.group(group))  # the alternative that matched
    found = read(s, m, doc_year)
    if found is None:
        return None
    year, role = found
    if delivered is not None and m.group("rel") == "明":
        year = delivered + 1  # 明年 counts from the day it was said
    # an outline (《纲要》) dates what it lists without being words of time to keep as the deadline's text
    relative = m.group("year") is None and m.group("outline") is None
    return TimeRef(start, end, year, relative, role or _role(s, start, end))


_SHARE_BOUND = re.compile(r"(?:低于|高于|超过|达到|相当于)(?:当地|全省|全市|全国)?$")
_SHARE_OF = re.compile(r"[\u4e00-\u9fff]{2,16}?的(?:[0-9０-９.．]+(?:%|％|倍)|百分之|[一二三四五六七八九十]+倍)")
_RATIO_VERB_ENDS = ("为", "到", "达", "于")  # 为, 达到, 达, 等于 … the year's 的N倍
_TIMES = re.compile(r"[0-9０-９.．一二三四五六七八九十两点]+倍")  # a ratio to that year's figure (not 为1952年的39%)


def _role(s: str, start: int, end: int) -> Role:
    """What the words around a time make of it: a comparison, a start, a deadline, or a point in time."""
    before = s[max(0, start - 2) : start]
    if (
        before.endswith(("比", "较", "同", "与", "按"))  # 按上年实际数额: a base, not a time
        or (before.endswith("于") and before[-2:-1] in _COMPARED_BY)  # 高于2020年; not 关于2026年工作
        # 在“十五五”基础上再奋斗五年, 要在一九五四年的基数上增长…: the base
        or s.startswith(("相比", "同期", "基础上", "的基础上", "基数上", "的基数上"), end)
        or (before.endswith("是") and s.startswith("的", end))  # 是1998年的6.2倍
        # 为…的3.4倍, 已经达到一九四九年的九倍多, 等于一九五三年的两倍: a ratio to that year's figure
        or (before[-1:] in _RATIO_VERB_ENDS and s.startswith("的", end) and _TIMES.match(s, end + 1) is not None)
        # 不低于当地|上年度|农村居民人均纯收入的60%: the year of a share's base
        or (_SHARE_BOUND.search(s, max(0, start - 6), start) is not None and _SHARE_OF.match(s, end) is not None)
    ):
        return "compare"
    if before.endswith(("从", "自", "由")):
        return "from"
    if before.endswith(("到", "至")) and not before.endswith(("截至", "截止到")):
        return "to"  # 到2025年: a deadline
    if s.endswith("前", start, end):
        return "to"  # 2025年底前, 年底前: a deadline too
    return "point"


# Each alternative of _TIME read: its year and the role it has whatever the words around it (None: as they
# say), or None when it is no time after all.
_Read = tuple[int | None, Role | None] | None


def _read_year(s: str, m: re.Match[str], doc_year: int | None) -> _Read:
    y = m.group("year").replace(" ", "")
    year = int(y) if y.isdigit() else parse_chinese_year(y)
    if _GOALS_NAMED.match(s, m.end()) and _CONSIDERED.search(s, max(0, m.start() - 8), m.start()):
        return None  # 综合考虑实现2035年远景目标…，提出…: the long-range goals weighed, not this one's deadline
    since = (m.group("ysuf") or "") in ("以来", "起") or (
        s.startswith(("以来", "来"), m.end()) and _COMING_TO.match(s, m.end()) is None)
    return year, "since" if since else None


_GOALS_NAMED = re.compile(r"(?:的)?远景目标")
_CONSIDERED = re.compile(r"(?:考虑|着眼|立足|对照|对标|衔接)[^，,。；]{0,4}$")
# 1987年来华旅游入境总人数: those who came that year, not since it
_COMING_TO = re.compile(r"来(?:[华京沪津渝粤琼闽浙苏鲁豫川滇黔桂湘鄂赣皖晋冀陕甘青宁新藏蒙辽吉黑港澳台]|我国|中国)")


def _read_relative(s: str, m: re.Match[str], doc_year: int | None) -> _Read:
    rel, suffix = m.group("rel"), m.group("rsuf") or ""
    offset = {"今": 0, "本": 0, "当": 0, "明": 1, "去": -1, "上": -1, "前": -2}[rel]
    if rel == "当" and not suffix:  # 当年 is "that year", not this one
        return None
    if rel == "本" and not suffix and (named := _year_named_before(s, m.start())) is not None:
        # 1955年国家决算用于国防的支出占本年支出的22.15%: the year named, not this one (１９５６年国家预算规定，
        # 本年收入…: this one, named)
        return named, None
    # 去年以来 spans years; 今年以来 is this year
    return (doc_year + offset if doc_year else None), "since" if suffix == "以来" and offset else None


_YEAR_NAMED = re.compile(r"((?:1[89]|20)[0-9]{2})年(?!以来|起)")
_BASE_BEFORE = ("比", "较", "同", "与", "和", "跟", "从", "由", "于", "为")  # 比1954年增长8%: a base, not the topic


def _year_named_before(s: str, pos: int) -> int | None:
    """The last year named in the paragraph before ``pos`` (within reach) that is no base of a comparison."""
    lo = max(s.rfind("\n", 0, pos) + 1, pos - _THAT_YEAR_REACH)
    years = [m for m in _YEAR_NAMED.finditer(s, lo, pos) if s[m.start() - 1 : m.start()] not in _BASE_BEFORE]
    return int(years[-1].group(1)) if years else None
_THAT_YEAR_REACH = 200


def _read_plan(s: str, m: re.Match[str], doc_year: int | None) -> _Read:
    named = m.group("psuf") in ("规划", "计划") or _NAMED_PLAN_AFTER.match(s, m.end()) is not None
    if named and _INTO_A_PLAN.search(s, max(0, m.start() - _INTO_REACH), m.start()):
        return None  # 争取…列入国家口岸发展“十五五”规划: the plan is a document to get into, not a deadline
    return plan_end_year(m.group("plan")), "since" if m.group("psuf") == "以来" else None


_INTO_A_PLAN = re.compile(r"(?:列入|纳入|编入|写入|进入|衔接|对接)[^，,。；;]{0,12}$")
_INTO_REACH = 14
_NAMED_PLAN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}(?:规划|计划)(?!期)")  # “十五五”交通规划, not …规划期间


def _read_plan_number(s: str, m: re.Match[str], doc_year: int | None) -> _Read:
    return plan_end_year(m.group("nth") + "五"), None


def _read_outline(s: str, m: re.Match[str], doc_year: int | None) -> _Read:
    """A five-year plan runs to a year ending in 0 or 5: the outline a 2026 report is submitted with ends in 2030."""
    return (doc_year + (-doc_year) % 5 if doc_year else None), "point"


def _read_span(s: str, m: re.Match[str], doc_year: int | None) -> _Read:
    n = _small(m.group("n2") or m.group("n"))
    if (n == 5 and doc_year and m.group("span") == m.group(0) and (m.start() == 0 or s[m.start() - 1] in "，,；;")
            and (plan := _PLAN_BEFORE.search(s, max(0, m.start() - _PLAN_SPAN_REACH), m.start()))):
        end = plan_end_year(plan.group(1))  # “十一五”期间，关停…；五年淘汰落后炼铁产能1亿吨: the plan's five years
        if end and end >= doc_year and end - 4 <= doc_year:
            return end, None
    if not any(w in m.group("span") for w in _SPAN_NEEDS) and not _opens_a_span(s, m):
        return None  # a bare 五年 or 69年 is a duration, not a deadline
    if _HOW_SOON.match(s, m.end()):
        return None  # 一年内就实现年产4万吨…: how soon something was done, not a deadline
    if n and (anchor := _SPAN_FROM.search(s, max(0, m.start() - _SPAN_FROM_REACH), m.start())) is not None:
        y = anchor.group(1)  # 从一九八一年到本世纪末的二十年内: the years run from the one named
        start = int(y) if y.isdigit() else parse_chinese_year(y)
        return (start + n - 1 if start else None), None
    if n and doc_year and (said := _SPAN_SET.search(s, max(0, m.start() - _SPAN_FROM_REACH), m.start())) is not None:
        # 中央前年提出，用三年左右的时间，…: the years run from when they were set, not from now
        back = {"去年": 1, "前年": 2}.get(said.group(1))
        start = doc_year - back if back else int(said.group(1)[:4])
        if start < doc_year:
            return start + n, None
    return (doc_year + n - 1 if doc_year and n else None), None


_HOW_SOON = re.compile(r"(?:就|便)(?![业近地是要必应能可])")
_PLAN_BEFORE = re.compile(r"[“\"「]?(" + PLAN_NAME + r")[”\"」]?(?:期间|时期)[^\n]*$")
_PLAN_SPAN_REACH = 80
# 中央前年提出，|用三年左右的时间; 1997年提出，用三年…: a span set in a year gone
_SPAN_SET = re.compile(r"(去年|前年|(?:19|20)[0-9]{2}年)[^，,。；;]{0,6}(?:提出|确定|决定|部署|作出)[了]?[，,：:]?$")


# 从一九八一年到本世纪末的|二十年内; 从2009年开始，|用3年时间: the years run from the one named
_SPAN_FROM = re.compile(r"从((?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年"
                        # (…开始，在|十二年内; 从一九五三年到一九六○年这|八年时间内)
                        r"(?:[^，,。；;从]{0,12}的|(?:开始|起)[，,]?(?:在|用)?|到[^，,。；;从]{1,10}?这)$")
_SPAN_FROM_REACH = 24


def _read_century(s: str, m: re.Match[str], doc_year: int | None) -> _Read:
    """本世纪末 said in the 1900s is 2000; 本世纪中叶 said since 2000 is 2050 (the end of this one is too far off)."""
    named = m.group("century")
    if named.startswith("二十世纪"):  # 到二十世纪末: named outright
        return (2000, None) if named.endswith("末") else None
    if named.startswith("二十一世纪"):
        return (2050, None) if not named.endswith("末") else None
    if doc_year is None:
        return None
    if named.endswith("末"):
        return (2000, None) if doc_year < 2000 else None
    return (2050, None) if doc_year >= 2000 else None


_READERS: tuple[tuple[str, Callable[[str, re.Match[str], int | None], _Read]], ...] = (
    ("year", _read_year),
    ("rel", _read_relative),
    ("both", lambda s, m, doc_year: (doc_year + 1 if doc_year else None, "to")),
    ("within", lambda s, m, doc_year: (doc_year, None)),
    ("past", lambda s, m, doc_year: (doc_year - 1 if doc_year else None, None)),
    ("plan", _read_plan),
    ("nth", _read_plan_number),
    ("span", _read_span),
    ("then", lambda s, m, doc_year: (None, "then")),
    ("century", _read_century),
    ("outline", _read_outline),
)


def _opens_a_span(s: str, m: re.Match[str]) -> bool:
    """三年完成…, 三年造林100万亩: a few years that open a clause before what is to be done in them count
    from the plan year, as 用三年 would."""
    start, end = m.span()
    if m.group("span") != m.group(0):
        return False
    if s.startswith(_DOUBLED_IN, end):
        return True  # 上市企业总数五年翻一番: doubled in the years to come, wherever the clause names them
    if m.group("n") in ("五", "5") and s.startswith("平均", end):
        return True  # 五年平均人口自然增长率控制在…: a plan's five years (两年平均 sums up two years gone)
    return (
        m.group("n") in _BARE_SPAN_YEARS
        and (start == 0 or s[start - 1] in "，,。；;：:\n")
        and s.startswith(_BARE_SPAN_VERBS, end)
    )


_DOUBLED_IN = ("翻一番", "翻两番", "翻番", "实现翻番")  # not 翻了一番, which looks back


_BARE_SPAN_YEARS = frozenset("两二三四五2345")
_BARE_SPAN_VERBS = (  # 基本 as "in the main", not 五年基本建设的投资 (capital construction)
    "完成", "造林", "实现", "建成", "新建", "改造", "达到", "全面", "全部", "累计",
    "基本完成", "基本实现", "基本建成", "基本消除", "基本形成", "基本解决", "基本普及", "基本达到",
)


def _small(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    value = parse_chinese(token)
    if not value and len(token) == 2:  # 用两三年时间, 三五年内: two counts said together, the span is the longer
        first, second = parse_chinese(token[0]), parse_chinese(token[1])
        return int(second) if first and second and first < second else None
    return int(value) if value else None


# A passage's time stated before the sentence a number stands in: a goals lead-in ending in a colon, on the
# line before (“十五五”时期的主要目标是：⏎地区生产总值年均增长5%左右) or earlier in the sentence (《纲要（草案）》
# 明确了“十五五”时期的主要指标：…), or the sentence's topic (未来10年是关键时期，经济总量达…).
_LEAD_IN_END = ("：", ":")
_LIST_LINE_END = ("；", ";", "：", ":")
_LEAD_IN_LINES = 8  # a goals list runs on over a few lines, each ending in ；
# a line of a list that opens with a short label, whatever it ends with (棉花：达到三千二百七十万担，增长…。)
_LABELLED_LINE = re.compile(r"[^，,。；;：:！？!?0-9０-９]{1,10}[：:]")


def lead_in_times(s: str, times: list[TimeRef], time_starts: list[int], sentence: int, pos: int) -> list[TimeRef]:
    """The time refs of ``times`` (``s``'s in order, all or only those that date a passage; ``time_starts``
    their starts) that date the number at ``pos`` from before its own clause: a colon lead-in's, or the
    sentence's topic."""
    sentence = max(sentence, pos - _LEAD_IN_REACH)  # a run-on sentence is read only so far back
    if not time_starts or time_starts[0] >= pos:
        return []  # no time before the number
    lead_in = _colon_lead_in(s, sentence, pos)
    if lead_in is not None and _labels_its_line(s, *lead_in) and not _times_between(times, time_starts, *lead_in):
        lead_in = _lead_in_above(s, lead_in[0])  # 甘蔗：达到…, under …一九五七年的计划产量…如下列：
    found = [t for t in _times_between(times, time_starts, *lead_in) if dates_a_passage(t)] if lead_in else []
    if bisect_left(time_starts, sentence) == bisect_left(time_starts, pos):
        return found  # no time in the sentence before the number
    found += [t for t in _times_between(times, time_starts, sentence, pos)
              if dates_a_passage(t) and s.startswith("是", t.end) and _opens_clause(s, sentence, t.start)
              and t not in found]
    return found


def _opens_clause(s: str, sentence: int, start: int) -> bool:
    """The time stands first in its clause (未来10年是…; 到2030年是…), as the topic of what follows."""
    clause = max(s.rfind(c, sentence, start) for c in "，,：:") + 1 or sentence
    return start - max(clause, sentence) <= 1


def dates_a_passage(t: TimeRef) -> bool:
    """A time that can date what follows it: a year, now or to come (the only ones a lead-in passes on)."""
    return t.year is not None and t.role in ("point", "to")


def _times_between(times: list[TimeRef], time_starts: list[int], lo: int, hi: int) -> list[TimeRef]:
    return [t for t in times[bisect_left(time_starts, lo) : bisect_left(time_starts, hi)] if t.end <= hi]


_LEAD_IN_REACH = 3000  # how far back in a paragraph a lead-in may govern (a bounded look: long runs stay linear)


def _colon_lead_in(s: str, sentence: int, pos: int) -> tuple[int, int] | None:
    """The span of the lead-in that ends in a colon and governs ``pos``: in its paragraph, or a line above;
    a full stop between them ends its reach (a list of goals runs on with ；)."""
    paragraph = s.rfind("\n", max(0, pos - _LEAD_IN_REACH), pos) + 1
    beyond = paragraph == 0 and pos > _LEAD_IN_REACH  # a paragraph longer than the reach: look only that far
    paragraph = pos - _LEAD_IN_REACH if beyond else paragraph
    colon = max(s.rfind("：", paragraph, pos), s.rfind(":", paragraph, pos))  # the marks of _LEAD_IN_END
    if beyond and colon < 0:
        return None
    if colon >= 0:
        if _FULL_STOP.search(s, colon, pos) and not _enumerates_on(s, colon, pos):
            return None
        stop = _LAST_STOP.match(s, paragraph, colon)
        if stop is None and colon - paragraph <= 2:  # 是：… opens its line: the lead-in began above
            return _broken_lead_in(s, paragraph), colon
        return (stop.end() if stop else paragraph), colon
    if _FULL_STOP.search(s, paragraph, pos):
        return None
    return _lead_in_above(s, paragraph)


def _enumerates_on(s: str, colon: int, pos: int) -> bool:
    """Whether the sentence holding ``pos`` is a later item of the list the lead-in's colon opens with 一是
    (…主要指标：一是…。二是…，其中全社会研发经费投入年均增长8%以上。): the lead-in reaches it."""
    if not s.startswith(_FIRST_ITEMS, colon + 1):
        return False
    sentence = max(s.rfind(mark, colon, pos) for mark in "。！？") + 1
    return _LATER_ITEM.match(s, sentence) is not None


_FIRST_ITEMS = ("一是", "一要", "第一，", "第一、")
_LATER_ITEM = re.compile(r"[二三四五六七八九十]+[是要]|第[二三四五六七八九十]+[，、]")


def _labels_its_line(s: str, start: int, colon: int) -> bool:
    """Whether the lead-in ``start:colon`` is a short label opening its line (粮食：…), not a lead-in."""
    return (start == 0 or s[start - 1] == "\n") and _LABELLED_LINE.fullmatch(s, start, colon + 1) is not None


def _lead_in_above(s: str, paragraph: int) -> tuple[int, int] | None:
    """The span of the line ending in a colon above the list the line at ``paragraph`` is part of, if any."""
    line = paragraph - 1
    for _ in range(_LEAD_IN_LINES):
        if line <= 0:
            return None
        above = s.rfind("\n", 0, line) + 1
        text = s[above:line].rstrip()
        if text.endswith(_LEAD_IN_END):
            return above, line
        if not text.endswith(_LIST_LINE_END) and _LABELLED_LINE.match(text) is None:
            return None
        line = above - 1
    return None


def _broken_lead_in(s: str, paragraph: int) -> int:
    """Where a lead-in starts whose colon line opens mid-sentence (是：…), broken over short lines by a page
    layout: “十五五”时期经济社会发展的⏎主要目标⏎是：. Lines that end a sentence, or long ones, end it."""
    start = paragraph
    for _ in range(_BROKEN_LINES):
        if start <= 0:
            break
        above = s.rfind("\n", 0, start - 1) + 1
        line = s[above : start - 1].strip()
        if not line or len(line) > _BROKEN_LINE_MAX or line.endswith(_SENTENCE_ENDS):
            break
        start = above
    return start


_BROKEN_LINES = 3
_BROKEN_LINE_MAX = 30
_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?", ";", "：", ":")
_FULL_STOP = re.compile(r"[。！？!?]")
_LAST_STOP = re.compile(r".*[。！？；;]", re.S)  # to the last stop: where a lead-in's sentence starts
