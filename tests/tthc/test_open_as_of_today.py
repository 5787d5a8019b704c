"""What is open in a period that has not ended yet is counted as of today: the rollups hold each month's state
at its end, when a dossier due later this month would already be overdue."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import dossiers_import
from tthc.indicators import period_figures, unit_figures, unit_months
from tthc.models import Dossier

pytestmark = pytest.mark.django_db


def _day(delta):
    return timezone.localdate() + timedelta(days=delta)


@pytest.fixture
def open_dossiers(unit_a, procedures):
    rows = [
        # Due in five days: within its time today, overdue by the end of the month (or year) it falls in.
        dossier_row("A-1", received_at=f"{_day(-3):%d/%m/%Y} 08:00", due_on=f"{_day(5):%d/%m/%Y}"),
        # Due yesterday and still open: overdue today.
        dossier_row("A-2", received_at=f"{_day(-10):%d/%m/%Y} 08:00", due_on=f"{_day(-1):%d/%m/%Y}"),
        # Resolved: neither.
        dossier_row("A-3", received_at=f"{_day(-4):%d/%m/%Y} 08:00", completed_at=f"{_day(-2):%d/%m/%Y} 09:00"),
    ]
    assert dossiers_import(unit=unit_a, upload=csv_upload(rows)).created == 3
    return Dossier.objects.with_status(timezone.localdate())


def test_the_year_still_running_counts_open_dossiers_as_of_today(unit_a, open_dossiers):
    year = _day(6).year
    figures = unit_figures(unit_a, year)
    assert (figures.open_within, figures.open_overdue) == (1, 1)
    assert dict(open_dossiers.filter(completed_on__isnull=True).values_list("code", "status")) == {
        "A-1": "within",
        "A-2": "overdue",
    }


def test_every_month_from_this_one_on_shows_todays_state(unit_a, open_dossiers):
    due_month = _day(6)
    months = unit_months(unit_a, due_month.year)
    for figures in months[due_month.month - 1 :]:
        assert (figures.open_within, figures.open_overdue) == (1, 1)


def test_a_report_period_ending_today_agrees(unit_a, open_dossiers):
    figures = period_figures(unit_a, _day(-30), timezone.localdate())
    assert (figures.open_within, figures.open_overdue) == (1, 1)


def test_a_month_already_ended_keeps_its_state_at_its_end(unit_a, open_dossiers):
    end = timezone.localdate().replace(day=1) - timedelta(days=1)
    figures = unit_figures(unit_a, end.year, end.month)
    states = list(Dossier.objects.filter(received_on__lte=end).with_status(end).values_list("status", flat=True))
    assert (figures.open_within, figures.open_overdue) == (states.count("within"), states.count("overdue"))
