"""A leader who sends a report back for changes ("Yêu cầu sửa") must say what to change, as "Trả lại" requires."""

from django.urls import reverse

from portal.models import Notification
from reports import services
from reports.models import Report


def test_it_refuses_a_request_for_changes_without_a_comment(client_for, report, official_a, leader_a):
    services.report_submit(report=report, by=official_a)
    url = reverse("reports:report_action", args=[report.pk, "yeu-cau-sua"])
    response = client_for(leader_a).post(url, {"comment": "   "}, follow=True)
    assert "Khi yêu cầu sửa báo cáo, hãy ghi rõ ý kiến" in response.content.decode()
    report.refresh_from_db()
    assert report.state == Report.State.SUBMITTED and not report.transitions.filter(to_state="draft").exists()


def test_it_sends_a_report_back_with_the_comment(client_for, report, official_a, leader_a):
    services.report_submit(report=report, by=official_a)
    url = reverse("reports:report_action", args=[report.pk, "yeu-cau-sua"])
    client_for(leader_a).post(url, {"comment": "Bổ sung số liệu quý II."})
    report.refresh_from_db()
    assert report.state == Report.State.DRAFT
    assert report.transitions.last().comment == "Bổ sung số liệu quý II."
    assert Notification.objects.filter(user=official_a, title__startswith="Lãnh đạo yêu cầu sửa").exists()
