"""Every response carries a Content-Security-Policy; private pages are never stored; the CSRF token is the session's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

import luoshi
from tests.ledger.conftest import client_for

TEMPLATES = Path(luoshi.__file__).parent / "ledger" / "templates"


@pytest.mark.django_db
def test_staff_pages_have_the_policy_and_are_not_stored(users, items):
    for name in ("ledger:dashboard", "ledger:item_list", "ledger:bulletin"):
        response = client_for(users["supervisor"]).get(reverse(name))
        assert response.status_code == 200
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        assert "no-store" in response.headers["Cache-Control"], name


@pytest.mark.django_db
def test_public_pages_have_the_policy_and_keep_their_own_caching(items):
    response = Client().get(reverse("ledger:public_scoreboard"))
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_no_template_runs_inline_script():
    # The policy allows no inline script: a template with one would silently stop working in the browser.
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), path.name
        assert not re.search(r"\son[a-z]+\s*=", text), path.name
        assert "javascript:" not in text, path.name


@pytest.mark.django_db
def test_a_tossed_csrf_cookie_is_no_token(users, items):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["supervisor"])
    client.cookies["csrftoken"] = "a" * 32  # planted by a sibling host
    item = items[0]
    response = client.post(reverse("ledger:item_action", args=[item.number, "remind"]),
                           {"csrfmiddlewaretoken": "a" * 32, "note": "请尽快办理"})
    assert response.status_code == 403
