"""Clean text: the document's body, without the web and share-site furniture, one paragraph a line."""

from __future__ import annotations

from dataclasses import dataclass, field

from luoshi.clean.furniture import sort_lines, split_front_matter
from luoshi.clean.joins import rejoin
from luoshi.clean.lines import split_lines
from luoshi.document import Script
from luoshi.script import detect_script


@dataclass
class CleanText:
    """The body as ``text`` (lines joined by ``\\n``), and what the cleaning set aside.

    ``head`` counts the lines before the body (title, dateline, speaker); ``dropped`` holds the
    furniture lines, where a page's ``日期：`` or a share site's copy of the title may still be read.
    """

    text: str
    lines: list[str]
    head: int
    dropped: list[str] = field(default_factory=list)


def clean_text(raw: str, script: Script | None = None) -> CleanText:
    """The body of ``raw``; ``script`` (told from the text when not given) decides how furniture is matched."""
    header, lines = split_front_matter(split_lines(raw))
    lines = rejoin(lines)
    script = script or detect_script("\n".join(lines[:200]))
    sorted_lines = sort_lines(lines, traditional=script == "traditional")
    lines = sorted_lines.kept
    return CleanText(text="\n".join(lines), lines=lines, head=sorted_lines.head,
                     dropped=header + sorted_lines.dropped)
