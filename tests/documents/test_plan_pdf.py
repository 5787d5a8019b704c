"""The plan printed to the Nghị định 30/2020 layout, read back from the PDF."""

import io

import pdfplumber
import pytest

from plans.models import Plan
from plans.pdf import render_plan_pdf
from tests.documents import demo

MM = 72 / 25.4
# Marked so that pytest-django points the connection at the test database before the module fixture runs,
# even when this module runs alone.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pci_pdf(django_db_setup, django_db_blocker):
    with demo(django_db_blocker):
        plan = Plan.objects.get(symbol="KH-SKHCN", start_year=2021)
        data = render_plan_pdf(plan)
        decision = render_plan_pdf(Plan.objects.get(number=4259))
    return pdfplumber.open(io.BytesIO(data)), pdfplumber.open(io.BytesIO(decision))


def words(page):
    return page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=True, x_tolerance=1.5)


def line_with(page, text):
    for word in words(page):
        if text in word["text"]:
            return word
    raise AssertionError(f"{text!r} not on page")


def test_it_prints_the_header_with_exact_diacritics(pci_pdf):
    first = pci_pdf[0].pages[0]
    text = first.extract_text()
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: /KH-SKHCN",
        "Quảng Ngãi, ngày 25 tháng 8 năm 2021",
        "KẾ HOẠCH",
        "SỞ KHOA HỌC VÀ CÔNG",
    ):
        assert expected in " ".join(text.split()), expected


def test_it_uses_the_decrees_sizes_and_styles(pci_pdf):
    first = pci_pdf[0].pages[0]
    national = line_with(first, "CỘNG HÒA")
    motto = line_with(first, "Độc lập")
    date = line_with(first, "Quảng Ngãi, ngày")
    kind = line_with(first, "KẾ HOẠCH")
    assert round(national["size"]) == 13 and "Bold" in national["fontname"]
    assert round(motto["size"]) == 14 and "Bold" in motto["fontname"]
    assert round(date["size"]) == 14 and "Italic" in date["fontname"]
    assert round(kind["size"]) == 14 and "Bold" in kind["fontname"]
    # The shipped Tinos (see test_fetcher), embedded under the family name the stylesheet gives it.
    assert all("Times-New-Roman" in w["fontname"] for w in words(first))


def test_it_keeps_the_margins_and_the_national_title_on_one_line(pci_pdf):
    for page in pci_pdf[0].pages:
        xs = [w["x0"] for w in words(page)]
        assert min(xs) >= 30 * MM - 1, page.page_number
        assert max(w["x1"] for w in words(page)) <= page.width - 15 * MM + 1
    national = [w for w in words(pci_pdf[0].pages[0]) if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in w["text"]]
    assert len(national) == 1


def test_it_numbers_pages_from_the_second_at_the_top_centre(pci_pdf):
    pages = pci_pdf[0].pages
    top = lambda page: [w for w in words(page) if w["top"] < 20 * MM]  # noqa: E731
    assert [w["text"] for w in top(pages[0])][:1] != ["1"]
    number = [w for w in top(pages[1]) if w["text"] == "2"]
    assert number and abs((number[0]["x0"] + number[0]["x1"]) / 2 - (30 * MM + (pages[1].width - 45 * MM) / 2)) < 3 * MM


def test_it_prints_the_signer_and_recipients(pci_pdf):
    last = pci_pdf[0].pages[-1]
    text = " ".join(last.extract_text().split())
    assert "GIÁM ĐỐC" in text and "Nguyễn Văn Thành" in text and "Nơi nhận:" in text and "- Lưu: VT, QLCN." in text


def test_it_prints_a_decision_with_its_regulation(pci_pdf):
    decision = pci_pdf[1]
    text = " ".join(" ".join(p.extract_text().split()) for p in decision.pages)
    assert "Số: 4259/QĐ-UBND" in text and "TP. Tuyên Quang, ngày 11 tháng 12 năm 2019" in text
    assert "QUY CHẾ" in text.upper()
    # The decision is named in running text, as the Word file names it: "QUYẾT ĐỊNH số" is the title's case.
    assert "(Ban hành kèm theo Quyết định số 4259/QĐ-UBND ngày 11 tháng 12 năm 2019 của Ủy ban nhân dân" in text
    assert text.count("Tô Hoàng Linh") == 2


def test_it_never_leaves_a_signature_alone_on_its_page(pci_pdf):
    # The regulation's last paragraph fitted on page 9 and its signature block went to page 10 alone: a page a
    # clerk signs with nothing of the text on it. The closing block now takes the last paragraph with it.
    last = " ".join(pci_pdf[1].pages[-1].extract_text().split())
    assert "Trong quá trình thực hiện, nếu có vướng mắc phát sinh" in last.split("TM. ỦY BAN NHÂN DÂN")[0]
    assert "Tô Hoàng Linh" in last


def test_it_numbers_the_attached_regulation_on_its_own(pci_pdf):
    # As Word does (a new section restarting at 1): the regulation's first page bears no number, its second "2".
    top = lambda page: [w["text"] for w in words(page) if w["bottom"] < 20 * MM and w["text"].strip().isdigit()]  # noqa: E731
    pages = pci_pdf[1].pages
    start = next(i for i, page in enumerate(pages) if i and "QUY CHẾ" in page.extract_text())
    assert [top(page) for page in pages[: start + 2]] == [[], *[[str(n)] for n in range(2, start + 1)], [], ["2"]]
