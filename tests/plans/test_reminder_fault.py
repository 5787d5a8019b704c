"""The reminder run survives a worker killed with SIGKILL half-way: every reminder arrives exactly once.

Runs against the broker the suite is configured with: Redis in CI (.ci/run), kombu's filesystem
transport otherwise. Messages lost with the killed worker come back through the sweeper, because the
database, not the queue, records what must be sent.
"""

import datetime

from django.db.models import Count
from django.utils import timezone

from plans import deadlines
from plans.models import Plan, Reminder, ReportingDuty, ScheduleRule
from plans.tasks import reminders_send_task
from portal.models import Membership, Notification, User
from tests.processes import Worker, purge_local_queue, wait_until

PEOPLE = 1000
BATCH = 10  # 100 messages, so that the kill lands between and inside batches


def test_it_sends_every_reminder_once_when_the_worker_is_killed(
    transactional_db, django_db_serialized_rollback, plan_a, unit_a
):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    duty = ReportingDuty.objects.create(plan=plan_a, title="Báo cáo tháng", kind="monthly", sender=unit_a)
    ScheduleRule.objects.create(duty=duty, wording="trước ngày 08 hằng tháng", kind="monthly", day=8)
    users = User.objects.bulk_create(
        User(username=f"cb{n:04d}", full_name=f"Cán bộ {n}", notify_by_email=False) for n in range(PEOPLE)
    )
    Membership.objects.bulk_create(Membership(user=u, unit=unit_a, role=Membership.Role.OFFICIAL) for u in users)
    deadlines.occurrences_sync(today=datetime.date(2026, 6, 1))
    deadlines.reminders_plan(today=datetime.date(2026, 6, 8))
    ids = list(
        Reminder.objects.filter(recipient__in=users, occurrence__original_due_date="2026-06-08").values_list(
            "pk", flat=True
        )
    )
    assert len(ids) == PEOPLE

    purge_local_queue()
    worker = Worker("--concurrency=2")
    try:
        for start in range(0, PEOPLE, BATCH):
            reminders_send_task.delay(ids[start : start + BATCH])
        assert wait_until(lambda: Reminder.objects.filter(pk__in=ids, state="sent").count() >= PEOPLE * 0.3)
        worker.kill()
        at_kill = Reminder.objects.filter(pk__in=ids, state="sent").count()
        print(f"worker killed with {at_kill} of {PEOPLE} reminders sent")  # noqa: T201 — shown with -s
        assert at_kill < PEOPLE

        worker = Worker("--concurrency=2")
        later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
        again = deadlines.reminders_sweep(now=later)
        for start in range(0, len(again), BATCH):
            reminders_send_task.delay(again[start : start + BATCH])
        assert wait_until(
            lambda: not Reminder.objects.filter(pk__in=ids).exclude(state=Reminder.State.SENT).exists(), timeout=180
        )
    finally:
        worker.stop()

    # Worded as of the day the worker sent it (today), not the day the run planned it for.
    title = deadlines.reminder_title(Reminder.objects.get(pk=ids[0]), today=timezone.localdate())
    per_user = Notification.objects.filter(user__in=users, title=title).values("user").annotate(n=Count("pk"))
    assert per_user.count() == PEOPLE
    assert {row["n"] for row in per_user} == {1}
