"""The deadlines page fits a phone's screen: nothing makes the page scroll sideways."""

import io

import pytest
from django.core.management import call_command

from tests.browser.signin import login

pytestmark = pytest.mark.browser

# Elements whose right edge passes the window's, for the message when the page is too wide.
OVERFLOWING = """() => [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .map((el) => el.tagName + "." + el.className + " " + Math.round(el.getBoundingClientRect().right))
    .slice(0, 10)"""


def test_it_fits_the_deadlines_page_on_a_phone(page, screenshot, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    login(page, "chuyenvien")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/ke-hoach/viec-den-han/")
    page.locator("#nhom-overdue").wait_for()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, page.evaluate(OVERFLOWING)
    screenshot("deadlines-phone")
