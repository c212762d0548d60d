"""An idle timeout: a session ends after ``SESSION_COOKIE_AGE`` seconds without a request (default 8 hours,
``LUOSHI_SESSION_IDLE_HOURS``), not 14 days after signing in.

Each request could push the expiry forward by saving the session, but that is a database write per page;
the expiry is pushed forward at most every :data:`REFRESH_SECONDS` instead, so the timeout is exact to
within that.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

REFRESH_SECONDS = 300
_SEEN = "luoshi_seen"


class IdleTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            if now - int(request.session.get(_SEEN, 0)) >= REFRESH_SECONDS:
                request.session[_SEEN] = now  # a modified session is saved with a new expiry
        return self.get_response(request)
