"""Sections: the parts of a document by what they do (ANNOTATION.md §5, ``sections`` in the schema).

A work report reviews the past year (``review``), may weigh the situation (``analysis``), then sets the
year's targets and work (``plan``); a speech mostly makes demands (``requirements``). Only plan and
requirements parts give tasks. The role of a part is read from its title — a top-level heading, or a
bare title line (``2025年工作安排``, ``**一、2015年工作回顾**``) — and, failing that, from where it stands
and how its first paragraph opens (``过去的一年``, ``今年是``, ``让我们``).

Pure: the clean text, its outline and its date in; :class:`~luoshi.document.Section` spans out, in order,
covering the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from luoshi.document import Heading, Section, SectionRole
from luoshi.extract.deadlines import PLAN_NAME, plan_end_year, year_of
from luoshi.numerals import parse_chinese_year
from luoshi.script import simplified_view, to_simplified, to_simplified_each


@dataclass(frozen=True)
class TitleRule:
    """A part title's wording that says the part's role, with an example title."""

    role: SectionRole
    pattern: re.Pattern[str]
    example: str


# Checked in order: the first that matches a part's title gives its role.
TITLE_RULES: tuple[TitleRule, ...] = (
    TitleRule("review",
              re.compile(r"回顾|过去|一年来|[二三四五]年来|工作总结|取得的(?:成绩|成效)|取得了|成绩和经验|"
                         r"(?<![新更])(?:的|伟大|巨大|重大|显著|主要)成就(?!和今后)"),
              "一、2020年工作回顾"),
    TitleRule("analysis", re.compile(r"(?<!新)形势|面临的|深刻认识|重要意义|体会|启示|几点思考|总体思路|"
                                     r"肯定成绩|找准差距|正视问题|正视差距|查找问题|存在的问题|问题和不足|差距和不足"),
              "一、当前面临的形势"),
    TitleRule("plan", re.compile(r"工作安排|总体安排|展望|主要考虑|主要任务|重点工作|重点任务|工作任务|目标任务|"
                                 r"总体要求|预期目标|主要目标|工作建议|下一步|今后|工作打算|工作部署|重大举措|纲要|规划[^，]{0,12}说明|规划建议|"
                                 r"工作重点|工作的建议|对今年"),
              "三、2021年主要任务"),
    TitleRule("closing", re.compile(r"政府自身建设$|^结束语|^结语"), "结束语"),
)

# A part title standing on its own line: short, no sentence inside, optionally numbered and in bold.
_TITLE_LINE = re.compile(
    r"^[*#\s]*(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分[，、：\s]*)?\s*(?P<title>[^。；！？!?;]{2,40}?)[*\s]*$"
)
# A part's own title may also be numbered （三）, where a report's top level is (1958: （三）一九五八年…计划的安排)
_PART_TITLE_LINE = re.compile(
    r"^[*#\s]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分[，、：\s]*)?"
    r"\s*(?P<title>[^。；！？!?;]{2,40}?)[*\s]*$"
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年|(?<![〇零一二三四五六七八九])([一二][〇零一二三四五六七八九]{3})年")
# How a paragraph opens when it starts a part of its own.
_REVIEW_OPENING = re.compile(
    r"^(?:过去的?一年|过去五年|一年来|[二三四五]年来|回顾过去|(?:19|20)\d\d年[，,]我们(?!将|要|必须)|刚刚过去的)"
)
# 过去一年，国防和军队建设取得新的成绩。新的一年，要深入贯彻…: a look back of a sentence that turns, in its own
# paragraph, to what is to be done opens no review part (nor does a part's lesson, 回顾…我们深切体会到，…必须坚持…)
_TURN_TO_DEMANDS = re.compile(r"[。！!；;]\s*(?:新的一年[，,]?|今后[，,]|同时[，,])?(?:我们|各级政府|政府)?"
                              r"(?:要|必须|将|应当)(?!求|是|清醒|看到|认识|注意到)")
_PLAN_OPENING = re.compile(r"^(?:今年是|新的一年|今年(?:政府)?工作的总体要求|做好今年|今年经济社会发展|下一步[，,]?|"
                           r"今后[一二三四五几]年是)")
# 2014年，我们将重点抓好以下工作: a paragraph opening with what is to be done
_DEMAND_OPENING = re.compile(
    r"^(?:(?:19|20)\d\d年|今年|明年|下一步|下步)[，,]?(?:我们|全[区县市镇])?(?:将|要|必须)(?:重点|着力|全力)"
)
_YEAR_OPENING = re.compile(r"^((?:19|20)\d\d)年是")
# “十五五”时期是…: a plan or a review, as the period ends ahead or in the past
_PERIOD_OPENING = re.compile(r"^“?(十[一二三四五六七八九]五)”?时期是")
# 根据《…建议》，省政府编制了《…第十五个五年规划纲要（草案）》: the outline of a five-year plan drafted and submitted
_OUTLINE_DRAFTED = re.compile(r"根据[^。\n]{0,80}?[，,][^。\n]{0,40}?(?:编制|制定|起草)了?[^。\n]{0,50}?纲要")
_FIVE_YEAR_NAMED = re.compile(r"第(十[一二三四五六七八九]?|[一二三四五六七八九])个五年规划"
                              r"|“?(十[一二三四五六七八九]?)五”?规划")
_CLOSING_OPENING = re.compile(r"^(?:各位代表[！!，,]|同志们[！!，,]|让我们)")
_OPENING_END = re.compile(r"^(?:现在[，,]我代表|各位代表[：:]|同志们[：:]|女士们)")
_REPORT = re.compile(r"工作报告|向大会报告政府工作|各位代表")


def is_report(text: str, title: str | None = None) -> bool:
    """A government work report (as opposed to a speech): its title or its first lines say so."""
    # the whole text's view, which the other stages share, rather than a conversion of its head of its own
    return bool(_REPORT.search(to_simplified(title or "")) or _REPORT.search(simplified_view(text), 0, 1500))


def plan_year(text: str, date: str | None, title: str | None = None) -> int | None:
    """The year a document plans for: a report delivered in December plans for the next year, and so does
    one of October or November that names that year's work (2017年工作重点, 2017年是…, said in November 2016)."""
    year = year_of(date)
    if (year is not None and date is not None and len(date) == 4 and _submits_plan_for(text, year + 1)
            and not _submits_plan_for(text, year) and f"{year}、{year + 1}年" not in text):
        return year + 1  # dated by its year alone, it submits the next year's plan (一九八三年…年度计划草案)
    if year is None or date is None or date[5:7] not in ("10", "11", "12") or not is_report(text, title):
        return year
    if date[5:7] == "12" or re.search(f"{year + 1}年(?:的)?(?:工作|是|主要|重点|经济社会)", text):
        return year + 1
    return year


def _submits_plan_for(text: str, year: int) -> bool:
    """Whether ``text`` submits ``year``'s annual plan for review (提出了一九八三年国民经济和社会发展的年度计划草案，
    请一并审议)."""
    digits = "〇一二三四五六七八九"
    chinese = "".join(digits[int(d)] for d in str(year))
    plan = (r"年(?:的)?(?:国民)?经济(?:和社会发展)?(?:的)?(?:年度)?计划(?:要点)?(?:（草案）|草案)?》?[^。]{0,12}"
            r"(?:审议|讨论)")  # 《１９８２年经济和社会发展计划要点（草案）》，已经提交本次大会讨论
    wide = "".join(chr(ord(d) + 0xFEE0) for d in str(year))  # １９８２, as older texts write it
    return re.search(f"(?:{year}|{wide}|{chinese}){plan}", text) is not None


# A notes part closing a report explains terms (名词解释, ［1］…): it holds no headings and gives no tasks. It
# opens with its title on a line of its own (in bold or not), or with its first bracketed note.
_NOTES_WORDS = (r"(?:部分|有关|相关)?(?:内容)?(?:名词|用语|词语|术语)(?:解释|注释|说明|释义|解析|解读)"
                r"|注\s*释|注\s*解|附\s*注")
NOTES_TITLE = re.compile(
    rf"(?:附件?\s*[0-9一二三四五六七八九十]*\s*[：:]?\s*)?(?:《[^》]{{1,30}}》)?(?:{_NOTES_WORDS})\s*[：:]?"
    r"(?:[（(][^（()）]{1,30}[)）])?"  # （注：按在报告中出现的先后排序）
)
NOTES_TITLE_EXAMPLES = (
    "注释", "**注 释**", "**注释：**", "名词解释", "附：名词解释", "《政府工作报告》有关内容名词注释", "部分用语说明",
    "名词解释（按出现先后排序）", "附：名词解析",
)
_NOTE_ITEM = re.compile(r"\s*[［\[【]\s*[0-9]+\s*[］\]】]")
# After the text, an attachment (附件2) or a bare ``注：`` sets apart what follows from the outline, but not
# from the tasks: an attachment may list the year's 民生实事, a note may stand under a table of the plan.
_SET_APART = re.compile(r"附件\s*[0-9一二三四五六七八九十]*\s*[：:]?|注\s*[：:]?")
_NOTES_LEAD = " \t\u3000*#"  # indentation, and markdown's bold and heading marks around a title
_NOTES_TITLE_LIMIT = 120  # longer than any title above: longer lines are not tried


def notes_start(simple: str, attachments: bool = False) -> int:
    """Where a notes part closing the text starts (in its second half), else the end of the text; with
    ``attachments``, where an attachment or a bare note after the text starts, if earlier."""
    position = simple.find("\n", len(simple) // 2) + 1  # the first line starting past the half
    if position == 0:
        return len(simple)
    for line in simple[position:].split("\n"):
        words = line.strip(_NOTES_LEAD) if len(line) <= _NOTES_TITLE_LIMIT else ""
        if (words and NOTES_TITLE.fullmatch(words)) or _NOTE_ITEM.match(line) or (
                attachments and words and _SET_APART.fullmatch(words)):
            return position
        position += len(line) + 1
    return len(simple)


_Break = tuple[SectionRole | None, int | None]  # the role a part's title says, and its heading in the outline


def find_sections(text: str, outline: list[Heading], date: str | None = None,
                  title: str | None = None) -> list[Section]:
    """The parts of ``text`` in order, each with its role, together covering the whole text."""
    if not text:
        return []
    simple = simplified_view(text)
    report = is_report(text, title)
    year = plan_year(text, date, title)
    notes = notes_start(simple)
    late = year is not None and year != year_of(date)  # delivered late in the year before the one it plans
    points = sorted((at, part) for at, part in _breaks(simple, outline, year, report, late).items() if at < notes)
    if notes < len(text):
        points.append((notes, ("other", None)))
    first = points[0][0] if points else len(text)
    sections = _lead_in(simple, first, points, report) if first > 0 else []
    previous: SectionRole = "requirements" if not report else "plan"
    if sections and sections[0].role in ("review", "plan", "requirements", "analysis"):
        previous = sections[0].role
    for k, (start, (role, index)) in enumerate(points):
        end = points[k + 1][0] if k + 1 < len(points) else len(text)
        if role == "plan" and previous == "review" and index is not None and _ACHIEVED.search(outline[index].title):
            role = None  # （一）“六稳”目标基本实现: a result looked back on, under the review
        if role is None and previous in ("review", "analysis") and index is not None and _reads_ahead(
                simple, outline[index].end, end):
            # 二、保持国民经济持续快速健康发展 after 一、1993年…的回顾; a speech's 三、聚焦重点，精准发力 after
            # 二、研判形势: its paragraphs make demands
            role = _demanding(report)
        if role is None:
            role = _untitled_role(previous, report)
        sections.append(Section(role=role, start=start, end=end, outline_index=index))
        if role != "closing":
            previous = role
    return _merged(sections)


def _breaks(simple: str, outline: list[Heading], year: int | None, report: bool,
            late: bool = False) -> dict[int, _Break]:
    """Where parts start: the top-level headings, bare title lines, and paragraphs that open a part."""
    top = min((h.level for h in outline), default=1)
    breaks: dict[int, _Break] = {}
    tops = [index for index, heading in enumerate(outline) if heading.level == top]
    for index, title in zip(tops, to_simplified_each([outline[i].title for i in tops]), strict=True):
        breaks[outline[index].start] = (title_role(title, year), index)
    position = 0
    lines = simple.split("\n")
    last = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
    for number, line in enumerate(lines):
        start = position
        position += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        titled = _TITLE_LINE.match(stripped) if len(stripped) <= 45 else None
        role = title_role(titled.group("title"), year) if titled else None
        if role is not None and not _is_heading_at(outline, start, line, top):
            breaks.setdefault(start, (role, None))
            continue
        opening = _opening_role(stripped, report, start, len(simple), number == last, year, late)
        if opening is not None and start not in breaks:
            breaks[start] = (opening, None)
    return breaks


_LEAD_IN_LONGEST = 3000  # greetings and procedure before a report's first part take a few lines, not pages


def _lead_in(simple: str, first: int, points: list[tuple[int, _Break]], report: bool) -> list[Section]:
    """What stands before the first part: greetings, or (a speech without parts) its body."""
    sections: list[Section] = []
    parts = any(role not in ("closing", "other") for _, (role, _) in points)  # nor do closing words and notes alone
    greeting = first if parts else _greeting_end(simple, first)
    if parts and report and first > _LEAD_IN_LONGEST:
        greeting = _greeting_end(simple, first)  # a report that opens its first part late: its body comes first
    if greeting > 0:
        sections.append(Section(role=_lead_in_role(simple[:greeting], report) if parts else "opening",
                                start=0, end=greeting))
    if greeting < first:  # a text with no parts at all: after its greetings, all of it is the body
        sections.append(Section(role=_demanding(report), start=greeting, end=first))
    return sections


_HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_REPORTS_ON = re.compile(r"^(?:首先|下面|现在|这里)[，,]?(?:我)?(?:报告|回顾|讲讲|谈谈)(?=.{0,12}工作$)")
_NOT_A_PART = re.compile(r"报告|讲话|发言|会议上|^title|^---|^——|^（|^\(|\d+月\d+日|\d+时\d+分")
_ACHIEVED = re.compile(r"完成|实现|取得|成效|加快|明显|显著|初具|迈出|不断|持续|稳步|进一步|有力|全面|圆满")
_PLAN_NAME = re.compile(PLAN_NAME)


def title_role(title: str, year: int | None) -> SectionRole | None:
    """The role a part's title says (``2025年工作回顾`` → review), with ``year`` the plan year; None if none."""
    title = title.strip("*# 　").replace("**", "").translate(_HALF_WIDTH_DIGITS)  # **一、2023年工作回**顾
    title = _REPORTS_ON.sub("", title)  # 首先报告２００１年的工作: the part on 2001's work
    if _NOT_A_PART.search(title):
        return None  # the document's own title or dateline, not one of its parts
    for rule in TITLE_RULES:
        if rule.pattern.search(title):
            if rule.role == "closing":
                continue  # 加强政府自身建设 in a plan is work to do, not a closing
            return rule.role
    named = _PLAN_NAME.search(title)
    end = plan_end_year(named.group(0)) if named else None
    if end is not None and year is not None:  # a five-year plan ending before the plan year is looked back on
        return "review" if end < year else "plan"
    years = [y for arabic, chinese in _YEAR.findall(title)
             if (y := int(arabic) if arabic else parse_chinese_year(chinese)) is not None]
    if years and year is not None:
        return "review" if max(years) < year else "plan"
    return None


def said_role(simple: str, start: int, year: int | None, late: bool = False) -> SectionRole | None:
    """The role the line at ``start`` (of the simplified text) says its part has: a title naming it
    (今后五年的主要目标是…：, 二、2026年工作安排, **2013年经济社会发展稳进向好**) or a part's opening words
    (今年是…, 过去的一年); None where the part took its role from the parts around it."""
    end = simple.find("\n", start)
    stripped = simple[start : end if end >= 0 else len(simple)].strip()
    titled = _PART_TITLE_LINE.match(stripped) if len(stripped) <= 45 else None
    role = title_role(titled.group("title"), year) if titled else None
    return role or _opening_role(stripped, True, start, len(simple), False, year, late)


def period_opened(line: str) -> int | None:
    """The end year of the five-year period whose part ``line`` opens (“十五五”时期是… → 2030), else None."""
    period = _PERIOD_OPENING.match(line)
    return plan_end_year(period.group(1)) if period else None


def _is_heading_at(outline: list[Heading], start: int, line: str, top: int) -> bool:
    end = start + len(line)
    return any(start <= h.start < end for h in outline if h.level == top)


def _opening_role(line: str, report: bool, start: int, size: int, last: bool,
                  year: int | None = None, late: bool = False) -> SectionRole | None:
    if _REVIEW_OPENING.match(line):
        return None if _TURN_TO_DEMANDS.search(line) else "review"
    if _DEMAND_OPENING.match(line):  # 2014年，我们将重点抓好以下工作: what is to be done, in a report or not
        return _demanding(report)
    if report and _PLAN_OPENING.match(line):
        # in a report delivered late in the year for the next, 今年是… opens the year it reviews
        return "review" if late and line.startswith(("今年", "做好今年")) else "plan"
    said = _YEAR_OPENING.match(line)
    if report and said and year is not None:  # 2025年是很不平凡的一年 opens a review; 2026年是… a plan
        return "review" if int(said.group(1)) < year else "plan"
    end = period_opened(line)
    if report and end is not None and year is not None:  # “十五五”时期是… in 2026 opens its plan
        return "review" if end < year else "plan"
    drafted = _OUTLINE_DRAFTED.match(line) if report and year is not None and line.startswith("根据") else None
    named = _FIVE_YEAR_NAMED.search(drafted.group()) if drafted is not None else None
    ends = plan_end_year((named.group(1) or named.group(2)) + "五") if named is not None else None
    if ends is not None and year is not None and ends >= year:
        # 根据…的建议，我们编制了“十五五”规划纲要（草案），提交大会审查。…: the outline it submits, set out next
        return "plan"
    if _CLOSING_OPENING.match(line) and start > size * 0.8 and (len(line) <= 12 or "让我们" in line):
        return "closing"
    if not report and last and start > size * 0.85 and len(line) <= 12:
        return "closing"  # 发言完毕。 / 谢谢大家！
    return None


def _greeting_end(simple: str, limit: int) -> int:
    """Where the greetings, the title and the dateline before a body end (各位代表：, 现在，我代表…); a salutation in
    the first lines ends them at the earliest (a subtitle before it, 全力打好…收官之战, is no body)."""
    position = _salutation_end(simple, limit)
    if position:  # after the salutation only procedure (现在，我代表…) goes on greeting
        for line in simple[position:limit].split("\n"):
            if line.strip() and not _OPENING_END.match(line.strip()):
                break
            position += len(line) + 1
        return min(position, limit)
    for line in simple[:limit].split("\n"):
        stripped = line.strip()
        short = len(stripped) <= 30 and not re.search(r"[。；！？]", stripped[:-1] if stripped else "")
        if stripped and not (short or _OPENING_END.match(stripped)):
            break
        if stripped and short and _VERB_START.match(stripped):
            break  # a one-line directive is body, however short
        position += len(line) + 1
    return min(position, limit)


_SALUTATION_LINE = re.compile(r"\s*(?:各位代表|同志们|女士们、先生们|各位委员|同志们、朋友们)[：:]\s*$")
_SALUTATION_REACH = 8  # lines: a title, a subtitle or two, a dateline and a speaker


def _salutation_end(simple: str, limit: int) -> int:
    """Just after a salutation line among the first lines (同志们：), else 0."""
    position = 0
    for number, line in enumerate(simple[:limit].split("\n")):
        if number >= _SALUTATION_REACH:
            break
        position += len(line) + 1
        if _SALUTATION_LINE.match(line):
            return min(position, limit)
    return 0


_VERB_START = re.compile(r"^(?:加快|全力|大力|推进|推动|实施|建设|确保|力争|深化|强化|完善|要|坚持)")


def _lead_in_role(lead_in: str, report: bool) -> SectionRole:
    """What comes before the first part: greetings and procedure, or (a speech without parts) its body."""
    paragraphs = [p for p in lead_in.split("\n") if p.strip()]
    if report or len(lead_in) < 400 or len(paragraphs) <= 2:
        return "opening"
    return "requirements"


# How a part's paragraphs read: demands (今年要…, 必须…, 力争…) or what was done (…了, 已, 比上年增长…).
_DEMAND_CUE = re.compile(r"(?<![主重需必只])要(?![求素点害闻])|必须|今年|明年|将|力争|确保|应当|争取")
_DONE_CUE = re.compile(r"了|已经|已|比上年|同比|取得|增长[0-9.]+%|以来")
_CUE_SPAN = 1500  # the part's opening paragraphs are enough to tell
_DEMANDS_LEAST, _DEMANDS_OVER_DONE = 5, 1.5  # a review's parts make one demand or none; a plan's, a dozen


def _reads_ahead(simple: str, start: int, end: int) -> bool:
    """Whether an untitled part after the review makes demands rather than goes on with the review: its
    opening paragraphs hold at least five demands and half as many again as marks of things done (the themed parts
    of a report whose review one heading titles: 二、加快建立社会主义市场经济体制 … 要…)."""
    body = simple[start : min(end, start + _CUE_SPAN)]
    demands = len(_DEMAND_CUE.findall(body))
    return demands >= _DEMANDS_LEAST and demands >= _DEMANDS_OVER_DONE * len(_DONE_CUE.findall(body))


def _demanding(report: bool) -> SectionRole:
    """The role of a part that asks for work: a report's plan, a speech's requirements."""
    return "plan" if report else "requirements"


def _untitled_role(previous: SectionRole, report: bool) -> SectionRole:
    if previous in ("opening", "closing", "other") or (previous == "analysis" and not report):
        return _demanding(report)  # a speech weighs the situation, then makes its demands
    return previous


def _merged(sections: list[Section]) -> list[Section]:
    """Neighbours with the same role and no heading of their own are one part."""
    out: list[Section] = []
    for section in sections:
        if out and out[-1].role == section.role and section.outline_index is None:
            last = out[-1]
            out[-1] = Section(role=last.role, start=last.start, end=section.end, outline_index=last.outline_index)
        else:
            out.append(section)
    return out


def role_at(sections: list[Section], position: int) -> SectionRole | None:
    """The role of the part holding ``position``."""
    for section in sections:
        if section.start <= position < section.end:
            return section.role
    return None
