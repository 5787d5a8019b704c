"""Import of one-stop exports: upsert by code, bad rows by line and column, all-or-nothing unless asked,
on SQLite and PostgreSQL alike (run with DATABASE_URL for the latter)."""

from datetime import date

import pytest
from django.db.models import ProtectedError

from portal.tabular import TableError
from tests.tthc.conftest import csv_upload, dossier_row
from tthc import imports
from tthc.imports import dossiers_import
from tthc.models import Dossier, DossierImport, MonthlyFigures

pytestmark = pytest.mark.django_db


def _rows():
    return [
        dossier_row(
            "000.00.53.H48-260105-0001",
            channel="2",
            completed_at="09/01/2026 10:00",
            fee="50000",
            fee_paid="1",
            paid_online="1",
            digitised="x",
        ),
        dossier_row("000.00.53.H48-260105-0002", procedure="1.001193.000.00.00.H08", channel="Trực tiếp"),
        dossier_row("000.00.53.H48-260105-0003", completed_at="2026-01-20 16:00:00", apology="Có"),
    ]


def test_it_imports_and_derives_due_dates_and_results(unit_a, procedures, official_a):
    result = dossiers_import(unit=unit_a, upload=csv_upload(_rows()), by=official_a)
    assert (result.ok, result.created, result.updated, result.rows) == (True, 3, 0, 3)
    first, second, third = Dossier.objects.order_by("code")
    # Received Monday 5/1/2026 08:30, 5 working days: Monday 12/1; resolved Friday 9/1, before due.
    assert (first.due_on, first.result, first.channel, first.processing_days) == (date(2026, 1, 12), "early", 2, 4)
    assert (second.due_on, second.result, second.completed_on) == (date(2026, 1, 8), "", None)
    assert (third.result, third.apology, first.digitised, first.paid_online) == ("late", True, True, True)
    assert first.source == result.record and result.record.state == DossierImport.State.DONE


def test_it_changes_nothing_when_the_same_file_comes_again(unit_a, procedures):
    dossiers_import(unit=unit_a, upload=csv_upload(_rows()))
    figures = sorted(MonthlyFigures.objects.values_list("month", "received_online", "resolved_early", "resolved_late"))
    again = dossiers_import(unit=unit_a, upload=csv_upload(_rows()))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert Dossier.objects.count() == 3
    assert (
        sorted(MonthlyFigures.objects.values_list("month", "received_online", "resolved_early", "resolved_late"))
        == figures
    )


def test_it_updates_the_changed_rows(unit_a, procedures):
    dossiers_import(unit=unit_a, upload=csv_upload(_rows()))
    rows = _rows()
    rows[1]["completed_at"] = "06/01/2026 09:00"
    result = dossiers_import(unit=unit_a, upload=csv_upload(rows))
    assert (result.created, result.updated) == (0, 1)
    assert Dossier.objects.get(code="000.00.53.H48-260105-0002").result == "early"
    january = MonthlyFigures.objects.get(procedure=procedures[1], month=202601)
    assert (january.received_in_person, january.resolved_early) == (1, 1)


def test_it_reports_bad_rows_by_line_and_column_and_writes_nothing(unit_a, procedures):
    rows = [*_rows(), dossier_row("X-1", procedure="9.999"), dossier_row("X-2", received_at="32/13/2026")]
    rows.append(dossier_row("000.00.53.H48-260105-0001"))
    result = dossiers_import(unit=unit_a, upload=csv_upload(rows))
    assert not result.ok and result.error_count == 3 and not result.written
    assert [(e["line"], e["column"]) for e in result.errors] == [(5, "Mã TTHC"), (6, "Ngày tiếp nhận"), (7, "Mã hồ sơ")]
    assert "9.999" in result.errors[0]["message"] and "lặp lại" in result.errors[2]["message"]
    assert Dossier.objects.count() == 0 and MonthlyFigures.objects.count() == 0
    assert result.record.state == DossierImport.State.CHECKED


def test_it_imports_without_the_bad_rows_only_when_asked(unit_a, procedures):
    rows = [*_rows(), dossier_row("X-1", procedure="9.999")]
    result = dossiers_import(unit=unit_a, upload=csv_upload(rows), skip_bad_rows=True)
    assert (result.created, result.error_count, result.record.skipped) == (3, 1, 1)
    assert not Dossier.objects.filter(code="X-1").exists()


def test_it_reads_a_saved_mapping_of_other_headers(unit_a, procedures):
    headers = {"code": "MaHoSo", "procedure": "MaTTHC", "received_at": "NgayTiepNhan", "channel": "KenhThucHien"}
    upload = csv_upload([dossier_row("A-1", channel="2")], headers=headers)
    result = dossiers_import(unit=unit_a, upload=upload, mapping=headers)
    assert result.ok and Dossier.objects.get().channel == 2


def test_it_names_missing_columns(unit_a, procedures):
    with pytest.raises(TableError, match="Mã TTHC"):
        dossiers_import(unit=unit_a, upload=csv_upload([{"code": "A", "received_at": "05/01/2026"}]))


def test_it_refuses_a_file_over_the_limit(unit_a, procedures, monkeypatch):
    monkeypatch.setattr(imports, "MAX_BYTES", 10)
    with pytest.raises(TableError, match="quá lớn"):
        dossiers_import(unit=unit_a, upload=csv_upload(_rows()))


def test_it_matches_receiving_units_inside_the_importing_unit_only(unit_a, unit_a1, unit_b, procedures):
    rows = [dossier_row("A-1", unit="Phòng Quản lý công nghệ"), dossier_row("A-2", unit="Sở Tư pháp")]
    result = dossiers_import(unit=unit_a, upload=csv_upload(rows))
    assert [(e["line"], e["column"]) for e in result.errors] == [(3, "Đơn vị tiếp nhận")]


def test_it_still_protects_procedures_and_units_that_dossiers_name(unit_a, procedures):
    # The keys are not database constraints (the import checks them), so Django's PROTECT is the guard.
    dossiers_import(unit=unit_a, upload=csv_upload(_rows()))
    with pytest.raises(ProtectedError):
        procedures[0].delete()
    with pytest.raises(ProtectedError):
        unit_a.delete()
