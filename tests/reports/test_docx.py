"""The report's Word file: its appendices list every task and indicator, judged against the year's target."""

import io

from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from reports.docx import render_report_docx

CENTER, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT


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


def test_it_aligns_the_appendix_as_the_pdf_does(report):
    report.values.update(value=99, evidence="Báo cáo của hệ thống một cửa")
    doc = Document(io.BytesIO(render_report_docx(report)))
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Chỉ tiêu")
    # Every cell was left-aligned, the label stood a blank line above its title and the rule underlined the
    # note: the PDF centres the number, target, figure and judgement, puts the title right under the label and
    # leaves 12 pt between the note and its rule.
    aligned = [cell.paragraphs[0].alignment for cell in table.rows[1].cells]
    assert aligned == [CENTER, LEFT, CENTER, CENTER, CENTER, LEFT]
    assert {cell.vertical_alignment for cell in table.rows[0].cells} == {WD_ALIGN_VERTICAL.CENTER}
    label = next(i for i, p in enumerate(doc.paragraphs) if p.text.startswith("PHỤ LỤC"))
    title = doc.paragraphs[label + 1]
    assert title.text == "TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ" and title.paragraph_format.space_before == 0
    note = doc.paragraphs[label + 2]
    assert note.text.startswith("(Kèm theo Báo cáo số") and note.paragraph_format.space_after == Pt(12)
