"""TTHC pages: scope (outsider 404, read-only 403 on the import), fixed query counts, Excel exports."""

import io
import re

import openpyxl
import pytest
from django.urls import reverse

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import dossiers_import
from tthc.models import Dossier, ImportSource, UnitMonthFigures

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossiers(unit_a, unit_a1, procedures):
    rows = [
        dossier_row("D1", channel="2", completed_at="07/01/2026 10:00"),
        dossier_row("D2", completed_at="14/01/2026 10:00", apology="1", code_note="x"),
        dossier_row("=HYPERLINK(1)", procedure="1.001193.000.00.00.H08", received_at="05/01/2026 08:00"),
    ]
    for row in rows:
        row.pop("code_note", None)
    assert dossiers_import(unit=unit_a, upload=csv_upload(rows)).ok


def _sheet(response):
    return list(openpyxl.load_workbook(io.BytesIO(response.content)).active.values)


@pytest.mark.parametrize("name", ["tthc:months", "tthc:late_list", "tthc:score_766", "tthc:upload"])
def test_it_checks_ownership(client_for, official_b, unit_a, name):
    assert client_for(official_b).get(reverse(name, args=[unit_a.pk])).status_code == 404


def test_it_refuses_the_import_to_a_read_only_member(client_for, viewer_a, unit_a):
    assert client_for(viewer_a).get(reverse("tthc:upload", args=[unit_a.pk])).status_code == 403
    response = client_for(viewer_a).post(reverse("tthc:upload", args=[unit_a.pk]), {})
    assert response.status_code == 403


def test_it_shows_a_units_months_in_a_fixed_number_of_queries(
    client_for, viewer_a, unit_a, dossiers, django_assert_max_num_queries
):
    client = client_for(viewer_a)
    url = reverse("tthc:months", args=[unit_a.pk]) + "?nam=2026"
    with django_assert_max_num_queries(11) as queries:
        response = client.get(url)
    assert response.status_code == 200 and "Tháng 1" in response.text
    # Unfiltered, the page reads the unit × month rollup, never the per-procedure one.
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "tthc_unitmonthfigures" in sql and "tthc_monthlyfigures" not in sql
    assert response.context["total"].received_new == 3
    rows = _sheet(client.get(url + "&format=xlsx"))
    assert rows[0][0] == "Tháng" and rows[1][2] == 1 and rows[-1][0] == "Cả năm 2026"


def test_it_lists_late_dossiers_with_the_apology_flag_and_neutralises_formulas(client_for, viewer_a, unit_a, dossiers):
    client = client_for(viewer_a)
    url = reverse("tthc:late_list", args=[unit_a.pk]) + "?nam=2026"
    response = client.get(url)
    assert [d.code for d in response.context["object_list"]] == ["=HYPERLINK(1)", "D2"]
    assert "Đã gửi" in response.text
    rows = _sheet(client.get(url + "&format=xlsx"))
    assert rows[1][0] == "'=HYPERLINK(1)" and rows[2][-1] == "Có"
    chua = client.get(url + "&thu_xin_loi=chua")
    assert [d.code for d in chua.context["object_list"]] == ["=HYPERLINK(1)"]


def test_it_marks_the_late_lists_filter_in_use_and_counts_both(client_for, viewer_a, unit_a, dossiers):
    url = reverse("tthc:late_list", args=[unit_a.pk]) + "?nam=2026"
    for query, active in [("", "Tất cả"), ("&thu_xin_loi=chua", "Chỉ hồ sơ chưa có thư xin lỗi")]:
        page = client_for(viewer_a).get(url + query).text
        filters = page[page.index('data-testid="late-filters"') : page.index("</nav>", page.index("late-filters"))]
        [current] = re.findall(r'aria-current="page">([^<]+)<', filters)
        assert current.strip() == active
        counts = re.findall(r'<span class="badge text-bg-light">(\d+)</span>', filters)
        assert counts == ["2", "1"]  # two late, one of them without an apology letter


def test_it_searches_procedures_without_diacritics(
    client_for, viewer_a, unit_a, dossiers, django_assert_max_num_queries
):
    client = client_for(viewer_a)
    url = reverse("tthc:procedure_list") + f"?don_vi={unit_a.pk}&nam=2026&q=xac+nhan+khuyet+tat"
    with django_assert_max_num_queries(11):
        response = client.get(url)
    [procedure] = response.context["object_list"]
    assert (procedure.code, procedure.received, procedure.late) == ("1.001653.000.00.00.H08", 2, 1)
    rows = _sheet(client.get(url + "&format=xlsx"))
    assert rows[1][0] == "1.001653.000.00.00.H08" and rows[1][-1] == 1


def test_it_scores_766(client_for, viewer_a, unit_a, dossiers):
    response = client_for(viewer_a).get(reverse("tthc:score_766", args=[unit_a.pk]) + "?nam=2026")
    assert response.status_code == 200 and "Tiến độ, kết quả giải quyết" in response.text
    assert len(_sheet(client_for(viewer_a).get(response.request["PATH_INFO"] + "?nam=2026&format=xlsx"))) == 19


def test_it_keeps_the_typed_mapping_when_the_file_has_errors(client_for, official_a, unit_a, procedures):
    upload = csv_upload(
        [dossier_row("A-1", procedure="9.9")],
        headers={"code": "MaHoSo", "procedure": "Mã TTHC", "received_at": "Ngày tiếp nhận"},
    )
    data = {"file": upload, "source": "Một cửa tỉnh", "col_code": "MaHoSo", "save_mapping": "on"}
    response = client_for(official_a).post(reverse("tthc:upload", args=[unit_a.pk]), data)
    assert response.status_code == 200 and Dossier.objects.count() == 0
    assert 'value="MaHoSo"' in response.text and "9.9" in response.text
    assert ImportSource.objects.get().mapping["code"] == "MaHoSo"


def test_it_imports_and_goes_to_the_figures_of_the_year_it_brought(client_for, official_a, unit_a, procedures):
    rows = [dossier_row("A-1", received_at="15/03/2019 08:00"), dossier_row("A-2", received_at="02/12/2020 09:00")]
    response = client_for(official_a).post(reverse("tthc:upload", args=[unit_a.pk]), {"file": csv_upload(rows)})
    assert response.status_code == 302 and Dossier.objects.count() == 2
    assert response["Location"] == reverse("tthc:months", args=[unit_a.pk]) + "?nam=2020"


def test_it_groups_thousands_as_vietnamese_write_them(client_for, viewer_a, unit_a, settings):
    """ "1.250" in Vietnamese, "1,250" in English: Django's vi formats set no grouping, so counts read 1250."""
    UnitMonthFigures.objects.create(unit=unit_a, month=202603, received_online=1250, resolved_on_time=1100)
    url = reverse("tthc:months", args=[unit_a.pk]) + "?nam=2026"
    page = client_for(viewer_a).get(url).text
    assert '<div class="fs-4" data-testid="received">1.250</div>' in page
    assert '<td class="text-end">1.100</td>' in page
    settings.LANGUAGE_CODE = "en"
    assert 'data-testid="received">1,250</div>' in client_for(viewer_a).get(url).text
