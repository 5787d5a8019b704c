"""Demo data for the leaders' dashboard: the PCI plan of Sở KH&CN Quảng Ngãi through 2025, as the
dashboard of the demo Giám đốc Sở shows it. Deadlines only exist within the reminder window, so the
year 2025 is materialised here, then closed the same way on every run: three in five on time, one late,
one left overdue."""

import datetime

from plans.models import Occurrence, Plan, ScheduleRule, TaskUnit
from plans.schedules import expand_pairs
from portal.calendar import Calendar

YEAR = 2025


def load_dashboard_demo():
    plan = Plan.objects.filter(unit__code="qng-skhcn", status=Plan.Status.ISSUED, end_year__gte=YEAR).first()
    if plan is None:
        return 0
    _materialise(plan)
    closed = 0
    for occurrence in Occurrence.objects.filter(plan=plan, due_date__year=YEAR, done_on__isnull=True):
        # The same occurrence gets the same fate on every run, so reloading the demo changes nothing.
        fate = (occurrence.rule_id + occurrence.original_due_date.toordinal()) % 5
        if fate == 4:
            continue
        late = fate == 3
        occurrence.done_on = occurrence.due_date + datetime.timedelta(days=6 if late else -2)
        occurrence.save(update_fields=["done_on"])
        closed += 1
    return closed


def _materialise(plan):
    """The plan's deadlines of the whole year, beyond the reminder window (and only this plan's)."""
    leads = {}
    for task_id, unit_id in (
        TaskUnit.objects.filter(task__plan=plan, role=TaskUnit.Role.LEAD)
        .order_by("-order", "-pk")
        .values_list("task_id", "unit_id")
    ):
        leads[task_id] = unit_id  # the first lead unit wins, as in plans.deadlines
    calendar = Calendar(YEAR, YEAR + 1)
    rules = ScheduleRule.objects.filter(task__plan=plan) | ScheduleRule.objects.filter(duty__plan=plan)
    new = [
        Occurrence(
            rule=rule,
            plan=plan,
            task_id=rule.task_id,
            duty_id=rule.duty_id,
            unit_id=leads.get(rule.task_id, plan.unit_id) if rule.task_id else rule.duty.sender_id or plan.unit_id,
            original_due_date=nominal,
            due_date=due,
        )
        for rule in rules.select_related("duty")
        for nominal, due in expand_pairs(rule, datetime.date(YEAR, 1, 1), datetime.date(YEAR, 12, 31), calendar)
    ]
    Occurrence.objects.bulk_create(new, ignore_conflicts=True)
