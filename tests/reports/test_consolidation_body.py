"""A consolidated draft names each unit once before what it reported, in the "- unit:" / "+ item" form."""

from reports import consolidation
from reports.models import ReportSection
from tests.factories import MembershipFactory, OrgUnitFactory, UserFactory
from tests.reports.test_views import _monthly_reports


def test_it_puts_a_units_items_under_its_name(subtree_duty, province):
    office = OrgUnitFactory(parent=province, name="Văn phòng HĐND và UBND", code="a-vp")
    culture = OrgUnitFactory(parent=province, name="Phòng Văn hóa - Xã hội", code="b-vhxh")
    official, leader, clerk = UserFactory(), UserFactory(), UserFactory()
    for user, role in ((official, "official"), (leader, "leader"), (clerk, "clerk")):
        MembershipFactory(user=user, unit=province, role=role)
    _monthly_reports(subtree_duty, [office, culture], clerk, leader, official)
    results = ReportSection.objects.filter(role="results")
    results.filter(report__unit=office).update(body="- Tham mưu ban hành 02 văn bản.\n- Số hóa 126/126 quyển sổ.")
    results.filter(report__unit=culture).update(body="- Chi trả trợ cấp cho 412/477 đối tượng.")
    receiver = MembershipFactory(unit=subtree_duty.recipient, role="official").user
    result = consolidation.overview(duty=subtree_duty, year=2026, number=10)
    report = consolidation.report_consolidate(result=result, unit=subtree_duty.recipient, by=receiver)
    # It printed "- Văn phòng HĐND và UBND: - Tham mưu…", and the office's second item under no name.
    assert report.sections.get(role="results").body.splitlines() == [
        "- Văn phòng HĐND và UBND:",
        "+ Tham mưu ban hành 02 văn bản.",
        "+ Số hóa 126/126 quyển sổ.",
        "- Phòng Văn hóa - Xã hội: Chi trả trợ cấp cho 412/477 đối tượng.",
    ]
