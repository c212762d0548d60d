"""The output folder: typed parts, commits by the documents part, orphans removed, one batch at a time."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from luoshi.corpus.store import Store, StoreError, committed_groups, parts, read_table
from luoshi.corpus.tables import SCHEMAS, TABLES, Rows
from luoshi.pipeline import document_from_text

REPORT = "政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n各位代表：\n今年全省地区生产总值增长5%左右。\n"


def _group(doc_id: str, text: str = REPORT, error: bool = False) -> dict:
    rows = Rows()
    rows.add_document(doc_id, f"{doc_id}.txt", {"k": doc_id}, document_from_text(text, f"{doc_id}.txt"))
    if error:
        rows.add_error(None, "gone.txt", "no such file", "read")
        rows.add_error("e" + doc_id, "bad.docx", "truncated or corrupt .docx", "extract")
    return rows.tables()


def test_parts_keep_their_schema_even_when_a_column_is_all_null(tmp_path: Path) -> None:
    with Store(tmp_path / "out") as store:
        store.write(_group("a"))
        store.write(_group("b", "没有日期的一段话：今年粮食产量稳定在1000万吨以上。\n"))  # no date, no region
    out = tmp_path / "out"
    for name in TABLES:
        for path in parts(out, name):
            assert pq.read_schema(path).remove_metadata() == SCHEMAS[name], path
    documents = duckdb.sql(f"SELECT doc_id, year, region, meta FROM read_parquet('{out}/documents/*.parquet') "
                           "ORDER BY doc_id").fetchall()
    assert documents == [("a", 2026, "吉林省", '{"k": "a"}'), ("b", None, None, '{"k": "b"}')]
    quantities = duckdb.sql(f"SELECT doc_id, idx, value, year FROM read_parquet('{out}/quantities/*.parquet') "
                            "ORDER BY doc_id, idx").fetchall()
    assert quantities[0] == ("a", 0, 5.0, 2026) and ("b", 0, 1000.0, None) in quantities


def test_a_group_without_its_documents_part_is_removed_on_the_next_start(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Store(out) as store:
        store.write(_group("a", error=True))
        group = store.write(_group("b", error=True))
    # A run killed between renames: item parts and errors of a group whose documents part never came,
    # and a temporary file.
    for name in ("quantities", "errors"):
        (out / name / f"part-{group}.parquet").rename(out / name / "part-killed-000001.parquet")
    (out / "documents" / f".part-{group}.parquet.tmp").write_bytes(b"half a file")
    assert "killed-000001" not in committed_groups(out)

    with Store(out) as store:
        assert store.removed == 3
        done = store.done()
    assert not (out / "quantities" / "part-killed-000001.parquet").exists()
    assert done.doc_ids == {"a", "b", "ea"} and done.unreadable == {"gone.txt"}
    assert read_table(out, "errors").column("stage").to_pylist() == ["read", "extract"]
    for name in TABLES:  # every table reads, through DuckDB too
        duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/{name}/*.parquet')").fetchall()


def test_a_group_of_failures_only_still_commits(tmp_path: Path) -> None:
    out = tmp_path / "out"
    rows = Rows()
    rows.add_error(None, "gone.txt", "no such file", "read")
    with Store(out) as store:
        store.write(rows.tables())
        assert store.done().unreadable == {"gone.txt"}
    assert read_table(out, "documents").num_rows == 0 and read_table(out, "errors").num_rows == 1


def test_one_batch_at_a_time(tmp_path: Path) -> None:
    with Store(tmp_path / "out"), pytest.raises(StoreError, match="another luoshi batch"):
        Store(tmp_path / "out").open()


def test_a_folder_of_other_files_is_not_taken_over(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(StoreError, match="not a luoshi batch output"):
        Store(tmp_path).open()
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(StoreError, match="not a folder"):
        Store(tmp_path / "file").open()


def test_every_table_reads_from_the_first_instant(tmp_path: Path) -> None:
    with Store(tmp_path / "out"):
        for name in TABLES:
            count = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/out/{name}/*.parquet')").fetchall()
            assert count == [(0,)]
