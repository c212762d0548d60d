"""Ingest: any input file to :class:`RawText`, by what its bytes are, not what its name says.

Scraped ".doc" files are often RTF, HTML or .docx, and ".txt" files are often HTML pages, so the
format is sniffed from the first bytes and, for text, from the markup it contains.
"""

from __future__ import annotations

import errno
import os
import sys

from luoshi.errors import ErrorCode, InputError
from luoshi.ingest.common import PASSWORD_PROTECTED
from luoshi.ingest.decode import decode_bytes
from luoshi.ingest.html import looks_like_html, read_html
from luoshi.ingest.raw import RawText

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

__all__ = ["DEFAULT_MAX_BYTES", "RawText", "read_bytes", "read_file", "read_stdin"]


def read_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read one document from disk; :class:`InputError` says why it cannot be read."""
    try:
        size = os.path.getsize(path)
        if os.path.isdir(path):
            raise InputError("is a directory", code=ErrorCode.CANNOT_OPEN)
        if size > max_bytes:
            reason = f"file too large: {size:,} bytes, over the limit of {max_bytes:,} (see --max-size)"
            raise InputError(reason, code=ErrorCode.TOO_LARGE)
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError("no such file", code=ErrorCode.CANNOT_OPEN) from None
    except PermissionError:
        raise InputError("permission denied", code=ErrorCode.CANNOT_OPEN) from None
    except IsADirectoryError:
        raise InputError("is a directory", code=ErrorCode.CANNOT_OPEN) from None
    except OSError as e:
        # "File too large", "Value too large for defined data type": the system's own size limits
        code = ErrorCode.TOO_LARGE if e.errno in (errno.EFBIG, errno.EOVERFLOW) else ErrorCode.CANNOT_OPEN
        raise InputError(f"cannot read: {e.strerror or e}", code=code) from None
    return read_bytes(data)


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        reason = f"input too large: over the limit of {max_bytes:,} bytes (see --max-size)"
        raise InputError(reason, code=ErrorCode.TOO_LARGE)
    return read_bytes(data)


def read_bytes(data: bytes) -> RawText:
    """The words of a document in any supported format, in reading order."""
    if not data.strip():
        raise InputError("empty file", code=ErrorCode.EMPTY)
    head = data[:16].removeprefix(b"\xef\xbb\xbf").lstrip()
    if data.startswith(b"PK\x03\x04"):
        from luoshi.ingest.office import read_docx

        return read_docx(data)
    if data.startswith(_OLE):
        from luoshi.ingest.office import is_encrypted_ole, read_doc

        if is_encrypted_ole(data):
            raise InputError(PASSWORD_PROTECTED, code=ErrorCode.ENCRYPTED)
        return read_doc(data)
    if b"%PDF-" in data[:1024]:
        from luoshi.ingest.pdf import read_pdf

        return read_pdf(data)
    if head.startswith(b"{\\rtf"):
        from luoshi.ingest.office import read_rtf

        return read_rtf(data)
    text, encoding, warnings = decode_bytes(data)
    if looks_like_html(text):
        raw = read_html(text)
        raw.warnings[:0] = warnings
        raw.encoding = encoding
        return raw
    return RawText(text=text, format="text", warnings=warnings, encoding=encoding)
