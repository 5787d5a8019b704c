"""The working tables of a dossier import. On PostgreSQL they are unlogged tables in a schema of the import's
own, first on the search path for the length of the import, rather than temporary tables: PostgreSQL never
lets a parallel worker read a temporary table, and with a worker beside it the leader matches a re-imported
million rows against the stored ones, and sums their change to the figures, on both of two cores. Nothing of
them outlives the import's transaction: the schema is dropped at its end, and a rollback takes it back with
the rest. SQLite, and a database user who may not create a schema, keep temporary tables."""

from contextlib import contextmanager

from django.db import DatabaseError, connection, transaction

ATTRIBUTE = "tthc_scratch_schema"


def create():
    """The start of the statement creating a working table."""
    return "CREATE UNLOGGED TABLE" if getattr(connection, ATTRIBUTE, None) else "CREATE TEMP TABLE"


@contextmanager
def tables():
    """Give the working tables created inside a schema of their own (PostgreSQL); to be used in a transaction."""
    schema = _schema() if connection.vendor == "postgresql" else None
    if schema is None:
        yield
        return
    name, path = schema
    setattr(connection, ATTRIBUTE, name)
    try:
        yield
    finally:
        setattr(connection, ATTRIBUTE, None)
    # After an error the transaction is rolled back, and the schema with it.
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA {name} CASCADE")
        cursor.execute("SELECT set_config('search_path', %s, true)", [path])


def _schema():
    """(name, search path before) of a new schema first on the search path, or None when it may not be made."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 'tthc_import_' || pg_backend_pid(), current_setting('search_path')")
        name, path = cursor.fetchone()
        try:
            with transaction.atomic():
                cursor.execute(f"CREATE SCHEMA {name}")
        except DatabaseError:
            return None
        cursor.execute("SELECT set_config('search_path', %s, true)", [f"{name}, {path}"])
    return name, path
