"""A unit's TTHC tabs offer the two import pages only to those who may import there: a read-only member
would get 403 from both. The catalogue links to its import on the same condition."""

import pytest
from django.urls import reverse

from tthc.models import DossierImport

pytestmark = pytest.mark.django_db

PAGES = ["tthc:months", "tthc:late_list", "tthc:score_766"]


def _import_links(response, unit):
    return [url for url in ("tthc:upload", "tthc:procedure_import") if reverse(url, args=[unit.pk]) in response.text]


@pytest.mark.parametrize("name", PAGES)
def test_it_hides_the_imports_from_a_read_only_member(client_for, viewer_a, unit_a, name):
    response = client_for(viewer_a).get(reverse(name, args=[unit_a.pk]) + "?nam=2026")
    assert response.status_code == 200 and _import_links(response, unit_a) == []


@pytest.mark.parametrize("name", PAGES)
def test_it_offers_the_imports_to_an_official(client_for, official_a, unit_a, name):
    response = client_for(official_a).get(reverse(name, args=[unit_a.pk]) + "?nam=2026")
    assert _import_links(response, unit_a) == ["tthc:upload", "tthc:procedure_import"]


def test_it_hides_the_import_from_a_read_only_member_on_an_imports_result(client_for, viewer_a, unit_a):
    record = DossierImport.objects.create(unit=unit_a, file_name="hoso.csv", state=DossierImport.State.FAILED)
    response = client_for(viewer_a).get(reverse("tthc:upload_status", args=[record.pk]))
    assert response.status_code == 200 and _import_links(response, unit_a) == []


def test_it_links_the_catalogue_to_its_import_for_an_official(client_for, official_a, unit_a):
    response = client_for(official_a).get(reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}")
    assert _import_links(response, unit_a) == ["tthc:procedure_import"]


def test_it_gives_the_catalogue_no_import_link_for_a_read_only_member(client_for, viewer_a, unit_a):
    response = client_for(viewer_a).get(reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}")
    assert _import_links(response, unit_a) == []


@pytest.mark.parametrize("name", ["tthc:upload", "tthc:procedure_import"])
def test_it_keeps_the_units_tabs_on_the_import_pages(client_for, official_a, unit_a, name):
    """Opened from a tab, an import page kept none: the way back to the figures was the browser's back button."""
    page = client_for(official_a).get(reverse(name, args=[unit_a.pk])).text
    for tab in ("tthc:months", "tthc:late_list", "tthc:score_766", "tthc:registers"):
        assert f'href="{reverse(tab, args=[unit_a.pk])}' in page
    assert f'class="nav-link active" href="{reverse(name, args=[unit_a.pk])}"' in page
    assert "format=xlsx" not in page  # nothing to export on an import page
