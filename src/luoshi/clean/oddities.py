"""Oddities of a clean text worth a warning: signs of mojibake, and redacted numbers."""

from __future__ import annotations

import re

from luoshi.script import is_common

# A number followed by a rare character where a unit or % belongs: 25.5虬 was 25.5％ in another encoding.
_AFTER_NUMBER = re.compile(r"\d(?:\.\d+)?([\u4e00-\u9fff])")
_UNIT_LIKE = frozenset("万亿千百十个家户人名元亩项条座所件次年月日天岁号届期批只台辆吨米里斤头位瓩")
# X, XX or XXX before a unit, not inside a word (the look-behind sits after the first X, so the pattern opens
# with a literal the engine can jump to).
_REDACTED = re.compile(r"X(?<![A-Za-z]X)X{0,2}(?:\.X+)?(?=[万亿千百十个家户人名元亩项条座所件%％倍余多])")


def find_oddities(text: str) -> list[str]:
    warnings = []
    suspicious = []
    for found in _AFTER_NUMBER.finditer(text):
        char = found.group(1)
        if char not in _UNIT_LIKE and not is_common(char):
            start = max(0, found.start() - 4)
            suspicious.append(text[start : found.end()])
    if suspicious:
        shown = "、".join(suspicious[:3])
        warnings.append(f"possible mojibake: a rare character after a number ({shown}), left as is")
    redacted = _REDACTED.findall(text)
    if redacted:
        warnings.append(f"redacted numbers: {len(redacted)} placeholder(s) such as X or XX")
    return warnings
