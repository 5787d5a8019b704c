import datetime

import pytest

from plans import deadlines
from plans.models import Indicator, IndicatorTarget, Occurrence, Plan, ReportingDuty, ScheduleRule
from reports import services
from tests.factories import OrgUnitFactory


@pytest.fixture
def duty(plan_a, unit_a, unit_b):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    indicator = Indicator.objects.create(
        plan=plan_a, name="Tỷ lệ hồ sơ đúng hạn", measure="%", comparator=">=", aggregation="avg"
    )
    IndicatorTarget.objects.create(indicator=indicator, year=2026, value=98)
    duty = ReportingDuty.objects.create(
        plan=plan_a, title="Báo cáo quý", kind="quarterly", sender=unit_a, recipient=unit_b
    )
    ScheduleRule.objects.create(duty=duty, wording="trước ngày 20 tháng cuối quý", kind="quarterly", day=20)
    deadlines.occurrences_sync(today=datetime.date(2026, 6, 1))
    return duty


@pytest.fixture
def report(duty, official_a, unit_a):
    occurrence = Occurrence.objects.get(duty=duty, original_due_date="2026-06-20")
    return services.report_create(
        unit=unit_a, by=official_a, kind="quarterly", year=2026, number_in_year=2, duty=duty, occurrence=occurrence
    )


@pytest.fixture
def subtree_duty(province, unit_a, unit_b, plan_a):
    """A province plan whose duty has every department report to the province office."""
    office = OrgUnitFactory(code="vp-tinh", name="Văn phòng UBND tỉnh", parent=province)
    plan = Plan.objects.create(
        unit=province,
        title="Kế hoạch cải cách hành chính của tỉnh",
        start_year=2026,
        end_year=2026,
        status=Plan.Status.ISSUED,
    )
    indicator = Indicator.objects.create(plan=plan, name="Số hồ sơ trực tuyến", measure="hồ sơ", aggregation="sum")
    duty = ReportingDuty.objects.create(
        plan=plan, title="Báo cáo tháng", kind="monthly", sender=province, sender_whole_subtree=True, recipient=office
    )
    duty.indicators.add(indicator)
    ScheduleRule.objects.create(duty=duty, wording="trước ngày 08 hằng tháng", kind="monthly", day=8)
    deadlines.occurrences_sync(today=datetime.date(2026, 10, 1))
    return duty
