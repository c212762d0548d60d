"""luoshi (落实): from Chinese leadership speeches and work reports to a source-grounded ledger of promises.

    >>> import luoshi
    >>> doc = luoshi.extract(Path("report.docx"))     # a file: any supported format
    >>> doc = luoshi.extract("各位代表：……今年要……")    # text or HTML in memory
    >>> [(q.kind, q.metric, q.value, q.unit) for q in doc.quantities]
"""

from __future__ import annotations

import os

from luoshi.document import Document, Formulation, Heading, Quantity, Task
from luoshi.errors import InputError
from luoshi.pipeline import document_from_text, read_document

__version__ = "0.1.0"
__all__ = [
    "Document", "Formulation", "Heading", "InputError", "Quantity", "Task",
    "document_from_text", "extract", "read_document",
]


def extract(source: str | os.PathLike[str]) -> Document:
    """The extracted document of a file (a path object, or a string naming an existing file) or of text.

    Defined after the imports on purpose: it takes the name ``luoshi.extract`` from the subpackage
    of the extraction stages, which stays importable as ``from luoshi.extract import …``.
    """
    if isinstance(source, os.PathLike) or ("\n" not in source and len(source) < 4096 and os.path.isfile(source)):
        return read_document(source)
    return document_from_text(source)
