"""A numbered part with no title, as a plan's targets are written ("1. Tỷ lệ công dân … đạt từ 90% trở lên."),
prints its number at the head of its text, in the PDF and in Word: it printed "1." alone on a line."""

import io
import logging

import pdfplumber
import pytest
from docx import Document

from plans.docx import render_plan_docx
from plans.models import Section
from plans.pdf import render_plan_pdf

pytestmark = pytest.mark.django_db

TARGET = "Tỷ lệ công dân được cấp tài khoản định danh điện tử đạt từ 90% trở lên."


@pytest.fixture
def plan(plan_a):
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    targets = Section.objects.create(plan=plan_a, number="II", title="CHỈ TIÊU NĂM 2026", order=2)
    Section.objects.create(plan=plan_a, parent=targets, number="1", body=TARGET, order=1)
    Section.objects.create(plan=plan_a, parent=targets, number="a)", body="Mục con.\nDòng thứ hai.", order=2)
    Section.objects.create(plan=plan_a, number="Điều 3", body="Quyết định có hiệu lực.", order=3)
    return plan_a


def test_the_pdf_prints_the_number_on_the_line_of_its_text(plan):
    text = "\n".join(page.extract_text() for page in pdfplumber.open(io.BytesIO(render_plan_pdf(plan))).pages)
    lines = [line.strip() for line in text.splitlines()]
    assert "1." not in lines and "a)" not in lines
    assert any(line.startswith("1. Tỷ lệ công dân") for line in lines)
    assert "a) Mục con." in lines and "Dòng thứ hai." in lines and "Điều 3. Quyết định có hiệu lực." in lines
    assert "II. CHỈ TIÊU NĂM 2026" in lines


def test_word_does_the_same(plan):
    paragraphs = [p for p in Document(io.BytesIO(render_plan_docx(plan))).paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    assert f"1. {TARGET}" in texts and "a) Mục con." in texts and "Dòng thứ hai." in texts
    assert "1." not in texts and "II. CHỈ TIÊU NĂM 2026" in texts
    article = next(p for p in paragraphs if p.text.startswith("Điều 3."))
    assert article.runs[0].bold and article.text == "Điều 3. Quyết định có hiệu lực."
