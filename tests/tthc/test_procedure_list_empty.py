"""An empty procedure list says why: a unit with no catalogue yet is told so and, when it may, led to the
import; a search that matches nothing offers to clear the filters instead."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _empty(response):
    assert response.status_code == 200 and response.context["object_list"] == []
    return response.text.split('data-testid="empty"', 1)[1].split("<footer", 1)[0]


def test_it_leads_an_official_of_a_unit_without_procedures_to_the_import(client_for, official_a, unit_a):
    text = _empty(client_for(official_a).get(reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}"))
    assert "chưa có thủ tục nào trong danh mục" in text
    assert reverse("tthc:procedure_import", args=[unit_a.pk]) in text


def test_it_tells_a_read_only_member_without_offering_the_import(client_for, viewer_a, unit_a):
    text = _empty(client_for(viewer_a).get(reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}"))
    assert "chưa có thủ tục nào trong danh mục" in text
    assert reverse("tthc:procedure_import", args=[unit_a.pk]) not in text


def test_it_offers_to_clear_a_search_that_matches_nothing(client_for, viewer_a, unit_a, procedures):
    url = reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}&nam=2026&q=khong+co+thu+tuc+nay"
    response = client_for(viewer_a).get(url)
    text = _empty(response)
    assert "Không có thủ tục nào khớp." in text and "chưa có thủ tục" not in text
    cleared = client_for(viewer_a).get(reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}&nam=2026")
    assert f'href="?don_vi={unit_a.pk}&amp;nam=2026"' in text and len(cleared.context["object_list"]) == 3
