"""成绩单 and 码上督's public pages: no login, only published items, nothing personal or internal on them."""

from __future__ import annotations

import io
import json
import re

import pytest
import zxingcpp
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from luoshi.ledger import feedback as service
from luoshi.ledger import workflow
from luoshi.ledger.models import AssessmentRules, Attachment, Item, Person

from .conftest import client_for

pytestmark = pytest.mark.django_db

PHONE = "13912345678"
CONTACT = "王女士 13800001111"
REMINDER = "内部催办：请主要负责同志亲自过问"
SECRET_FILE = "内部请示-不公开.txt"
PUBLIC_FILE = "施工现场照片说明.txt"
REPORT = "已完成项目选址，正在办理用地手续"


def publish(user, item: Item) -> Item:
    item = Item.objects.get(pk=item.pk)
    return workflow.edit_item(user, item, version=item.version, is_public=True)


@pytest.fixture
def world(signed, items, users, units, person):
    """items[0]: public, 发改局, with a report, a public and a private attachment, a reminder and answered
    feedback, whose target (新签约亿元以上项目50个以上) has no reported value; items[1]: public, quantitative
    (新建改建农村公路120公里), 住建局; items[2]: not public."""
    Person.objects.filter(pk=person.pk).update(phone=PHONE)
    users["unit"].first_name = "王办事员"
    users["unit"].save()
    report = workflow.report_progress(users["unit"], signed, text=REPORT, percent=40,
                                      files=[SimpleUploadedFile(SECRET_FILE, b"internal"),
                                             SimpleUploadedFile(PUBLIC_FILE, b"photos")])
    Attachment.objects.filter(report=report, name=PUBLIC_FILE).update(is_public=True)
    workflow.remind(users["supervisor"], signed, REMINDER)
    first = publish(users["supervisor"], signed)
    target = items[1]
    target = workflow.assign(users["supervisor"], target, version=target.version, lead_unit=units["住建局"])
    target = workflow.sign(users["other_unit"], target, version=target.version)
    workflow.report_progress(users["other_unit"], target, text="已完工", percent=60, value=130, value_unit="公里")
    target = publish(users["supervisor"], target)
    fb = service.submit_feedback(first, "项目现场好像停工了", CONTACT, "k" * 64)
    service.answer_feedback(users["unit"], fb, "经核查，现场正常施工。")
    service.review_feedback(users["supervisor"], fb, "publish", note="内部审核意见不公开")
    return {"first": Item.objects.get(pk=first.pk), "target": Item.objects.get(pk=target.pk), "hidden": items[2],
            "report": report}


def page(url: str, status: int = 200) -> str:
    response = client_for(None).get(url)
    assert response.status_code == status, url
    # The CSRF token and the submission key are random text: drop them, so a string test cannot match by chance
    # inside them.
    return re.sub(r'<input type="hidden" name="[^"]*" value="[^"]*"', "", response.content.decode())


def public_pages(world, units) -> dict[str, str]:
    return {
        "scoreboard": page(reverse("ledger:public_scoreboard")),
        "unit": page(reverse("ledger:public_unit", args=[units["发改局"].pk])),
        "item": page(reverse("ledger:public_item", args=[world["first"].number])),
        "target": page(reverse("ledger:public_item", args=[world["target"].number])),
    }


def test_public_pages_need_no_login_and_show_published_items(world, units):
    pages = public_pages(world, units)
    first, target = world["first"], world["target"]
    assert first.number in pages["scoreboard"] and target.number in pages["scoreboard"]
    assert first.number in pages["unit"] and target.number not in pages["unit"]  # 住建局's, not 发改局's
    assert "发改局" in pages["scoreboard"] and "住建局" in pages["scoreboard"]
    assert REPORT in pages["scoreboard"] and REPORT in pages["item"]  # the latest progress
    assert first.evidence in pages["item"]
    assert "经核查，现场正常施工。" in pages["item"] and "项目现场好像停工了" in pages["item"]
    assert 'id="chart-data"' in pages["scoreboard"] and "echarts.min.js" in pages["scoreboard"]
    assert "cdn" not in pages["scoreboard"].lower()
    # no staff navigation on a public page
    assert f'href="{reverse("ledger:item_list")}"' not in pages["item"] and "退出" not in pages["item"]


def test_an_unpublished_item_is_nowhere_public(world, units, users):
    hidden = world["hidden"]
    page(reverse("ledger:public_item", args=[hidden.number]), status=404)
    page(reverse("ledger:public_item_qr", args=[hidden.number, "png"]), status=404)
    page(reverse("ledger:public_item_qr", args=[hidden.number, "svg"]), status=404)
    for body in public_pages(world, units).values():
        assert hidden.number not in body
    # withdrawn from publication: its page goes at once
    first = world["first"]
    workflow.edit_item(users["supervisor"], first, version=first.version, is_public=False)
    page(reverse("ledger:public_item", args=[first.number]), status=404)
    assert first.number not in page(reverse("ledger:public_scoreboard"))
    assert client_for(None).post(reverse("ledger:public_item", args=[first.number]),
                                 {"text": "还在吗"}).status_code == 404


def test_no_personal_or_internal_data_on_public_pages(world, units, users, person):
    bodies = public_pages(world, units)
    for name, body in bodies.items():
        for secret in (person.name, PHONE, "王办事员", CONTACT, "13800001111", REMINDER, SECRET_FILE,
                       "内部审核意见不公开", "k" * 64, 'value="fgj"', ">fgj<", ">dcs<"):
            assert secret not in body, f"{secret!r} on the public {name} page"
    assert PUBLIC_FILE in bodies["item"]


def test_only_public_attachments_download_without_login(world):
    url = reverse("ledger:public_item", args=[world["first"].number])
    public = Attachment.objects.get(name=PUBLIC_FILE)
    private = Attachment.objects.get(name=SECRET_FILE)
    response = client_for(None).get(url, {"attachment": public.pk})
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"photos"
    assert response["Content-Disposition"].startswith("attachment")
    assert client_for(None).get(url, {"attachment": private.pk}).status_code == 404
    assert client_for(None).get(url, {"attachment": "x"}).status_code == 404
    # another public item's page does not serve this item's attachment
    other = reverse("ledger:public_item", args=[world["target"].number])
    assert client_for(None).get(other, {"attachment": public.pk}).status_code == 404


def test_verdict_against_the_target_separate_from_closing(world, users):
    target = world["target"]
    assert target.target_text == "120公里" and target.reported_value == 130
    row = _row(page(reverse("ledger:public_scoreboard")), target.number)
    assert "120公里" in row and "130公里" in row and "达标" in row and "未达标" not in row
    assert "办理中" in row  # 达标 and still in hand: the two are separate
    body = page(reverse("ledger:public_item", args=[target.number]))
    assert "是否达标" in body and '<span class="verdict met">达标</span>' in body
    workflow.report_progress(users["other_unit"], target, text="核减", percent=60, value=42, value_unit="公里")
    assert '<span class="verdict missed">未达标</span>' in _row(page(reverse("ledger:public_scoreboard")),
                                                               target.number)
    first_row = _row(page(reverse("ledger:public_scoreboard")), world["first"].number)
    assert "verdict met" not in first_row and "verdict missed" not in first_row  # no value reported, no verdict


def _row(body: str, number: str) -> str:
    match = re.search(rf"<tr>\s*<td data-label=\"编号\"[^>]*><a [^>]*>{re.escape(number)}</a>.*?</tr>", body, re.S)
    assert match, number
    return match.group(0)


def test_scoreboard_rates_and_chart_data(world, units):
    body = page(reverse("ledger:public_scoreboard"))
    data = re.search(r'<script id="chart-data" type="application/json">(.*?)</script>', body, re.S).group(1)
    charts = json.loads(data)
    assert charts["units"] == ["住建局", "发改局"]
    assert charts["completion"] == [0.0, 0.0] and charts["on_time"] == [None, None]
    assert sum(light["value"] for light in charts["lights"]) == 2
    assert reverse("ledger:public_unit", args=[units["发改局"].pk]) in body


def test_user_text_is_escaped_in_the_chart_data_and_tables(world, units, users):
    units["发改局"].name = "发改局</script><script>alert(1)</script>"
    units["发改局"].save()
    first = world["first"]
    workflow.edit_item(users["supervisor"], first, version=first.version, content="<img src=x onerror=alert(2)>")
    body = page(reverse("ledger:public_scoreboard"))
    assert "<script>alert(1)" not in body and "<img src=x" not in body
    assert "&lt;img src=x onerror=alert(2)&gt;" in body
    item_body = page(reverse("ledger:public_item", args=[first.number]))
    assert "<img src=x" not in item_body and "<script>alert(1)" not in item_body


def test_unknown_and_inactive_units_are_404(world, units):
    page(reverse("ledger:public_unit", args=[999999]), status=404)
    units["交通局"].active = False
    units["交通局"].save()
    page(reverse("ledger:public_unit", args=[units["交通局"].pk]), status=404)
    body = page(reverse("ledger:public_unit", args=[units["住建局"].pk]))
    assert world["target"].number in body and world["first"].number not in body


def decode(png: bytes) -> str:
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(results) == 1
    return results[0].text


def test_qr_png_decodes_to_the_public_url(world, settings):
    number = world["first"].number
    response = client_for(None).get(reverse("ledger:public_item_qr", args=[number, "png"]))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]
    assert decode(response.content) == f"http://testserver/public/items/{number}/"
    settings.LUOSHI_PUBLIC_URL = "https://duban.example.gov.cn"
    response = client_for(None).get(reverse("ledger:public_item_qr", args=[number, "png"]))
    assert decode(response.content) == f"https://duban.example.gov.cn/public/items/{number}/"
    # and the URL it decodes to is the item's public page
    assert client_for(None).get(f"/public/items/{number}/").status_code == 200


def test_qr_svg_is_served_and_other_formats_are_not(world):
    number = world["first"].number
    response = client_for(None).get(reverse("ledger:public_item_qr", args=[number, "svg"]))
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    assert response.content.lstrip().startswith(b"<svg") and b"<path" in response.content
    assert client_for(None).get(reverse("ledger:public_item_qr", args=[number, "gif"])).status_code == 404


def test_qr_sheet_is_for_the_supervisor(world, users, units):
    url = reverse("ledger:qr_sheet", args=[units["发改局"].pk])
    anonymous = client_for(None).get(url)
    assert anonymous.status_code == 302 and anonymous.url.startswith(reverse("login"))
    for who in ("leader", "unit", "other_unit", "co_unit", "no_role"):
        assert client_for(users[who]).get(url).status_code == 403, who
    body = client_for(users["supervisor"]).get(url).content.decode()
    assert world["first"].number in body and world["target"].number not in body
    assert body.count('src="data:image/svg+xml') == 1  # one code: 发改局 leads one public item
    assert client_for(users["supervisor"]).get(reverse("ledger:qr_sheet", args=[999999])).status_code == 404
    # the clerk reaches the sheet from the unit's page (no page linked to it before)
    unit_page = client_for(users["supervisor"]).get(reverse("ledger:unit_detail", args=[units["发改局"].pk]))
    assert f'href="{url}"' in unit_page.content.decode()


def test_public_pages_refuse_other_methods(world):
    url = reverse("ledger:public_scoreboard")
    assert client_for(None).post(url).status_code == 405
    assert client_for(None).delete(reverse("ledger:public_item", args=[world["first"].number])).status_code == 405


def test_month_points_follow_ledger_and_rules_changes(world, users, units):
    url = reverse("ledger:public_unit", args=[units["发改局"].pk])
    assert "<b>100</b>本月考评得分" in page(url)
    first = world["first"]
    workflow.complete(users["unit"], first, version=first.version, text="已完成")
    first = Item.objects.get(pk=first.pk)
    workflow.review_completion(users["supervisor"], first, version=first.version, accept=True)
    assert "<b>102</b>本月考评得分" in page(url)  # closed on time: the cached points are not reused
    rules = AssessmentRules.current()
    rules.base_points = 90
    rules.save()
    assert "<b>92</b>本月考评得分" in page(url)
    assert re.search(r'data-label="本月考评得分">92<', page(reverse("ledger:public_scoreboard")))


def test_scoreboard_queries_do_not_grow_with_items(world, users, units, items, settings):
    settings.LUOSHI_PUBLIC_CACHE_SECONDS = 0  # the page's own queries, not the cache's answer

    def queries() -> int:
        client_for(None).get(reverse("ledger:public_scoreboard"))  # the month's points cached
        with CaptureQueriesContext(connection) as captured:
            assert client_for(None).get(reverse("ledger:public_scoreboard")).status_code == 200
        return len(captured.captured_queries)

    before = queries()
    for item in items[2:]:
        item = workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["交通局"])
        publish(users["supervisor"], item)
    assert Item.objects.filter(is_public=True).count() == len(items)
    assert queries() == before


def test_public_pages_come_from_the_cache_until_the_ledger_changes(world, users, units):
    urls = [reverse("ledger:public_scoreboard"), reverse("ledger:public_unit", args=[units["发改局"].pk])]
    page(urls[0])  # the first 成绩单 ever makes the 考评 rules' row, a change of the key
    for url in urls:
        first = page(url)
        with CaptureQueriesContext(connection) as queries:
            again = client_for(None).get(url)
        assert again.content.decode() == first
        assert len(queries) == 1, [q["sql"] for q in queries]  # the ledger's version (chain head, rules), no more
        assert "public" in again["Cache-Control"] and "max-age=60" in again["Cache-Control"]
    # A change recorded in the history shows at the next request.
    first = world["first"]
    workflow.edit_item(users["supervisor"], first, version=first.version, content="修订后的公开任务内容")
    assert "修订后的公开任务内容" in page(urls[0]) and "修订后的公开任务内容" in page(urls[1])


def test_a_query_string_other_than_the_page_is_not_cached(world):
    url = reverse("ledger:public_scoreboard")
    client_for(None).get(url, {"utm": "x"})
    with CaptureQueriesContext(connection) as queries:
        client_for(None).get(url, {"utm": "x"})
    assert len(queries) > 1


def test_qr_codes_and_the_sheet_carry_the_public_url_whatever_the_host(world, users, units, settings):
    settings.LUOSHI_PUBLIC_URL = "https://duban.example.gov.cn"
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "duban.example.gov.cn"]
    number = world["first"].number
    url = reverse("ledger:public_item_qr", args=[number, "png"])
    for host in ("duban.example.gov.cn", "localhost", "127.0.0.1:8000"):
        response = client_for(None).get(url, HTTP_HOST=host)
        assert decode(response.content) == f"https://duban.example.gov.cn/public/items/{number}/", host
    assert client_for(None).get(url, HTTP_HOST="evil.example.com").status_code == 400
    sheet = client_for(users["supervisor"]).get(reverse("ledger:qr_sheet", args=[units["发改局"].pk]),
                                                HTTP_HOST="localhost").content.decode()
    assert f"https://duban.example.gov.cn/public/items/{number}/" in sheet and "//localhost" not in sheet
