"""Empty signature fields sit exactly on the signature space, found again in the PDF's own text."""

import io

import pdfplumber
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from plans.models import Plan
from plans.pdf import render_plan_html
from portal.signing import render_signed_ready_pdf
from tests.documents import demo

TOLERANCE = 1.5  # points: a line box is a little taller than its glyphs

# Marked so that pytest-django sets up the test database even when this module runs alone.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def signed(django_db_setup, django_db_blocker):
    with demo(django_db_blocker):
        plan = render_signed_ready_pdf(render_plan_html(Plan.objects.get(symbol="KH-SKHCN", start_year=2021)))
        decision = render_signed_ready_pdf(render_plan_html(Plan.objects.get(number=4259)))
    return {"plan": plan, "decision": decision}


def fields(data):
    """{field name: (page index, [x0, y0, x1, y1])} as pyHanko reads the AcroForm."""
    reader = PdfFileReader(io.BytesIO(data))
    pages = [reader.find_page_for_modification(i)[0].idnum for i in range(int(reader.root["/Pages"]["/Count"]))]
    found = {}
    for field in reader.root["/AcroForm"]["/Fields"]:
        field = field.get_object()
        assert field["/FT"] == "/Sig"
        page = pages.index(field.raw_get("/P").idnum)
        found[str(field["/T"])] = (page, [float(v) for v in field["/Rect"]])
    return found


def word(page, text):
    for w in page.extract_words(keep_blank_chars=True, x_tolerance=1.5):
        if w["text"] == text:
            return w
    raise AssertionError(f"{text!r} not on page {page.page_number}")


def assert_on_signature_space(data, page_index, rect, position, name):
    """The field spans the right column from under the position line down to the signer's name."""
    page = pdfplumber.open(io.BytesIO(data)).pages[page_index]
    above, below = word(page, position), word(page, name)
    x0, y0, x1, y1 = rect
    assert abs((page.height - y1) - above["bottom"]) < TOLERANCE
    assert 0 <= below["top"] - (page.height - y0) < 2 * TOLERANCE
    assert x0 < above["x0"] < above["x1"] < x1 and x0 < below["x0"] < below["x1"] < x1
    assert abs((x0 + x1) / 2 - (below["x0"] + below["x1"]) / 2) < TOLERANCE
    assert abs(x1 - (page.width - 15 * 72 / 25.4)) < TOLERANCE  # the right margin
    assert 80 < y1 - y0 < 90  # about 30 mm reserved


def test_it_puts_the_signer_and_seal_fields_on_a_plans_signature_space(signed):
    found = fields(signed["plan"])
    assert set(found) == {"NguoiKy1", "DauCoQuan1"}
    page, rect = found["NguoiKy1"]
    assert page == len(pdfplumber.open(io.BytesIO(signed["plan"])).pages) - 1
    assert_on_signature_space(signed["plan"], page, rect, "GIÁM ĐỐC", "Nguyễn Văn Thành")


def test_it_overlaps_the_left_third_of_the_signers_field_with_the_seal(signed):
    found = fields(signed["plan"])
    (signer_page, (x0, y0, x1, y1)), (seal_page, seal) = found["NguoiKy1"], found["DauCoQuan1"]
    assert seal_page == signer_page
    assert seal == pytest.approx([x0, y0, x0 + (x1 - x0) / 3, y1], abs=0.02)


def test_it_gives_a_decision_and_its_attached_regulation_a_block_each(signed):
    found = fields(signed["decision"])
    assert set(found) == {"NguoiKy1", "DauCoQuan1", "NguoiKy2", "DauCoQuan2"}
    for n in (1, 2):
        page, rect = found[f"NguoiKy{n}"]
        assert found[f"DauCoQuan{n}"][0] == page
        assert_on_signature_space(signed["decision"], page, rect, "CHỦ TỊCH", "Tô Hoàng Linh")
    # The decision's block ends the decision; the regulation's ends the last page.
    last = len(pdfplumber.open(io.BytesIO(signed["decision"])).pages) - 1
    assert found["NguoiKy1"][0] < found["NguoiKy2"][0] == last


def test_it_keeps_the_pdfa_metadata_after_adding_the_fields(signed):
    reader = PdfFileReader(io.BytesIO(signed["decision"]))
    xmp = reader.root["/Metadata"].data.decode()
    info = reader.trailer["/Info"]
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert "Ủy ban nhân dân thành phố Tuyên Quang" in xmp and "4259/QĐ-UBND" in xmp and "QUYẾT ĐỊNH" in xmp
    assert reader.root["/Lang"] == "vi"
    assert info["/Author"] == "Ủy ban nhân dân thành phố Tuyên Quang" and "4259/QĐ-UBND" in info["/Subject"]
    # PDF/A wants the info dictionary and XMP to agree, Producer included.
    assert f'pdf:Producer="{info["/Producer"]}"' in xmp
