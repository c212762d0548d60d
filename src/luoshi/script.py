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


def simplified_view(text: str) -> str:
    """The text in simplified characters, one character for one, so offsets into it are offsets into ``text``.

    OpenCC t2s maps characters one to one in practice; should it ever change the length, characters are
    converted one at a time.
    """
    simple = to_simplified(text)
    if len(simple) == len(text):
        return simple
    return "".join(s if len(s := to_simplified(c)) == 1 else c for c in text)


def detect_script(text: str) -> Script:
    """Traditional when converting to simplified changes more characters than the reverse would."""
    chars = _HAN.findall(text, 0, 4000)  # a few thousand characters tell the script
    distinct = "\n".join(dict.fromkeys(chars))
    if not chars or _converter("t2s").convert(distinct) == distinct:
        return "simplified"  # nothing to simplify (most documents): no need to count
    counts = Counter(chars)
    return "traditional" if _changed(counts, "t2s") > _changed(counts, "s2t") else "simplified"


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
