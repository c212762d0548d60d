"""Headers every response gets: a Content-Security-Policy, and no caching of what only a signed-in user sees.

The policy allows scripts from the site alone (no inline script, no eval), so text a user typed that ever
escaped its escaping still could not run; styles may be inline (htmx adds its indicator style, pages set a
progress bar's width). Images may be data: URIs (the 进度通报's charts are embedded).

A page served to a signed-in user holds the ledger's private data: it is marked ``no-store`` unless the view
chose its own caching (public pages and QR codes do).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response.headers:
            add_never_cache_headers(response)
        return response
