"""任务分解表 exports: the table as data, the .xlsx and .docx read back, and the downloads scoped by role."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from urllib.parse import quote

import docx
import openpyxl
import pytest
from django.urls import reverse
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

import luoshi
from luoshi.ledger import models, workflow
from luoshi.ledger.models import Item
from luoshi.proposals import propose
from luoshi.report.breakdown import (
    COLUMNS,
    Breakdown,
    BreakdownRow,
    breakdown_from_document,
    rows_from_proposals,
)
from luoshi.report.docx_table import docx_bytes
from luoshi.report.xlsx import HEADER_ROW, xlsx_bytes

from .conftest import SAMPLES, client_for
from .test_e2e_browser import Session, browser  # noqa: F401  (browser is a fixture)

RICH = SAMPLES / "county-work-report-2026.txt"
TRICKY = ["=SUM(1,2)", "+86 138 0000 0000", "-1", "@x", "=HYPERLINK(\"http://e.invalid\",\"点\")"]


@pytest.fixture(scope="module")
def rich() -> Breakdown:
    return breakdown_from_document(luoshi.extract(RICH))


def workbook(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data)).active


def task_rows(sheet) -> list[tuple]:
    """The rows below the header whose 序号 is filled: the tasks (a section row has only column A, merged)."""
    merged = {r.min_row for r in sheet.merged_cells.ranges}
    return [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=HEADER_ROW + 2)
            if row[0].row not in merged and row[0].value is not None]


# ---------------------------------------------------------------------------------------------- the table as data


def test_document_rows_follow_the_outline(rich: Breakdown) -> None:
    document = luoshi.extract(RICH)
    assert rich.title == "《政府工作报告》任务分解表"
    assert "青溪县" in rich.subtitle and "2026年1月16日" in rich.subtitle
    count = len(propose(document))
    assert len(rich.tasks) == count > 50
    assert [row.number for row in rich.tasks] == [str(n) for n in range(1, count + 1)]
    headings = [(row.level, row.content) for row in rich.headings]
    # A task under 一是 brings its parents the first time: 三、 then （一） then 一是, each once.
    start = headings.index((1, "三、2026年重点工作"))
    assert headings[start + 1:start + 3] == [(2, "（一）坚持项目为王，持续扩大有效投资"), (3, "一是抓好项目谋划储备")]
    assert len(headings) == len(set(headings))
    target = next(row for row in rich.tasks if row.content.startswith("一般公共预算收入增长5%以上"))
    assert (target.target, target.deadline, target.lead_unit, target.progress) == (
        "不低于5%", "2026年12月31日前", "县财政局（建议）", "")
    # every row of a report's plan is due in its plan year, stated or not
    assert {row.deadline for row in rich.tasks} == {"2026年12月31日前"}


# ---------------------------------------------------------------------------------------------- .xlsx


def test_xlsx_layout_and_print_setup(rich: Breakdown) -> None:
    sheet = workbook(xlsx_bytes(rich))
    header = HEADER_ROW + 1
    assert [c.value for c in sheet[header]] == list(COLUMNS)
    assert all(c.font.b for c in sheet[header])
    assert sheet["A1"].value == rich.title and "A1:I1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.freeze_panes == f"A{header + 1}"
    # every heading is one merged A:I row holding its text
    merged = {r.min_row: r for r in sheet.merged_cells.ranges if r.min_row > header}
    assert len(merged) == len(rich.headings)
    assert all((r.min_col, r.max_col, r.max_row) == (1, 9, row) for row, r in merged.items())
    assert [sheet.cell(row, 1).value for row in sorted(merged)] == [h.content for h in rich.headings]
    assert "三、2026年重点工作" in [sheet.cell(row, 1).value for row in merged]
    assert len(task_rows(sheet)) == len(rich.tasks)
    first = task_rows(sheet)[0]
    assert first[0] == "1" and first[1] == rich.tasks[0].content
    # print: A4 landscape, one page wide, the header repeated, grid lines not printed
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # fitToWidth absent means 1 (the OOXML default); fitToHeight 0: as many pages tall as it takes
    assert (int(sheet.page_setup.fitToWidth or 1), int(sheet.page_setup.fitToHeight)) == (1, 0)
    assert sheet.print_title_rows == f"${header}:${header}"
    assert not sheet.print_options.gridLines
    assert sheet.page_margins.left < 0.75
    assert sheet.column_dimensions["B"].width > 40  # 任务内容 is the wide column


def test_xlsx_keeps_formula_like_text_as_text() -> None:
    rows = [BreakdownRow(kind="heading", level=1, content="=1+1")]
    rows += [BreakdownRow(kind="task", number=str(n), content=text, target=text, lead_unit=text, progress=text)
             for n, text in enumerate(TRICKY, 1)]
    data = xlsx_bytes(Breakdown(title="=cmd|' /C calc'!A0", subtitle="@SUM(1)", rows=rows))
    sheet = workbook(data)
    for cell in ("A1", "A2", f"A{HEADER_ROW + 2}"):
        assert sheet[cell].data_type == "s"
    assert (sheet["A1"].value, sheet["A2"].value, sheet[f"A{HEADER_ROW + 2}"].value) == (
        "=cmd|' /C calc'!A0", "@SUM(1)", "=1+1")
    for row, text in zip(range(HEADER_ROW + 3, HEADER_ROW + 3 + len(TRICKY)), TRICKY, strict=True):
        for column in (2, 3, 4, 8):
            cell = sheet.cell(row, column)
            assert cell.data_type == "s" and cell.value == text
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()
        assert "<hyperlink" not in z.read("xl/worksheets/sheet1.xml").decode()


# ---------------------------------------------------------------------------------------------- .docx


def test_docx_layout(rich: Breakdown) -> None:
    document = docx.Document(io.BytesIO(docx_bytes(rich)))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210
    assert document.paragraphs[0].text == rich.title
    (table,) = document.tables
    assert len(table.columns) == 9
    assert [c.text for c in table.rows[0].cells] == list(COLUMNS)
    header_props = table.rows[0]._tr.trPr
    assert header_props is not None and header_props.find(qn("w:tblHeader")) is not None
    assert len(table.rows) == 1 + len(rich.rows)
    spans = [row for row in table.rows[1:] if len({id(c._tc) for c in row.cells}) == 1]
    assert [row.cells[0].text for row in spans] == [h.content for h in rich.headings]
    assert all(row.cells[0]._tc.tcPr.find(qn("w:shd")) is not None for row in spans)
    tasks = [row for row in table.rows[1:] if len({id(c._tc) for c in row.cells}) == 9]
    assert len(tasks) == len(rich.tasks) and [c.text for c in tasks[0].cells][:2] == ["1", rich.tasks[0].content]
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "宋体"


def test_control_characters_are_dropped_from_cells() -> None:
    rows = rows_from_proposals([{"content": "含\x0b控制\x00字符", "heading": "", "start": 0}])
    assert rows[0].content == "含控制字符"
    document = docx.Document(io.BytesIO(docx_bytes(Breakdown(title="t", subtitle="", rows=rows))))
    assert document.tables[0].rows[1].cells[1].text == "含控制字符"


@pytest.fixture
def progressed(signed, users):
    workflow.report_progress(users["unit"], signed, text="已完成前期手续，" + "正在施工" * 40, percent=35,
                             value=12, value_unit="个")
    return Item.objects.get(pk=signed.pk)


def export(user, name, *args, query: str = ""):
    return client_for(user).get(reverse(f"ledger:{name}", args=args) + (f"?{query}" if query else ""))


@pytest.mark.django_db
def test_item_export_columns_of_an_assigned_item(progressed, items, users) -> None:
    response = export(users["supervisor"], "item_export", "xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    name = re.search(r"filename\*=utf-8''(\S+)", response["Content-Disposition"]).group(1)
    assert name.startswith(quote("任务分解表-")) and name.endswith(".xlsx")
    assert "no-store" in response["Cache-Control"]
    sheet = workbook(response.content)
    assert sheet["A1"].value == "督办事项任务分解表"
    rows = {row[0]: row for row in task_rows(sheet)}
    assert set(rows) == {item.number for item in items}
    _number, content, _target, lead, co, person, deadline, progress, status = rows[progressed.number]
    d = progressed.deadline
    assert (content, lead, co, person) == (progressed.content, "发改局", "交通局", "张三（副局长）")
    assert deadline == f"{d.year}年{d.month}月{d.day}日前"
    assert progress.startswith(f"{progressed.reports.get().created_at.month}月") and "进度35%，完成值12个：已完成前期手续" in progress
    assert progress.endswith("…") and len(progress) < 120
    assert status.startswith("办理中")
    assert rows[items[1].number][3:9] == (None, None, None, rows[items[1].number][6], None, "待交办")


@pytest.mark.django_db
@pytest.mark.parametrize(("who", "expected"), [
    ("supervisor", 3), ("leader", 3), ("unit", 1), ("co_unit", 1), ("other_unit", 0)])
def test_item_export_is_scoped_by_role(signed, items, users, who, expected) -> None:
    for fmt in ("xlsx", "docx"):
        response = export(users[who], "item_export", fmt)
        assert response.status_code == 200
        if fmt == "xlsx":
            numbers = [row[0] for row in task_rows(workbook(response.content))]
        else:
            table = docx.Document(io.BytesIO(response.content)).tables[0]
            numbers = [row.cells[0].text for row in table.rows[1:] if len({id(c._tc) for c in row.cells}) == 9]
        assert len(numbers) == expected
        if who in ("unit", "co_unit"):
            assert numbers == [signed.number]


@pytest.mark.django_db
def test_export_refusals(items, source, users) -> None:
    for name, args in (("item_export", ("xlsx",)), ("source_export", (source.pk, "docx"))):
        anonymous = export(None, name, *args)
        assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("login"))
        assert export(users["no_role"], name, *args).status_code == 403
    for bad in ("pdf", "csv", "XLSX"):
        assert export(users["supervisor"], "item_export", bad).status_code == 404
        assert export(users["supervisor"], "source_export", source.pk, bad).status_code == 404
    assert export(users["supervisor"], "source_export", source.pk + 999, "xlsx").status_code == 404
    # a unit with no item in the document is not told of it
    assert export(users["other_unit"], "source_export", source.pk, "xlsx").status_code == 404


@pytest.mark.django_db
def test_item_export_takes_the_lists_filters(signed, items, users, source) -> None:
    def numbers(query: str) -> list[str]:
        response = export(users["supervisor"], "item_export", "xlsx", query=query)
        assert response.status_code == 200
        return [row[0] for row in task_rows(workbook(response.content))]

    assert numbers("status=in_progress") == [signed.number]
    assert numbers(f"unit={signed.lead_unit_id}") == [signed.number]
    assert len(numbers("status=filed")) == 2
    assert numbers(f"q={items[2].number}") == [items[2].number]
    assert len(numbers("status=nonsense&light=blue")) == 3  # bad filters are ignored, as on the list
    sheet = workbook(export(users["supervisor"], "item_export", "xlsx", query=f"status=in_progress&source={source.pk}")
                     .content)
    assert sheet["A1"].value == f"《{source.title}》任务分解表"
    assert "筛选：办理中" in sheet["A2"].value and "共1项" in sheet["A2"].value
    response = export(users["supervisor"], "item_export", "docx", query=f"source={source.pk}")
    assert quote(f"任务分解表-{source.number}.docx") in response["Content-Disposition"]


@pytest.mark.django_db
def test_formula_like_item_content_is_exported_as_text(items, users) -> None:
    for item, text in zip(items, TRICKY, strict=False):
        workflow.edit_item(users["supervisor"], item, version=item.version, content=text)
    sheet = workbook(export(users["supervisor"], "item_export", "xlsx").content)
    contents = {row[0]: row[1] for row in task_rows(sheet)}
    for item, text in zip(items, TRICKY, strict=False):
        assert contents[item.number] == text
    cells = [row[1] for row in sheet.iter_rows(min_row=HEADER_ROW + 2) if row[1].value in TRICKY]
    assert len(cells) == len(items) and all(c.data_type == "s" for c in cells)


@pytest.mark.django_db
def test_source_export_by_role(signed, items, source, users) -> None:
    response = export(users["leader"], "source_export", source.pk, "xlsx")
    assert response.status_code == 200
    assert quote(f"任务分解表-{source.number}.xlsx") in response["Content-Disposition"]
    sheet = workbook(response.content)
    assert sheet["A1"].value == f"《{source.title}》任务分解表"
    assert [row[0] for row in task_rows(sheet)] == [item.number for item in items]
    unit = workbook(export(users["unit"], "source_export", source.pk, "xlsx").content)
    assert [row[0] for row in task_rows(unit)] == [signed.number]
    assert "发改局牵头或配合的事项" in unit["A2"].value
    table = docx.Document(io.BytesIO(export(users["co_unit"], "source_export", source.pk, "docx").content)).tables[0]
    assert [row.cells[0].text for row in table.rows[1:]] == [signed.number]


@pytest.mark.django_db
def test_source_export_before_filing_is_the_draft(source, users) -> None:
    sheet = workbook(export(users["supervisor"], "source_export", source.pk, "xlsx").content)
    assert len(task_rows(sheet)) == source.proposals.count() == 3
    assert "建议稿" in sheet["A2"].value
    # the draft is the supervisor's: a leader sees an empty table, a unit nothing
    assert task_rows(workbook(export(users["leader"], "source_export", source.pk, "xlsx").content)) == []
    assert export(users["unit"], "source_export", source.pk, "xlsx").status_code == 404


@pytest.mark.django_db
def test_items_of_several_documents_are_grouped_under_each(items, users, django_assert_max_num_queries) -> None:
    document = luoshi.extract(RICH)
    second = workflow.import_source(users["supervisor"], document, "county-work-report-2026.txt")
    second.proposals.update(decision=models.Proposal.Decision.ACCEPTED)
    filed = workflow.file_proposals(users["supervisor"], second)
    client = client_for(users["supervisor"])
    with django_assert_max_num_queries(12):  # as many as for four items: nothing is loaded per row
        sheet = workbook(client.get(reverse("ledger:item_export", args=["xlsx"])).content)
    sections = [sheet.cell(r.min_row, 1).value for r in sorted(sheet.merged_cells.ranges, key=lambda r: r.min_row)
                if r.min_row > HEADER_ROW + 1]
    assert sections[0].startswith(items[0].source.number)
    assert f"{second.number}　{second.title}" in sections
    assert "三、2026年重点工作" in sections and "（一）坚持项目为王，持续扩大有效投资" in sections
    assert len(task_rows(sheet)) == len(items) + len(filed)


@pytest.mark.django_db
def test_export_links_on_the_pages(items, source, users) -> None:
    page = client_for(users["unit"]).get(reverse("ledger:item_list") + "?status=in_progress&q=%3D1").content.decode()
    xlsx = reverse("ledger:item_export", args=["xlsx"])
    assert f'href="{xlsx}?status=in_progress&amp;q=%3D1"' in page
    assert reverse("ledger:item_export", args=["docx"]) in page
    review = client_for(users["supervisor"]).get(reverse("ledger:source_review", args=[source.pk])).content.decode()
    assert reverse("ledger:source_export", args=[source.pk, "xlsx"]) in review
    assert reverse("ledger:source_export", args=[source.pk, "docx"]) in review


@pytest.mark.django_db
def test_export_queries_do_not_grow_with_the_items(items, users, django_assert_max_num_queries) -> None:
    client = client_for(users["supervisor"])
    with django_assert_max_num_queries(12):
        assert client.get(reverse("ledger:item_export", args=["xlsx"])).status_code == 200


@pytest.mark.django_db(transaction=True)
def test_export_link_follows_the_filters_in_chromium(browser, live_server, signed, items, users) -> None:  # noqa: F811
    clerk = Session(browser, live_server.url, users["supervisor"].username)
    clerk.go("/items/")
    with clerk.page.expect_response(lambda r: "status=in_progress" in r.url):
        clerk.page.select_option("select[name=status]", "in_progress")  # htmx: the table and the address change
    clerk.page.wait_for_url("**status=in_progress**")
    with clerk.page.expect_download() as download:
        clerk.page.click("text=导出 Excel")
    assert download.value.suggested_filename.startswith("任务分解表-")
    assert [row[0] for row in task_rows(workbook(Path(download.value.path()).read_bytes()))] == [signed.number]
    clerk.close()


@pytest.mark.django_db
def test_draft_export_suggests_the_ledgers_own_units(users, source) -> None:
    """Before filing, a row whose text names no unit gets this ledger's best unit for its wording, marked 建议."""
    from luoshi.ledger.models import Proposal, Unit

    Unit.objects.create(name="县交通运输局", aliases="交通局", duties="农村公路 公路 交通")
    source.proposals.update(decision=Proposal.Decision.PENDING)
    sheet = workbook(export(users["supervisor"], "source_export", source.pk, "xlsx").content)
    leads = {row[1]: row[3] for row in task_rows(sheet)}
    road = next(text for text in leads if "农村公路" in text)
    assert leads[road] == "县交通运输局（建议）"
