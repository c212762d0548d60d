"""The short cuts that keep cleaning and structure fast decide as the full patterns would."""

from __future__ import annotations

import random

import pytest

from luoshi.clean.furniture import is_furniture, squeeze
from luoshi.clean.lines import split_lines
from luoshi.extract import outline
from luoshi.script import detect_script
from luoshi.structure import metadata


def test_every_heading_marker_opens_with_a_character_of_marker_first() -> None:
    """Sentences opening with another character are not tried against the patterns (outline.MARKER_FIRST)."""
    patterns = [p for _, p in outline._BLOCK_PATTERNS + outline._RUNIN_PATTERNS] + [outline._DASH]
    tail = "一、（1）①——二是第一，"
    for code in range(0x10000):
        char = chr(code)
        if char in outline.MARKER_FIRST or 0xD800 <= code <= 0xDFFF:
            continue
        assert not any(p.match(char + tail) for p in patterns), char


def test_region_patterns_tried_only_before_their_ending_words_find_what_a_full_search_finds() -> None:
    letters = "某市县区州盟旗省自治特别行政人民政府长主席书记委中心组理论学习大会我代表，。"
    generator = random.Random(20260204)
    for _ in range(3000):
        text = "".join(generator.choice(letters) for _ in range(generator.randint(0, 90)))
        for pattern, ending in metadata._ENDING_WORDS.items():
            expected = [m.span(1) for m in pattern.finditer(text)]
            assert [m.span(1) for m in metadata._before_endings(pattern, ending, text)] == expected, text


def test_region_named_far_into_the_head() -> None:
    text = "某某" * 600 + "。会议由中共某某县委书记主持。" + "讲话全文如下。" * 50 + "\n中共长乐县委理论学习中心组"
    assert metadata.detect_region(text) == "长乐县"


@pytest.mark.parametrize("line", ["COPYRIGHT 2026 某某网", "copyright © 某某", "icp备12345678号", "All rights reserved"])
def test_latin_furniture_in_any_case(line: str) -> None:
    assert is_furniture(line)


def test_a_traditional_character_past_the_first_4000_does_not_make_a_text_traditional() -> None:
    assert detect_script("经济发展" * 1000 + "經濟發展" * 1000) == "simplified"
    assert detect_script("经济发展" * 10 + "經濟發展" * 1000) == "traditional"


def test_squeeze_drops_every_white_space() -> None:
    assert squeeze(" 政府\u3000工作\t报告\u00a0 \n") == "政府工作报告"


def test_line_breaks_invisible_and_control_characters_in_one_pass() -> None:
    text = "一\r\n二\r\r\n三\u2028四\u200b五\x01六\x0c七\x85八\u00ad九  \t十"
    assert split_lines(text) == ["一", "二", "三", "四五六", "七", "八九\t十"]
