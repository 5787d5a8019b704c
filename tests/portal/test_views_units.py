import io

import openpyxl
import pytest
from django.urls import reverse

from portal.models import AuditEntry, OrgUnit


def test_it_lists_only_units_in_scope(client_for, official_a, unit_a, unit_a1, unit_b):
    response = client_for(official_a).get(reverse("portal:unit_list"))
    assert list(response.context["object_list"]) == [unit_a, unit_a1]
    assert "Sở Tư pháp" not in response.content.decode()


def test_it_searches_the_list_without_diacritics(client_for, leader_top, unit_a, unit_b):
    response = client_for(leader_top).get(reverse("portal:unit_list"), {"q": "tu phap"})
    assert list(response.context["object_list"]) == [unit_b]


def test_it_pins_the_list_query_count(client_for, leader_top, django_assert_max_num_queries):
    from tests.factories import OrgUnitFactory

    parent = leader_top.memberships.get().unit
    OrgUnitFactory.create_batch(30, parent=parent)
    client = client_for(leader_top)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("portal:unit_list"))
    assert len(response.context["object_list"]) == 33


def test_it_exports_the_list_to_excel(client_for, official_a, unit_a, unit_a1):
    response = client_for(official_a).get(reverse("portal:unit_list"), {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Mã đơn vị", "Tên đơn vị")
    assert [r[0] for r in rows[1:]] == ["so-a", "so-a-phong"]


def test_it_shows_a_unit_in_scope(client_for, official_a, unit_a1):
    response = client_for(official_a).get(unit_a1.get_absolute_url())
    assert response.status_code == 200
    assert "Phòng Quản lý công nghệ" in response.content.decode()


def test_it_checks_ownership_of_unit_pages(client_for, official_b, unit_a):
    client = client_for(official_b)
    for name in ("portal:unit_detail", "portal:unit_update", "portal:unit_create"):
        assert client.get(reverse(name, args=[unit_a.pk])).status_code == 404, name
    assert client.post(reverse("portal:unit_update", args=[unit_a.pk]), {"name": "x"}).status_code == 404


def test_it_refuses_writes_to_read_only_members(client_for, viewer_a, unit_a):
    client = client_for(viewer_a)
    assert client.get(reverse("portal:unit_update", args=[unit_a.pk])).status_code == 403
    assert client.post(reverse("portal:unit_update", args=[unit_a.pk]), {"name": "Đổi tên"}).status_code == 403
    assert client.get(reverse("portal:unit_create", args=[unit_a.pk])).status_code == 403
    unit_a.refresh_from_db()
    assert unit_a.name == "Sở Khoa học và Công nghệ"


def _form_data(unit, **changes):
    data = {
        "name": unit.name,
        "short_name": unit.short_name,
        "abbreviation": unit.abbreviation,
        "kind": unit.kind,
        "parent": unit.parent_id or "",
        "place_name": unit.place_name,
        "governing_body_name": "",
        "is_active": "on",
        "valid_from": "",
        "valid_to": "",
        "successor": "",
    }
    return {**data, **changes}


def test_it_lets_a_unit_admin_edit_and_audits_it(client_for, admin_a, unit_a1):
    response = client_for(admin_a).post(
        reverse("portal:unit_update", args=[unit_a1.pk]), _form_data(unit_a1, abbreviation="QLCN")
    )
    assert response.status_code == 302
    unit_a1.refresh_from_db()
    assert unit_a1.abbreviation == "QLCN"
    entry = AuditEntry.objects.get(action="portal.unit.changed")
    assert (entry.actor, entry.object_id, entry.data) == (admin_a, str(unit_a1.pk), {"fields": ["abbreviation"]})


def test_it_keeps_what_was_typed_when_the_form_fails(client_for, admin_a, unit_a1):
    response = client_for(admin_a).post(
        reverse("portal:unit_update", args=[unit_a1.pk]),
        _form_data(unit_a1, name="", abbreviation="MỚI", valid_from="2026-06-05", valid_to="2026-01-01"),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="MỚI"' in page
    assert "Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực." in page
    assert "Không được để trống." in page


def test_it_refuses_a_parent_outside_the_admins_reach(client_for, admin_a, unit_a1, unit_b):
    response = client_for(admin_a).post(
        reverse("portal:unit_update", args=[unit_a1.pk]), _form_data(unit_a1, parent=unit_b.pk)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["parent"]
    unit_a1.refresh_from_db()
    assert unit_a1.parent_id != unit_b.pk


def test_it_creates_a_child_unit(client_for, admin_a, unit_a):
    response = client_for(admin_a).post(
        reverse("portal:unit_create", args=[unit_a.pk]),
        {"name": "Phòng Quản lý Khoa học", "kind": OrgUnit.Kind.DIVISION, "parent": unit_a.pk, "is_active": "on"},
    )
    child = OrgUnit.objects.get(name="Phòng Quản lý Khoa học")
    assert response.url == child.get_absolute_url()
    assert child.path.startswith(unit_a.path) and child.code.startswith("so-a-")


@pytest.mark.parametrize("name", ["portal:home", "portal:unit_list"])
def test_it_sends_anonymous_visitors_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_it_lets_an_admin_edit_their_top_unit_and_keeps_its_parent(client_for, admin_a, unit_a, province):
    client = client_for(admin_a)
    url = reverse("portal:unit_update", args=[unit_a.pk])
    response = client.get(url)
    assert "Ủy ban nhân dân tỉnh Thử Nghiệm" in response.content.decode()
    form = response.context["form"]
    assert form.fields["parent"].disabled
    assert list(form.fields["parent"].queryset) == [province]
    data = _form_data(unit_a, name="Sở Khoa học, Công nghệ và Đổi mới", abbreviation="KHCN")
    del data["parent"]  # a disabled field is not sent by the browser
    response = client.post(url, data)
    assert response.status_code == 302
    unit_a.refresh_from_db()
    assert (unit_a.name, unit_a.abbreviation, unit_a.parent) == ("Sở Khoa học, Công nghệ và Đổi mới", "KHCN", province)


def test_it_keeps_what_was_typed_when_a_unit_would_leave_the_admins_reach(client_for, admin_a, unit_a, unit_a1):
    response = client_for(admin_a).post(
        reverse("portal:unit_update", args=[unit_a1.pk]), _form_data(unit_a1, parent="", abbreviation="MỚI")
    )
    assert response.status_code == 200
    assert "Chỉ quản trị hệ thống được đặt đơn vị ở cấp cao nhất." in response.context["form"].errors["parent"]
    assert 'value="MỚI"' in response.content.decode()
    unit_a1.refresh_from_db()
    assert unit_a1.parent == unit_a


def test_it_names_the_changes_in_vietnamese(client_for, admin_a, unit_a1):
    client = client_for(admin_a)
    client.post(reverse("portal:unit_update", args=[unit_a1.pk]), _form_data(unit_a1, abbreviation="QLCN"))
    response = client.get(unit_a1.get_absolute_url())
    history = [h.history_type for h in response.context["history"]]
    assert history == ["~", "+"]
    page = response.content.decode()
    assert "· Sửa · Huỳnh Văn Tâm ·" in page and "· Tạo mới · hệ thống ·" in page
    assert "Created" not in page and "Changed" not in page


@pytest.mark.parametrize(("asked", "shown"), [("999", 1), ("x", 1)])
def test_it_shows_the_nearest_page_of_units(client_for, official_a, asked, shown):
    response = client_for(official_a).get(reverse("portal:unit_list"), {"page": asked})
    assert response.status_code == 200
    assert response.context["page_obj"].number == shown
