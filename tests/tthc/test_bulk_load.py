"""A load larger than what a table holds goes in with the table's indexes set aside and built again after
(PostgreSQL): the tables end with the very indexes and constraints they had, holding the same dossiers and
figures as the usual path gives."""

import pytest
from django.db import connection

from tests.tthc.conftest import synthetic_upload
from tthc import bulk
from tthc.imports import dossiers_import
from tthc.models import Dossier, MonthlyDuration, MonthlyFigures, UnitMonthDuration, UnitMonthFigures
from tthc.rollups import FIGURES, rollups_rebuild

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="indexes are set aside on PostgreSQL only"),
]
UNITS = ["Sở Khoa học và Công nghệ", "Phòng Quản lý công nghệ"]
MODELS = (Dossier, MonthlyFigures, MonthlyDuration, UnitMonthFigures, UnitMonthDuration)
TABLES = [model._meta.db_table for model in MODELS]


def _indexes(table):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = %s::regclass "
            "UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = %s::regclass ORDER BY 1",
            [table, table],
        )
        return [row[0] for row in cursor.fetchall()]


def _contents():
    dossiers = [f.attname for f in Dossier._meta.concrete_fields if f.attname not in ("id", "source_id")]
    return (
        sorted(Dossier.objects.values_list(*dossiers)),
        sorted(MonthlyFigures.objects.values_list("unit", "procedure", "month", *FIGURES)),
        sorted(MonthlyDuration.objects.values_list("unit", "procedure", "month", "days", "count")),
        sorted(UnitMonthFigures.objects.values_list("unit", "month", *FIGURES)),
        sorted(UnitMonthDuration.objects.values_list("unit", "month", "days", "count")),
    )


@pytest.fixture
def aside(monkeypatch):
    """The tables whose indexes an import set aside."""
    tables, drop = [], bulk._drop_indexes

    def recording(cursor, table):
        tables.append(table)
        return drop(cursor, table)

    monkeypatch.setattr(bulk, "_drop_indexes", recording)
    return tables


def test_a_first_load_builds_the_indexes_after_and_stores_what_the_usual_path_stores(
    unit_a, unit_a1, procedures, aside, monkeypatch
):
    indexes = {table: _indexes(table) for table in TABLES}
    assert dossiers_import(unit=unit_a, upload=synthetic_upload(1500, 1, UNITS)).created == 1500
    assert aside == []  # 1,500 rows are fewer than bulk.ROWS
    usual = _contents()
    for model in MODELS:
        model.objects.all().delete()

    monkeypatch.setattr(bulk, "ROWS", 10)
    result = dossiers_import(unit=unit_a, upload=synthetic_upload(1500, 1, UNITS))

    assert (result.created, result.updated) == (1500, 0)
    assert sorted(aside) == sorted(TABLES)
    assert _contents() == usual
    assert {table: _indexes(table) for table in TABLES} == indexes


def test_a_later_smaller_export_keeps_the_dossier_indexes_and_upserts(unit_a, unit_a1, procedures, aside, monkeypatch):
    monkeypatch.setattr(bulk, "ROWS", 10)
    assert dossiers_import(unit=unit_a, upload=synthetic_upload(1500, 1, UNITS)).ok
    aside.clear()

    result = dossiers_import(unit=unit_a, upload=synthetic_upload(1000, 2, UNITS))

    assert result.ok and result.created + result.updated > 0
    assert Dossier._meta.db_table not in aside
    after = _contents()
    rollups_rebuild()  # a fresh GROUP BY of every cell
    assert _contents() == after
