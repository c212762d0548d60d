"""``luoshi batch`` end to end on real Dask clusters: a LocalCluster, and a scheduler and a worker run as
separate processes on 127.0.0.1; resume after a kill and after Ctrl-C; archives; tables of documents;
a corrupt file in the middle; the dev corpus's spans.

The separate scheduler and worker are started once for the module; most tests run on them (connecting
is quick), and the tests that must start their own cluster (the LocalCluster run, the killed runs) use
one or two workers on a few hundred kilobytes of text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import luoshi
from luoshi.corpus.batch import run_batch
from luoshi.corpus.store import parts, read_table
from luoshi.corpus.tables import TABLES
from luoshi.pipeline import read_document
from tests.conftest import ROOT, as_from_a_terminal, run_luoshi, shared_path

SAMPLES = Path(luoshi.__file__).parent / "samples"
REPORT = SAMPLES / "county-work-report-2026.txt"
VENV_BIN = Path(sys.executable).parent


# ---------------------------------------------------------------------------------------------- fixtures


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Dask scheduler and one worker, each its own process, as `dask scheduler` / `dask worker` start them."""
    from distributed import Client

    folder = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    port = address.rsplit(":", 1)[1]
    commands = [
        [str(VENV_BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"],
        [str(VENV_BIN / "dask"), "worker", address, "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1",
         "--no-dashboard", "--local-directory", str(folder)],
    ]
    processes: list[subprocess.Popen[bytes]] = []
    logs = [folder / "scheduler.log", folder / "worker.log"]
    try:
        for command, log in zip(commands, logs, strict=True):
            with log.open("wb") as out:
                processes.append(subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
                                                  start_new_session=True))
        try:
            with Client(address, timeout="60s") as client:
                client.wait_for_workers(1, timeout=90)
        except Exception:
            pytest.fail("the Dask cluster did not start:\n" + "\n".join(log.read_text()[-2000:] for log in logs))
        yield address
    finally:
        for process in reversed(processes):
            _stop_group(process)


def _stop_group(process: subprocess.Popen[Any]) -> None:
    """Stop a process started in its own session, and whatever it started."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            if sig == signal.SIGTERM:
                os.killpg(process.pid, signal.SIGKILL)  # the workers it left, if any
            return
        except (subprocess.TimeoutExpired, ProcessLookupError):
            continue


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped samples, three variants of a report, and two bad files sorted into the middle."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in SAMPLES.iterdir():
        shutil.copy(path, folder / path.name)
    _variants(folder, 3)
    docx = (SAMPLES / "town-economic-meeting.docx").read_bytes()
    (folder / "m-broken.docx").write_bytes(docx[: len(docx) // 2])
    (folder / "m-junk.txt").write_bytes(bytes(range(256)) * 20)
    return folder


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory, scheduler: str) -> tuple[Path, Path]:
    """120 variants of a report (seconds of work for one worker) and a clean batch of them."""
    folder = tmp_path_factory.mktemp("many")
    _variants(folder, 120)
    clean = tmp_path_factory.mktemp("clean") / "out"
    run_batch([str(folder)], str(clean), scheduler=scheduler)
    return folder, clean


def _variants(folder: Path, n: int) -> None:
    text = REPORT.read_text(encoding="utf-8")
    assert "218.6亿元" in text
    for i in range(n):
        (folder / f"v{i:03d}.txt").write_text(text.replace("218.6亿元", f"{100 + i}.6亿元"), encoding="utf-8")


def _tables(out: Path) -> dict[str, list[dict[str, Any]]]:
    """Every committed table as sorted rows: documents and errors by (doc_id, source), items by (doc_id, idx)."""
    rows = {}
    for name in TABLES:
        table = read_table(out, name).to_pylist()
        if name in ("documents", "errors"):
            rows[name] = sorted(table, key=lambda r: (r["doc_id"] or "", r["source"]))
        else:
            rows[name] = sorted(table, key=lambda r: (r["doc_id"], r["idx"]))
    return rows


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _documents_written(out: Path) -> int:
    return sum(pq.read_metadata(p).num_rows for p in parts(out, "documents"))


def _start_batch(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "luoshi", "batch", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True,
                            preexec_fn=as_from_a_terminal)


def _wait_for_documents(out: Path, process: subprocess.Popen[str], timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the batch ended before it was stopped: {process.communicate()}")
        if (out / "documents").is_dir():
            try:
                if written := _documents_written(out):
                    return written
            except OSError:  # a part renamed while the folder was listed
                pass
        time.sleep(0.05)
    _stop_group(process)
    pytest.fail("no documents were written in time")


def _assert_every_table_reads(out: Path) -> None:
    for name in TABLES:
        duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/{name}/*.parquet')").fetchall()
        read_table(out, name)


# ---------------------------------------------------------------------------------------------- tests


def test_a_local_cluster_and_a_separate_scheduler_and_worker_give_identical_tables(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    local = run_batch([str(corpus)], str(tmp_path / "local"), workers=2, chunk_size=2)
    remote = run_batch([str(corpus)], str(tmp_path / "remote"), scheduler=scheduler, chunk_size=2)
    assert (local.workers, remote.workers) == (2, 1)
    assert len(local.worker_peak_rss) == 2 and all(rss > 0 for rss in local.worker_peak_rss.values())

    tables = _tables(tmp_path / "local")
    assert tables == _tables(tmp_path / "remote")
    good = len(list(SAMPLES.iterdir())) + 3
    assert (local.documents, local.errors) == (remote.documents, remote.errors) == (good, 2)
    assert len(tables["documents"]) == good and all(tables[name] for name in TABLES)
    assert local.items == sum(len(tables[name]) for name in ("quantities", "formulations", "outline", "tasks"))

    report = next(d for d in tables["documents"] if d["source"].endswith("county-work-report-2026.txt"))
    document = read_document(REPORT)
    assert report["doc_id"] == _sha(REPORT)
    assert (report["title"], report["date"], report["year"], report["region"], report["script"]) == (
        document.title, document.date, 2026, document.region, document.script)
    assert (report["n_quantities"], report["n_formulations"], report["n_headings"], report["n_tasks"]) == (
        len(document.quantities), len(document.formulations), len(document.outline), len(document.tasks))
    assert report["chars"] == len(document.text) and report["meta"] == "{}"


def test_a_corrupt_file_in_the_middle_is_an_error_row_and_the_rest_is_extracted(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run_luoshi("batch", str(corpus), "-o", str(out), "--scheduler", scheduler, "--chunk-size", "3")
    assert result.returncode == 0, result.stderr
    assert f"luoshi: {corpus}/m-broken.docx: truncated or corrupt .docx" in result.stderr
    assert f"luoshi: {corpus}/m-junk.txt: binary file, not a text document" in result.stderr
    assert "luoshi: batch: 9 documents" in result.stderr and "2 errors" in result.stderr
    assert "2 documents failed" in result.stderr and result.stdout == ""
    assert "\r" not in result.stderr  # no progress bar in a pipe

    errors = _tables(out)["errors"]
    assert [(e["source"], e["stage"]) for e in errors] == sorted(
        [(f"{corpus}/m-broken.docx", "extract"), (f"{corpus}/m-junk.txt", "extract")],
        key=lambda e: _sha(Path(e[0])))
    assert {e["doc_id"] for e in errors} == {_sha(corpus / "m-broken.docx"), _sha(corpus / "m-junk.txt")}
    sources = {d["source"] for d in _tables(out)["documents"]}
    assert sources == {str(p) for p in corpus.iterdir() if not p.name.startswith("m-")}


def test_a_rerun_skips_what_is_done_and_a_duplicate_is_extracted_once(scheduler: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REPORT, folder / "a.txt")
    shutil.copy(SAMPLES / "city-notice.html", folder / "b.html")
    (folder / "gone.pdf").symlink_to(folder / "nowhere.pdf")  # unreadable, with no content to key it by
    out = tmp_path / "out"
    first = run_batch([str(folder)], str(out), scheduler=scheduler)
    assert (first.documents, first.errors, first.skipped) == (2, 1, 0)
    before = _tables(out)
    assert before["errors"] == [{"doc_id": None, "source": f"{folder}/gone.pdf", "reason": "no such file",
                                 "stage": "read"}]

    shutil.copy(REPORT, folder / "c-copy.txt")
    shutil.copy(SAMPLES / "district-work-report-2024.txt", folder / "d.txt")
    second = run_batch([str(folder)], str(out), scheduler=scheduler)
    assert (second.documents, second.errors, second.skipped, second.duplicates) == (1, 0, 4, 0)
    after = _tables(out)
    assert len(after["documents"]) == 3 and after["errors"] == before["errors"]

    third = run_batch([str(folder), str(folder / "d.txt")], str(out), scheduler=scheduler)
    assert (third.documents, third.skipped, third.duplicates) == (0, 6, 0) and third.workers == 0  # no cluster
    fresh = run_batch([str(folder / "a.txt"), str(folder / "c-copy.txt")], str(tmp_path / "fresh"),
                      scheduler=scheduler)
    assert (fresh.documents, fresh.duplicates) == (1, 1)
    assert [d["source"] for d in _tables(tmp_path / "fresh")["documents"]] == [f"{folder}/a.txt"]


def test_zip_and_tar_gz_archives(scheduler: str, tmp_path: Path) -> None:
    names = ["county-work-report-2026.txt", "city-notice.html", "town-economic-meeting.docx"]
    with zipfile.ZipFile(tmp_path / "speeches.zip", "w") as archive:
        for name in names:
            archive.write(SAMPLES / name, f"2026/{name}")
        archive.writestr("2026/notes.md", "not a document")
    with tarfile.open(tmp_path / "speeches.tar.gz", "w:gz") as archive:
        for name in names:
            archive.add(SAMPLES / name, f"tar/{name}")
        data = (SAMPLES / "district-work-report-2024.txt").read_bytes()
        info = tarfile.TarInfo("tar/extra.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))

    out = tmp_path / "out"
    summary = run_batch([str(tmp_path / "speeches.zip"), str(tmp_path / "speeches.tar.gz")], str(out),
                        scheduler=scheduler)
    assert (summary.documents, summary.duplicates, summary.errors) == (4, 3, 0)
    documents = {d["source"]: d["doc_id"] for d in _tables(out)["documents"]}
    assert documents == {
        **{f"{tmp_path}/speeches.zip!2026/{name}": _sha(SAMPLES / name) for name in names},
        f"{tmp_path}/speeches.tar.gz!tar/extra.txt": _sha(SAMPLES / "district-work-report-2024.txt"),
    }
    # The same bytes as files: the same rows, whatever they were read from.
    files = run_batch([str(SAMPLES / name) for name in names], str(tmp_path / "files"), scheduler=scheduler)
    assert files.documents == 3
    ours, theirs = _tables(out), _tables(tmp_path / "files")
    same = {_sha(SAMPLES / name) for name in names}
    for name in ("quantities", "formulations", "outline", "tasks"):
        assert [r for r in ours[name] if r["doc_id"] in same] == theirs[name]


def test_jsonl_csv_and_parquet_rows_carry_their_metadata(scheduler: str, tmp_path: Path) -> None:
    report = REPORT.read_text(encoding="utf-8")
    district = (SAMPLES / "district-work-report-2024.txt").read_text(encoding="gb18030")
    speech = (SAMPLES / "county-study-speech.txt").read_text(encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"key": "r-1", "body": report, "province": "青溪", "n": 3, "tags": ["x"]}, ensure_ascii=False)
        + "\n" + json.dumps({"key": "r-2", "body": None}) + "\n", encoding="utf-8")
    with (tmp_path / "b.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["key", "body", "note"], ["c-1", district, "first"], ["c-2", report, "as r-1"]])
    pq.write_table(pa.table({"key": ["p-1"], "body": [speech], "score": [0.25]}), tmp_path / "c.parquet")

    out = tmp_path / "out"
    result = run_luoshi("batch", str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv"), str(tmp_path / "c.parquet"),
                        "-o", str(out), "--scheduler", scheduler, "--text-column", "body", "--id-column", "key")
    assert result.returncode == 0, result.stderr
    assert f"luoshi: {tmp_path}/a.jsonl#r-2: no text in column 'body'" in result.stderr
    assert "(1 duplicate)" in result.stderr  # c-2 has r-1's text: extracted once

    documents = {d["source"]: d for d in _tables(out)["documents"]}
    assert set(documents) == {f"{tmp_path}/a.jsonl#r-1", f"{tmp_path}/b.csv#c-1", f"{tmp_path}/c.parquet#p-1"}
    first = documents[f"{tmp_path}/a.jsonl#r-1"]
    assert json.loads(first["meta"]) == {"key": "r-1", "province": "青溪", "n": 3}
    assert first["doc_id"] == hashlib.sha256(report.encode("utf-8")).hexdigest() == _sha(REPORT)
    assert json.loads(documents[f"{tmp_path}/b.csv#c-1"]["meta"]) == {"key": "c-1", "note": "first"}
    assert json.loads(documents[f"{tmp_path}/c.parquet#p-1"]["meta"]) == {"key": "p-1", "score": 0.25}
    (error,) = _tables(out)["errors"]
    assert (error["doc_id"], error["stage"]) == (None, "read")
    # The quantities of a row carry the document's year and region, for questions across documents.
    rows = duckdb.sql(f"SELECT DISTINCT year, region FROM read_parquet('{out}/quantities/*.parquet') "
                      f"WHERE doc_id = '{first['doc_id']}'").fetchall()
    assert rows == [(2026, first["region"])]


def test_dev_corpus_items_point_at_their_evidence(scheduler: str, tmp_path: Path) -> None:
    dev = shared_path("corpus", "dev")
    out = tmp_path / "out"
    summary = run_batch([str(dev)], str(out), scheduler=scheduler)
    assert summary.errors == 0 and summary.documents == len(list(dev.iterdir()))
    tables = _tables(out)
    for row in tables["documents"]:
        document = read_document(row["source"])
        assert row["doc_id"] == _sha(Path(row["source"]))
        mine = {name: [r for r in tables[name] if r["doc_id"] == row["doc_id"]] for name in TABLES}
        assert len(mine["quantities"]) == len(document.quantities) == row["n_quantities"]
        for q in mine["quantities"]:
            assert document.text[q["start"] : q["end"]] == q["evidence"], (row["source"], q)
            assert q["year"] == row["year"] and q["region"] == row["region"]
        for name, items, evidence in (("formulations", document.formulations, "text"), ("tasks", document.tasks, "text"),
                                      ("outline", document.outline, None)):
            assert len(mine[name]) == len(items)
            for r, item in zip(mine[name], items, strict=True):
                assert (r["start"], r["end"]) == (item.start, item.end)
                if evidence:
                    assert document.text[r["start"] : r["end"]] == r[evidence]


def test_a_killed_batch_leaves_readable_tables_and_a_rerun_completes_it(
    many: tuple[Path, Path], scheduler: str, tmp_path: Path
) -> None:
    folder, clean = many
    out = tmp_path / "out"
    process = _start_batch(str(folder), "-o", str(out), "--workers", "1", "--chunk-size", "2", "--part-docs", "4")
    try:
        _wait_for_documents(out, process)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        _stop_group(process)  # its worker process, if it outlived it
    _assert_every_table_reads(out)
    written = _documents_written(out)
    assert 0 < written < 120, "the batch was not killed mid-run"

    summary = run_batch([str(folder)], str(out), scheduler=scheduler)
    assert summary.skipped == written and summary.documents == 120 - written
    tables = _tables(out)
    assert tables == _tables(clean)
    assert len({d["doc_id"] for d in tables["documents"]}) == len(tables["documents"]) == 120


def test_ctrl_c_stops_the_batch_in_order_and_a_rerun_completes_it(
    many: tuple[Path, Path], scheduler: str, tmp_path: Path
) -> None:
    folder, clean = many
    out = tmp_path / "out"
    process = _start_batch(str(folder), "-o", str(out), "--workers", "1", "--chunk-size", "2", "--part-docs", "4")
    try:
        _wait_for_documents(out, process)
        os.killpg(process.pid, signal.SIGINT)  # as a terminal sends it: to the whole process group
        _, stderr = process.communicate(timeout=60)
    finally:
        _stop_group(process)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "run the same command again to complete it" in stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    _assert_every_table_reads(out)
    written = _documents_written(out)
    assert 0 < written < 120

    result = run_luoshi("batch", str(folder), "-o", str(out), "--scheduler", scheduler)
    assert result.returncode == 0, result.stderr
    assert f"({written} already done)" in result.stderr
    assert _tables(out) == _tables(clean)


class _Crash(bytes):
    """Document bytes that kill the worker process reading them (as a segfault in a C library would)."""

    def strip(self, *args: Any) -> bytes:
        from distributed import get_worker

        get_worker()  # raises outside a worker: never kill the test's own process
        os._exit(1)


def test_a_worker_that_dies_on_a_document_costs_only_that_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dask

    from luoshi.corpus import inputs

    folder = tmp_path / "in"
    folder.mkdir()
    _variants(folder, 4)
    real = inputs.iter_inputs

    def with_a_crash(*args: Any, **kwargs: Any) -> Iterator[inputs.Input]:
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 2:
                yield inputs.InputDoc("c" * 64, "crash.txt", _Crash(b"x"))
            yield item

    monkeypatch.setattr(inputs, "iter_inputs", with_a_crash)
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # one death is enough to give up
        summary = run_batch([str(folder)], str(tmp_path / "out"), workers=2, chunk_size=5)
    assert (summary.documents, summary.errors) == (4, 1)
    (error,) = _tables(tmp_path / "out")["errors"]
    assert (error["doc_id"], error["source"], error["stage"]) == ("c" * 64, "crash.txt", "extract")
    assert error["reason"].startswith("the worker failed on it: KilledWorker")


def test_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_luoshi("batch", str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert result.returncode == 1 and result.stderr == f"luoshi: {tmp_path}/missing: no such file or folder\n"
    assert not (tmp_path / "out").exists()
    (tmp_path / "doc.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_luoshi("batch", str(tmp_path / "doc.txt"), "-o", str(tmp_path))
    assert result.returncode == 1 and "not a luoshi batch output" in result.stderr
    result = run_luoshi("batch", str(tmp_path / "doc.txt"), "-o", str(tmp_path / "out"), "--workers", "0")
    assert result.returncode == 2 and "not a positive whole number" in result.stderr
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "1s")
    result = run_luoshi("batch", str(tmp_path / "doc.txt"), "-o", str(tmp_path / "out"),
                        "--scheduler", f"tcp://127.0.0.1:{_free_port()}")
    assert result.returncode == 1 and "luoshi: batch: cannot connect to the Dask scheduler" in result.stderr
