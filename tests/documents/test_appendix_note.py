"""The note under an appendix or an attached regulation names the document it goes with: before numbering, with
the number left blank as the header leaves it ("số      /BC-SKHCN"), in the PDF as in the Word file."""

import io
import logging

import pdfplumber
import pytest

from plans.models import Task
from plans.pdf import plan_context, render_plan_pdf
from reports.models import Report, TaskProgress
from reports.pdf import render_report_pdf

pytestmark = pytest.mark.django_db

BLANK = "      /"  # the number before numbering, as format_number leaves it


@pytest.fixture(autouse=True)
def quiet_weasyprint():
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


def pdf_lines(data):
    pages = pdfplumber.open(io.BytesIO(data)).pages
    return [w["text"] for page in pages for w in page.extract_words(keep_blank_chars=True, x_tolerance=1.5)]


def test_it_keeps_the_blank_number_in_an_appendix_note(unit_a, plan_a):
    report = Report.objects.create(unit=unit_a, kind="monthly", year=2026, title="Báo cáo tháng 6", plan=plan_a)
    TaskProgress.objects.create(report=report, task=Task.objects.get(plan=plan_a), percent=50)
    lines = pdf_lines(render_report_pdf(report))
    # The spaces were collapsed: "(Kèm theo Báo cáo số /BC-SKHCN …", unlike the header and the Word file.
    assert any(line.startswith(f"(Kèm theo Báo cáo số {BLANK}BC-SKHCN của") for line in lines), lines


def test_it_names_an_undated_decision_in_its_regulations_note_without_a_gap(plan_a, regulation_a):
    note = f"(Ban hành kèm theo Kế hoạch số {BLANK}KH-SKHCN của Sở Khoa học và Công nghệ)"
    assert plan_context(plan_a)["attachments"][0]["note"] == note  # the Word file prints this string
    assert any(line.startswith(note[:40]) for line in pdf_lines(render_plan_pdf(plan_a)))
