"""The login throttle: wrong passwords lock the account and the client (counts shared through the cache,
which every worker process reads), refused attempts are recorded, and a 督查室 user lifts the lock."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from luoshi.ledger import throttle
from luoshi.ledger.models import HistoryRecord

from .conftest import PASSWORD, client_for


def _login(client: Client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password})


@pytest.mark.django_db
def test_wrong_passwords_lock_the_account_even_for_the_right_password(users):
    client = Client()
    for _ in range(throttle.ACCOUNT.failures):
        assert _login(client, "fgj", "wrong-guess").status_code == 200
    refused = _login(Client(REMOTE_ADDR="10.9.9.9"), "fgj", PASSWORD)  # another client, the right password
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "登录失败次数过多" in page and "_auth_user_id" not in refused.client.session
    assert HistoryRecord.objects.filter(action="登录失败", subject="账号 fgj").count() == throttle.ACCOUNT.failures
    for _ in range(10):
        assert _login(Client(), "fgj", "wrong-guess").status_code == 429
    # one record per lock: a script hammering a locked account does not flood the history
    assert HistoryRecord.objects.filter(action="登录被拒（已锁定）", subject="账号 fgj").count() == 1
    assert HistoryRecord.objects.filter(action="登录失败").count() == throttle.ACCOUNT.failures
    assert _login(Client(), "dcs", PASSWORD).status_code == 302  # another account is not locked


@pytest.mark.django_db
def test_one_client_guessing_many_accounts_is_locked(users):
    client = Client(REMOTE_ADDR="10.0.0.7")
    for n in range(throttle.CLIENT.failures):
        _login(client, f"guess{n}", "wrong-guess")
    assert _login(client, "dcs", PASSWORD).status_code == 429
    assert _login(Client(REMOTE_ADDR="10.0.0.8"), "dcs", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_right_password_clears_the_account_count(users):
    client = Client()
    for _ in range(throttle.ACCOUNT.failures - 1):
        _login(client, "fgj", "wrong-guess")
    assert _login(client, "fgj", PASSWORD).status_code == 302
    assert not throttle.is_locked("fgj")
    assert _login(Client(), "fgj", "wrong-guess").status_code == 200  # counting starts again


@pytest.mark.django_db
def test_the_supervisor_unlocks_an_account_and_it_is_recorded(users, units):
    for _ in range(throttle.ACCOUNT.failures):
        _login(Client(), "FGJ ", "wrong-guess")  # the same account whatever its case and spaces
    assert throttle.is_locked("fgj")
    unit_page = reverse("ledger:unit_detail", args=[units["发改局"].pk])
    action = reverse("ledger:unit_account", args=[units["发改局"].pk, users["unit"].pk])
    supervisor = client_for(users["supervisor"])
    assert "解除登录锁定" in supervisor.get(unit_page).content.decode()
    for role in ("leader", "unit", "other_unit"):
        assert client_for(users[role]).post(action, {"action": "unlock"}).status_code == 403
    assert throttle.is_locked("fgj")
    assert supervisor.post(action, {"action": "unlock"}).status_code == 302
    assert not throttle.is_locked("fgj")
    assert HistoryRecord.objects.filter(action="解除登录锁定", subject="账号 fgj", actor__contains="dcs").exists()
    assert _login(Client(), "fgj", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_the_admin_sign_in_is_throttled_too(users):
    for _ in range(throttle.ACCOUNT.failures):
        Client().post("/admin/login/", {"username": "dcs", "password": "wrong-guess"})
    assert Client().post("/admin/login/", {"username": "dcs", "password": PASSWORD}).status_code == 429


def test_the_counts_are_shared_by_worker_processes():
    """`luoshi serve --workers N` runs N processes: failures counted in one lock the account in another."""
    import subprocess
    import sys

    child = ("import os, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'luoshi.server.settings'; django.setup()\n"
             "from django.test import RequestFactory\nfrom luoshi.ledger import throttle\n"
             "request = RequestFactory().post('/login/')\n"
             "for _ in range(throttle.ACCOUNT.failures): throttle.record_failure(request, 'shared-user')\n")
    assert not throttle.is_locked("shared-user")
    subprocess.run([sys.executable, "-c", child], check=True, timeout=120)
    assert throttle.is_locked("shared-user")
