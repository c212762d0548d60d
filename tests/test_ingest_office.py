"""Readers for .docx, .doc and RTF: what comes out, in which order, and how bad input is refused."""

from __future__ import annotations

import io
import os
import re
import shutil
import struct
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from luoshi.errors import ErrorCode, InputError
from luoshi.ingest.office import (
    ANTIWORD_MISSING,
    is_encrypted_ole,
    plausible_title,
    read_doc,
    read_docx,
    read_rtf,
)
from luoshi.ingest.office.zipped import read_member

FIXTURES = Path(__file__).parent / "fixtures"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# In CI antiword must be installed: a missing antiword fails the tests there instead of skipping them.
needs_antiword = pytest.mark.skipif(
    shutil.which("antiword") is None and not os.environ.get("CI"),
    reason="antiword is not installed (apt-get install antiword)",
)


# --- building inputs ---------------------------------------------------------------------------------


def _cn(run, font: str = "宋体"):
    """Give a run an East Asian font, as Word does for Chinese text."""
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return run


def _para(doc, text: str, style: str | None = None):
    paragraph = doc.add_paragraph(style=style)
    _cn(paragraph.add_run(text))
    return paragraph


def _docx_bytes(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _report_docx(title: str | None = "2024年政府工作报告") -> bytes:
    doc = Document()
    if title is not None:
        doc.core_properties.title = title
    heading = doc.add_heading(level=1)
    _cn(heading.add_run("政府工作报告"), "黑体")
    _para(doc, "　　各位代表：")
    paragraph = _para(doc, "过去一年，国内生产总值增长")
    _cn(paragraph.add_run("5.2%"))  # one paragraph, several runs
    _cn(paragraph.add_run("，城镇新增就业1244万人。"))
    table = doc.add_table(rows=3, cols=3)
    values = [
        ["指标", "2024年目标", ""],
        ["就业", "城镇新增就业", "1200万人以上"],
        ["", "城镇调查失业率", "5.5%左右"],
    ]
    for row, row_values in zip(table.rows, values, strict=True):
        for cell, value in zip(row.cells, row_values, strict=True):
            if value:
                _cn(cell.paragraphs[0].add_run(value))
    table.cell(0, 1).merge(table.cell(0, 2))  # horizontal merge
    table.cell(1, 0).merge(table.cell(2, 0))  # vertical merge
    _cn(table.cell(2, 2).add_paragraph().add_run("稳定就业形势。"))  # a second paragraph in a cell
    _para(doc, "二、2024年主要目标")
    _para(doc, "國內生產總值增長5%左右。")
    doc.sections[0].header.paragraphs[0].add_run("页眉：国务院公报")
    doc.sections[0].footer.paragraphs[0].add_run("— 1 —")
    return _docx_bytes(doc)


def _append_xml(paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(xml))


def _rezip(data: bytes, replace: dict[str, bytes] | None = None, drop: set[str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if drop and info.filename in drop:
                continue
            dst.writestr(info.filename, (replace or {}).get(info.filename, src.read(info.filename)))
    return out.getvalue()


_FREESECT, _ENDOFCHAIN, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def make_ole(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE2 compound file ([MS-CFB] version 3) holding the given streams under the root.

    Sector 0 is the FAT, sector 1 the directory; each stream is padded to 4096 bytes so that it
    lives in regular sectors and no mini stream is needed.
    """
    assert len(streams) <= 3  # one directory sector holds the root and three entries
    fat = {0: _FATSECT, 1: _ENDOFCHAIN}
    body, entries, sector = b"", [], 2
    for name, content in streams.items():
        blob = content.ljust(4096, b"\0")
        count = -(-len(blob) // 512)
        for i in range(count):
            fat[sector + i] = sector + i + 1 if i < count - 1 else _ENDOFCHAIN
        entries.append((name, sector, len(blob)))
        body += blob.ljust(count * 512, b"\0")
        sector += count
    assert sector <= 128

    def entry(name: str, kind: int, start: int, size: int, child: int, right: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", _NOSTREAM, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    directory = entry("Root Entry", 5, _ENDOFCHAIN, 0, 1 if entries else _NOSTREAM, _NOSTREAM)
    for i, (name, start, size) in enumerate(entries, start=1):
        directory += entry(name, 2, start, size, _NOSTREAM, i + 1 if i < len(entries) else _NOSTREAM)
    directory = directory.ljust(512, b"\0")
    fat_sector = b"".join(struct.pack("<I", fat.get(i, _FREESECT)) for i in range(128))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<9I", 0, 1, 1, 0, 4096, _ENDOFCHAIN, 0, _ENDOFCHAIN, 0)
        + struct.pack("<109I", 0, *[_FREESECT] * 108)
    )
    return header + fat_sector + directory + body


def _fib(encrypted: bool) -> bytes:
    """The first bytes of a Word 97 WordDocument stream: wIdent, nFib, ..., flags with fEncrypted."""
    return struct.pack("<HHHHHH", 0xA5EC, 0x00C1, 0, 0, 0, 0x0100 if encrypted else 0) + b"garbage" * 20


# --- .docx -------------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_in_document_order() -> None:
    raw = read_docx(_report_docx())
    assert raw.format == "docx"
    assert raw.text.split("\n") == [
        "政府工作报告",
        "　　各位代表：",  # full-width indent kept as written
        "过去一年，国内生产总值增长5.2%，城镇新增就业1244万人。",
        "指标\t2024年目标",  # the merged header cell once
        "就业\t城镇新增就业\t1200万人以上",
        "\t城镇调查失业率\t5.5%左右稳定就业形势。",  # vertical merge: empty cell, text not repeated
        "二、2024年主要目标",
        "國內生產總值增長5%左右。",  # no script conversion
    ]
    assert raw.title == "2024年政府工作报告"
    assert "页眉" not in raw.text and "— 1 —" not in raw.text


@pytest.mark.parametrize("title", ["", "Microsoft Word - 报告.doc", "D:\\材料\\2024报告.docx", "Word Document"])
def test_docx_placeholder_titles_are_dropped(title: str) -> None:
    assert read_docx(_report_docx(title=title)).title is None


def test_docx_without_core_properties_has_no_title() -> None:
    data = _report_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        rels = zf.read("_rels/.rels").decode("utf-8")
    rels = re.sub(r"<Relationship [^>]*docProps/core.xml[^>]*/>", "", rels)
    raw = read_docx(_rezip(data, replace={"_rels/.rels": rels.encode()}, drop={"docProps/core.xml"}))
    assert raw.title is None
    assert raw.warnings == []


def test_docx_with_a_missing_part_is_still_read() -> None:
    # The package names docProps/core.xml but the archive lacks it: python-docx gives up, Word does not
    raw = read_docx(_rezip(_report_docx(), drop={"docProps/core.xml"}))
    assert raw.text.startswith("政府工作报告\n")
    assert any("damaged" in w for w in raw.warnings)


def test_docx_inline_features() -> None:
    doc = Document()
    paragraph = _para(doc, "第一行")
    paragraph.add_run().add_break()  # manual line break
    _cn(paragraph.add_run("第二行\t制表符"))
    paragraph = _para(doc, "保留")
    _append_xml(paragraph, f'<w:del {W_NS} w:id="1" w:author="a"><w:r><w:delText>删除的字</w:delText></w:r></w:del>')
    _append_xml(paragraph, f'<w:ins {W_NS} w:id="2" w:author="a"><w:r><w:t>插入的字</w:t></w:r></w:ins>')
    _append_xml(paragraph, f"<w:r {W_NS}><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>")
    _append_xml(paragraph, f'<w:r {W_NS}><w:t xml:space="preserve"> 与 </w:t></w:r>')
    _append_xml(paragraph, f"<w:r {W_NS}><w:fldChar w:fldCharType='begin'/></w:r>")
    _append_xml(paragraph, f"<w:r {W_NS}><w:instrText> PAGE </w:instrText></w:r>")
    _append_xml(paragraph, f"<w:r {W_NS}><w:fldChar w:fldCharType='end'/></w:r>")
    _para(doc, "后文")
    raw = read_docx(_docx_bytes(doc))
    assert raw.text.split("\n") == ["第一行", "第二行\t制表符", "保留插入的字 与 ", "后文"]
    assert any("tracked changes" in w for w in raw.warnings)


def test_docx_text_box_is_read_once_after_its_paragraph() -> None:
    # Word writes a text box twice: DrawingML in mc:Choice and a VML copy in mc:Fallback
    box = "<w:txbxContent><w:p><w:r><w:t>专栏：重点任务</w:t></w:r></w:p></w:txbxContent>"
    xml = (
        f'<w:r {W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
        f"{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    doc = Document()
    _append_xml(_para(doc, "正文段落"), xml)
    _para(doc, "下一段")
    assert read_docx(_docx_bytes(doc)).text.split("\n") == ["正文段落", "专栏：重点任务", "下一段"]


def test_docx_content_controls_are_read() -> None:
    doc = Document()
    _para(doc, "前")
    sdt = (
        f"<w:sdt {W_NS}><w:sdtPr><w:alias w:val='x'/></w:sdtPr>"
        "<w:sdtContent><w:p><w:r><w:t>控件中的段落</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    doc.element.body.insert(1, parse_xml(sdt))
    assert read_docx(_docx_bytes(doc)).text.split("\n") == ["前", "控件中的段落"]


def test_truncated_docx() -> None:
    data = _report_docx()
    with pytest.raises(InputError, match=r"truncated or corrupt \.docx"):
        read_docx(data[: len(data) // 2])


def test_docx_needing_a_newer_zip_version() -> None:
    # Found by tests/test_properties.py: "version needed to extract" 6.4 in the central directory made
    # zipfile raise NotImplementedError, which came out of read_bytes instead of an InputError.
    data = bytearray(_report_docx())
    entry = data.index(b"PK\x01\x02")
    data[entry + 6] = 64
    with pytest.raises(InputError, match=r"^unreadable \.docx"):
        read_docx(bytes(data))


def test_zip_that_is_not_a_word_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match=r"not a Word document \(an Excel workbook\)"):
        read_docx(out.getvalue())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="not a Word document"):
        read_docx(out.getvalue())


def test_docx_zip_bomb_is_refused_from_the_declared_size() -> None:
    # Forge the central directory so that word/document.xml claims 300 MB: refused before inflating
    data = bytearray(_report_docx())
    name = b"word/document.xml"
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", data, at + 24, 300 * 1024 * 1024)
        at = data.find(b"PK\x01\x02", at + 4)
    with pytest.raises(InputError, match=r"too large.*over 200 MB"):
        read_docx(bytes(data))


def _padded_docx(padding_mb: int, declared: int | None = None) -> bytes:
    """A .docx whose document.xml ends in ``padding_mb`` MB of blanks (still well-formed XML), deflated to
    a few kilobytes; with ``declared`` its central directory claims that many bytes instead (a lying member).
    Written a megabyte at a time, so the test itself never holds the inflated part."""
    with zipfile.ZipFile(io.BytesIO(_report_docx())) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, content in parts.items():
            if name != "word/document.xml":
                dst.writestr(name, content)
                continue
            with dst.open(name, "w") as member:
                member.write(content)
                for _ in range(padding_mb):
                    member.write(b" " * (1 << 20))
    data = bytearray(out.getvalue())
    at = data.find(b"PK\x01\x02")
    while declared is not None and at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == b"word/document.xml":
            struct.pack_into("<I", data, at + 24, declared)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def _peak_bytes(read: Callable[[], object]) -> int:
    """The most memory Python held at once while ``read`` ran (inflated bytes included)."""
    tracemalloc.start()
    try:
        read()
    except InputError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_docx_member_lying_about_its_size_is_refused_without_inflating_it() -> None:
    # Declares 1 MB, inflates to 48 MB: ZipFile.read inflated all 48 MB in one call before the checksum failed.
    data = _padded_docx(48, declared=1 << 20)
    assert len(data) < 200_000
    with pytest.raises(InputError) as refused:
        read_docx(data)
    assert refused.value.code == ErrorCode.CORRUPT
    assert _peak_bytes(lambda: read_docx(data)) < 8 * 1024 * 1024


def test_a_real_deflate_bomb_is_counted_while_inflating() -> None:
    # An honest 24 MB part under a 2 MB limit: refused when the real bytes pass the limit, not after inflating.
    data = _padded_docx(24)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        with pytest.raises(InputError, match=r"unpacks to over 2 MB") as refused:
            read_member(zf, "word/document.xml", ".docx", limit=2 << 20)
        assert refused.value.code == ErrorCode.TOO_LARGE
        assert _peak_bytes(lambda: read_member(zf, "word/document.xml", ".docx", limit=2 << 20)) < 4 * 1024 * 1024


def test_docx_padded_within_the_limit_is_read() -> None:
    raw = read_docx(_padded_docx(2))
    assert raw.text.startswith("政府工作报告\n")


def test_docx_without_content_types_is_read_and_called_damaged() -> None:
    raw = read_docx(_rezip(_report_docx(), drop={"[Content_Types].xml"}))
    assert "过去一年" in raw.text
    assert raw.title == "2024年政府工作报告"
    assert any("damaged" in w for w in raw.warnings)


def test_docx_whose_main_part_is_a_workbook_by_content_type() -> None:
    data = _report_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode("utf-8")
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    types = re.sub(r'(PartName="/word/document.xml" ContentType=")[^"]+', rf"\g<1>{sheet}", types)
    with pytest.raises(InputError, match="not a Word document"):
        read_docx(_rezip(data, replace={"[Content_Types].xml": types.encode()}))


def _with_doctype(data: bytes, doctype: str, entity: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    xml = xml.replace("?>", "?>" + doctype, 1).replace("各位代表：", f"各位代表：&{entity};", 1)
    return _rezip(data, replace={"word/document.xml": xml.encode("utf-8")})


def test_docx_entities_are_not_expanded() -> None:
    data = _with_doctype(_report_docx(), '<!DOCTYPE w:document [<!ENTITY x "外部实体内容">]>', "x")
    raw = read_docx(data)
    assert "外部实体内容" not in raw.text
    assert "过去一年" in raw.text


def test_docx_entity_bomb_is_refused() -> None:
    laughs = '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    with pytest.raises(InputError, match="entity expansion bomb"):
        read_docx(_with_doctype(_report_docx(), laughs + "]>", "i"))


def test_encrypted_ooxml_minimal_container() -> None:
    data = make_ole({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"\x00" * 8})
    assert is_encrypted_ole(data)
    with pytest.raises(InputError, match=r"^password-protected document$"):
        read_docx(data)


def test_encrypted_docx_made_by_a_real_tool() -> None:
    data = (FIXTURES / "encrypted.docx").read_bytes()
    assert is_encrypted_ole(data)
    with pytest.raises(InputError, match=r"^password-protected document$"):
        read_docx(data)


def test_is_encrypted_ole_is_false_for_other_files() -> None:
    assert not is_encrypted_ole(_report_docx())
    assert not is_encrypted_ole(make_ole({"WordDocument": _fib(encrypted=False)}))
    assert not is_encrypted_ole(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)  # truncated header
    assert not is_encrypted_ole((FIXTURES / "zh_sample.doc").read_bytes())
    assert is_encrypted_ole(make_ole({"WordDocument": _fib(encrypted=True)}))


def test_legacy_word_file_given_to_the_docx_reader() -> None:
    with pytest.raises(InputError, match="legacy Word"):
        read_docx((FIXTURES / "zh_sample.doc").read_bytes())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  2024年政府工作报告 ", "2024年政府工作报告"),
        ("关于印发《政府工作报告》的通知", "关于印发《政府工作报告》的通知"),
        ("Microsoft Word - 2024政府工作报告.docx", None),
        ("新建 Microsoft Word 文档", None),
        ("报告.doc", None),
        ("2024", None),
        ("", None),
        (None, None),
    ],
)
def test_plausible_title(value: str | None, expected: str | None) -> None:
    assert plausible_title(value) == expected


# --- .doc --------------------------------------------------------------------------------------------


@needs_antiword
def test_doc_through_antiword() -> None:
    raw = read_doc((FIXTURES / "zh_sample.doc").read_bytes())
    assert raw.format == "doc"
    assert raw.text.split("\n") == [
        "政府工作报告",
        "　　各位代表：",
        "现在，我代表国务院，向大会报告政府工作，请予审议。",  # indentation is not turned into spaces
        "一、2023年工作回顾",  # a manual line break starts a new line
        "过去一年\t极不平凡。",
        "国内生产总值增长5.2%，城镇新增就业1244万人。",  # footnote mark and text left out
        "指标\t2024年目标",
        "就业\t城镇新增就业\t1200万人以上",
        # the long cell is whole although antiword's text mode wraps it over three lines
        "\t城镇调查失业率\t5.5%左右，稳定就业形势，强化就业优先政策，健全就业促进机制，加强职业技能培训。",
        "二、2024年主要目标",
        "國內生產總值增長5%左右。",
        "文本框：专栏一",  # antiword prints text boxes after the body
    ]
    assert raw.warnings == []


def test_doc_encrypted_made_by_a_real_tool() -> None:
    # Recognised from the file itself, so the reason is right even where antiword is missing
    with pytest.raises(InputError, match=r"^password-protected document$"):
        read_doc((FIXTURES / "encrypted.doc").read_bytes())


def test_doc_encrypted_flag_and_encrypted_ooxml() -> None:
    with pytest.raises(InputError, match=r"^password-protected document$"):
        read_doc(make_ole({"WordDocument": _fib(encrypted=True)}))
    with pytest.raises(InputError, match=r"^password-protected document$"):
        read_doc(make_ole({"EncryptionInfo": b"\x04\x00", "EncryptedPackage": b"\x00"}))


def test_ole_file_that_is_not_word() -> None:
    with pytest.raises(InputError, match=r"not a Word document \(an Excel workbook\)"):
        read_doc(make_ole({"Workbook": b"\x09\x08"}))


def test_doc_without_antiword_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    with pytest.raises(InputError) as caught:
        read_doc((FIXTURES / "zh_sample.doc").read_bytes())
    assert caught.value.reason == ANTIWORD_MISSING
    assert "apt-get install antiword" in caught.value.reason


@needs_antiword
def test_doc_antiword_failure_gives_one_line_reason() -> None:
    with pytest.raises(InputError) as caught:
        read_doc(make_ole({"WordDocument": _fib(encrypted=False)}))
    reason = caught.value.reason
    assert reason.startswith("antiword could not read the .doc: ")
    assert "\n" not in reason and "/tmp" not in reason and "input.doc" not in reason


@needs_antiword
def test_truncated_doc() -> None:
    data = (FIXTURES / "zh_sample.doc").read_bytes()
    with pytest.raises(InputError, match=r"^truncated or corrupt \.doc"):
        read_doc(data[: len(data) // 3])


def test_doc_reader_refuses_non_ole_data() -> None:
    with pytest.raises(InputError, match="no OLE2 signature"):
        read_doc(b"{\\rtf1 not a doc}")


# --- RTF ---------------------------------------------------------------------------------------------

RTF_GBK = (
    rb"{\rtf1\ansi\ansicpg936\deff0"
    rb"{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}{\f1\froman\fcharset0 Times New Roman;}}"
    rb"{\colortbl;\red0\green0\blue0;}"
    rb"{\stylesheet{\s1 heading 1;}}"
    rb"{\info{\title \'d5\'fe\'b8\'ae\'b9\'a4\'d7\'f7\'b1\'a8\'b8\'e6}{\author \'d5\'c5\'c8\'fd}}"
    rb"{\*\generator Msftedit 5.41;}"
    rb"{\header \pard \'d2\'b3\'c3\'bc\par}"
    b"\r\n"
    rb"\pard\plain\f0 \'d2\'bb\'a1\'a2\'b9\'a4\'d7\'f7\'bb\'d8\'b9\'cb\par"  # GBK hex bytes
    rb"\uc1\u22269?\u20869?\u29983?\u20135?\u24635?\u20540?\u22686?\u38271?\f1 5.2%\f0\u12290?\par"
    rb"\uc2\u25919\'d5\'fe\u24220\'b8\'ae\par"  # \uc2: two fallback bytes after each \u
    rb"\uc1\u-10179?\u-8694?\par"  # a surrogate pair (negative N means N + 65536)
    rb"{\pict\pngblip 89504e470d0a1a0a0000}"
    rb"{\field{\*\fldinst HYPERLINK \"http://www.gov.cn\"}{\fldrslt \'d6\'d0\'b9\'fa\'d5\'fe\'b8\'ae\'cd\'f8}}\par"
    rb"{\footnote \pard \'bd\'c5\'d7\'a2\par}"
    b"\r\n"
    rb"\trowd\cellx2000\cellx4000\cellx6000"
    rb"\pard\intbl \'d6\'b8\'b1\'ea\cell \'c4\'bf\'b1\'ea\cell \'cd\'ea\'b3\'c9\cell\row"
    rb"\trowd\cellx2000\cellx4000\cellx6000"
    rb"\pard\intbl GDP\cell 5%\par \'d7\'f3\'d3\'d2\cell 5.2%\cell\row"
    rb"\pard \'bd\'e1\'ca\'f8\emdash\'a1\'a3\par}"
)


def test_rtf_code_page_hex_and_unicode_escapes() -> None:
    raw = read_rtf(RTF_GBK)
    assert raw.format == "rtf"
    assert raw.text.split("\n") == [
        "一、工作回顾",
        "国内生产总值增长5.2%。",
        "政府",
        "\U0001f60a",
        "中国政府网",  # field result, not the field code
        "指标\t目标\t完成",
        "GDP\t5%左右\t5.2%",  # a paragraph break inside a cell does not split the row
        "结束—。",
    ]
    assert raw.title == "政府工作报告"
    assert raw.warnings == []
    for skipped in ("宋体", "Times", "heading", "张三", "Msftedit", "页眉", "脚注", "HYPERLINK", "89504e"):
        assert skipped not in raw.text


def test_rtf_big5() -> None:
    # 許 is B3 5C in Big5: its trail byte is a backslash, written as \\ or \'5c
    data = (
        rb"{\rtf1\ansi\ansicpg950\deff0{\fonttbl{\f0\fnil\fcharset136 \'b7\'73\'b2\'d3\'a9\'fa\'c5\'e9;}}"
        rb"\f0 \'a4\'a4\'b5\'d8\'a5\'c1\'b0\'ea\par \'b3\\\'a5\'69\'b3\'5c\par}"
    )
    raw = read_rtf(data)
    assert raw.text == "中華民國\n許可許"
    assert raw.warnings == []


def test_rtf_font_charset_decides_the_code_page() -> None:
    # A Western document (cp1252) with one GB2312 font, as Word writes mixed text
    data = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}{\f1\fnil\fcharset134 SimSun;}}"
        rb"\f0 caf\'e9 {\f1 \'d6\'d0\'ce\'c4}\par}"
    )
    assert read_rtf(data).text == "café 中文"


def test_rtf_gbk_in_a_font_declared_western() -> None:
    # Generators often declare \fcharset0 and write GBK bytes (raw and escaped) under \ansicpg936
    data = b"{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\\f0 " + "政府".encode("gbk")
    data += rb"\'b9\'a4\'d7\'f7\par}"
    assert read_rtf(data).text == "政府工作"


def test_rtf_unicode_title_from_upr() -> None:
    # LibreOffice writes the title twice: an ANSI copy and a Unicode copy in {\*\ud ...}
    data = (
        rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}"
        rb"{\info{\upr{\title 2024\'3f\'3f}{\*\ud{\title 2024\u24180\'3f\u25253\'3f\u21578\'3f}}}}"
        rb"\pard \uc1\u27491\'3f\u25991\'3f\par}"
    )
    raw = read_rtf(data)
    assert raw.title == "2024年报告"
    assert raw.text == "正文"


def test_truncated_rtf_keeps_the_text_and_warns() -> None:
    raw = read_rtf(RTF_GBK[: RTF_GBK.index(rb"\trowd")])
    assert raw.text.startswith("一、工作回顾\n")
    assert any("truncated" in w for w in raw.warnings)


def test_rtf_errors() -> None:
    with pytest.raises(InputError, match="not an RTF document"):
        read_rtf(b"plain text")
    with pytest.raises(InputError, match="no text"):
        read_rtf(rb"{\rtf1\ansi{\fonttbl{\f0 Times;}}\pard\par}")
