"""A figure typed with a decimal comma, as Vietnamese write it, is stored as typed whatever the browser's
language: a number box let an English Chromium read "91,5" as 915 and save it without a word."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from reports.models import Report
from tests.browser.signin import login

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("locale", ["en-US", "vi-VN"])
def test_a_value_typed_with_a_decimal_comma_is_saved_as_typed(browser, live_server, transactional_db, locale):
    call_command("load_demo", stdout=io.StringIO())
    report = Report.objects.get(unit__code="lsn-nhanly-ca", state=Report.State.DRAFT)
    value = report.values.order_by("pk").first()
    context = browser.new_context(base_url=live_server.url, locale=locale)
    page = context.new_page()
    try:
        login(page, "nhanly.ca")
        page.goto(report.get_absolute_url() + "soan-thao/")
        field = page.locator('[name="values-0-value"]')
        field.fill("91,5")
        page.keyboard.press("Tab")
        page.get_by_test_id("autosaved").wait_for()
        value.refresh_from_db()
        assert value.value == Decimal("91.5")

        field.fill("chín mươi")
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(page.get_by_text("Hãy nhập một số; phần thập phân viết sau dấu phẩy, ví dụ 95,5.")).to_be_visible()
        expect(field).to_have_value("chín mươi")  # what was typed stays to be corrected
        value.refresh_from_db()
        assert value.value == Decimal("91.5")
    finally:
        context.close()
