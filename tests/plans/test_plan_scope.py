"""A unit named in a plan's tasks sees the plan once it is issued, not while it is a draft of another unit."""

import pytest
from django.urls import reverse

from plans import services
from plans.models import TaskUnit


@pytest.fixture
def named_b(plan_a, unit_b):
    TaskUnit.objects.create(task=plan_a.tasks.get(), unit=unit_b, role=TaskUnit.Role.COORDINATE)
    return plan_a


def _pages(plan):
    return [
        plan.get_absolute_url(),
        reverse("plans:plan_export", args=[plan.pk]),
        reverse("plans:plan_copy", args=[plan.pk]),
        reverse("portal:export_panel", args=["plans.plan", plan.pk]),
    ]


def test_it_hides_a_draft_from_a_named_unit(client_for, official_b, named_b):
    client = client_for(official_b)
    assert list(client.get(reverse("plans:plan_list")).context["object_list"]) == []
    for url in _pages(named_b):
        assert client.get(url).status_code == 404, url


def test_it_shows_the_plan_to_a_named_unit_once_issued(client_for, official_b, leader_a, named_b):
    services.plan_issue(plan=named_b, by=leader_a)
    client = client_for(official_b)
    assert list(client.get(reverse("plans:plan_list")).context["object_list"]) == [named_b]
    for url in _pages(named_b):
        assert client.get(url).status_code == 200, url


def test_it_shows_a_draft_to_the_units_above_its_issuer(client_for, leader_top, named_b):
    assert client_for(leader_top).get(named_b.get_absolute_url()).status_code == 200
