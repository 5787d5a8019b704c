import io
from pathlib import Path

import openpyxl
import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from plans.models import Occurrence
from portal.models import OrgUnit
from tests.browser.signin import login

pytestmark = pytest.mark.browser

YEAR = "2025"  # the demo's PCI plan runs to 2025; its deadlines of that year are loaded by the demo


def demo_counts(unit_code):
    """The four states of the tasks of a unit and its subtree in YEAR, straight from the ORM."""
    unit = OrgUnit.objects.get(code=unit_code)
    rows = (
        Occurrence.objects.filter(unit__path__startswith=unit.path, due_date__year=int(YEAR), task__isnull=False)
        .with_status(timezone.localdate())
        .values("state")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["state"]: row["n"] for row in rows}


def test_it_shows_the_giam_doc_where_to_push(page, screenshot, transactional_db):
    cache.clear()  # boards are cached by branch id, and ids repeat from test to test
    call_command("load_demo", stdout=io.StringIO())
    expected = demo_counts("qng-skhcn")
    assert sum(expected.values()) > 0 and expected.get("overdue")

    login(page, "giamdoc")
    page.get_by_role("link", name="Bảng điều hành").first.click()
    page.get_by_role("heading", name="Bảng điều hành").wait_for()
    page.get_by_label("Năm", exact=True).select_option(YEAR)
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url(f"**year={YEAR}**")
    for state in Occurrence.Status.values:
        assert page.get_by_test_id(f"count-{state}").inner_text() == str(expected.get(state, 0)), state
    screenshot("dashboard-desktop")

    page.get_by_label("Bộ chỉ số", exact=True).select_option("pci")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**framework=pci**")
    assert "Chỉ số năng lực cạnh tranh cấp tỉnh" in page.get_by_test_id("indicators").first.inner_text()

    division = OrgUnit.objects.get(code="qng-skhcn-qlcn")
    page.get_by_test_id("drill-qng-skhcn-qlcn").click()
    page.wait_for_url(f"**unit={division.pk}**")
    assert page.get_by_test_id("dashboard-unit").inner_text() == division.name
    division_counts = demo_counts("qng-skhcn-qlcn")
    assert page.get_by_test_id("count-overdue").inner_text() == str(division_counts.get("overdue", 0))
    page.get_by_test_id("overdue-list").get_by_role("link").first.click()
    page.get_by_role("heading", name="Diễn biến nhiệm vụ").wait_for()
    page.get_by_test_id("back-to-dashboard").click()
    page.wait_for_url(f"**unit={division.pk}**")
    page.get_by_test_id("unit-trail").get_by_role("link", name="Sở KH&CN Quảng Ngãi").click()
    page.wait_for_url("**framework=pci**")
    assert page.get_by_test_id("dashboard-unit").inner_text() == "Sở Khoa học và Công nghệ"

    with page.expect_download() as download_info:
        page.get_by_test_id("export-xlsx").click()
    assert download_info.value.suggested_filename == f"bang-dieu-khien-{YEAR}.xlsx"
    workbook = openpyxl.load_workbook(io.BytesIO(Path(download_info.value.path()).read_bytes()))
    total = list(workbook["Nhiệm vụ theo kế hoạch"].iter_rows(values_only=True))[1]
    assert total[1:5] == tuple(expected.get(state, 0) for state in Occurrence.Status.values)

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/bao-cao/bang-dieu-khien/?year={YEAR}")
    page.get_by_test_id("count-overdue").wait_for()
    screenshot("dashboard-phone")
