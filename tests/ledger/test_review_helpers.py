"""The review page's pure helpers: highlighting, grounding a selection, splitting and merging spans."""

from __future__ import annotations

import random

import pytest

from luoshi.ledger import review
from luoshi.ledger.review import Span


def render(segments: list[review.Segment]) -> str:
    """A bracket notation of the events: [ref ... ] for each mark."""
    out = []
    for s in segments:
        out.append(f"[{s.ref}{'*' if s.first else ''} " if s.open else "]" if s.close else s.text)
    return "".join(out)


def plain(segments: list[review.Segment]) -> str:
    return "".join(s.text for s in segments if not (s.open or s.close))


def test_nested_spans_stay_nested_with_the_outer_one_opened_first():
    text = "坚持项目为王，力争新签约项目50个以上。"
    quantity, task = (text.index("力争"), text.index("。")), (0, len(text))
    segments = review.segments(text, [Span("quantity", *quantity, "q0"), Span("task", *task, "p1")])
    assert render(segments) == "[p1* 坚持项目为王，[q0* 力争新签约项目50个以上]。]"


def test_crossing_spans_are_cut_and_the_continuation_has_no_id():
    segments = review.segments("abcdefghij", [Span("task", 0, 5, "p1"), Span("formulation", 3, 8, "f1")])
    assert render(segments) == "[p1* abc[f1* de]][f1 fgh]ij"
    assert [s.first for s in segments if s.open] == [True, True, False]


def test_same_span_orders_by_layer_and_classes_join():
    segments = review.segments("abc", [Span("target", 0, 3, "q0", "quantity", layer=3),
                                       Span("task", 0, 3, "p1", "accepted")])
    opens = [s for s in segments if s.open]
    assert [(s.ref, s.classes) for s in opens] == [("p1", "task accepted"), ("q0", "target quantity")]


def test_empty_and_out_of_range_spans_are_ignored_or_clamped():
    segments = review.segments("abc", [Span("task", 2, 2, "p1"), Span("task", -5, 1, "p2"), Span("x", 2, 99, "p3")])
    assert render(segments) == "[p2* a]b[p3* c]"


def test_random_spans_always_give_balanced_marks_over_the_exact_text():
    rng = random.Random(7)
    text = "".join(rng.choice("甲乙丙丁，。\n ") for _ in range(60))
    for _ in range(300):
        spans = []
        for n in range(rng.randint(0, 8)):
            a, b = sorted(rng.sample(range(len(text) + 1), 2))
            spans.append(Span(rng.choice(["task", "target", "formulation"]), a, b, f"s{n}", layer=rng.randint(0, 3)))
        segments = review.segments(text, spans)
        assert plain(segments) == text
        depth, seen_first = 0, set()
        covered: dict[str, list[int]] = {}
        position, stack = 0, []
        for s in segments:
            if s.open:
                depth += 1
                stack.append(s.ref)
                if s.first:
                    assert s.ref not in seen_first
                    seen_first.add(s.ref)
            elif s.close:
                depth -= 1
                stack.pop()
                assert depth >= 0
            else:
                for ref in stack:
                    covered.setdefault(ref, []).extend(range(position, position + len(s.text)))
                position += len(s.text)
        assert depth == 0
        for span in spans:
            # Every span's characters are marked with its ref, and only those.
            assert covered.get(span.ref, []) == list(range(span.start, span.end))


def test_utf16_offsets_become_code_point_indexes():
    text = "𠀀𠀁推进项目"  # two characters outside the BMP: two UTF-16 units each
    assert review.utf16_to_index(text, 0) == 0
    assert review.utf16_to_index(text, 4) == 2
    assert review.utf16_to_index(text, 5) == 3
    assert review.utf16_to_index(text, 99) == len(text)
    assert review.utf16_to_index("abc", -3) == 0


def test_find_occurrence_picks_the_one_nearest_the_hint():
    text = "推进项目建设。……推进项目建设。……推进项目建设。"
    starts = [i for i in range(len(text)) if text.startswith("推进项目建设", i)]
    assert review.find_occurrence(text, "推进项目建设", 0) == (starts[0], starts[0] + 6)
    assert review.find_occurrence(text, "推进项目建设", starts[1] + 2) == (starts[1], starts[1] + 6)
    assert review.find_occurrence(text, "推进项目建设", 10_000) == (starts[2], starts[2] + 6)
    assert review.find_occurrence(text, "推进项目建设") == (starts[0], starts[0] + 6)


def test_find_occurrence_trims_and_tolerates_whitespace_differences():
    text = "一、加强领导\n要坚持不动摇。"
    assert review.find_occurrence(text, "  要坚持不动摇  ", 3) == (7, 13)
    start, end = review.find_occurrence(text, "加强领导 要坚持", 0)
    assert text[start:end] == "加强领导\n要坚持"
    start, end = review.find_occurrence(text, "加强领导\r\n要坚持", 0)
    assert text[start:end] == "加强领导\n要坚持"


@pytest.mark.parametrize("needle", ["", "   ", "\n", "不存在的话", "要坚持动摇"])
def test_find_occurrence_returns_none_when_absent(needle):
    assert review.find_occurrence("一、加强领导\n要坚持不动摇。", needle, 0) is None


def test_split_points_are_clause_ends_inside_the_span():
    text = "前文。坚持项目为王，在扩大投资上用力；确保增长10%。后文"
    start, end = 3, text.index("后文")
    points = review.split_points(text, start, end)
    assert [text[p - 1] for p in points] == ["，", "；"]
    assert all(start < p < end for p in points)
    middle = (start + end) / 2
    assert review.default_split(text, start, end) == min(points, key=lambda p: abs(p - middle))


def test_list_commas_and_a_trailing_mark_are_not_split_points():
    text = "看得见、摸得着、得实惠。"
    assert review.split_points(text, 0, len(text)) == []
    assert review.default_split(text, 0, len(text)) is None


def test_split_span_trims_both_halves():
    text = "甲乙， 丙丁"
    assert review.split_span(text, 0, len(text), 3) == ((0, 3), (4, 6))
    with pytest.raises(ValueError):
        review.split_span(text, 0, len(text), 0)
    with pytest.raises(ValueError):
        review.split_span(text, 0, len(text), len(text))
    assert review.split_span("甲 　乙", 0, 4, 2) == ((0, 1), (3, 4))
    with pytest.raises(ValueError):
        review.split_span("　　甲乙", 0, 4, 1)


def test_split_preview_stays_inside_the_span():
    text = "外面的字。里面的字，另一半。外面"
    assert review.split_preview(text, 5, 14, 10, width=8) == ("里面的字，", "另一半。")


def test_merge_of_unedited_parts_is_the_whole_source_span():
    text = "一、甲项工作。中间的话。二、乙项工作。"
    parts = [(12, 19, "二、乙项工作。"), (0, 7, "一、甲项工作。")]
    start, end, content = review.merge_content(text, parts)
    assert (start, end) == (0, 19) and content == text[0:19]


def test_merge_keeps_edited_wording_in_text_order():
    text = "一、甲项工作。二、乙项工作。"
    start, end, content = review.merge_content(text, [(7, 14, "二、乙项工作。"), (0, 7, "完成甲项")])
    assert (start, end) == (0, 14)
    assert content == "完成甲项；二、乙项工作。"
    with pytest.raises(ValueError):
        review.merge_content(text, [])


def test_heading_at_and_target_within():
    outline = [{"title": "一、回顾", "start": 0}, {"title": "二、目标", "start": 50}]
    assert review.heading_at(outline, 10) == "一、回顾"
    assert review.heading_at(outline, 50) == "二、目标"
    assert review.heading_at([], 10) == ""
    quantities = [{"kind": "fact", "start": 5, "end": 9}, {"kind": "target", "start": 12, "end": 20, "value": 5}]
    assert review.target_within(quantities, 0, 30)["value"] == 5
    assert review.target_within(quantities, 0, 15) is None
