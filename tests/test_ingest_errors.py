"""Error codes: every reason a reader gives carries a code, and the code's Chinese message is the one
the web ledger showed for that reason before there were codes (it matched words of the English text)."""

from __future__ import annotations

import ast
import errno
import importlib
import io
import pickle
import shutil
import zipfile
from pathlib import Path

import pytest

import luoshi.ingest
from luoshi.errors import CHINESE, ErrorCode, InputError
from luoshi.ingest import read_bytes, read_file
from luoshi.ingest.office import read_doc, read_docx, read_rtf
from luoshi.ingest.office.doc import _antiword_failure
from luoshi.pipeline import document_from_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
# The files whose raise sites must pass a code; src/luoshi/cli.py builds InputErrors of its own.
SOURCES = [*sorted((ROOT / "src" / "luoshi" / "ingest").rglob("*.py")), ROOT / "src" / "luoshi" / "pipeline.py"]

# How the ledger (luoshi/ledger/views/sources.py) turned a reason into Chinese before the codes: the
# first of these phrases found in the reason, else "无法读取". The codes must keep every answer.
LEDGER_PHRASES = {
    "empty file": "文件是空的",
    "binary file": "不是可识别的文本或文档格式",
    "no text found": "文件中没有可用的文字",
    "document has no text": "文件中没有可用的文字",
    "password-protected": "文件有密码保护",
    "too large": "文件过大",
    "not a Word": "不是Word文档",
    "corrupt": "文件已损坏",
    "truncated": "文件不完整或已损坏",
    "antiword": "无法读取旧版Word（.doc）文件",
}


def ledger_chinese(reason: str) -> str:
    return next((zh for phrase, zh in LEDGER_PHRASES.items() if phrase in reason), "无法读取")


def assert_same_chinese(error: InputError) -> None:
    assert error.chinese == ledger_chinese(error.reason), (error.code, error.reason)


# --- the table -------------------------------------------------------------------------------------------


def test_every_code_has_a_chinese_message() -> None:
    assert set(CHINESE) == set(ErrorCode)
    for code in ErrorCode:
        assert code.chinese == CHINESE[code]
        assert code.chinese.strip() and any("\u4e00" <= c <= "\u9fff" for c in code.chinese)


def test_the_error_keeps_its_reason_and_code() -> None:
    error = InputError("empty file", code=ErrorCode.EMPTY)
    assert str(error) == error.reason == "empty file"
    assert error.code is ErrorCode.EMPTY
    assert error.chinese == "文件是空的"
    assert str(ErrorCode.EMPTY) == "empty"
    copy = pickle.loads(pickle.dumps(error))  # batch workers send errors between processes
    assert (copy.reason, copy.code, str(copy)) == (error.reason, error.code, str(error))
    with pytest.raises(TypeError):
        InputError("something else")  # type: ignore[call-arg]  # every raise site says which failure it is


# --- every raise site, read from the source ----------------------------------------------------------------


def _reason_text(node: ast.expr, function: ast.AST | None, module: object, call_line: int) -> str | None:
    """The reason a call passes, with "{}" for the parts only known at run time; None if not static."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Name) and node.id.isupper():
        value = getattr(module, node.id)
        assert isinstance(value, str)
        return value
    if isinstance(node, ast.Name) and function is not None:  # reason = f"..."; raise InputError(reason, ...)
        assignments = [
            a for a in ast.walk(function)
            if isinstance(a, ast.Assign) and a.lineno < call_line
            and any(isinstance(t, ast.Name) and t.id == node.id for t in a.targets)
        ]  # fmt: skip
        if assignments:
            latest = max(assignments, key=lambda a: a.lineno)
            return _reason_text(latest.value, None, module, call_line)
    return None


def _raise_sites() -> list[tuple[str, int, str | None, str | None]]:
    """(file, line, reason with "{}" holes, code name or None when the code is computed) per InputError(...)."""
    sites = []
    for path in SOURCES:
        rel = path.relative_to(ROOT / "src")
        module = importlib.import_module(".".join(rel.with_suffix("").parts).removesuffix(".__init__"))
        tree = ast.parse(path.read_text("utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "InputError"):
                continue
            where = f"{rel}:{call.lineno}"
            code = next((k.value for k in call.keywords if k.arg == "code"), None)
            assert code is not None, f"{where}: InputError without a code"
            code_name = code.attr if isinstance(code, ast.Attribute) else None
            function = min(
                (f for f in functions if f.lineno <= call.lineno <= (f.end_lineno or 0)),
                key=lambda f: (f.end_lineno or 0) - f.lineno, default=None,
            )  # fmt: skip
            sites.append((where, call.lineno, _reason_text(call.args[0], function, module, call.lineno), code_name))
    return sites


def test_every_raise_site_passes_a_code_that_keeps_the_ledger_message() -> None:
    sites = _raise_sites()
    assert len(sites) >= 50
    computed = []
    for where, _, reason, code in sites:
        if code is None or reason is None:
            computed.append(where)
            continue
        assert CHINESE[ErrorCode[code]] == ledger_chinese(reason), (where, reason, code)
    # The two whose code depends on what the system or antiword said; tested one by one below.
    assert sorted(Path(w).name.split(":")[0] for w in computed) == ["__init__.py", "doc.py"]


# --- the same, from inputs ---------------------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return out.getvalue()


@pytest.mark.parametrize(
    ("read", "data", "code", "chinese"),
    [
        (read_bytes, b"  \n", ErrorCode.EMPTY, "文件是空的"),
        (read_bytes, b"\x00\x01\x02binary" * 50, ErrorCode.BINARY, "不是可识别的文本或文档格式"),
        (read_bytes, (FIXTURES / "encrypted.docx").read_bytes(), ErrorCode.ENCRYPTED, "文件有密码保护"),
        (read_bytes, (FIXTURES / "encrypted.doc").read_bytes(), ErrorCode.ENCRYPTED, "文件有密码保护"),
        (read_docx, (FIXTURES / "encrypted.docx").read_bytes(), ErrorCode.ENCRYPTED, "文件有密码保护"),
        (read_docx, _zip({"xl/workbook.xml": b"<workbook/>"}), ErrorCode.NOT_WORD, "不是Word文档"),
        (read_docx, _zip({"a.txt": b"a"})[:30], ErrorCode.CORRUPT, "文件已损坏"),
        (read_docx, (FIXTURES / "zh_sample.doc").read_bytes(), ErrorCode.WRONG_FORMAT, "无法读取"),
        (read_doc, b"not an OLE2 file", ErrorCode.NOT_WORD, "不是Word文档"),
        (read_rtf, b"{\\rtf1\\ansi {\\b", ErrorCode.TRUNCATED, "文件不完整或已损坏"),
        (read_rtf, b"{\\rtf1\\ansi {\\b}}", ErrorCode.NO_TEXT, "文件中没有可用的文字"),
        (read_rtf, b"plain text", ErrorCode.WRONG_FORMAT, "无法读取"),
        (read_bytes, b"%PDF-1.4\n1 0 obj\n<<>>\n", ErrorCode.CORRUPT, "文件已损坏"),
        (lambda data: document_from_text(data.decode()), b"<p> </p>", ErrorCode.NO_TEXT, "文件中没有可用的文字"),
    ],
)
def test_inputs_fail_with_the_code_of_their_reason(read, data: bytes, code: ErrorCode, chinese: str) -> None:
    with pytest.raises(InputError) as caught:
        read(data)
    assert caught.value.code is code
    assert caught.value.chinese == chinese
    assert_same_chinese(caught.value)


def test_docx_without_text_and_with_images_only() -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = f"<w:document {w}><w:body><w:p><w:r><w:t> </w:t></w:r></w:p></w:body></w:document>"
    data = _zip({"word/document.xml": document.encode()})
    with pytest.raises(InputError) as caught:
        read_docx(data)
    assert caught.value.code is ErrorCode.NO_TEXT
    assert_same_chinese(caught.value)


def test_too_large_file_and_missing_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 100)
    with pytest.raises(InputError) as caught:
        read_file(big, max_bytes=10)
    assert caught.value.code is ErrorCode.TOO_LARGE and caught.value.chinese == "文件过大"
    with pytest.raises(InputError) as caught:
        read_file(tmp_path / "missing.txt")
    assert caught.value.code is ErrorCode.CANNOT_OPEN
    assert_same_chinese(caught.value)


@pytest.mark.parametrize(("number", "code"), [(errno.EFBIG, ErrorCode.TOO_LARGE), (errno.EIO, ErrorCode.CANNOT_OPEN)])
def test_system_errors_while_reading(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, number: int,
                                     code: ErrorCode) -> None:  # fmt: skip
    path = tmp_path / "a.txt"
    path.write_bytes(b"text")

    def failing_open(*args: object, **kwargs: object) -> None:
        raise OSError(number, __import__("os").strerror(number))

    monkeypatch.setattr(luoshi.ingest, "open", failing_open, raising=False)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert caught.value.code is code
    assert_same_chinese(caught.value)


@pytest.mark.parametrize(
    ("stderr", "code"),
    [
        (b"/tmp/x/input.doc is not a Word Document.\n", ErrorCode.NOT_WORD),
        (b"The number of columns is corrupt\n", ErrorCode.CORRUPT),
        (b"Name Size of PPS 3 is too large\n", ErrorCode.TOO_LARGE),
        (b"Encrypted documents are not supported\n", ErrorCode.ENCRYPTED),
        (b"I can't find the text of this document\n", ErrorCode.DOC_READER),
        (b"", ErrorCode.DOC_READER),
    ],
)
def test_antiword_messages(stderr: bytes, code: ErrorCode) -> None:
    error = _antiword_failure(stderr, "/tmp/x/input.doc", ole_ok=True)
    assert error.code is code
    assert_same_chinese(error)
    error = _antiword_failure(stderr, "/tmp/x/input.doc", ole_ok=False)
    assert error.code in (ErrorCode.CORRUPT, ErrorCode.ENCRYPTED)
    assert_same_chinese(error)


def test_doc_without_antiword(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    with pytest.raises(InputError) as caught:
        read_doc((FIXTURES / "zh_sample.doc").read_bytes())
    assert caught.value.code is ErrorCode.DOC_READER
    assert caught.value.chinese == "无法读取旧版Word（.doc）文件"
