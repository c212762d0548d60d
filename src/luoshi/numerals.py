"""Numerals as Chinese official documents write them: Arabic, full-width and Chinese.

Parsing only: which numbers are quantities is decided in :mod:`luoshi.extract.quantities`, which compiles
the patterns below (strings) into its candidate regexes.

A numeral read wrong is worse than none: whatever does not follow the grammar of Chinese numerals
(``十一十二``, ``百十一``, ``一一``) or could be read two ways (``万三`` is 13000 or 万分之三) is None.
"""

from __future__ import annotations

import math
import re

# Arabic digits, half- or full-width. An OCR slip turns a 0 into the letter O (100O亿元), only ever after
# a real digit, so a letter O counts as a zero inside a digit run.
# Some scraped reports space their digits (1 9 9 7 年, 8 ．8 ％): a single space inside a number is kept.
# Thousands are grouped with a comma, in older reports a full-width one (33，212万吨) after at most three digits.
ARABIC_REST = (  # after the first digit
    r"(?:[0-9０-９]| (?=[0-9])|[Oo](?![A-Za-z])|,(?=[0-9]{3}(?![0-9]))|(?<![0-9]{4})，(?=[0-9]{3}(?![0-9])))*"
    r"(?: ?[.．·] ?[0-9０-９]+(?: (?=[0-9])|[0-9])*)?"
)
ARABIC = r"[0-9０-９]" + ARABIC_REST
# Chinese numerals need a digit character (checked with CHINESE_HAS_DIGIT): 万元 or 千万 alone are words.
# Patterns start with a character class so that the regex engine can skip to candidates at C speed.
CHINESE = r"[零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
CHINESE_HAS_DIGIT = re.compile("[一二两三四五六七八九十]")
CHINESE_FRACTION = r"[一二三四五六七八九十百千万][一二三四五六七八九十百千万]*分之[一二三四五六七八九十]+"
# 百分之六十, 百分之6.5: a percentage written out; 千分之五 a per mille.
PERCENT_WORDS = r"[百千]分之(?:" + ARABIC + r"|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"

_FULL = str.maketrans("０１２３４５６７８９．／Oo·，", "0123456789./00.,")
# 大写 numerals of amounts and cheques (壹万贰仟), and the traditional 萬, 億, 兩: read as the common ones
_FORMAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億兩", "一二二三三四五六六七八九十百千万亿两")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_ZERO = frozenset("零〇")
_CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
_CN_UNIT = {**_CN_SMALL_UNIT, **_CN_BIG_UNIT}
_HUNDRED_MILLION = 100_000_000
_FRACTION = re.compile(r"(.+?)[/／](.+)")
_CN_FRACTION = re.compile(r"(.+?)分之(.+)")
_SIGN = re.compile(r"[-－−﹣负負] ?")
_ARABIC_TOKEN = re.compile(ARABIC + r"|[.．][0-9０-９]+")
_DECIMALS = re.compile(r"[0-9０-９]+|[零〇一二三四五六七八九]+")
_FLOAT_MAX = 10**308
_PLAIN_DECIMAL = re.compile(r"[0-9]{1,300}(?:\.[0-9]{1,300})?")  # ASCII, short enough to stay finite


def parse_arabic(token: str) -> float:
    """``"1,200"`` → 1200, ``"２.５"`` → 2.5, ``"100O"`` → 1000 (OCR slip), ``"7 4 7 7 2"`` → 74772."""
    try:
        return float(token)  # the common case, plain ASCII
    except ValueError:
        return float(token.translate(_FULL).replace(",", "").replace(" ", ""))


def parse_chinese(token: str) -> float | None:
    """``两万三千`` → 23000, ``一百零五`` → 105, ``十二`` → 12, ``三点五`` → 3.5, ``二〇二五`` → 2025,
    ``三万五`` → 35000 (spoken: 三万五千), ``三点五万`` → 35000, ``壹仟`` → 1000.

    None for what is no numeral or could be read two ways: a run of bare digits without a zero (``一一``,
    ``两三``: see :func:`parse_range`), units out of order (``十一十二``), a unit without its digit in front
    (``百十一``, ``万三``, ``千一``), a point without digits on both sides (``零点``, ``点五``).
    """
    token = token.translate(_FORMAL).replace("廿", "二十")
    if not token or (not CHINESE_HAS_DIGIT.search(token) and not _CN_ZERO.intersection(token)):
        return None  # 万 or 千万 alone is a word (万众, 千万不能)
    whole, point, decimals = token.partition("点")
    if not point:
        value = _parse_cn_integer(whole)
        if value is None or value > _FLOAT_MAX:  # 一亿亿亿…: an int past what a float holds is no amount
            return None
        return float(value)
    scale, decimals = _trailing_scale(decimals)  # 三点五万
    if not whole or not decimals or not _DECIMALS.fullmatch(decimals) or scale is None:
        return None
    integer = _parse_cn_integer(whole)
    if integer is None:
        return None
    fraction = float("0." + "".join(str(_CN_DIGIT.get(c, c)) for c in decimals.translate(_FULL)))
    return (integer + fraction) * scale


def parse_chinese_year(token: str) -> int | None:
    """A year written digit by digit: ``二〇二五`` → 2025, ``一九九五`` → 1995."""
    if len(token) != 4 or any(c not in _CN_DIGIT for c in token):
        return None
    return int("".join(str(_CN_DIGIT[c]) for c in token))


def scale_of(units: str) -> int | None:
    """What a run of multipliers multiplies by: ``万`` → 10⁴, ``千万`` → 10⁷, ``万亿`` → 10¹², ``""`` → 1;
    None unless they rise (``万千``, ``亿万``) and are all multipliers."""
    scale, previous = 1, 0
    for c in units:
        unit = _CN_UNIT.get(c)
        if unit is None or unit <= previous:
            return None
        scale, previous = scale * unit, unit
    return scale


def _trailing_scale(token: str) -> tuple[int | None, str]:
    """The multiplier a number ends with (三点五万, 3.1千万, 300十万) and the rest before it."""
    rest = token.rstrip("十百千万亿")
    return scale_of(token[len(rest) :]), rest


def _parse_cn_integer(token: str, unit_before: int | None = None) -> int | None:
    """A whole Chinese numeral; ``unit_before`` is the unit an Arabic number ended on (100万三千)."""
    if unit_before is None and all(c in _CN_DIGIT for c in token):
        if len(token) == 1:
            return _CN_DIGIT[token]
        # 二〇二五 is digit by digit; 一一 (一一列举) or 三四 (三四轮车) is no number
        return int("".join(str(_CN_DIGIT[c]) for c in token)) if _CN_ZERO.intersection(token) else None
    reader = _CnReader(unit_before)
    for c in token:
        if not reader.read(c):
            return None
    return reader.value()


class _CnReader:
    """Reads a Chinese numeral a character at a time, refusing what breaks its grammar."""

    __slots__ = ("digit", "last_unit", "open_group", "section", "small", "total", "zero")

    def __init__(self, unit_before: int | None) -> None:
        self.total = 0  # the 万 and 亿 groups read so far
        self.section = 0  # the group being read, below 万
        self.digit: int | None = None  # a digit waiting for its unit
        self.small = 10_000  # the last small unit of this group: the next must be smaller (一千一百, not 十一十二)
        self.zero = False  # a 零 since the last unit (一千零五)
        self.last_unit = unit_before  # the unit just read, for a digit after it (三万五 is 三万五千)
        self.open_group = False  # a group after 亿 with no 零 before it, that only a 万 may close (一亿二千万)

    def read(self, c: str) -> bool:
        if c in _CN_ZERO:
            if self.digit is not None or self.last_unit is None:
                return False  # 五零, or a 零 before any unit: no numeral of this grammar
            self.zero = True
        elif c in _CN_DIGIT:
            if self.digit is not None:
                return False  # 一一, 十一二: two digits in a row
            self.digit = _CN_DIGIT[c]
        elif c in _CN_SMALL_UNIT:
            return self._small_unit(_CN_SMALL_UNIT[c])
        elif c in _CN_BIG_UNIT:
            return self._big_unit(_CN_BIG_UNIT[c])
        else:
            return False
        return True

    def _small_unit(self, unit: int) -> bool:
        if unit >= self.small:
            return False  # 十一十二, 一百二百
        if self.digit is None:
            # only 十 goes without its digit, and only where one is never written: 十二, 一千零十, 一百十五
            if unit != 10 or not (self.last_unit is None or self.zero or self.last_unit == 100):
                return False
            self.digit = 1
        if self.last_unit == _HUNDRED_MILLION and not self.zero:
            self.open_group = True
        self.section += self.digit * unit
        self.digit, self.small, self.zero, self.last_unit = None, unit, False, unit
        return True

    def _big_unit(self, unit: int) -> bool:
        if self.digit is not None:
            self.section += self.digit
            self.digit = None
        elif self.zero:
            return False  # 一千零万
        if self.section:
            if unit == 10_000 and self.total >= _HUNDRED_MILLION:  # 一亿四千万: 万 scales only its own group
                self.total += self.section * unit
            else:  # 亿 scales everything before it, and so does 万 with no 亿 before (六万万)
                self.total = (self.total + self.section) * unit
        elif self.total and self.last_unit in _CN_BIG_UNIT.values():
            self.total *= unit  # 一万亿, 六万万
        else:
            return False  # 万三, 千万 with nothing before: a word, or 万分之三
        self.section, self.small, self.zero, self.last_unit = 0, 10_000, False, unit
        self.open_group = self.open_group and unit != 10_000
        return True

    def value(self) -> int | None:
        if self.zero and self.digit is None:
            return None  # 一千零
        if self.open_group:
            return None  # 一百亿九十一: below 千万 after 亿 a 零 is written; without one, the numeral is garbled
        if self.digit is not None:
            if self.zero or self.last_unit is None or self.last_unit == 10:
                self.section += self.digit  # 一千零五, 十五
            else:
                self.section += self.digit * self.last_unit // 10  # 三万五, 四千三, 一百二: the next unit down
        return self.total + self.section


_RANGE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def parse_range(token: str) -> tuple[float, float] | None:
    """Two neighbouring digits for an approximate span: ``二三十`` → (20, 30), ``四五千`` → (4000, 5000),
    ``十五六`` → (15, 16), ``一百五六十`` → (150, 160), ``三五百`` → (300, 500); None for anything else
    (``一一``, ``三四五``, and ``十四五``, a five-year plan's name)."""
    token = token.translate(_FORMAL)
    for i in range(len(token) - 1):
        low, high = _RANGE_DIGITS.get(token[i]), _RANGE_DIGITS.get(token[i + 1])
        if low is None or high is None:
            continue
        head, tail = token[:i], token[i + 2 :]
        spoken = high == low + 1 or (low == 3 and high == 5 and tail[:1] in ("百", "千", "万"))  # 三五百
        if not spoken or scale_of(tail) is None or (head == "十" and not tail and high == 5):
            return None  # 十四五 is a plan's name
        first, last = parse_chinese(head + token[i] + tail), parse_chinese(head + token[i + 1] + tail)
        if first is None or last is None or not first < last:
            return None
        return first, last
    return None


def small_number(token: str) -> int | None:
    """A count or an ordinal from 1 to 99 as headings and names write it: ``三`` → 3, ``两`` → 2,
    ``十二`` → 12, ``二十`` → 20, ``一十二`` → 12; None for anything else (``一一``, ``两十``, ``百``, ``七五``)."""
    if len(token) == 1:
        return _SMALL_ALONE.get(token)
    tens, sep, ones = token.partition("十")
    if not sep or len(token) > 3 or (tens and tens not in _SMALL_DIGIT) or (ones and ones not in _SMALL_DIGIT):
        return None
    return (_SMALL_DIGIT[tens] if tens else 1) * 10 + (_SMALL_DIGIT[ones] if ones else 0)


_SMALL_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_ALONE = {**_SMALL_DIGIT, "两": 2, "兩": 2, "十": 10}


def parse_fraction(token: str) -> float | None:
    """``1/4`` → 0.25, ``三分之一`` → 0.333…, ``千分之五`` → 0.005, ``四百三十二分之2345`` → 5.43"""
    m = _CN_FRACTION.fullmatch(token)
    if m:
        den = _CN_UNIT.get(m.group(1)) or _parse_unsigned(m.group(1))  # 千分之五, 万分之三: the unit alone
        num = _parse_unsigned(m.group(2))
    else:
        m = _FRACTION.fullmatch(token)
        if not m:
            return None
        try:
            den, num = parse_arabic(m.group(2)), parse_arabic(m.group(1))
        except ValueError:  # 0/〇: not Arabic on both sides
            return None
    if not den or num is None:
        return None
    return num / den


def parse_number(token: str) -> float | None:
    """Any one numeral: Arabic (full-width, OCR slips), Chinese, Arabic with a multiplier (``10.1万``,
    ``100万三千``), a fraction, 百分之N (→ N) or N%, with its sign (``负1,200,000``, ``-2.3``);
    None if unreadable or ambiguous."""
    if _PLAIN_DECIMAL.fullmatch(token):  # most numbers (2024, 6.5): what the rest would make of them, sooner
        return float(token)
    token = token.strip()
    sign = _SIGN.match(token)
    if sign:
        value = _parse_unsigned(token[sign.end() :])
        return -value if value is not None else None
    return _parse_unsigned(token)


def _parse_unsigned(token: str) -> float | None:
    value = _parse_number(token)
    return value if value is None or math.isfinite(value) else None  # 310 digits are inf to float()


def _parse_number(token: str) -> float | None:
    if not token:
        return None
    if token.startswith("百分之"):
        return parse_number(token[3:])  # 百分之负六十五: the sign may stand inside
    if token.endswith(("%", "％")):
        return parse_number(token[:-1])
    if "分之" in token or "/" in token or "／" in token:
        return parse_fraction(token)
    arabic = _ARABIC_TOKEN.match(token)
    if arabic:
        return _arabic_with_multiplier(token, arabic.end())
    return parse_chinese(token)


def _arabic_with_multiplier(token: str, end: int) -> float | None:
    """``1,200`` → 1200; ``10.1万`` → 101000, ``3.1千万`` → 31000000, ``100万三千`` → 1003000."""
    try:
        number = parse_arabic(token[:end])
    except ValueError:
        return None
    if end == len(token):
        return number
    rest = token[end:]
    units = len(rest) - len(rest.lstrip("十百千万亿"))
    scale, _ = _trailing_scale(rest[:units])
    if not units or scale is None:
        return None
    if units == len(rest):
        return number * scale
    if not number.is_integer():
        return None  # 10.1万零100: a decimal does not take a remainder
    remainder = _parse_cn_integer(rest[units:].translate(_FORMAL), _CN_UNIT[rest[units - 1]])
    if remainder is None or remainder >= scale:
        return None
    return number * scale + remainder
