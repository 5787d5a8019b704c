"""The PostgreSQL path of the dossier import for CSV files: the uploaded bytes go straight into a text staging
table by COPY, and every check and derivation runs set-wise in SQL. Python sees only the distinct values
that SQL cannot read by itself (procedure and unit names, unusual flags, dates in other formats) — a few
hundred for a million rows — and reads them with the same readers as the row-by-row path, so both paths
accept and reject the same cells with the same messages.
"""

from datetime import timedelta

import psycopg2
from django.db import connection, transaction
from django.utils.translation import gettext as _

from .dossiers import COLUMNS, DATETIMES, FLAGS, REQUIRED, VN, CellError, Workdays

RAW = "tthc_raw"
TYPED = "tthc_typed"
CELLS = "tthc_cells"
CAL = "tthc_cal"
WORKDAY = "tthc_workday"
ZONE = "INTERVAL '7 hours'"  # Việt Nam, no daylight saving: the same fixed offset as dossiers.VN

FAST_TS = r"'^\d\d/\d\d/\d{4} \d\d:\d\d$'"
# Cells SQL reads without help; anything else is looked up among the values Python read.
FAST = {
    **dict.fromkeys(FLAGS, ("{t} IN ('0', '1', 'x', 'X')", "{t} <> '0'")),
    "channel": ("{t} IN ('1', '2', '3')", "{t}::smallint"),
    "additions": (r"{t} ~ '^\d{{1,4}}$'", "{t}::smallint"),
    "fee": (r"{t} ~ '^\d{{1,12}}$'", "{t}::numeric"),
    **dict.fromkeys((*DATETIMES, "due_on"), ("pg_temp.tthc_ts({t}) IS NOT NULL", "pg_temp.tthc_ts({t})")),
}
CASTS = {**dict.fromkeys(FLAGS, "boolean"), "channel": "smallint", "additions": "smallint", "fee": "numeric"}
CASTS |= dict.fromkeys((*DATETIMES, "due_on"), "timestamp") | {"procedure": "bigint", "unit": "bigint", "code": "text"}
DEFAULTS = {**dict.fromkeys(FLAGS, "false"), "channel": "1", "additions": "0", "fee": "0"}

# dd/mm/yyyy hh:mm read by position, with every part checked before it is cast so that a bad date is NULL.
TS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION pg_temp.tthc_ts(c text) RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN c ~ {FAST_TS} AND substr(c, 4, 2) BETWEEN '01' AND '12' AND substr(c, 7, 4) > '0000'
  AND substr(c, 12, 2) < '24' AND substr(c, 15, 2) < '60' THEN
  CASE WHEN substr(c, 1, 2) BETWEEN '01' AND to_char(
    make_date(substr(c, 7, 4)::int, substr(c, 4, 2)::int, 1) + interval '1 month - 1 day', 'DD')
  THEN make_timestamp(substr(c, 7, 4)::int, substr(c, 4, 2)::int, substr(c, 1, 2)::int,
    substr(c, 12, 2)::int, substr(c, 15, 2)::int, 0) END END
$$"""


class CopyRefused(Exception):
    """COPY could not read the file (ragged rows, bad encoding): the row-by-row path words the problem."""


def load(upload, header, delimiter):
    """COPY the upload into a text table with one column per CSV position and the file line of each row."""
    columns = ", ".join(f"c{i} text" for i in range(len(header)))
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {RAW}")
        cursor.execute(f"CREATE TEMP TABLE {RAW} (line bigint GENERATED ALWAYS AS IDENTITY (START 2), {columns})")
        cursor.execute(TS_FUNCTION)
        upload.seek(0)
        names = ", ".join(f"c{i}" for i in range(len(header)))
        sql = f"COPY {RAW} ({names}) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '{delimiter}')"
        try:
            with transaction.atomic():
                cursor.cursor.copy_expert(sql, upload, size=1 << 20)
        except psycopg2.DataError as error:
            raise CopyRefused(str(error)) from None


def _text(index, name):
    """The trimmed cell of `name`, NULL when empty or when the file has no such column."""
    return f"NULLIF(btrim(r.c{index[name]}, E' \\t\\r\\n'), '')" if name in index else "NULL::text"


class Checker:
    """Checks the rows of the raw table set-wise; `readers` are the row path's cell readers."""

    def __init__(self, index, readers, label):
        self.index, self.readers, self.label = index, readers, label
        self.fields = [name for name in COLUMNS if name in index]

    def lookups(self):
        """Read in Python the distinct cells SQL cannot, and keep what they mean in a small table."""
        rare = {}
        for name in self.fields:
            if name == "code":
                continue
            t = _text(self.index, name)
            fast = FAST.get(name)
            rare[name] = f"CASE WHEN {fast[0].format(t=t)} THEN NULL ELSE {t} END" if fast else t
        names = list(rare)
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {CELLS}")
            cursor.execute(f"CREATE TEMP TABLE {CELLS} (field text, cell text, value text, PRIMARY KEY (field, cell))")
            if not names:
                return
            grouping = ", ".join(rare[n] for n in names)
            sets = ", ".join(f"({rare[n]})" for n in names)
            cursor.execute(f"SELECT GROUPING({grouping}), {grouping} FROM {RAW} r GROUP BY GROUPING SETS ({sets})")
            rows = []
            for bits, *cells in cursor.fetchall():
                for position, name in enumerate(names):
                    if not bits >> (len(names) - 1 - position) & 1 and cells[position] is not None:
                        rows.append((name, cells[position], self._read(name, cells[position])))
            if rows:
                cursor.executemany(f"INSERT INTO {CELLS} VALUES (%s, %s, %s)", rows)

    def _read(self, name, cell):
        from portal.text import nfc

        try:
            value = self.readers[name](nfc(cell).strip())
        except CellError:
            return None
        if hasattr(value, "astimezone"):
            return value.astimezone(VN).replace(tzinfo=None).isoformat(sep=" ")
        if name == "due_on":
            return value.isoformat()
        return str(getattr(value, "id", value))

    def typed(self, default_unit):
        """One row per non-empty file row: the values read, and what is wrong with it (`bad`, in column order)."""
        columns, problems, present = [], [], []
        for name in COLUMNS:
            if name not in self.index:
                columns.append(f"NULL::{CASTS.get(name, 'text')} AS {name}")
                continue
            t = _text(self.index, name)
            present.append(f"NULLIF(r.c{self.index[name]}, '')")
            fast = FAST.get(name)
            looked_up = f"(SELECT l.value::{CASTS[name]} FROM {CELLS} l WHERE l.field = '{name}' AND l.cell = {t})"
            if name == "code":
                value = t
                problems.append(f"CASE WHEN length({t}) > 40 THEN 'code' END")
            else:
                value = looked_up
                if fast:
                    value = f"CASE WHEN {fast[0].format(t=t)} THEN {fast[1].format(t=t)} ELSE {looked_up} END"
                problems.append(f"CASE WHEN {t} IS NOT NULL AND {value} IS NULL THEN '{name}' END")
            columns.append(f"{value} AS {name}")
        for name in REQUIRED:
            if name in self.index:
                problems.append(f"CASE WHEN {_text(self.index, name)} IS NULL THEN 'empty:{name}' END")
        bad = f"array_remove(ARRAY[{', '.join(problems)}]::text[], NULL)"
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {TYPED}")
            cursor.execute(
                f"CREATE TEMP TABLE {TYPED} AS SELECT *, false AS dup, "
                "coalesce(completed_at < received_at, false) AS reversed "
                f"FROM (SELECT r.line, {', '.join(columns)}, {bad} AS bad FROM {RAW} r "
                f"WHERE COALESCE({', '.join(present)}) IS NOT NULL) x"
            )
            cursor.execute(f"UPDATE {TYPED} SET unit = %s WHERE unit IS NULL", [default_unit])
            # Like the row path, a code repeats when an earlier row with it was good.
            cursor.execute(
                f"WITH twice AS (SELECT code FROM {TYPED} GROUP BY code HAVING count(*) > 1), "
                f"first AS (SELECT t.code, min(t.line) AS line FROM {TYPED} t JOIN twice USING (code) "
                "WHERE cardinality(t.bad) = 0 AND NOT t.reversed GROUP BY t.code) "
                f"UPDATE {TYPED} t SET dup = true FROM first WHERE t.code = first.code AND t.line > first.line"
            )
            cursor.execute(f"SELECT count(*) FROM {TYPED}")
            return cursor.fetchone()[0]

    def errors(self, kept):
        """(count of bad rows, the first `kept` errors as the row path words them)."""
        wrong = "(cardinality(bad) > 0 OR dup OR reversed)"
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TYPED} WHERE {wrong}")
            count = cursor.fetchone()[0]
            if not count:
                return 0, []
            fields = ", ".join(f"r.c{self.index[n]}" if n in self.index else "NULL" for n in self.fields)
            cursor.execute(
                f"SELECT t.line, t.bad, t.dup, t.reversed, t.code, {fields} FROM {TYPED} t "
                f"JOIN {RAW} r ON r.line = t.line WHERE {wrong} ORDER BY t.line LIMIT %s",
                [kept],
            )
            found = []
            for line, bad, dup, reversed_, code, *cells in cursor.fetchall():
                raw = dict(zip(self.fields, cells, strict=True))
                for problem in bad:
                    found.append({"line": line, **self._message(problem, raw)})
                if dup:
                    message = _("Mã hồ sơ “%(c)s” lặp lại trong tệp.") % {"c": code}
                    found.append({"line": line, "column": self.label("code"), "message": message})
                if reversed_:
                    message = _("Ngày có kết quả trước ngày tiếp nhận.")
                    found.append({"line": line, "column": self.label("completed_at"), "message": message})
        return count, found[:kept]

    def _message(self, problem, raw):
        from portal.text import nfc

        if problem.startswith("empty:"):
            return {"column": self.label(problem[6:]), "message": _("Không được để trống.")}
        try:
            self.readers[problem](nfc(raw[problem]).strip())
        except CellError as error:
            return {"column": self.label(problem), "message": str(error)}
        return {"column": self.label(problem), "message": _("Giá trị không hợp lệ.")}


def calendar():
    """Working-day tables covering every date of the file, from portal.calendar via dossiers.Workdays."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT min(least(received_at, completed_at, additions_requested_at, additions_received_at)), "
            f"max(greatest(received_at, completed_at, additions_requested_at, additions_received_at)) FROM {TYPED}"
        )
        low, high = cursor.fetchone()
        cursor.execute(f"DROP TABLE IF EXISTS {CAL}")
        cursor.execute(f"DROP TABLE IF EXISTS {WORKDAY}")
        cursor.execute(f"CREATE TEMP TABLE {CAL} (d date PRIMARY KEY, rank int, working boolean)")
        cursor.execute(f"CREATE TEMP TABLE {WORKDAY} (rank int PRIMARY KEY, d date)")
        if low is None:
            return
        workdays = Workdays(low.year, high.year + 2)
        working = set(workdays.days)
        days = [(workdays.start + timedelta(days=i), rank) for i, rank in enumerate(workdays.rank_of)]
        cursor.executemany(f"INSERT INTO {CAL} VALUES (%s, %s, %s)", [(d, r, d in working) for d, r in days])
        cursor.executemany(f"INSERT INTO {WORKDAY} VALUES (%s, %s)", list(enumerate(workdays.days, start=1)))
        cursor.execute(f"ANALYZE {CAL}")
        cursor.execute(f"ANALYZE {WORKDAY}")


def month(expression):
    return f"(extract(year FROM {expression})::int * 100 + extract(month FROM {expression})::int)"


def stage(staging, columns, source_id):
    """Derive due dates, results and months of the good rows in SQL and put them in the staging table."""
    paused = (
        "CASE WHEN t.additions_requested_at IS NOT NULL AND t.additions_received_at > t.additions_requested_at "
        "THEN ca.rank - cr.rank ELSE 0 END"
    )
    start = "CASE WHEN s.working THEN s.rank ELSE s.rank + 1 END"
    due = "COALESCE(t.due_on::date, w.d)"
    done = "t.completed_at::date"
    values = {
        "code": "t.code",
        "procedure_id": "t.procedure",
        "unit_id": "t.unit",
        "due_on": due,
        "due_computed": "t.due_on IS NULL",
        "received_on": "t.received_at::date",
        "completed_on": done,
        "result": (
            f"CASE WHEN {done} IS NULL THEN '' WHEN {done} > {due} OR t.additions > 1 THEN 'late' "
            f"WHEN {done} < {due} THEN 'early' ELSE 'on_time' END"
        ),
        "processing_days": (
            f"CASE WHEN {done} IS NULL THEN NULL WHEN {done} >= ws.d "
            f"THEN greatest(cd.rank - ({start}) - ({paused}), 0) ELSE 0 END"
        ),
        "received_month": month("t.received_at"),
        "completed_month": month("t.completed_at"),
        "overdue_month": month(f"({due} + 1)"),
        "overdue_closed_month": (
            f"CASE WHEN {done} IS NOT NULL THEN greatest({month(f'({due} + 1)')}, {month('t.completed_at')}) END"
        ),
        "source_id": "%s",
    }
    for name in DATETIMES:
        values[name] = f"t.{name} AT TIME ZONE {ZONE}"
    for name in (*FLAGS, "channel", "additions", "fee"):
        values[name] = f"COALESCE(t.{name}, {DEFAULTS[name]})"
    select = ", ".join(values[c] for c in columns)
    # Received after the cut-off hour, a dossier counts from the next day (then the next working day).
    reception = "t.received_at::date + CASE WHEN t.received_at::time >= '15:00' THEN 1 ELSE 0 END"
    good = "WHERE cardinality(t.bad) = 0 AND NOT t.dup AND NOT t.reversed"
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {staging} ({', '.join(columns)}) SELECT {select} FROM {TYPED} t "
            "JOIN tthc_procedure p ON p.id = t.procedure "
            f"JOIN {CAL} s ON s.d = {reception} "
            f"LEFT JOIN {CAL} cr ON cr.d = t.additions_requested_at::date "
            f"LEFT JOIN {CAL} ca ON ca.d = t.additions_received_at::date "
            f"LEFT JOIN {CAL} cd ON cd.d = {done} "
            f"JOIN {WORKDAY} ws ON ws.rank = {start} "
            f"LEFT JOIN {WORKDAY} w ON w.rank = {start} + p.working_days + {paused} {good}",
            [source_id],
        )


def drop():
    with connection.cursor() as cursor:
        for table in (RAW, TYPED, CELLS, CAL, WORKDAY):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
