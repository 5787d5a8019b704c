"""A save refused as a conflict shows every field someone else changed meanwhile, and keeps what was typed."""

from django.urls import reverse

from reports.models import IndicatorValue, Report, TaskProgress
from tests.reports.test_views import _form_data


def test_it_shows_a_concurrent_change_to_progress_values_and_details(client_for, official_a, report):
    client = client_for(official_a)
    url = reverse("reports:report_edit", args=[report.pk])
    opened = _form_data(report)
    assert opened["progress-TOTAL_FORMS"] == 1 and opened["values-TOTAL_FORMS"] == 1
    theirs = {**opened, "header-title": "Báo cáo quý II (bản của chị Hà)", "progress-0-percent": 80}
    theirs.update({"values-0-value": "97", "header-issued_on": "2026-06-18"})
    assert client.post(url, theirs).status_code == 302
    mine = {**opened, "sections-0-body": "Nội dung của anh Phúc", "progress-0-done": "Đã ban hành quy chế"}
    page = client.post(url, mine).content.decode()
    conflict = page[page.index('data-testid="conflict"') : page.index('id="report-form"')]
    for label, saved in (
        ("Thông tin văn bản – Trích yếu", "Báo cáo quý II (bản của chị Hà)"),
        ("Thông tin văn bản – Ngày báo cáo", "18/06/2026"),
        ("Tiến độ (%)", "80"),
        ("Giá trị thực hiện", "97"),
    ):
        assert label in conflict and saved in conflict, label
    assert "Nội dung của anh Phúc" in conflict and "Đã ban hành quy chế" in conflict
    # What this person typed stays in the form, and nothing they typed was saved.
    form = page[page.index('id="report-form"') :]
    assert "Nội dung của anh Phúc" in form and "Đã ban hành quy chế" in form and 'value="50"' in form
    assert Report.objects.get(pk=report.pk).title == "Báo cáo quý II (bản của chị Hà)"
    assert TaskProgress.objects.get(report=report).percent == 80
    assert str(IndicatorValue.objects.get(report=report).value) == "97.00"
