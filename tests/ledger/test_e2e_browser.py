"""The whole 督办 cycle in a real headless Chromium (Debian's), driven by Playwright, with screenshots.

Screenshots go to build/e2e-screenshots/ (LUOSHI_SCREENSHOTS overrides); look at them after a change to
a page. Skipped when no Chromium is installed, except in CI, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from luoshi.ledger.models import ExtensionRequest, Item, Person, Role

from ..conftest import ROOT, shared_path
from .conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path(os.environ.get("LUOSHI_SCREENSHOTS", ROOT / "build" / "e2e-screenshots"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Without these, Chromium keeps trying to reach Google's services, which this closed network refuses.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: scripts/setup --test installs it")
        pytest.skip("chromium is not installed")
    playwright = pytest.importorskip("playwright.sync_api")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop in this thread
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


class Session:
    """One person at one browser: logs in, clicks, and saves numbered screenshots."""

    step = 0

    def __init__(self, browser, base_url: str, username: str, *, width: int = 1280, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
        self.page = self.context.new_page()
        self.base = base_url
        self.page.goto(f"{base_url}/login/")
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", PASSWORD)
        self.page.click("button[type=submit]")
        self.page.wait_for_url(f"{base_url}/")

    def go(self, path: str) -> None:
        self.page.goto(f"{self.base}{path}")

    def shot(self, name: str) -> None:
        Session.step += 1
        self.page.screenshot(path=str(SHOTS / f"{Session.step:02d}-{name}.png"), full_page=True)

    def open(self, form_selector: str) -> None:
        """Unfold the item page's action card that holds the form (the cards are folded until opened)."""
        self.page.click(f"details:has({form_selector}) > summary")

    def submit(self, form_selector: str) -> None:
        with self.page.expect_navigation():
            self.page.click(f"{form_selector} button[type=submit]")

    def close(self) -> None:
        self.context.close()


def test_whole_cycle_in_chromium(browser, live_server, units):
    supervisor = make_user("dcs", Role.SUPERVISOR)
    make_user("leader", Role.LEADER)
    make_user("fgj", Role.UNIT, units["发改局"])
    Person.objects.create(unit=units["发改局"], name="张三", title="副局长")
    speech = shared_path("corpus", "dev", "yiyuan-2022-study-speech.txt")
    base = live_server.url

    # 立项: the supervisor uploads a dev speech, reviews the proposals, accepts them and files them.
    clerk = Session(browser, base, supervisor.username)
    clerk.shot("supervisor-dashboard")
    clerk.go("/sources/new/")
    clerk.page.set_input_files("input[type=file]", str(speech))
    with clerk.page.expect_navigation():
        clerk.page.click("form#upload button[type=submit]")
    assert "/sources/" in clerk.page.url
    clerk.shot("review-page")
    clerk.page.click("#accept-all")
    clerk.page.wait_for_load_state("networkidle")
    clerk.shot("review-accepted")
    with clerk.page.expect_navigation():
        clerk.page.click("#file-items button[type=submit]")
    clerk.shot("filed")
    filed = list(Item.objects.order_by("sequence"))
    assert filed and all(i.evidence in i.source.text for i in filed)
    item = filed[0]

    # 交办: assigned to 发改局 with a deadline and a milestone.
    clerk.go(f"/items/{item.number}/")
    clerk.open("#action-assign")
    clerk.page.select_option("#action-assign select[name=lead_unit]", label="发改局")
    clerk.page.fill("#action-assign input[name=deadline]", "2027-06-30")
    clerk.page.fill("#action-assign textarea[name=milestones]", "完成方案，2027-03-31")
    clerk.submit("#action-assign")
    clerk.shot("assigned")
    assert Item.objects.get(pk=item.pk).status == Item.Status.ASSIGNED

    # 签收, 反馈, 延期申请: the unit, on a phone-width screen.
    unit = Session(browser, base, "fgj", width=390, height=844)
    unit.shot("unit-dashboard-phone")
    unit.go(f"/items/{item.number}/")
    unit.submit("#action-sign")
    unit.open("#action-report")
    unit.page.fill("#action-report textarea[name=text]", "已完成调研，正在起草实施方案。")
    unit.page.fill("#action-report input[name=percent]", "40")
    unit.submit("#action-report")
    unit.open("#action-request_extension")
    unit.page.fill("#action-request_extension input[name=new_deadline]", "2027-09-30")
    unit.page.fill("#action-request_extension textarea[name=reason]", "需与省级规划衔接")
    unit.submit("#action-request_extension")
    unit.shot("unit-reported-and-asked-extension-phone")
    assert Item.objects.get(pk=item.pk).percent == 40

    # The leader approves the extension.
    leader = Session(browser, base, "leader")
    leader.shot("leader-dashboard")
    leader.go(f"/items/{item.number}/")
    extension = ExtensionRequest.objects.get(item=item)
    leader.page.check(f"#decide-{extension.pk} input[value=approve]")
    leader.submit(f"#decide-{extension.pk}")
    leader.shot("leader-approved")
    assert str(Item.objects.get(pk=item.pk).deadline) == "2027-09-30"

    # 办结: the unit completes; the supervisor closes (销号).
    unit.go(f"/items/{item.number}/")
    unit.open("#action-complete")
    unit.page.fill("#action-complete textarea[name=text]", "实施方案已印发执行。")
    unit.submit("#action-complete")
    clerk.go(f"/items/{item.number}/")
    clerk.open("#action-review")
    clerk.page.check("#action-review input[value=accept]")
    clerk.submit("#action-review")
    clerk.shot("closed")
    final = Item.objects.get(pk=item.pk)
    assert final.status == Item.Status.CLOSED
    assert str(final.original_deadline) == "2027-06-30"
    body = clerk.page.content()
    for action in ("立项", "交办", "签收", "报送进展", "申请延期", "批准延期", "申请办结", "销号"):
        assert action in body
    clerk.go("/items/")
    clerk.shot("item-list")
    for session in (clerk, unit, leader):
        session.close()
