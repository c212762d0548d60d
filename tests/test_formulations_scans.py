"""The fast scans of the formulation stage find exactly what the plain scans they replace find."""

from __future__ import annotations

import re

import pytest

from luoshi.extract import formulations as f

TEXTS = [
    "实施三大工程四大行动，编制第十三个五年规划，落实二三四五个要求，建设十二项民生工程。",
    "“三个中心”与“四个中心”并举，三个中心三个中心，两个维护，“两个维护”。",
    "打造“美丽「乡村」家园”，建设「绿色田园」和“幸福乐园”，完善“四大功能”。",
    "三个\n四大\n五项",
    "",
]


def find_all(text: str, name: str, limit: int = 40) -> list[tuple[int, int]]:
    """The plain scan _occurrences stands for: str.find from the end of the last span, widened to quotes."""
    out, i = [], text.find(name)
    while i >= 0 and len(out) < limit:
        s, e = i, i + len(name)
        if s > 0 and text[s - 1] in "“「『" and e < len(text) and text[e] in "”」』":
            s, e = s - 1, e + 1
        out.append((s, e))
        i = text.find(name, e)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_classified_matches_are_those_of_a_scan_of_the_whole_text(text):
    assert [m.span() for m in f._classified_matches(text)] == [m.span() for m in f._CLASSIFIED.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_occurrences_are_those_of_a_plain_find(text):
    for name in ("三个中心", "四大", "三个", "两个维护", "十二项民生工程", "二三", "中心"):
        assert list(f._occurrences(text, name)) == find_all(text, name)


@pytest.mark.parametrize("text", TEXTS)
def test_quoted_terms_in_a_window_are_those_of_a_scan_of_the_window(text):
    plain = re.compile(r"“([^“”\n]{2,12})”|「([^「」\n]{2,12})」")
    for e in range(len(text) + 1):
        for end in (e, e + 7, len(text)):
            want = [(q.start(), q.group(1) or q.group(2)) for q in plain.finditer(text, e, end)]
            assert f._terms_in(text, e, end) == want


@pytest.mark.parametrize("text", [t for t in TEXTS if "「" not in t])
def test_terms_ending_with_a_stem_are_those_a_scan_finds(text):
    for stem in ("中心", "园", "功能", "家园"):
        for e in range(len(text) + 1):
            want = [(at, t) for at, t in f._terms_in(text, e, len(text)) if t.endswith(stem)]
            assert list(f._terms_ending(text, e, len(text), stem)) == want
