"""A saved column mapping belongs to the unit that saved it: offered to it and the units below, never to
another unit, which saving the same name gives a mapping of its own. Mappings saved before they had a unit
go to the unit that first imported with them."""

import importlib
from datetime import UTC, datetime

import pytest
from django.apps import apps
from django.urls import reverse

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.models import DossierImport, ImportSource

pytestmark = pytest.mark.django_db

NAME = "Một cửa Nhân Lý"


def _save(client, unit, column):
    upload = csv_upload(
        [dossier_row("A-1", procedure="9.9")],
        headers={"code": column, "procedure": "Mã TTHC", "received_at": "Ngày tiếp nhận"},
    )
    data = {"file": upload, "source": NAME, "col_code": column, "save_mapping": "on"}
    return client.post(reverse("tthc:upload", args=[unit.pk]), data)


def _page(client, unit):
    return client.get(reverse("tthc:upload", args=[unit.pk]) + f"?nguon={NAME}")


def test_it_keeps_a_units_mapping_from_other_units(client_for, official_a, official_b, unit_a, unit_b, procedures):
    _save(client_for(official_a), unit_a, "MaHoSoA")
    response = _page(client_for(official_b), unit_b)
    assert NAME not in response.text and 'value="MaHoSoA"' not in response.text
    _save(client_for(official_b), unit_b, "MaHoSoB")
    assert dict(ImportSource.objects.values_list("unit", "mapping__code")) == {
        unit_a.pk: "MaHoSoA",
        unit_b.pk: "MaHoSoB",
    }
    assert 'value="MaHoSoA"' in _page(client_for(official_a), unit_a).text


def test_it_offers_a_superiors_mapping_below_it(client_for, leader_top, official_a, province, unit_a, procedures):
    _save(client_for(leader_top), province, "MaHoSoTinh")
    response = _page(client_for(official_a), unit_a)
    assert response.context["sources"] == [NAME] and 'value="MaHoSoTinh"' in response.text


def test_it_prefers_the_units_own_mapping_to_its_superiors(
    client_for, leader_top, official_a, province, unit_a, procedures
):
    _save(client_for(leader_top), province, "MaHoSoTinh")
    _save(client_for(official_a), unit_a, "MaHoSoA")
    response = _page(client_for(official_a), unit_a)
    assert response.context["sources"] == [NAME] and 'value="MaHoSoA"' in response.text
    assert ImportSource.objects.get(unit=province).mapping["code"] == "MaHoSoTinh"


def test_it_gives_a_stored_mapping_the_unit_that_first_imported_with_it(unit_a, unit_b):
    migration = importlib.import_module("tthc.migrations.0015_import_source_owner")
    used = ImportSource.objects.create(name=NAME)
    ImportSource.objects.create(name="Chưa dùng")
    for unit, day in ((unit_b, 2), (unit_a, 1)):
        at = datetime(2026, 1, day, tzinfo=UTC)
        DossierImport.objects.create(unit=unit, source=used, file_name="hoso.csv", state="done", at=at)
    migration.owner_from_first_import(apps, None)
    assert dict(ImportSource.objects.values_list("name", "unit")) == {NAME: unit_a.pk, "Chưa dùng": None}
