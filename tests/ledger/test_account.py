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
