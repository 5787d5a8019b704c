"""A report that moved on (submitted, approved, sent) while someone still had its editor open: their save is
refused with the reason and what they typed is shown back, not a bare 403 page; a link to the editor of such a
report opens the report itself and says why."""

import pytest
from django.urls import reverse

from reports.models import Report, ReportTable, TableTemplate
from tests.reports.test_views import _form_data

TYPED = "Đã rà soát 12 thủ tục hành chính, đề xuất đơn giản hóa 3 thủ tục."


def _move(report, state):
    Report.objects.filter(pk=report.pk).update(state=state)


@pytest.mark.parametrize(
    ("state", "hint"),
    [
        (Report.State.SUBMITTED, "Yêu cầu sửa"),
        (Report.State.APPROVED, "chỉ còn chờ gửi"),
        (Report.State.SENT, "tạo bản đính chính"),
    ],
)
def test_it_shows_back_what_was_typed_when_the_report_moved_on(client_for, official_a, report, state, hint):
    data = _form_data(report)
    section = report.sections.order_by("order", "pk").first()
    data["sections-0-body"] = TYPED
    _move(report, state)
    response = client_for(official_a).post(reverse("reports:report_edit", args=[report.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200 and 'data-testid="locked"' in page
    assert hint in page and TYPED in page
    assert 'id="autosave"' not in page and ">Lưu</button>" not in page
    section.refresh_from_db()
    assert section.body != TYPED


def test_it_tells_the_autosave_why_it_did_not_save(client_for, official_a, report):
    data = {**_form_data(report), "sections-0-body": TYPED}
    _move(report, Report.State.SUBMITTED)
    url = reverse("reports:report_edit", args=[report.pk])
    response = client_for(official_a).post(url, data, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200 and 'data-testid="autosave-locked"' in page and "Chờ lãnh đạo duyệt" in page
    assert not report.sections.filter(body=TYPED).exists()


def test_it_opens_the_report_from_a_link_to_the_editor_of_a_submitted_one(client_for, official_a, report):
    _move(report, Report.State.SUBMITTED)
    response = client_for(official_a).get(reverse("reports:report_edit", args=[report.pk]), follow=True)
    assert response.redirect_chain == [(report.get_absolute_url(), 302)]
    assert "nên không sửa được" in response.content.decode()


def test_it_keeps_the_typed_cells_of_a_table_of_a_submitted_report(client_for, official_a, report):
    template = TableTemplate.objects.create(
        name="Kết quả giải quyết hồ sơ", code="ket-qua", columns=[{"key": "ma", "label": "Mã TTHC"}]
    )
    table = ReportTable.objects.create(report=report, template=template, title="Bảng 1", rows=[["1.001"]])
    url = reverse("reports:table_edit", args=[report.pk, table.pk])
    _move(report, Report.State.SUBMITTED)
    data = {"rows": 2, "title": "Bảng 1", "lock_version": table.lock_version, "r0c0": "1.001", "r1c0": "2.002653"}
    response = client_for(official_a).post(url, data)
    page = response.content.decode()
    assert response.status_code == 200 and 'data-testid="locked"' in page and 'value="2.002653"' in page
    assert ">Lưu bảng</button>" not in page
    table.refresh_from_db()
    assert table.rows == [["1.001"]]
    deleted = client_for(official_a).post(url, {**data, "delete": "1"})
    assert deleted.status_code == 403 and "Chờ lãnh đạo duyệt" in deleted.content.decode()
    assert ReportTable.objects.filter(pk=table.pk).exists()


def test_it_says_why_a_sent_report_cannot_be_filled_from_tthc_figures(client_for, official_a, report):
    _move(report, Report.State.SENT)
    response = client_for(official_a).post(reverse("reports:report_fill_tthc", args=[report.pk]))
    assert response.status_code == 403 and "tạo bản đính chính" in response.content.decode()
