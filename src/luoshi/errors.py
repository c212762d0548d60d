"""The one exception an input can fail with: a reason a person can read, and a code a program can use.

``InputError.reason`` is the English detail the command line prints (``luoshi: FILE: REASON``);
``InputError.code`` names the kind of failure, and ``InputError.chinese`` is what the web ledger
shows for it (the table :data:`CHINESE`). Every raise site passes the code that fits its reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final


class ErrorCode(StrEnum):
    """Why a document could not be read, as a stable name; ``str(code)`` is the lower-case name."""

    EMPTY = "empty"  # no bytes, or only whitespace
    BINARY = "binary"  # not text and not a document format luoshi knows
    NO_TEXT = "no_text"  # read, but there are no words in it
    ENCRYPTED = "encrypted"  # password-protected
    TOO_LARGE = "too_large"  # over a size limit, or would unpack beyond one (zip and decompression bombs)
    NOT_WORD = "not_word"  # a Word container holding something else (a workbook, a presentation ...)
    CORRUPT = "corrupt"  # damaged: a broken zip, malformed XML, an unreadable PDF object structure
    TRUNCATED = "truncated"  # cut short before any text
    DOC_READER = "doc_reader"  # antiword, the reader of legacy .doc files, is missing or failed
    CANNOT_OPEN = "cannot_open"  # no such file, a directory, no permission, an OS error
    UNDECODABLE = "undecodable"  # the characters cannot be decoded (unknown encoding, fonts without Unicode)
    WRONG_FORMAT = "wrong_format"  # the bytes are not the format the reader was asked to read
    UNSUPPORTED = "unsupported"  # a variant of the format luoshi cannot read (a zip or PDF security feature)
    OVER_LIMIT = "over_limit"  # too many pages, parts or nested groups to read safely
    NO_TEXT_LAYER = "no_text_layer"  # a PDF of scanned pages: OCR first
    TEXT_TOO_LONG = "text_too_long"  # more text than one import takes (the ledger's cap)
    TOO_MANY_PROPOSALS = "too_many_proposals"  # more proposed rows than one review can hold (the ledger's cap)
    TIMED_OUT = "timed_out"  # reading took longer than allowed
    OUT_OF_MEMORY = "out_of_memory"  # reading needed more memory than allowed
    INTERNAL = "internal"  # a bug in luoshi
    UNREADABLE = "unreadable"  # anything else

    @property
    def chinese(self) -> str:
        return CHINESE[self]


# What the web ledger shows. The codes from CANNOT_OPEN on keep the generic message the ledger gave
# them before they had codes; a more precise message for them is a change of behaviour, made here.
CHINESE: Final[Mapping[ErrorCode, str]] = MappingProxyType({
    ErrorCode.EMPTY: "文件是空的",
    ErrorCode.BINARY: "不是可识别的文本或文档格式",
    ErrorCode.NO_TEXT: "文件中没有可用的文字",
    ErrorCode.ENCRYPTED: "文件有密码保护",
    ErrorCode.TOO_LARGE: "文件过大",
    ErrorCode.NOT_WORD: "不是Word文档",
    ErrorCode.CORRUPT: "文件已损坏",
    ErrorCode.TRUNCATED: "文件不完整或已损坏",
    ErrorCode.DOC_READER: "无法读取旧版Word（.doc）文件",
    ErrorCode.CANNOT_OPEN: "无法读取",
    ErrorCode.UNDECODABLE: "无法读取",
    ErrorCode.WRONG_FORMAT: "无法读取",
    ErrorCode.UNSUPPORTED: "无法读取",
    ErrorCode.OVER_LIMIT: "无法读取",
    ErrorCode.NO_TEXT_LAYER: "无法读取",
    ErrorCode.TEXT_TOO_LONG: "正文字数超过导入上限",
    ErrorCode.TOO_MANY_PROPOSALS: "识别出的建议事项超过上限",
    ErrorCode.TIMED_OUT: "读取超时，文件过于复杂",
    ErrorCode.OUT_OF_MEMORY: "读取所需内存超过上限，文件过于复杂",
    ErrorCode.INTERNAL: "无法读取",
    ErrorCode.UNREADABLE: "无法读取",
})  # fmt: skip


class InputError(Exception):
    """A document could not be read; ``reason`` says why in a few words (no file name, no traceback).

    The command line prints ``luoshi: FILE: REASON`` for it and goes on with the next input; the web
    ledger shows :attr:`chinese`. ``str(error)`` is the reason, and the error pickles with its code.
    """

    def __init__(self, reason: str, *, code: ErrorCode) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle their positional arguments only; the code is keyword-only (batch workers send errors).
        return (_rebuild, (self.reason, self.code))

    @property
    def chinese(self) -> str:
        """The reason in Chinese, for people who do not read the English detail."""
        return self.code.chinese


def _rebuild(reason: str, code: ErrorCode) -> InputError:
    return InputError(reason, code=code)
