"""On a 390 px phone the dossier import page fits, its tables scrolling inside themselves, not the page; the
month figures scroll sideways under their month labels; the 766 indicators keep room for their names; late
dossiers read as a list."""

import pytest

from portal.models import Membership
from tests.browser.signin import login
from tests.factories import MembershipFactory, OrgUnitFactory
from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import dossiers_import
from tthc.models import DossierImport, Procedure

pytestmark = pytest.mark.browser


def test_it_keeps_the_import_page_within_a_phone(page, transactional_db):
    membership = MembershipFactory(
        unit=OrgUnitFactory(name="Ủy ban nhân dân xã Nhân Lý"), role=Membership.Role.OFFICIAL
    )
    DossierImport.objects.create(
        unit=membership.unit,
        by=membership.user,
        file_name="du-lieu-mot-cua-nhan-ly-tu-thang-01-den-thang-12-nam-2025.csv",
        state=DossierImport.State.DONE,
        rows=12345,
        created=12000,
        updated=345,
    )
    login(page, membership.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{membership.unit.pk}/nhap-ho-so/")
    page.get_by_role("heading", name="Các lần nhập gần đây").wait_for()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390


def test_it_keeps_the_month_labels_in_view_when_the_figures_scroll_sideways(page, transactional_db):
    membership = MembershipFactory(unit=OrgUnitFactory(name="Ủy ban nhân dân xã Nhân Lý"), role=Membership.Role.LEADER)
    login(page, membership.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{membership.unit.pk}/?nam=2026")
    table = page.get_by_test_id("months")
    box = table.locator("xpath=..")
    assert box.evaluate("(box) => box.scrollWidth > box.clientWidth")  # sixteen columns do not fit a phone
    box.evaluate("(box) => { box.scrollLeft = 400; }")
    label = page.get_by_role("rowheader", name="Tháng 3", exact=True).bounding_box()
    assert label["x"] >= box.bounding_box()["x"]


def test_it_gives_the_766_indicators_names_room_on_a_phone(page, transactional_db):
    membership = MembershipFactory(unit=OrgUnitFactory(name="Ủy ban nhân dân xã Nhân Lý"), role=Membership.Role.LEADER)
    login(page, membership.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{membership.unit.pk}/chi-so-766/?nam=2026")
    name = page.get_by_role("cell", name="Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia")
    assert name.bounding_box()["width"] > 180  # five columns left it some 90 px, a word per line
    assert "Ngưỡng (%): 100 · Nhập tay" in name.inner_text()


def test_it_lists_late_dossiers_without_a_sideways_scroll(page, transactional_db):
    membership = MembershipFactory(unit=OrgUnitFactory(name="Ủy ban nhân dân xã Nhân Lý"), role=Membership.Role.LEADER)
    Procedure.objects.create(code="1.001653.000.00.00.H08", name="Đăng ký khai tử", working_days=1)
    late = dossier_row("000.00.12.H43-260109-0000035", completed_at="20/01/2026 10:00", apology="1")
    assert dossiers_import(unit=membership.unit, upload=csv_upload([late])).ok
    login(page, membership.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{membership.unit.pk}/tre-han/?nam=2026")
    table = page.get_by_test_id("late")
    assert "Thư xin lỗi: Đã gửi" in table.locator("tbody td").first.inner_text()
    assert table.locator("xpath=..").evaluate("(box) => box.scrollWidth <= box.clientWidth")
