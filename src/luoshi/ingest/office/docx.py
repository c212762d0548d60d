"""Reader for .docx (Office Open XML word processing): the body's paragraphs and tables in order.

The package is opened within the limits of :mod:`.zipped`, and only what is needed is inflated: the
relationships, the content types, the core properties and the main part (python-docx would load every
part whole). The body is walked here, element by element, so that text boxes, content controls,
tracked insertions and merged table cells come out as Word shows them.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from luoshi.errors import ErrorCode, InputError
from luoshi.ingest.common import PASSWORD_PROTECTED, finish_lines, join_fragments, plausible_title
from luoshi.ingest.office.ole import OLE_MAGIC, is_encrypted_ole
from luoshi.ingest.office.zipped import check_unpacked_size, open_zip, read_part, small_part, zip_kind
from luoshi.ingest.raw import RawText

_LABEL = ".docx"
_W_NS = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "strict" OOXML
}
_DOCUMENT = {(ns, "document") for ns in _W_NS}
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Elements whose content is never body text: properties, deleted or moved-away text, field codes,
# ruby (phonetic guide) text, note and comment references.
_W_SKIP = {
    "pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "sdtPr", "sdtEndPr", "del", "moveFrom",
    "delText", "instrText", "delInstrText", "rt", "fldData", "footnoteReference", "endnoteReference",
    "commentReference", "annotationRef", "lastRenderedPageBreak", "bookmarkStart", "bookmarkEnd",
}  # fmt: skip
_W_REMOVED = {"del", "moveFrom"}  # tracked changes that take text away
# Elements that stand for one character (a soft hyphen shows only where a line breaks: none).
_W_CHARS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-", "softHyphen": ""}
# Block-level wrappers whose content is body blocks.
_W_BLOCK_WRAPPERS = {"sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"}
_WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}


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


def _choice(alternate: etree._Element) -> etree._Element | None:
    """The mc:Choice of an mc:AlternateContent (Word writes text boxes twice: DrawingML, then VML)."""
    return next((c for c in alternate if _split(c) == (_MC_NS, "Choice")), None)


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
            if ns == _MC_NS:
                choice = _choice(child) if tag == "AlternateContent" else None
                if choice is not None:
                    self.blocks(choice, out)
            elif ns not in _W_NS:
                continue
            elif tag == "p":
                self.paragraph(child, out)
            elif tag == "tbl":
                self.table(child, out)
            elif tag in _W_BLOCK_WRAPPERS:
                self.blocks(child, out)
            elif tag == "altChunk":
                self.alt_chunks += 1
            elif tag in _W_REMOVED:
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
            if ns in _W_NS:
                if self._w_inline(child, tag, parts, boxes):
                    self.inline(child, parts, boxes)
            elif ns == _MC_NS:
                # Word writes a text box twice (DrawingML choice, VML fallback): read the choice only
                choice = _choice(child) if tag == "AlternateContent" else None
                if choice is not None:
                    self.inline(choice, parts, boxes)
            elif tag:  # drawing / VML wrappers: look inside for text boxes
                if tag in ("blip", "imagedata"):
                    self.images += 1
                self.inline(child, parts, boxes)

    def _w_inline(self, child: etree._Element, tag: str, parts: list[str], boxes: list[str]) -> bool:
        """Take in one WordprocessingML element of a paragraph; True when its content is to be walked."""
        if tag in _W_SKIP:
            self.tracked_changes |= tag in _W_REMOVED
        elif tag == "t":
            parts.append(child.text or "")
        elif tag in _W_CHARS:
            parts.append(_W_CHARS[tag])
        elif tag == "sym":
            parts.append(_symbol(child))
        elif tag == "txbxContent":
            self.blocks(child, boxes)
        elif tag != "r" or not _is_hidden(child):  # r, hyperlink, ins, moveTo, smartTag, fldSimple, sdt, ...
            self.tracked_changes |= tag == "ins"
            return True
        return False

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


def _symbol(sym: etree._Element) -> str:
    """The character of a w:sym; none for symbol-font private-use codes, which have no Unicode meaning."""
    try:
        cp = int(_attr(sym, "char") or "", 16)
    except ValueError:
        return ""
    return "" if 0xF000 <= cp <= 0xF0FF else chr(cp)


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


_OFFICE_DOCUMENT = "/officeDocument"  # the end of the relationship type naming the main part
_CORE_PROPERTIES = "/metadata/core-properties"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def _relationships(zf: zipfile.ZipFile, part: str) -> list[tuple[str, str]]:
    """(type, part name) of the internal relationships of ``part`` ("" for the package itself)."""
    folder, name = posixpath.split(part)
    rels = small_part(zf, posixpath.join(folder, "_rels", f"{name}.rels"))
    found = []
    for rel in rels.iter("{*}Relationship") if rels is not None else ():
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found.append((rel.get("Type") or "", posixpath.normpath(resolved)))
    return found


def _content_type(zf: zipfile.ZipFile, part: str) -> str | None:
    """The part's content type by [Content_Types].xml (an override, or the default of its extension)."""
    types = small_part(zf, "[Content_Types].xml")
    if types is None:
        return None
    extension = posixpath.splitext(part)[1].lstrip(".").lower()
    default = None
    for entry in types:
        name = etree.QName(entry).localname if isinstance(entry.tag, str) else ""
        if name == "Override" and (entry.get("PartName") or "").lstrip("/").lower() == part.lower():
            return entry.get("ContentType")
        if name == "Default" and (entry.get("Extension") or "").lower() == extension:
            default = entry.get("ContentType")
    return default


def _core_title(zf: zipfile.ZipFile, package: list[tuple[str, str]]) -> str | None:
    core = next((part for kind, part in package if kind.endswith(_CORE_PROPERTIES)), None)
    root = small_part(zf, core) if core else None
    title = root.find(_DC_TITLE) if root is not None else None
    return plausible_title(title.text) if title is not None else None


def _not_word(names: set[str]) -> InputError:
    return InputError(f"not a Word document ({zip_kind(names)})", code=ErrorCode.NOT_WORD)


def _main_part(zf: zipfile.ZipFile, names: set[str], warnings: list[str]) -> tuple[etree._Element, str | None]:
    """The main document part's root element, and the title of the core properties."""
    package = _relationships(zf, "")
    main = next((part for kind, part in package if kind.endswith(_OFFICE_DOCUMENT)), "word/document.xml")
    if main not in names:
        raise _not_word(names)
    content_type = _content_type(zf, main)
    if content_type is not None and content_type not in _WORD_MAIN_TYPES:
        raise _not_word(names)
    # Word opens a package with a dangling relationship or without content types: read it, and say so
    dangling = [part for _, part in [*package, *_relationships(zf, main)] if part not in names]
    if content_type is None or dangling:
        warnings.append("the .docx package is damaged; its main document part was read on its own")
    check_unpacked_size(zf, zf.infolist(), main, _LABEL)
    return read_part(zf, main, _LABEL), _core_title(zf, package)


def _body_text(walk: _DocxWalk, warnings: list[str]) -> str:
    text = finish_lines(walk.lines)
    if walk.alt_chunks:
        warnings.append(f"{walk.alt_chunks} embedded foreign-format chunk(s) (altChunk) not read")
    if walk.tracked_changes:
        warnings.append("document has tracked changes; read as if all were accepted")
    if not text and walk.images:
        reason = "document has no text, only images (scanned pages?); OCR it first"
        raise InputError(reason, code=ErrorCode.NO_TEXT)
    if not text:
        raise InputError("document has no text", code=ErrorCode.NO_TEXT)
    return text


def read_docx(data: bytes) -> RawText:
    """Body text of a .docx: paragraphs and tables in document order, text boxes after their paragraph.

    Headers, footers, footnotes, comments, deleted text and hidden text are not body and are left out.
    """
    if data.startswith(OLE_MAGIC):
        if is_encrypted_ole(data):
            raise InputError(PASSWORD_PROTECTED, code=ErrorCode.ENCRYPTED)
        raise InputError("not a .docx but a legacy Word 97-2003 (OLE2) file", code=ErrorCode.WRONG_FORMAT)
    zf, infos = open_zip(data, _LABEL)
    warnings: list[str] = []
    names = {info.filename for info in infos}
    root, title = _main_part(zf, names, warnings)
    if _split(root) not in _DOCUMENT:
        raise _not_word(names)
    walk = _DocxWalk()
    body = next((c for c in root if _split(c)[0] in _W_NS and _split(c)[1] == "body"), None)
    if body is not None:
        walk.blocks(body, walk.lines)
    return RawText(text=_body_text(walk, warnings), format="docx", warnings=warnings, title=title)
