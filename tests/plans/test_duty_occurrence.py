"""Which deadline a period's report answers: the one in the period's last month, as the seeds' units report
("trước ngày 20 tháng cuối quý" for its quarter), never the year's first for every period."""

import datetime

import pytest

from plans import deadlines
from plans.models import Plan, ReportingDuty, ScheduleRule
from plans.schedules import parse_wording

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def whole_year(settings):
    settings.PORTAL_DEADLINE_LOOKBACK_DAYS = settings.PORTAL_DEADLINE_HORIZON_DAYS = 400


def _duty(plan, unit_a, unit_b, report_kind, wording, **fields):
    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.ISSUED)
    duty = ReportingDuty.objects.create(plan=plan, title="Báo cáo", kind=report_kind, sender=unit_a, recipient=unit_b)
    ScheduleRule.objects.create(duty=duty, wording=wording, **(fields or parse_wording(wording)))
    deadlines.occurrences_sync(today=datetime.date(2026, 6, 1))
    return duty


def _due(duty, number=None):
    occurrence = duty.occurrence_for(2026, number)
    return occurrence and occurrence.original_due_date


@pytest.mark.parametrize(
    ("kind", "wording", "expected"),
    [
        ("quarterly", "trước ngày 20 tháng cuối quý", {1: (3, 20), 2: (6, 20), 3: (9, 20), 4: (12, 20)}),
        ("monthly", "trước ngày 08 hằng tháng", {1: (1, 8), 10: (10, 8), 12: (12, 8)}),
    ],
)
def test_it_answers_each_period_with_the_deadline_of_its_last_month(plan_a, unit_a, unit_b, kind, wording, expected):
    duty = _duty(plan_a, unit_a, unit_b, kind, wording, kind=kind, day=int(wording.split()[2]))
    assert {n: _due(duty, n) for n in expected} == {n: datetime.date(2026, *md) for n, md in expected.items()}


def test_it_answers_a_period_without_its_own_deadline_with_none(plan_a, unit_a, unit_b):
    duty = _duty(plan_a, unit_a, unit_b, "half_year", "trước ngày 05/6 hằng năm")
    assert _due(duty, 1) == datetime.date(2026, 6, 5)
    assert _due(duty, 2) is None  # not the first half's deadline again


def test_it_takes_the_years_first_deadline_for_a_duty_without_data_periods(plan_a, unit_a, unit_b):
    duty = _duty(plan_a, unit_a, unit_b, "thematic", "trước ngày 15 hằng tháng")
    assert _due(duty) == datetime.date(2026, 1, 15)


def test_it_answers_each_period_with_the_next_months_deadline_when_the_duty_says_so(plan_a, unit_a, unit_b):
    """A calendar month's report "trước ngày 08 hằng tháng" is due on the 8th after the month, not before it."""
    duty = _duty(plan_a, unit_a, unit_b, "monthly", "trước ngày 08 hằng tháng")
    ReportingDuty.objects.filter(pk=duty.pk).update(due_in_next_month=True, period_start_day=1)
    duty.refresh_from_db()
    assert {n: _due(duty, n) for n in (1, 10, 11)} == {
        1: datetime.date(2026, 2, 8),
        10: datetime.date(2026, 11, 8),
        11: datetime.date(2026, 12, 8),
    }
    assert _due(duty, 12) is None  # the plan ends with 2026: January 2027 has no deadline of it
