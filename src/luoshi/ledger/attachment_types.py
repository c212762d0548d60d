"""What an uploaded attachment is, by its bytes: the types a progress report may carry, and the ones refused.

A file's name says nothing (an .exe renamed .docx is still a program), so each upload is sniffed from its
content against :data:`ALLOWED`, a table of rules with an example each; the name's suffix must be one the
sniffed type may carry. The sniffed type is stored with the attachment and decides how it is served:
images and PDFs shown in the browser (``inline``), everything else downloaded. HTML and SVG are never
allowed, so nothing uploaded can run script in the ledger's origin.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType
from typing import IO

from luoshi.errors import InputError
from luoshi.ingest.decode import decode_bytes
from luoshi.ingest.html import looks_like_html
from luoshi.ingest.office.zipped import MEMBER_ERRORS, read_member

HEAD_BYTES = 8192  # what the magic numbers and a text check read
TEXT_CHECK_BYTES = 65536
_CONTENT_TYPES_MAX = 1024 * 1024  # [Content_Types].xml is a few KB; a bigger one is not an Office file
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})  # a phone's .jpg may well be a PNG


class RefusedFile(ValueError):
    """The upload is not an allowed type, or not what its name says; the message is shown as it is."""


@dataclass(frozen=True)
class Upload:
    """What the rules look at: the first bytes, and the whole file for the zip-based formats."""

    head: bytes
    file: IO[bytes]


@dataclass(frozen=True)
class FileType:
    kind: str  # stored in Attachment.kind
    label: str  # in messages: PDF文档
    content_type: str
    suffixes: frozenset[str]  # the names it may carry
    inline: bool  # shown in the browser (images, PDF) rather than downloaded
    example: bytes  # the start of such a file (the tests check each rule against its example)
    matches: Callable[[Upload], bool]


def _starts(*magics: bytes) -> Callable[[Upload], bool]:
    return lambda upload: upload.head.startswith(magics)


def _office_zip(main_part_type: str) -> Callable[[Upload], bool]:
    """An Office Open XML package whose [Content_Types].xml declares ``main_part_type`` (a .docx, not any zip)."""
    def matches(upload: Upload) -> bool:
        if not upload.head.startswith(b"PK\x03\x04"):
            return False
        types = _zip_member(upload.file, "[Content_Types].xml")
        return types is not None and main_part_type.encode() in types
    return matches


def _ofd(upload: Upload) -> bool:
    """OFD (版式文档, GB/T 33190): a zip with OFD.xml at its root, the format of many government documents."""
    return upload.head.startswith(b"PK\x03\x04") and _zip_member(upload.file, "OFD.xml") is not None


def _webp(upload: Upload) -> bool:
    return upload.head[:4] == b"RIFF" and upload.head[8:12] == b"WEBP"


def _plain_text(upload: Upload) -> bool:
    """Text in UTF-8, GB18030 or Big5 (what the ingest layer reads), and not markup."""
    upload.file.seek(0)
    sample = upload.file.read(TEXT_CHECK_BYTES)
    try:
        text, _, _ = decode_bytes(sample)
    except InputError:
        return False
    return not looks_like_html(text) and not text.lstrip().lower().startswith(("<svg", "<?xml", "<!doctype"))


def _zip_member(file: IO[bytes], name: str) -> bytes | None:
    """A small member of a zip, or None (not a zip, no such member, too big or damaged)."""
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            return read_member(archive, name, "zip", _CONTENT_TYPES_MAX)  # real bytes counted, as for imports
    except (KeyError, zipfile.LargeZipFile, InputError, *MEMBER_ERRORS):
        return None
    finally:
        file.seek(0)


_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_SLIDES_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"

# In the order they are tried: the zip-based formats before any other, text last.
ALLOWED: tuple[FileType, ...] = (
    FileType("docx", "Word文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             frozenset({".docx", ".doc", ".wps"}), False, b"PK\x03\x04", _office_zip(_WORD_MAIN)),
    FileType("xlsx", "Excel表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             frozenset({".xlsx", ".xls", ".et"}), False, b"PK\x03\x04", _office_zip(_EXCEL_MAIN)),
    FileType("pptx", "PowerPoint演示文稿",
             "application/vnd.openxmlformats-officedocument.presentationml.presentation",
             frozenset({".pptx", ".ppt", ".dps"}), False, b"PK\x03\x04", _office_zip(_SLIDES_MAIN)),
    FileType("ofd", "OFD版式文档", "application/ofd", frozenset({".ofd"}), False, b"PK\x03\x04", _ofd),
    # Word 97–2003, Excel 97–2003, PowerPoint 97–2003 and WPS files share one container (OLE2).
    FileType("ole", "Office 97-2003文档", "application/octet-stream",
             frozenset({".doc", ".xls", ".ppt", ".wps", ".et", ".dps"}), False, _OLE, _starts(_OLE)),
    FileType("pdf", "PDF文档", "application/pdf", frozenset({".pdf"}), True, b"%PDF-1.7\n", _starts(b"%PDF-")),
    FileType("png", "PNG图片", "image/png", _IMAGE_SUFFIXES, True, b"\x89PNG\r\n\x1a\n",
             _starts(b"\x89PNG\r\n\x1a\n")),
    FileType("jpeg", "JPEG图片", "image/jpeg", _IMAGE_SUFFIXES, True, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
             _starts(b"\xff\xd8\xff")),
    FileType("gif", "GIF图片", "image/gif", _IMAGE_SUFFIXES, True, b"GIF89a", _starts(b"GIF87a", b"GIF89a")),
    FileType("webp", "WebP图片", "image/webp", _IMAGE_SUFFIXES, True, b"RIFF\x24\x00\x00\x00WEBPVP8 ", _webp),
    FileType("text", "文本文件", "text/plain", frozenset({".txt", ".csv"}), False,
             "第一季度完成投资1.2亿元。\n".encode(), _plain_text),
)
BY_KIND: MappingProxyType[str, FileType] = MappingProxyType({t.kind: t for t in ALLOWED})


@dataclass(frozen=True)
class KnownRefusal:
    """A type never allowed, named in the refusal so the clerk knows what the file really is."""

    label: str
    example: bytes
    matches: Callable[[Upload], bool]


REFUSED: tuple[KnownRefusal, ...] = (
    KnownRefusal("Windows可执行程序", b"MZ\x90\x00\x03\x00", _starts(b"MZ")),
    KnownRefusal("Linux可执行程序", b"\x7fELF\x02\x01\x01", _starts(b"\x7fELF")),
    KnownRefusal("macOS可执行程序", b"\xcf\xfa\xed\xfe", _starts(b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe",
                                                               b"\xca\xfe\xba\xbe")),
    KnownRefusal("脚本程序", b"#!/bin/sh\n", _starts(b"#!")),
    KnownRefusal("压缩包", b"PK\x03\x04", _starts(b"PK\x03\x04", b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c",
                                                  b"\x1f\x8b")),
    KnownRefusal("网页或SVG图形", b"<svg xmlns=\"http://www.w3.org/2000/svg\">",
                 lambda upload: upload.head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"),
)

ALLOWED_TEXT = "PDF、图片（PNG、JPEG、GIF、WebP）、Word、Excel、PowerPoint、OFD或文本文件"


def sniff(file: IO[bytes]) -> FileType | None:
    """The allowed type the bytes are, or None."""
    file.seek(0)
    upload = Upload(file.read(HEAD_BYTES), file)
    file.seek(0)
    return next((t for t in ALLOWED if t.matches(upload)), None)


def check(name: str, file: IO[bytes]) -> FileType:
    """The type of an upload named ``name``; :class:`RefusedFile` (in Chinese) unless it is allowed and its name
    fits what it is."""
    found = sniff(file)
    suffix = _suffix(name)
    if found is None:
        file.seek(0)
        upload = Upload(file.read(HEAD_BYTES), file)
        file.seek(0)
        what = next((r.label for r in REFUSED if r.matches(upload)), "不允许的文件类型")
        raise RefusedFile(f"附件“{name}”实际是{what}，不能上传。允许上传{ALLOWED_TEXT}。")
    if suffix not in found.suffixes:
        expected = "、".join(sorted(found.suffixes))
        raise RefusedFile(f"附件“{name}”的内容是{found.label}，与文件扩展名“{suffix or '（无）'}”不符"
                          f"（应为{expected}），不能上传。请核对后重新选择文件。")
    return found


def _suffix(name: str) -> str:
    stem, dot, tail = name.rpartition(".")
    return f".{tail.lower()}" if dot and stem else ""
