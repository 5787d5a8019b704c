"""The monthly figures (unit × procedure × month) recomputed from dossiers in plain SQL that SQLite and
PostgreSQL both run. Each dossier is an event in up to four months: received, resolved, became overdue (the
day after its due date), and that overdue state closed (resolved, or never overdue when resolved in time);
open and overdue counts at any month end are running sums of these."""

from django.db import connection, transaction

TOUCHED = "tthc_touched"
BEFORE = "tthc_before"
MONTH_COLUMNS = ("received_month", "completed_month", "overdue_month", "overdue_closed_month")

FIGURES = (
    "received_online",
    "received_in_person",
    "received_post",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "overdue_started",
    "overdue_closed",
    "apology",
    "fee_paid",
    "paid_online",
    "digitised",
    "e_result",
    "reused",
    "vneid",
    "processing_days",
)


def _flag(condition):
    return f"CASE WHEN {condition} THEN 1 ELSE 0 END"


PAID = "d.fee > 0 AND d.fee_paid"
# For each event: the month column it falls in, and the expression of every figure (missing = 0).
EVENTS = {
    "received_month": {
        "received_online": _flag("d.channel = 2"),
        "received_in_person": _flag("d.channel = 1"),
        "received_post": _flag("d.channel = 3"),
    },
    "completed_month": {
        "resolved_early": _flag("d.result = 'early'"),
        "resolved_on_time": _flag("d.result = 'on_time'"),
        "resolved_late": _flag("d.result = 'late'"),
        # Seed 001: online payment counts only dossiers whose fees are actually paid.
        "fee_paid": _flag(PAID),
        "paid_online": _flag(f"{PAID} AND d.paid_online"),
        "digitised": _flag("d.digitised"),
        "e_result": _flag("d.e_result"),
        "reused": _flag("d.reused"),
        "vneid": _flag("d.vneid"),
        "processing_days": "COALESCE(d.processing_days, 0)",
    },
    "overdue_month": {"overdue_started": "1", "apology": _flag("d.apology")},
    "overdue_closed_month": {"overdue_closed": "1"},
}


def mark_touched(cursor, staging):
    """Record the unit-months that rows of `staging` fall in, before and after they are written."""
    keep_before(cursor, staging)
    touch(cursor, staging)


def keep_before(cursor, staging):
    """The stored rows that `staging` will overwrite, as they stand, found by one join (a join per month
    column would look every code up four times)."""
    cursor.execute(f"DROP TABLE IF EXISTS {BEFORE}")
    cursor.execute(
        f"CREATE TEMP TABLE {BEFORE} AS SELECT d.code, d.unit_id, {', '.join(f'd.{m}' for m in MONTH_COLUMNS)} "
        f"FROM tthc_dossier d JOIN {staging} s ON s.code = d.code"
    )


def touch(cursor, written, only_written=False):
    """The unit-months of the rows in `written` and of what they replaced (all of BEFORE, or only the rows
    that `written` names when it holds just the rows that changed)."""
    before = f"(SELECT * FROM {BEFORE} b WHERE b.code IN (SELECT code FROM {written}))" if only_written else BEFORE
    parts = [f"SELECT unit_id, {m} AS month FROM {table} x" for table in (written, before) for m in MONTH_COLUMNS]
    cursor.execute(f"DROP TABLE IF EXISTS {TOUCHED}")
    cursor.execute(
        f"CREATE TEMP TABLE {TOUCHED} AS SELECT DISTINCT unit_id, month FROM ({' UNION ALL '.join(parts)}) t "
        "WHERE month IS NOT NULL"
    )
    cursor.execute(f"DROP TABLE {BEFORE}")


def recompute_touched(cursor):
    """Replace the figures of the touched unit-months by a fresh GROUP BY over their dossiers."""
    in_touched = f"EXISTS (SELECT 1 FROM {TOUCHED} t WHERE t.unit_id = r.unit_id AND t.month = r.month)"
    for table in ("tthc_monthlyfigures", "tthc_monthlyduration", "tthc_unitmonthfigures", "tthc_unitmonthduration"):
        cursor.execute(f"DELETE FROM {table} AS r WHERE {in_touched}")
    events = []
    for month, figures in EVENTS.items():
        select = ", ".join(f"{figures.get(name, '0')} AS {name}" for name in FIGURES)
        events.append(
            f"SELECT d.unit_id, d.procedure_id, d.{month} AS month, {select} FROM tthc_dossier d "
            f"JOIN {TOUCHED} t ON t.unit_id = d.unit_id AND t.month = d.{month}"
        )
    sums = ", ".join(f"SUM({name})" for name in FIGURES)
    cursor.execute(
        f"INSERT INTO tthc_monthlyfigures (unit_id, procedure_id, month, {', '.join(FIGURES)}) "
        f"SELECT unit_id, procedure_id, month, {sums} FROM ({' UNION ALL '.join(events)}) e "
        "GROUP BY unit_id, procedure_id, month"
    )
    cursor.execute(
        "INSERT INTO tthc_monthlyduration (unit_id, procedure_id, month, days, count) "
        "SELECT d.unit_id, d.procedure_id, d.completed_month, d.processing_days, COUNT(*) FROM tthc_dossier d "
        f"JOIN {TOUCHED} t ON t.unit_id = d.unit_id AND t.month = d.completed_month "
        "WHERE d.processing_days IS NOT NULL GROUP BY d.unit_id, d.procedure_id, d.completed_month, d.processing_days"
    )
    sum_into_units(cursor, f"JOIN {TOUCHED} t ON t.unit_id = r.unit_id AND t.month = r.month")
    cursor.execute(f"DROP TABLE IF EXISTS {TOUCHED}")


def sum_into_units(cursor, join=""):
    """The coarse rollup (unit × month) from the fine one, for the cells `join` keeps."""
    names = ", ".join(FIGURES)
    sums = ", ".join(f"SUM(r.{name})" for name in FIGURES)
    cursor.execute(
        f"INSERT INTO tthc_unitmonthfigures (unit_id, month, {names}) SELECT r.unit_id, r.month, {sums} "
        f"FROM tthc_monthlyfigures r {join} GROUP BY r.unit_id, r.month"
    )
    cursor.execute(
        "INSERT INTO tthc_unitmonthduration (unit_id, month, days, count) SELECT r.unit_id, r.month, r.days, "
        f"SUM(r.count) FROM tthc_monthlyduration r {join} GROUP BY r.unit_id, r.month, r.days"
    )


@transaction.atomic
def rollups_rebuild():
    """Recompute every cell, including those whose dossiers are gone (after deletions in the admin)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TOUCHED}")
        parts = [f"SELECT unit_id, {m} AS month FROM tthc_dossier" for m in MONTH_COLUMNS]
        parts += ["SELECT unit_id, month FROM tthc_monthlyfigures", "SELECT unit_id, month FROM tthc_monthlyduration"]
        cursor.execute(
            f"CREATE TEMP TABLE {TOUCHED} AS SELECT DISTINCT unit_id, month FROM ({' UNION ALL '.join(parts)}) t "
            "WHERE month IS NOT NULL"
        )
        recompute_touched(cursor)
