"""Large writes on PostgreSQL: a load at least as large as what a table holds (a province's first export of its
history) goes in with the table's indexes set aside and built again after, as PostgreSQL's manual advises for
populating a table. Measured on a million dossiers: each of the dossier table's three indexes costs 1.3 to
2.5 s kept up row by row, and 0.3 to 0.9 s built at once. The table is locked against readers until the import
commits; they would find it empty or nearly so before it."""

from contextlib import contextmanager

from django.conf import settings
from django.db import connection

# Below this many rows the indexes stay: building them again would cost more than keeping them up.
ROWS = getattr(settings, "TTHC_IMPORT_BULK_ROWS", 50_000)


@contextmanager
def indexes_aside(cursor, table, count):
    """Inside, `table` has no index (but one a foreign key leans on) when the `count` rows about to be written
    are many and more than it holds; yields whether the indexes were set aside."""
    aside = connection.vendor == "postgresql" and _outnumbers(cursor, table, count)
    rebuild = _drop_indexes(cursor, table) if aside else []
    yield aside
    for statement in rebuild:
        cursor.execute(statement)


def _outnumbers(cursor, table, count):
    if count < ROWS:
        return False
    # Counting stops at `count`: a load into a larger table costs no full count of it.
    cursor.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT %s) t", [count])
    return cursor.fetchone()[0] < count


def _drop_indexes(cursor, table):
    """Drop the indexes of `table`, constraints' included; return the statements that build them again."""
    cursor.execute(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), c.conname, pg_get_constraintdef(c.oid) "
        "FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid "
        "WHERE i.indrelid = %s::regclass AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)",
        [table],
    )
    rebuild = []
    for index, definition, constraint, constraint_definition in cursor.fetchall():
        if constraint:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{constraint}"')
            rebuild.append(f'ALTER TABLE {table} ADD CONSTRAINT "{constraint}" {constraint_definition}')
        else:
            cursor.execute(f"DROP INDEX {index}")
            rebuild.append(definition)
    return rebuild
