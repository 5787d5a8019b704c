"""Copying a plan to another year moves a deadline on 29 February to the last day of February."""

import datetime

from plans import services
from plans.models import Plan, ScheduleRule


def test_it_shifts_a_leap_day_to_the_end_of_february(official_a, plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(start_year=2028, end_year=2028)
    plan_a.refresh_from_db()
    ScheduleRule.objects.filter(task__plan=plan_a).update(
        kind=ScheduleRule.Kind.DATE, wording="Trước ngày 29/02/2028", date=datetime.date(2028, 2, 29)
    )
    copy = services.plan_copy(plan=plan_a, by=official_a, year_shift=1)
    assert copy.tasks.get().schedules.get().date == datetime.date(2029, 2, 28)
