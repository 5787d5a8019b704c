"""Every TTHC page asked for a year outside 2000-2100 (?nam=0, ?nam=99999) shows the default year instead of
failing on a date that cannot exist."""

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("year", ["0", "1999", "2101", "99999"])
@pytest.mark.parametrize("name", ["tthc:months", "tthc:late_list", "tthc:score_766"])
def test_it_falls_back_to_the_default_year(client_for, viewer_a, unit_a, name, year):
    response = client_for(viewer_a).get(reverse(name, args=[unit_a.pk]) + f"?nam={year}")
    assert response.status_code == 200 and response.context["year"] == timezone.localdate().year


def test_it_bounds_the_year_of_the_catalogue(client_for, viewer_a, unit_a):
    response = client_for(viewer_a).get(reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}&nam=99999")
    assert response.status_code == 200 and response.context["year"] == timezone.localdate().year


def test_it_keeps_a_year_inside_the_bounds(client_for, viewer_a, unit_a):
    response = client_for(viewer_a).get(reverse("tthc:late_list", args=[unit_a.pk]) + "?nam=2000")
    assert response.context["year"] == 2000


@pytest.mark.parametrize("value", ["abc", "²"])
def test_it_ignores_a_unit_or_year_that_is_no_plain_number(client_for, viewer_a, unit_a, value):
    response = client_for(viewer_a).get(reverse("tthc:procedure_list"), {"don_vi": value, "nam": value})
    assert response.status_code == 200 and response.context["year"] == timezone.localdate().year
