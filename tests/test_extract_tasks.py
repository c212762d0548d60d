"""Tasks: directive sentences, not reports of what was done, each under its heading."""

from __future__ import annotations

from luoshi.document import Heading, Quantity
from luoshi.extract.tasks import extract_tasks

TEXT = (
    "一、2025年工作回顾\n"
    "过去一年，全县新建农村公路120公里，完成了老旧小区改造。\n"
    "二、2026年重点任务\n"
    "一是加快建设现代化产业体系。今年要新增城镇就业3200人。我们坚信，未来可期。\n"
    "全力推进蔡伦故里风景区创建国家5A级旅游景区。\n"
)


def _headings() -> list[Heading]:
    first, second = TEXT.index("一、"), TEXT.index("二、")
    return [Heading(1, "一、", "2025年工作回顾", first, first + 10), Heading(1, "二、", "2026年重点任务", second, second + 10)]


def test_directive_sentences_are_tasks_and_reports_are_not() -> None:
    tasks = extract_tasks(TEXT, _headings(), [])
    assert [t.text for t in tasks] == [
        "一是加快建设现代化产业体系。",
        "今年要新增城镇就业3200人。",
        "全力推进蔡伦故里风景区创建国家5A级旅游景区。",
    ]
    assert all(TEXT[t.start : t.end] == t.text for t in tasks)
    assert {t.outline_index for t in tasks} == {1}


def test_a_task_is_linked_to_the_quantities_inside_it() -> None:
    start = TEXT.index("新增城镇就业3200人")
    quantity = Quantity("target", "新增城镇就业3200人", "城镇新增就业", 3200, None, "人", "exact", 2026, "今年", False,
                        start, start + len("新增城镇就业3200人"))
    tasks = extract_tasks(TEXT, _headings(), [quantity])
    assert [t.quantities for t in tasks if "3200" in t.text] == [[0]]


def test_traditional_text_gives_the_same_tasks_in_its_own_script() -> None:
    text = "今年要新增城鎮就業3200人。全力推進風景區創建國家5A級旅遊景區。過去一年完成了改造。"
    assert [t.text for t in extract_tasks(text, [], [])] == ["今年要新增城鎮就業3200人。", "全力推進風景區創建國家5A級旅遊景區。"]
