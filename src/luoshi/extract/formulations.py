"""Formulations (提法): numbered names for fixed sets, with their members.

A formulation is a Chinese numeral, an optional classifier or 大, and a head, used as a name:
六个高地, 三大战略行动, 四风, 两个维护. What tells it from an ordinary count (77个党建共同体, 两个孩子):

- it is quoted (“四早”, “五个中心”), or ends a quoted slogan (“深化九大赋能、打造九个现代化新淄博”);
- its classifier is 大 (三大先导产业): one does not count ordinary things "big";
- its head is a slogan or an abstract word (维护, 确立, 自信, 积极性), or the document enumerates exactly
  that many members for it and uses it as a name (嘉定、青浦、松江、奉贤、南汇五个新城 … 以五个新城建设为…).

Left out on purpose: counts of children (三孩, 两胎: a birth-policy label, not a set), census rounds
(“五经普”: the fifth economic census), counts in Arabic digits (6个关键点, 20条: facts and rule titles),
counts of ten or more without quotes or 大, ordinals (第二个百年, 十九大), plan periods (“十四五”, “七五”),
frequencies (“十二连增”), idioms and compound codes with two numbers (四梁八柱, 三严三实, 一主两副),
names counting one (一大亮点, “一网通办”), 双X abbreviations, and N个方面 / N点 lists (all optional or
wrong in the annotation guide).

Members are looked for wherever the name occurs, in this order: a list right before the name
(产业、人才、文化、生态、组织“五个振兴”), a list or a 即… right after it (or on the line below a glossary
entry), 一是…二是… after it, the headings of the sections it introduces; then, pages on, a run of exactly
that many headings that each hold its head (“七大行动” … （一）…推进产业兴市行动), and phrases after it
that share its head (打造鲁中高地…打造产业高地…); last, a list anywhere in the document whose items end
with the head (经济、金融、贸易、航运、科技创新中心 for 五个中心) or that follows the head as a verb (成为A、
B、C for 三个成为). An item or heading that answers two names gives each the clause that holds its head
(落实创新发展，在…上实现新突破: 五大发展 and 五个突破). A set is kept only when it has exactly as many
members as the name counts and could be the name's (no member holds the name itself or is its bare head);
otherwise the next way is tried.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from operator import le

from luoshi.document import Formulation, Heading
from luoshi.extract.marks import last_mark
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
_DOUBLE_QUOTED_TERM = re.compile(r"“([^“”\n]{2,12})”")

# A quoted stretch that holds a numeral, one pattern per kind of quotes (ASCII ones pair up as they come).
_QUOTED = [
    re.compile(rf"{a}(?=[^{a}{b}\n]{{1,30}}{b})([^{a}{b}\n]*?[{_NUMERAL_CHARS}双雙][^{a}{b}\n]*){b}")
    for a, b in (("“", "”"), ("「", "」"), ("『", "』"))
]
_ASCII_QUOTED = re.compile(r"\"([^\"\n]{1,30})\"")
_HAS_NUMERAL = re.compile(f"[{_NUMERAL_CHARS}双雙]")
# A count (not part of a longer number, not an ordinal) and a classifier, then a quoted head or a Han run.
_COUNT_CHARS = "二两兩三四五六七八九十"
_COUNT_CHAR = re.compile(f"[{_COUNT_CHARS}]")
_CLASSIFIED = re.compile(
    rf"(?<![第\d０-９{_NUMERAL_CHARS}几幾数數多])([{_COUNT_CHARS}]{{1,3}})([{_CLASSIFIERS}])"
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
# Sayings with one number, as heads (“十个指头弹钢琴”: a way of working, not a set of ten)
_SAYING = re.compile(r"(?:指头|指頭|手指)(?:弹钢琴|彈鋼琴)")
# Words with a 一 that is no number: masked before looking for a second number (五个进一步到位).
_WORDS_WITH_ONE = re.compile(
    r"进一步|進一步|统一|統一|一体|一體|一流|一致|唯一|一批|一切|同一|一起|一样|一樣|一定|一直|一线|一線"
)
# The pieces of a quoted stretch (“四个中心、六个基地”).
_PIECE = re.compile(r"[^、，,；;·\s]+")
_LATIN_OR_DIGIT = re.compile(r"[\dA-Za-z０-９]")
_BIG = re.compile(rf"[{_NUMERAL_CHARS}]{{1,3}}大")

# Heads that make a count a duration or a date, or a vague count (三个月, 两个多月).
_TIME_START = r"[年月日天周岁歲次届屆号號时時分秒多余餘来來些季]|小时|小時|分钟|分鐘|星期|世纪|世紀|百分点|百分點"
# Without a classifier, also a measure, a frequency, a share, people, grades or parts (三倍, 十连增, 三成, 四级).
_UNIT_START = (
    r"[倍连連元吨噸亩畝米斤克度尺寸丈成名位户戶人口家只台辆輛间間层層级級批方点點部类類线線甲乙]|公里|公斤|公顷|公頃"
)
# Without quotes or a classifier, a head does not start with a function word (三个是…, 两项要…).
_FUNCTION_START = r"[的之和与與及或等是为為在了着著把被将將对對向从從以并並也都又再还還就要]"
_BAD_QUOTED_HEAD = re.compile(rf"^(?:{_TIME_START})")
_BAD_HEAD = re.compile(rf"^(?:{_TIME_START}|{_FUNCTION_START})")
_BAD_BARE_HEAD = re.compile(rf"^(?:{_TIME_START}|{_FUNCTION_START}|{_UNIT_START})")
# Children counted (三孩, 两胎, 二孩): a birth-policy label (三孩生育政策), a count of ordinary people, no set.
_CHILDREN_HEAD = re.compile(r"^(?:[孩胎娃]|子女)")
# A census counted by its round (“五经普”, 七普, 三农普): the fifth economic census, an ordinal, no set.
_CENSUS_HEAD = re.compile(r"^(?:[经經农農人]?普)$")
# A grade by stars (“三星级”肉联厂, “五星级”示范基地): a rating on a scale, no set of three or five.
_GRADE_HEAD = re.compile(r"^星[级級]")
# The nation counted (“两个中国”, 两个中國, “两国论”): a stance rejected, no set of two.
_NATION_HEAD = re.compile(r"^(?:中国|中國|国论|國論)$")
# Where, not what (“两区外”保税维修: outside the two zones): a place's inside or outside, no set.
_WHERE_HEAD = re.compile(r"^(?:区|區|线|線|圈|园|園|港|关|關|境)[外内內]$")
# Counted parts of a report's own structure, never names (N个方面 lists are optional in the guide); and the
# possibilities an argument weighs (有两种可能：或者…，或者…).
_ORDINARY_HEAD = re.compile(
    r"^(?:方面|点|點|部分|问题|問題|阶段|階段|步骤|步驟|环节|環節|层次|層次|同志|字|句话|句話|可能)"
)

# What follows an unquoted name rather than belonging to it: function words (from the second
# character on), and verbs, adverbs and measured aspects (from the third).
_STOP_CHAR = re.compile(
    r"[之和与與及或等是为為了着著把被将將对對向从從以并並也都又再还還就要里裡上下内內到由经經均各已占而、]"
    r"|中(?![心国國华華央部小医醫长長])|(?<!目)的"  # 目的地 is one word
    r"|外(?![贸貿资資商汇匯事经經向籍包卖賣])"  # 十大专精特新外贸优品集群: 外贸 is a word, 区外 ends one
    r"|[超逾]$"  # 三大类超200个: the comparator before a figure
)
_STOP_WORD = re.compile(
    r"建设|建設|作用|规模|規模|工作|发展|發展|进程|進程|打造|建成|成为|成為|取得|实现|實現|加快|推进|推進|推动|推動|"
    r"实施|實施|落实|落實|提升|形成|开展|開展|布局|格局|地位|水平|要求|精神|思想|理念|相关|相關|方向|成果|成效|"
    r"功能|质量|質量|效益|占比|比重|总量|總量|增加值|产值|產值|收入|增长|增長|增加|突破|超过|超過|达到|達到|保持|入选|"
    r"入選|获得|獲得|迈上|邁上|迈向|邁向|初步|全线|全線|稳步|穩步|基本|显著|顯著|明显|明顯|有效|正式|顺利|順利|累计|"
    r"累計|首次|已经|已經|共同|率先|持续|持續|不断|不斷|更加|进一步|進一步|全面|深入|加速|加强|加強|完善|强化|強化|"
    r"优化|優化|培育|壮大|壯大|集聚|补链|補鏈|延链|延鏈|转型|轉型|升级|升級|协同|協同|联动|聯動|融合|倍增|发挥|發揮|"
    r"贯通|貫通|互联|互聯|互通|互备|互備|互补|互補|覆盖|覆蓋|没有|沒有|稳增长|穩增長|出境|全部|分别|分別|总体|總體|整体|整體|试点|試點|潜能|潛能|"
    r"方面|提出|治理|节能(?![工行环产改技降减项])|節能(?![工行環產改技降減項])|(?<=[区區园園村镇鎮城路街厂廠矿礦房])改造|以来|以來|召开|召開|确立|確立|确定|確定|竞相|競相|前期|带动|帶動|纵深|縱深|"
    r"抓好|抓实|抓實|抓紧|抓緊|抓重点|抓重點|抓落实|抓落實|促进|促進|促发展|促發展|惠民生|补短板|補短板|强弱项|強弱項|防风险|防風險|"
    r"总(?:产值|产能|产量|营收|收入|投资|规模|额)|總(?:產值|產能|產量|營收|收入|投資|規模|額)"  # 两大产业总产值
)
_PROGRAMME_AFTER = re.compile(r"(?:建设|发展|發展|提升|振兴|振興)(?:重点|重點|示范|示範)?(?:工程|行动|行動|计划|計劃)")
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
    r"九寨|五台|三江源|两江|兩江|二连|二連|五家渠|两岸|兩岸|两会|兩會|两院|兩院|两难|兩難|三角|八闽|八閩|九洲|九州|五指)"
)

# After a name: what introduces its members (，即 / ：/ 是指), possibly after a second name
# (“六个高地”、实现“六个走在前列”，即…).
_INTRO = re.compile(
    r"^[”」』\"]?(?:[、和][^，。；：\n]{0,16}?)?[，,]?\s*(?:即|也就是|分别是|分別是|包括|是指|指(?![标標导導出引挥揮数數南定明令望向])|：|:)"
    r"\s*(?:\n\s*)?(?:是指|指|即|包括)?\s*"
)  # (指 of 指标, 指导 is no 指)
_CLAUSE_SPLIT = re.compile(r"[，。；：！？,;:!?\n、（）()]")
_CLAUSE_END_RE = re.compile(r"[，。；：！？,;:!?\n]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_AND = re.compile(r"以及|和(?![平谐諧睦美衷气氣])|(?<![涉普危波顾惠论提触遍企])及(?![时時早])|与(?![会會])|與(?![會])")
_ETC = re.compile(r"等.*$")
_LIST_CLAUSE = re.compile(r"[，；：,;:]")
_COMMA = re.compile(r"[，,]")
_DE = re.compile(r"[的之]")
_ADVERBS = (
    r"(?:重点|重點|全力|大力|着力|著力|深入|积极|積極|更好|充分|持续|持續|继续|繼續|加快|加速|前瞻|切实|切實|全面|统筹|統籌|扎实|紮實"
    r"|坚决|堅決|稳慎|穩慎|稳妥|穩妥|稳步|穩步|有序|审慎|審慎)"
)
_VERBS = (
    r"(?:要|部署|在(?!建(?![设設立成])|[用运運研校岗崗册冊职職编編线線])|把|将|將|对标|對標|对照|對照|对(?!外)|對(?!外)|以|从|從|推进|推進|推动|推動|打造|建设|建設|发展|發展|实施|實施|兼具|具有|拥有|擁有|紧扣|"
    r"緊扣|围绕|圍繞|聚焦|坚持|堅持|实现|實現|构建|構建|形成|做强|做強|做好|抓好|包括|涵盖|发挥|發揮|强化|強化|突出|"
    r"开展|開展|粉碎|战胜|戰勝|提升|完善|健全|用好|落实|落實|打好|打赢|打贏|设置|設置|即|就是|是指|指|"
    r"共建|创建|創建|办好|辦好)"  # 五大创新创建：共建四大产业园区、办好四大文旅节会、…
)
_LEAD = re.compile(rf"^(?:[一二三四五六七八九十]{{1,2}}[是要])?(?:{_ADVERBS}*{_VERBS}+)?")
_SCOPE = re.compile(r"^(?:全[省市县区州]|我[省市县区州])(?=.{1,6}$)")  # 全市光伏: not 全省数字营商环境示范区
_VERB_ANYWHERE = re.compile(
    rf"{_VERBS}|根据|根據|提出|倡议|倡議|增强|增強|加强|加強|不断|不斷|坚定|堅定|调动|調動|激发|激發|兼顾|兼顧|利用|依托|"
    r"融入|深化|巩固|鞏固|提高|加大|扩大|擴大|优化|優化|促进|促進|保障|筑牢|築牢|做优|做優|做大|建好|管好|办好|辦好|建成|"
    r"树立|樹立|壮大|壯大|培育|抢抓|搶抓|坚守|堅守|遏制|锚定|錨定|聚力|实行|實行|确定的|確定的|整治|打击|打擊|查处|查處|推行|"
    r"做靓|做靚|做响|做響|擦亮|叫响|叫響|打响|打響|激活|布局|佈局|展开|展開|启动|啟動|建立|进行|進行|统筹|統籌|改造|突破|创新|創新|"
    r"拓宽|拓寬|拓展|畅通|暢通|加快|信守|遵守|恪守|奉行|秉持|缩小|縮小|纠正|糾正|杜绝|杜絕|克服|服务于|服務於|明确|明確|"
    r"算好|算清|算细|算細|创建|創建"  # 算好财力、空间、环境“三本账”
    r"|改善|守住|守牢|兜住|兜牢"  # 聚焦发展、改善民生、守住底线“三件大事”: each item its own verb
)
# A list item that ends with a verb takes the name as its object: the list does not sum up to it.
_VERB_END = re.compile(
    r"(?:做到|坚持|堅持|实现|實現|推进|推進|推动|推動|落实|落實|打造|做好|抓好|增强|增強|坚定|堅定|践行|踐行|贯彻|貫徹|"
    r"树立|樹立|强化|強化|把握|深化|加强|加強|完善|建设|建設|发挥|發揮|提升|聚焦|围绕|圍繞|实施|實施|统筹|統籌|"
    r"巩固|鞏固|拓展|用好|守住|扛起|落细|落細|走好|开展|開展|坚决|堅決|胸怀|胸懷|制造|製造|玩弄|反对|反對|防止)[“「]?$"
)
# A last list item that makes the name the object of a passive or of a 为-verb (被列为, 命名为) or of
# 完成: the list says something of the name, it does not sum up to it.
_NOT_A_SUM = re.compile(r"(?:[为為]|完成)[“「]?$|被")
# The marker of a heading or list item that opens the clause (四、围绕构建“两型”社会): no item.
_LIST_MARKER = re.compile(r"^\s*[一二三四五六七八九十\d]{1,3}[、.．]")
# The 的 that joins a list to the name it sums up (热爱祖国、热爱社会主义、热爱党的“三热爱”).
_APPOSITION = re.compile(r"(?<=..)[的之][“「]?$")
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
    for key in [k for k in found if any(k + noun in found for noun in _OWN_NOUNS)]:
        del found[key]  # 落实“五大发展”, after 树立“五大发展”理念: the same name, short
    names = [text[c[0] : c[1]] for c in found.values()]
    return [
        _formulation(text, outline, key, cand, [n for n in names if len(n) > cand[1] - cand[0]])
        for key, cand in sorted(found.items(), key=lambda kv: kv[1][0])
    ]


def _quotes(text: str) -> Iterator[tuple[Span, Span]]:
    """Quoted stretches that hold a numeral: the span with its quotes, and the span inside them."""
    for pattern in _QUOTED:
        for m in pattern.finditer(text):
            yield m.span(), m.span(1)
    if '"' in text:
        for m in _ASCII_QUOTED.finditer(text):
            if _HAS_NUMERAL.search(m.group(1)):
                yield m.span(), m.span(1)


def _formulation(text: str, outline: list[Heading], key: str, cand: Candidate, longer: list[str]) -> Formulation:
    start, end, count, head = cand
    name = text[start:end]
    first = _first_as_name(text, name, start, longer)
    start, end = first, first + len(name)
    members = _without_name_tail(_members(text, outline, key, name, count, head), _strip_quotes(name))
    return Formulation(text=name, count=count, members=members, start=start, end=end)


def _without_name_tail(members: list[str], name: str) -> list[str]:
    """A last member that goes on to the word the name ends with, which no other member has (“五外联动”：指外贸、
    外资、外包、外经、外智联动; 垃圾、污水、厕所“三大革命”), without it: 外智, 厕所; and without a 的 after it."""
    if len(members) < 2:
        return members
    tail, last = name[-2:], members[-1]
    # not 三个省级区域中心: a class noun the members may hold (…医疗中心, …区域中心)
    if (tail in _SET_ACTIONS and len(name) >= 4 and last.endswith(tail) and len(last) > 3
            and not any(m.endswith(tail) for m in members[:-1])):
        last = last[:-2]
        # 生态建设规划协调融合: how they do it goes with it
        manner = last[-2:]
        if manner in _SET_MANNERS and len(last) > 4:
            last = last[:-2]
    # 畜禽粪便、农作物秸秆、农膜基本资源化利用 (三基本): the name's own word, with what it goes on to (not
    # 水平提升 of 三提升, which ends with it)
    head = _COUNT_OPENING.sub("", name)
    at = last.find(head, 2) if len(head) >= 2 else -1
    if 2 <= at < len(last) - len(head) and not any(head in m for m in members[:-1]):
        last = last[:at]
    # 以钢产量…、棉花产量一亿担的四大指标: the 的 that ties the list to its name
    return [*members[:-1], last.removesuffix("的") if len(last) > 2 else last]


_COUNT_OPENING = re.compile(rf"^[{_NUMERAL_CHARS}]+[{_CLASSIFIERS}]?")
# what a set's members do together or are about, the word after the count (五外联动, 三权分置, 五大安全)
_SET_ACTIONS = frozenset("联动 融合 分置 协同 联创 同创 合一 并举 共建 革命 安全 同步 衔接 贯通".split())
# how they do it, before that word (…和生态建设规划协调融合, …深度融合)
_SET_MANNERS = frozenset("协调 深度 有机 相互 高度 一体 统筹".split())


def _first_as_name(text: str, name: str, start: int, longer: list[str]) -> int:
    """The first occurrence of ``name`` (an earlier one alone would not have told it is a name), but not
    one inside a longer number (第十三个五年 for 三个五), a longer name found (三保障 for 三保) or a longer
    quoted name (“两湖两河” for 两河)."""
    for s, e in _occurrences(text, name):
        at = s + (e - s - len(name)) // 2  # without the quotes _occurrences widens it to
        if at >= start:
            break
        if (_char(text, at - 1) in _NUMERAL_CHARS + "第" or any(_holds_at(text, at, name, x) for x in longer)
                or _in_longer_quote(text, at, name)):
            continue
        return at
    return start


def _in_longer_quote(text: str, at: int, name: str) -> bool:
    """``name`` at ``at`` is part of a longer quoted name (“两湖两河” for 两河)."""
    opening = text.rfind("“", max(0, at - _QUOTED_NAME_MAX), at)
    if opening < 0 or text.find("”", opening, at) >= 0:
        return False
    closing = text.find("”", at + len(name), at + len(name) + _QUOTED_NAME_MAX)
    return closing >= 0 and (opening != at - 1 or closing != at + len(name))


_QUOTED_NAME_MAX = 12  # as _TERM reads a quoted term


def _holds_at(text: str, at: int, name: str, longer: str) -> bool:
    """``longer`` stands in ``text`` around the ``name`` at ``at``."""
    i = longer.find(name)
    while i >= 0:
        if i <= at and text.startswith(longer, at - i):
            return True
        i = longer.find(name, i + 1)
    return False


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
    if _AWARD_BEFORE.search(text, max(0, qs - 11), qs - 1) and _AWARD_SCOPE.match(text, qs):
        return  # 入选“全国十大考古新发现”: an award's list, not a set the text names
    if _CASE_NAMED.match(text, qe + 1):
        return  # 侦办“五行币”特大传销案: the name of a case, not a set
    for a, b, count, head in _quoted_names(text[qs:qe]):
        own = _OWN_NOUN_OUTSIDE.match(text, qe + 1) if qs + b == qe and head.endswith(_DONE_HEADS) else None
        if own:  # “五大发展”理念: a name that ends on what is done takes its own noun from outside the quotes
            yield qs + a, own.end(), count, head + own.group()
            continue
        yield qs + a, qs + b, count, head


_DONE_HEADS = ("发展", "發展")
_OWN_NOUNS = ("理念", "思想", "战略", "戰略")
_OWN_NOUN_OUTSIDE = re.compile("|".join(_OWN_NOUNS))


_CASE_NAMED = re.compile(r"(?:特大|重大|系列|跨境|跨国)?[\u4e00-\u9fff]{0,6}?(?<![方提预议草答档图法个文])案(?![例])")
# 入选年度“全国十大考古新发现”: the year's list, too
_AWARD_BEFORE = re.compile(r"(?:入选|获评|评为|荣获|列入|获得)(?:为)?(?:年度|(?:19|20)[0-9]{2}年度?)?$")
# 被评为全国大数据+扶贫和中国网络理政十大创新案例: an award's list, unquoted
_AWARDED = re.compile(r"(?:入选|获评|评为|荣获)(?:为)?(?:《[^》\n]{1,12}》)?"  # 入选《科学》年度十大突破: a journal's
                      r"[“「]?(?:(?:全国|全省|中国|国家|世界|全球|国内|年度|\d{4}(?:年度?)?)+[^，。；：\n]{0,20}"
                      r"|[^，。；：\n“「]{2,20})$"  # 入选湖北六大考古新发现, 入选广东…题材四大剧目: of a region's
                      # 跻身…最强的十大地级城市: a ranking's top ten
                      r"|(?:跻身|入选|评为|进入|位列)[^，。；：\n]{0,16}最[^，。；：\n的]{1,8}的$")
_AWARD_REACH = 30
_AWARD_SCOPE = re.compile(r"(?:全国|全省|全市|中国|全球|国内|世界|年度|\d{4}(?:年度?)?)")


@lru_cache(maxsize=4096)  # the same quoted terms come back again and again
def _quoted_names(content: str) -> tuple[Candidate, ...]:
    """The names in a quoted ``content``, with offsets into it."""
    special = _NUMERIC_HEAD.fullmatch(content) or _OLD_NEW.fullmatch(content)
    if special:  # “两个80%”, “老三样”
        count = _count(special.group("n"))
        return ((0, len(content), count, special.group("head")),) if count else ()
    out: list[Candidate] = []
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
                    out.append((a, b, count, head))
            continue
        if is_numbered:
            continue
        m = _INNER.search(piece)
        if m:
            count = _count(m.group(1))
            if count and _good_head(m.group(3), classified=True, quoted=True):
                out.append((a + m.start(), a + m.end(), count, m.group(3)))
    return tuple(out)


def _good_quoted(piece: str, count: int, numeral: str, classifier: str, head: str) -> bool:
    if count < 2 or _COMPOUND.match(_WORDS_WITH_ONE.sub("X", piece)) or _PLACE.match(piece) or _SAYING.match(head):
        return False
    if not classifier and (numeral == "二" or head[0] in _NUMERAL_CHARS or head in _CLASSIFIERS):
        return False  # 二线, 十三五: ordinals; two-numeral codes are optional; “三大” names nothing
    if not classifier and count >= 10 and len(head) < 2:
        return False  # 十五冬: the fifteenth games
    return _good_head(head, classified=bool(classifier), quoted=True)


_RANKING_HEAD = ("最具", "最美", "最佳", "最受", "最有", "佳")  # 十大最美…, 十佳魅力城市; not 四个最严


def _good_head(head: str, classified: bool, quoted: bool) -> bool:
    """A head that names something: no digits, no duration or date (三个月); without a classifier no
    measure or share (三倍, 三成); without quotes or a classifier no function word (“四个与共” is a name)."""
    if _LATIN_OR_DIGIT.search(head) or head.startswith(_RANKING_HEAD):
        return False  # 十大最具影响力政务微博: a ranking's title, the best ten of many, not a set of ten
    if head.startswith("值得"):
        return False  # 三个值得特别注意的地方: points the speaker draws attention to, counted, no name
    bad_start = _BAD_BARE_HEAD if not classified else _BAD_QUOTED_HEAD if quoted else _BAD_HEAD
    return not (bad_start.match(head) or _ORDINARY_HEAD.match(head) or _CHILDREN_HEAD.match(head)
                or _CENSUS_HEAD.match(head) or _GRADE_HEAD.match(head) or _NATION_HEAD.match(head)
                or _WHERE_HEAD.match(head))


def _classified_candidates(text: str, quoted: list[Span]) -> list[Candidate]:
    """Unquoted counts with a classifier that are used as names: 三大先导产业, 四个意识, 五个新城."""
    raw: dict[str, Candidate] = {}
    qi = 0
    for m in _classified_matches(text):
        while qi < len(quoted) and quoted[qi][1] <= m.start():
            qi += 1
        if qi < len(quoted) and quoted[qi][0] <= m.start():
            continue  # inside a quote: the quoted pass has seen it
        cand = _classified_shape(text, m)
        if cand and not _AWARDED.search(text, max(0, cand[0] - _AWARD_REACH), cand[0]):
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


def _classified_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_CLASSIFIED.finditer(text)`` finds, tried only where a count and a classifier stand."""
    done = 0
    for start in _count_index(text)[1]:
        if start >= done:  # not inside the last name: finditer would not look there either
            m = _CLASSIFIED.match(text, start)
            if m:
                done = m.end()
                yield m


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
    if big and head[0] == "道" and not head.startswith("道路"):
        return None  # 五大道公园: 大道 an avenue's name, no set of five
    if text.startswith(("之一", "之列"), m.start(5) + len(head)):
        return None  # 成为…两大标志性项目之一: one of a class described, not a name
    if _ANNIVERSARY.match(text, m.start(5) + len(head)):
        return None  # 红军三大主力会宁会师90周年: an event commemorated, no set
    return start, m.start(5) + len(head), count, head


_ANNIVERSARY = re.compile(r"[0-9０-９一二三四五六七八九十百]{1,4}(?:周年|週年)")


# 与五大发展理念相一致, 同…要求相适应: what the name is measured against follows it
_RELATED_AFTER = re.compile(r"相(?:一致|适应|符合|匹配|衔接|协调|结合|统一)|的")


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
                            or _STOP_WORD.match(run, own.end()) or _CLAUSE_TAIL.match(run, own.end())
                            or _RELATED_AFTER.match(run, own.end())):
        cut = own.end()  # 五大发展理念: the name's own noun, not what follows the name
    elif cut > 1 and (programme := _PROGRAMME_AFTER.match(run, cut)) and programme.end() <= 10:
        return run[: programme.end()]  # 五大旅游发展重点工程: a programme's name runs on through its words to its head
    if cut >= 5 and run[cut - 1] == "化" and not tail:
        cut -= 3  # 六大特色产业集群化发展, 三大产业数字化转型: the industries, not what is done to them
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
        if _list_after(text, s, e, count, head) or _run_in(text, s, e, count):
            return True
        before = _quoted_run_before(text, s, count) or _list_before(text, s, e, count, head)
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
    for i in _starts(text, name):
        if out and i < out[-1][1]:
            continue  # overlaps the last one
        s, e = i, i + len(name)
        if s > 0 and text[s - 1] in _OPEN and e < len(text) and text[e] in _CLOSE:
            s, e = s - 1, e + 1
        out.append((s, e))
        if len(out) == limit:
            break
    return tuple(out)


def _starts(text: str, name: str) -> Iterator[int]:
    """Where ``name`` starts in ``text``, in order: for a name that opens with a count (四风, 三个中心)
    only where its first two characters stand, which saves a scan of the whole text per name."""
    if name[0] in _COUNT_CHARS and len(name) > 1:
        for at in _count_index(text)[0].get(name[:2], ()):
            if text.startswith(name, at):
                yield at
        return
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


@lru_cache(maxsize=8)
def _count_index(text: str) -> tuple[dict[str, list[int]], list[int]]:
    """One scan for the count characters of ``text``: where each stands, by it and the character after
    it (四风, 三个), and where a count with a classifier starts (三个, 二十五项), the only places where
    _CLASSIFIED can match (its look-behind makes a scan of the whole text for it slow)."""
    bigrams: dict[str, list[int]] = {}
    starts: list[int] = []
    for m in _COUNT_CHAR.finditer(text):
        at = m.start()
        pair = text[at : at + 2]
        bigrams.setdefault(pair, []).append(at)
        if pair[-1] in _CLASSIFIERS:  # the count starts at most two count characters back
            start = at
            while start > max(0, at - 2) and text[start - 1] in _COUNT_CHARS:
                start -= 1
            starts.append(start)
    return bigrams, starts


def _members(text: str, outline: list[Heading], key: str, name: str, count: int, head: str) -> list[str]:
    occurrences = _occurrences(text, name)
    if key != name:
        occurrences = tuple(sorted({*occurrences, *_occurrences(text, key)}))
    bare_name, head = _strip_quotes(name), _strip_quotes(head)
    if bare_name.endswith(_YEARLY_LISTS):
        # “十件民生实事”基本完成 (last year's) … 办好十件民生实事。一是… (this year's): each mention its own list
        occurrences = occurrences[:1]

    def ok(found: list[str] | None) -> list[str] | None:
        return _pair_sharing_verb_and_tail(_first_from_shared_opening(found)) if found and _credible(
            found, bare_name, head) else None

    # the ways of enumerating, the surest first; a set that cannot be the name's lets the next way try
    short = _SHORT_HEAD.fullmatch(head)
    for s, _ in occurrences:
        shared = _shared_entry(text, s, count)
        if shared is not None:  # an entry defining this name with others: its own part, or nothing
            return shared if _credible(shared, bare_name, head) else []
    for s, e in occurrences:  # “三副”，即南江县、通江县、平昌县: the name's own gloss, wherever it stands, first
        if _OWN_GLOSS.match(text, e) is not None and (found := ok(_list_after(text, s, e, count, head))):
            return [*found[:-1], _without_sum(found[-1], count)]
    for s, e in occurrences:
        found = (
            ok(_quoted_run_before(text, s, count))
            or ok(_run_together_before(text, s, count, bare_name))
            or ok(_list_before(text, s, e, count, head))
            or ok(_list_after(text, s, e, count, head))
            or ok(_entry_below(text, s, e, count))
            or ok(_run_in(text, s, e, count, head))
            or ok(_headings(text, outline, s, e, count, head))
            or (ok(_next_sentence(text, e, count, head)) if short else None)
            or ok(_sentences_after_colon(text, e, count, head))
            or ok(_subjects_after(text, e, count))
            or ok(_paragraphs_after_colon(text, e, count, head))
            or ok(_list_later(text, e, count))
            or ok(_previous_sentence(text, s, count, head))
        )
        if found:
            return found
    for _, e in occurrences[:4]:
        found = (ok(_headings_later(outline, e, count, head)) or ok(_sharing_head(text, e, count, head))
                 or ok(_framed_sentences(text, e, count, head)))
        if found:
            return found
    found = ok(_list_anywhere(text, count, head, occurrences))
    # a list found anywhere that counts things (77条宜居村庄) or gives figures (…分别达到17%) is another list
    return found if found and not any(_COUNT_INSIDE.search(x) or _FIGURE_INSIDE.search(x) for x in found) else []


_YEARLY_LISTS = ("实事", "实事项目", "民生工程", "惠民工程")


def _pair_sharing_verb_and_tail(members: list[str]) -> list[str]:
    """减少化肥|和|农药使用量 (“两减”): a verb before the first and a tail after the second that both share, the
    nouns between alike in length → 减少化肥使用量, 减少农药使用量."""
    if len(members) != 2:
        return members
    first, second = members
    verb = _PAIR_VERB.match(first)
    if verb is None or second.startswith(verb.group()):
        return members
    noun = first[verb.end() :]
    tail = second[len(noun) :]
    if not 2 <= len(noun) <= 3 or not _PAIR_TAIL.fullmatch(tail):
        return members
    return [first + tail, verb.group() + second]


_PAIR_VERB = re.compile(r"减少|降低|提高|提升|增加|控制|压减|减轻")
_PAIR_TAIL = re.compile(r"[\u4e00-\u9fff]{0,3}(?:量|率|数|额|值|负担|成本|排放)")


def _first_from_shared_opening(members: list[str]) -> list[str]:
    """脱贫退出后摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶…: the first member starts where the words all the
    others open with stand in it; what comes before is its clause's."""
    if len(members) < 3:
        return members
    opening = _common_prefix(members[1:])
    at = members[0].find(opening) if opening else -1
    # (着力保工资、保运转、保基本民生: an adverb before the one character they open with, too)
    if at > 0 and (len(opening) >= 2 or _HEAD_ADVERB.fullmatch(members[0][:at])):
        return [members[0][at:], *members[1:]]
    return members


_OWN_GLOSS = re.compile(r"[”」\"』]?[，,：:]?\s*(?:即|是指|指)\s*")


def _credible(members: list[str], name: str, head: str) -> bool:
    """Members that can be the name's: none holds the name itself (厕所治理“三大革命), none is its bare
    head (…、模式创新、机制 for 三个机制), each holds a word (not 9)."""
    return not any(name in x or x == head or not _HAN_CHAR.search(x) for x in members)


def _one_character_head(head: str) -> bool:
    return len(head) == 1 and _HAN_CHAR.match(head) is not None and head not in _HEADS_MEMBERS_LACK


_VERB_CLAUSE_MAX = 6  # 全力做好, 统筹抓好: a clause of a verb alone, before a name
_HEAD_ADVERB = re.compile(rf"^{_ADVERBS}*")  # 着力保工资: the head after the adverbs


def _named_by_head(members: list[str], head: str) -> bool:
    """A list before a name with a one-character head is its sum when each item holds the head (稳就业、稳金融
    “六稳”; 家园、田园“三园”); items that lack it qualify the name (农村、城镇低保妇女免费“两癌”筛查)."""
    return len(head) != 1 or not _HAN_CHAR.match(head) or head in _HEADS_MEMBERS_LACK or all(head in x for x in members)


_HAN_CHAR = re.compile(f"[{_HAN}]")
# A count with its classifier inside a member (77条宜居村庄): a list of things counted, not of members.
_COUNT_INSIDE = re.compile(rf"[\d０-９{_NUMERAL_CHARS}][{_CLASSIFIERS}家名户戶所]")
_FIGURE_INSIDE = re.compile(r"[0-9０-９][0-9０-９.]*[%％‰]")


def _clean_member(item: str, lead: bool = False, keep: int = 1) -> str:
    """A member as written, without the quotes around it, and with ``lead`` without the verb that
    leads its clause (打造鲁中高地 -> 鲁中高地) when more than ``keep`` characters remain."""
    item = _strip_quotes(item).strip(" 　\t—")  # quotes, paired or cut in two (“1531”骨干企业), mark no member
    # 或者是A，或者是B; 只就A、B…统计
    item = _ALTERNATIVE.sub("", item) if item.startswith(("或", "要么", "通过", "只就", "仅就")) else item
    if lead:
        shorter = _LEAD.sub("", _SCOPE.sub("", item)).strip(" 　" + _QUOTES)
        if len(shorter) > keep:
            return shorter
    return item


# 两种可能：或者是A，或者是B; 七个一批：通过扶持生产发展一批、…: how the members are said, none of them
# (只就煤炭工业部、…八个工业部统计: over which a figure is counted)
_ALTERNATIVE = re.compile(r"^(?:或者是|或者|或是|要么是|要么|通过|只就|仅就)(?=.{4})")


def _split_items(span: str, count: int, quoted: bool = False) -> list[str] | None:
    """``span`` cut into exactly ``count`` items at 、 (then also at 和/及/与), or None; ``quoted``: the span ends
    right before a quoted name."""
    parts = [x for x in span.split("、") if x.strip()]
    tries = [parts]
    if parts:
        tries.append([*parts[:-1], *_and_split(parts[-1])])
        tries.append([y for x in parts for y in _and_split(x)])
    for items in tries:
        if len(items) == count:
            if len(parts) == 1 and len(items[-1]) > 8 and not (
                    quoted and len(items[-1]) <= 12 and not _ASKS_IN_ITEM.search(items[-1])):
                # 各级政府及其工作人员要深刻领悟: a subject, not a list (but 保障国家粮食安全和防止规模性返贫致贫
                # “两条底线”: two acts right before the quoted name they sum up)
                return None
            items = [*items[:-1], _without_sum(_ETC.sub("", items[-1]), count)]
            if all(0 < len(x) <= 40 for x in items):
                return items
    return None


_ASKS_IN_ITEM = re.compile(r"要|将|必须|应|需|能|会|是|为")


def _without_sum(last: str, count: int) -> str:
    """The last item without the count that sums up the list (…、驾驭风险本领八大本领, …、乙4个方面)."""
    m = _SUM_TAIL.search(last)
    if m and m.start() >= 2 and (int(m.group(1)) if m.group(1).isdigit() else _count(m.group(1))) == count:
        return last[: m.start()]
    return last


# A count and a classifier that end a list's last item, with what they count (八大本领, 4个方面).
_SUM_TAIL = re.compile(rf"(?<![“「第])(\d+|[{_COUNT_CHARS}]{{1,2}})[{_CLASSIFIERS}][{_HAN}]{{0,6}}$")


def _and_split(item: str) -> list[str]:
    """``item`` cut at 和/及/与, unless that leaves an empty side (和平共处, 及时)."""
    parts = _AND.split(item)
    return parts if all(p.strip() for p in parts) else [item]


def _trim_first(items: list[str]) -> list[str]:
    """The first item of a list before a name carries the lead of its clause (我们愿意在互相尊重主权和
    领土完整): cut it after its last verb when it is much longer than the other items."""
    first, longest = items[0], max(len(x) for x in items[1:])
    quote = first.rfind("“")
    if quote > 0 and "”" not in first[quote:]:
        first = first[quote:]  # 围绕“A、B、C”: the quotes hold the list
    if _all_open_with_verbs(items):
        # items that all open with a verb (加强A、加强B; 激发A、促进B) keep theirs, and the first item starts at
        # its last verb (着重实施提升企业战略、完善法人治理结构: 提升企业战略)
        verbs = [m.start() for m in _VERB_ANYWHERE.finditer(first) if len(m.group()) > 1 and len(first) - m.end() >= 2]
        return [first[verbs[-1] :] if verbs else first, *items[1:]]
    bare = _HEAD_ADVERB.sub("", first)
    if len(bare) >= 6 and bare[0] == bare[2] and bare[1] != bare[3] and len(bare) - 4 >= longest - 1:
        first = bare[4:]  # 压紧压实属地、主体、监管“三个责任”: a verb couplet (做大做强, 压紧压实) opens the clause
    # 倾力培育新能源产业基地、精细化工产业基地: the verbs that open the first item are its clause's
    while (opening := _OPENING_VERB.match(first)) and len(opening.group("verb")) > 1:
        if len(first) - opening.end() < 2:
            break
        first = first[opening.end() :].lstrip("了着著")
    first = _ABOUT_LEAD.sub("", first)  # 经过关于社会主义和资本主义两条道路的…大辩论: what the debate was about
    first = _NAMED_AMONG.sub("", first)  # 重要的有鞍山、武汉、包头三大钢铁工业基地: which of them are named
    if len(first) >= longest + 2:
        # after its last verb, one that leaves a word (五保对象 holds 对 but no verb); items that
        # all open with a verb (加强A、加强B; 激发A、促进B) keep theirs
        verbs = [m.end() for m in _VERB_ANYWHERE.finditer(first) if m.end() < len(first) - (len(m.group()) == 1)]
        if verbs:
            first = first[verbs[-1] :].lstrip("了的地着著在是把将將对對")
        if len(first) > longest + 2 and "的" in first[:-1]:
            first = first[first.rindex("的") + 1 :]
    sizes = {len(x) for x in items[1:]}
    if len(items) >= 4 and len(sizes) == 1 and len(first) >= longest + 3:
        first = first[-longest:]  # 儿童青少年体重、视力、心理、骨骼、口腔: whose they are rides on the first alone
    return [first, *items[1:]]


_ABOUT_LEAD = re.compile(r"^[^，,、]{0,4}?(?:关于|關於|对于|對於)(?=[^，,、]{2})")
_NAMED_AMONG = re.compile(r"^(?:其中)?(?:重要|主要|重點|重点|较大|較大|著名)的?有(?=[^，,、]{2})")
_OPENING_VERB = re.compile(rf"(?:{_ADVERBS}|倾力|傾力|奋力|奮力|努力|聚力)?(?P<verb>{_VERB_ANYWHERE.pattern})")


def _all_open_with_verbs(items: list[str]) -> bool:
    """Whether the items after the first all open with a verb: the first keeps its own."""
    return all(_leading_verb(x) for x in items[1:])


def _leading_verb(item: str) -> bool:
    m = _VERB_ANYWHERE.match(item)
    return bool(m and len(m.group()) > 1 and m.end() < len(item))  # not 发展 of 和平与发展: a noun, all of it


def _clause_start(text: str, i: int, tail: re.Pattern[str], lo: int = 0, limit: int = 160) -> int:
    """Where the clause that ends at ``i`` starts (``tail`` finds what ends a clause), looking back at
    most ``limit`` characters and not before ``lo``: the first boundary in the reversed window."""
    a = max(lo, i - limit)
    m = tail.search(text[a:i][::-1])
    return i - m.start() if m else a


def _quoted_run_before(text: str, s: int, count: int) -> list[str] | None:
    """做强“神武峡”“赤黄红”两大文旅主轴: names quoted one after another right before the name are its members."""
    if _char(text, s) in _OPEN or _char(text, s - 1) in _OPEN:
        return None  # “两个基地”“两个枢纽”“两个网络”: a name quoted among others, not after its members
    quoted = _QUOTED_RUN.search(text, max(0, s - 15 * count), s)
    names = _QUOTED_ITEM.findall(quoted.group()) if quoted is not None else []
    return names if len(names) == count else None


def _run_together_before(text: str, s: int, count: int, name: str) -> list[str] | None:
    """生产生活生态“三生融合”, 产业就业创业行业企业“五业”: members written together with no mark between them, right
    before the quoted name, each as long as the others and holding the character the numeral counts at the same
    place."""
    closing = _char(text, s - 1)
    if closing in "”」" and (opening := text.rfind("“" if closing == "”" else "「", 0, s - 1)) >= 0:
        quoted = text[opening + 1 : s - 1]  # “牛羊菜果薯药粮种”八大产业集群: one character a member, quoted
        # (five at least, none a numeral: “点亮乡村”四好农村路, “双处置”“三旧” are words or names of their own)
        if len(quoted) == count >= 5 and _HAN_RUN.fullmatch(quoted) and not _HAS_NUMERAL.search(quoted):
            return list(quoted)
    key = name[1:2] if _COUNT_CHAR.match(name) else ""
    if not key or _char(text, s) not in _OPEN:
        return None
    for width in (2, 3):
        run = text[max(0, s - width * count) : s]
        if len(run) != width * count or not _HAN_RUN.fullmatch(run):
            continue
        pieces = [run[i : i + width] for i in range(0, len(run), width)]
        at = pieces[0].find(key)
        if at >= 0 and all(p[at] == key for p in pieces):
            return pieces
    return None


_HAN_RUN = re.compile(f"[{_HAN}]+")


_MEASURED_END = re.compile(r"[0-9０-９.．]+[万亿]?(?:亩|公里|平方米|平方公里|公顷|米|吨|千瓦)$")


def _list_before(text: str, s: int, e: int, count: int, head: str) -> list[str] | None:
    """产业、人才、文化、生态、组织“五个振兴”: the clause before the name is a list of its members."""
    if _char(text, e) == "、" or (_char(text, s) in _OPEN and _char(text, s - 1) in _CLOSE):
        return None  # the name is itself an item of a list, or coordinated with another quoted name
    start = _list_clause_start(text, s)
    clause = _LIST_MARKER.sub("", text[start:s])
    verb_alone = len(clause) <= _VERB_CLAUSE_MAX and "、" not in clause and _char(text, start - 1) in "，,"
    before = verb_alone and _one_character_head(head)
    if before:
        # 坚持稳就业、稳企业、稳市场、稳预期，全力做好“四稳”工作: the clause before holds only its verb, the list
        # is the clause before that (and each of its items holds the head: 稳)
        clause = _LIST_MARKER.sub("", text[_clause_start(text, start - 1, _LIST_TAIL) : start - 1])
    called = clause.endswith(("所谓", "所謂"))  # 行贿、偷工减料…等所谓“五毒”: the writer says what the name holds
    # 生物制造、氢能、脑机接口、具身智能等“四新”: as many examples as the quoted name counts, named by it
    called = called or (clause.endswith("等") and _char(text, s) in _OPEN)
    # 事故起数、死亡人数实现“双下降”: the name says what became of each item of the list
    changed = head in _CHANGE_HEADS  # (案件数、涉及人数和金额“三下降”: with no verb between, too)
    if changed and clause.endswith(_ACHIEVE):
        clause = clause[: -len(next(x for x in _ACHIEVE if clause.endswith(x)))]
    tail_cut = False
    for tail in ("等所谓", "等所謂", "所谓", "所謂", "等", "这些", "這些", "这", "這", "共", "以上"):
        if clause.endswith(tail):
            clause, tail_cut = clause[: -len(tail)], True
            break
    # (…、60个既有小区补绿增绿和5000亩“三山绿化”等工程: the name is a measured item of the list)
    if (not clause or clause[-1] in "、和及与與或" or ("、" not in clause and not _AND.search(clause))
            or _MEASURED_END.search(clause)):
        return None
    items = _items_before(clause, count, quoted=_char(text, s) in _OPEN and not tail_cut)
    # (树立“三个意识”、弘扬“三种精神”、提振“三股劲头”: names side by side, each its own verb's, are no members)
    # (总路线和一套“两条腿走路”的方针: a count of what follows is no member)
    if (not items or _COUNT_END.search(items[-1]) or "等" in items[-1] or any(_NAME_INSIDE.search(x) for x in items)
            or _BARE_COUNT.fullmatch(items[-1])):
        return None
    if _VERB_END.search(items[-1]) and not _names_programmes(items, head):
        return None  # 坚定“四个自信”、坚决做到“两个维护”: the name is an object, not a sum
    if _NOT_A_SUM.search(items[-1]):
        return None  # 甲和乙两县被列为“两大平原”, 丙丁两地完成“两委”换届
    verbs = _all_open_with_verbs(items)
    items = _without_shared_work([*_trim_first(items)[:-1], _APPOSITION.sub("", items[-1])])
    members = [_clean_member(items[0], lead=not verbs), *(_clean_member(x) for x in items[1:])]
    if before and not all(_HEAD_ADVERB.sub("", m).startswith(head) for m in members):
        return None  # a list a clause away sums up only item by item: 稳就业…“四稳”, not 数字化改造…“两化”
    if _people_not_members(members, clause, head):
        return None
    return members if called or changed or _named_by_head(members, head) else None


_BARE_COUNT = re.compile(r"[一二两兩三四五六七八九十几]+[个套批项种条类些]")


def _people_not_members(members: list[str], clause: str, head: str) -> bool:
    """Whether the list before the name ends with the people it is for, no member of it: 建立困难和重度残疾人
    “两项补贴”制度 (two modifiers of the people, not the two subsidies); 最低工资标准、残疾人“两项补贴”标准 (the
    people the benefits go to end another list's item)."""
    if any(m.endswith(_PEOPLE) for m in members[:-1]) or not members[-1].endswith(_PEOPLE):
        return False
    return (len(members) == 2 and "、" not in clause and len(members[1]) >= 5) or head.endswith(_BENEFITS)


def _list_clause_start(text: str, s: int) -> int:
    """Where the list that ends at ``s`` starts, read through the short glosses of its items:
    党的建设、经济生态（城市管理）、平安法治、民生服务“四板块” (not （区、市）, a list of its own)."""
    start = _clause_start(text, s, _LIST_TAIL)
    while start > 0 and text[start - 1] in "（(":
        close = text.find("）" if text[start - 1] == "（" else ")", start, s)
        if close < 0 or close - start > _GLOSS_MAX or "、" in text[start:close]:
            break
        start = _clause_start(text, start - 1, _LIST_TAIL)
    return start


_GLOSS_MAX = 8
def _items_before(clause: str, count: int, quoted: bool = False) -> list[str] | None:
    """The clause cut into ``count`` items, or the list after its last 和 so cut (…分配改革和科技研发项目评审、
    机构评估、人才评价、成果评奖“四评”: the items before the 和 are another list's)."""
    items = _split_items(clause, count, quoted)
    if items is None and (joins := list(_AND.finditer(clause))) and "、" in clause[joins[-1].end() :]:
        items = _split_items(clause[joins[-1].end() :], count)
    parts = clause.split("、")
    if items is None and len(parts) > count and _VERB_ANYWHERE.search(parts[-count][:-2]):
        # 指发改委、旅游局在全国重点推进海南国际旅游岛、…五大…工程: the list opens after the verb, the names
        # before it are its subject's
        items = _split_items("、".join(parts[-count:]), count)
    return items


_NAME_INSIDE = re.compile(rf"[“「][{_COUNT_CHARS}][个種种股大项項条條类類张張]")  # “三个意识”, not “十三五”


def _names_programmes(items: list[str], head: str) -> bool:
    """Whether a list whose last item ends with a verb names programmes the head sums up: 营商环境、要素供应和
    责任落实“三个机制”, …“1332”国际商贸名城建设“三项计划” (a noun before each verb; no later item opens with one)."""
    verb = _VERB_END.search(items[-1])
    return (verb is not None and _PROGRAMME_HEAD.search(head) is not None and verb.start() >= 2
            and not any(_leading_verb(x) for x in items[1:]))


_PEOPLE = ("人", "者", "户", "群体", "家庭")
_BENEFITS = ("补贴", "津贴", "救助", "补助")
# 事故起数、死亡人数实现“双下降”; 服务业发展提速、比重提高、水平提升: verbs of change (a list ending in one
# names no members elsewhere; each item of a list before such a name came down, went up, doubled as it says)
_CHANGE_HEADS = frozenset("下降 提升 提高 增长 降低 减少 增加 扩大 加快 提速 翻番".split())
_ACHIEVE = ("均实现", "实现", "做到")


def _without_shared_tail(items: list[str]) -> list[str]:
    """A list of short nouns whose last item goes on to what they share (汽车、家电、服装的传统优势): the last
    item ends before its 的."""
    last = items[-1]
    de = last.find("的")
    short = len(items) > 1 and all(len(x) <= _SHORT_ITEM for x in items[:-1])
    if short and 0 < de <= _SHORT_ITEM:
        return [*items[:-1], last[:de]]
    ending = {x[-1] for x in items[:-1] if x}
    end = last.find(ending.pop()) + 1 if len(ending) == 1 else 0
    alike = len(items) > 1 and all(len(x) <= _ALIKE_ITEM for x in items[:-1])
    if alike and 0 < end <= _ALIKE_ITEM and len(last) - end >= 2:
        # 建好、管好、护好、运营好农村公路: the road is all four's; 资源节约型、环境友好型和人口均衡型社会
        return [*items[:-1], last[:end]]
    return _without_shared_work(items)


def _without_shared_work(items: list[str]) -> list[str]:
    """大气、水、土壤污染防治“三大战役”: short fields whose last goes on to the work done in each of them are the
    fields (the last without 污染防治)."""
    last = items[-1]
    work = _SHARED_WORK.search(last)
    if (work is not None and len(items) > 1 and all(0 < len(x) <= _WORK_ITEM for x in items[:-1])
            and 0 < work.start() <= _WORK_ITEM):
        return [*items[:-1], last[: work.start()]]
    return items


# what a list of short fields goes on to do in each of them (大气、水、土壤|污染防治)
_SHARED_WORK = re.compile(r"(?:污染防治|污染治理|综合治理|治理|保护|整治|攻坚战|保卫战)$")
_WORK_ITEM = 3


_COMPOUND_ENTRY = re.compile(r"[ \t　]*[［\[【(（]?\d{1,3}[］\]】)）.．、]?[ \t　]*[\u4e00-\u9fff“”]{2,12}、")
_SHORT_ITEM = 4
_ALIKE_ITEM = 6  # items ending alike (…型、…型): what the last goes on to is all of theirs


def _list_after(text: str, s: int, e: int, count: int, head: str) -> list[str] | None:
    """四条新路：A、B、C、D / 六个高地，即打造A高地…；打造B高地…: the members after the name."""
    if _inside_list(text, s, e):
        return None  # “一核、两心、三轴、四区…”格局：一核，即…: what follows the colon is the whole list's
    if s and text[s - 1] == "、" and _COMPOUND_ENTRY.fullmatch(text, text.rfind("\n", 0, s) + 1, s):
        return None  # [12]双核驱动、三区统筹：指…: the gloss of both names at once, no list of the second's
    after = text[e : e + 40]
    m = _INTRO.match(after)
    if m:
        start = e + m.end()
        if gloss := _GLOSS_THEN_LIST.match(text, start):
            start = gloss.end()  # 三轴，即三条景观主轴线，分别为A、B、C: the list after what they are
        if text.startswith(("一是", "一要", "第一"), start):
            return None  # 四件大事：一是…二是…: run-in items, each longer than a sentence
        stop = _SENTENCE_END.search(text, start)
        span = text[start : stop.start() if stop else len(text)][:500]
        span = span.split("；“", 1)[0]  # …平昌县三个市域副中心城市；“六廊”，即…: the next name's gloss
        # (两种筛查方式：线上筛查、线下走访；实施九类帮扶措施：…: a list whole before its ；, the next one's after)
        first = span.partition("；")[0]
        whole = first != span and "，" not in first and "," not in first  # (not 即，A，作为…；B，…: items to ；)
        items = (whole and _split_list(first, count)) or _split_list(span, count) or _verb_clauses(span, count, head)
        if items:
            items = _without_disposal(items, span, count)
            return _first_without_owner(text, s, _first_without_modifier(_first_without_verb(
                _without_subcounts([_pick_clause(x, head) for x in _without_shared_tail(items)]))))
    if after[:1] in _CLOSE and after[1:2] in ("（", "("):
        after = after[1:]  # “两基”（基本普及…和基本扫除…）: the parenthesis after the closing mark
    return _parenthesised_list(after, count)


def _without_subcounts(members: list[str]) -> list[str]:
    """Members without the count of the group each last one closes (…、居养”八大新兴业态和…、康养旅游商业两大体系:
    the names are 居养 and 康养旅游商业); not where every member counts its own (打造四大红色品牌、…)."""
    found = [_SUBCOUNT_END.search(member, 2) for member in members]
    if sum(f is not None for f in found) * 2 >= len(members):
        return members
    return [member[: f.start()].rstrip("”」\"") if f else member for member, f in zip(members, found, strict=True)]


_SUBCOUNT_END = re.compile(rf"[”」\"]?[{_COUNT_CHARS}]{{1,2}}大[\u4e00-\u9fff]{{1,6}}$")


def _without_disposal(items: list[str], span: str, count: int) -> list[str]:
    """指把A、B合为一张证, 是指A、B、C纳入统一的一张网: what becomes of the members is none of them."""
    disposed = _DISPOSED if span.startswith(("把", "将")) else _MERGED
    done = disposed.search(items[-1])
    if done is None or done.start() < 2:
        return items
    last = items[-1][: done.start()]
    counted = _COUNTED_END.search(last)  # …刻章许可证六证|合为一证: the count of them goes too
    if counted and counted.start() >= 2 and _count(counted.group(1)) == count:
        last = last[: counted.start()]
    return [*items[:-1], last]


def _parenthesised_list(after: str, count: int) -> list[str] | None:
    """A list in a parenthesis right after the name: （即原材料来源在外和产品销售市场在外）; a space may stand
    between (“三北” （西北、华北、东北）)."""
    after = after.lstrip(" \u3000”」") if after[:1] in (" ", "\u3000") else after  # (“三北 ”（西北、…）, too)
    if not after[:1] or after[0] not in "（(":
        return None
    close = after.find("）" if after[0] == "（" else ")")
    if close <= 0:
        return None
    inner = after[1:close]
    inner = inner[len(gloss.group()) :] if (gloss := _PAREN_GLOSS.match(inner)) else inner
    items = _split_items(inner, count)  # the members after 即
    if items is None and len(split := inner.split("和")) == count and all(0 < len(x) <= 20 for x in split):
        items = split  # （基本普及九年义务教育和基本扫除青壮年文盲）: the gloss holds long members too
    return [_clean_member(x) for x in items] if items else None


def _inside_list(text: str, s: int, e: int) -> bool:
    """Whether the name at s:e stands between two 、 of a list (quotes aside)."""
    before = s - 2 if text[s - 1 : s] in ("“", "「") else s - 1
    after = e + 1 if text[e : e + 1] in ("”", "」") else e
    return before >= 0 and text[before] == "、" and text[after : after + 1] == "、"


_PAREN_WITH_LIST = re.compile(r"（[^（）]*、[^（）]*）")
_GLOSS_THEN_LIST = re.compile(r"[^，。；：、\n]{2,12}[，,](?:分别是|分别为|分別是|分別為)")
_DISPOSED = re.compile(r"合为|合并为|整合为|统一为|并为|改为|变为|纳入|作为|列为|转为")
_COUNTED_END = re.compile(rf"([{_COUNT_CHARS}]{{1,2}})[{_HAN}]$")
_MERGED = re.compile(r"合为|合并为|整合为|统一为|并为|纳入")  # what becomes of them, said without 把 or 将


def _first_without_modifier(items: list[str]) -> list[str]:
    """十大生态产业：是指市委市政府确定的循环农业、清洁能源、…: what the gloss says of all the members rides on
    the first; it goes where the first is much longer than the longest other member."""
    first = items[0]
    if len(items) < 3 or "的" not in first[:-2] or len(first) < max(len(x) for x in items[1:]) + 4:
        return items
    return [first[first.rindex("的", 0, len(first) - 2) + 1 :], *items[1:]]


def _first_without_owner(text: str, s: int, items: list[str]) -> list[str]:
    """村民小组“五有”：指村民小组有班子、有规划、…: the gloss repeats whose the name is before the first member
    alone; it is no part of the member."""
    opening = last_mark(text, "\n，。；：、", s) + 1
    owner = text[opening:s].strip("“”\"「」 ")
    first = items[0]
    if (len(items) < 2 or len(owner) < 2 or not first.startswith(owner) or len(first) - len(owner) < 2
            or any(x.startswith(owner) for x in items[1:])):
        return items
    return [first[len(owner) :], *items[1:]]


def _first_without_verb(items: list[str]) -> list[str]:
    """七种能力：提高政治能力、调查研究能力、…: a verb that opens only the first item is the list's, when
    what is left ends as another item does (创建全国文明城市、全国生态文明示范市、国家卫生城市)."""
    first = items[0]
    opening = _OPENING_VERB.match(first)
    if (len(items) < 2 or opening is None or len(opening.group("verb")) < 2 or _leading_verb(items[1])
            or len(first) - opening.end() < 2 or all(first[-2:] != x[-2:] for x in items[1:])):
        return items
    return [first[opening.end() :], *items[1:]]


def _entry_below(text: str, s: int, e: int, count: int) -> list[str] | None:
    """2.四个融入⏎融入发展、融入服务、融入治理、融入民生。: a glossary entry, the name alone on its line
    (after the entry's number), and the next line one sentence that lists its members."""
    line_start = text.rfind("\n", 0, s) + 1
    if s - line_start > _ENTRY_NUMBER or not _ENDS_LINE.match(text, e):
        return None
    below = text.find("\n", e) + 1
    end = text.find("\n", below)
    line = text[below : end if end >= 0 else len(text)].strip().rstrip("。；;")
    if not line or len(line) > 100 or _SENTENCE_END.search(line):
        return None
    items = _split_items(line, count)
    if not items or any(len(x) > _ENTRY_ITEM for x in items):
        return None  # a sentence that says what the name does (将A、B、C放到同一个体系内管理)
    return [_clean_member(x) for x in items]


_ENTRY_ITEM = 12
_ENTRY_NUMBER = 6  # what may stand before a glossary entry's name on its line: 2. ［3］ (12)
_ENDS_LINE = re.compile(r"[”」』\"]?[ \t　]*\n")


def _shared_entry(text: str, s: int, count: int) -> list[str] | None:
    """8.“两重”“两新”：国家重大战略…，大规模设备更新和消费品以旧换新。: a glossary entry that defines several
    names at once, one part of its definition each, in order; the members of the name at ``s`` (``[]`` when the
    parts do not match the names), or None when ``s`` opens no such entry."""
    line_start = text.rfind("\n", 0, s) + 1
    entry = _SHARED_ENTRY.match(text, line_start)
    if entry is None or not entry.start(1) <= s < entry.end(1):
        return None
    line_end = text.find("\n", entry.end())
    parts = _SHARED_PARTS.split(text[entry.end() : line_end if line_end >= 0 else len(text)].strip().rstrip("。；;"))
    if "“" in entry.group(1):
        names = [m.start() for m in re.finditer("“", entry.group(1))]
    else:  # [9]四尘四气：“四尘”指…；“四气”指…: names run together, each part naming its own
        named = [_PART_NAME.match(p) for p in parts]
        own = [m.group(1) for m in named if m]
        if len(own) != len(parts) or "".join(own) != entry.group(1):
            return None
        names = list(itertools.accumulate((len(x) for x in own), initial=0))[:-1]
    which = sum(1 for at in names if entry.start(1) + at <= s) - 1
    if len(parts) != len(names):
        return []
    part = _PART_NAMED.sub("", parts[which])  # “四旁”指宅旁、…；“五边”指…: each part may name its name again
    items = [y for x in part.split("、") for y in _and_split(x)]  # a definition: 和 joins its members
    return [_clean_member(x) for x in items] if len(items) == count else []


_SHARED_ENTRY = re.compile(
    r"[ \t　]*(?:[［\[【(（]?\d{1,3}[］\]】)）.．、]?[ \t　]*)?((?:“[^“”\n]{1,12}”){2,}|[\u4e00-\u9fff]{4,16})[：:]")
_SHARED_PARTS = re.compile(r"[，,；;]")
_PART_NAMED = re.compile(r"^“[^“”]{1,12}”(?:是指|指|即|是|为)?")
_PART_NAME = re.compile(r"“([^“”]{1,12})”")


# Heads short enough that the members, not the name, say what is counted: 稳 (六稳), 样 (老三样), 80% (两个80%).
_SHORT_HEAD = re.compile(rf"[\u4e00-\u9fff]|{_FIGURE}")
# Heads the members are named without: 老三样 (自行车、手表…), 三本账 (财力、空间、环境)
_HEADS_MEMBERS_LACK = "样樣件宝寶账賬"
_SHARED_NOUN = re.compile(r"(?:问题|問題|工作|建设|建設)$")  # 农业、农村、农民问题: what the items share
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
    found = _head_list(span, count, head) or _counted_again(span, count, head)
    if found:
        return found
    holding = [c for c in _LIST_CLAUSE.split(span) if head in c]
    if len(head) > 1 and len(holding) == count and all(len(c) <= 16 for c in holding):
        return [_clean_member(c) for c in holding]  # 新增就业百万人，培训技工百万人次，…
    if begin == e and stop and stop.end() < len(text):
        # 把解决好“三农”问题作为重中之重。农业、农村、农民问题，…: the next sentence opens with the list
        after = _SENTENCE_END.search(text, stop.end(), stop.end() + 200)
        opening = _LIST_CLAUSE.split(text[stop.end() : after.start() if after else stop.end() + 200], 1)[0]
        return _head_list(_SHARED_NOUN.sub("", opening), count, head)
    return None


def _counted_again(span: str, count: int, head: str) -> list[str] | None:
    """加快建设“三副”城市步伐。支持罗定、新兴、郁南三个城市副中心…: a list of that many short items, counted
    again by the name's numeral, before a noun that holds the head."""
    for found in _COUNTED_AGAIN.finditer(span):
        items = found.group(1).split("、")
        if len(items) != count or _count(found.group(2)) != count or head not in found.group(3):
            continue
        opening = _OPENING_VERB.match(items[0]) or _SUPPORT_VERB.match(items[0])
        if opening is not None and len(items[0]) - opening.end() >= 2:
            items[0] = items[0][opening.end() :]  # 支持罗定: the verb the list opens with is no member
        return [_clean_member(x) for x in items]
    return None


_SUPPORT_VERB = re.compile(r"支持|推动|推进|建设|打造|做强|做优|提升|发展|围绕")
_COUNTED_AGAIN = re.compile(
    rf"((?:[{_HAN}]{{1,8}}、)+[{_HAN}]{{1,8}}?)([{_COUNT_CHARS}])[个個座条條大]([{_HAN}]{{1,8}})")


def _head_list(span: str, count: int, head: str) -> list[str] | None:
    """A clause of ``span`` that lists ``count`` short items, each opening with the head (稳就业、稳金融…) or,
    for old and new sets, short (纺织、化工、建材)."""
    for clause in _LIST_CLAUSE.split(span):
        quoted = _QUOTED_LIST.search(clause)  # 落实中央关于“稳就业、…、稳预期”的要求: the quoted list
        items = [x for x in _PREDICATE.sub("", quoted.group(1) if quoted else clause).split("、") if x]
        if items and not items[0].startswith(head) and head in items[0][1:]:
            items[0] = items[0][items[0].rindex(head) :]  # 落实稳就业: the verb the list opens with is no member
        if len(items) == count > 1 and len(items[-1]) > max(map(len, items[:-1])) + 1:
            items[-1] = _LIST_TAIL_NOUN.sub("", items[-1]) or items[-1]  # 旧厂房、旧村庄改造: what they share
        if len(items) == count and "的" in items[-1] and len(items[-1]) > max(len(x) for x in items[:-1]) + 1:
            items[-1] = items[-1][: items[-1].index("的")]  # 新业态、新模式的经济形态
        if len(items) != count or not all(0 < len(x) <= 10 for x in items):
            continue
        if all(x.startswith(head) for x in items) or (head in _HEADS_MEMBERS_LACK and all(len(x) <= 4 for x in items)):
            return [_clean_member(x) for x in items]  # 稳就业、稳金融…; 纺织、化工、建材
    return None


_QUOTED_LIST = re.compile(r"[“「]([^”」]*、[^”」]*)[”」]")
_LIST_TAIL_NOUN = re.compile(r"(?:专项工作|工作|工程|要求|改造|行动|目标)$")


_SENTENCE_OPENER = re.compile(r"[^，。；：！？,;:!?\n]{2,16}(?=[。；，,;])")  # a sentence's first clause


_NAMES_OPENING = re.compile(r"(?:[“「][^”」。，]{1,16}[”」][、，,]?)*[“「]?")  # “两个稳居”、“两个继续走在前列”
_CLAUSE_OPENING = re.compile(
    r"^(?:特别是|尤其是)?(?:“?十[一二三四五六七八九]五”?时期|(?:到|至)?(?:19|20)\d\d年[底末]?)?"
)


def _previous_sentence(text: str, s: int, count: int, head: str) -> list[str] | None:
    """“两个稳居”… opening a sentence after one whose clauses, ``count`` of them, each hold the head
    (…人均地区生产总值稳居全国上游、居民收入稳居全国上游。): those clauses are the members."""
    end = max(text.rfind(mark, max(0, s - 40), s) for mark in "。！？\n")
    if len(head) < 2 or end < 0 or not _NAMES_OPENING.fullmatch(text, end + 1, s):
        return None
    begin = max(text.rfind(mark, max(0, end - 200), end) for mark in "。！？\n") + 1
    for splitter in (_LIST_CLAUSE, _MEMBER_CLAUSE):  # clauses (…上继续走在前列，在…上继续走在前列), then list items
        holding = [c for c in splitter.split(text[begin:end]) if head in c]
        if len(holding) == count and all(c.count(head) == 1 and len(c) <= 40 for c in holding):
            return [_clean_member(_CLAUSE_OPENING.sub("", c), lead=True) for c in holding]
    return None


_MEMBER_CLAUSE = re.compile(r"[，；、,;:：]")


def _subjects_after(text: str, e: int, count: int) -> list[str] | None:
    """The subjects of the sentences after the name's, in its paragraph, when exactly ``count`` of them in a
    row each open with a subject of one kind and what it is to do (“三极”要持续挑大梁。海口经济圈要…。三亚
    经济圈要…。儋洋经济圈要…): the subjects are the members."""
    stop = _SENTENCE_END.search(text, e, e + 200)
    if stop is None or text[stop.start()] == "\n" or not _ASKED_OF_NAME.match(text, e):
        return None  # the name is the subject of its own sentence (“三极”要…), as each member is of the next
    paragraph_end = text.find("\n", stop.end())
    sentences = _SENTENCES.findall(text, stop.end(), paragraph_end if paragraph_end >= 0 else len(text))
    subjects: list[str] = []
    for sentence in sentences[: count + 1]:
        found = _SUBJECT_ASKED.match(sentence)
        if found is None:
            break
        subjects.append(found.group(1))
    if len(subjects) != count or count < 2:
        return None
    kind = 0  # 经济圈: what each subject is, the characters they all end with
    while kind < min(map(len, subjects)) - 1 and len({x[-1 - kind] for x in subjects}) == 1:
        kind += 1
    return subjects if kind else None


_ASKED_OF_NAME = re.compile(r"[”」\"』]?(?:要|将要|必须)")
_SENTENCES = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_SUBJECT_ASKED = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:要|将要|必须|需要|应)(?!求|素|点|闻|件|是)")


def _sentences_after_colon(text: str, e: int, count: int, head: str) -> list[str] | None:
    """产业“三化”进程：推动产业集群化。…推动产业高端化。…推动产业绿色化。…: after a name and a colon,
    the sentences of its paragraph whose first clause ends with the head, exactly ``count``, the first
    right after the colon. Each member is that clause without its leading verb (产业集群化)."""
    colon = text.find("：", e, e + _NAME_TAIL + 1)
    if colon < 0 or not head or _SENTENCE_END.search(text, e, colon):
        return None
    paragraph_end = text.find("\n", colon)
    stop = min(paragraph_end if paragraph_end >= 0 else len(text), colon + 2000)
    stems = _stems(head)
    members: list[str] = []
    position = colon + 1
    while position < stop:
        opener = _SENTENCE_OPENER.match(text, position)
        if opener is not None and opener.group().endswith(tuple(stems)):
            members.append(_clean_member(opener.group(), lead=True, keep=len(head)))
        elif position == colon + 1:
            return None  # the members start right after the colon
        end = _SENTENCE_END.search(text, position, stop)
        position = end.end() if end else stop
    return members if len(members) == count else None


def _paragraphs_after_colon(text: str, e: int, count: int, head: str) -> list[str] | None:
    """必须做到“八个聚焦”：⏎聚焦对外开放，…。⏎（body）⏎聚焦高质量发展，…: after a name that ends its
    paragraph with a colon, the paragraphs (or ——items) that open with the head or whose first clause ends with
    it, exactly ``count`` of them, the first right after the colon. Each member is the first clause of its
    paragraph (without its leading verb when it ends with the head)."""
    colon = text.find("：", e, e + _NAME_TAIL + 1)
    if colon < 0 or not head or not text.startswith("\n", colon + 1) or _SENTENCE_END.search(text, e, colon):
        return None
    stems = tuple(_stems(head))
    members: list[str] = []
    position, stop = colon + 2, min(len(text), colon + 2 + _PARAGRAPHS_REACH * count)
    while position < stop and len(members) < count:
        line_end = text.find("\n", position)
        line = text[position : line_end if line_end >= 0 else len(text)].lstrip("—－- 　")
        first = _CLAUSE_SPLIT.split(line, 1)[0].rstrip("。；;")
        if line.startswith(stems):
            members.append(first)
        elif first.endswith(stems):  # “四个提升”：⏎——综合经济实力提升。…: the paragraph's first clause ends with it
            members.append(_clean_member(first, lead=True, keep=len(head)))
        elif position == colon + 2:
            return None  # the members start right after the colon
        position = line_end + 1 if line_end >= 0 else stop
    return members if len(members) == count and all(2 < len(m) <= 24 for m in members) else None


_PARAGRAPHS_REACH = 1500  # how far apart, on average, the paragraphs that open the members may stand


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
        intro = _later_intro(text, stop, found.start())
        if intro:
            items = _comma_list(_LIST_CLAUSE.split(text[intro.end() : found.start()])[0], count)
            if items and all(len(x) <= 12 for x in items):
                return [_clean_member(items[0], lead=True), *(_clean_member(x) for x in items[1:])]
            return None
        stop = found.end()
    return None


def _later_intro(text: str, start: int, stop: int) -> re.Match[str] | None:
    """``_LATER_INTRO`` in ``text[start:stop]``, looked for only where its 即 or 就是 stands."""
    if text.find("即", start, stop) < 0 and text.find("就是", start, stop) < 0:
        return None
    return _LATER_INTRO.search(text, start, stop)


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
    if "（" in span:  # A区（礼县、西和）、B区（徽县、成县）: a gloss of one member is no list
        span = _PAREN_WITH_LIST.sub("", span)
    for sep in ("；", ";"):
        items = [x for x in span.split(sep) if x.strip()]
        if len(items) == count:
            return items
    clauses = [x for x in _COMMA.split(span) if x.strip()]
    if len(clauses) == count and len(_common_prefix(clauses)) >= 2:
        return clauses  # parallel clauses (毫不动摇巩固和发展A，毫不动摇鼓励、支持B): each one member
    # the clause that holds the list (…全力推进人工智能、航空航天、…、先进材料等6个重大科技专项，…)
    for clause in _LIST_CLAUSE.split(span):
        if "、" in clause or _AND.search(clause):
            found = _split_items(clause, count)
            if found:
                return found
            break
    items = [x for x in _COMMA.split(span) if x.strip()]
    return items if len(items) == count else None


def _verb_clauses(span: str, count: int, head: str) -> list[str] | None:
    """“五定”，即定建设规模，定投资总额，…，定外部协作条件，并且…: as many clauses as the name counts, each opening
    with the verb the name ends in, then what goes with them all."""
    verb = head[-1:]
    clauses = [x.strip() for x in _COMMA.split(span)]
    if not verb or len(clauses) <= count or not all(len(c) > 2 and c.startswith(verb) for c in clauses[:count]):
        return None
    return clauses[:count] if not clauses[count].startswith(verb) else None


def _common_prefix(items: list[str]) -> str:
    first, last = min(items), max(items)  # the sorted extremes share what all share
    n = next((k for k, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
    return first[:n]


_PAREN_GLOSS = re.compile(r"即|也就是|是指")
_INTRO_WORD = re.compile(r"^(?:也就是|就是|即|是指|指)")


def _pick_clause(item: str, head: str) -> str:
    """Of one enumerated item, the clause that holds the head (打造鲁中高地), else the first."""
    clauses = _clauses_of(item)
    if not clauses:
        return _clean_member(item, lead=True)
    # 四项工作：一是整顿和完善经济责任制，…，搞好…经济核算工作: a head any clause may hold names no member
    stems = _stems(head) if head not in _GENERIC_HEADS else []
    for c in clauses:
        if any(st in c for st in stems):
            if called := _called_head(item, c):
                return called
            if _FIGURE_ONLY.fullmatch(c.replace(head, "", 1).strip()) and (subject := _SUBJECT.match(clauses[0])):
                # “八个增长”：国内生产总值19.5亿元，增长15.6%；…: the measure that grew, not the figure
                return _clean_member(subject.group(), lead=True) + head
            whole = next((w for w in _CLAUSE_END_RE.split(item) if w.startswith(c)), c)
            if whole != c and len(whole) <= _VERB_SERIES_MAX and _VERB_SERIES.match(whole, len(c)):
                c = whole  # 毫不动摇鼓励、支持、引导非公有制经济发展: verbs in a row share the clause
            # without the verb that leads it, unless that verb is the head (坚持A of 两个坚持)
            bare = _INTRO_WORD.sub("", _clean_member(c))
            return bare if bare.startswith(head) else _clean_member(c, lead=True, keep=len(head))
    return _clean_member(clauses[0], lead=True)


def _clauses_of(item: str) -> list[str]:
    """``item`` cut at its clause marks, but not at a short aside inside a word (市域（郊）铁路)."""
    masked = _INNER_ASIDE.sub(lambda m: "\ue000" * len(m.group()), item) if "（" in item or "(" in item else item
    clauses, last = [], 0
    for m in _CLAUSE_SPLIT.finditer(masked):
        clauses.append(item[last : m.start()])
        last = m.end()
    clauses.append(item[last:])
    return [c for c in clauses if c.strip()]


_GENERIC_HEADS = frozenset(("工作", "任务", "事情", "问题", "方面", "事项"))


def _called_head(item: str, clause: str) -> str | None:
    """振兴制造业，作为做大经济总量的关键性举措: a clause saying what the one before serves as names
    no member; the member is the clause before it (with its own 、 inside: 众多的、有活力的中小企业集群)."""
    parts = re.split(r"[，,；;]", item)
    for k, part in enumerate(parts):
        if clause in part:
            if k and _CALLED_HEAD.match(part.strip()):
                return _clean_member(parts[k - 1])
            return None
    return None


_CALLED_HEAD = re.compile(r"(?:作为|当作|列为)")
_INNER_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,4}[）)](?=[\u4e00-\u9fff])")
_VERB_SERIES = re.compile(r"、(?:支持|引导|鼓励|规范|保护|促进|推动|服务|保障)")
_VERB_SERIES_MAX = 30
_FIGURE_ONLY = re.compile(r"[\d０-９.．%％]+(?:[万亿]?元|[万亿]|个百分点|倍)?")
_SUBJECT = re.compile(r"[^\d０-９，,、]{2,16}(?=[\d０-９])")  # 国内生产总值|19.5亿元


def _stems(head: str) -> list[str]:
    """The head and, for a long head, its shorter form (走在前列 -> 走在前)."""
    return [head, head[:-1]] if len(head) >= 3 else [head]


def _run_in(text: str, s: int, e: int, count: int, head: str = "") -> list[str] | None:
    """三项举措。一是…。二是…。三是…: run-in enumerations right after the name, exactly ``count`` of
    them; for a name that heads its line (——四条新路。) the paragraphs that follow may open them.
    Each member is the item's first clause, or the clause of its sentence that holds the head."""
    m = _RUN_IN_FIRST.search(text, e, e + 24)
    if not m or not _RUN_IN_GAP.match(text, e, m.start()):
        # the 一是 must open right after the name's clause, or open a paragraph under the name's line
        line = text.rfind("\n", 0, s) + 1
        m = _RUN_IN_PARAGRAPH.search(text, e, e + 1500) if _LINE_MARK_ONLY.fullmatch(text, line, s) else None
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
        end = _SENTENCE_END.search(text, body, body + _ITEM_SENTENCE)
        sentence = text[body : end.start() if end else body + _ITEM_SENTENCE]
        items.append(_holding_clause(sentence, head) or _clean_member(text[body : stop.start() if stop else body + 30]))
        pos = body
    extra = before + _ORDINALS[count] + after if count < 10 else None
    if all(items) and not (extra and text.find(extra, pos, pos + 1500) >= 0):
        return items
    return None


def _holding_clause(sentence: str, head: str) -> str | None:
    """In an item's sentence (落实创新发展，在激发动力活力上实现新的更大突破), the clause that holds the
    head (突破 of 五个突破) when the first does not: each clause may answer another name."""
    if len(head) < 2 or head in _GENERIC_HEADS:
        return None  # one character, or a head any clause may hold (工作), says too little to pick a clause by
    clauses = _CLAUSE_END_RE.split(sentence)
    stems = _stems(head)
    holding = next((c for c in clauses if any(st in c for st in stems)), None)
    if not holding or holding == clauses[0]:
        return None
    # without the verb that leads it (扎实推进产业兴市行动), but whole when a 在…上 frame holds it
    return _clean_member(holding, lead=not holding.startswith("在"), keep=len(head))


# what may stand before a name that heads its line: a mark (——四条新路。), not words (中央财政“三农”投入…)
_LINE_MARK_ONLY = re.compile(r"\s*(?:——|—|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]"
                             r"|[0-9]{1,2}[、.．])?\s*[“「\"]?")
_ITEM_SENTENCE = 120  # how far the sentence of a run-in item is read for the clause with the head


class _Starts:
    """Where the headings of the last outline asked for start: the steps ask for it many times per
    document. One immutable pair, read and replaced whole, so threads never see half of one."""

    last: tuple[list[Heading], list[int]] = ([], [])


def _starts_of(outline: list[Heading]) -> list[int]:
    """Where the headings of ``outline`` start (they come in order)."""
    known, starts = _Starts.last
    if known is not outline or len(starts) != len(outline):
        starts = [h.start for h in outline]
        _Starts.last = (outline, starts)
    return starts


def _headings(text: str, outline: list[Heading], s: int, e: int, count: int, head: str) -> list[str] | None:
    """The headings of the sections the name introduces: the children of the heading that holds the
    name (——四条新路。 then 一是…), or the run of headings right after the sentence that ends with it."""
    if not outline:
        return None
    kids: list[Heading] = []
    starts = _starts_of(outline)
    i = bisect_right(starts, s) - 1
    if i >= 0 and e <= outline[i].end + 2:  # the name is this heading (——四条新路。): its children
        h = outline[i]
        kids = _run(outline, i + 1, lambda level: level > h.level)
        # a long heading may mention the name in passing, unless each child holds its head
        if len(_strip_quotes(h.title)) - (e - s) > 8 and not _all_hold(kids, head):
            kids = []
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
    return [_heading_member(t, head) for t in titles]


def _all_hold(kids: list[Heading], head: str) -> bool:
    """Each of the top headings of ``kids`` holds the head (of two characters or more)."""
    if len(head) < 2 or not kids:
        return False
    level, stems = min(k.level for k in kids), _stems(head)
    return all(any(st in k.title for st in stems) for k in kids if k.level == level)


def _heading_member(title: str, head: str) -> str:
    """A heading as a member: its first clause, or the clause that holds the name's head."""
    return _holding_clause(title, head) or _clean_member(_CLAUSE_END_RE.split(title)[0])


def _headings_later(outline: list[Heading], e: int, count: int, head: str) -> list[str] | None:
    """“七大行动” in the outlook, and a few pages on (一)…推进产业兴市行动 … (七)…推进民生保障行动 in the
    year's plan: the first whole run of sibling headings after the name, at most _LATER_HEADINGS
    characters on, that are exactly as many as the name counts and each hold its head."""
    if len(head) < 2 or count < 3:
        return None  # two headings sharing a word, or a one-character head, tell too little
    stems = _stems(head)
    i = bisect_left(_starts_of(outline), e)
    for j in range(i, len(outline)):
        h = outline[j]
        if h.start - e > _LATER_HEADINGS:
            break
        if not _opens_run(outline, j):
            continue
        run = [k for k in _run(outline, j, partial(le, h.level)) if k.level == h.level]
        if len(run) == count and all(any(st in k.title for st in stems) for k in run):
            return [_heading_member(k.title, head) for k in run]
    return None


_LATER_HEADINGS = 3000


def _opens_run(outline: list[Heading], j: int) -> bool:
    """Heading ``j`` is the first of its siblings: the heading before it at its level or above is above."""
    level = outline[j].level
    for k in range(j - 1, -1, -1):
        if outline[k].level <= level:
            return outline[k].level < level
    return True


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
        hits += _clauses_sharing(text, e, end, head, stems, count)
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


def _framed_sentences(text: str, e: int, count: int, head: str) -> list[str] | None:
    """致力实现“四量”突破。在项目数量上求突破。…在项目体量上求突破。…: short sentences after the name that say
    the same thing of a word ending with its head, one member each, exactly as many as it counts."""
    if not head or len(head) > 2:
        return None
    groups: dict[tuple[str, str], list[str]] = {}
    for sentence in _SHORT_SENTENCE.findall(text, e, min(len(text), e + _FRAMED_REACH)):
        at = sentence.rfind(head)
        opening = 1 if sentence[0] in _FRAME_PREPOSITIONS else 0
        if at - opening < 1 or len(sentence) - at - len(head) < 2:
            continue  # the word is the head alone, or nothing is said of it
        member = sentence[opening : at + len(head)]
        groups.setdefault((sentence[:opening], sentence[at + len(head) :]), []).append(member)
    found = [members for members in groups.values() if len(members) == count and len(set(members)) == count]
    return found[0] if len(found) == 1 else None


_SHORT_SENTENCE = re.compile(r"(?<=[。！；\n])[^。！；，,\n“”]{4,16}(?=[。！；])")
_FRAME_PREPOSITIONS = "在从向以于"
_FRAMED_REACH = 800


def _quoted_sharing(text: str, e: int, end: int, head: str, stems: list[str]) -> list[tuple[int, str]]:
    """Quoted terms in ``text[e:end]`` that end with the head (or, a one-character head, hold it)."""
    hits: list[tuple[int, str]] = []
    if len(head) > 1 and text.find("「", e, end) < 0:
        # only the terms that end with a stem: look where a stem and a closing quote stand
        found = {at: term for st in stems for at, term in _terms_ending(text, e, end, st)}
        return [(at, found[at]) for at in sorted(found) if found[at] != head]
    lasts = {st[-1] for st in stems}
    for at, term in _terms_in(text, e, end):
        if len(head) == 1:
            if head in term[1:] and len(term) >= 3 and term[0] not in _NUMERAL_CHARS[1:]:
                hits.append((at, term))
        elif term[-1] in lasts and term != head and any(term.endswith(st) for st in stems):
            hits.append((at, term))
    return hits


def _terms_ending(text: str, e: int, end: int, stem: str) -> Iterator[tuple[int, str]]:
    """The “terms” in ``text[e:end]`` (as _DOUBLE_QUOTED_TERM finds them) that end with ``stem``: each
    opens at the last “ before its ” and holds no ” or line break."""
    tail = stem + "”"
    i = text.find(tail, e, end)
    while i >= 0:
        close = i + len(stem)
        opening = text.rfind("“", e, i)
        if opening >= 0 and 2 <= close - opening - 1 <= 12:
            term = text[opening + 1 : close]
            if "”" not in term and "\n" not in term:
                yield opening, term
        i = text.find(tail, close + 1, end)


def _terms_in(text: str, e: int, end: int) -> list[tuple[int, str]]:
    """What ``_TERM.finditer(text, e, end)`` finds, by a scan for “ alone when no 「 is in the window
    (a scan that starts with one literal is several times faster than one for either quote)."""
    pattern = _TERM if text.find("「", e, end) >= 0 else _DOUBLE_QUOTED_TERM
    return [(q.start(), q.group(1) or q.group(2)) for q in pattern.finditer(text, e, end)]


def _clauses_sharing(text: str, e: int, end: int, head: str, stems: list[str], count: int) -> list[tuple[int, str]]:
    """Clauses in ``text[e:end]`` that end with the head, without the verb that leads them; for a name of
    two, whole clauses only (two items of other lists end with a common head by chance)."""
    hits: list[tuple[int, str]] = []
    for st in stems:
        i = text.find(st, e, end)
        while i >= 0:
            j = i + len(st)
            if j >= len(text) or text[j] in _CLAUSE_CHARS:  # a clause that ends with the head
                k = _clause_start(text, i, _CLAUSE_TAIL, lo=e, limit=40)
                if count == 2 and "、" in (text[j : j + 1], text[k - 1 : k]):
                    i = text.find(st, j, end)  # 发展进口矿产资源、农产品: an item of a list of other things
                    continue
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
    inside = {i for s, e in occurrences for i in range(s, e)}
    i = text.find(head)
    seen = 0
    while i >= 0 and seen < 80:
        seen += 1
        before, after = _char(text, i - 1), _char(text, i + n)
        # …、民生保障等短板: a list that goes on after the head (等) names another kind of thing
        # …、核心意识、看齐意识: a list that goes on after the head does not end there
        if (before not in _OPEN and before != "等" and after not in _CLOSE and after not in "等、" and i not in inside
                and not _in_entry_of_another(text, i, head)):
            ending = _list_ending_at(text, i, n, count) if head not in _CHANGE_HEADS else None
            ending = None if ending and _places_sharing_a_tail(ending) else ending
            found = ending or _headed_list_following(text, i + n, count, head)
            if found:
                return found
        i = text.find(head, i + n)
    return None


def _places_sharing_a_tail(items: list[str]) -> bool:
    """布局建设沈阳、大连、辽西地区绿色算力中心: short names, then a region and what each of them builds, is one
    kind of thing in several places, not the members of a name elsewhere (三个中心)."""
    return all(len(x) <= 3 for x in items[:-1]) and _REGION_THEN_TAIL.search(items[-1]) is not None


_REGION_THEN_TAIL = re.compile(r"(?:地区|省|市|县|州|盟|旗)(?=[\u4e00-\u9fff]{2,}$)")


def _headed_list_following(text: str, at: int, count: int, head: str) -> list[str] | None:
    """The list after the head that is its verb (成为A、B、C) or opens each member (统一登记、统一编号、统一公布);
    not one after a noun the head ends (…经济合作区、祥云县、弥勒市…: no members of 三大经济)."""
    found = _list_following(text, at, count, head)
    verb = _leading_verb(head) or head in _VERB_HEADS
    return found if found and (verb or all(x.startswith(head) for x in found)) else None


_QUOTED_RUN = re.compile(r"(?:“[^“”，,。；、]{1,12}”){2,}$")
_QUOTED_ITEM = re.compile(r"“([^“”]+)”")
_VERB_HEADS = frozenset("成为 作为 建成 当好 争当 争做 做到 实现 打造 建设".split())  # 三个成为, 四个当好


def _in_entry_of_another(text: str, i: int, head: str) -> bool:
    """Whether ``i`` stands in a glossary entry that defines another name (五大产业发展计划：指…、现代服务业提速
    计划、…: not the members of 三服务)."""
    line = text[text.rfind("\n", 0, i) + 1 : i]
    entry = _ENTRY_DEFINES.search(line)
    return entry is not None and head not in line[: entry.start()]


_ENTRY_DEFINES = re.compile(r"[：:](?:是指|指|即)")


def _list_ending_at(text: str, i: int, n: int, count: int) -> list[str] | None:
    """The list of ``count`` items whose last one ends with ``text[i : i + n]``."""
    if text.count("、", max(0, i - 160), i + n) < count - 1:
        return None  # fewer 、 than the list needs in the widest clause it may have
    rest = _REST_OF_CLAUSE.match(text, i + n)
    if rest is not None and "、" in rest.group():
        return None  # …、中国供销·郴州农副产品物流园、郴州国际温泉城…: the list goes on past the head
    if _HAN_CHAR.match(_char(text, i + n)) and not (_STOP_CHAR.match(text, i + n) or _STOP_WORD.match(text, i + n)
                                                    or _ITEM_VERB.match(text, i + n)):
        return None  # …、茶常高速郴州段: the head is inside the last item's word, which goes on
    clause = text[_clause_start(text, i, _PUNCT_TAIL) : i + n]
    if clause.count("、") > count - 1:
        # 各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识: the last items that each end with the
        # head are the list, after what leads up to it
        tail = clause.split("、")[-count:]
        if all(x.endswith(text[i : i + n]) for x in tail):
            clause = "、".join(tail)
    items = _split_items(clause, count) if clause.count("、") == count - 1 else None
    # (供水、供气、供热等公用事业价格改革: examples of a kind before 等, no members of 三项改革)
    # (…、养老服务、渔业安全管理等突出问题治理: the list goes on past the head to 等, examples too)
    examples = "等" in clause[clause.rfind("、") :] or (rest is not None and "等" in rest.group()[:6])
    if items and _plain_list(items) and not _VERB_END.search(items[-1][:-n]) and not examples:
        return [_after_de(x) for x in _trim_first(items)]
    return None


_ITEM_VERB = re.compile(r"调整|整治|整改|改革|攻坚|提质|增效|转型|协调|保护|防治|管理|服务|监管|执法")  # …用地结构|调整
_REST_OF_CLAUSE = re.compile(r"[^，,。；;：:！？\n]*")


def _list_following(text: str, at: int, count: int, head: str = "") -> list[str] | None:
    """The list of ``count`` items that ends the sentence a verb before ``at`` opens; where the items after the
    first open with that verb too (即坚持A、坚持B、坚持C for 三个坚持), each member is a clause with the verb."""
    if not ("\u4e00" <= _char(text, at) <= "\u9fff" and text.count("、", at, at + 200) >= count - 1):
        return None  # fewer 、 than the list needs in the widest clause it may have
    stop = _CLAUSE_END_RE.search(text, at, at + 200)
    if stop and stop.group() in "。；;\n":
        span = text[at : stop.start()]
        items = _split_items(span, count) if span.count("、") == count - 1 and "等" not in span else None
        if items and head and all(x.startswith(head) for x in items[1:]):
            return [_clean_member(head + items[0]), *(_clean_member(x) for x in items[1:])]
        if items:  # a list closed by 等 (园区型、边贸型、旅游休闲型等精品小城镇) names examples, not members
            return [_after_de(x) for x in items]
    return None


def _plain_list(items: list[str]) -> bool:
    """Items that name things, not predicates (更具活力、更富魅力) or a list closed by 等."""
    return not any(x.startswith(("一个", "一個")) or _COMPARISON.search(x) or "等" in x for x in items)


# 更/最 before a predicate (获得感更足、安全感更有保障): the items say how things are, they name nothing.
_COMPARISON = re.compile(r"[更最](?![新])")


def _after_de(item: str) -> str:
    """更高水平改革开放的开路先锋 -> 开路先锋: the shortest part that still names the member."""
    item = _clean_member(item)
    tail = _DE.split(item)[-1]
    return tail if len(tail) >= 2 else item
