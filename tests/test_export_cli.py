"""``luoshi export``: the proposed 任务分解表 of a speech file as .xlsx or .docx, with no database."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest
from pdfminer.high_level import extract_text

import luoshi
from luoshi.proposals import propose
from tests.conftest import run_luoshi

SAMPLES = Path(luoshi.__file__).parent / "samples"
RICH = SAMPLES / "county-work-report-2026.txt"
SMALL = SAMPLES / "county-study-speech.txt"


def proposals_of(path: Path) -> int:
    return len(propose(luoshi.extract(path)))


def run_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command run from ``folder``, where its default outputs go."""
    return subprocess.run([sys.executable, "-m", "luoshi", *args], cwd=folder, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)


def xlsx_tasks(path: Path) -> list[tuple]:
    sheet = openpyxl.load_workbook(path).active
    merged = {r.min_row for r in sheet.merged_cells.ranges}
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=4)
            if row[0].row not in merged and row[0].value is not None]


def docx_tasks(path: Path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[0]
    return [[c.text for c in row.cells] for row in table.rows[1:] if len({id(c._tc) for c in row.cells}) == 9]


def test_default_output_is_named_after_the_input_in_the_current_folder(tmp_path: Path) -> None:
    result = run_in(tmp_path, "export", str(RICH))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "county-work-report-2026.xlsx"
    proposals = propose(luoshi.extract(RICH))
    assert result.stdout == f"county-work-report-2026.xlsx: {len(proposals)} rows\n" and result.stderr == ""
    rows = xlsx_tasks(out)
    assert len(rows) == len(proposals) > 50
    assert [row[1] for row in rows] == [p["content"] for p in proposals]
    assert rows[0][0] == "1" and rows[-1][0] == str(len(proposals))
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "《政府工作报告》任务分解表"
    assert [c.value for c in sheet[3]] == ["序号", "任务内容", "目标值", "牵头单位", "配合单位", "责任人", "完成时限", "进展情况", "状态"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["county-work-report-2026.xlsx"]  # no temporary left


def test_output_file_and_format(tmp_path: Path) -> None:
    out = tmp_path / "表.docx"
    result = run_luoshi("export", str(SMALL), "-o", str(out))  # the format from the suffix
    assert result.returncode == 0, result.stderr
    rows = docx_tasks(out)
    # the speech's three demands; its review sentence (今年以来，全县新开工…) is no row
    assert len(rows) == proposals_of(SMALL) == 3
    assert docx.Document(str(out)).tables[0].rows[0].cells[1].text == "任务内容"
    # -o replaces an existing file, whole
    out.write_bytes(b"old")
    assert run_luoshi("export", str(SMALL), "-o", str(out), "--format", "docx").returncode == 0
    assert len(docx_tasks(out)) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["表.docx"]
    # --format docx without -o: named after the input
    folder_run = run_in(tmp_path, "export", "--format", "docx", str(SMALL))
    assert folder_run.returncode == 0 and (tmp_path / "county-study-speech.docx").exists()


def test_stdin(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    result = run_luoshi("export", "-", "-o", str(out), stdin=RICH.read_bytes())
    assert result.returncode == 0, result.stderr
    assert len(xlsx_tasks(out)) == proposals_of(RICH)


def test_several_inputs_give_one_file_each(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SMALL, tmp_path / "a" / "speech.txt")
    shutil.copy(RICH, tmp_path / "b" / "speech.txt")
    out = tmp_path / "out"
    out.mkdir()
    result = run_luoshi("export", str(tmp_path / "a" / "speech.txt"), str(tmp_path / "b" / "speech.txt"),
                        "-o", str(out))
    assert result.returncode == 0, result.stderr
    # the same name twice: the second gets its own file rather than replacing the first
    assert sorted(p.name for p in out.iterdir()) == ["speech-任务分解表.xlsx", "speech.xlsx"]
    assert len(xlsx_tasks(out / "speech.xlsx")) == proposals_of(SMALL)
    assert len(xlsx_tasks(out / "speech-任务分解表.xlsx")) == proposals_of(RICH)


def test_a_word_input_is_never_replaced_by_its_table(tmp_path: Path) -> None:
    speech = tmp_path / "town-economic-meeting.docx"
    shutil.copy(SAMPLES / speech.name, speech)
    before = speech.read_bytes()
    result = run_in(tmp_path, "export", "--format", "docx", speech.name)
    assert result.returncode == 0, result.stderr
    assert speech.read_bytes() == before
    assert len(docx_tasks(tmp_path / "town-economic-meeting-任务分解表.docx")) == proposals_of(speech)


def test_unreadable_inputs_give_one_line_each_and_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_in(tmp_path, "export", str(missing), str(SMALL), str(empty))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"luoshi: {missing}: ") and lines[1].startswith(f"luoshi: {empty}: ")
    assert "Traceback" not in result.stderr
    assert (tmp_path / "county-study-speech.xlsx").exists()  # the good input is still exported
    assert not (tmp_path / "missing.xlsx").exists() and not (tmp_path / "empty.xlsx").exists()


def test_an_unwritable_output_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    out = tmp_path / "a-file" / "t.xlsx"  # a file where the folder should be
    result = run_luoshi("export", str(SMALL), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"luoshi: {out}: cannot write") and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("args", [
    ["export", str(SMALL), str(RICH), "-o", "one.xlsx"],  # one file for two inputs
    ["export", str(SMALL), "-o", "t.xlsx", "--format", "docx"],  # suffix and format disagree
    ["export", str(SMALL), "--format", "pdf"],
    ["export"],
])
def test_usage_errors(args: list[str], tmp_path: Path) -> None:
    result = run_in(tmp_path, *args)
    assert result.returncode == 2 and "usage: luoshi export" in result.stderr
    assert list(tmp_path.iterdir()) == []


def libreoffice(module: str) -> str:
    """The LibreOffice binary, if it is here with ``module`` (sc: Calc, sw: Writer); else the test is skipped.

    Debian splits LibreOffice into packages: libreoffice-writer alone cannot open a spreadsheet.
    """
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if binary is None:
        pytest.skip("LibreOffice is not installed")
    program = Path(os.path.realpath(binary)).parent
    if any(program.glob("lib*lo.so")) and not (program / f"lib{module}lo.so").exists():
        pytest.skip(f"LibreOffice is installed without lib{module}lo ({'Calc' if module == 'sc' else 'Writer'})")
    return binary


@pytest.mark.parametrize(("fmt", "module"), [("docx", "sw"), ("xlsx", "sc")])
def test_libreoffice_opens_the_exports(fmt: str, module: str, tmp_path: Path) -> None:
    binary = libreoffice(module)
    table = tmp_path / f"table.{fmt}"
    assert run_luoshi("export", str(RICH), "-o", str(table)).returncode == 0
    result = subprocess.run(
        [binary, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(table)],
        capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "pdf" / "table.pdf"
    assert pdf.exists(), result.stderr + result.stdout
    text = extract_text(io.BytesIO(pdf.read_bytes()))
    squeezed = "".join(text.split())
    assert "任务分解表" in squeezed and "任务内容" in squeezed and "三、2026年重点工作" in squeezed
    assert "一般公共预算收入增长5%以上" in squeezed


def test_a_folder_that_does_not_exist_yet_is_made(tmp_path: Path) -> None:
    two = run_in(tmp_path, "export", "-o", "newdir/", str(SMALL), str(RICH))
    assert two.returncode == 0, two.stderr
    assert (tmp_path / "newdir" / "county-study-speech.xlsx").exists()
    assert (tmp_path / "newdir" / "county-work-report-2026.xlsx").exists()
    one = run_in(tmp_path, "export", "-o", "other/", str(SMALL))  # a trailing / names a folder for one input
    assert one.returncode == 0 and (tmp_path / "other" / "county-study-speech.xlsx").exists()
    named = run_in(tmp_path, "export", "-o", "reports/2026/t.docx", str(SMALL))
    assert named.returncode == 0 and (tmp_path / "reports" / "2026" / "t.docx").exists()
