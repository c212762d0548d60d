"""Text files in every encoding Chinese documents come in, and the bytes that are not text."""

from __future__ import annotations

import codecs

import pytest

from luoshi.errors import InputError
from luoshi.ingest import read_bytes
from luoshi.ingest.decode import decode_bytes

SIMPLIFIED = "各位代表：\n现在，我代表海拉尔区人民政府向大会作工作报告。今年全区地区生产总值增长8%左右，新增城镇就业3000人。\n"
TRADITIONAL = "推動黨的二十大精神落地生根\n奮力書寫耒陽經濟社會高質量發展答卷，大力實施“五個耒陽”工程。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
        (SIMPLIFIED.encode("utf-32"), "utf-32"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
        (SIMPLIFIED.replace("%", "％").encode("gb2312"), "gb18030"),
    ],
)
def test_unicode_and_gb_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    text, found, warnings = decode_bytes(data)
    assert found == encoding
    assert text.replace("％", "%") == SIMPLIFIED
    assert warnings == []


def test_utf16_without_bom_is_recognised_and_reported() -> None:
    text, encoding, warnings = decode_bytes(SIMPLIFIED.encode("utf-16-le"))
    assert (text, encoding) == (SIMPLIFIED, "utf-16-le")
    assert "encoding guessed" in warnings[0]


def test_big5_is_detected_and_keeps_its_traditional_script() -> None:
    text, encoding, _ = decode_bytes(TRADITIONAL.encode("big5"))
    assert encoding == "cp950"
    assert text == TRADITIONAL


@pytest.mark.parametrize("sample", ["政府工作报告", "今年要突出抓好十个方面的工作", "坚持依法行政，打造法治政府。"])
def test_short_gbk_that_is_also_valid_big5_is_read_as_gbk(sample: str) -> None:
    data = sample.encode("gbk")
    text, encoding, warnings = decode_bytes(data)
    assert text == sample
    if encoding != "gb18030":  # pragma: no cover - shows the wrong choice in the failure message
        pytest.fail(f"read as {encoding}: {data.decode(encoding)!r}")
    if _valid(data, "cp950"):
        assert "encoding guessed: gb18030" in warnings[0]


@pytest.mark.parametrize("sample", ["政府工作報告", "推動黨的二十大精神落地生根", "堅持依法行政，打造法治政府。"])
def test_short_big5_that_is_also_valid_gb18030_is_read_as_big5(sample: str) -> None:
    text, encoding, _ = decode_bytes(sample.encode("big5"))
    assert (text, encoding) == (sample, "cp950")


def test_a_file_cut_inside_a_character_loses_only_that_character_and_says_so() -> None:
    data = SIMPLIFIED.rstrip("\n").encode("gb18030")[:-1]
    text, encoding, warnings = decode_bytes(data)
    assert encoding == "gb18030"
    assert text == SIMPLIFIED.rstrip("\n")[:-1]
    assert warnings and warnings[0].startswith("text cut")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        (bytes(range(1, 32)) * 40, "binary file"),
        ("政府工作报告".encode("gbk") + b"\x81\x20\xff\xfe\x80" + "各位代表".encode("gbk") * 3, "undecodable bytes at offset"),
    ],
)
def test_bytes_that_are_not_text_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as error:
        read_bytes(data)
    assert reason in error.value.reason


def _valid(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
