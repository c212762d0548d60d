"""A unit on its phone: only the steps the item's state allows, folded cards, line breaks counted once."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.urls import reverse

from luoshi.ledger import forms
from luoshi.ledger.models import ExtensionRequest, Item, ProgressReport

from .conftest import client_for

pytestmark = pytest.mark.django_db


def _cards(page: str) -> set[str]:
    return set(re.findall(r'id="action-(\w+)"', page))


def test_before_signing_a_unit_sees_only_the_sign_button(assigned, users):
    page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[assigned.number])).content.decode()
    assert _cards(page) == {"sign"}
    for word in ("申请延期", "退回（交办有误）", "申请办结"):
        assert word not in page
    # 签收 has nothing to fill: its button is shown, not folded
    assert '<div class="card action" id="card-sign">' in page and "确认签收" in page


@pytest.mark.parametrize(("action", "data"), [
    ("return", {"reason": "不属我局"}),
    ("request_extension", {"new_deadline": "2099-01-01", "reason": "原因"}),
    ("complete", {"text": "完成"}),
])
def test_before_signing_the_server_refuses_return_extension_and_completion(action, data, assigned, users):
    url = reverse("ledger:item_action", args=[assigned.number, action])
    response = client_for(users["unit"]).post(url, {"version": assigned.version, **data})
    assert response.status_code == 400
    assert "事项当前为“待签收”" in response.content.decode()
    item = Item.objects.get(pk=assigned.pk)
    assert item.status == Item.Status.ASSIGNED and item.version == assigned.version
    assert not ExtensionRequest.objects.filter(item=item).exists()


def test_after_signing_the_cards_are_folded_until_opened(signed, users):
    page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
    assert _cards(page) == {"report", "return", "request_extension", "complete"}
    for action in ("report", "return", "request_extension", "complete"):
        assert f'<details class="card action" id="card-{action}">' in page  # closed: no "open"
    assert "<script>" not in page and "onclick" not in page


def test_a_refused_form_comes_back_open(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    response = client_for(users["unit"]).post(url, {"text": "有进展", "percent": 120})
    assert response.status_code == 400
    assert '<details class="card action" id="card-report" open>' in response.content.decode()


def test_return_after_signing_sends_the_item_back(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "return"])
    response = client_for(users["unit"]).post(url, {"version": signed.version, "reason": "不属我局职责"})
    assert response.status_code == 302
    item = Item.objects.get(pk=signed.pk)
    assert item.status == Item.Status.RETURNED
    assert item.history.latest("seq").before["状态"] == "办理中"


# -------------------------------------------------------------------------------------- line breaks count once


def _report_of(length: int) -> str:
    """``length`` characters as a textarea counts them (lines of 49 and a break), its breaks sent as CRLF."""
    assert length % 50, "the text would end in a line break, which the form strips"
    return (("进" * 49 + "\n") * (length // 50) + "进" * (length % 50)).replace("\n", "\r\n")


def test_a_4990_character_report_with_crlf_line_breaks_is_accepted(signed, users):
    typed = _report_of(4990)
    assert len(typed.replace("\r\n", "\n")) == 4990 and len(typed) > 5000  # over the limit as the bytes came
    page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
    assert re.search(r'<textarea name="text"[^>]*maxlength="5000"', page)  # the browser's limit is the server's
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    response = client_for(users["unit"]).post(url, {"text": typed, "percent": 30})
    assert response.status_code == 302
    stored = ProgressReport.objects.get(item=signed).text
    assert len(stored) == 4990 and "\r" not in stored


def test_over_the_limit_is_still_refused(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    response = client_for(users["unit"]).post(url, {"text": _report_of(5001), "percent": 30})
    assert response.status_code == 400
    assert not ProgressReport.objects.filter(item=signed).exists()


def test_every_textarea_field_counts_a_line_break_once():
    """Each form's multi-line fields are TextFields, so no form counts CRLF twice."""
    names = [name for name in dir(forms) if isinstance(getattr(forms, name), type)]
    checked = 0
    for name in names:
        form_class = getattr(forms, name)
        if not issubclass(form_class, forms.forms.BaseForm) or form_class in (forms.forms.Form, forms.forms.ModelForm):
            continue
        for field_name, field in form_class.base_fields.items():
            if isinstance(field.widget, forms.forms.Textarea):
                assert isinstance(field, forms.TextField), f"{name}.{field_name}"
                checked += 1
    assert checked >= 12
    assert forms.ExtensionForm(data={"new_deadline": dt.date(2099, 1, 1), "reason": "一\r\n二"}).is_valid()


# -------------------------------------------------------------------------------------- names, not login names


def test_people_are_shown_by_name(signed, users):
    from luoshi.ledger import workflow

    users["unit"].first_name = "李四"
    users["unit"].save()
    workflow.report_progress(users["unit"], signed, text="进展", percent=10)
    workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline + dt.timedelta(days=9),
                               reason="原因")
    page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
    assert "<span>李四（" in page  # the header
    assert "发改局 李四" in page  # the progress report
    assert "李四 申请由" in page  # the extension request
    assert '<td data-label="操作人">李四</td>' in page  # the history
    # the login name shows nowhere; a random CSRF token or submission key may hold the same letters
    assert "fgj" not in re.sub(r'<input type="hidden" name="[^"]*" value="[^"]*"', "", page)


def test_a_name_kept_as_family_and_given_name_reads_in_chinese_order(users):
    from luoshi.ledger.people import display_name

    user = users["leader"]
    user.last_name, user.first_name = "王", "小明"
    assert display_name(user) == "王小明"
    user.last_name, user.first_name = "", ""
    assert display_name(user) == "leader"


# -------------------------------------------------------------------------------------- the list: sort and print


def _numbers(page: str) -> list[str]:
    return re.findall(r'<td data-label="编号" class="nowrap"><a href="[^"]*">([^<]+)</a>', page)


def test_the_list_sorts_by_column_and_keeps_its_filters(items, users):
    from luoshi.ledger.models import Item as ItemModel

    percents = [70, 10, 40, 0][:len(items)]
    for item, percent in zip(items, percents, strict=False):
        ItemModel.objects.filter(pk=item.pk).update(percent=percent)
    client = client_for(users["supervisor"])
    by_percent = client.get(reverse("ledger:item_list"), {"sort": "percent", "status": "filed"}).content.decode()
    expected = [i.number for i in sorted(items, key=lambda i: ItemModel.objects.get(pk=i.pk).percent)]
    assert _numbers(by_percent) == expected
    # the heading links keep the filter and turn the order round
    heading = re.search(r'<th aria-sort="ascending"><a class="sort" href="([^"]+)"', by_percent)
    assert heading and set(heading[1].split("?")[1].split("&amp;")) == {"status=filed", "sort=-percent"}
    assert '<option value="percent" selected>进度：最低在前</option>' in by_percent  # the filters' 排序 box
    descending = client.get(reverse("ledger:item_list"), {"sort": "-percent", "status": "filed"}).content.decode()
    assert _numbers(descending) == expected[::-1]


@pytest.mark.parametrize("value", ["content", "-", "--percent", "percent;drop", "lead_unit__name", "x" * 500])
def test_an_unknown_sort_keeps_the_ledgers_order(value, items, users):
    response = client_for(users["supervisor"]).get(reverse("ledger:item_list"), {"sort": value})
    assert response.status_code == 200
    assert _numbers(response.content.decode()) == [i.number for i in items]


def test_every_sort_runs(items, users):
    from luoshi.ledger.sorting import SORTS

    client = client_for(users["unit"])
    for key in SORTS:
        for value in (key, f"-{key}"):
            assert client.get(reverse("ledger:item_list"), {"sort": value}).status_code == 200


def test_the_list_prints(items, users):
    page = client_for(users["supervisor"]).get(reverse("ledger:item_list")).content.decode()
    assert '<button type="button" class="secondary print" data-print>打印本页</button>' in page
    from django.contrib.staticfiles import finders

    css = Path(finders.find("ledger/ledger.css")).read_text(encoding="utf-8")
    assert "@page { size:A4 landscape" in css and "@media print" in css


# -------------------------------------------------------------------------------------- 查询码


def test_a_citizen_gets_a_tracking_code_and_looks_the_feedback_up(assigned, users):
    from django.test import Client

    from luoshi.ledger import feedback as service
    from luoshi.ledger.models import Feedback

    Item.objects.filter(pk=assigned.pk).update(is_public=True)
    citizen = Client()
    url = reverse("ledger:public_item", args=[assigned.number])
    response = citizen.post(url, {"text": "路灯还没修好", "contact": "13800000000"})
    feedback = Feedback.objects.get(item=assigned)
    assert re.fullmatch(r"FK-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", feedback.tracking)
    assert response.status_code == 302 and feedback.tracking in response.url
    confirmation = citizen.get(response.url).content.decode()
    assert "已收到您的反馈" in confirmation and feedback.tracking in confirmation and "办理中" in confirmation
    # nothing personal on the page: not the text, not the contact
    assert "路灯还没修好" not in confirmation and "13800000000" not in confirmation
    assert "no-store" in citizen.get(response.url)["Cache-Control"]

    # typed back as read off a phone: lower case, spaces, no FK-
    typed = feedback.tracking.lower().replace("fk-", "").replace("-", " ")
    found = citizen.get(reverse("ledger:public_feedback_lookup"), {"code": typed})
    assert found.status_code == 302 and found.url == reverse("ledger:public_feedback_status", args=[feedback.tracking])

    service.answer_feedback(users["unit"], feedback, "已于本周修复")
    page = citizen.get(found.url).content.decode()
    assert "已于本周修复" not in page  # not before the 督查室 publishes it
    service.review_feedback(users["supervisor"], Feedback.objects.get(pk=feedback.pk), "publish")
    page = citizen.get(found.url).content.decode()
    assert "已答复" in page and "已于本周修复" in page


@pytest.mark.parametrize("typed", ["FK-AAAA-AAAA", "nonsense", "FK-0000-0000", "x" * 300])
def test_an_unknown_code_is_a_chinese_not_found(typed, db):
    from django.test import Client

    response = Client().get(reverse("ledger:public_feedback_lookup"), {"code": typed})
    assert response.status_code == 404 and "未找到该查询码" in response.content.decode()


def test_codes_are_random_not_a_sequence(db):
    from luoshi.ledger import tracking

    codes = [tracking.new_code() for _ in range(200)]
    assert len(set(codes)) == 200 and codes != sorted(codes)
    assert tracking.normalise("fk7kq3m9xd") == "FK-7KQ3-M9XD" and tracking.normalise("FK-7KQ3-M9X") is None


def test_the_staff_feedback_list_names_who_answered_and_shows_the_code(assigned, users):
    from luoshi.ledger import feedback as service

    Item.objects.filter(pk=assigned.pk).update(is_public=True)
    fb = service.submit_feedback(Item.objects.get(pk=assigned.pk), "路灯坏了", client_key="c" * 64)
    users["unit"].first_name = "李四"
    users["unit"].save()
    service.answer_feedback(users["unit"], fb, "已修复")
    page = client_for(users["supervisor"]).get(reverse("ledger:feedback_list")).content.decode()
    assert f"查询码 {fb.tracking}" in page and "李四" in page and "fgj" not in page


def test_no_extension_card_while_one_is_pending(signed, users):
    from luoshi.ledger import workflow

    url = reverse("ledger:item_detail", args=[signed.number])
    assert "request_extension" in _cards(client_for(users["unit"]).get(url).content.decode())
    workflow.request_extension(users["unit"], signed, new_deadline=signed.deadline + dt.timedelta(days=9),
                               reason="原因")
    assert "request_extension" not in _cards(client_for(users["unit"]).get(url).content.decode())
