"""A period's reporting deadline closes when the reports it asks for are sent: for a duty of a whole subtree,
once every unit below the sender has sent its own (their reports name no deadline), so the leaders'
dashboard and the consolidation page agree."""

import pytest
from django.urls import reverse
from django.utils import timezone

from plans.models import Occurrence
from reports import services
from reports.models import Report
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(subtree_duty):
    official, leader, clerk = UserFactory(), UserFactory(), UserFactory()
    for unit in subtree_duty.expected_senders():
        for user, role in ((official, "official"), (leader, "leader"), (clerk, "clerk")):
            MembershipFactory(user=user, unit=unit, role=role)
    return official, leader, clerk


def _send(duty, unit, people):
    official, leader, clerk = people
    report = services.report_create(unit=unit, by=official, kind="monthly", year=2026, number_in_year=10, duty=duty)
    services.report_submit(report=report, by=official)
    services.report_approve(report=report, by=leader)
    return report


def test_the_deadline_closes_when_the_last_unit_below_the_sender_sends(subtree_duty, people):
    deadline = Occurrence.objects.get(duty=subtree_duty, original_due_date="2026-10-08")
    senders = subtree_duty.expected_senders()
    assert len(senders) == 2 and subtree_duty.recipient not in senders
    first, last = (_send(subtree_duty, unit, people) for unit in senders)
    assert services.report_send(report=first, by=people[2]) is None
    deadline.refresh_from_db()
    assert deadline.done_on is None
    assert services.report_send(report=last, by=people[2]) == deadline
    deadline.refresh_from_db()
    assert deadline.done_on == timezone.localdate()


def test_the_clerk_is_told_whether_the_deadline_closed(client_for, subtree_duty, people):
    first, last = (_send(subtree_duty, unit, people) for unit in subtree_duty.expected_senders())
    client = client_for(people[2])
    page = client.post(reverse("reports:report_action", args=[first.pk, "gui"]), follow=True).content.decode()
    assert "Đã gửi báo cáo." in page and "hạn báo cáo đã được đóng" not in page
    page = client.post(reverse("reports:report_action", args=[last.pk, "gui"]), follow=True).content.decode()
    assert "hạn báo cáo đã được đóng" in page
    assert Report.objects.filter(state=Report.State.SENT).count() == 2
