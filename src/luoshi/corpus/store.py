"""The batch's output folder: one folder of Parquet parts per table, safe to kill at any instant.

Results are written in groups: a group is one ``part-<run>-<seq>.parquet`` file in each table's folder
(with no rows when the group has none for that table), ``documents/`` written last. The first group of
a new folder is empty, so every table can be read from the start. Each file is written under a hidden
temporary name and renamed into place, so a reader never sees half a file; the ``documents`` part is
what commits the group. On the next start, a group's parts without their ``documents`` part (a run
killed between two renames) and temporary files are deleted, and the documents of that group are done
again. The doc_ids in ``documents`` and ``errors`` are what a rerun skips.
"""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

from luoshi.corpus.tables import ITEM_TABLES, SCHEMAS, TABLES
from luoshi.files import atomic_path

try:
    import fcntl
except ImportError:  # Windows: no lock, one batch per folder is then up to the user
    fcntl = None  # type: ignore[assignment]

_PREFIX, _SUFFIX = "part-", ".parquet"
_LOCK = ".luoshi-batch.lock"


class StoreError(Exception):
    """The output folder cannot be used (a one-line reason)."""


@dataclass
class Done:
    """What earlier runs finished: the doc_ids to skip, and the sources that could not be read at all."""

    doc_ids: set[str] = field(default_factory=set)
    unreadable: set[str] = field(default_factory=set)


class Store:
    """The output folder of one running batch (a lock keeps a second batch out of it)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.run = f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
        self._seq = 0
        self._lock: int | None = None
        self.removed = 0  # orphan files deleted on opening

    def __enter__(self) -> Store:
        self.open()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def open(self) -> None:
        if self.root.exists() and not self.root.is_dir():
            raise StoreError("exists and is not a folder")
        if self.root.is_dir() and any(self.root.iterdir()) and not (self.root / "documents").is_dir():
            raise StoreError("is a folder with other files in it, not a luoshi batch output; choose a new folder")
        try:
            for name in TABLES:
                (self.root / name).mkdir(parents=True, exist_ok=True)
            self._lock = os.open(self.root / _LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise StoreError(f"cannot create the output folder: {e.strerror or e}") from None
        if fcntl is not None:
            try:
                fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                self.close()
                raise StoreError("another luoshi batch is writing to this folder") from None
        self.removed = self.cleanup()
        if not committed_groups(self.root):
            # Empty parts from the start: DuckDB's read_parquet('OUT/T/*.parquet') fails on a folder
            # without files, so every table has one from the first instant.
            self.write({})

    def close(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # releases the lock
            self._lock = None

    def cleanup(self) -> int:
        """Delete temporary files and the parts of groups that were never committed; return how many."""
        committed = committed_groups(self.root)
        removed = 0
        for name in TABLES:
            for path in (self.root / name).iterdir():
                orphan = name != "documents" and _group(path.name) is not None and _group(path.name) not in committed
                if orphan or (path.name.startswith(f".{_PREFIX}") and path.name.endswith(".tmp")):
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed

    def done(self) -> Done:
        done = Done()
        for path in parts(self.root, "documents"):
            done.doc_ids.update(_read(path, ["doc_id"]).column("doc_id").to_pylist())
        for path in parts(self.root, "errors"):
            errors = _read(path, ["doc_id", "source"])
            for doc_id, source in zip(errors.column("doc_id").to_pylist(), errors.column("source").to_pylist(),
                                      strict=True):
                if doc_id is None:
                    done.unreadable.add(source)
                else:
                    done.doc_ids.add(doc_id)
        return done

    def write(self, tables: dict[str, pa.Table]) -> str:
        """Write one group, a part per table (empty ones too), ``documents`` last: it commits the group."""
        self._seq += 1
        group = f"{self.run}-{self._seq:06d}"
        for name in (*ITEM_TABLES, "errors", "documents"):
            table = tables.get(name)
            self._write_part(name, group, SCHEMAS[name].empty_table() if table is None else table)
        return group

    def _write_part(self, name: str, group: str, table: pa.Table) -> None:
        final = self.root / name / f"{_PREFIX}{group}{_SUFFIX}"
        try:
            # Written under a hidden name that :meth:`cleanup` knows, then renamed. No fsync: the rename makes
            # the part whole for readers and survives a killed process; after a power cut the next start
            # names a damaged part, if any.
            with atomic_path(final, prefix=f".{final.name}.") as temporary:
                pq.write_table(table.cast(SCHEMAS[name]), temporary, compression="zstd")
        except OSError as e:
            raise StoreError(f"cannot write {final}: {e.strerror or e}") from None


def committed_groups(root: str | os.PathLike[str]) -> set[str]:
    folder = Path(root) / "documents"
    if not folder.is_dir():
        return set()
    return {group for path in folder.iterdir() if (group := _group(path.name)) is not None}


def parts(root: str | os.PathLike[str], name: str) -> list[Path]:
    """The committed parts of a table, in the order they were written."""
    committed = committed_groups(root)
    folder = Path(root) / name
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if _group(path.name) in committed)


def read_table(root: str | os.PathLike[str], name: str) -> pa.Table:
    """A table's committed rows, with its schema (an empty table when there are none)."""
    tables = [_read(path) for path in parts(root, name)]
    return pa.concat_tables(tables) if tables else SCHEMAS[name].empty_table()


def _read(path: Path, columns: list[str] | None = None) -> pa.Table:
    try:
        return pq.read_table(path, columns=columns, schema=SCHEMAS[path.parent.name])
    except (OSError, pa.ArrowException) as e:
        raise StoreError(f"cannot read {path}: {e}") from None


def _group(filename: str) -> str | None:
    if filename.startswith(_PREFIX) and filename.endswith(_SUFFIX):
        return filename[len(_PREFIX) : -len(_SUFFIX)]
    return None
