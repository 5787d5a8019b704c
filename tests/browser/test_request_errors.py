"""A save made in place (htmx) that the server refuses says why in a notice, and what was typed stays in the
form: a plan issued meanwhile, a session that ended. After signing in again in another tab, the same form
saves on the next try (the page sends the current CSRF token, not the one it was served with)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from plans.models import Plan, Section
from tests.browser.signin import login
from tests.reports import conftest as reports_fixtures

pytestmark = pytest.mark.browser
PASSWORD = "matkhau-thu-2026"  # tests.factories.UserFactory


def open_section_form(page, plan, number, title):
    page.goto(reverse("plans:plan_edit", args=[plan.pk]))
    page.get_by_role("button", name="Thêm mục").click()
    form = page.get_by_test_id("part-form-section")
    # Typed once the form has settled (its title field takes the focus), as a person does: a value filled
    # in the same instant as the swap was sometimes lost.
    expect(form.locator('[name="section-title"]')).to_be_focused()
    form.locator('[name="section-number"]').fill(number)
    form.locator('[name="section-title"]').fill(title)
    return form


def sign_in_elsewhere(page, user):
    """Sign in again in another tab of the same browser, leaving `page` as it is."""
    other = page.context.new_page()
    other.goto("/dang-nhap/")
    other.get_by_label("Tên đăng nhập").fill(user.username)
    other.get_by_label("Mật khẩu").fill(PASSWORD)
    other.get_by_role("button", name="Đăng nhập").click()
    other.wait_for_url("**/")
    other.close()


def test_it_says_the_plan_was_issued_meanwhile_and_keeps_the_typing(
    page, screenshot, transactional_db, official_a, plan_a
):
    login(page, official_a.username, PASSWORD)
    form = open_section_form(page, plan_a, "II", "TỔ CHỨC THỰC HIỆN")
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)  # a leader issues it meanwhile
    form.get_by_role("button", name="Lưu").click()
    notice = page.locator("#request-error")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Văn bản đã ban hành nên không sửa trực tiếp được")
    expect(form.locator('[name="section-title"]')).to_have_value("TỔ CHỨC THỰC HIỆN")
    screenshot("request-error-issued")
    notice.get_by_role("button", name="Đóng").click()
    expect(notice).to_be_hidden()
    assert not Section.objects.filter(plan=plan_a, number="II").exists()


def test_it_saves_after_signing_in_again_in_another_tab(page, screenshot, transactional_db, official_a, plan_a):
    login(page, official_a.username, PASSWORD)
    form = open_section_form(page, plan_a, "II", "TỔ CHỨC THỰC HIỆN")
    page.context.clear_cookies(name="sessionid")  # the session ends while the form is open
    form.get_by_role("button", name="Lưu").click()
    notice = page.locator("#request-error")
    expect(notice).to_contain_text("Phiên làm việc đã kết thúc")
    expect(form.locator('[name="section-title"]')).to_have_value("TỔ CHỨC THỰC HIỆN")
    screenshot("request-error-session")
    assert not Section.objects.filter(plan=plan_a, number="II").exists()

    sign_in_elsewhere(page, official_a)

    form.get_by_role("button", name="Lưu").click()
    page.locator("#list-outline").get_by_text("TỔ CHỨC THỰC HIỆN").wait_for()
    assert Section.objects.filter(plan=plan_a, number="II", title="TỔ CHỨC THỰC HIỆN").exists()


duty, report = reports_fixtures.duty, reports_fixtures.report


def test_it_autosaves_a_report_after_signing_in_again_in_another_tab(page, transactional_db, official_a, report):
    login(page, official_a.username, PASSWORD)
    page.goto(reverse("reports:report_edit", args=[report.pk]))
    body = page.locator('[name="sections-0-body"]')
    page.context.clear_cookies(name="sessionid")
    body.fill("Đã rà soát 12 thủ tục hành chính.")
    page.keyboard.press("Tab")
    expect(page.locator("#request-error")).to_contain_text("Phiên làm việc đã kết thúc")
    sign_in_elsewhere(page, official_a)
    body.fill("Đã rà soát 12 thủ tục hành chính, đề xuất đơn giản hóa 3 thủ tục.")
    page.keyboard.press("Tab")
    page.get_by_test_id("autosaved").wait_for()
    assert report.sections.filter(body="Đã rà soát 12 thủ tục hành chính, đề xuất đơn giản hóa 3 thủ tục.").exists()
