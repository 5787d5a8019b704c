"""A deadline has at most one extension request waiting for the leader."""

import datetime

import pytest
from django.urls import reverse

from plans import deadlines
from plans.models import ExtensionRequest, Occurrence, Plan


@pytest.fixture
def occurrence(plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    deadlines.occurrences_sync(today=datetime.date(2026, 5, 1))
    return Occurrence.objects.get()


def test_it_refuses_a_second_pending_request(client_for, official_a, leader_a, occurrence):
    client = client_for(official_a)
    url = reverse("plans:extension_create", args=[occurrence.pk])
    client.post(url, {"requested_date": "2026-06-30", "reason": "Chờ số liệu"})
    response = client.post(url, {"requested_date": "2026-07-15", "reason": "Chờ số liệu"})
    assert "Hạn này đã có đề nghị gia hạn đang chờ lãnh đạo quyết định (đến ngày 30/06/2026)." in (
        response.content.decode()
    )
    first = ExtensionRequest.objects.get()
    deadlines.extension_decide(extension=first, approve=False, comment="", by=leader_a)
    client.post(url, {"requested_date": "2026-07-15", "reason": "Chờ số liệu"})
    assert ExtensionRequest.objects.filter(state=ExtensionRequest.State.PENDING).get().requested_date == (
        datetime.date(2026, 7, 15)
    )
