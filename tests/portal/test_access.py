from portal import access
from portal.models import OrgUnit


def test_it_scopes_units_to_memberships_and_below(official_a, unit_a, unit_a1, unit_b):
    assert set(OrgUnit.objects.for_user(official_a)) == {unit_a, unit_a1}


def test_it_lets_a_leader_above_see_both_units(leader_top, unit_a, unit_b, unit_a1, province):
    assert set(OrgUnit.objects.for_user(leader_top)) == {province, unit_a, unit_a1, unit_b}


def test_it_reaches_roles_down_the_tree(official_a, unit_a1, unit_b):
    assert access.can(official_a, unit_a1, access.DRAFT)
    assert not access.can(official_a, unit_a1, access.APPROVE)
    assert not access.can(official_a, unit_b, access.VIEW)


def test_it_gives_read_only_members_no_writes(viewer_a, unit_a):
    assert access.can(viewer_a, unit_a, access.VIEW)
    assert not any(access.can(viewer_a, unit_a, c) for c in (access.DRAFT, access.APPROVE, access.MANAGE))


def test_it_reads_memberships_once_per_user(django_assert_num_queries, official_a, unit_a, unit_a1, unit_b):
    with django_assert_num_queries(1):
        for unit in (unit_a, unit_a1, unit_b, unit_a):
            access.can(official_a, unit, access.VIEW)


def test_it_ignores_memberships_of_inactive_units(official_a, unit_a):
    unit_a.is_active = False
    unit_a.save()
    official_a.refresh_from_db()
    assert not OrgUnit.objects.for_user(official_a).exists()
