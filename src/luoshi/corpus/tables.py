"""The batch's tables: one fixed Arrow schema each, and a :class:`~luoshi.document.Document` turned into rows.

Every column's type is fixed here, so parts written by different runs (or by different workers) read
as one table: ``read_parquet('OUT/quantities/*.parquet')`` in DuckDB. Items are keyed by ``(doc_id,
idx)``, ``idx`` being the item's position in the document's list (a task's ``outline_index`` and
``quantities`` refer to those positions). Columns may be added at the end of a schema, never renamed
or dropped.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pyarrow as pa

from luoshi.document import Document

_STRINGS = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("date", pa.string()),
        ("year", pa.int32()),
        ("region", pa.string()),
        ("script", pa.string()),
        ("chars", pa.int64()),
        ("warnings", _STRINGS),
        ("meta", pa.string()),
        ("n_quantities", pa.int32()),
        ("n_formulations", pa.int32()),
        ("n_headings", pa.int32()),
        ("n_tasks", pa.int32()),
    ]),
    "quantities": pa.schema([
        ("doc_id", pa.string()),
        ("idx", pa.int32()),
        ("kind", pa.string()),
        ("metric", pa.string()),
        ("value", pa.float64()),
        ("value_max", pa.float64()),
        ("unit", pa.string()),
        ("comparator", pa.string()),
        ("deadline_year", pa.int32()),
        ("deadline_text", pa.string()),
        ("redacted", pa.bool_()),
        ("evidence", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("year", pa.int32()),
        ("region", pa.string()),
    ]),
    "formulations": pa.schema([
        ("doc_id", pa.string()),
        ("idx", pa.int32()),
        ("text", pa.string()),
        ("count", pa.int32()),
        ("members", _STRINGS),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("year", pa.int32()),
        ("region", pa.string()),
    ]),
    "outline": pa.schema([
        ("doc_id", pa.string()),
        ("idx", pa.int32()),
        ("level", pa.int32()),
        ("marker", pa.string()),
        ("title", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]),
    "tasks": pa.schema([
        ("doc_id", pa.string()),
        ("idx", pa.int32()),
        ("text", pa.string()),
        ("outline_index", pa.int32()),
        ("quantities", pa.list_(pa.int32())),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]),
    "errors": pa.schema([
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("reason", pa.string()),
        ("stage", pa.string()),  # "read": the input could not be read; "extract": no document could be made of it
    ]),
}

TABLES = tuple(SCHEMAS)
ITEM_TABLES = ("quantities", "formulations", "outline", "tasks")
_YEAR = re.compile(r"\d{4}")


class Rows:
    """Column lists for every table, filled document by document (columns, not row dicts: Arrow builds faster)."""

    def __init__(self) -> None:
        self.columns: dict[str, dict[str, list[Any]]] = {
            name: {column: [] for column in schema.names} for name, schema in SCHEMAS.items()
        }

    def add_document(self, doc_id: str, source: str, meta: dict[str, Any], document: Document) -> None:
        year = int(document.date[:4]) if document.date and _YEAR.match(document.date) else None
        region = document.region
        qs, fs, hs, ts = document.quantities, document.formulations, document.outline, document.tasks
        # Every value is computed before any column grows, so a failure leaves the columns aligned.
        additions: list[tuple[str, int, dict[str, Any], dict[str, Any]]] = [
            ("documents", 1, {
                "doc_id": doc_id, "source": source, "title": document.title, "date": document.date, "year": year,
                "region": region, "script": document.script, "chars": len(document.text),
                "warnings": list(document.warnings), "meta": json.dumps(meta, ensure_ascii=False),
                "n_quantities": len(qs), "n_formulations": len(fs), "n_headings": len(hs), "n_tasks": len(ts),
            }, {}),
            ("quantities", len(qs), {"doc_id": doc_id, "year": year, "region": region}, {
                "idx": range(len(qs)),
                "kind": [q.kind for q in qs],
                "metric": [q.metric for q in qs],
                "value": [q.value for q in qs],
                "value_max": [q.value_max for q in qs],
                "unit": [q.unit for q in qs],
                "comparator": [q.comparator for q in qs],
                "deadline_year": [q.deadline_year for q in qs],
                "deadline_text": [q.deadline_text for q in qs],
                "redacted": [q.redacted for q in qs],
                "evidence": [q.evidence for q in qs],
                "start": [q.start for q in qs],
                "end": [q.end for q in qs],
            }),
            ("formulations", len(fs), {"doc_id": doc_id, "year": year, "region": region}, {
                "idx": range(len(fs)),
                "text": [f.text for f in fs],
                "count": [f.count for f in fs],
                "members": [list(f.members) for f in fs],
                "start": [f.start for f in fs],
                "end": [f.end for f in fs],
            }),
            ("outline", len(hs), {"doc_id": doc_id}, {
                "idx": range(len(hs)),
                "level": [h.level for h in hs],
                "marker": [h.marker for h in hs],
                "title": [h.title for h in hs],
                "start": [h.start for h in hs],
                "end": [h.end for h in hs],
            }),
            ("tasks", len(ts), {"doc_id": doc_id}, {
                "idx": range(len(ts)),
                "text": [t.text for t in ts],
                "outline_index": [t.outline_index for t in ts],
                "quantities": [list(t.quantities) for t in ts],
                "start": [t.start for t in ts],
                "end": [t.end for t in ts],
            }),
        ]
        for name, n, repeated, lists in additions:
            _extend(self.columns[name], n, repeated, lists)

    def add_error(self, doc_id: str | None, source: str, reason: str, stage: str) -> None:
        _extend(self.columns["errors"], 1, {"doc_id": doc_id, "source": source, "reason": reason, "stage": stage})

    def tables(self) -> dict[str, pa.Table]:
        return {name: pa.table(self.columns[name], schema=schema) for name, schema in SCHEMAS.items()}


def _extend(
    columns: dict[str, list[Any]], n: int, repeated: dict[str, Any], lists: dict[str, Any] | None = None
) -> None:
    if n == 0:
        return
    for column, value in repeated.items():
        columns[column].extend([value] * n)
    for column, values in (lists or {}).items():
        columns[column].extend(values)


def empty(name: str) -> pa.Table:
    return SCHEMAS[name].empty_table()


def concat(parts: list[pa.Table], name: str) -> pa.Table:
    return pa.concat_tables(parts) if parts else empty(name)
