import pytest

from plans.models import Plan, ScheduleRule, Section, Task, TaskUnit


@pytest.fixture
def plan_a(unit_a, unit_a1, official_a):
    plan = Plan.objects.create(
        unit=unit_a,
        title="Kế hoạch cải cách hành chính năm 2026",
        symbol="KH-SKHCN",
        place_name="Quảng Ngãi",
        start_year=2026,
        end_year=2026,
    )
    section = Section.objects.create(plan=plan, number="I", title="NHIỆM VỤ TRỌNG TÂM", order=1)
    task = Task.objects.create(
        plan=plan, section=section, number="1", content="Rà soát, đơn giản hóa thủ tục hành chính"
    )
    TaskUnit.objects.create(task=task, unit=unit_a1, role=TaskUnit.Role.LEAD)
    ScheduleRule.objects.create(
        task=task, wording="Trước ngày 05/6 hằng năm", kind=ScheduleRule.Kind.YEARLY, day=5, month=6
    )
    return plan


@pytest.fixture
def leader_a(unit_a, unit_a1):
    from portal.models import Membership
    from tests.factories import MembershipFactory, UserFactory

    return MembershipFactory(unit=unit_a, role=Membership.Role.LEADER, user=UserFactory(full_name="Trần Công Hòa")).user
