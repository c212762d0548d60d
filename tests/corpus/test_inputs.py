"""What a batch reads: files, folders, globs, archives and tables, one document at a time, keyed by content."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from luoshi.corpus.inputs import InputDoc, Unreadable, count_inputs, iter_inputs, missing_paths

REPORT = "政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n各位代表：\n今年全省地区生产总值增长5%左右。\n"


def _sha(data: bytes | str) -> str:
    return hashlib.sha256(data if isinstance(data, bytes) else data.encode("utf-8")).hexdigest()


def _items(*paths: Path | str, **options) -> list[InputDoc | Unreadable]:
    return list(iter_inputs([str(p) for p in paths], **options))


def test_a_folder_is_walked_in_order_for_documents_archives_and_tables(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text(REPORT + "2", encoding="utf-8")
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not looked for", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text(json.dumps({"text": REPORT + "3"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"our own output is never an input")

    items = _items(tmp_path, exclude=str(out))
    assert [i.source for i in items] == [f"{tmp_path}/a.txt", f"{tmp_path}/rows.jsonl#1", f"{tmp_path}/b/2.txt"]
    first = items[0]
    assert isinstance(first, InputDoc)
    assert first.payload == REPORT.encode("utf-8")
    assert first.doc_id == _sha(REPORT.encode("utf-8"))
    assert count_inputs([str(tmp_path)], exclude=str(out)) == 3


def test_globs_and_missing_paths(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(REPORT + name, encoding="utf-8")
    assert [i.source for i in _items(tmp_path / "x*.txt")] == [f"{tmp_path}/x1.txt", f"{tmp_path}/x2.txt"]
    (nothing,) = _items(tmp_path / "z*.txt")
    assert isinstance(nothing, Unreadable) and nothing.reason == "no files match this pattern"
    assert missing_paths([str(tmp_path / "x*.txt"), str(tmp_path / "gone.txt"), str(tmp_path / "z*")]) == [
        str(tmp_path / "gone.txt"), str(tmp_path / "z*")]


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(REPORT * 100, encoding="utf-8")
    (item,) = _items(path, max_bytes=1000)
    assert isinstance(item, Unreadable) and item.doc_id is None
    assert item.reason.startswith("too large:") and "see --max-size" in item.reason


def test_zip_members_are_documents_named_inside_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "speeches.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("2026/report.txt", REPORT)
        archive.writestr("2026/readme.md", "skipped: not a document suffix")
        archive.writestr("__MACOSX/2026/._report.txt", "resource fork")
        archive.writestr("big.txt", REPORT * 100)
        archive.writestr("XXXX.txt", REPORT + "讲话")
    # A name stored in GBK without the UTF-8 flag, as Chinese Windows zips them (same length as XXXX).
    path.write_bytes(path.read_bytes().replace(b"XXXX.txt", "讲话.txt".encode("gbk")))
    items = _items(path, max_bytes=1000)
    assert [i.source for i in items] == [f"{path}!2026/report.txt", f"{path}!big.txt", f"{path}!讲话.txt"]
    report, big, speech = items
    assert isinstance(report, InputDoc) and report.doc_id == _sha(REPORT.encode("utf-8"))
    assert isinstance(big, Unreadable) and big.reason.startswith("too large:")
    assert isinstance(speech, InputDoc) and speech.payload == (REPORT + "讲话").encode("utf-8")
    assert count_inputs([str(path)]) == 3


def test_a_corrupt_archive_is_one_unreadable_item(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 this is no zip")
    (item,) = _items(path)
    assert isinstance(item, Unreadable) and item.source == str(path)
    assert item.reason.startswith("not a readable .zip archive")


def test_tar_gz_members_are_streamed(tmp_path: Path) -> None:
    path = tmp_path / "speeches.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, text in (("a/one.txt", REPORT), ("a/two.html", f"<html><body><p>{REPORT}</p></body></html>"),
                           ("a/skip.bin", "x"), ("a/big.txt", REPORT * 100)):
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    items = _items(path, max_bytes=1000)
    assert [i.source for i in items] == [f"{path}!a/one.txt", f"{path}!a/two.html", f"{path}!a/big.txt"]
    assert isinstance(items[0], InputDoc) and items[0].payload == REPORT.encode("utf-8")
    assert isinstance(items[2], Unreadable) and items[2].reason.startswith("too large:")
    assert count_inputs([str(path)]) == 3


def test_jsonl_rows_with_text_and_id_columns_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    rows = [
        {"id": "r1", "content": REPORT, "year": 2026, "score": 0.5, "tags": ["x"], "when": None},
        {"id": "", "content": REPORT + "二"},
        "not an object",
        {"id": "r4", "content": None},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("\n".join([lines[0], "", lines[1], "{broken", lines[2], lines[3]]) + "\n", encoding="utf-8")

    items = _items(path, id_column="id")
    assert [i.source for i in items] == [f"{path}#r1", f"{path}#3", f"{path}#4", f"{path}#5", f"{path}#r4"]
    first, second, broken, not_object, no_text = items
    assert isinstance(first, InputDoc) and first.payload == REPORT and first.doc_id == _sha(REPORT)
    assert first.meta == {"id": "r1", "year": 2026, "score": 0.5, "when": None}  # the list is not carried
    assert isinstance(second, InputDoc) and second.meta == {"id": ""}
    assert isinstance(broken, Unreadable) and broken.reason.startswith("not JSON")
    assert isinstance(not_object, Unreadable) and not_object.reason == "not a JSON object"
    assert isinstance(no_text, Unreadable) and no_text.reason == "no text in column 'content'"
    assert count_inputs([str(path)]) == 5


def test_a_named_text_column_that_is_missing_is_said_once_per_row(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps({"body": REPORT}) + "\n", encoding="utf-8")
    (auto,) = _items(path)
    assert isinstance(auto, Unreadable) and "no text column (looked for text, content, full_text, 正文" in auto.reason
    (named,) = _items(path, text_column="正文")
    assert isinstance(named, Unreadable) and named.reason == "no column '正文' (columns: body)"
    (found,) = _items(path, text_column="body")
    assert isinstance(found, InputDoc) and found.payload == REPORT


def test_csv_rows_in_gb18030_with_cells_larger_than_the_default_field_limit(tmp_path: Path) -> None:
    path = tmp_path / "provinces.csv"
    long_text = REPORT * 4000  # over csv's default field limit of 128 KB
    text = "province,year,full_text\n吉林省,2026,\"" + long_text + "\"\n上海市,2025,\"短\"\"引号\"\"\"\n"
    path.write_bytes(text.encode("gb18030"))
    items = _items(path, id_column="province")
    assert [i.source for i in items] == [f"{path}#吉林省", f"{path}#上海市"]
    first, second = items
    assert isinstance(first, InputDoc) and first.payload == long_text
    assert first.meta == {"province": "吉林省", "year": "2026"}
    assert isinstance(second, InputDoc) and second.payload == '短"引号"'
    assert count_inputs([str(path)]) == 2


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    (item,) = _items(path)
    assert isinstance(item, Unreadable) and item.source == str(path) and "no text column" in item.reason


def test_parquet_rows_are_read_in_batches(tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "docs.parquet"
    n = 150  # more than one row batch
    table = pa.table({
        "doc": [f"d{i}" for i in range(n)],
        "text": [f"{REPORT}{i}" for i in range(n)],
        "published": [dt.date(2026, 1, 1 + i % 28) for i in range(n)],
        "weight": [float(i) for i in range(n)],
        "raw": [b"x"] * n,
    })
    pq.write_table(table, path, row_group_size=40)
    items = _items(path, id_column="doc")
    assert len(items) == n and all(isinstance(i, InputDoc) for i in items)
    last = items[-1]
    assert last.source == f"{path}#d149" and last.payload == f"{REPORT}149"
    assert last.meta == {"doc": "d149", "published": "2026-01-10", "weight": 149.0}  # bytes are not carried
    assert count_inputs([str(path)]) == n


def test_parquet_binary_text_is_raw_document_bytes(tmp_path: Path) -> None:
    path = tmp_path / "files.parquet"
    data = REPORT.encode("gb18030")
    pq.write_table(pa.table({"content": [data]}), path)
    (item,) = _items(path)
    assert isinstance(item, InputDoc) and item.payload == data and item.doc_id == _sha(data)


def test_not_a_parquet_file(tmp_path: Path) -> None:
    path = tmp_path / "fake.parquet"
    path.write_bytes(b"PAR1 not really")
    (item,) = _items(path)
    assert isinstance(item, Unreadable) and "Parquet" in item.reason


def test_a_tar_gz_cut_short_gives_its_first_members_and_says_the_rest_is_unread(tmp_path: Path) -> None:
    path = tmp_path / "cut.tar.gz"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for i in range(40):
            data = f"{REPORT}{i}".encode() + bytes(range(256)) * 40  # incompressible enough to span the stream
            info = tarfile.TarInfo(f"d{i:02d}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    whole = buffer.getvalue()
    path.write_bytes(whole[: len(whole) // 2])
    items = _items(path)
    assert len(items) > 2 and all(isinstance(i, InputDoc) for i in items[:-1])
    last = items[-1]
    assert isinstance(last, Unreadable) and last.source == str(path)
    assert last.reason.startswith("corrupt archive, the rest of it is unread")


def test_a_rows_title_and_date_columns_are_what_it_declares() -> None:
    from luoshi.corpus.inputs import declared

    assert declared({"title": " 2024年政府工作报告 ", "year": 2024}) == ("2024年政府工作报告", "2024")
    assert declared({"publish_date": "2026-02-09T08:00:00", "year": "2026"}) == (None, "2026-02-09")
    assert declared({"year": None, "日期": "2021-03"}) == (None, "2021-03")
    # Not a date: left out rather than guessed
    assert declared({"title": "", "year": "二〇二四", "date": "2024-13-01"}) == (None, None)
    assert declared({"year": True}) == (None, None)


def test_a_table_rows_declared_title_and_year_reach_the_document() -> None:
    from luoshi.corpus.batch import extract_chunk

    text = "各位代表：\n今年要完成老旧小区改造100个。\n"  # no title line, no dateline of its own
    row = InputDoc("d1", "reports.jsonl#1", text, {"title": "某县政府工作报告", "year": "2024"})
    plain = InputDoc("d2", "reports.jsonl#2", text, {})
    documents = extract_chunk([row, plain])["documents"].to_pylist()
    assert (documents[0]["title"], documents[0]["date"]) == ("某县政府工作报告", "2024")
    assert documents[1]["date"] is None
    targets = extract_chunk([row])["quantities"].to_pylist()
    assert [q["deadline_year"] for q in targets] == [2024]  # 今年 now has a year to resolve to
