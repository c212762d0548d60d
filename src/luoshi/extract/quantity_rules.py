"""What is no quantity: the rules that drop a number found in the text, each named, with an example.

The quantities stage finds every number that carries a unit (:mod:`luoshi.extract.quantities`); most
are quantities, the rest are years, ages, ordinals, codes, names (``5A级``, ``六个高地``) and the like.
Each rule below names one such kind of number and gives a text in which it drops one. The stage reads
a number in four steps and asks one table of rules after each (``_WALK`` there): the number as found,
then with its multiplier and unit sorted out (``三百亿`` is 三百 亿), then with its value, then with its
range; the first rule that says so drops it. A rule's ``test`` sees the :class:`Reading` as far as it
has got.

The tests check every rule's example against the stage, so a new rule needs a working example.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from luoshi.numerals import CHINESE_HAS_DIGIT, parse_number
from luoshi.script import is_common

# ---------------------------------------------------------------------------------------------------
# Units

# Units of measure.
MEASURE = (
    "亿美元 美元 欧元 港元 港币 日元 英镑 元 吨标准煤 吨标煤 吨公里 人公里 吨海里 人海里 "
    "吨 千克 公斤 斤 担 克 亩次 亩 公顷 "
    "平方公里 平方千米 平方公尺 平方米 平米 公里 千米 公尺 延米 厘米 毫米 米 立方米 升 "
    "千瓦小时 千瓦时 兆瓦时 吉瓦时 千瓦 兆瓦 吉瓦 瓦 匹马力 马力 标准箱 标箱 微克/立方米 "
    "个百分点 百分点 倍 番 成 人次 剂次 户次 家次 车次 辆次 台次 件次 航次 架次 场次 批次 班次 艘次 "
    "度 人民币 韩元 澳元 卢布 泰铢 台币 印张 锭 "  # …四百五十六亿印张: printed sheets; 100万锭棉纺: spindles
    "EFLOPS PFLOPS PF"  # 总算力突破1.3万PF: computing power
).split()
# Classifiers: counts of things.
CLASSIFIER = (
    "人 名 位 户 家 个 项 座 台套 条 片 处 所 台 辆 套 件 只 头 株 棵 册 部 张 间 栋 幢 宗 起 例 种 支 批 艘 架 "
    "列 场 次 门 块 根 盏 眼 匹 箱 床 份 组 笔 趟 篇 幅 方 袋 期 口 群 羽 对"
).split()
# Time and age count only where the clause measures them (审批时间压缩至3天, 人均预期寿命83.9岁);
# elsewhere they are durations, ages and dates.
TIME_UNITS = "个工作日 工作日 个小时 小时 分钟 个季度 个月 天 日 周 年 岁".split()
_TIME_LEAD = re.compile(r"时间|时限|时长|用时|压缩|缩短|周期|天数|工期|办结|等待|审批|办理")
_AGE_LEAD = re.compile(r"寿命|年龄|年限|工龄|期限")
# A small Chinese numeral is a number before these only (增长一倍, 七成以上, 翻一番); elsewhere it names
# (六个高地, 三元 the dairy, 两次获评).
_SMALL_CHINESE_UNITS = frozenset(("倍", "成", "番", "个百分点", "百分点", "%"))

# A classifier followed by these characters begins a word: XX人民, 1.27亿人口, 5部门, 200万吨成品油.
WORD_AFTER = {
    "人": "民才员口大类均工社士生心文事", "名": "单称片录牌列", "位": "于居置列",
    "户": "籍外口", "家": "庭电具园属长", "个": "人体性案税方", "项": "目", "部": "门署分长队",
    "处": "理置于长", "所": "有属在以得需", "条": "件例款", "台": "阶账", "座": "谈", "起": "来步点草",
    "例": "如", "种": "植子业类", "批": "准复", "支": "持撑部付出", "门": "户槛类", "头": "部",
    "元": "素旦年", "度": "假过", "次": "日年", "倍": "增", "间": "接", "列": "入为", "组": "织建成团",
    "块": "状", "成": "品本果为员功熟都交效长立绩型", "只": "有要能是", "场": "所景馆", "眼": "光界",
    "件": "事", "期": "间末中满限货刊待望盼", "口": "岸径号碑罩子述头气味",
    "群": "众体落岛租居",  # 45万群 bee colonies, not 10万群众
    "羽": "毛绒",  # 300万羽 poultry, not 羽毛球
    "张": "掖",  # 130万张掖人民: a place's name (not 5000张家庭养老床位)
}

# ---------------------------------------------------------------------------------------------------
# The words around a number that tell it is none

# Inside a code or a name (PM2.5, G20, 2×35万千瓦), ordinals (第三), a rate's base (每万人)
_BEFORE_NOT = frozenset("0123456789.·_-/×第每")
# Chinese numerals inside words (统一, 万一, 星期一) and vague counts (几十万亩, 数十万). Sets, not strings:
# at the start of the text the character before is "", and "" is in every string.
_WORD_BEFORE = frozenset("之统唯万周星初几数")
# quoted (抗疫惠企“28条”, “3个100”), or followed by a name's head (20条措施, 0.1微克攻坚行动, 500亿级)
_QUOTED_COUNT = re.compile(r"[“「][0-9一二三四五六七八九十两]{1,2}个$")  # “3个|95%”: the count opening a name
_QUOTE_OPEN = frozenset("“\"「『")
_QUOTE_CLOSES = frozenset("”\"」』")
_QUOTED_WORDS = re.compile(r"[“「][\u4e00-\u9fff]{1,10}$")
_PACKAGE_UNITS = frozenset("条款项招策")
_QUOTE_CLOSE = re.compile(r"[^，。；、“”\"「」『』\n]{0,6}[”\"」』]")
# (十七条协议: an agreement named by its articles; not 3个国家公园签订合作协议, what they signed)
_NAME_AFTER = re.compile(
    r"级|协议|[^，。；、]{0,8}?(?:措施|举措|意见|规定|细则|办法|条例|政策|纲要)(?![^，。；、]{0,4}\d)")
# the verbs a count of times opens (16次调度推进…): the times something was done
_FREQUENCY_VERB = re.compile(
    r"亲临|获|视察|考察|莅临|回信|致信|致贺信|调度|召开|获评|获得|荣获|入选|被评|登上|刷新|打破|举办|开展|调研|督导|督查|深入|研究|听取|率队|带队|蝉联|位列|进入|夺得"
)
_NAME_AFTER_UNIT = re.compile(r"攻坚|行动|工程|计划|战略|精神|模式|机制|方案|格局|体系")
# the field a rank is taken in (在全省89个县中排第12位, 居全国285个地级城市第21位): the count is no quantity
_RANK_AFTER = re.compile(
    r"[^，,。；;、]{0,20}?(?:中|里)?(?:排|居|列|位列|名列)?第[0-9一二三四五六七八九十百]+(?:位|名|(?=[，,。；;、）)]))"
)
_COUNT_OF_FIGURES = re.compile(r"(?<![第一二三四五六七八九十])[两二三四五六七八九十]个$")
# …稳居全国168个重点城市前列: a field the rank is placed in, after a verb of placing (not 3个县进入…前十强: counted)
_TOP_OF_FIELD = re.compile(r"[^，,。；;、]{0,12}?(?:中|里)?(?:前列|前茅|首位|榜首|之首)(?=[，,。；;、）)]|$)")
# 成为…全国30个少数民族自治州排头兵: the field a vanguard leads (one leads: the count is no quantity)
_VANGUARD_OF_FIELD = re.compile(r"[^，,。；;、]{0,12}?(?:排头兵|领头羊|领跑者|佼佼者)(?=[，,。；;、）)]|$)")
# …成为全国首批5个国家公园之一: the field one member is of (the count is the field's, no quantity of its own)
_ONE_OF_FIELD = re.compile(r"[^，,。；;、]{0,16}?(?<!分)之一(?=[，,。；;、）)]|$)")
_WHOLE_SCOPES = ("全国", "全省", "全市", "全区", "全州", "全县", "世界", "全球")
_PLACED_IN = re.compile(r"(?:居|列|在)(?:全国|全省|全市|全区|全州|全县|世界|全球|国内|省内)?$")
# 比前, 较前, 提前, 年底前, 以前: a comparison's or a deadline's 前, not a ranking's
_NOT_RANKING = frozenset("比较提底末年月日以之")
# 占比超过10%的有44种, 亩产一百斤以上的，共有二百零四个县: the bound of a class counted after it
_BOUND_OF_A_COUNT = re.compile(r"的[，,]?(?:共|合计|一共|总共)?有[0-9零〇一二两三四五六七八九十百千几]")
_PLACES_MEASURED = re.compile(
    r"(?:省、市、自治区|省（区、市）|省（自治区、直辖市）|省区市|省市区|省份|地市|县（市、区）|县市区|县区|市州|市（州）)"
    r"的[^，,。；;]{0,6}(?:人口|生产总值|财政收入|总量|总额|产值|增加值|收入)"
    r"[^。；;0-9]{0,16}?[0-9零〇一二两三四五六七八九十]")
_CLASS_TOLD = re.compile(r"的(?:主要|大多|大都|多数|大部分|绝大部分|绝大多数|多半)?是")
# 亩产六十斤、八十斤或者一百斤以上的: the figures a list of such bounds runs through to its 以上
_BOUND_LIST_TAIL = r"(?:(?:、|和|或者|或|及)[0-9.零〇一二两三四五六七八九十百千万亿]+{unit})*(?:以上|以下)"
# a threshold naming a class of things (5000万元以上项目)
# 提出5项指标，…: the count ends its clause (not 6项指标不及预期, 10项主要指标全部达标: how the figures fared)
_INDICATORS = re.compile(r"(?:主要|预期性|约束性|量化|核心|具体|考核|监测|创建|发展)?指标(?=[，,。；;、）)\n]|$)")
# 从创新、协调等6个维度设置了29项主要指标: the aspects the plan's figures are grouped by, counted
_ASPECTS_OF_INDICATORS = re.compile(r"(?:大)?(?:维度|方面|领域)[^，,。；;0-9]{0,8}?(?:[0-9]+项)?"
                                    r"[^，,。；;0-9]{0,6}指标")
# 中科院半导体所、中电十二所等: an institute named by its number, listed after one named by its field (not
# 有农业中学一点二所、学生…, 新建中学十二所、小学三十所: counts listed)
_INSTITUTE_LISTED_BEFORE = re.compile(r"(?:(?![零〇一二两三四五六七八九十百千万亿])[\u4e00-\u9fff]){2,12}"
                                      r"(?P<kind>[所院])、[\u4e00-\u9fff]{1,4}$")
_RATE_ALLOWS = re.compile(r"的(?:增长)?(?:速度|增速)(?:就)?(?:可以|能够|就能|足以)")
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff](?<![以左多余])")
# 100万元至300万元部分: the amounts that bound a bracket (a tax rate's), both of them
_BRACKET_AFTER = re.compile(r"(?:[至到\-—~～][0-9.零〇一二两三四五六七八九十百千万亿]+元)?的?部分")
_PASSED = frozenset("过超破")  # 过, 超, 突破
# 过10亿元的龙头企业 (not 总投资超1800亿元重大产业项目: the sum of the projects counted before)
# (年产值超10亿元农业领军企业: firms of a kind, named in a few words)
_CLASS_NOUN = re.compile(
    r"(?:的|的(?:重大|重点|龙头|骨干))?(?:企业|工业企业|项目|产业项目|园区|集群|产业集群|县|城市|省份"
    r"|[\u4e00-\u9fff]{1,4}?(?:领军|龙头|骨干|链主)企业|产业链项目|产业链|产业)")
_CLASS_AFTER_AMOUNT = re.compile(r"(?:企业|工业企业|项目|产业项目)(?=[0-9XＸ一二两三四五六七八九十几数]|[、，,和为])")
# (5000万元以上的招商项目, 产值10亿元以上腰部企业: a kind named in a few words; 每人在三百元以上的大队: of
# commune units; 30万千瓦以下煤电机组, 10蒸吨以下燃煤锅炉: plants of a size, shut or built)
_THRESHOLD_AFTER = re.compile(
    r"(?:以上|以下)(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:项目|企业|机组|锅炉|窑炉|生产线)|工业|村|规模|(?:生产)?大队|生产队|公社"
    r"|合作社|农户)")
# 20万人口以上的县, 海拔5000米以上乡镇: places of a size, counted or served (not 80%以上的县, 10个以上乡镇)
_COUNTED_THINGS = frozenset(("家", "个", "项"))
_SIZE_CLASS_AFTER = re.compile(r"(?:以上)?规模(?:以上)?的")
_COUNT_OR_SHARE = frozenset(("个", "家", "所", "座", "处", "%", "成"))
_PLACES_OF_A_SIZE = re.compile(
    r"(?:人口|常住人口|户籍人口)?(?:以上|以下)(?:的)?(?:县|城市|乡镇|镇|自然村|行政村|村|地区)")  # 20户以上自然村
# a bare number counts only after a share word, with a rare character for its % (占25.5虬)
_SHARE_LEAD = re.compile(r"(?:占|占比|比重|比例|比率|率)(?:为|达|达到|是)?$")
# a placeholder with a classifier counts where the clause counts (新增XX家)
_COUNT_VERB = re.compile(r"(?:新增|新建|建成|完成|达到|实现|增加|减少|培育|引进|累计|共|超过|突破)$")
_CLAUSE_DELIMS = re.compile(r"[，,；;：:。！？!?、\n]")
_COUNT_ENDS = frozenset("，,；;。、！？!?\n）)和及与")  # 尚有贫困村XX个、贫困人口XX万人
_RATIO_LEAD = re.compile(r"比|结构")  # 比例, 之比, 配比, 比重; 产业结构
_RATIO_SIGN = re.compile("[:：∶]")
_CN_NUMERAL = frozenset("零〇一二两三四五六七八九十百千万亿")
_SMALL_UNIT = re.compile("[十百千]")
_BIG_DIGIT = re.compile("[百千万亿]")
_VAGUE_AFTER = frozenset("级多余伏")  # 500亿级, 3万多; and 11万伏, a voltage class (11万伏变电站), no amount
_CODE_SIZE = 1e16  # a number this large is an ID or an account, not an amount


# ---------------------------------------------------------------------------------------------------
# A number as read


_MINUS = frozenset("-－−负")
# A minus stands for itself after a word or a stop (增长-2.3%, 为负1.2亿元), not after a number, a unit or a
# letter, where it joins (1-11月, 2020年-2025年, G-3) or is part of a word (正负).
_BEFORE_NEGATIVE_WORD = frozenset(("", *"，,：:；;（(、 \n为是达至到长率幅值"))  # 增速为负1.2%, 增长负2%
_NOT_BEFORE_SIGN = frozenset(
    "0123456789X-－−—–~～%‰.正零〇一二两三四五六七八九十百千万亿月号"
    + "".join(u[-1] for u in (*MEASURE, *CLASSIFIER, *TIME_UNITS))
)


def _sign_stands(s: str, at: int) -> bool:
    """Whether ``s[at]`` is a minus sign of the number after it."""
    sign = s[at]
    if sign not in _MINUS:
        return False
    before = s[at - 1] if at else ""
    if sign == "负":  # a word's end more often than a sign (减负30亿元, 肩负): only after a stop or a verb of value
        return before in _BEFORE_NEGATIVE_WORD
    return not before or (before not in _NOT_BEFORE_SIGN and not (before.isascii() and before.isalpha()))


_GROUPS = ("num", "num2", "u1", "ap1", "mult", "ap2", "mult2", "unit", "post")


class Reading:
    """A number the candidate patterns found, as far as the stage has read it.

    It starts as the match's groups (``""`` for an absent one); the steps between the tables move a
    trailing 万/亿 into ``mult``, drop 强 from ``post``, and fill ``base``, ``value`` and ``value_max``.
    """

    __slots__ = (
        "after", "ap1", "ap2", "arabic", "base", "before", "chinese", "end", "fraction", "m", "mult", "mult2",
        "negative", "num", "num2", "percent_words", "placeholder", "post", "s", "start", "u1", "unit", "value",
        "value_max", "word_after",
    )

    def __init__(self, s: str, m: re.Match[str]) -> None:
        num, num2, u1, ap1, mult, ap2, mult2, unit, post = m.group(*_GROUPS)
        self.s = s  # the simplified, half-width text
        self.m = m
        self.num: str = num
        self.num2: str = num2 or ""
        self.u1: str = u1 or ""  # a multiplier, unit or % on the range's first number (8万-10亿, 1万元-5万元)
        self.ap1: str = ap1 or ""  # 多/余/来 before the multiplier
        self.mult: str = mult or ""  # 万, 亿, 千万 …
        self.ap2: str = ap2 or ""  # 多/余 after it
        self.mult2: str = mult2 or ""
        self.unit: str = unit or ""
        self.post: str = post or ""  # 以上, 左右, 强 …
        self.start, self.end = start, end = m.span()  # the end: after the number, its unit and a comparator
        self.negative = start > 0 and s[start - 1] in _MINUS and _sign_stands(s, start - 1)  # 增长-2.3%, 为负1.2亿元
        if self.negative:
            self.start = start = start - 1
        self.before = s[start - 1] if start else ""  # "" at the start of the text
        self.after = s[end : end + 1]  # after the match as found: the steps leave it
        self.arabic = arabic = "0" <= num[0] <= "9"
        self.placeholder = placeholder = num[0] == "X"  # X, XX, X.X: an anonymised number
        self.fraction = fraction = "/" in num or "分之" in num
        self.percent_words = percent_words = num.startswith(("百分之", "千分之"))  # 百分之六十, 千分之五
        self.chinese = not (arabic or placeholder or fraction or percent_words)
        # set by the steps: base (the unit without its /人, /年), word_after (the unit begins a word: 5部门,
        # 1.27亿人口), value, value_max
        self.base: str
        self.word_after: bool
        self.value: float | None
        self.value_max: float | None

    def __repr__(self) -> str:
        return f"Reading({self.s[self.start : self.end]!r}, num={self.num!r}, mult={self.mult!r}, unit={self.unit!r})"


# What a number is, for a rule's ``needs``: written in Chinese numerals, a range (two numbers), a placeholder.
Trait = Literal["chinese", "range", "placeholder"]


@dataclass(frozen=True)
class Rule:
    """A kind of number that is no quantity: its name, a text in which it drops a number, and the test
    (a true result drops the number).

    ``needs`` and ``units`` say where the test can be true at all: only for a number with each of the
    traits in ``needs``, only for one whose unit (``Reading.base``, "" for none) is in ``units`` (None:
    any). The stage skips the test elsewhere without calling it (most numbers are Arabic amounts in %, 元
    or 亿元, which half the rules cannot drop); ``tests/test_extract_quantities.py`` checks that no skipped
    test is true.
    """

    name: str
    example: str
    test: Callable[[Reading], object]
    needs: frozenset[Trait] = frozenset()
    units: frozenset[str] | None = None


# ---------------------------------------------------------------------------------------------------
# The tests that take more than a line


def _out_of_place_time(r: Reading) -> bool:
    """A time or an age where the clause does not measure one (86岁高龄, 69年如一日, 3天后)."""
    if r.base not in TIME_UNITS:
        return False
    parts = _CLAUSE_DELIMS.split(r.s[max(0, r.start - 30) : r.start])
    lead = parts[-1]
    while len(parts) > 1 and _BARE_COUNTS.fullmatch(parts[-1]):
        parts.pop()  # 压缩至1个、3个和|60个工作日: the counts listed before share the time the clause measures
        lead = parts[-1] + lead
    return not (_AGE_LEAD.search(lead) if r.base in ("年", "岁") else _TIME_LEAD.search(lead))


_BARE_COUNTS = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?个[和或及]?)+")


def _months_and_more(r: Reading) -> bool:
    """1个多月 is a time, months and some, where the clause does not measure one (中断航运1个多月)."""
    if r.base != "个" or not r.s.startswith("多月", r.end):
        return False
    lead = _CLAUSE_DELIMS.split(r.s[max(0, r.start - 20) : r.start])[-1]
    return not _TIME_LEAD.search(lead)


def _calendar_year(r: Reading) -> bool:
    return (
        r.base == "年" and r.arabic and "." not in r.num and 1900 <= (parse_number(r.num) or 0) <= 2100
    )


def _tenths_out_of_range(r: Reading) -> bool:
    """成 counts tenths (七成, 3成): not after an Arabic number above ten or a placeholder."""
    return r.base == "成" and not (r.chinese or (r.arabic and (parse_number(r.num) or 99) <= 10))


def _multiplier_alone(r: Reading) -> bool:
    """A multiplier without a unit is the unit (6434万农村人口) only after Arabic digits, when it is
    万 or 亿 and nothing follows that makes it a name (500亿级) or vague (3万多)."""
    if r.unit or not r.mult:
        return False
    spoken = r.chinese and r.s.startswith("个", r.m.end("num"))  # 两个亿: an amount as people say it
    return not (r.arabic or spoken) or bool(r.ap2) or r.mult in ("千", "百", "十万") or r.after in _VAGUE_AFTER


def _garbled_percent(r: Reading) -> bool:
    """A share whose % came out as a rare character (老龄人口占25.5虬)."""
    return bool(
        r.arabic and r.after and "\u4e00" <= r.after <= "\u9fff" and not is_common(r.after)
        and _SHARE_LEAD.search(r.s, r.start - 4, r.start)
    )


def _small_chinese_count(r: Reading) -> bool:
    """三元 the dairy, 七八个: a small Chinese count names or is vague (not a range written out, 二到三元, or
    a decimal, 零点五元)."""
    return bool(
        r.chinese and r.value is not None and r.value <= 10 and not r.mult and not r.num2 and "点" not in r.num
        and r.base not in _SMALL_CHINESE_UNITS and not _BIG_DIGIT.search(r.num)
    )


def _uncounted_placeholder(r: Reading) -> bool:
    """XX家 counts where the clause counts: after its verb (新增XX家, two characters at most), or as the count
    that ends a clause (培育龙头企业X家，尚有贫困村XX个、). Elsewhere XX stands for a name (XX家园, XX片区)."""
    return bool(
        r.placeholder and not r.mult and r.base not in MEASURE and r.base not in ("%", "")
        and not _COUNT_VERB.search(r.s, max(0, r.start - 2), r.start)
        and not (r.end == len(r.s) or r.after in _COUNT_ENDS)
    )


def _redacted_ratio(r: Reading) -> bool:
    """X:X after a ratio's name (三次产业比例调整为X:X:X): a redacted quantity; a ratio as written has no
    single value, so only a redacted one is kept."""
    return (
        r.placeholder and _RATIO_SIGN.search(r.num) is not None
        and _RATIO_LEAD.search(r.s, max(0, r.start - 8), r.start) is not None
    )


def _inside_word(r: Reading) -> bool:
    """统一, 万一, 星期一; 几十万亩, 数十万; the decimals of 三点五 when the numeral before was dropped."""
    if not r.chinese:
        return False
    return r.before in _WORD_BEFORE or (r.before == "点" and r.start > 1 and r.s[r.start - 2] in _CN_NUMERAL)


def _part_of_mixed_numeral(r: Reading) -> bool:
    """One part of an Arabic numeral written with a Chinese scale inside (2万5千公里, 1亿2千万元)."""
    if not r.arabic:
        return False
    ends_scaled = r.s[r.m.end() - 1 : r.m.end()] in ("万", "亿") and r.after.isdigit()
    return ends_scaled or (r.before in ("万", "亿") and r.start >= 2 and r.s[r.start - 2].isdigit())


def _mixed_range(r: Reading) -> bool:
    """8万-10亿元: the two ends in different units (1万元-5万元 and 一百二十万到一百五十万元 are the same)."""
    return bool(r.u1) and r.u1 not in ("%", r.mult, r.mult + r.unit)


def _ambiguous_range(r: Reading) -> bool:
    """八到九百亿: 8 to 900 as written, 800 to 900 as meant; read neither."""
    return r.chinese and len(r.num) == 1 and bool(r.num2) and _SMALL_UNIT.search(r.num2) is not None


def _named_after(r: Reading) -> bool:
    return bool(
        # (not 推出111项全国首创举措, 实施90项改革举措: measures counted, as 32项制度创新成果 is)
        (r.unit or r.mult) and (r.base in ("条", "个") or r.s.startswith("级", r.end))
        and _NAME_AFTER.match(r.s, r.end)
    )


def _threshold(r: Reading) -> bool:
    at = r.m.start("post") if r.post in ("以上", "以下") else r.end
    # (not 推动100家以上企业上市, 30个以上重大项目: a count of the things, at least so many)
    if (r.post != "以内" and r.base not in _COUNTED_THINGS and _THRESHOLD_AFTER.match(r.s, at) is not None
            and not _share_of_things(r)):
        return True
    if "以" in r.s[at : at + 4] and r.base not in _COUNT_OR_SHARE and _PLACES_OF_A_SIZE.match(r.s, at) is not None:
        return True
    if (r.unit or "").endswith("元") and r.s.startswith(("限额内", "限额以内"), at):
        return True  # 给予每人每年1200元限额内的60%租金补贴: the cap a share is paid under, no amount anyone gets
    if (r.unit or "").endswith("元") and _SIZE_CLASS_AFTER.match(r.s, at) is not None:
        return True  # 新组建500万元规模的现代农机合作社10个: the size of a kind of body, no amount anyone reached
    # 占比超过10%的有44种: the bound of a class counted after it (not 增长50%以上的有生铁、钢…: what grows so)
    if _bounds_a_counted_class(r):
        return True
    if not r.post and r.unit and r.s.startswith(("、", "和"), r.end):
        # 集体收入5万元、10万元以上的村: a line listed with the next one, the class's bound both
        figure = r"[0-9.０-９]+[万亿千百]*" + re.escape(r.unit) + r"(?=以上|以下)"
        listed = re.match(figure, r.s[r.end + 1 : r.end + 16])
        if listed is not None and _THRESHOLD_AFTER.match(r.s, r.end + 1 + listed.end()) is not None:
            return True
    # 新培育亿元企业3家、五亿元企业2家: an amount naming a class of firms, with nothing between; 营收过十亿元企业
    # 达到15家, 成为首个经济总量突破5万亿元的城市: one the firms (or cities) pass
    # (6个过50亿产业链项目: the amount said without its 元, the class passed all the same)
    passed_class = r.before in _PASSED and _CLASS_NOUN.match(r.s, r.end) is not None
    return not r.post and (((r.unit or "").endswith("元") and (
        _CLASS_AFTER_AMOUNT.match(r.s, r.end) is not None or passed_class))
        or (not r.unit and r.mult in ("亿", "万", "千万") and passed_class))


def _share_of_things(r: Reading) -> bool:
    """90%以上的村通了公交: a share of the villages, not a class drawn by a rate (增长20%以上的企业); where the
    clause measures them with a figure of its own (90%以上的村集体年收入超过10万元) the share has no measure."""
    if r.base not in ("%", "成") or _RATE_BEFORE.search(r.s, max(0, r.start - 6), r.start) is not None:
        return False
    stop = _CLAUSE_DELIMS.search(r.s, r.end)
    return _FIGURE.search(r.s, r.end, stop.start() if stop else len(r.s)) is None


_FIGURE = re.compile(r"[0-9０-９]|[一二两三四五六七八九十百千万]+[个家所万亿元%]")


_RATE_BEFORE = re.compile(r"(?:增长|增幅|增速|提高|提升|下降|降低|减少|率|比重|占比|比例|收入|额|达|达到|超过|超)$")


def _bounds_a_counted_class(r: Reading) -> bool:
    at = r.end
    if not r.post and r.after and r.after in "、和或及" and r.unit:  # one of a list of bounds: to the list's 以上
        tail = re.compile(_BOUND_LIST_TAIL.format(unit=re.escape(r.mult + r.unit))).match(r.s, at)
        at = tail.end() if tail else at
    if not r.post and r.unit and r.s.startswith(("到", "至"), at):  # 八十斤到九十九斤的有五十五个县: a range's lower
        upper = re.compile(r"[0-9.零〇一二两三四五六七八九十百千万亿]+" + re.escape(r.mult + r.unit)).match(r.s, at + 1)
        at = upper.end() if upper else at
    if not r.s.startswith("的", at):
        return False
    # (四十斤以下的主要是新发展的棉田: what the class below the bound is made up of)
    return _BOUND_OF_A_COUNT.match(r.s, at) is not None or (
        r.post in ("以上", "以下") and _CLASS_TOLD.match(r.s, at) is not None)


def _bad_range(r: Reading) -> bool:
    if not r.num2:
        return False
    value, top = r.value, r.value_max
    return r.placeholder or top is None or value is None or not value < top < _CODE_SIZE


# ---------------------------------------------------------------------------------------------------
# The tables, in the order the stage asks them

_CHINESE: frozenset[Trait] = frozenset(("chinese",))
_RANGE: frozenset[Trait] = frozenset(("range",))
_NO_UNIT = frozenset(("",))  # as units: a number without one
_TITLE_REACH = 24  # how far a 《…》 title runs around a number in it


def _inside_title(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` stands inside a 《…》 title (an opening mark before it, its closing one after)."""
    opening = s.rfind("《", max(0, start - _TITLE_REACH), start)
    if opening < 0 or s.find("》", opening, start) >= 0:
        return False
    closing = s.find("》", end, end + _TITLE_REACH)
    return closing >= 0 and s.find("《", end, closing) < 0 and "\n" not in s[opening:closing]
# (not 出台稳增长措施近100条: a count of measures)
# (not 全市落实政策18条：…, a count of what was done, told before a colon)
_GLOSSARY_LINE_HEAD = re.compile(r"(?:^|\n)(?:[0-9０-９]{1,3}[.．、]\s*)?[【\[]?"
                                 r"(?![全我])(?![\u4e00-\u9fff“”]*(?:落实|出台|制定|推出|新增|完成|实施|印发))"
                                 r"[\u4e00-\u9fff“”]{1,12}$")
_PACKAGE_BEFORE = re.compile(r"(?:推出|出台|印发|制定|发布|兑现|落实)[\u4e00-\u9fff]{2,18}"
                             r"(?<![措政举]施|政策|举措|措施|意见|办法)(?<!近|约|超|共|逾)$")
# 据|十二个省, 根据１９５５年对|３，２８０个较大的建设单位的统计: the count the figures were gathered from
_STATISTICS_FROM = re.compile(r"(?:根据|据)(?:[0-9０-９一二三四五六七八九〇○零]{4}年)?(?:对|就|在)?$")
_STATISTICS_SCOPE = re.compile(r"[\u4e00-\u9fff、]{0,8}?的?(?:不完全|初步)?(?:统计|调查|抽样)")
_VEHICLE_AFTER = re.compile(
    r"(?:级|位)?(?:的)?(?:敞车|棚车|货车|罐车|卡车|载重汽车|自卸车|汽车|机车|货轮|油轮|驳船|拖轮|吊车)")
# (一万二千千瓦、二万五千千瓦以至五万千瓦的发电设备: each rating of a list of them)
_EQUIPMENT_AFTER = re.compile(
    r"(?:[、，,]?(?:以至|乃至|直至|和|及|或)?[0-9０-９.一二三四五六七八九十百千万〇零两]+(?:千瓦|兆瓦|伏|千伏))*"
    r"(?:级)?的(?:全套)?[\u4e00-\u9fff]{0,8}?(?:设备|机组|发电机|汽轮机|水轮机|变压器|锅炉|电动机|压缩机)")
_CAPACITY_BEFORE = re.compile(r"装机|(?<!每台)(?<!单机)容量|规模|新增|总计|共计|累计")  # 每台容量: a rating too
_RAIL_AFTER = re.compile(r"(?:以上|及以上)?的?(?:高铁|高速铁路|铁路|动车|列车|城际|磁浮|高速磁浮)")
# ［2］13座重点城市：即…: the term a report's note glosses, named by its figure, not a figure anyone reached
_NOTE_ENTRY_OPENING = re.compile(r"[\[［【][0-9０-９]{1,3}[\]］】][\u4e00-\u9fff“”]{0,16}$")
_NOTE_TERM_END = re.compile(r"[^，,。；;\n]{0,16}?[：:]")
_NOTES_HEADING = re.compile(r"\n(?:附注|注释|附：名词解释|名词解释|附件：名词解释)[：:]?\n")
# 发挥济青烟|3个|消费试点作用: the things whose role is used, there already
_ROLE_BEFORE = re.compile(r"发挥[^，,。；;、\d]{0,8}$")
_ROLE_AFTER = re.compile(r"[^，,。；;、\d]{0,20}?(?:作用|效应)(?![^，,。；;]{0,4}[\d])")
# 占全国一千七百八十六个县的百分之二十八: the whole a share is taken of, which the share measures against
# (占棉田实收面积|八千五百多万亩的百分之四十二: the whole named before its size, too)
_SHARE_WHOLE_BEFORE = re.compile(r"占(?:全国|全省|全市|全区|全县|全州)?(?:[\u4e00-\u9fff]{2,8}?)?(?:现有|总共|共)?$")
_SHARE_WHOLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?的(?:百分之|千分之|[0-9０-９]|[一二两三四五六七八九十]+分之)")
# 200公里骑行, 百公里徒步: the course of a sporting event, part of its name (not 200公里骑行绿道: a path built)
_COURSE_AFTER = re.compile(r"(?:骑行|徒步|越野跑|越野赛|马拉松|自行车赛|接力赛|毅行)(?!绿?道|步道|线|路|廊|驿站)")
_POPULATION_OF = re.compile(r"多?(?:人口|人)的(?:发展中|社会主义|农业|多民族)?(?:大国|国家|国度|省份|大省)")
_PEOPLE_AFTER = re.compile(r"的?(?:干部|群众|人民|人)")
_NATION_OWNS = re.compile(r"多?(?:中国人民|中国人|人民|人)的")
_WHOLE_PEOPLE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:儿女|人民|同胞)(?!币)")

# The number as found (its unit not yet sorted out: no rule here may name units).
AS_FOUND: tuple[Rule, ...] = (
    Rule("code_or_ordinal", "PM2.5浓度下降",  # also G20, 第三, 每万人, 2×35万千瓦
         lambda r: r.before and (r.before in _BEFORE_NOT or (r.before.isascii() and r.before.isalpha()))),
    Rule("letter_after", "创建5A级景区",  # also 4S店, 5G, XXX; not XX万户XX万人, a redacted count after a unit
         lambda r: (r.after.isascii() and r.after.isalpha() and not (r.after == "X" and (r.unit or r.mult)))
         or (r.placeholder and r.before == "X")),
    Rule("date_range", "2020—2025年期间",  # also 1-11月; not 18至30万日元
         lambda r: r.num2 and r.s.startswith(("年", "月", "日", "号"), r.m.end("num2"))
         and not r.s.startswith("日元", r.m.end("num2")), _RANGE),
    Rule("no_digit", "节约千万元", lambda r: r.chinese and not CHINESE_HAS_DIGIT.search(r.num), _CHINESE),  # 万元, 千万
    Rule("inside_word", "争取几十万亩", _inside_word, _CHINESE),  # also 统一, 万一, 星期一, 数十万
    # 2万5千公里 is 25000 km, read as two numbers (2万 and 5千公里) each wrong: neither is kept
    Rule("mixed_numeral", "里程增加到2万5千公里", _part_of_mixed_numeral),
)

# Its multiplier sorted out (三百亿元 is 三百 亿元, 500强 a rank), and its unit.
BY_UNIT: tuple[Rule, ...] = (
    # 5部门, XX人民; not 1.27亿人口, where the multiplier was read as the unit (its unit left empty)
    Rule("unit_begins_word", "联合5部门", lambda r: r.word_after and r.unit, units=frozenset(WORD_AFTER)),
    Rule("mixed_range", "投资8万-10亿元", _mixed_range, _RANGE),  # u1 comes with a range only
    Rule("ambiguous_range", "投资八到九百亿元", _ambiguous_range, _CHINESE | _RANGE),
    Rule("duration_or_age", "86岁高龄", _out_of_place_time, units=frozenset(TIME_UNITS)),  # also 69年如一日, 3天后
    Rule("months_and_more", "长江部分航段中断航运1个多月", _months_and_more, units=frozenset(("个",))),
    Rule("calendar_year", "人均预期寿命从2020年的82.4岁", _calendar_year, units=frozenset(("年",))),
    Rule("unit_is_word", "举办5方会谈",  # also 四方合作, 他一度出现
         lambda r: not r.mult and (r.base == "方" or (r.base == "度" and r.chinese)), units=frozenset("方度")),
    Rule("tenths_out_of_range", "达到20成", _tenths_out_of_range, units=frozenset(("成",))),
    # 推进3期项目建设, 一期工程: a project's phase, not sessions counted (培训班30期, 课堂1万期)
    Rule("phase", "推进3期项目建设",
         lambda r: r.base == "期" and not r.mult and len(r.num) == 1 and _HAN_AFTER.match(r.s, r.end) is not None,
         units=frozenset(("期",))),
)

# Its value, and the words after it.
BY_CONTEXT: tuple[Rule, ...] = (
    Rule("multiplier_alone", "培育30亿级产业", _multiplier_alone, units=_NO_UNIT),
    Rule("no_unit", "比例为1:1",  # not 比例为X:X, redacted
         lambda r: not r.unit and not r.mult and not r.fraction and not _garbled_percent(r) and not _redacted_ratio(r),
         units=_NO_UNIT),
    # 六倍半 is 6.5 times and 一亩半 1.5 亩, which the number before the unit does not say: read none, not 6 or 1
    Rule("half_after", "经济建设的支出等于一九五〇年的六倍半", lambda r: r.after == "半"),  # also 人均一亩半耕地
    Rule("unreadable_chinese", "逐一一列举", lambda r: r.chinese and r.value is None, _CHINESE),  # also 三四轮车
    # 三元 the dairy (六个高地, 两次获评 are not even found: one digit needs a unit of measure)
    Rule("small_chinese_count", "发展三元乳业", _small_chinese_count, _CHINESE),
    Rule("meeting_count", "召开十二次常务会议", lambda r: r.chinese and not r.mult and r.base in ("次", "届", "期"),
         _CHINESE, frozenset(("次", "届", "期"))),
    # 16次调度推进重大项目, 3次获评: how often something was done, not a quantity (ANNOTATION.md §1)
    Rule("frequency", "省委、省政府16次调度推进重大产业项目",
         lambda r: r.base == "次" and not r.mult and _FREQUENCY_VERB.match(r.s, r.end) is not None,
         units=frozenset(("次",))),
    Rule("uncounted_placeholder", "XX家企业参加", _uncounted_placeholder, frozenset(("placeholder",))),
    Rule("quoted_name", "抗疫惠企“28条”",  # also “3个100”, and the 95% of “3个95%”
         lambda r: (r.before in _QUOTE_OPEN or _QUOTED_COUNT.search(r.s, max(0, r.start - 4), r.start) is not None)
         and _QUOTE_CLOSE.match(r.s, r.end)),
    # a package of measures named by its count (“民营经济31条”)
    Rule("quoted_package", "推行“宿迁文明20条”",
         lambda r: r.base in _PACKAGE_UNITS and r.s[r.end : r.end + 1] in _QUOTE_CLOSES
         and _QUOTED_WORDS.search(r.s, max(0, r.start - 11), r.start) is not None),
    # 创演《我的两万个兄弟》等精品剧目: words of a work's title, not a count
    Rule("in_title", "创演《我的两万个兄弟》等精品剧目", lambda r: _inside_title(r.s, r.start, r.end)),
    Rule("name_after", "出台二十五条措施", _named_after),  # also 20条措施, 500亿元级
    Rule("programme_after", "实施10万亩攻坚行动", lambda r: r.unit and _NAME_AFTER_UNIT.match(r.s, r.end)),
    Rule("threshold_class", "新开工5000万元以上项目120个", _threshold),
    # 细化提出25项主要指标，…; 约束性指标9项: a count of the plan's own figures, which are read one by one
    Rule("indicator_count", "细化提出25项主要指标，其中约束性指标9项",
         lambda r: r.unit in ("项", "个") and (_INDICATORS.match(r.s, r.end) is not None
                                              or r.s.endswith("指标", 0, r.start)
                                              or _ASPECTS_OF_INDICATORS.match(r.s, r.end) is not None)),
    # 应纳税所得额不到100万元的部分减半征收: the bracket a rate applies to, not an amount anyone reached
    Rule("bracket", "对年应纳税所得额不到100万元的部分减半征收",
         lambda r: (r.unit or "").endswith("元") and _BRACKET_AFTER.match(r.s, r.end) is not None),
    # 以四十斤为界分别统计: the line a count is drawn at, not a figure reached
    Rule("boundary", "以亩产四十斤为界分别统计", lambda r: r.s.startswith("为界", r.end)),  # not 以…为限, a cap
    # 7000多万江淮儿女一道拼出来, 凝聚13亿人民的智慧和力量: a whole people called on, not a count of anyone
    Rule("whole_people", "7000多万江淮儿女一道拼出来", lambda r: r.mult in ("万", "亿") and not r.unit
         and _WHOLE_PEOPLE.match(r.s, r.end) is not None, units=_NO_UNIT),
    # 团结百分之九十五以上的干部和群众: the share of the people a call to unity wins over, not a share measured
    Rule("people_united", "团结百分之九十五以上的干部和群众",
         lambda r: r.s.endswith("团结", 0, r.start) and _PEOPLE_AFTER.match(r.s, r.end) is not None,
         units=frozenset("%")),
    # 在我们这样一个13亿人口的发展中国家: the country described by its people, not a count of anything
    Rule("population_described", "在我们这样一个13亿人口的发展中国家",
         lambda r: r.mult in ("万", "亿") and _POPULATION_OF.match(r.s, r.end) is not None),
    # 近14亿中国人的饭碗, 保障好14亿人的粮食安全: the whole nation whose bowl or food is meant, not a count of anyone
    Rule("nation_owns", "把14亿中国人的饭碗牢牢端在自己手中",
         lambda r: r.mult == "亿" and (r.value or 0) >= 10 and _NATION_OWNS.match(r.s, r.end - len(r.unit)) is not None,
         units=frozenset(("", "人"))),
    # 全国1%人口抽样调查: a survey named by the share it samples, not a share anything reached
    Rule("sample_survey", "完成1%人口抽样调查", lambda r: r.s.startswith(("人口抽样调查", "抽样调查"), r.end),
         units=frozenset("%‰")),
    # 前1%学科, 排名前10%的企业: the cut of a ranking, not a share anything reached
    Rule("rank_cut", "新增ESI全球前1%学科24个",
         lambda r: r.before == "前" and r.s[r.start - 2 : r.start - 1] not in _NOT_RANKING, units=frozenset("%‰")),
    # 五十四匹马力的拖拉机: the power each machine has, a kind of machine, not an amount anything reached
    Rule("machine_spec", "每年出产五十四匹马力的拖拉机一万五千台",
         lambda r: r.base in ("马力", "匹马力") and r.s.startswith("的", r.end), units=frozenset(("马力", "匹马力"))),
    # 七万二千五百千瓦的全套水力发电设备: the rating of a kind of equipment made, not a capacity anyone added
    Rule("equipment_rating", "试制七万二千五百千瓦的全套水力发电设备",
         lambda r: _EQUIPMENT_AFTER.match(r.s, r.end) is not None
         and _CAPACITY_BEFORE.search(r.s, max(0, r.start - 6), r.start) is None,
         units=frozenset(("千瓦", "兆瓦", "伏", "千伏", "马力"))),
    # 我省推出振兴民营经济45条: a package of measures named by its count, not a figure anyone reached
    Rule("package_named", "我省推出振兴民营经济45条，为发展注入动力",
         lambda r: r.base == "条" and _PACKAGE_BEFORE.search(r.s, max(0, r.start - 24), r.start) is not None
         and r.s[r.end : r.end + 1] in ("，", ",", "。", "、", "；", "")),
    # 人才新政十八条：系…: a package named at the head of a glossary line, glossed after its colon
    Rule("glossed_package", "人才新政十八条：系市委市政府…的简称",
         lambda r: r.base in _PACKAGE_UNITS and r.s[r.end : r.end + 1] in ("：", ":")
         and _GLOSSARY_LINE_HEAD.search(r.s, max(0, r.start - 16), r.start) is not None),
    # 据十二个省的不完全统计: how many places a count was gathered from, not a figure of anything
    Rule("statistics_scope", "据十二个省的不完全统计，有七千六百九十个",
         lambda r: _STATISTICS_FROM.search(r.s, max(0, r.start - 12), r.start) is not None
         and _STATISTICS_SCOPE.match(r.s, r.end) is not None),
    # 五十吨敞车三百二十二辆, 载重8吨卡车: the load each vehicle takes, a kind of vehicle, not an amount reached
    Rule("vehicle_load", "生产的五十吨敞车三百二十二辆",
         lambda r: not r.post and _VEHICLE_AFTER.match(r.s, r.end) is not None, units=frozenset(("吨",))),
    # 通时速350公里高铁的省份: the speed a kind of railway runs at, not a length anything reached
    Rule("rail_speed", "成为全国首个全部设区市通时速350公里高铁的省份",
         lambda r: r.s.endswith("时速", 0, r.start) and _RAIL_AFTER.match(r.s, r.end) is not None,
         units=frozenset(("公里", "千米"))),
    Rule("glossed_term", "努力奋斗！\n附注\n［2］13座重点城市：即通航北京等13座城市。",
         lambda r: _NOTE_ENTRY_OPENING.search(r.s, r.s.rfind("\n", 0, r.start) + 1, r.start) is not None
         and _NOTE_TERM_END.match(r.s, r.end) is not None and _NOTES_HEADING.search(r.s, 0, r.start) is not None),
    # 发挥济青烟3个消费试点作用: the role of things there already, not a count anything is to reach
    Rule("role_of_existing", "发挥济青烟3个消费试点作用",
         lambda r: _ROLE_BEFORE.search(r.s, max(0, r.start - 10), r.start) is not None
         and _ROLE_AFTER.match(r.s, r.end) is not None),
    Rule("share_whole", "占全省一百零八个县的百分之三十",
         lambda r: _SHARE_WHOLE_BEFORE.search(r.s, max(0, r.start - 12), r.start) is not None
         and _SHARE_WHOLE_AFTER.match(r.s, r.end) is not None),
    Rule("event_course", "举办环湖100公里徒步等群众体育赛事",
         lambda r: not r.post and _COURSE_AFTER.match(r.s, r.end) is not None,
         units=frozenset(("公里", "千米", "米"))),
    # 解决三个1亿人问题, 实现两个80%目标: a name made of figures (三个…) counted by a Chinese numeral before it
    Rule("named_figures", "要以解决三个1亿人问题为着力点",
         lambda r: _COUNT_OF_FIGURES.search(r.s, max(0, r.start - 2), r.start) is not None),
    Rule("rank_field", "综合实力在全省89个县中排第12位",  # also 稳居全国168个重点城市前列, 全国5个…之一
         lambda r: r.base in ("个", "家", "座", "所") and not r.mult and (
             _RANK_AFTER.match(r.s, r.end) is not None or _ONE_OF_FIELD.match(r.s, r.end) is not None
             or (_TOP_OF_FIELD.match(r.s, r.end) is not None and _PLACED_IN.search(r.s, max(0, r.start - 6), r.start))
             or (_VANGUARD_OF_FIELD.match(r.s, r.end) is not None and r.s.endswith(_WHOLE_SCOPES, 0, r.start))),
         units=frozenset("个家座所")),
    # 二十九个省、市、自治区的总人口，必须控制在十亿六千万左右: how many places the measure after it spans, whose
    # figure follows (not 覆盖31个省区市的服务网络: the places a thing reaches)
    Rule("places_measured", "全国31个省区市的地区生产总值增长5%",
         lambda r: r.base == "个" and not r.mult and _PLACES_MEASURED.match(r.s, r.end) is not None,
         units=frozenset(("个",))),
    # 6.5%左右的增速可以实现比较充分的就业: what a rate would allow, said to argue for a target stated elsewhere
    Rule("numbered_institute", "与中科院声学所、中电十四所等科研机构合作",
         lambda r: r.s[r.end : r.end + 1] in ("等", "、")
         and (found := _INSTITUTE_LISTED_BEFORE.search(r.s, max(0, r.start - 18), r.start)) is not None
         and found.group("kind") == r.base, _CHINESE, frozenset("所院")),
    Rule("rate_that_allows", "7%左右的速度可以实现比较充分的就业",
         lambda r: _RATE_ALLOWS.match(r.s, r.end) is not None, units=frozenset("%")),
)

# Its value as a whole (二十六亿六千万 is 26.6 亿), and its range.
BY_VALUE: tuple[Rule, ...] = (
    Rule("unreadable", "设立3/0个", lambda r: r.value is None and not r.placeholder),
    Rule("code_size", "账号12345678901234567元", lambda r: r.value is not None and not r.value < _CODE_SIZE),
    Rule("range_not_rising", "增长10-5%", _bad_range, _RANGE),
)

QUANTITY_RULES: tuple[Rule, ...] = (*AS_FOUND, *BY_UNIT, *BY_CONTEXT, *BY_VALUE)


# ---------------------------------------------------------------------------------------------------
# Lists before 分别: what their members share

# Modifiers that come in sets and share the noun after the last of them: 城镇和农村居民人均可支配收入.
PAIRED_MODIFIERS = frozenset(
    "城镇职工 城乡居民 城镇居民 农村居民 "  # 城镇职工、城乡居民医保…报销比例: the schemes, as wide as each other
    "城镇 农村 城市 县城 城区 市区 乡镇 城乡 省 市 县 区 乡 镇 村 中央 地方 国有 民营 男 女 一产 二产 三产 进口 出口 "
    "上 下 大 中 小".split()
)
# Measures a list of subjects shares when only the last names it: 原煤、原油、天然气产量.
SHARED_MEASURES = frozenset(
    "增加值 产值 总产值 综合产值 全产业链产值 产量 产能 销量 营业收入 收入 利润 投资 总额 规模 "
    "出口 进口 进出口 出口额 贸易额 "
    "播种面积 种植面积 周转量 吞吐量 排放量 案件 事故 警情 保有量 存栏 出栏 饲养量 面积 人数 参保人数 数量 用户 户数 "
    "单产 总产 "
    "合格率 达标率 覆盖率 普及率 满意率 建成率 处理率 利用率 安全利用率 综合利用率 无害化处理率 优良率 "
    "零售额 销售额 营业额 成交额 交易额 成交量 交易量 营收 销售收入 时间 时限 人次 播面 贷款余额 存款余额 "
    "占比 产量占比 产值占比 "  # 蔬菜、小浆果设施产量占比: the vegetables' share of output too
    "招生 新招生 在校生 在校学生 毕业生 毕业学生 "  # 普通高校招生…，在校生…: the school kind's students too
    # 居民医保和基本公共卫生服务经费人均财政补助标准: the insurance's subsidy per head too
    "补助标准 人均补助标准 人均财政补助标准 财政补助标准 筹资标准 人均筹资标准 补贴标准 救助标准 供养标准".split()
)
# Measures that come in pairs and share what stands before the first: 财政收入和支出 → 财政收入, 财政支出.
PAIRED_MEASURES = frozenset("收入 支出 进口 出口 存款 贷款 上限 下限".split())
# Words that name two things at once, in the order a pair of figures after them follows: 城乡居民人均可支配收入分别
# 增长6%、8% (城镇 then 农村), 存贷款余额分别达38.7万亿元、29.9万亿元 (存款 then 贷款).
PAIRED_COMPOUNDS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("城乡居民", ("城镇居民", "农村居民")),
    ("城乡", ("城镇", "农村")),
    ("存贷款", ("存款", "贷款")),
    ("进出口", ("进口", "出口")),
    ("中小学", ("中学", "小学")),
    ("风光电", ("风电", "光电")),
    ("收支", ("收入", "支出")),
    ("牛羊", ("牛", "羊")),  # 牛羊出栏分别增长5.2%、1.9% (not 猪牛羊, three)
)
# The utilities a list of networks names (改造老旧供热、燃气、排水管网800公里、600公里、300公里: each its own)
UTILITIES = frozenset("供热 供暖 燃气 供气 供水 排水 雨水 污水 雨污 中水 电力 通信".split())
NETWORKS = ("管网", "管道", "管线", "线路")
# Of those, the words that also name one total (进出口总额接连突破8万亿元、9万亿元): two only where 分别 says so.
ONE_TOTAL_COMPOUNDS = frozenset(("存贷款", "进出口", "收支", "牛羊"))
# The last characters of a subject that is a measure itself (事故起数、死亡人数): it shares nothing.
MEASURE_ENDS = tuple("数率量额值")

# An example told of one place (例如，吉林省有一个制糖厂，…花费投资二千七百万元): what happened there, neither a task
# nor a target of the plan it illustrates.
EXAMPLE_TOLD = re.compile(r"^(?:例如|比如|譬如)[，,：:]?[^，,。；]{0,12}有(?:一个|一家|一座|一些|个|的)")
