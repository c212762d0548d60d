"""成绩单 and 码上督: the public pages, no login, and the supervisor's printable sheet of QR codes.

Only items the supervisor marked public (``is_public``) appear; any other item's public URL is a 404. The
pages show an item's own fields, its lead unit's name, its latest progress, public attachments and the
published answers to citizens' feedback: never a person, a user name, a contact, a reminder, the history
or a review note. The public querysets load only the item fields these pages show (a deferred field would
cost a query per row, which the query-count test would catch).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable
from typing import Any, cast

import segno
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET, require_http_methods

from luoshi.ledger import feedback as service
from luoshi.ledger import submissions
from luoshi.ledger.forms import FeedbackForm
from luoshi.ledger.models import AssessmentRules, Attachment, ChainHead, Feedback, Item, ProgressReport, Unit
from luoshi.ledger.permissions import can
from luoshi.ledger.reports.assessment import assess
from luoshi.ledger.reports.stats import totals, unit_rates
from luoshi.ledger.views.attachments import attachment_response
from luoshi.report.rates import UnitRates, percent_text

_PER_PAGE = 50
_QR_SCALE, _QR_BORDER = 6, 4
_POINTS_CACHE_SECONDS = 600
_QR_MAX_AGE = 3600  # an unpublished item's code may linger this long in a cache; its page is a 404 at once
# What a public page may show of an item; everything else stays deferred and unused.
_PUBLIC_FIELDS = ("number", "content", "heading", "evidence", "metric", "target_value", "target_value_max",
                  "target_unit", "comparator", "deadline_year", "deadline", "original_deadline", "status", "light",
                  "light_reason", "percent", "reported_value", "reported_unit", "is_public", "source_id", "sequence",
                  "lead_unit__name")


def public_items() -> QuerySet[Item]:
    """Published items with what a public page shows, the latest progress report's text and day included."""
    latest = ProgressReport.objects.filter(item=OuterRef("pk")).order_by("-created_at", "-id")
    return (Item.objects.filter(is_public=True).select_related("lead_unit").only(*_PUBLIC_FIELDS)
            .annotate(latest_text=Subquery(latest.values("text")[:1]),
                      latest_at=Subquery(latest.values("created_at")[:1]))
            .order_by("source_id", "sequence"))


def cached_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Serve a public page from the cache shared by the worker processes while the ledger has not changed.

    The key holds the history chain's head, so a change a clerk or a unit makes shows at the next request;
    what is not recorded there (a unit renamed in the admin, the light's reason) shows within
    ``LUOSHI_PUBLIC_CACHE_SECONDS``. A public page is the same for everyone (no user, no form, no session),
    so what is cached is the page a citizen sees. Only ``?page=N`` varies it: other query strings are
    rendered without the cache, so they cannot fill it.
    """

    @functools.wraps(view)
    def serve(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        seconds = settings.LUOSHI_PUBLIC_CACHE_SECONDS
        page = request.GET.get("page", "1")
        if seconds <= 0 or set(request.GET) - {"page"} or not (page.isdigit() and len(page) <= 5):
            return view(request, *args, **kwargs)
        key = f"luoshi:public:page:{request.path}:{int(page)}:{_ledger_version()}"
        if (hit := cache.get(key)) is not None:
            response = HttpResponse(hit, content_type="text/html; charset=utf-8")
        else:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.cookies:
                cache.set(key, response.content, seconds)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=seconds)
        return response

    return serve


def _ledger_version() -> str:
    """What a public page's cache key changes with: the history chain's head (unique across databases too: it
    covers a timestamp) and the 考评 rules' last change."""
    rules = AssessmentRules.objects.filter(pk=1).values("updated_at")[:1]  # one row (AssessmentRules.current)
    head = ChainHead.objects.filter(pk=1).annotate(rules=Subquery(rules)).values_list("hash", "rules").first()
    return f"{head[0]}:{head[1].isoformat() if head[1] else ''}" if head else ""


def public_url(request: HttpRequest, number: str) -> str:
    """The address a QR code carries: LUOSHI_PUBLIC_URL (the public origin) when set, else this request's.

    The request's own address is used only where no public URL is needed: ``luoshi serve`` on loopback,
    where the settings allow the loopback names alone (a forged Host header is a 400, never a code).
    """
    path = reverse("ledger:public_item", args=[number])
    base = settings.LUOSHI_PUBLIC_URL
    return f"{base}{path}" if base else request.build_absolute_uri(path)


# ---------------------------------------------------------------------------------------------- 成绩单


@require_GET
@cached_page
def scoreboard(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    published = Item.objects.filter(is_public=True)
    rates = unit_rates(published, today)
    shown = {line.unit.pk for line in rates}
    # 考评 of the month so far, for the units on this page.
    points = {pk: n for pk, n in month_points(today).items() if pk in shown}
    page = Paginator(public_items(), _PER_PAGE).get_page(request.GET.get("page"))
    context = {
        **_common(), "today": today, "totals": _rates_row(totals(published, today)),
        "rates": [{**_rates_row(line), "points": points.get(line.unit.pk)} for line in rates],
        "page": page, "rows": _rows(page.object_list),
        "charts": _charts(rates, published),
    }
    return render(request, "ledger/public_scoreboard.html", context)


@require_GET
@cached_page
def unit_scoreboard(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(Unit.objects.only("name"), pk=pk, active=True)
    today = timezone.localdate()
    published = Item.objects.filter(is_public=True, lead_unit=unit)
    lines = unit_rates(published, today)
    score = month_points(today).get(unit.pk)
    page = Paginator(public_items().filter(lead_unit=unit), _PER_PAGE).get_page(request.GET.get("page"))
    context = {
        **_common(), "today": today, "unit": unit, "line": _rates_row(lines[0]) if lines else None,
        "points": score if lines else None, "page": page, "rows": _rows(page.object_list),
    }
    return render(request, "ledger/public_unit.html", context)


def month_points(today: dt.date) -> dict[int, int]:
    """考评 points of the month so far by unit id, cached until the ledger or the rules change.

    Only the points: the 考评 lines name items that may not be public. The assessment reads every item,
    too slow to run for each anonymous visit (0.4 s on 10,000 items). What it counts changes only with a
    new record in the history chain, so the chain head's hash (unique across databases too: it covers a
    timestamp), the rules' last change and the day make the key; the expiry covers what is not recorded
    there (a unit deactivated in the admin).
    """
    rules = AssessmentRules.current()
    head = ChainHead.objects.filter(pk=1).values_list("hash", flat=True).first() or ""
    key = f"luoshi:public:points:{today.isoformat()}:{head}:{rules.updated_at.isoformat()}"

    def compute() -> dict[int, int]:
        return {s.unit.pk: s.points for s in assess(today.replace(day=1), today, rules=rules, today=today)}

    return cast(dict[int, int], cache.get_or_set(key, compute, _POINTS_CACHE_SECONDS))


# ---------------------------------------------------------------------------------------------- 码上督


@require_http_methods(["GET", "POST"])
def item_page(request: HttpRequest, number: str) -> HttpResponseBase:
    item = get_object_or_404(public_items(), number=number)
    if request.method == "GET" and "attachment" in request.GET:
        return _public_attachment(item, request.GET["attachment"])
    if request.method == "GET":
        return _render_item(request, item, FeedbackForm(), sent="sent" in request.GET)
    form = FeedbackForm(request.POST)
    done = redirect(f"{reverse('ledger:public_item', args=[number])}?sent=1#feedback")
    if form.data.get("website"):
        return done  # a bot: it sees what a person sees, and nothing is stored
    if not form.is_valid():
        return _render_item(request, item, form, status=400)
    try:
        sent = service.submit_feedback(item, form.cleaned_data["text"], form.cleaned_data["contact"],
                                       service.client_key(request), submission_key=submissions.key_of(request))
    except submissions.AlreadySubmitted:  # the same form sent again: nothing stored, the notice shown
        return redirect(f"{reverse('ledger:public_item', args=[number])}?sent=again#feedback")
    except service.RateLimited as e:
        form.add_error(None, str(e))
        response = _render_item(request, item, form, status=429)
        response["Retry-After"] = "3600"
        return response
    except service.FeedbackError as e:
        form.add_error(None, str(e))
        return _render_item(request, item, form, status=400)
    # the confirmation is the feedback's own status page: its 查询码 to keep, and where to look it up again
    return redirect(f"{reverse('ledger:public_feedback_status', args=[sent.tracking])}?new=1")


def _render_item(request: HttpRequest, item: Item, form: FeedbackForm, *, sent: bool = False,
                 status: int = 200) -> HttpResponse:
    answers = (Feedback.objects.filter(item=item, status=Feedback.Status.PUBLISHED)
               .select_related("unit").only("text", "answer", "created_at", "answered_at", "unit__name")
               .order_by("-answered_at", "-id"))
    attachments = (Attachment.objects.filter(report__item=item, is_public=True)
                   .only("name", "size", "report__created_at").select_related("report").order_by("-report__created_at"))
    context = {
        **_common(), "item": item, "row": _rows([item])[0], "answers": answers, "attachments": attachments,
        "form": form, "sent": sent, "qr_url": public_url(request, item.number),
        "max_chars": settings.LUOSHI_FEEDBACK_MAX_CHARS, "response_days": settings.LUOSHI_FEEDBACK_RESPONSE_DAYS,
    }
    return render(request, "ledger/public_item.html", context, status=status)


def _public_attachment(item: Item, pk: str) -> FileResponse:
    if not pk.isdigit():
        raise Http404
    return attachment_response(get_object_or_404(Attachment, pk=int(pk), report__item=item, is_public=True))


@require_GET
def item_qr(request: HttpRequest, number: str, fmt: str) -> HttpResponse:
    if fmt not in ("png", "svg"):
        raise Http404
    get_object_or_404(Item.objects.only("pk"), number=number, is_public=True)  # unpublished: a 404 at once
    url = public_url(request, number)
    key = f"luoshi:public:qr:{fmt}:{url}"  # the code is a function of the address it carries
    if (image := cache.get(key)) is None:
        image = _qr_image(url, number, fmt)
        cache.set(key, image, _QR_MAX_AGE)
    response = HttpResponse(image, content_type="image/png" if fmt == "png" else "image/svg+xml")
    patch_cache_control(response, public=True, max_age=_QR_MAX_AGE)
    return response


def _qr_image(url: str, number: str, fmt: str) -> bytes:
    code = segno.make(url, error="m")
    buffer = io.BytesIO()
    if fmt == "png":
        code.save(buffer, kind="png", scale=_QR_SCALE, border=_QR_BORDER)
    else:
        code.save(buffer, kind="svg", scale=_QR_SCALE, border=_QR_BORDER, xmldecl=False, title=number)
    return buffer.getvalue()


@login_required
@require_GET
def qr_sheet(request: HttpRequest, pk: int) -> HttpResponse:
    """An A4 sheet of a unit's published items' QR codes, to print and post where the work is done."""
    if not can(request.user, "qr_sheet"):
        raise PermissionDenied
    unit = get_object_or_404(Unit, pk=pk)
    codes = []
    for item in Item.objects.filter(is_public=True, lead_unit=unit).only("number", "content").order_by(
            "source_id", "sequence"):
        url = public_url(request, item.number)
        uri = segno.make(url, error="m").svg_data_uri(scale=_QR_SCALE, border=_QR_BORDER)
        codes.append({"item": item, "url": url, "data_uri": uri})
    return render(request, "ledger/qr_sheet.html", {**_common(), "unit": unit, "codes": codes})


# ---------------------------------------------------------------------------------------------- helpers


def _common() -> dict:
    return {"jurisdiction": settings.LUOSHI_JURISDICTION}


def _rates_row(line: UnitRates) -> dict:
    return {"unit": line.unit, "total": line.total, "closed": line.closed, "open": line.open,
            "on_time": line.on_time, "overdue": line.overdue, "red": line.red, "yellow": line.yellow,
            "green": line.green, "completion": percent_text(line.completion_rate),
            "on_time_rate": percent_text(line.on_time_rate)}


def _rows(items) -> list[dict]:
    """What the items table shows of each item, the 达标 verdict and the reported value included."""
    rows = []
    for item in items:
        reported = ""
        if item.reported_value is not None:
            reported = f"{_number(item.reported_value)}{item.reported_unit or item.target_unit}"
        rows.append({"item": item, "target": item.target_text, "reported": reported, "verdict": item.verdict,
                     "latest": getattr(item, "latest_text", None) or "", "latest_at": getattr(item, "latest_at", None),
                     "extended": bool(item.original_deadline and item.deadline
                                      and item.deadline != item.original_deadline)})
    return rows


def _number(value: float) -> str:
    """2960000 as 2960000 and 7.25 as 7.25: a clerk's figure, never 2.96e+06."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


_LIGHT_COLOURS = {"green": "#1a7f37", "yellow": "#bf8700", "red": "#cf222e"}


def _charts(rates: list[UnitRates], published: QuerySet[Item]) -> dict:
    """The charts' data, for json_script: completion by unit, and open items by light."""
    in_hand = ~Q(status__in=[Item.Status.CLOSED, Item.Status.FILED])  # a light means something only here
    counts = published.aggregate(closed=Count("pk", filter=Q(status=Item.Status.CLOSED)),
                                 **{light: Count("pk", filter=in_hand & Q(light=light)) for light in Item.Light.values})
    return {
        "units": [line.unit.name for line in rates],
        "completion": [_percent(line.completion_rate) for line in rates],
        "on_time": [_percent(line.on_time_rate) for line in rates],
        "lights": [{"name": label, "value": counts[value], "itemStyle": {"color": _LIGHT_COLOURS[value]}}
                   for value, label in Item.Light.choices]
        + [{"name": "已销号", "value": counts["closed"], "itemStyle": {"color": "#8c959f"}}],
    }


def _percent(rate: float | None) -> float | None:
    return None if rate is None else round(rate * 100, 1)

