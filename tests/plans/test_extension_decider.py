"""The person who asks for an extension never decides it: another leader of the unit, or one above, does."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from plans import deadlines
from plans.models import ExtensionRequest, Occurrence, Plan
from portal.models import Notification


@pytest.fixture
def occurrence(plan_a):
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    deadlines.occurrences_sync(today=datetime.date(2026, 5, 1))
    return Occurrence.objects.get()


@pytest.fixture
def own_request(client_for, leader_a, occurrence):
    client_for(leader_a).post(
        reverse("plans:extension_create", args=[occurrence.pk]),
        {"requested_date": "2026-06-30", "reason": "Chờ ý kiến của Sở Tài chính"},
    )
    return ExtensionRequest.objects.get()


def test_it_hides_the_decision_from_the_leader_who_asked(client_for, leader_a, own_request):
    page = client_for(leader_a).get(reverse("plans:deadlines")).content.decode()
    assert "Chờ ý kiến của Sở Tài chính" in page
    assert reverse("plans:extension_decide", args=[own_request.pk]) not in page
    assert "Đề nghị của bạn: chờ lãnh đạo khác của đơn vị hoặc lãnh đạo cấp trên quyết định." in page


def test_it_refuses_a_leaders_decision_on_their_own_request(client_for, leader_a, own_request, occurrence):
    client = client_for(leader_a)
    response = client.post(reverse("plans:extension_decide", args=[own_request.pk]), {"decision": "approve"})
    assert [str(m) for m in get_messages(response.wsgi_request)][-1] == (
        "Bạn không thể tự quyết định đề nghị gia hạn của chính mình; "
        "đề nghị chờ lãnh đạo khác của đơn vị hoặc lãnh đạo cấp trên quyết định."
    )
    own_request.refresh_from_db()
    occurrence.refresh_from_db()
    assert own_request.state == ExtensionRequest.State.PENDING
    assert occurrence.due_date == datetime.date(2026, 6, 5)
    with pytest.raises(ValueError):
        deadlines.extension_decide(extension=own_request, approve=True, comment="", by=leader_a)


def test_it_asks_the_leader_above_when_the_requester_is_the_units_only_leader(
    client_for, leader_a, leader_top, own_request, occurrence
):
    assert Notification.objects.filter(user=leader_top, title__startswith="Đề nghị gia hạn").exists()
    assert not Notification.objects.filter(user=leader_a, title__startswith="Đề nghị gia hạn").exists()
    client = client_for(leader_top)
    url = reverse("plans:extension_decide", args=[own_request.pk])
    assert url in client.get(reverse("plans:deadlines")).content.decode()
    client.post(url, {"decision": "approve"})
    occurrence.refresh_from_db()
    assert occurrence.due_date == datetime.date(2026, 6, 30)


def test_a_decision_marks_read_the_notices_asking_leaders_to_decide(client_for, leader_a, official_a, occurrence):
    client_for(official_a).post(
        reverse("plans:extension_create", args=[occurrence.pk]),
        {"requested_date": "2026-06-30", "reason": "Chờ số liệu quý II"},
    )
    request = ExtensionRequest.objects.get()
    asked = Notification.objects.filter(title__startswith="Đề nghị gia hạn")
    assert {n.url for n in asked} == {reverse("plans:deadlines") + f"#gia-han-{request.pk}"}
    page = client_for(leader_a).get(reverse("plans:deadlines")).content.decode()
    assert f'id="gia-han-{request.pk}"' in page

    deadlines.extension_decide(extension=request, approve=False, comment="Không đủ căn cứ", by=leader_a)

    assert not asked.filter(read_at__isnull=True).exists()
    answer = Notification.objects.get(user=official_a, title__startswith="Lãnh đạo không đồng ý")
    assert answer.read_at is None and answer.body == "Không đủ căn cứ"
