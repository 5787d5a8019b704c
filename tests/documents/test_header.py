"""The header of every document: who prints a governing body above the issuer, and the blank number."""

import io
import logging
from datetime import date

import pdfplumber
import pytest
from docx import Document
from docx.shared import Pt

from plans.docx import render_plan_docx
from plans.models import Plan
from plans.pdf import plan_context, render_plan_pdf
from portal.documents import governing_line, header_parts
from portal.models import OrgUnit
from tests.factories import OrgUnitFactory

K = OrgUnit.Kind


@pytest.fixture(autouse=True)
def quiet_weasyprint():
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


@pytest.fixture
def city(province):
    return OrgUnitFactory(
        name="Ủy ban nhân dân thành phố Tuyên Quang", kind=K.DISTRICT, parent=province, place_name="TP. Tuyên Quang"
    )


def first_page_words(plan):
    page = pdfplumber.open(io.BytesIO(render_plan_pdf(plan))).pages[0]
    return page.extract_words(keep_blank_chars=True, x_tolerance=1.5)


def a_plan(unit, **fields):
    return Plan.objects.create(
        unit=unit, title="Kế hoạch thử nghiệm", symbol="KH-UBND", start_year=2026, end_year=2026, **fields
    )


@pytest.mark.django_db
def test_it_prints_no_governing_body_above_a_peoples_committee(city, province):
    commune = OrgUnitFactory(name="Ủy ban nhân dân xã Nhân Lý", kind=K.COMMUNE, parent=city)
    assert governing_line(city) == "" and governing_line(commune) == "" and governing_line(province) == ""
    texts = [w["text"] for w in first_page_words(a_plan(city))]
    # As seed 004 prints it: the body, then its place, never the place cut in two.
    assert texts[:3] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ TUYÊN QUANG"]
    assert not any("TỈNH" in t for t in texts), texts


@pytest.mark.django_db
def test_it_keeps_the_governing_body_of_a_department_or_one_named_on_purpose(unit_a, city):
    school = OrgUnitFactory(
        name="Trường Mầm non Mạ Non", kind=K.SCHOOL, parent=city, governing_body_name="Ủy ban nhân dân huyện Nhà Bè"
    )
    named = OrgUnitFactory(kind=K.COMMUNE, parent=city, governing_body_name="Ủy ban nhân dân tỉnh Tuyên Quang")
    assert governing_line(unit_a) == "Ủy ban nhân dân tỉnh Thử Nghiệm"
    assert governing_line(school) == "Ủy ban nhân dân huyện Nhà Bè"
    assert governing_line(named) == "Ủy ban nhân dân tỉnh Tuyên Quang"
    texts = [w["text"].strip() for w in first_page_words(a_plan(unit_a))]
    assert texts[0] == "ỦY BAN NHÂN DÂN" and "TỈNH THỬ NGHIỆM" in texts, texts
    assert "SỞ KHOA HỌC VÀ" in texts and "CÔNG NGHỆ" in texts, texts


@pytest.mark.django_db
def test_it_leaves_the_number_blank_with_its_spaces_until_numbered(city):
    words = first_page_words(a_plan(city))
    number = next(w for w in words if w["text"].startswith("Số:"))
    assert number["text"] == "Số:      /KH-UBND"
    date = next(w for w in words if "ngày" in w["text"])
    assert date["text"].startswith("TP. Tuyên Quang, ngày      tháng      năm"), date["text"]


@pytest.mark.django_db
def test_it_prints_the_number_once_given(city):
    words = first_page_words(a_plan(city, number=7))
    assert any(w["text"] == "Số: 07/KH-UBND" for w in words)


def test_it_breaks_a_name_only_where_a_clerk_would():
    assert header_parts("Ủy ban nhân dân xã Nhân Lý") == ["Ủy ban nhân dân", "xã Nhân Lý"]
    assert header_parts("Sở Khoa học và Công nghệ") == ["Sở", "Khoa", "học", "và", "Công nghệ"]
    assert header_parts("Công an xã") == ["Công", "an xã"] and header_parts("") == []


@pytest.mark.django_db
def test_it_sets_a_long_date_line_in_13_pt_on_one_line(province):
    city = OrgUnitFactory(
        name="Ủy ban nhân dân Thành phố Hồ Chí Minh", kind=K.PROVINCE, place_name="Thành phố Hồ Chí Minh"
    )
    plan = a_plan(city, number=123, issued_on=date(2025, 12, 29))
    page = pdfplumber.open(io.BytesIO(render_plan_pdf(plan))).pages[0]
    words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5, extra_attrs=["size"])
    # At 14 pt (106 mm) it wrapped in the 99 mm column and left "2025" alone on a second line.
    line = next(w for w in words if w["text"].startswith("Thành phố Hồ Chí Minh, ngày"))
    assert line["text"] == "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2025" and round(line["size"]) == 13
    runs = [
        r for p in Document(io.BytesIO(render_plan_docx(plan))).tables[0].rows[1].cells[1].paragraphs for r in p.runs
    ]
    assert [(r.text[-4:], r.font.size) for r in runs] == [("2025", Pt(13))]
    short = a_plan(city, number=124, issued_on=date(2025, 12, 29), place_name="TP. Hồ Chí Minh")
    assert plan_context(short)["date_size"] == 14
