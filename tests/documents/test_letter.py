"""The công văn (Nghị định 30, Phụ lục I): "V/v …" under the number, "Kính gửi", no document type line."""

import io
import logging
from datetime import date

import pdfplumber
import pytest
from docx import Document
from docx.shared import Pt

from plans.docx import render_plan_docx
from plans.models import Plan
from plans.pdf import render_plan_pdf


@pytest.mark.django_db
def test_it_prints_a_letter_with_its_subject_under_the_number_and_listed_addressees(unit_a):
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    letter = Plan.objects.create(
        unit=unit_a,
        doc_type=Plan.DocType.LETTER,
        number=12,
        symbol="SKHCN-QLCN",
        place_name="Quảng Ngãi",
        issued_on=date(2026, 2, 3),
        title="báo cáo kết quả cải cách hành chính quý I năm 2026",
        addressees="Các phòng chuyên môn thuộc Sở\nCác đơn vị sự nghiệp trực thuộc Sở",
        preamble="Đề nghị các phòng, đơn vị báo cáo trước ngày 20/3/2026.",
        signer_authority=Plan.Authority.KT,
        signer_collective="GIÁM ĐỐC",
        signer_position="PHÓ GIÁM ĐỐC",
        signer_name="Trần Công Hòa",
        recipients="Như trên;\nLưu: VT, QLCN.",
        start_year=2026,
        end_year=2026,
    )
    page = pdfplumber.open(io.BytesIO(render_plan_pdf(letter))).pages[0]
    words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5, extra_attrs=["size", "fontname"])
    by_text = {w["text"]: w for w in words}
    number, subject = by_text["Số: 12/SKHCN-QLCN"], by_text["V/v báo cáo kết quả cải cách hành"]
    assert subject["top"] > number["top"] and abs((subject["x0"] + subject["x1"]) - (number["x0"] + number["x1"])) < 6
    assert round(subject["size"]) == 13 and "Bold" not in subject["fontname"]
    assert by_text["Quảng Ngãi, ngày 03 tháng 02 năm 2026"]["top"] == pytest.approx(number["top"], abs=2)
    text = " ".join(page.extract_text().split())
    assert "Kính gửi: - Các phòng chuyên môn thuộc Sở; - Các đơn vị sự nghiệp trực thuộc Sở." in text
    assert "CÔNG VĂN" not in text
    assert "Nơi nhận: KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - Lưu: VT, QLCN. Trần Công Hòa" in text


@pytest.mark.django_db
def test_it_leaves_space_under_listed_addressees_in_word(unit_a):
    letter = Plan.objects.create(
        unit=unit_a, doc_type=Plan.DocType.LETTER, symbol="SKHCN-QLCN", title="báo cáo quý I",
        addressees="Các phòng chuyên môn thuộc Sở\nCác đơn vị sự nghiệp trực thuộc Sở",
        preamble="Đề nghị các phòng, đơn vị báo cáo trước ngày 20/3/2026.", start_year=2026, end_year=2026,
    )  # fmt: skip
    table = next(t for t in Document(io.BytesIO(render_plan_docx(letter))).tables if "Kính gửi:" in t.cell(0, 0).text)
    names = table.cell(0, 1).paragraphs
    # The first paragraph of the letter touched the last addressee; the PDF leaves 6 pt.
    assert names[-1].text.endswith("Sở.") and names[-1].paragraph_format.space_after == Pt(6)
