"""成绩单 and 码上督 in a real headless Chromium: a citizen on a phone scans an item's code, leaves feedback;
the unit answers from its dashboard; the supervisor approves; the answer is on the public page.

Screenshots go to build/e2e-screenshots/ (public-*.png), like the staff cycle's.
"""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image

from luoshi.ledger import workflow
from luoshi.ledger.models import Feedback, Item

from .test_e2e_browser import SHOTS, Session, browser  # noqa: F401  (browser is a fixture)

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
FEEDBACK = "小区门口的道路施工已停工两周，什么时候复工？"
ANSWER = "经核查，因管线迁改暂停施工，已协调于下周一复工，预计月底完工。"


def shot(page, name: str) -> None:
    Session.step += 1
    page.screenshot(path=str(SHOTS / f"{Session.step:02d}-public-{name}.png"), full_page=True)


@pytest.fixture
def ledger(items, users, units, person):
    """items[0] in progress at 发改局 and public; items[1] quantitative at 住建局, reported, public;
    items[2] assigned but not public."""
    supervisor = users["supervisor"]
    first = workflow.assign(supervisor, items[0], version=items[0].version, lead_unit=units["发改局"],
                            responsible=person)
    first = workflow.sign(users["unit"], first, version=first.version)
    workflow.report_progress(users["unit"], first, text="已完成项目选址和方案设计，正在办理施工许可。", percent=45)
    first = Item.objects.get(pk=first.pk)
    workflow.edit_item(supervisor, first, version=first.version, is_public=True)
    target = workflow.assign(supervisor, items[1], version=items[1].version, lead_unit=units["住建局"])
    target = workflow.sign(users["other_unit"], target, version=target.version)
    workflow.report_progress(users["other_unit"], target, text="已建成农村公路130公里。", percent=80, value=130,
                             value_unit="公里")
    target = Item.objects.get(pk=target.pk)
    workflow.edit_item(supervisor, target, version=target.version, is_public=True)
    hidden = workflow.assign(supervisor, items[2], version=items[2].version, lead_unit=units["交通局"])
    return {"first": Item.objects.get(pk=first.pk), "target": Item.objects.get(pk=target.pk), "hidden": hidden}


def test_citizen_feedback_answered_and_published_in_chromium(browser, live_server, ledger, users, units):  # noqa: F811
    base = live_server.url
    first, target, hidden = ledger["first"], ledger["target"], ledger["hidden"]

    # 成绩单 on a desktop: published items, rates and charts; the unpublished item is not there.
    desk = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = desk.new_page()
    page.goto(f"{base}/public/")
    page.wait_for_selector("#chart-units svg")
    page.wait_for_selector("#chart-lights svg")
    body = page.inner_text("main")
    assert first.number in body and target.number in body and hidden.number not in body
    assert "达标" in page.inner_text(f"tr:has(a:text-is('{target.number}'))")
    shot(page, "scoreboard-desktop")
    desk.close()

    # A citizen's phone: the code on the poster leads to the item's page.
    phone = browser.new_context(viewport=PHONE, locale="zh-CN", is_mobile=True, has_touch=True)
    citizen = phone.new_page()
    citizen.goto(f"{base}/public/")
    citizen.wait_for_selector("#chart-units svg")
    assert hidden.number not in citizen.inner_text("main")
    shot(citizen, "scoreboard-phone")
    png = citizen.request.get(f"{base}/public/items/{first.number}/qr.png").body()
    url = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))[0].text
    assert url == f"{base}/public/items/{first.number}/"
    citizen.goto(url)
    trap = citizen.locator(".hp").bounding_box()  # the honeypot: in the form, off screen for people
    assert trap is not None and trap["x"] + trap["width"] <= 0
    citizen.fill("textarea[name=text]", FEEDBACK)
    citizen.fill("input[name=contact]", "13800001111")
    shot(citizen, "item-phone-feedback-filled")
    with citizen.expect_navigation():
        citizen.click("#feedback-form button[type=submit]")
    fb = Feedback.objects.get()
    sent = citizen.inner_text("main")  # the feedback's own page, with its 查询码 to keep
    assert "已收到您的反馈" in sent and fb.tracking in sent
    shot(citizen, "item-phone-feedback-sent")
    assert fb.unit == units["发改局"] and fb.text == FEEDBACK and fb.status == Feedback.Status.NEW

    # The unit sees it on its dashboard with the deadline, and answers.
    unit = Session(browser, base, users["unit"].username, **PHONE)
    card = unit.page.inner_text("#feedback")
    assert FEEDBACK[:10] in card and fb.response_due.isoformat() in card
    unit.shot("public-unit-dashboard-feedback")
    unit.go("/feedback/")
    unit.page.fill(f"#feedback-{fb.pk} textarea[name=answer]", ANSWER)
    unit.submit(f"#feedback-{fb.pk} form.answer-form")
    unit.shot("public-unit-answered")
    assert Feedback.objects.get(pk=fb.pk).status == Feedback.Status.ANSWERED

    # Not public before the supervisor approves.
    citizen.reload()
    assert ANSWER not in citizen.inner_text("main")

    clerk = Session(browser, base, users["supervisor"].username)
    clerk.go("/feedback/")
    clerk.page.check(f"#feedback-{fb.pk} input[name=decision][value=publish]")
    clerk.shot("public-supervisor-review")
    clerk.submit(f"#feedback-{fb.pk} form.review-form")
    assert Feedback.objects.get(pk=fb.pk).status == Feedback.Status.PUBLISHED
    clerk.go(f"/units/{units['发改局'].pk}/qr-sheet/")
    assert first.number in clerk.page.inner_text("main")
    clerk.shot("public-qr-sheet")
    clerk.page.emulate_media(media="print")
    clerk.shot("public-qr-sheet-print")

    # The citizen's 查询码 page and the item's page now show the answer, and still no contact or person.
    citizen.reload()
    assert ANSWER in citizen.inner_text("#answer") and "已答复" in citizen.inner_text("main")
    citizen.goto(url)
    answers = citizen.inner_text("#answers")
    assert FEEDBACK in answers and ANSWER in answers
    text = citizen.inner_text("body")
    assert "13800001111" not in text and "张三" not in text
    shot(citizen, "item-phone-answer-public")
    for session in (unit, clerk):
        session.close()
    phone.close()
