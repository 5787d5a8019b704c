"""The TTHC pages read without scrolling sideways where a leader or a clerk opens them: the registers on a
1024 px screen, the procedure catalogue on a 390 px phone."""

import pytest

from portal.models import Membership
from tests.browser.signin import login
from tests.factories import MembershipFactory, OrgUnitFactory
from tthc.demo import SIMPLIFICATIONS
from tthc.models import Procedure, Simplification

pytestmark = pytest.mark.browser

# How far the widest table scrolls sideways inside its box (0 when it fits).
OVERFLOW = """() => Math.max(...[...document.querySelectorAll('.table-responsive')]
  .filter((box) => box.offsetParent !== null).map((box) => box.scrollWidth - box.clientWidth))"""


@pytest.fixture
def official(transactional_db):
    province = OrgUnitFactory(name="Ủy ban nhân dân tỉnh Bình Định")
    unit = OrgUnitFactory(name="Ủy ban nhân dân huyện Tuy Phước", parent=province)
    procedure = Procedure.objects.create(
        code="1.002425.000.00.00.H08",
        name="Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh "
        "doanh dịch vụ ăn uống thuộc thẩm quyền của UBND cấp tỉnh",
        field="An toàn thực phẩm",
        working_days=15,
        online_level=Procedure.OnlineLevel.PARTIAL,
    )
    procedure.units.add(unit)
    return MembershipFactory(unit=unit, role=Membership.Role.OFFICIAL)


def test_it_fits_the_simplification_register_on_a_1024_px_screen(page, official):
    # Seed 001's line: three long text columns, the edit and delete buttons last.
    fields = {k: v for k, v in SIMPLIFICATIONS[0].items() if k not in ("unit", "procedure")}
    Simplification.objects.create(unit=official.unit, procedure=Procedure.objects.get(), **fields)
    login(page, official.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{official.unit.pk}/so-theo-doi/")
    page.get_by_role("heading", name="Rà soát, đơn giản hóa thủ tục hành chính").wait_for()
    assert page.evaluate(OVERFLOW) <= 0
    edit = page.get_by_role("link", name="Sửa dòng 1").bounding_box()
    assert edit["x"] + edit["width"] <= 1024


def test_it_fits_the_register_with_its_unit_column_on_a_1024_px_screen(page, official):
    """A leader of the province reads the lines of the units below, each with its unit's name."""
    fields = {k: v for k, v in SIMPLIFICATIONS[0].items() if k not in ("unit", "procedure")}
    Simplification.objects.create(unit=official.unit, procedure=Procedure.objects.get(), **fields)
    leader = MembershipFactory(unit=official.unit.parent, role=Membership.Role.LEADER)
    login(page, leader.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(f"/thu-tuc-hanh-chinh/don-vi/{leader.unit.pk}/so-theo-doi/")
    register = page.get_by_test_id("register-don-gian-hoa")
    register.get_by_role("columnheader", name="Đơn vị").wait_for()
    assert page.evaluate(OVERFLOW) <= 0


def test_it_keeps_the_catalogue_within_a_phone_with_the_code_under_the_name(page, official):
    login(page, official.user.username, "matkhau-thu-2026")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/thu-tuc-hanh-chinh/")
    row = page.get_by_test_id("procedures").locator("tbody tr").first
    assert "1.002425.000.00.00.H08 · An toàn thực phẩm · 15 ngày" in row.inner_text().replace("\n", "")
    assert page.evaluate(OVERFLOW) <= 0
