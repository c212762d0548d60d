"""Parquet tables as `luoshi batch` writes them, built here from extracted documents for the query tests.

The schema is the one agreed with the batch command (one folder per table, ``part-*.parquet`` files);
the test that runs the real ``luoshi batch`` checks the two agree.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from luoshi.document import Document

_STR, _INT, _F64, _BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()
SCHEMAS = {
    "documents": pa.schema([
        ("doc_id", _STR), ("source", _STR), ("title", _STR), ("date", _STR), ("year", pa.int32()),
        ("region", _STR), ("script", _STR), ("chars", _INT), ("warnings", pa.list_(_STR)), ("meta", _STR),
        ("n_quantities", _INT), ("n_formulations", _INT), ("n_headings", _INT), ("n_tasks", _INT),
    ]),
    "quantities": pa.schema([
        ("doc_id", _STR), ("idx", _INT), ("kind", _STR), ("metric", _STR), ("value", _F64), ("value_max", _F64),
        ("unit", _STR), ("comparator", _STR), ("deadline_year", pa.int32()), ("deadline_text", _STR),
        ("redacted", _BOOL), ("evidence", _STR), ("start", _INT), ("end", _INT), ("year", pa.int32()),
        ("region", _STR),
    ]),
    "formulations": pa.schema([
        ("doc_id", _STR), ("idx", _INT), ("text", _STR), ("count", _INT), ("members", pa.list_(_STR)),
        ("start", _INT), ("end", _INT), ("year", pa.int32()), ("region", _STR),
    ]),
}


def write_tables(documents: Iterable[tuple[bytes, Document]], out_dir: Path) -> Path:
    """Write documents (each with the raw bytes it was read from, for its doc_id) as the batch tables."""
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for raw, doc in documents:
        doc_id = hashlib.sha256(raw).hexdigest()
        year = int(doc.date[:4]) if doc.date else None
        rows["documents"].append({
            "doc_id": doc_id, "source": doc.source, "title": doc.title, "date": doc.date, "year": year,
            "region": doc.region, "script": doc.script, "chars": len(doc.text), "warnings": doc.warnings,
            "meta": json.dumps({}), "n_quantities": len(doc.quantities), "n_formulations": len(doc.formulations),
            "n_headings": len(doc.outline), "n_tasks": len(doc.tasks),
        })
        for idx, q in enumerate(doc.quantities):
            rows["quantities"].append({
                "doc_id": doc_id, "idx": idx, "kind": q.kind, "metric": q.metric, "value": q.value,
                "value_max": q.value_max, "unit": q.unit, "comparator": q.comparator,
                "deadline_year": q.deadline_year, "deadline_text": q.deadline_text, "redacted": q.redacted,
                "evidence": q.evidence, "start": q.start, "end": q.end, "year": year, "region": doc.region,
            })
        for idx, f in enumerate(doc.formulations):
            rows["formulations"].append({
                "doc_id": doc_id, "idx": idx, "text": f.text, "count": f.count, "members": f.members,
                "start": f.start, "end": f.end, "year": year, "region": doc.region,
            })
    for name, schema in SCHEMAS.items():
        folder = out_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows[name], schema=schema), folder / "part-0.parquet")
    return out_dir
