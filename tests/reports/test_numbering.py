"""The clerk numbers an approved report from the unit's register before sending it."""

import pytest
from django.urls import reverse

from portal.models import AuditEntry, RegisterEntry
from reports.models import Report

pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(report):
    Report.objects.filter(pk=report.pk).update(state=Report.State.APPROVED, recipient_text="Sở Tư pháp")
    report.refresh_from_db()
    return report


def test_it_numbers_an_approved_report_and_prints_it(client_for, clerk_a, approved):
    detail = client_for(clerk_a).get(approved.get_absolute_url()).content.decode()
    assert 'data-testid="number-form"' in detail
    client_for(clerk_a).post(reverse("reports:report_number", args=[approved.pk]))
    approved.refresh_from_db()
    assert (approved.number, approved.symbol) == (1, "BC-SKHCN")
    entry = RegisterEntry.objects.get()
    assert entry.number_symbol == "01/BC-SKHCN" and entry.doc_type == "Báo cáo" and entry.recipients == "Sở Tư pháp"
    assert AuditEntry.objects.filter(action="reports.report.numbered", actor=clerk_a).count() == 1
    assert 'data-testid="number-form"' not in client_for(clerk_a).get(approved.get_absolute_url()).content.decode()


def test_it_refuses_a_draft(client_for, clerk_a, report):
    response = client_for(clerk_a).post(reverse("reports:report_number", args=[report.pk]), follow=True)
    assert "Chỉ cấp số cho báo cáo đã được duyệt, chưa có số." in response.content.decode()
    assert not RegisterEntry.objects.exists()


def test_it_checks_ownership(client_for, official_b, viewer_a, official_a, approved):
    url = reverse("reports:report_number", args=[approved.pk])
    assert client_for(official_b).post(url).status_code == 404
    assert client_for(viewer_a).post(url).status_code == 403
    assert client_for(official_a).post(url).status_code == 403
    assert not RegisterEntry.objects.exists()
