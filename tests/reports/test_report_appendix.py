"""The progress appendix keeps its column widths and its header on every page, even when a task's text runs
long: the widths sat on the header cells, and a page that began with a row taller than the room left laid the
columns out anew, the task column a fifth of its width, the row a page long, with no header."""

import io
import logging

import pdfplumber
import pytest

from plans.models import Task
from reports.models import TaskProgress
from reports.pdf import render_report_pdf

pytestmark = pytest.mark.django_db

LONG = "Tổ chức triển khai có hiệu quả các chương trình, kế hoạch, đề án của tỉnh đã phê duyệt. " * 12


def test_the_task_column_keeps_its_width_and_the_header_repeats(report, plan_a):
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    section = plan_a.sections.first()
    # As in the demo's report: short rows, then one whose text is far longer than the room left on the page.
    for n, text in [(n, "Nhiệm vụ ngắn.") for n in range(2, 10)] + [(10, LONG), (11, "Nhiệm vụ ngắn.")]:
        task = Task.objects.create(plan=plan_a, section=section, number=str(n), content=f"Nhiệm vụ {n}. {text}")
        TaskProgress.objects.create(report=report, task=task, percent=40, done="Xong.")
    pdf = pdfplumber.open(io.BytesIO(render_report_pdf(report)))
    pages = [page for page in pdf.pages if "Xong." in (page.extract_text() or "")]
    assert len(pages) >= 2
    for page in pages:
        words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5)
        headers = {w["text"].strip(): w for w in words}
        assert "STT" in headers and "Tình trạng" in headers, page.page_number
        # The task column runs from after STT (7 %) to before Tình trạng: 30 % of the text width.
        width = headers["Tình trạng"]["x0"] - headers["STT"]["x1"]
        assert width > 0.28 * (page.width - 45 * 72 / 25.4), page.page_number  # margins 30 and 15 mm
