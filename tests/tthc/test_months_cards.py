"""The summary cards above a unit's months show a true 0 as 0, as the table does, and "–" only where there
is nothing to compute from."""

import re

import pytest
from django.urls import reverse

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import dossiers_import

pytestmark = pytest.mark.django_db


def _cards(response):
    """Card label -> its figure."""
    return dict(re.findall(r'text-secondary">([^<]*)</div><div class="fs-4"[^>]*>([^<]*)<', response.text)[1:])


def test_it_shows_zero_as_zero(client_for, viewer_a, unit_a, procedures):
    # Received in person and resolved the same day: nothing online, no working day taken.
    row = dossier_row("D1", channel="1", completed_at="05/01/2026 10:00")
    assert dossiers_import(unit=unit_a, upload=csv_upload([row])).ok
    response = client_for(viewer_a).get(reverse("tthc:months", args=[unit_a.pk]) + "?nam=2026")
    assert _cards(response) == {
        "Đúng hạn": "100,00%",
        "Nộp trực tuyến": "0,00%",
        "Thời gian giải quyết (trung vị / 90%)": "0 / 0 ngày",
    }


def test_it_shows_a_dash_without_data(client_for, viewer_a, unit_a):
    response = client_for(viewer_a).get(reverse("tthc:months", args=[unit_a.pk]) + "?nam=2026")
    assert _cards(response) == {
        "Đúng hạn": "–",
        "Nộp trực tuyến": "–",
        "Thời gian giải quyết (trung vị / 90%)": "– / – ngày",
    }
