"""A regulation attached to a decision, exported on its own (its own page in the portal has an export panel):
the decision's header without a "Số" line — the regulation has no number of its own, and it printed
"Số:      /" — then the regulation as the decision's appendix prints it, its note naming the decision."""

import io

import pdfplumber
import pytest
from docx import Document

from plans.docx import render_plan_docx
from plans.models import Plan
from plans.pdf import render_plan_pdf
from tests.documents import demo

pytestmark = pytest.mark.django_db
NOTE = (
    "(Ban hành kèm theo Quyết định số 4259/QĐ-UBND ngày 11 tháng 12 năm 2019 của Ủy ban nhân dân thành phố Tuyên Quang)"
)


@pytest.fixture(scope="module")
def regulation(django_db_setup, django_db_blocker):
    with demo(django_db_blocker):
        plan = Plan.objects.get(attached_to__number=4259)
        pdf, word = render_plan_pdf(plan), render_plan_docx(plan)
    return pdfplumber.open(io.BytesIO(pdf)), Document(io.BytesIO(word))


def test_it_prints_the_issuers_header_without_a_number(regulation):
    pdf, _word = regulation
    first = " ".join(pdf.pages[0].extract_text().split())
    assert first.startswith("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert "TP. Tuyên Quang, ngày 31 tháng 12 năm 2019" in first  # its own date; the note names the decision's
    assert "Số:" not in first
    assert "QUY CHẾ Hoạt động của Ban Biên tập" in first and NOTE in first


def test_it_ends_with_the_signers_block(regulation):
    pdf, _word = regulation
    last = " ".join(pdf.pages[-1].extract_text().split())
    assert "TM. ỦY BAN NHÂN DÂN" in last and last.rstrip().endswith("Tô Hoàng Linh")


def test_it_writes_the_same_in_word(regulation):
    _pdf, word = regulation
    header = word.tables[0]
    cells = [" ".join(cell.text.split()) for row in header.rows for cell in row.cells]
    assert not any(text.startswith("Số:") for text in cells)
    assert "TP. Tuyên Quang, ngày 31 tháng 12 năm 2019" in cells
    body = [" ".join(p.text.split()) for p in word.paragraphs]
    assert "QUY CHẾ" in body and NOTE in body
