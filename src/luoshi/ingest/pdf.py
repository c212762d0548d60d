"""Reader for PDF text layers (pdfminer.six), with paragraphs rebuilt from the line geometry.

pdfminer gives text lines with coordinates in reading order. Government reports are set with a
first-line indent and wide line spacing, so pdfminer's own text boxes are often single lines;
paragraphs are rebuilt here: a line continues the previous one when it sits just below it, is not
indented, has the same size and the previous line runs to the right edge of its column.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import logging
import re
import statistics
import struct
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from luoshi.errors import ErrorCode, InputError
from luoshi.ingest.common import PASSWORD_PROTECTED, join_fragments, plausible_title
from luoshi.ingest.raw import RawText

MAX_PAGES = 3000
MAX_STREAM_BYTES = 128 * 1024 * 1024  # one decompressed stream
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all decompressed streams of one document
NO_TEXT_LAYER = "PDF has no text layer (scanned image?); OCR it first"
SALVAGED = "PDF is truncated or damaged (no usable trailer); read what could be found"
_UNMAPPED_FONTS = "PDF text cannot be decoded (fonts without a Unicode map); OCR it first"
_BROKEN_OBJECTS = "truncated or corrupt PDF (its object structure cannot be read)"

_CID = re.compile(r"\(cid:\d+\)")


class _TooBig(Exception):
    """A stream decompresses beyond the limits (a decompression bomb)."""


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside pdfminer.pdftypes, which inflates streams unbounded.

    Behaves like pdfminer's own handling: a truncated stream yields what could be inflated, a
    stream with a broken checksum is inflated without it, and an unusable one yields nothing.
    """

    error = zlib.error
    decompressobj = staticmethod(zlib.decompressobj)

    def __init__(self) -> None:
        self.total = 0

    def decompress(self, data: bytes) -> bytes:
        try:
            out = self._inflate(data)
        except zlib.error:
            try:
                out = self._inflate(data[:-4])  # drop the Adler-32 trailer
            except zlib.error:
                out = b""
        self.total += len(out)
        if self.total > MAX_TOTAL_BYTES:
            raise _TooBig(f"its streams would decompress to over {MAX_TOTAL_BYTES // 2**20} MB")
        return out

    @staticmethod
    def _inflate(data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, MAX_STREAM_BYTES + 1)
        if len(out) > MAX_STREAM_BYTES:
            raise _TooBig(f"a stream would decompress to over {MAX_STREAM_BYTES // 2**20} MB")
        return out


def _bounded_lzw(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        out += chunk
        if len(out) > MAX_STREAM_BYTES:
            raise _TooBig(f"a stream would decompress to over {MAX_STREAM_BYTES // 2**20} MB")
    return bytes(out)


_PDFMINER_LOCK = threading.Lock()


@contextlib.contextmanager
def _pdfminer_guarded() -> Iterator[None]:
    # pdfminer has no size limits of its own; swap in bounded decoders while we read one document.
    # pdfminer also logs every oddity of a damaged file as a warning; the reader sums them up instead
    from pdfminer import pdftypes

    # The patch is process-wide, so one document at a time (pdfminer is pure Python: little is lost).
    with _PDFMINER_LOCK:
        saved = pdftypes.zlib, pdftypes.lzwdecode
        logger = logging.getLogger("pdfminer")
        level = logger.level
        pdftypes.zlib, pdftypes.lzwdecode = _BoundedZlib(), _bounded_lzw  # type: ignore[assignment]
        logger.setLevel(logging.ERROR)
        try:
            yield
        finally:
            pdftypes.zlib, pdftypes.lzwdecode = saved
            logger.setLevel(level)


# --- metadata ----------------------------------------------------------------------------------------


def _pdf_string(value: object) -> str | None:
    """A PDF text string from the info dictionary (UTF-16 with BOM, PDFDocEncoding, or sadly GBK)."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, str):
        return value
    if not isinstance(value, bytes):
        return None
    if value.startswith((b"\xfe\xff", b"\xff\xfe")):
        return value.decode("utf-16", "replace")
    if value.startswith(b"\xef\xbb\xbf"):  # PDF 2.0 allows UTF-8 with a BOM
        return value[3:].decode("utf-8", "replace")
    if any(b >= 0x80 for b in value):
        # Chinese producers sometimes write raw UTF-8 or GBK here instead of UTF-16
        for codec in ("utf-8", "gb18030"):
            try:
                text = value.decode(codec)
            except UnicodeDecodeError:
                continue
            if any("\u4e00" <= c <= "\u9fff" for c in text):
                return text
    return decode_text(value)


_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def _pdf_date(value: object) -> str | None:
    """CreationDate as YYYY-MM-DD, when it is a real calendar date in a plausible range."""
    text = _pdf_string(value)
    match = _PDF_DATE.match(text.strip()) if text else None
    if match is None or match.group(3) is None:
        return None
    try:
        date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    # before 1993 there were no PDFs; far-future dates come from broken clocks
    if date.year < 1993 or date > dt.date.today() + dt.timedelta(days=366):
        return None
    return date.isoformat()


# --- layout ------------------------------------------------------------------------------------------


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


def _line_text(line: Any, counts: dict[str, int]) -> str:
    """A line's characters; pdfminer's inferred spaces are kept only where they separate non-CJK text.

    pdfminer inserts a space wherever glyphs stand apart, which splits justified Chinese into
    "中 国"; spaces that are real characters in the PDF are LTChar and always kept.
    """
    from pdfminer.layout import LTAnno, LTChar

    pieces: list[tuple[str, bool]] = []  # (text, inferred)
    for item in line:
        if isinstance(item, LTChar):
            text = item.get_text()
            counts["chars"] += 1
            if _CID.fullmatch(text):
                counts["cid"] += 1
                text = "\ufffd"
            pieces.append((text, False))
        elif isinstance(item, LTAnno) and item.get_text() not in ("\n", ""):
            pieces.append((item.get_text(), True))
    out: list[str] = []
    for i, (text, inferred) in enumerate(pieces):
        if inferred:
            before = out[-1][-1:] if out and out[-1] else ""
            after = pieces[i + 1][0][:1] if i + 1 < len(pieces) else ""
            if not before or not after or before.isspace() or after.isspace() or _cjk(before) or _cjk(after):
                continue
        out.append(text)
    return "".join(out)


def _cjk(ch: str) -> bool:
    cp = ord(ch)
    return 0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF or cp >= 0x20000


def _page_lines(layout: Any, counts: dict[str, int]) -> list[_Line]:
    from pdfminer.layout import LTContainer, LTTextLine

    lines: list[_Line] = []

    def walk(item: Any) -> None:
        if isinstance(item, LTTextLine):
            text = _line_text(item, counts)
            if text.strip():
                lines.append(_Line(text, item.x0, item.x1, item.y0, item.y1))
        elif isinstance(item, LTContainer):
            for child in item:
                walk(child)

    walk(layout)
    return lines


def _overlaps(a: _Line, b: _Line) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Join the lines of one page into paragraphs (see the module docstring for the rule)."""
    if not lines:
        return []
    # typical gap between consecutive lines on this page: line spacing differs between documents
    gaps = [a.y0 - b.y1 for a, b in itertools.pairwise(lines) if _overlaps(a, b) and a.y0 > b.y1]
    typical = statistics.median(gaps) if gaps else 0.0
    few = len(lines) <= 2000  # the column search below is quadratic; skip it on absurd pages
    paragraphs: list[list[str]] = [[lines[0].text]]
    for a, b in itertools.pairwise(lines):
        h = max(a.height, b.height)
        column = [ln for ln in lines if _overlaps(ln, a)] if few else lines
        left = min(ln.x0 for ln in column)
        right = max(ln.x1 for ln in column)
        gap = a.y0 - b.y1
        continues = (
            _overlaps(a, b)
            and -0.3 * h <= gap <= max(typical * 1.35, 0.3 * h)
            and gap <= 2 * h
            and abs(a.height - b.height) <= 0.2 * h
            and a.x1 >= right - 1.5 * a.height  # the previous line is full
            and b.x0 <= left + 0.8 * b.height  # the next line is not indented
        )
        if continues:
            paragraphs[-1].append(b.text)
        else:
            paragraphs.append([b.text])
    return [join_fragments(p) for p in paragraphs]


# --- reader ------------------------------------------------------------------------------------------


def _pdf_errors() -> tuple[type[BaseException], ...]:
    """What pdfminer raises on malformed input: its own errors and the plain ones it lets through."""
    from pdfminer.psexceptions import PSException

    return (
        PSException, KeyError, ValueError, TypeError, AttributeError, IndexError, EOFError,
        AssertionError, ArithmeticError, struct.error,
    )  # fmt: skip


_OBJ_HEADER = re.compile(rb"(\d{1,10})\s+(\d{1,5})\s+obj\b")


def _salvage(data: bytes) -> bytes | None:
    """A PDF cut before its trailer (an aborted download), mended so that pdfminer can open it.

    pdfminer rebuilds a lost cross-reference table by scanning for "N G obj", but it chokes on the
    object cut in half and still needs a trailer to find the catalog: keep the complete objects,
    find the catalog among them and write a trailer naming it.
    """
    end = data.rfind(b"endobj")
    if end < 0:
        return None
    data = data[: end + len(b"endobj")]
    for found in re.finditer(rb"/Type\s*/Catalog\b", data):
        window = data[max(0, found.start() - 4096) : found.start()]
        headers = list(_OBJ_HEADER.finditer(window))
        if headers:
            objid, genno = headers[-1].groups()
            return data + b"\ntrailer\n<< /Root " + objid + b" " + genno + b" R >>\n%%EOF\n"
    return None


def _open(data: bytes, warnings: list[str]) -> Any:
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect as exc:
        raise InputError(PASSWORD_PROTECTED, code=ErrorCode.ENCRYPTED) from exc
    except PDFEncryptionError as exc:
        reason = "encrypted PDF that cannot be opened (unsupported security handler)"
        raise InputError(reason, code=ErrorCode.UNSUPPORTED) from exc
    except _TooBig:
        raise
    except _pdf_errors() as exc:
        mended = _salvage(data)
        if mended is None:
            raise InputError(_BROKEN_OBJECTS, code=ErrorCode.CORRUPT) from exc
        try:
            document = PDFDocument(PDFParser(io.BytesIO(mended)), password="")
        except _pdf_errors():
            raise InputError(_BROKEN_OBJECTS, code=ErrorCode.CORRUPT) from exc
        warnings.append(SALVAGED)
        return document


def read_pdf(data: bytes) -> RawText:
    """The text layer of a PDF in reading order, one paragraph per line.

    A PDF without any text (scanned pages) is refused: OCR is a separate step.
    """
    head = data[:1024]
    if b"%PDF-" not in head:
        raise InputError("not a PDF (no %PDF- header)", code=ErrorCode.WRONG_FORMAT)
    try:
        with _pdfminer_guarded():
            return _read(data)
    except _TooBig as exc:
        raise InputError(f"PDF too large: {exc} (decompression bomb?)", code=ErrorCode.TOO_LARGE) from exc
    except RecursionError as exc:
        raise InputError("corrupt PDF (objects nested too deeply)", code=ErrorCode.CORRUPT) from exc


@dataclass
class _Pages:
    """What reading the pages found: their paragraphs, and which pages were empty or unreadable."""

    paragraphs: list[str] = field(default_factory=list)
    count: int = 0
    empty: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"chars": 0, "cid": 0})

    @property
    def cid(self) -> int:
        return self.counts["cid"]


def _read(data: bytes) -> RawText:
    warnings: list[str] = []
    document = _open(data, warnings)
    pages = _read_pages(document, warnings)
    text = _text(pages, warnings)
    warnings.extend(_page_warnings(pages, warnings))
    if b"%%EOF" not in data[-2048:]:
        warnings.append("PDF has no end-of-file marker (truncated?); the text may be incomplete")
    title, date = _metadata(document)
    return RawText(text=text, format="pdf", warnings=warnings, title=title, date=date)


def _read_pages(document: Any, warnings: list[str]) -> _Pages:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    # all_texts: also group the text inside form XObjects, where some producers put whole pages
    device = PDFPageAggregator(manager, laparams=LAParams(all_texts=True))
    interpreter = PDFPageInterpreter(manager, device)
    pages = _Pages()
    try:
        for number, page in enumerate(PDFPage.create_pages(document), start=1):
            if number > MAX_PAGES:
                raise InputError(f"PDF has over {MAX_PAGES} pages; refusing to read it", code=ErrorCode.OVER_LIMIT)
            pages.count = number
            _read_page(interpreter, device, page, number, pages)
    except (_TooBig, InputError):
        raise
    except _pdf_errors() as exc:
        if not pages.count:
            reason = "truncated or corrupt PDF (its page tree cannot be read)"
            raise InputError(reason, code=ErrorCode.CORRUPT) from exc
        warnings.append(f"PDF is damaged after page {pages.count}; the rest was not read")
    return pages


def _read_page(interpreter: Any, device: Any, page: Any, number: int, pages: _Pages) -> None:
    """One page's paragraphs; a page pdfminer cannot lay out is noted as failed, and the next one read."""
    try:
        interpreter.process_page(page)
        lines = _page_lines(device.get_result(), pages.counts)
    except (_TooBig, InputError):
        raise
    except _pdf_errors():
        pages.failed.append(number)
        return
    if not lines:
        pages.empty.append(number)
    pages.paragraphs.extend(_paragraphs(lines))


def _text(pages: _Pages, warnings: list[str]) -> str:
    """The text of the pages; refused when there is none, or when most of it cannot be decoded."""
    if pages.count == 0:
        raise InputError("truncated or corrupt PDF (no pages found)", code=ErrorCode.CORRUPT)
    text = "\n".join(line for line in pages.paragraphs if line.strip())
    if not text.replace("\ufffd", "").strip():
        if pages.cid:
            raise InputError(_UNMAPPED_FONTS, code=ErrorCode.UNDECODABLE)
        if (pages.failed and len(pages.failed) == pages.count) or SALVAGED in warnings:
            raise InputError("truncated or corrupt PDF (no page could be read)", code=ErrorCode.CORRUPT)
        raise InputError(NO_TEXT_LAYER, code=ErrorCode.NO_TEXT_LAYER)
    if pages.cid > pages.counts["chars"] / 2:
        raise InputError(_UNMAPPED_FONTS, code=ErrorCode.UNDECODABLE)
    return text


def _page_warnings(pages: _Pages, warnings: list[str]) -> list[str]:
    out = []
    if pages.cid:
        out.append(f"{pages.cid} glyph(s) have no Unicode mapping (shown as U+FFFD)")
    if pages.empty:
        why = "missing from the damaged file, or scanned" if SALVAGED in warnings else "scanned?"
        out.append(f"{len(pages.empty)} of {pages.count} pages have no text ({why}): {_page_list(pages.empty)}")
    if pages.failed:
        out.append(f"{len(pages.failed)} of {pages.count} pages could not be read: {_page_list(pages.failed)}")
    return out


def _metadata(document: Any) -> tuple[str | None, str | None]:
    """Title and creation date from the info dictionary; a broken one costs the metadata, not the text."""
    title = date = None
    try:
        for info in document.info:
            title = title or plausible_title(_pdf_string(info.get("Title")))
            date = date or _pdf_date(info.get("CreationDate"))
    except _pdf_errors():
        pass
    return title, date


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (", ..." if len(numbers) > 10 else "")
