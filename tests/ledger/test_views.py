"""Every role against every view: who sees what, who may do what, enforced on the server."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from luoshi.ledger import workflow
from luoshi.ledger.models import Attachment, ExtensionRequest, Item, Milestone

from .conftest import client_for

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "supervisor", "leader", "unit", "co_unit", "other_unit", "no_role"]


def get(users, who, url):
    return client_for(None if who == "anonymous" else users[who]).get(url)


def post(users, who, url, data=None):
    return client_for(None if who == "anonymous" else users[who]).post(url, data or {})


@pytest.fixture
def world(signed, users):
    """An item in progress with a report, an attachment, a milestone and a pending extension."""
    report = workflow.report_progress(users["unit"], signed, text="进展", percent=10,
                                      files=[SimpleUploadedFile("a.txt", b"evidence")])
    milestone = workflow.add_milestone(users["supervisor"], signed, title="完成招标",
                                       due=timezone.localdate() + dt.timedelta(days=5))
    extension = workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline + dt.timedelta(days=5),
                                           reason="理由")
    return {"item": Item.objects.get(pk=signed.pk), "attachment": report.attachments.get(), "milestone": milestone,
            "extension": extension}


# (view, expected status for each role in ROLES order). 302 = to the login page.
PAGES = {
    "dashboard": [302, 200, 200, 200, 200, 200, 200],
    "item_list": [302, 200, 200, 200, 200, 200, 200],
    "item_detail": [302, 200, 200, 200, 200, 404, 404],
    "attachment": [302, 200, 200, 200, 200, 404, 404],
    "source_list": [302, 200, 403, 403, 403, 403, 403],
    "source_new": [302, 200, 403, 403, 403, 403, 403],
    "source_review": [302, 200, 403, 403, 403, 403, 403],
    "unit_list": [302, 200, 403, 403, 403, 403, 403],
    "unit_detail": [302, 200, 403, 403, 403, 403, 403],
    "api_item_list": [401, 200, 200, 200, 200, 200, 200],
    "api_item_detail": [401, 200, 200, 200, 200, 404, 404],
}


def page_url(name, world, units):
    item = world["item"]
    args = {
        "item_detail": [item.number], "attachment": [world["attachment"].pk], "source_review": [item.source_id],
        "unit_detail": [units["发改局"].pk], "api_item_detail": [item.number],
    }.get(name, [])
    return reverse(f"ledger:{name}", args=args)


@pytest.mark.parametrize("name", PAGES)
def test_every_page_for_every_role(name, world, users, units):
    url = page_url(name, world, units)
    for who, expected in zip(ROLES, PAGES[name], strict=True):
        response = get(users, who, url)
        assert response.status_code == expected, f"{who} GET {url}"
        if expected == 302:
            assert response.url.startswith(reverse("login")), who


# (action, expected status per role). 302 = done (redirect to the item; for anonymous: to the login page),
# 403 = not allowed, 404 = not visible.
ACTIONS = {
    "assign": [302, 302, 403, 403, 403, 404, 404],
    "sign": [302, 403, 403, 302, 403, 404, 404],
    "return": [302, 403, 403, 302, 403, 404, 404],
    "report": [302, 403, 403, 302, 302, 404, 404],
    "remind": [302, 302, 403, 403, 403, 404, 404],
    "request_extension": [302, 403, 403, 302, 403, 404, 404],
    "complete": [302, 403, 403, 302, 403, 404, 404],
    "review": [302, 302, 403, 403, 403, 404, 404],
    "edit": [302, 302, 403, 403, 403, 404, 404],
    "milestones": [302, 302, 403, 403, 403, 404, 404],
    "read": [302, 403, 403, 302, 403, 404, 404],
}


def action_data(action, item, units):
    version = item.version
    later = (item.deadline + dt.timedelta(days=30)).isoformat()
    return {
        "assign": {"version": version, "lead_unit": units["发改局"].pk, "co_units": [units["交通局"].pk], "deadline": later,
                   "cadence_days": 30},
        "sign": {"version": version},
        "return": {"version": version, "reason": "不属我局"},
        "report": {"text": "进展", "percent": 50},
        "remind": {"message": "请抓紧"},
        "request_extension": {"new_deadline": later, "reason": "原因"},
        "complete": {"version": version, "text": "完成"},
        "review": {"version": version, "decision": "accept"},
        "edit": {"version": version, "content": "改", "cadence_days": 30},
        "milestones": {"title": "节点", "due": later},
        "read": {},
    }[action]


@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_for_every_role(action, signed, users, units):
    """Each role posts a valid form; only the allowed roles get through, and only they change anything."""
    statuses = {
        "sign": Item.Status.ASSIGNED, "review": Item.Status.REVIEW,
    }
    for who, expected in zip(ROLES, ACTIONS[action], strict=True):
        item = Item.objects.get(pk=signed.pk)
        if action in statuses and item.status != statuses[action]:
            Item.objects.filter(pk=item.pk).update(status=statuses[action])  # put it where the action applies
            item = Item.objects.get(pk=item.pk)
        if action == "request_extension":
            ExtensionRequest.objects.filter(item=item).delete()
        url = reverse("ledger:item_action", args=[item.number, action])
        response = post(users, who, url, action_data(action, item, units))
        if expected == 302 and who == "anonymous":
            assert response.status_code == 302 and response.url.startswith(reverse("login"))
            continue
        assert response.status_code == expected, f"{who} POST {action}: {response.status_code}"
        changed = Item.objects.get(pk=item.pk).version != item.version or action in (
            "report", "remind", "request_extension", "milestones", "read")
        if expected != 302:
            assert Item.objects.get(pk=item.pk).version == item.version, f"{who} changed the item on {action}"
        else:
            assert changed


def test_actions_refuse_get(signed, users):
    """A GET (the Back button after a refused form) changes nothing and leads back to the item page."""
    response = client_for(users["unit"]).get(reverse("ledger:item_action", args=[signed.number, "sign"]))
    assert response.status_code == 302 and response.url == reverse("ledger:item_detail", args=[signed.number])
    assert Item.objects.get(pk=signed.pk).version == signed.version
    bulk = client_for(users["supervisor"]).get(reverse("ledger:item_bulk_assign") + "?status=assigned")
    assert bulk.status_code == 302 and bulk.url == reverse("ledger:item_list") + "?status=assigned"


def test_unknown_action_is_404(signed, users):
    response = client_for(users["supervisor"]).post(reverse("ledger:item_action", args=[signed.number, "delete"]))
    assert response.status_code == 404


def test_extension_decision_only_by_a_leader(world, users):
    url = reverse("ledger:extension_decide", args=[world["extension"].pk])
    for who, expected in [("unit", 403), ("supervisor", 403), ("other_unit", 404), ("anonymous", 302)]:
        assert post(users, who, url, {"decision": "approve"}).status_code == expected, who
    assert ExtensionRequest.objects.get(pk=world["extension"].pk).status == ExtensionRequest.Status.PENDING
    assert post(users, "leader", url, {"decision": "approve", "note": "同意"}).status_code == 302
    assert Item.objects.get(pk=world["item"].pk).deadline == world["extension"].new_deadline


def test_milestone_done_by_lead_unit_not_by_others(world, users):
    url = reverse("ledger:milestone_done", args=[world["milestone"].pk])
    assert post(users, "other_unit", url).status_code == 404
    assert post(users, "leader", url).status_code == 403
    assert Milestone.objects.get(pk=world["milestone"].pk).done_at is None
    assert post(users, "unit", url).status_code == 302
    assert Milestone.objects.get(pk=world["milestone"].pk).done_at is not None


def test_unit_lists_show_only_its_own_items(items, users, units):
    lead = items[0]
    workflow.assign(users["supervisor"], lead, version=lead.version, lead_unit=units["发改局"])
    body = client_for(users["other_unit"]).get(reverse("ledger:item_list")).content.decode()
    assert lead.number not in body
    assert lead.number in client_for(users["unit"]).get(reverse("ledger:item_list")).content.decode()
    api = client_for(users["other_unit"]).get(reverse("ledger:api_item_list")).json()
    assert api["count"] == 0
    assert client_for(users["supervisor"]).get(reverse("ledger:api_item_list")).json()["count"] == len(items)


def test_list_filters_and_htmx_partial(items, users, units):
    first = items[0]
    workflow.assign(users["supervisor"], first, version=first.version, lead_unit=units["住建局"])
    client = client_for(users["supervisor"])
    body = client.get(reverse("ledger:item_list"), {"status": "assigned"}).content.decode()
    assert first.number in body and items[1].number not in body
    body = client.get(reverse("ledger:item_list"), {"unit": units["住建局"].pk}).content.decode()
    assert first.number in body and items[1].number not in body
    partial = client.get(reverse("ledger:item_list"), {"q": first.number}, HTTP_HX_REQUEST="true")
    assert "<html" not in partial.content.decode() and first.number in partial.content.decode()
    # nonsense filters are ignored, not a server error
    assert client.get(reverse("ledger:item_list"), {"status": "bogus", "unit": "x", "page": "999"}).status_code == 200


def test_stale_form_is_refused_with_a_clear_message(assigned, users, units):
    client = client_for(users["supervisor"])
    url = reverse("ledger:item_action", args=[assigned.number, "assign"])
    later = (assigned.deadline + dt.timedelta(days=3)).isoformat()
    form = {"version": assigned.version, "lead_unit": units["住建局"].pk, "deadline": later, "cadence_days": 30}
    assert client.post(url, form).status_code == 302
    stale = {**form, "lead_unit": units["交通局"].pk}  # a second tab, still showing the old version
    response = client.post(url, stale)
    assert response.status_code == 409
    assert "已被他人更新" in response.content.decode()
    assert Item.objects.get(pk=assigned.pk).lead_unit == units["住建局"]


def test_attachment_over_the_limit_is_refused(signed, users, settings):
    settings.LUOSHI_ATTACHMENT_MAX_BYTES = 2048
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    big = SimpleUploadedFile("大文件.pdf", b"%PDF" + b"x" * 4096, content_type="application/pdf")
    response = client_for(users["unit"]).post(url, {"text": "进展", "percent": 10, "attachments": [big]})
    assert response.status_code == 400
    assert "超过" in response.content.decode()
    assert not Attachment.objects.exists() and not signed.reports.exists()


def test_several_attachments_in_one_report(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    files = [SimpleUploadedFile(f"{n}.jpg", b"\xff\xd8\xff\xe0" + b"x" * 10, content_type="image/jpeg") for n in range(3)]
    assert client_for(users["unit"]).post(url, {"text": "三张照片", "percent": 10, "attachments": files}).status_code == 302
    assert Attachment.objects.count() == 3


def test_attachment_download_is_never_rendered_inline(world, users):
    response = client_for(users["supervisor"]).get(reverse("ledger:attachment", args=[world["attachment"].pk]))
    assert response["Content-Type"] == "text/plain"  # sniffed at upload; a text file is downloaded, not shown
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == b"evidence"


def test_user_text_is_escaped_on_the_item_page(signed, users):
    workflow.report_progress(users["unit"], signed, text="<script>alert(1)</script>", percent=5)
    workflow.edit_item(users["supervisor"], Item.objects.get(pk=signed.pk), version=Item.objects.get(pk=signed.pk).version,
                       content="<img src=x onerror=alert(2)>")
    body = client_for(users["supervisor"]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
    assert "<script>alert(1)</script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<img src=x" not in body


def test_item_page_shows_the_source_sentence_and_history(world, users):
    item = world["item"]
    body = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[item.number])).content.decode()
    assert item.evidence in body
    for action in ("立项", "交办", "签收", "报送进展"):
        assert action in body
    assert "签收" in body and 'id="action-report"' in body and 'id="action-assign"' not in body


def test_post_without_csrf_token_is_refused(signed, users):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(users["unit"])
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    assert client.post(url, {"text": "x", "percent": 1}).status_code == 403
    assert not signed.reports.exists()


def test_login_with_a_password(users):
    from django.test import Client

    from .conftest import PASSWORD

    client = Client()
    response = client.post(reverse("login"), {"username": "fgj", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("ledger:dashboard")).status_code == 200
    assert Client().post(reverse("login"), {"username": "fgj", "password": "wrong"}).status_code == 200


def test_unit_management_creates_hashed_accounts(units, users):
    client = client_for(users["supervisor"])
    url = reverse("ledger:unit_detail", args=[units["交通局"].pk])
    response = client.post(url, {"form": "user", "username": "jtj2", "password": "Luoshi-2026-strong"})
    assert response.status_code == 302
    from django.contrib.auth.models import User

    account = User.objects.get(username="jtj2")
    assert account.password != "Luoshi-2026-strong" and account.check_password("Luoshi-2026-strong")
    assert account.ledger_profile.unit == units["交通局"]
    assert client.post(url, {"form": "person", "name": "李四", "title": "科长"}).status_code == 302
    assert units["交通局"].people.filter(name="李四").exists()


def test_a_user_name_with_markup_is_refused_in_chinese(units, users):
    from django.contrib.auth.models import User

    client = client_for(users["supervisor"])
    url = reverse("ledger:unit_detail", args=[units["交通局"].pk])
    response = client.post(url, {"form": "user", "username": "X17\"'><script>", "password": "Luoshi-2026-strong"})
    assert response.status_code == 400
    assert "登录名只能包含字母、数字和 @ . + - _ 符号" in response.content.decode()
    assert not User.objects.filter(username__startswith="X17").exists()


def test_only_the_supervisor_publishes_an_attachment_and_it_is_recorded(world, users):
    from luoshi.ledger.models import HistoryRecord

    attachment = world["attachment"]
    url = reverse("ledger:attachment_publish", args=[attachment.pk])
    assert post(users, "unit", url, {"public": "1"}).status_code == 403
    assert post(users, "other_unit", url, {"public": "1"}).status_code == 404
    assert post(users, "anonymous", url, {"public": "1"}).status_code == 302
    assert not Attachment.objects.get(pk=attachment.pk).is_public
    assert post(users, "supervisor", url, {"public": "1"}).status_code == 302
    assert Attachment.objects.get(pk=attachment.pk).is_public
    assert HistoryRecord.objects.filter(item=world["item"]).latest("seq").action == "公开附件"
    assert post(users, "supervisor", url, {"public": "0"}).status_code == 302
    assert not Attachment.objects.get(pk=attachment.pk).is_public
