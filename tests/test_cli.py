"""``luoshi extract`` as a user runs it: formats, folders, stdin, and one clear line per bad input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from tests.conftest import run_luoshi

REPORT = "政府工作报告\n——2026年1月27日在吉林省第十四届人民代表大会第五次会议上\n各位代表：\n现在，我代表省政府，向大会报告工作，请予审议。\n今年全省地区生产总值增长5%左右。\n"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_jsonl_prints_one_schema_document_per_input(report: Path, tmp_path: Path) -> None:
    big5 = tmp_path / "big5.txt"
    big5.write_bytes("推動黨的二十大精神落地生根\n耒陽市委理論學習中心組\n黨的二十大是一次十分重要的大會。".encode("big5"))
    result = run_luoshi("extract", "--jsonl", str(report), str(big5))
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in documents] == [str(report), str(big5)]
    first, second = documents
    assert first["schema"] == "luoshi/document@1"
    assert (first["title"], first["date"], first["region"], first["script"]) == ("政府工作报告", "2026-01-27", "吉林省", "simplified")
    assert "今年全省地区生产总值增长5%左右。" in first["text"]
    assert (second["script"], second["region"]) == ("traditional", "耒陽市")


def test_json_and_summary_formats(report: Path) -> None:
    pretty = run_luoshi("extract", "--json", str(report))
    assert pretty.returncode == 0
    assert json.loads(pretty.stdout)["title"] == "政府工作报告"
    assert "\n  " in pretty.stdout
    summary = run_luoshi("extract", str(report))
    assert summary.returncode == 0
    assert "title:    政府工作报告" in summary.stdout
    assert "2026-01-27" in summary.stdout and "吉林省" in summary.stdout


def test_explain_names_the_rule_that_dropped_each_number(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text("今年新开工5000万元以上项目120个，PM2.5浓度下降到35微克/立方米，老人86岁高龄。\n", encoding="utf-8")
    result = run_luoshi("extract", "--explain", str(path))
    assert result.returncode == 0, result.stderr
    lines = {line.split("[")[1].split("]")[0]: line for line in result.stdout.splitlines() if "[" in line}
    assert lines["120个"].endswith("kept") and lines["35微克/立方米"].endswith("kept")
    assert "dropped by threshold_class" in lines["5000万元以上"]
    assert "dropped by duration_or_age" in lines["86岁"]
    assert "dropped by code_or_ordinal" in lines["2.5"]
    kept = sum(line.endswith("kept") for line in lines.values())
    document = json.loads(run_luoshi("extract", "--jsonl", str(path)).stdout)
    assert kept == len(document["quantities"])  # what --explain keeps is what extraction emits


def test_output_file_and_stdin(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_luoshi("extract", "--jsonl", "-o", str(out), "-", stdin=REPORT.encode("utf-8"))
    assert result.returncode == 0 and result.stdout == ""
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["source"] == "-" and document["title"] == "政府工作报告"


def test_folders_are_walked_recursively_for_documents(report: Path, tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (nested / "page.html").write_text("<html><body><h1>通知</h1><p>各乡镇：现将方案印发给你们，请认真贯彻落实。</p></body></html>", encoding="utf-8")
    (nested / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # not a document: not looked at
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("各位代表：", encoding="utf-8")
    result = run_luoshi("extract", "--jsonl", str(tmp_path))
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(nested / "page.html"), str(report)]


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("各位代表：今年要新增就业岗位3000个以上。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _encrypted_ooxml() -> bytes:
    """A .docx encrypted with a password by msoffcrypto-tool (see tests/fixtures/make_fixtures.sh)."""
    return (Path(__file__).parent / "fixtures" / "encrypted.docx").read_bytes()


BAD_INPUTS = {
    "missing.txt": (None, "no such file"),
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \r\n\t ", "empty file"),
    "binary.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary file"),
    "undecodable.txt": ("各位代表".encode("gbk") + b"\x81\x20\xff\x80" * 3, "undecodable bytes"),
    "truncated.docx": (b"__docx__", "truncated or corrupt"),
    "protected.docx": (b"__encrypted__", "password-protected"),
    "large.txt": (("各位代表：" * 100_000).encode("utf-8"), "file too large"),
    "emptydir": (b"__dir__", "no documents in this folder"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_each_bad_input_gives_one_line_and_the_rest_is_still_processed(name: str, report: Path, tmp_path: Path) -> None:
    content, reason = BAD_INPUTS[name]
    bad = tmp_path / name
    if content == b"__dir__":
        bad.mkdir()
        (bad / "notes.png").write_bytes(b"\x89PNG")
    elif content == b"__docx__":
        bad.write_bytes(_docx_bytes()[:1500])
    elif content == b"__encrypted__":
        bad.write_bytes(_encrypted_ooxml())
    elif content is not None:
        bad.write_bytes(content)
    result = run_luoshi("extract", "--jsonl", "--max-size", "1M", str(bad), str(report))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"luoshi: {bad}: ") and reason in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(report)]


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("各位代表：\n" + "今年要新增就业岗位3000个以上。" * 200, encoding="utf-8")
    assert run_luoshi("extract", "--max-size", "1K", str(path)).returncode == 1
    assert run_luoshi("extract", "--max-size", "1M", str(path)).returncode == 0
    bad = run_luoshi("extract", "--max-size", "lots", str(path))
    assert bad.returncode == 2 and "not a size" in bad.stderr


def test_a_docx_zip_that_is_not_word_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    result = run_luoshi("extract", str(path))
    assert result.returncode == 1 and f"luoshi: {path}: " in result.stderr


def test_office_formats_go_through_the_same_pipeline(tmp_path: Path) -> None:
    """A .docx, a legacy .doc (antiword) and an RTF file, read from a folder in one run."""
    fixtures = Path(__file__).parent / "fixtures"
    (tmp_path / "speech.docx").write_bytes(_docx_bytes())
    (tmp_path / "legacy.doc").write_bytes((fixtures / "zh_sample.doc").read_bytes())
    (tmp_path / "notes.rtf").write_bytes(
        rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}\f0 \'b8\'f7\'ce\'bb\'b4\'fa\'b1\'ed\'a3\'ba\par "
        rb"\'bd\'f1\'c4\'ea\'d2\'aa\'d0\'c2\'d4\'f6\'be\'cd\'d2\'b5\'b8\'da\'ce\'bb3000\'b8\'f6\'d2\'d4\'c9\'cf\'a1\'a3\par}"
    )
    result = run_luoshi("extract", "--jsonl", str(tmp_path))
    if "needs antiword" in result.stderr and not os.environ.get("CI"):
        pytest.skip("antiword is not installed here")
    assert result.returncode == 0, result.stderr
    texts = {Path(d["source"]).name: d["text"] for d in map(json.loads, result.stdout.splitlines())}
    assert "今年要新增就业岗位3000个以上。" in texts["speech.docx"]
    assert texts["notes.rtf"] == "各位代表：\n今年要新增就业岗位3000个以上。"
    assert texts["legacy.doc"].strip()


# ------------------------------------------------------------------------------- the core without the extras

CORPUS_EXTRA = "luoshi: corpus commands need the corpus extra: pip install 'luoshi[corpus]'\n"
# A library of an extra made unimportable, as when it is not installed: `import dask` then raises ImportError.
WITHOUT = "import sys\nfor name in {modules!r}:\n    sys.modules[name] = None\nfrom luoshi.cli import main\nsys.exit(main({argv!r}))\n"
CORPUS_MODULES = ["dask", "distributed", "pyarrow", "duckdb", "tqdm"]


def _luoshi_without(modules: list[str], *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", WITHOUT.format(modules=modules, argv=list(argv))],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


@pytest.mark.parametrize("missing", ["dask", "distributed", "pyarrow", "tqdm"])
def test_batch_without_the_corpus_extra_says_so_in_one_line(missing: str, report: Path, tmp_path: Path) -> None:
    result = _luoshi_without([missing], "batch", str(report), "-o", str(tmp_path / "out"))
    assert (result.returncode, result.stdout, result.stderr) == (1, "", CORPUS_EXTRA)
    assert not (tmp_path / "out").exists()


def test_corpus_questions_without_the_corpus_extra_say_so_in_one_line(tmp_path: Path) -> None:
    for question in (["sql", "SELECT 1"], ["lineage"], ["formulations", "--format", "csv"]):
        result = _luoshi_without(["duckdb"], "corpus", str(tmp_path), *question)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", CORPUS_EXTRA), question


def test_the_core_commands_need_no_corpus_library(report: Path, tmp_path: Path) -> None:
    """`import luoshi`, `luoshi extract`, `luoshi export` and every --help run without Dask, pyarrow or DuckDB."""
    extracted = _luoshi_without(CORPUS_MODULES, "extract", "--jsonl", str(report))
    assert extracted.returncode == 0, extracted.stderr
    assert json.loads(extracted.stdout)["title"] == "政府工作报告"
    exported = _luoshi_without(CORPUS_MODULES, "export", str(report), "-o", str(tmp_path))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "report.xlsx").exists()
    for command in (["--help"], ["batch", "--help"], ["corpus", "OUT", "lineage", "--help"]):
        shown = _luoshi_without(CORPUS_MODULES, *command)
        assert shown.returncode == 0 and shown.stdout.startswith("usage: luoshi"), shown.stderr


def test_extract_into_a_folder_that_does_not_exist_makes_it(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "dir" / "missing" / "out.jsonl"
    result = run_luoshi("extract", "--jsonl", "-o", str(out), str(report))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["text"].startswith("政府工作报告")


def test_extract_to_an_unwritable_place_is_one_line(report: Path, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    out = tmp_path / "a-file" / "out.jsonl"
    result = run_luoshi("extract", "--jsonl", "-o", str(out), str(report))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"luoshi: {out}: cannot write") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("on_path", [False, True])
def test_the_first_run_hint_names_a_command_that_runs(on_path: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """`luoshi serve` prints how to change a password; that command must work in a shell where the venv is not
    active (the hint used to say a bare `luoshi`, which is `command not found` there)."""
    from luoshi.server.demo import luoshi_command

    venv_bin = os.path.dirname(sys.executable)
    path = [p for p in os.environ["PATH"].split(":") if p != venv_bin]
    monkeypatch.setenv("PATH", ":".join([venv_bin, *path] if on_path else path))
    hint = luoshi_command("--version")
    assert hint.startswith("luoshi ") == on_path
    result = subprocess.run(["bash", "-c", hint], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("luoshi "), (hint, result.stderr)
    assert luoshi_command("ledger manage changepassword 用户名").endswith("luoshi ledger manage changepassword 用户名")


def test_help_is_plain_text() -> None:
    result = run_luoshi("--help")
    assert result.returncode == 0 and "The luoshi command line." in result.stdout
    assert "``" not in result.stdout
