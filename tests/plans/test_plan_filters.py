"""The plan list ignores a filter value it cannot read, and a page number out of range, instead of failing."""

import pytest
from django.urls import reverse

from plans.models import Plan


@pytest.mark.parametrize(
    "params",
    [
        {"unit": "abc"},
        {"unit": "99999999"},
        {"year": "abc"},
        {"year": "99999999999999999999999"},
        {"status": "bogus"},
        {"page": "abc"},
        {"page": "999"},
        {"unit": "abc", "year": "20260", "status": "x", "page": "-1"},
    ],
)
def test_it_ignores_bad_filter_values(client_for, official_a, plan_a, params):
    response = client_for(official_a).get(reverse("plans:plan_list"), params)
    assert response.status_code == 200
    assert list(response.context["object_list"]) == [plan_a]


def test_it_still_filters_by_good_values(client_for, official_a, plan_a, unit_a, unit_b):
    client = client_for(official_a)

    def listed(**params):
        return list(client.get(reverse("plans:plan_list"), params).context["object_list"])

    assert listed(unit=unit_a.pk, year=2026, status=Plan.Status.DRAFT) == [plan_a]
    assert listed(unit=unit_b.pk) == []
    assert listed(year=2027) == []
    assert listed(status=Plan.Status.ISSUED) == []
