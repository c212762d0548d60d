"""A unit's journey at phone width (390 px) in Chromium: one button before 签收, folded cards after it, a report
sent from an unfolded card, the list sorted and the history read; and a citizen's 查询码 on the same width.

Screenshots go to LUOSHI_SCREENSHOTS (default build/e2e-screenshots/); look at them after a change to a page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from luoshi.ledger import workflow
from luoshi.ledger.models import Feedback, Item, ProgressReport

from .test_e2e_browser import SHOTS, Session, browser  # noqa: F401  (browser is a fixture)

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


def _no_sideways_scroll(session: Session, what: str) -> None:
    width = session.page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{what} scrolls sideways at phone width ({width} px)"


def test_unit_signs_and_reports_on_a_phone(browser, live_server, items, users, units):  # noqa: F811
    users["unit"].first_name = "李四"
    users["unit"].save()
    item = items[0]
    workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["发改局"],
                    deadline=timezone.localdate() + dt.timedelta(days=60),
                    milestones=[("完成方案", timezone.localdate() + dt.timedelta(days=30))])
    unit = Session(browser, live_server.url, "fgj", **PHONE)
    unit.go(f"/items/{item.number}/")
    unit.shot("phone-unit-before-sign")
    actions = unit.page.inner_text("section.actions")
    assert "确认签收" in actions
    for word in ("申请延期", "退回", "申请办结", "报送进展"):
        assert word not in actions
    _no_sideways_scroll(unit, "the item page")
    unit.submit("#action-sign")
    assert "已签收" in unit.page.inner_text(".messages")

    # after 签收: four folded cards, their fields hidden until one is opened
    assert unit.page.locator("details.action").count() == 4
    assert not unit.page.is_visible("#action-report textarea[name=text]")
    unit.shot("phone-unit-signed-folded")
    unit.open("#action-report")
    assert unit.page.is_visible("#action-report textarea[name=text]")
    unit.page.fill("#action-report textarea[name=text]", "已完成调研。\n正在起草实施方案。")
    unit.page.fill("#action-report input[name=percent]", "40")
    unit.shot("phone-unit-report-open")
    unit.submit("#action-report")
    report = ProgressReport.objects.get(item=item)
    assert report.text == "已完成调研。\n正在起草实施方案。" and report.percent == 40
    unit.shot("phone-unit-reported")
    history = unit.page.inner_text("section.history")
    assert "李四" in history and "状态：待签收 → 办理中" in history and "完成进度：0% → 40%" in history
    assert "['" not in history
    _no_sideways_scroll(unit, "the item page after the report")

    unit.go("/items/?sort=-deadline")
    unit.shot("phone-unit-item-list")
    assert unit.page.locator("th[aria-sort=descending]").count() == 1
    _no_sideways_scroll(unit, "the item list")
    unit.close()


def test_clerk_prints_the_list(browser, live_server, items, users):  # noqa: F811
    clerk = Session(browser, live_server.url, users["supervisor"].username)
    clerk.go("/items/?sort=status")
    clerk.page.emulate_media(media="print")
    assert not clerk.page.is_visible("header.top") and not clerk.page.is_visible("form.filters")
    assert not clerk.page.is_visible("button[data-print]") and clerk.page.is_visible("table")
    clerk.page.pdf(path=str(SHOTS / "item-list-print.pdf"), prefer_css_page_size=True)
    clerk.shot("item-list-print-media")
    clerk.close()


def test_citizen_keeps_a_tracking_code_on_a_phone(browser, live_server, items, users, units):  # noqa: F811
    item = items[0]
    workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["发改局"],
                    deadline=timezone.localdate() + dt.timedelta(days=60))
    Item.objects.filter(pk=item.pk).update(is_public=True)
    context = browser.new_context(viewport=PHONE, locale="zh-CN")
    citizen = context.new_page()
    citizen.goto(f"{live_server.url}/public/items/{item.number}/")
    citizen.fill("textarea[name=text]", "路口的路灯还没修好")
    with citizen.expect_navigation():
        citizen.click("#feedback-form button[type=submit]")
    code = Feedback.objects.get().tracking
    assert code in citizen.inner_text("main") and "路口的路灯" not in citizen.inner_text("main")
    citizen.screenshot(path=str(SHOTS / "phone-citizen-tracking-code.png"), full_page=True)
    citizen.goto(f"{live_server.url}/public/feedback/")
    citizen.fill("input[name=code]", code.lower().replace("-", " "))
    with citizen.expect_navigation():
        citizen.click("main form button[type=submit]")
    assert citizen.url.endswith(f"/public/feedback/{code}/") and "办理中" in citizen.inner_text("main")
    assert citizen.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    citizen.screenshot(path=str(SHOTS / "phone-citizen-lookup.png"), full_page=True)
    context.close()
