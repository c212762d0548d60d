"""Which files are documents: the suffixes a folder is searched for.

A file named on the command line is read whatever its name (its bytes say what it is); these suffixes
only decide what is picked up from a folder (``luoshi extract``, ``luoshi export``) or an archive
(``luoshi batch``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".docx", ".doc", ".rtf", ".pdf"})


def is_document_name(name: str) -> bool:
    """Whether a file of this name is a document to read (by its suffix, in any case)."""
    return os.path.splitext(name)[1].lower() in DOCUMENT_SUFFIXES


def find_documents(folder: str) -> Iterator[str]:
    """The documents under ``folder``, recursively; hidden files and folders are skipped. Unordered."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and is_document_name(name):
                yield os.path.join(root, name)
