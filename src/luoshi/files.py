"""Files written in full or not at all, and sizes as people type them ("50M").

A half-written output (a CSV cut off, a Parquet part without its footer, an .xlsx Excel cannot open) is
worse than none: every file luoshi writes is written under a temporary name beside its place and moved
there when it is complete, so a reader sees the old file or the new one, never a part.
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, Literal

_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes from ``1048576``, ``500K``, ``50M``, ``2G`` (also ``50MB``, ``50MiB``; powers of 1024).

    Raises ValueError naming the text when it is not a size.
    """
    found = _SIZE.fullmatch(text)
    if not found:
        raise ValueError(f"not a size: {text!r} (e.g. 50M, 500K, 1048576)")
    number, unit = found.groups()
    return int(float(number) * 1024 ** "_kmg".index(unit.lower() or "_"))


@contextmanager
def atomic_path(path: str | os.PathLike[str], *, prefix: str = ".luoshi-") -> Iterator[str]:
    """A temporary file's name beside ``path``, for the block to write; it becomes ``path`` when the block ends.

    If the block raises, the temporary file is removed and ``path`` is left as it was. The result has
    the permissions of an ordinary new file (mkstemp makes it private). A missing folder raises
    FileNotFoundError before the block runs.
    """
    folder = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
    os.close(fd)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


@contextmanager
def atomic_writer(
    path: str | os.PathLike[str], mode: Literal["w", "wb"] = "w", *, newline: str | None = None
) -> Iterator[IO[Any]]:
    """An open file (text in UTF-8 for ``"w"``, bytes for ``"wb"``) that becomes ``path`` when complete."""
    with atomic_path(path) as temporary:
        if mode == "wb":
            with open(temporary, "wb") as binary:
                yield binary
        else:
            with open(temporary, "w", encoding="utf-8", newline=newline) as text:
                yield text


def make_parent(path: str | os.PathLike[str]) -> None:
    """Create the folder ``path`` goes in, and its parents, when missing (``-o out/2024/all.jsonl``)."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` in full or not at all."""
    with atomic_writer(path, "wb") as out:
        out.write(data)


@functools.cache
def _umask() -> int:
    """The process's umask, read once (luoshi never changes it): reading it means setting it, for a moment."""
    mask = os.umask(0o022)  # what a thread creating a file in that moment gets: nothing more open than usual
    os.umask(mask)
    return mask
