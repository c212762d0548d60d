"""What the document readers share: joining the pieces of a line, and judging a declared title."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The reason every reader gives for a password-protected file (Office, OLE2 or PDF).
PASSWORD_PROTECTED = "password-protected document"

_CJK_RANGES = (
    (0x2E80, 0x9FFF),  # radicals, kana, CJK punctuation (3000-303F), unified ideographs, ...
    (0xAC00, 0xD7AF),  # hangul
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # vertical/compatibility punctuation
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3FFFF),  # extension planes
)


def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


def join_fragments(fragments: Iterable[str]) -> str:
    """Join pieces of one logical line (paragraphs of a table cell, lines of a PDF paragraph).

    Chinese text has no spaces between words, so a space is put only where neither side is CJK;
    that way "5.5%左右，" + "稳定就业" stays one run of characters and "GDP" + "growth" does not fuse.
    """
    out = ""
    for frag in fragments:
        if not frag or frag.isspace():
            continue
        if not out:
            out = frag
        elif is_cjk(out[-1]) or is_cjk(frag[0]) or out[-1].isspace() or frag[0].isspace():
            out += frag
        else:
            out += " " + frag
    return out


def finish_lines(lines: Iterable[str]) -> str:
    """One paragraph per line; drop lines with no visible characters (blank spacing paragraphs)."""
    return "\n".join(line for line in lines if line.strip())


def pair_surrogates(text: str) -> str:
    """Surrogate pairs in a str (UTF-16 code units, as RTF's \\uN and JSON escapes give them) joined
    into their character; a lone surrogate becomes U+FFFD, as a decoder would make it."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_PLACEHOLDER_TITLES = re.compile(
    r"(word document|document\s*\d*|doc\d*|untitled|title|无标题|未命名|标题|文档\s*\d*|新建.*文档\s*\d*|"
    r"microsoft word 文档|powerpoint presentation|presentation\d*|slide \d+|幻灯片 \d+|unknown)",
    re.IGNORECASE,
)
_FILENAME_LIKE = re.compile(
    r"(^[a-z]:\\|[\\/])|\.(docx?|dotx?|wps|wpt|rtf|pdf|txt|html?|xlsx?|pptx?|odt|tmp|indd|ps|eps|tiff?|jpe?g)$",
    re.IGNORECASE,
)


def plausible_title(value: object) -> str | None:
    """A container-declared title, or None when it is empty, a placeholder or a file name.

    Word and PDF printers fill the title field with things like "Microsoft Word - 报告.doc",
    "Word Document" or "D:\\tmp\\1.docx"; those say nothing about the document.
    """
    if not isinstance(value, str):
        return None
    title = value.strip()
    if not title or len(title) > 200:
        return None
    if "\ufffd" in title or any(ord(c) < 0x20 and c not in "\t" for c in title):
        return None
    lowered = title.lower()
    if lowered.startswith(("microsoft word -", "microsoft powerpoint -", "microsoft excel -")):
        return None
    if _FILENAME_LIKE.search(title) or _PLACEHOLDER_TITLES.fullmatch(title):
        return None
    if not any(c.isalpha() for c in title):  # "1", "----", "2024"
        return None
    return title
