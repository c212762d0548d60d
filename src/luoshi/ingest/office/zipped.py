"""Zip-packaged documents (Office Open XML), opened within limits and parsed without entity expansion.

A hostile or broken upload fails here with a short reason: a zip cut short, members that would unpack
to gigabytes (a zip bomb), tens of thousands of members, malformed XML or an XML entity bomb.
``label`` names the format in those reasons (".docx").

A member is only ever read through :func:`read_member`, which inflates it a chunk at a time and counts
the bytes that come out: ``ZipFile.read`` inflates a whole member in one call, so a member that declares
1 MB but inflates to 1 GiB costs a gigabyte before its checksum fails.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from luoshi.errors import ErrorCode, InputError

MAX_DOCX_MAIN_PART = 200 * 1024 * 1024  # uncompressed main part (word/document.xml)
MAX_DOCX_TOTAL = 500 * 1024 * 1024  # all parts together, as declared: a package claiming more is refused unread
MAX_DOCX_MEMBERS = 10_000

SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
# What reading one member can raise: damage, and zipfile's RuntimeError for a ZipCrypto-encrypted or
# unsupported-compression member.
MEMBER_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, RuntimeError)

_MB = 1024 * 1024
_CHUNK = 64 * 1024  # what one step of inflating may produce


def open_zip(data: bytes, label: str) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The archive and its members, refusing an incomplete one and one with implausibly many members."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError(f"truncated or corrupt {label} (not a complete zip archive)", code=ErrorCode.CORRUPT) from exc
    except NotImplementedError as exc:  # "zip file version 6.4": a member needs a newer zip than Python reads
        reason = f"unreadable {label} (its zip archive needs features Python's zipfile lacks)"
        raise InputError(reason, code=ErrorCode.UNSUPPORTED) from exc
    if len(infos) > MAX_DOCX_MEMBERS:
        reason = f"not a plausible {label} (over {MAX_DOCX_MEMBERS} parts in the zip archive)"
        raise InputError(reason, code=ErrorCode.OVER_LIMIT)
    return zf, infos


def check_unpacked_size(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], main: str, label: str) -> None:
    """Refuse a package whose main part, or whose parts together, would unpack beyond the limits."""
    if zf.getinfo(main).file_size > MAX_DOCX_MAIN_PART:
        reason = f"document too large: {main} would unpack to over {MAX_DOCX_MAIN_PART // _MB} MB (zip bomb?)"
        raise InputError(reason, code=ErrorCode.TOO_LARGE)
    if sum(info.file_size for info in infos) > MAX_DOCX_TOTAL:
        reason = f"document too large: the {label} would unpack to over {MAX_DOCX_TOTAL // _MB} MB (zip bomb?)"
        raise InputError(reason, code=ErrorCode.TOO_LARGE)


def small_part(zf: zipfile.ZipFile, name: str, limit: int = _MB) -> etree._Element | None:
    """A small bookkeeping part (a relationships list), or None when it is missing, too big or broken."""
    try:
        if zf.getinfo(name).file_size >= limit:
            return None
        return etree.fromstring(read_member(zf, name, label="", limit=limit), SAFE_XML)
    except (KeyError, InputError, etree.XMLSyntaxError, *MEMBER_ERRORS):
        return None


def read_member(zf: zipfile.ZipFile, name: str, label: str, limit: int = MAX_DOCX_MAIN_PART) -> bytes:
    """A member's bytes, refused as soon as more than ``limit`` of them have come out of inflating.

    The count is of real bytes, whatever the member declares: a member that lies about its size never
    costs more than ``limit`` plus one chunk (zipfile itself stops at the declared size, and then fails
    the checksum as damage).
    """
    chunks: list[bytes] = []
    total = 0
    try:
        with zf.open(name) as member:
            while chunk := member.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    reason = f"document too large: {name} unpacks to over {limit / _MB:g} MB (zip bomb?)"
                    raise InputError(reason, code=ErrorCode.TOO_LARGE)
                chunks.append(chunk)
    except (RuntimeError, NotImplementedError) as exc:  # "password required", an unknown compression method
        reason = f"unreadable {label} (zip members encrypted or compressed in an unsupported way)"
        raise InputError(reason, code=ErrorCode.UNSUPPORTED) from exc
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError) as exc:
        reason = f"truncated or corrupt {label} (a part of the zip archive is damaged)"
        raise InputError(reason, code=ErrorCode.CORRUPT) from exc
    return b"".join(chunks)


def read_part(zf: zipfile.ZipFile, name: str, label: str) -> etree._Element:
    """One member parsed as XML, read within :data:`MAX_DOCX_MAIN_PART` by :func:`read_member`."""
    return parse_xml(read_member(zf, name, label), label)


def parse_xml(xml: bytes, label: str) -> etree._Element:
    try:
        return etree.fromstring(xml, SAFE_XML)
    except etree.XMLSyntaxError as exc:
        if exc.code == etree.ErrorTypes.ERR_NO_MEMORY:  # libxml2 out of memory (a memory limit): not damage
            raise MemoryError(str(exc)) from exc
        raise xml_error(exc, label) from exc


def xml_error(exc: etree.XMLSyntaxError, label: str) -> InputError:
    if "amplification" in str(exc) or "entity" in str(exc).lower():
        return InputError(f"corrupt {label} (XML entity expansion bomb in the document)", code=ErrorCode.CORRUPT)
    return InputError(f"corrupt {label} (malformed XML in the document)", code=ErrorCode.CORRUPT)


def zip_kind(names: set[str]) -> str:
    """What a zip archive without the expected main part is, for the reason that refuses it."""
    if "xl/workbook.xml" in names:
        return "an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    if "content.xml" in names and "mimetype" in names:
        return "an OpenDocument file"
    if "META-INF/container.xml" in names:
        return "an EPUB book"
    return "a zip archive without word/document.xml"
