"""Query values from the address bar never make a 500: an unusable value is a 400 or is set aside with a reason."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.ledger.conftest import client_for

HUGE = "99999999999999999999"


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "kwargs", "query"), [
    ("ledger:item_list", {}, {"source": HUGE}),
    ("ledger:item_list", {}, {"source": "-1", "unit": HUGE}),
    ("ledger:api_item_list", {}, {"source": HUGE}),
    ("ledger:item_export", {"fmt": "xlsx"}, {"source": HUGE}),
    ("ledger:item_export", {"fmt": "csv"}, {"unit": HUGE}),
    ("ledger:bulletin", {}, {"start": "9999-12-31"}),
    ("ledger:bulletin", {}, {"start": "0001-01-01", "end": "9999-12-31"}),
    ("ledger:bulletin_docx", {}, {"start": "9999-12-31"}),
    ("ledger:assessment", {}, {"start": "9999-12-31"}),
    ("ledger:item_list", {}, {"due_before": "9999-12-31", "page": HUGE}),
])
def test_unusable_query_values_are_no_server_error(users, items, name, kwargs, query):
    response = client_for(users["supervisor"]).get(reverse(name, kwargs=kwargs), query)
    assert response.status_code < 500, response.content[:300]


@pytest.mark.django_db
def test_a_period_beyond_the_century_is_set_aside_with_its_reason(users, items):
    page = client_for(users["supervisor"]).get(reverse("ledger:bulletin"), {"start": "9999-12-31"}).content.decode()
    assert "日期超出范围（2000年至2099年），已显示本月情况。" in page


@pytest.mark.django_db
def test_a_source_number_past_the_database_integer_filters_nothing_out(users, items):
    client = client_for(users["supervisor"])
    everything = client.get(reverse("ledger:api_item_list")).json()
    filtered = client.get(reverse("ledger:api_item_list"), {"source": HUGE}).json()
    assert filtered == everything  # an unusable filter is ignored, like any other bad filter value
