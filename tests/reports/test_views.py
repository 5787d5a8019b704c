import datetime
import re

from django.urls import reverse

from plans.models import Occurrence
from portal.models import Notification
from reports import consolidation, services
from reports.models import Report, ReportSection
from tests.factories import MembershipFactory, OrgUnitFactory, UserFactory


def _form_data(report, **section_bodies):
    data = {"lock_version": report.lock_version, "header-title": report.title, "header-place_name": "Quảng Ngãi"}
    sections = list(report.sections.order_by("order", "pk"))
    data.update({"sections-TOTAL_FORMS": len(sections), "sections-INITIAL_FORMS": len(sections)})
    for i, section in enumerate(sections):
        data[f"sections-{i}-id"] = section.pk
        data[f"sections-{i}-body"] = section_bodies.get(section.role, section.body)
    progress = list(report.progress.all())
    data.update({"progress-TOTAL_FORMS": len(progress), "progress-INITIAL_FORMS": len(progress)})
    for i, row in enumerate(progress):
        data.update({f"progress-{i}-id": row.pk, f"progress-{i}-status": row.status, f"progress-{i}-percent": 50})
    values = list(report.values.all())
    data.update({"values-TOTAL_FORMS": len(values), "values-INITIAL_FORMS": len(values)})
    for i, value in enumerate(values):
        data.update({f"values-{i}-id": value.pk, f"values-{i}-value": "98.5", f"values-{i}-evidence": ""})
    return data


def test_it_creates_a_report_from_a_duty(client_for, official_a, duty, unit_a):
    response = client_for(official_a).post(
        reverse("reports:report_create"),
        {"unit": unit_a.pk, "duty": duty.pk, "kind": "quarterly", "year": 2026, "number_in_year": 2},
    )
    report = Report.objects.get()
    assert response.url == reverse("reports:report_edit", args=[report.pk])
    assert report.occurrence == Occurrence.objects.get(duty=duty, original_due_date="2026-06-20")


def test_it_keeps_create_input_and_explains_errors(client_for, official_a, unit_a):
    response = client_for(official_a).post(
        reverse("reports:report_create"),
        {"unit": unit_a.pk, "kind": "quarterly", "year": 2026, "number_in_year": 5, "title": "Báo cáo riêng"},
    )
    page = response.content.decode()
    assert "Kỳ báo cáo không hợp lệ cho loại báo cáo này." in page and "Báo cáo riêng" in page


def test_it_checks_ownership_of_every_report_page(client_for, official_b, viewer_a, report, duty):
    outsider = client_for(official_b)  # unit B is the recipient, but nothing has been sent yet
    for name in ("reports:report_detail", "reports:report_edit", "reports:report_compare"):
        assert outsider.get(reverse(name, args=[report.pk])).status_code == 404, name
    assert outsider.post(reverse("reports:report_action", args=[report.pk, "trinh"])).status_code == 404
    reader = client_for(viewer_a)
    assert reader.get(report.get_absolute_url()).status_code == 200
    assert reader.get(reverse("reports:report_edit", args=[report.pk])).status_code == 403
    assert reader.post(reverse("reports:report_action", args=[report.pk, "trinh"])).status_code == 403
    report.refresh_from_db()
    assert report.state == Report.State.DRAFT
    assert reader.get(reverse("reports:report_create")).status_code == 403


def test_it_saves_and_autosaves_a_draft(client_for, official_a, report):
    client = client_for(official_a)
    url = reverse("reports:report_edit", args=[report.pk])
    response = client.post(url, _form_data(report, results="Đã rà soát 12 thủ tục."), HTTP_HX_REQUEST="true")
    assert 'data-testid="autosaved"' in response.content.decode()
    assert 'value="1"' in response.content.decode()  # the new lock version, swapped into the form
    report.refresh_from_db()
    assert report.sections.get(role="results").body == "Đã rà soát 12 thủ tục."
    assert str(report.values.get().value) == "98.50"


def test_it_shows_both_texts_when_two_people_edit_at_once(client_for, official_a, report):
    client = client_for(official_a)
    url = reverse("reports:report_edit", args=[report.pk])
    opened = _form_data(report)
    client.post(url, {**opened, "sections-0-body": "Nội dung của chị Hà"})
    response = client.post(url, {**opened, "sections-0-body": "Nội dung của anh Phúc"})
    page = response.content.decode()
    assert 'data-testid="conflict"' in page
    assert "Nội dung của chị Hà" in page and page.count("Nội dung của anh Phúc") >= 2  # shown and kept in the form
    assert ReportSection.objects.get(report=report, order=0).body == "Nội dung của chị Hà"
    autosave = client.post(url, {**opened, "sections-0-body": "x"}, HTTP_HX_REQUEST="true")
    assert 'data-testid="autosave-conflict"' in autosave.content.decode()


def test_it_walks_the_workflow_through_the_pages(client_for, report, official_a, leader_a, clerk_a, receiver_b):
    client_for(official_a).post(reverse("reports:report_action", args=[report.pk, "trinh"]))
    client_for(leader_a).post(reverse("reports:report_action", args=[report.pk, "duyet"]))
    client_for(clerk_a).post(reverse("reports:report_action", args=[report.pk, "gui"]))
    receiver = client_for(receiver_b)
    assert receiver.get(reverse("reports:report_list"), {"hop": "den"}).context["object_list"][0] == report
    receiver.post(reverse("reports:report_action", args=[report.pk, "tra-lai"]), {"comment": "Thiếu số liệu."})
    report.refresh_from_db()
    assert report.state == Report.State.RETURNED
    page = client_for(official_a).get(report.get_absolute_url()).content.decode()
    assert "Thiếu số liệu." in page and 'data-testid="return-comment"' in page


def _sent_and_corrected(client, report, official, leader, clerk):
    """The report submitted, approved and sent, then a correction of it drafted through the page."""
    services.report_submit(report=report, by=official)
    services.report_approve(report=report, by=leader)
    services.report_send(report=report, by=clerk)
    client.post(reverse("reports:report_correct", args=[report.pk]))
    return Report.objects.get(previous=report)


def test_it_compares_a_correction_with_the_sent_version(client_for, report, official_a, leader_a, clerk_a):
    client = client_for(official_a)
    correction = _sent_and_corrected(client, report, official_a, leader_a, clerk_a)
    ReportSection.objects.filter(report=correction, role="results").update(body="Số liệu đã đính chính")
    page = client.get(reverse("reports:report_compare", args=[correction.pk])).content.decode()
    assert '<ins class="diff-ins">Số liệu đã đính chính</ins>' in page and "phiên bản 1" in page


def test_it_shows_a_corrected_figure_when_only_figures_changed(client_for, report, official_a, leader_a, clerk_a):
    report.values.update(value="97.5")
    report.progress.update(percent=40)
    client = client_for(official_a)
    correction = _sent_and_corrected(client, report, official_a, leader_a, clerk_a)
    correction.values.update(value="98.5")
    correction.progress.update(percent=60)
    page = client.get(reverse("reports:report_compare", args=[correction.pk])).content.decode()
    table = page[page.index('data-testid="changed-figures"') :]
    assert "Tỷ lệ hồ sơ đúng hạn (%)" in table and ">97,5</del>" in table and ">98,5</ins>" in table
    assert "Rà soát, đơn giản hóa thủ tục hành chính" in table and "60 %" in table


def _monthly_reports(duty, senders, clerk, leader, official, late_unit=None):
    for unit in senders:
        report = services.report_create(unit=unit, by=official, kind="monthly", year=2026, number_in_year=10, duty=duty)
        ReportSection.objects.filter(report=report, role="results").update(body=f"Kết quả của {unit.name}")
        report.values.update(value=10, evidence="Sổ theo dõi")
        services.report_submit(report=report, by=official)
        services.report_approve(report=report, by=leader)
        services.report_send(report=report, by=clerk)
        day = 12 if unit == late_unit else 5
        Report.objects.filter(pk=report.pk).update(
            sent_at=datetime.datetime(2026, 10, day, 2, tzinfo=datetime.timezone.utc)
        )


def test_it_consolidates_what_units_sent(client_for, subtree_duty, province, django_assert_max_num_queries):
    units = [OrgUnitFactory(parent=province, name=f"Sở thứ {n}") for n in range(3)]
    official, leader, clerk = UserFactory(), UserFactory(), UserFactory()
    for user, role in ((official, "official"), (leader, "leader"), (clerk, "clerk")):
        MembershipFactory(user=user, unit=province, role=role)
    _monthly_reports(subtree_duty, units[:2], clerk, leader, official, late_unit=units[1])
    receiver = MembershipFactory(unit=subtree_duty.recipient, role="official").user
    client = client_for(receiver)
    url = reverse("reports:consolidation", args=[subtree_duty.pk])
    with django_assert_max_num_queries(20):
        response = client.get(url, {"year": 2026, "number": 10})
    result = response.context["result"]
    assert set(result.received) == {units[0].pk, units[1].pk}
    assert result.late == {units[1].pk}
    assert units[2] in result.missing
    assert list(result.totals.values()) == [20]
    missing_official = MembershipFactory(unit=units[2], role="official").user
    client.post(f"{url}?year=2026&number=10", {"year": 2026, "number": 10, "remind": units[2].pk})
    reminder = Notification.objects.get(user=missing_official)
    assert reminder.url == reverse("reports:report_list") and subtree_duty.title[:40] in reminder.title
    client.post(url, {"year": 2026, "number": 10})
    upward = Report.objects.get(unit=subtree_duty.recipient)
    assert upward.sources.count() == 2
    assert "Kết quả của Sở thứ 0" in upward.sections.get(role="results").body
    assert upward.values.get().value == 20 and "báo cáo #" in upward.values.get().evidence


def test_it_keeps_consolidation_queries_flat_as_units_grow(client_for, subtree_duty, province):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    official, leader, clerk = UserFactory(), UserFactory(), UserFactory()
    for user, role in ((official, "official"), (leader, "leader"), (clerk, "clerk")):
        MembershipFactory(user=user, unit=province, role=role)
    receiver = MembershipFactory(unit=subtree_duty.recipient, role="official").user
    client = client_for(receiver)
    url = reverse("reports:consolidation", args=[subtree_duty.pk])
    counts = []
    for batch in (2, 12):
        _monthly_reports(subtree_duty, [OrgUnitFactory(parent=province) for _ in range(batch)], clerk, leader, official)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"year": 2026, "number": 10})
        counts.append(len(queries))
    assert len(response.context["result"].received) == 14
    assert counts[0] == counts[1], counts


def test_it_refuses_consolidation_to_others(client_for, official_a, subtree_duty):
    assert client_for(official_a).get(reverse("reports:consolidation", args=[subtree_duty.pk])).status_code == 404
    assert consolidation.can_consolidate(official_a, subtree_duty) is False


def test_it_fills_a_table_by_hand(client_for, official_a, report, viewer_a):
    from reports.models import ReportTable, TableTemplate

    template = TableTemplate.objects.create(
        name="Kết quả đơn giản hóa",
        code="thu",
        columns=[
            {"key": "ma", "label": "Mã TTHC"},
            {"key": "dung", "label": "Đúng hạn", "group": "Số hồ sơ"},
            {"key": "tre", "label": "Trễ hạn", "group": "Số hồ sơ"},
        ],
    )
    assert template.header_rows() == [[("Mã TTHC", 1, 2), ("Số hồ sơ", 2, 1)], [("Đúng hạn", 1, 1), ("Trễ hạn", 1, 1)]]
    client = client_for(official_a)
    client.post(reverse("reports:table_add", args=[report.pk]), {"template": template.pk})
    table = ReportTable.objects.get(report=report)
    url = reverse("reports:table_edit", args=[report.pk, table.pk])
    cells = {"r0c0": "1.001653.000.00.00.H08", "r0c1": "03", "r0c2": "0"}
    client.post(url, {"rows": 3, "title": "Bảng 1", "lock_version": 0, **cells})
    table.refresh_from_db()
    assert table.rows == [["1.001653.000.00.00.H08", "03", "0"]]
    assert "1.001653.000.00.00.H08" in client.get(report.get_absolute_url()).content.decode()
    assert client_for(viewer_a).get(url).status_code == 403


def test_it_lets_admins_edit_table_templates(admin_client):
    response = admin_client.post(
        reverse("admin:reports_tabletemplate_add"),
        {"name": "Bảng mới", "code": "bang-moi", "columns": '[{"key": "a", "label": "Cột A"}]'},
    )
    assert response.status_code == 302
    from reports.models import TableTemplate

    assert TableTemplate.objects.get(code="bang-moi").columns == [{"key": "a", "label": "Cột A"}]


def test_it_pins_the_report_list_and_page_query_counts(client_for, official_a, report, django_assert_max_num_queries):
    client = client_for(official_a)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("reports:report_list")).status_code == 200
    with django_assert_max_num_queries(20):
        assert client.get(report.get_absolute_url()).status_code == 200


def test_it_attaches_evidence_files_served_only_within_scope(
    client_for, official_a, official_b, report, settings, tmp_path
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from reports.models import Attachment

    settings.MEDIA_ROOT = tmp_path
    client = client_for(official_a)
    progress = report.progress.get()
    upload = SimpleUploadedFile("bien-ban-kiem-tra.pdf", b"%PDF-1.4 minh chung", content_type="application/pdf")
    client.post(reverse("reports:attachment_add", args=[report.pk]), {"file": upload, "progress": progress.pk})
    attachment = Attachment.objects.get()
    assert attachment.progress == progress
    url = reverse("reports:attachment_download", args=[report.pk, attachment.pk])
    assert b"".join(client.get(url).streaming_content) == b"%PDF-1.4 minh chung"
    assert client_for(official_b).get(url).status_code == 404


def test_it_takes_off_a_file_attached_by_mistake_while_the_report_is_a_draft(
    client_for, official_a, report, settings, tmp_path, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from reports.models import Attachment, Report

    settings.MEDIA_ROOT = tmp_path
    client = client_for(official_a)
    for name in ("nham-tep.pdf", "bien-ban.pdf"):
        upload = SimpleUploadedFile(name, b"%PDF-1.4", content_type="application/pdf")
        client.post(reverse("reports:attachment_add", args=[report.pk]), {"file": upload})
    wrong, kept = Attachment.objects.order_by("pk")
    editor = client.get(reverse("reports:report_edit", args=[report.pk])).content.decode()
    assert "Xóa tệp “nham-tep.pdf” khỏi báo cáo? Không thể hoàn tác." in editor
    path = wrong.file.path
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("reports:attachment_delete", args=[report.pk, wrong.pk]), HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and response.content == b""  # the list item goes, the page stays
    assert list(Attachment.objects.all()) == [kept]
    assert not (tmp_path / path).exists()

    Report.objects.filter(pk=report.pk).update(state=Report.State.SUBMITTED)
    refused = client.post(reverse("reports:attachment_delete", args=[report.pk, kept.pk]))
    assert refused.status_code == 403 and Attachment.objects.filter(pk=kept.pk).exists()


def test_it_says_when_a_filter_matches_no_report(client_for, official_a, report):
    client = client_for(official_a)
    page = client.get(reverse("reports:report_list"), {"state": "approved", "year": 2026}).content.decode()
    assert 'data-testid="no-match"' in page and "Đơn vị chưa có báo cáo nào" not in page
    assert 'data-testid="no-match"' not in client.get(reverse("reports:report_list")).content.decode()


def test_the_report_page_breadcrumb_ends_with_the_report_not_its_unit(client_for, official_a, report):
    page = client_for(official_a).get(report.get_absolute_url()).content.decode()
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page, re.S).group(1)
    assert crumbs.rstrip().endswith(f'aria-current="page">{report.title}</li>')


def test_submitting_a_report_with_empty_parts_asks_first_and_says_what_is_missing(client_for, official_a, report):
    client = client_for(official_a)
    page = client.get(report.get_absolute_url()).content.decode()
    gaps = re.search(r'data-testid="gaps">.*?: (.*?)\.</p>', page).group(1)
    assert "nhiệm vụ chưa ghi kết quả" in gaps and "chỉ tiêu chưa nhập số liệu" in gaps
    assert "Vẫn trình lãnh đạo duyệt?" in page

    report.sections.update(body="Đã triển khai.")
    report.progress.update(done="Hoàn thành rà soát.")
    report.values.update(value=99)
    page = client.get(report.get_absolute_url()).content.decode()
    assert 'data-testid="gaps"' not in page and "Vẫn trình lãnh đạo duyệt?" not in page
