"""Django answers a request in a method a view does not take (a form's address opened by GET) with an empty
405, which a browser shows as its own English error page: give it the site's Chinese one instead."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed

from luoshi.ledger.views.errors import method_not_allowed


class MethodNotAllowedPageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if isinstance(response, HttpResponseNotAllowed) and not response.content:
            return method_not_allowed(request, response.get("Allow", ""))
        return response
