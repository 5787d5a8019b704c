"""The export panel warns before a clerk prints a document nobody signs: without a signer's name the printout
has no signature block (the demo's Nhân Lý reports were sent so). A regulation signs with its decision."""

from django.urls import reverse

from plans.models import Plan
from reports.models import Report

WARNING = "Văn bản chưa có người ký"


def panel(client, label, pk):
    return client.get(reverse("portal:export_panel", args=[label, pk])).content.decode()


def test_it_warns_about_a_plan_without_a_signer_until_one_is_named(client_for, official_a, plan_a):
    client = client_for(official_a)
    assert WARNING in panel(client, "plans.plan", plan_a.pk)
    Plan.objects.filter(pk=plan_a.pk).update(signer_position="Giám đốc", signer_name="Nguyễn Văn Thành")
    assert WARNING not in panel(client, "plans.plan", plan_a.pk)


def test_it_lets_a_regulation_sign_with_its_decision(client_for, official_a, regulation_a):
    assert WARNING not in panel(client_for(official_a), "plans.plan", regulation_a.pk)


def test_it_warns_about_a_report_without_a_signer(client_for, official_a, unit_a):
    report = Report.objects.create(unit=unit_a, kind="monthly", year=2026, title="Báo cáo tháng 6")
    client = client_for(official_a)
    assert WARNING in panel(client, "reports.report", report.pk)
    Report.objects.filter(pk=report.pk).update(signer_name="Nguyễn Văn Thành")
    assert WARNING not in panel(client, "reports.report", report.pk)


def test_it_does_not_ask_to_fill_in_a_signer_once_the_document_can_no_longer_be_edited(
    client_for, official_a, unit_a, plan_a
):
    report = Report.objects.create(unit=unit_a, kind="monthly", year=2026, title="Báo cáo tháng 6", state="sent")
    Plan.objects.filter(pk=plan_a.pk).update(status=Plan.Status.ISSUED)
    client = client_for(official_a)
    for label, pk in (("reports.report", report.pk), ("plans.plan", plan_a.pk)):
        html = panel(client, label, pk)
        assert "Văn bản không ghi người ký: bản in sẽ không có khối chữ ký." in html
        assert "Hãy điền chức vụ" not in html
