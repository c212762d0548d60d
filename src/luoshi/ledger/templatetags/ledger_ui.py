"""The pages' small display helpers: ``{{ user|person_name }}`` and the item list's sortable headings."""

from __future__ import annotations

from django import template
from django.http import QueryDict
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from luoshi.ledger import people, sorting

register = template.Library()


@register.filter
def person_name(user) -> str:
    """A person as the pages name them (:func:`luoshi.ledger.people.display_name`)."""
    return people.display_name(user)


@register.simple_tag(takes_context=True)
def sort_heading(context, key: str) -> SafeString:
    """A column heading of the item list that sorts by it: ascending first, then the other way (the filters kept).

    A plain link, not htmx: the page comes back whole, with the filter form carrying the new order on."""
    sort = sorting.SORTS[key]
    current = context.get("sort", "")
    query: QueryDict = context.request.GET.copy()
    query.pop("page", None)
    query["sort"] = f"-{key}" if current == key else key
    state = {key: ("ascending", " ▲"), f"-{key}": ("descending", " ▼")}.get(current, ("", ""))
    title = f"按{sort.label}排序（{sort.example}）"
    return format_html('<th{}><a class="sort" href="{}?{}" title="{}">{}{}</a></th>',
                       format_html(' aria-sort="{}"', state[0]) if state[0] else "",
                       reverse("ledger:item_list"), query.urlencode(), title, sort.label, state[1])


@register.simple_tag(takes_context=True)
def sort_select(context) -> SafeString:
    """The 排序 box of the list's filters, the current order chosen (on a phone the headings are hidden)."""
    current = context.get("sort", "")
    options = format_html_join("", '<option value="{}"{}>{}</option>', (
        (value, " selected" if value == current else "", label) for value, label in sorting.CHOICES))
    return format_html('<label>排序 <select name="sort">{}</select></label>', options)
