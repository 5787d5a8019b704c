"""The quick report ("Xuất báo cáo nhanh") lists under "units with overdue tasks" only units that have some."""

import io

import pdfplumber

from reports.pdf_dashboard import dashboard_summary_context, render_dashboard_pdf
from tests.factories import OrgUnitFactory
from tests.reports.test_dashboard import S, build, deadlines, issued_plan


def pdf_text(board, by):
    with pdfplumber.open(io.BytesIO(render_dashboard_pdf(board, by=by))) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def test_it_lists_only_units_with_overdue_tasks(leader_top, province, unit_a, unit_b):
    deadlines(issued_plan(unit_a), unit_a, [S.OVERDUE, S.DONE_ON_TIME])
    deadlines(issued_plan(unit_b), unit_b, [S.OVERDUE, S.OVERDUE])
    idle = OrgUnitFactory(parent=province, name="Sở Tư pháp")
    deadlines(issued_plan(idle), idle, [S.DONE_ON_TIME, S.OPEN])
    context = dashboard_summary_context(build(leader_top), by=leader_top)
    # The first ten of the ranking were listed, units with no overdue task among them.
    assert [row.unit for row in context["units"]] == [unit_b, unit_a]


def test_it_says_so_when_no_unit_has_overdue_tasks_and_numbers_the_parts_it_prints(leader_a, unit_a):
    deadlines(issued_plan(unit_a), unit_a, [S.DONE_ON_TIME, S.OPEN])
    board = build(leader_a)
    context = dashboard_summary_context(board, by=leader_a)
    assert context["units"] == [] and context["part_number"] == {"tasks": 1, "reports": 2, "units": 3}
    text = pdf_text(board, leader_a)
    assert "3. Các đơn vị có nhiều nhiệm vụ quá hạn Không có đơn vị nào có nhiệm vụ quá hạn." in text
