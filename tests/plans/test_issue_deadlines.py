"""Issuing a plan puts its deadlines in the lists and the calendar at once, not after the next daily run."""

import pytest
from django.utils import timezone

from plans import services
from plans.models import Occurrence, Plan, ScheduleRule

pytestmark = pytest.mark.django_db


def test_issuing_a_plan_creates_its_coming_deadlines(plan_a, leader_a):
    year = timezone.localdate().year
    Plan.objects.filter(pk=plan_a.pk).update(start_year=year, end_year=year + 1)
    plan_a.refresh_from_db()
    task = plan_a.tasks.get()
    monthly = ScheduleRule.objects.create(
        task=task, wording="Trước ngày 08 hằng tháng", kind=ScheduleRule.Kind.MONTHLY, day=8
    )
    assert not Occurrence.objects.exists()
    services.plan_issue(plan=plan_a, by=leader_a)
    dates = list(Occurrence.objects.filter(rule=monthly).values_list("original_due_date", flat=True))
    # The window runs from 45 days before today to 120 after: four months at least have their 8th in it.
    assert len(dates) >= 4 and {d.day for d in dates} == {8}
    assert any(d >= timezone.localdate() for d in dates)
