"""The last mark before a place: the same answer as reading the whole text back, from a short window."""

from __future__ import annotations

import random

from luoshi.extract.marks import last_mark


def _read_back(text: str, marks: str, pos: int) -> int:
    return max(text.rfind(mark, 0, pos) for mark in marks)


def test_the_nearest_mark_before_the_place() -> None:
    text = "一、总体要求。坚持稳中求进，推动高质量发展；全年增长5%"
    assert last_mark(text, "，。；", len(text)) == text.index("；")
    assert last_mark(text, "，。；", text.index("推")) == text.index("，")
    assert last_mark(text, "；;", text.index("推")) == -1  # none before it
    assert last_mark(text, "：", len(text)) == -1  # none in the text


def test_a_mark_far_back_is_found_past_the_first_window() -> None:
    text = "。" + "发" * 5000 + "展"
    assert last_mark(text, "，。", len(text)) == 0
    assert last_mark(text, "，。", 0) == -1


def test_it_agrees_with_reading_the_whole_text_back() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        size = rng.randint(0, 1500)
        share = rng.choice([0.3, 0.002])  # marks every few characters, or hardly any
        text = "".join(rng.choice("，。;" if rng.random() < share else "发展经济") for _ in range(size))
        pos = rng.randint(-size - 3, size + 3)  # a negative end counts from the text's end, as in str.rfind
        marks = rng.choice(["，。", ";", "，;。", "：", "\n"])
        assert last_mark(text, marks, pos) == _read_back(text, marks, pos), (text, marks, pos)
