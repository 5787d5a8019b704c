"""The consolidation page opens on the latest period whose data is in, for the duty's kind, not on a blank
period that no unit reports on."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import MembershipFactory


@pytest.fixture
def receiver(subtree_duty):
    return MembershipFactory(unit=subtree_duty.recipient, role="official").user


@pytest.mark.parametrize(
    ("kind", "today", "period"),
    [
        # Monthly data periods run 15th → 14th: on 4/12 October's (15/9–14/10) and November's have ended.
        ("monthly", datetime.date(2026, 12, 4), (2026, 11)),
        ("monthly", datetime.date(2026, 11, 15), (2026, 11)),
        ("monthly", datetime.date(2026, 11, 14), (2026, 10)),
        ("quarterly", datetime.date(2026, 12, 4), (2026, 3)),  # Q3 ended 14/9, Q4 ends 14/12
        ("half_year", datetime.date(2026, 12, 4), (2026, 1)),
        ("annual", datetime.date(2026, 12, 4), (2026, None)),  # the year's only period, not ended yet
        ("monthly", datetime.date(2027, 3, 1), (2026, 12)),  # the plan is over: its last period
        ("monthly", datetime.date(2025, 11, 1), (2026, 1)),  # not begun: its first
        ("thematic", datetime.date(2026, 12, 4), (2026, None)),
    ],
)
def test_it_picks_the_latest_period_that_has_ended(subtree_duty, kind, today, period):
    subtree_duty.kind = kind
    assert subtree_duty.default_period(today) == period


def test_it_opens_the_page_on_that_period(client_for, receiver, subtree_duty, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: datetime.date(2026, 12, 4))
    client = client_for(receiver)
    url = reverse("reports:consolidation", args=[subtree_duty.pk])
    response = client.get(url)
    assert (response.context["result"].year, response.context["result"].number) == (2026, 11)
    assert 'name="number" type="number" min="1" max="12" class="form-control" value="11"' in response.content.decode()
    # A year typed without its month: that year's latest period, not a period numbered "none".
    response = client.get(url, {"year": 2026, "number": ""})
    assert response.context["result"].number == 11
    response = client.get(url, {"year": 2026, "number": 10})
    assert response.context["result"].number == 10
