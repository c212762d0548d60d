"""Numerals as Chinese official documents write them: Arabic, full-width and Chinese.

Parsing only: which numbers are quantities is decided in :mod:`luoshi.extract.quantities`, which compiles
the patterns below (strings) into its candidate regexes.
"""

from __future__ import annotations

import math
import re

# Arabic digits, half- or full-width. An OCR slip turns a 0 into the letter O (100O亿元), only ever after
# a real digit, so a letter O counts as a zero inside a digit run.
# Some scraped reports space their digits (1 9 9 7 年, 8 ．8 ％): a single space inside a number is kept.
ARABIC_REST = (  # after the first digit
    r"(?:[0-9０-９]| (?=[0-9])|[Oo](?![A-Za-z])|,(?=[0-9]{3}(?![0-9])))*"
    r"(?: ?[.．·] ?[0-9０-９]+(?: (?=[0-9])|[0-9])*)?"
)
ARABIC = r"[0-9０-９]" + ARABIC_REST
# Chinese numerals need a digit character (checked with CHINESE_HAS_DIGIT): 万元 or 千万 alone are words.
# Patterns start with a character class so that the regex engine can skip to candidates at C speed.
CHINESE = r"[零〇一二两三四五六七八九十百千万亿][零〇一二两三四五六七八九十百千万亿]*(?:点[零〇一二三四五六七八九]+)?"
CHINESE_HAS_DIGIT = re.compile("[一二两三四五六七八九十]")
CHINESE_FRACTION = r"[一二三四五六七八九十百][一二三四五六七八九十百]*分之[一二三四五六七八九十]+"
# 百分之六十, 百分之6.5: a percentage written out.
PERCENT_WORDS = r"百分之(?:" + ARABIC + r"|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"

_FULL = str.maketrans("０１２３４５６７８９．／Oo·", "0123456789./00.")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
_FRACTION = re.compile(r"(.+?)[/／](.+)")
_CN_FRACTION = re.compile(r"(.+?)分之(.+)")
_FLOAT_MAX = 10**308


def parse_arabic(token: str) -> float:
    """``"1,200"`` → 1200, ``"２.５"`` → 2.5, ``"100O"`` → 1000 (OCR slip), ``"7 4 7 7 2"`` → 74772."""
    try:
        return float(token)  # the common case, plain ASCII
    except ValueError:
        return float(token.translate(_FULL).replace(",", "").replace(" ", ""))


def parse_chinese(token: str) -> float | None:
    """``两万三千`` → 23000, ``一百零五`` → 105, ``十二`` → 12, ``三点五`` → 3.5, ``二〇二五`` → 2025.

    A run of bare digits without a zero (``一一``, ``两三``) is not a number.
    """
    if not token or (not CHINESE_HAS_DIGIT.search(token) and "〇" not in token and "零" not in token):
        return None  # 万 or 千万 alone is a word (万众, 千万不能)
    whole, _, decimals = token.partition("点")
    if decimals:
        if any(c not in _CN_DIGIT for c in decimals):
            return None
        value = _parse_cn_integer(whole) if whole else 0
        if value is None:
            return None
        return value + float("0." + "".join(str(_CN_DIGIT[c]) for c in decimals))
    value = _parse_cn_integer(whole)
    if value is None or value > _FLOAT_MAX:  # 一亿亿亿…: an int past what a float holds is no amount
        return None
    return float(value)


def parse_chinese_year(token: str) -> int | None:
    """A year written digit by digit: ``二〇二五`` → 2025, ``一九九五`` → 1995."""
    if len(token) != 4 or any(c not in _CN_DIGIT for c in token):
        return None
    return int("".join(str(_CN_DIGIT[c]) for c in token))


def _parse_cn_integer(token: str) -> int | None:
    if all(c in _CN_DIGIT for c in token):
        if len(token) == 1:
            return _CN_DIGIT[token]
        # 二〇二五 is digit by digit; 一一 (一一列举) or 三四 (三四轮车) is no number
        return int("".join(str(_CN_DIGIT[c]) for c in token)) if any(c in "〇零" for c in token) else None
    total = section = 0
    digit: int | None = None
    for c in token:
        if c in _CN_DIGIT:
            digit = _CN_DIGIT[c]
        elif c in _CN_SMALL_UNIT:
            section += (1 if digit is None else digit) * _CN_SMALL_UNIT[c]
            digit = None
        elif c in _CN_BIG_UNIT:
            big = _CN_BIG_UNIT[c]
            section += digit or 0
            digit = None
            if big == 10_000 and total >= 100_000_000:  # 一亿四千万: 万 scales only its own section
                total += (section or 1) * big
            else:  # 亿 scales everything before it, and so does 万 with no 亿 before (六万万)
                total = ((total + section) or 1) * big
            section = 0
        else:
            return None
    return total + section + (digit or 0)


_SMALL_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_ALONE = {**_SMALL_DIGIT, "两": 2, "兩": 2, "十": 10}


def small_number(token: str) -> int | None:
    """A count or an ordinal from 1 to 99 as headings and names write it: ``三`` → 3, ``两`` → 2,
    ``十二`` → 12, ``二十`` → 20, ``一十二`` → 12; None for anything else (``一一``, ``两十``, ``百``, ``七五``)."""
    if len(token) == 1:
        return _SMALL_ALONE.get(token)
    tens, sep, ones = token.partition("十")
    if not sep or len(token) > 3 or (tens and tens not in _SMALL_DIGIT) or (ones and ones not in _SMALL_DIGIT):
        return None
    return (_SMALL_DIGIT[tens] if tens else 1) * 10 + (_SMALL_DIGIT[ones] if ones else 0)


def parse_fraction(token: str) -> float | None:
    """``1/4`` → 0.25, ``三分之一`` → 0.333…"""
    m = _CN_FRACTION.fullmatch(token)
    if m:
        den, num = parse_chinese(m.group(1)), parse_chinese(m.group(2))
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
    """Any one numeral: Arabic (full-width, OCR slips), Chinese, a fraction or 百分之N (→ N); None if unreadable."""
    value = _parse_number(token)
    return value if value is None or math.isfinite(value) else None  # 310 digits are inf to float()


def _parse_number(token: str) -> float | None:
    token = token.strip()
    if not token:
        return None
    if token.startswith("百分之"):
        return parse_number(token[3:])
    if "分之" in token or "/" in token or "／" in token:
        return parse_fraction(token)
    if token[0] in "0123456789０１２３４５６７８９":
        try:
            return parse_arabic(token)
        except ValueError:
            return None
    return parse_chinese(token)
