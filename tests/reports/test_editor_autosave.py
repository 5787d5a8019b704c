"""Autosave runs when something was typed, and a save that changes nothing keeps the version."""

from django.urls import reverse

from reports.models import Report
from tests.reports.test_views import _form_data


def test_it_keeps_the_version_on_a_save_that_changes_nothing(client_for, official_a, report):
    client = client_for(official_a)
    url = reverse("reports:report_edit", args=[report.pk])
    client.post(url, _form_data(report))
    report.refresh_from_db()
    opened = _form_data(report)  # two people open the saved report at the same version
    autosaved = client.post(url, opened, HTTP_HX_REQUEST="true")
    assert 'data-testid="autosaved"' in autosaved.content.decode()
    assert Report.objects.get(pk=report.pk).lock_version == opened["lock_version"]
    other = client.post(url, {**opened, "sections-0-body": "Nội dung của anh Phúc"})
    assert other.status_code == 302  # no false conflict
    assert report.sections.get(order=0).body == "Nội dung của anh Phúc"


def test_it_autosaves_on_edits_only_not_on_a_timer(client_for, official_a, report):
    page = client_for(official_a).get(reverse("reports:report_edit", args=[report.pk])).content.decode()
    trigger = page[page.index('hx-trigger="', page.index('id="autosave"')) :].split('"')[1]
    # save-now: a form beside the editor (attach a file, add a table) asks for the save before it leaves.
    assert trigger == "change from:#report-form delay:1s, input from:#report-form delay:5s, save-now"
