"""Notifications outside the app (issue 12, point 13): what each workflow change queues, the reminder scan's
idempotence, the exact JSON and 加签 the robots receive (a local fake server stands in for 钉钉 and 企业微信),
e-mail through Django's locmem backend, retries with backoff, and the 督查室's configuration pages."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from luoshi.ledger import feedback, workflow
from luoshi.ledger.models import HistoryRecord, Item
from luoshi.ledger.notify import events, outbox
from luoshi.ledger.notify.models import Channel, Delivery, Message
from luoshi.ledger.notify.transports import check_webhook, email_recipients

from .conftest import client_for

SECRET = "SECtest0123456789abcdef"


class FakeRobots:
    """钉钉 and 企业微信 on 127.0.0.1: records each request, answers from a script (default: errcode 0)."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.answers: list[tuple[int, dict]] = []
        robots = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                parts = urllib.parse.urlsplit(self.path)
                robots.requests.append({"path": parts.path, "query": urllib.parse.parse_qs(parts.query),
                                        "raw_query": parts.query, "json": json.loads(body.decode("utf-8")),
                                        "content_type": self.headers["Content-Type"]})
                status, answer = robots.answers.pop(0) if robots.answers else (200, {"errcode": 0, "errmsg": "ok"})
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def robots():
    fake = FakeRobots()
    yield fake
    fake.close()


@pytest.fixture
def channels(units, robots) -> dict[str, Channel]:
    """发改局 on a signed 钉钉 robot, 交通局 on a 企业微信 robot, the 督查室 by e-mail."""
    return {
        "ding": Channel.objects.create(unit=units["发改局"], name="发改局工作群", kind=Channel.Kind.DINGTALK,
                                       address=f"{robots.url}/robot/send?access_token=tok1", secret=SECRET,
                                       events=events.UNIT_DEFAULT),
        "wecom": Channel.objects.create(unit=units["交通局"], kind=Channel.Kind.WECOM,
                                        address=f"{robots.url}/cgi-bin/webhook/send?key=k2",
                                        events=events.UNIT_DEFAULT),
        "office": Channel.objects.create(unit=None, kind=Channel.Kind.EMAIL, address="dcs@example.gov.cn",
                                         events=events.OFFICE_DEFAULT),
    }


def _events(channel: Channel) -> list[str]:
    return sorted(channel.messages.values_list("event", flat=True))


# ---------------------------------------------------------------------------------------------- the robots


def test_assign_reaches_the_lead_units_dingtalk_signed_and_the_co_units_wecom(channels, assigned, robots):
    assert _events(channels["ding"]) == ["assigned"] and _events(channels["wecom"]) == ["assigned"]
    assert _events(channels["office"]) == []  # 交办 is the 督查室's own act
    before = int(timezone.now().timestamp() * 1000)
    counts = outbox.send_due()
    assert (counts.sent, counts.posts, counts.failed) == (2, 2, 0)
    ding = next(r for r in robots.requests if r["path"] == "/robot/send")
    wecom = next(r for r in robots.requests if r["path"] == "/cgi-bin/webhook/send")

    title = f"【督办】交办：{assigned.number} {assigned.content[:29]}"
    assert set(ding["json"]) == {"msgtype", "markdown"} and ding["json"]["msgtype"] == "markdown"
    assert set(ding["json"]["markdown"]) == {"title", "text"}
    assert ding["json"]["markdown"]["title"].startswith(f"【督办】交办：{assigned.number}")
    text = ding["json"]["markdown"]["text"]
    assert text.startswith(f"#### {ding['json']['markdown']['title']}\n\n")
    assert "牵头单位：发改局；配合单位：交通局" in text and "责任人：张三" in text
    assert title[:20] in ding["json"]["markdown"]["title"]
    # 加签: timestamp in ms, sign = urlencode(base64(HMAC-SHA256(secret, f"{timestamp}\n{secret}")))
    assert ding["query"]["access_token"] == ["tok1"]
    timestamp = int(ding["query"]["timestamp"][0])
    assert before <= timestamp <= int(timezone.now().timestamp() * 1000)
    expected = base64.b64encode(hmac.new(SECRET.encode(), f"{timestamp}\n{SECRET}".encode(), hashlib.sha256).digest())
    assert ding["query"]["sign"] == [expected.decode()]
    assert f"sign={urllib.parse.quote_plus(expected)}" in ding["raw_query"]
    assert ding["content_type"] == "application/json; charset=utf-8"

    assert wecom["json"] == {"msgtype": "markdown", "markdown": {"content": wecom["json"]["markdown"]["content"]}}
    content = wecom["json"]["markdown"]["content"]
    assert content.startswith(f"**【督办】交办：{assigned.number}") and "> 请及时登录督办台账签收办理。" in content
    assert "timestamp" not in wecom["query"]

    message = channels["ding"].messages.get()
    assert message.status == Message.Status.SENT and message.attempts == 1
    assert list(message.deliveries.values_list("ok", "http_status")) == [(True, 200)]


def test_user_text_cannot_restyle_a_notice_and_the_link_is_the_ledgers(channels, assigned, users, robots, settings):
    settings.LUOSHI_PUBLIC_URL = "https://duban.example.gov.cn"
    workflow.remind(users["supervisor"], assigned, "请看[这里](http://evil.example) <font>**马上**</font>")
    outbox.send_due()
    text = next(r for r in robots.requests if r["path"] == "/robot/send")["json"]["markdown"]["text"]
    assert "](http://evil.example)" not in text and "<font>" not in text and "**马上**" not in text
    assert "［这里］(http://evil.example) ＜font＞＊＊马上＊＊" in text
    assert text.endswith(f"\n\n[查看事项](https://duban.example.gov.cn/items/{assigned.number}/)")


def test_several_notices_for_one_robot_go_in_one_post(channels, items, users, units, robots):
    deadline = timezone.localdate() + dt.timedelta(days=30)
    workflow.assign_many(users["supervisor"], [(i, i.version) for i in items], lead_unit=units["交通局"],
                         deadline=deadline)
    assert channels["wecom"].messages.count() == len(items) > 1
    counts = outbox.send_due()
    assert counts.posts == 1 and counts.sent == len(items)
    content = robots.requests[0]["json"]["markdown"]["content"]
    assert content.startswith(f"**【督办】{len(items)}条通知：交办{len(items)}条**")
    assert all(item.number in content for item in items)
    assert len(content.encode("utf-8")) <= 4096
    posts = set(Delivery.objects.values_list("post", flat=True))
    assert len(posts) == 1


# ---------------------------------------------------------------------------------------------- e-mail


def test_office_gets_requests_by_email(channels, signed, users):
    workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline + dt.timedelta(days=30),
                               reason="征地手续未完成")
    assert _events(channels["office"]) == ["extension_requested"]
    assert "extension_requested" not in _events(channels["ding"])  # the unit asked; the office decides
    outbox.send_due()
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["dcs@example.gov.cn"]
    assert sent.subject.startswith(f"【督办】申请延期：{signed.number}")
    assert "征地手续未完成" in sent.body and "发改局申请将完成时限由" in sent.body


def test_email_refused_recipient_is_a_failure_without_retry(channels, assigned, settings, monkeypatch):
    import smtplib

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPRecipientsRefused({"dcs@example.gov.cn": (550, b"no such user")})

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    Message.objects.create(channel=channels["office"], key="k-email", event="overdue", title="t", body="b",
                           next_attempt_at=timezone.now())
    outbox.send_due(only=list(Message.objects.filter(key="k-email").values_list("pk", flat=True)))
    message = Message.objects.get(key="k-email")
    assert message.status == Message.Status.FAILED and message.attempts == 1
    assert "收件人被拒绝" in message.last_error


# ---------------------------------------------------------------------------------------------- every event


def test_each_workflow_event_is_queued_for_whom_it_concerns(channels, signed, users):
    supervisor, unit, leader = users["supervisor"], users["unit"], users["leader"]
    workflow.remind(supervisor, signed, "请于本周报送进展")
    request = workflow.request_extension(unit, signed, new_deadline=signed.deadline + dt.timedelta(days=10),
                                         reason="理由")
    workflow.decide_extension(leader, request, approve=True, note="同意")
    refused = workflow.request_extension(unit, Item.objects.get(pk=signed.pk),
                                         new_deadline=signed.deadline + dt.timedelta(days=40), reason="再延")
    workflow.decide_extension(leader, refused, approve=False, note="不同意")
    workflow.instruct(leader, Item.objects.get(pk=signed.pk), text="抓紧推进，按期办结",
                      report_due=timezone.localdate() + dt.timedelta(days=5))
    item = Item.objects.get(pk=signed.pk)
    workflow.complete(unit, item, version=item.version, text="已完成")
    assert _events(channels["ding"]) == sorted(
        ["assigned", "urged", "extension_decided", "extension_decided", "instruction"])
    assert _events(channels["office"]) == sorted(
        ["extension_requested", "extension_requested", "completion_requested"])
    assert _events(channels["wecom"]) == sorted(["assigned", "instruction"])  # 交通局 cooperates
    decided = channels["ding"].messages.filter(event="extension_decided").order_by("pk")
    assert "延期申请已批准，完成时限调整为" in decided[0].body and "审批意见：同意" in decided[0].body
    assert "延期申请未获批准" in decided[1].body
    note = channels["ding"].messages.get(event="instruction")
    assert note.title.startswith("【督办】领导批示：事项") and "抓紧推进，按期办结" in note.body


def test_an_instruction_on_a_document_reaches_the_units_of_its_items(channels, assigned, source, users):
    workflow.instruct_source(users["leader"], source, text="各单位对照任务逐项落实")
    message = channels["ding"].messages.get(event="instruction")
    assert message.title == f"【督办】领导批示：文件 {source.number} {source.title}"[:200]
    assert "各单位对照任务逐项落实" in message.body and message.item is None
    assert not channels["wecom"].messages.filter(event="instruction").exists()  # only items it leads count


def test_a_light_turning_red_for_a_missed_report_is_sent_but_not_for_the_deadline(channels, signed):
    missed_report = timezone.localdate() + dt.timedelta(days=signed.cadence_days + 2)
    assert workflow.refresh_light(signed, missed_report)
    message = channels["ding"].messages.get(event="red_light")
    assert message.title == f"【督办】红灯预警：{signed.number} 已{signed.cadence_days + 2}天未报送进展（报送周期30天）"
    workflow.refresh_light(signed, timezone.localdate())  # back to green: nothing
    assert workflow.refresh_light(signed, signed.deadline + dt.timedelta(days=1))  # red for 逾期: the scan's
    assert channels["ding"].messages.filter(event="red_light").count() == 1


def test_a_return_reaches_the_office(channels, signed, users):
    workflow.return_item(users["unit"], signed, version=signed.version, reason="不属于本单位职责")
    message = channels["office"].messages.get(event="returned")
    assert "发改局退回了交办" in message.body and "不属于本单位职责" in message.body


def test_a_change_that_rolls_back_queues_nothing(channels, assigned, users):
    queued = Message.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.remind(users["supervisor"], assigned, "催一下")
        assert Message.objects.count() == queued + 1  # queued in the change's own transaction…
        raise RuntimeError("the request failed after the change")
    assert Message.objects.count() == queued  # …so it went with it
    assert not HistoryRecord.objects.filter(action="催办").exists()


def test_a_failure_to_queue_never_fails_the_change(channels, assigned, users, monkeypatch):
    def broken(notices, channels=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(events, "queue", broken)
    workflow.remind(users["supervisor"], assigned, "催一下")
    assert HistoryRecord.objects.filter(action="催办").exists()


def test_a_disabled_channel_or_unsubscribed_event_gets_nothing(channels, units, items, users):
    channels["ding"].enabled = False
    channels["ding"].save()
    channels["wecom"].events = ["overdue"]
    channels["wecom"].save()
    item = items[0]
    workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["发改局"],
                    co_units=[units["交通局"]], deadline=timezone.localdate() + dt.timedelta(days=9))
    assert Message.objects.count() == 0


def test_queued_for_a_channel_disabled_since_is_cancelled(channels, assigned):
    channels["ding"].enabled = False
    channels["ding"].save()
    outbox.send_due()
    message = channels["ding"].messages.get()
    assert message.status == Message.Status.CANCELLED and not message.deliveries.exists()


# ---------------------------------------------------------------------------------------------- reminders


def test_deadline_reminders_once_per_threshold(channels, signed, settings):
    settings.LUOSHI_REMIND_DAYS = (7, 3, 1)
    deadline = signed.deadline
    assert events.scan(deadline - dt.timedelta(days=10)).queued == {}
    first = events.scan(deadline - dt.timedelta(days=5))
    assert first.queued == {"due_soon": 1}
    again = events.scan(deadline - dt.timedelta(days=5))
    assert again.queued == {}
    assert events.scan(deadline - dt.timedelta(days=4)).queued == {}  # still the 7-day stage
    assert events.scan(deadline - dt.timedelta(days=2)).queued == {"due_soon": 1}  # 3-day stage, caught up
    assert events.scan(deadline).queued == {"due_soon": 1}  # the 1-day stage, on the day itself
    assert events.scan(deadline + dt.timedelta(days=2)).queued == {"overdue": 2}  # the unit and the 督查室
    assert events.scan(deadline + dt.timedelta(days=3)).queued == {}
    titles = list(channels["ding"].messages.exclude(event="assigned").order_by("pk").values_list("title", flat=True))
    assert titles == [f"【督办】临近到期：{signed.number}（5天后到期）", f"【督办】临近到期：{signed.number}（2天后到期）",
                      f"【督办】临近到期：{signed.number}（今天到期）", f"【督办】逾期：{signed.number}（已逾期2天）"]
    keys = set(channels["ding"].messages.values_list("key", flat=True))
    assert f"due_soon:i{signed.pk}:{deadline.isoformat()}:d7:c{channels['ding'].pk}" in keys


def test_an_extended_deadline_starts_its_reminders_again(channels, signed, users, settings):
    settings.LUOSHI_REMIND_DAYS = (3,)
    old = signed.deadline
    request = workflow.request_extension(users["unit"], signed, new_deadline=old + dt.timedelta(days=20), reason="r")
    workflow.decide_extension(users["leader"], request, approve=True)
    assert events.scan(old - dt.timedelta(days=1)).queued == {}  # the old deadline no longer counts
    assert events.scan(old + dt.timedelta(days=18)).queued == {"due_soon": 1}


def test_reminders_skip_closed_and_returned_items(channels, signed, users, settings):
    workflow.return_item(users["unit"], signed, version=signed.version, reason="不是我们的")
    assert events.scan(signed.deadline + dt.timedelta(days=1)).queued == {}


def test_the_remind_command_queues_sends_and_says_so(channels, signed, robots, capsys):
    call_command("ledger_remind", date=signed.deadline - dt.timedelta(days=1))
    out = capsys.readouterr().out
    assert f"{(signed.deadline - dt.timedelta(days=1)).isoformat()}：新提醒 临近到期 1" in out
    assert "发送 3 条" in out  # the 交办 to both robots and the reminder
    call_command("ledger_remind", date=signed.deadline - dt.timedelta(days=1))
    assert "新提醒 无；发送 0 条" in capsys.readouterr().out


def test_feedback_answer_deadlines(channels, signed, users, settings):
    settings.LUOSHI_FEEDBACK_REMIND_DAYS = (1,)
    Item.objects.filter(pk=signed.pk).update(is_public=True)
    item = Item.objects.get(pk=signed.pk)
    day = dt.date(2026, 3, 2)  # a Monday: due Wednesday
    waiting = feedback.submit_feedback(item, "路灯坏了", client_key="c1", today=day)
    answered = feedback.submit_feedback(item, "另一个问题", client_key="c2", today=day)
    feedback.answer_feedback(users["unit"], answered, "已修复")
    assert events.scan(day).queued == {}
    assert events.scan(waiting.response_due - dt.timedelta(days=1)).queued == {"feedback_due": 1}
    assert events.scan(waiting.response_due + dt.timedelta(days=1)).queued == {"feedback_overdue": 2}
    body = channels["ding"].messages.get(event="feedback_overdue").body
    assert f"群众反馈 #{waiting.pk}" in body and "路灯坏了" not in body  # the citizen's words stay in the ledger


def test_report_requested_by_a_leader(channels, signed, users, settings):
    settings.LUOSHI_REMIND_DAYS = (1,)
    due = timezone.localdate() + dt.timedelta(days=5)
    workflow.instruct(users["leader"], signed, text="请报告进展", report_due=due)
    assert events.scan(due - dt.timedelta(days=1)).queued == {"report_due": 1}
    assert events.scan(due).queued == {}  # the one-day reminder was sent already
    workflow.report_progress(users["unit"], Item.objects.get(pk=signed.pk), text="进展", percent=40)
    Message.objects.filter(event="report_due").delete()
    assert events.scan(due - dt.timedelta(days=1)).queued == {}  # reported since: nothing to remind


# ---------------------------------------------------------------------------------------------- retries


def _one(channel: Channel) -> Message:
    return Message.objects.create(channel=channel, key=f"k{channel.pk}", event="overdue", title="【督办】逾期",
                                  body="事项", next_attempt_at=timezone.now())


def test_retry_after_a_500_then_success(channels, robots, settings):
    settings.LUOSHI_NOTIFY_RETRY_SECONDS = 60
    message = _one(channels["wecom"])
    robots.answers = [(500, {"error": "busy"})]
    now = timezone.now()
    assert outbox.send_due(now).retrying == 1
    message.refresh_from_db()
    assert (message.status, message.attempts, message.next_attempt_at) == (
        Message.Status.PENDING, 1, message.deliveries.get().at + dt.timedelta(seconds=60))
    assert message.last_error == "HTTP 500（对方服务出错）"
    assert outbox.send_due(now + dt.timedelta(seconds=30)).posts == 0  # backing off
    assert outbox.send_due(message.next_attempt_at).sent == 1
    message.refresh_from_db()
    assert message.status == Message.Status.SENT and message.attempts == 2 and message.last_error == ""
    assert list(message.deliveries.order_by("at").values_list("ok", "http_status")) == [(False, 500), (True, 200)]
    assert len(robots.requests) == 2


def test_failed_after_the_maximum_attempts_with_doubling_waits(channels, robots, settings):
    settings.LUOSHI_NOTIFY_MAX_ATTEMPTS = 3
    settings.LUOSHI_NOTIFY_RETRY_SECONDS = 10
    message = _one(channels["wecom"])
    robots.answers = [(503, {})] * 5
    waits = []
    for _ in range(3):
        message.refresh_from_db()
        outbox.send_due(message.next_attempt_at)
        message.refresh_from_db()
        waits.append(message.next_attempt_at - message.deliveries.first().at)
    assert message.status == Message.Status.FAILED and message.attempts == 3
    assert waits[:2] == [dt.timedelta(seconds=10), dt.timedelta(seconds=20)]
    assert message.deliveries.count() == 3 and len(robots.requests) == 3
    outbox.send_due(timezone.now() + dt.timedelta(days=1))
    assert len(robots.requests) == 3  # failed stays failed until someone resends it
    outbox.retry(message)
    robots.answers = []
    outbox.send_due()
    message.refresh_from_db()
    assert message.status == Message.Status.SENT


def test_a_refusal_that_cannot_heal_fails_at_once(channels, robots):
    message = _one(channels["ding"])
    robots.answers = [(200, {"errcode": 310000, "errmsg": "sign not match"})]
    outbox.send_due()
    message.refresh_from_db()
    assert message.status == Message.Status.FAILED and message.attempts == 1
    assert message.last_error == "与钉钉机器人的安全设置不符：检查加签密钥、关键词“督办”或 IP 白名单（errcode 310000：sign not match）"


def test_rate_limited_by_the_robot_is_retried(channels, robots):
    message = _one(channels["wecom"])
    robots.answers = [(200, {"errcode": 45009, "errmsg": "api freq out of limit"})]
    outbox.send_due()
    message.refresh_from_db()
    assert message.status == Message.Status.PENDING and message.attempts == 1


def test_an_unreachable_robot_is_retried(channels, robots):
    robots.close()
    message = _one(channels["wecom"])
    outbox.send_due()
    message.refresh_from_db()
    assert message.status == Message.Status.PENDING and message.last_error.startswith("连接失败：对方拒绝连接")
    robots.server = type("Closed", (), {"shutdown": lambda self: None, "server_close": lambda self: None})()


def test_two_senders_never_send_one_message_twice(channels, robots, settings):
    settings.LUOSHI_NOTIFY_TIMEOUT = 10
    message = _one(channels["wecom"])
    now = timezone.now()

    def due(at):
        return Message.objects.filter(status=Message.Status.PENDING, next_attempt_at__lte=at)

    assert [m.pk for m in outbox._claim(now, due(now))] == [message.pk]
    assert outbox._claim(now, due(now)) == []  # held by the first round until its lease ends
    held = outbox.lease(channels["wecom"])
    assert held == dt.timedelta(seconds=20 * 10 + 60)  # 20 posts that all time out, and a minute
    later = now + held + dt.timedelta(seconds=1)  # the first round died mid-send: tried again
    assert [m.pk for m in outbox._claim(later, due(later))] == [message.pk]


def test_a_channel_that_is_down_gets_one_post_a_round(channels, robots, settings):
    for n in range(25):
        Message.objects.create(channel=channels["wecom"], key=f"many{n}", event="overdue", title=f"【督办】逾期{n}",
                               body="事项", next_attempt_at=timezone.now())
    robots.answers = [(502, {})]
    counts = outbox.send_due()
    assert counts.posts == 1 and len(robots.requests) == 1
    assert Delivery.objects.count() == 10  # the first post's ten, each logged
    waiting = Message.objects.filter(status=Message.Status.PENDING)
    assert waiting.count() == 25 and len(set(waiting.values_list("next_attempt_at", flat=True))) == 1
    assert set(waiting.values_list("claim", flat=True)) == {""}


# ---------------------------------------------------------------------------------------------- addresses


def test_webhook_addresses_must_be_https_or_loopback():
    assert check_webhook("https://oapi.dingtalk.com/robot/send?access_token=x")
    assert check_webhook("http://127.0.0.1:8080/robot") and check_webhook("http://localhost/robot")
    for bad in ("http://oapi.dingtalk.com/robot/send", "ftp://127.0.0.1/", "javascript:alert(1)", "https://",
                "http://10.0.0.5/robot"):
        with pytest.raises(ValidationError):
            check_webhook(bad)


def test_email_addresses_are_checked():
    assert email_recipients("a@x.gov.cn，b@x.gov.cn; c@x.gov.cn") == ["a@x.gov.cn", "b@x.gov.cn", "c@x.gov.cn"]
    with pytest.raises(ValidationError, match="格式不正确"):
        email_recipients("a@x.gov.cn, not-an-address")


# ---------------------------------------------------------------------------------------------- the pages


def test_only_the_supervisor_reaches_the_notification_pages(channels, users):
    message = _one(channels["wecom"])
    pages = ["/notify/", "/notify/channels/new/", f"/notify/channels/{channels['ding'].pk}/", "/notify/outbox/",
             f"/notify/outbox/{message.pk}/"]
    posts = [f"/notify/channels/{channels['ding'].pk}/toggle/", f"/notify/channels/{channels['ding'].pk}/test/",
             f"/notify/outbox/{message.pk}/retry/", "/notify/channels/new/"]
    for role in ("leader", "unit", "no_role"):
        client = client_for(users[role])
        assert all(client.get(page).status_code == 403 for page in pages), role
        assert all(client.post(page, {}).status_code == 403 for page in posts), role
    anonymous = client_for(None)
    assert anonymous.get("/notify/").status_code == 302
    assert Channel.objects.get(pk=channels["ding"].pk).enabled  # nothing changed
    supervisor = client_for(users["supervisor"])
    assert all(supervisor.get(page).status_code == 200 for page in pages)
    assert "消息通知" in supervisor.get("/").content.decode()
    assert "消息通知" not in client_for(users["unit"]).get("/").content.decode()


def test_supervisor_adds_a_robot_and_the_history_keeps_no_token(users, units, robots):
    client = client_for(users["supervisor"])
    form = {"unit": units["住建局"].pk, "name": "住建局群", "kind": "dingtalk", "secret": SECRET,
            "address": f"{robots.url}/robot/send?access_token=very-secret-token",
            "events": ["assigned", "overdue"], "enabled": "on"}
    response = client.post("/notify/channels/new/", form)
    assert response.status_code == 302
    channel = Channel.objects.get(name="住建局群")
    assert (channel.secret, channel.events, channel.unit) == (SECRET, ["assigned", "overdue"], units["住建局"])
    record = HistoryRecord.objects.get(action="新增通知渠道")
    assert "very-secret-token" not in json.dumps(record.after, ensure_ascii=False) and SECRET not in str(record.after)
    page = client.get("/notify/").content.decode()
    assert "very-secret-token" not in page and SECRET not in page and "住建局群" in page

    # edited with the secret left blank: the secret stays
    edit = {**form, "secret": "", "name": "住建局工作群"}
    assert client.post(f"/notify/channels/{channel.pk}/", edit).status_code == 302
    channel.refresh_from_db()
    assert channel.secret == SECRET and channel.name == "住建局工作群"
    assert SECRET not in client.get(f"/notify/channels/{channel.pk}/").content.decode()

    # a test message goes out now, signed
    response = client.post(f"/notify/channels/{channel.pk}/test/")
    assert response.status_code == 302
    assert robots.requests[-1]["json"]["markdown"]["title"] == "【督办】测试消息"
    assert "sign" in robots.requests[-1]["query"]

    switch_off = {"submission_key": "k-toggle-1"}
    assert client.post(f"/notify/channels/{channel.pk}/toggle/", switch_off).status_code == 302
    channel.refresh_from_db()
    assert not channel.enabled and HistoryRecord.objects.filter(action="停用通知渠道").exists()
    client.post(f"/notify/channels/{channel.pk}/toggle/", switch_off)  # the browser's resend
    channel.refresh_from_db()
    assert not channel.enabled  # not switched back on


def test_the_form_refuses_a_plain_http_robot_and_bad_mail(users, units):
    client = client_for(users["supervisor"])
    response = client.post("/notify/channels/new/", {"kind": "wecom", "address": "http://qyapi.weixin.qq.com/x",
                                                     "events": ["assigned"], "enabled": "on"})
    assert response.status_code == 400 and "须以 https:// 开头" in response.content.decode()
    response = client.post("/notify/channels/new/", {"kind": "email", "address": "dcs at gov",
                                                     "events": ["assigned"], "enabled": "on"})
    assert response.status_code == 400 and "格式不正确" in response.content.decode()
    assert not Channel.objects.exists()


def test_the_outbox_page_shows_failures_and_resends(channels, robots, users):
    message = _one(channels["wecom"])
    robots.answers = [(200, {"errcode": 93000, "errmsg": "invalid webhook url"})]
    outbox.send_due()
    client = client_for(users["supervisor"])
    listing = client.get("/notify/outbox/?status=failed").content.decode()
    assert "errcode 93000" in listing and "发送失败" in listing
    detail = client.get(f"/notify/outbox/{message.pk}/").content.decode()
    assert "重新发送" in detail and "invalid webhook url" in detail
    assert client.post(f"/notify/outbox/{message.pk}/retry/").status_code == 302
    message.refresh_from_db()
    assert message.status == Message.Status.PENDING and message.attempts == 0
    assert client.get("/notify/outbox/?status=bogus&channel=99999999999999999999&page=x").status_code == 200


# ---------------------------------------------------------------------------------------------- luoshi serve


@pytest.mark.django_db(transaction=True)
def test_the_serving_process_sends_a_committed_change_at_once(robots, settings):
    """The thread `luoshi serve` starts: woken by the commit of a 催办, it sends it without waiting its period."""
    import time

    from luoshi.ledger.models import Unit
    from luoshi.ledger.notify import scheduler
    from luoshi.server import serve

    from .conftest import make_user

    unit = Unit.objects.create(name="发改局")
    Channel.objects.create(unit=unit, kind=Channel.Kind.WECOM, address=f"{robots.url}/wecom?key=1",
                           events=["urged"])
    supervisor = make_user("dcs", "supervisor")
    item = Item.objects.create(source=_bare_source(supervisor), sequence=1, number="2026-001-01", content="修路",
                               source_start=0, source_end=2, evidence="修路", lead_unit=unit,
                               status=Item.Status.IN_PROGRESS)
    settings.LUOSHI_NOTIFY_INTERVAL = 3600  # no scan, no minute tick within this test
    for started in serve.PROCESS_STARTED:  # what every serving process runs once it is ready
        started()
    thread = scheduler._started
    try:
        workflow.remind(supervisor, item, "请加快进度")
        give_up = time.monotonic() + 30
        while not robots.requests and time.monotonic() < give_up:
            time.sleep(0.05)
    finally:
        scheduler.stop_background()
    assert thread is not None and not thread.is_alive()
    assert len(robots.requests) == 1 and "请加快进度" in robots.requests[0]["json"]["markdown"]["content"]
    assert Message.objects.get().status == Message.Status.SENT
    assert scheduler.start_background(interval=0) is None  # 0: cron only


def _bare_source(user):
    from luoshi.ledger.models import Source

    return Source.objects.create(year=2026, sequence=1, title="t", text="修路", uploaded_by=user)
