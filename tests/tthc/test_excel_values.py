"""The TTHC Excel exports hold numbers and dates as Excel values a leader can sum, chart and sort, not the
page's text ("97,22", "07/01/2026")."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import dossiers_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossiers(unit_a, procedures):
    rows = [
        dossier_row("D1", channel="2", completed_at="07/01/2026 10:00"),
        dossier_row("D2", completed_at="14/01/2026 10:00"),
    ]
    assert dossiers_import(unit=unit_a, upload=csv_upload(rows)).ok


def _cells(client, url):
    return list(openpyxl.load_workbook(io.BytesIO(client.get(url).content)).active.iter_rows(min_row=2))


def test_rates_are_numbers(client_for, viewer_a, unit_a, dossiers):
    client = client_for(viewer_a)
    january = _cells(client, reverse("tthc:months", args=[unit_a.pk]) + "?nam=2026&format=xlsx")[0]
    on_time, online = january[10].value, january[11].value
    assert (on_time, online) == (50.0, 50.0)
    score = _cells(client, reverse("tthc:score_766", args=[unit_a.pk]) + "?nam=2026&format=xlsx")
    assert all(isinstance(row[5].value, (int, float)) for row in score)


def test_dates_are_dates_written_day_first(client_for, viewer_a, unit_a, dossiers):
    [late] = _cells(client_for(viewer_a), reverse("tthc:late_list", args=[unit_a.pk]) + "?nam=2026&format=xlsx")
    received = late[3]
    # Excel keeps no time zone: openpyxl reads a date cell back as a naive midnight.
    assert received.value.date() == datetime.date(2026, 1, 5) and received.number_format == "DD/MM/YYYY"
