"""The Django admin: units, people and users are managed here too; history is read-only."""

from __future__ import annotations

from django.contrib import admin

from luoshi.ledger.models import HistoryRecord, Item, Person, Profile, Source, Unit


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown, never added, changed or deleted here: the workflow changes these and records each change."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class PersonInline(admin.TabularInline):
    model = Person
    extra = 0


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "aliases", "duties", "active"]
    search_fields = ["name", "aliases", "duties"]
    fields = ["name", "active", "aliases", "duties"]  # short names and duties feed the 牵头单位 suggestions
    inlines = [PersonInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "unit", "phone"]
    list_filter = ["unit"]
    search_fields = ["name"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "unit"]
    list_filter = ["role", "unit"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["number", "title", "date", "region", "status"]
    readonly_fields = [f.name for f in Source._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False  # imported through the review page, which extracts and proposes


@admin.register(Item)
class ItemAdmin(ReadOnlyAdmin):
    """Read-only: items change only through the workflow, which checks state and records history."""

    list_display = ["number", "status", "light", "lead_unit", "deadline"]
    list_filter = ["status", "light", "lead_unit"]
    search_fields = ["number", "content"]


@admin.register(HistoryRecord)
class HistoryRecordAdmin(ReadOnlyAdmin):
    """The history chain is append-only."""

    list_display = ["seq", "created_at", "actor", "action", "subject"]
    search_fields = ["subject", "actor", "action"]
