"""The plan editor's boxes sit where they are drawn: nothing lies over a row, no empty band under a header."""

import pytest
from django.urls import reverse

from tests.browser.signin import login

pytestmark = pytest.mark.browser


def test_it_keeps_each_table_title_above_its_first_row(page, transactional_db, official_a, plan_a):
    login(page, official_a.username, "matkhau-thu-2026")
    page.goto(reverse("plans:plan_edit", args=[plan_a.pk]))
    page.get_by_role("button", name="Thêm chỉ tiêu").click()
    form = page.get_by_test_id("part-form-indicator")
    legend = form.locator("legend").get_by_text("Mục tiêu theo năm")
    first_row = form.locator("fieldset > div.border").first
    # The floated legend lay over the first row's border and label when hidden fields came right after it.
    assert legend.bounding_box()["y"] + legend.bounding_box()["height"] <= first_row.bounding_box()["y"]


def test_it_leaves_no_band_where_no_part_form_is_open(page, transactional_db, official_a, plan_a):
    login(page, official_a.username, "matkhau-thu-2026")
    page.goto(reverse("plans:plan_edit", args=[plan_a.pk]))
    slot = page.locator("#form-indicator")
    assert slot.bounding_box() is None  # takes no room
    page.get_by_role("button", name="Thêm chỉ tiêu").click()
    page.get_by_test_id("part-form-indicator").get_by_role("button", name="Hủy").click()
    page.get_by_test_id("part-form-indicator").wait_for(state="detached")
    assert slot.bounding_box() is None


def test_it_keeps_the_buttons_of_a_long_task_small_on_a_phone(page, transactional_db, official_a, plan_a):
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, official_a.username, "matkhau-thu-2026")
    page.goto(reverse("plans:plan_edit", args=[plan_a.pk]))
    # The task's text wraps over several lines; its buttons, and the section's "+ Nhiệm vụ", stayed one line tall
    # instead of stretching to the text's height.
    row = page.locator(".editor-task").first
    section = page.locator(".editor-section").first
    buttons = [row.get_by_role("button", name="Xóa"), section.get_by_role("button", name="Nhiệm vụ")]
    assert row.bounding_box()["height"] > 60
    assert all(button.bounding_box()["height"] < 40 for button in buttons)
