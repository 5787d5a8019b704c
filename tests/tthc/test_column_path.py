"""On PostgreSQL a CSV is read, checked and derived column by column; the row-by-row path (SQLite, Excel, files
polars refuses) must give the very same dossiers, figures and errors. Run with DATABASE_URL=postgres://… to
exercise both."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from tests.tthc.conftest import csv_upload, dossier_row
from tthc import columnar
from tthc.imports import dossiers_import
from tthc.models import Dossier, MonthlyFigures

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the column path is PostgreSQL's"),
]

EDGES = [
    # Friday before Tết 2025, received after the cut-off hour.
    dossier_row("E-1", received_at="24/01/2025 15:30", completed_at="10/02/2025 09:00", channel="Trực tuyến"),
    # The make-up Saturday 26/4/2025 counts; the time waiting for additions does not.
    dossier_row(
        "E-2",
        procedure="1.001193.000.00.00.H08",
        received_at="24/04/2025 08:00",
        additions="1",
        additions_requested_at="25/04/2025 10:00",
        additions_received_at="2025-05-06 09:00:00",
        completed_at="08/05/2025 16:00",
        fee="50.000đ",
        fee_paid="Có",
        paid_online="x",
    ),
    # A due date given by the file, two requests for additions: late whatever the dates.
    dossier_row(
        "E-3", due_on="20/03/2026", additions="2", completed_at="05/03/2026 09:00", unit="Phòng Quản lý công nghệ"
    ),
    # Open, national id alone, ISO reception time with an offset.
    dossier_row("E-4", procedure="2.000889", received_at="2026-03-02T23:30:00+00:00", digitised="không"),
]


def _snapshot():
    fields = [f.attname for f in Dossier._meta.concrete_fields if f.attname not in ("id", "source_id")]
    dossiers = sorted(Dossier.objects.values_list(*fields))
    figures = sorted(
        MonthlyFigures.objects.values_list("unit", "procedure", "month", "resolved_late", "overdue_started")
    )
    return dossiers, figures


def _row_path(monkeypatch):
    def refuse(*args):
        raise columnar.Refused("forced")

    monkeypatch.setattr(columnar, "read", refuse)


def test_it_derives_the_same_dossiers_as_the_row_path(unit_a, unit_a1, procedures, monkeypatch):
    assert dossiers_import(unit=unit_a, upload=csv_upload(EDGES)).created == 4
    in_columns = _snapshot()
    Dossier.objects.all().delete()
    MonthlyFigures.objects.all().delete()
    _row_path(monkeypatch)
    assert dossiers_import(unit=unit_a, upload=csv_upload(EDGES)).created == 4
    assert _snapshot() == in_columns


def test_it_words_bad_rows_like_the_row_path(unit_a, procedures, monkeypatch):
    rows = [
        *EDGES,
        dossier_row("B-1", received_at="29/02/2025 08:00", channel="fax"),
        dossier_row("B-2", completed_at="01/01/2026 08:00", digitised="có lẽ"),
        dossier_row("E-1"),
        dossier_row("", procedure="", unit="Sở Tư pháp", fee="-5"),
        dossier_row("B-3" * 20),
    ]
    in_columns = dossiers_import(unit=unit_a, upload=csv_upload(rows))
    _row_path(monkeypatch)
    by_rows = dossiers_import(unit=unit_a, upload=csv_upload(rows))
    found = (in_columns.rows, in_columns.error_count, in_columns.written)
    assert found == (by_rows.rows, by_rows.error_count, False) == (9, 5, False)
    assert sorted(map(tuple, (e.values() for e in in_columns.errors))) == sorted(
        map(tuple, (e.values() for e in by_rows.errors))
    )


def test_it_reads_cells_shaped_like_the_usual_format_as_the_row_path_does(unit_a, procedures, monkeypatch):
    # Cells shaped nearly like dd/mm/yyyy hh:mm: a vectorised parser could read them otherwise (the next
    # midnight, a time zone, a one-digit hour, a padded cell) or not at all.
    rows = [
        *EDGES,
        dossier_row("B-4", completed_at="05/01/2026 24:00"),
        dossier_row("B-5", submitted_at="05/01/2026 -8:30"),
        dossier_row("B-6", completed_at="05/01/2026 7:30 "),
        dossier_row("G-1", completed_at="20/01/2026", due_on="12/01/2026"),
    ]
    in_columns = dossiers_import(unit=unit_a, upload=csv_upload(rows), skip_bad_rows=True)
    written = _snapshot()
    Dossier.objects.all().delete()
    MonthlyFigures.objects.all().delete()
    _row_path(monkeypatch)
    by_rows = dossiers_import(unit=unit_a, upload=csv_upload(rows), skip_bad_rows=True)
    assert (in_columns.created, in_columns.error_count) == (by_rows.created, by_rows.error_count) == (5, 3)
    assert in_columns.errors == by_rows.errors
    assert _snapshot() == written


def test_it_falls_back_to_reading_rows_when_polars_refuses_the_file(unit_a, procedures):
    upload = csv_upload([dossier_row("R-1")])
    upload.file.seek(0, 2)
    upload.file.write(b"R-2,1.001653.000.00.00.H08,05/01/2026 08:30,extra\n")
    upload.file.seek(0)
    upload.size = len(upload.file.getvalue())
    result = dossiers_import(unit=unit_a, upload=upload)
    assert result.ok and result.created == 2


def test_blank_rows_keep_the_line_numbers_of_the_rows_after_them(unit_a, procedures, monkeypatch):
    upload = csv_upload([dossier_row("L-1"), dossier_row("L-2", received_at="31/04/2026 08:00")])
    body = upload.file.getvalue().decode().splitlines()
    upload = csv_upload([])
    upload.file = io.BytesIO("\n".join([body[0], body[1], "", " , , ", body[2], ""]).encode())
    upload.size = len(upload.file.getvalue())

    in_columns = dossiers_import(unit=unit_a, upload=upload)
    _row_path(monkeypatch)
    upload.file.seek(0)
    by_rows = dossiers_import(unit=unit_a, upload=upload)

    assert in_columns.errors == by_rows.errors
    assert {(e["line"], e["column"]) for e in in_columns.errors} >= {(4, "Mã hồ sơ"), (5, "Ngày tiếp nhận")}
    assert in_columns.rows == by_rows.rows == 3


def test_a_spreadsheet_export_reads_as_the_row_path_reads_it(unit_a, unit_a1, procedures, monkeypatch):
    # As Excel saves a CSV for Vietnamese settings: a byte-order mark, semicolons, CRLF, quoted cells holding
    # the separator or a line break, the unit written without diacritics, and a column the mapping ignores.
    text = (
        "\ufeffMã hồ sơ;Ghi chú;Mã TTHC;Đơn vị tiếp nhận;Ngày tiếp nhận;Ngày có kết quả;Phí, lệ phí\r\n"
        'X-1;"chờ bổ sung; gọi lại";1.001653.000.00.00.H08;phong quan ly cong nghe;05/01/2026 08:30;'
        '07/01/2026 10:00;"50.000"\r\n'
        'X-2;"dòng một\r\ndòng hai";1.001193.000.00.00.H08;;05/01/2026 16:10;;0\r\n'
        "X-3;;1.001193.000.00.00.H08;Sở Khoa học và Công nghệ;06/01/2026 7:05;;0\r\n"
    )

    def upload():
        return SimpleUploadedFile("excel.csv", text.encode("utf-8"), content_type="text/csv")

    in_columns = dossiers_import(unit=unit_a, upload=upload())
    written = _snapshot()
    Dossier.objects.all().delete()
    MonthlyFigures.objects.all().delete()
    _row_path(monkeypatch)
    by_rows = dossiers_import(unit=unit_a, upload=upload())

    assert (in_columns.created, in_columns.errors) == (by_rows.created, by_rows.errors) == (3, [])
    assert _snapshot() == written
    assert Dossier.objects.get(code="X-1").unit == unit_a1 and Dossier.objects.get(code="X-1").fee == 50000
