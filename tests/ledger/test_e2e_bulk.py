"""批量交办 in a real headless Chromium: two dev speeches uploaded, accepted and filed, then their items assigned
in one step from the item list; the lead unit, on a 390 px phone screen, sees them with their deadlines.

Screenshots go to the test's tmp dir, and are copied to /tmp/e2e-bulk/ (LUOSHI_SCREENSHOTS_BULK overrides)
for a person to look at. Skipped when no Chromium is installed, except in CI.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from django.utils import timezone

from luoshi.ledger.models import HistoryRecord, Item, Role

from ..conftest import shared_path
from .conftest import make_user
from .test_e2e_browser import Session, browser  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db(transaction=True)

COPY_TO = Path(os.environ.get("LUOSHI_SCREENSHOTS_BULK", "/tmp/e2e-bulk"))
SPEECHES = ("county-head-study-speech.txt", "leiyang-2022-study-group.txt")
MAX_ACTIONS = 5


class Shots:
    def __init__(self, folder: Path) -> None:
        self.folder, self.taken = folder, []
        folder.mkdir(parents=True, exist_ok=True)

    def __call__(self, session: Session, name: str) -> None:
        path = self.folder / f"{len(self.taken) + 1:02d}-{name}.png"
        session.page.screenshot(path=str(path), full_page=True)
        self.taken.append(path)

    def copy(self) -> None:
        COPY_TO.mkdir(parents=True, exist_ok=True)
        for path in self.taken:
            shutil.copy(path, COPY_TO / path.name)


def test_bulk_assign_twenty_items_in_chromium(browser, live_server, units, tmp_path):  # noqa: F811
    make_user("dcs", Role.SUPERVISOR)
    make_user("fgj", Role.UNIT, units["发改局"])
    base = live_server.url
    shots = Shots(tmp_path / "shots")

    # 立项: both speeches uploaded, every proposal accepted and filed.
    clerk = Session(browser, base, "dcs")
    for name in SPEECHES:
        clerk.go("/sources/new/")
        clerk.page.set_input_files("input[type=file]", str(shared_path("corpus", "dev", name)))
        with clerk.page.expect_navigation():
            clerk.page.click("form#upload button[type=submit]")
        if name == SPEECHES[0]:
            shots(clerk, "review-page-proposals")
        if clerk.page.locator("#accept-all").count():
            clerk.page.click("#accept-all")
            clerk.page.wait_for_load_state("networkidle")
        with clerk.page.expect_navigation():
            clerk.page.click("#file-items button[type=submit]")
    shots(clerk, "review-page-filed")
    filed = list(Item.objects.order_by("source_id", "sequence"))
    assert filed, "the two speeches gave no items to file"
    wanted = min(20, len(filed))

    # 批量交办 from the list: select all, a lead unit, a deadline, submit.
    clerk.go("/items/")
    shots(clerk, "item-list-before")
    due = timezone.localdate() + dt.timedelta(days=120)
    before = HistoryRecord.objects.count()
    actions = 0
    clerk.page.check("input.select-all")
    actions += 1
    ticked = clerk.page.locator("input[name=items]:checked").count()
    assert ticked >= wanted
    assert clerk.page.locator("#bulk-count").inner_text() == str(ticked)
    clerk.page.select_option("#bulk-assign select[name=lead_unit]", label="发改局")
    actions += 1
    clerk.page.fill("#bulk-assign input[name=deadline]", due.isoformat())
    actions += 1
    with clerk.page.expect_navigation():
        clerk.page.click("#bulk-assign-submit")
    actions += 1
    assert actions <= MAX_ACTIONS
    shots(clerk, "item-list-after-bulk")
    assigned = Item.objects.filter(status=Item.Status.ASSIGNED, lead_unit=units["发改局"], deadline=due)
    assert assigned.count() == ticked >= wanted
    assert HistoryRecord.objects.count() - before == ticked
    assert f"已交办 {ticked} 项" in clerk.page.content()

    # The review page shows each item's unit and the deadline's source.
    clerk.go(f"/sources/{filed[0].source_id}/#filed")
    shots(clerk, "review-page-after-bulk")

    # The unit, on a phone, sees its items with their deadlines.
    unit = Session(browser, base, "fgj", width=390, height=844)
    unit.go("/items/")
    shots(unit, "unit-items-phone")
    page = unit.page.content()
    first = assigned.order_by("source_id", "sequence").first()
    assert first.number in page and due.isoformat() in page
    assert 'name="items"' not in page  # no bulk controls for a unit
    unit.go(f"/items/{first.number}/")
    shots(unit, "unit-item-phone")
    assert due.isoformat() in unit.page.content()
    width = unit.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the phone page scrolls sideways ({width} px)"

    # An item's 交办 form as the clerk sees it: the ISO date and where it came from.
    clerk.go(f"/items/{first.number}/")
    shots(clerk, "item-detail-reassign")
    assert clerk.page.input_value("#action-assign input[name=deadline]") == due.isoformat()
    shots.copy()
    for session in (clerk, unit):
        session.close()
