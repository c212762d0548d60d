"""The server log's line per request: ``GET /items/ 200 12.3ms user=7`` (``user=-`` when anonymous).

Written by the outermost middleware, so it sees every request and the status that went out, a 500 included.
What could be a secret stays out of the log: query strings are reduced to their parameter names
(``/items/?q,page``), and a password-reset token in a path is masked (see ``SECRET_SEGMENT``).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase

logger = logging.getLogger("luoshi.access")

# Django's password-reset token: a base-36 timestamp, a dash, 20+ hex characters.
# Example: /reset/MQ/cx4p2a-1f0e3b9c8d7a6f5e4d3c2b1a/ → /reset/MQ/…/
SECRET_SEGMENT = re.compile(r"(?<=/)[0-9a-z]{1,13}-[0-9a-f]{20,}(?=/|$)")


def log_line(request: HttpRequest, status: int, seconds: float) -> str:
    """The line for one request, as the log shows it."""
    path = SECRET_SEGMENT.sub("…", request.path)
    if request.GET:
        path += "?" + ",".join(sorted(request.GET.keys()))[:200]
    return f"{request.method} {path} {status} {seconds * 1000:.1f}ms user={_user_id(request)}"


class AccessLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        start = time.perf_counter()
        try:
            response = self.get_response(request)
        except BaseException:  # Django turns errors into 500s below here; this is what escaped that
            logger.info(log_line(request, 500, time.perf_counter() - start))
            raise
        logger.info(log_line(request, response.status_code, time.perf_counter() - start))
        return response


def _user_id(request: HttpRequest) -> str:
    # request.user is read already by the headers middleware, so this costs no query of its own.
    user = getattr(request, "user", None)
    return str(user.pk) if user is not None and user.is_authenticated else "-"
