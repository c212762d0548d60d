"""Error pages a citizen or a clerk may meet, in Chinese."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form refused for its missing or stale CSRF token (cookies blocked, or a page left open too long)."""
    return render(request, "ledger/csrf_failure.html", {"jurisdiction": settings.LUOSHI_JURISDICTION}, status=403)


# The error pages (server/urls.py's handler400…handler500): what happened and where to go, in the public
# pages' frame, since a citizen who scanned an old code meets them as often as a clerk does.
_ERRORS = {
    400: ("请求有误", "这个请求无法处理，可能是地址或表单内容不完整。请返回上一页重试。"),
    403: ("无权访问", "您没有查看或办理这项内容的权限。如需办理，请联系督查室开通相应角色。"),
    405: ("无法直接打开", "这个地址用于提交表单，不能直接打开（可能是按了“后退”或刷新）。请返回上一页重新操作。"),
    404: ("页面不存在", "没有找到这个页面：事项可能尚未公开、已撤回，或地址有误。"),
    500: ("系统出错", "服务器处理时出错，已记录在日志中。请稍后重试；如一直出现，请联系督查室。"),
}


def _error_page(request: HttpRequest | None, status: int) -> HttpResponse:
    title, text = _ERRORS[status]
    context = {"jurisdiction": settings.LUOSHI_JURISDICTION, "status": status, "title": title, "text": text}
    return HttpResponse(render_to_string("ledger/error.html", context, request), status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error_page(request, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error_page(request, 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error_page(request, 404)


def method_not_allowed(request: HttpRequest, allowed: str) -> HttpResponse:
    """A form's address opened by GET (back, reload, a bookmark): Django answers 405 with an empty body."""
    response = _error_page(request, 405)
    response["Allow"] = allowed
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    return _error_page(None, 500)  # no context processors: what failed may be the database they read
