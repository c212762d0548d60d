"""The Python API the ledger and the batch jobs call."""

from __future__ import annotations

from pathlib import Path

import luoshi
from luoshi.extract import extract_items


def test_extract_takes_text_or_a_path(tmp_path: Path) -> None:
    text = "政府工作报告\n各位代表：\n今年要新增城镇就业3200人。"
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("gb18030"))
    from_text, from_path, from_name = luoshi.extract(text), luoshi.extract(path), luoshi.extract(str(path))
    assert from_text.text == from_path.text == from_name.text
    assert (from_text.source, from_path.source) == ("-", str(path))
    assert from_text.title == "政府工作报告"


def test_the_stages_stay_importable_beside_the_function() -> None:
    assert callable(luoshi.extract) and callable(extract_items)
    document = luoshi.extract("各位代表：\n全力推进风景区创建国家5A级旅游景区。")
    assert document.grounding_errors() == []
    assert [t.text for t in document.tasks] == ["全力推进风景区创建国家5A级旅游景区。"]


def test_text_with_surrogates_is_read_as_a_decoder_would() -> None:
    # Found by fuzzing: a str can hold surrogates (JSON escapes, surrogateescape), and opencc's UTF-8 encode
    # raised UnicodeEncodeError on them. A pair is its character; a lone one is U+FFFD.
    document = luoshi.document_from_text("各位代表：\n今年要新增就业3200人\ud83d\ude00。\udc80\ud800")
    assert document.text == "各位代表：\n今年要新增就业3200人😀。\ufffd\ufffd"
    assert [q.value for q in document.quantities] == [3200]
    assert document.grounding_errors() == []
