"""A task's lead and coordinating units stay in the order the person entered them, through every edit."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from plans.models import TaskUnit
from plans.outline import outline
from tests.factories import OrgUnitFactory


@pytest.fixture
def divisions(unit_a):
    return [OrgUnitFactory(code=f"so-a-p{n}", name=f"Phòng {name}", parent=unit_a) for n, name in enumerate("XYZ")]


def _rows(task):
    return [(tu.role, tu.unit.code) for tu in task.task_units.all()]


def _post(client, plan, task, rows, initial, extra=None):
    """The task's form as the editor sends it: `rows` of (role, unit code, id or None) in the order on screen."""
    data = {
        "task-section": task.section_id,
        "task-number": task.number,
        "task-content": task.content,
        "task-weight": 1,
        "task-units-TOTAL_FORMS": len(rows),
        "task-units-INITIAL_FORMS": initial,
        "task-rules-TOTAL_FORMS": 0,
        "task-rules-INITIAL_FORMS": 0,
    }
    for i, (role, code, pk) in enumerate(rows):
        data |= {f"task-units-{i}-role": role, f"task-units-{i}-unit": code, f"task-units-{i}-id": pk or ""}
    data |= extra or {}
    url = reverse("plans:part_edit", args=[plan.pk, "task", task.pk])
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and response["HX-Retarget"] == "#list-outline", response.content.decode()


def test_it_keeps_the_units_in_the_order_entered(client_for, official_a, plan_a, unit_b, divisions):
    client, task = client_for(official_a), plan_a.tasks.get()
    task.task_units.all().delete()
    entered = [("lead", "so-a-p1"), ("coordinate", "so-b"), ("lead", "so-a-p0")]
    _post(client, plan_a, task, [(role, code, None) for role, code in entered], initial=0)
    assert _rows(task) == entered

    # The form shows them in that order again; a unit added below the others stays below them.
    page = client.get(reverse("plans:part_edit", args=[plan_a.pk, "task", task.pk]), HTTP_HX_REQUEST="true")
    [(_name, units)] = [fs for fs in page.context["formsets"] if fs[0] == "units"]
    form_rows = [(f.instance.role, f.instance.unit.code, f.instance.pk) for f in units.initial_forms]
    assert [row[:2] for row in form_rows] == entered
    _post(client, plan_a, task, [*form_rows, ("lead", "so-a-p2", None)], initial=3)
    assert _rows(task) == [*entered, ("lead", "so-a-p2")]
    [node] = outline(plan_a)
    assert [tu.unit.code for tu in node.tasks[0].lead_units] == ["so-a-p1", "so-a-p0", "so-a-p2"]


def test_it_puts_a_unit_added_to_loaded_rows_after_them(client_for, official_a, plan_a, divisions):
    # Rows loaded from the demo or a spreadsheet are numbered from 1; a row added in the editor came in as 0.
    client, task = client_for(official_a), plan_a.tasks.get()
    TaskUnit.objects.filter(task=task).update(order=1)
    first = task.task_units.get()
    _post(client, plan_a, task, [("lead", first.unit.code, first.pk), ("lead", "so-a-p0", None)], initial=1)
    assert _rows(task) == [("lead", first.unit.code), ("lead", "so-a-p0")]


def test_it_closes_the_gap_a_removed_row_leaves(client_for, official_a, plan_a, divisions):
    client, task = client_for(official_a), plan_a.tasks.get()
    for n, unit in enumerate(divisions, start=1):
        TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD, order=n)
    rows = [(tu.role, tu.unit.code, tu.pk) for tu in task.task_units.all()]
    data = {"task-units-1-DELETE": "on"}
    _post(client, plan_a, task, rows, initial=4, extra=data)
    assert list(task.task_units.values_list("unit__code", "order")) == [
        ("so-a-phong", 0),
        ("so-a-p1", 1),
        ("so-a-p2", 2),
    ]


def test_it_numbers_the_rows_saved_before_in_one_sequence(plan_a, unit_b, divisions):
    task = plan_a.tasks.get()  # its lead so-a-phong, order 0
    TaskUnit.objects.create(task=task, unit=unit_b, role=TaskUnit.Role.COORDINATE, order=1)
    TaskUnit.objects.create(task=task, unit=divisions[0], role=TaskUnit.Role.LEAD, order=1)
    renumber = importlib.import_module("plans.migrations.0011_taskunit_order").renumber
    renumber(apps, None)
    assert list(task.task_units.values_list("unit__code", "order")) == [("so-a-phong", 0), ("so-a-p0", 1), ("so-b", 2)]
