"""Default report titles read as Vietnamese titles do: one year, the plan's name in place, the period named."""

import pytest

from plans.models import Plan, ReportingDuty
from reports import consolidation, services
from tests.factories import MembershipFactory, OrgUnitFactory, UserFactory
from tests.reports.test_views import _monthly_reports


@pytest.mark.parametrize(
    ("plan_title", "kind", "number", "title"),
    [
        (
            "Triển khai Đề án 06 năm 2026",
            "monthly",
            11,
            "Kết quả thực hiện triển khai Đề án 06 tháng 11 năm 2026",
        ),
        (
            "Kế hoạch cải cách hành chính năm 2026",
            "annual",
            None,
            "Kết quả thực hiện Kế hoạch cải cách hành chính năm 2026",
        ),
        ("Chuyển đổi số năm 2026", "thematic", None, "Kết quả thực hiện chuyển đổi số năm 2026"),
        ("CCHC giai đoạn 2026 - 2030", "quarterly", 3, "Kết quả thực hiện CCHC giai đoạn 2026 - 2030 quý 3 năm 2026"),
    ],
)
def test_it_titles_a_report_after_its_plan_and_period(unit_a, official_a, plan_title, kind, number, title):
    plan = Plan.objects.create(unit=unit_a, title=plan_title, start_year=2026, end_year=2026)
    report = services.report_create(unit=unit_a, by=official_a, kind=kind, year=2026, number_in_year=number, plan=plan)
    assert report.title == title


def test_it_names_the_period_in_a_consolidated_reports_title(subtree_duty, province):
    unit = OrgUnitFactory(parent=province, name="Sở Nội vụ")
    official, leader, clerk = UserFactory(), UserFactory(), UserFactory()
    for user, role in ((official, "official"), (leader, "leader"), (clerk, "clerk")):
        MembershipFactory(user=user, unit=province, role=role)
    _monthly_reports(subtree_duty, [unit], clerk, leader, official)
    receiver = MembershipFactory(unit=subtree_duty.recipient, role="official").user
    result = consolidation.overview(duty=subtree_duty, year=2026, number=10)
    report = consolidation.report_consolidate(result=result, unit=subtree_duty.recipient, by=receiver)
    assert report.title == "Tổng hợp báo cáo tháng 10 năm 2026"


@pytest.mark.parametrize(
    ("duty_title", "kind", "number", "title"),
    [
        (
            "Báo cáo kết quả triển khai Đề án 06 hằng tháng",
            "monthly",
            10,
            "Tổng hợp báo cáo kết quả triển khai Đề án 06 tháng 10 năm 2026",
        ),
        ("Báo cáo quý", "quarterly", 3, "Tổng hợp báo cáo quý 3 năm 2026"),
        ("Báo cáo 6 tháng", "half_year", 1, "Tổng hợp báo cáo 06 tháng đầu năm 2026"),
        (
            "Báo cáo sơ kết 6 tháng triển khai Đề án 06",
            "half_year",
            1,
            "Tổng hợp báo cáo sơ kết 6 tháng triển khai Đề án 06 – 06 tháng đầu năm 2026",
        ),
        ("Kết quả CCHC định kỳ hằng quý", "quarterly", 2, "Tổng hợp kết quả CCHC quý 2 năm 2026"),
    ],
)
def test_it_titles_a_consolidated_report_as_a_trich_yeu_reads(duty_title, kind, number, title):
    duty = ReportingDuty(title=duty_title, kind=kind)
    assert consolidation.consolidated_title(duty=duty, year=2026, number=number) == title
