"""码上督: citizens' feedback routed to the lead unit with a deadline, its limits, and the answer's way to
the public page (unit answers, supervisor approves)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from luoshi.ledger import feedback as service
from luoshi.ledger import workflow
from luoshi.ledger.models import ChainHead, Feedback, HistoryRecord, Item

from .conftest import client_for

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
FRIDAY = dt.date(2026, 5, 15)


@pytest.fixture
def item(signed, users) -> Item:
    """发改局 leads, 交通局 cooperates; published."""
    return workflow.edit_item(users["supervisor"], signed, version=signed.version, is_public=True)


def submit(item: Item, data: dict, address: str = "203.0.113.7", **headers):
    return client_for(None).post(reverse("ledger:public_item", args=[item.number]), data, REMOTE_ADDR=address,
                                 **headers)


def public_body(item: Item) -> str:
    return client_for(None).get(reverse("ledger:public_item", args=[item.number])).content.decode()


def test_submission_is_routed_to_the_lead_unit_with_a_deadline(item, units):
    response = submit(item, {"text": "工地夜间施工扰民", "contact": "13800001111"})
    fb = Feedback.objects.get()
    # the confirmation is the feedback's status page, by its 查询码
    assert response.status_code == 302 and response.url == f"/public/feedback/{fb.tracking}/?new=1"
    assert (fb.item, fb.unit, fb.status, fb.contact) == (item, units["发改局"], Feedback.Status.NEW, "13800001111")
    assert fb.response_due == service.add_working_days(timezone.localdate(), 2)
    assert "已收到您的反馈" in client_for(None).get(response.url).content.decode()


@pytest.mark.parametrize(("day", "days", "due"), [
    (FRIDAY, 2, dt.date(2026, 5, 19)),  # Friday → Tuesday
    (dt.date(2026, 5, 16), 2, dt.date(2026, 5, 19)),  # Saturday → Tuesday
    (dt.date(2026, 5, 18), 2, dt.date(2026, 5, 20)),  # Monday → Wednesday
    (dt.date(2026, 5, 14), 1, FRIDAY),  # Thursday → Friday
    (FRIDAY, 5, dt.date(2026, 5, 22)),
])
def test_working_days(day, days, due):
    assert service.add_working_days(day, days) == due


def test_response_days_are_configurable(item, settings):
    fb = service.submit_feedback(item, "线索", client_key="a" * 64, today=FRIDAY)
    assert fb.response_due == dt.date(2026, 5, 19)
    settings.LUOSHI_FEEDBACK_RESPONSE_DAYS = 5
    assert service.submit_feedback(item, "线索", client_key="a" * 64, today=FRIDAY).response_due == dt.date(2026, 5, 22)


def test_submission_writes_no_history_and_takes_no_chain_lock(item):
    records, head = HistoryRecord.objects.count(), ChainHead.objects.get(pk=1).seq
    with CaptureQueriesContext(connection) as queries:
        service.submit_feedback(item, "反映情况", client_key="b" * 64)
    sql = " ".join(q["sql"] for q in queries.captured_queries).lower()
    assert "chainhead" not in sql and "historyrecord" not in sql and "for update" not in sql
    assert len(queries.captured_queries) == 2  # the rate-limit count, the insert
    assert submit(item, {"text": "再反映"}).status_code == 302
    assert HistoryRecord.objects.count() == records and ChainHead.objects.get(pk=1).seq == head


def test_length_limits(item, settings):
    limit = settings.LUOSHI_FEEDBACK_MAX_CHARS
    too_long = submit(item, {"text": "长" * (limit + 1)})
    assert too_long.status_code == 400 and f"不能超过{limit}字" in too_long.content.decode()
    assert submit(item, {"text": "长" * 101, "contact": "1" * 101}).status_code == 400
    assert submit(item, {"text": "   "}).status_code == 400
    assert not Feedback.objects.exists()
    assert submit(item, {"text": "长" * limit, "contact": "1" * 100}).status_code == 302
    # a browser sends line breaks as CRLF; each counts as one character, as the textarea counted it
    assert submit(item, {"text": "行\r\n" * (limit // 2)}, "198.51.100.9").status_code == 302
    assert Feedback.objects.filter(text__contains="\r").count() == 0
    Feedback.objects.filter(text__startswith="行").delete()
    settings.LUOSHI_FEEDBACK_MAX_CHARS = 10
    assert submit(item, {"text": "长" * 11}).status_code == 400
    with pytest.raises(service.FeedbackError):
        service.submit_feedback(item, "长" * 11, client_key="c" * 64)
    assert Feedback.objects.count() == 1


def test_rate_limit_per_client(item, settings):
    allowed = settings.LUOSHI_FEEDBACK_PER_HOUR
    for n in range(allowed):
        assert submit(item, {"text": f"第{n}条"}, "198.51.100.1").status_code == 302
    refused = submit(item, {"text": "又一条"}, "198.51.100.1")
    assert refused.status_code == 429 and "提交过于频繁" in refused.content.decode()
    assert refused["Retry-After"] == "3600"
    # a forged X-Forwarded-For is not believed without a trusted proxy in front
    assert submit(item, {"text": "换个头"}, "198.51.100.1", HTTP_X_FORWARDED_FOR="192.0.2.9").status_code == 429
    assert submit(item, {"text": "另一位群众"}, "198.51.100.2").status_code == 302
    assert Feedback.objects.count() == allowed + 1
    # an hour later the client may write again
    Feedback.objects.update(created_at=timezone.now() - dt.timedelta(hours=1, minutes=1))
    assert submit(item, {"text": "一小时后"}, "198.51.100.1").status_code == 302


def test_trusted_proxy_counts_the_address_it_forwards(item, settings):
    settings.LUOSHI_TRUSTED_PROXY = True
    settings.LUOSHI_FEEDBACK_PER_HOUR = 1
    proxy = "10.0.0.2"
    assert submit(item, {"text": "一"}, proxy, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 302
    assert submit(item, {"text": "二"}, proxy, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429
    # what the client itself put first in the header is not its address: the proxy's last entry is
    assert submit(item, {"text": "三"}, proxy, HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.1").status_code == 429
    assert submit(item, {"text": "四"}, proxy, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 302


def test_client_key_is_a_keyed_hash_and_ipv6_counts_by_64(rf):
    key = service.client_key(rf.get("/", REMOTE_ADDR="198.51.100.1"))
    assert len(key) == 64 and "198.51.100.1" not in key
    assert key != service.client_key(rf.get("/", REMOTE_ADDR="198.51.100.2"))
    a = service.client_key(rf.get("/", REMOTE_ADDR="2001:db8:1:2::1"))
    b = service.client_key(rf.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9"))
    c = service.client_key(rf.get("/", REMOTE_ADDR="2001:db8:1:3::1"))
    assert a == b != c


def test_honeypot_gets_a_normal_answer_and_stores_nothing(item):
    response = submit(item, {"text": "买药请加微信", "website": "http://spam.example"})
    assert response.status_code == 302 and response.url.endswith("?sent=1#feedback")
    assert not Feedback.objects.exists()
    body = public_body(item)
    assert 'name="website"' in body and 'class="hp"' in body  # there for bots, hidden by the stylesheet


def test_feedback_on_an_unpublished_item_is_404(signed):
    assert submit(signed, {"text": "有问题"}).status_code == 404
    with pytest.raises(service.FeedbackError):
        service.submit_feedback(signed, "有问题", client_key="d" * 64)
    assert not Feedback.objects.exists()


def test_injection_is_inert_on_the_unit_list_and_the_public_page(item, users):
    assert submit(item, {"text": SCRIPT, "contact": "<b>13800001111</b>"}).status_code == 302
    fb = Feedback.objects.get()
    assert fb.text == SCRIPT  # stored as written, escaped when shown
    for who in ("unit", "supervisor", "leader"):
        body = client_for(users[who]).get(reverse("ledger:feedback_list")).content.decode()
        assert "<script>alert" not in body and "<img src=x" not in body and "<b>1380" not in body, who
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in body, who
    dashboard = client_for(users["unit"]).get(reverse("ledger:dashboard")).content.decode()
    assert "<script>alert" not in dashboard and "&lt;script&gt;" in dashboard
    service.answer_feedback(users["unit"], fb, "答复" + SCRIPT)
    service.review_feedback(users["supervisor"], fb, "publish")
    body = public_body(item)
    assert "<script>alert" not in body and "<img src=x" not in body
    assert body.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 2  # the feedback and the answer
    assert "13800001111" not in body


def test_only_the_lead_unit_answers(item, users):
    fb = service.submit_feedback(item, "反映", client_key="e" * 64)
    url = reverse("ledger:feedback_answer", args=[fb.pk])
    expected = {"other_unit": 404, "no_role": 404, "co_unit": 403, "leader": 403, "supervisor": 403}
    for who, status in expected.items():
        assert client_for(users[who]).post(url, {"answer": "答"}).status_code == status, who
    anonymous = client_for(None).post(url, {"answer": "答"})
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("login"))
    assert Feedback.objects.get(pk=fb.pk).status == Feedback.Status.NEW
    with pytest.raises(PermissionDenied):
        service.answer_feedback(users["co_unit"], fb, "答")
    assert client_for(users["unit"]).get(url).status_code == 405
    assert client_for(users["unit"]).post(url, {"answer": ""}).status_code == 302  # refused with a message
    assert Feedback.objects.get(pk=fb.pk).status == Feedback.Status.NEW
    assert client_for(users["unit"]).post(url, {"answer": "已核实处理"}).status_code == 302
    fb.refresh_from_db()
    assert (fb.status, fb.answer, fb.answered_by) == (Feedback.Status.ANSWERED, "已核实处理", users["unit"])
    record = HistoryRecord.objects.filter(action="答复群众反馈").get()
    assert record.item_id == item.pk and record.after["反馈"] == "反映" and record.after["答复"] == "已核实处理"
    with pytest.raises(service.FeedbackError):  # answered already
        service.answer_feedback(users["unit"], fb, "再答")


def test_only_the_supervisor_reviews(item, users):
    fb = service.submit_feedback(item, "反映", client_key="f" * 64)
    service.answer_feedback(users["unit"], fb, "答复")
    url = reverse("ledger:feedback_review", args=[fb.pk])
    for who, status in {"unit": 403, "co_unit": 403, "leader": 403, "other_unit": 404, "no_role": 404}.items():
        assert client_for(users[who]).post(url, {"decision": "publish"}).status_code == status, who
    assert Feedback.objects.get(pk=fb.pk).status == Feedback.Status.ANSWERED
    assert client_for(users["supervisor"]).post(url, {"decision": "publish"}).status_code == 302
    fb.refresh_from_db()
    assert fb.status == Feedback.Status.PUBLISHED and fb.reviewed_by == users["supervisor"]
    assert HistoryRecord.objects.filter(action="审核群众反馈", item=item).count() == 1


def test_the_answer_is_public_only_after_approval(item, users):
    fb = service.submit_feedback(item, "路灯不亮", client_key="g" * 64)
    assert "路灯不亮" not in public_body(item)
    service.answer_feedback(users["unit"], fb, "已安排维修")
    assert "已安排维修" not in public_body(item) and "路灯不亮" not in public_body(item)
    # sent back: a reason is required, the unit sees it, the deadline runs on
    with pytest.raises(service.FeedbackError):
        service.review_feedback(users["supervisor"], fb, "return")
    service.review_feedback(users["supervisor"], fb, "return", note="请写明维修完成时间")
    fb.refresh_from_db()
    assert fb.status == Feedback.Status.NEW and fb.answered_at is None
    unit_list = client_for(users["unit"]).get(reverse("ledger:feedback_list")).content.decode()
    assert "请写明维修完成时间" in unit_list and "上次答复" in unit_list
    assert "已安排维修" not in public_body(item)
    service.answer_feedback(users["unit"], fb, "已安排维修，5月20日前完成")
    service.review_feedback(users["supervisor"], fb, "publish")
    body = public_body(item)
    assert "路灯不亮" in body and "已安排维修，5月20日前完成" in body and "请写明维修完成时间" not in body
    # withdrawn: off the page again
    service.review_feedback(users["supervisor"], fb, "dismiss", note="涉及个人隐私")
    assert "路灯不亮" not in public_body(item)


def test_spam_can_be_dismissed_unanswered(item, users):
    fb = service.submit_feedback(item, "广告", client_key="h" * 64)
    with pytest.raises(service.FeedbackError):
        service.review_feedback(users["supervisor"], fb, "publish")  # nothing to publish yet
    service.review_feedback(users["supervisor"], fb, "dismiss")
    assert Feedback.objects.get(pk=fb.pk).status == Feedback.Status.DISMISSED
    with pytest.raises(service.FeedbackError):
        service.answer_feedback(users["unit"], fb, "答")


def test_lists_dashboard_and_badges(item, users, units):
    fb = service.submit_feedback(item, "井盖缺失", client_key="i" * 64, today=FRIDAY - dt.timedelta(days=30))
    unit_list = client_for(users["unit"]).get(reverse("ledger:feedback_list")).content.decode()
    assert "井盖缺失" in unit_list and "已超时" in unit_list and fb.response_due.isoformat() in unit_list
    assert f'action="{reverse("ledger:feedback_answer", args=[fb.pk])}"' in unit_list
    assert "井盖缺失" not in client_for(users["other_unit"]).get(reverse("ledger:feedback_list")).content.decode()
    assert "井盖缺失" not in client_for(users["co_unit"]).get(reverse("ledger:feedback_list")).content.decode()
    leader = client_for(users["leader"]).get(reverse("ledger:feedback_list")).content.decode()
    assert "井盖缺失" in leader and 'class="answer-form"' not in leader and 'class="review-form"' not in leader
    dashboard = client_for(users["unit"]).get(reverse("ledger:dashboard")).content.decode()
    assert "群众反馈（核查）" in dashboard and "井盖缺失" in dashboard and fb.response_due.isoformat() in dashboard
    assert '群众反馈 <span class="badge">1</span>' in dashboard
    supervisor = client_for(users["supervisor"]).get(reverse("ledger:dashboard")).content.decode()
    assert '群众反馈 <span class="badge">' not in supervisor  # nothing answered to review yet
    service.answer_feedback(users["unit"], fb, "已补装")
    supervisor = client_for(users["supervisor"]).get(reverse("ledger:feedback_list")).content.decode()
    assert '群众反馈 <span class="badge">1</span>' in supervisor
    assert f'action="{reverse("ledger:feedback_review", args=[fb.pk])}"' in supervisor
    anonymous = client_for(None).get(reverse("ledger:feedback_list"))
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("login"))
    assert "井盖缺失" not in client_for(users["no_role"]).get(reverse("ledger:feedback_list")).content.decode()
    filtered = client_for(users["leader"]).get(reverse("ledger:feedback_list"), {"status": "published"})
    assert "井盖缺失" not in filtered.content.decode()


def test_a_refused_csrf_token_gets_a_chinese_page(item):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        reverse("ledger:public_item", args=[item.number]), {"text": "路灯坏了"})
    assert response.status_code == 403
    assert "提交未成功" in response.content.decode() and "Cookie" in response.content.decode()
