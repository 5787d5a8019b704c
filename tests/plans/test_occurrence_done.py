"""Closing a deadline: a second close keeps the first date, and `next` leads only back into the portal."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from plans import deadlines
from plans.models import Occurrence, Plan


@pytest.fixture
def occurrence(plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    deadlines.occurrences_sync(today=datetime.date(2026, 5, 1))
    return Occurrence.objects.get()


def test_it_keeps_the_first_completion_date(client_for, official_a, leader_a, occurrence):
    deadlines.occurrence_close(occurrence=occurrence, done_on=occurrence.due_date, by=leader_a)
    response = client_for(official_a).post(reverse("plans:occurrence_done", args=[occurrence.pk]))
    occurrence.refresh_from_db()
    assert (occurrence.done_on, occurrence.closed_by) == (datetime.date(2026, 6, 5), leader_a)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Việc này đã được ghi nhận hoàn thành ngày 05/06/2026."
    ]


@pytest.mark.parametrize(
    ("next_url", "expected"),
    [
        ("https://evil.example.com", "/ke-hoach/viec-den-han/"),
        ("//evil.example.com/ke-hoach/", "/ke-hoach/viec-den-han/"),
        ("/ke-hoach/viec-den-han/?view=month", "/ke-hoach/viec-den-han/?view=month"),
    ],
)
def test_it_redirects_only_within_the_portal(client_for, official_a, occurrence, next_url, expected):
    response = client_for(official_a).post(reverse("plans:occurrence_done", args=[occurrence.pk]), {"next": next_url})
    assert response.status_code == 302 and response.url == expected
