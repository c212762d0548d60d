"""Read-only JSON of the items, scoped exactly like the pages (a unit sees its own items only)."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from luoshi.ledger import forms
from luoshi.ledger.models import Item
from luoshi.ledger.permissions import visible_items
from luoshi.ledger.views.items import filter_items


def _unauthorised() -> JsonResponse:
    return JsonResponse({"error": "login required"}, status=401)


def item_json(item: Item) -> dict:
    return {
        "number": item.number, "content": item.content, "status": item.status, "light": item.light,
        "light_reason": item.light_reason, "lead_unit": item.lead_unit.name if item.lead_unit else None,
        "deadline": item.deadline.isoformat() if item.deadline else None, "percent": item.percent,
        "metric": item.metric, "target_value": item.target_value, "target_unit": item.target_unit,
        "comparator": item.comparator or None,
    }


@require_GET
def item_list(request: HttpRequest) -> JsonResponse:
    if not request.user.is_authenticated:
        return _unauthorised()
    form = forms.ItemFilterForm(request.GET or None, blanks=("", ""))
    page = Paginator(filter_items(visible_items(request.user), form),
                     settings.LUOSHI_ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    return JsonResponse({"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
                         "items": [item_json(item) for item in page]}, json_dumps_params={"ensure_ascii": False})


@require_GET
def item_detail(request: HttpRequest, number: str) -> JsonResponse:
    if not request.user.is_authenticated:
        return _unauthorised()
    item = visible_items(request.user).select_related("lead_unit", "source").filter(number=number).first()
    if item is None:
        return JsonResponse({"error": "not found"}, status=404)
    data = item_json(item)
    data.update({"evidence": item.evidence, "source": item.source.number, "verdict": item.verdict,
                 "reported_value": item.reported_value, "reported_unit": item.reported_unit,
                 "original_deadline": item.original_deadline.isoformat() if item.original_deadline else None})
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
