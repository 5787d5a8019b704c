"""A submitted report is announced to the people who can approve it, even from a unit above the reporting one."""

from portal.models import Notification
from reports import services
from tests.factories import MembershipFactory


def submit(unit, official):
    report = services.report_create(unit=unit, by=official, kind="ad_hoc", year=2026, title="Báo cáo đột xuất")
    services.report_submit(report=report, by=official)
    return report


def told(user):
    return list(
        Notification.objects.filter(user=user, title__startswith="Báo cáo chờ duyệt").values_list("url", flat=True)
    )


def test_it_tells_the_leaders_of_the_unit_above_when_the_reporting_unit_has_none(
    official_a, unit_a1, leader_a, leader_top
):
    report = submit(unit_a1, official_a)
    assert told(leader_a) == [report.get_absolute_url()]
    assert told(leader_top) == []  # the nearest approvers are asked, not every leader up to the province


def test_it_tells_the_units_own_leaders(official_a, unit_a, leader_a, leader_top):
    report = submit(unit_a, official_a)
    assert told(leader_a) == [report.get_absolute_url()] and told(leader_top) == []


def test_it_tells_the_province_when_no_nearer_leader_exists(official_a, unit_a, leader_top):
    report = submit(unit_a, official_a)
    assert told(leader_top) == [report.get_absolute_url()]


def test_it_names_the_unit_and_the_person_who_submitted(official_a, unit_a1, leader_a):
    """Every unit of a commune reports under the same title each month: the leader's notices read alike."""
    submit(unit_a1, official_a)
    notice = Notification.objects.get(user=leader_a, title__startswith="Báo cáo chờ duyệt")
    assert notice.body == f"{unit_a1.display_name} · {official_a.get_full_name()} trình"


def test_it_hands_the_leaders_comment_to_the_officials_with_the_return(official_a, unit_a, leader_a):
    report = submit(unit_a, official_a)
    services.report_approve(report=report, by=leader_a, approve=False, comment="Bổ sung số liệu quý 3.")
    notice = Notification.objects.get(user=official_a, title__startswith="Lãnh đạo yêu cầu sửa báo cáo")
    assert notice.body == "Ý kiến của Trần Công Hòa: Bổ sung số liệu quý 3."


def test_it_settles_the_waiting_notices_once_a_leader_decides(official_a, unit_a, leader_a):
    """The chairman who approved five monthly reports still had five unread "Báo cáo chờ duyệt" in the bell."""
    other = MembershipFactory(unit=unit_a, role="leader").user
    report = submit(unit_a, official_a)
    services.report_approve(report=report, by=leader_a)
    waiting = Notification.objects.filter(title__startswith="Báo cáo chờ duyệt", url=report.get_absolute_url())
    assert waiting.count() == 2 and not waiting.filter(read_at__isnull=True).exists()
    assert other.notifications.filter(read_at__isnull=True).count() == 0


def test_it_settles_the_clerks_and_officials_notices_once_they_act(official_a, unit_a, leader_a, clerk_a):
    report = submit(unit_a, official_a)
    services.report_approve(report=report, by=leader_a, approve=False, comment="Bổ sung số liệu.")
    assert official_a.notifications.filter(read_at__isnull=True).count() == 1
    services.report_submit(report=report, by=official_a)
    assert official_a.notifications.filter(read_at__isnull=True).count() == 0
    services.report_approve(report=report, by=leader_a)
    assert clerk_a.notifications.filter(read_at__isnull=True).count() == 1
    services.report_send(report=report, by=clerk_a)
    assert clerk_a.notifications.filter(read_at__isnull=True).count() == 0
