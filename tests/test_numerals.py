"""The numeral grammar, checked against the figures of other readers' test suites (cn2an, JioNLP,
Duckling, chinese2digits) and against what a numeral read wrong would cost: a malformed or ambiguous
numeral is None, never a number.

The figures are theirs (one thousand one hundred and eleven is 1111 for everyone); where luoshi reads a
numeral differently on purpose, the test says why.
"""

from __future__ import annotations

import pytest

from luoshi.numerals import parse_chinese, parse_number, parse_range, scale_of


@pytest.mark.parametrize(
    ("token", "value"),
    [
        # units in every position, and 零 for the gaps between them
        ("十一", 11), ("一十一", 11), ("二十一", 21), ("一百一十", 110), ("一千零一十", 1010), ("一千零十", 1010),
        ("一千一百零一", 1101), ("一万零一百一十一", 10111), ("十万零一", 100001), ("一千万零一", 10000001),
        ("一千零一万零一", 10010001), ("一亿零一", 100000001), ("十亿零一万零一", 1000010001),
        ("一千零一亿一千零一万一千零一", 100110011001), ("一千亿一千万一千零一", 100010001001),
        ("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", 1111111111111111),
        ("一万零四十", 10040), ("三万四千五百零七", 34507), ("一百零四万", 1040000), ("二百零三", 203),
        ("一百十五", 115),
        # spoken: a digit after a unit is the next unit down
        ("三万五", 35000), ("四千三", 4300), ("两千六", 2600), ("一百二", 120), ("一亿五", 150_000_000),
        ("三万二", 32000), ("二十万五", 205000),
        # decimals, and a multiplier after them
        ("零点一", 0.1), ("零点零零一", 0.001), ("零点一零五", 0.105), ("三百四十点零零三四", 340.0034),
        ("一百点123", 100.123), ("三点五万", 35000), ("零点零零三四二万", 34.2),
        # digit by digit, with a zero: years and codes
        ("一七二零", 1720), ("一七二零点一", 1720.1),
        # formal numerals of amounts and cheques, traditional 萬, and 廿
        ("壹仟壹佰壹拾壹", 1111), ("拾万零壹", 100001), ("肆佰叁拾萬", 4_300_000), ("贰拾", 20), ("廿二", 22),
    ],
)
def test_chinese_numerals(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("100万", 1_000_000), ("10.1万", 101_000), ("35.1亿", 3_510_000_000), ("3.1千万", 31_000_000),
        ("300十万", 30_000_000), ("12.550万", 125_500), ("0.03万", 300), ("100万三千", 1_003_000),
        ("34,567", 34567), ("33，212", 33212), (".77", 0.77), ("01.10", 1.1),
    ],
)
def test_arabic_numerals_with_a_multiplier_or_thousands(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("负一", -1), ("负一十一", -11), ("负零点一零", -0.1), ("负一七二零点一", -1720.1), ("-10.1万", -101_000),
        ("-1200000", -1_200_000), ("- 1,200,000", -1_200_000), ("负1,200,000", -1_200_000),
        ("負 1,200,000", -1_200_000), ("负一百二十万", -1_200_000), ("-2.3%", -2.3), ("负千分之15", -0.015),
        ("负五分之6", -1.2), ("百分之负六十五点二八", -65.28),
    ],
)
def test_negative_numbers_keep_their_sign(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("千分之五", 0.005), ("十分之一", 0.1), ("五百分之二", 0.004), ("4分之3", 0.75),
        ("四百三十二分之2345", 2345 / 432), ("百分之四百三十二", 432), ("百分之5", 5),
        # chinese2digits reads 四 + 百分之16 (4.16); four hundredths is 四百分之一, so this is 16/400
        ("四百分之16", 0.04),
    ],
)
def test_fractions_and_shares(token: str, value: float) -> None:
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize(
    "token",
    [
        # units out of order or repeated: no numeral (cn2an refuses these too)
        "十一十二", "负十一十二", "十七十八", "一百二百", "一千零",
        # a unit with no digit before it: 百十一; 万三 and 千一 are 一万三 or 万分之三 (chinese2digits reads the
        # latter, a speaker the former): ambiguous, so none
        "百十一", "百四", "万三", "千一", "萬九", "千四五",
        # a point without digits on both sides
        "零点", "点零", "点一", "零点点", "零点零大", "点五零",
        # adjacent digits without a zero are a span or a word (两三个, 一一列举), not one number
        "一一", "一二三", "百分之三五", "万分之四三", "三零万二零千",
        # a decimal multiplied and then continued, and other debris
        "10.1万零100", "10..1万", "200亿零四千230", "100K", "一个", "--5", "负",
    ],
)
def test_malformed_or_ambiguous_numerals_are_none(token: str) -> None:
    assert parse_number(token) is None


def test_a_tenths_unit_without_its_zero_is_refused_after_a_larger_unit() -> None:
    # 五亿七千万十七 leaves out the 零 before 十七: read as written it could be 五亿七千万零十七 or a slip
    assert parse_chinese("五亿七千万十七") is None
    assert parse_chinese("五亿七千万零一十七") == 570_000_017


def test_a_group_after_yi_without_its_zero_needs_its_wan() -> None:
    # 一百亿九十一 (a number cut by a line break: 一百 / 亿九十一 / 元) leaves out the 零 a group below 千万 needs
    assert parse_chinese("一百亿九十一") is None
    assert parse_chinese("三亿二千") is None  # 三亿二千万 cut short, or 三亿零二千: ambiguous
    assert parse_chinese("一百亿零九十一") == 10_000_000_091
    assert parse_chinese("六亿三千万") == 630_000_000 and parse_chinese("一亿三百万") == 103_000_000


@pytest.mark.parametrize(
    ("token", "span"),
    [
        ("二三十", (20, 30)), ("四五千", (4000, 5000)), ("八九", (8, 9)), ("三五百", (300, 500)),
        ("十五六", (15, 16)), ("一百五六十", (150, 160)), ("两三", (2, 3)),
        ("十四五", None),  # a five-year plan, not 14 or 15
        ("三五", None), ("一一", None), ("三四五", None), ("二三十一", None), ("三十", None),
    ],
)
def test_neighbouring_digits_are_a_span(token: str, span: tuple[float, float] | None) -> None:
    assert parse_range(token) == span


@pytest.mark.parametrize(
    ("units", "scale"),
    [("", 1), ("万", 10_000), ("千万", 10**7), ("万亿", 10**12), ("十万", 10**5), ("万千", None), ("亿万", None),
     ("万万", None), ("元", None)],
)
def test_scale_of_a_run_of_multipliers(units: str, scale: int | None) -> None:
    assert scale_of(units) == scale
