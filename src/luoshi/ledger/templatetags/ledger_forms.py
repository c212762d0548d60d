"""``{% submission_key %}``: the one-time key of a state-changing form (:mod:`luoshi.ledger.submissions`).

Put it beside ``{% csrf_token %}`` in every form that changes something; each use renders a new key.
"""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from luoshi.ledger import submissions

register = template.Library()


@register.simple_tag
def submission_key() -> SafeString:
    return format_html('<input type="hidden" name="{}" value="{}">', submissions.FIELD, submissions.new_key())
