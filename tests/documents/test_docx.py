"""The Word copy read back with python-docx: header texts, page numbers from page 2, fonts, the closing block."""

import io
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from plans.docx import render_plan_docx
from plans.models import Plan
from reports.docx import render_report_docx
from reports.models import Report
from tests.documents import demo

# Marked so that pytest-django sets up the test database even when this module runs alone.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def word(django_db_setup, django_db_blocker):
    with demo(django_db_blocker):
        plan = render_plan_docx(Plan.objects.get(symbol="KH-SKHCN", start_year=2021))
        decision = render_plan_docx(Plan.objects.get(number=4259))
    return Document(io.BytesIO(plan)), Document(io.BytesIO(decision))


def runs_with(doc_or_cell, text):
    paragraphs = doc_or_cell.paragraphs
    return [run for p in paragraphs if text in p.text for run in p.runs]


def test_it_writes_the_header_table_with_exact_diacritics(word):
    header = word[0].tables[0]
    left, right = header.rows[0].cells
    assert [p.text for p in right.paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    # Word may wrap the names only between the runs that header_parts keeps together.
    assert left.text.split("\n")[:2] == [
        "ỦY\xa0BAN\xa0NHÂN\xa0DÂN TỈNH\xa0QUẢNG\xa0NGÃI",
        "SỞ KHOA HỌC VÀ CÔNG\xa0NGHỆ",
    ]
    number, date = header.rows[1].cells
    assert number.text == "Số:      /KH-SKHCN"
    assert date.text == "Quảng Ngãi, ngày 25 tháng 8 năm 2021"
    body = [p.text for p in word[0].paragraphs]
    assert "KẾ HOẠCH" in body


def test_it_uses_the_decrees_fonts_and_sizes(word):
    doc = word[0]
    normal = doc.styles["Normal"]
    fonts = normal.element.rPr.rFonts
    assert normal.font.name == "Times New Roman" and fonts.get(qn("w:eastAsia")) == "Times New Roman"
    assert normal.font.size == Pt(14)
    right = doc.tables[0].rows[0].cells[1]
    national, motto = runs_with(right, "CỘNG HÒA")[0], runs_with(right, "Độc lập")[0]
    assert national.font.size == Pt(13) and national.bold
    assert motto.font.size == Pt(14) and motto.bold
    date = doc.tables[0].rows[1].cells[1].paragraphs[0].runs[0]
    assert date.font.size == Pt(14) and date.italic
    issuer = runs_with(doc.tables[0].rows[0].cells[0], "SỞ KHOA HỌC")[0]
    assert issuer.font.size == Pt(13) and issuer.bold


def test_it_sets_the_units_margins_on_a4(word):
    section = word[0].sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.1) and abs(section.page_height - Mm(297)) < Mm(0.1)
    for margin, mm in (("top_margin", 20), ("bottom_margin", 20), ("left_margin", 30), ("right_margin", 15)):
        assert abs(getattr(section, margin) - Mm(mm)) < Mm(0.1), margin


def test_it_numbers_pages_from_the_second_with_a_page_field(word):
    section = word[0].sections[0]
    assert section.different_first_page_header_footer
    assert not section.first_page_header.is_linked_to_previous
    assert not section.first_page_header._element.xpath(".//w:instrText")
    assert section.first_page_header.paragraphs[0].text == ""
    fields = section.header._element.xpath(".//w:instrText")
    assert [f.text.strip() for f in fields] == ["PAGE"]
    assert section.header.paragraphs[0].alignment == 1  # centred


def test_it_keeps_the_closing_block_together(word):
    closing = word[0].tables[-1]
    assert closing.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    left, right = closing.rows[0].cells
    assert left.paragraphs[0].text == "Nơi nhận:" and left.paragraphs[-1].text == "- Lưu: VT, QLCN."
    assert right.paragraphs[-1].text == "Nguyễn Văn Thành" and "GIÁM ĐỐC" in right.text
    assert all(p.paragraph_format.keep_with_next for p in right.paragraphs)
    assert abs(right.paragraphs[-1].paragraph_format.space_before - Mm(30)) < Mm(0.1)  # the signature space


def test_it_numbers_the_attached_regulation_on_its_own(word):
    decision = word[1]
    assert len(decision.sections) == 2
    regulation = decision.sections[1]
    assert regulation._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert regulation.different_first_page_header_footer
    text = "\n".join(p.text for p in decision.paragraphs)
    assert "Ban hành kèm theo Quyết định số 4259/QĐ-UBND ngày 11 tháng 12 năm 2019" in text
    signers = [t.rows[0].cells[1].paragraphs[-1].text for t in decision.tables[1:]]
    assert signers == ["Tô Hoàng Linh", "Tô Hoàng Linh"]


@pytest.fixture(scope="module")
def report_word(django_db_setup, django_db_blocker):
    with demo(django_db_blocker, reports=True):
        data = render_report_docx(Report.objects.get(number=340, symbol="BC-UBND"))
    return Document(io.BytesIO(data))


def test_it_writes_a_report_with_its_addressee_and_merged_repeating_table_headers(report_word):
    header = report_word.tables[0]
    assert header.rows[1].cells[0].text == "Số: 340/BC-UBND"
    assert header.rows[1].cells[1].text == "Tuy Phước, ngày 19 tháng 7 năm 2024"
    texts = [p.text for p in report_word.paragraphs]
    assert "BÁO CÁO" in texts and "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Bình Định." in texts
    data = [t for t in report_word.tables if t.style.name == "Table Grid"]
    merged = [t for t in data if t._tbl.xpath(".//w:gridSpan")]
    assert merged, "the seed's grouped columns merge their header cells"
    for table in data:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        # A row stays on one page, as the PDF prints it.
        body = [row for row in table.rows if row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None]
        assert body and all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in body)
    assert report_word.tables[-1].rows[0].cells[0].paragraphs[0].text == "Nơi nhận:"


def test_its_data_tables_have_the_pdfs_column_widths_across_the_text_width(report_word):
    # Without widths LibreOffice draws every column alike: the seed's "Đánh giá hiệu quả" ran a word a line.
    section = report_word.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    data = [t for t in report_word.tables if t.style.name == "Table Grid"]
    assert len(data) >= 5
    for table in data:
        grid = [int(col.get(qn("w:w"))) * 635 for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]  # twips->EMU
        assert abs(sum(grid) - text_width) < Mm(1) * len(grid)
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    first = data[0]  # the seed's simplification table: STT, Mã TTHC, Tên TTHC, … the code column wider than STT
    stt, code = (int(col.get(qn("w:w"))) for col in first._tbl.tblGrid.findall(qn("w:gridCol"))[:2])
    assert code > 1.5 * stt
    widths = {len(set(int(c.get(qn("w:w"))) for c in t._tbl.tblGrid.findall(qn("w:gridCol")))) for t in data}
    assert widths != {1}, "columns are sized by their text, not all alike"


def test_it_writes_a_letter_with_its_subject_under_the_number_and_its_addressees(unit_a):
    letter = Plan.objects.create(
        unit=unit_a, doc_type=Plan.DocType.LETTER, number=12, symbol="SKHCN-QLCN", place_name="Quảng Ngãi",
        issued_on=date(2026, 2, 3), title="báo cáo kết quả cải cách hành chính quý I năm 2026",
        addressees="Các phòng chuyên môn thuộc Sở\nCác đơn vị sự nghiệp trực thuộc Sở",
        preamble="Đề nghị các phòng, đơn vị báo cáo trước ngày 20/3/2026.", signer_authority=Plan.Authority.KT,
        signer_collective="GIÁM ĐỐC", signer_position="PHÓ GIÁM ĐỐC", signer_name="Trần Công Hòa",
        recipients="Như trên;\nLưu: VT, QLCN.", start_year=2026, end_year=2026,
    )  # fmt: skip
    doc = Document(io.BytesIO(render_plan_docx(letter)))
    number = doc.tables[0].rows[1].cells[0]
    assert [p.text for p in number.paragraphs] == [
        "Số: 12/SKHCN-QLCN",
        "V/v báo cáo kết quả cải cách hành chính quý I năm 2026",
    ]
    subject = number.paragraphs[1].runs[0]
    assert subject.font.size == Pt(13) and not subject.bold
    body = [p.text for p in doc.paragraphs]
    assert "CÔNG VĂN" not in body and not [text for text in body if text.startswith("V/v")]
    label, names = doc.tables[1].rows[0].cells
    assert label.text == "Kính gửi:"
    assert [p.text.strip() for p in names.paragraphs] == [
        "- Các phòng chuyên môn thuộc Sở;",
        "- Các đơn vị sự nghiệp trực thuộc Sở.",
    ]
    assert body.index("Đề nghị các phòng, đơn vị báo cáo trước ngày 20/3/2026.") > 0


def test_it_writes_quyet_dinh_before_a_decisions_articles(word):
    body = [p.text for p in word[1].paragraphs]
    assert body.index("QUYẾT ĐỊNH:") < next(i for i, text in enumerate(body) if text.startswith("Điều 1."))


def test_it_keeps_the_last_paragraph_with_each_closing_block(word):
    decision = word[1]
    closings = [t for t in decision.tables if "Tô Hoàng Linh" in t._tbl.xpath("string(.)")]
    assert len(closings) == 2  # the decision's and its regulation's
    for table in closings:
        before = table._tbl.getprevious()
        # The regulation's signature block stood alone on its last page in Word; the PDF takes the last
        # paragraph with it.
        assert before.tag == qn("w:p") and before.xpath("string(.)").strip()
        assert Paragraph(before, decision).paragraph_format.keep_with_next


def test_it_leaves_6_pt_under_each_data_table(report_word):
    data = [t for t in report_word.tables if t.style.name == "Table Grid"]
    for table in data:
        after = Paragraph(table._tbl.getnext(), report_word)
        # The paragraph after a table touched its last rule; the PDF keeps 6 pt.
        assert after.text == "" and after.paragraph_format.line_spacing == Pt(6)
