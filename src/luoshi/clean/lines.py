"""White space: raw text to a list of lines, without changing any other character.

Scraped and converted documents mark paragraphs in many ways: line breaks, ``　　`` indentation,
or (a document flattened onto one line) runs of spaces. This module turns all of them into one
line per paragraph, strips each line, and collapses the white space inside a line to one character.
"""

from __future__ import annotations

import re

# Invisible characters that carry nothing but break matching (soft hyphens come from Word), and control ones.
_INVISIBLE = "\u200b-\u200d\u2060\ufeff\u00ad"
_CONTROL = "\x00-\x08\x0e-\x1f\x7f"
# Line breaks other than \n (a \r\n pair is one).
_NEWLINE_CHARS = "\r\u2028\u2029\x0b\x0c\x85"
# All three in one class, found in one pass over the text: a line break becomes \n, the others go.
_STRAY = re.compile(f"[{_NEWLINE_CHARS}{_INVISIBLE}{_CONTROL}]")
_HSPACE_CHARS = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_HSPACE = f"[{_HSPACE_CHARS}]"
_RUN = re.compile(f"{_HSPACE}{_HSPACE}+")  # two or more; a leading class lets the engine skip ahead
# A paragraph break hidden in a run of two spaces: after a sentence end, or before an outline marker.
_SENTENCE_END = frozenset("。！？!?：:；;…”’」』")
# A salutation run onto the speaker's line: 上海市市长　龚正 各位代表：
_SALUTATION_AHEAD = re.compile(f"{_HSPACE}{_HSPACE}*(?=(?:各位代表|各位委员|同志们|各位同志)[^。]{{0,12}}[：:]$)")
_SALUTATION_WORDS = ("各位", "同志们")  # one of them is in every salutation: lines without skip the pattern
_MARKER_AHEAD = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|——|\d{1,2}[、.．]\D")


def split_lines(text: str) -> list[str]:
    """Non-empty, stripped lines of ``text``, one paragraph each."""
    text = _STRAY.sub(_line_break_or_nothing, text.replace("\r\n", "\n"))
    if len(text) > _FLAT_TEXT and text.count("\n") < _FLAT_TEXT_LINES:
        text = _FLAT_BREAK.sub(lambda found: found.group() + "\n", text)
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip(_HSPACE_CHARS)  # not a regex: [ ]+$ retried at each space of a long run is quadratic
        if line:
            parts = _split_runs(line).split("\n")
            lines.extend(p for part in parts for p in _split_salutation(part) if p)
    return lines


def _line_break_or_nothing(stray: re.Match[str]) -> str:
    return "\n" if stray.group() in _NEWLINE_CHARS else ""


def _split_salutation(part: str) -> list[str]:
    if _SALUTATION_WORDS[0] not in part and _SALUTATION_WORDS[1] not in part:
        return [part]
    return _SALUTATION_AHEAD.sub("\n", part).split("\n")


# A document flattened to one long line with single spaces between its paragraphs (…开好局。 受X书记委托…;
# …上的讲话 同志们: 今天…): a space after a sentence's end, or before a salutation, ends a paragraph.
_FLAT_LINE = 300
_SINGLE_BREAK = re.compile(  # the space first, then what stands around it: the engine jumps from space to space
    r" (?:(?<=[。！？：:；;] )(?=[\u4e00-\u9fff“（(])"
    r"|(?<=[\u4e00-\u9fff] )(?=(?:各位代表|各位委员|同志们|各位同志)[^。 ]{0,12}[：:])"
    r"|(?<=[\u4e00-\u9fff] )(?=[一二三四五六七八九十]{1,2}[、是要][\u4e00-\u9fff]))"
)
# …的信心和决心 今年以来，…: in such a line, a part's title ends at the first space after it (before any stop)
_TITLE_THEN_SPACE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])"
    r"[^。！？ ]{4,60}?[\u4e00-\u9fff”] (?=[\u4e00-\u9fff“])"
)


# A whole document run onto one line with nothing between its paragraphs (…上的讲话同志们:今天,…。一、肯定成绩…):
# a break before the salutation after the title, and before a part's number after a sentence's end.
_FLAT_TEXT, _FLAT_TEXT_LINES = 500, 3
_FLAT_BREAK = re.compile(  # opening with the characters before the break, not a look-behind tried everywhere
    r"(讲话|报告|发言|致辞)(?=(?:各位代表|各位委员|同志们|各位同志)[^。]{0,12}[：:])"
    r"|([。！？])(?=[一二三四五六七八九十]{1,2}、[^。]{2,40}?[，,\u4e00-\u9fff])"
)


def _title_apart(part: str) -> str:
    title = _TITLE_THEN_SPACE.match(part)
    return part if title is None else part[: title.end() - 1] + "\n" + part[title.end() :]


def _split_runs(line: str) -> str:
    if len(line) > _FLAT_LINE and " " in line:
        line = "\n".join(_title_apart(part) for part in _SINGLE_BREAK.sub("\n", line).split("\n"))
    if not _RUN.search(line):  # most lines: no run to look at
        return line

    def replace(match: re.Match[str]) -> str:
        run = match.group()
        if "\t" in run:  # table cells from .docx and HTML rows stay apart
            return "\t"
        before = line[match.start() - 1]
        if len(run) >= 3 or before in _SENTENCE_END or _MARKER_AHEAD.match(line, match.end()):
            return "\n"
        return run[0]

    return _RUN.sub(replace, line)
