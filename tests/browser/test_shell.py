import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.browser


def test_it_logs_the_demo_leader_into_the_vietnamese_shell(page, screenshot, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    page.goto("/")
    assert page.locator("h1").inner_text() == "Đăng nhập"
    page.get_by_label("Tên đăng nhập").fill("giamdoc")
    page.get_by_label("Mật khẩu").fill("demo2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/")
    assert page.locator("h1").inner_text() == "Xin chào, Nguyễn Văn Thành"
    page.get_by_test_id("user-menu").click()
    assert page.get_by_role("link", name="Lãnh đạo · Sở KH&CN Quảng Ngãi").is_visible()
    page.keyboard.press("Escape")
    assert page.get_by_role("link", name="Sở Khoa học và Công nghệ").is_visible()
    path = screenshot("shell-home")
    assert path.stat().st_size > 10_000

    page.get_by_role("button", name="Danh mục").click()
    page.get_by_role("link", name="Đơn vị", exact=True).click()
    page.get_by_label("Tìm đơn vị").fill("chi cuc do luong")
    page.get_by_role("button", name="Lọc").click()
    rows = page.locator("tbody tr")
    assert rows.count() == 1
    assert "Chi cục Tiêu chuẩn Đo lường Chất lượng" in rows.first.inner_text()
    screenshot("shell-units")
