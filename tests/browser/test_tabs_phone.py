"""Rows of tabs on a 390 px phone stay one row, scroll sideways, and show the tab of the page."""

import pytest

from portal.models import Membership, OrgUnit
from tests.browser.signin import login
from tests.factories import MembershipFactory, OrgUnitFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def commune_official(transactional_db):
    unit = OrgUnitFactory(name="Ủy ban nhân dân xã Nhân Lý", kind=OrgUnit.Kind.COMMUNE)
    return MembershipFactory(unit=unit, role=Membership.Role.OFFICIAL)


def tab_tops(page):
    return page.eval_on_selector_all(".nav-tabs .nav-link", "links => links.map(l => l.getBoundingClientRect().top)")


def test_it_keeps_the_report_lists_tabs_on_one_row_on_a_phone(page, commune_official):
    login(page, commune_official.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/bao-cao/?hop=den")
    tops = tab_tops(page)
    # "Báo cáo nhận được" wrapped under "Báo cáo của đơn vị", off the tab line.
    assert len(tops) == 2 and tops[0] == tops[1], tops
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_it_scrolls_a_long_row_of_tabs_to_the_tab_of_the_page(page, commune_official):
    login(page, commune_official.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{commune_official.unit.pk}/chi-so-766/")
    assert len(set(tab_tops(page))) == 1
    active = page.locator(".nav-tabs .nav-link.active").bounding_box()
    # The fifth of seven tabs, it lay past the screen's right edge.
    assert active["x"] >= 0 and active["x"] + active["width"] <= 390, active
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
