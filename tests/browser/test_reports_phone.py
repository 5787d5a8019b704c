"""The report list reads on a phone: the title keeps most of the width instead of wrapping word by word."""

import io

import pytest
from django.core.management import call_command

from tests.browser.signin import login
from tests.browser.test_deadlines_phone import OVERFLOWING

pytestmark = pytest.mark.browser


def test_it_gives_the_report_title_the_width_of_a_phone(page, screenshot, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    login(page, "giamdoc")
    page.goto("/bao-cao/?hop=di")
    assert page.get_by_role("columnheader", name="Kính gửi").is_visible()  # a wide screen keeps every column
    page.set_viewport_size({"width": 390, "height": 844})
    title = page.locator("table tbody td").first
    # Squeezed by the unit, recipient and period columns it was 78 px wide, a word a line.
    assert title.bounding_box()["width"] >= 220
    assert title.get_by_text("Sở KH&CN Quảng Ngãi →").is_visible()  # what the hidden columns said
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.evaluate(OVERFLOWING)
    screenshot("reports-phone")


def test_a_long_state_wraps_in_its_badge_on_a_phone(page, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    login(page, "tuyphuoc.pct")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/bao-cao/?hop=di")
    badge = page.locator("td.report-state .badge", has_text="Nơi nhận đã tiếp nhận")
    title = page.locator("table tbody td").first
    # Kept on one line the badge took about half the row and the title wrapped a word a line.
    assert badge.bounding_box()["width"] <= 120
    assert title.bounding_box()["width"] >= 220
