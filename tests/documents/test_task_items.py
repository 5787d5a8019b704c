"""A task prints as seed 000 writes it: each line of its text a paragraph of its own, then who directs, who leads
and when, lettered on from the điểm its text already used ("a) Nội dung:" … "b) Chỉ đạo thực hiện"), in the PDF
and in Word. Fixed letters printed "a) Nội dung" then a second "a) Chỉ đạo thực hiện", and "b)" with no "a)"."""

import io
import logging

import pdfplumber
import pytest
from docx import Document

from plans.docx import render_plan_docx
from plans.models import ScheduleRule, Task, TaskUnit
from plans.pdf import render_plan_pdf

pytestmark = pytest.mark.django_db

BODY = "Xây dựng phần mềm, cập nhật cơ sở dữ liệu."
EXPECTED = [
    # The fixture's task has no one directing it: its items start at "a)".
    "1. Rà soát, đơn giản hóa thủ tục hành chính",
    "a) Đơn vị chủ trì, phối hợp:",
    "- Đơn vị chủ trì: Phòng Quản lý công nghệ.",
    "b) Thời gian thực hiện: Trước ngày 05/6 hằng năm.",
    "2. Xây dựng và vận hành phần mềm Quản lý tiêu chuẩn đo lường chất lượng.",
    "a) Nội dung:",
    BODY,
    "b) Chỉ đạo thực hiện: Phó Giám đốc Phan Văn Hiếu.",
    "c) Đơn vị chủ trì, phối hợp:",
    "- Đơn vị chủ trì: Phòng Quản lý công nghệ.",
    "d) Thời gian thực hiện: Hàng năm.",
]


@pytest.fixture
def plan(plan_a, unit_a1):
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    task = Task.objects.create(
        plan=plan_a,
        section=plan_a.sections.get(),
        order=2,
        number="2",
        content=f"Xây dựng và vận hành phần mềm Quản lý tiêu chuẩn đo lường chất lượng.\na) Nội dung:\n{BODY}",
        directing_text="Phó Giám đốc Phan Văn Hiếu",
    )
    TaskUnit.objects.create(task=task, unit=unit_a1, role=TaskUnit.Role.LEAD)
    ScheduleRule.objects.create(task=task, wording="Hàng năm", kind=ScheduleRule.Kind.ANNUAL)
    return plan_a


def test_the_pdf_prints_each_line_as_an_indented_paragraph_and_letters_on(plan):
    page = pdfplumber.open(io.BytesIO(render_plan_pdf(plan))).pages[0]
    lines = page.extract_text_lines()
    texts = [line["text"].strip() for line in lines]
    assert [text for text in texts if text in EXPECTED] == EXPECTED
    assert texts.count("a) Nội dung:") == 1 and not [t for t in texts if t.startswith("a) Chỉ đạo")]
    # Each line of the task's text starts a paragraph indented 1 cm, as the items after it are; it was a line
    # break inside the first paragraph, flush with the margin.
    indent = (30 + 10) * 72 / 25.4  # the left margin, then 1 cm
    for text in ("a) Nội dung:", BODY, "b) Chỉ đạo thực hiện"):
        line = next(line for line in lines if line["text"].startswith(text))
        assert abs(line["x0"] - indent) < 1.5, text


def test_word_prints_the_same_paragraphs(plan):
    texts = [p.text for p in Document(io.BytesIO(render_plan_docx(plan))).paragraphs if p.text.strip()]
    assert [text for text in texts if text in EXPECTED] == EXPECTED
    assert not [text for text in texts if "\n" in text]
