"""The 督查室's notification pages: each unit's channels (add, edit, switch off, send a test) and the outbox
with its delivery log. Supervisor only, checked on every request like the 单位 pages."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from luoshi.ledger import history, submissions
from luoshi.ledger.models import Unit
from luoshi.ledger.notify import outbox, wakeup
from luoshi.ledger.notify.events import EVENTS
from luoshi.ledger.notify.forms import ChannelForm
from luoshi.ledger.notify.models import Channel, Message
from luoshi.ledger.notify.transports import masked
from luoshi.ledger.permissions import can

PER_PAGE = 50


def _require_supervisor(request: HttpRequest) -> None:
    if not can(request.user, "manage_units"):
        raise PermissionDenied


@login_required
def channel_list(request: HttpRequest) -> HttpResponse:
    _require_supervisor(request)
    channels = list(Channel.objects.select_related("unit").annotate(
        failed=Count("messages", filter=_status(Message.Status.FAILED)),
        pending=Count("messages", filter=_status(Message.Status.PENDING))))
    totals = dict(Message.objects.values_list("status").annotate(n=Count("id")).order_by())
    context = {
        "channels": [_row(c) for c in channels],
        "totals": [(label, totals.get(value, 0), value) for value, label in Message.Status.choices],
        "failures": Message.objects.filter(status=Message.Status.FAILED)
        .select_related("channel", "channel__unit")[:10],
        "units_without": Unit.objects.filter(active=True).exclude(channels__enabled=True).order_by("name"),
    }
    return render(request, "notify/channel_list.html", context)


@login_required
def channel_new(request: HttpRequest) -> HttpResponse:
    _require_supervisor(request)
    unit_pk = _int(request.GET.get("unit"))
    unit = Unit.objects.filter(pk=unit_pk).first() if unit_pk else None
    form = ChannelForm(request.POST or None, initial={"unit": unit})
    if request.method == "POST" and form.is_valid():
        try:
            with submissions.once(request):
                channel = form.save()
                history.record(request.user, "新增通知渠道", subject=_subject(channel), after=_snapshot(channel))
        except submissions.AlreadySubmitted:
            return submissions.replayed(request, "ledger:notify:channel_list")
        messages.success(request, f"已新增通知渠道“{channel}”。可点“发送测试消息”确认能收到。")
        return redirect("ledger:notify:channel_list")
    return render(request, "notify/channel_form.html", {"form": form, "channel": None},
                  status=400 if form.errors else 200)


@login_required
def channel_edit(request: HttpRequest, pk: int) -> HttpResponse:
    _require_supervisor(request)
    channel = get_object_or_404(Channel.objects.select_related("unit"), pk=pk)
    before = _snapshot(channel)
    form = ChannelForm(request.POST or None, instance=channel, initial={"secret": ""})
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            channel = form.save()
            after = _snapshot(channel)
            if after != before:
                history.record(request.user, "修改通知渠道", subject=_subject(channel),
                               before={k: v for k, v in before.items() if after[k] != v},
                               after={k: v for k, v in after.items() if before[k] != v})
        messages.success(request, f"已保存通知渠道“{channel}”。")
        return redirect("ledger:notify:channel_list")
    return render(request, "notify/channel_form.html", {"form": form, "channel": channel, "row": _row(channel)},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def channel_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    _require_supervisor(request)
    try:  # a replayed 停用 must not switch the channel back on
        with submissions.once(request), transaction.atomic():
            channel = get_object_or_404(Channel.objects.select_for_update(), pk=pk)
            channel.enabled = not channel.enabled
            channel.save(update_fields=["enabled", "updated_at"])
            history.record(request.user, "启用通知渠道" if channel.enabled else "停用通知渠道",
                           subject=_subject(channel), before={"启用": not channel.enabled},
                           after={"启用": channel.enabled})
    except submissions.AlreadySubmitted:
        return submissions.replayed(request, "ledger:notify:channel_list")
    messages.success(request, f"已{'启用' if channel.enabled else '停用'}通知渠道“{channel}”。")
    return redirect("ledger:notify:channel_list")


@login_required
@require_POST
def channel_test(request: HttpRequest, pk: int) -> HttpResponse:
    _require_supervisor(request)
    channel = get_object_or_404(Channel.objects.select_related("unit"), pk=pk)
    if not channel.enabled:
        messages.error(request, "该渠道已停用，请先启用再发送测试消息。")
        return redirect("ledger:notify:channel_list")
    message = outbox.send_test(channel)
    if message.status == Message.Status.SENT:
        messages.success(request, f"测试消息已发送到“{channel}”，请在对方确认收到。")
    else:
        messages.error(request, f"测试消息发送失败：{message.last_error}（将按规则重试，详见发送记录）"
                       if message.status == Message.Status.PENDING else f"测试消息发送失败：{message.last_error}")
    return redirect("ledger:notify:message_detail", pk=message.pk)


@login_required
def message_list(request: HttpRequest) -> HttpResponse:
    _require_supervisor(request)
    query = Message.objects.select_related("channel", "channel__unit", "item")
    status = request.GET.get("status", "")
    if status in Message.Status.values:
        query = query.filter(status=status)
    channel_pk = _int(request.GET.get("channel"))
    channel = Channel.objects.filter(pk=channel_pk).first() if channel_pk else None
    if channel is not None:
        query = query.filter(channel=channel)
    page = Paginator(query, PER_PAGE).get_page(request.GET.get("page"))
    rows = [(m, EVENTS[m.event].label if m.event in EVENTS else "测试消息") for m in page]
    context = {"page": page, "rows": rows, "status": status, "channel": channel, "statuses": Message.Status.choices}
    return render(request, "notify/message_list.html", context)


@login_required
def message_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_supervisor(request)
    message = get_object_or_404(Message.objects.select_related("channel", "channel__unit", "item"), pk=pk)
    context = {"message": message, "deliveries": message.deliveries.all()[:100],
               "event": EVENTS[message.event].label if message.event in EVENTS else "测试消息",
               "can_retry": message.status in (Message.Status.FAILED, Message.Status.CANCELLED)}
    return render(request, "notify/message_detail.html", context)


@login_required
@require_POST
def message_retry(request: HttpRequest, pk: int) -> HttpResponse:
    _require_supervisor(request)
    message = get_object_or_404(Message, pk=pk)
    outbox.retry(message)
    wakeup.wake()
    messages.success(request, "已重新排队，将在一分钟内发送。")
    return redirect("ledger:notify:message_detail", pk=message.pk)


def _status(value: str) -> Q:
    return Q(messages__status=value)


def _row(channel: Channel) -> dict[str, Any]:
    return {"channel": channel, "address": masked(channel), "signed": bool(channel.secret),
            "events": [EVENTS[code].label for code in channel.events if code in EVENTS],
            "failed": getattr(channel, "failed", 0), "pending": getattr(channel, "pending", 0)}


def _subject(channel: Channel) -> str:
    return f"通知渠道 {channel}"[:100]


def _snapshot(channel: Channel) -> dict[str, Any]:
    """What the history keeps of a channel: never a robot's token or its 加签 secret."""
    return {"方式": channel.get_kind_display(), "名称": channel.name, "地址": masked(channel),
            "加签": bool(channel.secret), "通知事项": "、".join(EVENTS[c].label for c in channel.events if c in EVENTS),
            "启用": channel.enabled}


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 12 else None
