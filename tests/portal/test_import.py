import io
import zipfile

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.models import Membership, OrgUnit, User
from portal.tabular import TableError, read_table

UNIT_HEADER = "Mã đơn vị,Tên đơn vị,Ký hiệu,Loại đơn vị,Mã đơn vị cấp trên\n"


def csv_upload(text, name="don-vi.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_upload(rows, name="nguoi-dung.xlsx"):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def post(client, kind, upload, confirm=True):
    data = {"kind": kind, "file": upload}
    if confirm:
        data["confirm"] = "1"
    return client.post(reverse("portal:import_sheet"), data)


def test_it_imports_units_with_parents_later_in_the_file(client_for, admin_a, unit_a):
    text = (
        UNIT_HEADER
        + 'so-a-to,Tổ công tác số 1,TCT,"Ban, tổ công tác",so-a-ttud\n'
        + "so-a-ttud,Trung tâm Ứng dụng,TTUD,phong chi cuc trung tam,so-a\n"
    )
    response = post(client_for(admin_a), "units", csv_upload(text))
    assert response.status_code == 302
    team = OrgUnit.objects.get(code="so-a-to")
    assert team.kind == OrgUnit.Kind.BOARD
    assert team.parent.code == "so-a-ttud" and team.path.startswith(unit_a.path)
    assert OrgUnit.objects.get(code="so-a-ttud").kind == OrgUnit.Kind.DIVISION


def test_it_names_every_bad_row_and_writes_nothing(client_for, admin_a, unit_a, unit_b):
    text = (
        UNIT_HEADER
        + "so-a-moi,Phòng mới,PM,,so-a\n"
        + "so-a-x,,X,,so-a\n"
        + "so-a-y,Phòng Y,Y,,khong-co\n"
        + "so-a-z,Phòng Z,Z,,so-b\n"
        + "so-a-moi,Phòng mới lặp,PM,,so-a\n"
    )
    response = post(client_for(admin_a), "units", csv_upload(text))
    errors = [(e["line"], e["column"]) for e in response.context["result"].errors]
    assert errors == [
        (3, "Tên đơn vị"),
        (4, "Mã đơn vị cấp trên"),
        (5, "Mã đơn vị cấp trên"),
        (6, "Mã đơn vị"),
    ]
    page = response.content.decode()
    assert "Không tìm thấy đơn vị cấp trên có mã “khong-co”." in page
    assert "Đơn vị cấp trên nằm ngoài phạm vi bạn quản trị." in page
    assert not OrgUnit.objects.filter(code="so-a-moi").exists()


def test_it_rejects_a_cycle_of_parents(client_for, admin_a, unit_a):
    text = UNIT_HEADER + "p1,Phòng 1,,,p2\np2,Phòng 2,,,p1\n"
    response = post(client_for(admin_a), "units", csv_upload(text))
    assert [e["line"] for e in response.context["result"].errors] == [2, 3]
    assert not OrgUnit.objects.filter(code__in=["p1", "p2"]).exists()


def test_it_checks_without_writing(client_for, admin_a, unit_a):
    response = post(client_for(admin_a), "units", csv_upload(UNIT_HEADER + "so-a-k,Phòng K,K,,so-a\n"), confirm=False)
    assert response.context["result"].ok
    assert "Tệp hợp lệ: 1 dòng dữ liệu không có lỗi." in response.content.decode()
    assert not OrgUnit.objects.filter(code="so-a-k").exists()


def test_it_imports_people_from_excel_and_updates_them_again(client_for, admin_a, unit_a1):
    rows = [
        ["Tên đăng nhập", "Họ và tên", "Chức vụ", "Thư điện tử", "Mã đơn vị", "Vai trò"],
        ["thuha", "Võ Thị Thu Hà", "Chuyên viên", "thuha@example.vn", "so-a-phong", "Chuyên viên"],
        ["binh", "Trần Bình", "Trưởng phòng", "", "so-a-phong", "lanh dao"],
    ]
    client = client_for(admin_a)
    assert post(client, "people", xlsx_upload(rows)).status_code == 302
    rows[1][2] = "Phó Trưởng phòng"
    assert post(client, "people", xlsx_upload(rows)).status_code == 302
    thuha = User.objects.get(username="thuha")
    assert thuha.position == "Phó Trưởng phòng" and not thuha.has_usable_password()
    assert Membership.objects.get(user__username="binh").role == Membership.Role.LEADER
    assert Membership.objects.filter(user=thuha).count() == 1


def test_it_names_bad_people_rows(client_for, admin_a, unit_a1, unit_b):
    rows = [
        ["Tên đăng nhập", "Họ và tên", "Thư điện tử", "Mã đơn vị", "Vai trò"],
        ["tên có dấu", "A", "", "so-a-phong", "Chuyên viên"],
        ["b", "B", "khong-phai-email", "so-b", "Giám đốc"],
    ]
    response = post(client_for(admin_a), "people", xlsx_upload(rows))
    errors = {(e["line"], e["column"]) for e in response.context["result"].errors}
    assert errors == {(2, "Tên đăng nhập"), (3, "Thư điện tử"), (3, "Mã đơn vị"), (3, "Vai trò")}
    assert not User.objects.filter(username="b").exists()


def test_it_refuses_files_without_required_columns(client_for, admin_a):
    response = post(client_for(admin_a), "units", csv_upload("Tên đơn vị\nPhòng A\n"))
    assert "Thiếu cột: Mã đơn vị." in response.content.decode()


def test_it_refuses_oversized_uploads(settings, client_for, admin_a):
    settings.PORTAL_IMPORT_MAX_BYTES = 100
    response = post(client_for(admin_a), "units", csv_upload(UNIT_HEADER + "x" * 200))
    assert "Tệp quá lớn" in response.content.decode()


def test_it_checks_the_unpacked_size_of_excel_files(monkeypatch):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    upload = SimpleUploadedFile("bom.xlsx", buffer.getvalue())
    assert upload.size < 1024 * 1024
    with pytest.raises(TableError, match="giải nén quá lớn"):
        read_table(upload, {"code": "Mã đơn vị"})


def test_it_refuses_imports_to_read_only_members(client_for, viewer_a):
    assert client_for(viewer_a).get(reverse("portal:import_sheet")).status_code == 403


def test_it_offers_templates_with_the_expected_headers(client_for, admin_a):
    response = client_for(admin_a).get(reverse("portal:import_template", args=["people"]))
    header = next(openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert header[:2] == ("Tên đăng nhập", "Họ và tên")


PEOPLE_HEADER = "Tên đăng nhập,Họ và tên,Chức vụ,Thư điện tử,Điện thoại,Mã đơn vị,Vai trò\n"


def test_it_refuses_to_take_over_accounts_outside_the_admins_units(client_for, admin_a, unit_a, official_b):
    from tests.factories import UserFactory

    root = UserFactory(username="admin", is_superuser=True, is_staff=True)
    text = (
        PEOPLE_HEADER
        + "admin,Quản trị hệ thống,,attacker@attacker.example,,so-a-phong,Chỉ xem\n"
        + f"{official_b.username},Lê Văn Phúc,,attacker@attacker.example,,so-a-phong,Chỉ xem\n"
    )
    response = post(client_for(admin_a), "people", csv_upload(text, "nguoi-dung.csv"))
    assert response.status_code == 200
    errors = [(e["line"], e["column"]) for e in response.context["result"].errors]
    assert errors == [(2, "Tên đăng nhập"), (3, "Tên đăng nhập")]
    page = response.content.decode()
    assert "là tài khoản quản trị hệ thống" in page
    assert "không thuộc đơn vị nào bạn quản trị" in page
    root.refresh_from_db()
    official_b.refresh_from_db()
    assert root.email == "admin@example.vn" and official_b.email.endswith("@example.vn")
    assert not Membership.objects.filter(unit__code="so-a-phong").exists()


def test_it_keeps_who_also_works_elsewhere_as_they_are(client_for, admin_a, unit_a1, unit_b):
    from tests.factories import MembershipFactory

    shared = MembershipFactory(unit=unit_b, user__username="chung", user__full_name="Mai Chung").user
    MembershipFactory(unit=unit_a1, user=shared)
    client = client_for(admin_a)
    changed = PEOPLE_HEADER + "chung,Mai Chung,,moi@attacker.example,,so-a-phong,Lãnh đạo\n"
    response = post(client, "people", csv_upload(changed, "nguoi-dung.csv"))
    assert [(e["line"], e["column"]) for e in response.context["result"].errors] == [(2, "Thư điện tử")]
    same = PEOPLE_HEADER + "chung,Mai Chung,,chung@example.vn,,so-a-phong,Lãnh đạo\n"
    assert post(client, "people", csv_upload(same, "nguoi-dung.csv")).status_code == 302
    shared.refresh_from_db()
    assert shared.email == "chung@example.vn"
    assert shared.memberships.filter(unit=unit_a1, role=Membership.Role.LEADER).exists()


def test_it_invites_new_people_to_set_their_password(
    client_for, admin_a, unit_a1, monkeypatch, django_capture_on_commit_callbacks
):
    from django.core import mail

    from portal import tasks

    monkeypatch.setattr(tasks.people_invite_task, "delay", tasks.people_invite_task)  # run it here, not in a worker
    text = (
        PEOPLE_HEADER
        + "moi,Trần Văn Mới,,moi@example.vn,,so-a-phong,Chuyên viên\nkhongthu,Lê Không Thư,,,,so-a-phong,Chỉ xem\n"
    )
    client = client_for(admin_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, "people", csv_upload(text, "nguoi-dung.csv"), confirm=True)
    page = client.get(response.url).content.decode()
    assert "Đã gửi thư mời đặt mật khẩu tới 1 người chưa có mật khẩu;" in page
    assert "1 người chưa có mật khẩu cũng chưa có thư điện tử" in page
    (message,) = mail.outbox
    assert message.to == ["moi@example.vn"] and message.subject == "Mời sử dụng Cổng Kế hoạch – Báo cáo"
    assert "Tên đăng nhập của bạn: moi" in message.body and "Huỳnh Văn Tâm" in message.body
    link = next(word for word in message.body.split() if "/dat-lai-mat-khau/" in word)
    client.logout()
    form = client.get(link, follow=True).context["form"]
    assert "new_password1" in form.fields


def test_it_lets_an_imported_person_ask_for_a_password(client, admin_a, unit_a1):
    from django.core import mail

    from tests.factories import MembershipFactory

    person = MembershipFactory(unit=unit_a1, user__username="moi", user__email="moi@example.vn").user
    person.set_unusable_password()
    person.save()
    client.post(reverse("password_reset"), {"email": "moi@example.vn"})
    assert [m.to for m in mail.outbox] == [["moi@example.vn"]]
