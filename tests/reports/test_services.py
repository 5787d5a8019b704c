import datetime

import pytest
from django.core.exceptions import PermissionDenied

from plans.models import Occurrence
from reports import services
from reports.models import IndicatorValue, Report, TaskProgress


def test_it_prefills_a_report_from_its_duty(report, duty, unit_b):
    assert (report.data_from, report.data_to) == (datetime.date(2026, 3, 15), datetime.date(2026, 6, 14))
    assert report.recipient == unit_b
    assert report.title == "Kết quả thực hiện Kế hoạch cải cách hành chính quý 2 năm 2026"
    assert [s.title for s in report.sections.filter(parent=None)] == [
        "KẾT QUẢ THỰC HIỆN",
        "ĐÁNH GIÁ CHUNG",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
        "KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    assert report.sections.get(role="weaknesses").parent.title == "ĐÁNH GIÁ CHUNG"
    assert report.progress.get().task.content == "Rà soát, đơn giản hóa thủ tục hành chính"
    assert report.values.get().indicator.name == "Tỷ lệ hồ sơ đúng hạn"


def test_it_judges_values_against_the_target_and_counts_unverified_apart(report):
    value = report.values.get()
    value.value = 98.5
    assert value.achieved() is True and not value.verified
    value.evidence = "Số liệu Hệ thống thông tin giải quyết TTHC của tỉnh, trích xuất ngày 15/6/2026"
    assert value.verified
    value.value = 97
    assert value.achieved() is False


def test_it_walks_the_workflow_and_closes_the_deadline(report, official_a, leader_a, clerk_a, receiver_b):
    with pytest.raises(PermissionDenied):
        services.report_approve(report=report, by=official_a)
    services.report_submit(report=report, by=official_a)
    services.report_approve(report=report, by=leader_a, comment="Đồng ý")
    with pytest.raises(PermissionDenied):
        services.report_send(report=report, by=official_a)
    services.report_send(report=report, by=clerk_a)
    occurrence = Occurrence.objects.get(pk=report.occurrence_id)
    assert occurrence.done_on is not None
    with pytest.raises(ValueError, match="ghi rõ ý kiến"):
        services.report_receive(report=report, by=receiver_b, accept=False, comment=" ")
    services.report_receive(report=report, by=receiver_b, accept=False, comment="Bổ sung số liệu quý 2.")
    report.refresh_from_db()
    assert report.state == Report.State.RETURNED and report.is_editable
    assert [(t.from_state, t.to_state) for t in report.transitions.all()] == [
        ("draft", "submitted"),
        ("submitted", "approved"),
        ("approved", "sent"),
        ("sent", "returned"),
    ]


def test_it_refuses_to_save_over_someone_elses_changes(report, official_a):
    from reports.forms import SectionFormSet

    section = report.sections.get(role="results")
    data = {
        "sections-TOTAL_FORMS": 1,
        "sections-INITIAL_FORMS": 1,
        "sections-0-id": section.pk,
        "sections-0-body": "Bản của người thứ nhất",
    }
    first = SectionFormSet(data, instance=report, prefix="sections", queryset=report.sections.filter(pk=section.pk))
    assert first.is_valid()
    services.report_save(report=report, lock_version=0, by=official_a, forms=[first])
    second = SectionFormSet(
        {**data, "sections-0-body": "Bản của người thứ hai"},
        instance=report,
        prefix="sections",
        queryset=report.sections.filter(pk=section.pk),
    )
    assert second.is_valid()
    with pytest.raises(services.Conflict) as error:
        services.report_save(report=report, lock_version=0, by=official_a, forms=[second])
    assert error.value.current.lock_version == 1
    section.refresh_from_db()
    assert section.body == "Bản của người thứ nhất"


def test_it_freezes_sent_reports_and_corrects_them_as_new_versions(report, official_a, leader_a, clerk_a):
    services.report_submit(report=report, by=official_a)
    services.report_approve(report=report, by=leader_a)
    services.report_send(report=report, by=clerk_a)
    with pytest.raises(PermissionDenied):
        services.report_save(report=report, lock_version=report.lock_version, by=official_a, forms=[])
    correction = services.report_correct(report=report, by=official_a)
    assert (correction.version, correction.previous, correction.state) == (2, report, Report.State.DRAFT)
    assert correction.sections.count() == report.sections.count()
    assert TaskProgress.objects.filter(report=correction).count() == 1
    assert IndicatorValue.objects.filter(report=correction).count() == 1
    report.refresh_from_db()
    assert report.state == Report.State.SENT
