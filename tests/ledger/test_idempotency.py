"""Every state-changing form is submitted once: the same form POSTed again (back and resubmit, a double click)
changes nothing and sends the user to the result with a notice."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from luoshi.ledger import submissions, workflow
from luoshi.ledger.models import Feedback, Instruction, ProgressReport, Reminder, SubmissionKey

from .conftest import client_for
from .test_concurrency import run_in_threads

pytestmark = pytest.mark.django_db
KEY = re.compile(r'name="submission_key" value="([^"]+)"')


def twice(client, url: str, data: dict):
    first = client.post(url, data)
    second = client.post(url, data)
    return first, second


def test_a_progress_report_sent_twice_is_stored_once(signed, users):
    client = client_for(users["unit"])
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    first, second = twice(client, url, {"text": "已完成选址", "percent": 20, "submission_key": "k-report-1"})
    assert first.status_code == second.status_code == 302
    assert second["Location"] == reverse("ledger:item_detail", args=[signed.number])
    assert ProgressReport.objects.filter(item=signed).count() == 1
    assert submissions.NOTICE in client.get(second["Location"]).content.decode()
    # the history holds the one report, too
    assert signed.history.filter(action="报送进展").count() == 1


def test_a_workflow_action_sent_twice_is_taken_once(signed, users):
    url = reverse("ledger:item_action", args=[signed.number, "remind"])
    twice(client_for(users["supervisor"]), url, {"message": "请加快进度", "submission_key": "k-remind-1"})
    assert Reminder.objects.filter(item=signed).count() == 1
    url = reverse("ledger:item_action", args=[signed.number, "instruct"])
    twice(client_for(users["leader"]), url, {"text": "抓紧推进", "submission_key": "k-instruct-1"})
    assert Instruction.objects.filter(item=signed).count() == 1


def test_public_feedback_sent_twice_is_stored_once(signed, users):
    item = workflow.edit_item(users["supervisor"], signed, version=signed.version, is_public=True)
    client = client_for(None)
    url = reverse("ledger:public_item", args=[item.number])
    first, second = twice(client, url, {"text": "路面已经修好了", "submission_key": "k-public-1"})
    assert first.status_code == second.status_code == 302
    assert Feedback.objects.filter(item=item).count() == 1
    assert "该表单已提交过" in client.get(second["Location"]).content.decode()


def test_a_refused_form_leaves_its_key_free_for_the_corrected_one(signed, users):
    client = client_for(users["unit"])
    url = reverse("ledger:item_action", args=[signed.number, "request_extension"])
    past = {"new_deadline": "2000-01-01", "reason": "征地未完成", "submission_key": "k-ext-1"}
    assert client.post(url, past).status_code == 400  # 申请的新时限须晚于现时限: nothing written, key not taken
    assert not SubmissionKey.objects.filter(key="k-ext-1").exists()
    later = signed.deadline.replace(year=signed.deadline.year + 1).isoformat()
    assert client.post(url, {**past, "new_deadline": later}).status_code == 302
    assert signed.extensions.count() == 1


def test_two_forms_each_get_their_own_key(signed, users):
    page = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[signed.number])).content.decode()
    keys = KEY.findall(page)
    assert len(keys) >= 3 and len(set(keys)) == len(keys)  # report, extension, completion, …: one each


def test_the_key_is_in_every_form_of_the_pages_that_change_things(signed, users):
    """Every POST form of the item page (for each role) and the public page carries a key."""
    workflow.edit_item(users["supervisor"], signed, version=signed.version, is_public=True)
    pages = [(users[role], reverse("ledger:item_detail", args=[signed.number]))
             for role in ("supervisor", "leader", "unit", "co_unit")]
    pages.append((None, reverse("ledger:public_item", args=[signed.number])))
    for user, url in pages:
        html = client_for(user).get(url).content.decode()
        forms = re.findall(r'<form[^>]*method="post"[^>]*>.*?</form>', html, re.S)
        changing = [f for f in forms if "logout" not in f]
        assert changing and all(KEY.search(f) for f in changing), url


@pytest.mark.django_db(transaction=True)
def test_the_same_form_arriving_twice_at_once_is_stored_once(signed, users):
    """Two copies of one POST at the same moment, each on its own database connection (as two worker processes
    would be): the key's unique row lets one through; the other finds it taken."""
    url = reverse("ledger:item_action", args=[signed.number, "report"])
    data = {"text": "同时到达的两份", "percent": 30, "submission_key": "k-race-1"}
    results = run_in_threads(4, lambda n: client_for(users["unit"]).post(url, data).status_code)
    assert results == [302] * 4
    assert ProgressReport.objects.filter(item=signed).count() == 1
    assert SubmissionKey.objects.filter(key="k-race-1").count() == 1


def test_old_keys_are_forgotten_by_the_daily_run(signed, users):
    SubmissionKey.objects.create(key="k-old", path="/")
    SubmissionKey.objects.create(key="k-new", path="/")
    SubmissionKey.objects.filter(key="k-old").update(created_at=timezone.now() - dt.timedelta(days=31))
    assert submissions.prune(timezone.localdate()) == 1
    assert list(SubmissionKey.objects.values_list("key", flat=True)) == ["k-new"]


def test_an_import_sent_twice_files_one_document(users):
    from luoshi.ledger.models import Source

    client = client_for(users["supervisor"])
    page = client.get(reverse("ledger:source_new")).content.decode()
    key = KEY.search(page).group(1)  # the import form carries its key like every other form
    data = {"text": "今年要完成老旧小区改造100个。", "title": "", "submission_key": key}
    first, second = twice(client, reverse("ledger:source_new"), data)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == reverse("ledger:source_list")
    assert Source.objects.count() == 1
