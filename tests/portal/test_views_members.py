"""A unit's administrator adds people and roles from the unit's page and takes roles away, with the checks of the
people sheet; nobody else may, and another unit's people answer 404."""

import pytest
from django.urls import reverse

from portal import tasks
from portal.models import AuditEntry, Membership, User

pytestmark = pytest.mark.django_db

NEW = {
    "username": "nguyen.lan",
    "full_name": "Nguyễn Thị Lan",
    "position": "Chuyên viên",
    "email": "lan@skhcn.gov.vn",
    "phone": "",
    "role": "official",
}


def _add(client, unit, **fields):
    return client.post(reverse("portal:member_create", args=[unit.pk]), {**NEW, **fields})


def test_it_adds_a_new_person_and_mails_the_invitation(
    client_for, admin_a, unit_a, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(tasks.people_invite_task, "delay", tasks.people_invite_task)  # run it here, not in a worker
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(client_for(admin_a), unit_a)
    assert response.url == reverse("portal:unit_detail", args=[unit_a.pk])
    user = User.objects.get(username="nguyen.lan")
    assert (user.full_name, user.has_usable_password()) == ("Nguyễn Thị Lan", False)
    assert list(user.memberships.values_list("unit", "role")) == [(unit_a.pk, "official")]
    assert [m.to for m in mailoutbox] == [["lan@skhcn.gov.vn"]]
    assert AuditEntry.objects.filter(action="portal.membership.added").exists()
    page = client_for(admin_a).get(response.url).content.decode()
    assert "Đã thêm Nguyễn Thị Lan; thư mời đặt mật khẩu đang được gửi." in page


def test_it_adds_a_role_to_someone_already_in_the_unit(client_for, admin_a, official_a, unit_a1):
    official_a.position, official_a.phone = "Trưởng phòng", "0912 345 678"
    official_a.save()
    fields = {"username": official_a.username, "full_name": official_a.full_name, "email": "", "position": ""}
    _add(client_for(admin_a), unit_a1, **fields, role="leader")
    # The boxes left blank kept what the account holds.
    kept = User.objects.get(pk=official_a.pk)
    assert (kept.email, kept.position, kept.phone) == (official_a.email, "Trưởng phòng", "0912 345 678")
    assert set(official_a.memberships.values_list("unit__code", "role")) == {
        ("so-a", "official"),
        ("so-a-phong", "leader"),
    }


def test_it_keeps_what_was_typed_and_names_the_problem(client_for, admin_a, official_a, unit_a):
    response = _add(client_for(admin_a), unit_a, username=official_a.username, full_name=official_a.full_name)
    assert response.status_code == 200
    assert response.context["form"].errors == {"role": ["Người này đã có vai trò này tại đơn vị."]}
    page = response.content.decode()
    assert f'value="{official_a.username}"' in page and "Chưa lưu được" in page


def test_it_refuses_to_take_over_someone_of_another_unit(client_for, admin_a, official_b, unit_a):
    response = _add(client_for(admin_a), unit_a, username=official_b.username, email="ke.gian@example.com")
    assert (
        "đã là tài khoản của người không thuộc đơn vị nào bạn quản trị"
        in response.context["form"].errors["username"][0]
    )
    assert not official_b.memberships.filter(unit=unit_a).exists()
    official_b.refresh_from_db()
    assert official_b.email != "ke.gian@example.com"


def test_it_takes_a_role_away_after_asking(client_for, admin_a, viewer_a, unit_a):
    membership = viewer_a.memberships.get()
    page = client_for(admin_a).get(reverse("portal:unit_detail", args=[unit_a.pk])).content.decode()
    assert f'hx-post="{reverse("portal:member_delete", args=[membership.pk])}"' in page
    assert "Bỏ vai trò Chỉ xem của Phạm Quốc Bảo tại đơn vị này?" in page
    response = client_for(admin_a).post(reverse("portal:member_delete", args=[membership.pk]), HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == reverse("portal:unit_detail", args=[unit_a.pk])
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert User.objects.filter(pk=viewer_a.pk).exists()


def test_it_keeps_an_administrators_own_role(client_for, admin_a, unit_a):
    own = admin_a.memberships.get()
    client_for(admin_a).post(reverse("portal:member_delete", args=[own.pk]))
    assert Membership.objects.filter(pk=own.pk).exists()
    page = client_for(admin_a).get(reverse("portal:unit_detail", args=[unit_a.pk])).content.decode()
    assert "Bạn không thể tự bỏ vai trò quản trị đơn vị của mình" in page


def test_it_shows_the_buttons_only_to_administrators(client_for, official_a, unit_a):
    page = client_for(official_a).get(reverse("portal:unit_detail", args=[unit_a.pk])).content.decode()
    assert "Thêm người dùng" not in page and "Bỏ vai trò" not in page
    assert client_for(official_a).get(reverse("portal:member_create", args=[unit_a.pk])).status_code == 403
