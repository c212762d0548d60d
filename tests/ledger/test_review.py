"""立项: importing a document, reviewing its proposed 任务分解表 and filing it, through the pages."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import luoshi
from luoshi.ledger import workflow
from luoshi.ledger.models import HistoryRecord, Item, Proposal, Source
from luoshi.ledger.views import sources as source_views

from .conftest import SAMPLES, client_for

PASTE = "一、加强领导\n要坚持<script>alert(1)</script>不动摇，确保全年完成10个项目。\n二、力争全年新签约亿元以上项目50个以上。"


@pytest.fixture
def county(users) -> Source:
    """The county speech imported: four pending proposals and a formulation."""
    document = luoshi.extract(SAMPLES / "county-study-speech.txt")
    return workflow.import_source(users["supervisor"], document, "county-study-speech.txt")


@pytest.fixture
def sup(users):
    return client_for(users["supervisor"])


def rows(source: Source) -> list[Proposal]:
    return list(source.proposals.order_by("position", "start", "pk"))


def assert_grounded(source: Source) -> None:
    """Every proposal's span lies in the text and, unless edited, its content is exactly that text."""
    for p in source.proposals.all():
        assert 0 <= p.start < p.end <= len(source.text)
        assert source.text[p.start:p.end].strip() == source.text[p.start:p.end]
        assert p.content == source.text[p.start:p.end]


def action_url(source: Source, proposal: Proposal, op: str) -> str:
    return reverse("ledger:proposal_action", args=[source.pk, proposal.pk, op])


def review_url(source: Source) -> str:
    return reverse("ledger:source_review", args=[source.pk])


def source_text_html(page: str) -> str:
    """The inner HTML of the highlighted text pane."""
    match = re.search(r'<div id="source-text"[^>]*>(.*?)</div>', page, re.S)
    assert match, "no source-text pane"
    return match.group(1)


# ---------------------------------------------------------------------------------------------- roles


def routes(source: Source) -> list[tuple[str, str, dict]]:
    first, second = rows(source)[:2]
    return [
        ("get", reverse("ledger:source_list"), {}),
        ("get", reverse("ledger:source_new"), {}),
        ("post", reverse("ledger:source_new"), {"text": PASTE}),
        ("get", review_url(source), {}),
        ("post", review_url(source), {"op": "accept_all"}),
        ("post", reverse("ledger:proposal_add", args=[source.pk]), {"text": "以上发言", "near": "0"}),
        ("post", reverse("ledger:proposal_merge", args=[source.pk]), {"ids": [first.pk, second.pk]}),
        ("post", action_url(source, first, "accept"), {}),
        ("post", action_url(source, first, "drop"), {}),
        ("post", action_url(source, first, "restore"), {}),
        ("post", action_url(source, first, "edit"), {"content": "改过的内容"}),
        ("post", action_url(source, first, "split"), {}),
        ("post", reverse("ledger:source_file", args=[source.pk]), {}),
    ]


def snapshot() -> list:
    return [list(Source.objects.values_list("pk", "default_deadline", "status")),
            list(Proposal.objects.values_list("pk", "start", "end", "content", "decision").order_by("pk")),
            Item.objects.count(), HistoryRecord.objects.count()]


@pytest.mark.parametrize("who", ["leader", "unit", "no_role"])
def test_other_roles_get_403_and_change_nothing(county, users, who):
    client = client_for(users[who])
    before = snapshot()
    for method, url, data in routes(county):
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, (method, url)
    assert snapshot() == before


def test_anonymous_users_are_sent_to_login(county):
    client = client_for(None)
    before = snapshot()
    for method, url, data in routes(county):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith(reverse("login") + "?next=")
    assert snapshot() == before


def test_the_supervisor_may_use_every_page(county, sup):
    county.proposals.update(decision=Proposal.Decision.ACCEPTED)
    for method, url, data in routes(county):
        response = getattr(sup, method)(url, data)
        assert response.status_code in (200, 302), (method, url, response.status_code)


def test_unknown_source_or_proposal_is_404(county, sup, users):
    other = workflow.import_source(users["supervisor"], luoshi.extract(SAMPLES / "city-notice.html"), "x.html")
    assert sup.get(reverse("ledger:source_review", args=[99999])).status_code == 404
    foreign = rows(other)[0]
    # A proposal of another source is not found through this one.
    assert sup.post(action_url(county, foreign, "accept")).status_code == 404
    assert sup.post(reverse("ledger:proposal_action", args=[county.pk, rows(county)[0].pk, "explode"])).status_code == 404
    response = sup.post(reverse("ledger:proposal_merge", args=[county.pk]), {"ids": [rows(county)[0].pk, foreign.pk]})
    assert response.status_code == 404
    assert Proposal.objects.get(pk=foreign.pk).decision == Proposal.Decision.PENDING


# ---------------------------------------------------------------------------------------------- upload


@pytest.mark.parametrize("name", ["town-economic-meeting.docx", "study-session-big5.txt", "city-notice.html",
                                  "district-work-report-2024.txt"])
def test_upload_of_each_sample_format(sup, users, name):
    data = (SAMPLES / name).read_bytes()
    response = sup.post(reverse("ledger:source_new"), {"file": SimpleUploadedFile(name, data)})
    source = Source.objects.get()
    assert response.status_code == 302 and response["Location"] == review_url(source)
    expected = luoshi.extract(SAMPLES / name)
    assert source.text == expected.text
    assert source.filename == name
    assert source.uploaded_by == users["supervisor"]
    assert source.proposals.count() >= 1
    assert_grounded(source)
    page = sup.get(review_url(source)).content.decode()
    assert html.escape(source.title) in page
    assert html.unescape(re.sub(r"<[^>]+>", "", source_text_html(page))) == source.text


def test_big5_upload_is_decoded(sup):
    data = (SAMPLES / "study-session-big5.txt").read_bytes()
    sup.post(reverse("ledger:source_new"), {"file": SimpleUploadedFile("big5.txt", data)})
    assert "高質量發展" in Source.objects.get().text


def test_paste_with_a_title(sup):
    response = sup.post(reverse("ledger:source_new"), {"text": PASTE, "title": "县长讲话"})
    source = Source.objects.get()
    assert response.status_code == 302
    assert source.title == "县长讲话" and source.filename == ""
    assert source.text == luoshi.pipeline.document_from_text(PASTE).text
    assert_grounded(source)


def test_import_number_follows_the_year(sup, county):
    sup.post(reverse("ledger:source_new"), {"text": PASTE})
    latest = Source.objects.order_by("-pk").first()
    assert latest.number == f"{timezone.localdate().year}-{county.sequence + 1:03d}"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("空白.txt", b"", "文件是空的"),
    ("blank.txt", b"   \n\n", "文件是空的"),
    ("random.bin", bytes(range(256)) * 40, "不是可识别的文本或文档格式"),
    ("fake.docx", b"PK\x03\x04not really a zip archive", "文件已损坏"),
])
def test_bad_upload_shows_the_reason_and_creates_nothing(sup, name, data, reason):
    response = sup.post(reverse("ledger:source_new"), {"file": SimpleUploadedFile(name, data)})
    page = response.content.decode()
    assert response.status_code == 400
    assert f"无法导入文件“{html.escape(name)}”" in page
    assert reason in page
    assert Source.objects.count() == 0 and Proposal.objects.count() == 0


def test_upload_over_the_limit_is_refused_unread(sup, settings, monkeypatch):
    settings.LUOSHI_UPLOAD_MAX_BYTES = 100
    monkeypatch.setattr(source_views.parsing, "parse_upload", lambda *args: pytest.fail("a too large file was read"))
    data = (SAMPLES / "county-study-speech.txt").read_bytes()
    response = sup.post(reverse("ledger:source_new"), {"file": SimpleUploadedFile("big.txt", data)})
    page = response.content.decode()
    assert response.status_code == 400
    assert "无法导入文件“big.txt”" in page and "超过上限" in page
    assert Source.objects.count() == 0


def test_pasted_text_over_the_limit_is_refused(sup, settings):
    settings.LUOSHI_IMPORT_MAX_CHARS = 30
    response = sup.post(reverse("ledger:source_new"), {"text": PASTE})
    page = response.content.decode()
    assert response.status_code == 400 and "正文字数超过导入上限（上限 30 字），请拆分后分别导入" in page
    assert Source.objects.count() == 0


@pytest.mark.parametrize("data", [{}, {"text": "   "}])
def test_nothing_to_import_is_refused(sup, data):
    response = sup.post(reverse("ledger:source_new"), data)
    assert response.status_code == 400 and "二者选一" in response.content.decode()
    assert Source.objects.count() == 0


def test_file_and_paste_together_are_refused(sup):
    upload = SimpleUploadedFile("a.txt", (SAMPLES / "county-study-speech.txt").read_bytes())
    response = sup.post(reverse("ledger:source_new"), {"file": upload, "text": PASTE})
    assert response.status_code == 400 and Source.objects.count() == 0


# ---------------------------------------------------------------------------------------------- the page


def test_review_page_escapes_the_document_text(sup):
    sup.post(reverse("ledger:source_new"), {"text": PASTE, "title": "<b>标题</b>"})
    source = Source.objects.get()
    page = sup.get(review_url(source)).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "<b>标题</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;标题&lt;/b&gt;" in page
    pane = source_text_html(page)
    assert html.unescape(re.sub(r"<[^>]+>", "", pane)) == source.text


def test_review_page_highlights_proposals_and_formulations(county, sup):
    page = sup.get(review_url(county)).content.decode()
    pane = source_text_html(page)
    for p in rows(county):
        assert f'id="span-p{p.pk}"' in pane
        assert f'<tr id="row-{p.pk}"' in page
        assert f'href="#span-p{p.pk}"' in page
        mark = re.search(rf'<mark class="{p.kind} pending" data-span="p{p.pk}" id="span-p{p.pk}"[^>]*>(.*?)</mark>', pane, re.S)
        assert mark and re.sub(r"<[^>]+>", "", mark.group(1)).startswith(county.text[p.start:p.start + 5])
    assert '<mark class="formulation" data-span="f0" id="span-f0" title="提法">三个一批</mark>' in pane
    assert 'class="target quantity"' in pane
    assert html.unescape(re.sub(r"<[^>]+>", "", pane)) == county.text
    assert "review.js" in page


def test_source_list_shows_counts_and_links(county, sup):
    rows(county)[0].delete()
    page = sup.get(reverse("ledger:source_list")).content.decode()
    assert county.number in page and html.escape(county.title) in page
    assert review_url(county) in page
    assert "待审核立项" in page and "（待定 2，采纳 0）" in page


# ---------------------------------------------------------------------------------------------- decisions


def test_accept_drop_restore_without_js_redirect_back(county, sup):
    p = rows(county)[0]
    response = sup.post(action_url(county, p, "accept"))
    assert response.status_code == 302 and response["Location"] == f"{review_url(county)}#row-{p.pk}"
    assert Proposal.objects.get(pk=p.pk).decision == Proposal.Decision.ACCEPTED
    sup.post(action_url(county, p, "drop"))
    assert Proposal.objects.get(pk=p.pk).decision == Proposal.Decision.DROPPED
    sup.post(action_url(county, p, "restore"))
    assert Proposal.objects.get(pk=p.pk).decision == Proposal.Decision.PENDING


def test_htmx_row_action_returns_only_the_row(county, sup):
    p = rows(county)[1]
    response = sup.post(action_url(county, p, "drop"), HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert response.status_code == 200
    assert body.strip().startswith(f'<tr id="row-{p.pk}"') and body.strip().endswith("</tr>")
    assert "<html" not in body and 'data-decision="dropped"' in body
    assert "/restore/" in body and "/accept/" in body and "/drop/" not in body
    assert "<td data-label=\"序号\"><label class=\"pick\">" in body and "> 2</label>" in body  # keeps its number


def test_bulk_accept_all_and_drop_pending(county, sup):
    first, second, *rest = rows(county)
    sup.post(action_url(county, first, "drop"))
    response = sup.post(review_url(county), {"op": "accept_all"})
    assert response.status_code == 302
    decisions = {p.pk: p.decision for p in rows(county)}
    assert decisions[first.pk] == Proposal.Decision.DROPPED
    assert all(decisions[p.pk] == Proposal.Decision.ACCEPTED for p in [second, *rest])
    sup.post(action_url(county, second, "restore"))
    response = sup.post(review_url(county), {"op": "drop_pending"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and 'id="proposals"' in response.content.decode()
    assert Proposal.objects.get(pk=second.pk).decision == Proposal.Decision.DROPPED
    assert Proposal.objects.get(pk=rest[0].pk).decision == Proposal.Decision.ACCEPTED


def test_default_deadline_is_editable_and_used_when_filing(county, sup):
    response = sup.post(review_url(county), {"op": "deadline", "default_deadline": "2026-06-30"})
    assert response.status_code == 302
    county.refresh_from_db()
    assert county.default_deadline == dt.date(2026, 6, 30)
    assert sup.post(review_url(county), {"op": "deadline", "default_deadline": "not a date"}).status_code == 400
    county.refresh_from_db()
    assert county.default_deadline == dt.date(2026, 6, 30)
    task = rows(county)[0]  # no target year: takes the default deadline
    sup.post(action_url(county, task, "accept"))
    sup.post(reverse("ledger:source_file", args=[county.pk]))
    assert Item.objects.get().deadline == dt.date(2026, 6, 30)


# ---------------------------------------------------------------------------------------------- edit


def test_edit_changes_content_and_target_but_not_the_span(county, sup):
    p = rows(county)[2]
    response = sup.post(action_url(county, p, "edit"), {
        "content": "全面推行“码上督”工作机制", "heading": "三、作风", "metric": "约谈单位", "target_value": "5",
        "target_value_max": "", "target_unit": "家", "comparator": "at_most", "deadline_year": "2026"})
    assert response.status_code == 302
    edited = Proposal.objects.get(pk=p.pk)
    assert (edited.start, edited.end) == (p.start, p.end)
    assert edited.content == "全面推行“码上督”工作机制"
    assert (edited.metric, edited.target_value, edited.target_unit, edited.comparator, edited.deadline_year) == (
        "约谈单位", 5.0, "家", "at_most", 2026)
    page = sup.get(review_url(county)).content.decode()
    assert "约谈单位：不高于5家" in page
    assert "原文：" in page  # an edited row still shows the sentence it came from


@pytest.mark.parametrize(("data", "message"), [
    ({"content": "  "}, "任务内容"),
    ({"content": "好", "target_value": "10", "target_value_max": "5"}, "上限不能小于目标值"),
    ({"content": "好", "deadline_year": "3000"}, "目标年度须在1949至2100之间"),
])
def test_invalid_edit_is_refused(county, sup, data, message):
    p = rows(county)[0]
    response = sup.post(action_url(county, p, "edit"), data)
    assert response.status_code == 400 and message in response.content.decode()
    htmx = sup.post(action_url(county, p, "edit"), data, HTTP_HX_REQUEST="true")
    body = htmx.content.decode()
    assert htmx.status_code == 200 and body.strip().startswith(f'<tr id="row-{p.pk}"')
    assert "<details open>" in body and message in body
    assert Proposal.objects.get(pk=p.pk).content == p.content


# ---------------------------------------------------------------------------------------------- split


def test_split_at_the_default_clause_boundary(county, sup):
    p = next(r for r in rows(county) if r.target_value == 120)  # 新建改建农村公路120公里，新增城镇就业3200人…
    before = [r.pk for r in rows(county)]
    response = sup.post(action_url(county, p, "split"))
    assert response.status_code == 302
    assert county.proposals.count() == len(before) + 1
    assert_grounded(county)
    first = Proposal.objects.get(pk=p.pk)
    second = county.proposals.exclude(pk__in=before).get()
    assert first.start == p.start and second.end == p.end
    assert county.text[first.end - 1] in "，；。！？：" and first.end <= second.start
    # Text order is kept: the second half comes right after the first.
    order = [r.pk for r in rows(county)]
    assert order.index(second.pk) == order.index(first.pk) + 1
    # The target went with the half that holds it; the other half got its own.
    holder = first if first.start <= county.text.index("120公里") < first.end else second
    assert holder.target_value == 120 and holder.target_unit == "公里"
    other = second if holder is first else first
    assert other.target_value in (3200, 18)


def test_split_at_a_chosen_point_and_by_character_count(county, sup):
    p = rows(county)[2]
    at = county.text.index("全面推行")
    sup.post(action_url(county, p, "split"), {"at": str(at)})
    assert_grounded(county)
    first = Proposal.objects.get(pk=p.pk)
    assert first.end == at and county.text[first.start:first.end].endswith("持续用力")
    second = county.proposals.get(start=at)
    assert second.end == p.end and second.decision == p.decision
    sup.post(action_url(county, second, "split"), {"after": "4"})
    assert county.proposals.filter(start=at, end=at + 4).exists()
    assert_grounded(county)


@pytest.mark.parametrize("at", ["0", "-3", "999999", "abc"])
def test_split_outside_the_span_is_refused(county, sup, at):
    p = rows(county)[0]
    count = county.proposals.count()
    response = sup.post(action_url(county, p, "split"), {"at": str(p.start) if at == "0" else at})
    if at == "abc":  # not a number: falls back to the default split point
        assert response.status_code == 302 and county.proposals.count() == count + 1
        return
    assert response.status_code == 400 and "拆分位置须在该条原文之内" in response.content.decode()
    assert county.proposals.count() == count


def test_split_htmx_returns_the_table_and_the_new_highlights(county, sup):
    p = rows(county)[0]
    response = sup.post(action_url(county, p, "split"), HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert response.status_code == 200 and body.startswith('<div id="proposals"')
    assert '<div id="source-text" hx-swap-oob="innerHTML">' in body
    for r in rows(county):
        assert f'id="span-p{r.pk}"' in body and f'<tr id="row-{r.pk}"' in body


# ---------------------------------------------------------------------------------------------- merge


def test_merge_spans_the_parts_and_keeps_the_first_target(county, sup):
    task, target, *_ = rows(county)
    sup.post(action_url(county, target, "accept"))
    response = sup.post(reverse("ledger:proposal_merge", args=[county.pk]), {"ids": [str(target.pk), str(task.pk)]})
    assert response.status_code == 302
    merged = Proposal.objects.get(pk=task.pk)
    assert not Proposal.objects.filter(pk=target.pk).exists()
    assert (merged.start, merged.end) == (task.start, target.end)
    assert merged.content == county.text[task.start:target.end]
    assert (merged.metric, merged.target_value, merged.comparator) == ("新签约亿元以上项目", 50, "at_least")
    assert merged.decision == Proposal.Decision.ACCEPTED
    assert rows(county)[0].pk == merged.pk
    assert_grounded(county)


def test_merge_of_edited_rows_keeps_the_wording(county, sup):
    first, second = rows(county)[1:3]
    sup.post(action_url(county, first, "edit"), {"content": "新建改建农村公路120公里"})
    response = sup.post(reverse("ledger:proposal_merge", args=[county.pk]), {"ids": [first.pk, second.pk]},
                        HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and 'id="proposals"' in response.content.decode()
    merged = Proposal.objects.get(pk=first.pk)
    assert (merged.start, merged.end) == (first.start, second.end)
    assert merged.content == "新建改建农村公路120公里；" + second.content


@pytest.mark.parametrize("ids", [[], ["x"], "one"])
def test_merge_needs_two_rows(county, sup, ids):
    if ids == "one":
        ids = [rows(county)[0].pk]
    response = sup.post(reverse("ledger:proposal_merge", args=[county.pk]), {"ids": ids}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and "至少两条" in response.content.decode()
    assert county.proposals.count() == 3


# ---------------------------------------------------------------------------------------------- add


def test_add_from_a_selection_is_grounded_at_the_nearest_occurrence(sup, users):
    # "推进项目" occurs twice; the characters outside the BMP make UTF-16 offsets differ from Python's.
    text = "𠀀𠀀一、总体要求\n要推进项目建设。\n二、重点任务\n今年要推进项目建设，新建学校3所。"
    document = luoshi.pipeline.document_from_text(text)
    source = workflow.import_source(users["supervisor"], document, "")
    second = source.text.rindex("推进项目")
    utf16 = len(source.text[:second].encode("utf-16-le")) // 2
    assert utf16 != second
    response = sup.post(reverse("ledger:proposal_add", args=[source.pk]), {"text": "推进项目", "near": str(utf16)})
    assert response.status_code == 302
    added = source.proposals.get(kind=Proposal.Kind.MANUAL)
    assert (added.start, added.end) == (second, second + 4)
    assert added.content == "推进项目" and added.decision == Proposal.Decision.ACCEPTED
    # Without a hint the first occurrence is taken.
    sup.post(reverse("ledger:proposal_add", args=[source.pk]), {"text": " 推进项目 "})
    first = source.text.index("推进项目")
    assert source.proposals.filter(kind=Proposal.Kind.MANUAL, start=first, end=first + 4).exists()


def test_add_fills_the_target_and_heading_it_covers(county, sup):
    needle = "新增城镇就业3200人"
    response = sup.post(reverse("ledger:proposal_add", args=[county.pk]),
                        {"text": needle, "near": "0"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    added = county.proposals.get(kind=Proposal.Kind.MANUAL)
    assert county.text[added.start:added.end] == needle
    assert (added.target_value, added.target_unit) == (3200, "人")
    body = response.content.decode()
    assert f'<tr id="row-{added.pk}"' in body and f'id="span-p{added.pk}"' in body
    assert '<mark class="manual accepted"' in body


@pytest.mark.parametrize(("needle", "message"), [
    ("这句话原文里没有", "找不到"),
    ("   ", "请先在原文中选中"),
    ("字" * 6000, "过长"),
])
def test_add_of_text_not_in_the_source_is_400(county, sup, needle, message):
    url = reverse("ledger:proposal_add", args=[county.pk])
    response = sup.post(url, {"text": needle, "near": "5"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 400 and message in response.content.decode()
    page = sup.post(url, {"text": needle, "near": "nonsense"})
    assert page.status_code == 400 and message in page.content.decode() and 'id="source-text"' in page.content.decode()
    assert not county.proposals.filter(kind=Proposal.Kind.MANUAL).exists()


def test_add_of_an_existing_row_is_refused(county, sup):
    p = rows(county)[0]
    response = sup.post(reverse("ledger:proposal_add", args=[county.pk]), {"text": p.content, "near": str(p.start)})
    assert response.status_code == 400 and "已在建议清单中" in response.content.decode()
    assert county.proposals.count() == 3


# ---------------------------------------------------------------------------------------------- filing


def test_filing_numbers_the_accepted_rows_in_order(county, sup):
    first, second, third = rows(county)
    for p in (first, third):
        sup.post(action_url(county, p, "accept"))
    sup.post(action_url(county, second, "drop"))
    sup.post(reverse("ledger:proposal_add", args=[county.pk]), {"text": "以上发言", "near": "0"})
    response = sup.post(reverse("ledger:source_file", args=[county.pk]), follow=True)
    items = list(Item.objects.order_by("sequence"))
    prefix = f"{timezone.localdate().year}-{county.sequence:03d}"
    assert [i.number for i in items] == [f"{prefix}-{n:02d}" for n in (1, 2, 3)]
    assert [i.source_start for i in items] == sorted(i.source_start for i in items)
    for item in items:
        assert item.evidence == county.text[item.source_start:item.source_end]
    assert (items[0].source_start, items[0].source_end) == (first.start, first.end)
    page = response.content.decode()
    assert f"已立项 3 项：{prefix}-01、{prefix}-02、{prefix}-03" in page
    assert reverse("ledger:item_detail", args=[items[0].number]) in page
    county.refresh_from_db()
    assert county.status == Source.Status.FILED
    # The dropped row stays for the clerk to come back to; filing it later continues the numbers.
    assert list(county.proposals.values_list("pk", flat=True)) == [second.pk]
    sup.post(action_url(county, second, "accept"))
    sup.post(reverse("ledger:source_file", args=[county.pk]))
    assert Item.objects.order_by("-sequence").first().number == f"{prefix}-04"
    assert HistoryRecord.objects.filter(action="立项").count() == 4


def test_filing_with_nothing_accepted_shows_the_reason(county, sup):
    response = sup.post(reverse("ledger:source_file", args=[county.pk]), follow=True)
    assert "没有已采纳的事项" in response.content.decode()
    assert Item.objects.count() == 0


def test_filed_items_stay_highlighted(county, sup):
    county.proposals.update(decision=Proposal.Decision.ACCEPTED)
    sup.post(reverse("ledger:source_file", args=[county.pk]))
    page = sup.get(review_url(county)).content.decode()
    pane = source_text_html(page)
    for item in Item.objects.all():
        assert f'id="span-i{item.pk}"' in pane
    assert html.unescape(re.sub(r"<[^>]+>", "", pane)) == county.text
