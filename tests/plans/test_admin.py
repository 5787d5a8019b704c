import datetime

from django.urls import reverse

from plans import deadlines
from plans.models import Occurrence, Plan, Reminder


def test_it_lets_the_admin_see_and_resend_failed_reminders(admin_client, plan_a, official_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    deadlines.occurrences_sync(today=datetime.date(2026, 6, 1))
    failed = Reminder.objects.create(
        occurrence=Occurrence.objects.get(),
        recipient=official_a,
        kind="den-han",
        channel="email",
        state="failed",
        attempts=5,
        last_error="552 hộp thư đầy",
    )
    listing = admin_client.get(reverse("admin:plans_reminder_changelist"), {"state__exact": "failed"})
    assert official_a.full_name in listing.content.decode()
    detail = admin_client.get(reverse("admin:plans_reminder_change", args=[failed.pk])).content.decode()
    assert "552 hộp thư đầy" in detail
    admin_client.post(reverse("admin:plans_reminder_changelist"), {"action": "resend", "_selected_action": [failed.pk]})
    failed.refresh_from_db()
    assert (failed.state, failed.attempts) == ("pending", 0)


def test_it_offers_the_calendar_overrides_to_the_admin(admin_client):
    from portal.models import CalendarOverride

    override, _ = CalendarOverride.objects.get_or_create(
        date=datetime.date(2025, 4, 26), defaults={"is_working_day": True}
    )
    page = admin_client.get(reverse("admin:portal_calendaroverride_changelist")).content.decode()
    assert reverse("admin:portal_calendaroverride_change", args=[override.pk]) in page
    assert admin_client.get(reverse("admin:portal_calendaroverride_add")).status_code == 200
