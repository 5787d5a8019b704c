import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tthc import synthetic
from tthc.dossiers import COLUMNS
from tthc.models import Procedure


@pytest.fixture
def procedures(unit_a, unit_a1):
    """Three procedures of unit A: 5 working days (online, with a fee), 3 days, and 15 days."""
    made = [
        Procedure.objects.create(
            code="1.001653.000.00.00.H08",
            name="Đổi, cấp lại Giấy xác nhận khuyết tật",
            field="Bảo trợ xã hội",
            working_days=5,
            online_level=Procedure.OnlineLevel.FULL,
            has_fee=True,
        ),
        Procedure.objects.create(
            code="1.001193.000.00.00.H08", name="Đăng ký khai sinh", field="Hộ tịch", working_days=3
        ),
        Procedure.objects.create(
            code="2.000889.000.00.00.H08",
            name="Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            field="An toàn thực phẩm",
            working_days=15,
            online_level=Procedure.OnlineLevel.PARTIAL,
        ),
    ]
    for procedure in made:
        procedure.units.add(unit_a, unit_a1)
    return made


def csv_upload(rows, name="hoso.csv", headers=None):
    """A CSV upload with Vietnamese headers; `rows` are dicts keyed by field name."""
    headers = headers or COLUMNS
    fields = list(dict.fromkeys(k for row in rows for k in row)) or ["code"]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([headers[f] for f in fields])
    for row in rows:
        writer.writerow([row.get(f, "") for f in fields])
    return SimpleUploadedFile(name, buffer.getvalue().encode("utf-8"), content_type="text/csv")


def dossier_row(code, procedure="1.001653.000.00.00.H08", **fields):
    return {"code": code, "procedure": procedure, "received_at": "05/01/2026 08:30", **fields}


def synthetic_upload(count, seed, units):
    """`count` synthetic dossiers of the fixture's procedures received by `units` (names) in 2025."""
    buffer = io.StringIO()
    procedures = [("1.001653.000.00.00.H08", 5, True), ("1.001193.000.00.00.H08", 3, False)]
    procedures.append(("2.000889.000.00.00.H08", 15, False))
    synthetic.write(buffer, count, units, procedures, 2025, seed=seed)
    return SimpleUploadedFile("tonghop.csv", buffer.getvalue().encode())
