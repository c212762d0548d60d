"""领导批示 in a real headless Chromium: a leader writes one on the item page, the unit reads it on a phone; the
form sent again from the browser's history stores nothing more. Screenshots as in test_e2e_browser."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from luoshi.ledger import workflow
from luoshi.ledger.models import Instruction, Role

from .conftest import make_user
from .test_e2e_browser import Session, browser  # noqa: F401  (the fixture)

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_leader_writes_on_the_item_page(browser, live_server, source, users, units):  # noqa: F811
    item = workflow.file_proposals(users["supervisor"], source)[0]
    item = workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["发改局"],
                           deadline=timezone.localdate() + dt.timedelta(days=60))
    due = timezone.localdate() + dt.timedelta(days=10)
    leader = Session(browser, live_server.url, "leader")
    leader.go(f"/items/{item.number}/")
    form = "#action-instruct"
    leader.open(form)
    leader.page.fill(f"{form} textarea[name=text]", "请抓紧推进，十日内报告进展")
    leader.page.fill(f"{form} input[name=report_due]", due.isoformat())
    leader.submit(form)
    assert "批示已记录" in leader.page.inner_text(".messages")
    leader.shot("instruction-written")
    # Back: the browser fetches the page again (no-store) with a fresh key and puts the typed text back.
    # Sent again unchanged, it goes with the key it was first sent with, and nothing more is stored.
    leader.page.go_back()
    assert leader.page.locator(f"{form} textarea[name=text]").input_value() == "请抓紧推进，十日内报告进展"
    leader.submit(form)
    assert "该表单已提交过" in leader.page.inner_text(".messages")
    assert Instruction.objects.filter(item=item).count() == 1
    # changed after going back, it is a new 批示
    leader.page.go_back()
    leader.page.fill(f"{form} textarea[name=text]", "另：请同步报送资金到位情况")
    leader.submit(form)
    assert Instruction.objects.filter(item=item).count() == 2
    leader.close()
    make_user("fgj2", Role.UNIT, units["发改局"])
    unit = Session(browser, live_server.url, "fgj2", width=390, height=844)
    unit.go(f"/items/{item.number}/")
    text = unit.page.inner_text("#instructions")
    assert "请抓紧推进，十日内报告进展" in text and "待报告" in text
    unit.shot("instruction-read-by-unit-phone")
    unit.close()
