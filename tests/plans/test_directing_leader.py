"""The "Lãnh đạo chỉ đạo" choices of a task: the leaders of the plan's unit, of the units above it and below
it; a division's plan offered only its own officials and none of its department's leaders."""

import pytest

from plans.forms import TaskForm
from plans.models import Plan
from portal.models import Membership
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_divisions_plan_offers_the_departments_leaders_not_its_officials(unit_a, unit_a1, leader_a, official_a):
    division_official = MembershipFactory(unit=unit_a1, role=Membership.Role.OFFICIAL, user=UserFactory()).user
    division_head = MembershipFactory(unit=unit_a1, role=Membership.Role.LEADER, user=UserFactory()).user
    plan = Plan.objects.create(unit=unit_a1, title="Kế hoạch của Phòng", start_year=2026, end_year=2026)
    offered = set(TaskForm(plan=plan).fields["directing_leader"].queryset)
    assert offered == {leader_a, division_head}
    assert division_official not in offered and official_a not in offered
