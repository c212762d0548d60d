"""Corpus scale: batch extraction of many documents into Parquet tables, and questions across documents.

``luoshi batch`` (:mod:`luoshi.corpus.batch`) reads files, folders, archives and JSONL/CSV/Parquet tables
of documents (:mod:`luoshi.corpus.inputs`), extracts them on a Dask cluster and writes one Parquet folder
per table (:mod:`luoshi.corpus.tables` for the schemas, :mod:`luoshi.corpus.store` for the output folder).
``luoshi corpus`` asks questions of those tables across documents, years and regions with DuckDB
(:mod:`luoshi.corpus.query`, :mod:`luoshi.corpus.lineage`, :mod:`luoshi.corpus.chart`).

Dask, pyarrow and DuckDB are the ``corpus`` extra (``pip install 'luoshi[corpus]'``), which the ledger and
the extractor do without: they are imported where they are used, never by importing this package, and a
command checks for them first with :func:`require_extra`.
"""

from __future__ import annotations

import importlib

EXTRA_MISSING = "corpus commands need the corpus extra: pip install 'luoshi[corpus]'"
BATCH_MODULES = ("dask", "distributed", "pyarrow", "tqdm")
QUERY_MODULES = ("duckdb",)


class ExtraMissing(ImportError):
    """A library of the corpus extra is not installed; the message says how to install it."""


def require_extra(modules: tuple[str, ...]) -> None:
    """Import these libraries of the corpus extra now, so that a missing one is one clear error, not a traceback."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError as e:
            raise ExtraMissing(EXTRA_MISSING, name=name) from e
