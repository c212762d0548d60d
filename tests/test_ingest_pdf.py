"""PDF reader: Chinese text layers, paragraphs from geometry, and refusals of what it cannot read."""

from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from luoshi.errors import InputError
from luoshi.ingest import pdf
from luoshi.ingest.pdf import NO_TEXT_LAYER, read_pdf

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

HEADING = "一、2023年工作回顾"
PARAGRAPHS = [
    "过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
    "经济社会发展主要目标任务圆满完成。国内生产总值增长5.2%，城镇新增就业1244万人。",
    "二、2024年经济社会发展总体要求和政策取向",
    "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，"
    "城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。",
    "國內生產總值增長5%左右。",
]

# CJK TrueType fonts that reportlab can embed as a subset (Debian: fonts-wqy-zenhei, fonts-arphic-uming)
TRUETYPE_CJK = [
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
]


def _report_pdf(font: str = "STSong-Light", **doc_kwargs: object) -> bytes:
    """A report set like a government document: 16 pt, 28 pt leading, two-character first-line indent."""
    out = io.BytesIO()
    style = ParagraphStyle("body", fontName=font, fontSize=16, leading=28, firstLineIndent=32, wordWrap="CJK")
    doc = SimpleDocTemplate(out, pagesize=A4, title="2024年政府工作报告", **doc_kwargs)  # type: ignore[arg-type]
    doc.build([Paragraph(text, style) for text in [HEADING, *PARAGRAPHS]])
    return out.getvalue()


def _grey_image() -> ImageReader:
    image = Image.new("L", (300, 400), 200)
    for x in range(40, 260):
        image.putpixel((x, 100), 0)
    return ImageReader(image)


def _handmade_pdf(content: bytes, font: bytes, info: bytes | None = None, extra: list[bytes] | None = None) -> bytes:
    """A one-page PDF written object by object, with a correct cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font,
        *(extra or []),
    ]
    if info is not None:
        objects.append(info)
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info_ref = b" /Info %d 0 R" % len(objects) if info is not None else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info_ref, xref)
    return out


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELLO = b"BT /F1 12 Tf 72 720 Td (Hello from the text layer) Tj ET"


def _utf16(text: str) -> bytes:
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


# --- text --------------------------------------------------------------------------------------------


def test_chinese_pdf_paragraphs_in_reading_order() -> None:
    raw = read_pdf(_report_pdf())
    assert raw.format == "pdf"
    # every paragraph wraps over several lines in the PDF and comes back as one line
    assert raw.text.split("\n") == [HEADING, *PARAGRAPHS]
    assert raw.title == "2024年政府工作报告"
    assert raw.date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw.date)
    assert raw.warnings == []


@pytest.mark.skipif(not any(p.exists() for p in TRUETYPE_CJK), reason="no CJK TrueType font installed")
def test_chinese_pdf_with_embedded_truetype_subset() -> None:
    path = next(p for p in TRUETYPE_CJK if p.exists())
    kwargs = {"subfontIndex": 0} if path.suffix == ".ttc" else {}
    pdfmetrics.registerFont(TTFont("CJKTrueType", str(path), **kwargs))
    raw = read_pdf(_report_pdf(font="CJKTrueType"))
    assert raw.text.split("\n") == [HEADING, *PARAGRAPHS]


def test_layout_spaces_split_no_chinese_but_real_spaces_stay() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    text = page.beginText(72, 760)
    text.setFont("STSong-Light", 16)
    text.setCharSpace(8)  # widely spaced glyphs, as justified Chinese often is
    text.textOut("中国人民")
    text.setCharSpace(0)  # the spacing is text state that would otherwise carry over to later strings
    page.drawText(text)
    page.setFont("STSong-Light", 16)
    page.drawString(72, 660, "上海市市长 龚 正")  # spaces that are characters in the PDF
    page.setFont("Helvetica", 16)
    page.drawString(72, 560, "GDP growth")
    page.drawString(72, 460, "target")
    page.drawString(72 + pdfmetrics.stringWidth("target", "Helvetica", 16) + 12, 460, "met")  # gap, no space
    page.save()
    assert read_pdf(out.getvalue()).text.split("\n") == ["中国人民", "上海市市长 龚 正", "GDP growth", "target met"]


def test_text_inside_a_form_xobject_is_read() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.beginForm("body")
    page.setFont("STSong-Light", 16)
    page.drawString(72, 700, "表单对象中的正文。")
    page.endForm()
    page.doForm("body")
    page.save()
    assert read_pdf(out.getvalue()).text == "表单对象中的正文。"


# --- refusals and damage -----------------------------------------------------------------------------


def test_scanned_pdf_has_no_text_layer() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawImage(_grey_image(), 50, 50, width=495, height=742)
    page.save()
    with pytest.raises(InputError) as caught:
        read_pdf(out.getvalue())
    assert caught.value.reason == NO_TEXT_LAYER == "PDF has no text layer (scanned image?); OCR it first"


def test_partly_scanned_pdf_warns_about_the_pages() -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("STSong-Light", 16)
    page.drawString(72, 760, "第一页有文字。")
    page.showPage()
    page.drawImage(_grey_image(), 50, 50, width=495, height=742)
    page.save()
    raw = read_pdf(out.getvalue())
    assert raw.text == "第一页有文字。"
    assert raw.warnings == ["1 of 2 pages have no text (scanned?): 2"]


def test_truncated_pdf() -> None:
    data = _report_pdf()
    with pytest.raises(InputError, match="truncated or corrupt PDF"):
        read_pdf(data[: len(data) // 2])


def test_pdf_cut_before_its_trailer_is_salvaged() -> None:
    # an aborted download: all objects arrived, the cross-reference table and trailer did not
    data = _report_pdf()
    raw = read_pdf(data[: data.rindex(b"xref")])
    assert raw.text.split("\n") == [HEADING, *PARAGRAPHS]
    assert pdf.SALVAGED in raw.warnings
    assert any("end-of-file marker" in w for w in raw.warnings)


def test_not_a_pdf() -> None:
    with pytest.raises(InputError, match="not a PDF"):
        read_pdf(b"<html><body>404</body></html>")
    with pytest.raises(InputError, match="truncated or corrupt PDF"):
        read_pdf(b"%PDF-1.7\n" + b"\x00garbage" * 100)


def test_pdf_with_a_user_password() -> None:
    with pytest.raises(InputError) as caught:
        read_pdf(_report_pdf(encrypt="secret"))
    assert caught.value.reason == "password-protected document"


def test_pdf_with_only_an_owner_password_is_read() -> None:
    # Common on government sites: no password to open, copying "forbidden". (Helvetica, because
    # reportlab leaves the strings of its CID font dictionaries unencrypted, which readers then garble.)
    out = io.BytesIO()
    protection = StandardEncryption("", ownerPassword="owner", canPrint=1, canCopy=0, canModify=0)
    page = canvas.Canvas(out, pagesize=A4, encrypt=protection)
    page.setFont("Helvetica", 14)
    page.drawString(72, 760, "Report on the Work of the Government")
    page.save()
    assert read_pdf(out.getvalue()).text == "Report on the Work of the Government"


def test_glyphs_without_unicode_mapping() -> None:
    # a CID font with Identity-H encoding, no ToUnicode map and no embedded font: text is unknowable
    font = b"<< /Type /Font /Subtype /Type0 /BaseFont /Unknown /Encoding /Identity-H /DescendantFonts [6 0 R] >>"
    descendant = (
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Unknown"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
    )
    content = b"BT /F1 16 Tf 72 720 Td <0421043A0512> Tj ET"
    with pytest.raises(InputError, match="cannot be decoded"):
        read_pdf(_handmade_pdf(content, font, extra=[descendant]))


def test_page_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.BytesIO()
    style = ParagraphStyle("body", fontName="STSong-Light", fontSize=16)
    SimpleDocTemplate(out).build([Paragraph("第一页", style), PageBreak(), Paragraph("第二页", style)])
    monkeypatch.setattr(pdf, "MAX_PAGES", 1)
    with pytest.raises(InputError, match="over 1 pages"):
        read_pdf(out.getvalue())


def test_decompression_bomb(monkeypatch: pytest.MonkeyPatch) -> None:
    # A content stream that inflates far beyond its size; the limit is lowered to keep the test fast
    monkeypatch.setattr(pdf, "MAX_STREAM_BYTES", 1024 * 1024)
    content = zlib.compress(HELLO + b"\n" + b" " * (4 * 1024 * 1024), 9)
    stream_font = HELVETICA
    data = _handmade_pdf(content, stream_font).replace(b"<< /Length", b"<< /Filter /FlateDecode /Length", 1)
    assert len(data) < 20_000
    with pytest.raises(InputError, match=r"PDF too large.*decompress"):
        read_pdf(data)


# --- metadata ----------------------------------------------------------------------------------------


def test_info_dictionary_title_and_date() -> None:
    info = (
        b"<< /Title "
        + _utf16("关于2024年国民经济和社会发展计划的报告")
        + b" /CreationDate (D:20240305093000+08'00') >>"
    )
    raw = read_pdf(_handmade_pdf(HELLO, HELVETICA, info))
    assert raw.text == "Hello from the text layer"
    assert raw.title == "关于2024年国民经济和社会发展计划的报告"
    assert raw.date == "2024-03-05"


@pytest.mark.parametrize(
    ("title", "date"),
    [
        (_utf16("Microsoft Word - 2024年报告.docx"), b"(D:19800101000000Z)"),  # before PDF existed
        (b"(untitled)", b"(D:20241399)"),  # no such month
        (b"()", b"(yesterday)"),
    ],
)
def test_info_dictionary_placeholders_are_dropped(title: bytes, date: bytes) -> None:
    raw = read_pdf(_handmade_pdf(HELLO, HELVETICA, b"<< /Title " + title + b" /CreationDate " + date + b" >>"))
    assert raw.title is None
    assert raw.date is None


def test_gbk_title_written_raw() -> None:
    # some Chinese producers put GBK bytes in the title instead of UTF-16
    title = b"(" + "政府工作报告".encode("gbk") + b")"
    assert read_pdf(_handmade_pdf(HELLO, HELVETICA, b"<< /Title " + title + b" >>")).title == "政府工作报告"
