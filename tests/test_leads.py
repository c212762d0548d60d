"""牵头单位 suggestions (luoshi.leads): named units, duty keywords, past assignments, scripts, co-units."""

from __future__ import annotations

import pytest

from luoshi.leads import (
    CATALOGUE_EXAMPLES,
    DEFAULT_CATALOGUE,
    PastAssignment,
    UnitProfile,
    load_catalogue,
    split_terms,
    suggest_co_units,
    suggest_leads,
    suggested_lead_text,
)

UNITS = (
    UnitProfile("县发展和改革局", ("县发改局", "发改部门"), ("重点项目", "固定资产投资", "价格")),
    UnitProfile("县交通运输局", ("县交通局",), ("公路", "农村公路", "城乡公交")),
    UnitProfile("县农业农村局", ("县农业局",), ("农村", "粮食", "高标准农田")),
    UnitProfile("县投资促进局", ("招商局",), ("招商", "招商引资", "项目")),
    UnitProfile("各乡镇", ("各乡镇", "各乡镇（街道）"), ("属地",)),
)


def names(suggestions) -> list[str]:
    return [s.unit for s in suggestions]


def test_a_unit_named_in_the_text_ranks_first_with_the_name_as_written():
    got = suggest_leads("由区发改局牵头，新建农村公路50公里。", UNITS)
    assert got[0].unit == "县发展和改革局"
    assert got[0].reason.startswith("原文点名：区发改局")
    assert "县交通运输局" in names(got)  # the duties still speak for the others


def test_named_argument_wins_over_duties_and_an_unknown_name_is_ignored():
    assert names(suggest_leads("新建农村公路50公里。", UNITS, named="县农业局"))[0] == "县农业农村局"
    assert names(suggest_leads("新建农村公路50公里。", UNITS, named="县外事办"))[0] == "县交通运输局"


def test_a_unit_named_to_cooperate_does_not_lead():
    got = suggest_leads("县交通局配合，由县发改局牵头做好项目前期。", UNITS)
    assert names(got)[0] == "县发展和改革局"


def test_duty_matches_give_the_matched_keywords_as_the_reason():
    got = suggest_leads("开展产业链招商，推动招商引资项目落地。", UNITS)
    assert got[0].unit == "县投资促进局"
    assert got[0].reason.startswith("职责匹配：") and "招商引资" in got[0].reason


def test_a_keyword_inside_a_longer_matched_one_does_not_count():
    # 农村 (agriculture) sits inside 农村公路 (transport)
    got = suggest_leads("新改建农村公路100公里。", UNITS)
    assert names(got) == ["县交通运输局"]


def test_no_evidence_gives_no_suggestions_and_empty_catalogue_gives_none():
    assert suggest_leads("坚持以人民为中心。", UNITS) == []
    assert suggest_leads("新建农村公路50公里。", []) == []
    assert suggest_co_units("新建农村公路50公里。", [], None) == []
    assert suggest_leads("新建农村公路50公里。", UNITS, limit=0) == []


def test_past_assignments_shift_the_ranking_with_the_past_wording_as_reason():
    text = "抓好重点项目包保服务，推动签约项目开工。"
    before = suggest_leads(text, UNITS)
    past = [PastAssignment("抓好重点项目包保服务，推动签约项目早开工、早投产。", "县投资促进局")]
    after = suggest_leads(text, UNITS, past)
    assert names(before)[0] == "县发展和改革局"
    assert names(after)[0] == "县投资促进局"
    assert "以往交办：与“抓好重点项目包保服务" in after[0].reason
    # an unrelated past wording teaches nothing
    assert suggest_leads(text, UNITS, [PastAssignment("做好防汛抗旱工作。", "县农业农村局")]) == before


def test_traditional_text_matches_like_simplified():
    simple = suggest_leads("新建高标准农田2万亩，稳定粮食生产。", UNITS)
    traditional = suggest_leads("新建高標準農田2萬畝，穩定糧食生產。", UNITS)
    assert names(traditional) == names(simple) == ["县农业农村局"]
    assert suggest_leads("由縣發改局牽頭", UNITS)[0].reason == "原文点名：縣發改局"


def test_co_units_exclude_the_lead_and_follow_the_duties():
    text = "由县交通局牵头，县发改局配合，做好农村公路项目前期和固定资产投资入库。"
    co = suggest_co_units(text, UNITS, "县交通运输局")
    assert "县交通运输局" not in names(co)
    assert names(co)[0] == "县发展和改革局"
    # given by an alias, the lead is still excluded; with no lead the best suggested lead is left out
    assert "县交通运输局" not in names(suggest_co_units(text, UNITS, "县交通局"))
    assert "县交通运输局" not in names(suggest_co_units("新建农村公路，发展城乡公交，带动重点项目。", UNITS, None))


def test_limit_caps_the_number_of_suggestions():
    text = "县发改局、县交通局、县农业局和招商局共同推进，各乡镇落实属地责任。"
    assert len(suggest_leads(text, UNITS)) == 3
    assert len(suggest_leads(text, UNITS, limit=5)) == 5


def test_suggested_lead_text_for_the_export():
    assert suggested_lead_text("新改建农村公路100公里。", units=UNITS) == "县交通运输局（建议）"
    assert suggested_lead_text("由区发改局牵头，新建农村公路。", units=UNITS) == "区发改局"
    assert suggested_lead_text("新建农村公路。", named="市交通局", units=UNITS) == "市交通局"
    assert suggested_lead_text("坚持以人民为中心。", units=UNITS) == ""


def test_split_terms_accepts_the_ways_a_clerk_types_a_list():
    assert split_terms("招商、项目\n投资 价格，招商;  ") == ("招商", "项目", "投资", "价格")
    assert split_terms("") == ()


def test_the_default_catalogue_is_a_county_with_duties_and_each_example_goes_to_its_unit():
    assert 30 <= len(DEFAULT_CATALOGUE) <= 45
    assert len({u.name for u in DEFAULT_CATALOGUE}) == len(DEFAULT_CATALOGUE)
    assert all(u.duties and u.aliases for u in DEFAULT_CATALOGUE)
    assert set(CATALOGUE_EXAMPLES) == {u.name for u in DEFAULT_CATALOGUE}
    for unit, example in CATALOGUE_EXAMPLES.items():
        assert names(suggest_leads(example, DEFAULT_CATALOGUE))[0] == unit, example


@pytest.mark.parametrize(("text", "unit"), [
    ("市场监管局要加强食品安全抽检。", "县市场监督管理局"),  # 市场… must not read as a 市-level prefix
    ("县人社局牵头开展职业技能培训。", "县人力资源和社会保障局"),
    ("各乡镇（街道）要压实属地责任。", "各乡镇"),
])
def test_catalogue_short_names_are_recognised(text: str, unit: str):
    got = suggest_leads(text, DEFAULT_CATALOGUE)
    assert got[0].unit == unit and got[0].reason.startswith("原文点名")


def test_load_catalogue_reads_json():
    units, examples = load_catalogue('{"units": [{"name": "县审计局", "aliases": ["审计局"], "duties": ["审计"],'
                                     ' "example": "开展经济责任审计。"}]}')
    assert units == (UnitProfile("县审计局", ("审计局",), ("审计",)),)
    assert examples == {"县审计局": "开展经济责任审计。"}
