"""Reader for RTF, written here: a tokenizer, and a walker over its groups driven by tables of
control words and destinations.

Bytes (``\\'xx`` escapes and raw 8-bit text) are decoded by the code page of the current font's
``\\fcharset`` (or ``\\cpg``), else the document's ``\\ansicpg``; a double-byte character written
as two escapes, or as an escape and a literal trail byte, is decoded as one. ``\\uN`` gives UTF-16
code units, followed by ``\\ucN`` fallback characters that are dropped.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from luoshi.errors import ErrorCode, InputError
from luoshi.ingest.common import finish_lines, is_cjk, join_fragments, pair_surrogates, plausible_title
from luoshi.ingest.raw import RawText

MAX_RTF_DEPTH = 10_000  # nested groups

_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word, optional parameter, delimiting space
    rb"|\\'([0-9a-fA-F]{2})"  # hex byte
    rb"|\\([^a-zA-Z])"  # control symbol (\\ \{ \} \~ \- \_ \* \<newline> ...)
    rb"|([{}])"
    rb"|[\r\n]+"  # line ends in RTF source are not text
    rb"|([^\\{}\r\n]+)",
    re.DOTALL,
)
_WORD, _PARAM, _HEX, _SYMBOL, _BRACE, _TEXT = range(1, 7)  # its groups

# Code page of a font's \fcharset (Windows charset constants).
_CHARSET_CP = {
    77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
    177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
}  # fmt: skip
_DBCS_CODECS = {"gb18030", "cp950", "cp932", "cp949", "johab", "big5hkscs"}

# Destinations whose content is not body text (those written as {\*\name ...} are skipped anyway).
_RTF_SKIP = {
    "colortbl", "stylesheet", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl",
    "footerr", "footerf", "footnote", "annotation", "fldinst", "xe", "tc", "tcn", "txe", "rxe",
    "bkmkstart", "bkmkend", "template", "objdata", "objclass", "objname", "nonshppict", "shpinst",
    "shprslt", "sp", "sn", "sv", "datafield", "filetbl", "listtable", "listoverridetable", "revtbl",
    "rsidtbl", "pn", "pntxta", "pntxtb", "background", "latentstyles", "themedata", "ftnsep", "ftnsepc",
    "ftncn", "aftnsep", "aftnsepc", "aftncn", "private", "userprops", "docvar", "xmlnstbl", "atnid",
    "atnauthor", "atndate", "atnref", "atntime", "atnparent", "atnicn", "comment", "author", "operator",
    "keywords", "subject", "doccomm", "company", "manager", "category", "creatim", "revtim", "printim",
    "buptim", "hlinkbase", "pgdsctbl", "generator", "mmathPr",
}  # fmt: skip
_RTF_CHARS = {
    "par": "\n", "line": "\n", "sect": "\n", "page": "\n", "tab": "\t", "cell": "\t", "nestcell": " ",
    "emdash": "\u2014", "endash": "\u2013", "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005",
    "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
    "rdblquote": "\u201d", "zwj": "\u200d", "zwnj": "\u200c", "zwbo": "\u200b",
}  # fmt: skip
_CELL_PARA = "\x00"  # stands for a paragraph break inside a table cell until rows are joined


_SPECIAL_CODECS = {
    936: "gb18030", 54936: "gb18030", 20936: "gb18030", 950: "cp950", 65001: "utf-8", 10000: "mac_roman",
    1361: "johab",
}  # fmt: skip


def _codec_for_cp(cp: int) -> str | None:
    name = _SPECIAL_CODECS.get(cp, f"cp{cp}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@dataclass
class _RtfGroup:
    dest: str | None = None  # None: body text; "skip"; "fonttbl"; "info"; "title"
    font: int | None = None
    assoc_font: int | None = None  # \af: the font Word names for double-byte text
    uc: int = 1
    star: bool = False  # "\*" seen: the next control word is an optional destination
    upr: bool = False  # inside \upr: the first subgroup is an ANSI duplicate of the \ud one
    upr_seen_group: bool = False
    in_table: bool = False

    def child(self) -> _RtfGroup:
        dest = self.dest if self.dest in ("skip", "fonttbl", "info", "title") else None
        return _RtfGroup(dest, self.font, self.assoc_font, self.uc, in_table=self.in_table)


@dataclass
class _RtfReader:
    ansi: str = "cp1252"
    default_font: int | None = None
    fonts: dict[int, str] = field(default_factory=dict)
    font_def: int | None = None  # font being defined inside \fonttbl
    body: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    pending: bytearray = field(default_factory=bytearray)
    pending_target: list[str] | None = None
    pending_group: _RtfGroup | None = None
    replaced: int = 0

    # Bytes (\'xx and raw 8-bit text) are buffered so that a double-byte character split over two
    # escapes, or written as escape + literal trail byte, is decoded as one character.
    def _codecs(self, group: _RtfGroup) -> tuple[str, str | None]:
        font = group.font if group.font is not None else self.default_font
        primary = self.fonts.get(font, self.ansi) if font is not None else self.ansi
        if primary in _DBCS_CODECS:
            return primary, None
        candidates = [self.fonts.get(group.assoc_font) if group.assoc_font is not None else None, self.ansi]
        dbcs = next((c for c in candidates if c in _DBCS_CODECS), None)
        return primary, dbcs

    def flush(self) -> None:
        if not self.pending or self.pending_target is None or self.pending_group is None:
            self.pending.clear()
            return
        raw = bytes(self.pending)
        self.pending.clear()
        primary, dbcs = self._codecs(self.pending_group)
        text = None
        if dbcs is not None and any(b >= 0x80 for b in raw):
            try:
                candidate = raw.decode(dbcs)
                if any(is_cjk(c) for c in candidate):
                    text = candidate
            except UnicodeDecodeError:
                pass
        if text is None:
            text = raw.decode(primary, "replace")
            self.replaced += text.count("\ufffd")
        self.pending_target.append(text.replace("\0", ""))  # NUL is reserved for _CELL_PARA

    def add_bytes(self, raw: bytes, target: list[str], group: _RtfGroup) -> None:
        if self.pending and (self.pending_target is not target or self.pending_group is not group):
            self.flush()
        self.pending_target, self.pending_group = target, group
        self.pending += raw

    def lead_byte_waiting(self) -> bool:
        """True when the buffered bytes end in the first half of a double-byte character."""
        if not self.pending or self.pending_group is None:
            return False
        primary, dbcs = self._codecs(self.pending_group)
        codec = primary if primary in _DBCS_CODECS else dbcs
        if codec is None:
            return False
        decoder = codecs.getincrementaldecoder(codec)(errors="replace")
        decoder.decode(bytes(self.pending))
        return bool(decoder.getstate()[0])

    def add_text(self, text: str, target: list[str]) -> None:
        self.flush()
        target.append(text)


def _end_row(body: list[str]) -> None:
    # "a\cell b\cell\row": drop the tab left by the last \cell before ending the line
    if body and body[-1].endswith("\t"):
        body[-1] = body[-1][:-1]
    body.append("\n")


def _join_cell_paragraphs(line: str) -> str:
    if _CELL_PARA not in line:
        return line
    return "\t".join(join_fragments(cell.split(_CELL_PARA)) for cell in line.split("\t"))


# Control symbols that stand for a character ("\<newline>" is \par); "\\", "\{" and "\}" are text.
_RTF_SYMBOLS = {"~": "\u00a0", "_": "-", "\r": "\n", "\n": "\n"}
# Destinations a control word opens in the group it starts; inside \info, \title is read as the title.
_DESTINATIONS = {"info": "info", **dict.fromkeys(_RTF_SKIP, "skip")}
_INFO_DESTINATIONS = {**_DESTINATIONS, "title": "title"}


class _RtfWalk:
    """Walks the tokens of an RTF document, group by group, into an :class:`_RtfReader`.

    A control word is looked up in the tables below: first those that act in any destination, then
    (outside the font table) those that open a destination, then those of the body.
    """

    def __init__(self, data: bytes, start: int) -> None:
        self.data = data
        self.pos = start
        self.reader = _RtfReader()
        self.stack: list[_RtfGroup] = []
        self.group = _RtfGroup()
        self.skip_chars = 0  # fallback characters still to drop after a \uN
        self.closed = False  # the outermost group was closed: anything after it is not RTF

    def run(self) -> None:
        data, end = self.data, len(self.data)
        while self.pos < end and not self.closed:
            match = _RTF_TOKEN.match(data, self.pos)
            if match is None:  # a lone backslash at the very end
                break
            self.pos = match.end()
            kind = match.lastindex  # the number of the group that matched (see _RTF_TOKEN)
            if kind == _HEX:  # the commonest token of Chinese RTF: one byte of a character
                self._bytes(bytes.fromhex(match[_HEX].decode()), False, True)
            elif kind == _TEXT:
                self._bytes(match[_TEXT], True, False)
            elif kind is not None:  # else a line end in the RTF source
                self._control(match[_WORD], match[_PARAM], match[_SYMBOL], match[_BRACE])
        self.reader.flush()

    def target(self) -> list[str] | None:
        """Where the text of the current group goes: the body, the title, or nowhere."""
        if self.group.dest is None:
            return self.reader.body
        if self.group.dest == "title":
            return self.reader.title
        return None

    def _control(self, word: bytes | None, param: bytes | None, symbol: bytes | None, brace: bytes | None) -> None:
        if brace is not None:
            self._brace(brace == b"{")
        elif symbol is not None and symbol in b"\\{}":
            self._bytes(symbol, False, False)
        elif self.skip_chars:  # a control word or symbol counts as one fallback character
            self.skip_chars -= 1
        elif symbol is not None:
            self._symbol(symbol.decode("latin-1"))
        elif word is not None:
            self._word(word.decode("ascii"), int(param) if param is not None else None)

    def _brace(self, opening: bool) -> None:
        self.skip_chars = 0
        self.reader.flush()
        if not opening:
            if self.stack:
                self.group = self.stack.pop()
                self.closed = not self.stack
            return
        if len(self.stack) >= MAX_RTF_DEPTH:
            raise InputError(f"RTF nesting too deep (over {MAX_RTF_DEPTH} groups)", code=ErrorCode.OVER_LIMIT)
        parent = self.group
        self.group = parent.child()
        if parent.upr and not parent.upr_seen_group:
            parent.upr_seen_group = True
            self.group.dest = "skip"  # the ANSI copy; the Unicode copy follows in {\*\ud ...}
        self.stack.append(parent)

    def _bytes(self, raw: bytes, literal: bool, escaped: bool) -> None:
        """Text bytes: a run of literal text, one \\'xx byte, or an escaped \\\\, \\{ or \\}."""
        if self.skip_chars:
            if not literal:  # an escape is one fallback character
                self.skip_chars -= 1
                return
            dropped = min(self.skip_chars, len(raw))
            raw, self.skip_chars = raw[dropped:], self.skip_chars - dropped
            if not raw:
                return
        target = self.target()
        if target is None:
            return
        if not escaped and raw.isascii() and not self.reader.lead_byte_waiting():
            self.reader.add_text(raw.decode("ascii").replace("\0", ""), target)
        else:
            self.reader.add_bytes(raw, target, self.group)

    def _symbol(self, sym: str) -> None:
        if sym == "*":
            self.group.star = True  # the next control word is an optional destination
            return
        text, target = _RTF_SYMBOLS.get(sym), self.target()
        if text is not None and target is not None:
            self.reader.add_text(text, target)

    def _word(self, name: str, value: int | None) -> None:
        group = self.group
        starred, group.star = group.star, False
        if starred and name != "ud":  # an optional destination luoshi does not know: skip it
            group.dest = "skip"
            return
        anywhere = _ANY_DEST_WORDS.get(name)
        if anywhere is not None:
            anywhere(self, value)
        elif group.dest == "fonttbl":
            self._font_table_word(name, value)
        elif (dest := (_INFO_DESTINATIONS if group.dest == "info" else _DESTINATIONS).get(name)) is not None:
            group.dest = dest
        elif group.dest != "info":  # document properties other than the title are not read
            self._body_word(name, value)

    def _font_table_word(self, name: str, value: int | None) -> None:
        reader = self.reader
        if value is None:
            return
        if name == "f":
            reader.font_def = value
        elif name == "fcharset" and reader.font_def is not None:
            cp = _CHARSET_CP.get(value)
            codec = reader.ansi if value == 1 else _codec_for_cp(cp) if cp else "cp1252"
            reader.fonts.setdefault(reader.font_def, codec or "cp1252")
        elif name == "cpg" and reader.font_def is not None:
            codec = _codec_for_cp(value)
            if codec:
                reader.fonts[reader.font_def] = codec

    def _body_word(self, name: str, value: int | None) -> None:
        with_value = _VALUE_WORDS.get(name)
        if with_value is not None:
            if value is not None:
                with_value(self, value)
            return
        flag = _FLAG_WORDS.get(name)
        if flag is not None:
            flag(self)
            return
        target = self.target()
        if target is None:
            return
        if name == "row":
            self.reader.flush()
            _end_row(target)
        elif name in ("par", "line") and self.group.in_table:
            self.reader.add_text(_CELL_PARA, target)
        elif name in _RTF_CHARS:
            self.reader.add_text(_RTF_CHARS[name], target)

    # --- control words, by what they do (the tables below name them) ---

    def skip_binary(self, value: int | None) -> None:
        if value:
            self.pos += max(0, value)  # raw binary data (pictures)

    def unicode_pair(self, value: int | None) -> None:
        """\\upr: its first subgroup is an ANSI copy of the Unicode text in the \\ud that follows."""
        self.group.upr = True

    def font_table(self, value: int | None) -> None:
        self.group.dest = "fonttbl"

    def ansi_code_page(self, value: int) -> None:
        self.reader.ansi = _codec_for_cp(value) or self.reader.ansi

    def default_font(self, value: int) -> None:
        self.reader.default_font = value

    def font(self, value: int) -> None:
        self.reader.flush()
        self.group.font = value

    def associated_font(self, value: int) -> None:
        self.reader.flush()
        self.group.assoc_font = value

    def fallback_count(self, value: int) -> None:
        self.group.uc = max(0, value)

    def unicode_char(self, value: int) -> None:
        code = value + 65536 if value < 0 else value
        target = self.target()
        if target is not None and 0 <= code <= 0x10FFFF:
            self.reader.add_text(chr(code), target)
        self.skip_chars = self.group.uc

    def plain(self) -> None:
        self.reader.flush()
        self.group.font = None

    def in_table(self) -> None:
        self.group.in_table = True

    def paragraph_defaults(self) -> None:
        self.group.in_table = False

    def ansi_charset(self, codec: str) -> None:
        self.reader.ansi = codec


# Control words that act in any destination (\ud: the Unicode copy of an \upr, read as it comes).
_ANY_DEST_WORDS: dict[str, Callable[[_RtfWalk, int | None], None]] = {
    "ud": lambda walk, value: None,
    "upr": _RtfWalk.unicode_pair,
    "bin": _RtfWalk.skip_binary,
    "fonttbl": _RtfWalk.font_table,
}
# Body control words that need their numeric parameter (without one they do nothing).
_VALUE_WORDS: dict[str, Callable[[_RtfWalk, int], None]] = {
    "ansicpg": _RtfWalk.ansi_code_page,
    "deff": _RtfWalk.default_font,
    "f": _RtfWalk.font,
    "af": _RtfWalk.associated_font,
    "uc": _RtfWalk.fallback_count,
    "u": _RtfWalk.unicode_char,
}
# Body control words without a parameter.
_FLAG_WORDS: dict[str, Callable[[_RtfWalk], None]] = {
    "plain": _RtfWalk.plain,
    "intbl": _RtfWalk.in_table,
    "pard": _RtfWalk.paragraph_defaults,
    "mac": lambda walk: walk.ansi_charset("mac_roman"),
    "pc": lambda walk: walk.ansi_charset("cp437"),
    "pca": lambda walk: walk.ansi_charset("cp850"),
}


def read_rtf(data: bytes) -> RawText:
    """Text of an RTF document, decoding \\'xx bytes by the font's or document's code page and \\uN.

    Font table, styles, document info, pictures, headers, footers, footnotes and field codes are
    skipped; \\par and \\line end a line, \\cell becomes a tab and \\row ends a table row.
    """
    start = len(data) - len(data.lstrip(b"\xef\xbb\xbf \t\r\n\0"))
    if not data.startswith(b"{\\rtf", start):
        raise InputError("not an RTF document (no {\\rtf header)", code=ErrorCode.WRONG_FORMAT)
    walk = _RtfWalk(data, start)
    walk.run()
    reader = walk.reader
    text = pair_surrogates("".join(reader.body))
    text = finish_lines(_join_cell_paragraphs(line) for line in text.split("\n"))
    text = text.replace(_CELL_PARA, "")
    warnings: list[str] = []
    if not walk.closed:
        warnings.append("RTF ends before its last group is closed (truncated?); the text may be incomplete")
    if reader.replaced:
        warnings.append(f"{reader.replaced} byte sequence(s) not valid in the declared code page (shown as U+FFFD)")
    if not text and walk.closed:
        raise InputError("document has no text", code=ErrorCode.NO_TEXT)
    if not text:
        raise InputError("truncated RTF (it ends before any text)", code=ErrorCode.TRUNCATED)
    title = plausible_title(pair_surrogates("".join(reader.title)))
    return RawText(text=text, format="rtf", warnings=warnings, title=title)
