"""Readers for word-processor files: .docx (python-docx), legacy .doc (antiword) and RTF (own parser).

Every reader takes the file's bytes and returns a :class:`RawText` with one paragraph or table row
per line (table cells joined by a tab), keeping the characters as written: no script conversion and
no whitespace rewriting beyond joining runs. Lines that are empty or only whitespace are dropped.
Failures raise :class:`InputError` with a short reason.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from luoshi.errors import InputError
from luoshi.ingest.raw import RawText

# --- limits against hostile input -------------------------------------------------------------------

MAX_DOCX_MAIN_PART = 200 * 1024 * 1024  # uncompressed word/document.xml
MAX_DOCX_TOTAL = 500 * 1024 * 1024  # all parts together: python-docx loads every part into memory
MAX_DOCX_MEMBERS = 10_000
ANTIWORD_TIMEOUT = 120  # seconds
MAX_RTF_DEPTH = 10_000  # nested groups

PASSWORD_PROTECTED = "password-protected document"
ANTIWORD_MISSING = "reading .doc needs antiword (Debian package 'antiword'): apt-get install antiword"

# --- shared helpers ----------------------------------------------------------------------------------

_CJK_RANGES = (
    (0x2E80, 0x9FFF),  # radicals, kana, CJK punctuation (3000-303F), unified ideographs, ...
    (0xAC00, 0xD7AF),  # hangul
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # vertical/compatibility punctuation
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3FFFF),  # extension planes
)


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


def join_fragments(fragments: Iterable[str]) -> str:
    """Join pieces of one logical line (paragraphs of a table cell, lines of a PDF paragraph).

    Chinese text has no spaces between words, so a space is put only where neither side is CJK;
    that way "5.5%左右，" + "稳定就业" stays one run of characters and "GDP" + "growth" does not fuse.
    """
    out = ""
    for frag in fragments:
        if not frag or frag.isspace():
            continue
        if not out:
            out = frag
        elif _is_cjk(out[-1]) or _is_cjk(frag[0]) or out[-1].isspace() or frag[0].isspace():
            out += frag
        else:
            out += " " + frag
    return out


def _finish(lines: Iterable[str]) -> str:
    """One paragraph per line; drop lines with no visible characters (blank spacing paragraphs)."""
    return "\n".join(line for line in lines if line.strip())


_PLACEHOLDER_TITLES = re.compile(
    r"(word document|document\s*\d*|doc\d*|untitled|title|无标题|未命名|标题|文档\s*\d*|新建.*文档\s*\d*|"
    r"microsoft word 文档|powerpoint presentation|presentation\d*|slide \d+|幻灯片 \d+|unknown)",
    re.IGNORECASE,
)
_FILENAME_LIKE = re.compile(
    r"(^[a-z]:\\|[\\/])|\.(docx?|dotx?|wps|wpt|rtf|pdf|txt|html?|xlsx?|pptx?|odt|tmp|indd|ps|eps|tiff?|jpe?g)$",
    re.IGNORECASE,
)


def plausible_title(value: object) -> str | None:
    """A container-declared title, or None when it is empty, a placeholder or a file name.

    Word and PDF printers fill the title field with things like "Microsoft Word - 报告.doc",
    "Word Document" or "D:\\tmp\\1.docx"; those say nothing about the document.
    """
    if not isinstance(value, str):
        return None
    title = value.strip()
    if not title or len(title) > 200:
        return None
    if "\ufffd" in title or any(ord(c) < 0x20 and c not in "\t" for c in title):
        return None
    lowered = title.lower()
    if lowered.startswith(("microsoft word -", "microsoft powerpoint -", "microsoft excel -")):
        return None
    if _FILENAME_LIKE.search(title) or _PLACEHOLDER_TITLES.fullmatch(title):
        return None
    if not any(c.isalpha() for c in title):  # "1", "----", "2024"
        return None
    return title


# --- OLE2 compound files (.doc, encrypted OOXML) -----------------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NOSTREAM = 0xFFFFFFFF
_ENDOFCHAIN = 0xFFFFFFFE


class _OleError(Exception):
    """The compound file is truncated or malformed."""


@dataclass
class _OleEntry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    left: int
    right: int
    child: int
    start: int
    size: int


@dataclass
class _Ole:
    """Just enough of [MS-CFB] to list the root's streams and read the start of one.

    Written out (rather than depending on olefile) because the readers need only stream names
    and the first bytes of the WordDocument stream; every index is bounds-checked so a hostile
    file fails with _OleError instead of looping or reading past the end.
    """

    data: bytes
    sector_size: int = 512
    fat: list[int] = field(default_factory=list)
    entries: list[_OleEntry] = field(default_factory=list)

    @classmethod
    def parse(cls, data: bytes) -> _Ole:
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            raise _OleError("no OLE2 header")
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            raise _OleError("bad sector size")
        ole = cls(data, 1 << shift)
        n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
        difat_start, n_difat = struct.unpack_from("<II", data, 0x44)
        max_sectors = len(data) // ole.sector_size + 1
        if n_fat > max_sectors or n_difat > max_sectors:
            raise _OleError("bad FAT size")
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _ENDOFCHAIN][:n_fat]
        sector, seen = difat_start, set()
        per_sector = ole.sector_size // 4 - 1
        while len(fat_sectors) < n_fat and sector < _ENDOFCHAIN and sector not in seen:
            seen.add(sector)
            values = struct.unpack(f"<{per_sector + 1}I", ole._sector(sector))
            fat_sectors.extend(v for v in values[:per_sector] if v < _ENDOFCHAIN)
            sector = values[per_sector]
        fat: list[int] = []
        for s in fat_sectors[:n_fat]:
            fat.extend(struct.unpack(f"<{ole.sector_size // 4}I", ole._sector(s)))
        ole.fat = fat
        directory = b"".join(ole._sector(s) for s in ole._chain(dir_start))
        for off in range(0, len(directory) - 127, 128):
            name_len, kind = struct.unpack_from("<HB", directory, off + 64)
            left, right, child = struct.unpack_from("<III", directory, off + 68)
            start, size = struct.unpack_from("<II", directory, off + 116)
            name = directory[off : off + max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
            ole.entries.append(_OleEntry(name, kind, left, right, child, start, size))
        if not ole.entries or ole.entries[0].kind != 5:
            raise _OleError("no root entry")
        return ole

    def _sector(self, index: int) -> bytes:
        offset = (index + 1) * self.sector_size
        if index >= _ENDOFCHAIN or offset >= len(self.data):
            raise _OleError("sector beyond end of file")
        chunk = self.data[offset : offset + self.sector_size]
        return chunk.ljust(self.sector_size, b"\0")  # some writers leave the last sector short

    def _chain(self, start: int) -> Iterator[int]:
        sector, seen = start, set()
        while sector < _ENDOFCHAIN:
            if sector in seen or sector >= len(self.fat):
                raise _OleError("broken sector chain")
            seen.add(sector)
            yield sector
            sector = self.fat[sector]

    def root_streams(self) -> dict[str, _OleEntry]:
        """Entries directly under the root storage, by name (walks the red-black sibling tree)."""
        found: dict[str, _OleEntry] = {}
        stack, seen = [self.entries[0].child], set()
        while stack:
            index = stack.pop()
            if index == _NOSTREAM or index in seen or index >= len(self.entries):
                continue
            seen.add(index)
            entry = self.entries[index]
            found[entry.name] = entry
            stack.extend((entry.left, entry.right))
        return found

    def read_head(self, entry: _OleEntry, length: int) -> bytes:
        """The first ``length`` bytes of a stream stored in regular sectors (not the mini stream)."""
        cutoff = struct.unpack_from("<I", self.data, 0x38)[0]
        if entry.size < cutoff:
            raise _OleError("stream in mini stream")
        out = b""
        for sector in self._chain(entry.start):
            out += self._sector(sector)
            if len(out) >= length:
                break
        return out[:length]


def _ole_streams(data: bytes) -> tuple[_Ole, dict[str, _OleEntry]] | None:
    try:
        ole = _Ole.parse(data)
        return ole, ole.root_streams()
    except (_OleError, struct.error):
        return None


def _word_binary_encrypted(ole: _Ole, streams: dict[str, _OleEntry]) -> bool:
    entry = streams.get("WordDocument")
    if entry is None:
        return False
    try:
        head = ole.read_head(entry, 12)
    except (_OleError, struct.error):
        return False
    ident, flags = struct.unpack_from("<H8xH", head)
    # FIB: wIdent 0xA5EC (Word 97+) or 0xA5DC (Word 6/95); fEncrypted is bit 8 of the flags at 0x0A
    return ident in (0xA5EC, 0xA5DC) and bool(flags & 0x0100)


def is_encrypted_ole(data: bytes) -> bool:
    """True for an OLE2 file that is a password-protected Office document.

    Covers encrypted OOXML (.docx/.xlsx/.pptx saved with a password are OLE2 containers holding
    ``EncryptionInfo`` and ``EncryptedPackage`` streams) and encrypted Word 97-2003 .doc files
    (the fEncrypted flag of the WordDocument stream's FIB). False for anything else, including
    data that is not OLE2 at all or too damaged to tell.
    """
    parsed = _ole_streams(data)
    if parsed is None:
        return False
    ole, streams = parsed
    if "EncryptedPackage" in streams and "EncryptionInfo" in streams:
        return True
    return _word_binary_encrypted(ole, streams)


def _ole_kind(streams: dict[str, _OleEntry]) -> str:
    if "Workbook" in streams or "Book" in streams:
        return "an Excel workbook"
    if "PowerPoint Document" in streams:
        return "a PowerPoint presentation"
    if any(name.startswith("__substg1.0_") for name in streams):
        return "an Outlook message"
    return "an OLE2 file without a WordDocument stream"


# --- .docx -------------------------------------------------------------------------------------------

_W_NS = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "strict" OOXML
}
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Elements whose content is never body text: properties, deleted or moved-away text, field codes,
# ruby (phonetic guide) text, note and comment references.
_W_SKIP = {
    "pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "sdtPr", "sdtEndPr", "del", "moveFrom",
    "delText", "instrText", "delInstrText", "rt", "fldData", "footnoteReference", "endnoteReference",
    "commentReference", "annotationRef", "lastRenderedPageBreak", "bookmarkStart", "bookmarkEnd",
}  # fmt: skip


def _split(el: etree._Element) -> tuple[str, str]:
    if not isinstance(el.tag, str):  # comments, processing instructions, entity references
        return "", ""
    q = etree.QName(el)
    return q.namespace or "", q.localname


def _attr(el: etree._Element, name: str) -> str | None:
    for key, value in el.attrib.items():
        if etree.QName(key).localname == name:
            return str(value)
    return None


def _w_child(el: etree._Element, name: str) -> etree._Element | None:
    for child in el:
        ns, tag = _split(child)
        if ns in _W_NS and tag == name:
            return child
    return None


def _is_on(el: etree._Element | None) -> bool:
    return el is not None and _attr(el, "val") not in ("0", "false", "off")


@dataclass
class _DocxWalk:
    """Collects body lines; notes what it skipped so the caller can warn."""

    lines: list[str] = field(default_factory=list)
    alt_chunks: int = 0
    tracked_changes: bool = False
    images: int = 0

    def blocks(self, container: etree._Element, out: list[str]) -> None:
        for child in container:
            ns, tag = _split(child)
            if ns == _MC_NS and tag == "AlternateContent":
                choice = next((c for c in child if _split(c) == (_MC_NS, "Choice")), None)
                if choice is not None:
                    self.blocks(choice, out)
            elif ns not in _W_NS:
                continue
            elif tag == "p":
                self.paragraph(child, out)
            elif tag == "tbl":
                self.table(child, out)
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"):
                self.blocks(child, out)
            elif tag == "altChunk":
                self.alt_chunks += 1
            elif tag in ("del", "moveFrom"):
                self.tracked_changes = True

    def paragraph(self, p: etree._Element, out: list[str]) -> None:
        parts: list[str] = []
        boxes: list[str] = []  # text-box lines, emitted after the paragraph that anchors them
        self.inline(p, parts, boxes)
        out.extend("".join(parts).split("\n"))
        out.extend(boxes)

    def inline(self, el: etree._Element, parts: list[str], boxes: list[str]) -> None:
        for child in el:
            ns, tag = _split(child)
            if not tag:
                continue
            if ns == _MC_NS:
                # Word writes a text box twice (DrawingML choice, VML fallback): read the choice only
                if tag == "AlternateContent":
                    choice = next((c for c in child if _split(c) == (_MC_NS, "Choice")), None)
                    if choice is not None:
                        self.inline(choice, parts, boxes)
                continue
            if ns not in _W_NS:  # drawing / VML wrappers: look inside for text boxes
                if tag in ("blip", "imagedata"):
                    self.images += 1
                self.inline(child, parts, boxes)
                continue
            if tag in _W_SKIP:
                if tag in ("del", "moveFrom"):
                    self.tracked_changes = True
                continue
            if tag == "t":
                parts.append(child.text or "")
            elif tag in ("tab", "ptab"):
                parts.append("\t")
            elif tag in ("br", "cr"):
                parts.append("\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            elif tag == "softHyphen":
                continue
            elif tag == "sym":
                code = _attr(child, "char") or ""
                try:
                    cp = int(code, 16)
                except ValueError:
                    continue
                if not 0xF000 <= cp <= 0xF0FF:  # symbol-font private-use codes have no Unicode meaning
                    parts.append(chr(cp))
            elif tag == "txbxContent":
                self.blocks(child, boxes)
            elif tag == "r" and _is_hidden(child):
                continue
            else:  # r, hyperlink, ins, moveTo, smartTag, fldSimple, sdt, sdtContent, ruby, drawing, ...
                if tag == "ins":
                    self.tracked_changes = True
                self.inline(child, parts, boxes)

    def table(self, tbl: etree._Element, out: list[str]) -> None:
        for row in _w_descend(tbl, "tr"):
            cells: list[str] = []
            for tc in _w_descend(row, "tc"):
                props = _w_child(tc, "tcPr")
                vmerge = _w_child(props, "vMerge") if props is not None else None
                hmerge = _w_child(props, "hMerge") if props is not None else None
                if hmerge is not None and _attr(hmerge, "val") != "restart":
                    continue  # legacy horizontal merge: the cell to the left already holds the text
                if vmerge is not None and _attr(vmerge, "val") != "restart":
                    cells.append("")  # continuation of a vertical merge: keep the column, not the text
                    continue
                lines: list[str] = []
                self.blocks(tc, lines)
                # a tab inside a cell would read as a column break
                cells.append(join_fragments(line.replace("\t", " ") for line in lines))
            if any(c.strip() for c in cells):
                out.append("\t".join(cells))


def _w_descend(el: etree._Element, name: str) -> Iterator[etree._Element]:
    """Children named ``name``, looking through content-control and custom-XML wrappers."""
    for child in el:
        ns, tag = _split(child)
        if ns not in _W_NS:
            continue
        if tag == name:
            yield child
        elif tag in ("sdt", "sdtContent", "customXml"):
            yield from _w_descend(child, name)


def _is_hidden(run: etree._Element) -> bool:
    props = _w_child(run, "rPr")
    return props is not None and (_is_on(_w_child(props, "vanish")) or _is_on(_w_child(props, "specVanish")))


def _zip_kind(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    if "content.xml" in names and "mimetype" in names:
        return "an OpenDocument file"
    if "META-INF/container.xml" in names:
        return "an EPUB book"
    return "a zip archive without word/document.xml"


def _docx_main_part(zf: zipfile.ZipFile, names: set[str]) -> str:
    """The main document part named by _rels/.rels (almost always word/document.xml)."""
    if "_rels/.rels" in names and zf.getinfo("_rels/.rels").file_size < 1024 * 1024:
        try:
            rels = etree.fromstring(zf.read("_rels/.rels"), _SAFE_XML)
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, RuntimeError):
            rels = None  # RuntimeError: a ZipCrypto-encrypted or unsupported-compression member
        if rels is not None:
            for rel in rels.iter("{*}Relationship"):
                if (rel.get("Type") or "").endswith("/officeDocument"):
                    return (rel.get("Target") or "").lstrip("/")
    return "word/document.xml"


_WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _xml_error(exc: etree.XMLSyntaxError) -> InputError:
    if "amplification" in str(exc) or "entity" in str(exc).lower():
        return InputError("corrupt .docx (XML entity expansion bomb in the document)")
    return InputError("corrupt .docx (malformed XML in the document)")


def _read_part(zf: zipfile.ZipFile, name: str) -> etree._Element:
    try:
        xml = zf.read(name)
    except RuntimeError as exc:  # zipfile's "password required" and "compression method not supported"
        raise InputError("unreadable .docx (zip members encrypted or compressed in an unsupported way)") from exc
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise InputError("truncated or corrupt .docx (a part of the zip archive is damaged)") from exc
    try:
        return etree.fromstring(xml, _SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise _xml_error(exc) from exc


def _core_title(package: Any) -> str | None:
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        # without a core-properties part python-docx would invent one titled "Word Document"
        package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
        return plausible_title(package.core_properties.title)
    except (KeyError, ValueError, etree.XMLSyntaxError):
        return None


def read_docx(data: bytes) -> RawText:
    """Body text of a .docx: paragraphs and tables in document order, text boxes after their paragraph.

    Headers, footers, footnotes, comments, deleted text and hidden text are not body and are left out.
    """
    if data.startswith(OLE_MAGIC):
        if is_encrypted_ole(data):
            raise InputError(PASSWORD_PROTECTED)
        raise InputError("not a .docx but a legacy Word 97-2003 (OLE2) file")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError("truncated or corrupt .docx (not a complete zip archive)") from exc
    except NotImplementedError as exc:  # "zip file version 6.4": a member needs a newer zip than Python reads
        raise InputError("unreadable .docx (its zip archive needs features Python's zipfile lacks)") from exc
    names = {info.filename for info in infos}
    if len(infos) > MAX_DOCX_MEMBERS:
        raise InputError(f"not a plausible .docx (over {MAX_DOCX_MEMBERS} parts in the zip archive)")
    main = _docx_main_part(zf, names)
    if main not in names:
        raise InputError(f"not a Word document ({_zip_kind(names)})")
    limit_mb = MAX_DOCX_MAIN_PART // (1024 * 1024)
    if zf.getinfo(main).file_size > MAX_DOCX_MAIN_PART:
        raise InputError(f"document too large: {main} would unpack to over {limit_mb} MB (zip bomb?)")
    if sum(info.file_size for info in infos) > MAX_DOCX_TOTAL:
        total_mb = MAX_DOCX_TOTAL // (1024 * 1024)
        raise InputError(f"document too large: the .docx would unpack to over {total_mb} MB (zip bomb?)")

    from docx.opc.exceptions import PackageNotFoundError
    from docx.package import Package

    warnings: list[str] = []
    title = None
    try:
        # python-docx parses with resolve_entities=False (docx.oxml.parser), so no entity expansion
        package = Package.open(io.BytesIO(data))
        part = package.main_document_part
    except (
        KeyError,
        ValueError,
        PackageNotFoundError,
        zipfile.BadZipFile,
        EOFError,
        OSError,
        zlib.error,
        RuntimeError,
    ):
        # python-docx needs every referenced part; Word opens a package with a dangling one
        root = _read_part(zf, main)
        warnings.append("the .docx package is damaged; its main document part was read on its own")
    except etree.XMLSyntaxError as exc:
        raise _xml_error(exc) from exc
    else:
        if part.content_type not in _WORD_MAIN_TYPES:
            raise InputError(f"not a Word document ({_zip_kind(names)})")
        try:
            # .docm/.dotx main parts are not parsed by python-docx; parse them the same safe way
            root = part.element if hasattr(part, "element") else etree.fromstring(part.blob, _SAFE_XML)
        except etree.XMLSyntaxError as exc:
            raise _xml_error(exc) from exc
        title = _core_title(package)

    if _split(root) not in {(ns, "document") for ns in _W_NS}:
        raise InputError(f"not a Word document ({_zip_kind(names)})")
    body = next((c for c in root if _split(c)[0] in _W_NS and _split(c)[1] == "body"), None)
    walk = _DocxWalk()
    if body is not None:
        walk.blocks(body, walk.lines)
    text = _finish(walk.lines)
    if walk.alt_chunks:
        warnings.append(f"{walk.alt_chunks} embedded foreign-format chunk(s) (altChunk) not read")
    if walk.tracked_changes:
        warnings.append("document has tracked changes; read as if all were accepted")
    if not text:
        if walk.images:
            raise InputError("document has no text, only images (scanned pages?); OCR it first")
        raise InputError("document has no text")

    return RawText(text=text, format="docx", warnings=warnings, title=title)


# --- .doc (antiword) ---------------------------------------------------------------------------------

_SEPARATOR = re.compile(r"-{20,30}")  # antiword's two-inch rule before footnotes, endnotes, text boxes
_NOTE_START = re.compile(r"\[(\d+|[ivxlcdm]+)\]")
_TABLE_LINE = re.compile(r"\|.*\|")


def _find_antiword() -> str | None:
    return shutil.which("antiword")


def _run_antiword(exe: str, args: list[str], path: str, home: str) -> subprocess.CompletedProcess[bytes]:
    # HOME points at an empty directory so a user's ~/.antiword cannot change the output
    env = {**os.environ, "HOME": home}
    try:
        return subprocess.run([exe, *args, path], capture_output=True, timeout=ANTIWORD_TIMEOUT, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        raise InputError(f"antiword took longer than {ANTIWORD_TIMEOUT} s on this .doc") from exc
    except OSError as exc:
        raise InputError(f"could not run antiword: {exc.strerror or exc}") from exc


def _antiword_failure(stderr: bytes, path: str, ole_ok: bool) -> InputError:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    message = lines[-1].replace(path, "the file") if lines else "no message"
    if "crypt" in message.lower():
        return InputError(PASSWORD_PROTECTED)
    if not ole_ok:
        return InputError("truncated or corrupt .doc (not a complete OLE2 compound file)")
    return InputError(f"antiword could not read the .doc: {message.rstrip('.')}")


def _docbook_tables(xml: bytes) -> list[list[list[str]]] | None:
    """Tables from antiword's DocBook output: it keeps cell boundaries that its text mode wraps away."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    tables = []
    for table in root.iter("informaltable"):
        rows = []
        for row in table.iter("row"):
            cells = [
                join_fragments(ln.strip() for ln in "".join(entry.itertext()).splitlines())
                for entry in row.iter("entry")
            ]
            if any(cells):
                rows.append(cells)
        tables.append(rows)
    return tables


def _remove_note_marks(lines: list[str], marks: list[str]) -> list[str]:
    """Delete antiword's inline "[1]", "[2]" ... note references, each once, in order."""
    out, pending = [], list(marks)
    for line in lines:
        while pending and pending[0] in line:
            line = line.replace(pending.pop(0), "", 1)
        out.append(line)
    return out


def _antiword_text(text: str, tables: list[list[list[str]]] | None, warnings: list[str]) -> list[str]:
    lines = text.replace("\r", "").split("\n")
    # antiword prints notes and text boxes after the body, each group after a separator line
    body, sections, current = [], [], None
    for line in lines:
        if _SEPARATOR.fullmatch(line):
            current = []
            sections.append(current)
        elif current is None:
            body.append(line)
        else:
            current.append(line)
    marks: list[str] = []
    extra: list[str] = []
    for section in sections:
        first = next((ln for ln in section if ln.strip()), "")
        note = _NOTE_START.match(first)
        if note:  # footnotes or endnotes: not body text
            marks.extend(m.group(0) for ln in section if (m := _NOTE_START.match(ln)))
        else:  # text boxes
            extra.extend(section)
    body = _remove_note_marks(body, marks) if marks else body

    # Tables: text mode draws "|cell|cell|" rows and wraps long cells onto extra rows
    out: list[str] = []
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(body):
        if _TABLE_LINE.fullmatch(body[i]):
            j = i
            while j < len(body) and _TABLE_LINE.fullmatch(body[j]):
                j += 1
            blocks.append((i, j))
            i = j
        else:
            i += 1
    use_docbook = tables is not None and len(tables) == len(blocks)
    if blocks and not use_docbook:
        warnings.append("table layout from antiword may split long cells over several lines")
    pos = 0
    for k, (start, end) in enumerate(blocks):
        out.extend(body[pos:start])
        if use_docbook and tables is not None:
            out.extend("\t".join(cells) for cells in tables[k])
        else:
            out.extend("\t".join(c.strip() for c in ln[1:-1].split("|")) for ln in body[start:end])
        pos = end
    out.extend(body[pos:])
    out.extend(extra)
    # antiword's own marks: "[pic]" for images; leading spaces render paragraph indentation
    return [ln.replace("[pic]", "").lstrip(" ") for ln in out]


def read_doc(data: bytes) -> RawText:
    """Text of a Word 97-2003 .doc through antiword (Debian package ``antiword``).

    Body paragraphs (a manual line break also starts a new line) and tables in place, then the text
    of text boxes; footnotes, endnotes, headers and footers are left out.
    """
    if not data.startswith(OLE_MAGIC):
        raise InputError("not a Word 97-2003 .doc (no OLE2 signature)")
    parsed = _ole_streams(data)
    if parsed is not None:
        ole, streams = parsed
        if "EncryptedPackage" in streams and "EncryptionInfo" in streams:
            raise InputError(PASSWORD_PROTECTED)
        if "WordDocument" not in streams:
            raise InputError(f"not a Word document ({_ole_kind(streams)})")
        if _word_binary_encrypted(ole, streams):
            raise InputError(PASSWORD_PROTECTED)
    exe = _find_antiword()  # after the checks above, which need no antiword and say more
    if exe is None:
        raise InputError(ANTIWORD_MISSING)

    warnings: list[str] = []
    with tempfile.TemporaryDirectory(prefix="luoshi-doc-") as tmp:
        path = os.path.join(tmp, "input.doc")
        with open(path, "wb") as fh:
            fh.write(data)
        # -w 0: one line per paragraph (no wrapping); -m UTF-8.txt: UTF-8 output, Chinese intact
        result = _run_antiword(exe, ["-w", "0", "-m", "UTF-8.txt"], path, tmp)
        if result.returncode != 0:
            raise _antiword_failure(result.stderr, path, parsed is not None)
        text = result.stdout.decode("utf-8", "replace")
        tables = None
        if any(_TABLE_LINE.fullmatch(ln) for ln in text.splitlines()):
            xml = _run_antiword(exe, ["-x", "db"], path, tmp)
            tables = _docbook_tables(xml.stdout) if xml.returncode == 0 else None
    if "\ufffd" in text:
        warnings.append("antiword produced undecodable bytes (shown as U+FFFD)")
    body = _finish(_antiword_text(text, tables, warnings))
    if not body:
        raise InputError("document has no text")
    return RawText(text=body, format="doc", warnings=warnings)


# --- RTF ---------------------------------------------------------------------------------------------

_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word, optional parameter, delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # hex byte
    rb"|\\([^a-zA-Z])"  # control symbol (\\ \{ \} \~ \- \_ \* \<newline> ...)
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends in RTF source are not text
    rb"|([^\\{}\r\n]+)",
    re.DOTALL,
)

# Code page of a font's \fcharset (Windows charset constants).
_CHARSET_CP = {
    77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
    177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
}  # fmt: skip
_DBCS_CODECS = {"gb18030", "cp950", "cp932", "cp949", "johab", "big5hkscs"}

# Destinations whose content is not body text (those written as {\*\name ...} are skipped anyway).
_RTF_SKIP = {
    "colortbl", "stylesheet", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl",
    "footerr", "footerf", "footnote", "annotation", "fldinst", "xe", "tc", "tcn", "txe", "rxe",
    "bkmkstart", "bkmkend", "template", "objdata", "objclass", "objname", "nonshppict", "shpinst",
    "shprslt", "sp", "sn", "sv", "datafield", "filetbl", "listtable", "listoverridetable", "revtbl",
    "rsidtbl", "pn", "pntxta", "pntxtb", "background", "latentstyles", "themedata", "ftnsep", "ftnsepc",
    "ftncn", "aftnsep", "aftnsepc", "aftncn", "private", "userprops", "docvar", "xmlnstbl", "atnid",
    "atnauthor", "atndate", "atnref", "atntime", "atnparent", "atnicn", "comment", "author", "operator",
    "keywords", "subject", "doccomm", "company", "manager", "category", "creatim", "revtim", "printim",
    "buptim", "hlinkbase", "pgdsctbl", "generator", "mmathPr",
}  # fmt: skip
_RTF_CHARS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "tab": "\t", "cell": "\t", "nestcell": " ",
    "emdash": "\u2014", "endash": "\u2013", "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005",
    "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
    "rdblquote": "\u201d", "zwj": "\u200d", "zwnj": "\u200c", "zwbo": "\u200b",
}  # fmt: skip
_CELL_PARA = "\x00"  # stands for a paragraph break inside a table cell until rows are joined


def _codec_for_cp(cp: int) -> str | None:
    special = {936: "gb18030", 54936: "gb18030", 20936: "gb18030", 950: "cp950", 65001: "utf-8",
               10000: "mac_roman", 1361: "johab"}  # fmt: skip
    name = special.get(cp, f"cp{cp}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@dataclass
class _RtfGroup:
    dest: str | None = None  # None: body text; "skip"; "fonttbl"; "info"; "title"
    font: int | None = None
    assoc_font: int | None = None  # \af: the font Word names for double-byte text
    uc: int = 1
    star: bool = False  # "\*" seen: the next control word is an optional destination
    upr: bool = False  # inside \upr: the first subgroup is an ANSI duplicate of the \ud one
    upr_seen_group: bool = False
    in_table: bool = False

    def child(self) -> _RtfGroup:
        dest = self.dest if self.dest in ("skip", "fonttbl", "info", "title") else None
        return _RtfGroup(dest, self.font, self.assoc_font, self.uc, in_table=self.in_table)


@dataclass
class _RtfReader:
    ansi: str = "cp1252"
    default_font: int | None = None
    fonts: dict[int, str] = field(default_factory=dict)
    font_def: int | None = None  # font being defined inside \fonttbl
    body: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    pending: bytearray = field(default_factory=bytearray)
    pending_target: list[str] | None = None
    pending_group: _RtfGroup | None = None
    replaced: int = 0

    # Bytes (\'xx and raw 8-bit text) are buffered so that a double-byte character split over two
    # escapes, or written as escape + literal trail byte, is decoded as one character.
    def _codecs(self, group: _RtfGroup) -> tuple[str, str | None]:
        font = group.font if group.font is not None else self.default_font
        primary = self.fonts.get(font, self.ansi) if font is not None else self.ansi
        if primary in _DBCS_CODECS:
            return primary, None
        candidates = [self.fonts.get(group.assoc_font) if group.assoc_font is not None else None, self.ansi]
        dbcs = next((c for c in candidates if c in _DBCS_CODECS), None)
        return primary, dbcs

    def flush(self) -> None:
        if not self.pending or self.pending_target is None or self.pending_group is None:
            self.pending.clear()
            return
        raw = bytes(self.pending)
        self.pending.clear()
        primary, dbcs = self._codecs(self.pending_group)
        text = None
        if dbcs is not None and any(b >= 0x80 for b in raw):
            try:
                candidate = raw.decode(dbcs)
                if any(_is_cjk(c) for c in candidate):
                    text = candidate
            except UnicodeDecodeError:
                pass
        if text is None:
            text = raw.decode(primary, "replace")
            self.replaced += text.count("\ufffd")
        self.pending_target.append(text.replace("\0", ""))  # NUL is reserved for _CELL_PARA

    def add_bytes(self, raw: bytes, target: list[str], group: _RtfGroup) -> None:
        if self.pending and (self.pending_target is not target or self.pending_group is not group):
            self.flush()
        self.pending_target, self.pending_group = target, group
        self.pending += raw

    def lead_byte_waiting(self) -> bool:
        """True when the buffered bytes end in the first half of a double-byte character."""
        if not self.pending or self.pending_group is None:
            return False
        primary, dbcs = self._codecs(self.pending_group)
        codec = primary if primary in _DBCS_CODECS else dbcs
        if codec is None:
            return False
        decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        decoder.decode(bytes(self.pending))
        return bool(decoder.getstate()[0])

    def add_text(self, text: str, target: list[str]) -> None:
        self.flush()
        target.append(text)


def _rtf_target(reader: _RtfReader, group: _RtfGroup) -> list[str] | None:
    if group.dest is None:
        return reader.body
    if group.dest == "title":
        return reader.title
    return None


def _end_row(body: list[str]) -> None:
    # "a\cell b\cell\row": drop the tab left by the last \cell before ending the line
    if body and body[-1].endswith("\t"):
        body[-1] = body[-1][:-1]
    body.append("\n")


def _join_cell_paragraphs(line: str) -> str:
    if _CELL_PARA not in line:
        return line
    return "\t".join(join_fragments(cell.split(_CELL_PARA)) for cell in line.split("\t"))


def read_rtf(data: bytes) -> RawText:
    """Text of an RTF document, decoding \\'xx bytes by the font's or document's code page and \\uN.

    Font table, styles, document info, pictures, headers, footers, footnotes and field codes are
    skipped; \\par and \\line end a line, \\cell becomes a tab and \\row ends a table row.
    """
    start = len(data) - len(data.lstrip(b"\xef\xbb\xbf \t\r\n\0"))
    if not data.startswith(b"{\\rtf", start):
        raise InputError("not an RTF document (no {\\rtf header)")
    reader = _RtfReader()
    stack: list[_RtfGroup] = []
    group = _RtfGroup()
    skip_chars = 0  # fallback characters still to drop after a \uN
    pos, end = start, len(data)
    closed = False
    while pos < end:
        match = _RTF_TOKEN.match(data, pos)
        if match is None:  # a lone backslash at the very end
            break
        pos = match.end()
        if match.lastindex is None:  # a line end in the RTF source
            continue
        word, param, hexbyte, symbol, brace, chunk = match.groups()
        if brace is not None:
            skip_chars = 0
            reader.flush()
            if brace == b"{":
                if len(stack) >= MAX_RTF_DEPTH:
                    raise InputError(f"RTF nesting too deep (over {MAX_RTF_DEPTH} groups)")
                parent = group
                group = group.child()
                if parent.upr and not parent.upr_seen_group:
                    parent.upr_seen_group = True
                    group.dest = "skip"  # the ANSI copy; the Unicode copy follows in {\*\ud ...}
                stack.append(parent)
            elif stack:
                group = stack.pop()
                if not stack:  # the document's outermost group is closed: anything after is not RTF
                    closed = True
                    break
            continue
        target = _rtf_target(reader, group)
        if chunk is not None or hexbyte is not None or (symbol is not None and symbol in b"\\{}"):
            raw = chunk if chunk is not None else bytes.fromhex(hexbyte.decode()) if hexbyte else symbol
            assert raw is not None
            if skip_chars:
                if chunk is not None:
                    dropped = min(skip_chars, len(raw))
                    raw, skip_chars = raw[dropped:], skip_chars - dropped
                else:
                    skip_chars -= 1
                    continue
                if not raw:
                    continue
            if target is None:
                continue
            if hexbyte is None and all(b < 0x80 for b in raw) and not reader.lead_byte_waiting():
                reader.add_text(raw.decode("ascii").replace("\0", ""), target)
            else:
                reader.add_bytes(raw, target, group)
            continue
        if skip_chars:  # a control word or symbol counts as one fallback character
            skip_chars -= 1
            continue
        if symbol is not None:
            sym = symbol.decode("latin-1")
            if sym == "*":
                group.star = True
            elif target is not None and sym == "~":
                reader.add_text("\u00a0", target)
            elif target is not None and sym == "_":
                reader.add_text("-", target)
            elif target is not None and sym in "\r\n":  # "\<newline>" is \par
                reader.add_text("\n", target)
            continue
        name = word.decode("ascii")
        value = int(param) if param is not None else None
        starred, group.star = group.star, False
        if starred and name != "ud":
            group.dest = "skip"
            continue
        if name == "ud":
            continue
        if name == "upr":
            group.upr = True
            continue
        if name == "bin" and value:
            pos += max(0, value)  # raw binary data (pictures)
            continue
        if name == "fonttbl":
            group.dest = "fonttbl"
            continue
        if group.dest == "fonttbl":
            if name == "f" and value is not None:
                reader.font_def = value
            elif name == "fcharset" and value is not None and reader.font_def is not None:
                cp = _CHARSET_CP.get(value)
                codec = reader.ansi if value == 1 else _codec_for_cp(cp) if cp else "cp1252"
                reader.fonts.setdefault(reader.font_def, codec or "cp1252")
            elif name == "cpg" and value is not None and reader.font_def is not None:
                codec = _codec_for_cp(value)
                if codec:
                    reader.fonts[reader.font_def] = codec
            continue
        if name == "info":
            group.dest = "info"
            continue
        if group.dest == "info":
            if name == "title":
                group.dest = "title"
            elif name in _RTF_SKIP:
                group.dest = "skip"
            continue
        if name in _RTF_SKIP:
            group.dest = "skip"
            continue
        if name == "ansicpg" and value is not None:
            reader.ansi = _codec_for_cp(value) or reader.ansi
        elif name in ("mac", "pc", "pca"):
            reader.ansi = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[name]
        elif name == "deff" and value is not None:
            reader.default_font = value
        elif name == "f" and value is not None:
            reader.flush()
            group.font = value
        elif name == "af" and value is not None:
            reader.flush()
            group.assoc_font = value
        elif name == "plain":
            reader.flush()
            group.font = None
        elif name == "uc" and value is not None:
            group.uc = max(0, value)
        elif name == "u" and value is not None:
            code = value + 65536 if value < 0 else value
            if target is not None and 0 <= code <= 0x10FFFF:
                reader.add_text(chr(code), target)
            skip_chars = group.uc
        elif name == "intbl":
            group.in_table = True
        elif name == "pard":
            group.in_table = False
        elif target is not None:
            if name == "row":
                reader.flush()
                _end_row(target)
            elif name in ("par", "line") and group.in_table:
                reader.add_text(_CELL_PARA, target)
            elif name in _RTF_CHARS:
                reader.add_text(_RTF_CHARS[name], target)
    reader.flush()

    text = "".join(reader.body)
    # \uN gives UTF-16 code units: pair up surrogates (characters beyond the BMP)
    text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = _finish(_join_cell_paragraphs(line) for line in text.split("\n"))
    text = text.replace(_CELL_PARA, "")
    warnings: list[str] = []
    if not closed:
        warnings.append("RTF ends before its last group is closed (truncated?); the text may be incomplete")
    if reader.replaced:
        warnings.append(f"{reader.replaced} byte sequence(s) not valid in the declared code page (shown as U+FFFD)")
    if not text:
        raise InputError("document has no text" if closed else "truncated RTF (it ends before any text)")
    title_text = "".join(reader.title).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return RawText(text=text, format="rtf", warnings=warnings, title=plausible_title(title_text))
