"""On PostgreSQL an import keeps its working tables as unlogged tables in a schema of its own, which parallel
workers can read, and drops the schema at its end; a user who may not create a schema gets temporary tables.
Before it holds the import lock, an import does not touch the dossier table, which a large load locks whole."""

import pytest
from django.db import connection, transaction

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import PostgresWriter, dossiers_import

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="working tables differ on PostgreSQL only"),
]
ROWS = [dossier_row("S-1"), dossier_row("S-2", completed_at="07/01/2026 10:00")]


def _staging_table():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname, c.relpersistence, current_setting('search_path') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = 'tthc_dossier_staging' AND pg_table_is_visible(c.oid)"
        )
        return cursor.fetchone()


def _import_seeing_staging(unit):
    seen = []
    result = dossiers_import(
        unit=unit, upload=csv_upload(ROWS), step=lambda name, rows=None: seen.append(_staging_table())
    )
    return result, [s for s in seen if s]


def _search_path():
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('search_path')")
        return cursor.fetchone()[0]


def _import_schemas():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'tthc_import_%%'")
        return cursor.fetchone()[0]


def test_the_working_tables_are_unlogged_in_a_schema_dropped_at_the_end(unit_a, procedures):
    path = _search_path()

    result, seen = _import_seeing_staging(unit_a)

    assert result.created == 2
    schema, persistence, search_path = seen[0]
    assert schema.startswith("tthc_import_") and persistence == "u"
    assert search_path == f"{schema}, {path}"
    assert _import_schemas() == 0
    assert _search_path() == path


def test_a_user_who_may_not_create_a_schema_gets_temporary_tables(unit_a, procedures):
    with connection.cursor() as cursor:
        cursor.execute("CREATE ROLE tthc_no_schema NOLOGIN")
        cursor.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO tthc_no_schema")
        cursor.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO tthc_no_schema")
        cursor.execute("SET LOCAL ROLE tthc_no_schema")
    try:
        result, seen = _import_seeing_staging(unit_a)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET ROLE")

    assert result.created == 2
    assert seen[0][1] == "t"
    assert _import_schemas() == 0


def test_the_staging_table_is_made_without_reading_the_dossier_table():
    with transaction.atomic(), connection.cursor() as cursor:
        PostgresWriter().begin()
        cursor.execute(
            "SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND relation = 'tthc_dossier'::regclass"
        )
        assert cursor.fetchone()[0] == 0
