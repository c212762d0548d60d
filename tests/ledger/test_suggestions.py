"""牵头单位 suggestions in the ledger: units' duties from the database, past assignments, and who may edit them."""

from __future__ import annotations

import pytest

from luoshi.ledger import suggestions, workflow
from luoshi.ledger.models import HistoryRecord, Unit

from .conftest import client_for


@pytest.fixture
def duties(units) -> dict[str, Unit]:
    units["发改局"].aliases = "县发改局\n发改部门"
    units["发改局"].duties = "重点项目、固定资产投资、价格"
    units["交通局"].aliases = "县交通局"
    units["交通局"].duties = "农村公路 城乡公交 公路"
    units["住建局"].duties = "老旧小区、城市更新"
    for unit in units.values():
        unit.save()
    return units


def test_units_with_duties_give_suggestions_with_reasons(duties):
    got = suggestions.lead_suggestions_for("新改建农村公路100公里，推进城乡公交一体化。")
    assert got[0].unit == "交通局" and got[0].reason == "职责匹配：农村公路、城乡公交"
    named = suggestions.lead_suggestions_for("由县发改局牵头，改造老旧小区20个。")
    assert [s.unit for s in named][:2] == ["发改局", "住建局"]
    assert named[0].reason.startswith("原文点名：县发改局")


def test_inactive_units_are_not_suggested(duties):
    duties["交通局"].active = False
    duties["交通局"].save()
    assert suggestions.lead_suggestions_for("新改建农村公路100公里。") == []


def test_co_units_never_include_the_lead(duties):
    text = "做好农村公路重点项目前期，完成固定资产投资5亿元。"
    co = suggestions.co_unit_suggestions_for(text, duties["交通局"])
    assert [s.unit for s in co] == ["发改局"]
    assert "发改局" not in [s.unit for s in suggestions.co_unit_suggestions_for(text, "发改局")]


def test_past_assignments_in_the_ledger_teach_the_suggestions(duties, items, users):
    text = items[0].content
    assert "住建局" not in [s.unit for s in suggestions.lead_suggestions_for(text)]
    workflow.assign(users["supervisor"], items[0], version=items[0].version, lead_unit=duties["住建局"])
    # the same wording again (next year's speech): the clerk's earlier choice now leads
    got = suggestions.lead_suggestions_for(text)
    assert got[0].unit == "住建局" and got[0].reason.startswith("以往交办：与“")


def test_suggestion_context_reads_once_for_many_rows(duties, django_assert_max_num_queries):
    texts = [("新改建农村公路100公里。", None), ("改造老旧小区20个。", None), ("坚持以人民为中心。", None)]
    with django_assert_max_num_queries(2):
        rows = suggestions.suggestion_context(texts)
    assert [r.leads[0].unit if r.leads else None for r in rows] == ["交通局", "住建局", None]
    assert rows[0].unit(rows[0].leads[0]) == duties["交通局"]


def test_supervisor_edits_aliases_and_duties_and_the_change_is_recorded(duties, users):
    unit = duties["住建局"]
    response = client_for(users["supervisor"]).post(f"/units/{unit.pk}/", {
        "form": "duties", "aliases": "县住建局 住建部门", "duties": "老旧小区\n城市更新、物业服务", "active": "on"})
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.aliases == "县住建局、住建部门" and unit.duties == "老旧小区、城市更新、物业服务"
    record = HistoryRecord.objects.filter(action="修改单位职责").get()
    assert record.after == {"简称": "县住建局、住建部门", "职责关键词": "老旧小区、城市更新、物业服务"}
    assert suggestions.lead_suggestions_for("提升物业服务水平。")[0].unit == "住建局"


def test_unit_page_shows_duties_and_tries_a_task(duties, users):
    page = client_for(users["supervisor"]).get(f"/units/{duties['交通局'].pk}/", {"try": "新建农村公路50公里"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "农村公路、城乡公交、公路" in html and "保存简称和职责" in html
    assert "交通局<span class=\"muted\">（职责匹配：农村公路）</span>" in html


@pytest.mark.parametrize("role", ["unit", "other_unit", "leader", "no_role"])
def test_only_the_supervisor_edits_duties(duties, users, role):
    unit = duties["发改局"]
    client = client_for(users[role])
    assert client.get(f"/units/{unit.pk}/").status_code in (403, 404)
    response = client.post(f"/units/{unit.pk}/", {"form": "duties", "aliases": "", "duties": "招商", "active": "on"})
    assert response.status_code in (403, 404)
    unit.refresh_from_db()
    assert unit.duties == "重点项目、固定资产投资、价格"
    assert not HistoryRecord.objects.filter(action="修改单位职责").exists()


def test_anonymous_is_sent_to_login(duties):
    response = client_for(None).post(f"/units/{duties['发改局'].pk}/", {"form": "duties", "duties": "招商"})
    assert response.status_code == 302 and "login" in response["Location"]
    duties["发改局"].refresh_from_db()
    assert duties["发改局"].duties == "重点项目、固定资产投资、价格"
