"""A report's date: not before its data period, and numbered only in the register's date order (a report dated
05/02 was numbered 113 after 112 of 05/10, and the register read out of order)."""

from datetime import date

import pytest
from django.urls import reverse

from reports import services
from reports.forms import HeaderForm
from reports.models import Report

pytestmark = pytest.mark.django_db


def test_the_editor_refuses_a_date_before_the_data_period(report):
    form = HeaderForm(
        instance=report,
        data={"title": report.title, "data_from": "2026-03-15", "data_to": "2026-06-14", "issued_on": "2026-02-05"},
    )
    assert not form.is_valid()
    assert form.errors["issued_on"] == ["Ngày báo cáo không được trước ngày bắt đầu kỳ số liệu (15/03/2026)."]


def _approved(report, official, leader, issued_on):
    Report.objects.filter(pk=report.pk).update(issued_on=issued_on)
    report.refresh_from_db()
    services.report_submit(report=report, by=official)
    services.report_approve(report=report, by=leader)
    return report


def test_numbering_keeps_the_register_in_date_order(client_for, report, duty, unit_a, official_a, leader_a, clerk_a):
    _approved(report, official_a, leader_a, date(2026, 10, 5))
    services.report_number(report=report, by=clerk_a)
    earlier = services.report_create(
        unit=unit_a, by=official_a, kind="quarterly", year=2026, number_in_year=3, duty=duty
    )
    _approved(earlier, official_a, leader_a, date(2026, 2, 5))
    page = client_for(clerk_a).post(reverse("reports:report_number", args=[earlier.pk]), follow=True)
    earlier.refresh_from_db()
    assert earlier.number is None
    assert "Ngày văn bản (05/02/2026) trước ngày của văn bản số 01/BC-SKHCN trong sổ (05/10/2026)" in (
        page.content.decode()
    )
    Report.objects.filter(pk=earlier.pk).update(issued_on=date(2026, 10, 6))
    earlier.refresh_from_db()
    assert services.report_number(report=earlier, by=clerk_a).number == 2
