"""The 400/403/404/500 pages are in Chinese, in the site's frame, for a citizen and a clerk alike."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from luoshi.ledger.views.errors import server_error

from .conftest import client_for


@pytest.mark.django_db
def test_a_citizen_with_an_old_code_gets_a_chinese_404(items):
    response = Client().get("/public/items/2019-999-99/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "页面不存在" in page and "重点工作成绩单" in page and "Not Found" not in page


@pytest.mark.django_db
def test_a_unit_on_a_page_it_may_not_see_gets_a_chinese_403(users):
    response = client_for(users["unit"]).get(reverse("ledger:bulletin"))
    assert response.status_code == 403
    assert "无权访问" in response.content.decode() and "Forbidden" not in response.content.decode()


@pytest.mark.django_db
def test_a_bad_request_and_a_server_error_are_in_chinese():
    bad = Client().get("/", HTTP_HOST="evil.example")  # a host not allowed: Django answers 400
    assert bad.status_code == 400 and "请求有误" in bad.content.decode()
    error = server_error(RequestFactory().get("/"))
    assert error.status_code == 500 and "系统出错" in error.content.decode()


@pytest.mark.django_db
def test_a_form_address_opened_by_get_gets_a_chinese_405(users, signed):
    """Back or reload on a POST-only address: the site's page, not the browser's English "HTTP ERROR 405"."""
    extension = reverse("ledger:extension_decide", args=[1])
    response = client_for(users["supervisor"]).get(extension)
    assert response.status_code == 405 and response["Allow"] == "POST"
    page = response.content.decode()
    assert "无法直接打开" in page and "返回上一页" in page
    assert "Content-Security-Policy" in response.headers


@pytest.mark.django_db
def test_an_error_page_sends_staff_back_to_their_desk(users):
    signed_in = client_for(users["unit"]).get("/no-such-page/").content.decode()
    assert "返回工作台" in signed_in and "工作人员登录" not in signed_in
    assert "工作人员登录" in Client().get("/no-such-page/").content.decode()
