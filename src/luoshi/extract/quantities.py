"""Quantities: targets and facts, with metric, value, unit, comparator and deadline.

Two compiled regexes find every number that carries a unit (``274.4亿元``, ``1800多人``, ``百分之六十``,
``X万亩``, ``6.5%－7%``, ``两万三千人``); a small window around each then decides whether it is a quantity
at all (not a year, an age, an ordinal, a name such as ``5A级`` or ``三类500强``, or the count of a
formulation such as ``六个高地``: the named rules of :mod:`luoshi.extract.quantity_rules`, which
:func:`explain_quantities` shows at work) and what it says: the metric in the document's words, the comparator
from its cue words, target or fact from the clause's cues and the section it stands in (the review of
last year or the plan for this one), and the year it is due or speaks of.

Matching runs on a simplified, half-width copy of the text (OpenCC t2s maps character for character), so
offsets and evidence point into the document's own text, in its own script.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from luoshi.document import Quantity, Section
from luoshi.extract.deadlines import (
    PLAN_NAME,
    TimeRef,
    dates_a_passage,
    lead_in_times,
    plan_end_year,
    plan_in_force,
    scan_times,
    year_of,
)
from luoshi.extract.marks import last_mark
from luoshi.extract.quantity_rules import (
    AS_FOUND,
    BY_CONTEXT,
    BY_UNIT,
    BY_VALUE,
    CLASSIFIER,
    EXAMPLE_TOLD,
    MEASURE,
    MEASURE_ENDS,
    NETWORKS,
    ONE_TOTAL_COMPOUNDS,
    PAIRED_COMPOUNDS,
    PAIRED_MEASURES,
    PAIRED_MODIFIERS,
    SHARED_MEASURES,
    TIME_UNITS,
    UTILITIES,
    WORD_AFTER,
    Reading,
    Rule,
)
from luoshi.extract.sections import plan_year, said_role
from luoshi.numerals import (
    ARABIC,
    ARABIC_REST,
    CHINESE,
    CHINESE_FRACTION,
    PERCENT_WORDS,
    parse_chinese,
    parse_chinese_year,
    parse_number,
    parse_range,
    scale_of,
    small_number,
)
from luoshi.script import simplified_view, to_simplified, with_zeros

# ---------------------------------------------------------------------------------------------------
# Units (their lists are in quantity_rules, with the words that tell a number is none)

_ALL_UNITS = sorted({*MEASURE, *CLASSIFIER, *TIME_UNITS, "%", "‰"}, key=len, reverse=True)


def _alternatives(words: list[str]) -> str:
    """An alternation of ``words`` that tries them in their order, grouped by first character (吨(?:标准煤|标煤|)),
    the one-character words in one class: it matches as the plain one does (words with different first
    characters never match at the same place), with one comparison per group where that tried every word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    singles = "".join(re.escape(first) for first, group in groups.items() if group == [first])
    grouped = [
        re.escape(first) + "(?:" + "|".join(re.escape(word[1:]) for word in group) + ")"
        for first, group in groups.items()
        if group != [first]
    ]
    return "|".join(grouped + ([f"[{singles}]"] if singles else []))


_UNIT_RE = _alternatives(_ALL_UNITS)
_UNIT_FIRST = "".join(sorted({u[0] for u in _ALL_UNITS}))
_MEASURE_RE = _alternatives(sorted({*MEASURE, "%"}, key=len, reverse=True))
# 58万元/人, 0.6人/百亿元, 96.4公里/百平方公里
_PER = (r"(?:/(?:百亿|十亿|[万亿百千])?"
        r"(?:人|年|月|日|平方公里|平方千米|平方米|立方米|吨|亩|元|天|小时|公里|千瓦时|户|公顷|千克|公斤))")

# ---------------------------------------------------------------------------------------------------
# Candidates: a numeral, an optional range, 多/余, a multiplier, a unit, a comparator after it.

_DASHES = "[-－—–~～]{1,2}"
_RANGE_SEP = "(?:" + _DASHES + "|至|到)"
_INCLUSIVE = r"(?:[(（]含[)）])?"  # 50万元（含）以上, 1万(含)-5万元
# 由一九五二年的百分之六十点三到一九五七年下降为…: a year after 到 is when, not the range's other end
_NO_YEAR = r"(?!(?:[12][0-9]{3}|[一二][九〇零][〇零一二三四五六七八九]{2})年)"
_TAIL = (
    r"(?: (?=[多余来万亿千百%" + _UNIT_FIRST + r"]))?"  # 8 5 ％: a report that spaces its digits
    # a range: 6.5%－7%, 8万-10万, 1万元--5万元 (a unit repeated only before a dash: 5万人至2025年 is no range)
    r"(?:(?P<u1>%|(?:万亿|万|亿)?(?:" + _UNIT_RE + ")(?=" + _INCLUSIVE + _DASHES + ")|万亿|万|亿)?" + _INCLUSIVE
    + r"(?P<sep>" + _DASHES + "|(?:至|到)" + _NO_YEAR + r")(?P<num2>" + ARABIC + "|" + PERCENT_WORDS + "|" + CHINESE
    + r")(?!(?<=千)[瓦米克伏])(?: (?=[万亿]))?)?"
    r"(?P<ap1>多|余|来)?(?:个(?=亿(?!元?(?:级|以上|以下))))?"  # 3个亿, not 8个亿元级产业
    r"(?P<mult>万亿|千万|百万|十万|万|亿|千(?![瓦米克伏])|百(?!分点))?(?P<ap2>多|余)?(?P<mult2>亿)?"
    r"(?P<unit>(?:" + _UNIT_RE + ")" + _PER + "?)?"
    r"(?:[(（]含[^()（）,，。]{0,12}[)）](?=以上|以下))?(?P<post>"  # 1500元（含1500元）以下
    r"以上|以下|以内|之内|左右|上下|开外|强|(?<=[倍番])多|(?<=[日天时钟])内(?![\u4e00-\u9fff]))?"  # 一番多; 1个工作日内
)
# Each pattern opens with a plain character class, so that the engine skips to candidates at C speed (the
# text is half-width by then). Arabic numerals, fractions and placeholders (X, XX, X.X) share one pass.
_ARABIC_CANDIDATE = re.compile(
    r"(?P<num>[0-9X](?:(?<=[0-9])(?:[0-9]*/[0-9]+|" + ARABIC_REST + r")|(?<=X)X{0,2}(?:\.X{1,2})?(?:[:：∶]X{1,3})*))"
    + _TAIL  # X:X, a redacted ratio
)
# Chinese digits are everywhere (一, 十) and mostly no numbers: a cheap pass finds runs followed by what
# may be a unit, and the full pattern is tried there. One digit alone (一个, 两项) must be followed by a
# unit of measure; 百分之六十 and 三分之一 need none.
_CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
# A run is tried from its first digit only: from each digit inside a long run (一一一…) it would fail the same
# way, after scanning the rest of the run again. The pattern opens with the digit, not with the look-behind
# that says no digit stands before it: the engine then skips to digits at C speed.
_CHINESE_RUN = re.compile(
    "[" + _CN_CHARS + "](?<![" + _CN_CHARS + "]{2})[" + _CN_CHARS + "]*(?:点[" + _CN_CHARS + "]+)?"  # 零点一零五元
    "(?:" + _RANGE_SEP + "[0-9" + _CN_CHARS + "][0-9" + _CN_CHARS + "]*)?"  # 两到三万元
    "[多余来点分]?[" + _UNIT_FIRST + "%多余来点分]"
)
_CHINESE_CANDIDATE = re.compile(
    r"(?P<num>(?P<nounit>" + PERCENT_WORDS + "|" + CHINESE_FRACTION + ")|" + CHINESE + ")"
    r"(?!(?<=千)[瓦米克伏])(?!(?<=百)分点)"  # 二十万千瓦 is 二十万 千瓦
    r"(?(nounit)|(?:(?<![^零〇一二两三四五六七八九十百千万亿点][一二两三四五六七八九十])"
    r"(?=[多余来]?[万亿]?[多余]?[" + _UNIT_FIRST + "])"
    r"|(?=[多余来]?[万亿]?[多余]?(?:" + _MEASURE_RE + r"|个亿(?!元?(?:级|以上|以下))))"  # 两个亿
    r"|(?=" + _RANGE_SEP + "[0-9" + _CN_CHARS + "])))" + _TAIL  # 两到三万元: a range
)

# Comparators from the words just before the number (those after it are in the candidate regex).
_PRE_AT_LEAST = re.compile(
    r"(?:突破|(?<!不)超过|超出|(?<!不)高于|(?<!不)大于|不低于|不少于|不小于|至少有?|多于|逾|(?<!不)超|迈上|迈过|跨上|站上|跃上|跨过|连跨|(?:连续|先后|相继)跨越|"
    r"(?<![经通不度错路穿])过)了?$"  # 公共财政收入过10亿元: past it (not 经过, 通过)
)
_PRE_AT_MOST = re.compile(r"(?:不足|不到|(?<!不)低于|(?<!不)小于|不高于|不大于|不超过|(?<!不)少于|控制在|控制)了?$")
# (接近翻|一番, 约翻了|两番: the about stands before the doubling's verb)
_PRE_ABOUT = re.compile(
    r"(?:(?<![附最亲就邻])近|(?<![条节合公契预制邀相特签践履])约(?:增长|增加|下降|减少|提高)?)(?:翻了?)?$")
_PRE_KEEP = re.compile(r"保持(?:在)?$")  # a level to keep is a floor
# 约占全年投资总额的三分之二, 能耗约为全国平均的70%, 约有2000人: about, said before the verb
_ABOUT_ANY_VERB = re.compile(r"大约[^，,。；;、0-9]{0,12}$")  # 全国大约损失工业总产值|一千亿元: about, said first
_ABOUT_BEFORE_VERB = re.compile(r"(?<![条节合公契预制邀相特签践履])约(?:占|为|有|相当于)[^，,。；;、0-9]{0,16}$")
_BOUND_OF_BASE = re.compile(r"(不低于|不少于|不小于|不高于|不超过|不大于)[^，,。；;、0-9]{2,16}的$")
_BASE_REACH = 24
_AT_LEAST_DOING = re.compile(r"至少[\u4e00-\u9fff]{1,3}$")
# The last characters of the words above (with 了): most numbers follow none, and need no search at all.
_PRE_CUE_ENDS = frozenset("破过出于少有逾超上足到在制近约持了长加降高跨越翻")

# ---------------------------------------------------------------------------------------------------
# Context: clauses and sentences, target or fact

# (a dash between digits joins a span of years, 2015—2020年, or months, 1——5月份, and ends no clause)
# (an ASCII ? in these texts is a mark or a character lost in transcoding, 欢乐潇湘?幸福岳阳 for ·: it ends nothing)
# (nor one between the ends of a route, 包头——兰州线: the line's name)
# (nor one between water classes, Ⅰ—Ⅲ类水质: a range of classes)
_DASH_ENDS = (r"—(?!—?[\u4e00-\u9fff]{1,8}?(?:线|铁路|公路|航线|管道))(?:(?<=[^0-9—]—)|(?!—?[0-9]))"
              r"(?<![ⅠⅡⅢⅣⅤ]—)")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!\n、（）()【】]|" + _DASH_ENDS)
_TIME_ONLY_CLAUSE = re.compile(r"(?:在|到|至)[^，,。；0-9]{0,16}(?:[〇零○一二三四五六七八九]{4}|[0-9]{4})年(?:底|末)?")
# (a list, 、, shares its time)
_TIME_CLAUSE_END = re.compile(r"[，,；;：:。！？!\n（）()【】]|" + _DASH_ENDS)
_SENTENCE_END = re.compile(r"[。！？!\n；;]")
_BOUND_AFTER = re.compile(r"左右|上下|以上|以内|以下|之内|开外")  # the words after a number that bound it
# 省、市重点项目; 二、三级医院: two levels of one noun
_LEVEL_PAIR = re.compile(
    r"[国省市县区乡镇村]、(?:[省市县区乡镇村]|自治)|[一二三四五六七八九]、[二三四五六七八九十](?=[级类产星线档])"
    r"|(?<=[家省市县区])级、(?:省|市|县|区)级"  # 国家级、省级示范项目: one noun too
    r"|(?<=[国省市县区])([控管属])、[省市县区]\1"  # 国控、区控监测断面, 省属、市属企业: levels that control or own it
)
# the statistical sectors whose names hold a 、 (GB/T 4754): one noun each, not a list
_SECTOR_NAMES = ("交通运输、仓储和邮政业", "交通运输、仓储及邮政业", "信息传输、软件和信息技术服务业",
                 "信息传输、计算机服务和软件业", "水利、环境和公共设施管理业", "电力、热力、燃气及水生产和供应业",
                 "电力、燃气及水的生产和供应业", "居民服务、修理和其他服务业", "文化、体育和娱乐业", "农、林、牧、渔业",
                 "公共管理、社会保障和社会组织")
_SECTOR_COMMAS = tuple((name, k) for name in _SECTOR_NAMES for k, c in enumerate(name) if c == "、")
_QUOTE_PAIRS = {"“": "”", "「": "」", '"': '"'}  # an opening quote mark and its closing one
_QUOTE_CLOSINGS = frozenset(_QUOTE_PAIRS.values())
# 优良率连续五年保持100%, 财政用于文化体育事业支出五年累计3104亿元: how long it held, or took
_RUN_OF_YEARS = re.compile(r"(?:连续[一二三四五六七八九十两0-9]{1,2}(?:年|个季度|个月)(?:保持|稳定)?"
                           r"|(?<=[\u4e00-\u9fff])(?<![〇零○一二三四五六七八九十两])(?:近|这)?[一二三四五六七八九十两]年)$")
_RUN_ENDS = ("年", "季度", "月", "保持", "稳定")
_QUOTE_REACH = 12  # how far before a metric's cut a quoted name it cut may open
_PARENTHESIS_REACH = 16  # a parenthesis in a clause names or glosses (示范园区, GDP); a longer one is an aside
_NEWLINE = re.compile("\n")

# Cues of intent and of tense; the nearest before the number wins.
# Each cue pattern opens with the characters its words open with, so that the engine tries its
# alternatives only there (a look-behind first would have them tried at every character).
_TARGET_CUE = re.compile(
    r"(?=[力确争努目指预计规拟保明下年今未将要])(?:力争|确保|争取|努力|目标|指标|预期(?!寿命)|(?<!占年度)(?<!占全年)(?<!完成年度)(?<!完成全年)(?<!占)(?<!超)(?<!超年度)(?<!超全年)(?<!超出)计划(?!内|外|生育|经济|单列|都?超额)|规划|力求|预计|拟|保持|明年|下一步|年内|"
    r"(?:今后|未来)(?=[一二三四五六七八九十两几0-9]*(?:年|个|时期|一段))|"
    r"将(?![其之此这该它来近])|(?<![主重需纲首提摘概紧只次扼必])要(?![求素点害闻件务领义])"
    r"|要求(?=[^，,。；]{0,4}(?:增长|达到|提高|降低|控制|完成|下降|减少)))"  # 甘蔗要求增长27.5%: what is asked
)
# 去年政府工作报告提出，…: a target quoted from last year's plan; 实际…, 经过努力…: what came of it
_LAST_PLAN_SAID = re.compile(r"(?:去年|上年)(?:的)?(?:政府工作)?报告(?:提出|确定|要求|明确)[，,：:]?")
_PHRASE_END = re.compile(r"[，,。；;：:！？!?\n]")
_PLAN_PROVIDES = re.compile(r"(?:纲要|规划|计划|方案)(?:（草案）)?[，,]?(?:明确)?规定")
_SET_AT_YEAR_START = re.compile(r"年初(?:确定|提出|制定|设定|预期)的")
# …加强了管理，结果炼铁焦比由…降到…: what came of something done, told in a plan's part
_OUTCOME_TOLD = re.compile(r"[，,]结果[，,]?(?=[^，,。；;]{2})")
# 但是有几项重要产品的产量没有完成计划：钢完成96.4%…: how far short of its plan a thing fell, told
_SHORTFALL_TOLD = re.compile(r"(?:没有|没能|未能|未)完成[^，,。；;：:]{0,6}计划")
# 今年1——5月份铁道货运量计划完成105%, 前三季度…增长6%, 到5月份为止…: the months of the year gone by, counted
# (not 上半年, 一季度: a plan sets work for those too)
_MONTHS_GONE = re.compile(r"(?<![0-9])(?:[一1](?:—{1,2}|[-－~～至到])(?:[二三四五六七八九]|1[01]|[2-9])月|"
                          r"前[两二三四五六七八九十]个月|前三季度|到[二三四五六七八九十0-9]{1,2}月(?:份|底|末)?为止)")
_SAME_TIME_BEFORE = re.compile(r"去年|上年|同期")
# (not _ASKED_BEFORE: there 计划 and 预计 ask, here they tell how the plan went)
_ASKED_OF_MONTHS = re.compile(r"(?<![主重需])要(?![求素点])|将(?![近其])|力争|确保|争取|必须|务必")
_WHAT_CAME = re.compile(r"实际|经过|已经|结果|完成了|实现了")
_PLAN_SPAN_AHEAD = re.compile(r"(?:五年|计划期间|今后|未来)[内中里]")
_ALREADY_DONE = re.compile(r"已(?:经)?(?:完成|达到|达|超过|突破|实现|建成)")
_FACT_CUE = re.compile(
    r"(?=[已累去上过以截目现共首创先曾了坐拥])"
    # 坐拥163公里长江黄金水道, 全市拥有的12所高校: what a place has, not what it plans (not 每千名老人拥有床位,
    # 专利拥有量, a measure; nor 力争拥有)
    # (已建工会企业的建制率: the firms with unions, a relative clause inside the measure, not what was done)
    r"(?:坐拥|(?<=[市县区省州旗盟镇乡])拥有(?!量)|已(?!(?:建成?|成立|开通)[\u4e00-\u9fff]{1,8}?的)|累计|(?<![比较按地])去年|(?<![比较按地])上年|过去|以来|截至|截止|目前|(?<![实体表出发])现有(?!企业的?(?:设备|技术|改造|挖潜))|(?<![将要])共有|首次|创历史|先后|曾"
    # (《纲要（草案）》提出了“十一五”期间…降低20%左右: the plan's proposing is done, not its figures)
    r"|(?<![为除])(?<!提出)(?<!明确)了(?![解]))"
)  # (用于现有企业设备更新的资金: the firms there are, whose upgrading is planned; no time)
_NOW_BEFORE = re.compile(r"(?<!将)(?<!要)现在的?$")  # 由四百六十六个减少到现在的|二百七十六个: what is so now
# 依托8个产业园区，打造…平台: what a plan builds on is there already, not asked for
_BUILT_ON = re.compile(r"(?:依托|依靠|凭借)(?:现有的?|已有的?)?$")
# 聚焦13个产业集群，细分培育…; 围绕48项改革试点: what a plan's work turns on is there already (not 围绕500亿元的目标,
# nor 各开发区分别聚焦1～2个主导产业: a rule for each)
_FOCUSED_ON = re.compile(r"(?<!分别)(?<![要应各])(?:聚焦|围绕|发挥|用好)$")
# 我国有13亿人口、9亿劳动力资源; 全国有24万多户国有小企业: what a country or place has now, said in a plan as
# the ground of its work (not 力争全市有3个县进入百强: what is to be)
_PLACE_HAS = re.compile(r"(?:我国|全国|全省|全市|全县|全区|全州|我省|我市|我县|我区)"
                        r"(?:现|目前|还|仍|尚)?(?:共)?有(?:近|约)?$")
# 今年高校毕业生超过1000万人: how many graduates the year brings, the ground of the work, not a goal (not 帮扶高校
# 毕业生…就业: whom the work helps)
_GRADUATES_COMING = re.compile(r"(?:今年|明年)?(?:全国|全省|全市|全县|全区)?的?(?:高校|普通高校|应届高校)毕业生"
                               r"(?:人数|规模)?(?:将|预计)?(?:超过|达到|达|突破|约|为|有)?")
_GOAL_AFTER = re.compile(r"[^，,。；;]*?(?:目标|任务|计划)")
# 我国对东南亚国家的出口额…也只占百分之一: how little there is now, said to make a point, not a goal
_ONLY_SO_MUCH = re.compile(r"[只仅才](?<![要将][只仅才])(?:[占有]|完成)")  # 第一季度只完成全年计划的11%, too
_GOAL = re.compile(r"[从由][^，。；]*(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|增|降|升)(?:到|至)$")
_WEAK_TARGET_CUE = re.compile(r"控制在|新增|新建|突破|抓好(?!了)")  # what a plan says, when nothing else tells
_CUE_REACH = 80  # in a long sentence, cues far before the number speak of other things
_CONTEXT_REACH = 2000
_TIME_WINDOW = 600  # how far back in a run-on sentence times are weighed for a number (past its opening time)
# 从人均8.7万元提高到12万元: the 8.7 is where things stand
# A number that is the base of a comparison, stated with its year: 比一九五二年的二百七十亿元增长百分之一百四十一
# 比现有的86个: today's; 较“十三五”末的9323.1亿元: the plan's last year's
# 是“十一五”时期的|2.67倍, 为“十一五”时期的|3.3倍: a ratio to an earlier plan's period
_RATIO_TO_PERIOD = re.compile(r"^(?:是|为|相当于)“?[^，,。；“”]{1,6}”?(?:时期|期间|期末|末)的?$")
_COMPARED_BASE = re.compile(
    r"^(?:比|较)(?:[^，,比较]{0,8}年|(?:五年计划|计划)原定[^，,比较]{0,8}年|现有?|原有?|目前"
    r"|“?[^，,比较”]{1,4}”?(?:末|期末|时期|期间)"
    r"|第[一二三四五六七八九十]{1,2}个五年计划(?:末|期末|时期|期间)?)(?:同期)?的$")
_BASELINE_AFTER = re.compile(
    r"^[^，。；]{0,8}?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|增至|降至|升至|降到|升到|增到|提至|提到|调至|调到"
    r"|回落|回升|下滑|(?:优化|重组)?整合(?=为|成|至|到)|合并(?=为)|归并(?=为)|减为|降为|压减|精简"  # 由71所…整合为47所
    r"|转为(?=增长|下降|上升|盈利|增加|减少)"  # 由上年下降2.3%转为增长8.5%: the fall turned from is where it stood
    r"|(?:拓展|扩展|拓宽|跃升|攀升|压缩|缩短|调整)(?=到|至|为))"  # 从39个拓展到91个, 从148元调整至170元
    r"|发展(?=到|至|为)"  # 研究机构将由44个发展到60个: where the growth starts is what there is
    r"(?:到|至)?"
)
_BASELINE_REACH = 10
_FROM_MARK = re.compile("[从由]")

# Sections of a work report: the review (一、2015年工作回顾), the plan (二、2016年重点工作).
_HEADING = re.compile(  # markdown's bold may wrap a heading, or stand inside it (**一、2023年工作回**顾)
    r"^[ \t\u3000*]*(?:(?P<num>[一二三四五六七八九十]{1,3})[、.．]|第(?P<part>[一二三四五六七八九十]{1,3})部分)?"
    r"(?P<title>[^\n]{2,60})$",
    re.M,
)
_NEXT_HEADING = re.compile(
    r"^[ \t\u3000*]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分)", re.M
)
_REVIEW_WORDS = re.compile(r"回顾|过去|一年来|五年来|成绩|成就|总结")
_PLAN_WORDS = re.compile(
    r"安排|任务|目标|重点工作|部署|总体要求|打算|方针|展望|今年(?!以来)|明年|建议|规划|纲要|思路|预期"
)
_NEXT_FIVE_YEARS = re.compile(r"今后五年|未来五年|新一届政府|本届政府任期")  # a term of office: five years
_STRONG_HEADING = re.compile(
    r"回顾|工作安排|重点工作|主要任务|目标任务|主要目标|工作(?:的基本|的)?总结|发展成就|工作任务|总体安排|工作重点|主要工作"
)
_NOT_HEADING = re.compile(r"报告|[0-9]日|会议|实事")
_SENTENCE_PUNCT = re.compile(r"[，。；！？：,;!?:]")
_YEAR = re.compile(r"(?:1 ?[89]|2 ?0) ?[0-9] ?[0-9](?= ?年)|[一二][〇零一二三四五六七八九]{3}(?=年)")
_REVIEW_YEAR = re.compile(r"(?=[12])(?<![到至0-9 ])((?:1 ?[89]|2 ?0) ?[0-9] ?[0-9]) ?年(?![以来起前]|远景)")
# 第一个五年计划概要 (1953–1957) too; not 新世纪第一个五年计划 (the tenth)
_PLAN_NAME = re.compile(
    PLAN_NAME + r"|(?<!世纪)(?<!征程)(?<!时代)第(十[一二三四五六七八九]?|[一二三四五六七八九])个五年")
_OPENING = re.compile(r"开局|开好局|起好步|起步")
# A paragraph where a mixed section turns from the review to the plan: 今年…, “十五五”时期是…, 根据《…建议》
_PLAN_PARAGRAPH = re.compile(
    r"^(?:各位代表[！!，,：:]\s*)?(?:今年|明年|今后|未来|(?:到)?(?P<year>(?:19|20)[0-9]{2})年"
    r"|“?(?P<plan>十[一二三四五六七八九]五)”?|根据《[^》\n]{0,40}(?:规划|建议|纲要)|《[^》\n]{0,30}(?:规划|纲要)[^》\n]{0,10}》)",
    re.M,
)
# A paragraph that looks back (过去一年…, 这五年…), or forward from within the review (今年…).
_SALUTATION = re.compile(r"^各位代表[，,！!：:]?\s*")
_PARAGRAPH_REVIEW = re.compile(  # 在经济领域，过去一年里…: an aspect may come first
    r"^(?:在[^，,。]{1,8}[，,])?(?:过去一年|过去的一年|一年来|去年|过去五年|过去的五年|五年来|这五年|.{0,4}以来)")
# A sentence that opens by looking back at the years behind, or ahead
_SENTENCE_TURN = re.compile(
    # (——这五年，…: a paragraph's dash opens it too)
    r"(?:^|(?<=[。！？；])|(?<=\n——))(?:(?P<back>(?:这五年|过去五年|过去的五年|五年来|过去一年|过去的一年|一年来|去年)[，,]"
    r"|这?[两二三四五]年(?:来|中|间)[，,]?|[一两二三四五]年多?以?来[，,]?)"
    r"|(?:今年|明年|今后|未来|下一步|到(?:19|20)[0-9]{2}年)[，,])",
    re.M,
)
_FIVE_YEARS_BACK = re.compile(r"这五年|过去五年|过去的五年|五年来|五年(?:中|间)")
# 这两年中，…由八千七百万吨增加到…; 三年来，…: how many years a sentence looks back over (not 一年来: a one-year
# review's from-value may be from any time before, and gets no year it does not state)
_YEARS_BACK = re.compile(r"(?:这|过去的?)?(?P<years>[两二三四五])年(?:来|中|间|[，,])")
_YEARS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
# a paragraph of a review that opens on another time than the five years behind (the look back ends there)
_OPENS_ON_A_TIME = re.compile(r"过去的?一年|一年来|去年|今年|今后|未来|明年|(?:19|20)[0-9]{2}年"
                              r"|[一二三四五六七八九十]+、")
_PERIOD_CLOSED = re.compile(r"(?:19|20)[0-9]{2}年是“?十[一二三四五六七八九]五”?(?:规划)?的?收官之年[。，,]")
_PARAGRAPHS_BACK = 80  # paragraphs looked back over for the time a part opened on
_TITLED_FIVE_YEARS = re.compile(r"(?:——)?这是[^。！\n]{2,40}的五年[。！]?")
_PARAGRAPH_LAST_YEAR = re.compile(r"过去一年|过去的一年|一年来|去年")
_PARAGRAPH_FIRST_SENTENCE = re.compile(r"^[^。！？\n]*[。！？]?[^。！？\n]*", re.M)  # past a salutation (各位代表！)
_THIS_YEAR = re.compile(r"今年|明年|本年度")
_SEMICOLON = re.compile("[；;]")
_ONCE = re.compile(r"[^，,。；;]{0,4}曾")  # 在一九五四年曾经…: what happened then, told as such
_PAST_SPAN = re.compile(r"(?<![今后未来再用])[一二三四五六七八九十两几0-9]{1,3}年(?:来|间)")  # 十七年间, 五年来
# the years before the one reviewed (前三年); a span that ends with it (这五年, 两年来) is dated by its end
_SPAN_OF_YEARS = re.compile(r"(?<!学)前[一二三四五六七八九十两几0-9]{1,2}年")
_ASPECT = re.compile(r"在?(.{2,})方面")
_THING_LABEL_MAX = 4  # 铁：, 拖拉机：, 发电设备：: a product's name
_TOTAL_TAIL = re.compile(r"(?<=..)(?:合计|总计)$")
_TOPIC_THEN_ITEMS = re.compile(r"的([\u4e00-\u9fff]{2,8})[，,](?:[\u4e00-\u9fff]{1,4}为[^，,。；;]{1,20}[，,])*$")
_LIST_INTRO_TAIL = re.compile(r"(?:将|预计|计划|可以)?(?:分别)?(?:为|是|达到|如下)?$")
_LINE_LABEL = re.compile(r"\s*([\u4e00-\u9fff]{1,4})[：:][^：:。；;\n]*[，,]$")  # 钢：…，|
# what a product's line says of it without naming it: 全部建成后增加的年产能力, 以播种面积计算, 总产量
_OF_A_THING = re.compile(r"(?:全部)?建成后|以[^，,]{1,6}计算|增加的|新增的|年产|(?:总)?产量|产值|播种面积|单产")
_NOT_A_THING = re.compile(r"目标|指标|任务|重点|其中|包括|主要|预期|计划|要求|方面|措施|工作|部署|总体")
_LABEL_MAX = 10  # 黄麻、洋麻：达到七百三十万担: a short label, not a clause before a colon
_LABEL_BREAK = re.compile(r"[，,：:（(“\"]|是$|为$|有$|如下$")
_AHEAD_SPAN = re.compile(r"(?:今后|未来)?[一二三四五六七八九十两0-9]{1,2}年(?:内|之内|间)?")  # 今后五年内
_WITHIN_YEARS = re.compile(r"[一二三四五六七八九十两0-9]{1,2}年(?:内|之内|间)")
_NEXT_YEARS = re.compile(r"今后|未来|再用|再过|下一个|第二个|第三个")  # 今后五年内: the years to come, not the plan's

_COMPARED_AFTER = re.compile(r"(?:相比|比较)[，,]")
# a time that closes its clause (2014年，…) dates what follows; so does one with the years it spans
# (从一九七八年到一九八五年八年间，…)
# 钢：从…; 发电量：…: a line of a list, its label before a colon
_LABELLED_LINE = re.compile(r"[\u4e00-\u9fff（）()、]{1,12}[：:]")
_LIST_LEAD_REACH = 40
_COMPARED_OPENING = re.compile(
    r"(?:(?:与|同|和|跟)[^，,。；;]{1,16}(?:相比|比较)[，,])?在(?=[一二12][〇零○一二三四五六七八九0-9])")
_TOPIC_TIME_END = re.compile(  # 2014年，…; 五年间，…; 从2002年1月1日起，…; 从1979年到1982年的四年间，…
    # (到1960年这八年时间内，…: the span after the year it runs to)
    r"(?:[的这]?[一二三四五六七八九十两0-9]{1,2}个?年(?:时间)?(?:间|内|里|中)?|间|期间|(?:时间)?(?:之内|内|里)"
    r"|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?(?:起|开始)?"
    # 根据一九五三年底的统计，…: the figures a count of that time gives
    r"|的?(?:统计|调查|普查)(?:数字|数据|资料|结果)?(?:表明|显示)?)?[，,、]")
_BREAKDOWN_OPENING = re.compile(r"其中[：:，,]|在[^，,。；]{1,12}中[，,]")  # 在工业总产值中，…: parts of the last
_DEFINED_SUM = re.compile(r"(?:是指|指|即)(?:[^，,、；。：:\n]{1,6}、)+[^，,、；。：:\n]{1,6}$")
# 服务业发展势头良好，预计实现增加值370亿元: a sector's, as the clause before names it
_SECTOR_MEASURES = frozenset(("增加值", "增加值增长", "产值", "产值增长", "营业收入", "营业收入增长"))
_BARE_RATES = frozenset(("增幅", "增速", "增长率", "涨幅", "降幅", "占比", "比重",
                         "完成投资", "累计完成投资",  # 长隆项目建设扎实推进，完成投资15亿元: the project's
                         *_SECTOR_MEASURES))
_SECTOR = re.compile(r"[\u4e00-\u9fff]{1,6}(?:业|产业|经济)")
_PLAN_DONE = frozenset(("完成原定计划", "完成计划", "完成年度计划", "完成年计划", "完成全年计划",
                        "完成投资计划", "完成年度投资计划", "完成全年投资计划",
                        "完成计划投资", "完成年度计划投资", "完成全年计划投资",
                        "超过年度计划", "超过原定计划", "超过计划", "超过全年计划",
                        "完成年度预算", "完成预算", "完成全年预算", "完成年初预算"))
_LEVEL_ONLY = re.compile(r"(?:新增|新建|新创建|创建|认定)?(?:国家|省|自治区|市|州|县|区|乡|镇|村)级$")
_MERGED_INTO = re.compile(r"(?:改革)?(?:重组|整合|合并|改制|归并)(?:为|成)$")
# 取消了原先|336亿元的农业税赋, 发行|18亿元企业债: the noun after is the measure
# 提质升级|24家农贸市场, 制定和颁布了|59项行政法规
_BEFORE_ITS_NOUN = ("了", "原先", "原来", "共计", "出台", "发行", "升级", "安置", "颁布", "发布", "公布", "印发",
                    "开工", "完工", "竣工", "复工")  # 全面开工|3506户老旧小区改造
# the nouns a count's noun is listed with, up to the clause's end: no number, no verb opening an item
_LISTED_NOUNS = re.compile(
    r"(?:、(?!推进|加快|实施|建设|建成|完成|开展|新增|新建|打造|培育|引进|提升|改造|启动|支持|推动|举办|组织|争取|力争)"
    # (筛选2个环境适宜、效益较高的种养业大品种: modifiers listed, then the noun they modify after 的)
    r"[\u4e00-\u9fff“”]{1,10}(?:的[\u4e00-\u9fff“”]{2,10})?){1,3}"
    r"(?:等[\u4e00-\u9fff]{1,8})?(?=[，,。；;：:\n])"  # 178项节能、节水和资源综合利用等重大项目: the kind they are
)
_GROWTH_NOUNS = ("增长", "增速", "增幅", "涨幅", "降幅")
_FOR_WHOM_LIST_MAX = 32
_DONE_FOR = r"(?:免费)?(?:提供|进行|开展|实施|发放|配备|配置|安装|更新|给予|落实|组织|建立|办理)"
_LISTED_FOR_WHOM = re.compile(r"(?:、(?:(?!" + _DONE_FOR + r")[\u4e00-\u9fff“”]){1,10}?){1,4}"
                              r"(?:等(?:(?!" + _DONE_FOR + r")[\u4e00-\u9fff]){1,8}?)?"
                              r"(?=" + _DONE_FOR + r"|[，,。；;])")
# where a long noun phrase after a number may end: a preposition or 被, not the 为 of 成为 or the 于 of 处于
_GLOSSED_ITEM = re.compile(r"[\u4e00-\u9fff]（[^（），,。；;、]{1,14}）$")  # an item of a list with its gloss
# 做优做强|5个…集群, 培育壮大|12个…: a verb couplet
_VERB_COUPLET_END = re.compile(r"做[大优强精实细新][做]?[大优强精实细新]$|壮大$")
_WITHIN_PLACE = re.compile(r"(?:全|本)?[省市州县区乡镇村][内域]?")
_JOINED_MODIFIER = re.compile(r"[\u4e00-\u9fff]{1,6}的")  # …国家及|地区的|200多个港口
_TRAIL_BREAK = re.compile(r"(?<![成作列评定选认命更因处用位属等关由至基终善勇敢乐易难便利归致])[为于]"
                          r"|[对向在将把被给让使从]|参与")  # 近20万各民族家庭|参与“小手拉大手…”活动
_INVESTED = frozenset(("完成投资", "累计完成投资", "投资", "计划投资", "完成年度投资"))
# 加快推进首批12个市级特色小镇建设, 全面加快东山组团建设: works pushed on with, the investment after is theirs
_OUTPUT_SHARE = ("产值占", "增加值占")  # …制造业加快发展，|产值占工业总产值比重达到40%: the industry's share
_INDUSTRY_OUTPUTS = frozenset(("产量", "新增产量", "产值", "新增产值", "总产值", "综合产值", "产值增长", "产值年均增长",
                               "增加值增长", "增加值年均增长", "营业收入增长", "营收增长"))
# 高新技术产业快速发展，|产值年均增长30%: the industry told growing, its subject first
# (新材料、生物医药、电子信息、先进装备制造业加快发展，|产值占…: the industries listed, together)
_INDUSTRY_GROWING = re.compile(r"((?:[^，,。；、0-9]{2,10}、){0,5}[^，,。；、0-9]{2,10}?(?:产业|业))"
                               r"(?:持续|快速|加快|蓬勃|健康|稳步|迅速)+发展")
_INDUSTRY_GROWN = re.compile(r"(?:加快|大力|积极|全力|着力|持续)*(?:发展|壮大|培育|做大|做强|做大做强|发展壮大)"
                             r"([^，,。；、0-9]{2,10}?)(?:产业|业)")
_WORKS_RATES = frozenset(("达标率", "合格率", "覆盖率", "完成率", "建成率", "开工率"))
_PUT_IN = frozenset(("投入", "累计投入", "投入资金", "累计投入资金"))
_CAMPAIGN_PRESSED = re.compile(r"(?:全力|全面|扎实|持续|深入|坚决)*(?:攻坚|打好|打赢|推进|实施)"
                               r"([^，,。；、0-9]{2,12}?)(?:攻坚战|攻坚|行动|工程)?")
# (持续加强农田水利建设，|完成投资15亿元: the works strengthened spent it too)
_WORKS_PUSHED = re.compile(r"(?:全面|全力|加快|加速|扎实|持续|积极|大力|继续)*"
                           r"(?:推进|启动|实施|抓好|推动|加快|加强|加大)(?:首批|第[一二三四五六七八九十]批)?"
                           r"([^，,。；、0-9]{2,16}?)(?:建设|项目建设)(?:力度)?")
_BARE_STAGES = frozenset(("新开工", "开工", "开工建设", "新建", "建成", "基本建成", "竣工"))
# “菜篮子”工程一期全面完工，完成投资2.4亿元: works done, the investment after is theirs
_WORKS_DONE = re.compile(r"([^，,。；、0-9]{2,16}?(?:项目|工程)[^，,。；、0-9]{0,3}?)(?:全面|全部|顺利|如期|按期|基本)?"
                         r"(?:完工|竣工|建成|开工)(?:建设|投产|投用|通车|运营)?")
# 中小河流治理、…等民生水利工程建设加快，累计完成投资…: works going on, examples before them, theirs
_WORKS_GOING_ON = re.compile(r"[^，,。；0-9]{2,90}等([^，,。；、0-9等]{2,16}?(?:项目|工程))(?:建设)?"
                             # (…等重点水利项目加快建设，|完成投资47亿元: so with the verb before 建设)
                             r"(?:加快|加速|稳步推进|顺利推进|全面推进|有序推进|扎实推进)(?:建设|实施)?")
_SHARE_OF_WHOLE = re.compile(r"(?:约|近|超过)?(占[^，,。；的]{2,10}(?:比重|比例))")
_SHARE_NAMED = re.compile(r"(?![在其占])[^，,。；、]{2,24}?(?:所占的?)?(?:比重|比例|占比)")
# 全体居民人均可支配收入|增速高于经济增速: a measure told outpacing another
_PACE_COMPARED = re.compile(
    r"([\u4e00-\u9fff]{2,16}?)(?:增速|增幅|增长)(?:均|继续|持续)?(?:高于|快于|超过|跑赢)[\u4e00-\u9fff]{2,10}")
_SUBJECT_BEFORE_VERB = re.compile(
    r"([^，,。；比]{2,16}?)(?:比(?:去年|上年|上一年|同期)(?=有|明显|大幅|进一步)|保持|实现|成为|发展(?=势头|态势|良好|较快|迅速)|持续|稳步|继续|快速|平稳|稳定|较快|明显|加快|逐步|不断|进一步|显著|大幅|逐年|扎实|顺利|"
    # 覆盖面逐步扩大，…已达到12.5%
    r"(?:再|屡|连)?创(?=历史|新高)|再创|突破|从[^，,。；]{0,6}(?:月|季度|年)(?:份)?开始)"
)
# (国务院)已取消|1195个行政审批事项: who acted and how far, no part of the verb (a two-character verb opens its noun)
# (共办理|2件省人大建议: a total said of the act, not 共同, 共享, 共建)
_DONE_OPENING = re.compile(
    r"^(?:国务院|中央|(?:省|市|县|区|州)政府|各级政府)?(?:已经|已|均已|都已|(?:一|总)?共(?![同享建青]))")
_ON_BASE_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})在[^，,。；]{1,14}基础上$")
# a rank said of something else, listed before the measure: its own statement, no part of the measure
_RANKED_BEFORE = re.compile(r"^[^、，,]{2,16}?(?:第[一二三四五六七八九十0-9]{1,2}位?|首位|前列)、")
_WILL_BE = re.compile(r"将(?:达|达到|增加到|增至|提高到|超过|突破)|计划(?:达到|完成|安排)|拟安排|预算安排")
_ESTIMATE_REACH = 12  # 一九七四年农业总产值预计…: the year, the measure, then the estimate
_TOPIC_AFTER = re.compile(r"[，,]|(?:同|与|和|比|较)[^，,。；]{1,12}(?:相比|比较)[，,]")  # 1986年同1978年相比，
_FULL_STOP = re.compile(r"[。！？\n]")
_PLAN_STATES = re.compile(r"(?:规划|计划|纲要)?(?:规定|要求|提出|确定|明确)")
# 1984年，…; 在刚刚过去的1987年，…; 这里要指出的是，在刚刚过去的1987年，…: a paragraph on one year
_YEAR_NARRATED_PARAGRAPH = re.compile(
    r"(?:[^。！？\n，,]{1,16}[，,])?在?(?:刚刚过去的|过去的)?((?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年[，,]"
)
_NARRATION_REACH = 40
_PLAN_PRESENTED = re.compile(
    r"[^。！？\n]{0,12}?((?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年度?的?[^。！？\n，,]{0,14}?(?:计划|预算)(?:（草案）|草案)")
# 7．2022年十件民生实事全部完成：①…: a note listing what a past year did
_YEAR_DONE_PARAGRAPH = re.compile(
    r"(?:[0-9]{1,2}[.．、]|[（(][0-9]{1,2}[)）])?((?:19|20)[0-9]{2})年[^。！？\n，,：:]{0,16}?"
    r"(?:全部|全面|均已|已经|已)?(?:完成|实现|兑现)(?:情况)?[：:]"
)
_PARAGRAPH_PLAN = re.compile(r"^(?:今年|明年|今后|未来|到(?:19|20)[0-9]{2}年)")
_THIS_YEAR_SO_FAR = re.compile(r"^今年(?:以来|上半年|[^，,。；]{0,10}(?:执行|完成)(?:的)?情况)")

# ---------------------------------------------------------------------------------------------------
# Evidence and metric

_SPELLED_YEAR = r"(?:(?:1 ?9|2 ?0) ?[0-9] ?[0-9] ?|[一二][〇零○一二三四五六七八九]{3})"
_TIME_WORDS = (
    # 在1979到1983年: a span of years
    r"(?:在?" + _SPELLED_YEAR + r"年?(?:到|至|—|-|～|~)" + _SPELLED_YEAR + r"年(?:间|期间)?|"
    # (1 9 9 7 年: digits spaced out, as some converted files set them)
    # (为到2010年…翻一番打下基础: the year prepared for)
    r"(?:为到|为在|到了?|至|截至)?(?:(?:(?:1 ?9|2 ?0) ?[0-9] ?[0-9] ?|[一二][〇零○一二三四五六七八九]{3}|今|去|明)"
    r"年(?:底|末|内)?(?:以?前)?"
    r"|年底前|全年|年内|当年|本年(?:内|底|末|度)?|“?十[一二三四五六七八九]五”?(?:时期|期间|末)?"
    r"|(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月(?:(?:底|末)(?:以?前)?|以?前)"  # 6月底前: a deadline
    r"|(?:今后|未来|前|近)?[一二三四五六七八九十两0-9]{1,2}年(?:内|来|间)|(?:今后|未来)[一二三四五六七八九十两0-9]{1,2}年(?![0-9度级])|(?:今后|未来|近)几年(?:内|来|间)?|过去(?:的)?一年|一年来"
    r"|(?:再|力争|争取)?用[一二三四五六七八九十两0-9]{1,2}年(?:左右)?(?:的)?时间先?"  # 用两三年时间先迈上…
    r"|第?[一二三四]季度(?:末)?|上半年|下半年|本世纪(?:末|中叶|中期)))"
)
# the evidence starts after connectives and a time that opens the clause (其中，… 到2020年，…)
_LEAD_CONNECTIVE = re.compile(
    r"^(?:其中|同时|此外|另外|并且|并(?![网购轨表联])|和(?!田|美乡村)|及(?![格时])|以及|与|且|而且|但|则|的|尽管|虽然|再?加上|，|[一二三四五六七八九十]是(?=[\u4e00-\u9fff])|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[)）]|[\[［][0-9]{1,3}[\]］]|[\u2460-\u2473])+"
)  # and a list item's number (6.中心城区新增停车泊位3000个, ①新增…), a note's ([2]13座重点城市：即…);
# not the 和 of 和田, a prefecture's name, nor of 和美乡村, nor words that open with a join (并网, 并购, 及格率)
_LEAD_TIME = re.compile(_TIME_WORDS + "[，,]?(?=.)")
_LEAD_MAX = 18
_TRAIL_SLACK = 3
_SPAN_REACH = 16
_SPAN_IN_TRAIL = re.compile(r"[从從](?![业業事])(?=[^，,。；;]{1,16}?(?:直到|到|至))")
# 1所|提供临终关怀服务的专业性护理机构: a counted noun with a modifier before its 的 is whole, up to this length
_BARE_ACTS = frozenset(("新增", "完成", "实现", "新建", "建成", "改造", "治理", "开工",
                        # 新（改）建6000公里: of what the clause before names
                        "新改建", "新（改）建", "改扩建", "新（改、扩）建", "新改扩建"))
_BARE_TALLIES = frozenset(("合计", "共计", "总计", "共"))
_COPULAS = frozenset(("为", "是", "达", "达到"))
_BARE_DATED_CHANGE = re.compile(r"(?:比[^，,。；]{0,14}?)?(?:增长|增加|下降|减少|提高|降低)")
_STATE_TOLD = re.compile(r"([\u4e00-\u9fff]{2,10}?)的(?:情况|状况)(?:也|则)?(?:是这样|如下|是)?")
_SERVICE_RATES = frozenset(("满意率", "群众满意率", "满意度", "群众满意度", "办结率", "解决率"))
# (进一步)规范和提升|12345热线服务; 办理|12345政务服务热线来电来信|48.2万余件: what is handled, up to its count
_HANDLED = re.compile(r"(?:进一步|全年|共)?(?:规范和提升|规范提升|办理|办结|承办|接听|受理|化解|提升)"
                      r"([\u4e00-\u9fff0-9“”]{2,16}?)(?=[0-9０-９.]+(?:万|亿)?(?:余|多)?[件个次条人户起]|$)")
# 资助残疾人大学生和困难残疾人家庭子女大学生，|合计6300名: what the clause before does to whom, counted in all
_DONE_BEFORE_TOTAL = re.compile(r"((?:资助|帮扶|救助|慰问|培训|安置|招聘|招录|招募|补助|奖励|表彰|走访|新建|改造|改建"
                                r"|建设|建成|完成|培育|引进|认定|创建|打造|发放)[\u4e00-\u9fff、和及与]{2,24})")
# 推进植树造林; 实施新一轮农村公路提升行动 (the works, not the round nor the campaign's name)
_ACTIVITY = re.compile(r"(?:推进|实施|开展|加快|抓好|做好|继续|深入)+(?:新一轮|新一批)?"
                       r"((?:(?!提升行动)[\u4e00-\u9fff]){2,8}?)(?:提升行动)?")
_PACE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:步伐|力度|进度|工作)$")
_BARE_COUNT_ACT = re.compile(r"(?:年内|全年|今年)?(?:完成|新建|建成|新增)")  # …，|年内完成|20个: no noun of its own
_THINGS_SET_UP = re.compile(r"[^，,。；;]*(?:设置|配建|新建|建设|建成|打造|建立)([\u4e00-\u9fff]{2,10})")
_MODIFIED_NOUN = re.compile(r"[^，,。；、的]{4,14}的[^，,。；、的]{2,10}")
# 3个|基础较好、带动力强的特色产业集群: modifiers listed before the noun's 的
_LISTED_MODIFIERS = re.compile(r"(?:[^，,。；、的]{2,10}、){1,3}[^，,。；、的]{2,10}的[^，,。；、的]{2,10}")
_LEAD_SLACK = 6  # a clause this much longer is kept whole, or cut after a join word this far back
_SHARE_OWNER_MAX = 16  # the longest owner of a share (…经费支出|占…比重) a long lead keeps whole
_DIGITS = frozenset("0123456789.")
_LEAD_JOINS = ("和", "及", "与", "并", "在", "对")
_TOPIC_MAX = 24  # 一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长…: a topic clause, its year and its measure
_LISTED_MAX = 12  # the longest list of names a count after it may sum up
_LIST_VERB = re.compile(r"(?:力争|争取|确保)?(?:新建成|建成|新建|新增|培育|新培育|创建|认定|新认定|组建|新?引进)"
                        r"(?=[\u4e00-\u9fff]{2})")
_COUNTED_AT = re.compile(r"[0-9.]+(?:[-—~～至到][0-9.]+)?[万亿]?[个家项所座处条]")  # 10个, 2-3家
_LIST_ITEM_MAX = 10  # an item of a list of nouns a number sums up (中省预算内投资、超长期特别国债、…资金291亿元)
_DOUBLED_TAIL = re.compile(r"(?:比[^，,]{1,12})?翻了?(?:一番|两番|番)?$")
# 落地PPP项目22个、总投资169亿元: the projects'; 上市公司达288家、总市值超8600亿元: the firms'
_TOTALS_OF = {"总投资": ("项目", "工程"), "投资总额": ("项目", "工程"), "总投资额": ("项目", "工程"),
              "总规模": ("项目", "工程", "基金"),  # 设立基金24只、总规模934亿元: the funds'
              "完成投资": ("项目", "工程"), "完成年度投资": ("项目", "工程"),  # …项目923个，确保完成年度投资…
              # 安排重大项目1678个、年度投资1.1万亿元: this year's investment in the projects counted
              "年度投资": ("项目", "工程"), "年度计划投资": ("项目", "工程"), "计划总投资": ("项目", "工程"),
              "总市值": ("公司", "企业"), "总资产": ("公司", "企业", "银行"),
              "成交价": ("",), "成交额": ("",), "成交金额": ("",),  # 出让矿业权755宗、成交价616.6亿元: of the sales
              # 完成审计项目526个、涉及资金322.8亿元: the money the audits, cases or problems counted concern
              "涉及资金": ("项目", "案件", "问题"), "涉及金额": ("项目", "案件", "问题"),
              # 盘活省级行政部门房产345处、货币价值8.83亿元: of the property put to use
              "货币价值": ("房产", "资产", "房屋", "土地", "资源"), "价值": ("房产", "资产", "房屋", "土地", "资源"),
              # 完成露天废弃矿山修复520座、面积1387公顷: the area of what was restored
              "面积": ("修复", "治理", "整治", "复垦", "改造", "绿化"),
              # 新建成轨道交通线路7条、通车里程超400公里: the length of the lines counted
              "通车里程": ("线路", "铁路", "公路", "高速公路"), "里程": ("线路", "铁路", "公路", "高速公路"),
              # 全区养老机构和设施达到9341个、床位10.5万张: the beds of the institutions counted
              "床位": ("机构", "设施", "医院", "养老院", "福利院", "中心"),
              # 新建改扩建农村供水工程418处，覆盖人口94万人: the people the works counted serve
              "覆盖人口": ("工程", "项目", "设施"), "受益人口": ("工程", "项目", "设施"),
              # 中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元: how large the fund that grew now is
              "规模": ("支付", "资金", "基金", "贷款", "债券", "投资")}
_SIZED_FUNDS = frozenset(("规模",))  # …支付增加1.5万亿元、规模…: the fund's size, after how much it grew
_OWNERS_ACT_END = re.compile(r"(?:落地|开工|签约|投产|建成|竣工)$")
_WHOLE_SIZE = frozenset(("总投资", "总规模"))  # of the projects counted (not 完成投资: maybe of more of them)
_YEARLY_PART_OF_WHOLE = frozenset(("年度投资", "年度计划投资", "年内投资", "当年投资", "年度计划"))
_PROJECTS_BY_STAGE = re.compile(r"(?:全年|年内)?新?(?:开工|竣工|引进|签约|落地|投产)")
_PROJECTS_NAMED = re.compile(  # 重大产业项目|建设达到序时进度: the projects a count before an investment counts
    r"[^，,。；;]{2,16}?(?:项目|工程)(?=建设|[^\u4e00-\u9fff]|全面|顺利|加快|稳步|有序|达到|$"
    r"|(?:开复工|新开工|开工|竣工|投产)$)")  # 百大产业链项目|开复工149个，完成年度投资…: the projects that started
_TALLY_OPENING = re.compile(r"^(?:累计|共)")  # 累计实施重大项目185个、完成投资…: how the count was said
# …地方有十九个建设项目，共计四十二个
_TOTALS = frozenset(("总数", "总量", "总额", "共计", "合计", "总计", "总面积", *_TOTALS_OF))  # 新造红树林…、总面积达…
# 中等学校的学生: a noun phrase with nothing done in it (no 了, 将, 要, …, no verb at its end)
_BARE_NOUN = re.compile(r"(?!.*(?:逐步|不断|持续|稳步|屡|明显|进一步|加快|加速|全面|大力|步伐|情况))"
                        r"(?!按|根据|有|以)[^了将要已在把对被，,、]{2,16}"
                        r"(?<![出有造建设育引进办开立施动展供扶助纳导决盖及签定选化成持好批产通起改广拥大高快强多少升降长深放实现行])")
_NEWLY = re.compile(r"^(?:新增|新认定|新培育|新建成|新建|新晋|新入选|新获批|新造|新种植|新栽植)")
_ADDED_END = re.compile(r"(?:将|要|拟)?(?:增设|新增|增加|新建|新设)$")
_KIND_WORD = re.compile(r"领域|行业|产业|板块|方面|地区|部门|类|项目")  # what short list items are kinds of
# what the list shares: 均增长, 都达到, 信息等重点产业; 关税、盐税收入共为…: their sum
_SHARED_PREDICATE = re.compile(r"[均都等]|(?:共|合计|总计)(?:为|达到?|有|计)?$")
# A、B和C均超过78%; 食品、石化、医药、信息等重点产业增加值占比: a list that is the subject of the number
_LIST_SHARES = re.compile(r"、[^，,。；]*(?:[均都](?:超过|达到|达|为|增长|下降|提高|实现)|等)")
# a clause with a verb or a comparator of its own before its number: no noun of a list before it
_OWN_PREDICATE = re.compile(
    r"(?:有|达到|达|为|是|增长|下降|提高|降低|完成|实现|超过|突破|至少|增加|减少|占)$|^(?:至少|全部|均)"
)
_SuffixesByLength = tuple[tuple[int, frozenset[str]], ...]  # the longest first


def _by_length(words: list[str]) -> _SuffixesByLength:
    return tuple((n, frozenset(w for w in words if len(w) == n)) for n in sorted({len(w) for w in words}, reverse=True))


# the metric drops times, places and intentions before it (全年全区, 力争) and verbs after it (完成, 控制在)
_METRIC_HEAD = re.compile(
    # (如一九五七年|钢材的自给率…: an example's year)
    r"^(?:(?:例如|比如|譬如|如)?在?" + _TIME_WORDS + r"(?:[，,]|的)?|[全我]\w上下"
    r"|(?:全市|全区|全省|全县|全州|全国(?!重点实验室|文明|重点文物|示范|先进|人大|政协)|我市|我区|我省|我县|我国)的?(?![和与及、性])"
    # (not 全国和自贸区…: one of two; nor 全国重点实验室, 全国文明城市: a national title; nor 全市性: scope of kind)
    # 这五年共|取得…: the span told of, no part of what is measured
    r"|(?:这|那)[一二三四五六七八九十两0-9]{1,2}年(?:来|间|内|中|里)?(?:共|累计|合计|共计)?(?=[\u4e00-\u9fff]{2})"
    r"|其中|就是|我们|我(?:们)?(?:承诺|保证|表态)|提出了?(?=[^，,]{2,}(?:增长|达到|提高|下降|控制在)|[\u4e00-\u9fff]{1,10}?(?:产量|涨幅|总额|总值|增速|产值)$)|要求|要(?!求)|一定要|必须|务必|(?:阶段性)?将|落实好|力争|力促|确保|力保|保证(?!金)|必保|争取(?!到)|努力|尽快|计划(?![内外])|预计|拟(?![建办设])|成为|(?:扎实|加快|全力|大力|着力|积极|稳步|有序)?(?:推动|推进)|(?:加快|加速)(?=实施|建设|建成|打造|培育)|(?:首次|首度)?实现|完成了|实现了|(?:分别)?达到了"
    r"|目前已?|现已|(?:也|还)?[只仅](?=完成|达到|占)"  # 只占国家预算收入的2.3%: how little, not what
    r"|仅(?=对|是|在)"  # 仅对制假售假违法活动立案查处的就达…: how much, even of a part
    r"|(?:因为|由于|因此|所以|但是|然而|结果)[，,]?"  # 因为|绝大多数棉田的亩产量…: the link to the sentence before
    r"|(?:约合|折合)$"  # 9.5万元，约合1.5万美元: the same measure, converted
    r"|依托[^，,。；]{2,12}?(?=发展|建设|打造|实施|推进)"  # 依托北纬四十七|发展鲜食玉米35万亩: by what means
    # 就可以每年为国家节约…, 使国民生产总值达到…: what may be or is brought about, not what is measured
    r"|(?:就|才)?(?:可以|能够)|就(?:可|能|将|需要?)|(?:就|才)?可使|使(?![用命馆者])"
    r"|特别是|尤其是|例如|比如|譬如|包括|如(?=[\u4e00-\u9fff]{1,3}增长)|(?:坚决|切实|努力|力争|全面|坚持)?把|致使|导致|相应地?|为此"
    # 中央提出|今年|经济增长预期目标为7%: who set this year's goal (not 国务院提出法律议案50件, what it did)
    r"|(?:党中央|中央|国务院|省委|市委|县委|区委|州委)(?:提出|确定|要求)的?(?=今年|明年|本年|全年)"
    r"|(?:围绕|按照|朝着|对照|瞄准|锚定)(?=.)"  # 围绕|2027年|主城区建成155平方公里的目标: toward what, not what
    r"|是指|指(?=[全各市县区省城农])|“[^“”]{1,8}”(?:是指|指)"  # 指全市…100%覆盖, “7”指7个…: a glossary's
    r"|(?:高质量|高标准|高水平|圆满|超额|全面)(?=完成|实现|建成|落实)"  # 高质量完成20件民生实事: how, not what
    r"|即(?![使便将])(?=.)|而(?![今且已])(?=.)|大约|第?[一二三四五六七八九十]{1,3}是(?=.)"
    # 实现原定|2000年国民生产总值…翻两番: a goal set before; 计划规定|一九五九年…: who set it; 为了实现|…的目标:
    # what for; no part of the measure
    r"|原定(?=.)|规定(?=" + _TIME_WORDS + r")|为了?实现(?=.)|都(?:是|只)(?=.)|在(?:执行|实际工作|实施)中(?=.)"
    r"|只要(?:我们)?(?:能够|能)?(?:齐心协力|共同努力)?(?=.))+"  # 只要齐心协力|推动经济增长8%: on what condition
)
# Words ending in a character that is a suffix of a metric on its own (约 about, 近 nearly, 有 has)
_ENDS_LIKE_A_SUFFIX = frozenset(
    "签约 合约 节约 制约 预约 条约 公约 履约 违约 集约 邻近 附近 就近 拥有 现有 原有 冷却 退却 行为 "
    # 村均|超过23.9万元: per village, not 均 all; 通过 is no 通 over (过50亿元)
    "村均 户均 县均 亩均 校均 场均 日均 月均 通过 经过 度过 错过 穿过 越过 放过 虚拟 模拟".split())
_METRIC_TAIL = _by_length(
    (
        "完成了 实现了 达到了 完成 达到 实现 突破 超过 超出 超 过 达 为 是 在 控制在 保持在 稳定在 保持 提高到 提高至 "
        "提升到 提升至 上升到 上升至 增加到 增长到 增至 降至 降到 下降到 减少到 压减至 压减到 压缩至 压缩到 近 约 "
        "不足 不到 不低于 不少于 不超过 不高于 低于 高于 至少 逾 共 累计 有 到 至 了 的 从 由 人均 分别 均 首次 已 将 "
        "定在 定为 拟定为 确定为 设定为 核定为 设定在 确定在 达成 双双 约占 计划达到 计划完成 计划达 减至 减到 "
        "预计达到 预计完成 预计 已接近 接近 有望 就有望 将有望 收到 共收到 "
        "增加至 增长至 降低到 降低至 下降至 减少至 扩大到 扩大至 调至 调到 调整为 调整到 调整至 提至 升至 升到 "
        "跃升至 跃升到 等于 相当于 却 又 也 可以 可达到 可达 稳步 逐步 顺利 翻番 实现翻番 迅速 快速 大幅 大幅度 "
        "上调至 上调到 调高到 调高至 下降为 上升为 降低为 提高为 增加为 只 仅 各 "
        "现行 现行的 拟按 按 由上年 从上年 由去年 从去年 跨过 跨上 跃上 迈上 站上 迈过 跨越 连跨 "
        "连续跨过 连续跨上 连续迈上 连续跨越 "
        "应当 就应当 应该 就应该 将要 可能 可能进一步 进一步 "  # 粮食产量将要|达到…: what is due, not the measure
        "力争 争取 确保 努力 必须 从上半年 由上半年 从年初 由年初 平均 全部 都 全都 大约 大概 原定 由原 从原 已经 "
        "平均每年 每年平均 年均 继续 发展到 发展至 高达 多达 长达 仍然 依然 仍 在今年 今年 在本年 本年 在明年 明年 "
        "去年底 去年末 去年 今年底 今年末 上年末 上年底 "
        "拓展到 拓展至 扩展到 扩展至 延长到 延长至 缩减到 缩减至 下半年 上半年 接连 相继 先后 则 "
        "还不到 还不足 还只有 还有 不过 还不过 要从 要由 将从 将由 回落到 回落至 回升到 回升至 实际 "
        "整合为 整合到 整合至 合并为 合并到 合并至 归并为 优化整合为 优化整合至 重组整合为 重组整合至 "
        "才增加到 才达到 才提高到 才有 才只有 就增加到 就达到 就提高到 "  # 年产量才增加到…: how late, not what
        "的就达 的就有 就达 就有 "  # 仅对…立案查处的就达120多万起: how many, said as much
        "就已经 就已 "  # 一九五二年，棉纱产量就已经|达到…: how early, not what
        "就只 就仅 就完成了 就完成 就实现了 就实现 "  # 基本建设计划就只完成了|94.3%: how little, not what
        "现已 现在已 目前已 "  # 建交的国家总数现已达到155个: when, not what
        "拟 拟将"  # 中央预算内投资拟|增加到4576亿元: what is proposed, not the measure (虚拟, 模拟 are words)
    ).split()
)
# 同比增长9.1%; 比1980年预计增加1000万吨, 较上年末下降: a change of the measure named before it
_COMPARED_TO = (r"(?:比(?![例重率值])|较)(?:[^，,比较]{0,8}年(?:同期|末|底|初|前)?的?(?:预计|实际|决算|预算|完成)?数?"
                r"|“?[^，,比较”]{1,4}”?(?:同期|时期|期间|期末|末)|“[一二三四五六七八九十]{1,2}五”(?![规计纲])"
                r"|(?:[^，,比较]{0,6}年)?(?:第?[一二三四1-4]季度|[上下]半年)(?:末)?)(?:大约|约)?")  # 比上年, 比五年前,
# 比“八五”时期, 较“十三五”, 比一季度 (not the 比 of 比例近3年|提升: a share's own word)
_A_YEAR = r"(?:(?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年"
# 由1997年, 已由一九五二年: where a change starts, no measure
_BARE_START = re.compile(r"(?:已经|已|将|则)?[由从](?:" + _A_YEAR + r"(?:底|末)?的?)?")
_ASIDE_REACH = 30  # how far back a parenthesis may open around a time word
_BARE_CHANGES = frozenset(("增量", "增幅", "增速", "增加", "增长", "年均增长", "年均增速", "平均每年增长"))
_SUBJECT_THEN_REACH = re.compile(
    r"([^，,、；;。：:\n0-9]{2,12}?)(?:突破|跨过|跨上|迈上|迈过|连跨|连续跨上|屡创|连创|再创|首次突破|大幅度?增加|大幅增长|"
    r"持续增长)")
_START_SUBJECT_MAX = 32  # …的人口地区覆盖率，由1997年的…: the clause before that names what changes
# 同比增长9.1%, 都增长百分之三十, 是1997年的2.3倍: a change of (or a ratio to) the measure named before it
# 五年增加70%, 近3年提升, 前三年共增加: over the years
_DURATION = r"(?:(?:在)?(?:近|过去的?|前)?[一二三四五六七八九十两0-9]{1,3}年(?:来|间|内|中|里)?(?:共|累计|合计)?)"
_GROWTH_ADVERBS = "都均也又还即将要会却就"  # 都将增长: how the growth is said, not what grows
# 一律削减10%: how it is cut, for all; 应该比原计划至少节约: asked, and at least (the comparator says so)
_CHANGE_ADVERBS = re.compile(r"^(?:[" + _GROWTH_ADVERBS + r"]|一律|应该|应当|必须)+|至少(?=[\u4e00-\u9fff]{2}$)")
_GROWTH = re.compile(r"^[都均也又还即将要会就]*(?:(?:同比|比上年|较上年)分别|同比|比上年|较上年|年均)?"
                     r"(?:实际|名义)?"  # 实际增长3.3%
                     r"(?:按?(?:可比|同)口径|按可比价格?计算)?"  # 可比口径增长11%: measured alike, still a change
                     # not 降低企业成本 (an act), nor 提高到2002年 (where a change ended)
                     r"(?:(?:增长|下降|增速|提高|减少|上涨|上升)(?![到至为])|(?:提升|降低)(?:到|至))"
                     r"|^(?:[即又也还都均就]|一律)*(?:应该|应当|必须)?" + _DURATION + r"?(?:" + _COMPARED_TO
                     # (平均每年实际增长8.6%: the real change, on average)
                     + r"|比原计划)?(?:(?:平均每年|每年平均|年均|平均|累计)(?:实际)?|实际)?(?:大约|约)?"
                     r"(?:[只仅仍还也又]|仍然)?(?:至少)?"
                     # (比1954年只增长了3%, 比一九五二年仍增长了…; 应该比原计划至少节约百分之十: the saving on the plan)
                     r"(?:增长|下降|提高|提升|降低|减少|上涨|增加|净增|增产|减产|递增|递减|削减|节约)了?$"
                     # 投资增长25.8%，增幅比一季度回落17.2个百分点: the pace of the growth before, against a base
                     r"|^(?:增幅|增速|涨幅|降幅)(?:" + _COMPARED_TO
                     + r")(?:回落|回升|提高|下降|加快|放缓|扩大|收窄)了?$"
                     r"|^(?:" + _COMPARED_TO + r")(?:高|低)出?$"  # 赤字率拟按2.8%安排，比去年预算高0.2个百分点
                     r"|^占$"  # 初步改良了四亿五千万亩，占百分之六十: the share of what the clause before measured
                     # (…又将等于一九五三年的两倍多: the year of the base may have gone with the tail)
                     r"|^[又也还将要都]*(?:是|为|相当于|等于)(?:" + _A_YEAR + ")?$")
# 又比一九五七年增加, 同比下降: a change against a base that names no measure of its own
_COMPARED_CHANGE = re.compile(r"[又也还都均就]*(?:同比|" + _COMPARED_TO
                              + r")(?:增长|下降|提高|降低|减少|上涨|上升|增加)了?")
_EXAMPLE_OPENINGS = ("例如", "比如", "譬如")
_EXAMPLE_REACH = 24  # 例如，吉林省有一个: as far as EXAMPLE_TOLD reads
# …浪费了五百四十万元, 存在着程度不同的亏损, 没有恢复到历史最高水平: what was or is so, told after the number
_STATE_AFTER = re.compile(r"(?:浪费|损失|亏损|积压|返工|报废)了|存在着|没有恢复到|尚未恢复"
                          r"|不合规格|不合格(?![率品])")  # 有百分之三十不合规格: a defect seen, not set
_DEFECT_BEFORE = re.compile(r"不合(?:规格|格)的(?:达到?|有|为|共有?)?$")
_ASKED_BEFORE = re.compile(r"(?<![主重需])要(?![求素点])|将(?![近其])|力争|确保|争取|计划|必须|预计")
_EXAMPLE_AFTER_COMMA = re.compile(r"[，,](?:例如|比如|譬如)")
# 第一季度生产的…: a part of the year gone by when the report was made
_PAST_PART_OF_YEAR = re.compile(r"第一季度|一季度|上半年|前[两三四五]个月|[一1][—\-－至到][二三四五六2-6]月")
# 鞍钢设计大楼的造价高达二百四十元: a figure told as strikingly high is one seen, not one set
_SEEN_HIGH = re.compile(r"高达")
# 北京有一个建筑物的主楼，|每平方公尺的造价达…: one case opened to make a point (not 每个乡镇有一所卫生院)
_ONE_CASE_OPENING = re.compile(r"(?![每各])[^，,。；\n]{1,10}?有一[个家座所][^，,。；\n]{2,16}[，,]")
_STATISTICS = re.compile(r"据[^，,。；]{0,16}?统计")  # 据一九五二年的统计，…: what the figures were
_NOUN_END = re.compile(r"与|[，,。；]")  # not 和/及/要, which words hold (主要, 普及)
# the measure a clause before ranks or doubles: …全国第四、突破1万公里; …实现翻番、达1.8万家
_RANKED = re.compile(r"([^，,。；、\n\d]{2,16}?)(?:(?:稳居|位居|位列|排名|居)?(?:全国|全省|全市|全区|全州|世界|全球)"
                     r"第[一二三四五六七八九十\d]+位?|(?:实现)?翻(?:了)?一?番)$")
# 省、市、县 of 省、市、县三级财政; 市县两级|1300多名干部
_LEVELS = re.compile(r"[省市县区州镇乡村](?:、?[省市县区州镇乡村])+(?:[两三四五]级)?")
_ABOVE = re.compile(r"(?:高于|低于|快于|慢于|优于|高出|低出|超出)(?:(?:全国|全省|全市|全区|全州|全县)(?:平均)?(?:水平)?"
                    # 高于全省农民人均收入: the same measure of the wider level
                    r"|(?:全国|全省|全市|全区|全州|全县)[\u4e00-\u9fff]{1,8}?(?:人均|平均)[\u4e00-\u9fff]{0,6}?(?:收入|水平)"
                    r"|(?:国家|省|市|省定|市定|国定|上级|年初)?(?:下达|规定|控制)?(?:的)?(?:目标|计划|指标)(?:值|上限|下限)?"
                    # 快于2024年1.8个百分点, 高于“十三五”时期, 快于经济增速: a period's growth or the economy's
                    r"|(?:[0-9]{4}年|上年|去年|上一年|“[^”]{2,4}”(?:时期|期间))(?:同期)?(?:水平)?|经济增速|经济增长)")
_GROWTH_TAIL = re.compile(
    # 比1956年将增长, 比1954年只增长
    r"即?" + _DURATION + r"?(?:同比|" + _COMPARED_TO + r"|年均|平均每年|每年平均)?(?:将|也|又|还|只|仅)?(?:实际|名义)?"
    r"(?:增长|下降|增速|提高|提升|降低|减少|上涨|上升|回升|回落|增加|净增|增产|减产|递增|递减|(?<=[月年])增)了?$"
)  # (人均月增|167.5元、达1448.9元: the monthly rise, then the level)
# 工业总产值一九七四年预计比一九六四年增长: the years and the estimate say when, not what grows
_DATED_COMPARISON = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:" + _A_YEAR
    + r"(?:预计|实际)?|预计|实际)(?:比|较)[^，,比较]{0,8}?年(?:同期)?(?=(?:增长|下降|提高|减少|上涨|增加)了?$)"
)
_DOUBLING = re.compile(  # not 比2010年翻; 十年接近翻一番: how close, too
    r"(?:(?<![0-9〇零一二三四五六七八九十])" + _DURATION + r"|实现)?(?:接近|将近|基本)?翻了?$")
_SET_TO = re.compile(r"(?:设定|确定|核定|调整|定)为|设定在|确定在")
# 粮食产量在一九五三年到一九七八年间平均每年增长…: a span of years inside the words, which dates, not measures
_INNER_YEARS = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:在|从|自)?" + _SPELLED_YEAR + r"年?(?:到|至|—|-|～)"
                          + _SPELLED_YEAR + r"年(?:间|期间|中)?的?(?=[\u4e00-\u9fff])")
# 棉花产量连续4年|占全国九成以上: how long it has held, which dates, not measures
_YEARS_RUNNING = re.compile(r"(?<=[\u4e00-\u9fff]{2})连续[0-9一二两三四五六七八九十]{1,3}年(?=[\u4e00-\u9fff])")
_MONTH_SPAN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:从|自)?(?:今年|去年|上年|本年|" + _SPELLED_YEAR + r"年)?"
                         r"[一二三四五六七八九十0-9]{1,2}月份?(?:到|至|—|-|～)[一二三四五六七八九十0-9]{1,2}月(?:份|底|末)?"
                         r"(?:间|期间)?(?:共|累计)?$")
_STRIVE = re.compile(r"(?:力争|争取|努力|确保)(?:达到|实现)?")
_PARENTHESES_IN_A_NOUN = 3
# 2.5万套（间）城市危旧房: a unit's alternative in a parenthesis, the noun after it
_UNIT_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)](?!以上|以下|左右|以内)[\u4e00-\u9fff]")
_NOTE_MARK = re.compile(r"[\[［][0-9０-９]{1,3}[\]］]")  # a note's mark inside the words: 四大主导产业［2］占GDP比重
_EFFECTIVE_FROM = re.compile(  # 从2002年|1月1日起: the day a change took effect
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?(?:起|开始)")
_YEAR_CUT = re.compile(r"[0-9〇零○一二三四五六七八九]{1,3}年(?:底|末)?(?:的)?")  # the end of a year cut in two
_CHANGED_TO = re.compile(
    r"(?:又|将|已|实际)?(?:大幅度?|迅速|快速|显著|明显|稳步|逐步)?"  # 从44.1%大幅下降到25.9%: how fast, no measure
    r"(?:增加|增长|提高|提升|上升|下降|降低|减少|扩大|缩小|调整|调高|上调|压减|压缩|缩短|拓展|扩展|延长|缩减|精简|压降|削减"
    r"|回落|回升|收窄|(?:优化|重组)?整合|合并|归并)"  # 开发区由162个整合为123个: merged into fewer
    r"(?:到|至|为)了?"
    r"|降至|增至|升至|提至|调至|减为|降为|增为|升为")  # 下降为一九五二年的百分之三十九: changed to, as 下降到
# 发电装机容量由1997年(的2.54亿千瓦): the year is no part of the measure
_YEAR_ONLY = re.compile(r"(?:(?:也|还|又|则|已经?)?(?:从|由|在)|" + _CHANGED_TO.pattern + r")?" + _A_YEAR
                        + "(?:度|底|末)?(?:预算|决算)?")  # 也从一九五〇年的, 增加到一九五四年预算的
_YEARS_NAMED = r"(?:(?:19|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})年?"
_YEARS_TALLIED = re.compile(r"(?:其中)?在?(?:" + _YEARS_NAMED + r"(?:和|、|与|及)" + _YEARS_NAMED
                            + r")?[两二三四五六七八九十0-9]{1,2}年(?:合计|共计|累计|共)")
_YEAR_TAIL = re.compile(  # 由2011年, 由“十一五”末: when the figure after it stood
    r"(?:(?:由|从)?(?<![比较“])(?:" + _A_YEAR + r"(?:度|底|末)?(?:预算|决算)?|“?十[一二三四五六七八九]五”?末)|年度|全年"
    r"|(?<=[到至])(?:现在?|目前|今年|当年|本年)"  # 提高到现在的1721元: what it is now (its 在 may be cut as a tail)
    # “六五”期间五年平均降到…: a named period and the years it lasts date the figure, they measure nothing
    r"|(?<![\u4e00-\u9fff0-9０-９])(?:“[^”]{1,4}”(?:期间|时期))?[一二三四五六七八九十两0-9]{1,2}年(?:间|内|中)?"
    r"|(?<![\u4e00-\u9fff])“[^”]{1,4}”(?:期间|时期))$")
_DEADLINE_MODAL = re.compile(r"(?<=[\u4e00-\u9fff])(?:到|至)" + _A_YEAR + r"(?:底|末)?(?:要|将)$")  # 人口到2000年要
# 紧盯年度233个重点项目, 抓好2020年度100个…: the year's, and the noun after the number is the measure
_SHORT_GLOSS = re.compile(r"[（(][^（）()，,。；;]{1,8}[）)]")
_PLACED_AT = re.compile(r"(?:居|列|进入|位列|跻身|排名|排在|排)(?:全国|全省|全市|全区|全州|全县|世界|全球|国内|省内)?$")
_CLASS_MEASURES = (r"(?:纯收入|可支配收入|经营性收入|销售额|营业额|营业收入|销售收入|主营业务收入|营收"
                   r"|运量|货运量|吞吐量|综合能耗|年能耗|用水量|用电量)")
_CLASS_MEASURE = re.compile(_CLASS_MEASURES + "$")
_CLASS_THEN_COUNT = re.compile(r"[^，,、；;。0-9]{0,12}的[^，,、；;。0-9的]{2,12}")


def _unit_at(s: str, at: int) -> str | None:
    """The unit of the candidate number starting at ``at`` (a cheap look: the counter right after its digits)."""
    m = _COUNTER_AFTER.match(s, at)
    return m.group(1) if m else None


_COUNTER_AFTER = re.compile(r"[0-9.０-９零〇一二两三四五六七八九十百千万亿]+(?:多|余)?([\u4e00-\u9fff])")
_INVESTMENT_LINE = re.compile(r"(?<!总)投资(?:额)?(?:超过|超|在)?$")
# (not 单体计划投资超50亿元的卓翼科技项目: one project, named)
_PROJECTS_OF_CLASS = re.compile(r"(?:以上)?的(?:制造业|工业|产业|重点|重大|招商|新建|续建|在建|外资|民营|内资)?"
                                r"(?:项目|企业)"
                                r"(?![\u4e00-\u9fff]{0,2}(?:建设|开工|投产))")
_FIRST_OF_CLASS = re.compile(r"首个|第一个|唯一|首家|首座|首批")
# 消除年经营性收入低于5万元的薄弱村: the line drawn before the figure, too
_CLASS_LINE = re.compile(_CLASS_MEASURES + r"(?:低于|不足|不到|少于|高于|超过)$")
_TOTAL_OVER = re.compile(r"总[\u4e00-\u9fff]{0,3}(?:超过|超|过)$")
_BARE_YEAR_END = re.compile(r"(?<=[\u4e00-\u9fff])(?<![〇零一二三四五六七八九十])在?年[底末]$")
# 2025年度|…, 全面启动“十三五”|499个贫困村…: the period the count is of, before it
# (完成新一轮|219家…: which round, as a period is, before the verb's count)
_PERIOD_TAIL = re.compile(r"(?:" + _A_YEAR + r"度|年度|全年|“十[一二三四五六七八九]五”(?:时期|期间)?|新一轮)$")
_JOIN = re.compile(r"和(?![美谐平睦])|及|与|以及|并")  # not 和美乡村, 和谐社区
# 好: 办好, 抓好; 批: 获批; 起: 发展起, 建起; 聚: 汇聚; 得: 获得; 治: 收治; 发: 增发, 发放; 焦: 聚焦
_EACH_PLACE = re.compile(r"(?:每个|各)[\u4e00-\u9fff（）、]{0,10}?(?:县|市|区|乡|镇|村|园区)")
_EACH_PLACE_FILLER = re.compile(r"分别|至少|都要|均")
_BACKING = re.compile(r"^(?:支持|推动|鼓励|引导|力争|着力|实现|确保)")
_BUILD_UP_VERBS = ("做强", "做大", "做优", "做精", "做实", "做特", "壮大", "增强")
_VERB_ENDS = frozenset("出有造建设育引进办开立招施动展供扶助纳导决盖及签定选化成持好批产通起改广拥把聚得治发升善行焦新"
                       "住放活订守")  # 住: 守住, 稳住; 放: 下放, 释放, 投放; 活: 盘活; 订: 修订, 签订; 守: 严守, 坚守
_SPAN_OPENING = re.compile(r"^" + _DURATION)
_GOING_ON = re.compile(r"^(?:我们|今年)?(?:继续|再|又|还将|还)")
_RANK_STEPS = re.compile(r"(?:位次|名次|等级|档次|个?位|级)(?:以上|以下)?")
_LEADING_GLOSS = re.compile(r"^[（(][^（）()]*[）)]")
_COMPARED = re.compile(r"比较|相比|对比|再|还")
_NUMBER_OPENINGS = frozenset("0123456789０１２３４５６７８９XxＸ零〇一二两三四五六七八九十百千")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff](?<![零〇一二两三四五六七八九十百千万亿多余])")  # a word, not a numeral
# 比2020年增长, 同比下降, 增长: a clause that opens with a change (of the figure before it); not 提高到…
_CHANGE_OPENING = re.compile(
    r"(?:同比|年均|" + _COMPARED_TO + r")?(?:增长|下降|提高|提升|降低|减少|上涨|上升|增加)(?![到至为])")
# a change's start or end (not 达到: a level reached), a comparison's base value
# (not 从业人员, 由于, 至少: words that hold the characters)
_FROM_OR_TO = re.compile(r"从(?![业事])|由(?!于)|至(?![少今])|(?<!达)到|[比较][^，,。；]{0,10}的")
_SHARES = frozenset(("%", "％", "‰", "个百分点", "百分点", "倍", "成"))
_POINTS = frozenset(("个百分点", "百分点"))
_CHANGE_LEFT = frozenset("减降增升")  # 由85个减为|26个: what is left of 减为 once its 为 went with the tail
# …支出14.98亿元，为预算数的114.13%; …收到…元，完成预算数的87.25%: of the spending, of the revenue
_OF_PLAN = re.compile(r"(?:为|完成|达到)(?:省定|省下达|市定|年度|全年)?(?:预算|计划|原计划|年度计划|任务|目标任务)数?$")
# 化隆县谢家滩乡拉扎村3.73亿立方米山体滑坡: a place, then what is measured there; not a kind of place
_PLACE_END = (*"村乡镇县", "街道", "办事处", "片区", "流域", "沿线", "沿岸", "河段", "城市段", "库区")
# 动员全省|8000名志愿者: the whole place the things counted are in, before the count
_SCOPES = ("全省", "全市", "全县", "全区", "全州", "全国", "全乡", "全镇")
_WITHIN_AREA = ("区内", "境内", "域内", "园内")  # 完成保护区内|159个矿山…治理: where they are, then what is counted
# 治理市区|4条黑臭水体, 主城区|21家企业迁建: the city proper, which the count's noun keeps (市区黑臭水体); so with a
# strip along water or a border (依法推进沿江|82家化工企业关改搬转: 沿江化工企业)
_CITY_PROPER = re.compile(r"(?:主|中心|老)?城区$|市区$|县城$|核心区$|沿(?:江|海|河|湖|边|黄)$")
# 广东自贸试验区|43项改革创新成果在全国推广: a body whose things the count counts, which the noun keeps
# (生物医药等重点产业链|36项卡点攻关: the things of the examples' kind, too)
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{2,10}(?:试验区|开发区|高新区|新区|园区|集团|公司)"
                          r"|[^，,。；;]{2,12}等(?:重点)?(?:产业链|产业|行业|企业)"
                          # 中央各部门将有|117个重大建设单位: the departments' units
                          r"|(?:中央|国务院|省直|市直|县直|省级|市级)各?(?:部门|部委)")
_PLACE_KINDS = ("农村", "乡村", "城乡", "各县", "全县", "各乡镇", "乡镇", "城镇", "集镇", "本县", "贫困村", "贫困县",
                "攻坚县", "重点县", "示范县", "示范村", "行政村", "自然村")
# 产能1400万吨/年|建成试运转, 投资1.3亿元|实施…: what follows says what was done, the measure before is measured
_PREDICATE_START = re.compile(r"建成|实施|实现|完成|开工|投产|用于|支持|带动")
_TAKES_OBJECT = frozenset(("实施", "用于", "支持", "带动"))
# 深挖4个方面|31项增长潜力; 十大类|46项民生实事工程
_ASPECTS_END = re.compile(r"[0-9一二三四五六七八九十](?:个(?:方面|方向|领域)|大?类)$")
_PHASE_END = re.compile(r"[首一二三四五]期$|阶段$")  # 建成公共自行车租赁系统首期195个租赁点: the noun after is counted
# 全球最高10米液压支架: the noun is the 液压支架; 全球首款量产级9兆瓦时储能系统: the 储能系统
_SUPERLATIVE = re.compile(r"最[高大长深宽重快]$|首[台座套艘个款](?:[^，,。；、\d]{1,4}级)?$")
_CONJUNCTIONS = ("和", "与")  # 及 is among the verb ends (涉及, 普及)
_TRAIL_DROP = tuple("和与及并的“”\"「」")
_LIST_JOINS = frozenset(("和", "、", "及", "与", "以及"))
# 超过5.2亿人次参与: a word that ends in a join (与, 及) is no join left hanging
_WORDS_ENDING_IN_JOIN = ("参与", "给与", "赋与", "授与", "普及", "涉及", "惠及", "波及", "遍及", "触及", "顾及", "危及")

_FULL_WIDTH = re.compile(r"[０-９％．／Ｘ]")
_HALF_WIDTH_SIGNS = re.compile(r"[0-9%./X]")
_HALF_WIDTH = str.maketrans("０１２３４５６７８９％．／Ｘ", "0123456789%./X")
_TRADITIONAL_HINT = re.compile(r"[們個這為來說時國會對發經過還於與點區業產長進實現據應當將開關頭廣萬億畝噸戶處項輛臺]")


Kind = Literal["target", "fact"]
Comparator = Literal["at_least", "at_most", "about", "range", "exact"]


@dataclass
class _Section:
    start: int
    mode: str  # "review", "plan", "mixed" (a review, then a plan), "neutral" (a speech), "pending"
    year: int | None
    hint: int | None = None  # the report's own year this heading implies, for an undated report


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int  # after the number, its unit and a comparator after it
    value: float | None
    value_max: float | None
    unit: str | None
    comparator: Comparator
    redacted: bool
    pre_cue: bool = False  # the comparator came from a word before the number (分别超98.5%和99%)
    qualifier: bool = False  # a bound that qualifies a noun, not an amount (50米内换乘比例达91%)


def extract_quantities(text: str, date: str | None, parts: list[Section] | None = None) -> list[Quantity]:
    """The targets and facts of a clean text; ``date`` ("YYYY", "YYYY-MM" or "YYYY-MM-DD") resolves 今年;
    ``parts`` (:func:`luoshi.extract.sections.find_sections`), where given, mark the plan parts that no
    numbered heading opens (今后五年的主要目标是…, after 一、过去五年工作回顾 and no 二、)."""
    if not text:
        return []
    s = _simplified(text)
    dated = plan_year(s, date)  # a report delivered in December plans for the next year
    sections = _sections(s, dated)
    doc_year = dated or _infer_year(s, sections)
    if doc_year != dated:
        sections = _sections(s, doc_year)
    if parts:
        sections = _with_titled_parts(s, sections, parts, doc_year, dated is not None and dated != year_of(date))
    candidates = _candidates(s)
    if not candidates:
        return []
    ctx = _Context(s, text, doc_year, sections, year_of(date), [c.start for c in candidates])
    out: list[Quantity] = []
    prev: _Candidate | None = None
    prev_metric, prev_sentence = "", -1
    defining = False  # the quantity before is one a definition counts
    for i, c in enumerate(candidates):
        nxt = candidates[i + 1].start if i + 1 < len(candidates) else len(s)
        if _draws_a_class(ctx, c, nxt):
            continue
        if prev is not None and prev.pre_cue and c.comparator == "exact" and s[prev.end : c.start] in _LIST_JOINS:
            c.comparator, c.pre_cue = prev.comparator, True  # 突破7万亿、8万亿、9万亿: down the whole list
        sentence = ctx.sentence_start(c.start)
        # a change with no subject after a ； may be the measure's before it
        after_semicolon = (sentence != prev_sentence and sentence > 0 and s[sentence - 1] in "；;"
                           and ctx.sentence_start(sentence - 1) == prev_sentence)
        q, metric = ctx.build(c, out[-1].end if out else 0, nxt, prev_metric if sentence == prev_sentence else "",
                              prev_metric if after_semicolon else "")
        if _defines_a_sum(s, c.start) or (defining and s[out[-1].end : c.start].strip(_DEFINITION_LIST) == ""):
            # 是指武威、金昌、张掖5个市: a definition counts the names it lists (指1个…、6个…: each of them)
            q = replace(q, kind="fact", deadline_year=None, deadline_text=None)
            defining = True
        elif out:
            q = _as_the_one_before(ctx, out[-1], q, sentence, sentence != prev_sentence)
            defining = False
        out.append(q)
        prev, prev_metric, prev_sentence = c, metric, sentence
    out = [q for q in out if not _spells_the_name_noted(q, s)]
    found = _shared_nouns(_counts_changed(_counts_of_owners(_paired_counts(out, s), s), s), s, text)
    found = _shared_comparators(_shared_capacity(_shared_outcomes(_shared_owner(_shared_verbs(found, s), s), s), s), s)
    found = _amounts_converted(_changes_from_a_base_told(_seats_of_facilities_built(found, s), s), s)
    found = _changes_against_an_opening_base(_people_served(_counted_past_a_qualifier(found, s), s), s, text)
    found = _spending_listed(_spending_of_counted_projects(_places_measured_alike(found, s), s), s)
    found = _elided_nouns(_parts_of_the_whole(_counted_among(found, s), s), s)
    found = _capacities_listed(_progress_of_owner(_rate_of_act(found, s), s), s)
    found = _shared_predicate(_counts_of_the_counted(_counts_before_a_capacity(found, s)), s)
    found = _scopes_of_rates(_economies_of_places_supported(_bounds_listed(_parts_by_scope(found, s)), s), s)
    found = [replace(q, metric=_SHORT_NAME_NOTE.sub("", q.metric)) if "（" in q.metric else q for q in found]
    # 有三十五亿元|是用于增加住宅建设投资: the copula that ties a figure to what it is is no part of the measure
    found = [replace(q, metric=q.metric[1:]) if q.metric.startswith("是") and len(q.metric) > 3
             and not q.metric.startswith("是否") else q for q in found]
    found = [_after_aside_left_open(q, text) if "）" in q.evidence or ")" in q.evidence else q for q in found]
    # 基本养老金从2004年人均每月|700元: the year a change starts from is no part of the measure
    found = [replace(q, metric=_FROM_YEAR_INSIDE.sub("", q.metric)) if "从" in q.metric or "由" in q.metric else q
             for q in found]
    # 一般公共预算收入累计完成3.7万亿元: the total over the years, not a year's amount
    found = [replace(q, metric=q.metric + "累计") if q.metric and q.unit not in _SHARES
             and (q.metric + "累计") in q.evidence[:len(q.metric) + 8] else q for q in found]
    found = _measures_of_owners_alike(_rates_of_subjects_before(_standards_met_alike(found, s), s), s)
    found = _rates_of_counts_before(found, s)
    found = _owners_counted_with_their_parts(_bare_measures_listed_after_an_owner_s(found, s), s)
    found = _kinds_listed_after_an_act(found, s)
    found = _measures_of_named_before(_stages_of_works_counted(found, s), s)
    found = _without_referred_again(_without_illustrations(_without_hypotheticals(found, s), s), s)
    found = _eventual_capacities(_respectively(_years_of_span_totals(found, s), s, text), s)
    found = _starts_of_parallel_changes(found, s)
    found = _respective_without_the_word(found, s, text)
    # 大豆要求增长|百分之四点四, 粮食产量要|稳定在…: what the plan asks is said by the kind, no part of the measure
    found = [replace(q, metric=_ASKED_INSIDE.sub("", q.metric)) if "要" in q.metric else q for q in found]
    # 而1956年|就开垦荒地…, 又|增长17%: an adverb that links the figure to the one before is no part of the measure,
    # nor one of manner (认真办理…)
    found = [replace(q, metric=q.metric[adverb.end() :]) if (adverb := _LINKING_ADVERB.match(q.metric)
             or _MANNER_ADVERB.match(q.metric)) and len(q.metric) - adverb.end() >= 2 else q for q in found]
    # 仅一机部系统就|试制成功…: how much one part alone did is said for emphasis, no part of the measure
    found = [replace(q, metric=alone.group(1) + q.metric[alone.end() :]) if q.metric.startswith(_ALONE_OPENINGS)
             and (alone := _ALONE_THEN.match(q.metric)) is not None and len(q.metric) - alone.end() >= 2 else q
             for q in found]
    found = _output_of_production_before(_changes_of_what_was_raised(_bare_changes_of_the_subject(found, s), s), s)
    found = _mileage_of_roads_before(found, s)
    found = _totals_of_lists(_measures_of_topic_opened(found, s), s, text)
    found = _turns_of_the_change_before(found, s)
    # 林产、医药…预计完成|工业产值…: that a figure is an estimate is no part of its measure
    # (比1980年预计增加: the base's)
    found = [replace(q, metric=_ESTIMATED_INSIDE.sub("", q.metric)) if "预计" in q.metric else q for q in found]
    # 中央财政将为此|投入100亿元, 努力做到|每年增产钢: what it is for and that it is striven for are no part of the
    # measure
    found = [replace(q, metric=_FOR_THIS_OR_ACHIEVED.sub("", q.metric)) if "为此" in q.metric or "做到" in q.metric
             else q for q in found]
    # 加快…4个投资亿元以上重点项目|建设进度, 设置64个临时摆卖区|助力“夜间经济”: what is counted, not the pace it is
    # pushed at nor what it helps
    found = [replace(q, metric=_COUNTED_THEN_PACE_OR_AIM.sub("", q.metric)) if q.unit and q.unit[-1:] in _COUNTERS
             and _COUNTED_THEN_PACE_OR_AIM.search(q.metric) else q for q in found]
    # 轻工业…增长百分之十一点八，超过|重工业每年平均增长百分之三点四|的速度: the pace compared with is its own measure's
    found = [replace(q, metric=q.metric[over.end() :]) if (over := _OVER_THE_PACE_OF.match(q.metric))
             and (q.evidence.endswith(_PACE_NOUNS) or s.startswith(_PACE_NOUNS, q.end))
             and len(q.metric) - over.end() >= 2 else q for q in found]
    # 农业总产值将比上年增长, 产量都比上年增长: when and how widely the change is said is no part of the measure
    found = [replace(q, metric=_ADVERB_BEFORE_COMPARISON.sub("", q.metric)) if "比" in q.metric else q for q in found]
    # 地区生产总值历史性|突破4000亿元, 城镇登记失业率控制|到3.65%: how the figure was reached or held is no part
    # of what is measured
    found = [replace(q, metric=_HOW_IT_WENT_AT_END.sub("", q.metric)) for q in found]
    found = _raises_of_named_before(_investments_listed(_tourism_income(found, s), s), s)
    found = _spending_of_projects_listed(found, s)
    found = _measures_of_years_listed(found, s)
    # 计划建成投产大中型项目118个，实际建成128个: the plan's figure set against what was done is the plan's
    found = [replace(q, metric="计划" + q.metric) if q.evidence.startswith("计划") and not q.metric.startswith("计划")
             and _ACTUAL_NEXT.match(s, q.end) else q for q in found]
    found = [_coal_equivalent_after_bound(q) if q.evidence.endswith(_COAL_EQUIVALENTS) else q for q in found]
    # 主要工业产品的品种大约增加|二万四千种: that it is about so many is the comparator's to say, not the measure's
    found = [replace(q, metric=q.metric.replace("大约", "")) if "大约" in q.metric and len(q.metric) > 4 else q
             for q in found]
    # 苹果产量稳定在全国|1/4: the share of the country's the measure holds, said as such
    found = [replace(q, metric=held.group(1) + "占" + held.group(2) + "比重") if (q.unit is None or q.unit in _SHARES)
             and (held := _HELD_SHARE_END.fullmatch(q.metric)) is not None else q for q in found]
    # 国家预算规定|国防费支出…, 五年计划规定|扩大耕地面积…: where the figure is set is no part of the measure
    found = [replace(q, metric=q.metric[opening.end() :]) if (opening := _SOURCE_OPENING.match(q.metric))
             and len(q.metric) - opening.end() >= 2 else q for q in found]
    # 9个重大水利工程投入使用或|加快建设: a metric cut at a conjunction names the things, not half of what they do
    found = [replace(q, metric=_CUT_AT_CONJUNCTION.sub("", q.metric)) if q.metric.endswith(("或", "和", "与")) else q
             for q in found]
    # …全国重点实验室助力页岩油年产量突破…: what helped is no part of what is measured
    found = [replace(q, metric=helped.group(1)) if "助力" in q.metric and (helped := _HELPED_MEASURE.search(q.metric))
             else q for q in found]
    # 起征点从月销售额|3万元提高到10万元, 开办时间从一个月以上|压缩到4个工作日: what the start is reckoned in, or a
    # start said in words, is no part of what changes
    found = [replace(q, metric=_FROM_RECKONING_AT_END.sub("", q.metric)) if "从" in q.metric else q for q in found]
    # 全市共有|省级宜居城镇19个, 我国将共有|高等学校…, 全国还有|少数民族医院38所: that there are so many (in all,
    # besides, by now) is no part of what is counted
    found = [replace(q, metric=_THERE_ARE.sub("", q.metric)) if "有" in q.metric[:3] else q for q in found]
    # 纳入考核的7个县（市、区）全部|被评为…: that all of them did is no part of what is counted
    found = [replace(q, metric=q.metric[:-2]) if q.metric.endswith("全部") and len(q.metric) >= 5 else q
             for q in found]
    found = _shares_of_what_reached_the_figure_after(_figures_going_on(found, s), s)  # last: what none named
    # (…分别达到四百斤、五百斤和八百斤, 已经有一百零四个: a figure whose measure no pass could name is no row)
    return [q for q in found if q.metric]


def _shares_of_what_reached_the_figure_after(found: list[Quantity], s: str) -> list[Quantity]:
    """X%以上的|行政村集体经济收入超过10万元: a share the next figure's clause follows at once is the share of the
    things that reach that figure."""
    for k in range(len(found) - 1):
        q, nxt = found[k], found[k + 1]
        # (…稳定脱贫，|80%以上|被帮扶的贫困人口达到…2500元以上: a share opening its clause, the things right after it)
        opens = (q.start > 0 and s[q.start - 1] in "，,；;" and q.evidence[:1].isdigit()
                 and _HAN_ONLY.fullmatch(s[q.end : q.end + 1]) is not None and s[q.end] not in "和及与或"
                 and _SHARE_REACHES.match(s, q.end) is None)  # (not 100%达10万元以上，76%|达20万元以上: no things)
        if q.unit != "%" or not ((not q.metric and s.startswith("的", q.end)) or opens):
            continue
        clause = s[q.end + 1 if s.startswith("的", q.end) else q.end : nxt.end]
        if nxt.start >= q.end + (0 if opens else 1) and len(clause) >= 4 and not _CLAUSE_END.search(clause):
            found[k] = replace(q, metric=clause)
    return found


_SHARE_REACHES = re.compile(r"(?:以上|以下|左右)?(?:达到?|超过?|实现|完成|为|是|提高|增长|下降|突破|保持|稳定)")
_FROM_RECKONING_AT_END = re.compile(
    r"(?<=[\u4e00-\u9fff]{4})从(?:(?:每|月|年|日|人均)?[\u4e00-\u9fff]{0,4}?[额量]"
    r"|[一二三四五六七八九十两半几]个?多?(?:月|年|天|周|小时|工作日)(?:以上|以下|左右)?)$")


# 生产总值比上年增长（以下简称增长）: how the report will say it from here on, no part of the measure
_SHORT_NAME_NOTE = re.compile(r"[（(](?:以下简称|以下称|下同|以下同)[^）)]{0,10}[）)]")


def _measures_of_owners_alike(found: list[Quantity], s: str) -> list[Quantity]:
    """有色金属产业年产值超4千亿元，|钢铁、食品加工产业|超3千亿元: owners of the kind the figure before named, with
    no measure of their own, in an amount of its unit, are measured as it was."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        owner = _OWNER_KIND_END.search(q.metric)
        if (owner is None or owner.end() != len(q.metric) or q.unit != before.unit or not _is_amount(q.unit)
                or s[before.end : q.start] not in ("，", ",", "；", ";")):
            continue
        at = before.metric.rfind(owner.group())
        measure = before.metric[at + len(owner.group()) :] if at > 0 else ""
        if 2 <= len(measure) <= 6 and _names_measure(measure) and not _names_measure(q.metric):
            found[k] = replace(q, metric=q.metric + measure)
    return found


_BARE_MEASURES = frozenset(("装机规模", "装机容量", "产量", "产值", "销量", "营收", "营业收入", "利润", "投资",
                            "出口", "进口", "用电量", "发电量", "总量", "规模"))
_OWNER_MEASURE = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:投资|产量|产值|销量|营收|营业收入|利润|出口额|出口)$")


def _owner_of_measure(metric: str) -> str:
    """新能源投资增长 → 新能源: the owner a measure names before its two-character kind, or ''."""
    named = _OWNER_MEASURE.match(_GROWTH_TAIL.sub("", metric))
    return named.group(1) if named is not None else ""


def _bare_measures_listed_after_an_owner_s(found: list[Quantity], s: str) -> list[Quantity]:
    """二级节点标识注册量超3000万、|解析量|达1000万: a bare measure (an act and its kind: 量, 额, 率…) listed right
    after one of the same kind and width that an owner named is that owner's too."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if (s[before.end : q.start] == "、" and 3 <= len(q.metric) <= 5 and q.metric[0] in _LEVEL_CHARS
                and before.metric.endswith(q.metric[1:]) and len(before.metric) > len(q.metric) + 1
                and before.metric[-len(q.metric)] in _LEVEL_CHARS and q.evidence.startswith(q.metric)):
            # 布设土壤质量国控点位102个、|省控点位|180个: the other level's points of the same owner
            found[k] = replace(q, metric=before.metric[: -len(q.metric)] + q.metric)
            continue
        word = before.metric[-2:]
        if (s[before.end : q.start] == "、" and q.metric.startswith(word) and q.metric[2:] in _MEASURE_OF_ACT
                and len(before.metric) >= 4 and q.evidence.startswith(q.metric)):
            found[k] = replace(q, metric=before.metric + q.metric[2:])  # 研发投入突破100亿元、|投入强度|突破2%
            continue
        owner = _owner_of_measure(before.metric)
        bare = _GROWTH_TAIL.sub("", q.metric)
        if (owner and s[before.end : q.start] == "、" and bare in _BARE_MEASURES and not bare.startswith(owner)
                and q.evidence.startswith(q.metric)):
            found[k] = replace(q, metric=owner + q.metric)  # 新能源投资增长70%、|装机规模|增长38%: 新能源's
            continue
        if (len(q.metric) != 3 or not _names_measure(q.metric) or q.unit != before.unit
                or s[before.end : q.start] != "、" or before.metric.endswith(q.metric)
                or not q.evidence.startswith(q.metric)):
            continue
        kind = q.metric[-1]
        at = before.metric.rfind(kind, 0, len(before.metric) - 1) if before.metric.endswith(kind) else -1
        cut = len(before.metric) - len(q.metric)  # 注册量 | 解析量: the same width
        if kind in _MEASURE_KINDS and at < cut and cut >= 2 and _names_measure(before.metric[cut:]):
            found[k] = replace(q, metric=before.metric[:cut] + q.metric)
    return found


def _kinds_listed_after_an_act(found: list[Quantity], s: str) -> list[Quantity]:
    """协调解决一般问题242宗、|疑难问题|21宗: a kind of the same things listed after the count of one the act before
    did is counted done by that act too (协调解决疑难问题)."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        act = _LISTED_ACT.match(before.metric)
        if (act is None or s[before.end : q.start] != "、" or not 3 <= len(q.metric) <= 8
                or not q.evidence.startswith(q.metric) or q.unit != before.unit
                # (not 新建污水管网…、|改造老旧污水管网: an act of its own; nor 新增发电装机…、|总装机: the total)
                or _LISTED_ACT.match(q.metric) or _ACT.match(q.metric) or _VERB_FIRST.match(q.metric)
                or q.metric.startswith("总")):
            continue
        done_to = before.metric[act.end() :]
        if len(done_to) > 2 and done_to[-2:] == q.metric[-2:] and done_to != q.metric:
            found[k] = replace(q, metric=act.group() + q.metric)
    return found


_LISTED_ACT = re.compile(r"(?:协调|依法|妥善)?"
                         r"(?:解决|化解|办理|受理|查处|调处|处置|办结|新增|新建|建成|完成|培育|引进|认定|创建)")


def _owners_counted_with_their_parts(found: list[Quantity], s: str) -> list[Quantity]:
    """8所高校|14个学科入选…, 8家金融机构|17个营业网点开办了…: a count of owners their parts' count follows at once
    counts the owners of what the parts did, and the parts are the owners' (not the bare 高校 and 营业网点开办了…)."""
    for k in range(1, len(found)):
        owners, parts = found[k - 1], found[k]
        if (parts.start > owners.end or s[owners.end : owners.end + 1] not in _DIGIT_START
                or owners.unit not in _COUNTERS or parts.unit not in _COUNTERS
                or not 2 <= len(owners.metric) <= 6 or not owners.evidence.endswith(owners.metric)
                # (not 十五个港口建设|一百三十二个深水泊位: where they are built)
                or _OWNERS.fullmatch(owners.metric) is None):
            continue
        whole = parts.metric if parts.metric.startswith(owners.metric) else owners.metric + parts.metric
        if len(whole) >= len(owners.metric) + 4:
            found[k - 1], found[k] = replace(owners, metric=whole), replace(parts, metric=whole)
    return found


_DIGIT_START = frozenset("0123456789一二两三四五六七八九十")
_MEASURE_KINDS = frozenset("量额值率数")
_LEVEL_CHARS = frozenset("国省市县区乡镇村")
# what a measure of an act says of it (投入|强度, 投资|增速): the act named just before is its owner's
_MEASURE_OF_ACT = frozenset(("强度", "增速", "增幅", "占比", "比重", "规模", "总量"))
_OWNER_KIND_END = re.compile(r"(?:产业|行业|企业|集群)$")


def _is_amount(unit: str | None) -> bool:
    return unit is not None and unit.endswith("元")


def _rates_of_counts_before(found: list[Quantity], s: str) -> list[Quantity]:
    """新增长护险参保人数1561万人，|参保率|达93%: a bare rate of the act a count just before counted is of that
    count's scheme too (长护险参保率)."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        rate = _BARE_ACT_RATE.fullmatch(q.metric)
        if rate is None or s[before.end : q.start] not in ("，", ",", "、") or not q.evidence.startswith(q.metric):
            continue
        at = before.metric.find(rate.group(1))
        owner = _NEWLY.sub("", before.metric[:at]).removeprefix("累计") if at > 0 else ""
        if len(owner) >= 2 and _COUNT_OF_ACT.match(before.metric, at + len(rate.group(1))):
            found[k] = replace(q, metric=owner + q.metric)
    return found


_BARE_ACT_RATE = re.compile(r"(参保|参合|参加|入学|入园|覆盖|签约|就业|续保)率")
_COUNT_OF_ACT = re.compile(r"(?:人数|人次|户数|人|数)$")


def _rates_of_subjects_before(found: list[Quantity], s: str) -> list[Quantity]:
    """医疗废物、生活垃圾、城市污水处理能力不断提高，|处理率分别达到95%、85%、80%: a bare rate said respectively
    is, in order, of the things the clause before lists, whose last item names the same work (处理)."""
    k = 0
    while k < len(found):
        q = found[k]
        rate = _BARE_RATE_RESPECTIVELY.match(q.evidence)
        if rate is None or q.metric != rate.group(1):
            k += 1
            continue
        run = [k]
        while (run[-1] + 1 < len(found) and found[run[-1] + 1].metric == q.metric
               and s[found[run[-1]].end : found[run[-1] + 1].start] in _LIST_JOINS):
            run.append(run[-1] + 1)
        opening = last_mark(s, "。；;\n", q.start) + 1
        clause = s[opening : q.start].rstrip("，,")
        items = clause.split("、") if s[q.start - 1 : q.start] in "，," and not _FIGURE_CHARS.search(clause) else []
        work = rate.group(1)[:-1]
        at = items[-1].find(work) if len(items) == len(run) and len(work) >= 2 else -1
        if at > 1 and all(2 <= len(item) <= _LIST_ITEM_MAX for item in items[:-1]):
            subjects = [*items[:-1], items[-1][:at]]
            for j, subject in zip(run, subjects, strict=True):
                found[j] = replace(found[j], metric=subject + rate.group(1))
        k = run[-1] + 1
    return found


_BARE_RATE_RESPECTIVELY = re.compile(r"([\u4e00-\u9fff]{2,4}率)分别")


def _standards_met_alike(found: list[Quantity], s: str) -> list[Quantity]:
    """行政村100%达到干净整洁标准、|80%以上|达到美丽宜居标准: a share meeting another standard, listed after one
    that names its subject, is of the same things."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if q.unit != "%" or before.unit != "%" or s[before.end : q.start] not in _LIST_JOINS:
            continue
        for pattern, verb in ((_STANDARD_MET, "达到"), (_REACHED_BY, "通")):
            at = before.metric.find(verb)
            if pattern.fullmatch(q.metric) and at > 0 and pattern.fullmatch(before.metric, at):
                found[k] = replace(q, metric=before.metric[:at] + q.metric)  # (…100%通客车、90%通宽带, too)
    return found


def _parts_by_scope(found: list[Quantity], s: str) -> list[Quantity]:
    """城镇生活污水集中处理率74.5%（其中|市区|82.5%）: a part named by its place alone, after 其中, measures what
    the figure before does, there."""
    for k in range(1, len(found)):
        q = found[k]
        if _SCOPE_OF_PLACE.fullmatch(q.metric) is None or not _PART_OPENING.search(s, max(0, q.start - 4), q.start):
            continue
        # (…学校11所、增加学位供给7550个，其中中心城区3所: the whole is the figure before of the part's unit)
        before = next((b for b in reversed(found[:k]) if b.unit == q.unit), None)
        if (before is None or _SCOPE_OF_PLACE.search(before.metric) or q.start - before.end > _SCOPE_PART_REACH
                or any(mark in s[before.end : q.start] for mark in "。；;！？\n")):
            continue
        found[k] = replace(q, metric=q.metric + _GROWTH_TAIL.sub("", before.metric))
    return found


_SCOPE_PART_REACH = 30


_PART_OPENING = re.compile(r"[（(，,]其中$")


def _bounds_listed(found: list[Quantity]) -> list[Quantity]:
    """…在全国占比超过10%的有44种、|超过20%的有23种: a count of a class named by its bound alone is of the class the
    count before names, at this bound."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        bound = _CLASS_BOUND.fullmatch(q.metric)
        if bound is None or q.unit != before.unit:
            continue
        other = _CLASS_BOUND.search(before.metric)
        if other is not None and other.start() >= 2 and other.group(1) == bound.group(1):
            found[k] = replace(q, metric=before.metric[: other.start()] + q.metric)
    return found


_CLASS_BOUND = re.compile(r"(超过|高于|低于|不足|不到)[0-9.]+%$")


def _counts_before_a_capacity(found: list[Quantity], s: str) -> list[Quantity]:
    """建成3座|10万千瓦光伏电站: a count right before the size of each thing counts the things the size is of."""
    for k in range(len(found) - 1):
        count, size = found[k], found[k + 1]
        unit_at = s.find(size.unit or "\n", size.start, size.start + 16)
        if count.unit not in _COUNTERS or size.start != count.end or size.unit not in _SIZE_UNITS or unit_at < 0:
            continue
        after = unit_at + len(size.unit or "")
        noun = _CAPACITY_NOUN_END.split(s[after : after + _COUNTED_NOUN_MAX], 1)[0]
        noun = _NOUN_AFTER_SIZE.match(noun)
        if noun is not None and len(noun.group()) >= 2:
            found[k] = replace(count, metric=noun.group())
    return found


# the noun a size goes on to, up to where a verb or a place begins (光热发电项目|分别在格尔木…)
_NOUN_AFTER_SIZE = re.compile(r"[\u4e00-\u9fff]+?(?=分别|在|于|已|将|建成|投产|开工|[^\u4e00-\u9fff]|$)")


def _without_hypotheticals(found: list[Quantity], s: str) -> list[Quantity]:
    """如果每个人每年增加一元钱的购买力，全国人民的购买力就增加六亿元: figures of what would follow if something
    were so, said to make a point, are no target and no fact (not where a goal is named after them)."""
    kept = []
    for q in found:
        # (a condition and what follows from it stand within a reach of the figure: long runs stay linear)
        opening = max(last_mark(s, "。！？；;!?\n", q.start) + 1, q.start - _HYPOTHETICAL_REACH)
        condition = _CONDITION.search(s, opening, q.end)  # (工业企业的生产成本只要降低1%: inside the evidence too)
        close = _SENTENCE_CLOSE.search(s, q.end, q.end + _HYPOTHETICAL_REACH)
        end = close.start() if close else min(len(s), q.end + _HYPOTHETICAL_REACH)
        if (condition is None or not _CONSEQUENCE.search(s, condition.end(), end)
                or _GOAL_NAMED.search(s, q.end, end)):
            kept.append(q)
    return kept


def _without_illustrations(found: list[Quantity], s: str) -> list[Quantity]:
    """多种五十万亩烟叶，就能增产五十万箱纸烟: a figure of what would follow, with no 如果, and the figure it
    would follow from, said to make a point, are no target and no fact (not …，就能够实现原定…的宏伟目标)."""
    dropped: set[int] = set()
    for k, q in enumerate(found):
        close = _SENTENCE_CLOSE.search(s, q.end, q.end + _HYPOTHETICAL_REACH)
        if not _WOULD_FOLLOW.match(q.evidence) or _GOAL_NAMED.search(s, q.start, close.start() if close else q.end):
            continue
        dropped.add(k)
        if k > 0 and s[found[k - 1].end : q.start] in ("，", ","):
            dropped.add(k - 1)  # the premise: 多种五十万亩烟叶
    return [q for k, q in enumerate(found) if k not in dropped]


_WOULD_FOLLOW = re.compile(r"就(?:能够?|可以|可)(?!望)")


def _without_referred_again(found: list[Quantity], s: str) -> list[Quantity]:
    """…共计一百一十九个。在这一百一十九个项目中，…: a figure said again to point back at what was counted is no
    figure of its own; nor is one that opens a sentence bare (…翻两番的宏伟目标。翻两番，决不仅仅是…)."""
    kept: list[Quantity] = []
    for q in found:
        said = _REFERRED_AGAIN.match(s, q.start) or (not q.metric and s[q.start - 1 : q.start] in _SENTENCE_OPENERS)
        # 5.5%左右的预期增长目标与…衔接: the goal set above, explained
        # (…，实现7％左右的增长速度并不容易: the goal set above, judged after a clause's comma too)
        goal = s[q.start - 1 : q.start] in _GOAL_OPENERS and _GOAL_RESTATED.match(
            _ACT_ON_GOAL.sub("", q.evidence, count=1)) is not None
        reach, back = (_GOAL_REACH, 16) if goal else (_REFERRED_REACH, 4)
        if not (said or goal) or not any(
                p.value == q.value and p.unit == q.unit and q.start - p.end <= reach for p in kept[-back:]):
            kept.append(q)
    return kept


_REFERRED_AGAIN = re.compile(r"(?:在)?(?:这|上述|以上|前述)(?=[0-9０-９一二两三四五六七八九十百千])")
_REFERRED_REACH = 120
_GOAL_REACH = 600
_GOAL_RESTATED = re.compile(r"[0-9.]+[%％](?:左右|以上|以内)?的(?:预期)?(?:增长|发展)?(?:目标|速度|增速)")
_SENTENCE_OPENERS = ("", "。", "！", "？", "；", "\n")
_GOAL_OPENERS = (*_SENTENCE_OPENERS, "，", ",")
_ACT_ON_GOAL = re.compile(r"^(?:实现|完成|达到|保持)")


# (not 只要齐心协力…就有望…: a rally, nor 如果再加上农业…那么…: a sum taken wider)
# (这一笔资金，如用之于工业建设，就可以建设…三十个五万千瓦规模的电站: what the money could build)
_CONDITION = re.compile(r"(?:如果|假如|倘若|假若|只要|即使|即便|就算|纵然|(?<![例比譬诸])如(?=用之于|用于|能|将其))"
                        r"(?!再?加上|包括|按|齐心协力|共同努力|坚持|团结|真抓实干)")
# (如用之于铁路建设，则可以新建铁路三千公里; …改种薯类，则虽然每年减少粮食…)
_CONSEQUENCE = re.compile(r"就|那么|的话|也|则(?=可|能|会|将|需|虽)")
_HYPOTHETICAL_REACH = 400
_SENTENCE_CLOSE = re.compile(r"[。！？；;!?\n]")
_GOAL_NAMED = re.compile(r"目标|任务|确保|力争|有望")


def _years_of_span_totals(found: list[Quantity], s: str) -> list[Quantity]:
    """五年合计财政支出为6098亿元，其中一九八五年为1304亿元: one year's part of a span's total measures that
    year's 财政支出, not the total."""
    for k in range(1, len(found)):
        before = found[k - 1]
        total = _SPAN_TOTAL.match(before.metric)
        if not (total and len(before.metric) - total.end() >= 2 and found[k].metric.startswith(before.metric)
                and _ONE_YEAR_OF_IT.fullmatch(s, before.end, found[k].start)):
            continue
        j = k  # (…，比一九八○年增加92亿元: that year's change, too)
        while j < len(found) and found[j].metric.startswith(before.metric) and (
                j == k or s[found[j - 1].end : found[j].start] in ("，", ",")):
            found[j] = replace(found[j], metric=found[j].metric[total.end() :])
            j += 1
    return found


def _starts_of_parallel_changes(found: list[Quantity], s: str) -> list[Quantity]:
    """全市地区生产总值从2007年1371亿元增加到2011年2771亿元；人均地区生产总值从2388美元增加到5920美元: a change
    told like a dated one before it in its sentence, ending in the same year, starts in that one's year."""
    for k in range(1, len(found) - 1):
        q, end = found[k], found[k + 1]
        if (q.kind != "fact" or q.deadline_year is not None or end.deadline_year is None
                or not _changes_from_to(q, end, s)):
            continue
        for j in range(k - 2, -1, -1):
            before, its_end = found[j], found[j + 1]
            if "。" in s[before.end : q.start] or "\n" in s[before.end : q.start]:
                break
            if not _changes_from_to(before, its_end, s):
                continue
            if (before.deadline_year is not None and its_end.deadline_year == end.deadline_year
                    and before.deadline_year < end.deadline_year):
                found[k] = replace(q, deadline_year=before.deadline_year)
            break  # only the nearest change told before it
    return found


def _changes_from_to(start: Quantity, end: Quantity, s: str) -> bool:
    """Whether ``start`` is where a change starts (…从|由…) and ``end``, right after it, where it ends (增加到…)."""
    return (end.start == start.end and _FROM_AT_END.search(s, start.start, start.end) is not None
            and _CHANGED_TO.match(s, end.start) is not None)


_FROM_AT_END = re.compile(r"[从由](?:\d{4}年的?)?[0-9.,，万亿千百十]+[^0-9从由，,。；;]{0,6}$")


_SPAN_TOTAL = re.compile(r"(?:[一二三四五六七八九十两0-9]{1,2}年)(?:合计|累计|共计|总计)")
_ONE_YEAR_OF_IT = re.compile(r"[，,]其中(?:" + _SPELLED_YEAR + r"年|今年|明年|当年)[^，,。；]{0,4}")


_BATCH = ("一批", "一些", "若干", "一系列")
_BATCH_MEMBERS = re.compile(r"一批[\u4e00-\u9fff]{0,6}$")
_OF_THE_BATCH = re.compile(r"[^，,。；;]{0,24}的")


def _draws_a_class(ctx: _Context, c: _Candidate, nxt: int) -> bool:
    """Whether the figure of ``c`` draws a line around a class of things rather than measuring: 5000万元以上项目120个
    (the 120 is the quantity), 单笔50万元以下拖欠账款 (a class of debts), 年人均纯收入2500元以下的贫困人口 and
    消除年经营性收入低于5万元的薄弱村 (a class drawn by a line on what they earn)."""
    s = ctx.s
    if c.qualifier and (nxt < ctx.clause_end(c.end) or (
            s.endswith(_BOUNDS, 0, c.end) and _PER_ITEM.search(s, max(0, c.start - 10), c.start))
            or (s.startswith("的", c.end) and _CLASS_MEASURE.search(s, max(0, c.start - 4), c.start))):
        return True
    if (c.comparator == "at_least" and nxt < ctx.clause_end(c.end) and _CLASS_THEN_COUNT.fullmatch(s, c.end, nxt)
            and _counts_things(_unit_at(s, nxt))):
        return True  # 培育不少于3000人|具备城镇功能的农村新型社区|70个: a line drawn around the things then counted
    if c.qualifier and s.endswith(_BATCH, max(0, c.start - 3), c.start) and c.comparator == "at_least":
        return True  # 布局一批|50万千瓦以上|省级大型风光基地: the line each of a batch is over, the batch uncounted
    if c.comparator == "range" and _BATCH_MEMBERS.search(s, max(0, c.start - 10), c.start) is not None:
        return _OF_THE_BATCH.match(s, c.end) is not None  # 打造一批镇区集聚2-5万人、…的特色镇: what each is like
    if (c.qualifier and s.startswith(("且", "并且", "或"), c.end)
            and _CLASS_MEASURE.search(s, max(0, c.start - 4), c.start)
            and s.find("的", c.end, ctx.clause_end(c.end)) >= 0):
        return True  # 对农产品网络销售额2万元以上且快递单量达1000单以上的经营主体: a class by two lines
    if (c.comparator == "at_least" and _INVESTMENT_LINE.search(s, max(0, c.start - 5), c.start)
            and _PROJECTS_OF_CLASS.match(s, c.end)):
        return True  # 重点跟进服务好投资超10亿元的制造业项目: the projects over the line, not an amount invested
    # (not 上海港成为全球首个年吞吐量超过5000万标准箱的港口: the one thing over the line, its own measure)
    return (s.startswith("的", c.end) and _CLASS_LINE.search(s, max(0, c.start - 8), c.start) is not None
            and _FIRST_OF_CLASS.search(s, max(0, c.start - 16), c.start) is None)


def _defines_a_sum(s: str, at: int) -> bool:
    """Whether the words before ``at`` define a term by the names the number at ``at`` counts (…：是指武威、金昌、
    张掖|5个市)."""
    lo = max(0, at - _SUBJECT_REACH)
    if s.find("指", lo, at) < 0 and s.find("即", lo, at) < 0:
        return False  # most numbers: no look at the words at all
    if s.endswith(_DEFINED_BY_COUNTS, lo, at):
        return True  # “1+6+1”调度机制：指1个总指挥部、6个专项指挥部: a definition by the counts it lists
    m = _DEFINED_SUM.search(s, lo, at)
    return m is not None and (m.start() == 0 or s[m.start() - 1] in "：:，,\n")


_DEFINITION_LIST = "、和及与"  # 指1个总指挥部、6个专项指挥部: the counts go on listing
_DEFINED_BY_COUNTS = ("：指", ":指", "是指", "：即", ":即", "”指", "」指")  # “7”指|7个县区物流基地


def _spells_the_name_noted(q: Quantity, s: str) -> bool:
    """Whether ``q`` is a count a note gives to spell out the name it explains ([19]“1+6+1”…机制：指1个…、6个…;
    [17]“百企千项”：…推广100家…，1000个…): the name's own figures, no quantity of the report's."""
    line = last_mark(s, "\n", q.start) + 1
    note = _NOTE_NAME.match(s, line, q.start)
    if note is None and line > 1:  # 6.“1+1+N”机制⏎1位市级领导、1个牵头部门…: the name on a line of its own
        note = _NOTE_NAME_ALONE.fullmatch(s, last_mark(s, "\n", line - 1) + 1, line - 1)
    if note is None or q.value is None or q.unit is None or q.unit[-1:] not in _COUNTERS:
        return False
    name = note.group(1) or note.group(2)
    figures = {float(d) for d in re.findall(r"[0-9]+", name)}
    if note.group(1):  # a quoted formula (“三园两区”, “百企千项”, “2152”); not 十件民生实事, which counts its items
        # (“1020”创新驱动计划：…10项…和20项…: a run of digits spells its parts, each run of them a figure; but
        # not a year's, “2030先锋工程”：到2030年，布局20个…)
        parts = {run[i:j] for run in re.findall(r"[0-9]+", name) if not 1949 <= int(run) <= 2100
                 for i in range(len(run)) for j in range(i + 1, len(run) + 1)}
        figures |= {float(part) for part in parts}
        figures |= {float(c) for c in name if c.isdigit()}
        if q.value.is_integer() and str(int(q.value)).rstrip("0") in parts:
            return True  # “2152”工程：…2家…、10家…、50家…、100家…: each digit leads a figure of its own size
        figures |= {v for c in name if c in _NAME_NUMERAL_CHARS and (v := parse_chinese(c)) is not None}
        figures |= {v for c, v in (("百", 100.0), ("千", 1000.0), ("万", 10000.0)) if c in name}
    return q.value in figures


_NAME_NUMERAL_CHARS = frozenset("一二两三四五六七八九十")
# [19]“1+6+1”重大项目建设指挥调度机制：, [2]13座重点城市：: a note on a name, up to its colon
_NOTE_NAME = re.compile(r"(?:[\[［【][0-9]{1,3}[\]］】]|[0-9]{1,3}[.．])\s*"
                        r"(?:[^“：:\n]{0,12}“([^”]{1,16})”|([^：:“\n]{1,16}))[^：:\n]{0,24}[：:]")


_NOTE_NAME_ALONE = re.compile(r"(?:[\[［【][0-9]{1,3}[\]］】]|[0-9]{1,3}[.．])\s*"
                              r"(?:[^“：:\n]{0,12}“([^”]{1,16})”|([^：:“\n]{1,16}))[^：:\n。；]{0,24}")


def _as_the_one_before(ctx: _Context, before: Quantity, q: Quantity, sentence: int, across: bool) -> Quantity:
    """``q`` with the kind or year of the quantity before it where it goes on with it (``across``: from an
    earlier sentence)."""
    if not across and ctx.same_time(before, q):
        return replace(q, deadline_year=before.deadline_year)  # 一九八一年…减少一百多亿元，减少近百分之十
    if (not across and before.kind == "fact" and q.kind == "target" and q.evidence.startswith("占")
            and q.metric.startswith(before.metric)):
        return replace(q, kind="fact", deadline_year=before.deadline_year)  # …初步改良了4.5亿亩，占60%: its share
    if not across and ctx.changes_the_fact_before(before, q):
        return replace(q, kind="fact", deadline_year=before.deadline_year)  # 2023年…达到1200亿元，比2020年增长33%
    if not across and ctx.changes_the_target_before(before, q):
        return replace(q, kind="target", deadline_year=before.deadline_year)  # 拟定为300亿元，比上年增加了20亿元
    if ctx.goes_on_reporting(before, q, across=across):
        return replace(q, kind="fact", deadline_year=before.deadline_year)  # 一九五八年小学生有…，中学生…
    if ctx.continues_target(before, q):
        return replace(q, kind="target", deadline_year=before.deadline_year)  # 到1985年，粮食…；棉花…
    if ctx.shares_target_year(before, q, sentence, across):
        return replace(q, deadline_year=before.deadline_year)  # 今年要新建学校10所，改造道路20公里
    return q


def _kinds_of_people(found: list[Quantity], s: str) -> list[Quantity]:
    """为1000名视力、1000名听力、1000名肢体贫困残疾人: kinds of people listed, each count in two characters,
    before the noun the last one goes on to, are all of them that noun (视力贫困残疾人)."""
    for k in range(len(found) - 1):
        run = [k]
        while (run[-1] + 1 < len(found) and s[found[run[-1]].end : found[run[-1] + 1].start] == "、"
               and found[run[-1]].unit == found[run[-1] + 1].unit):
            run.append(run[-1] + 1)
        width = len(found[k].metric)
        last = found[run[-1]].metric
        if (len(run) < 2 or width != _MODIFIER_WIDTH or len(last) < width + 2 or found[k].unit not in ("名", "人")
                or not last.endswith(_PEOPLE_ENDS) or found[k].metric.endswith(_PEOPLE_ENDS)
                or not all(len(found[j].metric) == width and found[j].evidence.endswith(found[j].metric)
                           for j in run[:-1])):
            continue
        for j in run[:-1]:
            found[j] = replace(found[j], metric=found[j].metric + last[width:])
    return found


def _shared_nouns(found: list[Quantity], s: str, text: str) -> list[Quantity]:
    """A count whose words are a level before a conjunction shares the next count's noun (建强2个国家级和22个
    省级区域医疗中心: the national ones are 区域医疗中心 too)."""
    for k in range(len(found) - 2, -1, -1):
        q, after = found[k], found[k + 1]
        level = q.metric
        batch = _BATCH_END.search(level) if s[q.end : after.start] in _LIST_JOINS else None
        if batch and len(after.metric) >= 2:
            found[k] = replace(q, metric=batch.group() + after.metric)  # 推进首批12项及第二批14项重点改革
            continue
        size, other = _SIZE_CLASS.fullmatch(level), _SIZE_CLASS.match(after.metric)
        if (size and other and len(after.metric) - other.end() >= 2 and s[q.end : after.start] in _LIST_JOINS
                and q.evidence.endswith(level)):
            found[k] = replace(q, metric=level + after.metric[other.end() :])  # 14个过百亿、6个过50亿产业链项目
            continue
        if not (2 <= len(level) <= 4 and level[-1] in _LEVEL_ENDS and s[q.end : after.start] in _LIST_JOINS
                and q.evidence.endswith(level)):
            continue
        at = after.metric.find(level[-1], 0, 4)
        if 0 < at < len(after.metric) - 2:
            found[k] = replace(q, metric=level + after.metric[at + 1 :])
    found = _kinds_of_people(found, s)
    for k in range(1, len(found)):  # …省级以上众创空间7家、市级8家: the city-level ones are 众创空间 too
        before, q = found[k - 1], found[k]
        if not (_BARE_LEVEL.fullmatch(q.metric) and s[before.end : q.start] in ("、", "，", ",")):
            continue
        other = _LEVEL_IN.search(before.metric)
        if other and len(before.metric) - other.end() >= 2:
            found[k] = replace(q, metric=q.metric + before.metric[other.end() :])
    for k in range(1, len(found)):  # 年产值过100亿元的龙头企业1家以上、过50亿元的3家以上: the firms of each class
        before, q = found[k - 1], found[k]
        bound = _BOUND_ONLY.fullmatch(q.metric)
        listed = s[before.end : q.start].strip() in ("、", "，", ",")
        other = _BOUND_IN.search(before.metric) if bound and listed else None
        if bound and other and len(before.metric) - other.end() >= 2:
            found[k] = replace(q, metric=before.metric[: other.start()] + bound.group(1).replace(" ", "")
                               + before.metric[other.end() :])
    found = _noun_said_once(found, s)
    return _swapped_heads(_rates_set_anew(_shares_referred_to(_parts_of_the_new(found, s), s, text), s), s)


def _noun_said_once(found: list[Quantity], s: str) -> list[Quantity]:
    """中心城区重点培育5处左右、其他区县至少培育1处夜间经济聚集区: places doing the same act, the things done
    named once, after the last count: the first count is of them too, and each is the place's."""
    for k in range(len(found) - 1):
        q, after = found[k], found[k + 1]
        if s[q.end : after.start] != "、" or not q.unit or q.unit != after.unit or len(after.metric) < 2:
            continue
        verb = q.metric[-2:]
        number = _NUMBER_START.search(after.evidence)
        # (各乡镇打造|农村电商服务站: the later place's own metric may hold its act already)
        noun = after.metric.partition(verb)[2] if verb in after.metric[1:] else after.metric
        if (number is None or not _BARE_COUNT_END.search(q.evidence) or len(noun) < 2
                or not after.evidence.endswith(noun) or not 0 < after.evidence.find(verb) < number.start()
                or noun.startswith(verb)):
            continue
        place = _AIM_WORDS.sub("", after.evidence[: number.start()])
        found[k] = replace(q, metric=q.metric + noun)
        found[k + 1] = replace(after, metric=place + noun)
    return found


_NUMBER_START = re.compile(r"[0-9０-９一二三四五六七八九十两]")
_BARE_COUNT_END = re.compile(r"[个处家座所项条](?:左右|以上|多)?$")
_AIM_WORDS = re.compile(r"至少|力争|确保|争取")


def _parts_of_the_new(found: list[Quantity], s: str) -> list[Quantity]:
    """新登记经营主体147万户，其中企业57.3万家: the firms are newly registered too, and planned or done as the whole
    is."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if (not _PART_AFTER.fullmatch(s, before.end, q.start) or "%" in (before.unit or "") or "%" in (q.unit or "")
                or _DONE_IN_PART.search(q.metric) or not q.metric):
            continue
        if (q.unit == before.unit and _PLACE_PART.fullmatch(q.metric) and before.metric
                and not _PLACE_PART.match(before.metric)):
            # 完成“水改旱”57.6万亩，其中察汗淖尔流域20.44万亩: that basin's share of the same work
            found[k] = replace(q, metric=q.metric + before.metric, kind=before.kind,
                               deadline_year=before.deadline_year)
            continue
        # (保障性安居工程新开工700万套，其中各类棚户区…: the act after the works named)
        act = _NEW_ACT.match(before.metric) or _NEW_ACT_CLOSING.search(before.metric)
        if act is None or q.metric.startswith(act.group()):
            continue
        found[k] = replace(q, metric=act.group() + q.metric, kind=before.kind, deadline_year=before.deadline_year)
    return found


_PLACE_PART = re.compile(r"[\u4e00-\u9fff]{2,8}(?:流域|地区|城区|新区|县|市|(?<!棚户)(?<!园)(?<!景)区|镇|乡|旗|州)")
_PART_AFTER = re.compile(r"[，,、]其中[：:，,]?")
# (not 新建和改造提升农村公路: a part of it is not all new)
_NEW_ACT = re.compile(r"(?:净增|新登记|新注册|新增|新建|新引进|新培育|新认定|新设立|新设|新开工)(?![和与及、])")
_NEW_ACT_CLOSING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:新开工|新建)$")
_DONE_IN_PART = re.compile(r"^(?:已|新|累计)|完成|建成|开工|竣工|投产|完工|达到|实现|增长")


def _shares_referred_to(found: list[Quantity], s: str, text: str) -> list[Quantity]:
    """这个比重，1978年为17.4%: the share named before (…提高了职工住宅…等方面的投资比重。), or the one measured just
    before (…投资占整个固定资产投资的百分之二十左右，六五计划把这个比例提高到…). Read on the simplified copy ``s``;
    the referent is given in the document's own script (``text``, offset for offset)."""
    for k, q in enumerate(found):
        pronoun = _SHARE_PRONOUN.fullmatch(q.metric if s is text or q.metric.isascii() else to_simplified(q.metric))
        if pronoun is None:
            continue
        word = pronoun.group(1)
        lo = max(0, q.start - _SHARE_REFERENT_REACH)
        named = s.rfind(word, lo, q.start)
        while named >= 0 and s.startswith(("这个", "这一", "该"), named - 2 if s[named - 1] != "该" else named - 1):
            named = s.rfind(word, lo, named)  # past the pronoun itself, to what it refers to
        referent = ""
        if named >= 0:
            opening = max(s.rfind(mark, lo, named) for mark in "，,。；;：:\n") + 1
            said = s[opening : named + len(word)]
            referent = text[opening + len(said) - len(_SHARE_SAID_HOW.sub("", said)) : named + len(word)]
        elif k > 0 and found[k - 1].unit == "%" and found[k - 1].end >= lo:
            referent = found[k - 1].metric
        if len(referent) > len(word) + 1:
            found[k] = replace(q, metric=referent)
    return found


_SHARE_PRONOUN = re.compile(r"(?:[\u4e00-\u9fff]{0,8}把)?(?:这个|这一|该)(比重|比例|比率)")
_SHARE_SAID_HOW = re.compile(r"^(?:第?[一二三四五六七八九十]是)?(?:在[^，,。；;]{1,16}中)?"
                             r"(?:提高了|降低了|增加了|扩大了|调整了|优化了|提高|降低)?")
_SHARE_REFERENT_REACH = 150


def _rates_set_anew(found: list[Quantity], s: str) -> list[Quantity]:
    """将制造业现行16%|的|税率降至13%: the rate in force and the one it is set to are both the owner's rate."""
    for k in range(len(found) - 1):
        q, after = found[k], found[k + 1]
        set_to = _RATE_SET.fullmatch(after.evidence)
        if (q.unit == "%" and after.unit == "%" and s[q.end : after.start] == "的" and q.metric
                and set_to is not None and after.metric == set_to[1]):
            rate = q.metric + after.metric
            base = replace(q, kind="fact", deadline_year=None, deadline_text=None) if "现行" in q.evidence else q
            found[k], found[k + 1] = replace(base, metric=rate), replace(after, metric=rate)  # the rate in force is
    return found


_RATE_SET = re.compile(r"([\u4e00-\u9fff]{0,4}(?:税率|征收率|费率|利率|缴费比例|报销比例))"
                       r"(?:降至|降到|下调至|下调到|调整为|调整至|提高到|提高至|上调至|上调到)[^，,。；;]*")


def _swapped_heads(found: list[Quantity], s: str) -> list[Quantity]:
    """A listed noun that swaps the head of the one before (创成省级乡村振兴重点帮扶优秀县1个、优秀村10个;
    国家级绿色工厂…、绿色矿山…) shares its modifiers: the villages are 省级…帮扶 ones too."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        noun = q.metric
        if not (2 < len(noun) <= 4 and q.evidence.startswith(noun) and s[before.end : q.start] == "、"):
            continue
        at = before.metric.rfind(noun[:2])
        if at > 0 and len(before.metric) - at == len(noun) and before.metric[at:] != noun:
            found[k] = replace(q, metric=before.metric[:at] + noun)
    return found


_MODIFIER_WIDTH = 2  # 视力、听力、肢体: kinds of people said in two characters each
_PEOPLE_ENDS = ("人", "者", "儿童", "学生", "老人")
_BOUND_ONLY = re.compile(r"(过 ?(?:[0-9.]+[万亿]*|[百千万亿]+)元)的?")
_BOUND_IN = re.compile(r"过(?:[0-9.]+[万亿]*|[百千万亿]+)元(?=的)")


def _shared_capacity(found: list[Quantity], s: str) -> list[Quantity]:
    """形成300万吨农产品加工、200万吨有色金属矿选生产能力: an item listed before a capacity in the same unit, with no
    measure of its own, is that capacity too."""
    for k in range(len(found) - 2, -1, -1):
        q, after = found[k], found[k + 1]
        capacity = _CAPACITY_END.search(after.metric)
        if (capacity is not None and capacity.start() > 0 and q.unit == after.unit and s[q.end : after.start] == "、"
                and q.metric and not _CAPACITY_END.search(q.metric) and not _names_measure(q.metric)):
            found[k] = replace(q, metric=q.metric + capacity.group())
    return found


_CAPACITY_END = re.compile(r"(?:生产能力|加工能力|年产能力|产能)$")


def _shared_outcomes(found: list[Quantity], s: str) -> list[Quantity]:
    """A bare count of a noun listed before a count whose noun ends with an outcome (带动150条贫困村、8.7万贫困人口
    预脱贫) reaches that outcome too."""
    for k in range(len(found) - 2, -1, -1):
        q, after = found[k], found[k + 1]
        outcome = _SHARED_OUTCOME.search(after.metric)
        noun = q.evidence.rpartition(q.unit or "\0")[2]  # 市、区98个|部门: the noun after the count
        if (outcome is not None and outcome.start() > 0 and q.unit in _COUNTERS and s[q.end : after.start] == "、"
                and noun and q.metric.endswith(noun)
                and not _SHARED_OUTCOME.search(q.metric) and after.evidence[:1] in _NUMBER_OPENINGS):
            found[k] = replace(q, metric=q.metric + outcome.group())
    return found


# what listed counts of people and places reach together (…村、…人口预脱贫)
# (not 亟待脱贫, 尚未脱贫: what is still to come)
# (…98个部门、1267个事项完成网上注册: what both did)
_SHARED_OUTCOME = re.compile(r"(?<![待未没需])(?:实现)?(?:稳定|预|全部|整体|如期)?"
                             r"(?:脱贫摘帽|脱贫出列|摘帽脱贫|脱贫|出列|摘帽)$"
                             r"|(?<![待未没需])(?:完成|实现|纳入|列入|入选|通过)[\u4e00-\u9fff]{2,6}$")


def _counts_of_the_counted(found: list[Quantity]) -> list[Quantity]:
    """15所高职院校|21个专业群入选…: a count right after a count of things, of parts of those things, names the parts
    (its evidence opens on the noun of the count before, which is no measure of its own)."""
    for k in range(1, len(found)):
        a, b = found[k - 1], found[k]
        if (b.start >= a.end or not b.unit or not b.metric or not "\u4e00" <= b.metric[-1] <= "\u9fff"
                or not b.evidence.startswith(b.metric) or not a.evidence.endswith(b.metric)):
            continue
        after = b.evidence[len(b.metric) :]
        counted = re.match(r"[0-9０-９.．]+" + re.escape(b.unit) + r"(?P<noun>[\u4e00-\u9fff“”‘’]{2,})$", after)
        if counted is not None:
            found[k] = replace(b, metric=b.metric + counted.group("noun"))
    return found


def _shared_predicate(found: list[Quantity], s: str) -> list[Quantity]:
    """173名个人|和|6个科技创新团队入选“珠峰英才”计划: counts set before their nouns and listed share what is said
    of the last (为95间乡镇卫生院、4间社区卫生服务中心配备…: both got it)."""
    for k in range(len(found) - 2, -1, -1):
        a, b = found[k], found[k + 1]
        if (s[a.end : b.start] not in _PREDICATE_LIST_JOINS or not _COUNT_FIRST.match(a.evidence)
                or not _COUNT_FIRST.match(b.evidence) or a.unit not in _COUNTS_LISTED or b.unit not in _COUNTS_LISTED
                or not a.evidence.endswith(a.metric) or _SAYS_SOMETHING.search(a.metric)):
            continue
        said = _LISTED_PREDICATE.search(b.metric, 2)
        if said is not None and _COUNTED_ALL.sub("", b.evidence).endswith(b.metric):  # (…考核点水质全部达标)
            found[k] = replace(a, metric=a.metric + b.metric[said.start() :])
    return _shared_works(found, s)


def _shared_works(found: list[Quantity], s: str) -> list[Quantity]:
    """完成|100座危桥、200公里农村公路硬底化改造; 2812万吨钢铁产能、395台燃煤锅炉超低排放改造: sizes listed before
    the works said once after the last are of those works too (危桥改造), not the bare things."""
    carried = ""  # the works the item after took from the one after it
    for k in range(len(found) - 2, -1, -1):
        a, b = found[k], found[k + 1]
        said = _WORKS_SAID_LAST.search(b.metric, 2) if b.evidence.endswith(b.metric) else None
        works, carried = carried or (said.group() if said else ""), ""
        if (not works or s[a.end : b.start] not in _PREDICATE_LIST_JOINS or a.unit in _SHARES
                or _SIZE_OPENING.match(a.evidence) is None or _SIZE_OPENING.match(b.evidence) is None
                or not a.evidence.endswith(a.metric) or _NOT_BARE_THINGS.search(a.metric) or "元" in (a.unit or "")):
            continue
        carried = works
        found[k] = replace(a, metric=a.metric + works)
    return found


_WORKS_SAID_LAST = re.compile(r"(?:超低排放|节能|提标|提质|升级|适老化)?(?:改造|治理|整治|迁改)$")
# (有序实施|28个城市棚户区和16个老旧小区改造, 启动5个城中村…改造: how or that the works start, too)
_SIZE_OPENING = re.compile(r"(?:(?:有序|加快|全面|积极|稳步|扎实)?(?:完成|实施|推进|启动))?[0-9０-９]")
# (完成|26.8万亩高标准农田建设、…: the works of its own; 478家…企业关改搬转)
_NOT_BARE_THINGS = re.compile(r"(?:建设|改造|治理|整治|投资|搬转|修复|提升|搬迁|资金|产值|收入)$"
                              r"|[开实推完建新改提]")  # (or a verb in it: 新建…, 推进…)


_PREDICATE_LIST_JOINS = frozenset(("和", "、", "及", "与", "以及"))
# (not 新建学校10所; but 全市|847个村民委员会: the place all of them are in)
_COUNT_FIRST = re.compile(r"(?:全[市省区县州])?(?:为|对|向|给)?[0-9０-９一二三四五六七八九十两百千万.．]")
_COUNTS_LISTED = frozenset(
    ("名", "人", "位", "个", "家", "户", "所", "间", "座", "项", "支", "批", "件", "部", "栋", "处"))
_SAYS_SOMETHING = re.compile(r"获|被|列入|纳入|入选|达到|实现|签|开展|参|受|认定")  # 改革经验获…推广: its own already
_LISTED_PREDICATE = re.compile(
    r"入选|获评|获得|荣获|列入|纳入|通过|达到|实现|签署|签订|配备|开展|参加|参与|享受|受到|获批|被评为|认定为"
    # 5个弃管小区、197栋弃管单体楼实施了物业管理; 2个国控断面和7个…考核点水质全部达标
    r"|实施了?|水质达标|接入|(?:圆满|顺利|全面)完成|参展|参会|参赛")


def _shared_verbs(found: list[Quantity], s: str) -> list[Quantity]:
    """A count listed after a count of what a verb adds or builds, with no verb of its own, is added or built
    too (新增高新技术企业74家、专精特新企业20家: 20 more, not 20 in all)."""
    shared = False  # the count before took its verb from the one before it
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        reaching = _REACHING_VERB.match(before.metric)  # 惠及4.32亿城镇居民、|8.35亿农村居民: whom it reached
        verb = _ADDING_VERB.match(before.metric) or reaching
        # 力争新增…800家、…; 全市改造棚户区1.1万套、老旧小区58个: the scope before the verb
        opening = _STRIVE.sub("", before.evidence[:4]) + before.evidence[4:]
        opening = _SCOPE_OPENING.sub("", opening)
        shared = bool(verb and (shared or opening.startswith(verb.group()))
                      and _LIST_COMMA.fullmatch(s, before.end, q.start) is not None
                      and (_takes_verb(q, verb.group()) or (reaching is not None and _reached_too(q))))
        if shared and verb:
            found[k] = replace(q, metric=verb.group() + q.metric, kind=before.kind, deadline_year=before.deadline_year)
    return found


_SCOPE_OPENING = re.compile(r"^(?:全市|全省|全县|全区|全州|全盟|全旗|我市|我省|我县|我区)(?:共|累计)?")
def _capacities_listed(found: list[Quantity], s: str) -> list[Quantity]:
    """冶金工业在今年内新增加的生产能力有：生铁一百八十八万吨，钢…: products listed after a lead-in that names a
    capacity measure the capacity of each (生铁新增生产能力), not its output."""
    for k, q in enumerate(found):
        reach = max(0, q.start - _LEAD_IN_REACH)
        colon = max(s.rfind("：", reach, q.start), s.rfind(":", reach, q.start))
        if colon < 0 or _SENTENCE_END.search(s, colon, q.start) or not 1 <= len(q.metric) <= _CAPACITY_OWNER_MAX:
            continue
        lead = _CAPACITY_LEAD_IN.search(s, max(0, colon - 28), colon + 1)
        if lead is not None and not _FIGURE_IN_METRIC.search(q.metric) and not q.metric.endswith(("能力", "产能")):
            found[k] = replace(q, metric=q.metric + ("新增" if lead.group(1) else "") + lead.group(2))
    return found


_LEAD_IN_REACH = 120  # how far back the colon of a lead-in may stand (a bounded look: long texts stay linear)
# (新增生产能力举其重要的来说，有：钢…，电五十三万千瓦: an aside before 有 too)
_CAPACITY_LEAD_IN = re.compile(r"(新增加的|新增的|新增)?(生产能力|年产能力|产能)"
                               r"(?:(?:举其重要的来说|其中重要的|主要的)[，,]?)?(?:有|为|是|如下)?[：:]$")
_FIGURE_IN_METRIC = re.compile(r"[0-9０-９]|产量|产值|投资")
_CAPACITY_OWNER_MAX = 10  # 抚顺矿务局所属煤矿
_HELPED_MEASURE = re.compile(r"(?<=..)助力([\u4e00-\u9fff]{2,12}(?:产量|产值|收入|规模|增加值))$")
_SOURCE_OPENING = re.compile(r"(?:国家|本年|今年)?(?:预算|决算|(?:第[一二三四五六七八九十]个)?五年计划|计划|纲要)"
                             r"(?:草案)?规定(?!的)")  # (not 五年计划规定的平均每年增长: the plan's pace, the measure)
_HOW_IT_WENT_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:历史性|首次|再次|一举|率先|持续|始终|一直)$"
                                 r"|(?<=[率量数])控制$"
                                 r"|(?<=[\u4e00-\u9fff]{2})止跌(?=(?:回升|提升|回稳)?$)")  # 耕层厚度止跌|提升3.5%


def _tourism_income(found: list[Quantity], s: str) -> list[Quantity]:
    """接待游客突破3300万人次，综合收入突破220亿元: a bare 综合收入 in a sentence about visitors is tourism's; so is
    a bare 总花费 or 总收入 (接待游客3亿人次、总花费超过4500亿元)."""
    for k, q in enumerate(found):
        if q.metric.startswith(_BARE_TOURISM_TOTALS):
            sentence = last_mark(s, "。！？；;!?\n", q.start) + 1
            if _TOURISM.search(s, sentence, q.start):
                found[k] = replace(q, metric="旅游" + q.metric)
    return found


_TOURISM = re.compile(r"游客|旅游|接待")
_BARE_TOURISM_TOTALS = ("综合收入", "总花费", "总收入")


def _raises_of_named_before(found: list[Quantity], s: str) -> list[Quantity]:
    """企业退休人员养老金标准继续提高，|年人均提高2556元: a bare raise per head is of what the clause before (with no
    number of its own) raises."""
    for k, q in enumerate(found):
        bare = _BARE_RAISE.fullmatch(q.metric)
        if bare is None or not q.evidence.lstrip("又再").startswith(q.metric):  # (去年又|人均提高10%)
            continue
        before = last_mark(s, "，,；;。\n", q.start)
        clause = s[last_mark(s, "，,；;。！？\n", before) + 1 : before]
        # (城乡低保标准逐年提高，城镇年人均提高600元，|农村年人均提高200元: past the other place's raise)
        while bare.group(1) and _PLACE_RAISE.match(clause) and s[before] in "，,；;":
            before = last_mark(s, "，,；;。\n", before)
            clause = s[last_mark(s, "，,；;。！？\n", before) + 1 : before]
        named = _RAISED_AFTER.fullmatch(clause) or _RAISED_BEFORE.fullmatch(clause)
        if s[before] not in "，,；;" or named is None:
            continue
        measure = named.group(1)
        if bare.group(1) and measure.startswith("城乡"):  # the place's own part of what both raise
            standard = "标准" if measure + "标准" in clause else ""
            found[k] = replace(q, metric=bare.group(1) + measure[2:] + standard + q.metric[len(bare.group(1)):])
        else:
            found[k] = replace(q, metric=measure + q.metric)
    return found


_PLACE_RAISE = re.compile(r"(?:城镇|城市|农村|乡村)(?:全年|每年|年|每月|月)?人均")


def _measures_of_years_listed(found: list[Quantity], s: str) -> list[Quantity]:
    """工农业总产值的增长速度，一九八一年计划为…，实际达到…；|一九八二年计划为百分之四|，预计可以达到…: a figure
    with no measure of its own, in a sentence that goes on year by year, is of the measure the sentence opened
    with."""
    for k in range(1, len(found)):
        q = found[k]
        if q.metric:
            continue
        sentence = last_mark(s, "。！？\n", q.start) + 1
        before = next((b for b in reversed(found[:k]) if b.metric and b.start >= sentence), None)
        items = list(_YEAR_ITEM.finditer(s, sentence, q.end))
        if before is None or not items:
            continue
        named = items[-1].group(1)[:-1]  # (its own item's year, not the year of the figure before it)
        year = int(named) if named.isdigit() else parse_chinese_year(named)
        found[k] = replace(q, metric=before.metric.removeprefix("计划"), deadline_year=year or q.deadline_year)
    return found


_YEAR_ITEM = re.compile(r"[；;](" + _A_YEAR + r")(?:计划|预计|实际)")
_ACTUAL_NEXT = re.compile(r"[，,；;]?(?:而|但)?(?:实际|预计)")
_BARE_RAISE = re.compile(r"(城镇|城市|农村|乡村)?(?:全年|每年|年|每月|月)?人均(?:每月|月|每年|年)?"
                         r"(?:提高|增加|增长|上调)")
# (增加机关事业单位工资，|人均月提高300元: a pay increased, too)
_RAISED_AFTER = re.compile(r"(?:连续第[一二三四五六七八九十0-9]+年|继续|再次|逐年|稳步)?(?:提高|调高|上调|增加)"
                           r"([\u4e00-\u9fff]{2,14})")
# (社区干部生活补贴、环卫工人工资再次提高; 企业退休人员基本养老金连续5年增加: what was raised, listed or for years)
_RAISED_BEFORE = re.compile(r"([\u4e00-\u9fff、]{2,24}?)(?:标准)?"
                            r"(?:连续[0-9一二三四五六七八九十]+年|继续|再次|逐年|稳步|又)?(?:提高|调高|上调|增加)")


def _coal_equivalent_after_bound(q: Quantity) -> Quantity:
    """节能10万吨以上标煤: the coal equivalent after a bound is the unit's (万吨标煤), what is measured is before the
    figure."""
    opening = next((k for k, c in enumerate(q.evidence) if c in _NUMBER_OPENINGS), 0)
    equivalent = next(w for w in _COAL_EQUIVALENTS if q.evidence.endswith(w))
    if q.unit is None or not q.unit.endswith("吨") or opening < 2 or _BOUND_BEFORE_EQUIVALENT.search(
            q.evidence, 0, len(q.evidence) - len(equivalent)) is None:
        return q
    metric = q.evidence[:opening] if q.metric == equivalent else q.metric
    return replace(q, metric=metric, unit=q.unit + equivalent)


_COAL_EQUIVALENTS = ("标准煤", "标煤")
_BOUND_BEFORE_EQUIVALENT = re.compile(r"吨(?:以上|以下|左右)$")


def _spending_of_projects_listed(found: list[Quantity], s: str) -> list[Quantity]:
    """推进中心城区重大城建项目136个、城市功能与品质提升项目165个，完成投资200亿元: what the projects counted one
    after another (or some singled out of them) spent is all of theirs, not the last kind's alone."""
    for k in range(2, len(found)):
        q, last = found[k], found[k - 1]
        spending = _spending_named(q.metric)
        projects = q.metric[: len(q.metric) - len(spending)]
        named = last.metric.removesuffix("建设")  # (…考核项目|建设: the projects, as their spending names them)
        if not spending or not projects.endswith(("项目", "工程")) or not named.endswith(projects):
            continue
        verb = named[: len(named) - len(projects)]  # 实施|水利项目: a verb the list shares
        kinds, j = [projects], k - 1
        while (j > 0 and s[found[j - 1].end : found[j].start] == "、" and found[j - 1].unit == last.unit
               and found[j - 1].metric.endswith(("项目", "工程")) and found[j - 1].kind == last.kind):
            kinds.insert(0, found[j - 1].metric.removeprefix(verb) if verb else found[j - 1].metric)
            j -= 1
        if len(kinds) > 1:
            found[k] = replace(q, metric="、".join(kinds) + spending)
        elif (k >= 2 and s[found[k - 2].end : last.start].startswith(("特别是", "尤其是"))
              and found[k - 2].metric.endswith(("项目", "工程")) and found[k - 2].unit == last.unit):
            # 抓好206个市级重点项目特别是11个省级考核项目建设，完成年度投资…: all the projects spent it, not those
            # singled out
            found[k] = replace(q, metric=found[k - 2].metric + spending)
    return found


def _investments_listed(found: list[Quantity], s: str) -> list[Quantity]:
    """投资836万元的建新养老院、|550万元呼伦社区文体馆项目基本完工: an amount listed after an investment told of
    its works is the investment of the works named after it (not how they went)."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if (not before.metric.endswith("投资") or not before.evidence.startswith(("投资", "总投资"))
                or s[before.end : q.start] != "、" or q.unit != before.unit or not q.metric
                or q.evidence[0] not in _NUMBER_OPENINGS or not q.evidence.endswith(q.metric)):
            continue
        going = _WORKS_GOING.search(q.metric)
        works = q.metric[: going.start()] if going else q.metric
        if 2 <= len(works) <= _TOPIC_MAX:
            found[k] = replace(q, metric=works + "投资")
    return found
_CUT_AT_CONJUNCTION = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:投入使用|投入运营|建成|开工|完工|投产)?"
                                 r"(?<![总参给])[或和与]$")  # (not 总和, 参与)
def _bare_changes_of_the_subject(found: list[Quantity], s: str) -> list[Quantity]:
    """油料在连续三年大增产的基础上，又增长17%; 地区生产总值二季度由负转正、全年增长4.2%: a change that names no
    measure, in a clause after the first, is of the subject its sentence opens on."""
    for k, q in enumerate(found):
        if not _CHANGE_ONLY.fullmatch(q.metric):
            continue
        sentence = last_mark(s, "。！？；;\n", q.start) + 1
        if last_mark(s, "，,、", q.start) < sentence:
            continue  # the first clause: nothing before it to name the subject
        subject = _SENTENCE_SUBJECT.match(s, sentence)
        if subject is not None and subject.end() <= q.start and _BARE_NOUN.fullmatch(subject.group(1)):
            found[k] = replace(q, metric=subject.group(1) + q.metric)
    return found


def _mileage_of_roads_before(found: list[Quantity], s: str) -> list[Quantity]:
    """10个县区通了新的高速公路，|新增里程|590公里: a bare mileage is of the roads or lines its sentence named last
    before it."""
    for k, q in enumerate(found):
        if _BARE_MILEAGE.fullmatch(q.metric) is None or not q.evidence.startswith(q.metric[:2]):
            continue
        sentence = last_mark(s, "。！？；;\n", q.start) + 1
        roads = list(_ROADS.finditer(s, sentence, q.start))
        if roads:
            found[k] = replace(q, metric=roads[-1].group() + q.metric)
    return found


_BARE_MILEAGE = re.compile(r"(?:新增|累计)?(?:通车|运营)?(?:总)?里程")
_ROADS = re.compile(r"高速公路|高速铁路|高铁|铁路|地铁|城市轨道交通|轨道交通|农村公路|公路|航道|道路")


def _changes_of_what_was_raised(found: list[Quantity], s: str) -> list[Quantity]:
    """连续7年提高企业退休人员基本养老金水平，|年均增长10%: a bare change at the head of the clause right after one that
    raises a level or a standard is that level's."""
    for k, q in enumerate(found):
        if _BARE_YEARLY_CHANGE.fullmatch(q.metric) is None or not q.evidence.startswith(q.metric[:2]):
            continue
        clause = last_mark(s, "，,", q.start) + 1
        if s[clause : q.start].strip():
            continue
        start = max(last_mark(s, "，,", clause - 1), last_mark(s, "。！？；;\n", clause - 1)) + 1
        raised = _RAISED_LEVEL.search(s, start, clause - 1)
        if raised is not None and raised.end() == clause - 1:
            # (a standard raised is the measure itself; a level is the measure's)
            level = raised.group(1) + ("标准" if raised.group(2) == "标准" else "")
            found[k] = replace(q, metric=level + q.metric)
    return found


_BARE_YEARLY_CHANGE = re.compile(r"(?:年均|平均每年|每年)?(?:增长|提高|增加)")
_RAISED_LEVEL = re.compile(r"(?:提高|上调|提升)([\u4e00-\u9fff]{4,16}?)(水平|标准)")


_CHANGE_ONLY = re.compile(r"(?:增长|下降|增加|减少|提高|降低)")
_PERIOD_WORDS = r"(?:(?:上|下)半年|全年|今年|去年|[一二三四]季度|前三季度)"
_SENTENCE_SUBJECT = re.compile(_PERIOD_WORDS + r"?([\u4e00-\u9fff]{2,16}?)(?=在[^，,。；;]{0,20}?(?:基础上|之后)[，,]|"
                               + _PERIOD_WORDS + r"|增长|下降|由负转正)")


def _figures_going_on(found: list[Quantity], s: str) -> list[Quantity]:
    """…粮食总产量，…只有二千七百七十四亿斤。在…一九五二年，|也还只有|三千零八十八亿斤。: a figure that names no
    measure, in the unit of the figure just before it, goes on with that figure's measure (where only a time, a
    cause or an effort stands in its sentence before it; not …国家和地区，已经有一百零四个: a topic of its own)."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if (not _NO_MEASURE.fullmatch(q.metric) or not before.metric or before.unit != q.unit
                or q.start - before.end > _GOING_ON_REACH or s.find("\n", before.end, q.start) >= 0
                or s[q.end : q.end + 1] not in ("，", ",", "。", "；", ";", "")):
            continue
        sentence = last_mark(s, "。！？；;\n", q.start) + 1
        clause = last_mark(s, "，,", q.start) + 1
        opening = s[sentence : clause - 1] if clause > sentence else ""
        if not opening or _TIME_CAUSE_OR_EFFORT.search(opening):
            found[k] = replace(q, metric=before.metric)
    return found


_NO_MEASURE = re.compile(r"(?:也|又|还|才|就|则|仅|只)?")
_GOING_ON_REACH = 80
# 在…经济得到恢复的一九五二年, 经过…的努力, 由於歷年修復…: when, why or by what effort, naming no measure
_TIME_CAUSE_OR_EFFORT = re.compile(r"(?:年|年底|年末|时期|期间)$|^(?:由于|由於|因为|经过)|努力$")


def _turns_of_the_change_before(found: list[Quantity], s: str) -> list[Quantity]:
    """工业企业利润由上年下降2.3%|转为增长|8.5%: a turn is of the subject whose change it turns from."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        turn = _TURN.fullmatch(q.metric)
        if turn is None or s[before.end : q.start] not in ("", "，", ","):
            continue
        subject = _CHANGE_AT_END.sub("", re.split("[由从]", before.metric, maxsplit=1)[0])
        if len(subject) >= 2:
            found[k] = replace(q, metric=subject + turn.group(1))
    return found


# 200亿元|技改专项资金|支持…, 20.3亿元|以旧换新补贴|拉动消费…: what the money is, before what it is used for
_FUND_THEN_USE = re.compile(r"[\u4e00-\u9fff“”]{0,10}?(?:资金|基金|经费|补助|补贴|贷款|债券)"
                            r"(?=支持|用于|扶持|帮助|撬动|带动|拉动|惠及)")
_TURN = re.compile(r"(?:转为|转而)(增长|下降|上升|盈利|增加|减少)")


def _measures_of_topic_opened(found: list[Quantity], s: str) -> list[Quantity]:
    """以钢的产量来说，|第一个五年合计将达到…; 就煤炭来说，今年将达到…: the figures of a sentence opened on a topic are
    the topic's."""
    for k, q in enumerate(found):
        sentence = last_mark(s, "。！？；;\n", q.start) + 1
        topic = _TOPIC_OPENER.match(s, sentence)
        if topic is None or topic.end() > q.start:
            continue
        named = topic.group(1)
        if q.metric.startswith(named):
            found[k] = replace(q, metric=named + q.metric[len(named) :].removeprefix("来说").removeprefix("而言"))
        elif _BARE_AGGREGATE.fullmatch(q.metric):  # (not 粮食实际产量合计 under 以粮食和棉花来说: its own subject)
            found[k] = replace(q, metric=named + q.metric)
    return found


def _after_aside_left_open(q: Quantity, text: str) -> Quantity:
    """征收数额（包括地方附加和|乡村自筹经费）稳定在…３８８亿斤: evidence that opens inside an aside starts after it."""
    aside = _ASIDE_TAIL.match(q.evidence)
    if aside is None or _DIGIT_OR_NUMERAL.intersection(q.evidence[: aside.end()]) or len(q.evidence) - aside.end() < 2:
        return q
    start = q.start + aside.end()
    return replace(q, start=start, evidence=text[start : q.end])


_ASIDE_TAIL = re.compile(r"^[^（(]*[)）]")
_DIGIT_OR_NUMERAL = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两")


def _output_of_production_before(found: list[Quantity], s: str) -> list[Quantity]:
    """粮食生产实现“十三连增”，|产量比“十一五”末增加了42万吨; 轻工业，|总产值比1980年预计增长8％: a bare output or
    output value, at the head of the clause right after one that opens on a sector's production or names the sector
    alone, is that sector's."""
    for k, q in enumerate(found):
        if _BARE_OUTPUT.match(q.metric) is None or not q.evidence.startswith(q.metric[:2]):
            continue
        clause = last_mark(s, "，,", q.start) + 1
        sentence = last_mark(s, "。！？；;：:\n", q.start) + 1
        if clause <= sentence or s[clause : q.start].strip() not in ("", "全年", "今年"):
            continue
        before = last_mark(s, "，,", clause - 1) + 1
        opened = _PRODUCTION_OPENING.match(s[max(before, sentence) : clause - 1])
        if opened is not None:
            found[k] = replace(q, metric=(opened.group(1) or opened.group(2)) + q.metric)
    return found


_BARE_OUTPUT = re.compile(r"总?(?:产量|产值)(?!占|或)")
# 粮食生产实现…, 工业生产增长较快; 轻工业 (a topic clause of its own); not 安全生产, 扩大生产, 生产总值
_PRODUCTION_OPENING = re.compile(r"(?:(?:去年|今年|明年|全年|上半年|\d{4}年|[〇一二三四五六七八九零]{4}年)的?)?"
                                 r"(?:(?!安全|清洁|扩大|组织|恢复|发展|加强|推进|保障|稳定|安排|抓好|搞好)([\u4e00-\u9fff]{2,5}?)生产(?![总值])(?=[\u4e00-\u9fff])"
                                 r"|([\u4e00-\u9fff]{1,5}工业|[\u4e00-\u9fff]{1,3}业)$)")


_BARE_AGGREGATE = re.compile(r"(?:第[一二三四五六七八九十]个五年|五年|全年|今年|历年)?(?:合计|总计|累计|年产量|产量)")


_TOPIC_OPENER = re.compile(r"(?:以|就|拿)([\u4e00-\u9fff]{1,8}?)(?:来说|而言)[，,]")
_FOR_THIS_OR_ACHIEVED = re.compile(r"(?<=[\u4e00-\u9fff]{2})将?为此将?(?=[\u4e00-\u9fff]{2})"
                                   r"|^做到(?=[\u4e00-\u9fff]{3})")
_ESTIMATED_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff）)]{2})(?<![年的])预计(?!数)(?:完成|实现|达到)?"
                               r"(?=[\u4e00-\u9fff]{2})")


_QUOTED = re.compile(r"“[^“”]*”")


def _totals_of_lists(found: list[Quantity], s: str, text: str) -> list[Quantity]:
    """国务院的部委和直属机构、|办事机构共５９个: a total said after a list is of the whole list, which the evidence
    and the measure then hold."""
    for k, q in enumerate(found):
        if q.start == 0 or s[q.start - 1] != "、" or not q.metric or not q.evidence.startswith(q.metric + "共"):
            continue
        opening = last_mark(s, "，,。；;：:\n", q.start - 1) + 1
        listed = _METRIC_HEAD.sub("", s[opening : q.start])
        # (a quoted name counts as one word: 新增“固定班次+预约响应”山区城乡公交线路、…)
        if (k and found[k - 1].end > opening) or not 2 <= len(_QUOTED.sub("“”", listed)) <= _TOPIC_MAX or (
                _DIGITS & set(listed)):
            continue
        start = q.start - len(listed)
        found[k] = replace(q, metric=listed + q.metric, start=start, evidence=text[start : q.end])
    return found


_COUNTED_THEN_PACE_OR_AIM = re.compile(r"(?<=[\u4e00-\u9fff“”]{2})(?<!序时)(?<!形象)(?<!计划)(?:建设)?(?:进度|步伐)$"
                                       r"|(?<=[\u4e00-\u9fff“”]{2})助力[^，,。；;]{2,12}$")
_OVER_THE_PACE_OF = re.compile(r"(?:超过|高于|低于|快于|慢于)了?")
_PACE_NOUNS = ("的速度", "的水平")
# 认真办理…建议, 有序改造供热管网: how earnestly or orderly a thing is done is no part of what is measured
_MANNER_ADVERB = re.compile(r"(?:认真|积极|大力|着力|扎实|全力|切实|持续|稳步|有序|深入)(?=[\u4e00-\u9fff]{2})")
_ALONE_OPENINGS = ("仅", "单是", "光是", "只是", "仅仅")
_ALONE_THEN = re.compile(r"(?:仅仅|仅|单是|光是|只是)([\u4e00-\u9fff“”]{2,12}?)就(?:已|已经)?")
_LINKING_ADVERB = re.compile(r"(?:也|又|就|才|还(?![建有款贷原]))(?:将|要)?(?=[\u4e00-\u9fff])(?![业医学诊地近餐读])")
_ADVERB_BEFORE_COMPARISON = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![首成京古国新帝旧陪])"  # (not 首都比…)
                                       r"(?:(?:今年)?(?:预计)?(?:也|都|还)?(?:将|安排为)|也|都)(?=比)")
_ASKED_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})要求(?=(?:分别)?(?:增长|提高|达到|下降|减少|增加|增产))|"
                           r"(?<=[\u4e00-\u9fff]{3})(?<![需主重纲摘只])要$|"  # 粮食产量要|稳定在…: the modal
                           # 试点要覆盖全国10%左右的县, 排放量要分别下降: the modal inside (not 政要, 纲要, 要求)
                           r"(?<=[\u4e00-\u9fff]{2})(?<![需主重纲摘只不政提])(?:一定)?要(?=[\u4e00-\u9fff])(?![求素点闻])")
def _measures_of_named_before(found: list[Quantity], s: str) -> list[Quantity]:
    """“湘易办”用户突破3500万、|月访问量稳定在2000万人次: a bare measure listed after one of a quoted name is that
    name's too."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        named = _QUOTED_OWNER.match(before.metric)
        if (named is None or s[before.end : q.start] not in _LIST_JOINS_OF_MEASURES or q.metric.startswith("“")
                or not q.evidence.startswith(q.metric) or _PLATFORM_MEASURE.fullmatch(q.metric) is None):
            continue
        found[k] = replace(q, metric=named.group() + q.metric)
    return found


_QUOTED_OWNER = re.compile(r"“[^”]{2,10}”(?=[\u4e00-\u9fff])")
_LIST_JOINS_OF_MEASURES = frozenset(("、", "，", ","))
_PLATFORM_MEASURE = re.compile(
    r"(?:日均|月均|年均|月|日|年)?[\u4e00-\u9fff]{0,3}(?:访问量|用户数|注册用户|下载量|交易额|成交额|使用率|覆盖率)")


def _stages_of_works_counted(found: list[Quantity], s: str) -> list[Quantity]:
    """加快建设…700个以上省市县重点项目，开工率…100%，|竣工投产200个以上: a bare stage counts the works counted
    before it in its sentence in the same unit (省市县重点项目竣工投产), not any."""
    for k, q in enumerate(found):
        if _BARE_STAGE.fullmatch(q.metric) is None:
            continue
        for before in reversed(found[:k]):
            if _SENTENCE_END.search(s, before.end, q.start):
                break
            works = _WORKS_COUNTED.search(before.metric) if before.unit == q.unit else None
            if works is not None:
                found[k] = replace(q, metric=works.group() + q.metric)
                break
    return found


_BARE_STAGE = re.compile(r"(?:新|再)?(?:竣工投产|建成投产|开工建设|竣工|开工|投产|建成|签约|落地)")
_WORKS_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?=$|引进|签约)")


def _goal_headed_for(core: str, trail_noun: str) -> str:
    """向|3000亿|经济总量进军: the total headed for, not the heading; '' otherwise."""
    goal = _GOAL_HEADED_FOR.fullmatch(trail_noun) if _HEADED_FOR.fullmatch(core) else None
    return goal.group(1) if goal else ""


_HEADED_FOR = re.compile(r"(?:全力|加快|奋力|努力|全面|加速|接续)?(?:向|朝着?)")
_GOAL_HEADED_FOR = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:目标)?(?:进军|迈进|冲刺|挺进|奋进|攀升)")
_FROM_YEAR_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])[从由](?:(?:19|20)[0-9]{2}|[一二三四五六七八九〇零]{4}|上|去)年"
                               r"(?:的|底|末)?(?=[\u4e00-\u9fff]{2})")  # (由上年下降2.3%转为…: 上年 too)


def _rate_of_act(found: list[Quantity], s: str) -> list[Quantity]:
    """压减学科类培训机构183家、压减率95.81%: a rate named by the act of the count before it is that act's rate on
    the same things (学科类培训机构压减率)."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        rate = _ACT_RATE.fullmatch(q.metric)
        if (rate is not None and q.unit in _SHARES and before.metric.startswith(rate.group(1))
                and len(before.metric) - len(rate.group(1)) >= 2 and s[before.end : q.start] in ("、", "，", ",")):
            found[k] = replace(q, metric=before.metric[len(rate.group(1)) :] + q.metric)
    return found


# 压减率, 整改率: the rate of an act (not 赤字率, the rate of a measure)
_ACT_RATE = re.compile(r"(压减|关停|实测|整改|办结|处置|清理|化解|改造|治理|查处|结案|办复|回复|销号)率")


def _progress_of_owner(found: list[Quantity], s: str) -> list[Quantity]:
    """大唐雷州电厂完成投资22亿元，累计完成投资69亿元，完成总投资的75%: how far a project is through its whole
    investment is that project's, named by the investment before it."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if q.unit not in _SHARES or not _PROGRESS.fullmatch(q.metric) or _SENTENCE_END.search(s, before.end, q.start):
            continue
        owner = _INVESTED_BY.match(before.metric)
        if owner is not None:
            found[k] = replace(q, metric=owner.group(1) + q.metric)
    return found


_PROGRESS = re.compile(r"(?:累计)?完成(?:了)?(?:总投资|计划总投资|总工程量|年度计划)")
_INVESTED_BY = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:累计)?(?:完成|实现)投资")


def _elided_nouns(found: list[Quantity], s: str) -> list[Quantity]:
    """确保5所省属高职院校全部动工建设，力争1-2所首期秋季建成: a count whose words after it are only a stage reached
    counts the things the count before it took to another stage."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if q.unit not in _COUNTERS or q.unit != before.unit or not _STAGE_ONLY.fullmatch(q.metric):
            continue
        if not q.evidence.endswith((q.unit or "") + q.metric) or _SENTENCE_END.search(s, before.end, q.start):
            continue
        done = _STAGE_END.search(before.metric)
        if done is not None and done.start() >= 2:
            found[k] = replace(q, metric=before.metric[: done.start()] + q.metric)
    return found


_STAGES = r"(?:动工建设|开工建设|建成投用|建成投产|开工|动工|建成|竣工|完工|投用|投产|通车)"
_STAGE_END = re.compile(_STAGES + "$")
_STAGE_ONLY = re.compile(r"(?:首期|一期|全部|全面|基本|年内|当年|秋季|春季|年底|实现|已|将|如期|按期|顺利){0,3}"
                         + _STAGES)


def _counted_among(found: list[Quantity], s: str) -> list[Quantity]:
    """在45种主要工业产品中，有|37种|完成了计划: a count of those among the things counted just before, with no
    noun of its own, counts those things that did so (主要工业产品完成了计划)."""
    for k in range(1, len(found)):
        q, whole = found[k], found[k - 1]
        among = _AMONG.match(s, whole.end - 1 if whole.evidence.endswith("中") else whole.end)
        if (among is None or among.end() < q.start or q.unit != whole.unit or not _counts_things(q.unit)
                or q.value is None or whole.value is None or q.value >= whole.value
                or _COUNT_AMONG.match(s, among.end()) is None):  # not …项目中，电站有一百个: a noun of its own
            continue
        things = _MADE_OPENING.sub("", _GROWTH_TAIL.sub("", whole.metric)).removesuffix("中")
        act = q.metric.removeprefix("中").lstrip("已经有共")
        act = act[2:] if act.startswith(things[-2:]) else act  # …重要项目中，17个项目已经完工: the things once
        if len(things) >= 2 and act and things not in act:
            found[k] = replace(q, metric=things + act)
            if whole.metric.endswith("中"):
                found[k - 1] = replace(whole, metric=whole.metric.removesuffix("中"))  # 80个重点项目中|的70个
    return found


_AMONG = re.compile(r"中的?[，,]?(?:其中)?")
# (…中，|预计可以有|28种…: the words that may stand before the count of those among them)
_COUNT_AMONG = re.compile(r"(?:除了)?(?:预计|估计)?(?:可以|能够)?(?:已经|已|共|仅|只|还)?有?"
                          r"[0-9０-９零〇一二两三四五六七八九十百千]")


def _parts_of_the_whole(found: list[Quantity], s: str) -> list[Quantity]:
    """规上工业营业收入达5620亿元，…；其中有色金属产业突破2100亿元、…: industries named after 其中 with no measure of
    their own have the measure of the whole the figure before 其中 gave."""
    for k in range(1, len(found)):
        q = found[k]
        if len(q.metric) > 12 or not q.metric or _names_measure(q.metric):
            continue
        opening = s.rfind("其中", max(0, q.start - _PART_REACH), q.start)
        wholes = [b for b in found[:k] if b.end <= opening and b.unit == q.unit] if opening >= 0 else []
        if not wholes or any(mark in s[wholes[-1].end : opening] for mark in "。！？\n"):
            continue
        whole = wholes[-1].metric
        measure = _measure_end(whole) if q.metric.endswith(_KINDS_OF_A_WHOLE) else ""
        # 汽车保有量由…增至…，其中新能源汽车由…: a kind of the things the whole counts has its measure too
        kind_of = next((m for m in _COUNTED_MEASURES if whole.endswith(m) and len(whole) > len(m)
                        and q.metric.endswith(whole[: -len(m)]) and len(q.metric) > len(whole) - len(m)), "")
        if measure or kind_of:
            found[k] = replace(q, metric=q.metric + (measure or kind_of))
    return found


_COUNTED_MEASURES = ("保有量", "拥有量", "产量", "总量", "人数", "数量", "存栏量", "出栏量")


def _measure_end(metric: str) -> str:
    """The measure a metric ends with (规上工业营业收入 → 营业收入), or ''."""
    return next((m for m in _WHOLE_MEASURES if metric.endswith(m) and len(metric) > len(m)), "")


_KINDS_OF_A_WHOLE = ("产业", "行业", "板块", "产业集群")
_PART_REACH = 60  # how far back the 其中 that opens a breakdown may stand
_WHOLE_MEASURES = tuple(sorted(SHARED_MEASURES, key=len, reverse=True))


def _eventual_capacities(found: list[Quantity], s: str) -> list[Quantity]:
    """钢：全部建成后增加的年产能力将为610万吨，五年内增加的…为253万吨: what the works add once all built is due
    when the line says they are built (…，一九五九年建成), else at no year the plan names: not in its five years."""
    for k, q in enumerate(found):
        if q.kind != "target" or "建成后" not in q.metric:
            continue
        built = _BUILT_BY.match(s, q.end)
        if built is None:
            found[k] = replace(q, deadline_year=None, deadline_text=None)
        elif built.group(1) != "五年内":
            year = built.group(1)[:-1]
            found[k] = replace(q, deadline_year=int(year) if year.isdigit() else parse_chinese_year(year) or None,
                               deadline_text=None)
    return found


# …，五年内建成 / …，一九五九年建成: when the works the capacity comes from are built
_BUILT_BY = re.compile(r"[，,](五年内|(?:[0-9]{4}|[一二][〇零○一二三四五六七八九]{3})年)"
                       r"(?:全部|基本)?(?:建成|完成|投产)")


# the plain words of a change a metric ends with (增长, 下降, …), whose base a sentence may name apart
_PLAIN_CHANGES = ("增加", "增长", "提高", "下降", "减少", "降低", "上升", "扩大", "缩小")


def _changes_against_an_opening_base(found: list[Quantity], s: str, text: str) -> list[Quantity]:
    """一九八二年预计同一九八○年比较，纱增长…，食糖增长百分之三十三: every change the sentence goes on to list is
    against the base it opens with (食糖比一九八○年增长), not a year's growth."""
    for k, q in enumerate(found):
        change = _CHANGE_AT_END.search(q.metric)
        if change is None or "比" in q.metric or "较" in q.metric or _YEARLY.search(q.metric):
            continue  # (平均每年增加…: a year's average, not the change since the base)
        sentence = last_mark(s, "。！？；;!?\n", q.start) + 1
        bases = list(_OPENING_BASE.finditer(s, sentence, q.start))
        base = bases[-1] if bases else None  # the last one before the figure
        if base is None or base.group(1) in _YEAR_BEFORE:
            continue
        written = text[base.start(1) : base.end(1)]  # (as the document writes it: ○, not 〇)
        found[k] = replace(q, metric=q.metric[: change.start()] + "比" + written + change.group())
    return found


_CHANGE_AT_END = re.compile("(?:" + "|".join(_PLAIN_CHANGES) + ")$")
_YEARLY = re.compile(r"年均|平均每年|每年|平均")
# 同一九八○年比较，| 与2020年相比，: the base a sentence's changes are measured against
_OPENING_BASE = re.compile(r"(?:与|同|和|跟)((?:[0-9]{4}|[一二][〇零○一二三四五六七八九]{3})年(?:底|末)?"
                           r"|上年|去年|“?十[一二三四五]五”?(?:时期|末|期末)?)(?:相比|比较)[，,]")


def _people_served(found: list[Quantity], s: str) -> list[Quantity]:
    """为5000名困难老人|提供居家养老服务: the people counted are those served, with the service they get
    (困难老人居家养老服务), not all of them."""
    for k in range(1, len(found)):
        people, q = found[k - 1], found[k]
        if (people.unit in _PEOPLE_UNITS and people.end == q.start and people.metric and q.metric
                and "人均" in q.metric and not q.metric.startswith(people.metric)):
            found[k] = replace(q, metric=people.metric + q.metric)  # 4.3万名城乡居民|基础养老金人均每月增加20元
    for k, q in enumerate(found):
        if not q.metric or not (q.evidence.startswith(("为", "免费为", "无偿为")) or _FOR_COUNT.search(q.evidence)
                                or _FOR_LIST_BEFORE.search(s, max(0, q.start - _LIST_REACH), q.start)):
            continue
        served = _SERVICE_AFTER.match(s, q.end) if q.unit in _PEOPLE_UNITS else None
        if served is not None and not q.metric.endswith(served.group(1)):
            found[k] = replace(q, metric=q.metric + served.group(1))
        elif q.unit in _PEOPLE_UNITS and (given := _SERVICE_GIVEN.search(q.metric, 2)) is not None:
            # (为1万名留守儿童进行心理健康评估: the service, without the verb that gives it)
            found[k] = replace(q, metric=q.metric[: given.start()] + q.metric[given.end() :])
        elif (given := _GIVEN_TO.match(q.evidence)) is not None and given.group(1) not in q.metric:
            found[k] = replace(q, metric=given.group(1) + q.metric)  # 为退役军人提供5万个就业岗位: theirs
    return found


# 免费为430户…实施…改造、|330户…提供居家康复服务: the 为 reaches each count of the list
_FOR_LIST_BEFORE = re.compile(r"为[0-9０-９一二三四五六七八九十两][^，,。；;、]*、$")
_LIST_REACH = 60
def _counted_past_a_qualifier(found: list[Quantity], s: str) -> list[Quantity]:
    """建设2个|投资不低于2000万元的产业项目, 建成2条|不少于10公里的示范带: a count whose noun comes after a
    qualifier with a figure of its own counts that noun."""
    for k, q in enumerate(found):
        if not q.metric or q.unit not in _COUNTERS or not q.evidence.endswith(q.unit):
            continue
        qualified = _QUALIFIED_NOUN.match(s, q.end)
        if qualified is None or not _NUMERAL_IN.search(qualified.group(1)) or qualified.group(2) in q.metric:
            continue
        found[k] = replace(q, metric=q.metric + qualified.group(2))
    return found


_QUALIFIED_NOUN = re.compile(r"、?((?:年度|单体|计划)?(?:总投资|投资|规模|面积|占地|建筑面积|长度|全长|年产|"
                             r"产值|营业?收入|装机|容量|日处理|不少于|不低于|不小于|超过|超)[^，,。；;的]{1,40}?)的([\u4e00-\u9fff]{2,12}?)(?=[，,。；;])")
_NUMERAL_IN = re.compile(r"[0-9０-９]|[一二三四五六七八九十两][十百千万亿]?(?:公里|米|亩|元|万|亿|人|户|个|家)")
_FOR_COUNT = re.compile(r"(?:共|累计|先后|全年)为(?=[0-9０-９一二三四五六七八九十两])")  # 援企稳岗行动共为|36户…
_GIVEN_TO = re.compile(r"为([\u4e00-\u9fff]{2,12}?)(?:提供|新增|开发|安排|筹集)(?=[0-9０-９一二三四五六七八九十两])")


_PEOPLE_BEFORE_PER_HEAD = re.compile(r"([\u4e00-\u9fff]{0,10}?(?:居民|群众|老人|人员|职工|学生|儿童|农民|对象|患者))"
                                     r"(?=[\u4e00-\u9fff]{2,12}人均)")
_PEOPLE_UNITS = frozenset(("名", "位", "人", "万人", "人次", "万人次", "户", "万户", "万名"))
# …提供视力功能训练、人工耳蜗手术、…等康复救助服务: the service, after the examples of it
# (…发放稳岗补贴2795万元: the service, before the amount it came to)
_SERVICE_GIVEN = re.compile(r"进行(?=[\u4e00-\u9fff]{2})")
_SERVICE_AFTER = re.compile(r"(?:免费|无偿)?(?:提供|开展|实施|发放|进行)(?:[^，,。；;]{0,80}?等)?"
                            r"([^，,。；;、等]{2,12}?(?:服务|补贴|补助|救助|培训|筛查|体检|检查|保障金|生活费|津贴|救助金|慰问金"
                            r"|评估|干预|治疗|手术|辅导))(?=[，,。；;、0-9０-９]|$)")


def _amounts_converted(found: list[Quantity], s: str) -> list[Quantity]:
    """实际使用外资达到160.6亿美元、折合1148亿元人民币: the same amount in another currency, of the same measure."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if (q.evidence.startswith("折合") and before.metric and s[before.end : q.start] in ("、", "，", ",", "")
                and (q.unit or "").endswith("元") and (before.unit or "").endswith("元")):
            found[k] = replace(q, metric=before.metric + "折合人民币" if q.evidence.endswith("人民币")
                               else before.metric + "折合")
    return found


def _changes_from_a_base_told(found: list[Quantity], s: str) -> list[Quantity]:
    """…达到13697.5亿元，较“十三五”末的9323.1亿元|增加4374.4亿元，增长33.6%: the changes after a base told with
    its value are from that base (较“十三五”末增长), not a year's growth; a base of the year before (比上年的…)
    is how growth is read anyway."""
    for k, base in enumerate(found[:-1]):
        told = _BASE_TOLD.match(base.evidence)
        if told is None or told.group(2) in _YEAR_BEFORE or not base.metric:
            continue
        for j in range(k + 1, len(found)):
            q, before = found[j], found[j - 1]
            change = q.metric[len(base.metric) :] if q.metric.startswith(base.metric) else ""
            if change not in _PLAIN_CHANGES or s[before.end : q.start] not in ("", "，", ","):
                break
            found[j] = replace(q, metric=base.metric + told.group(1) + told.group(2) + change)
    return found


_BARE_PART_OF_YEAR = re.compile(r"(?:到|至)?(?:年末|年底|年初|年中|年终)")  # no year of its own: the one in hand
_BASE_TOLD = re.compile(r"^(比|较)([^，,。；;的比较]{2,12})的(?=[0-9０-９一二三四五六七八九十两])")
# the year before, or now (比现有的86个减少27个: the same measure, today's): no base a metric needs to name
_YEAR_BEFORE = frozenset(("上年", "去年", "上年同期", "同期", "前一年", "现有", "目前", "现在"))


def _seats_of_facilities_built(found: list[Quantity], s: str) -> list[Quantity]:
    """新改扩建公办中小学9所、|新增学位12780个: the places a count of schools (beds of hospitals, berths of car parks)
    adds are theirs, not the whole city's; with the verb that built them left out (公办中小学新增学位)."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if (q.metric in _BARE_SEATS and before.unit in _FACILITY_UNITS and before.metric.endswith(_FACILITIES)
                and _SEATS_GAP.fullmatch(s, before.end, q.start) and not q.evidence.startswith(_WHOLE_PLACES)):
            owner = _BUILDING_VERB.sub("", before.metric)
            if len(owner) >= 2:
                found[k] = replace(q, metric=owner + q.metric)
    return found


_BARE_SEATS = frozenset(f"{verb}{seat}" for verb in ("", "新增", "增加", "提供")
                        for seat in ("学位", "床位", "泊位", "车位", "停车位"))
_FACILITY_UNITS = frozenset(("所", "个", "座", "家", "处"))
_FACILITIES = ("学校", "中学", "小学", "中小学", "幼儿园", "校点）", "校区", "医院", "卫生院", "养老院", "停车场",
               "养老机构")
_SEATS_GAP = re.compile(r"[，,、](?:共|累计)?")
_WHOLE_PLACES = ("全市", "全县", "全区", "全省", "全州", "全盟", "全旗")  # …停车场61座，全市新增泊位…: the city's
# 新改扩建|公办中小学, 完成改（扩）建|学校, 新建、改建|智慧停车场: the building done, before what was built
_BUILDING_VERB = re.compile(r"^(?:完成|建成|新增|新建|改建|扩建|改扩建|新改扩建|新改建|新建改扩建|新建改建|建|[、和及]"
                            r"|改[（(]扩[）)]建)+")


def _shared_owner(found: list[Quantity], s: str) -> list[Quantity]:
    """A bare measure listed after the measure an owner reached (全市园区完成规上工业增加值141.8亿元、税收27.2亿元) is
    that owner's too: the park's taxes, not everyone's."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        owned = _OWNER_ACTS.match(before.metric) or _PARK_OWNER.match(before.metric)
        owner = owned.group(1) if owned is not None else _owner_of_sum(before)
        bare = _GROWTH_TAIL.sub("", q.metric)  # 开发区工业增加值增长16%、税收增长18%: the growth of a bare measure
        measure = bare in _OWNED_MEASURES or (len(bare) <= 6 and bare.endswith(_SECTOR_MEASURES_OWNED))
        if owner and measure and s[before.end : q.start] == "、" and before.evidence.find(owner) >= 0:
            found[k] = replace(q, metric=owner + q.metric)
    return found


def _owner_of_sum(q: Quantity) -> str:
    """产业园实现|工业总产值300亿元: the owner whose sum made its metric names without the 实现 (or '')."""
    metric = q.metric
    return next((metric[:cut] for cut in range(2, min(9, len(metric) - 1))
                 if metric[:cut] + "实现" + metric[cut:] in q.evidence), "")


# 园区完成|规上工业增加值: an owner, then what it reached; what is listed after it without an owner of its own
_OWNER_ACTS = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:完成|实现)(?=[\u4e00-\u9fff]{2})")
# 开发区|工业增加值增长16%: a park or a firm named before the measure it reached, with no verb
_PARK_OWNER = re.compile(r"([\u4e00-\u9fff]{0,6}(?:开发区|高新区|经开区|园区|新区|集团|公司))(?=[\u4e00-\u9fff]{2})")
_OWNED_MEASURES = SHARED_MEASURES | frozenset(("税收", "利税", "税金", "入库税收", "主营业务收入"))
_SECTOR_MEASURES_OWNED = ("增加值", "总产值", "营业收入")  # 工业增加值, 服务业营业收入: a sector's, still bare
_LIST_COMMA = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,2}[）)])?、")  # 出栏草食畜50万头（只）、生猪…: a unit's gloss


def _takes_verb(q: Quantity, verb: str) -> bool:
    """Whether ``q``, listed after a count ``verb`` adds or builds, is a count of its noun alone that the verb
    fits: not one with a verb, a whole or a rate of its own (…、完工52个, …、总数198家, …、失业率3.5%), not the
    area of the same sites (…修复520座、面积1387公顷), not an act where the verb makes things (新建农房…、危房改造)."""
    metric = q.metric
    # (…、技术创新中心等|创新平台20家: the count's noun after its examples)
    examples = q.evidence.find("等" + metric) if metric and not q.evidence.startswith(metric) else -1
    at = examples + 1 if examples >= 0 else 0 if q.evidence.startswith(metric) else -1
    return bool(
        metric and at >= 0 and _ABOUT_OPENING.sub("", q.evidence[at + len(metric) :])[:1].isdigit()
        and q.unit and q.unit not in _SHARES
        and not (_ADDING_VERB.match(metric) or _OWN_VERB.match(metric) or _MEASURE_END.search(metric))
        and not (_BARE_MEASURE.fullmatch(metric) and not _RECOVERING.fullmatch(verb))  # 回收资源…、资金4.8亿元
        and not (_ACT_NAMED_END.search(metric) and _NEW_THINGS.search(verb)))


def _reached_too(q: Quantity) -> bool:
    """8.35亿农村居民 after 惠及4.32亿城镇居民: a count before its noun, the noun alone (not 8万人次培训)."""
    return (bool(q.metric) and q.evidence[:1].isdigit() and q.evidence.endswith(q.metric)
            and _OWN_VERB.search(q.metric) is None)


_REACHING_VERB = re.compile(r"(?:惠及|覆盖|资助|救助)(?=[\u4e00-\u9fff]{2})")
# 新增A 74家、B 20家: verbs of adding or building a list's first count shares with the counts after it
_ABOUT_OPENING = re.compile(r"^(?:约|近|超过|超|逾)")  # …、涉企收费约2000亿元: how near, then the figure
_ADDING_VERB = re.compile(
    r"^(?:累计|共|再|有序|全面|加快)?(?:完善提升|升级提升|提档升级|升级改造|提质改造|减少|压减|减免|拆除|关停|取缔|淘汰|新增|净增|新建改建|新改建|新建|新开工|开工建设|开工|建成|新培育|培育|新引进|引进|新认定|认定|新认证|创建|"
    r"改造|完成|实施|获批|入选|办理|受理|办结|治理|整治|出栏|存栏|回收|收回|清收|追回|盘活"
    # 修改废止和宣布失效政府规章10部、规范性文件44件: acts on rules, however many are joined
    r"|(?:修改|修订|废止|废除|清理|宣布失效)(?:[和、及]?(?:修改|修订|废止|废除|清理|宣布失效))*)"
    r"(?:改造|建设)?")  # 开工改造城镇老旧小区196个、城中村6万户: the works started, both verbs
# …、建设公租房7467套, …、总数198家: the count after has a verb or a whole of its own
_OWN_VERB = re.compile(
    r"建设|转化|节约|实现|达到|带动|吸引|帮助|惠及|覆盖|开展|总|共|全|其中|占|增长|下降|提高|降低|减少|增加|超过|突破|签约|投资|"
    r"发放|兑现|减免|解决|安置|救助|培训|帮扶|接待|办理|完工|竣工|投产|交付|落地|储备|谋划|在建|续建|推进|招引|洽谈|"
    r"涉及|到位|撬动|拉动|争取|获得|落实|更新|除险|加固|清淤|疏浚|推广")
_BARE_MEASURE = re.compile(r"面积|规模|总量|数量|资金|金额|产值|产能")
_RECOVERING = re.compile(r"(?:累计|再|有序|全面|加快)?(?:回收|收回|清收|追回|盘活)")  # the money is recovered too
_ACT_NAMED_END = re.compile(r"(?:改造|整治|治理|修复|建设|种植|绿化|造林|育林|硬底?化|改良|抚育|提升|种草|植树|治沙)$")
_NEW_THINGS = re.compile(r"新增|净增|新建|新改建|新建改建")  # what is new is a thing, not an act (危房改造)
_MEASURE_END = re.compile(r"(?:额|率|值|量|价|比重|收入|总数|规模|人次|次|里程)$")


_BARE_LEVEL = re.compile(r"(?:国家|省|市|县|区|镇|乡|村)级(?:以上|以下)?")
_LEVEL_IN = re.compile(r"(?:国家|省|市|县|区|镇|乡|村)级(?:及)?(?:以上|以下)?")


_LEVEL_ENDS = "级类型性"
_SIZE_CLASS = re.compile(r"(?:过|超|超过)[0-9十百千万]{1,4}亿元?(?:级)?")  # 过百亿, 超50亿元: a class by size
_BATCH_END = re.compile(r"(?:首|第[一二三四五六七八九十]{1,2})批$")  # 首批|12项及第二批14项重点改革: a batch


def _economies_of_places_supported(found: list[Quantity], s: str) -> list[Quantity]:
    """支持武都区建设区域中心城市…，地区生产总值达到200亿元: a whole economy's measure, or a bare shared one
    (支持上饶经开区加速打造…，确保营业收入突破2800亿元), after the place or park the sentence supports is that place's,
    not the report's region's."""
    for k, q in enumerate(found):
        bare = _GROWTH_TAIL.sub("", q.metric)
        if bare not in _ECONOMY_MEASURES and bare not in SHARED_MEASURES and bare not in _SECTOR_TOTALS:
            continue
        opening = last_mark(s, "。；;\n", q.start) + 1
        place = _PLACE_SUPPORTED.match(s, opening, q.start) if bare == q.metric else None
        # 海口经济圈产业发展规划完成编制，经济总量年均增长5.8%: a zone the sentence opens on owns the economy measured
        # after it (not where the whole region or another place is named between)
        place = place or (_ZONE_TOPIC.match(s, opening, q.start) if not _OTHER_PLACE.search(
            s, opening + 2, min(q.end, q.start + 3)) else None)
        if place is not None and not q.metric.startswith(place.group(1)):
            found[k] = replace(q, metric=place.group(1) + q.metric)
    return found


_TOPIC_GOING = re.compile(r"([\u4e00-\u9fff、]{2,16}?)(?:却|也|仍然|还)?"
                          r"(?:(?:大幅度|大幅|连年|连续[一二三四五六七八九十0-9]{1,2}年)"
                          r"(?:增加|增长|增产|上升|提高|下降|减少)"
                          # 排放总量近年来首次出现双下降，|比上年分别下降…: how they went, then by how much
                          r"|(?:近年来|多年来)?(?:首次)?(?:出现|实现)(?:双|“双)(?:下降|降|增长|增)”?"
                          # 工农业生产总值不仅没有下降，|而且将比上年增长…: how it did not go, then how it did
                          r"|(?:不仅|不但)(?:没有|并未|未)(?:下降|减少|降低|减产))")
_MODAL_OPENING = re.compile(r"必须|应当|应该|需要|务必|要(?![素求点闻害件])")
_AREA_PARTS = frozenset(("核心区", "起步区", "启动区", "先行区", "核心区域", "首开区"))
# 对经济增长的贡献率, 对GDP增长的拉动: a share of growth, whose is named before
_CONTRIBUTION = re.compile(r"对[^，,。；]{2,10}的(?:贡献率|贡献度|拉动率|拉动)(?:提高|提升|增加|下降)?")
_SECTOR_OPENING = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:增加值|增速|产值|投资|消费)")
# 四川省由千分之二十九降到…: a place alone, the metric of nothing yet
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|县|自治区|地区|自治州)")
_CLAUSE_COMMA = re.compile(r"[，,]")
_SPAN_JOINS = frozenset(("到", "至", "—", "-", "－", "——"))
# 抓好全国老旧小区改造试点: what a clause pushes on with, named in full
_PUSHED_ON = re.compile(r"(?:全面|全力|加快|扎实|持续|积极|大力|继续|认真)*(?:抓好|推进|推动|实施|开展|深化)"
                        r"(?:全国|全省|全市)?([\u4e00-\u9fff“”]{4,16})")
# 轻工业。纺织工业部…共有三十九个建设项目: a paragraph opened by the label of what it goes on about
_PARAGRAPH_LABEL = re.compile(r"[\s\u3000]*([\u4e00-\u9fff]{2,8})。")
_THOSE = ("这些", "这批")
# 集体分配平均每人在三百元以上的大队，|１９７９年有一千六百二十二个: a class by its bound, counted by year
# 机制纸、铝制品、自行车等主要日用品，|增长百分之五十以上: things listed and classed with 等 are what a bare change
# in the clause after changes
_LISTED_THINGS = re.compile(r"(?!推进|加快|实施|开展|加强|完善|建设|发展|推动|支持|落实)[\u4e00-\u9fff]{1,8}"
                            r"(?:、[\u4e00-\u9fff]{1,8}){1,6}等(?:主要)?[\u4e00-\u9fff]{1,6}")
_LISTED_TOPIC_MAX = 40
_CLASS_TOPIC = re.compile(r"[^，,。；、]{2,20}(?:以上|以下)的[\u4e00-\u9fff]{1,6}")
# 工业总产值，|包括原有企业和新建企业的在内|，预计达到…: what the topic takes in, said between it and its number
_INCLUSION_ASIDE = re.compile(r"(?:不)?包括[\u4e00-\u9fff、和及]{2,30}在内")
# 今年的行政经费预算，|从中央到地方|，一律削减10%: how far the change reaches, between the topic and its number
_SCOPE_ASIDE = re.compile(r"从[\u4e00-\u9fff]{1,6}到[\u4e00-\u9fff]{1,6}")
# 农村居民人均纯收入，|考虑价格下降因素|，比上年实际增长4.3%: how the change is reckoned, between it and its topic
_RECKONING_ASIDE = re.compile(r"(?:考虑|扣除|剔除|按|以)[^，,。；0-9]{1,12}(?:因素|计算|口径|计)")
# …研究组织，|据十二个省的不完全统计|，有七千六百九十个: where the count comes from, between it and its topic
_TOPIC_OF = re.compile(r"[\u4e00-\u9fff]{2,8}的(?:(?![万亿千百比来])[\u4e00-\u9fff]){2,6}")  # 农村居民的购买力
_OPENING_CONJUNCTION = re.compile(r"^(?:但是|但|然而|而且|并且|可是)(?=..)")  # 但一九五四年的粮食产量，…
_VIEWPOINT_ASIDE = re.compile(r"(?:就|从|对)[^，,。；]{1,10}?(?:来说|来看|看来|而言)")  # 就全国范围来说
_STATISTICS_ASIDE = re.compile(r"(?:据|根据)[^，,。；]{0,16}?(?:统计|调查)")
# 工业总产值（不包括手工业产值，下同）: a remark on how the topic is reckoned, no part of its name
_RECKONING_REMARK = re.compile(r"（(?:[^（）]*[，,][^（）]*|不?包括[^（）]*|按[^（）]*计算)）$")
# 强化项目前期经费保障, 加大污染防治资金投入: the fund a clause makes sure of
_FUND_NAMED = re.compile(r"(?:强化|加大|落实|保障|加强)([\u4e00-\u9fff]{2,12}?(?:经费|资金))(?:保障|投入|支持)?")
_BARE_TOTALS = frozenset(("总额", "总量", "总数", "总规模", "总产量", "总产能"))
# 市场经营主体增量提质 | 招商引资到位资金连续四年…: a noun, then how it went
# (实施粮食稳定增产行动，|总产量…: the grain's)
_SUBJECT_GOING = re.compile(r"(?:确保|力争|争取|推动|促进|实施)?([\u4e00-\u9fff]{2,10}?)(?<!更加)(?<!更为)(?<!作用)"
                            r"(?:连续|连年|仍然|实现|稳中|增量|持续|不断|快速|稳步|大幅|明显|较快|"
                            # (吉化乙烯项目投产，|总产能…: the project's)
                            r"(?:稳定|平稳)(?:增长|增产|发展|向好|运行)|企稳|(?:建成)?投产)")
_SUBJECT_CLAUSE_MAX = 24
# 贸易顺差连续两年下降，|比上年减少6.4%: a change with nothing named, of what the clause before says went that way
_BARE_CHANGE = re.compile(r"(?:比上年|比去年|较上年|较去年|同比)(?:增长|下降|减少|增加|提高|降低|上升)")
# …423亿元|，用于扶助和促进就业; …27亿元|国债资金用于县、乡、村三级医疗卫生基础设施建设: what it is for
_USED_FOR = re.compile(r"(?:[\u4e00-\u9fff]{0,6}(?:资金|经费|专款))?[，,]?(?:专项|主要)?用于"
                       r"([^，,。；;\n\d]{2,24}?)(?=[，,。；;\n]|$)")
_BARE_OUTPUTS = frozenset(("总产", "总产量", "产量", "单产"))
_PRODUCE_OPENING = re.compile(r"([^，,。；;、\n\d]{1,12}?)生产(?![总产])[^，,。；;\n\d]{0,24}$")
_LEADING_PART = re.compile(r"(?:[^，,。；;]{0,8}中)?([\u4e00-\u9fff]{2,10}?)"
                           r"(?:一枝独大|一业独大|处于[^，,。；;]{0,6}地位|比重最大|规模最大|为主|占主导|居首位|占大头)")
# 在社会零售中的比重, 在北方地区占比, 占国内生产总值的比重: a share that names no subject
_SUBJECTLESS_SHARE = re.compile(r"(?:在[^，,。；;中]{1,12}中?(?:的|所占的)?|占[^，,。；;中]{1,12}?的?)(?:占比|比重)")
_BARE_SHARE_OF = re.compile(r"(?:已经|已|约|仅|只)?(占[\u4e00-\u9fff]{1,12}?)的?")  # 已经占总农户|的60%
_SHARE_SUBJECT = re.compile(r"[\u4e00-\u9fff“”]{2,16}")  # (a noun phrase: 参加高级合作社的农户, not 减少三千六百多人)
# 经济总量占全国比重, 国营商业…在国内商业批发中的比重: the subject of a share
_SHARE_OWNER = re.compile(
    r"((?![在占])[\u4e00-\u9fff]{2,16}?)(?:在[^，,。；;中]{1,12}中|占)[^，,。；;]{0,12}?(?:占比|比重)")

_ECONOMY_MEASURES = frozenset(("地区生产总值", "生产总值", "GDP", "一般公共预算收入", "地方一般公共预算收入"))
_SECTOR_TOTALS = frozenset(("经济总量", "工业总产值", "规上工业总产值", "规模以上工业总产值", "工业增加值",
                            "规上工业增加值"))
_ZONE_TOPIC = re.compile(r"([\u4e00-\u9fff]{0,8}?(?:经开区|高新区|开发区|园区|新区|经济圈|都市圈|自贸区|综保区))"
                         r"(?!内|外|以外|之外)[^。；;，,]*[，,]")
_OTHER_PLACE = re.compile(r"全市|全县|全省|全区|全州|全盟|全旗|全国"
                          r"|[\u4e00-\u9fff](?:经开区|高新区|开发区|园区|新区|县|市)")
_PLACE_SUPPORTED = re.compile(r"支持([\u4e00-\u9fff]{1,4}(?:区|县|市|旗|镇)"
                              r"|[\u4e00-\u9fff]{2,4}(?:经开区|高新区|开发区|园区))"
                              r"(?:加速|加快)?(?:建设|打造|创建)[^。；;]*[，,]")


def _scopes_of_rates(found: list[Quantity], s: str) -> list[Quantity]:
    """确保13个|地表水国省考核断面|水质优良率100%: the count says over what a rate is taken, a fact of the
    scope, not a target of its own."""
    for k in range(len(found) - 1):
        q, after = found[k], found[k + 1]
        figure = _FIGURE_START.search(after.evidence) if after.unit == "%" else None
        if (q.kind == "target" and q.unit in _COUNTERS and figure is not None
                and _RATE_OF_SCOPE.fullmatch(s, q.end, after.start + figure.start())):
            found[k] = replace(q, kind="fact", deadline_year=None, deadline_text=None)
    return found


_FIGURE_START = re.compile(r"[0-9０-９]")
_RATE_OF_SCOPE = re.compile(r"[\u4e00-\u9fff]{0,12}(?:率|比例)(?:达到|保持在|稳定在|提高到|达)?")


def _spending_listed(found: list[Quantity], s: str) -> list[Quantity]:
    """投资3500万元的A改造、3800万元的B改造、…: amounts listed after an investment, each of its works, are
    investments too."""
    for k in range(1, len(found)):
        before, q = found[k - 1], found[k]
        if (before.metric.endswith("投资") and s[before.end : q.start] == "、" and q.unit == before.unit
                and _OF_WORKS.match(q.evidence) and not q.metric.endswith("投资")):
            found[k] = replace(q, metric=q.metric + "投资")
    return found


_OF_WORKS = re.compile(r"[0-9.]+[万亿]*元的[\u4e00-\u9fff]")  # 3800万元的|背街巷道改造


def _spending_of_counted_projects(found: list[Quantity], s: str) -> list[Quantity]:
    """推进总投资1193亿元的|60个重点项目: a total investment of the projects a count right after it counts is
    theirs (重点项目总投资)."""
    for k in range(len(found) - 1):
        q, after = found[k], found[k + 1]
        spending = _SPENDING_NAMED.fullmatch(q.metric)
        if (spending and s[q.end : after.start] == "的"
                and after.metric.endswith(("项目", "工程")) and after.unit in _COUNTERS):
            found[k] = replace(q, metric=after.metric + spending.group("spending"))
    return found


_TOTAL_SPENDING = frozenset(("总投资", "投资", "总规模"))
# (集中实施年度投资245亿元的|137个城建重点项目: the act on the projects is no part of their spending)
_SPENDING_NAMED = re.compile(
    r"(?:计划|集中)?(?:实施|推进|建设|开工|启动|抓好|加快|加快推进|扎实推进|推动|谋划){0,2}"  # 加快建设总投资…的
    r"(?P<spending>总投资|投资|总规模|年度投资|年度计划投资)")
_WORKS_ENDS = ("改造", "管网", "住房", "设施", "整治", "治理")  # works, not a project's name (its own rule)


def _places_measured_alike(found: list[Quantity], s: str) -> list[Quantity]:
    """桐城开发区的目标产值达到500亿元，怀宁开发区达到300亿元: places of one kind listed clause by clause, the
    first naming the measure, each measure it (怀宁开发区目标产值), not the place alone."""
    measure = kind = unit = ""
    for k in range(len(found)):
        q = found[k]
        place = _PLACE_OF_KIND.fullmatch(q.metric)
        if place is None:
            named = _PLACE_OF_KIND.match(q.metric)
            measure = q.metric[named.end() :].lstrip("的") if named and len(q.metric) - named.end() >= 2 else ""
            kind, unit = (named.group("kind") if named else ""), q.unit or ""
            continue
        joined = k > 0 and s[found[k - 1].end : q.start] in ("，", ",", "；", ";")
        if measure and joined and place.group("kind") == kind and q.unit == unit and unit not in _COUNTERS:
            found[k] = replace(q, metric=q.metric + measure)
        else:
            measure = ""
    return found


# a place of a kind, the words the kind ends with (桐城开发区, 潜山、望江开发区, 宜秀区)
_PLACE_OF_KIND = re.compile(r"[\u4e00-\u9fff、]{1,8}?(?P<kind>经开区|高新区|开发区|园区|县|区|市|镇)")


def _counts_of_owners(found: list[Quantity], s: str) -> list[Quantity]:
    """公布34家|事业单位|575项公共服务事项: a count whose noun runs straight into another count counts that
    noun, and the second counts what those own (事业单位公共服务事项), not the first's noun alone."""
    for k in range(len(found) - 1):
        q, after = found[k], found[k + 1]
        if not (q.unit in _COUNTERS and after.unit in _COUNTERS and s[q.end : after.start] == ""):
            continue
        owned = _OWNER_THEN_COUNT.match(after.evidence)
        if owned is None or owned.group(1) in q.metric:
            continue
        owner, tail = owned.groups()
        if _CHANGED_TO.search(owner):
            continue  # 从10个|乡镇扩大到|20个乡镇: the count changed, no owner of the second
        verb = _ADDING_VERB.match(q.metric) or _PUBLISHED.fullmatch(q.metric)
        found[k] = replace(q, metric=(verb.group() if verb else "") + owner)
        found[k + 1] = replace(after, metric=owner + tail)
    return found


def _counts_changed(found: list[Quantity], s: str) -> list[Quantity]:
    """推动试点范围从10个乡镇扩大到20个乡镇: both counts are of the scheme's towns, the first where it stands."""
    for k in range(len(found) - 1):
        q, after = found[k], found[k + 1]
        start = s.rfind("从", q.start, q.end)
        changed = _COUNT_CHANGED.match(s, start) if start >= 0 else None
        if changed is None or not q.start < after.start < changed.end() <= after.end + 6:
            continue
        noun = changed.group("noun")
        subject = _PUSH_OPENING.sub("", s[q.start : start])
        if len(subject) < 2:
            continue
        metric = subject if subject.endswith(noun) else subject + noun
        found[k], found[k + 1] = replace(q, metric=metric), replace(after, metric=metric)
    return found


_COUNT_CHANGED = re.compile(  # the noun counted, said again after the second count
    r"从[0-9.０-９一二三四五六七八九十百千万两]+(?:多|余)?(?P<unit>[个家所座处项条户名支批])"
    r"(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:（[^（）]{1,6}）)?"
    r"(?:扩大|增加|提高|提升|拓展|扩展|延伸|减少|压减|整合)(?:到|至|为)(?:全部|所有)?"
    r"[0-9.０-９一二三四五六七八九十百千万两]+(?:多|余)?(?P=unit)(?P=noun)")
_PUSH_OPENING = re.compile(r"^(?:推动|推进|将|持续|逐步|进一步|全面)+")


_PUBLISHED = re.compile(r"公布|确定|认定|明确|梳理")
_OWNER_THEN_COUNT = re.compile(  # the owner and what it owns are plain nouns: no numeral, no 的/中, no predicate
    r"((?:(?![一二三四五六七八九十百千万亿两零〇的中有是在])[\u4e00-\u9fff]){2,8})"
    r"[0-9.０-９一二三四五六七八九十百千万亿两]+(?:多|余)?[个家宗项所座条名位户处批只台套辆艘架部件场]"
    r"((?:(?![已达进纳为是有的被将])[\u4e00-\u9fff]){2,8})$")


def _paired_counts(found: list[Quantity], s: str) -> list[Quantity]:
    """A count with no words of its own right before another (XX万户XX万人实现稳定增收) counts what the
    other does: the households and the people both gain."""
    for k in range(len(found) - 2, -1, -1):
        q, after = found[k], found[k + 1]
        if (q.end == after.start and after.evidence[:1] in _NUMBER_OPENINGS and after.metric
                and (_bare_count(q) or q.unit in _GROUPS)):
            found[k] = replace(q, metric=after.metric)  # 培育形成21批173项制度创新案例: batches of the cases
        elif (not q.metric and after.metric and after.evidence[:1] in _NUMBER_OPENINGS and 0 < after.start - q.end <= 2
              and s[q.end : after.start] in _LIST_JOINS_OF_COUNTS):
            found[k] = replace(q, metric=after.metric)  # 完成3800户、58万平方米棚户区改造: the same work
        elif (q.end == after.start and (q.unit or "").endswith("户") and (after.unit or "").endswith("人")
              and q.metric and after.metric and q.evidence.endswith(q.unit or "")
              and after.evidence[:1] in _NUMBER_OPENINGS and not after.metric.startswith(q.metric)):
            # 未得到安置的群众约5390户|1.6万人搬进了新居: the households and their people, one subject, one act
            found[k + 1] = replace(after, metric=q.metric + after.metric)
            found[k] = replace(q, metric=q.metric + after.metric)
    return found


_LIST_JOINS_OF_COUNTS = frozenset(("、", "和", "及", "与", "，", ","))  # (not 。: the next sentence's count)
_HONOURED = re.compile(r"获评|入选|评为|认定为|获批|获得")
# (not 、数量全省最多: a rank said after them)
_TITLES_LISTED = re.compile(r"(?:、(?!数量|总量|总数|规模|居|位居|排名|占|均|分别)[^、，,。；;0-9０-９]{2,12})+"
                            r"(?=[，,。；;]|$)")
_LEAD_WORDS = re.compile(r"[^0-9０-９零〇一二两三四五六七八九十百千XxＸ]*")


def _lead_length(evidence: str) -> int:
    """How many characters stand before the number in ``evidence``."""
    lead = _LEAD_WORDS.match(evidence)
    return len(lead.group()) if lead else 0

_GROUPS = frozenset(("批", "批次", "期", "轮", "类", "大类"))
_SCALES = frozenset(("万", "亿", "千", "百万", "千万", "万亿"))


def _bare_count(q: Quantity) -> bool:
    """Whether the evidence is the number and its unit alone."""
    unit = q.unit or ""
    evidence = q.evidence.replace("％", "%")  # the unit is half-width, the evidence as written
    if not unit:
        return _FRACTION.fullmatch(evidence) is not None  # 稳定在全国1/4、|1/3: a share written as a fraction
    return evidence.endswith(unit) and not _HAN_WORD.search(evidence[: -len(unit)])


_FRACTION = re.compile(r"[0-9]+[/／][0-9]+")
_HELD_SHARE_END = re.compile(r"(.{2,}?)(?:稳定在|保持在)(全国|全省|全市|全区)")
_HELD_AT_SHARE = re.compile(r"(?:稳定在|保持在|占)(?:全国|全省|全市|全区)$")


def _shared_comparators(found: list[Quantity], s: str) -> list[Quantity]:
    """A list's last number bounded by the words after it (分别增长6%和8%左右, 300亿元、1000亿元以上) bounds
    the numbers before it in the list, of its unit, too; and its unit is theirs where they say only its scale
    (分别惠及3500万、2300万人次)."""
    # bounded by this pass, down a list said respectively (分别压缩至1个、3个和60个工作日之内: all three)
    bounded: set[int] = set()
    for k in range(len(found) - 2, -1, -1):
        q, after = found[k], found[k + 1]
        if (q.unit in _SCALES and after.unit and after.unit.startswith(q.unit) and after.unit != q.unit
                and q.evidence.endswith((q.unit, "台阶", "大关")) and s[q.end : after.start] in _LIST_JOINS
                and _lead_length(after.evidence) <= 2):
            # (参保人数增加1.4亿、覆盖10.5亿人: a verb at most; not 用户突破3500万、月访问量稳定在2000万人次: the
            # next figure is another measure's; nor 40万锭纱线、金山5万吨…: a unit of its own the reader missed)
            found[k] = q = replace(q, unit=after.unit)
        if (q.comparator == "exact" and after.comparator in ("about", "at_least", "at_most") and q.unit == after.unit
                and s[q.end : after.start] in _LIST_JOINS
                and ((k + 1 in bounded and _RESPECTIVELY in s[last_mark(s, "。；;！？\n", q.start) + 1 : q.end])
                     or _BOUND_AFTER.search(after.evidence[-2:]))):
            found[k] = replace(q, comparator=after.comparator)
            bounded.add(k)
    return found


# 城镇和农村居民人均可支配收入分别增长5%、7%: one subject for each number in the list after 分别
_RESPECTIVELY = "分别"


def _respective_without_the_word(found: list[Quantity], s: str, text: str) -> list[Quantity]:
    """农村自来水、|卫生户厕普及率超过98％|、85％: two subjects, then two figures, with no 分别 between: the first
    figure is the first subject's (农村自来水普及率), as it would be with 分别."""
    for k in range(len(found) - 1):
        q, after = found[k], found[k + 1]
        if (s[q.end : after.start] not in ("、", "和") or q.unit != after.unit or after.metric != q.metric
                or not _bare_count(after) or (k + 2 < len(found) and found[k + 2].start - after.end <= 1)
                or _RESPECTIVELY in s[q.start : after.end]):
            continue
        subject = _SUBJECT_LISTED_BEFORE.search(s, max(0, q.start - 12), q.start)
        shared = _SHARED_MEASURE_END.search(q.metric)
        if subject is None or shared is None or shared.start() == 0 or s[q.start : q.start + shared.start()] != (
                q.metric[: shared.start()]):
            continue
        start = subject.start(1)
        found[k] = replace(q, metric=subject.group(1) + shared.group(), start=start, evidence=text[start : q.end])
    return found


# (…，)农村自来水、|卫生户厕普及率…: a subject with no figure, listed before the measured one
_SUBJECT_LISTED_BEFORE = re.compile(r"(?:^|[，,；;。：:\n])([\u4e00-\u9fff]{2,10})、$")
_SHARED_MEASURE_END = re.compile(r"(?:普及率|覆盖率|达标率|合格率|优良率|率|比例|比重|占比|(?<!总)里程"
                                 r"|(?:增长|下降|提高|降低|增加|减少)(?:了)?)$")
_MEMBER_SEPARATORS = re.compile("以及|、|和|及|与")
_LEADING_COUNT = re.compile(r"^[0-9.]+[万亿]?[个家宗项所座条名户处批只台套辆艘架部件场]")
_NUMBER_LIST_JOINS = frozenset(("、", "和", "及", "与", "以及"))
# …、工业投资年均增幅分别达到…: a rate every subject of a list shares
_RATE_AT_END = re.compile(r"(?:年均|同比|平均每年|每年平均)(?:增幅|增速|增长率)?$|(?:增幅|增速|增长率)$")


def _respectively(found: list[Quantity], s: str, text: str) -> list[Quantity]:
    """Metrics for a list of numbers after 分别: the n-th number measures the n-th subject before it.

    The subjects run back from 分别 to the clause's start, across 、 (用水量、能耗、排放量分别下降); a list of
    short modifiers shares the last one's head (城镇和农村居民收入: 城镇居民收入); the words between 分别 and
    the number (增长, 减少) follow each subject. Where the lists' lengths differ, the metrics only lose 分别.
    """
    i = 0
    while i < len(found):
        q = found[i]
        at = s.find(_RESPECTIVELY, q.start, q.end)
        if at < 0:
            nxt = _paired_list(found, i, s, text)
            # (…达到21250元和11800元，年均增长10.7%和12.3%: the paired figures' changes follow them)
            i = max(nxt, _changes_after(found, list(range(i, nxt)), s)) if nxt != i + 1 else (
                _measures_then_changes(found, i, s))
            continue
        run = [i]
        while run[-1] + 1 < len(found) and s[found[run[-1]].end : found[run[-1] + 1].start] in _NUMBER_LIST_JOINS:
            run.append(run[-1] + 1)
        opening = max(_subjects_opening(s, at), at - _SUBJECT_REACH)
        # subjects are shown as written: where the simplified copy differs, the metrics only lose 分别
        subjects = _LEADING_COUNT.sub("", _METRIC_HEAD.sub("", s[opening:at]))  # not the 200家 of 200家企业收入、利税
        alike = len({(found[k].unit or "")[-1:] in _HEADS_COUNTED for k in run}) == 1  # all counts, or none
        compared = _COMPARED_AT_END.search(subjects)  # 刑事和治安案件|比“十二五”末|分别下降: every subject's base
        if compared is not None and compared.start() > 0:
            subjects = subjects[: compared.start()]
        rate = _RATE_AT_END.search(subjects)  # 制造业、数字经济核心产业增加值|年均|分别增长: every subject's rate
        if rate is not None and rate.start() > 0:
            subjects = subjects[: rate.start()]
        members = _subjects(subjects, len(run), alike) if s[opening:at] == text[opening:at] else []
        # 收入从2021年的46503元和16935元分别提高到…: the figures a change starts from name its subjects in order
        starts = [j for j in range(i) if found[j].start >= opening and found[j].end <= at]
        if len(starts) == len(run) > 1 and len({found[j].metric for j in starts}) == len(run):
            members = [found[j].metric for j in starts]
        elif not members:
            members = _subjects_before_clause(found, i, len(run), s, opening, at, alike, text,
                                              compared.group() if compared and compared.end() == len(subjects) else "")
        totals = not members and _RUNNING_TOTAL.fullmatch(s, opening, at) is not None
        members = _totals_of_those_added(found, i, len(run), s, opening) if totals else members
        members, per_head = _raised_a_clause_back(members, len(run), s, opening, at, alike, text)
        members = _counterparts_owned(members)
        verb = "" if totals else per_head + q.metric.partition(_RESPECTIVELY)[2]
        verb = "" if verb in _COPULAS else verb  # 分别为1982年的3.4倍和2.2倍: the ratio of each, no 为 in its name
        if compared is not None and compared.start() > 0 and members and not verb.startswith(compared.group()):
            verb = compared.group() + verb
        if rate is not None and rate.start() > 0 and members:
            verb = rate.group() + verb
        members = _rates_of_proposals_handled(members, found[i - 1].metric if i else "")
        for k, member in zip(run, members or [""] * len(run), strict=True):
            metric = member + verb if member else found[k].metric.replace(_RESPECTIVELY, "").replace("分別", "")
            found[k] = replace(found[k], metric=metric or found[k].metric)
        if members and opening < q.start and (i == 0 or found[i - 1].end <= opening):
            # the evidence holds the subjects its metrics name, when no other number stands among them
            first = found[i]
            start = _past_item_number(s, opening + len(s[opening:at]) - len(s[opening:at].lstrip(" 　")), first.end)
            found[i] = replace(first, start=start, evidence=text[start : first.end])
        i = _changes_after(found, run, s) if members else run[-1] + 1
    return found


def _subjects_before_clause(found: list[Quantity], i: int, n: int, s: str, opening: int, at: int, alike: bool,
                            text: str, compared: str) -> list[str]:
    """The subjects of a 分别 that names none before it in its clause, from before the clause; [] if none."""
    if compared:
        # …排放总量首次出现双下降，|比上年分别下降3.14%和4.66%: the things the clause before tells going, each
        return [m + compared for m in _subjects_a_clause_back(s, opening, n, alike, text, how_end=_TOPIC_WENT)]
    # (…收入，2000年分别…; 木材和水泥的产量，也将分别…: a modal before it names nothing either)
    if opening == at or _YEAR_ONLY.fullmatch(s, opening, at) or _MODAL_ONLY.fullmatch(s, opening, at):
        return (_previous_subjects(found, i, n, s, opening) or _subjects_a_clause_back(s, opening, n, alike, text)
                or _topic_subjects(s, opening, n, alike, text))
    return []


_MODAL_ONLY = re.compile(r"(?:也|将|还|要|均|都|预计|计划)+")


def _counterparts_owned(members: list[str]) -> list[str]:
    """生产安全事故起数、死亡人数; 专利申请量、授权量: a measure listed bare after the one it is counted with is of the
    same things (the accidents' deaths, the patents granted)."""
    if len(members) < 2:
        return members
    first = members[0]
    ending = next((e for e in _COUNTED_WITH if first.endswith(e) and len(first) - len(e) >= 2), None)
    if ending is None:
        return members
    owner = first[: -len(ending)]
    return [first] + [owner + m if m in _COUNTED_WITH[ending] else m for m in members[1:]]


# a measure, and the measures listed bare after it that count the same things
_COUNTED_WITH = {
    "起数": frozenset(("死亡人数", "受伤人数", "直接经济损失")),
    "申请量": frozenset(("授权量",)),
    "申请数": frozenset(("授权数",)),
}


def _subjects_opening(s: str, at: int) -> int:
    """Where the subjects of a 分别 at ``at`` start: the clause's start, read through an aside inside a subject
    (污水治理（管控）率、…分别提高)."""
    opening = last_mark(s, _SUBJECT_STOPS, at) + 1
    while opening > 1 and s[opening - 1] in "（(" and _INNER_ASIDE.match(s, opening - 2):
        opening = last_mark(s, _SUBJECT_STOPS, opening - 1) + 1
    return opening


_INNER_ASIDE = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,4}[）)][\u4e00-\u9fff]")


# 专利申请量、授权量达到4592件、1468件，是2011年的7.3倍和3.8倍: a ratio to a year's, changed in order as well
_CHANGE_OR_RATIO = re.compile(_GROWTH_TAIL.pattern + r"|是[^，,。；]{0,10}?年的?$")
# 进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年增长…: a part named after the whole is in the run too
_RUN_JOINS = ("、", "，", ",", "，其中", ",其中")
_PAIRED_RUN_MAX = 8  # figures a list of changes after them may pair with (and a bound on the work per figure)


def _measures_then_changes(found: list[Quantity], i: int, s: str) -> int:
    """城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%: figures of different measures
    in a row, then as many changes, without 分别, change them in order. Returns the index to go on from."""
    if i + 1 >= len(found) or s[found[i].end : found[i + 1].start] not in _RUN_JOINS:
        return i + 1  # (most figures: no run starts here)
    run, seen = [i], {found[i].metric}
    while (len(run) < _PAIRED_RUN_MAX and run[-1] + 1 < len(found)
           and s[found[run[-1]].end : found[run[-1] + 1].start] in _RUN_JOINS
           and found[run[-1] + 1].metric not in seen and not _CHANGE_OR_RATIO.search(found[run[-1] + 1].metric)):
        run.append(run[-1] + 1)  # (a metric seen before ends the run: each is a different measure)
        seen.add(found[run[-1]].metric)
    nxt = run[-1] + 1
    if (len(run) < 2 or not found[i].metric or "" in seen
            or nxt >= len(found) or s[found[run[-1]].end : found[nxt].start] not in ("，", ",")
            or not _CHANGE_OR_RATIO.search(found[nxt].metric) or any(s[found[k].start] in "从由" for k in run)):
        return i + 1  # (not 起征点从3万元提高到15万元、税负率从10%降至2.5%: where changes start and end)
    end = nxt
    while end + 1 < len(found) and s[found[end].end : found[end + 1].start] in _NUMBER_LIST_JOINS:
        end += 1
    if end - nxt + 1 != len(run):
        return i + 1  # 接待游客…、旅游收入…，分别增长12%、15%和9%: three changes are not the two figures'
    after = _changes_after(found, run, s)
    return after if after > run[-1] + 1 else i + 1


def _changes_after(found: list[Quantity], run: list[int], s: str) -> int:
    """分别为774亿元、536亿元…，比上年增长29.2%、39.4%…: a list of changes right after a 分别 list, as long
    as it, changes its subjects in order. Returns the index to go on from."""
    after = [run[-1] + 1]
    if after[0] >= len(found):
        return after[0]
    gap = s[found[run[-1]].end : found[after[0]].start]
    # 分别从209元、280元提高到217元、290元: the levels a list of figures changed to are its subjects' too
    changed_to = gap == "" and _CHANGED_TO.match(s, found[after[0]].start) is not None
    if gap not in ("，", ",") and not changed_to:
        return after[0]
    change = _CHANGE_OR_RATIO.search(found[after[0]].metric.replace(_RESPECTIVELY, ""))
    while (len(after) < len(run) and after[-1] + 1 < len(found)
           and s[found[after[-1]].end : found[after[-1] + 1].start] in _NUMBER_LIST_JOINS):
        after.append(after[-1] + 1)
    if len(after) != len(run):
        return after[0]
    if changed_to:
        for k, j in zip(run, after, strict=True):
            found[j] = replace(found[j], metric=found[k].metric)
        return after[-1] + 1
    # …，比上年增长29.2%、39.4%, or 比上年分别增长…: the change opens the first figure's evidence
    opening = s[found[after[0]].start : found[after[0]].start + len(change.group()) + 2] if change else ""
    if change is None or not opening.replace(_RESPECTIVELY, "", 1).startswith(change.group()):
        return after[0]
    for k, j in zip(run, after, strict=True):
        found[j] = replace(found[j], metric=_CHANGE_OR_RATIO.sub("", found[k].metric) + change.group())
    return after[-1] + 1


# 城乡低保分别比省…最低标准高|20元，达到338元和156元: what the clause before compared is no part of the levels
_COMPARISON_TAIL = re.compile(r"(?<=..)(?:分别|分別)?(?:比|较)[^，,。；]{2,24}?(?:高|低|多|少)$")


def _covered(metric: str, c: _Candidate, s: str) -> str:
    """实现全市社会工作服务站（点）100%覆盖: a share that covers things measures how far it covers them."""
    if c.unit == "%" and metric and not metric.endswith(("率", "覆盖")) and (after := _COVERED_AFTER.match(s, c.end)):
        return metric + after.group(1) + "率"  # 饮用水源水质100%达标: how far it meets its standard, too
    if c.unit == "%" and metric and not metric.endswith("标准") and (
            met := _STANDARD_MET.match(s, c.end) or _REACHED_BY.match(s, c.end)):
        # 行政村100%达到干净整洁标准, 建制村100%通沥青（水泥）路: the share of them that meets it, that it reaches
        return metric if metric.endswith(met.group(1)) else metric + met.group(1)
    return metric


_REACHED_BY = re.compile(r"(通(?:[^，,。；;、0-9通]|[（(][^（）()]{1,4}[）)]){0,10}?"
                         r"(?:路|客车|公交|班车|邮|电|宽带|光纤|网络|天然气|自来水))"
                         r"(?=[，,。；;、）)\n]|$)")
_STANDARD_MET = re.compile(r"(达到[^，,。；;、0-9]{1,12}?(?:标准|要求))(?=[，,。；;、）)\n]|$)")
_COVERED_AFTER = re.compile(r"(?:全)?(覆盖|达标)(?=[，,。；;、）)\n]|$)")
_COUNTED_GROUP = re.compile(r"^[^、]*?(?=[两三四五六七八九十]大)")


def _utilities_networks(members: list[str]) -> list[str]:
    """改造老旧供热、燃气、排水管网 → 改造老旧供热管网, 改造老旧燃气管网, 改造老旧排水管网: the utilities listed
    between the works the first opens with and the network the last ends with; [] for any other list."""
    if len(members) < 2:
        return []
    first, *middle, last = members
    utility = next((u for u in UTILITIES if first.endswith(u)), "")
    network = next((n for n in NETWORKS if last.endswith(n)), "")
    if not utility or not network or last[: -len(network)] not in UTILITIES or not all(m in UTILITIES for m in middle):
        return []
    head = first[: -len(utility)]
    return [head + u + network for u in (utility, *middle, last[: -len(network)])]


def _paired_list(found: list[Quantity], i: int, s: str, text: str) -> int:
    """A list of subjects before a list of as many bare numbers, with no 分别 (工业开票销售收入、工业入库税收
    2521亿元、139.1亿元): the n-th number measures the n-th subject. Returns the index to go on from."""
    q = found[i]
    run = [i]
    while (run[-1] + 1 < len(found) and s[found[run[-1]].end : found[run[-1] + 1].start] in _NUMBER_LIST_JOINS
           and _bare_count(found[run[-1] + 1])):
        run.append(run[-1] + 1)
    if (len(run) == 2 and not _JOIN.search(q.metric) and "、" not in q.metric
            and (pair := _compound_pair(_COMPARISON_TAIL.sub("", q.metric), paired_only=True))):
        for k, member in zip(run, pair, strict=True):  # 城乡居民人均可支配收入年均增长5.3%、7.7%: 城镇, then 农村
            found[k] = replace(found[k], metric=member)
        return run[-1] + 1
    if len(run) >= 2 and "、" not in q.metric and q.start > 0 and s[q.start - 1] == "、":
        return _paired_before(found, run, s, text)
    if len(run) < 2 or ("、" not in q.metric and not _JOIN.search(q.metric)):
        return i + 1  # 大口径财政收入和一般公共预算收入…达到100亿元和45亿元: two subjects joined, two numbers
    # (城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％: how each changed follows each subject)
    change = _GROWTH_TAIL.search(q.metric) or _HELD_AT_SHARE.search(q.metric)  # …产量稳定在全国|1/4、1/3
    members = _subjects(q.metric[: change.start()] if change else q.metric, len(run))
    networks = _utilities_networks(members)
    members = networks or _counterparts_owned(members)
    if len(members) == len(run) and (networks or all(len(m) >= 3 and _names_measure(m) for m in members)):
        # not 改造老旧供热、燃气、排水管网: 燃气 needs 管网
        for k, member in zip(run, members, strict=True):
            found[k] = replace(found[k], metric=member + (change.group() if change else ""))
    return run[-1] + 1


def _paired_before(found: list[Quantity], run: list[int], s: str, text: str) -> int:
    """大口径财政收入、一般公共预算收入达到58.3亿元和26.6亿元: the subjects before the first number's own, one
    for each number of the list after it, measure those numbers in order. Returns the index to go on from."""
    q = found[run[0]]
    opening = max(last_mark(s, _SUBJECT_STOPS, q.start) + 1, q.start - _SUBJECT_REACH)
    earlier = [_METRIC_HEAD.sub("", m) for m in s[opening : q.start - 1].split("、")]
    if len(earlier) >= len(run) and all(_names_measure(m) for m in earlier[1 - len(run) :]):
        # 机电装备、纺织服装和食品饮料三大重点产业产值、新兴产业产值、…达57.8%、11%、…: the measures only, the
        # first without the list of what its count sums up
        earlier = earlier[1 - len(run) :]
        earlier[0] = _COUNTED_GROUP.sub("", earlier[0])
        share = q.metric.find("占", 2)  # …产值、高新技术产业产值占工业总产值比重: each one's share of the whole
        earlier = [m + q.metric[share:] if share > 0 and "占" not in m else m for m in earlier]
    width = len(earlier[0])
    shared = (all(len(m) == width and "“" not in m for m in earlier) and len(q.metric) > width + 2
              and not _names_measure(earlier[0]))  # not “新三样”、集成电路出口增长…: a name is no modifier
    if shared:
        earlier = [m + q.metric[width:] for m in earlier]  # 食品加工、畜牧水产产业集群营收: modifiers of one width
    # 国内游客人次、总花费增长5.6％、7.5％: the change said once after the last measure is each one's
    change = _GROWTH_TAIL.search(q.metric) if not shared else None
    core = q.metric[: change.start()] if change else q.metric
    members = [*earlier, core]
    if (len(members) == len(run) and (shared or all(len(m) >= 3 and _names_measure(m) for m in members))
            and (run[0] == 0 or found[run[0] - 1].end <= opening)):
        for k, member in zip(run, members, strict=True):
            found[k] = replace(found[k], metric=member + (change.group() if change else ""))
        start = opening + len(s[opening:q.start]) - len(s[opening:q.start].lstrip(" 　"))
        found[run[0]] = replace(found[run[0]], start=start, evidence=text[start : q.end])  # it names them all
    return run[-1] + 1


_NAMED_MEASURES = (*SHARED_MEASURES, *PAIRED_MEASURES, "税收", "经费", "资金", "比重", "比例",
                   "消费水平", "收入水平", "生活水平", "成本", "造价", "花费", "人次")  # 可比产品的成本，一九八○年上升…


# 医师人数将增加|百分之七十四, 消费资料的产值则增长: how the growth is said, not what grows (as 人数增加);
# 收入均增长: of each; not 都 (成都), 会 (社会), 要 (需要), nor the 均 of 人均, 年均, 平均 (part of the measure)
_SAID_GROWTH = re.compile(r"(?:(?<=[\u4e00-\u9fff]{2})|(?<=[0-9０-９]年))"
                          r"(?:即将|仍将|也将|又将|则将|亦将|都将|将|都要|也要|还要|只要|要|则|也|又|却|亦|只|仅"
                          r"|(?<![人年平村户县亩校场日月])均)"
                          r"(?=(?:增长|增加|提高|下降|减少|降低|上升|提升)了?$|(?<=[只仅])占$)"
                          # 产值、税收均比2010年增长 (or 翻一番): of each, against the base both share
                          r"|(?<=[\u4e00-\u9fff]{2})(?<![人年平村户县亩校场日月])均"
                          r"(?=(?:比|较)[^，,比较均]{1,10}(?:增长|增加|提高|下降|减少|降低|上升|提升)?了?$)")


def _without_of_which(metric: str) -> str:
    """163项重点改革任务中，已启动152项: the set the clause after picks from, not 中 of it; but 普通高中, 手中."""
    if len(metric) < 3 or not metric.endswith("中") or metric.endswith(_ENDS_IN_ZHONG):
        return metric
    return metric[:-1].removeprefix("在")


_ENDS_IN_ZHONG = ("高中", "初中", "手中", "其中", "之中", "集中", "心中", "空中", "途中", "在执行中")


def _without_done(metric: str, share: bool) -> str:
    """完成规上工业增加值873亿元: the value added, not the act; but 完成营造林 (an act, no measure) and
    完成年度计划投资的89.5% (a share: how much of it was done) keep it."""
    if not share and len(metric) >= 5 and metric.startswith(("完成", "实现")) and _names_measure(metric[2:]):
        return metric[2:]
    return metric


def _names_measure(subject: str) -> bool:
    """Whether a subject ends with what it measures (…床位数, …销售收入, …入库税收), not with a bare noun."""
    return subject.endswith(MEASURE_ENDS) or any(subject.endswith(m) for m in _NAMED_MEASURES)


# how a change is reckoned, opening its clause (…达到16371亿元，按可比口径增加2400亿元): no part of the measure
_RATE_FROM = re.compile(r"^(降幅|增幅|增速|涨幅|降速)(?:由|从|$)")
_RECKONING_OPENING = re.compile(
    r"^(?:按可比口径(?:计算)?|按可比价格(?:计算)?|(?:扣除|剔除)[\u4e00-\u9fff]{1,10}?因素(?:影响)?后?(?:比上年)?)"
    r"(?=(?:同比|比上年|较上年|平均每年|每年平均|年均)?(?:增|减|下降|提高|递增))")
_RECKONED = re.compile(r"[，,](?:扣除|剔除|按|以)[^，,。；0-9]{2,10}[，,]")


# 万亿产业、国家先进制造业集群从无到有，分别达2个、3个: how the subjects came to be, before the figures
_TOPIC_WENT = re.compile(r"(?:近年来|多年来)?(?:首次)?(?:出现|实现)(?:双|“双)(?:下降|降|增长|增)”?$")
_HOW_THEY_CAME = re.compile(r"(?:从无到有|从小到大|从弱到强|快速发展|加快发展|稳步发展|不断壮大|持续壮大|迅速壮大)$")


# a firm's own measures, and the firm a sentence opens on (双矿集团在…困境下，产量…，上缴税金…)
_FIRM_MEASURES = frozenset(
    "产量 上缴税金 上缴税收 利税 利润 营业收入 主营业务收入 销售收入 产值 实现利税 实现利润".split())
_FIRM_OPENING = re.compile(
    r"([\u4e00-\u9fff]{2,10}?(?:集团|公司|股份|厂|矿|基地))(?=在|以|通过|克服|面对|坚持|完成|实现|成为|[，,])")
_ASPECT_OPENING = re.compile(r"(?:在)?([\u4e00-\u9fff]{2,10}?)(?:发展|工作|生产)?方面[，,]"
                             # 做大做强新能源汽车产业，…，力争营业收入突破160亿元: the industry the sentence grows
                             r"|(?:做大做强|做强做优|做优做强|发展壮大|培育壮大)([\u4e00-\u9fff]{2,10}?产业)[，,]"
                             # 三大旗帜型产业立足基础优势、提级增效，新增产值600亿元: the industry it opens on
                             r"|(?:加快推进|加快推动|推进|推动|加快|促进|支持|引导)?"
                             r"([\u4e00-\u9fff]{2,10}?产业)(?=[^，,。；;0-9]{2,16}[，,])")
_BENEFITS = frozenset(("受益", "惠及"))
# 大病保险制度基本建立, 新农合制度全面推开: a scheme set up, which people then benefit from
# (启动…挂钩联动机制: set up, the verb first)
_SCHEME_SET_UP = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:制度|政策|工程|保险|计划|机制))(?:基本|全面|已经|已|逐步)?"
                            r"(?:建立|实施|推开|落地|覆盖|推行)(?:起来)?"
                            r"|(?:启动|建立|实施|推行|出台)([\u4e00-\u9fff]{2,24}?(?:制度|政策|工程|保险|计划|机制))"
                            # 开展频繁停电专项整治行动，|惠及6.36万户; 向…群众发放价格补贴，约|6700万人受益
                            r"|(?:开展|实施|推进)([\u4e00-\u9fff“”]{2,20}?(?:行动|活动|整治|工程))"
                            r"|(?:向[\u4e00-\u9fff]{2,12}?)?(?:发放|提供)([\u4e00-\u9fff]{2,10}?(?:补贴|补助|救助|资助))")
_THOSE_WHICH = ("的有", "的共有", "的将有", "的就有", "的已有")  # …，在今年内可以建设完工的有|52个
# 养老金、低保标准和…补贴再次提高，月人均|分别提高…: the clause before raised the subjects, the per-head
# words before 分别 say by how much each
_PER_HEAD_RAISE = re.compile(r"(?:每人每月|每人每年|月人均|年人均|人均|月均|年均)")
_RAISED = re.compile(r"(?:再次|再度|继续|同步|均|都|分别)?(?:提高|上调|提升|增加|增长)(?:了)?$")


def _raised_a_clause_back(members: list[str], n: int, s: str, opening: int, at: int, alike: bool,
                          text: str) -> tuple[list[str], str]:
    """Where no ``members`` were found, the subjects the clause before raised, and the per-head words before 分别
    (…工资再次提高，月人均|分别提高…), ``n`` of them; ``members`` and '' otherwise."""
    if members or not _PER_HEAD_RAISE.fullmatch(s, opening, at):
        return members, ""
    raised = _subjects_a_clause_back(s, opening, n, alike, text, _RAISED)
    return raised, s[opening:at] if raised else ""


def _subjects_a_clause_back(s: str, at: int, n: int, alike: bool, text: str,
                            how_end: re.Pattern[str] = _HOW_THEY_CAME) -> list[str]:
    """When 分别 opens its clause and no numbers stand before it, the subjects of the clause before, once it
    has said how they came to be (…集群从无到有，分别达2个、3个); [] if it says nothing of the kind."""
    if at < 2 or s[at - 1] not in "，,":
        return []
    start = last_mark(s, _SUBJECT_STOPS, at - 1) + 1
    how = how_end.search(s, start, at - 1)
    if how is None or s[start : how.start()] != text[start : how.start()]:
        return []
    return _subjects(s[start : how.start()], n, alike)


def _topic_subjects(s: str, at: int, n: int, alike: bool, text: str) -> list[str]:
    """When 分别 opens its clause (after its year at most), the ``n`` measures the clause before names and
    nothing else (农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到…); [] if it is no such list."""
    if at < 2 or s[at - 1] not in "，,":
        return []
    start = last_mark(s, _SUBJECT_STOPS, at - 1) + 1
    words = s[start : at - 1]
    if not 4 <= len(words) <= _SUBJECT_REACH or words != text[start : at - 1] or any(c.isdigit() for c in words):
        return []
    members = _subjects(words, n, alike)
    return members if len(members) == n and all(_names_measure(m) for m in members) else []


def _totals_of_those_added(found: list[Quantity], i: int, n: int, s: str, at: int) -> list[str]:
    """标准、品牌分别新增12项和44项，|累计|分别达到64项和288项: the running totals of the ``n`` things just added,
    in the same order, or []."""
    before = found[i - n : i] if i >= n else []
    if not before or s[before[-1].end : at] not in ("，", ",") or not all(b.metric for b in before):
        return []
    owners = [_ADDED_END.sub("", _NEWLY.sub("", b.metric)) for b in before]
    return [owner + s[at : at + 2] for owner in owners] if all(len(o) >= 2 for o in owners) else []


_RUNNING_TOTAL = re.compile(r"累计|共计|合计|总计")


def _previous_subjects(found: list[Quantity], i: int, n: int, s: str, at: int) -> list[str]:
    """When 分别 opens its clause, the subjects are the ``n`` numbers just before it, in the same sentence
    (游客接待量7400万人次、旅游总收入660亿元，分别增长14%和15%): their metrics, or [] if they are not a list."""
    before = found[i - n : i] if i >= n else []
    # …，扣除价格因素，分别增长9.6%和6.2%: how the changes are reckoned stands between
    if not before or (s[before[-1].end : at] not in ("，", ",") and not _RECKONED.fullmatch(s, before[-1].end, at)):
        return []
    joins = (s[a.end : b.start] for a, b in itertools.pairwise(before))
    if any(join not in ("、", "，", ",") for join in joins):
        return []
    metrics = [_GROWTH_TAIL.sub("", b.metric) for b in before]
    return metrics if all(metrics) else []


def _cut(subject: str, n: int) -> list[str]:
    parts = [m for m in subject.split("、") if m]
    if len(parts) == n:
        return parts
    last = [m for m in _MEMBER_SEPARATORS.split(parts[-1]) if m] if parts else []
    if len(parts) - 1 + len(last) == n:
        return [*parts[:-1], *last]
    return [m for m in _MEMBER_SEPARATORS.split(subject) if m]


def _without_list_count(members: list[str], n: int) -> list[str]:
    """The members without the count of them the last one holds (石材、…、电力五大产业产值 → 电力产业产值)."""
    count = _COUNT_OF_LIST.search(members[-1]) if members else None
    if count is None or small_number(count.group(1)) != n:
        return members
    return [*members[:-1], members[-1][: count.start()] + members[-1][count.end() :]]


_COMPARED_AT_END = re.compile(r"(?:" + _COMPARED_TO + r")$")
_COUNT_OF_LIST = re.compile(r"([两二三四五六七八九十])(?:大|个|项|类)(?=[\u4e00-\u9fff]{2})")  # the list's own count
_SUBJECT_STOPS = ("，", ",", "；", ";", "。", "：", ":", "\n", "（", "(")
_SUBJECT_REACH = 40


def _pair_sharing(first: str, last: str) -> list[str]:
    """Two subjects that share a part one of them holds, each with it, or []."""
    if first in _WHOLE_SCOPES and (place := _PLACE_THEN_MEASURE.search(last)):
        return [first + last[place.end() :], last]  # 全国和自贸试验区负面清单条数: the nation's 负面清单条数
    if last in PAIRED_MEASURES and first[-len(last) :] in PAIRED_MEASURES:
        return [first, first[: -len(last)] + last]  # 一般公共预算收入和支出: the second is 一般公共预算支出
    if len(last) == 2 and len(first) >= 6 and first[:-2].endswith(_STANDARDS):
        return [first, first[:-2] + last]  # 孤儿养育标准集中和散居: the standard for those cared for each way
    return []


_STANDARDS = ("标准", "水平", "补助", "补贴", "价格", "费用")


_WHOLE_SCOPES = frozenset(("全国", "全省", "全市", "全区", "全县", "全州"))
_PLACE_THEN_MEASURE = re.compile(r"(?:试验区|示范区|开发区|新区|园区|[区省市县州])(?=[\u4e00-\u9fff]{2,}$)")


_LISTED_LEVEL = r"(?:国家|全国|省部|省|市|县|区|自治区|州|盟|旗|乡)级"
_LISTED_LEVEL_ONLY = re.compile(r"(?:获|获批|新增|新获批|新认定)?(" + _LISTED_LEVEL + ")")
_LEVEL_HEADED = re.compile("(" + _LISTED_LEVEL + r")([\u4e00-\u9fff“”]{2,12})")


def _short_modifiers(firsts: list[str], last: str) -> list[str] | None:
    """一、二、三产业增加值; 大、中型企业: one character each, or 国家级、自治区级示范合作社: levels (获国家级: what is
    counted, not what is won), sharing the last one's head; None where the members are no such list."""
    if all(len(m) == 1 for m in firsts) and len(last) > 2:
        return [m + last[1:] for m in firsts] + [last]
    head = _LEVEL_HEADED.match(last)
    levels = [level.group(1) for m in firsts if (level := _LISTED_LEVEL_ONLY.fullmatch(m)) is not None]
    if head is None or len(levels) != len(firsts):
        return None
    return [level + head.group(2) for level in levels] + [last]


def _subjects(subject: str, n: int, alike: bool = True) -> list[str]:
    """The ``n`` subjects of a list before 分别, each with the words the list shares, or [] if it does not
    hold ``n``; ``alike``: their figures all count things or all measure (企业、产品、进出口总额分别达到50家、
    50万吨、5亿美元 share no measure).

    城镇和农村居民收入 → 城镇居民收入, 农村居民收入 (paired modifiers share the rest); 原煤、原油、天然气产量 →
    原煤产量, 原油产量, 天然气产量 (a measure at the end is everyone's); 用水量、能耗 → each as written. A list
    cut at 、 is cut at 和 only where it needs to be (互联网和相关服务业、软件业 are two).
    """
    subject = _SPLIT_COMPOUND.sub(lambda m: m.group().replace("、", ""), subject)  # 存、贷款余额: 存贷款余额
    # 三次产业增加值分别增长4%、1.5%、4.5%: the three industries, each its own (not 三次产业增加值 three times)
    subject = _THREE_INDUSTRIES.sub("第一产业、第二产业、第三产业", subject) if n == 3 else subject
    subject = _SPACED_COMMA.sub("、", subject) if " " in subject else subject  # 经开区 、汨罗: a typing slip
    members = _without_list_count(_cut(subject, n), n)
    if n == 2 and len(members) == 1:
        return _compound_pair(subject)
    if n < 2 or len(members) != n:
        return []
    if (closing := _EXAMPLES_CLOSE_LAST.match(members[-1])) is not None:
        members[-1] = closing.group(1) + closing.group(2)  # 信息等产业增加值: 信息产业增加值
    *firsts, last = members
    if n == 2 and (pair := _pair_sharing(firsts[0], last)):
        return pair
    if (paired := _modifiers_paired(firsts, last)) is not None:
        return paired
    if (modified := _places_sharing(firsts, last) or _short_modifiers(firsts, last)) is not None:
        return modified
    width = len(firsts[0])
    if width <= 3 and all(len(m) == width for m in firsts) and (
            _KIND_WORD.match(last, width) or _parallel_opening(firsts, last[:width], len(last) - width)):
        # 交通、水利、能源领域投资额: each field's; 炼铁、炼钢先进产能占比: the steel's too
        return [m + last[width:] for m in firsts] + [last]
    *firsts, last = members = _shared_per_head(members)
    if (ended := _last_ending_shared(firsts, last)) is not None:
        return ended
    measure = _shared_measure(last)
    # (化学需氧量 is a pollutant, not a measure: 化学需氧量、氨氮排放量 share 排放量)
    if measure and alike and not any((m.endswith(MEASURE_ENDS) and not m.endswith(_POLLUTANTS_ENDING_AS_MEASURES))
                                     or _shared_measure(m) for m in firsts):
        # 工业技改投资、高新技术产业投资: a member that names the measure already keeps it once (木材和水泥的产量:
        # 木材产量, 水泥产量, each said alike)
        owned = last.endswith("的" + measure) and len(last) > len(measure) + 2
        plain = last[: -len(measure) - 1] + measure if owned else last
        return [_with_measure(m, measure) for m in firsts] + [plain]
    if all(len(m) >= 3 for m in firsts):
        shared = [_shared_tail(m, last) for m in firsts]
        if all(shared):  # 先进制造业和高技术制造业增加值占比重: each 制造业 takes what follows the last one's
            return [m + tail for m, tail in zip(firsts, shared, strict=True)] + [last]
    return _with_first_stem(members)


_POLLUTANTS_ENDING_AS_MEASURES = ("需氧量",)


def _last_ending_shared(firsts: list[str], last: str) -> list[str] | None:
    """The subjects when the last one ends with what each shares whatever it ends with itself; else None."""
    if (ratio := _CHANGE_RATIO.search(last)) is not None and not any(_CHANGE_RATIO.search(m) for m in firsts):
        # 办理承诺时限和办理环节优化比分别达到46.8%和55%: how far each was cut, the time limit a measure itself
        return [m + ratio.group() for m in firsts] + [last]
    if (share := _SHARE_OF_USE.fullmatch(last)) is not None and not any(_SHARE_OF_USE.fullmatch(m) for m in firsts):
        # 专项产业基金、新增能耗、新增工业用地支持民间投资项目比重: what each of them gives to it
        return [m + share.group(2) for m in firsts] + [last]
    return None


_CHANGE_RATIO = re.compile(r"(?<=..)(?:优化|压缩|压减|精简|缩减|减少|下降|提升|提速)(?:比|率)$")


def _with_measure(member: str, measure: str) -> str:
    """``member`` with the list's shared ``measure``, the words they share said once (困难残疾人生活补贴 + 补贴标准
    → 困难残疾人生活补贴标准)."""
    if member.endswith(measure[-2:]):
        return member  # 城乡低保标准和特困人员供养标准: a member with a measure of the kind keeps its own
    overlap = next((k for k in range(len(measure) - 1, 1, -1) if member.endswith(measure[:k])), 0)
    return member + measure[overlap:]


_THREE_INDUSTRIES = re.compile(r"^(?:三次产业|一、?二、?三产业|第一、二、三产业)(?=增加值|产值)")


def _places_sharing(firsts: list[str], last: str) -> list[str] | None:
    """中心城市、三县建成区生活垃圾分类投放设施覆盖率: places listed share all the last one's words after its place
    (中心城市生活垃圾分类投放设施覆盖率, not 中心城市覆盖率); None when the list is not of places."""
    # (the place ends where its last place word does: 各县城区, not 各县城)
    ends = [w.end() for k in range(min(len(last), _MEMBER_PLACE_REACH)) if (w := _MEMBER_PLACE_WORD.match(last, k))]
    end = max(ends) if ends else next((k + 1 for k in range(1, 5) if last[k : k + 1] in "市县区镇乡村"), 0)
    if not end or len(last) - end < 3 or not all(_PLACE_OF_MEMBER.fullmatch(m) for m in firsts):
        return None
    return [m + last[end:] for m in firsts] + [last]


_MEMBER_PLACE_WORDS = r"(?:中心城区|主城区|建成区|城区|县城|城市|乡镇|城镇|农村)"
_MEMBER_PLACE_WORD = re.compile(_MEMBER_PLACE_WORDS)
_MEMBER_PLACE_REACH = 8
_PLACE_OF_MEMBER = re.compile(r"[\u4e00-\u9fff]{0,4}" + _MEMBER_PLACE_WORDS + r"|[\u4e00-\u9fff]{1,4}[市县区镇乡村]")
_SHARE_OF_USE = re.compile(r"([\u4e00-\u9fff]{2,8}?)((?:支持|用于|投向|投入)[\u4e00-\u9fff]{2,12}(?:比重|比例|占比))")
_EXAMPLES_CLOSE_LAST = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?<![平高中初同对均相])等(?![级])([\u4e00-\u9fff]{2,})")


def _modifiers_paired(firsts: list[str], last: str) -> list[str] | None:
    """城镇和农村居民收入 → 城镇居民收入, 农村居民收入 (paired modifiers share the rest); 城乡居民养老、医疗保险参保率
    → 城乡居民养老保险参保率, 城乡居民医疗保险参保率 (whose schemes the first member names, with a two-character
    kind each; the last's kind is followed by the rest); else None."""
    if all(m in PAIRED_MODIFIERS for m in firsts):
        width = len(firsts[0])  # 城市、县城建成区面积: a modifier as long as the others (县城, not 县)
        for modifier in sorted(PAIRED_MODIFIERS, key=len, reverse=True):
            if last.startswith(modifier) and len(last) > len(modifier) + 1 and len(modifier) == width:
                return [m + last[len(modifier) :] for m in firsts] + [last]
    if len(last) < 6 or any(last.startswith(m) for m in PAIRED_MODIFIERS):
        return None
    owner = next((m for m in sorted(PAIRED_MODIFIERS, key=len, reverse=True)
                  if len(m) >= 2 and firsts[0].startswith(m) and len(firsts[0]) == len(m) + 2), None)
    if owner is None or not all(len(m) == len(owner) + 2 and m.startswith(owner) and m[-2:] not in last
                                for m in firsts) or not _HAN_ONLY.fullmatch(last, 0, 3):
        return None  # (not 城市公园、“口袋公园”保有量: a noun that ends like the first is a second noun)
    return [m + last[2:] for m in firsts] + [owner + last]


def _with_first_stem(members: list[str]) -> list[str]:
    """旅游人数、收入 → 旅游人数, 旅游收入: bare measures after a first that names its measure are of what it is."""
    first = members[0]
    measure = _shared_measure(first)
    stem = first[: -len(measure)] if measure and first.endswith(measure) else ""
    if len(stem) < 2 or not any(m in _SECOND_MEASURES for m in members[1:]):
        return members
    return [first, *(stem + m if m in _SECOND_MEASURES else m for m in members[1:])]


# bare measures that follow a first naming its own (入境游客数量和花费): a spending is the visitors', though a
# list's last 旅游总花费 shares nothing with 接待游客 before it
_SECOND_MEASURES = SHARED_MEASURES | {"花费"}


_MEASURE_OWNER = re.compile(r"(?:一般公共预算|地方财政|财政总?|税收|主营业务|营业|资产|负债)$")
_SPACED_COMMA = re.compile(r"[ \u3000]*、[ \u3000]*")
def _shared_measure(last: str) -> str | None:
    """The measure the last of a list's subjects ends with (原油产量 → 产量), whose owner goes with it (岳阳楼区财政
    总收入 → 财政总收入: the revenue is the public purse's), or None."""
    at = next((i for i in range(1, len(last)) if last[i:] in SHARED_MEASURES), None)
    if at is None:
        return None
    whose = _MEASURE_OWNER.search(last, 0, at)
    return last[whose.start() if whose and whose.start() > 0 else at :]


# a word naming two things, written with a 、 after its first character (存、贷款, 进、出口, 中、小学)
_SPLIT_COMPOUND = re.compile("|".join(c[0] + "、" + c[1:] for c, _ in PAIRED_COMPOUNDS if len(c) == 3))


def _compound_pair(subject: str, paired_only: bool = False) -> list[str]:
    """The two subjects of a word that names two things (城乡居民收入 → 城镇居民收入, 农村居民收入), or [];
    ``paired_only``: without 分别, only a word whose two are never one total (not 进出口总额…8万亿元、9万亿元)."""
    subject = _ITEM_MARK.sub("", subject)
    for compound, (first, second) in PAIRED_COMPOUNDS:
        if paired_only and compound in ONE_TOTAL_COMPOUNDS:
            continue
        at = subject.find(compound)
        if at >= 0 and not subject.startswith("猪", at - 1):  # 猪牛羊 names three
            return [subject[:at] + part + subject[at + len(compound) :] for part in (first, second)]
    return []


def _shared_per_head(members: list[str]) -> list[str]:
    """Members after a first that opens per head or per unit of output, each so too (每千人托位、养老床位数 →
    每千人养老床位数; 单位GDP电耗、能耗 → 单位GDP能耗)."""
    per_head = _PER_HEAD.match(members[0])
    if per_head is None or any(m.startswith(per_head.group()) for m in members[1:]):
        return members
    return [members[0], *(per_head.group() + m for m in members[1:])]


_PER_HEAD = re.compile(r"每[十百千万]?(?:人|名|户)|人均|(?:单位|万元)(?:GDP|国内生产总值|地区生产总值|工业增加值)")
_ITEM_MARK = re.compile(r"^[（(]?[0-9]{1,2}[)）、.．]")  # （9）城乡特困群体救助标准: the item's number
_ITEM_NUMBER_AT = re.compile(r"[（(]?[0-9]{1,2}[)）](?=[\u4e00-\u9fff])")


def _past_item_number(s: str, start: int, limit: int) -> int:
    """Where evidence that would start at ``start`` starts past an item's number (（9）|城乡特困群体…), which is
    no part of it; ``limit``: where its number is."""
    mark = _ITEM_NUMBER_AT.match(s, start)
    if mark is None or mark.end() >= limit or not (start == 0 or s[start] in "（(" or s[start - 1] in "\n（("):
        return start
    return mark.end()


def _parallel_opening(firsts: list[str], opening: str, rest: int) -> bool:
    """Whether the last member opens with a word like the others (炼铁、炼钢…, 鄱阳湖、洞庭湖…, 食品、药品…: a
    character in common at the same end), followed by a long shared rest; not 人参、食用|菌… nor CPI、城镇调|查…."""
    return len(opening) >= 2 and rest >= 4 and all(
        m[0] == opening[0] or m[-1] == opening[-1] for m in firsts) and opening not in firsts


def _shared_tail(member: str, last: str) -> str:
    """The words after the place in ``last`` where ``member``'s longest ending (of two characters or more)
    recurs, when that place is inside ``last`` and words follow it; else ''. For a share (…水质优良比例) one
    character will do: 地表水、近岸海域水质优良比例 → 地表水质优良比例."""
    shortest = 1 if last.endswith(_SHARE_ENDS) else 2
    for k in range(len(member) - 1, shortest - 1, -1):
        at = last.find(member[-k:], 1)
        if at > 0 and len(last) - (at + k) >= 2 + 2 * (k == 1) and not last.startswith(_CONJUNCTIONS, at + k):
            return last[at + k :]  # not 信用贷款|与抵押贷款改革试点: a second noun, not a shared measure
    return ""


_SHARE_ENDS = ("比例", "比重", "占比", "达标率", "优良率", "覆盖率")


def _simplified(text: str) -> str:
    """A simplified, half-width copy of the same length, for matching only.

    Full-width digits and signs (１９９６年, ６．５％) become half-width.
    """
    s = simplified_view(text) if _TRADITIONAL_HINT.search(text) else with_zeros(text)  # 一九八○年: ○ for a zero
    if _FULL_WIDTH.search(s):
        s = s.translate(_HALF_WIDTH)
    if "x" in s or "×" in s:  # 新开工项目xx个, ×个项目: a placeholder as some redacted speeches write it
        s = _LOWER_PLACEHOLDER.sub(lambda found: "X" * len(found.group()), s)
    return s


_LOWER_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z0-9.])(?:x{1,3}(?:\.x{1,2})?|×{1,3})(?![0-9])(?=[个亿万千百%家项座条名户处所台辆套件元吨亩平公米倍人])"
)


# ---------------------------------------------------------------------------------------------------
# Candidates


def _candidates(s: str) -> list[_Candidate]:
    found = [_past_entry_number(s, c) for _, c in _judged(s) if not isinstance(c, str)]
    return _ranges_written_out(s, _with_shared_units(s, _without_overlaps(found)))


# 分别提高20.9、36.2、54个百分点: the figures before the last, bare, share its unit
_BARE_FIGURES = re.compile(r"分别[^，,。；;、0-9]{0,6}?((?:[0-9]+(?:\.[0-9]+)?、)+)$")


def _with_shared_units(s: str, found: list[_Candidate]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for c in found:
        m = _BARE_FIGURES.search(s, max(0, c.start - 60), c.start) if c.unit and c.value_max is None else None
        if m and (not out or out[-1].end <= m.start(1)):
            at = m.start(1)
            for figure in m.group(1).split("、")[:-1]:
                out.append(_Candidate(at, at + len(figure), float(figure), None, c.unit, c.comparator, c.redacted))
                at += len(figure) + 1
        elif (out and c.start - out[-1].end == 1 and _COUNTER_SHARING_NOUN.fullmatch(s, out[-1].end, c.start)
              and _shares_counted_noun(out[-1], c)):
            # 压缩到3个和5个工作日: the first 个 counts working days too; 压缩至1个、3个和60个工作日: all of them do
            k, shared = len(out) - 1, out[-1].unit
            while True:
                out[k] = replace(out[k], unit=c.unit)
                if not (k > 0 and out[k].start - out[k - 1].end == 1 and out[k - 1].unit == shared
                        and _COUNTER_SHARING_NOUN.fullmatch(s, out[k - 1].end, out[k].start)):
                    break
                k -= 1
        out.append(c)
    return out


_COUNTER_SHARING_NOUN = re.compile(r"[和、或及]")


def _shares_counted_noun(first: _Candidate, last: _Candidate) -> bool:
    return (first.unit is not None and first.unit in _COUNTS and last.unit is not None
            and last.unit.startswith(first.unit) and len(last.unit) > len(first.unit))


_RANGE_JOIN = ("到", "至")
_PER_ITEM = re.compile(r"(?:单笔|单体|单个|单宗|每笔)[^，,。；;、]{0,8}$")  # a bound each item of a class is within
_BOUNDS = ("以上", "以下")
_CHANGE_BEFORE = re.compile(r"[从由]|增加|提高|增长|下降|减少|降低|上升|扩大|提升|调整|压缩|缩小")


def _ranges_written_out(s: str, found: list[_Candidate]) -> list[_Candidate]:
    """Two figures of one unit joined by 到 with no change before them (开荒四千万亩到五千万亩, 多了十五亿元到二十亿元)
    are one range, not two readings (从…到… and 增加到 are a change: two figures)."""
    out: list[_Candidate] = []
    for c in found:
        before = out[-1] if out else None
        if (before is not None and s[before.end : c.start] in _RANGE_JOIN and before.unit and c.unit == before.unit
                and before.value is not None and c.value is not None and before.value_max is None
                and c.value_max is None and before.value < c.value
                and not _CHANGE_BEFORE.search(s, _clause_start_of(s, before.start), before.start)):
            out[-1] = _Candidate(before.start, c.end, before.value, c.value, c.unit, "range",
                                 before.redacted or c.redacted, False, c.qualifier)
        else:
            out.append(c)
    return out


def _clause_start_of(s: str, pos: int) -> int:
    return last_mark(s, "，,。；;：:\n", pos) + 1


_ENTRY_AND_COUNT = re.compile(r"([0-9]{1,2})[.．]([0-9]+)")
_COUNTS = frozenset(CLASSIFIER)


def _past_entry_number(s: str, c: _Candidate) -> _Candidate:
    """10.53项冠军产品 at a line's start is entry 10's 53 products: a count of things has no decimals."""
    if (c.start and s[c.start - 1] != "\n") or c.unit not in _COUNTS or c.value is None or c.value_max is not None:
        return c
    m = _ENTRY_AND_COUNT.match(s, c.start)
    if m is None or float(m.group()) != c.value:
        return c
    return replace(c, start=m.start(2), value=float(m.group(2)))


def _judged(s: str) -> Iterator[tuple[re.Match[str], _Candidate | str]]:
    """Every number the candidate patterns find, with its candidate or the name of the rule that drops it."""
    for m in _ARABIC_CANDIDATE.finditer(s):
        yield m, _judge(s, m)
    for run in _CHINESE_RUN.finditer(s):
        for pos in range(run.start(), run.end() - 1):
            found = _CHINESE_CANDIDATE.match(s, pos)
            if found:
                yield found, _judge(s, found)
                break


def _without_overlaps(found: list[_Candidate]) -> list[_Candidate]:
    """Of overlapping readings, the earlier, longer one."""
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[_Candidate] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def _judge(s: str, m: re.Match[str]) -> _Candidate | str:
    """The quantity a match stands for, or the name of the rule that says it is none."""
    r = Reading(s, m)
    traits = r.chinese, bool(r.num2), r.placeholder  # fixed from the start (a range stays one)
    by_step = _TESTS.get(traits) or _TESTS.setdefault(traits, tuple({} for _ in _WALK))
    for (step, table), by_unit in zip(_WALK, by_step, strict=True):
        if step is not None:
            step(r)
        unit = r.base if step is not None else None
        tests = by_unit.get(unit)
        if tests is None:
            tests = by_unit[unit] = _tests_for(table, traits, unit)
        for test, name in tests:
            if test(r):
                return name
    comparator, pre_cue = _comparator(s, r.start, r.value_max is not None, r.post, r.ap1 or r.ap2)
    if r.base in ("位", "名") and s.endswith("前", 0, r.start) and _PLACED_AT.search(s, max(0, r.start - 9),
                                                                                  r.start - 1):
        comparator = "at_most"  # 增速居全国前10位: a place in the first ten, the tenth at worst
    qualifier = False
    # a bound on a noun (5000万元以上项目); not a share of it (80%以上的行政村 is the quantity)
    if (r.post in ("以上", "以下", "以内") or s.startswith("内", r.end)) and r.base not in ("%", "‰"):
        following = s[r.end + 1 : r.end + 2] if s.startswith("内", r.end) else r.after
        qualifier = bool(following) and following not in "，,；;。、）)！？\n"
    elif (s.endswith(("超", "过"), 0, lead_end := _before_spaces(s, r.start))  # 、 过 50亿元的
          and not s.endswith(("通过", "经过"), 0, lead_end)
          and r.base not in ("%", "‰") and (_HAN_WORD.match(r.after or "，") or _COUNT_FOLLOWS.match(s, r.end))
          and not _TOTAL_OVER.search(s, max(0, r.start - 7), r.start)):
        # 引进投资超10亿元重大项目14个, 年产值过100亿元的企业1家: the projects, the firms are counted;
        # 投资超10亿元， is an amount, and so is 总投资超过1750亿元的41个项目 (all of theirs)
        qualifier = True
    unit_text = (r.mult + r.mult2 + r.unit) or None
    return _Candidate(r.start, r.end, r.value, r.value_max, unit_text, comparator, r.placeholder, pre_cue, qualifier)


# 其中超10亿元|12个: how many there are of that class follows
_COUNT_FOLLOWS = re.compile(r"[0-9一二三四五六七八九十两]+[个家项所座条户件处]")


def _before_spaces(s: str, at: int) -> int:
    while at > 0 and s[at - 1] in " \u3000":
        at -= 1
    return at


# The steps of reading a number, each before a table of rules (quantity_rules) is asked about it.


def _read_multiplier(r: Reading) -> None:
    """三百亿元 is 300 亿元, as 2.3万 is 2.3 万; 500强 is a rank, 1/4强 a share; 百分之六十 is 60 %; and a
    unit that begins a word after a multiplier leaves the multiplier as the unit (1.27亿人口)."""
    if r.chinese:
        if r.num2 and not r.mult and not r.num2[0].isdigit():  # 十八至三十万: the 万 is both numbers'
            head = r.num2.rstrip("万亿")
            if head and head != r.num2:
                r.mult, r.num2 = r.num2[len(head) :], head
        stripped = r.num.rstrip("万亿")
        if stripped != r.num and stripped:
            if r.num2:  # 一百二十万到一百五十万: the first number's own, the same as the second's or a mixed range
                r.u1, r.num = r.num[len(stripped) :], stripped
            elif not r.mult:
                r.mult, r.num = r.num[len(stripped) :], stripped
    if r.post == "强" and not r.fraction:
        r.post, r.end = "", r.end - 1
    if r.percent_words and not r.unit:
        r.unit = "%" if r.num[0] == "百" else "‰"
    r.base = r.unit.split("/")[0]
    r.word_after = False
    if r.base:
        after_unit = r.m.end("unit")
        nxt = r.s[after_unit : after_unit + 1]
        r.word_after = bool(nxt) and nxt in WORD_AFTER.get(r.base, "") and "/" not in r.unit
        if r.word_after and r.mult and r.arabic and not r.post:
            r.end, r.unit, r.base, r.post = r.m.start("unit"), "", "", ""


def _read_value(r: Reading) -> None:
    """The number's value, with its sign; 二三十 and 四五千 are spans (20 to 30)."""
    r.value = r.value_max = None
    if r.placeholder:
        return
    r.value = parse_number(r.num[3:] if r.percent_words else r.num)  # 千分之五 is 5 ‰
    if r.value is None and r.chinese and r.mult == "万" and "亿" in r.num:
        whole = parse_number(r.num + r.mult)  # 六亿三千|万: the group after 亿 ends with its 万, so no 零 is due
        r.value = whole / 10_000 if whole is not None else None
    if r.value is None and r.chinese and not _CN_MULTIPLIER.search(r.num):
        span = parse_range(r.num)
        if span:
            r.value, r.value_max = span
    elif r.chinese and r.before == "、" and r.start >= 2 and not r.negative and not r.num2:
        _read_spoken_pair(r)
    if r.negative and r.value is not None:
        r.value = -r.value


def _read_spoken_pair(r: Reading) -> None:
    """多耗电二、三百亿度 is 200 to 300 亿度, not 300: a digit and a 顿号 before a number one above it."""
    low = r.s[r.start - 2]
    if r.start >= 3 and (r.s[r.start - 3] in _SPAN_NUMERALS or r.s[r.start - 3] == "第"):
        return  # 十二、三百: a list, not a span
    span = parse_range(low + r.num) if low in _SPAN_NUMERALS and r.num[0] != low else None
    if span and span[1] == r.value:
        r.value, r.value_max = span
        r.start -= 2
        r.before = r.s[r.start - 1] if r.start else ""


_SPAN_NUMERALS = frozenset("一二两三四五六七八九十百千万零〇")


def _read_whole(r: Reading) -> None:
    """二十六亿六千万美元 is 26.6 亿美元: the trailing 万 belongs to the section after 亿; and the range's top.

    A range whose first number is written in full and the second with the multiplier (从8500到3万元) is
    read in the multiplier: 0.85 to 3 万元."""
    # (一万六千七百七十亿元 is 16770 亿元: a 万 inside a number before 亿 is the coefficient's)
    if r.chinese and r.mult == "万" and r.value is not None and "亿" in r.num:
        whole = parse_number(r.num + r.mult)
        if whole is not None:
            r.value, r.mult = whole / 100_000_000, "亿"
    if not r.num2:
        _read_cents(r)
        return
    r.value_max = parse_number(r.num2[3:] if r.num2[1:3] == "分之" else r.num2)  # 百分之二到百分之三
    scale = scale_of(r.mult + r.mult2) if r.mult and not r.u1 else None
    if scale and r.value is not None and r.value_max is not None and r.value_max < r.value < r.value_max * scale:
        r.value /= scale


def _read_cents(r: Reading) -> None:
    """六十四万零一百四十三元一角七分: the 角 and 分 after a whole amount in 元 belong to it."""
    if r.base not in ("元", "块") or r.mult or r.post or r.value is None or r.end != r.m.end("unit"):
        return
    cents = _CENTS.match(r.s, r.end)
    if cents is None or cents.end() == r.end:
        return
    jiao, fen = (parse_number(d) or 0 if d else 0 for d in cents.groups())
    r.value = round(r.value + jiao / 10 + fen / 100, 2) if r.value.is_integer() else r.value + jiao / 10 + fen / 100
    r.end = cents.end()


_CN_MULTIPLIER = re.compile("[万亿]")
_CENTS = re.compile(r"(?:([一二两三四五六七八九0-9])[角毛])?(?:零?([一二三四五六七八九0-9])分(?![钟之析配类期批工]))?")
_WALK: tuple[tuple[Callable[[Reading], None] | None, tuple[Rule, ...]], ...] = (
    (None, AS_FOUND),
    (_read_multiplier, BY_UNIT),
    (_read_value, BY_CONTEXT),
    (_read_whole, BY_VALUE),
)
_Tests = tuple[tuple[Callable[[Reading], object], str], ...]
# The tests each step asks, by the number's traits and then by its unit (None before it is read): filled
# as numbers of each kind come (the units are finitely many).
_TESTS: dict[tuple[bool, bool, bool], tuple[dict[str | None, _Tests], ...]] = {}


def _tests_for(table: tuple[Rule, ...], traits: tuple[bool, bool, bool], base: str | None) -> _Tests:
    """The tests of ``table`` that can be true for a number with these traits (chinese, range, placeholder)
    and unit (None: not read yet), in the table's order: the others would only say no."""
    has = {trait for trait, held in zip(("chinese", "range", "placeholder"), traits, strict=True) if held}
    return tuple(
        (rule.test, rule.name)
        for rule in table
        if rule.needs <= has and (rule.units is None or base is None or base in rule.units)
    )


# ---------------------------------------------------------------------------------------------------
# Explaining: which numbers became quantities, and which rule dropped each of the others


@dataclass(frozen=True)
class Decision:
    """A number found in the text (``text[start:end]``) and what became of it: ``"kept"``, or the name of
    the rule that dropped it (a rule of ``QUANTITY_RULES``, or ``"overlap"``: a longer reading that starts
    before it covers it, or ``"qualifier"``: a bound on a noun, 5000万元以上项目120个, whose clause goes on
    to the quantity, or ``"left_out"``: a reading the passes after the rules left out, its measure unnamed)."""

    start: int
    end: int
    text: str
    rule: str


def explain_quantities(text: str) -> list[Decision]:
    """Every number the quantities stage considers in ``text``, in order, with what became of it.

    The kept ones are the numbers of ``extract_quantities(text, date)`` (whatever the date), each
    spanning its number, unit and comparator (the quantity's evidence spans more).
    """
    s = _simplified(text)
    decisions: list[Decision] = []
    found: list[_Candidate] = []
    for m, verdict in _judged(s):
        if isinstance(verdict, str):
            decisions.append(Decision(m.start(), m.end(), text[m.start() : m.end()], verdict))
        else:
            found.append(verdict)
    kept = _without_overlaps(found)
    shown = {id(c) for c in kept}
    for c in found:
        if id(c) not in shown:
            decisions.append(Decision(c.start, c.end, text[c.start : c.end], "overlap"))
    for i, c in enumerate(kept):
        nxt = kept[i + 1].start if i + 1 < len(kept) else len(s)
        end = _CLAUSE_END.search(s, c.end)
        rule = "qualifier" if c.qualifier and nxt < (end.start() if end else len(s)) else "kept"
        decisions.append(Decision(c.start, c.end, text[c.start : c.end], rule))
    decisions.sort(key=lambda d: (d.start, -d.end))
    return _left_out_after(decisions, extract_quantities(text, None))


def _left_out_after(decisions: list[Decision], quantities: list[Quantity]) -> list[Decision]:
    """The decisions with each number the passes after the rules left out (no quantity's evidence holds it: its
    measure nothing names, 分别达到四百斤…) marked ``"left_out"``; each quantity holds the first kept number in it."""
    kept = [k for k, d in enumerate(decisions) if d.rule == "kept"]
    held: set[int] = set()
    at = 0
    for q in sorted(quantities, key=lambda q: q.start):
        while at < len(kept) and decisions[kept[at]].start < q.start:
            at += 1  # (a number before this quantity's evidence that no quantity before it held)
        k = next((k for k in kept[at:] if decisions[k].end <= q.end and k not in held), None)
        if k is not None and decisions[k].start >= q.start:
            held.add(k)
    return [replace(d, rule="left_out") if d.rule == "kept" and k not in held else d for k, d in enumerate(decisions)]


def _comparator(s: str, start: int, is_range: bool, post: str, ap: str) -> tuple[Comparator, bool]:
    """The comparator, and whether it came from a word before the number."""
    if is_range:
        return "range", False
    if post in ("左右", "上下"):
        return "about", False
    if post in ("以上", "开外", "强", "多") or ap in ("多", "余"):
        return "at_least", False
    if post in ("以下", "以内", "之内", "内"):
        return "at_most", False
    if ap == "来":
        return "about", False
    return _comparator_before(s, start)


def _comparator_before(s: str, start: int) -> tuple[Comparator, bool]:
    """The comparator the words before a number say (不低于, 约, 控制在…), and whether they said one."""
    lead = s[max(0, start - 6) : start]
    if lead.endswith("的") and (bound := _BOUND_OF_BASE.search(s, max(0, start - _BASE_REACH), start)):
        # 保障标准不低于当地最低生活保障标准的1.6倍: a floor or a ceiling set as a share of a base
        return ("at_least" if bound.group(1) in ("不低于", "不少于", "不小于") else "at_most"), False
    if "至少" in lead and _AT_LEAST_DOING.search(lead):
        return "at_least", True  # 至少创建1个乡镇二级医院: at least, with the act between
    reach = max(0, start - _BASE_REACH)
    if s.find("约", reach, start) >= 0 and (_ABOUT_BEFORE_VERB.search(s, reach, start)
                                           or _ABOUT_ANY_VERB.search(s, reach, start)):
        return "about", True
    if lead[-1:] not in _PRE_CUE_ENDS:
        return "exact", False
    if _PRE_ABOUT.search(lead):
        return "about", True
    if _PRE_AT_MOST.search(lead):
        return "at_most", True
    if _PRE_AT_LEAST.search(lead) or _PRE_KEEP.search(lead):
        return "at_least", True
    return "exact", False


# ---------------------------------------------------------------------------------------------------
# Sections: the review of last year and the plan for this one, told from the top-level headings


def _sections(s: str, doc_year: int | None) -> list[_Section]:
    """The review and plan sections of a work report, from its top-level headings.

    Numbered headings count in order (一、二、…; a list restarting at 一 inside a section is not one);
    an unnumbered short line counts when it names a review or a plan (“十四五”时期工作回顾, 2026年重点工作).
    """
    out = [_Section(0, "neutral", None)]
    number = 0
    under_part = False  # the last section opened at a bare part title (2013年工作回顾), above numbered ones
    for m in _HEADING.finditer(s):
        title = m.group("title").replace("*", "")
        numeral = m.group("num") or m.group("part")
        if numeral:
            n = int(parse_chinese(numeral) or 0)
            if number and n != number + 1:
                continue
            number = n
        elif not _part_title(title):
            continue
        mode, year, hint = _classify_heading(title, doc_year)
        if not numeral:
            number, under_part = 0, bool(mode)
        if not mode:
            if under_part:
                continue  # 一、经济发展稳中向好 under 2013年工作回顾: a section of the part, in its mode
            previous = out[-1].mode
            if previous in ("neutral", "pending"):
                if numeral:  # decided below: a report whose headings do not say review or plan
                    out.append(_Section(m.start(), "pending", None))
                continue
            # after the review, and after the plan, a section goes on planning (四、推进政府治理现代化)
            mode, year, hint = "plan", (out[-1].year if previous == "plan" else doc_year), None
        if mode == "mixed":
            out.extend(_split_mixed(s, m.end(), title, year, doc_year, hint))
        else:
            out.append(_Section(m.start(), mode, year, hint))
    return _periods_end_last_year(_years_reviewed(s, _settled(out, doc_year), doc_year), doc_year)


def _periods_end_last_year(sections: list[_Section], doc_year: int | None) -> list[_Section]:
    """A review of several years that names none (过去五年工作回顾, “十四五”时期发展成就 in a later plan's
    report) reports its facts as of the period's end, last year, once the years it narrates are set apart."""
    if doc_year is not None:
        for sec in sections:
            if sec.mode == "review" and sec.year is None:
                sec.year = doc_year - 1
    return sections


def _with_titled_parts(s: str, sections: list[_Section], parts: list[Section], doc_year: int | None,
                       late: bool) -> list[_Section]:
    """The sections with the parts the section finder read from their own titles or opening words where the
    headings said nothing of them: a plan inside what they took for the review (今后五年的主要目标是…), and
    a review or plan where they found no section at all (**2013年经济社会发展稳进向好**, then 1、2、…). The
    parts that follow a titled one in its role go on with it; what the headings said resumes after them."""
    starts = [sec.start for sec in sections]
    out = {sec.start: sec for sec in sections}  # one section a place: a part right after another wins
    current: _Section | None = None  # the titled part's mode and year, while parts go on in its role
    for part in parts:
        said = said_role(s, part.start, doc_year, late)
        # a speech's part that opens with its demands (2014年，我们将重点抓好…) plans, as a report's plan does
        agrees = said is not None and said in (part.role, _PART_MODE.get(part.role))
        titled = _titled_section(s, part.start, said, doc_year) if agrees else None
        if titled is not None:
            current = titled
        elif current is not None and _PART_MODE.get(part.role, part.role) == current.mode:
            # a part that goes on with a titled review is its year's; one that goes on planning, the plan year's
            current = _Section(part.start, current.mode, current.year if current.mode == "review" else doc_year)
        else:
            current = None
        if current is None:
            continue
        at = bisect_right(starts, part.start) - 1
        if at < 0 or any(part.start < x < part.end - _MARKS for x in starts):
            continue  # a part the headings divide is theirs (where they start, give or take a bold mark)
        own = sections[at]
        if not (own.mode == "neutral" or (own.mode == "review" and current.mode == "plan")):
            continue  # where the headings said review or plan, they know better
        out[part.start] = _Section(part.start, current.mode, current.year)
        after = sections[bisect_right(starts, part.end) - 1]  # what the headings say where the part ends
        if part.end not in out:  # a section of the headings' own starts where the part ends: it goes on
            out[part.end] = _Section(part.end, after.mode, after.year, after.hint)
    return sorted(out.values(), key=lambda sec: sec.start)


_PART_MODE = {"requirements": "plan"}  # a speech's demands plan, as a report's plan does
_MARKS = 3  # how far a section's start may sit from a part's for the marks around a title (**二、…**)


def _titled_section(s: str, start: int, role: str | None, doc_year: int | None) -> _Section | None:
    """The review or plan section the line at ``start`` opens, with its year, where this stage's reading of it
    agrees with the section finder's ``role`` (国民经济的成就和今后的建设任务 reviews, then plans: neither
    alone); None where it does not."""
    if role not in ("review", "plan"):
        return None
    end = s.find("\n", start)
    line = s[start : end if end >= 0 else len(s)].strip(" *#\t\u3000")
    mode, year, _ = _classify_heading(line, doc_year) if len(line) <= 45 else ("", None, None)
    if mode == role:
        return _Section(start, role, year)
    if mode:
        return None
    # an opening paragraph (过去的一年, 今年是…) rather than a title: the year before the plan year, or the plan year
    if role == "review":
        return _Section(start, role, doc_year - 1 if doc_year else None)
    return _Section(start, role, doc_year)


# A paragraph of a review that narrates one year: 2021年，我们坚持…，实现“十四五”顺利开局。
_YEAR_NARRATED = re.compile(r"^((?:19|20)[0-9]{2})年[，,]我们", re.M)


def _years_reviewed(s: str, sections: list[_Section], doc_year: int | None) -> list[_Section]:
    """A review of several years (过去五年…) whose paragraph turns to one past year (2021年，我们…) is
    that year's review from there on, to the end of the section."""
    if doc_year is None:
        return sections
    out: list[_Section] = []
    for k, sec in enumerate(sections):
        out.append(sec)
        if sec.mode != "review" or sec.year is not None:
            continue
        end = sections[k + 1].start if k + 1 < len(sections) else len(s)
        for m in _YEAR_NARRATED.finditer(s, sec.start, end):
            year = int(m.group(1))
            if year < doc_year:
                out.append(_Section(m.start(), "review", year))
    return out


def _settled(out: list[_Section], doc_year: int | None) -> list[_Section]:
    """The sections whose headings did not say review or plan decided by their order, or left out."""
    pending = [sec for sec in out if sec.mode == "pending"]
    if pending and any(sec.mode in ("plan", "mixed") for sec in out):
        # 一、一年接着一年干，…取得新成效 before 三、…“十五五”开好局: a report reviews first, then plans
        for i, sec in enumerate(pending):
            sec.mode, sec.year = ("review", doc_year - 1 if doc_year else None) if i == 0 else ("plan", doc_year)
    return [sec for sec in out if sec.mode != "pending"]


def _part_title(title: str) -> bool:
    """An unnumbered line that can title a part: short, no sentence, words that name one."""
    return (
        len(title) <= 30
        and _STRONG_HEADING.search(title) is not None
        and not _SENTENCE_PUNCT.search(title)
        and not _NOT_HEADING.search(title)
    )


def _classify_heading(title: str, doc_year: int | None) -> tuple[str, int | None, int | None]:
    """Mode and year of a section, and the report's year it implies (2015年工作回顾 → 2016)."""
    years = [_year(y) for y in _YEAR.findall(title)]
    plans = [y for y in (plan_end_year(p) for p in _plan_names(title)) if y]
    review = bool(_REVIEW_WORDS.search(title))
    plan = bool(_PLAN_WORDS.search(title))
    year = max(years) if years else None
    if review and plan:  # 一、1998年工作回顾和1999年工作的总体要求; “十四五”时期发展成就和“十五五”时期主要目标任务
        hint = year if len(years) > 1 else (max(plans) - 4 if plans else None)
        return "mixed", max([*plans, *years], default=None), hint
    if review:
        return _review_heading(title, doc_year, year, plans)
    if plan or plans:
        return _plan_heading(title, doc_year, year, plans)
    if year and doc_year:  # 一、2015年经济社会发展情况
        return ("review" if year < doc_year else "plan"), year, None
    return "", None, None


_PART_OF_YEAR = re.compile(r"(?:今年)?(?:上半年|前三季度|一季度|前两个季度)")


def _review_heading(
    title: str, doc_year: int | None, year: int | None, plans: list[int]
) -> tuple[str, int | None, int | None]:
    if year:
        return "review", year, year + 1
    if doc_year and ("今年以来" in title or _PART_OF_YEAR.match(title)):
        return "review", doc_year, None  # 一、今年以来的工作; 一、上半年工作回顾 (a mid-year report)
    if not plans and doc_year and "五年" not in title:
        return "review", doc_year - 1, None  # 一、去年工作回顾, 一、政府工作回顾
    return "review", max(plans, default=None), max(plans) + 1 if plans else None  # “十四五”时期工作回顾: 2025


def _plan_heading(
    title: str, doc_year: int | None, year: int | None, plans: list[int]
) -> tuple[str, int | None, int | None]:
    if plans and not year and doc_year and _OPENING.search(title):
        return "plan", doc_year, None  # 推动“十五五”开好局: this year's work
    if year:
        return ("review" if doc_year and year < doc_year else "plan"), year, year
    if plans and doc_year and max(plans) < doc_year:
        return "review", None, None  # 一、“十四五”时期经济社会发展成就, in 2026
    if plans:
        return "plan", max(plans), None
    if _NEXT_FIVE_YEARS.search(title) and doc_year:
        return "plan", doc_year + 4, None  # 二、今后五年的主要任务
    return "plan", doc_year, None


def _split_mixed(
    s: str, start: int, title: str, year: int | None, doc_year: int | None, hint: int | None
) -> list[_Section]:
    """A section that reviews and plans: the review, then the plan from its first paragraph that looks ahead."""
    years = sorted(_year(y) for y in _YEAR.findall(title) if y[0].isdigit())
    review_year = years[0] if len(years) > 1 else None
    nxt = _NEXT_HEADING.search(s, start)
    for m in _PLAN_PARAGRAPH.finditer(s, start, nxt.start() if nxt else len(s)):
        found = m.group("year") or m.group("plan")
        y = (int(found) if found.isdigit() else plan_end_year(found)) if found else None
        if y is None or doc_year is None or y >= doc_year:
            return [_Section(start, "review", review_year, hint), _Section(m.start(), "plan", year)]
    if review_year is not None:  # 1993年…的回顾和1994年工作的基本方针: the plan opens where a first sentence says 今年
        for m in _PARAGRAPH_FIRST_SENTENCE.finditer(s, start, nxt.start() if nxt else len(s)):
            if _THIS_YEAR.search(m.group()):
                return [_Section(start, "review", review_year, hint), _Section(m.start(), "plan", year)]
        return [_Section(start, "review", review_year, hint)]
    return [_Section(start, "mixed", year, hint)]


def _year(token: str) -> int:
    token = token.replace(" ", "")
    return int(token) if token.isdigit() else parse_chinese_year(token) or 0


def _plan_names(title: str) -> list[str]:
    """十四五 and 第十四个五年规划, both as 十四五."""
    return [m.group(1) + "五" if m.group(1) else m.group(0) for m in _PLAN_NAME.finditer(title)]


def _infer_year(s: str, sections: list[_Section]) -> int | None:
    """The report's year when its date is unknown: from its headings (一、2015年工作回顾 → 2016), else the
    year after the last year its review speaks of more than once."""
    for modes in (("review",), ("mixed", "plan")):
        for sec in sections:
            if sec.mode in modes and sec.hint:
                return sec.hint
    for i, sec in enumerate(sections):
        if sec.mode == "review":
            end = sections[i + 1].start if i + 1 < len(sections) else len(s)
            years = Counter(_year(m.group(1)) for m in _REVIEW_YEAR.finditer(s, sec.start, end))
            repeated = [y for y, n in years.items() if n > 1] or list(years)
            return max(repeated) + 1 if repeated else None
    return None


# ---------------------------------------------------------------------------------------------------
# A quantity from its candidate and its context


class _Context:
    def __init__(self, s: str, text: str, doc_year: int | None, sections: list[_Section],
                 delivered: int | None = None, number_starts: list[int] | None = None) -> None:
        self.s = s
        self.number_starts = number_starts or []  # where the candidates start, in order
        self.counted = (-1, -1)  # the end of the last count's evidence through its noun, and of its number
        self.text = text
        self.converted = s is not text and _TRADITIONAL_HINT.search(text) is not None  # traditional script
        self.doc_year = doc_year
        self.sections = sections
        self.section_starts = [sec.start for sec in sections]
        # the last answer of each boundary search: numbers come in text order, so each search goes on from
        # there instead of over the same stop-less stretch again (quadratic in a text without stops)
        self._marks: dict[re.Pattern[str], list[int]] = {}  # where each boundary pattern matches, found once
        self._last_end = (-1, -1)
        self.delivered = delivered
        self.times = scan_times(s, doc_year, delivered)
        self.time_starts = [t.start for t in self.times]
        self.plan_end = plan_in_force(s, doc_year)
        self.newlines = [m.start() for m in _NEWLINE.finditer(s)]  # paragraphs are few: look them up
        self.passage_times = [t for t in self.times if dates_a_passage(t)]  # the only ones a lead-in passes on
        self.passage_starts = [t.start for t in self.passage_times]
        self._sentences: dict[int, int] = {}
        self._paragraphs: dict[int, tuple[str, int | None]] = {}
        self._turns: dict[int, list[tuple[int, bool]]] = {}
        self._full_stops: list[int] | None = None

    # boundaries -----------------------------------------------------------------------------------
    def _back(self, pattern: re.Pattern[str], pos: int) -> int:
        """Just after the last one-character match of ``pattern`` before ``pos`` (0 if none). The matches are
        listed once per text, so each look back is a bisection, however long a run without marks."""
        marks = self._marks.get(pattern)
        if marks is None:
            marks = self._marks[pattern] = [m.start() for m in pattern.finditer(self.s)]
        at = bisect_left(marks, pos)
        return marks[at - 1] + 1 if at else 0

    def clause_start(self, pos: int) -> int:
        found = self._back(_CLAUSE_END, pos)
        while found >= 2 and (_LEVEL_PAIR.match(self.s, found - 2) or self._in_sector_name(found - 1)):
            found = self._back(_CLAUSE_END, found - 2)  # 省、市重点项目, 交通运输、仓储和邮政业: one noun each
        return found

    def _in_sector_name(self, at: int) -> bool:
        return self.s[at] == "、" and any(self.s.startswith(name, at - k) for name, k in _SECTOR_COMMAS)

    def _clause_through_parentheses(self, pos: int) -> int:
        """The clause's start, read through a parenthesis that ends just before it: 新增服务业集聚区（示范园区）3家
        and 地区生产总值（GDP）增长8% are one clause each (a parenthesis opening the clause, （三）, is not)."""
        clause = self.clause_start(pos)
        close = self.s[clause - 1 : clause]
        if close not in ("）", ")"):
            return clause
        opening = self.s.rfind("（" if close == "）" else "(", max(0, clause - _PARENTHESIS_REACH), clause - 1)
        if opening <= 0 or _CLAUSE_END.match(self.s, opening - 1):
            return clause
        return self.clause_start(opening)

    def _through_noun_list(self, clause: int, prev_end: int) -> int:
        """The clause's start, read back through a list of what the number sums up: in 新认证绿色食品、有机农产品
        20个 the 20 counts both (no number stands in the list; one that does ends it)."""
        if clause < 1 or self.s[clause - 1] != "、" or prev_end >= clause:
            return clause
        opening = self._back(_TIME_CLAUSE_END, clause)
        while (opening > 1 and self.s[opening - 1] == "）"
               and (aside := self.s.rfind("（", max(0, opening - 8), opening)) > 0
               and _INNER_ASIDE.match(self.s, aside - 1)):
            opening = self._back(_TIME_CLAUSE_END, aside)  # 污水治理（管控）率、…: an aside inside an item
        inside = self.number_starts[bisect_left(self.number_starts, opening) : bisect_left(self.number_starts, clause)]
        # (国际国内500强企业、央企和行业龙头企业15家: a rank in a name is no number of the list)
        if opening < prev_end or not all(_RANK_NAMED.match(self.s, n) for n in inside):
            return clause
        # (…储能、…独立储能等|在建、拟建项目128宗: the examples before 等 are none of the list's items)
        examples = self.s.rfind("等", max(opening, self.s.rfind("、", opening, clause - 1) + 1), clause - 1)
        opening = examples + 1 if examples >= 0 else opening
        at = bisect_left(self.time_starts, opening)
        if at < len(self.times) and self.times[at].start == opening and self.times[at].end < clause - 1:
            opening = self.times[at].end  # 1956年|施工线路有…: the year the list is of is none of its first item
        items = self.s[opening : clause - 1].split("、")
        number = self.number_starts[bisect_left(self.number_starts, clause)]
        own = self.s[clause:number]
        if not own:
            return clause  # “10+6”产业产值、|200家骨干企业…: a number opening its item counts what follows it
        shares = _shares_measure(items, own) and not _FIGURE_LIST.match(self.s, number)  # not 12.5%、9.4%: a pair
        # 筛查妇女“两癌”、…等慢性病: a list closed by 等 may open with the verb that takes it all
        # (建成省级以上企业研究院、研发中心70家: the verb that takes the list opens its first item too; not 建成…
        # 产业园、德隆10万吨…: a size is the last item's)
        verb_first = _LIST_VERB.match(items[0]) is not None and _COUNTED_AT.match(self.s, number) is not None
        first_max = _LIST_ITEM_MAX + _LEAD_SLACK if "等" in own or verb_first else _LIST_ITEM_MAX
        # (国内、国际航线达到34条: words of two characters that share the noun after them are one subject)
        modifiers = all(len(item) == 2 for item in items) and _HAN_WORD.match(own[2:3] or "，") is not None
        # (国家领航级、卓越级智能工厂达到24家: levels listed before the noun they share)
        modifiers = modifiers or (all(item.endswith("级") for item in items) and "级" in own[:4])
        # (国家技术创新中心、新兴产业创新中心、制造业创新中心达到8家: kinds of one thing, counted together)
        kinds = _COUNT_AT.match(self.s, number) is not None and _kinds_of_one_thing("、".join([*items, own]))
        # (自主创新、结构调整、节能减排和生态建设占15.3%: a list closed by 和 takes its share together)
        kinds = kinds or (own.endswith("占") and _CLOSING_AND.search(own) is not None
                          and not any(_ACTION_OPENING.match(item) or _DIGIT.search(item) for item in items))
        # (达到服务能力标准的乡镇卫生院、社区卫生服务中心占比…: what the first item's 的 says is said of all of them)
        # (not …的政企联络微信群、覆盖|21万家: a verb before the number opens a clause of its own;
        # not 从1944年建县之初的一穷二白、…: words with a year say when, not which things)
        # (中央财政安排国有企业下岗职工基本生活保障专项补助、再就业补助209亿元: kinds of one fund, after the verb
        # that spends them all)
        if (funds := _funds_listed(items, own)) >= 0:
            return opening + funds
        said, _, first = items[0].rpartition("的")
        first = first if said and own[-1:] not in _VERB_ENDS and "年" not in said else items[0]
        if not 2 <= len(first) <= first_max or any(not 2 <= len(item) <= _LIST_ITEM_MAX for item in items[1:]) or (
                _OWN_PREDICATE.search(own) and not _SHARED_PREDICATE.search(own) and not shares and not modifiers
                and not kinds):
            return clause  # 全部达到省级创建标准、至少有1个国家级称号: the number's clause says its own verb
        return opening  # 制造业贷款余额、科技贷款余额均增长11.7%: 均 says the verb is the whole list's

    def _evidence_trail(self, c: _Candidate, core: str, nxt: int) -> str:
        """The words after the number that its evidence and metric take."""
        trail = self._trail(c, core, nxt)
        if (_counts_heads(c.unit) or c.unit == "万") and _after_preposition(self.s, c.start):
            trail = _counted_noun(trail) or trail  # 在20个重点产业赛道|形成…: where it happens, not what
            if self.s[c.start - 1 : c.start] == "以":
                trail = trail.partition("为")[0] or trail  # 以10件民生实事|为引领的…: what the count names
        if (joined := trail.find("以及")) > 1:
            trail = trail[:joined]  # 14座风电场以及一批小水电: the list goes on to another thing
        if c.unit in _PEOPLE_UNITS and "人均" in trail and (people := _PEOPLE_BEFORE_PER_HEAD.match(trail)):
            trail = people.group(1)  # 4.3万名城乡居民|基础养老金人均每月增加20元: the people, not their pension
        if "是" in trail and c.unit not in _SHARES and (copula := _COPULA.search(trail, 2)) is not None and (
                trail.count("“", 0, copula.start()) == trail.count("”", 0, copula.start())):
            trail = trail[: copula.start()]  # 一亿多吨石油|是我国一笔很大的财富: what is said of the things, not them
        span = _SPAN_IN_TRAIL.search(self.s, c.end + 2, c.end + len(trail) + _SPAN_REACH)
        if span is not None and span.start() < c.end + len(trail):
            trail = trail[: span.start() - c.end]  # 141个项目|从设计、施工…直到开工生产的技术经验: not their course
        # (项目落地中以（酒泉）绿色生态产业园: a short gloss in the words counts for nothing)
        # (包头、阿拉善等6个|国家历史遗留废弃矿山生态修复示范工程: examples before 等 are no part of the metric)
        limit = 18 if len(core) < 3 or core.endswith("等") else 12
        if "（" in trail or "(" in trail:
            limit += sum(len(g) for g in _SHORT_GLOSS.findall(trail)) + sum(
                len(g) - 1 for g in _NAME_GLOSS.findall(trail) if not _SHORT_GLOSS.fullmatch(g[1:]))
        if len(trail) > limit + _TRAIL_SLACK and not _MODIFIED_NOUN.fullmatch(trail) and not (
                _counts_heads(c.unit) and _LISTED_MODIFIERS.fullmatch(trail)) and not (
                "、" in trail and len(trail) <= _FOR_WHOM_LIST_MAX and self._counted_for_whom(c.start)):
            trail = _cut_trail(trail, limit)  # not 入选全国首批重点培育名|单: a clause a few characters over is whole
        trail = trail.rstrip(" \u3000\t")  # 完成危桥改造83座 。: a space before the stop measures nothing
        while trail.endswith(_TRAIL_DROP) and not _closes_quote(trail) and not trail.endswith(_WORDS_ENDING_IN_JOIN):
            trail = trail[:-1]
        if c.end + len(trail) == nxt:  # 为29个省份保供煤炭|超|35亿吨: how near the next figure is, not this one's
            trail = _TRAIL_COMPARATOR.sub("", trail)
        return trail

    def _counted_for_whom(self, at: int) -> bool:
        """Whether the count at ``at`` follows a preposition (为超|2000名…, 对|4.5万名…): those a thing is done for."""
        s = self.s
        return _after_preposition(s, at) or _COUNT_AFTER_PREPOSITION.search(s, max(0, at - 5),
                                                                           _bound_start(s, at)) is not None

    def _lists_as_many(self, clause: int, core: str, c: _Candidate) -> bool:
        """Whether the words before a count list as many items, or are the last item of such a list, with no
        number among them (not 凤凰大道等8条: examples)."""
        if (not core or core[-1] == "等" or c.unit not in _COUNTERS or c.value is None or c.value_max is not None
                or not 2 <= c.value <= _LISTED_MAX):
            return False
        if "、" in core:
            return core.count("、") + 1 == c.value
        if clause < 1 or self.s[clause - 1] != "、":
            return False
        opening = self._back(_TIME_CLAUSE_END, clause)
        while opening > 1 and self.s[opening - 1] == "）" and (gloss := _GLOSSED_ITEM.search(
                self.s, max(0, opening - _PARENTHESIS_REACH), opening)) is not None:
            opening = self._back(_TIME_CLAUSE_END, gloss.start() + 1)  # 铁路（惠州西站）、海港（…）、…4个枢纽
        if bisect_left(self.number_starts, opening) != bisect_left(self.number_starts, clause):
            return False
        return self.s.count("、", opening, clause) + 1 == c.value

    def _clause_through_quotes(self, pos: int) -> int:
        """The clause's start, read back to the opening mark of a quoted name it starts inside: in
        “企业认定、政府认账”授权企业8063家 the 、 of the name ends no clause."""
        clause = self._clause_through_parentheses(pos)
        words = self.s[clause:pos]
        for opening, closing in (("“", "”"), ("「", "」")):
            close = words.find(closing)
            if close >= 0 and opening not in words[:close]:
                found = self.s.rfind(opening, max(0, clause - _QUOTE_REACH), clause)
                inside = found >= 0 and closing not in self.s[found:clause]
                if inside and not _SENTENCE_END.search(self.s, found, clause):
                    return self.clause_start(found)
        return clause

    def clause_end(self, pos: int) -> int:
        """The first clause end at or after ``pos`` (the end of the text if none)."""
        last_pos, last_found = self._last_end
        if last_pos <= pos <= last_found:  # no clause end in last_pos:last_found
            return last_found
        m = _CLAUSE_END.search(self.s, pos)
        while m is not None and m.start() > 0 and _LEVEL_PAIR.match(self.s, m.start() - 1):
            m = _CLAUSE_END.search(self.s, m.end())  # 获评国、省级特色产业集群: one noun
        found = m.start() if m else len(self.s)
        self._last_end = (pos, found)
        return found

    def _clause_end_through_parentheses(self, pos: int, nxt: int) -> int:
        """The clause's end, read through a short parenthesis inside the noun after a number: 11个市（州）分岛
        is one clause; 2300元（2010年不变价） glosses the number, and a parenthesis with a number of its own,
        八百吨合成氨（合三千吨硫酸铵）, or before the next one, 83个县（市、区）的3409个贫困村, is left alone."""
        end = self.clause_end(pos)
        quote = self.s.rfind("“", pos, end)
        if quote >= 0 and "”" not in self.s[quote:end] and 0 < (close := self.s.find("”", end, end + 16)) < nxt:
            end = self.clause_end(close)  # 87条“县城—中心镇—重点村”发展轴: a quoted name holds its own marks
        if end == pos and not _UNIT_ALTERNATIVE.match(self.s, pos):
            return end  # 2300元（2010年不变价）: a gloss of the number, not of a noun after it
        for _ in range(_PARENTHESES_IN_A_NOUN):  # 3个县（区）人民医院改（扩）建: one after another
            opening = self.s[end : end + 1]
            if opening not in ("（", "("):
                return end
            # (410个“两基”（基本普及九年义务教育和基本扫除青壮年文盲）攻坚县: a quoted name's gloss spells it out)
            reach = 2 * _PARENTHESIS_REACH if self.s[end - 1 : end] == "”" else _PARENTHESIS_REACH
            close = self.s.find("）" if opening == "（" else ")", end + 1, end + 1 + reach)
            if close < 0 or close + 1 >= len(self.s) or _CLAUSE_END.match(self.s, close + 1):
                return end  # a gloss that ends the clause: 地区生产总值增长8%（GDP）
            through = self.clause_end(close + 1)
            # (20个“两基”（普及和扫盲）攻坚县|已有15个…: the noun runs on to what the next number reports of it)
            acts = _COUNTED_NOUN_END.search(self.s, close + 2, nxt)
            if nxt < through and not _JOIN.search(self.s, close + 1, nxt) and acts is None:
                return end  # (281个小城镇（中心村）电网改造和126个…: the next number is another item's)
            end = through
        return end

    def sentence_start(self, pos: int) -> int:
        found = self._sentences.get(pos)
        if found is None:
            found = self._sentences[pos] = self._back(_SENTENCE_END, pos)
        return found

    def paragraph_start(self, pos: int) -> int:
        before = bisect_left(self.newlines, pos)
        return self.newlines[before - 1] + 1 if before else 0

    def _lead_start(self, start: int, pos: int) -> int:
        """Where the words before the number at ``pos`` start, from ``start``: after what the count before
        singles out of (206个市级重点项目特别是|11个…), then after connectives and a time that open them."""
        lead = self.s[start:pos]
        if "是" in lead and (singled := max(lead.rfind("特别是"), lead.rfind("尤其是"))) >= 0:
            start += singled + 3
            lead = lead[singled + 3 :]
        while stripped := (_LEAD_CONNECTIVE.match(lead) or _LEAD_TIME.match(lead)):
            start += stripped.end()
            lead = lead[stripped.end() :]
        return start

    def _outside_aside(self, core: str, lead_at: int, pos: int) -> str:
        """畜牧业(占比x%)增速…: a measure in or after a parenthesised aside is of the noun before the aside;
        ``lead_at`` is where ``core`` starts, ``pos`` where its number does."""
        s = self.s
        if not core:  # 投资额（包括经济、文教…）共为86.3亿元: nothing but the aside before it, the noun before that
            after_aside = s[lead_at - 1 : lead_at] == "）"
            return self._beside_aside("）", lead_at - 1, self.sentence_start(pos)) if after_aside else ""
        if lead_at > 0 and s[lead_at - 1] in "（(":
            core, lead_at = s[lead_at - 1] + core, lead_at - 1  # 畜牧业(占比x%): a share inside the aside
        if core[0] in "）)" or (core[0] in "（(" and not _CLOSES_ASIDE.search(core)):
            return self._beside_aside(core, lead_at, self.sentence_start(pos))
        return core

    def _beside_aside(self, core: str, at: int, clause: int) -> str:
        s = self.s
        opening = at if core[0] in "（(" else max(s.rfind("（", clause, at), s.rfind("(", clause, at))
        if opening <= clause:
            return core.lstrip("）)")
        noun = re.split(r"[，,、；;：:的]", s[clause:opening])[-1]
        head = _METRIC_HEAD.match(noun)
        noun = noun[head.end() :] if head else noun
        plain = 2 <= len(noun) <= _ASIDE_NOUN_MAX and not _FIGURE_CHARS.search(noun)  # not 造价高达二百四十元
        return noun + core[1:] if plain else core[1:]

    # the quantity ---------------------------------------------------------------------------------
    def build(self, c: _Candidate, prev_end: int, nxt: int, prev_metric: str,
              before_semicolon: str = "") -> tuple[Quantity, str]:
        """The quantity, and its metric on the simplified copy (for the next one in the sentence);
        ``before_semicolon``: the metric of the last quantity of the ；-clause just before this one's."""
        s = self.s
        if prev_end == self.counted[0]:
            prev_end = self.counted[1]  # 1000个省级重点产业项目完成投资1865.7亿元: the projects' investment
        own_clause = self._clause_through_quotes(c.start)
        clause = start = self._through_noun_list(own_clause, prev_end)
        start = max(start, prev_end)  # 地区生产总值增长8%，达到296亿元: the second starts after the first
        start = self._lead_start(start, c.start)
        start = _past_item_number(s, start, c.start)
        lead = s[start : c.start]
        # 获批抗疫特别国债、地方政府专项债券、中央和省预算内投资项目174项: a list the number sums up is whole
        if len(lead) > _LEAD_MAX and not (clause < own_clause and len(lead) <= _SUBJECT_REACH):
            start = self._long_lead_start(clause, start, c.start)
            lead = s[start : c.start]
        head = _METRIC_HEAD.match(lead)  # anchored: one match at most
        core = _after_deadline(_without_rate_base(_without_tails((lead[head.end() :] if head else lead).strip(
            " \u3000\t"))))
        core = "" if core and core.strip(_GROWTH_ADVERBS) == "" else core  # …的钢的生产能力，就有142万吨: an adverb
        # 其中在一九五三和一九五四两年合计|就有二百万亿元: the years a part of the figure before fell in, no measure
        core = "" if prev_metric and _YEARS_TALLIED.fullmatch(core) else core
        # 由39个精简为|32个: all the words before it say what the measure before changed to (为 kept to say so)
        core = lead if prev_metric and lead[-1:] in "到至为" and _CHANGED_TO.fullmatch(lead) else core
        core = lead if prev_metric and lead in ("超额完成", "超额") else core  # …，超额完成|2780户: see _done_over
        if core.endswith(_RUN_ENDS) and (run := _RUN_OF_YEARS.search(core)):
            core = _strip_suffixes(core[: run.start()], _METRIC_TAIL)  # 优良率连续五年保持100%: how long it held
        core = self._outside_aside(core, c.start - len(lead) + (head.end() if head else 0), c.start)
        if self._lists_as_many(clause, core, c) and self._trail(c, "", nxt):
            core = ""  # 与A、B、C、D4个国家公园建立…: the list names what the count counts, the words after it
        trail = self._evidence_trail(c, core, nxt)
        end = c.end + len(trail)
        while start < c.start and s[start] in " \u3000“”\"「」》）)":
            if _QUOTE_PAIRS.get(s[start], "\n") in s[start + 1 : c.start]:
                break  # “回迁难”项目74个: a quoted name opens the evidence, both its marks in it
            start += 1
        # 工业总产值：一九五三年…; …宏观调控目标，定为百分之八至九: the clause says only when, or what it is set to
        dated_clause = _YEAR_ONLY.fullmatch(core) is not None or (
            not core and (self._opens_with_time(clause) or _SET_TO.fullmatch(lead) is not None))
        # …增长19%，全省进出口总值创历史新高，|达到5379亿元: the clause between names what it measures
        prev_metric = "" if prev_metric and (
            (not core and self._subject_between(clause))
            or ((not core or dated_clause) and self._share_named_before(clause))
            # …能耗下降3.27%，化学需氧量、二氧化硫排放总量首次出现双下降，|比上年分别下降…: the topic between
            or (core.startswith(("比", "较")) and _GROWTH.match(core) is not None and self._topic(clause) != "")
        ) else prev_metric
        prev_metric = (self._measure_paced_before(clause) or prev_metric) if not core else prev_metric
        prev_metric = self._milestone_before(prev_metric, c, core, prev_end, clause)
        if not prev_metric and (_GROWTH.match(core) or dated_clause):
            # …经费，从2002年1288亿元增加到2007年的3664亿元: the topic's; 工业总产值：一九五三年比…增长: the label's
            prev_metric = self._measure_changed(core, clause, dated_clause, before_semicolon)
        prev_metric = _firms_counted_before(prev_metric, core, before_semicolon)
        ranked = (self._ranked(clause) or self._label(clause)) if not core and not trail else ""
        counted = _counts_things(c.unit)
        share = c.unit in _SHARES or (c.unit is None and (s.find("分之", c.start, c.end) >= 0  # 三分之二, too
                                                          or s.find("/", c.start, c.end) >= 0))  # 1/10 as well
        metric = self._with_subject(ranked or _metric(core, trail, prev_metric, share, counted,
                                                      modified=counted and s[c.start - 1 : c.start] == "的",
                                                      after=s[c.end : c.end + 14] if c.unit in _CAPACITY_UNITS else "",
                                                      # 由44%提高到45%，即提高1%: a restated change of a share
                                                      points=c.unit in _POINTS or lead.startswith("即"),
                                                      after_rate=share and not s.endswith("百分点", 0, prev_end))
                                    or self._ranked(clause), clause, bool(trail)) or self._sentence_subject(clause)
        metric = _work_of_doer(metric, core, lead, trail, share)
        metric = self._opened_on(metric, clause, prev_metric)
        metric = _covered(_SAID_GROWTH.sub("", _without_done(metric, c.unit in _SHARES)), c, s)
        metric = _NOTE_MARK.sub("", metric) if "[" in metric or "［" in metric else metric  # 四大主导产业［2］
        if (head is not None and not core and c.unit in _SHARES and prev_metric and metric != prev_metric
                and _STRIVE.fullmatch(lead.strip(" ，,")) and _GROWTH_TAIL.sub("", prev_metric) == metric):
            metric = prev_metric  # 地区生产总值增长7.5%左右，力争8%: the growth it strives for
        metric = _without_of_which(metric) if counted and s.startswith(("，", ","), end) else metric
        metric = self._sum_with_added(_tallied(metric, lead, prev_metric), lead, clause)
        metric = self._measure_before_colon(self._labelled(metric, clause), clause)
        metric = self._those_of_paragraph(self._of_topic(metric, lead, clause), clause)
        # 一九五八年的职工工资总额，计划安排为|一百五十八亿元: the topic is what is allocated
        metric = (self._topic(clause) or metric) if metric in _ALLOCATIONS else metric
        metric = self._named_in_full_before(metric, clause) if counted else metric
        metric = self._part_of_works_before(self._contribution_of(metric, clause, prev_metric), clause)
        metric = self._place_of_opening_measure(metric, clause)
        metric = self._fund_of_clause_before(self._total_of_subject(metric, clause), clause)
        metric = self._output_of_produce(metric, min(start, clause))
        metric = self._size_of_industry_before(metric, clause) if metric in _BARE_INDUSTRY_SIZES else metric
        metric = self._of_sector_told(metric, clause, prev_metric) if _SECTOR_MEASURE.fullmatch(metric) else metric
        metric = self._act_named_before(metric, clause) if 2 <= len(metric) <= 3 else metric
        metric = self._output_of_example(metric, clause) if metric.endswith("生产") else metric
        metric = self._rate_of_work_before(metric, clause) if metric in _BARE_WORK_RATES else metric
        metric = self._participation_in(lead, clause) or metric if metric in ("参与", "参加") else metric
        metric = self._insured_in(clause) or metric if metric == "参保" else metric
        metric = _output_of_firms(metric, prev_metric) if metric in _FIRM_OUTPUTS else metric
        metric = _handling_of_proposals(metric, prev_metric) if metric in _HANDLING_RATES else metric
        metric = self._investment_of_named(metric, core, trail, end) if core in _INVESTMENT_WORDS else metric
        # 中央财政将安排|2762亿元: when it is allocated, not what (计划安排 stays: 政府投资计划 is a noun)
        metric = _WILL_ALLOCATE.sub("", metric) if "安排" in metric or "投入" in metric else metric
        metric = self._allocated_for(metric, c, end)
        # (the purpose whole: the evidence ends where its clause does, not inside a cut word or a gloss)
        metric = _money_for_purpose(metric, lead, trail) if (c.unit or "").endswith("元") and trail and (
            end == len(s) or s[end] in "，,。；;、\n") else metric
        metric = self._share_of_subject(metric, clause, prev_metric, before_semicolon)
        metric = self._benefit_of(metric, c.start)
        metric = self._firm_of(metric, c.start)
        metric = self._aspect_opened(metric, c.start)
        metric = self._rate_of_service_before(self._total_of_done_before(metric, clause), clause)
        metric = self._change_of_state_told(metric, clause)
        if ((metric in _BARE_ACTS or (not metric and _BARE_COUNT_ACT.fullmatch(lead) is not None)) and clause > 0
                and s[clause - 1] in "，,"):
            # 推进植树造林，新增5.25万亩: the planting's; 在小区设置平价蔬菜超市，年内完成20个: the supermarkets
            activity = self._activity_before(clause, counted=not metric)
            metric = activity if activity.endswith(metric) else activity + metric
        shown, unit = metric, c.unit
        if self.converted:  # the metric and the unit in the document's own script (the unit half-width)
            shown = self._original(metric, max(0, start - 40), end)
            unit = self._original(unit, c.start, c.end).replace("％", "%") if unit else unit
        elif s is not self.text and (_HALF_WIDTH_SIGNS.search(metric) or "〇" in metric):  # full-width signs, ○ zeros
            shown = self._original(metric, max(0, start - 40), end)
        milestones = _milestones_passed(self.text[c.end : end], counted)
        shown += milestones
        # 连续跨过3个万亿元大关: the steps passed are counted, so the verb sets no floor on their number
        comparator = "exact" if milestones and c.comparator == "at_least" else c.comparator
        shown = self._quoted_name_around(shown, c.end) if "“" in shown else shown  # (the next still reads it)
        kind, year, year_text = self._kind_and_year(c, clause, trail)
        q = Quantity(
            kind=kind, evidence=self.text[start:end], metric=shown, value=c.value, value_max=c.value_max,
            unit=unit, comparator=comparator, deadline_year=year, deadline_text=year_text,
            redacted=c.redacted, start=start, end=end,
        )
        return q, metric

    def _fund_of_clause_before(self, metric: str, clause: int) -> str:
        """强化项目前期经费保障，市本级安排|5000万元: what an allocation allocates, named by the clause before."""
        if not metric.endswith(_ALLOCATION_ENDS) or clause < 2 or self.s[clause - 1] not in "，,":
            return metric
        before = self.s[self.clause_start(clause - 1) : clause - 1]
        fund = _FUND_NAMED.fullmatch(before)
        return metric + fund.group(1) if fund else metric

    def _allocated_for(self, metric: str, c: _Candidate, end: int) -> str:
        """今年中央财政拟投入423亿元，用于扶助和促进就业: an allocation that names no purpose of its own is for
        what 用于 after it says."""
        if not (c.unit or "").endswith("元") or not metric.endswith((*_ALLOCATION_ENDS, "投资", *_FUNDS)):
            return metric
        # (…423亿元|，用于…; 中央财政拿出396亿元用于转移支付: the purpose inside the evidence too)
        purpose = _USED_FOR.match(self.s, end) or _USED_FOR.match(self.s, c.end)
        return metric + "用于" + purpose.group(1) if purpose else metric

    def _output_of_produce(self, metric: str, start: int) -> str:
        """粮食生产克服…再获丰收、|总产达93.87亿斤; 海洋和淡水的渔业生产，|一九五九年的产量…: a bare output after
        the clause that names what is produced is that produce's."""
        if metric not in _BARE_OUTPUTS or start < 2 or self.s[start - 1] not in "，,、":
            return metric
        opening = self.clause_start(start - 1)
        produce = _PRODUCE_OPENING.match(self.s, opening, start - 1)
        return produce.group(1).removesuffix("的") + metric if produce else metric

    def _total_of_subject(self, metric: str, clause: int) -> str:
        """招商引资到位资金连续四年实现百亿元级增长，|总额达到…; 经营主体持续壮大。|总量接近800万户: a bare total
        of what the clause (or the short sentence) before is about, when it opens on that noun and a word of how
        it went."""
        if (metric and metric not in _BARE_TOTALS and metric not in SHARED_MEASURES
                and not _BARE_CHANGE.fullmatch(metric)) or clause < 2 or self.s[clause - 1] not in "，,。":
            return metric
        opening = self.clause_start(clause - 1)
        if opening > 0 and self.s[opening - 1] == "、":
            return metric  # 医疗废物、…、城市污水处理能力不断提高，|处理率分别…: the clause ends a list, each its own
        before = self.s[opening : clause - 1]
        subject = _SUBJECT_GOING.match(before) if len(before) <= _SUBJECT_CLAUSE_MAX else None
        return subject.group(1) + metric if subject else metric

    def _milestone_before(self, prev_metric: str, c: _Candidate, core: str, prev_end: int, clause: int) -> str:
        """…，财政民生支出突破万亿元、|占比稳定在80%: a share is of the measure that reached a round figure said in
        words just before it, not of the figure before that."""
        if not prev_metric or c.unit not in _SHARES or not core.startswith("占"):
            return prev_metric
        milestone = _MILESTONE_BEFORE.search(self.s, prev_end, clause)
        return milestone.group(1) if milestone is not None else prev_metric

    def _share_of_subject(self, metric: str, clause: int, prev_metric: str, before_semicolon: str = "") -> str:
        """经济总量…占全国比重由7.2%提升至7.4%，|在北方地区占比…; 服务业快速发展，|在国内生产总值中占比提高…: a share
        said with no subject is of the subject of the share before, or of the clause before."""
        if metric.endswith("占") and self.s.startswith("占", clause) and clause >= 2 and self.s[clause - 1] in "，,、":
            # 工业一枝独大、占64.7%; 油化产业处于绝对支配地位、占80.5%: the share of what leads
            before = self.s[self.clause_start(clause - 1) : clause - 1]
            leader = _LEADING_PART.fullmatch(before) if len(before) <= _SUBJECT_CLAUSE_MAX else None
            return leader.group(1) + "占比" if leader else metric
        bare = _BARE_SHARE_OF.fullmatch(metric)
        if bare is not None and clause >= 2 and self.s[clause - 1] in "，,":
            # 其中参加高级合作社的农户，|已经占总农户的60%左右: the share is of what the clause before names
            before = _METRIC_HEAD.sub("", self.s[self.clause_start(clause - 1) : clause - 1])
            if (_SHARE_SUBJECT.fullmatch(before) and "是" not in before and not _NUMBER_OPENINGS.intersection(before)
                    and ("的" in before or _names_measure(before))):
                return before + bare.group(1)
        if not _SUBJECTLESS_SHARE.match(metric):
            return metric
        owner = _SHARE_OWNER.match(prev_metric) if prev_metric else None
        # (…在国内商业批发中所占的比重，由…；在社会零售中所占的比重，由…: the owner of the share across the ；)
        owner = owner or (_SHARE_OWNER.match(before_semicolon) if before_semicolon else None)
        if owner is not None:
            return owner.group(1) + metric
        if clause < 2 or self.s[clause - 1] not in "，,":
            return metric
        before = self.s[self.clause_start(clause - 1) : clause - 1]
        subject = _SUBJECT_GOING.match(before) if len(before) <= _SUBJECT_CLAUSE_MAX else None
        return subject.group(1) + metric if subject else metric

    def _aspect_opened(self, metric: str, pos: int) -> str:
        """非常规天然气发展方面，…，力争产量突破200亿立方米: a bare measure of the thing its sentence's aspect names."""
        if metric not in SHARED_MEASURES and not (metric.startswith("新增") and metric[2:] in SHARED_MEASURES):
            return metric
        aspect = _ASPECT_OPENING.match(self.s, self.sentence_start(pos), pos)
        return (aspect.group(1) or aspect.group(2) or aspect.group(3)) + metric if aspect else metric

    def _firm_of(self, metric: str, pos: int) -> str:
        """双矿集团在…困境下，产量达到1108万吨，上缴税金4.6亿元: a firm's own measures, of the firm its sentence
        opens on."""
        if metric not in _FIRM_MEASURES:
            return metric
        firm = _FIRM_OPENING.match(self.s, self.sentence_start(pos), pos)
        return firm.group(1) + metric if firm else metric

    def _benefit_of(self, metric: str, pos: int) -> str:
        """大病保险制度基本建立、已有|1700多万人次受益: those who benefit, from the scheme the clause before set up."""
        if metric not in _BENEFITS:
            return metric
        stop = last_mark(self.s, "，,、", pos)
        if stop < 1:
            return metric
        before = self.s[last_mark(self.s, "，,、。；\n", stop) + 1 : stop]
        scheme = _SCHEME_SET_UP.fullmatch(before)
        return next(g for g in scheme.groups() if g) + metric if scheme else metric

    def _part_of_works_before(self, metric: str, clause: int) -> str:
        """积极推进庞公滨江生态商务区建设，集中精力建设2.13平方公里|核心区: the core area is the district's."""
        works = self._works_before(clause) if metric in _AREA_PARTS else ""
        return works + metric

    def _contribution_of(self, metric: str, clause: int, prev_metric: str) -> str:
        """服务业增加值增长8%，|对经济增长的贡献率|达46%: a contribution is of what the figure before measured, or
        of what its sentence opened on (第三产业增速分别高于…，对经济增长的贡献率…)."""
        if not metric.startswith("对") or not _CONTRIBUTION.fullmatch(metric):
            return metric
        subject = _subject_of(_GROWTH_TAIL.sub("", prev_metric)) if prev_metric else ""
        if not subject:
            opening = _SECTOR_OPENING.match(self.s, self.sentence_start(clause), clause)
            subject = opening.group(1) if opening else ""
        return subject + metric

    def _place_of_opening_measure(self, metric: str, clause: int) -> str:
        """一九七一年到一九七八年的人口自然增长率，四川省由…降到…，|上海市|由千分之七…: a place's figure of the
        measure its sentence opened on, alone in a clause with no number."""
        if not _PLACE_ONLY.fullmatch(metric):
            return metric
        start = self.sentence_start(clause)
        comma = _CLAUSE_COMMA.search(self.s, start, clause)
        if comma is None or bisect_left(self.number_starts, start) != bisect_left(self.number_starts, comma.start()):
            return metric
        measure = self.s[start : comma.start()].rpartition("的")[2]
        return metric + measure if 2 <= len(measure) <= 10 and _names_measure(measure) else metric

    def _named_in_full_before(self, metric: str, clause: int) -> str:
        """抓好全国老旧小区改造试点，|完成改造试点10个以上: the things a count names short, named in full by the
        clause before (one with no number of its own) that pushes on with them."""
        verb = _ADDING_VERB.match(metric)
        verb_end = verb.end() if verb else 0
        if verb and len(metric) - verb_end < 4 and verb.group().endswith(("改造", "建设")):
            verb_end -= 2  # 完成|改造试点: the second verb is the noun's
        noun = metric[verb_end:] if verb else ""
        opening = self._clause_before_without_number(clause) if len(noun) >= 4 else None
        if opening is None:
            return metric
        before = self.s[opening : clause - 1]
        full = _PUSHED_ON.fullmatch(before)
        if full is None or not full.group(1).endswith(noun) or len(full.group(1)) < len(noun) + 2:
            return metric
        return metric[:verb_end] + full.group(1)

    def _those_of_paragraph(self, metric: str, clause: int) -> str:
        """轻工业。…共计九十二个。…这些项目，在今年内可以建设完工的有|三十一个: 'these' of a paragraph opened by a
        label are the label's."""
        if not metric.startswith(_THOSE):
            return metric
        line = self.s.rfind("\n", 0, clause) + 1
        label = _PARAGRAPH_LABEL.match(self.s, line)
        return label.group(1) + metric[2:] if label else metric

    def _of_topic(self, metric: str, lead: str, clause: int) -> str:
        """燃料工业的建设项目，在今年内可以建设完工的有|52个: those of the topic before, with the topic."""
        if not lead.endswith(_THOSE_WHICH) or clause == 0 or self.s[clause - 1] not in "，,":
            return metric
        topic = self._topic(clause, dated_clause=True)
        return topic + metric if topic and not metric.startswith(topic) else metric

    def _change_of_state_told(self, metric: str, clause: int) -> str:
        """工农业总产值的情况也是这样：一九五八年比一九五七年增长百分之六十五…；一九五九年比一九五八年计划增长…: a bare
        change is of the measure whose state the sentence tells after its colon."""
        if (told := _STATE_TOLD.match(metric)) is not None and _BARE_DATED_CHANGE.fullmatch(metric, told.end()):
            return told.group(1) + metric[told.end() :]  # (the topic read with the words that tell it)
        if not _BARE_DATED_CHANGE.fullmatch(metric):
            return metric
        opening = self._full_sentence_start(clause)
        colon = self.s.rfind("：", opening, clause)
        told = _STATE_TOLD.search(self.s, opening, colon) if colon > 0 else None
        return told.group(1) + metric if told is not None and told.end() == colon else metric

    def _rate_of_service_before(self, metric: str, clause: int) -> str:
        """办理12345政务服务热线来电来信48.2万余件，|群众满意率99.5%: a bare satisfaction rate is of what the clause
        before handles (one thing, not a list)."""
        if metric not in _SERVICE_RATES or clause < 2 or self.s[clause - 1] not in "，,":
            return metric
        opening = self.clause_start(clause - 1)
        handled = _HANDLED.match(self.s, opening, clause - 1)
        if handled is None or "、" in self.s[handled.end() : clause]:
            return metric
        return handled.group(1) + metric

    def _total_of_done_before(self, metric: str, clause: int) -> str:
        """资助残疾人大学生和困难残疾人家庭子女大学生，合计|6300名: a bare total counts what the clause before (with
        no number of its own) does, to whom."""
        if metric not in _BARE_TALLIES or (opening := self._clause_before_without_number(clause)) is None:
            return metric
        done = _DONE_BEFORE_TOTAL.fullmatch(self.s, opening, clause - 1)
        return done.group(1) if done else metric

    def _activity_before(self, clause: int, counted: bool = False) -> str:
        """The activity the clause before ``clause`` names with no number of its own (推进植树造林，|新增…), or, for
        a count (``counted``), the things that clause ends by setting up (…设置平价蔬菜超市，|完成20个), or ''."""
        opening = self.clause_start(clause - 1)
        if bisect_left(self.number_starts, opening) != bisect_left(self.number_starts, clause):
            return ""  # a number stands in it: it measures something of its own
        found = _ACTIVITY.fullmatch(self.s, opening, clause - 1) or (
            _THINGS_SET_UP.fullmatch(self.s, opening, clause - 1) if counted else None)
        return _PACE_TAIL.sub("", found.group(1)) if found else ""  # 加快棚户区改造步伐: the works, not their pace

    def _measure_changed(self, core: str, clause: int, dated_clause: bool, before_semicolon: str) -> str:
        """What a change with no measure of its own (``core``) changes: the topic or label before it, or, for a
        change against a base opening its ；-clause, the measure of the clause before (``before_semicolon``)."""
        found = self._topic(clause, dated_clause) or self._label(clause)
        if not found and clause == self.sentence_start(clause) and _COMPARED_CHANGE.fullmatch(core):
            return before_semicolon  # …，即增加一倍多；一九五八年又比一九五七年增加百分之五十
        return found

    def _listed_end(self, c: _Candidate, clause_end: int, nxt: int) -> int:
        """Where a count's noun ends when a 、 follows its clause's first part (``clause_end``): past the nouns or
        titles it lists, or there."""
        s, listed, reach = self.s, None, 6
        if self._counted_for_whom(c.start):
            # 为超2000名视力、听力、肢体等残疾儿童|免费提供…: those it is done for, listed up to what is done
            listed, reach = _LISTED_FOR_WHOM.match(s, clause_end), 12
        if listed is None:
            listed, reach = _LISTED_NOUNS.match(s, clause_end), 6
        if listed and 0 < clause_end - c.end <= reach and listed.end() <= nxt:
            return listed.end()  # 引进10家以上天使、创投及股权投资机构: the count counts them all
        if _HONOURED.search(s, c.end, clause_end):
            # 8家企业获评国家领航级、|卓越级智能工厂: the titles won, listed to the clause's end
            titles = _TITLES_LISTED.match(s, clause_end)
            return titles.end() if titles is not None and titles.end() <= nxt else clause_end
        return clause_end

    def _trail(self, c: _Candidate, core: str, nxt: int) -> str:
        """After the number, the rest of its clause (the noun it counts: 建设77个党建共同体); when another
        number follows in the clause, only up to a conjunction (50家领军企业和100家链主企业): words with
        no conjunction lead to the next number (从8.7万元提高到12万元, 3345亿元的517个项目), but for a count
        that opens its clause, its noun (286个市重点项目分别完成…)."""
        s = self.s
        clause_end = self._clause_end_through_parentheses(c.end, nxt)
        if nxt >= clause_end:
            unit = c.unit or ""
            counter = unit in _COUNTERS or (unit[-1:] in _COUNTERS and unit[:-1] in ("万", "千"))
            if counter and s.startswith("、", clause_end):
                clause_end = self._listed_end(c, clause_end, nxt)
            if (counted := _JOINED_WORD_COUNT.search(s, c.end, clause_end)) is not None:
                clause_end = counted.start()  # 两万多亩批而未供土地|和十个…项目: a count in words of its own
            return s[c.end : clause_end]
        join = _JOIN.search(s, c.end, nxt)
        while join and s.rfind("（", c.end, join.start()) > s.rfind("）", c.end, join.start()):
            # 410个“两基”（基本普及…和基本扫除…）攻坚县: a 和 inside a gloss joins no second subject
            closing = s.find("）", join.end(), nxt)
            join = _JOIN.search(s, closing + 1, nxt) if closing >= 0 else None
        if join and _LEVELS_JOINED.match(s, max(c.end, join.start() - 2)) is not None:
            join = None  # 13宗重大项目获国家和省批复用地…: levels of government joined, no second subject
        if join and not (c.unit in _COUNTERS and _JOINED_MODIFIER.fullmatch(s, join.end(), nxt)):
            return s[c.end : join.start()]
        if join:  # 100多个国家及地区的200多个港口: both nouns the first counts, and whose the second is
            return s[c.end : nxt - 1]
        if (c.unit or "").endswith("元") and (fund := _FUND_THEN_USE.match(s, c.end, nxt)) is not None:
            self.counted = (fund.end(), c.end)  # 安排200亿元|技改专项资金|支持4441个…: the money's noun, then its use
            return fund.group()
        within = _WITHIN_PLACE.fullmatch(core) is not None  # 州内|8家金融机构|17个营业网点…: whose the next count is
        opens = (not core or core.endswith("等") or _FIELD_OF_EXAMPLES.search(core)  # …等领域320个共建重点项目完成…
                 or _BATCH_END.fullmatch(core) is not None  # 首批|10个|未来产业先导区集聚…企业超150家
                 or within or _LEVELS.fullmatch(core) is not None  # 市县两级|1300多名|干部共走访企业…
                 or _after_preposition(s, c.start)  # 共为36户企业发放…
                 or (c.unit in _COUNTERS and core[-1] in _VERB_ENDS)  # 成功解决291个|问题小区|6.8万多套房产的…
                 # 对…带关键性的|三十八个|科技项目的|一百个课题: a count its 的 modifies opens its noun, whose
                 # the next count's things are
                 or (c.unit in _COUNTERS and s[c.start - 1 : c.start] == "的" and s[nxt - 1 : nxt] == "的"))
        # 1467位|80岁以上低收入老年人|发放…: a noun that opens with a number of its own runs on past it
        # …4条|“2晚3天”精品旅游线路: a quoted name with numbers of its own, too
        runs_on = (nxt == c.end and _AGE_QUALIFIER.match(s, c.end)) or (
            s[c.end : c.end + 1] == "“" and s.find("”", c.end, clause_end) > nxt)
        words = s[c.end : clause_end if runs_on else nxt]
        # (为60.88万|城乡低保对象|发放…: a count scaled by 万 alone, for whom, counts the noun after it too)
        for_whom = (_counts_heads(c.unit) or c.unit == "万") and _after_preposition(s, c.start)
        heads = c.unit in _COUNTERS or for_whom or (
            not core and (c.unit or "")[-1:] in _COUNTERS)  # 全市|5.4万名|干部结对帮扶…: a count scaled
        trail = _counted_noun(words) if opens and heads else ""  # 为9373人次|就业困难人员|发放…: whom it was for
        if trail == words and "的" in trail[1:-1] and not runs_on:
            trail = trail.partition("的")[0]  # 涉及20个|老旧小区|的陈旧管网31.72公里: what's theirs, the next's
        if trail and not within:  # the next number's words start after the count, not after its noun
            self.counted = (c.end + len(trail), c.end)
        return trail

    def same_time(self, before: Quantity, q: Quantity) -> bool:
        """Whether a fact without a year of its own speaks of the year of the fact before it in its sentence:
        no time word stands between them (一九八一年国内财政收入减少一百多亿元，减少近百分之十)."""
        if q.kind != "fact" or before.kind != "fact" or before.deadline_year is None:
            return False
        if q.deadline_year is not None and not self._named_over_section(before, q):
            return False
        if _FROM_OR_TO.search(self.s, before.start, q.end):
            return False  # 从1944年…不足100万元，到…近300亿元; 由6.1%降到…: the numbers of a change are two times
        return bisect_left(self.time_starts, before.end) == bisect_left(self.time_starts, q.start)

    def _named_over_section(self, before: Quantity, q: Quantity) -> bool:
        """Whether ``q`` has only its section's year where the fact before it in its sentence has a year the
        sentence names (一、…一九五八年的伟大成就 … 如一九五七年钢材的自给率…，机械设备的自给率…: both 1957's)."""
        if q.deadline_year == before.deadline_year or self._paragraph_mode(q.start)[1] != q.deadline_year:
            return False
        lo = bisect_left(self.time_starts, self.sentence_start(before.start))
        hi = bisect_left(self.time_starts, before.end)
        return any(t.year == before.deadline_year and not t.relative and t.role == "point" for t in self.times[lo:hi])

    def changes_the_fact_before(self, before: Quantity, q: Quantity) -> bool:
        """Whether ``q`` is the change of the dated fact right before it, in a clause that names no time but its
        base (2023年规上工业增加值达到1200亿元，比2020年增长33%: of 2023 too, in a part that plans for 2024)."""
        if (q.deadline_text is not None or before.kind != "fact" or before.deadline_year is None
                or (q.kind == "fact" and q.deadline_year is not None)):
            return False  # a fact with a year has a time of its own (1984年，…在1979到1983年…的基础上，比上年增长)
        if self.s[before.end : q.start] not in ("，", ",") or not _CHANGE_OPENING.match(self.s, q.start):
            return False
        lo, hi = bisect_left(self.time_starts, before.end), bisect_left(self.time_starts, q.end)
        return all(t.role == "compare" for t in self.times[lo:hi])

    def changes_the_target_before(self, before: Quantity, q: Quantity) -> bool:
        """Whether a fact is the change of the planned figure right before it, in a clause that names no time but
        its base (一九五八年的基本建设总投资额，拟定为一百四十五亿元，比一九五七年的预计数增加了二十二亿元: the 了
        tells how the plan compares, not what was done)."""
        if (q.kind != "fact" or q.deadline_text is not None or before.kind != "target" or before.deadline_year is None
                or not q.metric.startswith(before.metric)):
            return False
        if self.s[before.end : q.start] not in ("，", ",") or not _CHANGE_OPENING.match(self.s, q.start):
            return False
        lo, hi = bisect_left(self.time_starts, before.end), bisect_left(self.time_starts, q.end)
        return all(t.role == "compare" for t in self.times[lo:hi])

    def goes_on_reporting(self, before: Quantity, q: Quantity, across: bool = False) -> bool:
        """Whether a target only by its section goes on with the past year's fact before it in its sentence:
        no time word, no cue of a target, and no change between them (一九五八年上半年小学生有三百一十九万人，
        中等学校学生三十一万人: both of 1958, in a part that plans for 1959). ``across``: the fact is in an
        earlier ；-clause of the sentence, none of which asks for anything (2024年共开展37期…；带动…213次)."""
        if (before.kind != "fact" or q.kind != "target" or q.deadline_text is not None or before.deadline_year is None
                or self.doc_year is None or before.deadline_year >= self.doc_year):
            return False
        if across and (_FULL_STOP.search(self.s, before.end, q.start) or _TARGET_CUE.search(
                self.s, self._back(_FULL_STOP, before.start), q.start)):
            return False  # …；力争…, or a sentence that plans from its start
        if (_FROM_OR_TO.search(self.s, before.start, q.end) or _COMPARED.search(self.s, before.start, q.start)
                or _TARGET_CUE.search(self.s, self.sentence_start(q.start), q.start)):
            return False  # 要在一九五八年增产…的基础上，再使…增加: the sentence demands; 与…作比较，则增长…
        return bisect_left(self.time_starts, before.end) == bisect_left(self.time_starts, q.end)

    def shares_target_year(self, before: Quantity, q: Quantity, sentence: int, across: bool) -> bool:
        """Whether a target left without a year goes on with the year of the target before it in its sentence,
        which a time word of the sentence gave it, with no time word between them (今年要新建学校10所，改造
        道路20公里: the roads are this year's too). ``across``: ``before`` is in an earlier sentence, which
        this one only breaks down (…一九八五年…。在工业总产值中，轻工业产值计划平均每年递增百分之五)."""
        if (q.kind != "target" or q.deadline_text is not None or before.kind != "target"
                or before.deadline_year is None or q.deadline_year == before.deadline_year):
            return False
        # (a year its section gave it yields to the sentence's own: 今后五年的主要目标是：…到2025年…分别达到…，
        # 现代农业产业园总产值超130亿元: 2025 too)
        if q.deadline_year is not None and (across or "比" in self.s[self.sentence_start(before.start) : q.end]):
            return False  # (not a figure set against another's: …比五年计划原定1957年…的水平超过133亿斤)
        # (其中，出口总额将达到…；进口总额将达到…: a breakdown's later ；-clause goes on with its year too)
        opening = self._full_sentence_start(sentence) if sentence > 0 and self.s[sentence - 1] in "；;" else sentence
        broken_down = _BREAKDOWN_OPENING.match(self.s, opening) is not None and opening <= before.start
        if across:
            if (sentence < 1 or self.s[sentence - 1] not in "。；;" or self.sentence_start(sentence - 1) > before.start
                    or not (_BREAKDOWN_OPENING.match(self.s, sentence) or (opening < sentence and broken_down))):
                return False
        else:
            lo, hi = bisect_left(self.time_starts, sentence), bisect_left(self.time_starts, before.end)
            if not any(t.year == before.deadline_year for t in self.times[lo:hi]) and not _BREAKDOWN_OPENING.match(
                    self.s, sentence) and not (opening < sentence and broken_down):
                return False  # the year is its section's, which would have dated this one too
        lo, hi = bisect_left(self.time_starts, before.end), bisect_left(self.time_starts, q.start)
        return all(self._aside(t.start) for t in self.times[lo:hi])  # （按一九五七年不变价格计算）: no time of its

    def _aside(self, pos: int) -> bool:
        """Whether ``pos`` stands inside a parenthesis (（按一九五七年不变价格计算）)."""
        opened = self.s.rfind("（", max(0, pos - _ASIDE_REACH), pos)
        return opened >= 0 and self.s.find("）", opened, pos) < 0

    def continues_target(self, before: Quantity, q: Quantity) -> bool:
        """Whether a fact only for want of a cue goes on with the dated target before it in its sentence (to
        its 。): nothing between them names a time (but a comparison's base) or the past (到一九八五年，粮食产量
        计划达到三亿六千万吨；棉花三百六十万吨: the cotton is for 1985 too)."""
        if (q.kind != "fact" or q.deadline_year is not None or q.deadline_text is not None
                or before.kind != "target" or before.deadline_year is None):
            return False
        if self._paragraph_mode(q.start)[0] in ("review", "recap"):
            return False
        if _FULL_STOP.search(self.s, before.end, q.start):
            return False
        if any(m.group() != "累计" for m in _FACT_CUE.finditer(self.s, before.end, q.end)):
            return False  # 而国内财政收入却下降了…: what was; but 新增1000处、累计达8000处 plans the total
        lo, hi = bisect_left(self.time_starts, before.end), bisect_left(self.time_starts, q.end)
        return all(t.role == "compare" for t in self.times[lo:hi])  # 其中一九八五年为…，比一九八〇年增加…: a base

    def _ranked(self, clause: int) -> str:
        """The measure the clause before ``clause`` ranks (高速公路通车里程全国第四、突破1万公里), or ''."""
        if clause < 2 or self.s[clause - 1] not in "、，,":
            return ""
        found = _RANKED.search(self.s, max(0, clause - 1 - _TOPIC_MAX), clause - 1)
        return _METRIC_HEAD.sub("", found.group(1)) if found else ""

    def _label(self, clause: int) -> str:
        """The label a line opens with, when the clause follows its colon (棉花：达到三千二百七十万担), or ''."""
        if clause < 2 or self.s[clause - 1] not in "：:":
            return ""
        opening = self._back(_SENTENCE_END, clause - 1)
        label = self.s[opening : clause - 1].strip(" \u3000")
        if not 0 < len(label) <= _LABEL_MAX or _LABEL_BREAK.search(label):
            return ""
        aspect = _ASPECT.fullmatch(label)  # 在工业农业总产值方面：…: the measure the aspect names
        return aspect.group(1) if aspect else label

    def _labelled(self, metric: str, clause: int) -> str:
        """铁：全部建成后增加的年产能力将为575万吨: the thing a line's short label names, before a metric that
        does not name it."""
        label = self._label(clause) if metric and self.s[clause - 1 : clause] in ("：", ":") else ""
        if metric and not label and self.s[clause - 1 : clause] in ("，", ","):
            # 钢：全部建成后…，五年内增加的年产能力为253万吨: the line's label names the clauses after its first too
            opening = self._back(_SENTENCE_END, clause - 1)
            line = _LINE_LABEL.match(self.s, opening, clause)
            label = line.group(1) if line else ""
        if (not 0 < len(label) <= _THING_LABEL_MAX or label in metric or _NOT_A_THING.search(label)
                or not _OF_A_THING.match(metric)):
            return metric  # 民生福祉：城镇居民人均可支配收入…: a heading's words, the metric names its own
        return label + metric

    def _measure_before_colon(self, metric: str, clause: int) -> str:
        """招生人数将为：高等学校十万九千人，…，小学二千零十七万人: the measure a list's colon opens on is each
        item's, whose words name only the thing."""
        sentence = self.sentence_start(clause)
        colon = self.s.rfind("：", sentence, clause)
        if (colon < 0 and 1 < len(metric) <= 4 and self.s.startswith(metric + "为", clause)
                and (topic := _TOPIC_THEN_ITEMS.search(self.s, sentence, clause))
                and _names_measure(_TOTAL_TAIL.sub("", topic.group(1)))):
            # 五年间的实际产量合计，|粮食为…，棉花为…: the measure a topic clause before the items names
            return metric + topic.group(1)
        if (colon < 0 or not 1 < len(metric) <= _LIST_ITEM_MAX or _names_measure(metric)
                or _GROWTH_TAIL.search(metric) or metric.endswith(("合计", "总计"))):
            return metric  # 粮食增长百分之十三点三: the item names its own change
        measure = _LIST_INTRO_TAIL.sub("", self.s[self.clause_start(colon) : colon]).rpartition("的")[2]
        if len(measure) > 8:  # 2025年主要农产品产量：粮食为…: the measure the long lead ends on
            measure = next((measure[k:] for k in range(len(measure) - 2, 0, -1) if _names_measure(measure[k:])), "")
        if not 2 <= len(measure) <= 8 or not _names_measure(measure) or measure in metric:
            return metric
        return metric + measure

    def _subject_between(self, clause: int) -> bool:
        """Whether the clause before ``clause`` has no number and says how a named measure went (全省进出口总值创历史
        新高，|…): a bare number after it is of that measure, not of the number's before it."""
        opening = self._clause_before_without_number(clause)
        subject = _SUBJECT_BEFORE_VERB.match(self.s, opening, clause - 1) if opening is not None else None
        return subject is not None and _names_measure(subject.group(1))

    def _measure_paced_before(self, clause: int) -> str:
        """…，全体居民人均可支配收入增速高于经济增速、|突破3万元: a bare figure after a measure told outpacing another,
        with no number of its own, is that measure's; '' otherwise."""
        if clause < 2 or self.s[clause - 1] != "、":
            return ""
        opening = last_mark(self.s, "，,。；;：:\n", clause - 1) + 1
        if bisect_left(self.number_starts, opening) != bisect_left(self.number_starts, clause):
            return ""
        paced = _PACE_COMPARED.fullmatch(self.s, opening, clause - 1)
        return paced.group(1) if paced is not None else ""

    def _share_named_before(self, clause: int) -> bool:
        """Whether the clause before ``clause`` is only the name of a share, with no number (…，因此，工业产值所占的
        比重，|将由2022年的40%…): the figures after it are that share's, not those of the number before it."""
        opening = self._clause_before_without_number(clause)
        return opening is not None and _SHARE_NAMED.fullmatch(self.s, opening, clause - 1) is not None

    def _participation_in(self, lead: str, clause: int) -> str:
        """各类健身活动年均吸引|4000余万人次|参与; 连续举办8届全国双创活动周、|超过5.2亿人次|参与: a bare
        participation is in the event the words before name (… 参与), or ''."""
        drawn = _EVENT_DRAWING.search(lead)
        if drawn is not None:
            return drawn.group(1) + "参与"
        if clause < 2 or self.s[clause - 1] not in "、，,":
            return ""
        opening = last_mark(self.s, "，,。；;：:\n", clause - 1) + 1
        named = _EVENT_NAMED.search(self.s, opening, clause - 1)
        return named.group(1).lstrip("届次场期个") + "参与" if named is not None else ""  # 8|届…活动周

    def _insured_in(self, clause: int) -> str:
        """…实施城镇居民社会养老保险试点，|1334万人|参保: a bare 参保 is in the insurance the clause before names."""
        if clause < 2 or self.s[clause - 1] not in "，,":
            return ""
        opening = last_mark(self.s, "，,。；;：:\n", clause - 1) + 1
        named = _INSURANCE_NAMED.search(self.s, opening, clause - 1)
        if named is None:
            return ""
        name = named.group(1)
        acts = list(_INSURANCE_ACT.finditer(name))  # 120个县开展|长期护理保险: the insurance, after what is done
        return name[acts[-1].end() :] + "参保" if acts else name + "参保"

    def _investment_of_named(self, metric: str, core: str, trail: str, end: int) -> str:
        """投资超|10亿元|的艾佛光通科技、显赫电子…等项目: the investment of the works named by their firm, the first of
        a list (the name whole: the evidence ends at the list's mark, not inside a word)."""
        name = trail[1:] if trail.startswith("的") else ""
        if _WORKS_GOING.search(name) or not 2 <= len(name) <= _FIRM_NAME_MAX - 4 or not _FIRM_NAME.fullmatch(name):
            return metric  # (how the works go said after the name: _money_named_after)
        return name + core if self.s.startswith(("、", "，", ",", "。", "；"), end) else metric

    def _rate_of_work_before(self, metric: str, clause: int) -> str:
        """推广家庭医生签约服务，|签约率达到65%: a bare rate is of the work the clause before (with no number of its
        own) pushes on with (家庭医生签约率; 全面推进垃圾分类，覆盖率… → 垃圾分类覆盖率)."""
        opening = self._clause_before_without_number(clause)
        pushed = _WORK_PUSHED_ON.fullmatch(self.s, opening, clause - 1) if opening is not None else None
        if pushed is None:
            return metric
        work, stem = pushed.group(1), metric[:-1]
        return (work[: work.rfind(stem)] if stem in work[1:] else work) + metric  # 签约服务|签约率: said once

    def _output_of_example(self, metric: str, clause: int) -> str:
        """如发电设备，一九五八年我国只生产|八十万千瓦: a bare production is the output of the example the sentence
        opens on."""
        if _BARE_PRODUCTION.fullmatch(metric) is None:
            return metric
        example = _EXAMPLE_TOPIC.match(self.s, self._full_sentence_start(clause))
        return example.group(1) + "产量" if example is not None and example.end() <= clause else metric

    def _size_of_industry_before(self, metric: str, clause: int) -> str:
        """巩固增强电子信息产业竞争力，|集群规模超5800亿元: a bare size is of the industry the clause before (with no
        number of its own) names."""
        opening = self._clause_before_without_number(clause)
        named = _INDUSTRY_NAMED.match(self.s, opening, clause - 1) if opening is not None else None
        if named is None:
            return metric
        return named.group(1) + ("集群" if metric.startswith("集群") else "") + "规模"

    def _act_named_before(self, metric: str, clause: int) -> str:
        """开展“技兴齐鲁 乐业山东”培训，全年|培训40万人次: a bare act is the one the clause before (with no number of
        its own) names in full."""
        opening = self._clause_before_without_number(clause)
        named = _ACTIVITY_HELD.fullmatch(self.s, opening, clause - 1) if opening is not None else None
        return named.group(1) if named is not None and named.group(1).endswith(metric) else metric

    def _of_sector_told(self, metric: str, clause: int, prev_metric: str) -> str:
        """服务业支撑作用更加明显，增加值跨上…台阶，|对经济增长贡献率超60%: a bare value added or contribution is of
        the sector whose role the sentence opens on; a bare contribution after a measure, of what that measures
        (非烟非能工业增加值增长8.1%、|对规模以上工业增长贡献率…)."""
        opening = self._full_sentence_start(clause)
        told = _SECTOR_ROLE_TOLD.match(self.s, opening)
        if told is not None and told.end() <= clause:
            return told.group(1) + metric
        subject = _subject_of(_GROWTH_TAIL.sub("", prev_metric)) if metric.startswith("对") and prev_metric else ""
        return subject + metric if subject else metric

    def _quoted_name_around(self, metric: str, after: int) -> str:
        """力争“县县通达纵横|2条|高速”纳入…: a count inside a quoted name measures the name's things; the
        metric is the name without its marks (the words after the count up to the closing mark included)."""
        if metric.count("“") <= metric.count("”"):
            return metric
        closing = self.text.find("”", after, after + _QUOTE_REACH)
        inside = self.text[after:closing] if closing > after else ""
        noun = inside if inside and not _CLAUSE_END.search(inside) else ""
        bare = metric.replace("“", "")
        return bare if not noun or bare.endswith(noun) else bare + noun

    def _sum_with_added(self, metric: str, lead: str, clause: int) -> str:
        """用于…的支出152亿元，加上减免农村税收…等方面的支出，|共达|1400多亿元: the sum is of what the clause
        before adds to the ones listed (the 支出), not of the last one listed."""
        opening = self._clause_before_without_number(clause)
        if opening is None or not _TALLY_LEAD.fullmatch(lead.strip("，,、 ")):
            return metric
        added = _ADDED_ON.fullmatch(self.s, opening, clause - 1)
        noun = added.group(1) if added else ""
        if not noun or not _names_measure(noun) or (metric.endswith(noun) and "的" not in metric[: -len(noun)]):
            return metric  # (…有效灌溉面积…，加上原有的灌溉面积: the metric names it already, in full)
        return noun

    def _clause_before_without_number(self, clause: int) -> int | None:
        """Where the clause before ``clause`` (ending in a comma) starts, when it holds no number of its own."""
        if clause < 2 or self.s[clause - 1] not in "，,":
            return None
        opening = self._back(_TIME_CLAUSE_END, clause - 1)
        if opening > 1 and self.s[opening - 1] in "）)" and (aside := self.s.rfind("（", 0, opening - 1)) > 0:
            # 在工业总产值（包括…的产值）中所占的比重，已由…: the clause runs on through its aside
            opening = self._back(_TIME_CLAUSE_END, aside)
        elif ((close := self.s.find("）", opening, clause - 1)) >= 0 and "（" not in self.s[opening:close]
              and (aside := self.s.rfind("（", 0, opening)) > 0 and opening - aside <= _TOPIC_MAX):
            # 工业总产值（不包括手工业产值，|下同），…: the clause opened before the aside's comma
            opening = self._back(_TIME_CLAUSE_END, aside)
        if bisect_left(self.number_starts, opening) != bisect_left(self.number_starts, clause):
            return None
        return opening

    def _industry_grown_before(self, clause: int) -> str:
        """The industry the clause before ``clause`` grows (大力发展食用菌产业，|…), or ''."""
        opening = self._clause_before_without_number(clause)
        found = (_INDUSTRY_GROWN.fullmatch(self.s, opening, clause - 1)
                 or _INDUSTRY_GROWING.fullmatch(self.s, opening, clause - 1)) if opening is not None else None
        return found.group(1) if found else ""

    def _spent_on_before(self, metric: str, clause: int) -> str:
        """What a bare spending or rate after the clause before is of, or '': 全力攻坚精准扶贫，|投入10.26亿元: the
        campaign the money went into; 全面启动…特色小镇建设，完成投资超50亿元: what the works before spent; 继续推进
        义务教育标准化学校建设，达标率达到80%以上: how far they met their standard."""
        if metric in _PUT_IN and (campaign := self._campaign_before(clause)):
            return campaign
        # (加大保障性安居工程建设力度，今年|新开工|700万套: the works started, counted in their units)
        stages = metric in _BARE_STAGES
        return self._works_before(clause) if metric in _INVESTED or metric in _WORKS_RATES or stages else ""

    def _campaign_before(self, clause: int) -> str:
        """The campaign the clause before ``clause`` presses (全力攻坚精准扶贫，|…), or ''."""
        opening = self._clause_before_without_number(clause)
        found = _CAMPAIGN_PRESSED.fullmatch(self.s, opening, clause - 1) if opening is not None else None
        return found.group(1) if found else ""

    def _works_before(self, clause: int) -> str:
        """The works the clause before ``clause`` pushes on with (全面加快东山组团建设，|…) or has done (…工程一期全面
        完工，|…), or ''."""
        opening = self._clause_before_without_number(clause)
        if opening is None:
            return ""
        end = clause - 1
        found = (_WORKS_PUSHED.fullmatch(self.s, opening, end) or _WORKS_DONE.fullmatch(self.s, opening, end)
                 or _WORKS_GOING_ON.fullmatch(self.s, opening, end))
        return found.group(1) if found else ""

    def _with_subject(self, metric: str, clause: int, trailed: bool = False) -> str:
        """A bare rate (增幅, 增速, 占比) or a bare level (市级) with the subject of the clause before it, which
        says how the measure went without a number (固定资产投资保持稳健增长，全年增幅达到7.0%: 固定资产投资增幅);
        ``trailed``: the metric came from the words after the number."""
        # 示范区加快创建，新增自治区级3个、市级8个: of the 示范区 (not 建成4个国家级、4个自治区级区域医疗中心)
        if (metric in _INDUSTRY_OUTPUTS or metric.startswith(_OUTPUT_SHARE)) and (
                grown := self._industry_grown_before(clause)):
            # 加快发展食用菌产业，|新增产量1万吨: the output of the industry the clause before grows
            return grown + ("产业" if "值" in metric and not grown.endswith("业") else "") + metric
        if works := self._spent_on_before(metric, clause):
            return works + metric
        level = not trailed and _LEVEL_ONLY.match(metric) is not None
        start_only = bool(metric) and _BARE_START.fullmatch(metric) is not None
        # 民营经济成为地方经济主力军，约占全市经济比重62%: the share of what the clause before is about
        share_of = _SHARE_OF_WHOLE.fullmatch(metric)
        metric = share_of.group(1) if share_of else metric
        # 我国消费资料的生产，平均每年大约增加…: a change that names no measure, of the clause before's
        changed = bool(metric) and _GROWTH.fullmatch(metric) is not None
        if (metric and metric not in _BARE_RATES and not level and not start_only and metric not in _PLAN_DONE
                and not share_of and not changed):
            return metric  # but a figure with no metric at all: 外贸出口从7月份开始大幅度回升，全年达到1949亿美元
        opening = self._clause_before_without_number(clause)
        if opening is None:
            return metric  # a clause with a number of its own measures something else
        end = clause - 1
        if (_TIME_ONLY_CLAUSE.fullmatch(self.s, opening, end) or _INCLUSION_ASIDE.fullmatch(self.s, opening, end)
                or _STATISTICS_ASIDE.fullmatch(self.s, opening, end) or _VIEWPOINT_ASIDE.fullmatch(self.s, opening, end)
                ) and (
                earlier := self._clause_before_without_number(opening)) is not None:
            # 粮食总产量，在…最高的一九三六年，|只有…: the subject before its time (or before what it takes in)
            opening, end = earlier, opening - 1
        if start_only or not metric or metric in _PLAN_DONE or changed:
            # …人口地区覆盖率，由1997年的65%提高到…; 同我国建交的国家，已经由二十个…: what the clause before names
            # (社会商品零售总额，只完成原定计划的94%: of that measure's plan)
            words = _OPENING_CONJUNCTION.sub("", _RECKONING_REMARK.sub("", self.s[opening:end]))
            head = _METRIC_HEAD.match(words)
            words = words[head.end() :] if head else words
            if 2 <= len(words) <= _START_SUBJECT_MAX and (_names_measure(words) or (
                    (not metric or start_only) and _BARE_NOUN.fullmatch(words)) or (
                    changed and self.s[opening - 1 : opening] in _SENTENCE_OPENERS and _TOPIC_OF.fullmatch(words))):
                # (农村居民的购买力，一九五三年比一九五〇年增加了…: the topic the sentence opens on changes)
                if changed:
                    return words + metric.lstrip(_GROWTH_ADVERBS)  # …等产品的产量，都比一九五七年增长
                return words + metric if metric in _PLAN_DONE else words
            if start_only or changed:
                return metric
        subject = _SUBJECT_BEFORE_VERB.match(self.s, opening, end)
        if subject is None:
            return metric
        head = _METRIC_HEAD.match(subject.group(1))
        noun = subject.group(1)[head.end() if head else 0 :]
        if metric in _SECTOR_MEASURES and not _SECTOR.fullmatch(noun):
            return metric  # an output or value added is a sector's (服务业, 乡镇企业), not 服务业支撑作用更加…'s
        return metric + noun if level else noun + metric

    def _sentence_subject(self, clause: int) -> str:
        """A number with nothing to measure in its own words measures what its sentence opened on, when that was
        said to reach something no number states (农民人均纯收入突破万元、达到10389元; 粮食产量屡创历史新高，
        去年达到…); else ''."""
        start = self.sentence_start(clause)
        if start >= clause:
            return ""
        opening = _SUBJECT_THEN_REACH.match(self.s, start, clause)
        return opening.group(1) if opening is not None and _names_measure(opening.group(1)) else ""

    def _opened_on(self, metric: str, clause: int, prev_metric: str) -> str:
        """粮食总产再创历史新高，…，增量39.7亿斤: a bare increase is of what its sentence opened on; 地区生产总值
        迈上5万亿台阶、五年增量超1.36万亿元: an increase over years, of the measure just before it."""
        bare = _SPAN_OPENING.sub("", metric)
        if bare == "增量" and prev_metric and bare != metric:
            return _GROWTH_TAIL.sub("", prev_metric) + metric
        if metric not in _BARE_CHANGES or prev_metric:
            return metric
        return self._sentence_subject(clause) + metric

    def _opens_with_time(self, clause: int) -> bool:
        at = bisect_left(self.time_starts, clause)
        return at < len(self.times) and self.times[at].start == clause

    def _topic(self, clause: int, dated_clause: bool = False) -> str:
        """The clause before ``clause`` when it names a measure with its year and no number (一九五四年社会零售总额，
        比一九五二年增长…: the growth is the 社会零售总额's), or, ``dated_clause`` (the number's clause opens with
        its year), a bare noun (中等学校的学生，一九五二年有三百多万人); else ''."""
        opening = self._clause_before_without_number(clause)  # a topic may list (2023年的蔬菜、水果，都增长…)
        if opening is None:
            return ""
        words = self.s[opening : clause - 1]
        going = _TOPIC_GOING.fullmatch(words)
        listed = _LISTED_THINGS.fullmatch(going.group(1) if going else words) is not None
        if clause - 1 - opening > (_LISTED_TOPIC_MAX if listed else _TOPIC_MAX):
            return ""
        if going is not None:
            words = going.group(1)  # 预算外资金却大幅度增加，由…增加到…: the topic, not how it went
        # 电影故事片的摄制，必须…增加数量，计划由…: the topic is before the ask; 铁路运输的货物周转量，由于不合理
        # 运输的减少，比一九五四年只增长了5%: before the cause
        if (_MODAL_OPENING.match(words) or words.startswith(("由于", "因为"))
                or _INCLUSION_ASIDE.fullmatch(words) or _SCOPE_ASIDE.fullmatch(words)
                or _RECKONING_ASIDE.fullmatch(words)):
            return self._topic(opening, dated_clause) if opening != clause else ""
        words = _RECKONING_REMARK.sub("", words)
        # 粮食总产量在上年大幅度增长的基础上，|又增产…: the base it grew on is no part of the topic
        words = _ON_BASE_END.sub("", words) if words.endswith("基础上") else words
        dated = bisect_left(self.time_starts, opening)
        undated = dated == len(self.times) or self.times[dated].start != opening
        if (undated and not listed and not _names_measure(words)
                and not (dated_clause and (_BARE_NOUN.fullmatch(words) or _CLASS_TOPIC.fullmatch(words)))):
            return ""  # a topic opens with its year or names a measure; 如果能够加速周转，减少百分之二 names none
        head = _METRIC_HEAD.match(words)
        return words[head.end() :] if head else words

    def _long_lead_start(self, clause: int, lead_start: int, pos: int) -> int:
        """Where the words before the number at ``pos`` start when its lead (from ``lead_start``, in the clause
        from ``clause``) is long: ``_LEAD_MAX`` back, moved to the start of a word the cut fell in."""
        s = self.s
        inner = _INNER_YEARS.search(s, lead_start, pos)
        if inner is not None and pos - lead_start - (inner.end() - inner.start()) <= _LEAD_MAX:
            return lead_start  # the lead is long for the years inside it, which the metric leaves out
        start = _whole_number(s, pos - _LEAD_MAX, lead_start)
        lead = s[start:pos]
        close = lead.find("”")
        if close >= 0 and "“" not in lead[:close]:  # the cut fell inside a quoted name: take it whole
            opening = s.rfind("“", max(clause, start - _QUOTE_REACH), start)
            while opening > clause and s[opening - 1] == "”" and (before := s.rfind("“", clause, opening - 1)) >= 0:
                opening = before  # “粤菜师傅”“广东技工”“南粤家政”三项工程: the names run together, all of them
            return opening if opening >= 0 else start
        if (cut := self._phrase_cut_in(lead_start, start, pos)) is not None:
            return cut
        if lead.startswith("“", 1):  # 推|行“一网通办、一次办好”事项: the cut left a word's last character
            return start + 1
        year = _YEAR_CUT.match(lead)
        if year is not None:  # 一九五|三年工业总产值…: the cut fell inside a year, which dates, not measures
            return start + year.end()
        if pos - lead_start <= _SUBJECT_REACH and (s.find(_RESPECTIVELY, lead_start, pos) >= 0
                                                   or _LIST_SHARES.search(s, lead_start, pos)
                                                   or _counts_its_list(s[lead_start:pos])):
            return lead_start  # 城镇居民人均可支配收入和农村居民人均纯收入分别增长10%: the subjects 分别 shares out
        if "、" in lead and s[start - 1] != "、":  # 中省预算内投|资、超长期特别国债、…: the list's item whole
            item = max(s.rfind("、", clause, start), clause - 1) + 1
            if start - item <= _LIST_ITEM_MAX:
                return item
        if len(_bare_lead(s[lead_start:pos])) <= _LEAD_MAX + _LEAD_SLACK:
            # 国有及国有控股企业在境内外新增上市公司442家: a lead a little long is whole (as its metric will read:
            # without 确保 before it or 保持在 after it)
            return lead_start
        if start - 2 >= lead_start and s[start - 2] == "的" and _HAN_ONLY.match(s, start - 1):
            return start - 1  # 独立设置的老|年医学科占…比例: the cut left the noun's first character behind
        return self._start_at_join(lead_start, start, pos)

    def _phrase_cut_in(self, lead_start: int, start: int, pos: int) -> int | None:
        """Where a long lead cut at ``start`` starts when the cut fell in a phrase: the owner of a share, kept whole
        (全社会研究与试验发展经费支|出占国内生产总值的比重, 中等职|业学校的在校生占…), or a modifier or a scope, left
        out (科研|团队选育的新品种); None if it fell in neither."""
        s = self.s
        share = s.find("占", start, pos)
        if (share >= 0 and 0 < share - lead_start <= _SHARE_OWNER_MAX
                and _HAN_ONLY.fullmatch(s, lead_start, share) is not None and _owner_of_share(s[lead_start:share])):
            return lead_start
        past = _past_a_cut_phrase(s[start:pos])
        return start + past if past > 0 else None

    def _start_at_join(self, lead_start: int, start: int, pos: int) -> int:
        """Where a long lead cut at ``start`` starts when a join stands near the cut, or the cut fell in the owner of
        a share."""
        s = self.s
        pair = s.find("和", start - _LEAD_SLACK, start + _LEAD_SLACK)
        if pair >= 0 and _pair_of_measures(s[lead_start:pair], s[pair + 1 : pos]):
            return lead_start  # 城镇居民人均可支配收入和|农村居民人均纯收入年均实际增长超过7%: one figure for both
        joined = max(s.rfind(word, start - _LEAD_SLACK, start + 1) for word in _LEAD_JOINS)
        if joined >= 0:  # 先进制造业和|高技术制造业增加值占…比重分别达64.9%: from the word after the join
            return joined + 1
        return start

    def _original(self, words: str, lo: int, hi: int) -> str:
        """``words``, found on the simplified copy, as the text around ``lo:hi`` writes them."""
        simplified, original = self.s[lo:hi], self.text[lo:hi]
        if simplified == original:
            return words
        to_original = dict(zip(simplified, original, strict=True))
        return "".join(to_original.get(c, c) for c in words)

    # target or fact, and the year -----------------------------------------------------------------
    def _paragraph_mode(self, pos: int) -> tuple[str, int | None]:
        """The section's mode and year, as the paragraph's first words may turn them."""
        para = self.paragraph_start(pos)
        found = self._paragraphs.get(para)
        if found is None:
            sec = self.sections[bisect_right(self.section_starts, pos) - 1]
            mode, year = sec.mode, sec.year
            head = _SALUTATION.sub("", self.s[para : para + 16])
            if mode != "review" and _PARAGRAPH_REVIEW.match(head):
                # a paragraph looking back: facts, unless a sentence says otherwise
                # 过去一年…, and 这五年… too: a period looked back on ends last year
                this_year = head.startswith(("今年以来", "今年上半年"))  # a mid-year report's look back: this year
                mode, year = "recap", (self.doc_year - (0 if this_year else 1) if self.doc_year else None)
            elif mode == "review" and _THIS_YEAR_SO_FAR.match(head) and self.doc_year:
                # 本届政府工作回顾 … 各位代表，今年以来，…预计上半年…增长13%: this year so far, said as it stands;
                # 今年国民经济计划的执行情况是比较好的。…夏粮减产一成以上: how this year's plan is going
                mode, year = "recap", self.delivered or self.doc_year
            elif mode == "review" and _PARAGRAPH_PLAN.match(head) and not (
                    head.startswith("今年") and self.delivered and self.doc_year and self.delivered < self.doc_year):
                # (but a December report's 今年是…的一年 is the year it reviews); 今年，我们要…。新建学校5所: due
                # this year, not in the year the section reviews
                mode, year = "plan", self.doc_year + (1 if head.startswith("明年") else 0) if self.doc_year else year
            opening = _SALUTATION.sub("", self.s[para : para + _NARRATION_REACH])
            presented = _PLAN_PRESENTED.match(opening) if mode == "neutral" else None
            if presented is not None and self.doc_year and _year(presented.group(1)) == self.doc_year:
                # 这次提交大会审议的1957年度的国家预算草案和…计划草案的各种数字表明，…: a speech with no plan part
                # sets out the year's plan in this paragraph
                mode, year = "plan", self.doc_year
            narrated = _YEAR_NARRATED_PARAGRAPH.match(opening) or _YEAR_DONE_PARAGRAPH.match(opening)
            said = _year(narrated.group(1)) if narrated else 0
            if said and self.doc_year and said < self.doc_year:
                # 1984年，我国工业生产继续全面增长…: a paragraph on a past year tells what it did
                mode, year = ("recap" if mode == "plan" else "review"), said
            found = self._paragraphs[para] = mode, year
        return found

    def _kind_and_year(self, c: _Candidate, clause: int, trail: str) -> tuple[Kind, int | None, str | None]:
        s, pos = self.s, c.start
        mode, section_year = self._paragraph_mode(pos)
        # A "sentence" longer than this is text without its stops (a dump, an OCR run): reading all of it
        # again for every number in it is quadratic, and words that far back do not speak of this number.
        clause = max(clause, pos - _CONTEXT_REACH)
        sentence = max(self.sentence_start(pos), pos - _CONTEXT_REACH)
        if s.startswith(_BREAKDOWN, sentence) and sentence > 1 and s[sentence - 1] in "。；":
            sentence = max(self.sentence_start(sentence - 1), pos - _CONTEXT_REACH)  # 其中：… breaks down the last
        times = self._sentence_times(sentence, pos)
        lead = s[clause:pos]
        if "年均" in lead:  # an average over years runs over the horizon its sentence names: 今后五年…，包括…年均增长5%
            times = self._horizons(sentence, clause, times) + times
        compared = _COMPARED_BASE.match(lead) is not None  # 比一九五二年的二百七十亿元增长…: that year's value
        listed_from = s[clause - 1 : clause] == "、" and bool(
            _FROM_MARK.search(s, self._back(_TIME_CLAUSE_END, pos), pos))
        baseline = ("从" in lead or "由" in lead or compared or listed_from) and bool(
            _BASELINE_AFTER.match(trail or s[c.end : c.end + _BASELINE_REACH])
            # (从15个县（市）扩大到57个: an aside after the counted noun cuts the trail short of the change)
            or (trail != "" and _BASELINE_AFTER.match(s[c.end : c.end + _BASELINE_REACH]) is not None
                and s.startswith(trail + "（", c.end))
        )  # 分别从每月503元、228元提至554元、251元: both figures before 提至 are where things stand
        if not baseline:
            # 到1985年…将由1980年的2.17亿吨增加到3.17亿吨: the year a change starts from dates its base, not the
            # figure it reached (nor makes that a fact)
            # (but 从2002年1月1日起，…由15.3%降到12%: the day the change took effect dates what it reached)
            times = [t for t in times if t.role != "from" or _CHANGED_TO.search(s, t.end, pos) is None
                     or _EFFECTIVE_FROM.match(s, t.end) is not None]
        kind: Kind = "fact" if baseline else self._kind(mode, sentence, clause, pos, times)
        ref = self._year_ref(times, kind)
        if ref is None and kind == "fact" and not baseline:
            ref = self._passing_year(sentence, clause, pos)
        if baseline:  # 从2020年的82.4岁: the baseline's own year; 1998年，…由40个减少到29个: the topic's
            start_role = "compare" if compared else "from"
            # (比第五个五年计划期间的…: a plan's span is dated by its end, as no other relative time compared is)
            ref = next((t for t in times if t.role == start_role and t.start >= clause
                        and not (compared and t.relative and not _PLAN_NAME.search(s, t.start, t.end))), None) or (
                None if compared else self._compared_base(pos)  # 1986年同1978年相比，…由3480亿元: 1978's
            ) or (
                None if compared else self._span_start(pos)  # 一九七一年到一九七八年的…，四川省由…: 1971's
            ) or (
                None if compared else self._list_lead_base(pos)  # …比一九五二年的产量增长的情况如下：⏎钢：从…: 1952's
            ) or (ref if ref is not None and ref.start < clause and not ref.relative
                  and _EFFECTIVE_FROM.match(s, ref.end) is None else None) or (  # not 从…1月1日起: the change's day
                None if compared else self._parallel_base(sentence, clause))
        if ref is not None and kind == "target" and ref.relative and _WITHIN_YEARS.fullmatch(s, ref.start, ref.end):
            stated = self._stated_plan(pos)  # 第一个五年计划规定…在五年内增长: the plan's five years
            if stated is None and self.plan_end and s.startswith("五年", ref.start) and not _NEXT_YEARS.search(
                    s, max(0, ref.start - 2), ref.start):
                # a report on the five-year plan in force: its 五年内 are the plan's (1955: to 1957)
                return kind, self.plan_end, _unquoted_ends(self.text[ref.start : ref.end])
            ref = stated or ref
        if ref is not None:
            year = (self._then_year(ref.start) if ref.role == "then"
                    else self._reviewed_year(ref, mode, kind, section_year))
            if baseline and mode == "review" and ref.role == "from" and year and s.startswith("上年", ref.start):
                year -= 1  # 常住人口由上年729万人增加到…, in a review: the year before the one reviewed
            words = _unquoted_ends(self.text[ref.start : ref.end]) if ref.relative else None
            return kind, year, words
        if kind == "target":
            stated = self._stated_plan(pos) or self._opening_deadline(pos)
            if stated is not None:
                return kind, stated.year, _unquoted_ends(self.text[stated.start : stated.end])
            # (a review's undated target is its year's plan quoted: 去年政府工作报告提出，…降到10%左右)
            return kind, (section_year if mode in ("plan", "mixed", "review") else None), None
        # (the value right after 从/由, or listed after one: not a value changed to that reads like a base)
        # (从不到70万亿元: a bound between 从 and the figure still starts the change there)
        from_value = listed_from or _FROM_BEFORE.search(s, max(clause, pos - 5), pos) is not None
        return kind, self._undated_fact_year(mode, section_year, baseline, clause, sentence, pos,
                                             from_value=from_value), None

    def _passing_year(self, sentence: int, clause: int, pos: int) -> TimeRef | None:
        """工农业总产值在一九五七年达到了…，|比一九五二年的…增长68%。其中，|工业总产值达到了…；|手工业…: the change on,
        and the parts of, a figure dated in passing are of its year (if just one past year is named before)."""
        full = self._full_sentence_start(pos)
        if self.s.startswith(_BREAKDOWN, full) and full > 1 and self.s[full - 1] == "。":
            sentence = self._full_sentence_start(full - 1)
        elif not self.s.startswith(("比", "较"), clause):
            return None
        lo, hi = bisect_left(self.time_starts, sentence), bisect_left(self.time_starts, clause)
        points = [t for t in self.times[lo:hi] if t.role != "compare" and t.year is not None and not t.relative]
        year = points[0].year if len(points) == 1 and points[0].role == "point" else None
        return points[0] if year is not None and self.doc_year and year < self.doc_year else None

    def _span_start(self, pos: int) -> TimeRef | None:
        """一九七一年到一九七八年的人口自然增长率，|四川省由千分之二十九…: the first year of a span the sentence
        opened on dates where a change over it started."""
        t = self._opening_time(pos, after_from=True)  # (从一九七八年到一九八二年，…: the same span)
        if t is None or t.relative or t.year is None:
            return None
        at = bisect_left(self.time_starts, t.end)
        last = self.times[at] if at < len(self.times) else None
        if last is None or last.role != "to" or last.start >= pos or self.s[t.end : last.start] not in _SPAN_JOINS:
            return None
        return t

    def _undated_fact_year(self, mode: str, section_year: int | None, baseline: bool, clause: int, sentence: int,
                           pos: int, from_value: bool = False) -> int | None:
        """The year of a fact that names none: the year its part reviews, or the last year where it looks back."""
        doc_year = self.doc_year
        if baseline:
            if mode not in ("review", "recap") and not self._looking_back(sentence):
                # 从人均8.7万元提高到12万元: where the plan starts from; not 这五年，…从481家增加到636家;
                # 第六个五年计划规定，…。其中，农业总产值由二千一百八十七亿元…: where the five-year plan starts
                plan = self._plan_set_for(pos) if from_value else None
                if plan is not None and plan.year and doc_year and plan.year - 5 < doc_year:
                    return plan.year - 5
                if from_value and _PAST_TOLD.search(self.s, sentence, self.clause_end(pos)):
                    return None  # 加强了管理，结果…生铁成本由三百零三元降到…: a change told as done, from when unsaid
                return doc_year - 1 if doc_year else None
            last = section_year if mode in ("review", "recap") else (doc_year - 1 if doc_year else None)
            # 这五年，…居民人均可支配收入从27136元增长到36439元: where the five years started, the year before them
            years = self._years_back(sentence) if last and from_value else None
            return last - years if last and years else None
        if mode in ("review", "recap"):
            # but 前三年共开垦荒地…: the years before are not the year reviewed
            return None if _SPAN_OF_YEARS.search(self.s, clause, pos) else section_year
        if mode in ("plan", "neutral", "mixed") and doc_year and self._looking_back(self.sentence_start(pos)):
            return doc_year - 1  # 这五年，…增加到5.67万亿元, in a plan's part: a period that ends last year
        if mode == "plan" and self._months_gone(sentence, pos) and not _SAME_TIME_BEFORE.search(self.s, clause, pos):
            return doc_year  # 到5月份为止，…完成年计划27%: this year's so far (not 去年同期则完成24%)
        return None

    def _times_before(self, lo: int, hi: int, clause: int, pos: int) -> list[TimeRef]:
        """The time words that govern a number, of those in ``self.times[lo:hi]`` (its sentence's): those of
        its clause, and a sentence's topic (2014年，…)."""
        times = self.times[lo:hi]
        return [
            t
            for k, t in enumerate(times)
            if t.end <= pos and (t.start >= clause or t.role == "then" or _TOPIC_TIME_END.match(self.s, t.end)
                                 or self._opens_topic(t, pos, times[k + 1 :]) or self._plan_states(t)
                                 or self._spans_sentence(t) or (k == 0 and self._year_of_measures(t, pos)))
        ]

    def _year_of_measures(self, t: TimeRef, pos: int) -> bool:
        """Whether ``t`` is a past year opening its clause as the year of the measure after it (这样，一九五七年的
        工农业总产值就应当是…，工业和手工业总产值是…，农业总产值是…): it dates the measures the sentence lists after
        it, none asked for."""
        s = self.s
        if (t.relative or t.role != "point" or t.year is None or self.doc_year is None or t.year >= self.doc_year
                or not s.startswith("的", t.end) or (t.start > 0 and s[t.start - 1] not in "，,。；;\n")):
            return False
        return _TARGET_CUE.search(s, t.end, pos) is None

    def _spans_sentence(self, t: TimeRef) -> bool:
        """Whether ``t`` is a span of years ahead that opens its sentence (今后五年内全市新建学校10所，改造道路
        20公里): it dates every clause of it, not only its first."""
        if not (t.relative and t.role == "point" and _AHEAD_SPAN.fullmatch(self.s, t.start, t.end) is not None):
            return False
        opening = self.sentence_start(t.start)
        # …的发展，五年内病床将增长百分之七十七，医师人数将增加百分之七十四: a span opening a clause after words
        # that name no time of their own dates the clauses after it too
        return opening == t.start or (self.s[t.start - 1] in "，," and self.time_starts[
            bisect_left(self.time_starts, opening)] == t.start)

    def _plan_set_for(self, pos: int) -> TimeRef | None:
        """The five-year plan that sets the figure at ``pos``: stated by its sentence, or by the sentence before
        one that opens on its parts (其中，…)."""
        stated = self._stated_plan(pos)
        full = self._full_sentence_start(pos)
        if stated is None and full > 1 and self.s.startswith(_BREAKDOWN, full):
            stated = self._stated_plan(full - 1)
        return stated if stated is not None and _FIVE_YEAR_PLAN.search(self.s, stated.start, stated.end) else None

    def _stated_plan(self, pos: int) -> TimeRef | None:
        """The plan that opens the sentence (to its 。) holding ``pos`` by saying what it sets (第一个五年计划规定…；
        以产量说，粮食增长百分之十七点六), if any."""
        t = self._opening_time(pos)
        return t if t is not None and self._plan_states(t) else None

    def _full_sentence_start(self, pos: int) -> int:
        """Where the sentence (to its 。) holding ``pos`` starts."""
        if self._full_stops is None:  # once a document: where its sentences end at a full stop
            self._full_stops = [m.start() for m in _FULL_STOP.finditer(self.s)]
        before = bisect_left(self._full_stops, pos)
        return self._full_stops[before - 1] + 1 if before else 0

    def _opening_time(self, pos: int, after_from: bool = False) -> TimeRef | None:
        """The time that opens the sentence (to its 。) holding ``pos``, if one does (or one after its 从/自)."""
        opening = self._full_sentence_start(pos)
        if lead := _COMPARED_OPENING.match(self.s, opening):
            opening = lead.end()  # 与解放前最高水平相比，在一九五三年年底，…: the year after what it is compared with
        elif after_from and self.s.startswith(("从", "自"), opening):
            opening += 1
        at = bisect_left(self.time_starts, opening)
        return self.times[at] if at < len(self.times) and self.times[at].start == opening else None

    def _reviewed_year(self, ref: TimeRef, mode: str, kind: Kind, section_year: int | None = None) -> int | None:
        """The year of a time word, but a late-year report's 今年 in its review is the year it was delivered in
        (…，预计今年达到21250元, said in November 2016 of a report planning for 2017: of 2016); and a part of a year
        named alone in a review (库存到年末比年初增加…) is of the year reviewed."""
        # (a fact is of a year begun: the plan's year has not, wherever the fact is told)
        if (kind == "fact" and self.delivered and ref.year == self.doc_year
                and self.s.startswith("今年", ref.start)):
            return self.delivered
        if (kind == "fact" and mode == "review" and section_year and ref.year and ref.year == self.doc_year
                and section_year < ref.year and _BARE_PART_OF_YEAR.fullmatch(self.s, ref.start, ref.end)):
            return section_year
        return ref.year

    def _parallel_base(self, sentence: int, clause: int) -> TimeRef | None:
        """The year a change in an earlier clause of the sentence started from, for a change that names none
        (…由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到4140元: 2476 is of 2002 too)."""
        lo, hi = bisect_left(self.time_starts, sentence), bisect_left(self.time_starts, clause)
        numbers = self.number_starts  # 由2002年的|7703元: the year right before its value, not 从2002年1月1日起
        return next((t for t in reversed(self.times[lo:hi]) if t.role == "from" and not t.relative and (
            (at := bisect_left(numbers, t.end)) < len(numbers) and numbers[at] - t.end <= 1)), None)

    def _opening_deadline(self, pos: int) -> TimeRef | None:
        """The deadline that opens the sentence (to its 。) holding ``pos`` as its topic, when a semicolon
        stands between (到一九五七年，铁路货物周转量将达到…；旅客周转量将达到…: the passengers' by 1957 too)."""
        opening = self._full_sentence_start(pos)
        at = bisect_left(self.time_starts, opening)
        t = self.times[at] if at < len(self.times) else None
        if (t is None or t.start - opening > 1 or t.role != "to" or t.year is None or self.doc_year is None
                or t.year < self.doc_year or t.start >= pos or not self.s.startswith(("，", ","), t.end)):
            return None
        return t if _SEMICOLON.search(self.s, t.end, pos) else None

    def _compared_base(self, pos: int) -> TimeRef | None:
        """The year compared with in the topic that opens the sentence (to its 。) holding ``pos``
        (1986年同1978年相比，…): the year of the values a change starts from."""
        t = self._opening_time(pos)
        if t is None or t.role != "point":
            return None
        at = bisect_left(self.time_starts, t.end)
        base = self.times[at] if at < len(self.times) else None
        if (base is None or base.role != "compare" or base.relative or base.start - t.end > 1
                or _COMPARED_AFTER.match(self.s, base.end) is None):
            return None
        return base

    def _list_lead_base(self, pos: int) -> TimeRef | None:
        """The year a list's lead line compares with (主要产品…比一九五二年的产量增长的情况如下列：⏎钢：从一百三十五万
        吨增加到…⏎发电量：从…): the year of the values each labelled line of it starts from."""
        para = self.paragraph_start(pos)
        if _LABELLED_LINE.match(self.s, para) is None:
            return None
        for _ in range(_LIST_LEAD_REACH):
            if para == 0:
                return None
            prev = self.paragraph_start(para - 1)
            line = self.s[prev : para - 1].rstrip()
            if line.endswith(("：", ":")):
                lo, hi = bisect_left(self.time_starts, prev), bisect_left(self.time_starts, para)
                bases = [t for t in self.times[lo:hi] if t.role == "compare" and not t.relative]
                return bases[0] if len(bases) == 1 else None
            if _LABELLED_LINE.match(self.s, prev) is None:
                return None
            para = prev
        return None

    def _sentence_times(self, sentence: int, pos: int) -> list[TimeRef]:
        """The times that speak of the number at ``pos`` in its sentence from ``sentence``."""
        s = self.s
        lo, hi = bisect_left(self.time_starts, sentence), bisect_left(self.time_starts, pos)
        times: list[TimeRef] = []
        if lo < hi:  # most sentences name no time before the number
            clause = max(self._back(_TIME_CLAUSE_END, pos), pos - _CONTEXT_REACH)
            near = bisect_left(self.time_starts, pos - _TIME_WINDOW)
            if near > lo + 1:  # a run-on sentence: its opening time and the times near the number (bounded work)
                times = self._times_before(lo, lo + 1, clause, pos) + self._times_before(near, hi, clause, pos)
            else:
                times = self._times_before(lo, hi, clause, pos)
        times = lead_in_times(s, self.passage_times, self.passage_starts, sentence, pos) + times  # “十五五”目标是：⏎…
        if not times and sentence > 0 and s[sentence - 1] in "；;" and (topic := self._past_topic(pos)) is not None:
            times = [topic]  # 1986年同1978年相比，…；国民收入由…增加到…: the year the sentence opens with
        if not times and lo < hi and (once := self._once_in(lo, hi, pos)) is not None:
            times = [once]  # 一些企业在一九五四年曾经因为管理不善，单是死猪和臭蛋就值八百万元: what was, that year
        return times

    def _once_in(self, lo: int, hi: int, pos: int) -> TimeRef | None:
        """A year gone in an earlier clause of the sentence (``self.times[lo:hi]``) that 曾 says was (…在一九五四年
        曾经因为管理不善，…), with nothing asked for between it and ``pos``."""
        for t in reversed(self.times[lo:hi]):
            if (t.role == "point" and t.year is not None and self.doc_year is not None and t.year < self.doc_year
                    and not t.relative and _ONCE.match(self.s, t.end) and not _TARGET_CUE.search(self.s, t.end, pos)):
                return t
        return None

    def _past_topic(self, pos: int) -> TimeRef | None:
        """A year gone that opens the sentence (to its 。) holding ``pos`` as its topic (1986年同1978年相比，…),
        with nothing asked for between it and ``pos``: it dates the ；-clauses that name no time of their own."""
        t = self._opening_time(pos)
        if (t is None or t.relative or t.role != "point" or t.year is None
                or self.doc_year is None or t.year >= self.doc_year):
            return None
        if _TOPIC_AFTER.match(self.s, t.end) is None or _TARGET_CUE.search(self.s, t.end, pos):
            return None
        return t

    def _plan_states(self, t: TimeRef) -> bool:
        """Whether ``t`` is a plan that opens its sentence saying what it sets (第一个五年计划规定…): it dates the
        sentence's targets, clause after clause."""
        opens = t.start == 0 or self.s[t.start - 1] in "。！？；\n"
        return opens and t.relative and _PLAN_STATES.match(self.s, t.end) is not None

    def _opens_topic(self, t: TimeRef, pos: int, later: list[TimeRef]) -> bool:
        """Whether ``t`` (or 在 before it) opens a clause that names only a topic, no number, before the one at
        ``pos``, with no time but a comparison's base between (``later``: the times after it): in 一九五四年社会
        零售总额，比一九五二年增长百分之四十 the year dates the growth."""
        opening = t.start - 1 if self.s.startswith("在", t.start - 1) else t.start  # 在一九五四年…中，…
        if opening > 0 and not _TIME_CLAUSE_END.match(self.s, opening - 1):
            return False
        if any(u.role != "compare" and u.end <= pos for u in later):
            return False
        end = _TIME_CLAUSE_END.search(self.s, t.end, pos)
        numbers = self.number_starts
        return end is not None and bisect_left(numbers, t.end) == bisect_left(numbers, end.start())

    def _looking_back(self, sentence: int) -> bool:
        """Whether the sentence at ``sentence``, or one before it in its paragraph, opens by looking back
        (这五年，…) with no sentence since that opens by looking ahead (今后五年，…)."""
        para = self.paragraph_start(sentence)
        turns = self._turns.get(para)
        if turns is None:  # once a paragraph: where its sentences turn, and which way
            end = self.s.find("\n", para)
            turns = self._turns[para] = [
                (m.start(), m.group("back") is not None)
                for m in _SENTENCE_TURN.finditer(self.s, para, end if end >= 0 else len(self.s))
            ]
        at = bisect_right(turns, (sentence, True)) - 1
        return at >= 0 and turns[at][1]

    def _years_back(self, sentence: int) -> int | None:
        """Over how many years the sentence at ``sentence``, or one before it in its paragraph, opens by looking
        back (这五年，…; 五年来，…; 这两年中，…), with no sentence since that turns to another time."""
        self._looking_back(sentence)  # (fills the paragraph's turns)
        paragraph = self.paragraph_start(sentence)
        turns = self._turns[paragraph]
        at = bisect_right(turns, (sentence, True)) - 1
        if at < 0 and (titled := _TITLED_FIVE_YEARS.match(self.s, paragraph)) is not None and titled.end() <= sentence:
            return 5  # ——这是追赶进位…的五年。…从1832户增加到3382户: a paragraph that opens with the title
        if at < 0 and paragraph > 0:  # 这是绿美广东生态建设绘就新画卷的五年。⏎…从45.8%提升至77.3%: a part titled so
            if _TITLED_FIVE_YEARS.fullmatch(self.s, self.paragraph_start(paragraph - 1), paragraph - 1) is not None:
                return 5
            return 5 if self._part_looks_back_five_years(paragraph) else None
        if at < 0 or not turns[at][1]:
            return None
        if _FIVE_YEARS_BACK.match(self.s, turns[at][0]) is not None:
            return 5
        back = _YEARS_BACK.match(self.s, turns[at][0])
        return _YEARS[back.group("years")] if back is not None else None

    def _part_looks_back_five_years(self, paragraph: int) -> bool:
        """Whether the last paragraph before ``paragraph`` in its section that opens on a time opens on the five
        years behind (过去五年极不寻常…。⏎——经济发展再上新台阶。…⏎（九）…从450元提高到610元)."""
        section = self.section_starts[bisect_right(self.section_starts, paragraph) - 1]
        for _ in range(_PARAGRAPHS_BACK):
            if paragraph <= section + 1:
                return False
            paragraph = self.paragraph_start(paragraph - 1)
            head = _SALUTATION.sub("", self.s[paragraph : paragraph + 16])
            if _FIVE_YEARS_BACK.match(head):
                return True
            # 各位代表！2025年是“十四五”收官之年。五年来，…: the period's last year named, then its five years
            closing = _PERIOD_CLOSED.match(_SALUTATION.sub("", self.s[paragraph : paragraph + 40]))
            if closing is not None and _FIVE_YEARS_BACK.match(self.s, self.s.find(closing.group(), paragraph)
                                                               + len(closing.group())):
                return True
            if _OPENS_ON_A_TIME.match(head):
                return False
        return False

    def _horizons(self, sentence: int, clause: int, known: list[TimeRef]) -> list[TimeRef]:
        """The years to come that the sentence names before the clause (今后五年, “十五五”时期), not in ``known``."""
        lo, hi = bisect_left(self.time_starts, sentence), bisect_left(self.time_starts, clause)
        doc_year = self.doc_year
        return [t for t in self.times[lo:hi] if t.relative and t.year and doc_year and t.year > doc_year
                and t.role in ("point", "to") and t not in known]

    def _kind(self, mode: str, sentence: int, clause: int, pos: int, times: list[TimeRef]) -> Kind:
        s, doc_year = self.s, self.doc_year
        opens = s.startswith(_EXAMPLE_OPENINGS, sentence)
        example = sentence if opens else self._example_clause(sentence, pos)
        if example >= 0 and (opens or not _TARGET_CUE.search(s, example, pos)) and (
                EXAMPLE_TOLD.match(s[example : example + _EXAMPLE_REACH])
                or self._past_year_in(sentence, pos) or _PAST_PART_OF_YEAR.search(s, example, self._sentence_end(pos))):
            # 例如，吉林省有一个制糖厂，…花费投资二千七百万元; 例如哈尔滨食品公司一九五四年…浪费数字就达五十七万元;
            # …中，例如大连工矿车辆厂第一季度生产的…: what happened there, told to make a point
            return "fact"
        if mode == "review":  # facts, unless a deadline to come is named
            future = any(
                t.role in ("point", "to") and t.year and doc_year and t.year >= doc_year
                and (not t.relative or (t.role == "to" and t.year > doc_year))  # 到本世纪末实现…翻两番: a goal
                # (1980年上半年职工住宅施工面积…, in a review of 1980: the part of the year gone is told)
                and not (t.role == "point" and (_PAST_PART_OF_YEAR.search(s, t.start, t.end)
                                                or _PAST_PART_OF_YEAR.match(s, t.end)))  # 2031年|第一季度
                for t in times
            )
            # 今年中央财政预算用于支持这项改革的资金将达305亿元: this year's, said to come, in a review
            said_to_come = any(t.relative and t.role == "point" and t.year and doc_year and t.year >= doc_year
                               and self.s.startswith(("今年", "明年"), t.start) for t in times
                               ) and _WILL_BE.search(self.s, clause, pos) is not None
            # (但是到一九五八年一月三十一日，已经完成一亿一千七百多万亩: by a day of this year, what is done already)
            future = future and _ALREADY_DONE.search(s, clause, pos) is None
            return "target" if future or said_to_come or self._quotes_last_plan(sentence, pos) else "fact"
        if mode == "plan":  # targets, unless the clause looks back
            if self._looking_back(sentence) or _STATISTICS.search(s, sentence, pos) or _OUTCOME_TOLD.search(
                    s, sentence, pos) or self._months_gone(sentence, pos) or (
                    self._shortfall_told(pos)) or (
                    _PAST_SPAN.search(s, clause, pos) and not _TARGET_CUE.search(s, clause, pos)) or self._case_told(
                    sentence, clause, pos):
                # 这五年，…从771家增加到1076家; 据一九五二年的统计，…; 大庆原油产量在十七年间平均每年增长…:
                # a plan's part that looks back
                return "fact"
            past = any(t.role == "point" and t.year and doc_year and t.year < doc_year
                       and (not t.relative or self._ended_plan(t)) for t in times)
            if _GOAL.search(s, clause, pos) and not past:
                return "target"  # 将由去年的1076亿元增加到1562亿元: the 1562 is the goal; not 1986年…由…增加到…
            if (self._fact_cue_in_plan(clause, pos) or _NOW_BEFORE.search(s, max(clause, pos - 4), pos)
                    or _BUILT_ON.search(s, max(clause, pos - 6), pos)
                    or (_FOCUSED_ON.search(s, max(clause, pos - 2), pos) and not _GOAL_AFTER.match(s, pos))
                    or (_PLACE_HAS.search(s, max(clause, pos - 8), pos) and not _TARGET_CUE.search(s, clause, pos))
                    or _GRADUATES_COMING.fullmatch(s, clause, pos) is not None
                    or self._listed_after_done(sentence, clause, pos)
                    or self._state_told_after(clause, pos)) or (
                    # (例如…的生产工人只占…，管理机构人员约占…: an example's how-little reaches the whole sentence)
                    _ONLY_SO_MUCH.search(s, sentence if s.startswith(_EXAMPLE_OPENINGS, sentence) else clause, pos)
                    and not _TARGET_CUE.search(s, sentence, pos)) or any(
                t.role in ("point", "from", "to") and t.year and doc_year and t.year < doc_year
                and (not t.relative or self._ended_plan(t)) for t in times
            ):  # 到一九四九年，粮食产量只有…: by a year gone, what was; “十三五”末…达到450亿元, in a plan of 2022
                return "fact"
            return "target"
        return self._nearest_cue(mode, sentence, clause, pos, times)

    def _shortfall_told(self, pos: int) -> bool:
        """Whether the sentence (to its 。) holding ``pos`` tells how far short of its plan a thing fell
        (…没有完成计划：钢完成96.4%…), asking nothing."""
        full = self._full_sentence_start(pos)
        told = _SHORTFALL_TOLD.search(self.s, full, pos)
        # (its own 计划 is the plan fallen short of, no cue of a target)
        return told is not None and not (_TARGET_CUE.search(self.s, full, told.start())
                                         or _TARGET_CUE.search(self.s, told.end(), pos))

    def _sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (例如…的13种主要产品，在第一季度就有…: an example's time may
        come after its first count)."""
        end = _SENTENCE_END.search(self.s, pos)
        return end.start() if end else len(self.s)

    def _example_clause(self, sentence: int, pos: int) -> int:
        """Where a clause of the sentence opened by 例如 starts, before ``pos``; -1 if none does."""
        found = _EXAMPLE_AFTER_COMMA.search(self.s, sentence, pos)
        return found.start() + 1 if found else -1

    def _months_gone(self, sentence: int, pos: int) -> bool:
        """Whether a plan's sentence counts the months of the year gone by before ``pos``, asking nothing
        (今年1——5月份铁道货运量计划完成105%: how the plan went so far, its 计划 no cue)."""
        found = _MONTHS_GONE.search(self.s, sentence, pos)
        return found is not None and _ASKED_OF_MONTHS.search(self.s, sentence, self._sentence_end(pos)) is None

    def _case_told(self, sentence: int, clause: int, pos: int) -> bool:
        """Whether a plan's sentence tells a case to make a point, with nothing asked in it: one opened as such
        (北京有一个建筑物的主楼，…) or a figure told as strikingly high anywhere in it (…造价高达二百四十元)."""
        s, stop = self.s, self._sentence_end(pos)
        if not (_SEEN_HIGH.search(s, sentence, stop) or (clause > sentence and _ONE_CASE_OPENING.match(s, sentence))):
            return False
        return _TARGET_CUE.search(s, sentence, stop) is None

    def _state_told_after(self, clause: int, pos: int) -> bool:
        """Whether a plan's clause tells after its number what was or is so, asking nothing (北京市内…的三十九座房屋
        即因此浪费了五百四十万元; 有百分之二十四的国营工业企业存在着…亏损)."""
        end = _CLAUSE_END.search(self.s, pos)
        stop = end.start() if end else len(self.s)
        # (生铁由于含硫过多而不合规格的达|4632吨: the defect told before the figure, the same)
        told = (_STATE_AFTER.search(self.s, pos, stop) is not None
                or _DEFECT_BEFORE.search(self.s[clause:pos]) is not None)
        return (told and _TARGET_CUE.search(self.s, pos, stop) is None
                and _ASKED_BEFORE.search(self.s, clause, pos) is None)  # (质量指标: a noun, no target cue here)

    def _fact_cue_in_plan(self, clause: int, pos: int) -> bool:
        """Whether a clause of a plan says what was. 累计 alone totals what is planned (深入实施…工程，累计培育100个
        标志性项目); with 已, 目前, 截至… it is the total so far."""
        sentence = self.sentence_start(pos)  # (not …并已在一九五四年通车的康藏公路…，全长共有…: what is built already)
        ahead = _PLAN_SPAN_AHEAD.search(self.s, sentence, pos) is not None and self.s.find("已", sentence, pos) < 0
        # (五年内进行建设的规模较大的纺织厂，共有三十九个: what the plan's years hold, not what there is)
        return any(m.group() != "累计" and not (ahead and m.group() == "共有")
                   for m in _FACT_CUE.finditer(self.s, clause, pos))

    def _ended_plan(self, t: TimeRef) -> bool:
        """Whether a time is the end of a five-year plan (“十三五”末, “十二五”期末): a year, named by its plan."""
        return _PLAN_END.fullmatch(self.s, t.start, t.end) is not None

    def _listed_after_done(self, sentence: int, clause: int, pos: int) -> bool:
        """…成立了二十九个自治州，|五十四个自治县: a count that opens its clause, with no verb of its own, after a
        clause that says what was done, is one more thing done."""
        s = self.s
        if pos != clause or clause - 1 <= sentence or s[clause - 1] not in "，,":
            return False
        end = _CLAUSE_END.search(s, pos)
        if end is not None and _TARGET_CUE.search(s, pos, end.start()):
            return False
        before = max(sentence, max(s.rfind(mark, sentence, clause - 1) for mark in "，,；;") + 1)
        return (before < clause - 1 and _FACT_CUE.search(s, before, clause - 1) is not None
                and not _TARGET_CUE.search(s, before, clause - 1))

    def _quotes_last_plan(self, sentence: int, pos: int) -> bool:
        """去年政府工作报告提出，物价涨幅要从14.8%降到10%左右: the target last year's plan set, quoted in the
        review (not 经过…努力，实际回落到6.1%, what came of it)."""
        quote = _LAST_PLAN_SAID.search(self.s, sentence, pos)
        if quote is None and _PLAN_PROVIDES.search(self.s, sentence, pos) is not None:
            # 全国农业发展纲要，规定…，棉花的单位面积产量分别达到六十斤、…的指标: what the plan laid down
            close = _PHRASE_END.search(self.s, pos)
            return close is not None and self.s.endswith(("的指标", "的目标"), 0, close.start())
        if quote is None and (set_at := _SET_AT_YEAR_START.search(self.s, sentence, pos)) is not None:
            # 没有实现年初确定的单位国内生产总值能耗降低4%左右、…的目标: the figures the goal named, in one phrase
            close = _PHRASE_END.search(self.s, set_at.end())
            return close is not None and close.start() > pos and self.s.endswith("目标", 0, close.start())
        return quote is not None and _WHAT_CAME.search(self.s, quote.end(), pos) is None

    def _past_year_in(self, lo: int, hi: int) -> bool:
        """Whether a year before the document's is named between ``lo`` and ``hi``."""
        k = bisect_left(self.time_starts, lo)
        return any(t.year and self.doc_year and t.year < self.doc_year and not t.relative
                   for t in self.times[k:bisect_left(self.time_starts, hi)])

    def _estimates_past_year(self, at: int) -> bool:
        """Whether the 预计 at ``at`` follows a year before the document's in its clause (一九七四年预计…,
        一九七四年农业总产值预计…)."""
        if self.s.startswith("数", at + 2):
            return False  # 比一九五七年的预计数增加了…: the base a change is measured from, not an estimate said
        before = bisect_left(self.time_starts, at) - 1
        t = self.times[before] if before >= 0 else None
        return (t is not None and t.role == "point" and t.year is not None and self.doc_year is not None
                and t.year < self.doc_year and not t.relative and at - t.end <= _ESTIMATE_REACH
                and _CLAUSE_END.search(self.s, t.end, at) is None)

    def _nearest_cue(self, mode: str, sentence: int, clause: int, pos: int, times: list[TimeRef]) -> Kind:
        """The kind of a number in a speech, or in a section that reviews and plans: the nearest cue before it."""
        s, doc_year = self.s, self.doc_year
        best: Kind = "target" if mode == "mixed" else "fact"
        best_pos = -1
        sentence = max(sentence, pos - _CUE_REACH)
        for m in _TARGET_CUE.finditer(s, sentence, pos):
            if m.group() == "预计" and (mode == "recap" or self._estimates_past_year(m.start())):
                # 五年来，…人均预期寿命预计达79岁; 工业总产值一九七四年预计比…增长: the estimate of a year gone
                best, best_pos = "fact", m.start()
                continue
            best, best_pos = "target", m.start()
        for m in _FACT_CUE.finditer(s, max(sentence, best_pos + 1), pos):
            if m.group() == "现有" and m.start() < clause:
                continue  # 要抓好现有油田的技术改造，近几年把总产量稳定在…: 现有 names the fields, not a time
            best, best_pos = "fact", m.start()
        for t in times:
            if t.year and doc_year and t.year != doc_year and t.role in ("point", "from", "to") and t.start > best_pos:
                best, best_pos = ("target" if t.year > doc_year else "fact"), t.start
            elif t.role == "to" and t.year and t.year == doc_year and t.start > best_pos:
                best, best_pos = "target", t.start  # 2025年底前，完成改造1000户, said in 2025
        if best_pos < 0 and mode != "recap" and _WEAK_TARGET_CUE.search(s, clause, pos):
            return "target"
        return best

    def _year_ref(self, times: list[TimeRef], kind: str) -> TimeRef | None:
        """The nearest time word that dates a quantity of this kind."""
        for t in reversed(times):
            if t.role in ("compare", "since"):
                continue
            past = t.year and self.doc_year and t.year < self.doc_year and t.role != "to"  # 到2022年末，力争: 2022
            if kind == "target" and (t.role == "from" or past):
                continue  # no target is due in the past: 由去年的1076亿元增加到1562亿元
            if kind == "fact":
                future = t.year is not None and self.doc_year is not None and t.year > self.doc_year
                if t.role == "then" or future or (t.role == "to" and t.year is None):
                    continue  # a fact is not dated by a deadline (到2020年)
                if self.s[t.start : t.end] in ("全年", "年内", "年度"):
                    continue  # 全年 in a review is the year reviewed, not this one
            return t
        return None

    def _then_year(self, pos: int) -> int | None:
        """届时: the last year named before, in the same paragraph."""
        lo = bisect_left(self.time_starts, self.paragraph_start(pos))
        hi = bisect_left(self.time_starts, pos)
        for t in reversed(self.times[lo:hi]):
            if t.year and t.role in ("point", "to"):
                return t.year
        return None


_FROM_BEFORE = re.compile(r"[从由](?:不到|不足|近|约|超过|逾)?\s*$")


def _unquoted_ends(words: str) -> str:
    """The words without a quote mark whose partner lies outside them: “十四五”时期 keeps both, 十四五” loses its
    closing one, as “今年 its opening one."""
    if words[:1] not in _QUOTE_PAIRS and words[-1:] not in _QUOTE_CLOSINGS:
        return words  # most words: no mark at either end
    for opening, closing in _QUOTE_PAIRS.items():
        if words.startswith(opening) and closing not in words[1:]:
            words = words[1:]
        if words.endswith(closing) and opening not in words[:-1]:
            words = words[:-1]
    return words



# What ends the noun a count opens before the clause's next number: 246宗重点项目完成投资1411亿元
_EXAMPLES_CLOSE = re.compile(  # 85个口袋公园|等建成开放, 32条背街巷道改造|等民生工程: the 等 that closes its examples
    r"(?<![相平均同对高中初])等(?=建成|完成|开工|投产|投用|实现|纳入|列入|获|入选|竣工|落地|相继|先后|$"
    r"|[^，,。；、]{0,6}(?:工程|项目|设施|任务|活动|赛事))")  # (…骑行|等群众体育品牌赛事: the events it is one of)
_KIND_OF_EXAMPLES = re.compile(r"[\u4e00-\u9fff]{0,6}(?:工程|项目|设施|任务|活动|赛事)")
_COUNTED_NOUN_MAX = 14  # 4个|省级小城镇建设试点乡镇|完成投资3.2亿元
_GLOSS_IN_NOUN = re.compile(r"（[^（）。；;]{1,30}）")
_NAME_GLOSS = re.compile("”" + _GLOSS_IN_NOUN.pattern)  # “两基”（基本普及…）: what a quoted name stands for
_COUNTED_NOUN_END = re.compile(
    r"分别|完成|实现|形成|达到|(?<![通直抵送转传])达|通达|直达|通往|突破|超过|累计|共(?![建享同治富])|合计|占|获|列入|纳入|(?:建成|开工|投产)(?!项目)|总投资|投资|营业收入|营收|产值|整合|平均|"
    r"主营业务收入|销售收入|集体(?:经营性)?收入|经营性收入|利税|利润|援助资金|帮扶资金|资金|水质|[^，,]{1,2}率|落实|落地|入驻|实施|开展|进行|提供|设置|配备|配置|安装|免费|发放|获批|特别是|尤其是|不少于|不低于|不超过|不足|[近约](?=[0-9一二两三四五六七八九十百千]|$)|"
    r"增长|增加|下降|减少|集聚(?![园区示])|吸纳|带动|(?:19|20)[0-9]{2}年|年度|全年|年内|已有"
)


_COUNTED_ALL = re.compile(r"(?<=..)(?:首次)?(?:全部或部分地?|全部|均已|都已|已经)(?=[\u4e00-\u9fff])")
_COUNTERS = frozenset("个家宗项所座条名位户处批只台套辆艘架部件场")
_AGE_QUALIFIER = re.compile(r"[0-9]{1,3}周?岁")  # 1467位|80岁以上低收入老年人: an age qualifying the people counted
_COUNTED_UNITS = _COUNTERS | frozenset("种类")  # 发现2种新物种: kinds counted too


def _counts_things(unit: str | None) -> bool:
    """Whether a unit counts things: 个, 家, 种; and in ten thousands or more, 万名, 亿个."""
    if not unit:
        return False
    return unit in _COUNTED_UNITS or (unit[0] in "万亿" and unit[1:] in _COUNTED_UNITS)
_HEADS_COUNTED = _COUNTERS | frozenset("头羽匹口")  # 肉牛、肉羊饲养量分别达到105万头、600万只: counts alike


def _whole_number(s: str, cut: int, lo: int) -> int:
    """``cut``, or where the number starts that a cut at ``cut`` falls in or right after (投资超20|亿元乃至…,
    超2|0亿元): a number goes whole into the words before another, or not at all. Not before ``lo``."""
    number = cut
    while number > cut - 2 and s[number - 1] in "万亿元":
        number -= 1
    if s[number - 1] not in _DIGITS:
        return cut
    while number > lo and s[number - 1] in _DIGITS:
        number -= 1
    return number


# (not 但是, 还是, 总是, 只是, 凡是, 实事求是, 不是, 而是; nor 是否, 是指: no saying of what the things are)
_COPULA = re.compile(r"(?:就|也|都|始终|则|正|便|即)?(?<![于但还总只凡求要可或而不])是(?![否指])")


def _closes_quote(words: str) -> bool:
    """Whether ``words`` end with the mark that closes a quote they open (企业“腾笼换鸟”: the mark stays)."""
    last = words[-1]
    if last == '"':
        return words.count('"') % 2 == 0
    opening = "“" if last == "”" else "「" if last == "」" else ""
    return bool(opening) and words.count(opening) >= words.count(last)


def _counts_heads(unit: str | None) -> bool:
    """Whether a unit counts things or people (个, 家, 人次), whose noun may follow the count."""
    return unit in _COUNTERS or (unit or "").endswith(("人", "人次")) or unit in ("间", "栋", "幢")


def _counted_noun(words: str) -> str:
    """The noun a count at its clause's start counts, from ``words`` (what follows its unit up to the next
    number): 361个|市重点项目|分别完成…, 13个|重点园区|2025年营业收入…; '' when none stands clear."""
    end = _COUNTED_NOUN_END.search(words)
    noun = words[: end.start()] if end else words
    # (410个|“两基”（基本普及…和基本扫除青壮年文盲）攻坚县|已有317个县…: a gloss adds nothing to the noun's length)
    length = len(noun) - sum(len(g) for g in _GLOSS_IN_NOUN.findall(noun))
    return noun if 2 <= length <= _COUNTED_NOUN_MAX and noun[0] not in "的之" else ""


def _shares_measure(items: list[str], own: str) -> bool:
    """Whether names listed before a clause share the measure it ends with (三一重工、中联重科海外营收占比达到60%:
    both firms' share): the clause's words before its verb end with a measure, and no name holds a verb."""
    words = _OWN_PREDICATE.sub("", own)
    ends = words.endswith((*_NAMED_MEASURES, "占比", "率", "总数"))
    return ends and not any(_ACTION_IN_ITEM.search(item) for item in items)


_FIGURE_LIST = re.compile(r"[^，,。；;、和及与]{1,10}[、和及与][0-9０-９一二三四五六七八九十百]")
_ACTION_IN_ITEM = re.compile(r"新建|新增|改造|建设|完成|实施|开展|推进|达到|实现|提高|增长|全部|至少|[0-9]")


def _pair_of_measures(first: str, second: str) -> bool:
    """Whether the words before and after a 和 name two measures of one kind that a figure after them shares
    (城镇居民人均可支配收入|和|农村居民人均纯收入年均实际增长): the first ends with the measure the second holds."""
    ends = next((m for m in _NAMED_MEASURES if first.endswith(m)), "")
    return 4 <= len(first) <= _LIST_ITEM_MAX + 4 and bool(ends) and ends in second and not _OWN_PREDICATE.search(first)


_RANK_NAMED = re.compile(r"(?:[0-9０-９]+|[一二三四五六七八九十百千]+)强")
_CLOSING_AND = re.compile(r"[\u4e00-\u9fff]{2}[和及与][\u4e00-\u9fff]{2}")
_DIGIT = re.compile(r"[0-9０-９]")
_COUNT_AT = re.compile(r"[0-9.]+[万亿]?[个家项所座处]")


def _owner_of_share(owner: str) -> bool:
    """Whether the words before a share's 占 are its owner whole: a noun (全社会研究与试验发展经费支出), or one whose
    的 ties the noun to what it is of (中等职业学校的在校生); not a work done to it (完成全市独立设置的老年医学科)."""
    if "的" not in owner:
        return True
    of, _, noun = owner.partition("的")
    return ("的" not in noun and 2 <= len(of) <= 8 and len(noun) >= 2
            and _ACT_OPENING.match(of + noun) is None and _ACTION_OPENING.match(of) is None)


def _funds_listed(items: list[str], own: str) -> int:
    """Where, in a list before an amount, the first of the kinds of one fund starts after the verb that spends them
    (…安排|下岗职工基本生活保障专项补助、再就业补助|209亿元); -1 when the list names no such kinds."""
    head = own[-2:]
    if head not in _FUND_HEADS or not all(item.endswith(head) for item in items):
        return -1
    verbs = [verb.end() for verb in _SPEND_VERB.finditer(items[0])]
    first = items[0][verbs[-1] if verbs else 0 :]
    if not 4 <= len(first) <= 2 * _LIST_ITEM_MAX or not all(_HAN_ONLY.fullmatch(item) for item in [first, *items[1:]]):
        return -1
    return len(items[0]) - len(first)


_FUND_HEADS = frozenset(("补助", "补贴", "资金", "经费", "奖补", "奖励"))
_SPEND_VERB = re.compile(r"安排|下达|拨付|投入|发放|筹集|争取|落实")


def _kinds_of_one_thing(lead: str) -> bool:
    """Whether a lead lists kinds of one thing before a bare verb (国家技术创新中心、新兴产业创新中心、制造业创新
    中心达到|8家): a count after them is of them all."""
    words = _OWN_PREDICATE.sub("", lead)
    # (省级以上瞪羚企业、隐形冠军和“专精特新”企业: a quoted name is a kind too)
    items = [item.replace("“", "").replace("”", "") for item in words.split("、")]
    if len(items) < 2 or not all(_HAN_ONLY.fullmatch(item) for item in items):
        return False
    if "和" in items[-1] and all(2 <= len(item) <= 12 for item in items):
        return True  # 现代农业产业园、科技园、创业园和田园综合体达到|160家: a list closed by 和, counted together
    if not all(4 <= len(item) <= 12 for item in items):
        return False
    if items[-1].endswith("企业") and all(item.endswith(_FIRM_KINDS) for item in items):
        return True  # 单项冠军、隐形冠军、瞪羚企业超过|160家: kinds of firms, counted together
    kind = items[0][-2:]
    return all(item.endswith(kind) for item in items) and kind not in SHARED_MEASURES and kind[-1] not in MEASURE_ENDS


_FIRM_KINDS = ("企业", "冠军", "独角兽", "瞪羚", "小巨人", "领航企业", "链主")


def _counts_its_list(lead: str) -> bool:
    """Whether a lead lists names and then counts them (集成电路、生物医药、人工智能三大先导产业规模): the list is
    the subject, all of it."""
    found = _LIST_COUNT.search(lead)
    return found is not None and lead.count("、", 0, found.start()) + 1 == _LIST_COUNTS[found.group(1)]


_LIST_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])([两二三四五六七八九十])(?:大|个|项|类|种)")
_LIST_COUNTS = dict(zip("两二三四五六七八九十", (2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True))


def _share_used_for(core: str, trail_noun: str, prev_metric: str, share: bool) -> str:
    """一般公共预算支出3.4万亿元，|74%以上|用于民生: a bare share of what the money goes to is of the amount
    before it; or ''."""
    if not share or core or not trail_noun.startswith("用于") or not prev_metric:
        return ""
    whole = _whole_of(prev_metric)
    return whole + trail_noun if whole else ""


def _placed_noun(core: str, trail_noun: str, share: bool, counted: bool) -> str:
    """宕昌县|2例|确诊病例治愈出院: the noun a number opens after a place's name, with the place; or ''."""
    if not trail_noun or not _names_a_place(core, share):
        return ""
    place = _ACT_ON_PLACE.sub("", core)  # (not 完成 of 完成城东片区…; but 建设 of 建设镇, 建设办事处, its name)
    return (core if place in _PLACE_END else place) + _own_noun(core, trail_noun, counted)


# 高新区已有|20家|企业入驻, …创新港|14个|项目落户…: a park's or an institute's firms or projects, counted
_HOLDER = re.compile(r"(?![该每本全各])([\u4e00-\u9fff]{1,14}?(?:园|港|城|区|研究所|研究院|实验室|中心|基地))"
                     r"(?:已经|已|共|现)?有?")
_HELD_THINGS = re.compile(r"(?:项目|企业|团队|平台|机构)")


def _things_of_holder(core: str, trail_noun: str) -> str:
    """The noun a count opens after the name of what holds the things (高新区已有|20家|企业入驻: 高新区企业入驻),
    with that name; or ''."""
    holder = _HOLDER.fullmatch(core) if _HELD_THINGS.match(trail_noun) else None
    return holder.group(1) + trail_noun if holder else ""


_ACT_ON_PLACE = re.compile(r"^(?:完成|实施|推进|启动|建成|新建|开工|加快|建设|支持|推动)")


def _names_a_place(core: str, share: bool) -> bool:
    """The words before a measure (not a share) end with a place's name (拉扎村3.73亿立方米山体滑坡), not
    with a kind of place (农村52万人)."""
    return (not share and len(core) >= 3 and core.endswith(_PLACE_END) and not core.endswith(_PLACE_KINDS)
            and core[0] not in "该每本全各一") or (not share and _AROUND_PLACE.search(core) is not None)


# 贯通环巴河|28公里|健身步道: a route around a place, measured by what runs around it
_AROUND_PLACE = re.compile(r"环[\u4e00-\u9fff]{0,5}?(?:河|湖|江|山|岛|半岛|城|库)$")


_FIVE_YEAR_PLAN = re.compile(r"五年计划|五年规划|“[一二三四五六七八九十]{1,2}五”")
_BREAKDOWN = ("其中：", "其中:", "其中，", "其中,")  # a sentence that breaks down the one before it
_CLOSES_ASIDE = re.compile(r"[）)]")  # （PM2.5）年均浓度: an aside closed inside the metric is part of it
_FIGURE_CHARS = re.compile(r"[0-9%百千万亿元]")
_ASIDE_NOUN_MAX = 10
_MILESTONES = frozenset(("大关", "关口", "台阶", "大台阶", "新台阶"))
_MILESTONES_COUNTED = re.compile(r"[两二三四五六七八九十0-9]{1,2}个(?:大|新)?(?:台阶|关口)")
_FROM_OR_BASE = ("由", "从", "比", "较", "其中")
_COUNT_AFTER_PREPOSITION = re.compile(r"(?<![控制保持稳定设确核定分别现已原均])(?:在|为|对|向|给)$"
                                      r"|(?<![可予加所难得足用借])以$"
                                      # 还为中西部地区|1700多万名|贫困家庭学生…: for whom, where they are
                                      r"|(?:^|[还也并])(?:为|向|给)[\u4e00-\u9fff]{1,8}?(?:地区|省|市|县|区|镇|乡|村)$")
# 为95间乡镇卫生院、|4间社区卫生服务中心配备…: a list of counts the preposition opens
_LIST_AFTER_PREPOSITION = re.compile(r"[^，,；;。：:]{0,4}?(?:为|对|向|给)[0-9０-９]")


def _bound_start(s: str, at: int) -> int:
    """Where a bound said before the count at ``at`` (为超|2000名, 对近|1万户) starts, or ``at``."""
    for bound in ("超过", "超", "近", "约"):
        if s.endswith(bound, 0, at):
            return at - len(bound)
    return at


def _after_preposition(s: str, at: int) -> bool:
    """Whether the count at ``at`` follows a preposition (为36户企业), itself or as an item of its list."""
    if _COUNT_AFTER_PREPOSITION.search(s, max(0, at - 3), at):
        return True
    if s[at - 1 : at] != "、":
        return False
    clause = last_mark(s, "，,；;。：:\n", at) + 1
    return _LIST_AFTER_PREPOSITION.match(s, clause) is not None
_FIELD_OF_EXAMPLES = re.compile(r"等(?:领域|方面|行业|产业|地区|部门)$")


def _names_examples(core: str, trail_noun: str) -> bool:
    """Whether the words before a count name examples of what it counts (揭阳炼化一体化等23个重大工业项目;
    完成荃湾、东联、碧甲3条航道升级改造工程), so that the noun after the count is the measure."""
    if core.endswith(("等", "、")) or _FIELD_OF_EXAMPLES.search(core):
        return True  # 基础设施、现代产业等领域|320个共建重点项目: the fields the projects are in
    if core.endswith(("”", "」")) and core.count("“") + core.count("「") >= 2 and len(trail_noun) >= 2:
        return True  # 争取“居家…行动”“积极应对人口老龄化”|2个国家级试点: the names, then what they are
    last = core.rpartition("、")[2]  # a short name, not a measure (…、总投资80亿元的格尔木东…)
    if "、" not in core:
        pair = _PAIR_OF_NAMES.fullmatch(core)  # 望江和太湖2个贫困县: two names, then the noun
        if pair is None:
            return False
        last = pair.group(1)
    return (len(last) <= 3 and len(trail_noun) >= 3 and not last.endswith(MEASURE_ENDS)
            and not any(last.endswith(measure) for measure in SHARED_MEASURES))


_PAIR_OF_NAMES = re.compile(r"[^和及与、]{2,3}[和及与]([^和及与、]{2,3})")


# 实现7％左右的增长速度|并不容易: how hard it is to reach, not what is measured
_HOW_HARD_END = re.compile(r"(?:并|很|实属|十分|非常|也|都|更)?(?:不容易|不易|艰巨|来之不易)$")


# 财政民生支出突破万亿元、: a measure that reached a round figure said without digits, just before
_MILESTONE_BEFORE = re.compile(r"[，,]([\u4e00-\u9fff]{2,12}?)(?:突破|跨过|跨上|迈上|超过|达到)"
                               r"[一二三四五六七八九十百千]*(?:万亿|千亿|百亿|亿|万)元?(?:大关|台阶)?[、，,]$")


# 突破40万亿元|并连续多年居世界首位: what the figure went on to do, no noun (not 并网发电, 并购)
def _past_a_cut_phrase(lead: str) -> int:
    """How far into a long lead's cut words the phrase the cut fell in ends: 科研|团队选育的新品种 (a modifier),
    政策范|围内住院自负… (a scope); 0 if it fell in neither."""
    if (de := lead.find("的", 0, 6)) >= 0:
        return de + 1
    scope = _CUT_IN_SCOPE.match(lead)
    return scope.end() if scope else 0


# (…政策范)|围内, (…规划区)|域内: the end of a scope a long lead's cut fell in (not 国内外, 内蒙古)
_CUT_IN_SCOPE = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:围|域|辖区|期)内(?![外蒙容部地河])")
_AND_THEN = re.compile(r"(?:并且?|而且|且)"
                       r"(?=连续|首次|已|在|成为|位居|居|实现|保持|跃居|稳居|继续|持续|创|获|被|列|进入|跻身)")


_GOAL_FRAMES = frozenset(("指标", "目标", "任务", "要求"))


_LINKING_END = re.compile(r"(?:串联|串起|连接|连通|联通|贯通|贯穿|辐射|涵盖|途经|横跨|联结)$")


def _linked_through(core: str, trail_noun: str) -> str:
    """串联|58个酒庄的旅游环线: the count is of what the thing named after its 的 links, inside its name; the verb
    stays with them (not 酒庄的旅游环线: 58 loops)."""
    if "的" not in trail_noun[1:-2] or _LINKING_END.search(core) is None:
        return ""
    return core + _own_noun("", trail_noun, True)  # (…旅游环线|等重点项目开工建设: up to its examples' 等)


def _trail_noun(core: str, trail: str, share: bool = False) -> str:
    """The noun in the words after a number (``trail``), or ''; ``share``: the number is a share (财政支出的75%用于
    民生: what the share goes to names it)."""
    noun = _LEADING_GLOSS.sub("", _unquoted_ends(trail.lstrip("的")))  # 5个（含续建）污水处理厂
    noun = noun.removesuffix("的基础上")  # 在接续抓好44个集中居住项目|的基础上: the frame, not the noun
    noun = _HOW_HARD_END.sub("", noun) if "易" in noun or "艰" in noun else noun  # 增长速度|并不容易
    noun = noun.removesuffix("外").removesuffix("以") if noun.endswith("外") and "除" in core else noun  # 除…水库外
    noun = "" if noun == "基础上" else noun  # 在一九五八年增产三千八百亿斤|的基础上 (its 的 gone)
    noun = "" if noun in _GOAL_FRAMES else noun  # 分别达到四百斤、八百斤|的指标: the goal's frame, not what is measured
    noun = "" if noun == "计划" and trail.startswith("的") else noun  # 年产8万辆|的计划: a plan too (not 3个计划)
    # 实现每个县培育2个以上|特色小镇的目标: the goal's frame after the noun is none of it
    noun = noun[:-3] if noun.endswith(("的目标", "的任务", "的计划")) and len(noun) > 4 else noun
    if noun.startswith("或") or noun == "中" or _AND_THEN.match(noun):
        return ""  # 每人平均一千斤|或者稍多一点: another way to put the figure, no noun; 敞车322辆|中: among them
    if noun.endswith(("为", "成")):  # 22家国有企业改革重组为|8家…: what they become is the next figure
        noun = _MERGED_INTO.sub("", noun) or noun
    noun = _without_what_it_did(noun)
    if "为" in noun and (made := _MADE_INTO.search(noun, 2)) is not None:
        noun = noun[: made.start()]  # 15个大型商超|为生活垃圾分类先进示范场所: what they are made into
    if (progress := _PROGRESS_TAIL.search(noun, 2)) is not None and not noun[: progress.start()].endswith(
            _NOT_DONE):  # (1项约束性指标未能如期完成: what was not done stays said)
        # 98个“共同缔造”试点|建设扎实推进: how the work goes, not what is counted; 8家4S店|全部建成运营: the act
        # done to all of them says which are counted, without how many of them or how it went
        went = noun[progress.start() :]
        noun = noun[: progress.start()] + (progress.group("act") or "")
        if went.startswith(("改造", "建设")) and "完成" in went:
            noun += went[:2]  # 4条境内国道|改造全面完成: the works done to them, counted done
        if noun in _BARE_UNDERTAKINGS and (not core or core.endswith("等")) and (
                stage := _STAGE_IN_PROGRESS.search(went)) is not None:
            noun += stage.group()  # 26个项目|正在加快建设: the projects being built, not any projects
    if noun[:1] == "“" and noun[-1:] == "”" and noun.count("“") == 1:
        noun = noun[1:-1]  # 116个“美丽街区”: the name is the measure
    if trail.startswith("的") and not core:
        noun = _NOUN_END.split(noun, 1)[0] or noun  # 5.5%左右的预期增长目标|与…相衔接
    if core and trail.startswith("的") and _GOAL_FRAME.match(noun):
        return ""  # 主城区建成155平方公里的目标: the goal is the words before it
    if not share and _PURPOSE.match(noun):
        return ""  # 筹措2700万元妥善解决了…, 投入5亿元用于…: what the money is for, not what it measures
    # 迈上2000亿|经济总量这个台阶: the measure, then the milestone named again
    noun = _MILESTONE_NAMED_AGAIN.sub("", noun) if len(noun) > 6 else noun
    # 首次突破100亿元大关, 连续跨越7万亿、8万亿两个台阶: a milestone, no noun
    return "" if noun.removesuffix("的") in _MILESTONES or _MILESTONES_COUNTED.fullmatch(noun) else noun


def _without_what_it_did(noun: str) -> str:
    """The noun after a number without what the thing did (600余场|赛事活动拉动社会消费18亿元: the events, not what
    they brought about) or did not do (3.73亿立方米|山体滑坡未造成人员伤亡: the slide)."""
    if (harmless := _NO_HARM_DONE.search(noun, 2)) is not None:
        noun = noun[: harmless.start()]
    # (not 带动作用强的战略性新兴产业: what kind of industry, its noun after the 的)
    if (drives := _DRIVES.search(noun, 2)) is not None and "的" not in noun[drives.end() :]:
        noun = noun[: drives.start()]
    return noun


_NO_HARM_DONE = re.compile(r"(?:未|没有|没)(?:造成|发生|出现)")
_DRIVES = re.compile(r"(?<!、)(?:拉动|带动|撬动)(?!作用|面|力|能力|效应)")
_MILESTONE_NAMED_AGAIN = re.compile(r"(?<=..)(?:这个|这一|的)(?:新?台阶|大关|关口)$")
_NOT_DONE = ("未能", "没有", "未", "不能")
_MADE_INTO = re.compile(r"(?<![成列名定评作选])为[^，,。；;]{2,16}(?:场所|单位|示范点|示范区|示范村|基地|试点)$")
_PROGRESS_TAIL = re.compile(r"(?:的?前期工作|建设|工作|改造)?(?:正在|要|将|均|都|已)?"
                            r"(?:(?:扎实|稳步|有序|加快|加速|顺利|全面|深入|持续|积极|有力|按期|如期|按时)(?:推进|实施|开展|建设|完成|启动)"
                            r"[^，,。；;]{0,8}"
                            r"|进展(?:顺利|良好)|取得(?:积极|重要|重大|明显|实质性)?进展"  # 4个…中心|建设进展顺利
                            # 22个基础设施建设项目|初见成效; 4个…中心建设|取得明显成效
                            r"|初见成效|成效(?:明显|显著|初显)|取得(?:积极|重要|重大|明显|显著|初步|阶段性)?成效"
                            # 22条市政道路|建成通车: done, at the clause's end (not 把…中心村建成小康示范村: made into)
                            r"|(?<![创改])(?:主体工程|主体)?(?:全部|全面|如期|按期|同步|陆续|顺利|已经|已)?"
                            r"(?P<act>(?:基本)?(?:建成|完工|竣工|开工)"
                            r"(?:投用|投运|投产|通车|通行|使用|建设|运营|开放|招生|验收|投入使用|投入运营|投入生产)?"
                            r"|投入(?:使用|运营|生产)))后?$")
# 减少合并办事环节|113个: a cut made in things it names, not the change of the measure before
_CUT_OF_THINGS = re.compile(r"(?:减少|精简|压减)(?!幅度|比例|比重)[\u4e00-\u9fff]{4,}$")
_GOAL_FRAME = re.compile(r"(?:奋斗|发展|预期|既定|年度)?(?:目标|任务|要求|工作)")  # (裁军50万人|的工作进展顺利)
# 人均可支配收入52000元，比全国平均水平高8000元: the figure before, against another level (…比例达到66%，超过
# 全国平均水平3个百分点: the same, the level named after its verb)
_COMPARED_WITH_LEVEL = re.compile(r"(?:比|较)[^，,。；;、0-9比较]{2,16}?(?:高|低|多|少)出?"
                                  r"|(?:超过|超出|高于|低于|高出)(?:全国|全省|全市|全区|全县|全州)?平均(?:水平|值|数)?")
# (超出自治区下达目标, 超过省定目标: a plan or a goal set from above, its setter named)
_OVER_PLAN = re.compile(r"超(?:出|过)?(?:原定的?|原定|[\u4e00-\u9fff]{1,4}(?:下达|确定|规定)的?|[省市县区]定)?"
                        r"(?:年度|全年)?(?:计划|目标)?(?:任务)?(?<=[划标务])")
# a budget's verbs, with no noun of their own
_ALLOCATIONS = frozenset(("安排", "投入", "拨付", "下达", "拨款", "拿出"))
_ALLOCATION_ENDS = tuple(_ALLOCATIONS)
# 中央财政新增47亿元专项补助资金, 筹集1亿元救灾资金: the money added or raised is the fund named after it
_FUNDS_RAISED = (*_ALLOCATION_ENDS, "新增", "追加", "筹集", "筹措")
_VERB_JOINS = ("和", "及", "与", "并", "、")
_FUNDS = ("资金", "经费", "补助", "补贴", "基金", "专款")
# 国家财政将每年安排支出, 中央财政今年再安排: when and that it is allocated, not what
_WILL_ALLOCATE = re.compile(r"(?:今年|明年|当年)?(?:拟|将|再)(?=(?:每年|再|继续)?(?:安排|投入|拨付|下达|拨款))")
_ALLOCATION_MODAL = re.compile(r"(?:拟|将|计划)(?=安排|投入|拨付|下达|拨款)")
_BUDGETS = ("支出", "资金", "经费", "投入", "预算", "补助")
_MONEY_ENDS = (*_BUDGETS, "财力", "收入", "投资", "财政")
_PURPOSE = re.compile(r"(?:专项|重点|全部|主要|集中)?(?:用于|用来|用以)|妥善|帮助|解决了")


def _without_examples(core: str, counted: bool = False) -> str:
    """新引进益海嘉里粮食产业园、艾木大健康产业园等农业项目|74个 → 新引进农业项目: the examples listed before
    等 are no part of what is counted; the verb that opens them is. ``counted``: the number counts things, so
    examples with no verb go too (…、全国健美操锦标赛等赛事|480场 → 赛事)."""
    head, _, noun = core.rpartition("等")
    if not noun and counted and (owner := _EXAMPLES_OF.fullmatch(head)):
        return owner.group(1)  # 施工线路有包头——兰州线、…等|25条: what the examples named are of
    if not 2 <= len(noun) <= 12 or not _HAN_ONLY.fullmatch(noun) or head.endswith(_WORDS_ENDING_DENG):
        return core  # not 普通高等学校: 等 inside a word
    if verb := _ADDING_VERB.match(head):
        return verb.group() + noun if "、" in head else core
    if verb := _HOLDING_VERB.match(head):
        return verb.group() + noun  # 举办“购在龙江”等促消费活动|2000场: the events held
    return noun if counted and len(head) >= 2 and not _NOT_ONLY_EXAMPLES.search(head) else core


_THERE_ARE = re.compile(r"^(?:共有|还有|還有|已经有|已經有|已有)(?=.{2})")
_EXAMPLES_OF = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?:共有|有|包括)[^，,。；;]{2,}")
# Verbs that open examples and stay with what they hold, run, make or do (adding verbs: _ADDING_VERB)
_HOLDING_VERB = re.compile(r"^(?:成功)?(?:举办了?|开展|建立|打通|更新改造|制定修订|制定|修订|支持|提供|形成|转化|"
                           r"取消和调整|取消|调整|新改扩建|改扩建|推进|建设|推出|发布|出台)(?:[或和及](?:改造|建设|提升))?")
# examples with a verb or a clause break among them are more than examples
_NOT_ONLY_EXAMPLES = re.compile(r"[，,；;：:]|提请|制定|修订|取消|调整|举办|开展|建立|建设|实施|推进|出台|发布")
_WORDS_ENDING_DENG = ("高", "中", "初", "同", "平", "对", "均", "上", "优", "特", "头", "一", "二", "三")


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_ON_YEAR_BASE = re.compile(r"(?:要|将)?在[^，,。；在]{0,10}年的?基[础数]上(?=再?(?:增长|提高|增加|下降|减少|降低))")
_COVERING = ("覆盖", "惠及", "受益")
_RAISED_AND_COVERING = re.compile(
    r"^(?:提高|提升|上调|调整|调增)([\u4e00-\u9fff]{2,10}?)(?:保障|补助|补贴|救助|供养)?标准、(覆盖|惠及|受益)$")
_STANDARD_FRAME = re.compile(r"^(?:在|按|按照)?(?:现行|国家|新)[\u4e00-\u9fff]{0,4}?标准(?:下|计算)")
_AT_A_PACE = re.compile(r"(?:却|也|都|还|则|仍)?以(?=(?:每年|年均|平均每年|平均)(?:递增|增长|增加|递减|下降))")
_ABOUT_CHARS = "约近仅只"  # 约占全国1/10: how near, before the share


# 从15个县（市）|扩大到57个县（市）: the aside closes the noun before, it opens no measure
_LEADING_ASIDE = re.compile(r"^[（(][\u4e00-\u9fff、]{1,8}[)）]")
# 征收数额（包括…和|乡村自筹经费）稳定在…: the tail of an aside opened before the clause is no part of the measure
_ASIDE_LEFT_OPEN = re.compile(_ASIDE_TAIL.pattern + r"(?:稳定在|控制在|保持在)?")  # with the hold after it
# 地区生产总值力争增长6%左右: how hard it is sought is no part of the measure (the kind reads it); 按增长5%安排 too
def _money_for_purpose(metric: str, lead: str, trail: str) -> str:
    """投入|46.32亿元|打好脱贫攻坚战, 筹措|7亿元|实施就业惠民工程: money put in or raised for the work the words
    after it name (打好脱贫攻坚战投入, 实施就业惠民工程资金), not the work itself."""
    verb = _MONEY_PUT_IN.fullmatch(lead.strip(" ，,"))
    purpose = _PURPOSE_OF_MONEY.fullmatch(trail) if verb else None
    if verb is None or purpose is None:
        return metric
    return purpose.group(1) + ("投入" if verb.group(1) == "投入" else "资金")  # (筹措…: the funds raised)


_MONEY_PUT_IN = re.compile(r"(?:累计|共计|共|全年|先后)?(投入|筹措|筹集|统筹|整合|拨付)(?:资金)?")
_PURPOSE_OF_MONEY = re.compile(r"(?:[，,]?(?:专项|主要|重点)?用于)?((?:实施|打好|推进|建设|支持|开展|改善|完成"
                               r"|保障|解决|推动|加快|加强|实现|办好|发展)(?:“[^”，,。；;\n]{1,12}”|[^，,。；;、\n0-9“]){2,20})")


def _money_named_after(core: str, trail: str, trail_noun: str) -> str:
    """育儿家庭每月多了|300元|补贴 → 育儿家庭补贴, 实施两年新增|4万亿元|的投资计划 → 实施两年新增投资计划: the money
    named after the amount is what it measures."""
    # 首期规模|500亿元|的科创基金签约落地: how the fund goes is no part of its name
    fund = (_WORKS_GOING_END.sub("", trail_noun) or trail_noun) if trail.startswith("的") else trail_noun
    named = trail_noun in _MONEY_NOUNS or (trail.startswith("的") and fund.endswith(_FUNDS_NAMED))
    if _BONDS_ISSUED.fullmatch(trail_noun) and len(core) > 4:
        # 完成黄山旅游集团|3亿欧元|境外债发行: the issuer's bonds, not the act
        named, core = True, core.removeprefix("完成").removeprefix("推动").removeprefix("支持")
    if core.endswith(_GIVEN) and not named and 2 < len(trail_noun) <= 6 and trail_noun.endswith(_MONEY_NOUN_ENDS):
        # 入住老人每月每床给予|100元|运营补贴: the grant is what the words after the amount name
        named, core = True, core.removesuffix(_GIVEN)
    elif named and core.endswith(_GIVEN):
        core = core.removesuffix(_GIVEN)  # “两癌”患病妇女给予每人|1万元|救助 → …患病妇女救助
    serves = core.endswith(_SERVES)
    if not named and (core in _INVESTMENT_WORDS or serves) and trail.startswith("的") and (
            works := _WORKS_INVESTED.match(trail_noun)) is not None:
        # 总投资超|500亿元|的晋北采煤沉陷区新能源基地加快建设: the base's investment;
        # 惠及|3400万人|的引大济岷工程: those the works will serve
        return works.group() + (_SERVES if serves else core)
    if not named and core in _INVESTMENT_WORDS and trail.startswith("的"):
        # 投资超|10亿元|的艾佛光通科技、…等项目加快建设: the works named by their firm, before what is done to them
        # (a name listed on, with no word of how the works go: see _Context._investment_of_named)
        going = _WORKS_GOING.search(trail_noun)
        works_named = trail_noun[: going.start()] if going else ""
        if 2 <= len(works_named) <= _FIRM_NAME_MAX and _FIRM_NAME.fullmatch(works_named):
            return works_named + core
    if not named or len(core) < 2 or core.endswith(trail_noun):
        return ""
    size = next((w for w in _SIZES_OF_FUNDS if core.endswith(w)), "")
    return fund + size if size else core + trail_noun  # 设立总规模|45亿元|的产业发展基金: the fund's size


def _share_granted(core: str, trail_noun: str) -> str:
    """对老年人租赁康复辅具，给予每人每年1200元限额内的|60%|租金补贴 → 租金补贴比例: the share of a cost a grant
    pays; '' otherwise."""
    if _GIVEN not in core or not 2 <= len(trail_noun) <= 6 or not trail_noun.endswith(_MONEY_NOUN_ENDS):
        return ""
    return trail_noun + "比例"


_WORKS_GOING = re.compile(r"加快建设|开工建设|建成投产|建成|投产|投入使用|投入运营|投用|开工|落地|签约|竣工|"
                          r"基本完工|完工|通车|加快推进|顺利推进|进展顺利|顺利实施|全面完成")
_WORKS_GOING_END = re.compile(r"(?:" + _WORKS_GOING.pattern + r")+$")
_FIRM_NAME = re.compile(r"[\u4e00-\u9fff“”]+")
_FIRM_NAME_MAX = 12
_SIZES_OF_FUNDS = ("总规模", "首期规模", "规模", "总额")
# a project's own words, which end its name (…综合体项目: not cut at 综合体)
_WORKS_WORDS = r"(?:项目|工程|基地|园区|综合体|电站|生产线)"
_INVESTMENT_WORDS = frozenset(("总投资", "计划总投资", "投资"))
_SERVES = "惠及"
# the works an investment said before them is for, up to their own word (项目, 基地, 工程…)
_WORKS_INVESTED = re.compile(r"[\u4e00-\u9fff“”]{2,20}?" + _WORKS_WORDS + r"(?!" + _WORKS_WORDS + r")")


_FUNDS_NAMED = ("投资计划", "专项资金", "补助资金", "建设资金", "基金")


_BONDS_ISSUED = re.compile(r"(?:境外|海外|公司|企业|专项|一般|地方政府|政府|绿色|科创)?债(?:券)?发行")
_MONEY_NOUNS = frozenset("补贴 补助 奖励 奖补 津贴 奖金 救助 救助金 慰问金 生活费 补偿".split())
_MONEY_NOUN_ENDS = ("补贴", "补助", "奖励", "奖补", "津贴", "奖金")
_GIVEN = "给予"


def _done_to(core: str, trail: str) -> str:
    """对道路边角的|20万平方米|裸露土地进行补植绿化 → 裸露土地补植绿化: what the act is done to, and the act."""
    done_to = _DONE_TO.fullmatch(trail) if core.startswith("对") else None
    return done_to.group(1) + done_to.group(2) if done_to else ""


_DONE_TO = re.compile(r"的?([\u4e00-\u9fff]{2,12}?)进行([\u4e00-\u9fff]{2,6})")
_INTENT_CHARS = frozenset("力确争按")
# 江淮新能源汽车力争落实|年产…: the aim is no part of the measure it names
_INTENT_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:力争|力保)(?:落实|实现|完成)(?=[\u4e00-\u9fff]{2})")
_INTENT_BEFORE_CHANGE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:力争|确保|争取|力保|努力|按)"
                                   r"(?=(?:实现)?(?:增长|提高|提升|下降|降低|达到|突破|超过|控制在|保持在|稳定在)$)")
# 钢铁、石化、造纸三大产业实现|工业产值1100亿元: a sum made is measured by its amount (not 贫困人口实现|脱贫: an
# outcome counted)
_ACHIEVED_AMOUNT = re.compile(r"(?<=[\u4e00-\u9fff）)”]{2})实现了?(?=(?:工业)?(?:总产值|增加值|产值|利润|利税|营业收入"
                              r"|主营业务收入|销售收入|营收|税收|交易额|成交额)$)")
_STILL_CHARS = frozenset("仍依")
# 农业总产值仍然增加了|二十七亿四千万元: despite what, not what is measured
_STILL_BEFORE_CHANGE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:仍然|依然|依旧|仍)"
                                  r"(?=(?:增加|增长|提高|下降|减少|降低)了?$)")


def _plan_done_by(core: str, prev_metric: str) -> str:
    """重点项目完成投资337亿元，|完成年度投资计划|89.55%: how much of its plan the spending before did, or ''."""
    spent = _spending_named(prev_metric) if core in _PLAN_DONE else ""
    if not spent or len(prev_metric) - len(spent) < 2:
        return ""
    return prev_metric[: len(prev_metric) - len(spent)] + core


def _metric(core: str, trail: str, prev_metric: str, share: bool = False, counted: bool = False,
            modified: bool = False, after: str = "", points: bool = False, after_rate: bool = False) -> str:
    """What a number measures, from the words before it (``core``), after it (``trail``) and the metric of
    the number before it in its sentence; ``share``: the number is a share (省定贫困村75%: of the villages);
    ``counted``: it counts things (…新增3项改革成果: the reforms are counted); ``modified``: a 的 stands
    before the count (新开通至北京的3条航线: the words before it modify the noun it counts); ``points``: it is in
    percentage points (a share's change, not its whole's); ``after_rate``: it is a share after one in percent, not
    in points (提高6个百分点，达到61%: the level)."""
    core = _DATED_COMPARISON.sub("", core) if "比" in core or "较" in core else core
    core = _AT_A_PACE.sub("", core) if "以" in core else core  # 整个工业却以|每年递增…的速度: the pace's measure
    core = _STANDARD_FRAME.sub("", core) if "标准" in core else core  # 现行标准下|71.65万贫困人口: by what standard
    # 提高城乡低保标准、覆盖|119.2万人: whom the scheme covers, not its standard raised
    core = _RAISED_AND_COVERING.sub(r"\1\2", core) if core.endswith(_COVERING) else core
    core = _ON_YEAR_BASE.sub("", core) if "基" in core else core  # 要在一九五四年的基数上|增长: the base year
    core = _INTENT_BEFORE_CHANGE.sub("", _INTENT_INSIDE.sub("", core)) if _INTENT_CHARS.intersection(core) else core
    core = _ACHIEVED_AMOUNT.sub("", core) if "实现" in core else core  # 三大产业实现|工业产值: the amount, not the act
    core = _STILL_BEFORE_CHANGE.sub("", core) if _STILL_CHARS.intersection(core) else core  # 总产值仍然增加了
    core = _LEADING_ASIDE.sub("", core) if core.startswith(("（", "(")) else core
    core = _ASIDE_LEFT_OPEN.sub("", core) if "）" in core or ")" in core else core
    # 按可比口径|增加2400亿元, 扣除物价因素|增长8%, 扣除减税降费因素影响|增长6%: how it is reckoned
    core = _RECKONING_OPENING.sub("", core) if core.startswith(("按", "扣除", "剔除")) else core
    core = _RANKED_BEFORE.sub("", core) if "、" in core else core  # 花卉产量全球第一、|优质鲜切花占比|60%
    core = _YEARS_RUNNING.sub("", _INNER_YEARS.sub("", core)) if "年" in core else core
    core = _MONTH_SPAN.sub("", core) if "月" in core else core  # 案件从今年一月到九月|共有…: when, not what
    core = _YEAR_AFTER_SUBJECT.sub("", core) if "年" in core else core  # 政府去年用于…|支出: when, not what
    core = _ABOUT_SHARE.sub("", core) if "约" in core or "約" in core else core  # 人员约占|职工总数: the bound
    # “企呼我办”等新机制推动|企业反映问题解决率: what brought the rate about is no part of it
    core = _CAUSE_BEFORE_RATE.sub("", core) if "动" in core or "促进" in core else core
    core = _DEADLINE_MODAL.sub("", core) if core.endswith(("要", "将")) else core  # 人口到2000年要|控制在…
    # 完成以下|四十八个主要工程: "the following" points at the list after the count, it is no part of what is counted
    core = core[:-2] if trail and core.endswith(("以下", "下列", "下述")) and len(core) > 2 else core
    # (examples drop with no verb only where the count closes their noun: not 钢铁、有色等重点行业|46种产品能耗)
    core = _without_examples(core, counted and not trail) if "等" in core else core
    if core.endswith(("翻", "翻了")):
        core = _doubled(core, prev_metric)
    trail_noun = _trail_noun(core, trail, share)
    trail_noun = _without_quality_raised(core, trail_noun, counted)
    framed = ((share and _share_of_things_doing(core, trail)) or _done_to(core, trail)
              or _goal_headed_for(core, trail_noun) or _plan_done_by(core, prev_metric)
              or (not counted and not share and _money_named_after(core, trail, trail_noun))
              or (counted and _FIELD.fullmatch(core) is not None and _INDICATORS_COUNTED.match(trail_noun) is not None
                  and core + trail_noun)
              or _cap_of_scheme_before(core, prev_metric) or _extreme_of_before(core, prev_metric)
              or _rate_of_before(core, prev_metric) or _rate_of_act_before(core, prev_metric)
              or _total_changed_of(core, prev_metric)
              or _yearly_part_of_whole(core, prev_metric)
              or _reach_of_works_before(core, prev_metric)
              # 城市公用事业建设为十六亿元，|占|百分之三点七: the share the amount before has of the whole shared out
              or (share and core == "占" and prev_metric and "占" not in prev_metric
                  and _GROWTH_TAIL.sub("", prev_metric) + "占比")
              # 城镇新增就业超690万人、|稳定在全国|1/10以上: the share of the count before
              or (share and prev_metric and _HELD_AT_SHARE.fullmatch(core) is not None
                  and _HELD_AT_SHARE.search(prev_metric) is None and _GROWTH_TAIL.sub("", prev_metric) + core)
              or (not trail and (_in_another_scope(core, prev_metric) or _parallel_cut(core, prev_metric)
                                 or _level_swapped(core, prev_metric) or _done_over(core, prev_metric)
                                 or _parallel_owner(core, prev_metric) or _counterpart_of(core, prev_metric)
                                 or _same_act(core, prev_metric) or (counted and _other_act(core, prev_metric))
                                 or _school_flow(core, prev_metric)
                                 or _act_on_works_before(core, prev_metric)))
              or _growth_named_after(core, trail_noun)
              or (after and _project_capacity(core, after)) or _annual_output_project(core, trail)
              or (not share and _works_of_place(core, trail_noun)) or _area_part_of_place(core, trail_noun)
              or (not share and not counted and _building_of_named(core, trail_noun))
              or (share and _share_where_done(core, trail)) or (share and _share_granted(core, trail_noun))
              or _framed_metric(core, trail, trail_noun, prev_metric, share)
              or _capacity_of(core, trail, trail_noun) or _whole_length(core, prev_metric)
              or _investment_of_works_after(core, trail_noun)
              # 广义货币M2增长11.3%，低于|13%左右的预期目标: the goal of the measure just told
              or (not core and prev_metric and (goal := _GOAL_AFTER_FIGURE.fullmatch(trail)) is not None
                  and prev_metric + goal.group(1))
              or (share and _group_of_rate(core, prev_metric))
              or (counted and _subset_named(core, trail, prev_metric, modified))
              or (_NEED_MET.fullmatch(trail_noun) is not None and core + trail_noun)
              or (counted and _owned_count(core, trail_noun))
              or (counted and _linked_through(core, trail_noun))
              or _modified_noun(core, trail_noun, modified) or _act_on_subject(core, trail_noun, prev_metric, counted)
              or (counted and _field_counted(core, trail_noun)) or _projects_investment(core, prev_metric)
              or _placed_noun(core, trail_noun, share, counted) or (counted and _things_of_holder(core, trail_noun))
              # 支持每个县做强|2-3个专业镇, 各开发区分别聚焦|1～2个主导产业: what each place is to have, counted
              or (counted and trail_noun and (core.endswith(_BUILD_UP_VERBS) or core[-1:] in _VERB_ENDS)
                  and _EACH_PLACE.match(_BACKING.sub("", core))
                  and _EACH_PLACE_FILLER.sub("", _BACKING.sub("", core)) + trail_noun)
              or _share_used_for(core, trail_noun, prev_metric, share)
              or (counted and _staffed_per_unit(core, trail_noun))
              or _places_a_trial_reached(core, trail_noun))
    if framed:
        return framed
    if trail_noun and (
            # 我们继续安排|20件…; 五年共培养|500万名…: the years it took are no noun either
            len(_GOING_ON.sub("", _DONE_OPENING.sub("", _SPAN_OPENING.sub("", _PERIOD_TAIL.sub("", core))))) < 3
            or core.endswith(_CONJUNCTIONS)
            # (not 提升2个位次: steps up; 全面启动“十三五”|499个: the verb before the period)
            or (_PERIOD_TAIL.sub("", core)[-1:] in _VERB_ENDS and not _RANK_STEPS.fullmatch(trail_noun))
            # 国际医药创新公园新引入|8家跨国药企: what is brought in, counted; 升格设置|8所|本科院校: what is set up
            or core.endswith(("引入", "纳入", "设置"))
            # (规划安排了|18个领域的重点任务: what is laid out, counted; not 中央财政安排|384亿元, an amount)
            or (counted and (core.endswith(("新增", "发现", "安排", "部署", *_SCOPES, *_WITHIN_AREA))
                             or _CITY_PROPER.search(core)
                             or _COUNT_AFTER_PREPOSITION.search(core)  # 国务院先后向192个重点国有企业派出…
                             or _INSTITUTION.fullmatch(core)))
            or _SUPERLATIVE.search(core) or _names_examples(core, trail_noun)
            or (core.endswith(("”", "」")) and _ACTION_OPENING.match(core) is not None)  # 启动科技“突围”|14个…项目
            or _PHASE_END.search(core) or _ASPECTS_END.search(core) or core.endswith(_BEFORE_ITS_NOUN)
            or _GROUPS_COUNTED_BEFORE.search(core)  # 全力办好十件|32项|惠民实事: the things, in groups counted
            or _VERB_COUPLET_END.search(core)):
        # 建设77个党建共同体, 成长出8个万亿元级产业集群; 建设科创生态岛和11个分岛: the number opens its own noun
        return _own_noun(core, trail_noun, counted)
    ratio = _RATIO_TO_PERIOD.match(core) is not None  # 投资1179亿元，是“十一五”时期的2.67倍: the investment's
    if prev_metric and (ratio or _COMPARED_BASE.match(core + "的")
                        or (core in _ALLOCATIONS and _GROWTH_TAIL.sub("", prev_metric).endswith(_BUDGETS))):
        # 工业总产值达到…，比一九五二年的二百七十亿元; 支出将由…增加到95亿元，明年将安排200亿元: the same measure
        return _GROWTH_TAIL.sub("", prev_metric) + (core if ratio else "")
    # (完成投资2929亿元、超年度计划28%: how far past its plan, the same way)
    if prev_metric and (_OVER_PLAN.fullmatch(core) or _COMPARED_WITH_LEVEL.fullmatch(core)
                        or (_GROWTH.match(core) and not _GROWTH.match(prev_metric) and not _CUT_OF_THINGS.match(core))):
        # …274.4亿元，同比增长9.1%; 重工业总产值一九八一年比一九八○年下降…，一九八二年预计比一九八一年增长…;
        # 财政收入比“十一五”末翻了一番，年均增长15%: the measure, not how it doubled
        return _change_of(prev_metric, _CHANGE_ADVERBS.sub("", core), points)
    owner = _OWNERS_ACT_END.sub("", prev_metric) if core in _TOTALS_OF else prev_metric  # …项目落地、总投资…
    # 新开工814个、总投资5935亿元: the projects newly started, counted without their noun
    owner = prev_metric + "项目" if core in _WHOLE_SIZE and _PROJECTS_BY_STAGE.fullmatch(prev_metric) else owner
    bare_owner = _ADDED_END.sub("", _NEWLY.sub("", _GROWTH_TAIL.sub("", owner))) if core in _TOTALS else ""
    if core in _TOTALS and owner and (owner.endswith(_TOTALS_OF.get(core, ""))
                                      or (core in _SIZED_FUNDS and bare_owner.endswith(_TOTALS_OF[core]))):
        # 新增过百亿元企业2家、总数达7家: all such firms; 新登记经营主体…增长13%，总量达…: of the firms
        owner = bare_owner  # …病床将增设6万张，总数…
        owner = owner.removesuffix("比重") if core == "总额" else owner  # …投资比重提高到14%，总额达到174亿元
        return (_TALLY_OPENING.sub("", owner) if core in _TOTALS_OF else owner) + core
    # 发电装机容量由1997年的2.54亿千瓦: the year is no part of the measure (nor a space before it: 增加到 2010年的)
    dated = _YEAR_TAIL.sub("", core).rstrip()
    if prev_metric and (_CHANGED_TO.fullmatch(dated) or dated in _CHANGE_LEFT or (dated != core and len(dated) < 2)):
        # 城镇居民人均可支配收入由2007年13857元增加到2011年22851元: the 22851 measures what the 13857 did;
        # …人数将增长百分之十八，在一九五七年达到六千万人: so does a number whose clause names only its year
        return _strip_suffixes(_YEAR_TAIL.sub("", _GROWTH_TAIL.sub("", prev_metric)), _METRIC_TAIL) or core
    if dated != core and len(dated) > 1:  # 运煤能力将由一九八○年的|1400万吨: the tail the year hid goes too
        core = _strip_suffixes(dated, _METRIC_TAIL) or dated
        # 产值在一九五三年已经达到一九四九年的|九倍: the year it stood at goes as well as the base
        again = _YEAR_TAIL.sub("", core)
        core = (_strip_suffixes(again, _METRIC_TAIL) or again) if again != core and len(again) > 1 else core
    core = core[1:] if share and core[:1] in _ABOUT_CHARS and core[1:2] == "占" else core  # 约占全国1/10
    if (share and prev_metric and ((len(core) >= 3 and core[0] == "占") or core == "占比" or _OF_PLAN.match(core))
            and (whole := _whole_of(prev_metric))):
        # 中央预算支出为…，占国家预算的75%; 新能源汽车年产量增至82万辆、占比达到45%: the share of the measure before
        return whole + core
    core = _share_by_verb(core) if share else core
    if (prev_metric and (_GROWTH_TAIL.sub("", core).removeprefix("总") in SHARED_MEASURES or core == "总产")
            and (subject := _subject_of(_GROWTH_TAIL.sub("", prev_metric)))):
        return subject + core  # 粮食播种面积1530万亩、总产量125亿斤; 总产量增长19%、产值增长18%: the grain's
    # 今年计划完成6万亩; 增长8%，达到296亿元: the metric of the clause before
    if core or trail_noun:
        return _with_undertaking(core, trail_noun) if counted else core or trail_noun
    return _measure_changed_before(prev_metric, after_rate)


def _work_of_doer(metric: str, core: str, lead: str, trail: str, share: bool) -> str:
    """大型农贸批发市场完成|不少于100万批次|农产品快检: the work the doer before the verb did, which the words after the
    figure name, not the doer alone (the doer stays: whose tests)."""
    if not trail or not core or metric != core or _DOER_DID.search(lead) is None:
        return metric
    noun = _trail_noun(core, trail, share)
    if len(noun) < 2 or _VERB_FIRST.match(noun) is not None:
        return metric
    return core + noun


_DOER_DID = re.compile(r"(?:完成|实现)了?(?:不少于|不低于|超过|至少|近|约|逾|超)?$")


def _total_changed_of(core: str, prev_metric: str) -> str:
    """地区生产总值年均增长4.8%，2025年|总量比2020年增加|超7400亿元: the change of the total of what grew."""
    if not prev_metric or _TOTAL_CHANGED.match(core) is None:
        return ""
    whole = _GROWTH_TAIL.sub("", prev_metric)
    return whole + core if whole != prev_metric else ""


_TOTAL_CHANGED = re.compile(r"(?:总量|总额|总规模)(?:比|较)[^，,。；]{1,12}?(?:增加|增长|扩大|提高|翻)")


def _share_by_verb(core: str) -> str:
    """社会事业投资占|43.7%: the share the investment takes (…中的比重已占: one named already)."""
    shared = _SHARE_VERB_END.sub("", core) if core.endswith(("占", "佔")) else ""
    if len(shared) < 2:
        return core
    return shared if shared.endswith(_SHARE_ENDS) else shared + core[-1] + "比"


_SHARE_VERB_END = re.compile(r"(?:约|近|仅|只|已|共|才|就|将|则|还|也|仍然|仍|都|均|分别)*[占佔]$")


# 生态环境|9项|约束性指标全部完成: the field the indicators are of, then the indicators
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}(?<![等中和共有])")
_INDICATORS_COUNTED = re.compile(r"(?:约束性|预期性|主要|考核|核心|关键|[一二三]级)?指标")  # 营商环境评价|8个|一级指标


def _owned_count(core: str, trail_noun: str) -> str:
    """(将全市)医疗机构|200台|救护车纳入平台: a count between the bodies that own the things and the things names
    the things, the owners' (not 医疗机构)."""
    if not trail_noun or _OWNERS.fullmatch(core) is None or _VERB_FIRST.match(trail_noun):
        return ""
    return core + trail_noun


# (纺织工业部共有|39个|建设项目: a ministry's or a bureau's; 两所大学|3个|学科: the universities'; not 西部, 布局, 大厅)
_OWNERS = re.compile(r"[\u4e00-\u9fff、]{0,14}(?:机构|企业|单位|部门|院|学校|院校|大学|高校|银行|公司"
                     r"|(?<=[业务政])部|(?<![格布结大当])局|(?<![大餐])厅)")
_VERB_FIRST = re.compile(r"(?:开展|实施|建设(?!项目|单位)|建成|完成|实现|达到|获得|入选|参加|参与|提供|新增|培育|改造)")


def _works_of_place(core: str, trail_noun: str) -> str:
    """加快大兴安岭|100万平方米|棚户区改造工程建设: the works of the place the verb before the size pushes on, not
    the verb and the place."""
    pushed = _PUSHING_PLACE.fullmatch(core)
    if pushed is not None and _WORKS_NOUN.search(trail_noun):
        return (pushed.group(1) or pushed.group(2)) + trail_noun
    # 改造中心城区|160公里|电力线路: the works the verb does in the place, not the verb and the place
    # (完成起步区|2.6公里|路网: what is finished there, the place and the works, 完成 only says it is done)
    done_in = _WORKS_IN_PLACE.fullmatch(core)
    plain = _PLAIN_NOUN.fullmatch(trail_noun) is not None and _VERB_FIRST.match(trail_noun) is None
    if done_in is None or not plain:
        return ""
    return (done_in.group(1) if core.startswith(("完成", "建成")) else core) + trail_noun


def _building_of_named(core: str, trail_noun: str) -> str:
    """确保红星美凯龙|6万平方米|主力店年内完工, 建成科技园|5万平方米|标准厂房: the size of a building of the named
    place or firm, not the name (and the verb before it) alone."""
    named = _NAMED_BEFORE_SIZE.fullmatch(core)
    building = _BUILDING.match(trail_noun)
    return named.group(1) + building.group() if named is not None and building is not None else ""


# (the verb that may open the clause, then a name with no verb of its own: 确保|红星美凯龙)
_NAMED_BEFORE_SIZE = re.compile(r"(?:确保|建成|新建|建设|开工建设|完成|推进|加快)?([\u4e00-\u9fff]{2,8}"
                                r"(?<![建成完工设进造])(?<!园区)(?<!城区))")
_BUILDING = re.compile(r"[\u4e00-\u9fff]{0,4}(?:主力店|购物中心|商业综合体|综合体|标准厂房|厂房|写字楼|办公楼"
                       r"|教学楼|宿舍楼|展馆|场馆|体育馆|图书馆|仓库|仓储库)")


def _area_part_of_place(core: str, trail_noun: str) -> str:
    """做好海拉尔东山组团|8.8平方公里|起步区的规划: the part of the place named before the size."""
    part = next((p for p in _AREA_PARTS if trail_noun.startswith(p)), "")
    place = _AREA_PLACE.search(core) if part else None
    return place.group(1) + part if place else ""


# (the place after the last verb before it: 科学合理的做好|海拉尔东山组团)
_AREA_PLACE = re.compile(r"(?:做好|建设|推进|启动|加快|规划|实施|打造|开发)?([^做建推启加规实打开的，,]{2,8}"
                         r"(?:组团|新区|新城|片区|园区|开发区|商务区|功能区))$")
_ACTION_OPENING = re.compile(r"启动|实施|开展|推进|推动|组织|举办|建设|打造")
_TRAIL_COMPARATOR = re.compile(r"(?:超过|超|近|约|逾|达到|达)$")
# (重点推进贺兰山至阴山段沿黄岸线|180公里|流沙系统治理: a stretch of shore or river, too)
_PUSHING_PLACE = re.compile(
    r"(?:重点|全面|持续|继续)?(?:加快|推进|加快推进|实施|启动|抓好|推动|完成)"
    r"([\u4e00-\u9fff]{1,6}?(?:岭|山|区|县|市|镇|乡|村|新城|新区|片区|街道|办事处)"
    r"|[\u4e00-\u9fff]{1,12}?(?:岸线|河段|河道|海岸带|流域))"
    # (a tract of land needs no verb before it, said before a list: 推进…和豫东平原|200万亩|…项目)
    r"|(?:(?:加快|推进|实施|启动|推动)?([\u4e00-\u9fff]{1,6}?(?:平原|洼地|盆地|灌区|库区|垦区)))")
_WORKS_NOUN = re.compile(r"改造|工程|项目|整治|建设|治理|修复|迁改|迁建|改建|扩建")
_PLAIN_NOUN = re.compile(r"[\u4e00-\u9fff]{2,8}")
_WORKS_IN_PLACE = re.compile(r"(?:新建|改建|扩建|改造|硬化|铺设|迁改|新改建|改扩建|完成|建成)"
                             r"([\u4e00-\u9fff]{0,4}?(?:城区|老城区|新城|新区|片区|主城区|中心城区|县城|镇区|起步区))")


_ADDED_OPENING = re.compile(r"^(?:新增|净增|新认定|新培育)(?=[\u4e00-\u9fff“]{2})")


def _measure_changed_before(prev_metric: str, after_rate: bool) -> str:
    """The measure the clause before changed (增长8%，达到296亿元 → 地区生产总值), if it names one: not 又 of
    又比一九五七年增加…，达到…, nor 比上年分别 of 比上年分别增加236家和85家."""
    measure = _GROWTH_TAIL.sub("", prev_metric)
    if after_rate and measure != prev_metric:
        return prev_metric  # 平均每年递增百分之四，…争取达到百分之五: a bare share after a rate is the rate's
    # 省级以上创新平台新增26家，达450家: the whole reached, not what was added
    measure = _ADDED_END.sub("", measure) if measure.endswith(("新增", "净增")) else measure
    # 新增规上企业129户，达到223户: all the firms, the new ones among them
    measure = _ADDED_OPENING.sub("", measure) if len(measure) > 4 else measure
    return measure if len(measure) > 1 and not measure.endswith(_RESPECTIVELY) else prev_metric


_REACHING_EXAMPLES = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:通达|直达|通往|联通|覆盖)")


def _without_quality_raised(core: str, trail_noun: str, counted: bool) -> str:
    """提升|40所|普通高中办学能力: the schools are counted, not how well they teach."""
    quality = _QUALITY_RAISED.search(trail_noun, 2) if counted and core.endswith(_RAISING) else None
    return trail_noun[: quality.start()] if quality is not None else trail_noun


def _places_a_trial_reached(core: str, trail_noun: str) -> str:
    """试点扩大到|20个|省、自治区、直辖市: the places a trial or reform reached, named as its places (试点省、自治区、
    直辖市), not places at large; else ''."""
    reached = _TRIAL_WIDENED.search(core) if trail_noun and _TRIAL_PLACES.fullmatch(trail_noun) else None
    return reached.group(1).removesuffix("范围") + trail_noun if reached is not None else ""


# (its 扩大到 gone with the metric's tail words)
_TRIAL_WIDENED = re.compile(r"([\u4e00-\u9fff]{0,16}?(?:试点|改革|试验)(?:范围)?)(?:已经|已|又|进一步|逐步)?"
                            r"(?:(?:扩大|扩展|推广|扩围|拓展)(?:到|至))?$")
_TRIAL_PLACES = re.compile(r"(?:省份|省|自治区|直辖市|县|市|区|城市|地区|国家|地市|县区|县（市、?区?）)"
                          r"(?:[（(][^）)]{1,12}[）)]|[、和及](?:省份|省|自治区|直辖市|县|市|区|城市|地区|国家))*")


def _staffed_per_unit(core: str, trail_noun: str) -> str:
    """每万城镇常住人口配备|18名|社区工作者(目标): how many are staffed per unit, the unit kept (a ratio, not a
    head count); else ''."""
    per = _PER_UNIT_STAFFED.search(core) if trail_noun and "配" in core else None
    # (每所学校至少配备|1名|…: the bound is the comparator's)
    return _BOUND_WORDS.sub("", per.group()) + _GOAL_AFTER_NOUN.sub("", trail_noun) if per is not None else ""


_PER_UNIT_STAFFED = re.compile(r"每(?:个|所|家|[十百千万]+)?[\u4e00-\u9fff]{1,10}?(?:配备|配置|配齐|配足)(?:不少于)?$")
_BOUND_WORDS = re.compile(r"至少|不少于")
_GOAL_AFTER_NOUN = re.compile(r"(?<=..)(?:的)?(?:目标|任务|要求)$")


def _own_noun(core: str, trail_noun: str, counted: bool) -> str:
    """The noun a number opens (``trail_noun``), as the metric: up to the 等 that closes its examples (85个口袋公园|
    等建成开放), with the verb that adds the examples before it (建成通车济南至宁津等|5个项目: 建成项目) and an
    institution or a city that owns it."""
    examples = _EXAMPLES_CLOSE.search(trail_noun, 2)
    if examples and "、" in trail_noun[: examples.start()] and _KIND_OF_EXAMPLES.fullmatch(trail_noun, examples.end()):
        examples = None  # 178项|节能、节水和资源综合利用等重大项目: a list of kinds, the count is of them all
    noun = trail_noun[: examples.start()] if examples else trail_noun
    if core.endswith("等") and (verb := _ADDING_VERB.match(core)):
        noun = verb.group() + noun
    elif core.endswith("等") and (reaching := _REACHING_EXAMPLES.match(core)):
        noun = reaching.group() + noun  # 航线通达北上广深等|13座|重点城市: the cities reached, not any
    elif noun in _BARE_UNDERTAKINGS and core.endswith(_STAGE_VERBS):
        noun = core + noun  # 今年再开工|27个项目: the projects started, not any
    proper = (_INSTITUTION.fullmatch(core) or _CITY_PROPER.search(core)) if counted else None
    noun = proper.group() + noun if proper else noun
    if counted and (kinds := _KINDS_NAMED.search(core)) is not None:
        noun = kinds.group() + noun  # 基础设施、产业发展、民生改善三大类|264个项目: of those kinds

    if counted and noun.endswith(_PEOPLE_HELPED) and (helped := _HELPING.search(core)) is not None:
        noun = helped.group() + noun  # 5.4万名干部结对帮扶|8万多户|贫困户: those helped, not all of them
    # 2460名剩余贫困人口全部脱贫: the people who left poverty, without how many of them did
    return _COUNTED_ALL.sub("", noun) if counted and len(noun) > 4 else noun


_BARE_UNDERTAKINGS = frozenset(("项目", "工程"))
_GROUPS_COUNTED_BEFORE = re.compile(r"(?<![第这那])[一二两三四五六七八九十]{1,3}[件类批]$")
_STAGE_IN_PROGRESS = re.compile(r"前期工作|建设")
_KINDS_NAMED = re.compile(r"(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?[两二三四五六七八九十]大?类$")
_HELPING = re.compile(r"(?:结对)?(?:帮扶|救助|资助|慰问|走访|安置)$")
_PEOPLE_HELPED = ("户", "人", "人口", "群众", "对象", "家庭", "学生", "儿童", "老人", "农民", "职工")
_STAGE_VERBS = ("开工", "完工", "竣工", "复工")


def _with_undertaking(core: str, trail_noun: str) -> str:
    """全面推开健康河源|20项|专项行动: a count of undertakings after their name keeps what they are."""
    kind = _UNDERTAKING_GOING.sub("", trail_noun)  # 120项|年度任务有序实施: the tasks, not how they go
    if core and _KIND_OF_UNDERTAKING.fullmatch(kind) and not core.endswith(kind):
        return core + kind
    if core and _ACT_DONE_TO_THEM.fullmatch(trail_noun) and not core.endswith(trail_noun):
        # 百个重大建设项目97个|开工: which of them were started, not all of them (重点项目中|97个|开工: among them)
        return core.removesuffix("中") + trail_noun
    if core and _PLACES_COUNTED.fullmatch(trail_noun) and not core.endswith(trail_noun):
        return core + trail_noun  # 农产品远销|54个|国家和地区: the places reached are what is counted
    done = _THINGS_THEN_ACT.fullmatch(trail_noun) if core else None
    if done is not None and _VERB_FIRST.match(trail_noun) is None and core[-1:] not in _VERB_ENDS:
        # 政务服务|43个|重点事项全部上线运行: the things the act was done to, of the field named before them
        return core + done.group(1) + done.group(2)
    return core or trail_noun


_PLACES_COUNTED = re.compile(r"(?:国家|地区|城市|省份|省区市)(?:(?:和|及|与|、)(?:国家|地区|城市))?|国家（地区）")
_KIND_OF_UNDERTAKING = re.compile(
    r"(?:重点|重大|专项|示范|攻坚|年度|提升|改革|创新|支持)?(?:行动|工程|项目|任务|举措|措施|活动|整治|改革|实事|工作)")
_ACTS_DONE = (r"开工|竣工|完工|建成|投产|开工建设|建成投产|建成投用|建成运营|建成通车|投入使用|投入运营|签约|落地"
              r"|开业|通车|验收|通过验收")
_ACT_DONE_TO_THEM = re.compile(r"(?:提前|全部|如期|按期|顺利|已经|已)?(?:" + _ACTS_DONE + ")")
_THINGS_THEN_ACT = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(?:全部|均|都|已经|已|提前|如期|按期|顺利)*(" + _ACTS_DONE + r"|上线运行|上线)")
_UNDERTAKING_GOING = re.compile(r"(?:有序|加快|扎实|顺利|稳步|全面)(?:实施|推进|完成|开展)$")
# 市本级95%以上、各县市85%以上: the level of government or the part of a place a figure is for
_SCOPE_OF_PLACE = re.compile(
    r"(?:各|全)?(?:市本级|县本级|市级|县级|县城|城区|中心城区|主城区|县市区?|县（市、区）|县（市）|县区|乡镇|农村|城市|市区"
    r"|小学|初中|高中|普通高中|幼儿园|中职)$")  # 小学由750元提高到950元、初中由1150元…: the same measure


_SCOPE_LAST = frozenset("级城区市镇村县学中园职）")  # the last characters of the scopes above


def _in_another_scope(core: str, prev_metric: str) -> str:
    """The measure of the figure before, for another place or level (污水处理率市本级|95%、各县市|85%:
    污水处理率各县市), when ``core`` names only that place and the metric before ends with one; else ''."""
    if not prev_metric or core[-1:] not in _SCOPE_LAST or not _SCOPE_OF_PLACE.fullmatch(core):
        return ""
    scope = _SCOPE_OF_PLACE.search(prev_metric)
    if scope is None or scope.start() < 2 or prev_metric[scope.start() - 1] == "中":
        return ""  # not 新改扩建中小学…、幼儿园103处: 中小学 is one word
    return prev_metric[: scope.start()] + core


def _done_over(core: str, prev_metric: str) -> str:
    """完成农村危房改造14149户，超额完成|2780户: how far past its plan the act before went; else ''."""
    if core not in ("超额完成", "超额") or not prev_metric.startswith("完成"):
        return ""
    return "超额" + prev_metric


def _same_act(core: str, prev_metric: str) -> str:
    """计划实施项目约1000个，其中2013年已实施|206个，2014年计划实施|400个: the act before, on the same things,
    at another stage; else ''."""
    stage, theirs = _STAGE_OPENING.match(core), _STAGE_OPENING.match(prev_metric)
    if stage is None and theirs is None:
        return ""  # (not 年产量|就已经达到…: no stage said on either side)
    act = core[stage.end() :] if stage else core
    done = prev_metric[theirs.end() :] if theirs else prev_metric
    if len(act) < 2 or not done.startswith(act) or len(done) <= len(act) or _HAN_ONLY.fullmatch(act) is None:
        return ""
    return (stage.group().removeprefix("其中") if stage else "") + done


_STAGE_OPENING = re.compile(r"(?:其中)?(?:已经|已|计划|累计|拟|实际)")
_PLAN_END = re.compile(r"“?[一二三四五六七八九十]{1,3}五”?(?:时期|计划|规划)?(?:期末|末)")


def _school_flow(core: str, prev_metric: str) -> str:
    """小学新招生2300万人，毕业|1380万人，在校学生达到|6200万人: the schools' leavers and pupils, like their
    entrants; else ''."""
    before = _SCHOOL_FLOW_END.search(prev_metric) if _SCHOOL_FLOW.fullmatch(core) else None
    if before is None or before.start() < 2 or before.group() == core:
        return ""
    return prev_metric[: before.start()] + core


_SCHOOL_FLOW_WORDS = r"(?:新招生|招生|招收新生|毕业生|毕业|在校学生|在校生|入学|录取)"
_SCHOOL_FLOW = re.compile(_SCHOOL_FLOW_WORDS)
_SCHOOL_FLOW_END = re.compile(_SCHOOL_FLOW_WORDS + "$")


def _other_act(core: str, prev_metric: str) -> str:
    """城市棚改工程新建住宅1190套，竣工|480套; 163项重点改革任务中，已启动|152项: another act on the things the count
    before counted, when the words before the count are that act alone; else ''."""
    alone = _ACT_ALONE.fullmatch(core) if prev_metric else None
    if alone is None:
        return ""
    acts = list(_ACT.finditer(prev_metric))
    if not acts:  # the undertakings alone, then how many are at a stage (重点改革任务中，已启动…)
        staged = core.startswith(("已", "累计", "其中", "共")) and _UNDERTAKINGS_ALONE.fullmatch(prev_metric)
        return core + prev_metric if staged else ""
    # (…项目1461个、总投资8304.5亿元，新开工|814个: the projects, not their investment)
    noun = _SIZE_OF_THINGS.sub("", prev_metric[acts[-1].end() :])
    if len(noun) < 2:
        return ""
    if alone.group("act").startswith(("基本", "全部", "全面")):
        return noun + alone.group("act")  # 动工建设保障房项目7个，基本建成|775套: 保障房项目基本建成
    return prev_metric[: acts[-1].start()] + alone.group("act") + noun


_SIZE_OF_THINGS = re.compile(r"(?:计划)?(?:总投资|投资|总额|总规模)$")
_ACT = re.compile(r"开工建设|动工建设|建成投用|启动|完成|开工|动工|建成|竣工|完工|投产|实施|办结|签约|引进|落地|新建|"
                  r"审议|制定|修订|废止|出台|取消|下放|清理|调整|承接")
# (动工建设保障房项目7个，基本建成|775套: how far the act went is part of it)
_ACT_ALONE = re.compile(r"(?:其中)?(?:已经|已|累计|共|再|新)?(?P<act>(?:基本|全部|全面)?(?:" + _ACT.pattern + "))")
_UNDERTAKINGS_ALONE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:任务|项目|工程|事项|改革)")


def _act_on_works_before(core: str, prev_metric: str) -> str:
    """清淤检测雨污管网174公里、|修复改造|100公里: another act on the works the figure before measured; else ''."""
    if _WORKS_ACT.fullmatch(core) is None or (done := _WORKS_ACT.match(prev_metric)) is None:
        return ""
    works = prev_metric[done.end() :]
    return core + works if len(works) >= 2 and works.endswith(_LINEAR_WORKS) else ""


_WORKS_ACT = re.compile(r"(?:新建|改建|扩建|新改建|改造|修复|维修|清淤|排查|检测|疏浚|更新|提升|铺设|敷设)+")
_LINEAR_WORKS = ("管网", "管道", "管线", "道路", "公路", "河道", "渠道", "堤防", "线路")


def _level_swapped(core: str, prev_metric: str) -> str:
    """市级老年人福利机构新增床位300张、县级新增|200张: the measure before, at another level; else ''."""
    mine, theirs = _LEVEL_OPENING.match(core), _LEVEL_OPENING.match(prev_metric)
    if mine is None or theirs is None or mine.group() == theirs.group():
        return ""
    act, rest = core[mine.end() :], prev_metric[theirs.end() :]
    return mine.group() + rest if act and act in rest and len(rest) > len(act) else ""


_LEVEL_OPENING = re.compile(r"(?:省|市|县|区|乡镇|乡|镇|村)级")
_CUT_OF = re.compile(r"[减压降缩][\u4e00-\u9fff]{1,3}")  # 减材料, 压时限: what a reform cut, by how much


def _parallel_cut(core: str, prev_metric: str) -> str:
    """平均减时间83%、减材料54%: a cut of another thing, said as the one before it (…平均减材料); else ''."""
    if core[:1] not in "减压降缩" or not _CUT_OF.fullmatch(core) or _GROWTH.match(core):
        return ""
    at = prev_metric.rfind(core[0], max(0, len(prev_metric) - 5))
    return prev_metric[:at] + core if at >= 3 else ""


_FIRM_KIND = r"(?:集团|公司|股份)"
_PLACE_KIND = r"(?:县|市|区|园区|开发区|高新区)"
_OWNERS_OF_A_KIND = tuple((re.compile(kind + "$"), re.compile(r"[\u4e00-\u9fff]{1,10}?" + kind))
                          for kind in (_FIRM_KIND, _PLACE_KIND))  # (how its name ends, a name ending so)
_OWNER_AND_MEASURE = re.compile(
    r"([\u4e00-\u9fff]{1,10}?(?:" + _FIRM_KIND + "|" + _PLACE_KIND + r"))"
    r"((?:销售收入|营业收入|营收|主营业务收入|总产值|工业总产值|产值|增加值|利润|利税|税收|地区生产总值|财政收入|"
    r"一般公共预算收入|进出口总额|出口额|固定资产投资)(?:增长)?)$")


def _parallel_owner(core: str, prev_metric: str) -> str:
    """魏桥集团销售收入超5500亿元，|创新集团达|1200亿元: another owner of the measure before, named alone (its verb
    gone: 创新集团销售收入, not 创新集团); a firm after a firm, a place after a place; else ''."""
    before = _OWNER_AND_MEASURE.fullmatch(prev_metric) if 2 < len(core) <= 12 else None
    if before is None or core == before.group(1):
        return ""
    for ending, name in _OWNERS_OF_A_KIND:
        if ending.search(before.group(1)) and name.fullmatch(core):
            return core + before.group(2)
    return ""


def _counterpart_of(core: str, prev_metric: str) -> str:
    """实际利用外资14.5亿美元、|内资|188亿元: the counterpart of the measure before, said bare, is measured the same
    way (实际利用内资); else ''."""
    other = _COUNTERPARTS.get(core)
    return prev_metric[: -len(other)] + core if other and prev_metric.endswith(other) and len(prev_metric) > 2 else ""


# the two halves of a measure that come in pairs (利用外资, 利用内资)
_COUNTERPARTS = {"内资": "外资", "外资": "内资", "进口": "出口", "出口": "进口", "存款": "贷款", "贷款": "存款"}


_RAISING = ("提升", "提高", "增强")
_QUALITY_RAISED = re.compile(r"(?:托底性)?(?:帮扶|服务|管理|办学|治理|保障|供给)(?:质效|能力|水平|效能)$")
# “企呼我办”等新机制推动|企业反映问题解决率: what brought a rate about, before it
_CAUSE_BEFORE_RATE = re.compile(r"^[^，,。；;]{2,16}?(?:推动|带动|拉动|促进|助推)"
                                r"(?=[^，,。；;]{2,16}(?:率|比重|占比|比例)$)")
# 管理人员约占职工总数的四分之一: 约 bounds the share (its comparator), it is no part of what is measured
_ABOUT_SHARE = re.compile(r"(?:大)?[约約](?=[占佔])")
# 政府去年用于…, 大寨去年平均每人生产粮食, 养老金今年再提高: the year said after the subject (not 比去年, 去年同期)
_YEAR_AFTER_SUBJECT = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![比较同于至到和由从按在、])(?:今年|去年|明年)"
                                 r"(?=[\u4e00-\u9fff]{2})(?!同期|底|末|初|以来|度|的|上半年|下半年|计划|预算|[一二三四五六七八九十]+月)")


_ACT_CLOSED_BY_DE = re.compile(r"(?![比较由从过超到已]|增加|减少|提高|降低)[\u4e00-\u9fff]{2,12}")


_GOAL_AFTER_FIGURE = re.compile(r"的((?:年度)?(?:预期|调控|计划)?目标)")
_WORKS_AFTER = re.compile(r"([\u4e00-\u9fff]{0,10}(?:项目|工程))(?:建设)?")


def _investment_of_works_after(core: str, trail_noun: str) -> str:
    """计划总投资超1800亿元|重大产业项目建设: the investment of the works the amount opens (重大产业项目总投资,
    not 总投资); else ''."""
    if not core.endswith("总投资") or (works := _WORKS_AFTER.fullmatch(trail_noun)) is None or not works.group(1):
        return ""
    return works.group(1) + "总投资"


def _of_the_kind_before(core: str, prev_metric: str) -> str:
    """苏联设计的156个重要项目中，…继续建设的|103个: a count closed by its 的, no noun after it, counts things of the
    kind the count before named (继续建设的重要项目, not 继续建设); else ''."""
    if "的" not in prev_metric or _ACT_CLOSED_BY_DE.fullmatch(core) is None or core.endswith("方面"):
        return ""  # (not 比现有的|86个, 由一九八○年的|82部, 过50亿元的|3家: a base, a year, a size class)
    kind = prev_metric.rsplit("的", 1)[1]
    return core + "的" + kind if len(kind) >= 2 else ""


def _doubled(core: str, prev_metric: str) -> str:
    """What doubles, from the words before 翻: 上市企业总数五年翻一番 → 上市企业总数 (not the years it doubles in,
    nor 力争 of 收入力争翻一番); a clause that names only the base doubles the measure before (新增高中学位8700多个、
    比年度计划翻了一番), but a measure keeps its base (营业收入比2015年翻一番, as the gold writes it)."""
    core = _DUE_TAIL.sub("", _strip_suffixes(_DOUBLING.sub("", core), _METRIC_TAIL))
    # 这样就可以为在本世纪末实现|国民生产总值翻两番, 提前实现|翻两番的目标: the aim's frame is no part of what doubles
    core = _DOUBLING_DUE.sub("", _DOUBLING_FRAME.sub("", core)) if "实现" in core or "末" in core else core
    measure = _GROWTH_TAIL.sub("", prev_metric) if core[:1] in "比较" else ""
    if not measure and prev_metric and _MEASURE_WITH_BASE.match(core):
        # 新能源装机占比达63%、规模比“十三五”末翻了一番: the size of the subject of the measure before
        before = _GROWTH_TAIL.sub("", prev_metric)
        measure = (_subject_of(before) or _SHARE_TAIL.sub("", before)) + core if before else ""
    return measure or core


_DOUBLING_FRAME = re.compile(r"^.*实现")
_DOUBLING_DUE = re.compile(r"^(?:到|在)?(?:本世纪|年)?末(?=[\u4e00-\u9fff]{2})")
_DUE_TAIL = re.compile(r"(?<=..)(?<![主重需纲摘提必概首])要$")  # 工业总产值要|翻一番: what is due, not the measure
_MEASURE_WITH_BASE = re.compile(r"(?:规模|总量|产量|产值|收入|装机)(?=比|较)")
_SHARE_TAIL = re.compile(r"(?:占比|比重|比例)$")


def _change_of(prev_metric: str, change: str, points: bool) -> str:
    """The metric of a change (增长10%) of the measure before: the measure and how it changed; but a level it
    reached (降低到一九五四年的30.7%) is the measure's own."""
    if _CHANGED_TO.match(change):
        return _changed_measure(prev_metric, True)
    return _changed_measure(prev_metric, points) + change


_TOTALLED = ("共", "累计")
_SPAN_BEFORE = re.compile(r"(?:近|过去|前)[一二三四五六七八九十两0-9]{1,3}年(?:来|间|内)?的?")


def _changed_measure(prev_metric: str, points: bool) -> str:
    """The measure a change after a figure changes, from that figure's metric: without how it grew, since when
    or how it doubled; a change in percent after a share (民生支出…，占财政支出的80%，增长10%) is the whole's,
    one in points (提高2个百分点) the share's."""
    measure = _YEAR_TAIL.sub("", _COMPARED_AT_END.sub("", _DOUBLED_TAIL.sub("", _GROWTH_TAIL.sub("", prev_metric))))
    # 现代运输工具前三年的货运量共|增加…，而1956年就增加了…: the span and the total are the figure before's
    if measure.endswith(_TOTALLED) and (span := _SPAN_BEFORE.search(measure)) is not None and span.start() > 0:
        measure = (measure[: span.start()] + measure[span.end() :]).removesuffix("共").removesuffix("累计")
    done = next((p for p in _PLAN_DONE if measure.endswith(p)), "")  # …完成原定计划的94%，比1954年增长3%: the measure's
    measure = measure[: -len(done)] if done else measure
    return measure.partition("占")[0] if not points and "占" in measure[1:] else measure


# a conjunction before a count written in words, no number of the extractor's (…土地和十个政府投资重大工程项目)
_JOINED_WORD_COUNT = re.compile(r"(?:和|及|以及|与)(?=[一二两三四五六七八九十几数百千]+[个家项座条批所处])")


def _reach_of_works_before(core: str, prev_metric: str) -> str:
    """开工改造城镇老旧小区2187个，|惠及居民|约21万户: whom the works the number before counted reach."""
    if (not core.startswith("惠及") or not 2 < len(core) <= 6 or core in prev_metric
            or not prev_metric.endswith(("小区", "改造", "工程", "项目"))):
        return ""
    return _GROWTH_TAIL.sub("", prev_metric) + core


def _rate_of_act_before(core: str, prev_metric: str) -> str:
    """兰洽会签约项目开工43个，|开工率|86%: the rate of the act the number before counted is of the same things."""
    act = core[:-1] if len(core) == 3 and core.endswith("率") and _ACT.fullmatch(core[:-1]) else ""
    return prev_metric + "率" if act and prev_metric.endswith(act) and len(prev_metric) > len(act) + 1 else ""


def _cap_of_scheme_before(core: str, prev_metric: str) -> str:
    """医疗救助比例提高到65%，|最高限额达到2万元: a bare cap after a scheme's share or standard is the scheme's cap;
    or ''."""
    cap = _BARE_CAP.fullmatch(core) if prev_metric.endswith(_SCHEME_PARTS) else None
    if cap is None:
        return ""
    scheme = _GROWTH_TAIL.sub("", prev_metric)
    part = next((p for p in _SCHEME_PARTS if scheme.endswith(p)), "")
    return scheme[: len(scheme) - len(part)] + cap.group(1)


def _extreme_of_before(core: str, prev_metric: str) -> str:
    """…增长速度都在百分之十二以上，|高的达到|百分之十八点五: the highest (or lowest) of the figures the measure
    before gave; or ''."""
    extreme = _EXTREME.fullmatch(core) if prev_metric else None
    if extreme is None:
        return ""
    return _GROWTH_TAIL.sub("", prev_metric).replace("的", "") + ("最高" if "高" in extreme.group(1) else "最低")


# (高的|达到…; not 少|846,461,000元, a difference)
_EXTREME = re.compile(r"(?:其中)?(最?高|最?低)的?(?:达到?|为|有)?")


def _rate_of_before(core: str, prev_metric: str) -> str:
    """外贸进出口总额456.7亿美元，降幅由谷底的|-14.2%: a bare rate after a measure is that measure's; or ''."""
    rate = _RATE_FROM.match(core) if prev_metric else None
    if rate is None or (rate.end() == len(core) and _NEWLY.match(prev_metric)):
        return ""  # (not 新增就业3000人，增幅达到7%: an increment has no rate of its own)
    return _GROWTH_TAIL.sub("", prev_metric) + rate.group(1)


_SCHEME_PARTS = ("报销比例", "支付比例", "比例", "标准")  # the longest first
_BARE_CAP = re.compile(r"((?:年度)?(?:最高)?(?:支付)?限额|封顶线)(?:达到|提高到|提高至|为|达)?")


def _subset_named(core: str, trail: str, prev_metric: str, modified: bool = False) -> str:
    """…259项制度创新成果，其中|56项|为全国首创 → 全国首创制度创新成果: the part of the things counted before that
    the words after it say what they are; '' otherwise."""
    kind = _SUBSET_IS.fullmatch(trail) if not core and prev_metric else None
    if kind is None and not core and prev_metric and _RECOGNISED.fullmatch(trail) is not None:
        # 173项制度集成创新案例，|82项|获国家层面认可、|37项|向全国推广: those of the things counted before that
        # won the recognition the words after them tell (the things without the one before's recognition)
        things = _RECOGNISED.sub("", _GROWTH_TAIL.sub("", prev_metric))
        return things + trail if len(things) >= 2 else ""
    if (kind is None and modified and prev_metric and not trail
            and (done := _DONE_OF_THOSE.fullmatch(core)) is not None):
        # 查处案件…共有13.6万件，已经结案处理的|4.5万件: those of the things counted before that are done
        things = _GROWTH_TAIL.sub("", prev_metric)
        return things + done.group(1) if len(things) >= 2 and not things.endswith(done.group(1)) else ""
    if kind is None and modified and prev_metric and not trail and (of_kind := _of_the_kind_before(core, prev_metric)):
        return of_kind  # 施工的项目六千个，全部竣工的|两千五百个: of that kind, what the act names
    if kind is None and prev_metric and not trail and _CLASS_ONLY.fullmatch(core):
        # 引进项目168个，其中超亿元|59个; 建设重点工业项目120项，其中亿元以上|34项: the projects of that class
        # (not 培育年产值过100亿元的龙头企业1家、过50亿元的|3家: classes listed share the first's words, below)
        things = _PROJECT_ACTS.sub("", _MADE_OPENING.sub("", _GROWTH_TAIL.sub("", prev_metric)))
        if len(things) >= 2 and not _CLASS_LEAD.match(prev_metric):
            return core.removesuffix("的").replace(" ", "") + things
    return kind.group(1) + _MADE_OPENING.sub("", _GROWTH_TAIL.sub("", prev_metric)) if kind else ""


_DONE_OF_THOSE = re.compile(r"(?:其中)?((?:已经|已)[\u4e00-\u9fff]{2,8}?)的?")  # (the 的 before the count)
_SUBSET_IS = re.compile(r"(?:为|是|属于)([\u4e00-\u9fff]{2,10}?)(?:的)?")
_RECOGNISED = re.compile(r"(?:获得?|被)[\u4e00-\u9fff]{2,8}?(?:认可|采纳|推广|肯定|采用)$"
                         r"|(?:在|向)全[国省市](?:复制)?推广$")
_CLASS_ONLY = re.compile(r"(?:过|超过|超)? ?[0-9.十百千一二三四五六七八九两]*[万亿]元?(?:以上|级)?的?")
_CLASS_LEAD = re.compile(r"^[^，,。；;]*?(?:过|超过|超|年产值|年销售收入|年营业收入) ?"
                         r"[0-9.十百千一二三四五六七八九两]*[万亿]元?(?:以上|级)?的?")
_PROJECT_ACTS = re.compile(r"^(?:开工建设|新开工|开工|建设|实施|推进)+(?=[\u4e00-\u9fff]{2})")
# 累计形成|改革经验: how the things counted came about, not what they are
_MADE_OPENING = re.compile(r"^(?:累计|共|全年|新)?(?:形成|推出|出台|新增|完成|实施|建成|引进|培育|认定|创建|获批)")


def _group_of_rate(core: str, prev_metric: str) -> str:
    """家庭医生签约服务覆盖率40.3%，重点人群|63.5%: the same rate for a group of people the words name, and
    nothing else; '' otherwise."""
    if not prev_metric.endswith(_RATE_ENDS) or not _PEOPLE_GROUP.fullmatch(core) or core in prev_metric:
        return ""
    return core + _GROWTH_TAIL.sub("", prev_metric)


_RATE_ENDS = ("率", "比例", "比重")
_PEOPLE_GROUP = re.compile(r"[\u4e00-\u9fff]{0,4}(?:人群|群体|人口|儿童|老年人|学生|农户|家庭|居民|职工|妇女)")


def _whole_length(core: str, prev_metric: str) -> str:
    """新增高速公路通车里程1523公里，总里程达8667公里 → 高速公路通车总里程: the whole length, after what was
    added to it; '' otherwise."""
    if core != "总里程" or not prev_metric.endswith("里程") or len(prev_metric) <= 4:
        return ""
    return _NEWLY.sub("", _GROWTH_TAIL.sub("", prev_metric)).removesuffix("里程") + core


def _capacity_of(core: str, trail: str, trail_noun: str) -> str:
    """建设日处理能力|200吨|的厨余垃圾处理厂 → 厨余垃圾处理厂日处理能力: a capacity said before the number is the
    capacity of the thing named after 的; '' otherwise."""
    if not trail.startswith("的") or not trail_noun or (capacity := _CAPACITY_BEFORE.search(core)) is None:
        return ""
    noun = _CAPACITY_NOUN_END.split(trail_noun, 1)[0]  # (…的第二水厂|并投入使用)
    noun = _COUNT_OPENING.sub("", noun)  # …全长约684公里的|八条|旅游精品线路: each, not how many
    return noun + capacity.group() if 2 <= len(noun) <= _COUNTED_NOUN_MAX else ""


_COUNT_OPENING = re.compile(r"^[一二两三四五六七八九十0-9]{1,3}[条个座项处]")
_LEVELS_JOINED = re.compile(r"(?:国家|中央|.省|.市|.县)(?:和|及|与)(?:省|市|县|区)")
# 巩固提升农村|52万人|饮水安全: the need met for the people counted, with the words before the count
_NEED_MET = re.compile(  # (…安全饮水和通自来水问题: two needs met at once)
    r"(?:的)?(?:饮水安全|安全饮水|饮水|住房|温饱|就医|上学)(?:[和及][\u4e00-\u9fff]{2,5})?(?:问题|困难|保障)?")
_CAPACITY_NOUN_END = re.compile(r"并|与|及|和|全线|建成|通车|投入|开工|竣工|[，,。；;]")
_CAPACITY_BEFORE = re.compile(r"(?:日|年)?(?:污水处理|垃圾处理|处理|供水|发电|吞吐|生产|设计|储存|仓储)?能力$"
                              r"|总?库容$|装机容量$|产能$|全长$|总长度?$")  # 建设全长约30公里的滨江绿道: its length


def _project_capacity(core: str, after: str) -> str:
    """大唐700万吨露天矿完成项目核准 → 大唐露天矿设计产能: a capacity between a project's owner and its product
    (the number names the project, what it is built for, not what it yields); '' when the words around it are
    no such name."""
    listed = core.rpartition("、")[2]
    closed = _CLOSING_ACT.match(listed)  # 关停晨鸣公司|3.5万吨造纸生产线: the capacity closed, not one built
    owner = _CAPACITY_LEAD.sub("", listed[closed.start(1) :] if closed else listed)  # 华润雪花啤酒迁建、亘富|…
    product = _CAPACITY_PRODUCT.match(after) if after[:1] not in _NOT_A_PRODUCT else None
    if product is not None and not owner and product.group(1) and after.startswith("项目", product.end(1)):
        return product.group(1) + "项目" + DESIGN_CAPACITY  # 实现|2万吨|高质碳酸锂项目顺利投产: the project's, unowned
    if not owner and (base := _UNOWNED_BASE.match(after)) is not None:
        return base.group(1) + DESIGN_CAPACITY  # 600万千瓦|风电基地首台风机成功发电: the base's, not what it did
    named = _OWNERS_PHASE.sub("", owner)  # 华能阿图什二期|50万千瓦光伏: the owner's second phase
    if (product is None or not (product.group(1) or after.startswith(_PROJECT_WORDS))
            or not _CAPACITY_OWNER.fullmatch(named) or _CAPACITY_NOT_OWNER.search(
                named.translate(_NO_NUMERALS) if named.endswith(_FIRMS) else named)):
        return ""
    # 新探明…、玉门超40吨金矿: a mine found holds so much, it is built for nothing yet
    size = _RESERVES if _FOUND.search(core) else DESIGN_CAPACITY
    if closed is not None:
        return closed.group(1) + owner + product.group(1).rstrip("和及与") + "产能"
    return owner + product.group(1).rstrip("和及与") + size


_CLOSING_ACT = re.compile(r"(?:依法|坚决|有序|全面|加快)?(关停|关闭|淘汰|拆除|压减|退出)")


_UNOWNED_BASE = re.compile(r"的?([\u4e00-\u9fff]{1,6}?(?:基地|电站|电厂))(?![\u4e00-\u9fff]{0,2}(?:设计|装机|规模))"
                           r"(?=[\u4e00-\u9fff]{2})")
_FOUND = re.compile(r"探明|查明|发现")
_PAST_TOLD = re.compile(r"到现在|(?<![为除])了(?![解])")
_OWNERS_PHASE = re.compile(r"(?<=..)[一二三四五六七八九十]期$")
_RESERVES = "储量"


def _milestones_passed(trail: str, counted: bool) -> str:
    """地区生产总值连续迈上4个|万亿元台阶: a count of milestones passed says what they are (the measure carried
    on to the next figure stays the output's)."""
    return trail if counted and _MILESTONE_TRAIL.fullmatch(trail) else ""


_MILESTONE_TRAIL = re.compile(r"[^，,。；;、0-9]{0,6}?(?:台阶|关口|大关)")


def _tallied(metric: str, lead: str, prev_metric: str) -> str:
    """新增百亿县区26个，累计达到46个: the total so far is of all such, not of the new ones."""
    done = _DONE_THIS_TIME.match(metric) if metric == prev_metric else None
    if done and _TALLY_LEAD.fullmatch(lead.strip("，,、 ")):
        return metric[done.end() :]  # 建成高标准农田8.9万亩、累计达到120.5万亩: all the farmland
    tally = lead.strip("，,、 ")
    if (tally.startswith("累计") and prev_metric != metric and _TALLY_LEAD.fullmatch(tally)
            and _GROWTH_TAIL.sub("", prev_metric) == metric):
        return metric + "累计"  # 招商引资到位资金年均增长15%，累计达到3000亿元: the running total, not a year's
    act = metric.removeprefix("累计")
    owner = prev_metric[: -len(act)] if act != metric and len(act) >= 2 and prev_metric.endswith(act) else ""
    if len(owner) >= 2 and "累计" not in owner and _HAN_ONLY.fullmatch(owner[-1]):
        return owner + metric  # 大唐雷州电厂完成投资22亿元，累计完成投资69亿元: the plant's
    return metric


# (两年共增加灌溉面积…，加上原有的…，共达…: what a span added, then the whole)
_DONE_THIS_TIME = re.compile(r"(?:[一二两三四五六七八九十0-9]{1,2}年(?:来)?共?增加|"
                             r"新增|新认定|新培育|新建成|新建|新晋|新入选|新获批|建成|完成)(?=.{2})")
_EVENT = r"[\u4e00-\u9fff“”]{2,10}?(?:活动周|活动|赛事|比赛|大赛|展会|博览会|论坛|节)"
_EVENT_DRAWING = re.compile("(" + _EVENT + r")(?:年均|每年|共|累计)?(?:吸引|带动|动员)")  # …活动年均吸引|N人次|参与
_INSURANCE_NAMED = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:保险|医保))(?:试点|制度|工作)?$")
_INSURANCE_ACT = re.compile(r"实施|开展|推行|推进|启动|建立|扩大")
_EVENT_NAMED = re.compile("(" + _EVENT + ")$")  # 连续举办8届全国双创活动周、|超过5.2亿人次|参与


def _rates_of_proposals_handled(members: list[str], prev_metric: str) -> list[str]:
    """委员提案793件，|落实率、满意率|分别达…: rates said respectively after a count of proposals are of their
    handling."""
    if not members or not all(m in _HANDLING_RATES for m in members):
        return members
    return [_handling_of_proposals(m, prev_metric) for m in members]


def _handling_of_proposals(metric: str, prev_metric: str) -> str:
    """办理省人大代表建议396件、省政协提案876件，|满意率|100%: how the proposals handled were received."""
    if not prev_metric.endswith(_PROPOSALS):
        return metric
    return ("建议提案" if "办" in metric else "建议提案办理") + metric


_HANDLING_RATES = frozenset(("满意率", "办结率", "办复率", "按时办结率", "按期办结率", "见面率", "满意度", "落实率"))
_PROPOSALS = ("建议", "提案", "议案")


def _output_of_firms(metric: str, prev_metric: str) -> str:
    """入园企业达到7家，实现产值|2亿元: a bare output after a count of firms (not of firms added) is theirs; so is
    one after the change of their count (规模以上企业达742家，增加123家，主营业务收入|900亿元)."""
    if prev_metric.endswith(_FIRMS_COUNTED) and "增" not in prev_metric[-4:]:
        return prev_metric + metric
    firms = _GROWTH_TAIL.sub("", prev_metric)
    changed = firms != prev_metric and firms.endswith(_FIRMS_COUNTED) and _NEWLY.match(firms) is None
    return firms + metric if changed else metric


_FIRM_OUTPUTS = frozenset(("产值", "营业收入", "营收", "销售收入", "主营业务收入", "利润", "利税", "税收"))
_FIRMS_COUNTED = ("企业", "市场主体", "经营主体", "个体工商户")
_BARE_WORK_RATES = frozenset(("签约率", "覆盖率", "参保率", "普及率", "知晓率", "达标率", "完成率", "合格率", "使用率",
                              "利用率", "处理率", "回收率", "入园率"))
_WORK_PUSHED_ON = re.compile(r"(?:全面|加快|持续|深入|积极|大力|扎实|继续|进一步)*"
                             r"(?:推广|推进|实施|开展|落实|推行|推开|深化|扩大|做好|抓好)([\u4e00-\u9fff“”]{2,12})")
_BARE_PRODUCTION = re.compile(r"(?:我国|全国|我们)?(?:只|仅|才|将|要|可以|可)?生产")
_EXAMPLE_TOPIC = re.compile(r"(?:例如|比如|譬如|如)([\u4e00-\u9fff]{2,8})[，,]")  # 如发电设备，…
_BARE_INDUSTRY_SIZES = frozenset(("集群规模", "产业规模", "规模"))
_ACTIVITY_HELD = re.compile(r"(?:深入|广泛|大力|持续|积极|组织)*(?:开展|实施|举办)([^，,。；;]{3,24})")
_SECTOR_MEASURE = re.compile(r"增加值(?:增长|比重|占比)?|对[^，,。；]{1,14}?(?:增长)?(?:的)?(?:综合)?贡献率")
# 服务业支撑作用更加明显，; 消费的拉动作用进一步增强，: the sector a sentence opens on, by the role it plays
_SECTOR_ROLE_TOLD = re.compile(r"\s*([\u4e00-\u9fff]{0,8}?(?:业|消费|投资|出口|外贸|产业))(?:的)?"
                               r"(?:支撑|拉动|带动|引领|主导|基础)?作用(?:更加|进一步|持续|日益|明显|不断)?"
                               r"(?:明显|增强|凸显|显著|突出|彰显|提升)[，,]")
# 巩固增强|电子信息产业|竞争力, 做大做强|石化能源新材料产业集群: the industry, past the verbs that push it
_INDUSTRY_NAMED = re.compile(r"(?:(?:巩固|增强|提升|提高|加快|大力|积极|全力|着力|持续|发展|壮大|培育|做大|做强|做优"
                             r"|打造|推动|推进|建设)+)?([\u4e00-\u9fff]{2,12}?产业)(?=[^，,。；;]{0,8}$)")
_ADDED_ON = re.compile(r"加上[^，,。；]{2,30}的([\u4e00-\u9fff]{2,8})")  # 加上…等方面的支出, 加上原有的灌溉面积
_TALLY_LEAD = re.compile(r"(?:累计|总数|总量|共)(?:达到|达|为|有|增至|增加到)?")


def _yearly_part_of_whole(core: str, prev_metric: str) -> str:
    """市重大项目…总投资3700亿元、|年度投资|840亿元 → 市重大项目年度投资: this year's part of the whole of the same
    projects; '' otherwise."""
    whole = next((w for w in _WHOLE_SIZE if prev_metric.endswith(w)), "") if core in _YEARLY_PART_OF_WHOLE else ""
    return prev_metric[: -len(whole)] + core if whole and len(prev_metric) > len(whole) else ""


def _share_of_things_doing(core: str, trail: str) -> str:
    """制造业企业|100%|使用清洁和绿色电力 → 制造业企业使用清洁和绿色电力: the share of the things named before it that
    do what the words after it say; '' when the words around the figure are no such frame."""
    things = _THINGS_END.search(core)
    doing = (_DOING.match(trail) or _WORKED_ON.match(trail)) if things is not None else None
    # (完成水泥、焦化行业|70%以上|产能全流程超低排放改造: the works done to that share of what the things have)
    return _ACT_OPENING.sub("", core) + trail if doing is not None and len(trail) <= _DOING_MAX else ""


# the things a share is of (企业, 行政村, 学校…) and what that share of them does (使用…, 开展…, 配备…)
_THINGS_END = re.compile(r"(?:企业|行政村|村|社区|学校|医院|单位|机构|园区|乡镇|农户|家庭|行业|项目)$")
_WORKED_ON = re.compile(r"(?:产能|装置|设备|生产线)[\u4e00-\u9fff]{0,10}(?:改造|治理|升级)$")
_ACT_OPENING = re.compile(r"^(?:完成|实现|推动|推进)(?=[\u4e00-\u9fff]{2})")
_DOING = re.compile(r"(?:使用|开展|配备|接入|实现|建立|实行|实施|落实|应用|采用|完成)[\u4e00-\u9fff“”]{2,}$"
                    r"|(?:当年|按期|如期)?(?:达产达标|达产达效|达产|投产|开工|竣工|完工)$")  # 建成项目|80%|达产达标
_DOING_MAX = 16


def _share_where_done(core: str, trail: str) -> str:
    """基本药物制度在|30%|的基层医疗卫生机构实施 → 实施基本药物制度的基层医疗卫生机构: the share of the places
    where a thing is done; '' when the words around the figure are no such frame."""
    done = _DONE_IN.fullmatch(trail) if len(core) >= 2 else None
    return done.group(2) + core + "的" + done.group(1) if done else ""


_DONE_IN = re.compile(r"的([^，,。；;、的]{2,14}?)(实施|推行|开展|实行|覆盖|建立|落实|试行)")


def _annual_output_project(core: str, trail: str) -> str:
    """冀东物贸集团年产3000辆专用车项目顺利开工 → 冀东物贸集团专用车项目设计产能: the yearly output a project is
    built for names it; '' when the number is no such output."""
    if not core.endswith("年产"):
        return ""
    owner = _CAPACITY_LEAD.sub("", core[:-2].rpartition("、")[2])
    owner = owner if _CAPACITY_OWNER.fullmatch(owner) and not _CAPACITY_NOT_OWNER.search(owner) else ""
    if (project := _OUTPUT_PROJECT.match(trail)) is not None:
        return owner + project.group(1) + DESIGN_CAPACITY
    # 东阳光年产25吨|冬虫夏草、…等一批续建项目: a firm's yearly output named alone is its works' capacity too
    return owner + trail + DESIGN_CAPACITY if owner and _BARE_PRODUCT.fullmatch(trail) else ""


# 年产60万吨|乙二醇|等新建项目 (the product, without the examples' 等); not 100万|锭棉纺 (a unit misread as a scale)
_OUTPUT_PROJECT = re.compile(
    r"(?![锭台套头只件])([^，,。；、的\d等]{1,10}?)(?:等[^，,。；]{0,8}?)?(?:项目|生产线|工程)")
_BARE_PRODUCT = re.compile(r"(?!的)[\u4e00-\u9fff]{2,8}")
DESIGN_CAPACITY = "设计产能"  # the metric's last word for a project's capacity: restating it reports no result
_CAPACITY_UNITS = frozenset(("吨", "万吨", "亿吨", "千瓦", "万千瓦", "兆瓦", "吉瓦", "锭", "万锭"))
_SIZE_UNITS = _CAPACITY_UNITS | frozenset(("平方米", "立方米", "蒸吨"))  # 关停2台|36平方米烧结机
_CAPACITY_LEAD = re.compile(
    r"^(?:加快推进|加快|推动|推进|确保|建成|开工|建设|实施|启动|完成|实现|引进|支持|抓好|新建|续建|力争|关停|释放|用好|要|围绕|完善|形成)+"
)
# what a project's owner is not: a verb, a list, a count, a measure, a year, an output (年产, 产能), a comparison
_CAPACITY_NOT_OWNER = re.compile(
    r"[、，,的年总第台个座套条项批由从比较到为至零〇一二两三四五六七八九十百千万亿]|产能|产量|年产|建设|生产|新增|淘汰|实现|达到|累计|计划|改造|节能|节约|增产|减产|减排|减少|增加|就能|"
    r"全市|全省|全县|全区|当量|总量|规模|保持|稳定"
)
# a firm's name may hold numerals (统一集团, 三一重工): they count nothing there
_FIRMS = ("集团", "公司", "重工", "股份", "控股", "实业")
_NO_NUMERALS = str.maketrans("", "", "零〇一二两三四五六七八九十百千万亿")
_NOT_A_PRODUCT = frozenset("增减提降达为到比较占以约共")  # 由224万吨增加到…: a change, not a product
_CAPACITY_OWNER = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,8}")
_PROJECT_WORDS = ("项目", "工程", "扩建", "技改", "生产线", "产能")  # 黑羊站水厂3万吨扩建项目: the project itself
_CAPACITY_PRODUCT = re.compile(  # the product right after the unit, up to the project's own words or a time
    r"([^，,、。；的\d零〇一二两三四五六七八九十百千万亿]{0,10}?)(?:项目|工程|等|生产线|技改|技术|升级|改造|扩建|置换|转型|产能|"
    r"完成|开工|建成|投产|前期|主体|顺利|正在|加快|[和及与，,、。；\d零〇一二两三四五六七八九十]|$)"
)


_NAMED_PLACE_SLACK = 8
_MEETS_STANDARD = re.compile(r"[\u4e00-\u9fff（）]{2,14}?(?:达到|达)[\u4e00-\u9fff“”]{2,16}?(?:标准|要求)")
# 或, 和 joining a second noun to one a cut would fall in (not 和谐, 和平, 和美, 或者)
_NOUNS_JOINED = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:或|和(?![谐平美睦]))(?!者)(?=[\u4e00-\u9fff]{2})")
_WORKS_MODIFIED = re.compile(r"的(?:(?!等)[\u4e00-\u9fff“”]){2,20}?" + _WORKS_WORDS + r"(?!" + _WORKS_WORDS + r")")
_RATED_IN = re.compile(r"在[^，,。；、]{1,16}?[中上](?:被)?((?:获评|评为|入选|列入)[^，,。；、]{1,10})")
_LISTED_AS_PLACE = re.compile(r"[^，,。；;]*(?:入选|获评|评为|列入|认定为|建成|创建|创成)[^，,。；;]*"
                              r"(?:示范区|示范基地|示范点|试点|名单|基地|园区|单位|案例|典型)"
                              r"|[^，,。；;、]*(?:获|荣获|获得)[^，,。；;、]*(?:奖|称号)")  # …获首届民族医药科学技术奖


def _cut_trail(trail: str, limit: int) -> str:
    """The words after a number, too long to be all its noun, cut to ``limit`` and back to where a noun may end:
    95.6%二级及以上公立综合医院|为老年人设立专门…, 3部纪录片入选央视|“大片看总台”片单 (not inside a name)."""
    whole, trail = trail, trail[:limit]
    if len(whole) <= limit + _NAMED_PLACE_SLACK and _LISTED_AS_PLACE.fullmatch(whole):
        return whole  # 2家农业企业入选国家级水产健康养殖和生态养殖示范区: the list they joined or the award won, whole
    if _TWO_WORKS_JOINED.fullmatch(whole):
        return whole  # 50个|社区养老工程和乡镇（街道）区域养老服务中心: both works whole, not 区域养
    if len(whole) <= limit + _NAMED_PLACE_SLACK and _WORKS_OF_A_KIND.fullmatch(whole):
        return whole  # 18个|具有惠州特色的“双百工程”标杆社工站: the works of a kind whole, not 具有惠州特色 alone
    if whole.startswith("的") and (works := _WORKS_MODIFIED.match(whole)) and works.end() <= limit + _NAMED_PLACE_SLACK:
        return works.group()  # 总投资超500亿元|的晋北采煤沉陷区新能源基地|加快建设: the works whole, not 新能源基
    if len(whole) <= limit + _NAMED_PLACE_SLACK and _MEETS_STANDARD.fullmatch(whole):
        return whole  # 4家以上|县级公立综合医院达国家县级综合医院推荐水平标准: the standard they meet, whole
    cut = _TRAIL_BREAK.search(trail, 4)
    joint = _NOUNS_JOINED.search(whole, limit - 2) if cut is None else None
    if joint is not None and joint.start() <= limit + _TRAIL_SLACK and "、" not in whole[: joint.start()]:
        return whole[: joint.start()]  # 1条三村连片以上的美丽乡村风貌带|或美丽乡村精品带: the first noun whole
    if cut and (rated := _RATED_IN.match(whole, cut.start())) is not None:
        return whole[: rated.end()]  # 49家三级医院|在国家绩效监测中获评A级以上: the rating is what is counted
    trail = trail[: cut.start()] if cut else trail
    # 104亿元的天辰齐翔己二腈|等一批重大项目…: the names up to their 等, not into the words after them
    runs_on = whole[len(trail) : len(trail) + 1] not in ("", "，", "。")
    if not cut and runs_on and (examples := trail.rfind("等", 2)) > 0:
        trail = trail[:examples]
    elif not cut and runs_on and (item := trail.rfind("、", 2)) > 0:
        trail = trail[:item]  # 10项技术水平高、创新性强、…、经|济效益明显: a whole item, not half a word
    elif not cut and runs_on and (said := _SAID_OF_THEM.search(trail, 3)) is not None:
        trail = trail[: said.start()]  # 7个大型产业集聚区|加快打造成…重|要…: the things, not half of what is said
    elif not cut and runs_on and (done := _DONE_BY_THEM.search(trail, 3)) is not None:
        trail = trail[: done.start()]  # 40家学生集体用餐配送单位|实现全流程检查评|价…: the units, not half the act
    return trail[: trail.rindex("“")] if trail.count("“") > trail.count("”") else trail


_WORKS_END = r"(?:中心|工程|项目|站|馆|院|园|基地|设施|场所)"
_WORKS_OF_A_KIND = re.compile(r"[\u4e00-\u9fff]{2,8}的(?:(?!等)[\u4e00-\u9fff“”]){2,20}?" + _WORKS_END)
_TWO_WORKS_JOINED = re.compile(
    r"[\u4e00-\u9fff（）]{2,12}?" + _WORKS_END + r"(?:和|及|与)[\u4e00-\u9fff（）]{2,14}?" + _WORKS_END)
# the words that open what is said of the things a count names, after their noun
_DONE_BY_THEM = re.compile(r"实现|完成|达到|通过|开展|建成|获得")
_SAID_OF_THEM = re.compile(r"加快|加速|全面|正在|已经|陆续|相继|基本|顺利|成功|率先|打造成|成为")


def _growth_named_after(core: str, trail_noun: str) -> str:
    """居民收入保持每年6.5%左右的增长: the measure's growth, named after its figure; else ''."""
    if trail_noun in _GROWTH_NOUNS and len(core) >= 2 and not core.endswith(_GROWTH_NOUNS):
        return core + trail_noun
    return ""


def _whole_of(metric: str) -> str:
    """The measure a share is a share of, from the metric before it (民生支出增长 → 民生支出), or '' when that
    metric is no plain measure (增加到2007年)."""
    measure = _GROWTH_TAIL.sub("", metric).partition("占")[0]
    return "" if _HALF_WIDTH_SIGNS.search(measure) or _CHANGED_TO.search(measure) or len(measure) < 2 else measure


# 是完全可以实现|到本世纪末|工农业年总产值翻两番: a deadline inside the words ends what leads up to the measure
_CHANGED_BY = frozenset("加高降达大长升少低增展伸缩减提")  # 增加到, 提高到, 降到: a change's end, no deadline
_INNER_DEADLINE = re.compile(r"(?<=[\u4e00-\u9fff])到(?:" + _A_YEAR + r"(?:底|末)?|本世纪(?:末|中叶|中期)"
                             r"|“?十[一二三四五六七八九]五”?末)[，,]?")


_SPAN_CLOSE = re.compile(r"的?(?:[一二三四五六七八九十两0-9]{1,3}个?年)?(?:间|期间|中|里)")  # 1953年到1978年(的26年)间


def _after_deadline(core: str) -> str:
    inner = _INNER_DEADLINE.search(core) if "到" in core else None
    if (inner is None or inner.start() < 2 or inner.end() >= len(core) - 1
            or core[inner.start() - 1] in _CHANGED_BY or _SPAN_CLOSE.match(core, inner.end())):
        return core  # not 增加到一九五四年预算的…, nor 在1953年到1978年间: what changed, the years it took
    rest = core[inner.end() :]
    head = _METRIC_HEAD.match(rest)
    return rest[head.end() :] if head and head.end() < len(rest) - 1 else rest


def _without_rate_base(core: str) -> str:
    """低保标准提高到每人每月|815元 → 低保标准: the base of a rate is its unit's, no part of the measure; kept
    where nothing else would be left or an average stays (全国平均每人)."""
    per = _RATE_BASE.search(core) if "每" in core else None  # most metrics: no 每 to look for
    if per is None or core[: per.start()].endswith(("平均", "人均")):
        return core
    rest = _strip_suffixes(core[: per.start()], _METRIC_TAIL)
    return rest if len(rest) >= 2 else core


_RATE_BASE = re.compile(r"每(?:人|生|户)?(?:每)?(?:年|月|天|日)?$")


def _act_on_subject(core: str, trail_noun: str, prev_metric: str, counted: bool = False) -> str:
    """保障性住房基本建成470万套、新开工630万套; 申请专利474件，授权333件: a bare act after the number before
    it acts on that number's subject, or ''."""
    subject = _GROWTH_TAIL.sub("", prev_metric)
    if not trail_noun and _ADDED_PER_DAY.fullmatch(core) and subject != prev_metric:
        # 新登记企业增长24.5%，平均每天新增1.5万户: how many of the things that grew are added a day
        added = _NEWLY_REGISTERED.sub("", subject)
        return core + added if len(added) >= 2 else ""
    if (trail_noun or (core not in _ACTS and core.removeprefix("新") not in _ACTS) or not prev_metric
            or _AMOUNT_END.search(prev_metric)):
        return ""  # (新投产 is 投产, newly; 新开工项目总投资…、新竣工300个: an amount is acted on by nothing)
    for act in _ACTS:  # the longest act the metric before ends or opens with; not 基本建成 alone (no subject)
        if prev_metric.endswith(act):
            subject = prev_metric[: -len(act)].removesuffix("新")  # 项目新签约…、新开工…
            while (before := next((a for a in _ACTS if subject.endswith(a) and len(subject) > len(a)), "")):
                subject = subject[: -len(before)]  # 项目完工投产…，新开工…: the projects, not 项目完工
            return subject + core if len(subject) >= 2 else ""
        if prev_metric.startswith(act):
            subject = prev_metric[len(act) :]
            while (after := next((a for a in _ACTS if subject.startswith(a) and len(subject) > len(a)), "")):
                subject = subject[len(after) :]  # 落地建设化工项目93个、新建成投产33个: the projects, not 建设化工项目
            return subject + core if len(subject) >= 2 else ""
    # 过百亿元企业达到10家、新增2家: the things the figure before counts, newly added; 新开工改造187个老旧小区、完工
    # 151个: the things it counts, with no act of their own
    if core == "新增":
        return prev_metric + core if len(prev_metric) >= 2 else ""
    things = (counted and 2 <= len(prev_metric) <= _BARE_THINGS_MAX and not _NOT_THINGS.search(prev_metric)
              and not any(act in prev_metric for act in _ACTS))
    return prev_metric.removesuffix("建设") + core if things else ""  # 抓好300个市级重点项目建设，…竣工60个


_NEWLY_REGISTERED = re.compile(r"^(?:全年)?新(?:登记(?:注册)?|注册|设立)?")
_ADDED_PER_DAY = re.compile(r"(?:平均)?(?:每天|每日|日均|每月|月均|每年|年均)(?:平均)?新增")
_AMOUNT_END = re.compile(r"(?:投资|总额|规模|产值|收入)$")
_BARE_THINGS_MAX = 8
_NOT_THINGS = re.compile(r"[“”数率量额值]|投资|产能|任务|收入|产值$")  # 总投资、新竣工300个: an amount acts on nothing
# Acts done to the same things one after another (建成…、新开工…; 申请…，授权…), the longest first
_ACTS = ("建成投产", "基本建成", "开工建设", "取消撤并", "谋划储备", "新开工", "开复工", "开工", "竣工", "建成", "交付",
         "申请", "授权", "受理", "办结", "签约", "落地", "投产", "开业", "完工", "在建", "续建", "新建", "新增", "改造",
         "拆除", "关停", "取消", "撤并", "建设", "储备", "谋划", "下放", "精简", "调整", "保留")


# 建成投产项目278个，实际投资额282.48亿元: what the projects spent, however the report says it
_PROJECT_SPENDING = frozenset(("投资", "投资额", "实际投资", "实际投资额", "计划投资", "完成投资", "完成投资额",
                               "年度投资", "完成年度投资",
                               "释放产值", "新增产值", "增加产值", "带动产值"))  # …项目989个、释放产值超1500亿元
_PROJECT_SPENDING_ENDS = tuple(_PROJECT_SPENDING)


def _spending_named(metric: str) -> str:
    """The spending a metric ends with (…项目|完成年度投资), the longest of them, or ''."""
    if not metric.endswith(_PROJECT_SPENDING_ENDS):
        return ""  # (most metrics: tested once, before the longest is looked for)
    return max((w for w in _PROJECT_SPENDING if metric.endswith(w)), key=len)


def _projects_investment(core: str, prev_metric: str) -> str:
    """197个重大产业项目建设达到序时进度，实现投资703.2亿元: a bare investment after a count of projects is theirs."""
    # (…项目120项，其中亿元以上34项，完成投资…: all of them spent it, not the class counted last)
    class_first = _CLASS_ONLY.match(prev_metric) if core in _PROJECT_SPENDING else None
    prev_metric = prev_metric[class_first.end() :] if class_first and class_first.end() else prev_metric
    # (在建项目89个，计划投资226.63亿元，|完成投资…: what the same projects have spent of what was planned)
    spent = _spending_named(prev_metric) if core in _PROJECT_SPENDING and core.startswith(("完成", "实际")) else ""
    prev_metric = prev_metric[: -len(spent)] if spent and len(spent) < len(prev_metric) else prev_metric
    projects = _PROJECTS_NAMED.match(prev_metric) if core in _PROJECT_SPENDING else None
    return _TALLY_OPENING.sub("", projects.group()) + core if projects else ""  # not 累计 of 累计实施…


def _field_counted(core: str, trail_noun: str) -> str:
    """抓实能源科技创新|9条|路径: a count of ways, steps or measures in the field the words before it name is
    counted in that field; '' when the noun after the count is no such thing."""
    return core + trail_noun if trail_noun in _WAYS and len(core) >= 4 else ""


_WAYS = frozenset("路径 举措 措施 任务 途径 机制 方面 环节 步骤 指标 问题 政策".split())


def _modified_noun(core: str, trail_noun: str, modified: bool) -> str:
    """新开通至北京的|3条|航线: the noun a count counts with the words that modify it before the count's 的,
    or '' (not 由去年的3个: a change's base)."""
    if not modified or not trail_noun or len(core) < 2 or core.startswith(_FROM_OR_BASE) or core[0] in "（(":
        return ""
    examples = _EXAMPLES_CLOSE.search(trail_noun, 2)
    core = core[1:] if core[0] in "对为向给" and len(core) > 3 else core  # 对…带关键性的|38个|科技项目: to which
    return core + "的" + (trail_noun[: examples.start()] if examples else trail_noun)


# 试点范围扩大到全国40%的县, 完成重点流域70%以上的整治任务: the share is of what follows its 的 (not of 增长8%的速度)
_SHARE_REACHED = re.compile(r"(?:扩大到|扩大至|覆盖|完成|惠及|推广到|延伸到)[^，,。；;、的]{0,6}$")


def _framed_metric(core: str, trail: str, trail_noun: str, prev_metric: str, share: bool = False) -> str:
    """The metric where the words around the number frame it in a way of their own, or ''."""
    if trail_noun and len(core) >= 3 and (
            (share and ((core[-1] in _VERB_ENDS and core[-1] != "把")  # 把30%的企业建成…: the firms
                        or (trail.startswith("的") and _SHARE_REACHED.search(core))
                        # 把新增财力的80%用于民生: the share of the money that goes to it
                        or (trail_noun.startswith("用于") and core.endswith(_MONEY_ENDS))))
            or (core.endswith(_REACHES) and not trail.startswith("的"))):
        # 养老助餐点覆盖九成以上城乡社区: the share is of the communities it covers; 营养改善计划惠及3200万孩子
        return core + trail_noun
    if (trail_noun and core.endswith(_FUNDS_RAISED) and trail_noun.endswith(_FUNDS) and len(trail_noun) <= 8
            and len(core) >= 4 and not core[:-2].endswith(_VERB_JOINS)):  # not 筹集和安排: verbs, no budget
        # 中央财政拟安排200亿元专项资金: the fund the money makes up, as the budget sets it aside
        return _ALLOCATION_MODAL.sub("", core) + trail_noun
    works = _EXAMPLES_CLOSE.split(trail_noun, 1)[0] if core in _TOTAL_SPENDING and trail.startswith("的") else ""
    if works.endswith(_WORKS_ENDS):
        return works + core  # 投资3500万元的二三级供水管网改造: what the works spent
    if (core.endswith(("投资", "规模")) and (size := _PROJECT_SIZE.search(core))
            and (owner := _SIZED_OWNER.match(trail)) is not None):
        # 总投资410亿元的巨化硅氟新材料项目: the project's; …的60个重点项目: the projects', without how many
        return _LEADING_COUNT.sub("", owner.group(1)) + size.group()
    if trail_noun in _JOBS and core.endswith(_PLACING) and len(core) >= 3:
        return core.replace("共安排", "安排") + trail_noun  # 全国城镇共安排|3700多万人|就业: the jobs found
    if core in _REACHES and trail_noun:
        return core + trail_noun  # 实施学前一年免费教育政策，惠及近|10万|儿童: the children reached
    if core in _REACHES and not trail_noun and prev_metric:
        return _GROWTH_TAIL.sub("", prev_metric) + core  # 完成老旧小区改造180万平方米，惠及13.4万人: what reached them
    if trail_noun and _LEVELS.fullmatch(core):
        return core + trail_noun  # 市、区98个部门: the departments of both levels
    if prev_metric and _ABOVE.fullmatch(core):
        return prev_metric + core  # 服务业增加值增长6.1%，高于全国0.7个百分点: the growth's lead over the nation's
    if trail_noun and core in SHARED_MEASURES and (done := _PREDICATE_START.match(trail)):
        # 投资1.3亿元实施自来水管网改造工程 → 自来水管网改造工程投资; 产能1400万吨/年建成试运转 → 产能
        done_to = trail[done.end() :].lstrip("了")
        return done_to + core if done.group() in _TAKES_OBJECT and len(done_to) >= 2 else core
    return ""


_PROJECT_SIZE = re.compile(
    r"(?:^|(?<=设立)|(?<=组建)|(?<=建设)|(?<=推进)|(?<=实施)|(?<=抓好)|(?<=启动)|(?<=开工)|(?<=新建)|(?<=续建))"
    r"(?:计划)?(?:总)?(?:投资|规模)$")
_SIZED_OWNER = re.compile(r"的([^，,。；、的“”]{2,16}?(?:项目|工程|基金|"
                          r"(?:产业园|园区|基地|中心|医院|学校|养老院|馆|体系|厂|站|城)(?!项目|工程)))")
_REACHES = ("惠及", "覆盖", "受益")
_JOBS = frozenset(("就业", "再就业", "就业创业"))
_PLACING = ("安排", "安置", "帮助", "促进", "带动", "吸纳")  # what reaches the people counted after it names the count


def _bare_lead(lead: str) -> str:
    """The words before a number as its metric will keep them: no head (确保, 全市), no tail (保持在, 达到)."""
    head = _METRIC_HEAD.match(lead)
    return _strip_suffixes(lead[head.end() :] if head else lead, _METRIC_TAIL)


def _firms_counted_before(prev_metric: str, core: str, before_semicolon: str) -> str:
    """民营企业达到8450户，增长25.6%；|主营业务收入|1157亿元: a firm's measure opening a ；-clause after a count of
    firms is theirs (their count's metric, as ``prev_metric``); else ``prev_metric``."""
    if prev_metric or not before_semicolon or (core not in SHARED_MEASURES and core not in _FIRM_MEASURES):
        return prev_metric
    firms = _GROWTH_TAIL.sub("", before_semicolon)
    return firms if firms.endswith(_OWNERS_COUNTED) and len(firms) >= 4 else ""


def _subject_of(metric: str) -> str:
    """What a metric measures something of, without the measure it ends with (粮食播种面积 → 粮食), or ''."""
    for k in range(2, len(metric) - 1):
        if metric[k:] in SHARED_MEASURES:
            subject = metric[:k].removesuffix("总")  # not 外贸进出口 of 外贸进出口总额: a measure, not its subject
            measured = subject[-1] in _VERB_ENDS or any(subject.endswith(m) for m in SHARED_MEASURES)
            return "" if measured or _COMPARED.match(subject) or subject.startswith(("比", "较")) else subject
    if metric.endswith(_OWNERS_COUNTED) and len(metric) > 4:
        return _ADDING_VERB.sub("", metric)  # 规模以上工业企业达7.6万家、增加值增长3%: the firms' value added
    return ""


_OWNERS_COUNTED = ("企业", "公司")


def _without_tails(words: str) -> str:
    """The words before a number without the tails that say how or when it is reported (…达到, …去年底为), a
    bare 年底 too (国家外汇储备年底达到…; not 2000年底, a year's end)."""
    core = _strip_suffixes(words, _METRIC_TAIL)
    return _strip_suffixes(_BARE_YEAR_END.sub("", core), _METRIC_TAIL) if core.endswith(("年底", "年末")) else core


def _strip_suffixes(text: str, suffixes: _SuffixesByLength) -> str:
    """``text`` without the suffixes it ends in, the longest first each time; a word that ends like one is kept
    (项目签约 is no 项目签 about a figure)."""
    while True:
        if text[-2:] in _ENDS_LIKE_A_SUFFIX:
            return text
        for n, ends in suffixes:  # one set lookup per length, not an endswith per suffix
            if text[-n:] in ends and not (text[-n] == "才" and text[-n - 1 : -n] == "人"):  # 人才|达到: talent
                text = text[:-n]
                break
        else:
            return text
