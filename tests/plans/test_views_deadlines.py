import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from plans import deadlines
from plans.models import ExtensionRequest, Occurrence, Plan
from portal.models import Notification


@pytest.fixture
def occurrence(plan_a):
    plan_a.status = Plan.Status.ISSUED
    plan_a.save()
    deadlines.occurrences_sync(today=datetime.date(2026, 5, 1))
    return Occurrence.objects.get()


def test_it_lists_deadlines_in_scope_only(client_for, official_a, official_b, occurrence):
    assert occurrence.title in client_for(official_a).get(reverse("plans:deadlines")).content.decode()
    assert occurrence.title not in client_for(official_b).get(reverse("plans:deadlines")).content.decode()


def test_it_shows_a_month_calendar(client_for, official_a, occurrence):
    response = client_for(official_a).get(reverse("plans:deadlines"), {"view": "month", "month": "2026-06"})
    page = response.content.decode()
    assert "Lịch hạn công việc tháng 6/2026" in page and occurrence.title in page


def test_it_checks_ownership_of_deadline_actions(client_for, official_b, viewer_a, occurrence):
    url = reverse("plans:occurrence_done", args=[occurrence.pk])
    assert client_for(official_b).post(url).status_code == 404
    assert client_for(viewer_a).post(url).status_code == 403
    extension = reverse("plans:extension_create", args=[occurrence.pk])
    assert client_for(viewer_a).post(extension, {"requested_date": "2026-07-01", "reason": "x"}).status_code == 403
    occurrence.refresh_from_db()
    assert occurrence.done_on is None


def test_it_closes_a_deadline(client_for, official_a, occurrence):
    client_for(official_a).post(reverse("plans:occurrence_done", args=[occurrence.pk]))
    occurrence.refresh_from_db()
    assert occurrence.done_on == timezone.localdate() and occurrence.closed_by == official_a


def test_it_walks_an_extension_through_the_leader(client_for, official_a, leader_a, occurrence):
    client = client_for(official_a)
    bad = client.post(
        reverse("plans:extension_create", args=[occurrence.pk]),
        {"requested_date": "2026-06-01", "reason": "Chờ số liệu"},
        follow=True,
    )
    assert "Ngày xin gia hạn phải sau hạn hiện tại (05/06/2026)." in bad.content.decode()
    client.post(
        reverse("plans:extension_create", args=[occurrence.pk]),
        {"requested_date": "2026-06-30", "reason": "Chờ số liệu của Sở Tài chính"},
    )
    extension = ExtensionRequest.objects.get()
    assert Notification.objects.filter(user=leader_a, title__startswith="Đề nghị gia hạn").exists()
    url = reverse("plans:extension_decide", args=[extension.pk])
    assert client.post(url, {"decision": "approve"}).status_code == 403
    client_for(leader_a).post(url, {"decision": "approve", "comment": "Đồng ý, không gia hạn thêm."})
    occurrence.refresh_from_db()
    extension.refresh_from_db()
    assert occurrence.due_date == datetime.date(2026, 6, 30)
    assert occurrence.original_due_date == datetime.date(2026, 6, 5)
    assert (extension.state, extension.decided_by) == ("approved", leader_a)
    assert Notification.objects.filter(user=official_a, title__startswith="Lãnh đạo đồng ý gia hạn").exists()


def test_it_serves_a_private_revocable_calendar_feed(client_for, official_a, occurrence):
    soon = timezone.localdate() + datetime.timedelta(days=10)
    Occurrence.objects.filter(pk=occurrence.pk).update(due_date=soon)
    client = client_for(official_a)
    client.post(reverse("plans:calendar_link"), {"action": "new"})
    official_a.refresh_from_db()
    feed = reverse("plans:ical_feed", args=[official_a.calendar_token])
    client.logout()
    body = client.get(feed).content.decode()
    assert "BEGIN:VEVENT" in body and f"DTSTART;VALUE=DATE:{soon:%Y%m%d}" in body
    assert "Rà soát" in body.replace("\r\n ", "")
    client.force_login(official_a)
    client.post(reverse("plans:calendar_link"), {"action": "revoke"})
    assert client.get(feed).status_code == 404


def test_it_counts_and_clears_unread_notifications(client_for, official_a, official_b):
    mine = Notification.objects.create(user=official_a, title="Còn 3 ngày đến hạn", url="/ke-hoach/")
    theirs = Notification.objects.create(user=official_b, title="Của người khác")
    client = client_for(official_a)
    page = client.get(reverse("portal:notifications")).content.decode()
    assert "Còn 3 ngày đến hạn" in page and 'data-testid="unread-count">1<' in page
    assert client.post(reverse("portal:notification_read", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("portal:notification_read", args=[mine.pk])).url == "/ke-hoach/"
    mine.refresh_from_db()
    assert mine.read_at is not None


def test_it_saves_reminder_preferences(client_for, official_a):
    client_for(official_a).post(reverse("portal:account"), {"email": "ha@example.vn", "notify_by_email": "on"})
    official_a.refresh_from_db()
    assert (official_a.notify_by_email, official_a.email_digest) == (True, False)


def test_it_pins_the_deadline_page_query_count(client_for, official_a, occurrence, django_assert_max_num_queries):
    client = client_for(official_a)
    with django_assert_max_num_queries(16):
        client.get(reverse("plans:deadlines"))


def test_it_offers_actions_only_to_those_who_may_act(client_for, official_a, viewer_a, occurrence):
    done = reverse("plans:occurrence_done", args=[occurrence.pk])
    assert done in client_for(official_a).get(reverse("plans:deadlines")).content.decode()
    assert done not in client_for(viewer_a).get(reverse("plans:deadlines")).content.decode()


@pytest.mark.parametrize("month", ["9999-12", "0001-01", "1999-12", "99999999999999999999-01", "2026-13"])
def test_it_shows_this_month_for_a_month_out_of_range(client_for, official_a, month):
    response = client_for(official_a).get(reverse("plans:deadlines"), {"view": "month", "month": month})
    today = timezone.localdate()
    page = response.content.decode()
    assert response.status_code == 200 and f"Lịch hạn công việc tháng {today.month}/{today.year}" in page
    assert "Lịch chỉ xem được các tháng từ năm 2000 đến năm 2100" in page


def test_it_links_no_month_past_the_calendars_years(client_for, official_a):
    client = client_for(official_a)
    first = client.get(reverse("plans:deadlines"), {"view": "month", "month": "2000-01"}).content.decode()
    last = client.get(reverse("plans:deadlines"), {"view": "month", "month": "2100-12"}).content.decode()
    assert "Tháng trước" not in first and "Tháng sau" in first
    assert "Tháng sau" not in last and "Tháng trước" in last


def test_it_ignores_a_unit_that_is_no_plain_number(client_for, official_a, occurrence):
    response = client_for(official_a).get(reverse("plans:deadlines"), {"unit": "²"})
    assert response.status_code == 200 and occurrence.title in response.content.decode()
