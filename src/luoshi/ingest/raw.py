"""What every reader returns: the document's words in reading order, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawText:
    """A document turned into plain text, one paragraph (or table row) per line.

    ``title`` and ``date`` are what the container itself declares (an HTML ``<title>``, a page's
    publication date, a .docx's core properties); the structure stage weighs them against the text.
    """

    text: str
    format: str  # "text", "html", "docx", "doc", "rtf", "pdf"
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    encoding: str | None = None
