"""The pages' behaviours under the Content-Security-Policy, in a real headless Chromium: no inline script is
blocked, and the behaviours that moved to static/ledger/ledger.js (a 牵头单位 suggestion picks its unit,
全选 ticks every row and counts them) still work."""

from __future__ import annotations

import pytest

from luoshi.ledger.models import Unit

from .conftest import PASSWORD
from .test_e2e_browser import Session, browser  # noqa: F401  (browser is a fixture)

pytestmark = pytest.mark.django_db(transaction=True)


def test_pages_run_under_the_policy_in_chromium(browser, live_server, items, users, units):  # noqa: F811
    item = items[0]
    duty = item.content[2:6]  # a keyword of the item's own wording makes 交通局 the suggested lead
    Unit.objects.filter(pk=units["交通局"].pk).update(duties=duty)
    clerk = Session(browser, live_server.url, users["supervisor"].username)
    blocked: list[str] = []
    clerk.page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)

    clerk.go(f"/items/{item.number}/")
    clerk.open("#action-assign")  # its card is folded until opened
    suggestion = clerk.page.locator("button[data-lead-unit='交通局']")
    suggestion.first.click()
    chosen = clerk.page.locator("#action-assign select[name=lead_unit] option:checked").inner_text()
    assert chosen == "交通局"

    clerk.go("/items/")
    clerk.page.check("input.select-all")
    assert clerk.page.inner_text("#bulk-count") == str(clerk.page.locator("input[name=items][form=bulk-assign]").count())
    assert int(clerk.page.inner_text("#bulk-count")) >= 3
    clerk.shot("csp-item-list")

    for path in ("/", "/reports/bulletin/", "/reports/assessment/", f"/sources/{item.source_id}/", "/public/",
                 f"/units/{units['交通局'].pk}/qr-sheet/"):
        clerk.go(path)
        clerk.page.wait_for_load_state("networkidle")
    clerk.close()

    # A unit on a phone changes its password from the page header.
    unit = Session(browser, live_server.url, users["unit"].username, width=390, height=844)
    unit.page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    unit.page.click("a[href='/password/']")
    unit.page.fill("input[name=old_password]", PASSWORD)
    unit.page.fill("input[name=new_password1]", "Zhuashi-luoshi-2027")
    unit.page.fill("input[name=new_password2]", "Zhuashi-luoshi-2027")
    unit.shot("password-change-phone")
    unit.submit("form:has(input[name=old_password])")
    assert "密码已修改" in unit.page.inner_text("body")
    # An old QR code: the 404 is in Chinese, in the site's frame, with a way back.
    unit.go("/public/items/2019-999-99/")
    assert "页面不存在" in unit.page.inner_text("main")
    unit.shot("not-found-phone")
    unit.close()
    assert blocked == []
