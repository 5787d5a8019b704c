"""The "please fix the marked fields" banner shows when a field is invalid, and not on a conflict."""

from django.urls import reverse

from tests.reports.test_views import _form_data

BANNER = "Chưa lưu được: vui lòng sửa các ô được đánh dấu."


def test_it_shows_no_error_banner_on_a_conflict(client_for, official_a, report):
    client = client_for(official_a)
    url = reverse("reports:report_edit", args=[report.pk])
    opened = _form_data(report)
    client.post(url, {**opened, "sections-0-body": "Nội dung của chị Hà"})
    page = client.post(url, {**opened, "sections-0-body": "Nội dung của anh Phúc"}).content.decode()
    assert 'data-testid="conflict"' in page and BANNER not in page


def test_it_shows_the_error_banner_for_an_invalid_field(client_for, official_a, report):
    data = {**_form_data(report), "progress-0-percent": 150}
    page = client_for(official_a).post(reverse("reports:report_edit", args=[report.pk]), data).content.decode()
    assert BANNER in page
