"""Error pages a citizen or a clerk may meet, in Chinese."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form refused for its missing or stale CSRF token (cookies blocked, or a page left open too long)."""
    return render(request, "ledger/csrf_failure.html", {"jurisdiction": settings.LUOSHI_JURISDICTION}, status=403)
