"""A procedure that units outside the importing unit also apply belongs to their common superior: the
catalogue upload of a unit below may only add its own units to it, by a row repeating the stored values."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tthc.models import Procedure
from tthc.services import PROCEDURE_COLUMNS

pytestmark = pytest.mark.django_db

CODE = "1.002425.000.00.00.H08"
NAME = "Thủ tục thực hiện hỗ trợ khi hòa giải viên gặp tai nạn"
HEADER = ",".join(PROCEDURE_COLUMNS[c] for c in ("code", "name", "level", "working_days", "units"))


@pytest.fixture
def shared(unit_b):
    procedure = Procedure.objects.create(code=CODE, name=NAME, level="province", working_days=7)
    procedure.units.add(unit_b)
    return procedure


def _post(client, unit, *rows):
    upload = SimpleUploadedFile("danh-muc.csv", "\n".join([HEADER, *rows]).encode(), content_type="text/csv")
    return client.post(reverse("tthc:procedure_import", args=[unit.pk]), {"file": upload})


def test_it_refuses_to_change_a_procedure_another_unit_applies(client_for, official_a, unit_a, unit_b, shared):
    row = f"{CODE},Tên đã sửa,Cấp xã,3,"
    response = _post(client_for(official_a), unit_a, row)
    assert response.status_code == 200
    errors = response.context["result"].errors
    assert [(e["line"], e["column"]) for e in errors] == [
        (2, PROCEDURE_COLUMNS["name"]),
        (2, PROCEDURE_COLUMNS["level"]),
        (2, PROCEDURE_COLUMNS["working_days"]),
    ]
    assert "chỉ cấp trên chung" in errors[0]["message"] and "“7”" in errors[2]["message"]
    shared.refresh_from_db()
    assert (shared.name, shared.level, shared.working_days) == (NAME, "province", 7)
    assert list(shared.units.all()) == [unit_b]


def test_it_adds_the_importing_unit_to_a_shared_procedure_whose_values_it_repeats(
    client_for, official_a, unit_a, unit_b, shared
):
    response = _post(client_for(official_a), unit_a, f"{CODE},{NAME},Cấp tỉnh,7,")
    assert response.status_code == 302
    assert set(shared.units.all()) == {unit_a, unit_b}


def test_it_protects_a_procedure_applied_inside_and_outside(client_for, official_a, unit_a, unit_a1, unit_b, shared):
    shared.units.add(unit_a1)
    response = _post(client_for(official_a), unit_a, f"{CODE},{NAME},Cấp tỉnh,3,")
    assert [e["column"] for e in response.context["result"].errors] == [PROCEDURE_COLUMNS["working_days"]]
    shared.refresh_from_db()
    assert shared.working_days == 7


def test_it_lets_the_unit_change_a_procedure_only_its_subtree_applies(client_for, official_a, unit_a, unit_a1, shared):
    shared.units.set([unit_a1])
    response = _post(client_for(official_a), unit_a, f"{CODE},Tên đã sửa,Cấp xã,3,")
    assert response.status_code == 302
    shared.refresh_from_db()
    assert (shared.name, shared.level, shared.working_days) == ("Tên đã sửa", "commune", 3)


def test_it_lets_the_common_superior_change_a_shared_procedure(client_for, leader_top, province, unit_a, shared):
    shared.units.add(unit_a)
    response = _post(client_for(leader_top), province, f"{CODE},Tên đã sửa,Cấp xã,3,")
    assert response.status_code == 302
    shared.refresh_from_db()
    assert (shared.name, shared.working_days) == ("Tên đã sửa", 3)
