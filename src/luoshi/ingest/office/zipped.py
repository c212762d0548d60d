"""Zip-packaged documents (Office Open XML), opened within limits and parsed without entity expansion.

A hostile or broken upload fails here with a short reason: a zip cut short, members that would unpack
to gigabytes (a zip bomb), tens of thousands of members, malformed XML or an XML entity bomb.
``label`` names the format in those reasons (".docx").
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from luoshi.errors import ErrorCode, InputError

MAX_DOCX_MAIN_PART = 200 * 1024 * 1024  # uncompressed main part (word/document.xml)
MAX_DOCX_TOTAL = 500 * 1024 * 1024  # all parts together: python-docx loads every part into memory
MAX_DOCX_MEMBERS = 10_000

SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
# What reading one member can raise: damage, and zipfile's RuntimeError for a ZipCrypto-encrypted or
# unsupported-compression member.
MEMBER_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, RuntimeError)

_MB = 1024 * 1024


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
    except KeyError:
        return None
    try:
        return etree.fromstring(zf.read(name), SAFE_XML)
    except (etree.XMLSyntaxError, *MEMBER_ERRORS):
        return None


def read_part(zf: zipfile.ZipFile, name: str, label: str) -> etree._Element:
    """One member parsed as XML, its size checked beforehand by :func:`check_unpacked_size`."""
    try:
        xml = zf.read(name)
    except RuntimeError as exc:  # zipfile's "password required" and "compression method not supported"
        reason = f"unreadable {label} (zip members encrypted or compressed in an unsupported way)"
        raise InputError(reason, code=ErrorCode.UNSUPPORTED) from exc
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        reason = f"truncated or corrupt {label} (a part of the zip archive is damaged)"
        raise InputError(reason, code=ErrorCode.CORRUPT) from exc
    return parse_xml(xml, label)


def parse_xml(xml: bytes, label: str) -> etree._Element:
    try:
        return etree.fromstring(xml, SAFE_XML)
    except etree.XMLSyntaxError as exc:
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
