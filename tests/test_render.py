"""What a person sees at a terminal."""

from __future__ import annotations

import unicodedata

from luoshi.document import Document, Quantity
from luoshi.render import clip, display_width, pad, target_table


def _quantity(kind: str, evidence: str, metric: str, value: float | None, unit: str, comparator: str,
              year: int | None, redacted: bool = False) -> Quantity:
    return Quantity(kind, evidence, metric, value, None, unit, comparator, year, None, redacted, 0, len(evidence))  # type: ignore[arg-type]


def test_target_table_lists_targets_aligned_and_within_the_width() -> None:
    document = Document(source="r.txt", text="…", script="simplified", title="政府工作报告", date="2026-01-27", region="吉林省")
    document.quantities = [
        _quantity("target", "地区生产总值增长5%左右", "地区生产总值增长", 5, "%", "about", 2026),
        _quantity("fact", "完成投资86.5亿元", "完成投资", 86.5, "亿元", "exact", 2025),
        _quantity("target", "新增城镇就业X万人", "城镇新增就业", None, "万人", "exact", 2026, redacted=True),
        _quantity("target", "五年内新增5家上市企业以及一段很长很长的原文证据用来测试截断是否正确工作", "上市企业", 5, "家", "at_least", None),
    ]
    table = target_table(document, width=80)
    lines = table.splitlines()
    assert lines[0].startswith("政府工作报告  (2026-01-27, 吉林省)")
    assert "约5%" in table and "X万人" in table and "≥5家" in table
    assert "完成投资" not in table  # facts are not targets
    widths = {sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in lines[2:7]}
    assert max(widths) <= 80
    assert "3 targets; 1 facts" in table


def test_columns_of_a_terminal() -> None:
    """One measure for every table luoshi prints: a Chinese character takes two columns, a combining mark none."""
    assert display_width("GDP增长8%") == 9 and display_width("（全年）") == 8 and display_width("e\u0301") == 1
    assert clip("地区生产总值增长", 9) == "地区生产…" and display_width(clip("地区生产总值增长", 9)) == 9
    assert clip("地区生产总值增长", 16) == "地区生产总值增长"
    assert pad("目标", 6) == "目标  " and pad("12", 4, right=True) == "  12"
