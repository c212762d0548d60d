"""`luoshi corpus`: target lineage and the formulation timeline over the dev corpus and 海拉尔区's 2012–2014 reports."""

from __future__ import annotations

import csv
import io
import struct
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from luoshi.corpus import query
from luoshi.corpus.chart import formulation_chart, lineage_chart
from luoshi.pipeline import read_document
from tests.conftest import run_luoshi, shared_path
from tests.corpus.tables_fixture import write_tables

HAILAR = "海拉尔区"


def corpus_paths() -> list[Path]:
    dev = shared_path("corpus", "dev")
    wild = shared_path("corpus", "wild", "hailar")
    return sorted(dev.glob("*.txt")) + sorted(wild.glob("hailar-201[234]-work-report.txt"))


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    paths = corpus_paths()
    return write_tables([(p.read_bytes(), read_document(str(p))) for p in paths], tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def con(corpus_dir: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = query.connect(corpus_dir)
    yield connection
    connection.close()


def test_hailar_growth_targets_meet_the_next_reports_growth(con: duckdb.DuckDBPyConnection) -> None:
    lines, _ = query.target_lineage(con, HAILAR, "地区生产总值增长")
    growth = [line for line in lines if line.key == "地区生产总值增长"]
    assert [line.year for line in growth] == [2012, 2013, 2014, 2015]
    reported = {line.year: (line.target.value, line.actual, line.fact_doc and line.fact_doc.year, line.outcome)
                for line in growth}
    # each year's target, the next report's 同比增长 for that year, and the verdict
    assert reported[2012] == (21.0, 18.5, 2013, "missed")
    assert reported[2013] == (20.0, 10.1, 2014, "missed")
    assert reported[2014] == (11.0, 9.1, 2015, "missed")
    assert reported[2015] == (8.0, None, None, "pending")  # the 2016 report is not in the corpus


def test_hailar_level_and_growth_stay_apart_and_met_targets_are_met(con: duckdb.DuckDBPyConnection) -> None:
    lines, facts = query.target_lineage(con, HAILAR)
    level = {line.year: line for line in lines if line.key == "地区生产总值"}
    assert level[2014].target.value == 282 and level[2014].actual == 274.4 and level[2014].outcome == "missed"
    revenue = {line.year: line.outcome for line in lines if line.key == "地方财政总收入"}
    assert revenue == {2012: "met", 2013: "met", 2014: "missed"}
    assert {line.region for line in lines} == {HAILAR}
    # the actuals of years no target of the corpus named are there for the chart (2011, from the 2012 report)
    assert any(f.key == "地区生产总值增长" and f.year == 2011 and f.value == 22.3 for f in facts)


def test_the_metric_filter_uses_the_same_key(con: duckdb.DuckDBPyConnection) -> None:
    lines, _ = query.target_lineage(con, HAILAR, "地区生产总值同比增长")
    assert lines and {line.key for line in lines} == {"地区生产总值增长"}


def test_formulation_timeline_has_first_and_last_seen_and_counts(con: duckdb.DuckDBPyConnection) -> None:
    answer = query.formulation_timeline(con)
    rows = {row[0]: dict(zip(answer.columns, row, strict=True)) for row in answer.rows}
    two_centres = rows["两个中心"]
    assert (two_centres["documents"], two_centres["first_seen"], two_centres["last_seen"]) == (
        4, "2012-02-29", "2015-02-05")
    assert two_centres["by_year"] == "2012:1 2013:1 2014:1 2015:1"
    assert two_centres["regions"] == f"{HAILAR} 4"
    assert rows["八项规定"]["first_seen"] == "2013-02-28" and rows["八项规定"]["count"] == 8
    assert answer.rows[0][0] == "两个中心"  # most documents first
    # the traditional-script 兩個維護 of 耒陽 is counted with the simplified one of Shanghai
    assert rows["两个维护"]["documents"] == 2 and "兩個維護" not in rows


def test_formulation_timeline_by_region_and_minimum(con: duckdb.DuckDBPyConnection) -> None:
    answer = query.formulation_timeline(con, region=HAILAR, min_documents=2)
    # 三个代表 and 四风 are in two documents of the corpus, but only one of 海拉尔区
    assert {row[0] for row in answer.rows} == {"两个中心", "八项规定", "三公经费", "三山"}
    assert all(row[answer.columns.index("regions")] == f"{HAILAR} {row[2]}" for row in answer.rows)


def test_the_table_lines_up_chinese_and_latin_columns() -> None:
    answer = query.Answer(["指标", "year", "flags"], [("地区生产总值增长", 2015, "met"), ("GDP", 2016, "missed")])
    lines = query.to_table(answer).splitlines()
    def cells(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    starts = [cells(line[: line.index(flag)]) for line, flag in zip(lines[2:4], ("met", "missed"), strict=True)]
    assert starts[0] == starts[1]  # 地区生产总值增长 takes 16 cells, as 16 Latin letters would
    assert lines[2].split() == ["地区生产总值增长", "2015", "met"]
    assert lines[-1] == "(2 rows)"


def test_lineage_csv_parses_with_every_column(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "lineage.csv"
    done = run_luoshi("corpus", str(corpus_dir), "lineage", "--region", HAILAR, "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == query.LINEAGE_COLUMNS
    row = next(r for r in rows if r["metric_key"] == "地区生产总值增长" and r["year"] == "2014")
    assert (row["target"], row["actual"], row["actual_date"], row["flags"]) == ("11%", "9.1%", "2015-02-05", "missed")
    assert row["target_evidence"] == "地区生产总值增长11%" and row["actual_evidence"] == "同比增长9.1%"


def test_lineage_table_and_chart_from_the_command(corpus_dir: Path, tmp_path: Path) -> None:
    chart = tmp_path / "lineage.png"
    done = run_luoshi("corpus", str(corpus_dir), "lineage", "--region", HAILAR, "--reported", "--chart", str(chart))
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines()]
    assert [HAILAR, "地区生产总值增长", "2014", "11%", "2014-02-19", "9.1%", "2015-02-05", "missed"] in rows
    assert "pending" not in done.stdout  # --reported: only targets a later report judged
    width, height = png_size(chart.read_bytes())
    assert 800 <= width <= 2000 and 400 <= height <= 2000


def test_charts_are_pngs_of_a_sane_size_and_the_same_bytes_each_time(con: duckdb.DuckDBPyConnection) -> None:
    lines, facts = query.target_lineage(con, HAILAR)
    first = lineage_chart(lines, facts, HAILAR)
    assert first == lineage_chart(lines, facts, HAILAR)
    width, height = png_size(first)
    assert (width, height) == (1320, 1128)  # three rows of two panels
    timeline = formulation_chart(query.formulation_years(con, HAILAR), HAILAR)
    assert 800 <= png_size(timeline)[0] <= 2000
    assert lineage_chart([], [], None).startswith(b"\x89PNG")  # nothing to show is still a picture


def test_formulations_command_as_csv(corpus_dir: Path, tmp_path: Path) -> None:
    chart = tmp_path / "formulations.png"
    done = run_luoshi("corpus", str(corpus_dir), "formulations", "--format", "csv", "--chart", str(chart))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert rows[0]["formulation"] == "两个中心" and rows[0]["documents"] == "4"
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_sql_answers_read_only_queries(corpus_dir: Path) -> None:
    done = run_luoshi("corpus", str(corpus_dir), "sql", "--format", "csv",
                      "SELECT year, count(*) AS n FROM documents WHERE region = '海拉尔区' GROUP BY year ORDER BY year")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["year,n", "2012,1", "2013,1", "2014,1", "2015,1"]
    done = run_luoshi("corpus", str(corpus_dir), "sql",
                      "SELECT DISTINCT metric_key(metric) FROM quantities WHERE metric = '地区生产总值同比增长'")
    assert "地区生产总值增长" in done.stdout


@pytest.mark.parametrize(("sql", "status", "reason"), [
    ("COPY documents TO 'stolen.csv'", 2, "only read-only queries"),
    ("CREATE TABLE t AS SELECT 1", 2, "only read-only queries"),
    ("SELECT 1; SELECT 2", 2, "one statement"),
    ("SELECT * FROM read_csv('/etc/passwd')", 1, "disabled"),  # nothing but the tables can be read
    ("SELECT nothing FROM documents", 1, "nothing"),
])
def test_sql_refuses_what_is_not_a_read_of_the_tables(corpus_dir: Path, sql: str, status: int, reason: str) -> None:
    done = run_luoshi("corpus", str(corpus_dir), "sql", sql)
    assert done.returncode == status and done.stdout == ""
    assert done.stderr.startswith("luoshi: sql: ") and reason in done.stderr and len(done.stderr.splitlines()) == 1


def test_a_folder_without_tables_is_one_line(tmp_path: Path) -> None:
    done = run_luoshi("corpus", str(tmp_path), "lineage")
    assert done.returncode == 1 and done.stderr.strip() == (
        f"luoshi: {tmp_path}: no documents table here (documents/part-*.parquet; made by `luoshi batch`)")
    done = run_luoshi("corpus", str(tmp_path / "nowhere"), "formulations")
    assert done.returncode == 1 and "no such folder" in done.stderr
    done = run_luoshi("corpus", str(tmp_path), "lineage", "--chart", "x.jpg")
    assert done.returncode == 2 and "a chart is a .png or .svg file" in done.stderr


def test_batch_then_corpus_gives_the_same_lineage(tmp_path: Path) -> None:
    """The real `luoshi batch` writes what the fixture writes: the same lineage comes out of both."""
    paths = corpus_paths()
    out = tmp_path / "out"
    done = run_luoshi("batch", *map(str, paths), "-o", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    by_batch = run_luoshi("corpus", str(out), "lineage", "--region", HAILAR, "--format", "csv")
    assert by_batch.returncode == 0, by_batch.stderr
    fixture = write_tables([(p.read_bytes(), read_document(str(p))) for p in paths], tmp_path / "fixture")
    by_fixture = run_luoshi("corpus", str(fixture), "lineage", "--region", HAILAR, "--format", "csv")
    assert by_batch.stdout == by_fixture.stdout
    assert "地区生产总值增长,2014,11%" in by_batch.stdout
    timeline = run_luoshi("corpus", str(out), "formulations", "--region", HAILAR, "--format", "csv")
    assert "两个中心,2,4,4,2012-02-29,2015-02-05" in timeline.stdout


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_an_unknown_region_names_the_regions_there_are(corpus_dir: Path) -> None:
    done = run_luoshi("corpus", str(corpus_dir), "lineage", "--region", "海拉尔")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("luoshi: --region: no document of '海拉尔' (there are: 海拉尔区, ")
