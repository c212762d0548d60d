"""HTTPS behind a TLS proxy (LUOSHI_HTTPS=1): Django's deployment checklist is clean, cookies are Secure and
host-bound, HSTS is sent, and a POST through the proxy passes CSRF."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

HTTPS_ENV = {
    "LUOSHI_HTTPS": "1",
    "LUOSHI_SECRET_KEY": secrets.token_urlsafe(60),
    "LUOSHI_ALLOWED_HOSTS": "ledger.example.gov.cn",
    "LUOSHI_PUBLIC_URL": "https://ledger.example.gov.cn",
    "DJANGO_SETTINGS_MODULE": "luoshi.server.settings",
}


def _run(code: str, tmp_path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LUOSHI_", "DJANGO_", "DATABASE_URL"))}
    env.update(HTTPS_ENV, LUOSHI_DATA_DIR=str(tmp_path))
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)


def test_the_deployment_checklist_is_clean_in_https_mode(tmp_path):
    result = _run("import django.core.management as m; m.execute_from_command_line"
                  "(['django-admin', 'check', '--deploy', '--fail-level', 'WARNING'])", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_https_mode_cookies_hsts_and_a_post_through_the_proxy(tmp_path):
    code = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.contrib.auth.models import User
from django.test import Client
User.objects.create_user("clerk", password="Luoshi-2026-strong")
proxy = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": "ledger.example.gov.cn"}
client = Client(enforce_csrf_checks=True, **proxy)
plain = Client(HTTP_HOST="ledger.example.gov.cn").get("/login/")
print("redirect", plain.status_code, plain.headers.get("Location"))
page = client.get("/login/")
print("hsts", page.headers.get("Strict-Transport-Security"))
import re
token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
done = client.post("/login/", {"username": "clerk", "password": "Luoshi-2026-strong", "csrfmiddlewaretoken": token},
                   HTTP_ORIGIN="https://ledger.example.gov.cn")
print("login", done.status_code)
cookie = done.cookies["__Host-sessionid"]
print("cookie", bool(cookie["secure"]), cookie["domain"] or "-", cookie["path"])
"""
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["redirect"] == "301 https://ledger.example.gov.cn/login/"
    assert lines["hsts"].startswith("max-age=31536000") and "includeSubDomains" in lines["hsts"]
    assert lines["login"].startswith("302")
    assert lines["cookie"] == "True - /"
