"""The documents of a batch, one at a time: files, folders, globs, archives, and tables of one document per row.

Everything is streamed (an archive member, a JSONL line, a CSV row, a Parquet row batch at a time), so
the memory used does not grow with the corpus. Each document comes with its ``doc_id``, the SHA-256 of
its content: the raw bytes of a file or archive member, the UTF-8 of a table's text cell. What cannot be
read at all comes as :class:`Unreadable`, with a reason, and the enumeration goes on.

- a folder is searched recursively (hidden entries skipped, names sorted) for documents (the suffixes
  ``luoshi extract`` looks for), archives (.zip, .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz) and tables
  (.jsonl, .ndjson, .csv, .parquet); a file named on the command line is read whatever its name,
  as a table or an archive when its name says so;
- archive members are filtered by suffix like a folder (no nested archives or tables); a member over
  the size limit is refused before it is decompressed;
- a table row's text is its text column (``--text-column``, else the first of :data:`TEXT_COLUMNS`
  present), its source ``FILE#ID`` (``--id-column``) or ``FILE#ROW`` (the row's number from 1; a JSONL
  row's line number), and its ``meta`` the row's other scalar columns.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import decimal
import glob
import hashlib
import json
import lzma
import math
import os
import re
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from luoshi.ingest import DEFAULT_MAX_BYTES
from luoshi.ingest.formats import is_document_name

TEXT_COLUMNS = ("text", "content", "full_text", "正文")
# A row's columns that declare its document's title and date, as a web page's <title> or a .docx's core
# properties do: the extractor weighs them against the text (its own dateline wins). First found is used.
TITLE_COLUMNS = ("title", "标题")  # {"title": "2024年政府工作报告"}
DATE_COLUMNS = ("date", "publish_date", "日期", "year", "年份")  # {"publish_date": "2026-02-09"}, {"year": 2024}
_DECLARED_DATE = re.compile(r"(1[89]\d\d|20\d\d)(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
_ROW_BATCH = 64  # Parquet rows decoded at a time


@dataclass(frozen=True, slots=True)
class InputDoc:
    """One document to extract: bytes to sniff (a file) or text already decoded (a table cell)."""

    doc_id: str
    source: str
    payload: bytes | str
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.payload)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An input that could not be read; ``doc_id`` is None unless its content was at hand (refused for size)."""

    doc_id: str | None
    source: str
    reason: str


Input = InputDoc | Unreadable


def iter_inputs(
    paths: Iterable[str],
    *,
    text_column: str | None = None,
    id_column: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    exclude: str | None = None,
) -> Iterator[Input]:
    """Every document under ``paths``, in a stable order; ``exclude`` is a folder not to search (the output)."""
    for path in iter_files(paths, exclude=exclude):
        if isinstance(path, Unreadable):
            yield path
            continue
        kind = file_kind(path)
        if kind == "zip":
            yield from _zip_members(path, max_bytes)
        elif kind == "tar":
            yield from _tar_members(path, max_bytes)
        elif kind in ("jsonl", "csv", "parquet"):
            rows = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}[kind]
            yield from rows(path, text_column, id_column, max_bytes)
        else:
            yield _document_file(path, max_bytes)


def count_inputs(paths: Iterable[str], *, exclude: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """How many items :func:`iter_inputs` will give, cheaply (names, lines, row counts; nothing is decoded)."""
    total = 0
    for path in iter_files(paths, exclude=exclude):
        try:
            total += 1 if isinstance(path, Unreadable) else _count_file(path, max_bytes)
        except Exception:  # whatever cannot be counted gives one error row
            total += 1
    return total


def missing_paths(paths: Iterable[str]) -> list[str]:
    """The command-line paths that are neither files, folders nor globs matching something."""
    return [p for p in paths if not os.path.exists(p) and not (glob.has_magic(p) and _glob(p))]


def file_kind(path: str) -> str:
    name = os.path.basename(path).lower()
    if name.endswith(".zip"):
        return "zip"
    if name.endswith(ARCHIVE_SUFFIXES):
        return "tar"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".parquet"):
        return "parquet"
    return "document"


def iter_files(paths: Iterable[str], *, exclude: str | None = None) -> Iterator[str | Unreadable]:
    """The files named, the files in the folders named (recursively), and the files the globs match."""
    skip = os.path.realpath(exclude) if exclude else None
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path, skip)
        elif os.path.exists(path) or not glob.has_magic(path):
            yield path  # a missing file is reported when it is read
        else:
            matches = _glob(path)
            if not matches:
                yield Unreadable(None, path, "no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match, skip)
                elif not _under(match, skip):
                    yield match


def sha256(content: bytes | str) -> str:
    # surrogatepass: a JSON string may hold a lone surrogate, which plain UTF-8 refuses
    data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------- files


def _glob(pattern: str) -> list[str]:
    return sorted(glob.glob(pattern, recursive=True))


def _walk(folder: str, skip: str | None) -> Iterator[str]:
    if _under(folder, skip):
        return
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _under(os.path.join(root, d), skip))
        for name in sorted(files):
            lower = name.lower()
            if name.startswith("."):
                continue
            if is_document_name(lower) or lower.endswith(ARCHIVE_SUFFIXES + TABLE_SUFFIXES):
                yield os.path.join(root, name)


def _under(path: str, folder: str | None) -> bool:
    if folder is None:
        return False
    real = os.path.realpath(path)
    return real == folder or real.startswith(folder + os.sep)


def _document_file(path: str, max_bytes: int) -> Input:
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                return Unreadable(None, path, _too_large(size, max_bytes))
            data = f.read(max_bytes + 1)
    except OSError as e:
        return Unreadable(None, path, _os_reason(e))
    if len(data) > max_bytes:  # grew since it was measured
        return Unreadable(None, path, _too_large(len(data), max_bytes))
    return InputDoc(sha256(data), path, data)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {error.strerror or error}"


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large: {size:,} bytes, over the limit of {max_bytes:,} (see --max-size)"


def _count_file(path: str, max_bytes: int) -> int:
    kind = file_kind(path)
    if kind == "zip":
        with zipfile.ZipFile(path) as archive:
            return sum(1 for info in archive.infolist() if _wanted_member(_zip_name(info), info.is_dir()))
    if kind == "tar":
        with tarfile.open(path, "r|*") as archive:
            return sum(1 for member in archive if _wanted_member(member.name, not member.isfile()))
    if kind == "jsonl":
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    if kind == "csv":
        _raise_field_limit(max_bytes)
        with open(path, encoding=_csv_encoding(path), errors="replace", newline="") as f:
            return max(0, sum(1 for _ in csv.reader(f)) - 1)
    if kind == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return 1


# ---------------------------------------------------------------------------------------------- archives


def _wanted_member(name: str, is_dir: bool) -> bool:
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    if is_dir or not parts or any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    return is_document_name(parts[-1])


def _zip_name(info: zipfile.ZipInfo) -> str:
    # Zips made on Chinese Windows store GBK names without the UTF-8 flag; zipfile reads them as cp437.
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _zip_members(path: str, max_bytes: int) -> Iterator[Input]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as e:
        reason = _os_reason(e) if isinstance(e, OSError) else f"not a readable .zip archive: {e}"
        yield Unreadable(None, path, reason)
        return
    with archive:
        for info in archive.infolist():
            name = _zip_name(info)
            if not _wanted_member(name, info.is_dir()):
                continue
            source = f"{path}!{name}"
            if info.file_size > max_bytes:
                yield Unreadable(None, source, _too_large(info.file_size, max_bytes))
                continue
            try:
                with archive.open(info) as member:
                    data = member.read(max_bytes + 1)  # the declared size may lie (a zip bomb)
            except RuntimeError as e:  # zipfile's "password required"
                yield Unreadable(None, source, f"cannot read the archive member: {e}")
                continue
            except (OSError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, zlib.error) as e:
                yield Unreadable(None, source, f"corrupt archive member: {e}")
                continue
            if len(data) > max_bytes:
                yield Unreadable(None, source, f"too large: over the limit of {max_bytes:,} bytes (see --max-size)")
                continue
            yield InputDoc(sha256(data), source, data)


def _tar_members(path: str, max_bytes: int) -> Iterator[Input]:
    try:
        archive = tarfile.open(path, "r|*")  # noqa: SIM115 (a stream: members are read in order, once)
    except (OSError, tarfile.TarError) as e:
        reason = _os_reason(e) if isinstance(e, OSError) else f"not a readable tar archive: {e}"
        yield Unreadable(None, path, reason)
        return
    with archive:
        try:
            for member in archive:
                # The stream keeps every header it read in `members` (which typeshed does not declare);
                # a big archive would pile them up.
                vars(archive)["members"] = []
                if not _wanted_member(member.name, not member.isfile()):
                    continue
                source = f"{path}!{member.name}"
                if member.size > max_bytes:
                    yield Unreadable(None, source, _too_large(member.size, max_bytes))
                    continue
                extracted = archive.extractfile(member)
                data = extracted.read() if extracted else b""
                yield InputDoc(sha256(data), source, data)
        except (OSError, tarfile.TarError, EOFError, zlib.error, lzma.LZMAError) as e:
            yield Unreadable(None, path, f"corrupt archive, the rest of it is unread: {e}")


# ---------------------------------------------------------------------------------------------- tables


def _pick_text_column(columns: Iterable[str], text_column: str | None) -> str | None:
    names = list(columns)
    if text_column is not None:
        return text_column if text_column in names else None
    return next((c for c in TEXT_COLUMNS if c in names), None)


def _no_text_column(columns: Iterable[str], text_column: str | None) -> str:
    shown = ", ".join(list(columns)[:20]) or "none"
    if text_column is not None:
        return f"no column {text_column!r} (columns: {shown})"
    return f"no text column (looked for {', '.join(TEXT_COLUMNS)}; columns: {shown}); name it with --text-column"


def _row(
    container: str, number: int, record: dict[str, Any], text_column: str, id_column: str | None, max_bytes: int
) -> Input:
    ident = _scalar(record.get(id_column)) if id_column else None
    source = f"{container}#{number if ident is None or ident == '' or ident is _NOT_SCALAR else ident}"
    text = record.get(text_column)
    if not isinstance(text, str | bytes):
        return Unreadable(None, source, f"no text in column {text_column!r}")
    meta = {}
    for key, value in record.items():
        if key != text_column and key is not None:
            value = _scalar(value)
            if value is not _NOT_SCALAR:
                meta[str(key)] = value
    doc_id = sha256(text)
    size = len(text) if isinstance(text, bytes) else len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return Unreadable(doc_id, source, _too_large(size, max_bytes))
    return InputDoc(doc_id, source, text, meta)


def declared(meta: dict[str, Any]) -> tuple[str | None, str | None]:
    """The title and date a table row declares for its text (YYYY, YYYY-MM or YYYY-MM-DD; anything else: None)."""
    title = next((v.strip() for c in TITLE_COLUMNS if isinstance(v := meta.get(c), str) and v.strip()), None)
    date = None
    for column in DATE_COLUMNS:
        value = meta.get(column)
        if isinstance(value, int | str) and not isinstance(value, bool):
            found = _DECLARED_DATE.fullmatch(str(value).strip()[:10])
            if found:
                date = "-".join(part for part in found.groups() if part)
                break
    return title, date


_NOT_SCALAR = object()


def _scalar(value: Any) -> Any:
    """A metadata value as JSON can hold it; lists, mappings and bytes are not carried."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | dt.timedelta):
        return str(value)
    return _NOT_SCALAR


def _jsonl_rows(path: str, text_column: str | None, id_column: str | None, max_bytes: int) -> Iterator[Input]:
    # A JSON string escapes a character in up to 12 bytes (a surrogate pair); allow for it before refusing a line.
    limit = 12 * max_bytes + 65536
    try:
        f = open(path, "rb")  # noqa: SIM115 (closed below; a with block would hold the yields' indentation)
    except OSError as e:
        yield Unreadable(None, path, _os_reason(e))
        return
    column = None
    with f:
        for number, line in enumerate(_lines(f, limit), 1):
            source = f"{path}#{number}"
            if line is None:
                yield Unreadable(None, source, f"line too long: over {limit:,} bytes (see --max-size)")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as e:
                yield Unreadable(None, source, f"not JSON: {e}")
                continue
            if not isinstance(record, dict):
                yield Unreadable(None, source, "not a JSON object")
                continue
            column = column or _pick_text_column(record, text_column)
            if column is None:
                yield Unreadable(None, source, _no_text_column(record, text_column))
                continue
            yield _row(path, number, record, column, id_column, max_bytes)


def _lines(f: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The file's lines; None for a line over ``limit`` bytes, which is skipped without being held."""
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _csv_encoding(path: str) -> str:
    """UTF-8 (with or without BOM), else GB18030 (what Chinese Excel saves), else Big5, from the first 64 KB."""
    with open(path, "rb") as f:
        sample = f.read(1 << 16)
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8-sig", "gb18030", "cp950"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
            return encoding
        except UnicodeDecodeError:
            continue
    return "utf-8-sig"


def _raise_field_limit(max_bytes: int) -> None:
    # csv refuses fields over 128 KB by default; a whole report is bigger. Cells over the limit are refused later.
    csv.field_size_limit(max(csv.field_size_limit(), min(4 * max_bytes + 65536, 2**31 - 1)))


def _csv_rows(path: str, text_column: str | None, id_column: str | None, max_bytes: int) -> Iterator[Input]:
    _raise_field_limit(max_bytes)
    try:
        f = open(path, encoding=_csv_encoding(path), newline="")  # noqa: SIM115 (closed below)
    except OSError as e:
        yield Unreadable(None, path, _os_reason(e))
        return
    with f:
        number = 0
        try:
            reader = csv.DictReader(f)
            columns = reader.fieldnames or []
            column = _pick_text_column(columns, text_column)
            if column is None:
                yield Unreadable(None, path, _no_text_column(columns, text_column))
                return
            for number, record in enumerate(reader, 1):
                yield _row(path, number, record, column, id_column, max_bytes)
        except (csv.Error, UnicodeDecodeError) as e:
            yield Unreadable(None, f"{path}#{number + 1}", f"unreadable CSV, the rest of the file is unread: {e}")


def _parquet_rows(path: str, text_column: str | None, id_column: str | None, max_bytes: int) -> Iterator[Input]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except OSError as e:
        yield Unreadable(None, path, _os_reason(e) if e.errno else f"not a readable Parquet file: {e}")
        return
    except (pa.ArrowException, ValueError) as e:
        yield Unreadable(None, path, f"not a readable Parquet file: {e}")
        return
    with table:
        column = _pick_text_column(table.schema_arrow.names, text_column)
        if column is None:
            yield Unreadable(None, path, _no_text_column(table.schema_arrow.names, text_column))
            return
        number = 0
        try:
            for batch in table.iter_batches(batch_size=_ROW_BATCH):
                for record in batch.to_pylist():
                    number += 1
                    yield _row(path, number, record, column, id_column, max_bytes)
        except (OSError, pa.ArrowException, ValueError) as e:
            yield Unreadable(None, f"{path}#{number + 1}", f"unreadable Parquet, the rest of the file is unread: {e}")

