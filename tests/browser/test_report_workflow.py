import io

import pytest
from django.core.management import call_command

from plans.models import ReportingDuty
from portal.models import Membership, OrgUnit
from reports import services
from reports.models import Report, ReportSection
from tests.browser.signin import login
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.browser


def test_it_walks_a_report_from_draft_to_return_and_resubmission(page, screenshot, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    receiver = UserFactory(username="sct.chuyenvien", full_name="Lê Thị Nhận")
    MembershipFactory(user=receiver, unit=OrgUnit.objects.get(code="qng-sct"), role=Membership.Role.OFFICIAL)
    duty = ReportingDuty.objects.get(plan__unit__code="qng-skhcn", recipient__code="qng-sct", kind="half_year")
    page.on("dialog", lambda dialog: dialog.accept())

    login(page, "giamdoc")
    page.get_by_role("link", name="Báo cáo", exact=True).click()
    page.get_by_role("link", name="Tạo báo cáo").click()
    page.locator('[name="duty"]').select_option(str(duty.pk))
    page.locator('[name="kind"]').select_option("half_year")
    page.locator('[name="year"]').fill("2025")
    page.locator('[name="number_in_year"]').fill("1")
    page.get_by_role("button", name="Tạo dự thảo").click()
    page.get_by_role("heading", name="Soạn báo cáo").wait_for()
    page.get_by_label("I. KẾT QUẢ THỰC HIỆN").fill("Sở đã triển khai đầy đủ các nhiệm vụ được giao.")
    page.keyboard.press("Tab")
    page.get_by_test_id("autosaved").wait_for()  # saved on its own once the field is left
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.get_by_role("link", name="Xem báo cáo").click()
    page.get_by_role("button", name="Trình lãnh đạo duyệt").click()
    page.get_by_role("button", name="Duyệt", exact=True).click()
    report = Report.objects.get(duty=duty, year=2025)
    assert report.state == Report.State.APPROVED

    login(page, "vanthu")
    page.goto(report.get_absolute_url())
    page.get_by_role("button", name="Gửi báo cáo").click()
    page.get_by_text("Đã gửi báo cáo").first.wait_for()

    login(page, receiver.username, "matkhau-thu-2026")
    page.goto("/bao-cao/?hop=den")
    page.get_by_role("link", name=report.title[:40]).click()
    page.get_by_label("Ý kiến").fill("Đề nghị bổ sung số liệu về doanh nghiệp sử dụng dịch vụ công nghệ.")
    page.get_by_role("button", name="Trả lại").click()
    page.get_by_text("Đã trả lại báo cáo kèm ý kiến.").wait_for()

    login(page, "giamdoc")
    page.goto(report.get_absolute_url())
    assert "Đề nghị bổ sung số liệu" in page.get_by_test_id("return-comment").inner_text()
    page.get_by_role("link", name="Soạn thảo").click()
    page.get_by_label("I. KẾT QUẢ THỰC HIỆN").fill(
        "Sở đã triển khai đầy đủ các nhiệm vụ; 35 doanh nghiệp sử dụng dịch vụ."
    )
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.get_by_role("link", name="Xem báo cáo").click()
    page.get_by_role("button", name="Trình lãnh đạo duyệt").click()
    report.refresh_from_db()
    assert report.state == Report.State.SUBMITTED
    steps = page.get_by_test_id("transitions").inner_text()
    for step in ("Dự thảo → Chờ lãnh đạo duyệt", "Đã gửi → Bị trả lại", "Bị trả lại → Chờ lãnh đạo duyệt"):
        assert step in steps
    screenshot("report-workflow")


def test_it_consolidates_three_unit_reports(page, screenshot, transactional_db):
    call_command("load_demo", stdout=io.StringIO())
    duty = ReportingDuty.objects.get(sender__code="lsn-nhanly", recipient__code="lsn-nhanly-ca", kind="monthly")
    Report.objects.filter(duty=duty).delete()
    official = UserFactory(username="nhanly.soan")
    MembershipFactory(user=official, unit=duty.sender, role=Membership.Role.OFFICIAL)
    leader, clerk = (Membership.objects.get(unit=duty.sender, role=r).user for r in ("leader", "clerk"))
    for code in ("lsn-nhanly-vp", "lsn-nhanly-kt", "lsn-nhanly-hcc"):
        unit = OrgUnit.objects.get(code=code)
        report = services.report_create(unit=unit, by=official, kind="monthly", year=2026, number_in_year=11, duty=duty)
        ReportSection.objects.filter(report=report, role="results").update(body=f"Kết quả tháng 11 của {unit.name}.")
        report.values.update(value=90, evidence="Báo cáo của đơn vị")
        services.report_submit(report=report, by=official)
        services.report_approve(report=report, by=leader)
        services.report_send(report=report, by=clerk)

    login(page, "nhanly.ca")
    page.get_by_role("link", name="Báo cáo", exact=True).click()
    page.get_by_role("link", name="Báo cáo nhận được").click()
    page.get_by_role("link", name="Tổng hợp").first.click()
    page.locator("#number").fill("11")
    page.locator("#year").fill("2026")
    page.get_by_role("button", name="Xem").click()
    table = page.get_by_test_id("consolidation")
    assert table.get_by_text("Đã gửi").count() == 3
    assert table.get_by_text("Chưa gửi").count() >= 3
    screenshot("consolidation")
    page.get_by_role("button", name="Tạo báo cáo tổng hợp từ các báo cáo đã nhận").click()
    page.get_by_role("heading", name="Soạn báo cáo").wait_for()
    results = page.get_by_label("I. KẾT QUẢ THỰC HIỆN").input_value()
    for name in ("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Trung tâm Phục vụ HCC"):
        assert name in results
    upward = Report.objects.filter(unit__code="lsn-nhanly-ca", sources__isnull=False, year=2026, number_in_year=11)
    upward = upward.distinct().get()
    assert upward.sources.count() == 3
