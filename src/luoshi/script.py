"""Chinese script: traditional or simplified, conversion for matching, and how common a character is.

The document's text always stays in its own script; these conversions are for matching only.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from luoshi.document import Script

_HAN = re.compile("[\u4e00-\u9fff]")


@lru_cache(maxsize=32)  # the extraction stages each match on the simplified form of the same text
def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def to_simplified_each(texts: list[str]) -> list[str]:
    """:func:`to_simplified` of each text, in one conversion (texts without line breaks; a line break
    separates what the conversion reads as phrases)."""
    converted = to_simplified("\n".join(texts)).split("\n") if texts else []
    return converted if len(converted) == len(texts) else [to_simplified(text) for text in texts]


def simplified_view(text: str) -> str:
    """The text in simplified characters, one character for one, so offsets into it are offsets into ``text``.

    OpenCC t2s maps characters one to one in practice; should it ever change the length, characters are
    converted one at a time.
    """
    simple = to_simplified(text)
    if len(simple) != len(text):
        simple = "".join(s if len(s := to_simplified(c)) == 1 else c for c in text)
    return with_zeros(simple)


def with_zeros(text: str) -> str:
    """``text`` with a circle typed for a zero among Chinese digits made the zero (一九八○年 → 一九八〇年), for
    matching; one character for one."""
    return _ZERO_CIRCLE.sub("〇", text) if "○" in text else text


_ZERO_CIRCLE = re.compile("(?<=[一二三四五六七八九〇零○])○|○(?=[一二三四五六七八九〇零])")


def detect_script(text: str) -> Script:
    """Traditional when converting to simplified changes more characters than the reverse would."""
    if not _simplifiable().search(text, 0, 4000):  # a few thousand characters tell the script
        return "simplified"  # nothing to simplify (most documents): no need to count
    counts = Counter(_HAN.findall(text, 0, 4000))
    return "traditional" if _changed(counts, "t2s") > _changed(counts, "s2t") else "simplified"


@lru_cache(maxsize=1)
def _simplifiable() -> re.Pattern[str]:
    """A class of the Han characters that t2s changes, each converted on its own as :func:`_changed` converts
    them: one search of a text's start tells whether it has any, instead of converting its characters."""
    changed = []
    for block in range(0x4E00, 0xA000, 1024):  # a block at a time: the whole range at once costs 3 MB of peak memory
        chars = [chr(code) for code in range(block, min(block + 1024, 0xA000))]
        converted = _converter("t2s").convert("\n".join(chars)).split("\n")
        changed += [a for a, b in zip(chars, converted, strict=True) if a != b]
    return re.compile(f"[{''.join(changed)}]")


def _changed(counts: Counter[str], config: str) -> int:
    """How many of the counted characters the conversion changes (each distinct character converted once)."""
    distinct = "\n".join(counts)
    converted = _converter(config).convert(distinct).split("\n")
    return sum(counts[a] for a, b in zip(counts, converted, strict=False) if a != b)


@lru_cache(maxsize=8192)
def is_common(char: str) -> bool:
    """A Han character among the 3,755 commonest (GB2312 level 1), in its simplified form."""
    if not "\u4e00" <= char <= "\u9fff":
        return False
    try:
        return to_simplified(char).encode("gb2312")[0] < 0xD8
    except UnicodeEncodeError:
        return False


def common_share(text: str) -> float:
    """Share of the non-ASCII letters of ``text`` that are common Chinese characters, in either script.

    Text decoded with the wrong one of GB18030 and Big5 turns into rare characters, private-use
    code points and stray kana; punctuation is left out of the count.
    """
    letters = [c for c in text[:20000] if c > "\x7f" and not _is_punctuation(c)]
    if not letters:
        return 0.0
    return sum(map(is_common, letters)) / len(letters)


def _is_punctuation(c: str) -> bool:
    return "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uff65" or "\u2000" <= c <= "\u206f" or c == "\u00b7"


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)
