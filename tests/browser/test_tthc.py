import io

import openpyxl
import pytest
from django.core.management import call_command

from portal.models import OrgUnit
from tests.browser.signin import login
from tthc.demo import sample_csv
from tthc.models import Dossier, DossierImport

pytestmark = pytest.mark.browser


def test_it_imports_the_sample_export_and_shows_and_exports_the_months(page, screenshot, transactional_db, tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    unit = OrgUnit.objects.get(code="lsn-nhanly")
    export = tmp_path / "du-lieu-mau-nhan-ly-2025.csv"
    export.write_bytes(sample_csv(unit, 2025, 800, "000.00.12.H43"))

    login(page, "nhanly.ct")
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{unit.pk}/?nam=2026")
    page.get_by_role("link", name="Nhập hồ sơ").click()
    page.get_by_label("Tệp xuất từ phần mềm một cửa (.csv, .xlsx)").set_input_files(str(export))
    screenshot("tthc-import-form")
    # What the form shows the moment it is sent, and whether a second send goes out, written down where the
    # next page can read it (the page itself is gone once the upload arrives).
    page.evaluate("""() => document.addEventListener("submit", (event) => {
      const note = event.target.querySelector("[data-busy]");
      const button = event.target.querySelector("button[type=submit]");
      const seen = JSON.parse(sessionStorage.getItem("seen") || "[]");
      seen.push([note.hidden, note.textContent.trim(), button.getAttribute("aria-disabled"), event.defaultPrevented]);
      sessionStorage.setItem("seen", JSON.stringify(seen));
      if (seen.length === 1) setTimeout(() => event.target.requestSubmit(button), 0);  // a second click
    })""")
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    page.get_by_text("Đã nhập 800 dòng: 800 hồ sơ mới").wait_for()
    assert Dossier.objects.filter(unit=unit, received_on__year=2025).count() == 800
    note = "Đang tải tệp lên, kiểm tra và ghi; tệp lớn có thể mất vài phút. Xin đừng đóng trang."
    assert page.evaluate("() => JSON.parse(sessionStorage.getItem('seen'))") == [
        [False, note, "true", False],
        [False, note, "true", True],  # the second send was stopped
    ]
    assert DossierImport.objects.filter(unit=unit, file_name=export.name).count() == 1

    page.get_by_role("spinbutton", name="Năm").fill("2025")
    page.get_by_role("button", name="Xem").click()
    page.get_by_role("rowheader", name="Tháng 12", exact=True).wait_for()
    january = page.get_by_test_id("months").locator("tbody tr").first.locator("td")  # after its row header
    received = int(january.nth(1).inner_text()) + int(january.nth(2).inner_text())
    assert received == Dossier.objects.filter(unit=unit, received_month=202501).count() > 0
    screenshot("tthc-months-2025")

    with page.expect_download() as download:
        page.get_by_role("link", name="Xuất Excel").click()
    workbook = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes()))
    rows = list(workbook.active.values)
    assert rows[0][0] == "Tháng" and rows[1][0] == "Tháng 1" and rows[1][2] + rows[1][3] == received
    assert rows[-1][0] == "Cả năm 2025"

    page.get_by_role("link", name="Chỉ số 766").click()
    form = page.get_by_test_id("manual-766")
    criterion = form.get_by_label("Chỉ số")
    name = criterion.locator("option").nth(1).inner_text()
    criterion.select_option(label=name)
    form.get_by_label("Tỷ lệ (%)").fill("95")
    form.get_by_label("Căn cứ").fill("Báo cáo số 15/BC-UBND")
    form.get_by_role("button", name="Lưu").click()
    page.get_by_text(f"Đã lưu giá trị nhập tay của chỉ số “{name}”").wait_for()
    assert page.get_by_role("row", name=name).get_by_text("95").count() > 0
    screenshot("tthc-766-manual")
