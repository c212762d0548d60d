"""Every user changes their own password (recorded); a session ends after 8 idle hours, not 14 days."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from luoshi.ledger.models import HistoryRecord
from luoshi.server import sessions

from .conftest import PASSWORD, client_for

NEW = "Zhuashi-luoshi-2027"


@pytest.mark.django_db
def test_a_unit_user_changes_the_password_and_it_is_recorded(users):
    user = users["unit"]
    client = client_for(user)
    assert reverse("password_change") in client.get(reverse("ledger:dashboard")).content.decode()
    wrong = client.post(reverse("password_change"),
                        {"old_password": "not-it", "new_password1": NEW, "new_password2": NEW})
    assert wrong.status_code == 200 and "你的旧密码不正确" in wrong.content.decode()
    done = client.post(reverse("password_change"),
                       {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW})
    assert done.status_code == 302 and done.headers["Location"] == reverse("ledger:dashboard")
    assert client.get(reverse("ledger:dashboard")).status_code == 200  # still signed in
    assert User.objects.get(pk=user.pk).check_password(NEW)
    assert HistoryRecord.objects.filter(action="修改密码", actor__contains=user.username).exists()
    assert Client().login(username=user.username, password=PASSWORD) is False


@pytest.mark.django_db
def test_a_weak_new_password_is_refused(users):
    client = client_for(users["unit"])
    response = client.post(reverse("password_change"),
                           {"old_password": PASSWORD, "new_password1": "12345678", "new_password2": "12345678"})
    assert response.status_code == 200
    assert User.objects.get(pk=users["unit"].pk).check_password(PASSWORD)


@pytest.mark.django_db
def test_the_session_lasts_eight_idle_hours_and_activity_keeps_it(users, monkeypatch):
    client = Client()
    assert client.post(reverse("login"), {"username": users["unit"].username, "password": PASSWORD}).status_code == 302
    now = [1_900_000_000]
    monkeypatch.setattr(sessions.time, "time", lambda: now[0])
    first = client.get(reverse("ledger:dashboard"))
    assert int(first.cookies["sessionid"]["max-age"]) == 8 * 3600
    now[0] += 60
    assert "sessionid" not in client.get(reverse("ledger:dashboard")).cookies  # no write for every page
    now[0] += sessions.REFRESH_SECONDS
    assert int(client.get(reverse("ledger:dashboard")).cookies["sessionid"]["max-age"]) == 8 * 3600


def _reset_link(response) -> str:
    from django.contrib.messages import get_messages
    text = " ".join(str(m) for m in get_messages(response.wsgi_request))
    return "/password/reset/" + text.split("/password/reset/", 1)[1].split()[0]


@pytest.mark.django_db
def test_the_supervisor_resets_a_unit_password_with_a_one_time_link(users, units):
    user = users["unit"]
    action = reverse("ledger:unit_account", args=[units["发改局"].pk, user.pk])
    signed_in = client_for(user)
    response = client_for(users["supervisor"]).post(action, {"action": "reset"})
    assert response.status_code == 302
    link = _reset_link(response)
    assert Client().login(username=user.username, password=PASSWORD) is False  # the old password is gone
    assert signed_in.get(reverse("ledger:dashboard")).status_code == 302  # and its sessions with it
    assert HistoryRecord.objects.filter(action="重置密码", subject=f"账号 {user.username}",
                                        actor__contains="dcs").exists()
    client = Client()
    form = client.get(link, follow=True)
    assert "设置新密码" in form.content.decode()
    done = client.post(form.redirect_chain[-1][0], {"new_password1": NEW, "new_password2": NEW})
    assert done.status_code == 302 and done.headers["Location"] == reverse("login")
    assert User.objects.get(pk=user.pk).check_password(NEW)
    assert HistoryRecord.objects.filter(action="通过重置链接设置密码", subject=f"账号 {user.username}").exists()
    again = Client().get(link, follow=True).content.decode()
    assert "已失效" in again  # used once, it works no more


@pytest.mark.django_db
def test_only_the_supervisor_resets_and_only_an_account_of_that_unit(users, units):
    action = reverse("ledger:unit_account", args=[units["发改局"].pk, users["unit"].pk])
    for role in ("leader", "unit", "other_unit", "no_role"):
        assert client_for(users[role]).post(action, {"action": "reset"}).status_code == 403
    assert User.objects.get(pk=users["unit"].pk).check_password(PASSWORD)
    elsewhere = reverse("ledger:unit_account", args=[units["住建局"].pk, users["unit"].pk])
    assert client_for(users["supervisor"]).post(elsewhere, {"action": "reset"}).status_code == 404
    assert client_for(users["supervisor"]).get(action).status_code == 405
    assert not HistoryRecord.objects.filter(action="重置密码").exists()
