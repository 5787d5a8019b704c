"""The report's Word file: its appendices list every task and indicator, judged against the year's target."""

import io

from docx import Document

from reports.docx import render_report_docx


def appendix_rows(data, first_header):
    tables = [t for t in Document(io.BytesIO(data)).tables if t.rows[0].cells[0].text == "STT"]
    table = next(t for t in tables if t.rows[0].cells[1].text == first_header)
    return [[cell.text for cell in row.cells] for row in table.rows[1:]]


def test_it_writes_the_indicator_rows_with_their_target_and_judgement(report):
    report.values.update(value=99, evidence="Báo cáo của hệ thống một cửa")
    rows = appendix_rows(render_report_docx(report), "Chỉ tiêu")
    assert rows == [["1", "Tỷ lệ hồ sơ đúng hạn", "≥ 98 %", "99 %", "Đạt", "Báo cáo của hệ thống một cửa"]]


def test_it_judges_a_value_below_the_target_as_not_achieved(report):
    report.values.update(value=90, evidence="Báo cáo của hệ thống một cửa")
    rows = appendix_rows(render_report_docx(report), "Chỉ tiêu")
    assert rows[0][2:5] == ["≥ 98 %", "90 %", "Không đạt"]
