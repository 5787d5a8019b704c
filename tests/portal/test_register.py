"""The register of outgoing documents: scoped, filtered, searched without diacritics, paged, exported."""

import io
from datetime import date

import openpyxl
import pytest
from django.urls import reverse

from portal.models import RegisterEntry

pytestmark = pytest.mark.django_db


def entry(unit, number, by, year=2026, **fields):
    fields = {
        "symbol": "KH-SKHCN",
        "doc_type": "Kế hoạch",
        "title": f"Văn bản số {number}",
        "issued_on": date(year, 3, 2),
        **fields,
    }
    return RegisterEntry.objects.create(
        unit=unit, year=year, number=number, object_type="plans.plan", object_id=f"{year}-{number}-{unit.pk}",
        numbered_by=by, **fields,
    )  # fmt: skip


@pytest.fixture
def register(unit_a, unit_b, clerk_a):
    return [
        entry(unit_a, 5, clerk_a, title="Đề án đăng ký kinh doanh qua mạng", signer="Nguyễn Văn Thành"),
        entry(unit_a, 6, clerk_a, title="Kế hoạch chuyển đổi số", recipients="Như trên;\nLưu: VT."),
        entry(unit_a, 340, clerk_a, year=2025, symbol="BC-SKHCN", doc_type="Báo cáo", title="Báo cáo năm 2025"),
        entry(unit_b, 1, clerk_a, symbol="KH-STP", title="Kế hoạch của Sở Tư pháp"),
    ]


def listed(response):
    return [e.number_symbol for e in response.context["object_list"]]


def test_it_lists_only_the_users_units(client_for, official_a, register):
    response = client_for(official_a).get(reverse("portal:register_list"))
    assert listed(response) == ["06/KH-SKHCN", "05/KH-SKHCN", "340/BC-SKHCN"]
    assert "Sở Tư pháp" not in response.content.decode()


def test_it_filters_by_unit_and_year_and_searches_without_diacritics(client_for, leader_top, unit_a, register):
    client = client_for(leader_top)
    url = reverse("portal:register_list")
    assert listed(client.get(url, {"unit": unit_a.pk, "year": 2026})) == ["06/KH-SKHCN", "05/KH-SKHCN"]
    assert listed(client.get(url, {"year": 2025})) == ["340/BC-SKHCN"]
    assert listed(client.get(url, {"q": "de an dang ky"})) == ["05/KH-SKHCN"]
    assert listed(client.get(url, {"q": "NGUYEN VAN thanh"})) == ["05/KH-SKHCN"]
    empty = client.get(url, {"q": "không có"}).content.decode()
    assert "Không có văn bản nào khớp với “không có”." in empty


def test_it_checks_ownership(client_for, official_a, unit_b, register):
    assert client_for(official_a).get(reverse("portal:register_list"), {"unit": unit_b.pk}).status_code == 404


def test_it_shows_an_empty_register(client_for, viewer_a):
    response = client_for(viewer_a).get(reverse("portal:register_list"))
    assert response.status_code == 200 and "Sổ chưa có văn bản nào." in response.content.decode()


def test_it_pages_and_pins_the_query_count(client_for, leader_top, unit_a, clerk_a, django_assert_max_num_queries):
    for number in range(1, 61):
        entry(unit_a, number, clerk_a)
    client = client_for(leader_top)
    with django_assert_max_num_queries(9):
        first = client.get(reverse("portal:register_list"))
    assert len(first.context["object_list"]) == 50 and listed(first)[0] == "60/KH-SKHCN"
    assert listed(client.get(reverse("portal:register_list"), {"page": 2}))[-1] == "01/KH-SKHCN"


def test_it_searches_in_the_database_with_a_pinned_query_count(
    client_for, leader_top, unit_a, clerk_a, django_assert_max_num_queries
):
    for number in range(1, 121):
        entry(unit_a, number, clerk_a, title=f"Đề án số {number}" if number % 40 == 0 else f"Kế hoạch {number}")
    client = client_for(leader_top)
    with django_assert_max_num_queries(9) as queries:
        response = client.get(reverse("portal:register_list"), {"q": "de an"})
    assert listed(response) == ["120/KH-SKHCN", "80/KH-SKHCN", "40/KH-SKHCN"]
    # The folded column is filtered in SQL: no query reads the whole register to fold it in Python.
    assert any("search_text" in q["sql"] for q in queries.captured_queries)


def test_it_keeps_the_search_key_up_to_date_on_save(unit_a, clerk_a):
    line = entry(unit_a, 9, clerk_a, title="Quyết định ban hành Quy chế", signer="Tô Hoàng Linh")
    assert line.search_text == "09/kh-skhcn ke hoach quyet dinh ban hanh quy che to hoang linh"
    line.title = "Công văn về việc Đăng ký"
    line.save()
    assert RegisterEntry.objects.search("dang KY").get() == line


def test_it_exports_to_excel_with_formulas_neutralised(client_for, official_a, unit_a, clerk_a, register):
    entry(unit_a, 7, clerk_a, title='=HYPERLINK("http://x")', signer="@Nguyễn", recipients="-Lưu: VT.")
    response = client_for(official_a).get(reverse("portal:register_list"), {"format": "xlsx", "year": 2026})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Số, ký hiệu",
        "Ngày văn bản",
        "Loại văn bản",
        "Trích yếu",
        "Người ký",
        "Nơi nhận",
        "Cơ quan ban hành",
    )
    assert rows[1][1].date() == date(2026, 3, 2)
    assert rows[1][:1] + rows[1][2:6] == (
        "07/KH-SKHCN",
        "Kế hoạch",
        '\'=HYPERLINK("http://x")',
        "'@Nguyễn",
        "'-Lưu: VT.",
    )
    assert [r[0] for r in rows[1:]] == ["07/KH-SKHCN", "06/KH-SKHCN", "05/KH-SKHCN"]


def test_it_exports_the_document_date_as_a_date_shown_day_first(client_for, official_a, register):
    response = client_for(official_a).get(reverse("portal:register_list"), {"format": "xlsx", "year": 2025})
    cell = openpyxl.load_workbook(io.BytesIO(response.content)).active["B2"]
    assert cell.is_date and cell.value.date() == date(2025, 3, 2) and cell.number_format == "DD/MM/YYYY"


def test_it_ignores_a_unit_or_year_that_is_no_number(client_for, official_a, register):
    client = client_for(official_a)
    url = reverse("portal:register_list")
    response = client.get(url, {"unit": "abc", "year": "²"})
    assert response.status_code == 200 and listed(response) == ["06/KH-SKHCN", "05/KH-SKHCN", "340/BC-SKHCN"]
    assert "Đơn vị trong địa chỉ không hợp lệ" in response.content.decode()
    assert client.get(url, {"unit": "9" * 30, "year": "9" * 30}).status_code == 404
