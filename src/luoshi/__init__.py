"""luoshi (落实): from Chinese leadership speeches and work reports to a source-grounded ledger of promises.

    >>> import luoshi
    >>> doc = luoshi.read_document("report.txt")        # any supported file
    >>> doc = luoshi.document_from_text("各位代表：……")  # text or HTML in memory
"""

from luoshi.document import Document
from luoshi.errors import InputError
from luoshi.pipeline import document_from_text, read_document

__version__ = "0.1.0"
__all__ = ["Document", "InputError", "document_from_text", "read_document"]
