"""The admin shows the outbox and its log read-only; channels are edited on the notification page, which
records each change in the history."""

from __future__ import annotations

from django.contrib import admin

from luoshi.ledger.admin import ReadOnlyAdmin
from luoshi.ledger.notify.models import Channel, Delivery, Message


@admin.register(Channel)
class ChannelAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "kind", "enabled", "updated_at"]
    list_filter = ["kind", "enabled"]
    exclude = ["secret", "address"]  # a robot's token and its 加签 secret are not shown


@admin.register(Message)
class MessageAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "title", "channel", "status", "attempts", "next_attempt_at"]
    list_filter = ["status", "event"]
    search_fields = ["title"]


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = ["at", "message", "ok", "http_status", "error"]
    list_filter = ["ok"]
