"""“Điền từ số liệu TTHC” fills seed 001's tables and TTHC indicator values of a draft report, citing the import."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from plans.models import Indicator
from reports.models import IndicatorValue, Report, ReportTable, TableTemplate
from reports.tthc_fill import table_rows
from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import dossiers_import
from tthc.models import Delegation, Simplification, SystemProposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(unit_a, plan_a, procedures):
    report = Report.objects.create(
        unit=unit_a,
        kind=Report.Kind.HALF_YEAR,
        year=2026,
        title="Báo cáo TTHC",
        plan=plan_a,
        data_from=date(2026, 1, 1),
        data_to=date(2026, 6, 30),
    )
    for order, code in enumerate(["don-gian-hoa", "phan-cap-uy-quyen", "kien-nghi-phan-mem"]):
        ReportTable.objects.create(report=report, template=TableTemplate.objects.get(code=code), order=order)
    indicator = Indicator.objects.create(plan=plan_a, name="Tỷ lệ giải quyết hồ sơ TTHC đúng hạn từ 98% trở lên")
    IndicatorValue.objects.create(report=report, indicator=indicator)
    Simplification.objects.create(
        unit=unit_a,
        procedure=procedures[0],
        document="Quyết định số 4476/QĐ-UBND ngày 03/12/2023",
        time_cut="từ 05 ngày làm việc xuống còn 04 ngày",
        since=date(2026, 1, 6),
    )
    Delegation.objects.create(unit=unit_a, procedure=procedures[2], document="Quyết định số 55/2020/QĐ-UBND")
    SystemProposal.objects.create(
        unit=unit_a, audience="other", number="6", problem="Hệ thống thường xuyên lỗi.", proposal="Nâng cấp hệ thống."
    )
    rows = [
        dossier_row("D1", completed_at="07/01/2026 10:00"),
        dossier_row("D2", completed_at="14/01/2026 10:00"),
        dossier_row("D3", received_at="02/01/2026 08:00", completed_at="05/01/2026 10:00"),
        dossier_row("D4", procedure="2.000889.000.00.00.H08", completed_at="09/01/2026 10:00"),
    ]
    assert dossiers_import(unit=unit_a, upload=csv_upload(rows, name="motcua-2026.csv")).ok
    return report


def test_it_fills_the_tables_and_the_indicator_with_evidence(client_for, official_a, report):
    response = client_for(official_a).post(reverse("reports:report_fill_tthc", args=[report.pk]))
    assert response.status_code == 302
    simplified, delegated, proposals = report.tables.order_by("order")
    # Since 6/1/2026: D1 on time, D2 late; D3 was resolved before the measure applied.
    assert simplified.rows[0][1:4] == [
        "1.001653.000.00.00.H08",
        "Đổi, cấp lại Giấy xác nhận khuyết tật",
        "Quyết định số 4476/QĐ-UBND ngày 03/12/2023",
    ]
    assert simplified.rows[0][6:8] == ["1", "1"]
    assert delegated.rows[0][4:6] == ["1", "0"]
    assert proposals.rows == [
        ["I", "Các vướng mắc, bất cập khác", "", ""],
        ["6", "Hệ thống thường xuyên lỗi.", "Nâng cấp hệ thống.", ""],
    ]
    value = report.values.get()
    assert value.value == Decimal("75.00") and "motcua-2026.csv" in value.evidence and value.verified


def test_it_checks_ownership_and_the_role(client_for, official_b, viewer_a, report):
    url = reverse("reports:report_fill_tthc", args=[report.pk])
    assert client_for(official_b).post(url).status_code == 404
    assert client_for(viewer_a).post(url).status_code == 403


def test_a_report_with_no_period_counts_to_its_own_date(client_for, official_a, report):
    """As a correction of a report issued on 10/01/2026 with no data period: D2 (14/01) is after it."""
    Report.objects.filter(pk=report.pk).update(data_from=None, data_to=None, issued_on=date(2026, 1, 10))
    client_for(official_a).post(reverse("reports:report_fill_tthc", args=[report.pk]))
    simplified = report.tables.order_by("order").first()
    assert simplified.rows[0][6:8] == ["1", "0"]


def test_filling_values_makes_a_new_version_of_the_report(client_for, official_a, report):
    """An editor opened before the fill holds the old version: its save is then a conflict, not an overwrite."""
    before = report.lock_version
    client_for(official_a).post(reverse("reports:report_fill_tthc", args=[report.pk]))
    report.refresh_from_db()
    assert report.lock_version == before + 1


def test_it_groups_proposals_added_later_under_their_heading(unit_a, unit_a1):
    """Units add proposals on their registers page in any order; the table still has one heading per group."""
    SystemProposal.objects.create(unit=unit_a, audience="other", number="1", problem="Lỗi truy cập.", proposal="A")
    SystemProposal.objects.create(unit=unit_a1, audience="officials", number="1", problem="Gộp thủ tục.", proposal="B")
    SystemProposal.objects.create(unit=unit_a, audience="other", number="2", problem="Thống kê phí.", proposal="C")
    rows = table_rows("kien-nghi-phan-mem", unit_a, None)
    assert [row[:2] for row in rows] == [
        ["I", "Giao diện/tính năng/chức năng dành cho công chức, viên chức"],
        ["1", "Gộp thủ tục."],
        ["II", "Các vướng mắc, bất cập khác"],
        ["1", "Lỗi truy cập."],
        ["2", "Thống kê phí."],
    ]
