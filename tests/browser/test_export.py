import pytest
from playwright.sync_api import expect

from plans.demo import load_plans
from plans.models import Plan
from portal.demo import load_units_and_people
from tests.browser.signin import login
from tests.processes import Worker, purge_local_queue

pytestmark = pytest.mark.browser


@pytest.fixture
def media(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path))  # the worker subprocess saves where the server reads
    return tmp_path


def test_it_exports_the_demo_plan_to_pdf_with_progress_then_a_download(page, screenshot, transactional_db, media):
    load_units_and_people()
    load_plans()
    plan = Plan.objects.get(symbol="KH-SKHCN", start_year=2021)
    purge_local_queue()
    worker = Worker("--pool=solo")
    try:
        login(page, "vanthu")
        page.goto(plan.get_absolute_url())
        panel = page.get_by_test_id("export-panel")
        expect(panel.get_by_text("Chưa xuất bản nào.")).to_be_visible()
        preview = panel.get_by_test_id("export-preview")
        preview.scroll_into_view_if_needed()
        expect(preview).to_have_js_property("complete", True, timeout=30000)
        width, height = preview.evaluate("img => [img.naturalWidth, img.naturalHeight]")
        assert abs(width - 700) <= 1 and height > width  # page 1, A4 portrait
        panel.get_by_role("button", name="Xuất PDF").click()
        expect(panel.get_by_text("Đang tạo tệp PDF…")).to_be_visible()
        expect(panel.get_by_role("progressbar")).to_be_visible()
        screenshot("export-progress")
        link = panel.get_by_test_id("export-download")
        expect(link).to_be_visible(timeout=90000)
        files = panel.get_by_test_id("export-files")  # refreshed with the status, without a reload
        expect(files.get_by_role("link", name="Tải về")).to_be_visible()
        expect(panel.get_by_text("Chưa xuất bản nào.")).to_have_count(0)
        screenshot("export-done")
        with page.expect_download() as download:
            link.click()
        assert download.value.suggested_filename.endswith(".pdf")
        with open(download.value.path(), "rb") as f:
            assert f.read(5) == b"%PDF-"
    finally:
        worker.stop()


def test_the_preview_says_it_is_being_drawn_then_says_when_it_could_not_be(page, transactional_db):
    load_units_and_people()
    load_plans()
    plan = Plan.objects.get(symbol="KH-SKHCN", start_year=2021)
    held = []
    # The preview is held back, as while it is being drawn.
    page.route("**/xem-truoc.png", lambda route: held.append(route))
    login(page, "vanthu")
    page.goto(plan.get_absolute_url())
    panel = page.get_by_test_id("export-panel")
    panel.get_by_test_id("export-preview").scroll_into_view_if_needed()
    expect(panel.get_by_text("Đang dựng bản xem trước…")).to_be_visible()
    for _ in range(300):  # the route's handler runs while Playwright waits
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the page never asked for its preview"
    held[0].fulfill(status=500, body="")
    expect(panel.get_by_text("Không dựng được bản xem trước. Tải lại trang để thử lại.")).to_be_visible()
    expect(panel.get_by_test_id("export-preview")).to_be_hidden()
