"""A unit's TTHC registers (seed 001's tables): the page lists the lines of the unit and the units below it and
exports them; officials add, edit and delete lines, read-only members only look, other units see nothing."""

import io

import openpyxl
import pytest
from django.urls import reverse

from portal.models import AuditEntry
from tthc.models import Delegation, LinkedGroup, Procedure, Simplification, SystemProposal

pytestmark = pytest.mark.django_db

KHUYET_TAT = "1.001653.000.00.00.H08 – Đổi, cấp lại Giấy xác nhận khuyết tật"


@pytest.fixture
def entries(unit_a, unit_a1, unit_b, procedures):
    """A line in each register of unit A, one of the division below it, one of unit B."""
    made = {
        "own": Simplification.objects.create(
            unit=unit_a, procedure=procedures[0], document="Quyết định số 4476/QĐ-UBND", time_cut="05 xuống 04 ngày"
        ),
        "below": Simplification.objects.create(
            unit=unit_a1, procedure=procedures[1], document="Quyết định số 12/QĐ-UBND của phòng"
        ),
        "other": Simplification.objects.create(unit=unit_b, document="Quyết định số 99/QĐ-UBND của Sở Tư pháp"),
    }
    LinkedGroup.objects.create(unit=unit_a, document="Quyết định số 7/2025/QĐ-UBND liên thông", group_count=4)
    Delegation.objects.create(unit=unit_a1, procedure=procedures[2], document="Quyết định số 55/2020/QĐ-UBND")
    SystemProposal.objects.create(unit=unit_a, audience="other", problem="Hệ thống hay lỗi.", proposal="Nâng cấp.")
    return made


def _url(name, *args):
    return reverse(f"tthc:{name}", args=args)


def _simplification(**fields):
    return {"procedure": KHUYET_TAT, "document": "Quyết định số 1/QĐ-UBND", "days_before": "5", **fields}


def test_it_lists_the_unit_and_the_units_below_it(client_for, viewer_a, unit_a, entries):
    response = client_for(viewer_a).get(_url("registers", unit_a.pk))
    assert response.status_code == 200
    assert "Quyết định số 4476/QĐ-UBND" in response.text and "Quyết định số 12/QĐ-UBND của phòng" in response.text
    assert "Sở Tư pháp" not in response.text
    assert "Quyết định số 7/2025/QĐ-UBND liên thông" in response.text and "Hệ thống hay lỗi." in response.text


def test_it_shows_empty_registers_as_such(client_for, official_a, unit_a):
    response = client_for(official_a).get(_url("registers", unit_a.pk))
    assert response.text.count("Sổ chưa có dòng nào.") == 6


def test_it_lists_in_a_fixed_number_of_queries(
    client_for, official_a, unit_a, unit_a1, entries, procedures, django_assert_max_num_queries
):
    for n in range(10):
        Simplification.objects.create(unit=unit_a1, procedure=procedures[n % 3], document=f"Quyết định số {n}")
        SystemProposal.objects.create(unit=unit_a1, audience="citizens", problem=f"Lỗi {n}", proposal="Sửa.")
    client = client_for(official_a)
    with django_assert_max_num_queries(10):
        response = client.get(_url("registers", unit_a.pk))
    assert response.text.count("Quyết định số ") >= 14


def test_it_answers_404_to_another_unit(client_for, official_b, unit_a, entries):
    client = client_for(official_b)
    own = entries["own"]
    assert client.get(_url("registers", unit_a.pk)).status_code == 404
    assert client.get(_url("register_create", unit_a.pk, "don-gian-hoa")).status_code == 404
    assert client.get(_url("register_update", "don-gian-hoa", own.pk)).status_code == 404
    assert client.post(_url("register_delete", "don-gian-hoa", own.pk)).status_code == 404
    assert client.get(_url("procedure_options", unit_a.pk)).status_code == 404
    assert Simplification.objects.filter(pk=own.pk).exists()


def test_it_answers_403_to_a_read_only_member(client_for, viewer_a, unit_a, entries):
    client = client_for(viewer_a)
    own = entries["own"]
    assert client.get(_url("register_create", unit_a.pk, "don-gian-hoa")).status_code == 403
    assert client.post(_url("register_create", unit_a.pk, "don-gian-hoa"), _simplification()).status_code == 403
    assert client.get(_url("register_update", "don-gian-hoa", own.pk)).status_code == 403
    assert client.post(_url("register_update", "don-gian-hoa", own.pk), _simplification()).status_code == 403
    assert client.post(_url("register_delete", "don-gian-hoa", own.pk)).status_code == 403
    assert Simplification.objects.filter(unit=unit_a).count() == 1


def test_it_offers_no_buttons_to_a_read_only_member(client_for, viewer_a, official_a, unit_a, entries):
    create = _url("register_create", unit_a.pk, "don-gian-hoa")
    edit = _url("register_update", "don-gian-hoa", entries["own"].pk)
    seen = client_for(viewer_a).get(_url("registers", unit_a.pk)).text
    assert create not in seen and edit not in seen
    seen = client_for(official_a).get(_url("registers", unit_a.pk)).text
    assert create in seen and edit in seen


def test_it_answers_404_to_an_unknown_register(client_for, official_a, unit_a):
    assert client_for(official_a).get(_url("register_create", unit_a.pk, "khong-co")).status_code == 404


def test_it_creates_a_line_last_in_its_register(client_for, official_a, unit_a, entries):
    url = _url("register_create", unit_a.pk, "don-gian-hoa")
    response = client_for(official_a).post(url, _simplification(days_after="4", since="2026-01-06"))
    assert response.status_code == 302 and response["Location"].endswith("#don-gian-hoa")
    line = Simplification.objects.get(document="Quyết định số 1/QĐ-UBND")
    assert (line.unit, line.procedure.code, line.days_after, line.order) == (unit_a, KHUYET_TAT[:22], 4, 1)
    assert AuditEntry.objects.filter(action="tthc.simplification.created", object_id=str(line.pk)).exists()


def test_it_creates_a_proposal(client_for, official_a, unit_a):
    data = {"audience": "citizens", "number": "1", "problem": "Kho chỉ hiện 10 giấy tờ.", "proposal": "Mở thêm."}
    response = client_for(official_a).post(_url("register_create", unit_a.pk, "kien-nghi-phan-mem"), data)
    assert response.status_code == 302
    assert SystemProposal.objects.get(unit=unit_a).problem == "Kho chỉ hiện 10 giấy tờ."


def test_it_edits_a_line_of_a_unit_below_and_goes_back_to_the_page_it_came_from(
    client_for, official_a, unit_a, entries
):
    below = entries["below"]
    back = _url("registers", unit_a.pk)
    url = _url("register_update", "don-gian-hoa", below.pk) + f"?next={back}"
    client = client_for(official_a)
    form = client.get(url)
    assert "1.001193.000.00.00.H08 – Đăng ký khai sinh" in form.text  # the procedure as it was picked
    response = client.post(url, _simplification(procedure="1.001193.000.00.00.H08", document="Quyết định số 13"))
    assert response["Location"] == f"{back}#don-gian-hoa"
    below.refresh_from_db()
    assert below.document == "Quyết định số 13" and below.unit_id == entries["below"].unit_id
    entry = AuditEntry.objects.get(action="tthc.simplification.changed")
    assert "document" in entry.data["fields"]


def test_it_does_not_go_back_to_another_site(client_for, official_a, unit_a, entries):
    url = _url("register_update", "don-gian-hoa", entries["own"].pk)
    response = client_for(official_a).post(url, {**_simplification(), "next": "https://example.com/"})
    assert response["Location"] == _url("registers", unit_a.pk) + "#don-gian-hoa"


def test_it_asks_before_deleting(client_for, official_a, entries):
    client = client_for(official_a)
    own = entries["own"]
    url = _url("register_delete", "don-gian-hoa", own.pk)
    page = client.get(url)
    assert page.status_code == 200 and "Quyết định số 4476/QĐ-UBND" in page.text
    assert Simplification.objects.filter(pk=own.pk).exists()
    assert client.post(url).status_code == 302
    assert not Simplification.objects.filter(pk=own.pk).exists()
    assert AuditEntry.objects.filter(action="tthc.simplification.deleted", object_id=str(own.pk)).exists()


def test_it_keeps_what_was_typed_when_the_form_fails(client_for, official_a, unit_a, procedures):
    data = _simplification(procedure="9.999999 thủ tục lạ", time_cut="Giảm một ngày làm việc", days_after="7")
    response = client_for(official_a).post(_url("register_create", unit_a.pk, "don-gian-hoa"), data)
    assert response.status_code == 200 and not Simplification.objects.exists()
    assert "Giảm một ngày làm việc" in response.text and 'value="9.999999 thủ tục lạ"' in response.text
    assert "Đơn vị không thực hiện thủ tục “9.999999 thủ tục lạ”" in response.text
    assert "Số ngày sau khi cắt giảm phải ít hơn số ngày trước khi cắt giảm." in response.text
    assert "Chưa lưu được" in response.text


def test_it_refuses_a_procedure_the_unit_does_not_apply(client_for, official_a, unit_a, unit_b, procedures):
    Procedure.objects.create(code="1.000903.000.00.00.H08", name="Cấp giấy phép kinh doanh Karaoke").units.add(unit_b)
    data = _simplification(procedure="1.000903.000.00.00.H08")
    response = client_for(official_a).post(_url("register_create", unit_a.pk, "don-gian-hoa"), data)
    assert response.status_code == 200 and not Simplification.objects.exists()


def test_it_requires_the_deciding_text(client_for, official_a, unit_a, procedures):
    response = client_for(official_a).post(_url("register_create", unit_a.pk, "don-gian-hoa"), {"procedure": ""})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"procedure", "document"}


def test_it_suggests_the_units_procedures_without_diacritics(client_for, viewer_a, unit_a, unit_b, procedures):
    Procedure.objects.create(code="1.000904.000.00.00.H08", name="Đăng ký khai tử").units.add(unit_b)
    client = client_for(viewer_a)
    options = client.get(_url("procedure_options", unit_a.pk), {"procedure": "dang ky khai"}).text
    assert "1.001193.000.00.00.H08 – Đăng ký khai sinh" in options and "khai tử" not in options
    picked = client.get(_url("procedure_options", unit_a.pk), {"procedure": KHUYET_TAT}).text
    assert picked.count("<option") == 1


def test_it_exports_every_register_with_formulas_neutralised(client_for, viewer_a, unit_a, entries):
    SystemProposal.objects.create(unit=unit_a, audience="officials", problem="=HYPERLINK(1)", proposal="-1+2")
    response = client_for(viewer_a).get(_url("registers", unit_a.pk) + "?format=xlsx")
    assert response["Content-Disposition"].endswith('so-theo-doi-tthc-so-a.xlsx"')
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert len(workbook.sheetnames) == 6
    simplified = list(workbook["Đơn giản hóa"].values)
    assert simplified[0][:3] == ("Đơn vị", "Mã TTHC", "Tên TTHC") and len(simplified) == 3
    proposals = list(workbook["Kiến nghị về hệ thống"].values)
    # Grouped as the report numbers them: the officials' group first, though added last.
    assert proposals[1][3:5] == ("'=HYPERLINK(1)", "'-1+2")
    assert all("Sở Tư pháp" not in str(row) for sheet in workbook for row in sheet.values)


def test_it_is_a_tab_of_the_units_pages(client_for, viewer_a, unit_a):
    response = client_for(viewer_a).get(_url("months", unit_a.pk) + "?nam=2026")
    assert f'href="{_url("registers", unit_a.pk)}?nam=2026"' in response.text


def test_it_shows_the_unit_of_each_line_only_on_a_page_above_it(client_for, official_a, unit_a, unit_a1, entries):
    client = client_for(official_a)
    above = client.get(_url("registers", unit_a.pk)).context["tables"]
    own = client.get(_url("registers", unit_a1.pk)).context["tables"]
    assert above[0]["show_unit"] and not own[0]["show_unit"]
