"""The document's way through luoshi: ingest → clean → structure → extract.

:func:`document_from_raw` is pure (no I/O), so a single file, a test and a batch worker all call
the same code; :func:`read_document` adds the reading of a file.
"""

from __future__ import annotations

import os
import re

from luoshi.clean import clean_text
from luoshi.clean.oddities import find_oddities
from luoshi.document import Document
from luoshi.errors import ErrorCode, InputError
from luoshi.extract import extract_items
from luoshi.ingest import DEFAULT_MAX_BYTES, RawText, read_file
from luoshi.script import detect_script
from luoshi.structure.metadata import detect_date, detect_region, detect_title

_SURROGATE = re.compile("[\ud800-\udfff]")


def document_from_raw(raw: RawText, source: str) -> Document:
    """Clean a read document, tell its title, date, region and script, and extract its items."""
    script = detect_script(raw.text)
    clean = clean_text(raw.text, script)
    if not clean.text.strip():
        raise InputError("no text found in the document", code=ErrorCode.NO_TEXT)
    head, body = clean.lines[: clean.head], clean.lines[clean.head :]
    title = detect_title(head, clean.dropped, raw.title)
    document = Document(
        source=source,
        text=clean.text,
        script=script,
        title=title,
        date=detect_date(head, body, clean.dropped, title, raw.date),
        region=detect_region(clean.text),
        warnings=[*raw.warnings, *find_oddities(clean.text)],
    )
    return extract_items(document)


def document_from_text(text: str, source: str = "-", *, title: str | None = None,
                       date: str | None = None) -> Document:
    """A document from text already in memory (plain text or HTML markup); ``title`` and ``date`` are what its
    container declares (a table row's columns), used where the text and its markup declare none."""
    from luoshi.ingest.common import pair_surrogates
    from luoshi.ingest.html import looks_like_html, read_html

    if _SURROGATE.search(text):
        # A str can hold surrogates (JSON escapes such as \ud83d\ude00, bytes decoded with surrogateescape) that
        # UTF-8 cannot: pairs become their character, lone ones U+FFFD, as a decoder would make them.
        text = pair_surrogates(text)
    raw = read_html(text) if looks_like_html(text) else RawText(text=text, format="text")
    raw.title, raw.date = raw.title or title, raw.date or date
    return document_from_raw(raw, source)


def read_document(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read, clean and structure one file; :class:`InputError` says why it cannot be."""
    return document_from_raw(read_file(path, max_bytes), os.fspath(path))
