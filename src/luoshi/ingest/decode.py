"""Bytes of a text file to str: BOMs, UTF-16 without BOM, UTF-8, and the Chinese legacy encodings.

Chinese documents come in UTF-8, GB18030 (and its subsets GBK/GB2312) or Big5. Strict decoding
decides most files at once; when both GB18030 and Big5 decode the bytes (they share a byte range,
so short or Big5 files often do), the decoding whose characters are the commoner Chinese wins.
charset-normalizer is the last resort for files in none of these, and its verdict is reported.
"""

from __future__ import annotations

import codecs
import re

from luoshi.errors import ErrorCode, InputError
from luoshi.script import common_share

# Checked in this order: UTF-32 before UTF-16, whose little-endian BOM is a prefix of UTF-32's.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# cp950 is Microsoft's Big5, a superset of the strict table that most Taiwanese files use.
_CHINESE = ("gb18030", "cp950")
_UNREADABLE = re.compile("[^\t\n\r -~\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027]")
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Return ``(text, encoding, warnings)``; raise :class:`InputError` for binary or undecodable bytes."""
    if not data.strip():
        raise InputError("empty file", code=ErrorCode.EMPTY)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, encoding), encoding, []
    # UTF-16 has NUL bytes, unless it is all CJK; valid UTF-8 never is UTF-16 as well.
    decoded = None if b"\x00" in data[:8192] else _try(data, "utf-8")
    utf16 = None if decoded is not None else _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, utf16), utf16, [f"encoding guessed: {utf16} without a byte-order mark"]
    if _looks_binary(data):
        raise InputError("binary file, not a text document", code=ErrorCode.BINARY)
    if decoded is not None:
        return decoded, "utf-8", []
    found = _chinese(data) or _cut_short(data) or _charset_normalizer_guess(data)
    if found is not None:
        return found
    offset, bad = _first_error(data)
    reason = f"undecodable bytes at offset {offset} ({bad!r}): not UTF-8, GB18030 or Big5 text"
    raise InputError(reason, code=ErrorCode.UNDECODABLE)


def _chinese(data: bytes) -> tuple[str, str, list[str]] | None:
    """GB18030 or Big5; when the bytes are both, the decoding whose characters are the commoner Chinese."""
    candidates = {enc: text for enc in _CHINESE if (text := _try(data, enc)) is not None}
    if len(candidates) == 1:
        (encoding, text), = candidates.items()
        return text, encoding, []
    if candidates:
        encoding = max(candidates, key=lambda enc: common_share(candidates[enc]))
        warning = f"encoding guessed: {encoding} (the bytes are also valid {_other(encoding)})"
        return candidates[encoding], encoding, [warning]
    return None


def _cut_short(data: bytes) -> tuple[str, str, list[str]] | None:
    """A file cut in the middle of a multi-byte character decodes once the last bytes are dropped."""
    for encoding in ("utf-8", *_CHINESE):
        for cut in (1, 2, 3):
            text = _try(data[:-cut], encoding)
            if text is not None:
                return text, encoding, [f"text cut: the last {cut} byte(s) are an incomplete {encoding} character"]
    return None


def _strict(data: bytes, encoding: str, label: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(f"undecodable bytes at offset {e.start} for {label}", code=ErrorCode.UNDECODABLE) from None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _other(encoding: str) -> str:
    return "Big5" if encoding == "gb18030" else "GB18030"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: the half that decodes to Chinese text, ASCII and punctuation."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _try(data[:8192], encoding)
        if text and _readable_share(text) >= 0.95 and _try(data, encoding) is not None:
            return encoding
    return None


def _readable_share(text: str) -> float:
    return 1 - len(_UNREADABLE.findall(text)) / len(text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls > len(sample) * 0.01


def _charset_normalizer_guess(data: bytes) -> tuple[str, str, list[str]] | None:
    """charset-normalizer's verdict, for a Chinese text in an encoding other than the usual ones."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.2:
        return None
    encoding = best.encoding
    text = _try(data, encoding)
    # Only a Chinese text in a rarer encoding (HZ, ISO-2022-CN…) is worth a guess; the rest is corrupt.
    if text is None or common_share(text) < 0.8:
        return None
    return text, encoding, [f"encoding guessed: {encoding} (not UTF-8, GB18030 or Big5)"]


def _first_error(data: bytes) -> tuple[int, bytes]:
    offsets = []
    for encoding in ("utf-8", *_CHINESE):
        try:
            data.decode(encoding)
        except UnicodeDecodeError as e:
            offsets.append(e.start)
    offset = max(offsets)  # the encoding that read furthest is the likeliest one
    return offset, data[offset : offset + 2]
