"""Import limits: a file is read in a child process within memory and time; text, proposals and a pasted body are
capped with a Chinese message on the form; the review page and the source list stay bounded."""

from __future__ import annotations

import io
import tracemalloc
import zipfile

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document as WordDocument

from luoshi.ledger import parsing, workflow
from luoshi.ledger.models import Proposal, Source
from luoshi.pipeline import document_from_text

from .conftest import PASSWORD, SAMPLES, client_for

PASTE = "一、加强领导\n要坚持不动摇，确保全年完成10个项目。\n二、力争全年新签约亿元以上项目50个以上。\n三、年内建成5个公园。"


@pytest.fixture
def sup(users):
    return client_for(users["supervisor"])


def _import(client: Client, **data) -> tuple[int, str]:
    response = client.post(reverse("ledger:source_new"), data)
    return response.status_code, response.content.decode()


def _dense_docx(megabytes: int) -> bytes:
    """A .docx of a few dozen kilobytes whose document.xml is ``megabytes`` MB of tiny paragraphs: cheap to
    inflate, but its XML tree needs many times that memory. Written in chunks, never whole in the test."""
    out = io.BytesIO()
    WordDocument().save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    head, tail = parts["word/document.xml"].split(b"<w:body>")
    paragraphs = "<w:p><w:r><w:t>第一项任务</w:t></w:r></w:p>".encode() * 20_000
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, content in parts.items():
            if name != "word/document.xml":
                dst.writestr(name, content)
                continue
            with dst.open(name, "w") as member:
                member.write(head + b"<w:body>")
                for _ in range(megabytes * 1024 * 1024 // len(paragraphs)):
                    member.write(paragraphs)
                member.write(tail)
    return packed.getvalue()


# --- the child process ----------------------------------------------------------------------------------------


def test_a_file_needing_too_much_memory_is_refused_and_the_server_does_not_grow(sup, settings):
    settings.LUOSHI_IMPORT_MEMORY_BYTES = 150 * 1024 * 1024
    data = _dense_docx(16)
    assert len(data) < 200_000
    # Warm up: the first request imports the views' modules, megabytes that have nothing to do with the file
    _import(sup, file=SimpleUploadedFile("坏.docx", b"PK\x03\x04 not a zip archive"))
    tracemalloc.start()
    try:
        status, page = _import(sup, file=SimpleUploadedFile("炸弹.docx", data))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert status == 400
    assert "无法导入文件“炸弹.docx”：读取所需内存超过上限，文件过于复杂" in page
    assert peak < 16 * 1024 * 1024  # the XML was parsed in the child, not here
    assert Source.objects.count() == 0


def test_reading_past_the_time_limit_is_stopped(sup, settings):
    settings.LUOSHI_IMPORT_SECONDS = 0.2
    text = (SAMPLES / "county-study-speech.txt").read_text("utf-8")
    status, page = _import(sup, text=(text + "\n") * (200_000 // len(text)))
    assert status == 400
    assert "无法导入粘贴的正文：读取超时，文件过于复杂（上限 0.2 秒）" in page
    assert Source.objects.count() == 0


def test_the_child_gives_back_the_same_document_as_reading_in_process():
    limits = parsing.ImportLimits(max_chars=10_000, max_proposals=100, memory_bytes=1 << 30, seconds=60)
    here = document_from_text(PASTE, "粘贴文本")
    assert parsing.parse_text(PASTE, "粘贴文本", limits) == here
    assert parsing.document_from_dict(here.to_dict()) == here


def test_the_child_does_not_get_the_servers_secrets(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://luoshi:secret@db/luoshi")
    monkeypatch.setenv("LUOSHI_SECRET_KEY", "not-for-the-parser")
    seen: dict = {}
    run = parsing.subprocess.run

    def spy(*args, **kwargs):
        seen.update(kwargs["env"])
        return run(*args, **kwargs)

    monkeypatch.setattr(parsing.subprocess, "run", spy)
    limits = parsing.ImportLimits(max_chars=10_000, max_proposals=100, memory_bytes=1 << 30, seconds=60)
    assert parsing.parse_upload((SAMPLES / "town-economic-meeting.docx").read_bytes(), "a.docx", limits).tasks
    assert "PATH" in seen and "DATABASE_URL" not in seen and "LUOSHI_SECRET_KEY" not in seen


def test_a_crash_of_the_child_is_an_error_not_a_500(sup, settings, monkeypatch):
    monkeypatch.setattr(parsing.sys, "executable", "/bin/false")
    status, page = _import(sup, text=PASTE)
    assert status == 400 and "无法导入粘贴的正文：无法读取" in page


# --- the caps -------------------------------------------------------------------------------------------------


def test_a_file_with_more_text_than_the_cap_is_refused(sup, settings):
    settings.LUOSHI_IMPORT_MAX_CHARS = 1000
    data = (SAMPLES / "county-work-report-2026.txt").read_bytes()
    status, page = _import(sup, file=SimpleUploadedFile("长文.txt", data))
    assert status == 400
    assert "无法导入文件“长文.txt”：正文字数超过导入上限（上限 1,000 字），请拆分后分别导入" in page
    assert Source.objects.count() == 0


def test_a_document_with_more_proposals_than_the_cap_is_refused(sup, settings):
    settings.LUOSHI_IMPORT_MAX_PROPOSALS = 2
    status, page = _import(sup, text=PASTE)
    assert status == 400
    assert "识别出的建议事项超过上限（上限 2 条），请拆分后分别导入" in page
    assert Source.objects.count() == 0 and Proposal.objects.count() == 0
    settings.LUOSHI_IMPORT_MAX_PROPOSALS = 3000
    assert _import(sup, text=PASTE)[0] == 302


# --- the paste limit, point 9 ---------------------------------------------------------------------------------


def test_a_pasted_speech_of_the_stated_limit_always_fits_the_request_limit():
    # The form states LUOSHI_IMPORT_MAX_CHARS; Django's own limit on form fields must never refuse such a paste
    assert django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE >= 4 * django_settings.LUOSHI_IMPORT_MAX_CHARS


def test_the_form_states_the_limits(sup, settings):
    settings.LUOSHI_IMPORT_MAX_CHARS = 123_456
    page = sup.get(reverse("ledger:source_new")).content.decode()
    assert "不超过 123,456 字" in page and "不超过 20 MB" in page


def test_a_paste_over_the_request_limit_gets_the_form_with_a_chinese_message(users, settings):
    settings.LUOSHI_IMPORT_MAX_CHARS = 1000
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4 * 1000 + 1024
    client = Client(enforce_csrf_checks=True)
    client.login(username=users["supervisor"].username, password=PASSWORD)
    page = client.get(reverse("ledger:source_new")).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    response = client.post(reverse("ledger:source_new"), {"csrfmiddlewaretoken": token, "text": "字" * 5000})
    page = response.content.decode()
    assert response.status_code == 413
    assert "无法导入粘贴的正文：内容过长，超过上限 1,000 字，请拆分后分别导入" in page
    assert 'id="upload"' in page and Source.objects.count() == 0
    # Within the limit the CSRF check still holds: no token, no import
    assert client.post(reverse("ledger:source_new"), {"text": PASTE}).status_code == 403
    ok = client.post(reverse("ledger:source_new"), {"csrfmiddlewaretoken": token, "text": PASTE})
    assert ok.status_code == 302 and Source.objects.count() == 1


def test_a_paste_over_the_request_limit_still_needs_a_login(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = Client().post(reverse("ledger:source_new"), {"text": "字" * 5000})
    assert response.status_code == 302 and "login" in response["Location"]


# --- bounded pages --------------------------------------------------------------------------------------------


@pytest.fixture
def crowded(users) -> Source:
    """A source with 250 proposals: five pages."""
    text = "\n".join(f"第{n}项：确保全年完成{n}个项目。" for n in range(250))
    source = workflow.import_source(users["supervisor"], document_from_text(PASTE, "粘贴文本"), "")
    source.text = text
    source.save(update_fields=["text"])
    source.proposals.all().delete()
    starts = [text.index(f"第{n}项") for n in range(250)]
    Proposal.objects.bulk_create(
        Proposal(source=source, kind=Proposal.Kind.TASK, start=s, end=text.index("\n", s) if n < 249 else len(text),
                 content=text[s:text.index("\n", s) if n < 249 else len(text)], position=float(n))
        for n, s in enumerate(starts)
    )
    return source


def _rows(page: str) -> list[str]:
    return [part.split('"', 1)[0] for part in page.split('<tr id="row-')[1:]]


def test_the_review_page_shows_one_page_of_proposals(sup, crowded):
    url = reverse("ledger:source_review", args=[crowded.pk])
    first = sup.get(url).content.decode()
    assert len(_rows(first)) == 50
    assert "第 1–50 条，共 250 条" in first and f"{url}?page=2#proposals" in first
    assert "待定 <b data-count=\"pending\">250</b>" in first  # the counts are of the whole document
    last = sup.get(url, {"page": 5}).content.decode()
    assert len(_rows(last)) == 50 and "第 201–250 条" in last
    # the text is whole, with this page's rows marked
    assert f'id="span-p{_rows(last)[0]}"' in last and f'id="span-p{_rows(first)[0]}"' not in last
    assert "第0项" in last and "第249项" in last


def test_review_actions_keep_their_page(sup, crowded):
    ordered = list(crowded.proposals.order_by("position"))
    row = ordered[150]
    response = sup.post(reverse("ledger:proposal_action", args=[crowded.pk, row.pk, "accept"]))
    assert response["Location"].endswith(f"?page=4#row-{row.pk}")
    # Merge two rows of page 5 over HTMX: the table comes back at page 5
    ids = [ordered[210].pk, ordered[211].pk]
    page = sup.post(reverse("ledger:proposal_merge", args=[crowded.pk]), {"ids": ids},
                    headers={"HX-Request": "true"}).content.decode()
    assert str(ids[0]) in _rows(page) and "第 201–249 条，共 249 条" in page
    # Split a row of page 2 without JavaScript: back to page 2 at that row
    split = ordered[60]
    response = sup.post(reverse("ledger:proposal_action", args=[crowded.pk, split.pk, "split"]))
    assert response["Location"].endswith(f"?page=2#row-{split.pk}")
    # 全部采纳 from page 2 takes every page's pending rows and shows page 2 again
    review = reverse("ledger:source_review", args=[crowded.pk])
    page = sup.post(f"{review}?page=2", {"op": "accept_all"}, headers={"HX-Request": "true"}).content.decode()
    assert "第 51–100 条" in page
    assert not crowded.proposals.filter(decision=Proposal.Decision.PENDING).exists()


def test_the_source_list_does_not_load_texts(sup, crowded):
    with CaptureQueriesContext(connection) as queries:
        page = sup.get(reverse("ledger:source_list")).content.decode()
    assert crowded.number in page and "250" in page
    listing = [q["sql"] for q in queries.captured_queries if "ledger_source" in q["sql"] and "ORDER BY" in q["sql"]]
    assert listing and all('"ledger_source"."text"' not in sql and "extracted" not in sql for sql in listing)
