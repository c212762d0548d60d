"""What the commands share: argument types, the output stream, reading the documents named, one-line errors."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

from luoshi.document import Document
from luoshi.errors import ErrorCode, InputError
from luoshi.files import atomic_writer, parse_size
from luoshi.ingest import read_stdin
from luoshi.ingest.formats import DOCUMENT_SUFFIXES, find_documents
from luoshi.pipeline import document_from_raw, read_document


def size(text: str) -> int:
    """``--max-size``: bytes, or with K/M/G."""
    try:
        return parse_size(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def positive(text: str) -> int:
    """A whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return value


def say(where: str, reason: str) -> None:
    """One line on standard error: ``luoshi: WHERE: reason``."""
    print(f"luoshi: {where}: {reason}", file=sys.stderr, flush=True)


@contextmanager
def output(path: str | None, *, newline: str | None = None) -> Iterator[IO[str]]:
    """Standard output (for ``None``), or a text file written in full or not at all."""
    if path is None:
        yield sys.stdout
        return
    with atomic_writer(path, newline=newline) as out:
        yield out


def read_documents(paths: list[str], max_bytes: int) -> Iterator[tuple[str, Document | InputError]]:
    """Each document named (a file, the documents of a folder, ``-`` for standard input), or why it is not."""
    for path in paths:
        if path == "-":
            yield path, _guarded(lambda: document_from_raw(read_stdin(max_bytes), "-"))
        elif os.path.isdir(path):
            found = sorted(find_documents(path))
            if not found:
                looked_for = ", ".join(sorted(DOCUMENT_SUFFIXES))
                reason = f"no documents in this folder (looked for {looked_for})"
                yield path, InputError(reason, code=ErrorCode.CANNOT_OPEN)
            for file in found:
                yield file, _guarded(functools.partial(read_document, file, max_bytes))
        else:
            yield path, _guarded(functools.partial(read_document, path, max_bytes))


def _guarded(make: Callable[[], Document]) -> Document | InputError:
    try:
        return make()
    except InputError as e:
        return e
    except (MemoryError, RecursionError) as e:
        return InputError(f"too large or too deeply nested to read ({type(e).__name__})", code=ErrorCode.TOO_LARGE)
    except Exception as e:
        return InputError(f"internal error, please report: {type(e).__name__}: {e}", code=ErrorCode.INTERNAL)
