"""进度通报: the .docx read back, the page, the charts, the roles, the 考评 rules form and the command."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from luoshi.ledger.models import AssessmentRules, HistoryRecord, Item, Source
from luoshi.ledger.reports.bulletin import build_bulletin
from luoshi.report import charts
from luoshi.report.bulletin import last_month, period_label, this_month, this_quarter
from luoshi.report.bulletin_docx import render_docx

from .conftest import client_for
from .test_assessment import make_item, report

# March 2026, counted on 2026-04-03: every test run is later, so the web pages count as of the 31st too.
START, END, TODAY = dt.date(2026, 3, 1), dt.date(2026, 3, 31), dt.date(2026, 4, 3)
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def world(users, units) -> dict[str, Item]:
    """Five items under 督办 in March and one not yet assigned (see each line for what it scores)."""
    source = Source.objects.create(year=2026, sequence=901, title="测试", text="正文", uploaded_by=users["supervisor"])
    fgj, zjj, jtj = units["发改局"], units["住建局"], units["交通局"]
    a = make_item(source, fgj, status=Item.Status.CLOSED, deadline=dt.date(2026, 3, 20),
                  completed=dt.date(2026, 3, 10), closed=dt.date(2026, 3, 12), content="按期办结")  # +2
    report(a, dt.date(2026, 3, 10), users["unit"])
    # Overdue (−5) with no report in March (−10); red since January, so long enough for 约谈 on any later day.
    b = make_item(source, fgj, deadline=dt.date(2026, 3, 15), light=Item.Light.RED,
                  light_since=dt.date(2026, 1, 2), content="<b>逾期</b>事项")
    c = make_item(source, zjj, deadline=dt.date(2026, 12, 31), light=Item.Light.YELLOW, content="办理中")
    report(c, dt.date(2026, 3, 15), users["other_unit"])
    d = make_item(source, zjj, status=Item.Status.CLOSED, deadline=dt.date(2026, 3, 5),
                  completed=dt.date(2026, 3, 8), closed=dt.date(2026, 3, 9), content="逾期办结")  # −5
    e = make_item(source, jtj, deadline=dt.date(2026, 12, 31), assigned=dt.date(2026, 3, 5),
                  signed=dt.date(2026, 3, 6), content="新交办")
    f = make_item(source, None, status=Item.Status.FILED, content="待交办")
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


def test_bulletin_counts(world):
    b = build_bulletin(START, END, TODAY)
    assert b.as_of == END and b.title == "本级督办事项进度通报（2026年3月）"
    t = b.totals
    assert (t.total, t.closed, t.on_time, t.overdue) == (5, 2, 1, 1)
    assert [line.rates.unit.name for line in b.units] == ["交通局", "住建局", "发改局"]
    assert [(s.unit.name, s.points) for s in b.scores] == [("交通局", 100), ("住建局", 95), ("发改局", 87)]
    assert [(o.item.number, o.days) for o in b.overdue] == [(world["b"].number, 16)]
    assert [i.number for i in b.closed_items] == [world["d"].number, world["a"].number]  # in closing order
    assert [i.number for i in b.new_items] == [world["e"].number]
    assert [(s.unit.name, [i.number for i in s.items]) for s in b.summons] == [("发改局", [world["b"].number])]
    assert "完成率40.0%" in b.summary and "按期办结率50.0%" in b.summary
    assert b.unit_table()[-1] == ["合计", "5", "2", "40.0%", "50.0%", "1", "1", ""]


def test_docx_read_back(world):
    data = render_docx(build_bulletin(START, END, TODAY))
    doc = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert doc.paragraphs[0].text == "本级督办事项进度通报（2026年3月）"
    assert (round(doc.sections[0].page_width.mm), round(doc.sections[0].page_height.mm)) == (210, 297)  # A4
    units, overdue, scores = doc.tables
    assert [c.text for c in units.rows[0].cells] == ["单位", "事项数", "已销号", "完成率", "按期办结率", "逾期", "红灯",
                                                     "考评得分"]
    assert [[c.text for c in row.cells] for row in units.rows[1:]] == [
        ["交通局", "1", "0", "0.0%", "—", "0", "0", "100"],
        ["住建局", "2", "1", "50.0%", "0.0%", "0", "0", "95"],
        ["发改局", "2", "1", "50.0%", "100.0%", "1", "1", "87"],
        ["合计", "5", "2", "40.0%", "50.0%", "1", "1", ""],
    ]
    assert [c.text for c in overdue.rows[1].cells] == [world["b"].number, world["b"].content, "发改局", "2026-03-15",
                                                       "16天"]
    assert [row.cells[1].text for row in scores.rows[1:]] == ["交通局", "住建局", "发改局"]
    assert "漏报进展1次 −10" in scores.rows[3].cells[3].text
    assert len(doc.inline_shapes) == 2
    assert world["e"].number in text and world["a"].number in text  # new and closed items
    assert "发改局：" in text and "红灯持续30天以上" in text
    # The body's East Asian font is named, or Word would fall back to its Latin font for Chinese.
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert fonts.get(docx.oxml.ns.qn("w:eastAsia")) == "仿宋"


def test_charts_are_png_and_stable(world):
    b = build_bulletin(START, END, TODAY)
    assert b.completion_chart.png.startswith(PNG) and b.light_chart.png.startswith(PNG)
    assert charts.completion_by_unit([line.rates for line in b.units]).png == b.completion_chart.png
    assert charts.completion_by_unit([]).png.startswith(PNG)  # nothing to draw: a "暂无数据" picture


def test_missing_cjk_font_is_said_not_hidden(world, monkeypatch):
    monkeypatch.setattr(charts, "cjk_font", lambda: None)
    b = build_bulletin(START, END, TODAY)
    assert b.completion_chart.warning == charts.FONT_WARNING and b.chart_warning == charts.FONT_WARNING
    doc = docx.Document(io.BytesIO(render_docx(b)))
    assert any(p.text == charts.FONT_WARNING for p in doc.paragraphs)
    assert len(doc.inline_shapes) == 2


def test_many_new_items_are_counted_by_unit(world, users, units):
    source = Source.objects.get(sequence=901)
    for _ in range(21):
        make_item(source, units["住建局"], assigned=dt.date(2026, 3, 20))
    b = build_bulletin(START, END, TODAY)
    assert not b.list_new_items and b.new_items_by_unit == "住建局21项、交通局1项"


def test_periods():
    day = dt.date(2026, 11, 23)
    assert this_month(day) == (dt.date(2026, 11, 1), day)
    assert last_month(day) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert last_month(dt.date(2026, 1, 5)) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert this_quarter(day) == (dt.date(2026, 10, 1), day)
    assert period_label(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == "2026年2月"
    assert period_label(dt.date(2026, 10, 1), dt.date(2026, 12, 31)) == "2026年第四季度"
    assert period_label(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "2026年"
    assert period_label(dt.date(2026, 11, 1), day) == "2026年11月1日至11月23日"
    assert period_label(dt.date(2025, 12, 20), dt.date(2026, 1, 10)) == "2025年12月20日至2026年1月10日"
    with pytest.raises(ValueError):
        build_bulletin(END, START)


# --- pages --------------------------------------------------------------------------------------------


PERIOD = {"start": START.isoformat(), "end": END.isoformat()}


@pytest.mark.parametrize("name", ["ledger:bulletin", "ledger:bulletin_docx", "ledger:assessment"])
def test_roles(users, name):
    url = reverse(name)
    response = client_for(None).get(url)
    assert response.status_code == 302 and "login" in response["Location"]
    for who in ("unit", "other_unit", "no_role"):
        assert client_for(users[who]).get(url).status_code == 403
    for who in ("supervisor", "leader"):
        assert client_for(users[who]).get(url).status_code == 200


def test_nav_links_for_supervisor_and_leader_only(users):
    for who, shown in (("supervisor", True), ("leader", True), ("unit", False)):
        page = client_for(users[who]).get(reverse("ledger:dashboard")).content.decode()
        assert (reverse("ledger:bulletin") in page) is shown and (reverse("ledger:assessment") in page) is shown


def test_page_shows_the_same_numbers_as_the_document(world, users):
    response = client_for(users["leader"]).get(reverse("ledger:bulletin"), PERIOD)
    assert response.status_code == 200
    page = response.content.decode()
    assert "本级督办事项进度通报（2026年3月）" in page
    assert "40.0%" in page and "50.0%" in page
    for row in build_bulletin(START, END, TODAY).unit_table():
        for value in row:
            assert f">{value}<" in page or f"<b>{value}</b>" in page
    assert world["b"].number in page and "16天" in page
    assert "&lt;b&gt;逾期&lt;/b&gt;事项" in page and "<b>逾期</b>" not in page  # user text escaped
    assert page.count('src="data:image/png;base64,') == 2
    assert "@media print" in page
    assert f"{reverse('ledger:bulletin_docx')}?start=2026-03-01&amp;end=2026-03-31" in page
    assert "约谈" in page and "漏报进展1次 −10" in page


def test_page_defaults_to_this_month_and_refuses_bad_dates(users):
    client = client_for(users["supervisor"])
    today = timezone.localdate()
    response = client.get(reverse("ledger:bulletin"))
    assert response.context["b"].start == today.replace(day=1) and response.context["b"].end == today
    for query in ({"start": "2026-13-01"}, {"start": "2026-03-31", "end": "2026-03-01"},
                  {"start": "2000-01-01", "end": "2026-01-01"}):
        response = client.get(reverse("ledger:bulletin"), query)
        assert response.status_code == 400 and response.context["b"].start == today.replace(day=1)
    assert client.get(reverse("ledger:bulletin_docx"), {"end": "x"}).status_code == 400


def test_docx_download(world, users):
    response = client_for(users["supervisor"]).get(reverse("ledger:bulletin_docx"), PERIOD)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert "filename*=UTF-8''%E8%BF%9B%E5%BA%A6%E9%80%9A%E6%8A%A5-2026-03.docx" in response["Content-Disposition"]
    doc = docx.Document(io.BytesIO(response.content))
    assert doc.paragraphs[0].text == "本级督办事项进度通报（2026年3月）" and len(doc.inline_shapes) == 2


def test_jurisdiction_in_the_title(world, settings):
    settings.LUOSHI_JURISDICTION = "某某县"
    assert build_bulletin(START, END, TODAY).title == "某某县督办事项进度通报（2026年3月）"


def test_assessment_page_and_rules_form(world, users):
    url = reverse("ledger:assessment")
    page = client_for(users["leader"]).get(url, PERIOD).content.decode()
    assert "发改局" in page and "87" in page and world["b"].number in page
    assert 'name="missed_report_points"' not in page  # the leader reads the rules, cannot edit them
    assert client_for(users["leader"]).post(url, {"base_points": 1}).status_code == 403

    supervisor = client_for(users["supervisor"])
    assert 'name="missed_report_points"' in supervisor.get(url, PERIOD).content.decode()
    values = {"base_points": 100, "on_time_points": 2, "missed_report_points": 20, "overdue_points": 5,
              "late_feedback_points": 3, "summons_red_days": 30, "summons_red_items": 3}
    response = supervisor.post(f"{url}?start=2026-03-01&end=2026-03-31", values)
    assert response.status_code == 302
    assert AssessmentRules.current().missed_report_points == 20
    record = HistoryRecord.objects.get(action="修改考评规则")
    assert record.subject == "考评规则" and record.actor == users["supervisor"].username
    assert record.before == {"漏报进展扣分（每次）": 10} and record.after == {"漏报进展扣分（每次）": 20}
    page = supervisor.get(response["Location"]).content.decode()
    assert "漏报进展1次 −20" in page  # the scores follow the new rules

    for wrong in ({"summons_red_days": -1}, {"overdue_points": -5}, {"base_points": ""}):
        response = supervisor.post(url, {**values, **wrong})
        assert response.status_code == 400
    assert AssessmentRules.current().summons_red_days == 30 and AssessmentRules.current().overdue_points == 5
    assert HistoryRecord.objects.filter(action="修改考评规则").count() == 1


# --- the command ----------------------------------------------------------------------------------


def test_command_writes_the_file(world, tmp_path, capsys):
    path = tmp_path / "out.docx"
    call_command("ledger_bulletin", "--start", "2026-03-01", "--end", "2026-03-31", "-o", str(path),
                 "--date", TODAY.isoformat())
    out = capsys.readouterr().out
    assert "本级督办事项进度通报（2026年3月）" in out and "在督办事项 5 项" in out and str(path) in out
    assert docx.Document(str(path)).paragraphs[0].text == "本级督办事项进度通报（2026年3月）"


def test_command_defaults_to_last_month(world, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    call_command("ledger_bulletin", "--date", TODAY.isoformat())
    assert (tmp_path / "进度通报-2026-03.docx").is_file()
    assert "（2026年3月）" in capsys.readouterr().out


def test_bulletin_queries_do_not_grow_with_the_items(world, units, django_assert_max_num_queries):
    with django_assert_max_num_queries(15) as before:  # the 领导批示 of the period: one query more
        build_bulletin(START, END, TODAY)
    source = Source.objects.get(sequence=901)
    for k in range(10):
        make_item(source, units["交通局"], deadline=dt.date(2026, 3, 1 + k), light=Item.Light.RED,
                  light_since=dt.date(2026, 1, 2))
    with django_assert_max_num_queries(len(before.captured_queries)):
        build_bulletin(START, END, TODAY)
