"""A task quoted from its section's own text, as the articles of the demo's Quy chế (seed 004) are tracked for
their deadlines, prints once: the regulation's PDF and Word file repeated the article's paragraph, then added
"a) Đơn vị chủ trì…" and "b) Thời gian thực hiện…" that the issued text does not have."""

import io
import logging

import pdfplumber
import pytest
from docx import Document

from plans.docx import render_plan_docx
from plans.models import ScheduleRule, Section, Task, TaskUnit
from plans.pdf import render_plan_pdf

pytestmark = pytest.mark.django_db

QUOTED = "Hằng năm, Trung tâm Văn hóa có trách nhiệm lập dự toán kinh phí hoạt động của Trang thông tin điện tử."


@pytest.fixture
def plan(plan_a, unit_a1):
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    article = Section.objects.create(
        plan=plan_a,
        order=2,
        number="Điều 10",
        title="Kinh phí hoạt động",
        # The article's paragraph wraps where the task's text does not.
        body="Kinh phí được chi trong dự toán ngân sách hằng năm.\n" + QUOTED.replace(" có trách", "\n có trách"),
    )
    task = Task.objects.create(plan=plan_a, section=article, order=1, content=QUOTED)
    TaskUnit.objects.create(task=task, unit=unit_a1, role=TaskUnit.Role.LEAD)
    ScheduleRule.objects.create(task=task, wording="Hằng năm", kind=ScheduleRule.Kind.ANNUAL)
    return plan_a


def _pdf_text(plan):
    return " ".join(page.extract_text() for page in pdfplumber.open(io.BytesIO(render_plan_pdf(plan))).pages)


def test_the_pdf_prints_a_quoted_task_once_and_the_others_in_full(plan):
    text = " ".join(_pdf_text(plan).split())
    assert text.count("Hằng năm, Trung tâm Văn hóa") == 1
    assert "Thời gian thực hiện: Hằng năm." not in text
    # The fixture's own task, written as a task, still prints with its items.
    assert "Thời gian thực hiện: Trước ngày 05/6 hằng năm." in text


def test_word_prints_a_quoted_task_once(plan):
    text = "\n".join(p.text for p in Document(io.BytesIO(render_plan_docx(plan))).paragraphs)
    assert text.count("Hằng năm, Trung tâm Văn hóa") == 1
    assert "Thời gian thực hiện: Hằng năm." not in text
    assert "Thời gian thực hiện: Trước ngày 05/6 hằng năm." in text
