"""The item list costs the same few queries whatever the page size: no query per row."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from luoshi.ledger import workflow

from .conftest import client_for

pytestmark = pytest.mark.django_db


def test_item_list_queries_do_not_grow_with_rows(items, users, units):
    for item in items:
        workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["发改局"])
    client = client_for(users["supervisor"])
    client.get(reverse("ledger:item_list"))  # the first view stores the session's CSRF token: one write, once
    with CaptureQueriesContext(connection) as one_page:
        assert client.get(reverse("ledger:item_list")).status_code == 200
    with CaptureQueriesContext(connection) as one_row:
        assert client.get(reverse("ledger:item_list"), {"q": items[0].number}).status_code == 200
    assert len(items) >= 3
    assert len(one_page) == len(one_row), [q["sql"] for q in one_page.captured_queries]
