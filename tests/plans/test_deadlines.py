import datetime

import pytest
from django.core import mail

from plans import deadlines
from plans.models import Occurrence, Plan, Reminder, ReminderPolicy, ReportingDuty, ScheduleRule
from portal.models import Membership, Notification
from tests.factories import MembershipFactory

TODAY = datetime.date(2026, 11, 23)  # a Monday


@pytest.fixture
def issued(plan_a, unit_a, leader_a):
    plan_a.status = Plan.Status.ISSUED
    plan_a.start_year, plan_a.end_year = 2026, 2035
    plan_a.save()
    duty = ReportingDuty.objects.create(plan=plan_a, title="Báo cáo tháng", kind="monthly", sender=unit_a)
    ScheduleRule.objects.create(duty=duty, wording="trước ngày 08 hằng tháng", kind="monthly", day=8)
    task = plan_a.tasks.get()
    task.directing_leader = leader_a
    task.save()
    return plan_a


def test_it_materialises_a_rolling_window_once(issued):
    created = deadlines.occurrences_sync(today=TODAY)
    assert deadlines.occurrences_sync(today=TODAY) == 0
    monthly = Occurrence.objects.filter(duty__isnull=False)
    # 45 days back (9/10), 120 ahead (23/3): 8/11 … 8/3, not 120 rows for 2026–2035.
    assert [o.original_due_date.isoformat() for o in monthly] == [
        "2026-11-08",
        "2026-12-08",
        "2027-01-08",
        "2027-02-08",
        "2027-03-08",
    ]
    assert created == monthly.count() + Occurrence.objects.filter(task__isnull=False).count()
    # 8/11/2026 is a Sunday: due the next working day.
    assert monthly.get(original_due_date="2026-11-08").due_date == datetime.date(2026, 11, 9)


def test_it_keeps_draft_plans_out(plan_a):
    assert deadlines.occurrences_sync(today=TODAY) == 0


def test_it_counts_the_four_states(issued):
    deadlines.occurrences_sync(today=TODAY)
    november, december, january = list(Occurrence.objects.filter(duty__isnull=False).order_by("due_date"))[:3]
    assert november.due_date == datetime.date(2026, 11, 9)
    november.done_on = datetime.date(2026, 11, 9)
    november.save()
    december.done_on = datetime.date(2026, 12, 10)
    december.save()
    states = dict(
        Occurrence.objects.filter(pk__in=[november.pk, december.pk, january.pk])
        .with_status(TODAY)
        .values_list("pk", "state")
    )
    assert [states[o.pk] for o in (november, december, january)] == ["done_on_time", "done_late", "open"]
    assert Occurrence.objects.with_status(datetime.date(2027, 1, 9)).get(pk=january.pk).state == "overdue"
    assert january.status(datetime.date(2027, 1, 9)) == Occurrence.Status.OVERDUE


@pytest.mark.parametrize(
    ("days_left", "kind"),
    [
        (10, None),
        (7, "truoc-7"),
        (5, "truoc-7"),
        (3, "truoc-3"),
        (1, "truoc-1"),
        (0, "den-han"),
        (-1, "qua-han-1"),
        (-3, "qua-han-1"),
        (-4, "qua-han-4"),
        (-9, "qua-han-7"),
    ],
)
def test_it_picks_the_latest_stage_reached(days_left, kind):
    occurrence = Occurrence(due_date=TODAY + datetime.timedelta(days=days_left))
    policy = ReminderPolicy(days_before="7,3,1,0", overdue_every=3, escalate_after=7)
    assert deadlines.reminder_stage(occurrence, policy, TODAY) == kind


def test_it_plans_each_reminder_once_per_person_kind_and_channel(issued, official_a, viewer_a, unit_a):
    clerk = MembershipFactory(unit=unit_a, role=Membership.Role.CLERK).user
    deadlines.occurrences_sync(today=TODAY)
    first = deadlines.reminders_plan(today=datetime.date(2026, 12, 7))
    assert deadlines.reminders_plan(today=datetime.date(2026, 12, 7)) == 0
    reminders = Reminder.objects.filter(occurrence__original_due_date="2026-12-08")
    # The report's officials and clerk are reminded, in the portal and by mail; the viewer is not.
    assert {(r.recipient, r.channel) for r in reminders} == {
        (official_a, "in_app"),
        (official_a, "email"),
        (clerk, "in_app"),
        (clerk, "email"),
    }
    assert {r.kind for r in reminders} == {"truoc-1"}
    assert first == Reminder.objects.count()


def test_it_escalates_to_the_directing_leader(issued, leader_a):
    deadlines.occurrences_sync(today=datetime.date(2027, 6, 1))
    task_occurrence = Occurrence.objects.get(task__isnull=False, original_due_date="2027-06-05")
    deadlines.reminders_plan(today=datetime.date(2027, 6, 15))
    escalations = Reminder.objects.filter(kind="bao-lanh-dao", occurrence=task_occurrence)
    assert {r.recipient for r in escalations} == {leader_a}


def test_it_follows_the_nearest_unit_policy(issued, unit_a, official_a):
    ReminderPolicy.objects.create(unit=unit_a.parent, days_before="14")
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 11, 25))
    assert set(Reminder.objects.filter(occurrence__original_due_date="2026-12-08").values_list("kind", flat=True)) == {
        "truoc-14"
    }


def test_it_sends_in_app_reminders_exactly_once(issued, official_a):
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 12, 8))
    ids = list(Reminder.objects.values_list("pk", flat=True))
    deadlines.reminders_send(ids, today=datetime.date(2026, 12, 8))
    deadlines.reminders_send(ids, today=datetime.date(2026, 12, 8))
    notes = Notification.objects.filter(user=official_a).order_by("title")
    # The December report is due today; November's, due 9/11 and still open, is overdue.
    assert [n.title for n in notes] == ["Hôm nay đến hạn: Báo cáo tháng", "Quá hạn từ 09/11/2026: Báo cáo tháng"]
    assert set(Reminder.objects.values_list("state", flat=True)) == {"sent"}


def test_it_groups_a_persons_mails_into_one_digest(issued, official_a, unit_a1):
    from plans.models import TaskUnit

    TaskUnit.objects.filter(task__plan=issued).update(unit=official_a.memberships.get().unit)
    ScheduleRule.objects.filter(task__plan=issued).update(kind="monthly", day=8, month=None, wording="hằng tháng")
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 12, 8))
    deadlines.reminders_send(list(Reminder.objects.values_list("pk", flat=True)), today=datetime.date(2026, 12, 8))
    mine = [m for m in mail.outbox if m.to == [official_a.email]]
    assert len(mine) == 1
    message = mine[0]
    # Due today and overdue since November, for the task and for the report: four items, one mail.
    assert message.subject == "Nhắc việc: 4 việc cần chú ý"
    assert "Báo cáo tháng" in message.body and "Rà soát, đơn giản hóa thủ tục hành chính" in message.body
    assert "ngày 08 tháng 12 năm 2026" in message.body
    assert message.alternatives[0][1] == "text/html"


def test_it_sends_single_mails_to_people_who_want_them(issued, official_a):
    official_a.email_digest = False
    official_a.save()
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 12, 8))
    deadlines.reminders_send(list(Reminder.objects.values_list("pk", flat=True)), today=datetime.date(2026, 12, 8))
    mine = sorted(m.subject for m in mail.outbox if m.to == [official_a.email])
    assert mine == ["Hôm nay đến hạn: Báo cáo tháng", "Quá hạn từ 09/11/2026: Báo cáo tháng"]


def test_it_retries_failed_mail_with_backoff_then_gives_up(issued, official_a, settings):
    settings.EMAIL_BACKEND = "tests.plans.failing_mail.Backend"
    settings.PORTAL_REMINDER_MAX_ATTEMPTS = 2
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 12, 8))
    email = Reminder.objects.filter(channel="email", recipient=official_a).first()
    deadlines.reminders_send([email.pk], today=datetime.date(2026, 12, 8))
    email.refresh_from_db()
    assert (email.state, email.attempts, "hộp thư đầy" in email.last_error) == ("pending", 1, True)
    assert email.next_attempt_at > datetime.datetime.now(datetime.timezone.utc)
    deadlines.reminders_send([email.pk], today=datetime.date(2026, 12, 8))
    email.refresh_from_db()
    assert (email.state, email.attempts) == ("failed", 2)


def test_it_sweeps_reminders_a_dead_worker_left_claimed(issued, official_a):
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 12, 8))
    stuck = Reminder.objects.first()
    Reminder.objects.filter(pk=stuck.pk).update(state="sending")
    assert stuck.pk not in deadlines.reminders_sweep()
    later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=30)
    assert stuck.pk in deadlines.reminders_sweep(now=later)


def test_it_does_not_remind_people_of_closed_work(issued, official_a):
    deadlines.occurrences_sync(today=TODAY)
    for occurrence in Occurrence.objects.all():
        deadlines.occurrence_close(occurrence=occurrence, done_on=TODAY, by=official_a)
    assert deadlines.reminders_plan(today=datetime.date(2026, 12, 8)) == 0


def test_it_reminds_inactive_people_never(issued, official_a):
    official_a.is_active = False
    official_a.save()
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 12, 8))
    assert not Reminder.objects.filter(recipient=official_a).exists()


def test_it_gives_each_duty_its_data_period():
    duty = ReportingDuty(kind="quarterly")
    assert duty.data_period(2026, 1) == (datetime.date(2025, 12, 15), datetime.date(2026, 3, 14))
    duty.period_start_day = 1
    assert duty.data_period(2026, 1) == (datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))
    assert ReportingDuty(kind="monthly", period_start_day=1).data_period(2026, 2) == (
        datetime.date(2026, 2, 1),
        datetime.date(2026, 2, 28),
    )


@pytest.mark.parametrize(
    ("sent_on", "title"),
    [
        # Planned on 1/12 at the 7-day stage, sent late: the days are counted from the day it goes out.
        (datetime.date(2026, 12, 4), "Còn 4 ngày đến hạn (08/12/2026): Báo cáo tháng"),
        (datetime.date(2026, 12, 8), "Hôm nay đến hạn: Báo cáo tháng"),
        (datetime.date(2026, 12, 10), "Đã quá hạn 2 ngày (hạn 08/12/2026): Báo cáo tháng"),
    ],
)
def test_it_counts_the_days_left_from_the_day_a_reminder_is_sent(issued, official_a, sent_on, title):
    deadlines.occurrences_sync(today=TODAY)
    deadlines.reminders_plan(today=datetime.date(2026, 12, 1))
    week_before = Reminder.objects.filter(
        recipient=official_a, kind="truoc-7", occurrence__original_due_date="2026-12-08"
    )
    assert {r.channel for r in week_before} == {"in_app", "email"}
    official_a.email_digest = False
    official_a.save()
    deadlines.reminders_send([r.pk for r in week_before], today=sent_on)
    assert Notification.objects.get(user=official_a).title == title
    assert [m.subject for m in mail.outbox if m.to == [official_a.email]] == [title]


def test_it_says_the_days_left_when_a_missed_run_catches_up(issued, official_a):
    deadlines.occurrences_sync(today=TODAY)
    # The runs of 1–3/12 were missed: on 4/12 the 7-day stage is the latest reached.
    deadlines.reminders_plan(today=datetime.date(2026, 12, 4))
    reminder = Reminder.objects.get(
        recipient=official_a, channel="in_app", occurrence__original_due_date="2026-12-08", kind="truoc-7"
    )
    deadlines.reminders_send([reminder.pk], today=datetime.date(2026, 12, 4))
    assert Notification.objects.get(user=official_a).title == "Còn 4 ngày đến hạn (08/12/2026): Báo cáo tháng"
