"""The register of outgoing documents reads on a phone: the trích yếu keeps a readable width."""

from datetime import date

import pytest

from portal.models import Membership, RegisterEntry
from tests.browser.signin import login
from tests.factories import MembershipFactory, OrgUnitFactory

pytestmark = pytest.mark.browser


def test_it_gives_the_trich_yeu_the_width_of_a_phone(page, transactional_db):
    clerk = MembershipFactory(unit=OrgUnitFactory(name="Sở Khoa học và Công nghệ"), role=Membership.Role.CLERK)
    RegisterEntry.objects.create(
        unit=clerk.unit, year=2021, number=1985, symbol="SKHCN-QLCN", doc_type="Công văn", issued_on=date(2021, 12, 6),
        title="V/v báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao chỉ số PCI năm 2021",
        signer="Trần Công Hòa", recipients="Các phòng chuyên môn thuộc Sở;\nCác đơn vị sự nghiệp trực thuộc Sở.",
        object_type="plans.plan", object_id="6", numbered_by=clerk.user,
    )  # fmt: skip
    login(page, clerk.user.username, "matkhau-thu-2026")
    page.goto("/so-van-ban-di/")
    assert page.get_by_role("columnheader", name="Người ký").is_visible()  # a wide screen keeps every column
    page.set_viewport_size({"width": 390, "height": 844})
    title = page.locator("[data-testid=register] tbody td").filter(has_text="V/v báo cáo")
    # Squeezed by the date, type, signer, recipients and issuer columns it was 51 px wide, a word a line.
    assert title.bounding_box()["width"] >= 180
    assert title.get_by_text("06/12/2021 · Công văn · Trần Công Hòa").is_visible()  # what the hidden columns said
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
