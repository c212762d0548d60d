"""Attachments are checked by what their bytes are, stored with that type, and served by it: images and PDFs
shown in the browser under a strict policy, everything else downloaded."""

from __future__ import annotations

import io
import zipfile

import docx
import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from luoshi.ledger import attachment_types, workflow
from luoshi.ledger.models import Attachment, ProgressReport

from .conftest import client_for

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 120  # a Windows program's first bytes


def word_file() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("第一季度完成投资1.2亿元。")
    document.save(buffer)
    return buffer.getvalue()


def excel_file() -> bytes:
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(["指标", "完成值"])
    book.save(buffer)
    return buffer.getvalue()


def plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("setup.exe", EXE)
    return buffer.getvalue()


def sniffed(name: str, data: bytes) -> str:
    return attachment_types.check(name, io.BytesIO(data)).kind


@pytest.mark.parametrize("rule", [t for t in attachment_types.ALLOWED if not t.example.startswith(b"PK")],
                         ids=lambda t: t.kind)
def test_each_rule_recognises_its_example(rule):
    name = "例" + min(rule.suffixes)
    assert sniffed(name, rule.example + b"\n" * 16) == rule.kind


@pytest.mark.parametrize("refusal", attachment_types.REFUSED, ids=lambda r: r.label)
def test_each_refused_type_is_named_in_its_refusal(refusal):
    with pytest.raises(attachment_types.RefusedFile, match=refusal.label):
        attachment_types.check("材料.docx", io.BytesIO(refusal.example + b"\x00" * 32))


def test_office_files_are_told_apart_by_their_parts():
    assert sniffed("进展.docx", word_file()) == "docx"
    assert sniffed("台账.xlsx", excel_file()) == "xlsx"
    # a Word file saved under the old suffix opens in Word: accepted, served as what it is
    assert sniffed("进展.doc", word_file()) == "docx"


@pytest.mark.parametrize(("name", "data", "says"), [
    ("进展报告.docx", EXE, "可执行程序"),  # the case: a program renamed .docx
    ("进展报告.docx", plain_zip(), "压缩包"),  # a zip is not a Word file because of its suffix
    ("说明.txt", b"<html><body><script>alert(1)</script></body></html>", "网页"),
    ("现场.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "SVG"),
    ("现场.png", PDF, "与文件扩展名“.png”不符"),
    ("台账.xlsx", None, "与文件扩展名“.xlsx”不符"),  # a Word file named .xlsx
    ("照片", PNG, "与文件扩展名“（无）”不符"),
])
def test_what_the_bytes_are_not_what_the_name_says(name, data, says):
    with pytest.raises(attachment_types.RefusedFile, match=says):
        attachment_types.check(name, io.BytesIO(data if data is not None else word_file()))


def test_a_renamed_program_is_refused_and_nothing_is_stored(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    upload = SimpleUploadedFile("进展报告.docx", EXE, content_type="application/vnd.openxmlformats-officedocument"
                                                                  ".wordprocessingml.document")
    response = client_for(users["unit"]).post(url, {"text": "见附件", "percent": 30, "attachments": [upload]})
    assert response.status_code == 400
    assert "实际是Windows可执行程序，不能上传" in response.content.decode()
    assert not ProgressReport.objects.exists() and not Attachment.objects.exists()


def test_the_sniffed_type_is_stored_not_the_browsers(signed, users):
    report = workflow.report_progress(users["unit"], signed, text="附台账", percent=20, files=[
        SimpleUploadedFile("台账.xlsx", excel_file(), content_type="application/x-msdownload")])
    attachment = report.attachments.get()
    assert attachment.kind == "xlsx"
    assert attachment.content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def stored(signed, users) -> dict[str, Attachment]:
    report = workflow.report_progress(users["unit"], signed, text="现场照片和文件", percent=20, files=[
        SimpleUploadedFile("施工现场.png", PNG, content_type="text/html"),
        SimpleUploadedFile("验收报告.pdf", PDF),
        SimpleUploadedFile("进展.docx", word_file()),
    ])
    return {a.kind: a for a in report.attachments.all()}


def get(user, attachment: Attachment):
    return client_for(user).get(reverse("ledger:attachment", args=[attachment.pk]))


def test_images_are_shown_inline_under_their_sniffed_type_in_a_sandbox(stored, users):
    response = get(users["supervisor"], stored["png"])
    assert response["Content-Type"] == "image/png"  # the browser said text/html; the bytes say PNG
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    # inline, with the Chinese name as RFC 5987 filename*
    assert response["Content-Disposition"] == "inline; filename*=utf-8''%E6%96%BD%E5%B7%A5%E7%8E%B0%E5%9C%BA.png"
    assert b"".join(response.streaming_content) == PNG


def test_pdfs_are_shown_inline_with_nothing_else_loaded(stored, users):
    response = get(users["unit"], stored["pdf"])
    assert response["Content-Type"] == "application/pdf" and response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline;")
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_other_files_are_downloaded(stored, users):
    response = get(users["co_unit"], stored["docx"])
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert response["Content-Security-Policy"] == "sandbox" and response["X-Content-Type-Options"] == "nosniff"


def test_a_file_stored_before_the_check_is_only_ever_downloaded(stored, users):
    Attachment.objects.filter(pk=stored["png"].pk).update(kind="", content_type="text/html")
    response = get(users["supervisor"], stored["png"])
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")


def test_the_public_page_serves_by_the_same_rules(stored, users):
    item = stored["png"].report.item
    workflow.edit_item(users["supervisor"], item, version=item.version, is_public=True)
    Attachment.objects.filter(pk=stored["png"].pk).update(is_public=True)
    response = client_for(None).get(reverse("ledger:public_item", args=[item.number]),
                                    {"attachment": stored["png"].pk})
    assert response["Content-Type"] == "image/png" and response["Content-Security-Policy"] == "sandbox"
    assert response["Content-Disposition"].startswith("inline;")
