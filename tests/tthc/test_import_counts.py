"""An import's counts are written as Vietnamese write numbers, thousands grouped: a commune's export runs to
tens of thousands of rows ("Đã nhập 20.000 dòng", not "20000")."""

import pytest
from django.urls import reverse

from tests.tthc.conftest import synthetic_upload
from tthc.models import DossierImport

pytestmark = pytest.mark.django_db


def _record(unit, **values):
    return DossierImport.objects.create(unit=unit, file_name="hoso.csv", **values)


def test_the_result_of_a_large_import_groups_thousands(client_for, official_a, unit_a):
    done = _record(unit_a, state=DossierImport.State.DONE, rows=20000, created=18500, updated=1500)
    page = client_for(official_a).get(reverse("tthc:upload_status", args=[done.pk])).content.decode()
    assert "Đã nhập 20.000 dòng: 18.500 hồ sơ mới, 1.500 cập nhật, 0 dòng lỗi." in page


def test_a_file_with_bad_rows_groups_thousands_too(client_for, official_a, unit_a):
    checked = _record(unit_a, state=DossierImport.State.CHECKED, rows=20000, bad_rows=1200)
    client = client_for(official_a)
    page = client.get(reverse("tthc:upload_status", args=[checked.pk])).content.decode()
    assert "Tệp có 1.200/20.000 dòng lỗi; chưa ghi dòng nào." in page
    history = client.get(reverse("tthc:upload", args=[unit_a.pk])).content.decode()
    assert '<td class="text-end">20.000</td>' in history


def test_an_import_in_the_request_says_its_counts_grouped(client_for, official_a, unit_a, procedures):
    upload = synthetic_upload(1200, 1, [unit_a.name])
    response = client_for(official_a).post(reverse("tthc:upload", args=[unit_a.pk]), {"file": upload}, follow=True)
    assert "Đã nhập 1.200 dòng: 1.200 hồ sơ mới, 0 cập nhật, 0 dòng lỗi." in response.content.decode()
