"""Readers for word-processor files: .docx (own, over lxml), legacy .doc (antiword) and RTF (own parser).

Every reader takes the file's bytes and returns a :class:`RawText` with one paragraph or table row
per line (table cells joined by a tab), keeping the characters as written: no script conversion and
no whitespace rewriting beyond joining runs. Lines that are empty or only whitespace are dropped.
Failures raise :class:`InputError` with a short reason and its code.

One module per format: :mod:`.docx` (over the bounded zip reading of :mod:`.zipped`), :mod:`.doc`
(antiword), :mod:`.rtf`, and :mod:`.ole` for the OLE2 container of .doc and of password-protected files.
"""

from __future__ import annotations

from luoshi.ingest.common import PASSWORD_PROTECTED, join_fragments, plausible_title
from luoshi.ingest.office.doc import ANTIWORD_MISSING, ANTIWORD_TIMEOUT, read_doc
from luoshi.ingest.office.docx import read_docx
from luoshi.ingest.office.ole import OLE_MAGIC, is_encrypted_ole
from luoshi.ingest.office.rtf import MAX_RTF_DEPTH, read_rtf
from luoshi.ingest.office.zipped import MAX_DOCX_MAIN_PART, MAX_DOCX_MEMBERS, MAX_DOCX_TOTAL

__all__ = [
    "ANTIWORD_MISSING", "ANTIWORD_TIMEOUT", "MAX_DOCX_MAIN_PART", "MAX_DOCX_MEMBERS", "MAX_DOCX_TOTAL",
    "MAX_RTF_DEPTH", "OLE_MAGIC", "PASSWORD_PROTECTED", "is_encrypted_ole", "join_fragments",
    "plausible_title", "read_doc", "read_docx", "read_rtf",
]  # fmt: skip
