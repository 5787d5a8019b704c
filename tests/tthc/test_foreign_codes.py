"""A dossier code another unit already holds: the import names the row and never moves that unit's dossier
into its own, on both paths (the column one runs on PostgreSQL: run with DATABASE_URL)."""

import pytest

from tests.tthc.conftest import csv_upload, dossier_row
from tthc import columnar
from tthc.imports import dossiers_import
from tthc.models import Dossier, MonthlyFigures

pytestmark = pytest.mark.django_db

THEIRS = "000.00.53.H48-260105-0009"


@pytest.fixture(params=["as_uploaded", "row_path"])
def path(request, monkeypatch):
    if request.param == "row_path":

        def refuse(*args):
            raise columnar.Refused("forced")

        monkeypatch.setattr(columnar, "read", refuse)
    return request.param


@pytest.fixture
def stored(unit_b, procedures):
    dossiers_import(unit=unit_b, upload=csv_upload([dossier_row(THEIRS, completed_at="07/01/2026 10:00")]))
    return _state(unit_b)


def _state(unit):
    dossier = Dossier.objects.get(code=THEIRS)
    figures = list(
        MonthlyFigures.objects.filter(unit=unit).values_list("month", "received_in_person", "resolved_early")
    )
    return dossier.unit_id, dossier.procedure_id, dossier.completed_on, figures


def _file():
    return csv_upload(
        [
            dossier_row("000.00.53.H48-260105-0001"),
            dossier_row(THEIRS, procedure="1.001193.000.00.00.H08"),
            dossier_row(THEIRS),
        ]
    )


def test_it_names_the_row_whose_code_another_unit_holds_and_writes_nothing(path, unit_a, unit_b, stored):
    result = dossiers_import(unit=unit_a, upload=_file())
    assert (result.ok, result.written, result.error_count) == (False, False, 2)
    assert [(e["line"], e["column"]) for e in result.errors] == [(3, "Mã hồ sơ"), (4, "Mã hồ sơ")]
    assert "đơn vị khác" in result.errors[0]["message"] and "lặp lại" in result.errors[1]["message"]
    assert unit_b.name not in result.errors[0]["message"]
    assert _state(unit_b) == stored and Dossier.objects.count() == 1


def test_without_the_bad_rows_the_other_units_dossier_stays_as_it_was(path, unit_a, unit_b, stored):
    result = dossiers_import(unit=unit_a, upload=_file(), skip_bad_rows=True)
    assert (result.written, result.created, result.updated, result.error_count) == (True, 1, 0, 2)
    assert _state(unit_b) == stored
    assert not MonthlyFigures.objects.filter(unit=unit_a, received_in_person__gt=1).exists()


def test_a_unit_still_updates_the_dossiers_of_the_units_below_it(path, unit_a, unit_a1, procedures):
    dossiers_import(unit=unit_a1, upload=csv_upload([dossier_row(THEIRS)]))
    row = dossier_row(THEIRS, unit=unit_a1.name, completed_at="07/01/2026 10:00")
    result = dossiers_import(unit=unit_a, upload=csv_upload([row]))
    assert (result.ok, result.updated) == (True, 1)
    assert Dossier.objects.get(code=THEIRS).completed_on is not None
