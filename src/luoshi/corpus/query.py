"""`luoshi corpus OUT_DIR …`: questions across documents and years, asked of `luoshi batch`'s tables with DuckDB.

The tables (one folder of ``part-*.parquet`` files each under OUT_DIR) are opened as views of the same
names: ``documents``, ``quantities``, ``formulations``, ``outline``, ``tasks``, ``errors``. Nothing is copied
or written; a table that is missing is simply not there to ask. The questions:

``lineage``
    Target lineage: each numeric target of a region, with the fact a later document reports about its year
    and the verdict by its comparator, or why there is none — met, missed, unclear, dropped (no later
    document said how it went), pending (none could yet) — and whether a later document restated it lower
    (see :mod:`luoshi.corpus.lineage` for the exact rules). The 2015 report's 地区生产总值增长8% target
    meets the 2016 report's reported 2015 growth.
``formulations``
    Formulation timeline: each formulation (三个高地, 八项规定) with when it was first and last seen, in how
    many documents, and in how many documents of each year and region: when a slogan arrived, and whether it
    stayed. A formulation is counted in its simplified form (兩個維護 is 两个维护).
``sql``
    Any read-only query over the views, for what the two above do not ask (``metric_key(metric)`` is
    there as a function, for grouping quantities as lineage does, and ``simplified(text)``).

Each prints an aligned table (``--format table``, for a terminal) or CSV; ``--chart FILE.png`` also draws
the answer (targets against actuals by year; formulations by year).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from luoshi.corpus.lineage import FLAGS, Document, Fact, Item, Line, lineage, metric_key
from luoshi.render import clip, display_width, pad
from luoshi.script import to_simplified
from luoshi.targets import signed

if TYPE_CHECKING:
    import duckdb

TABLES = ("documents", "quantities", "formulations", "outline", "tasks", "errors")
CHART_SUFFIXES = (".png", ".svg")


class CorpusError(Exception):
    """Something the user can fix (no tables in OUT_DIR, a query that is not read-only); one line."""

    def __init__(self, where: str, reason: str, status: int = 1) -> None:
        super().__init__(f"{where}: {reason}")
        self.status = status


# ------------------------------------------------------------------------------------------- connection


def connect(out_dir: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with a view per table found under ``out_dir``, unable to touch other files.

    External access is switched off and the configuration locked once the views exist, so a query given
    to ``sql`` can read the tables and nothing else, and write nowhere.
    """
    import duckdb  # here, not at the top: `luoshi extract` need not pay for loading DuckDB

    root = Path(out_dir)
    if not root.is_dir():
        raise CorpusError(str(out_dir), "no such folder (make one with `luoshi batch INPUT... -o OUT_DIR`)")
    found = {name: sorted((root / name).glob("part-*.parquet")) for name in TABLES}
    if not found["documents"]:
        raise CorpusError(str(out_dir), "no documents table here (documents/part-*.parquet; made by `luoshi batch`)")
    con = duckdb.connect(":memory:")
    for name, files in found.items():
        if files:
            # DDL takes no parameters; the paths are ours (globbed above), quoted as SQL string literals.
            listed = ", ".join(_literal(str(f.resolve())) for f in files)
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet([{listed}], union_by_name = true)")
    con.create_function("metric_key", metric_key, ["VARCHAR"], "VARCHAR", **_CALLED_ON_NULL)
    con.create_function("simplified", to_simplified, ["VARCHAR"], "VARCHAR")
    con.execute("SET allowed_directories = ?", [[str(root.resolve()) + os.sep]])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


# metric_key(NULL) is '' as in Python, not NULL: DuckDB is to call it on NULL too. Given as the string every
# duckdb version takes (the enum for it has moved between modules), hence as keywords of any type.
_CALLED_ON_NULL: dict[str, Any] = {"null_handling": "special"}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def check_region(con: duckdb.DuckDBPyConnection, region: str | None) -> None:
    """A region no document has is a typo more often than a question: say which regions there are."""
    if region is None or con.execute("SELECT 1 FROM documents WHERE region = $r LIMIT 1", {"r": region}).fetchone():
        return
    known = [row[0] for row in con.execute(
        "SELECT region FROM documents WHERE region IS NOT NULL GROUP BY region ORDER BY count(*) DESC, region LIMIT 12"
    ).fetchall()]
    raise CorpusError("--region", f"no document of {region!r} (there are: {', '.join(known) or 'none'})")


def tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}


# --------------------------------------------------------------------------------------------- questions

_DOCUMENTS_SQL = """
SELECT doc_id, source, date, year, region FROM documents
WHERE region IS NOT NULL AND ($region IS NULL OR region = $region)
"""
_QUANTITIES_SQL = """
SELECT q.doc_id, q.kind, q.metric, q.value, q.value_max, q.unit, q.comparator, q.deadline_year, q.evidence,
       q.redacted
FROM quantities q JOIN documents d USING (doc_id)
WHERE d.region IS NOT NULL AND ($region IS NULL OR d.region = $region) AND q.value IS NOT NULL
ORDER BY q.doc_id, q.idx
"""


def target_lineage(con: duckdb.DuckDBPyConnection, region: str | None = None,
                   metric: str | None = None) -> tuple[list[Line], list[Fact]]:
    """The lineage of every target (of ``region``, of metric keys containing ``metric``'s), and all facts.

    The facts are returned too (those a chart of actuals by year needs), including years no target named.
    """
    if "quantities" not in tables(con):
        return [], []
    params = {"region": region}
    documents = [Document(*row) for row in con.execute(_DOCUMENTS_SQL, params).fetchall()]
    items = [Item(*row) for row in con.execute(_QUANTITIES_SQL, params).fetchall()]
    wanted = metric_key(metric) if metric else ""
    lines = [line for line in lineage(documents, items) if wanted in line.key]
    docs = {d.doc_id: d for d in documents}
    facts = []
    for item in items:
        key = metric_key(item.metric)
        if item.kind == "fact" and item.deadline_year is not None and item.value is not None and wanted in key:
            doc = docs[item.doc_id]
            facts.append(Fact(doc.region or "", key, item.deadline_year, item.value, item.unit or "",
                              _when(doc) or ""))
    return lines, facts


_FORMULATIONS_SQL = """
WITH f AS (
    SELECT simplified(f.text) AS text, f.count, f.doc_id, d.year, d.region,
           coalesce(d.date, CAST(d.year AS VARCHAR)) AS seen
    FROM formulations f JOIN documents d USING (doc_id)
    WHERE $region IS NULL OR d.region = $region
),
per_year AS (
    SELECT text, year, count(DISTINCT doc_id) AS n FROM f GROUP BY text, year
),
per_region AS (
    SELECT text, region, count(DISTINCT doc_id) AS n FROM f GROUP BY text, region
)
SELECT f.text AS formulation, any_value(f.count) AS count, count(DISTINCT f.doc_id) AS documents,
       count(*) AS mentions, min(f.seen) AS first_seen, max(f.seen) AS last_seen,
       (SELECT string_agg(coalesce(CAST(y.year AS VARCHAR), '?') || ':' || y.n, ' ' ORDER BY y.year NULLS LAST)
        FROM per_year y WHERE y.text = f.text) AS by_year,
       (SELECT string_agg(coalesce(r.region, '?') || ' ' || r.n, ', ' ORDER BY r.n DESC, r.region NULLS LAST)
        FROM per_region r WHERE r.text = f.text) AS regions
FROM f
GROUP BY f.text
HAVING count(DISTINCT f.doc_id) >= $min_documents
ORDER BY documents DESC, first_seen NULLS LAST, formulation
"""
# Documents per year and formulation, for the timeline chart.
_FORMULATION_YEARS_SQL = """
SELECT simplified(f.text) AS text, d.year, count(DISTINCT f.doc_id) AS n
FROM formulations f JOIN documents d USING (doc_id)
WHERE d.year IS NOT NULL AND ($region IS NULL OR d.region = $region)
GROUP BY ALL
"""


@dataclass(frozen=True)
class Answer:
    """A question's answer as a table: column names and rows."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def formulation_timeline(con: duckdb.DuckDBPyConnection, region: str | None = None,
                         min_documents: int = 1) -> Answer:
    """Each formulation: its numeral, documents and mentions, first and last seen, documents by year and region."""
    if "formulations" not in tables(con):
        return Answer(["formulation"], [])
    result = con.execute(_FORMULATIONS_SQL, {"region": region, "min_documents": min_documents})
    return Answer([c[0] for c in result.description], result.fetchall())


def formulation_years(con: duckdb.DuckDBPyConnection, region: str | None = None) -> dict[str, dict[int, int]]:
    """Formulation → year → how many documents of that year use it."""
    if "formulations" not in tables(con):
        return {}
    years: dict[str, dict[int, int]] = {}
    for text, year, n in con.execute(_FORMULATION_YEARS_SQL, {"region": region}).fetchall():
        years.setdefault(text, {})[year] = n
    return years


READ_ONLY = ("SELECT", "EXPLAIN")  # SELECT covers WITH, FROM-first, DESCRIBE, SHOW and SUMMARIZE


def run_sql(con: duckdb.DuckDBPyConnection, query: str) -> Answer:
    """One read-only statement's answer; anything else (COPY, CREATE, ATTACH, SET…) is refused."""
    import duckdb

    try:
        statements = con.extract_statements(query)
    except duckdb.Error as e:
        raise CorpusError("sql", _first_line(e), status=2) from e
    if len(statements) != 1:
        raise CorpusError("sql", f"give one statement, not {len(statements)}", status=2)
    if statements[0].type.name not in READ_ONLY:
        raise CorpusError("sql", f"only read-only queries (SELECT…), not {statements[0].type.name}", status=2)
    try:
        result = con.execute(query)
        return Answer([c[0] for c in result.description or []], result.fetchall())
    except duckdb.Error as e:
        raise CorpusError("sql", _first_line(e)) from e


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


# ------------------------------------------------------------------------------------- lines as a table

LINEAGE_COLUMNS = [
    "region", "metric_key", "year", "target", "comparator", "target_value", "target_value_max", "target_unit",
    "target_date", "target_source", "target_evidence", "actual", "actual_unit", "actual_in_target_unit",
    "actual_date", "actual_source", "actual_evidence", "restated", "restated_date", "flags",
]
# The terminal table: the columns a person reads, under short headings.
LINEAGE_HEADINGS = {"region": "地区", "metric_key": "指标", "year": "年份", "target": "目标", "target_date": "提出",
                  "actual": "实际", "actual_date": "报告", "restated": "后来的目标", "flags": "结论"}


def lineage_answer(lines: Sequence[Line]) -> Answer:
    rows = []
    for line in lines:
        t, f, r = line.target, line.fact, line.restatement
        rows.append((
            line.region, line.key, line.year, _stated(t), t.comparator, t.value, t.value_max, t.unit,
            _when(line.target_doc), line.target_doc.source, t.evidence,
            _stated(f, comparator=False) if f else None, f.unit if f else None, line.actual,
            _when(line.fact_doc), line.fact_doc.source if line.fact_doc else None, f.evidence if f else None,
            _stated(r) if r else None, _when(line.restatement_doc), ", ".join(line.flags),
        ))
    return Answer(LINEAGE_COLUMNS, rows)


def _stated(item: Item, comparator: bool = True) -> str:
    number = _number(item.value)
    if item.value_max is not None:
        number += f"–{_number(item.value_max)}"
    return f"{signed(item.comparator, number) if comparator else number}{item.unit or ''}"


def _number(value: float | None) -> str:
    return "X" if value is None else f"{value:g}"


def _when(doc: Document | None) -> str | None:
    if doc is None:
        return None
    return doc.date or (str(doc.year) if doc.year is not None else None)


# ------------------------------------------------------------------------------------------------ output


def to_csv(answer: Answer) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(answer.columns)
    writer.writerows([[_cell(v) for v in row] for row in answer.rows])
    return out.getvalue()


def to_table(answer: Answer, headings: dict[str, str] | None = None, limit: int = 48) -> str:
    """Aligned columns for a terminal: CJK characters count two cells wide; long cells are clipped."""
    keep = [i for i, c in enumerate(answer.columns) if headings is None or c in headings]
    head = [headings[answer.columns[i]] if headings else answer.columns[i] for i in keep]
    body = [[clip(" ".join(_cell(row[i]).split()), limit) for i in keep] for row in answer.rows]  # a cell is one line
    widths = [max(display_width(cell) for cell in column) for column in zip(head, *body, strict=False)]
    numeric = [bool(body) and all(isinstance(row[i], int | float) or row[i] is None for row in answer.rows)
               for i in keep]
    lines = []
    for k, cells in enumerate([head, *body]):
        padded = [pad(cell, w, right=num and k > 0) for cell, w, num in zip(cells, widths, numeric, strict=True)]
        lines.append("  ".join(padded).rstrip())
        if k == 0:
            lines.append("  ".join("─" * w for w in widths))
    lines.append(f"({len(answer.rows)} row{'s' if len(answer.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return "、".join(_cell(v) for v in value)
    return str(value)


def tally(lines: Sequence[Line]) -> str:
    """A last line counting the flags: met 15  missed 23  …"""
    counts = {flag: sum(flag in line.flags for line in lines) for flag in FLAGS}
    return "  ".join(f"{flag} {n}" for flag, n in counts.items() if n) + ("\n" if lines else "")


def chart_format(path: str) -> str:
    """The image format a chart file's name asks for: png or svg."""
    return Path(path).suffix.lower().lstrip(".")
