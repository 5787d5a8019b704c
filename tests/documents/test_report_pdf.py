"""The report printed to the Nghị định 30/2020 layout (seed 001, Báo cáo số 340/BC-UBND), read back from the PDF."""

import io
from datetime import date

import pdfplumber
import pytest

from reports.models import Report, ReportTable, TableTemplate
from reports.pdf import render_report_html, render_report_pdf
from tests.documents import demo

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pdfs(django_db_setup, django_db_blocker):
    with demo(django_db_blocker, reports=True):
        report = Report.objects.get(number=340, symbol="BC-UBND")
        seed = render_report_pdf(report)
        long = Report.objects.create(
            unit=report.unit, kind=Report.Kind.THEMATIC, year=2024, title="Báo cáo thử bảng dài",
            issued_on=date(2024, 7, 19), place_name="Tuy Phước", symbol="BC-UBND",
        )  # fmt: skip
        template = TableTemplate.objects.get(code="don-gian-hoa")
        rows = [[str(n), f"1.00{n:04d}", f"Thủ tục số {n}", "", "", "", "01", "0", ""] for n in range(1, 81)]
        ReportTable.objects.create(report=long, template=template, rows=rows)
        long_html, long_pdf = render_report_html(long), render_report_pdf(long)
        # The PCI half-year report carries two appendices (task progress, indicator values).
        pci = render_report_pdf(Report.objects.get(number=96, symbol="BC-SKHCN"))
    return (
        pdfplumber.open(io.BytesIO(seed)),
        pdfplumber.open(io.BytesIO(long_pdf)),
        long_html,
        pdfplumber.open(io.BytesIO(pci)),
    )


def words(page):
    return page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=True, x_tolerance=1.5)


def word(page, text):
    return next(w for w in words(page) if w["text"].startswith(text))


def flat(page):
    return " ".join((page.extract_text() or "").split())


def test_it_prints_the_header_and_addressee_with_exact_diacritics(pdfs):
    first = pdfs[0].pages[0]
    text = flat(first)
    for expected in (
        "ỦY BAN NHÂN DÂN",
        "HUYỆN TUY PHƯỚC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 340/BC-UBND",
        "Tuy Phước, ngày 19 tháng 7 năm 2024",
        "BÁO CÁO Kết quả triển khai thực hiện các văn bản chỉ đạo của UBND tỉnh",
        "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Bình Định.",
        "Thực hiện Công văn số 517/VPUBND-KSTT ngày 02/7/2024",
        "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
    ):
        assert expected in text, expected
    # A district's People's Committee heads its own header: no province line above it.
    assert words(first)[0]["text"] == "ỦY BAN NHÂN DÂN" and "BÌNH ĐỊNH" not in text.split("Số:")[0]


def test_it_uses_the_decrees_sizes_and_styles(pdfs):
    first, last = pdfs[0].pages[0], pdfs[0].pages[-1]
    expected = {
        (first, "CỘNG HÒA"): (13, True, False),
        (first, "Độc lập"): (14, True, False),
        (first, "Số: 340"): (13, False, False),
        (first, "Tuy Phước, ngày"): (14, False, True),
        (first, "BÁO CÁO"): (14, True, False),
        (first, "Kết quả triển khai thực hiện các văn bản"): (14, True, False),
        (first, "Kính gửi:"): (14, False, False),
        (last, "Nơi nhận:"): (12, True, True),
        (last, "- Lưu: VT."): (11, False, False),
        (last, "TM. ỦY BAN NHÂN DÂN"): (14, True, False),
        (last, "Nguyễn Hùng Tân"): (14, True, False),
    }
    for (page, text), (size, bold, italic) in expected.items():
        found = word(page, text)
        assert round(found["size"]) == size, text
        assert ("Bold" in found["fontname"]) == bold and ("Italic" in found["fontname"]) == italic, text


def test_it_prints_the_signer_block_and_recipients(pdfs):
    text = flat(pdfs[0].pages[-1])
    for expected in (
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Nguyễn Hùng Tân",
        "- CT, các PCT UBND huyện;",
    ):
        assert expected in text, expected
    assert "UBND huyện Tuy Phước báo cáo Văn phòng UBND tỉnh theo dõi, tổng hợp/." in " ".join(
        flat(p) for p in pdfs[0].pages
    )


def test_it_prints_the_reports_tables_with_their_merged_headers(pdfs):
    text = " ".join(flat(p) for p in pdfs[0].pages)
    assert "a) Kết quả rà soát, đơn giản hóa thủ tục hành chính" in text
    # The procedure code is one long word: it wraps inside its column instead of widening it.
    page = next(p for p in pdfs[0].pages if "Mã TTHC" in flat(p))
    cells = ["".join((cell or "").split()) for row in page.find_tables()[0].extract() for cell in row]
    assert "(1.001653.000.00.00.H08)" in cells
    html = pdfs[2]
    assert '<th colspan="2">Hình thức đơn giản hóa</th>' in html and '<th rowspan="2">STT</th>' in html


def test_it_sizes_the_table_columns_from_their_text(pdfs):
    page = next(p for p in pdfs[0].pages if "Mã TTHC" in flat(p))
    code, name, decision = word(page, "Mã TTHC"), word(page, "Tên"), word(page, "Quyết định của")
    rows = page.find_tables()[0].rows
    widths = [cell[2] - cell[0] for cell in rows[-1].cells if cell]
    # STT stays narrow, the code column takes no more than a sixth of the line, and the columns keep their order.
    assert widths[0] < 40 and widths[1] < page.width / 6, widths
    assert code["x0"] < name["x0"] < decision["x0"]


def test_it_repeats_the_table_header_on_every_page_it_spans(pdfs):
    # The closing block may fall on a page of its own after the table.
    pages = [page for page in pdfs[1].pages if "1.000" in flat(page)]
    assert len(pages) >= 3
    for page in pages:
        group, stt = word(page, "Hình thức"), word(page, "STT")
        # STT spans both header rows, so it sits lower than the merged group cell above its two columns.
        assert stt["top"] > group["top"], page.page_number
    assert "1.000001" in flat(pages[0]) and "1.000080" in flat(pages[-1])


def test_it_numbers_pages_from_the_second(pdfs):
    first, second = pdfs[0].pages[:2]
    assert not [w for w in words(first) if w["top"] < 15 * 72 / 25.4 and w["text"].strip().isdigit()]
    assert [w["text"] for w in words(second) if w["top"] < 20 * 72 / 25.4] == ["2"]


def test_the_director_signs_without_a_deputys_authority(pdfs):
    # Seed 000's Giám đốc signs "GIÁM ĐỐC / Nguyễn Văn Thành"; the PCI report printed "KT. GIÁM ĐỐC" above it,
    # the authority of his deputy's công văn, as if he signed for himself.
    pages = pdfs[3].pages
    closing = next(page for page in pages if "Nơi nhận:" in flat(page))
    signer = [w["text"] for w in words(closing) if w["top"] > word(closing, "Nơi nhận:")["top"] - 2 and w["x0"] > 300]
    assert signer == ["GIÁM ĐỐC", "Nguyễn Văn Thành"], signer


def page_number(page):
    """The number printed in the top margin, or None."""
    top = [w["text"].strip() for w in words(page) if w["bottom"] < 20 * 72 / 25.4]
    return top[0] if top and top[0].isdigit() else None


def test_it_numbers_each_appendix_on_its_own(pdfs):
    # Nghị định 30: an appendix is numbered on its own, and like any document shows no number on its first
    # page. The appendices carried on the report's numbers (3, 4, 5, 6).
    pages = pdfs[3].pages
    starts = [i for i, page in enumerate(pages) if flat(page).startswith("PHỤ LỤC")]
    assert len(starts) == 2, starts
    numbers = [page_number(page) for page in pages]
    assert numbers[: starts[0]] == [None, *[str(n) for n in range(2, starts[0] + 1)]]
    first = numbers[starts[0] : starts[1]]
    assert first == [None, *[str(n) for n in range(2, len(first) + 1)]]
    assert numbers[starts[1]] is None


def crossings(page):
    """Characters that a column rule runs through: text wider than the column it was given."""
    rules = [e for e in page.edges if e["orientation"] == "v" and e["height"] > 5]
    return [
        c["text"]
        for c in page.chars
        if c["text"].strip()
        for e in rules
        if c["x0"] + 0.5 < e["x0"] < c["x1"] - 0.5 and e["top"] < c["bottom"] - 1 and e["bottom"] > c["top"] + 1
    ]


def test_no_column_is_narrower_than_its_longest_heading_word(pdfs):
    # Seed 001's tables (bold "Mã TTHC", "Tên TTHC" beside long headings) and the long table over its pages.
    for pdf in pdfs[:2]:
        assert [(page.page_number, crossings(page)) for page in pdf.pages if crossings(page)] == []
