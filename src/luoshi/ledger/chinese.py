"""The reader's notes on a document (``Document.warnings``: ingest and clean write them in English for the
command line) in Chinese, for the ledger's pages.

Each note the readers write is a :class:`Wording`: a pattern over the English, its Chinese with the
pattern's groups, and an example (``tests/ledger/test_chinese.py`` runs every example and checks that
every note written under ``luoshi/ingest`` and ``luoshi/clean`` has its wording here). A note without one
is shown as :data:`UNKNOWN`, never in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    name: str
    pattern: re.Pattern[str]
    chinese: str  # str.format with the pattern's groups, by position
    example: str


def _w(name: str, pattern: str, chinese: str, example: str) -> Wording:
    return Wording(name, re.compile(pattern), chinese, example)


WORDINGS: tuple[Wording, ...] = (
    _w("mojibake", r"possible mojibake: a rare character after a number \((.*)\), left as is",
       "可能有乱码：数字后有生僻字（{0}），已保留原样",
       "possible mojibake: a rare character after a number (3鍏), left as is"),
    _w("redacted", r"redacted numbers: (\d+) placeholder\(s\) such as X or XX",
       "有 {0} 处数字已隐去（以 X、XX 等代替）", "redacted numbers: 39 placeholder(s) such as X or XX"),
    _w("rtf_unclosed", r"RTF ends before its last group is closed",
       "RTF 文件不完整（可能被截断），文字可能缺失",
       "RTF ends before its last group is closed (truncated?); the text may be incomplete"),
    _w("code_page", r"(\d+) byte sequence\(s\) not valid in the declared code page",
       "有 {0} 处字节不符合文件声明的编码，显示为 �",
       "2 byte sequence(s) not valid in the declared code page (shown as U+FFFD)"),
    _w("docx_damaged", r"the \.docx package is damaged", "docx 文件已损坏，只读取了正文部分",
       "the .docx package is damaged; its main document part was read on its own"),
    _w("alt_chunks", r"(\d+) embedded foreign-format chunk\(s\)", "有 {0} 处嵌入的其他格式内容未读取",
       "1 embedded foreign-format chunk(s) (altChunk) not read"),
    _w("tracked_changes", r"document has tracked changes", "文档含修订痕迹，已按全部接受修订读取",
       "document has tracked changes; read as if all were accepted"),
    _w("antiword_tables", r"table layout from antiword", "表格中较长的单元格可能被拆成多行",
       "table layout from antiword may split long cells over several lines"),
    _w("antiword_bytes", r"antiword produced undecodable bytes", "有无法解码的字节，显示为 �",
       "antiword produced undecodable bytes (shown as U+FFFD)"),
    _w("html_cut", r"HTML page cut short", "网页不完整（缺少结尾），文字可能缺失",
       "HTML page cut short: no closing </html>"),
    _w("pdf_salvaged", r"PDF is truncated or damaged", "PDF 文件不完整或已损坏，已读取能找到的内容",
       "PDF is truncated or damaged (no usable trailer); read what could be found"),
    _w("pdf_no_eof", r"PDF has no end-of-file marker", "PDF 文件缺少结束标记（可能被截断），文字可能不完整",
       "PDF has no end-of-file marker (truncated?); the text may be incomplete"),
    _w("pdf_damaged_after", r"PDF is damaged after page (\d+)", "PDF 第 {0} 页之后已损坏，其余部分未读取",
       "PDF is damaged after page 12; the rest was not read"),
    _w("encoding_no_bom", r"encoding guessed: (\S+) without a byte-order mark",
       "按 {0} 编码读取（文件没有字节顺序标记）", "encoding guessed: utf-16-le without a byte-order mark"),
    _w("encoding_ambiguous", r"encoding guessed: (\S+) \(the bytes are also valid (\S+)\)",
       "按 {0} 编码读取（也可按 {1} 解读）", "encoding guessed: gb18030 (the bytes are also valid big5)"),
    _w("encoding_fallback", r"encoding guessed: (\S+) \(not UTF-8, GB18030 or Big5\)",
       "按 {0} 编码读取（不是 UTF-8、GB18030 或 Big5 编码）", "encoding guessed: cp1252 (not UTF-8, GB18030 or Big5)"),
    _w("text_cut", r"text cut: the last (\d+) byte\(s\) are an incomplete (\S+) character",
       "文件末尾 {0} 个字节不是完整的 {1} 字符，已舍去",
       "text cut: the last 2 byte(s) are an incomplete utf-8 character"),
)

UNKNOWN = "读取文件时有一条未归类的提示"
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")


def warning(text: str) -> str:
    """One reader's note in Chinese; a note already in Chinese is kept."""
    for wording in WORDINGS:
        if found := wording.pattern.search(text):
            return wording.chinese.format(*found.groups())
    return UNKNOWN if _ASCII_WORD.search(text) else text


def warnings(texts: list[str]) -> list[str]:
    return [warning(text) for text in texts]
