"""The deadlines page fits a phone's screen: nothing makes the page scroll sideways, and a task keeps room to be
read (its unit, deadline and state under it)."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from plans.models import Occurrence
from portal.models import Membership
from tests.browser.signin import login
from tests.factories import MembershipFactory, OrgUnitFactory
from tests.reports.test_dashboard import deadlines, issued_plan

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


def test_it_gives_a_leaders_overdue_task_room_on_a_phone(page, transactional_db):
    membership = MembershipFactory(unit=OrgUnitFactory(name="Sở Khoa học và Công nghệ"), role=Membership.Role.LEADER)
    plan = issued_plan(membership.unit, title="Cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")
    deadlines(plan, membership.unit, [Occurrence.Status.OVERDUE], today=timezone.localdate())
    login(page, membership.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/ke-hoach/viec-den-han/")
    task = page.locator("#nhom-overdue tbody td").first
    assert task.bounding_box()["width"] > 200  # four more columns left it some 60 px, a word per line
    assert "Quá hạn chưa hoàn thành" in task.inner_text()
