"""Reader for legacy Word 97-2003 .doc files, through antiword (Debian package ``antiword``).

The OLE2 container is checked here first (password, not a Word file at all), since antiword's own
messages for those are vaguer; then antiword's plain-text output is taken apart: body, tables (from
its DocBook output when the text mode wrapped their cells), text boxes, and notes left out.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

from lxml import etree

from luoshi.errors import ErrorCode, InputError
from luoshi.ingest.common import PASSWORD_PROTECTED, finish_lines, join_fragments
from luoshi.ingest.office.ole import OLE_MAGIC, encrypted_package, ole_kind, ole_streams, word_binary_encrypted
from luoshi.ingest.raw import RawText

ANTIWORD_TIMEOUT = 120  # seconds
ANTIWORD_MISSING = "reading .doc needs antiword (Debian package 'antiword'): apt-get install antiword"
# antiword's own messages that say more than "antiword failed" ("... is not a Word Document.",
# "The number of columns is corrupt", "Name Size of PPS 7 is too large"), in the order they are tried.
_ANTIWORD_MESSAGES = (
    ("too large", ErrorCode.TOO_LARGE),
    ("not a Word", ErrorCode.NOT_WORD),
    ("corrupt", ErrorCode.CORRUPT),
    ("truncated", ErrorCode.TRUNCATED),
)

_SEPARATOR = re.compile(r"-{20,30}")  # antiword's two-inch rule before footnotes, endnotes, text boxes
_NOTE_START = re.compile(r"\[(\d+|[ivxlcdm]+)\]")
_TABLE_LINE = re.compile(r"\|.*\|")


def _find_antiword() -> str | None:
    return shutil.which("antiword")


def _run_antiword(exe: str, args: list[str], path: str, home: str) -> subprocess.CompletedProcess[bytes]:
    # HOME points at an empty directory so a user's ~/.antiword cannot change the output
    env = {**os.environ, "HOME": home}
    try:
        return subprocess.run([exe, *args, path], capture_output=True, timeout=ANTIWORD_TIMEOUT, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        reason = f"antiword took longer than {ANTIWORD_TIMEOUT} s on this .doc"
        raise InputError(reason, code=ErrorCode.DOC_READER) from exc
    except OSError as exc:
        raise InputError(f"could not run antiword: {exc.strerror or exc}", code=ErrorCode.DOC_READER) from exc


def _antiword_failure(stderr: bytes, path: str, ole_ok: bool) -> InputError:
    lines = [ln.strip() for ln in stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
    message = lines[-1].replace(path, "the file") if lines else "no message"
    if "crypt" in message.lower():
        return InputError(PASSWORD_PROTECTED, code=ErrorCode.ENCRYPTED)
    if not ole_ok:
        return InputError("truncated or corrupt .doc (not a complete OLE2 compound file)", code=ErrorCode.CORRUPT)
    code = next((code for words, code in _ANTIWORD_MESSAGES if words in message), ErrorCode.DOC_READER)
    return InputError(f"antiword could not read the .doc: {message.rstrip('.')}", code=code)


def _docbook_tables(xml: bytes) -> list[list[list[str]]] | None:
    """Tables from antiword's DocBook output: it keeps cell boundaries that its text mode wraps away."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    tables = []
    for table in root.iter("informaltable"):
        rows = []
        for row in table.iter("row"):
            cells = [
                join_fragments(ln.strip() for ln in "".join(entry.itertext()).splitlines())
                for entry in row.iter("entry")
            ]
            if any(cells):
                rows.append(cells)
        tables.append(rows)
    return tables


def _remove_note_marks(lines: list[str], marks: list[str]) -> list[str]:
    """Delete antiword's inline "[1]", "[2]" ... note references, each once, in order."""
    out, pending = [], list(marks)
    for line in lines:
        while pending and pending[0] in line:
            line = line.replace(pending.pop(0), "", 1)
        out.append(line)
    return out


def _antiword_text(text: str, tables: list[list[list[str]]] | None, warnings: list[str]) -> list[str]:
    lines = text.replace("\r", "").split("\n")
    # antiword prints notes and text boxes after the body, each group after a separator line
    body: list[str] = []
    sections: list[list[str]] = []
    current: list[str] | None = None
    for line in lines:
        if _SEPARATOR.fullmatch(line):
            current = []
            sections.append(current)
        elif current is None:
            body.append(line)
        else:
            current.append(line)
    marks: list[str] = []
    extra: list[str] = []
    for section in sections:
        first = next((ln for ln in section if ln.strip()), "")
        note = _NOTE_START.match(first)
        if note:  # footnotes or endnotes: not body text
            marks.extend(m.group(0) for ln in section if (m := _NOTE_START.match(ln)))
        else:  # text boxes
            extra.extend(section)
    body = _remove_note_marks(body, marks) if marks else body

    # Tables: text mode draws "|cell|cell|" rows and wraps long cells onto extra rows
    out: list[str] = []
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(body):
        if _TABLE_LINE.fullmatch(body[i]):
            j = i
            while j < len(body) and _TABLE_LINE.fullmatch(body[j]):
                j += 1
            blocks.append((i, j))
            i = j
        else:
            i += 1
    use_docbook = tables is not None and len(tables) == len(blocks)
    if blocks and not use_docbook:
        warnings.append("table layout from antiword may split long cells over several lines")
    pos = 0
    for k, (start, end) in enumerate(blocks):
        out.extend(body[pos:start])
        if use_docbook and tables is not None:
            out.extend("\t".join(cells) for cells in tables[k])
        else:
            out.extend("\t".join(c.strip() for c in ln[1:-1].split("|")) for ln in body[start:end])
        pos = end
    out.extend(body[pos:])
    out.extend(extra)
    # antiword's own marks: "[pic]" for images; leading spaces render paragraph indentation
    return [ln.replace("[pic]", "").lstrip(" ") for ln in out]


def read_doc(data: bytes) -> RawText:
    """Text of a Word 97-2003 .doc through antiword (Debian package ``antiword``).

    Body paragraphs (a manual line break also starts a new line) and tables in place, then the text
    of text boxes; footnotes, endnotes, headers and footers are left out.
    """
    if not data.startswith(OLE_MAGIC):
        raise InputError("not a Word 97-2003 .doc (no OLE2 signature)", code=ErrorCode.NOT_WORD)
    parsed = ole_streams(data)
    if parsed is not None:
        ole, streams = parsed
        if encrypted_package(streams):
            raise InputError(PASSWORD_PROTECTED, code=ErrorCode.ENCRYPTED)
        if "WordDocument" not in streams:
            raise InputError(f"not a Word document ({ole_kind(streams)})", code=ErrorCode.NOT_WORD)
        if word_binary_encrypted(ole, streams):
            raise InputError(PASSWORD_PROTECTED, code=ErrorCode.ENCRYPTED)
    exe = _find_antiword()  # after the checks above, which need no antiword and say more
    if exe is None:
        raise InputError(ANTIWORD_MISSING, code=ErrorCode.DOC_READER)

    warnings: list[str] = []
    with tempfile.TemporaryDirectory(prefix="luoshi-doc-") as tmp:
        path = os.path.join(tmp, "input.doc")
        with open(path, "wb") as fh:
            fh.write(data)
        # -w 0: one line per paragraph (no wrapping); -m UTF-8.txt: UTF-8 output, Chinese intact
        result = _run_antiword(exe, ["-w", "0", "-m", "UTF-8.txt"], path, tmp)
        if result.returncode != 0:
            raise _antiword_failure(result.stderr, path, parsed is not None)
        text = result.stdout.decode("utf-8", "replace")
        tables = None
        if any(_TABLE_LINE.fullmatch(ln) for ln in text.splitlines()):
            xml = _run_antiword(exe, ["-x", "db"], path, tmp)
            tables = _docbook_tables(xml.stdout) if xml.returncode == 0 else None
    if "\ufffd" in text:
        warnings.append("antiword produced undecodable bytes (shown as U+FFFD)")
    body = finish_lines(_antiword_text(text, tables, warnings))
    if not body:
        raise InputError("document has no text", code=ErrorCode.NO_TEXT)
    return RawText(text=body, format="doc", warnings=warnings)
