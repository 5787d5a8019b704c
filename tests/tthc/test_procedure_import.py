"""The procedure catalogue is uploaded on a page: bad rows named by line and column, nothing written then;
units named only inside the importing unit; officials only."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tthc.models import Procedure
from tthc.services import PROCEDURE_COLUMNS

pytestmark = pytest.mark.django_db


def _upload(*rows):
    lines = [",".join(PROCEDURE_COLUMNS[c] for c in ("code", "name", "field", "working_days", "online_level", "units"))]
    lines += [",".join(row) for row in rows]
    return SimpleUploadedFile("danh-muc.csv", "\n".join(lines).encode(), content_type="text/csv")


GOOD = ("1.001653.000.00.00.H08", "Đổi Giấy xác nhận khuyết tật", "Bảo trợ xã hội", "5", "Toàn trình", "")


def _post(client, unit, upload):
    return client.post(reverse("tthc:procedure_import", args=[unit.pk]), {"file": upload})


def test_it_imports_the_catalogue_for_the_unit(client_for, official_a, unit_a, unit_a1):
    second = ("1.001193.000.00.00.H08", "Đăng ký khai sinh", "Hộ tịch", "3", "", "Phòng Quản lý công nghệ")
    response = _post(client_for(official_a), unit_a, _upload(GOOD, second))
    assert response.status_code == 302 and f"don_vi={unit_a.pk}" in response.url
    birth, first = Procedure.objects.order_by("code")
    assert (birth.working_days, first.online_level) == (3, Procedure.OnlineLevel.FULL)
    assert list(birth.units.all()) == [unit_a1] and list(first.units.all()) == [unit_a]


def test_it_names_bad_rows_by_line_and_column_and_writes_nothing(client_for, official_a, unit_a, unit_b):
    bad_code = ("1.1653.H08", "Thủ tục sai mã", "", "5", "", "")
    outside = ("2.000889.000.00.00.H08", "Cấp giấy chứng nhận", "", "ba", "", unit_b.name)
    response = _post(client_for(official_a), unit_a, _upload(GOOD, bad_code, outside))
    assert response.status_code == 200 and not Procedure.objects.exists()
    errors = [(e["line"], e["column"]) for e in response.context["result"].errors]
    assert errors == [(3, "Mã TTHC"), (4, PROCEDURE_COLUMNS["working_days"]), (4, "Đơn vị thực hiện")]
    assert "Dòng" in response.text and "1.1653.H08" in response.text


def test_it_words_a_file_it_cannot_read(client_for, official_a, unit_a):
    upload = SimpleUploadedFile("danh-muc.pdf", b"%PDF-1.7")
    response = _post(client_for(official_a), unit_a, upload)
    assert response.status_code == 200 and response.context["form"].errors["file"]


def test_it_refuses_a_read_only_member(client_for, viewer_a, unit_a):
    assert client_for(viewer_a).get(reverse("tthc:procedure_import", args=[unit_a.pk])).status_code == 403
    assert _post(client_for(viewer_a), unit_a, _upload(GOOD)).status_code == 403
    assert not Procedure.objects.exists()


def test_it_checks_ownership(client_for, official_b, unit_a):
    assert client_for(official_b).get(reverse("tthc:procedure_import", args=[unit_a.pk])).status_code == 404


def test_it_refuses_working_days_out_of_range(client_for, official_a, unit_a):
    negative = ("1.001193.000.00.00.H08", "Đăng ký khai sinh", "Hộ tịch", "-3", "", "")
    too_long = ("2.000889.000.00.00.H08", "Cấp giấy chứng nhận", "", "70000", "", "")
    response = _post(client_for(official_a), unit_a, _upload(GOOD, negative, too_long))
    assert response.status_code == 200 and not Procedure.objects.exists()
    errors = [(e["line"], e["column"], e["message"]) for e in response.context["result"].errors]
    assert errors == [
        (3, PROCEDURE_COLUMNS["working_days"], "Thời hạn giải quyết không được là số âm."),
        (4, PROCEDURE_COLUMNS["working_days"], "Thời hạn giải quyết không được quá 365 ngày làm việc."),
    ]


def _upload_with(columns, *rows):
    lines = [",".join(PROCEDURE_COLUMNS[c] for c in columns)] + [",".join(row) for row in rows]
    return SimpleUploadedFile("danh-muc.csv", "\n".join(lines).encode(), content_type="text/csv")


def test_it_reads_only_the_levels_it_knows(client_for, official_a, unit_a):
    columns = ("code", "name", "level", "working_days")
    rows = [
        ("1.001653.000.00.00.H08", "Thủ tục cấp huyện", "Cấp huyện", "5"),
        ("1.001193.000.00.00.H08", "Thủ tục cấp bộ", '"Cấp bộ, trung ương"', "5"),
        ("2.000889.000.00.00.H08", "Thủ tục cấp xã", "", "5"),
        ("2.000890.000.00.00.H08", "Thủ tục lạ", "Huyện lị", "5"),
    ]
    response = _post(client_for(official_a), unit_a, _upload_with(columns, *rows))
    [error] = response.context["result"].errors
    assert (error["line"], error["column"]) == (5, "Cấp thực hiện") and "“Cấp xã”" in error["message"]
    response = _post(client_for(official_a), unit_a, _upload_with(columns, *rows[:3]))
    assert response.status_code == 302
    assert list(Procedure.objects.order_by("code").values_list("level", flat=True)) == [
        Procedure.Level.MINISTRY,
        Procedure.Level.DISTRICT,
        Procedure.Level.COMMUNE,
    ]


def test_it_finds_units_by_short_name_without_diacritics(client_for, official_a, unit_a, unit_a1):
    unit_a1.short_name = "Phòng QLCN"
    unit_a1.save()
    response = _post(client_for(official_a), unit_a, _upload(GOOD[:-1] + ("phong qlcn",)))
    assert response.status_code == 302
    assert list(Procedure.objects.get().units.all()) == [unit_a1]


def test_it_refuses_a_code_repeated_in_the_file(client_for, official_a, unit_a):
    again = GOOD[:1] + ("Tên khác", "", "7", "", "")
    response = _post(client_for(official_a), unit_a, _upload(GOOD, again))
    errors = [(e["line"], e["column"]) for e in response.context["result"].errors]
    assert errors == [(3, "Mã TTHC")] and not Procedure.objects.exists()
