"""The plan as its document reads: sections in order with their tasks, read in a fixed number of queries."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from portal.calendar import Calendar

from .models import ScheduleRule, Section, Task, TaskUnit
from .schedules import ScheduleError, expand


@dataclass
class Node:
    section: Section
    tasks: list = field(default_factory=list)
    children: list = field(default_factory=list)


def task_queryset():
    return Task.objects.select_related("directing_leader").prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit")),
        Prefetch("schedules", queryset=ScheduleRule.objects.order_by("order", "pk")),
    )


def outline(plan, tasks=None, *, deadlines=False):
    """Return the root nodes of the section tree, each task with its lead and coordinating units and,
    with `deadlines` (the plan page shows them; the editor and the printed document do not), its next deadline."""
    sections = list(plan.sections.all())
    tasks = list(tasks if tasks is not None else task_queryset().filter(plan=plan))
    for task in tasks:
        task.lead_units = [tu for tu in task.task_units.all() if tu.role == TaskUnit.Role.LEAD]
        task.coordinating_units = [tu for tu in task.task_units.all() if tu.role == TaskUnit.Role.COORDINATE]
    if deadlines:
        annotate_deadlines(plan, tasks)
    nodes = {s.pk: Node(s) for s in sections}
    for task in tasks:
        nodes[task.section_id].tasks.append(task)
    roots = []
    for section in sections:
        parent = nodes.get(section.parent_id)
        (parent.children if parent else roots).append(nodes[section.pk])
    return roots


def annotate_deadlines(plan, tasks, today=None):
    """Set `task.next_deadline`: the first dated deadline from today within the plan's period."""
    today = today or timezone.localdate()
    end = datetime.date(plan.end_year, 12, 31)
    calendar = Calendar(plan.start_year, plan.end_year + 1)  # one read of the overrides for all tasks
    for task in tasks:
        dates = []
        for rule in task.schedules.all():
            try:
                dates += expand(rule, max(today, datetime.date(plan.start_year, 1, 1)), end, calendar)
            except ScheduleError:
                continue
        task.next_deadline = min(dates) if dates else None
