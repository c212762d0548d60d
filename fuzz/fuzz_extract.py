"""Fuzz luoshi's reading and extraction with atheris (coverage-guided libFuzzer for Python).

Each input goes two ways: as the bytes of a file (``read_bytes`` + ``document_from_raw``: only
``InputError`` may come out) and, decoded as UTF-8 with ``surrogateescape`` (so lone surrogates get
in too), as text in memory (``document_from_text``: only an ``InputError`` with the code ``NO_TEXT``,
"no text found in the document", for input without any text). Every document must then hold the
grounding invariant, and so must every stage's own output before ``extract_items`` drops what it
cannot ground: a dropped item is a bug hidden, not a bug fixed.

Short run (what ``tests/test_fuzz_short.py`` does in CI, with a scratch copy of the seeds)::

    .venv/bin/python fuzz/fuzz_extract.py -atheris_runs=3000 -dict=fuzz/extract.dict fuzz/corpus

Long run (at least 1,000,000 inputs). libFuzzer writes the inputs it finds interesting into the first
folder it is given, so give it a scratch folder first and the seeds second; a crash is written to
``crash-<sha1>`` under ``-artifact_prefix`` and replays with ``fuzz/fuzz_extract.py <that file>``::

    mkdir -p /tmp/luoshi-fuzz/corpus
    .venv/bin/python fuzz/fuzz_extract.py -atheris_runs=1000000 -timeout=30 -rss_limit_mb=4096 \\
        -dict=fuzz/extract.dict -print_final_stats=1 -artifact_prefix=/tmp/luoshi-fuzz/ \\
        /tmp/luoshi-fuzz/corpus fuzz/corpus

``-atheris_runs=N`` stops after N calls of the test function (libFuzzer's ``-runs=N`` works too).
``-timeout`` makes a slow input (a regex that backtracks without end) a crash too. ``fuzz/extract.dict``
holds the markers, units, cue words, markup and file magic, as UTF-8 bytes the mutator would not
stumble on by flipping bits.
"""

from __future__ import annotations

import importlib
import json
import sys

import atheris

with atheris.instrument_imports(include=["luoshi"]):
    from luoshi.document import Document
    from luoshi.errors import ErrorCode, InputError
    from luoshi.ingest import read_bytes
    from luoshi.pipeline import document_from_raw, document_from_text

    for lazy in ("luoshi.ingest.html", "luoshi.ingest.office", "luoshi.ingest.pdf"):
        importlib.import_module(lazy)  # read_bytes imports these on demand: import them here, instrumented

# The module, not the function luoshi.extract that shadows its name on the package.
_stages = importlib.import_module("luoshi.extract")
_drop_ungrounded = _stages._drop_ungrounded


class GroundingError(AssertionError):
    """An item whose span is not its evidence, or that points outside the text or the item lists."""


def _strict_drop(document: Document) -> None:
    # extract_items drops ungrounded items silently; here each one is a failure.
    errors = document.grounding_errors()
    if errors:
        raise GroundingError(f"before the drop: {errors[:5]}")
    _drop_ungrounded(document)


_stages._drop_ungrounded = _strict_drop


def check(document: Document) -> None:
    """The invariants every document keeps, whatever its input."""
    text = document.text
    errors = document.grounding_errors()
    if errors:
        raise GroundingError(str(errors[:5]))
    spans = [*document.outline, *document.formulations, *document.quantities, *document.tasks]
    for item in spans:
        if not 0 <= item.start <= item.end <= len(text):
            raise GroundingError(f"span {item.start}:{item.end} outside a text of {len(text)}")
    for task in document.tasks:
        if task.outline_index is not None and not 0 <= task.outline_index < len(document.outline):
            raise GroundingError(f"task {task.text!r}: outline_index {task.outline_index} out of range")
        for i in task.quantities:
            if not 0 <= i < len(document.quantities):
                raise GroundingError(f"task {task.text!r}: quantity {i} out of range")
            quantity = document.quantities[i]
            if not task.start <= quantity.start <= quantity.end <= task.end:
                raise GroundingError(f"task {task.text!r}: quantity {quantity.evidence!r} lies outside it")
    # the schema's JSON: no NaN or Infinity, and UTF-8 (no surrogate) all through
    json.dumps(document.to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")


def TestOneInput(data: bytes) -> None:  # atheris's conventional name
    try:
        document = document_from_raw(read_bytes(data), "fuzz")
    except InputError:
        pass
    else:
        check(document)
    try:
        document = document_from_text(data.decode("utf-8", "surrogateescape"))
    except InputError as e:
        if e.code is not ErrorCode.NO_TEXT:
            raise
    else:
        check(document)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
