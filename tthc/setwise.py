"""The PostgreSQL path of the dossier import for CSV files: the uploaded bytes go straight into a text staging
table by COPY, and every check and derivation runs set-wise in SQL. Python sees only the distinct values
that SQL cannot read by itself (procedure and unit names, unusual flags, dates in other formats) — a few
hundred for a million rows — and reads them with the same readers as the row-by-row path, so both paths
accept and reject the same cells with the same messages.
"""

from datetime import timedelta

import psycopg2
from django.db import DataError, connection, transaction
from django.utils.translation import gettext as _

from portal.text import nfc

from . import scratch
from .dossiers import COLUMNS, CUTOFF, DATETIMES, FLAGS, REQUIRED, VN, CellError, Workdays, foreign_error

RAW = "tthc_raw"
TYPED = "tthc_typed"
CELLS = "tthc_cells"
BAD = "tthc_bad"
ZONE = "INTERVAL '7 hours'"  # Việt Nam, no daylight saving: the same fixed offset as dossiers.VN

# dd/mm/yyyy hh:mm read by position, with plain comparisons (a regular expression costs 3 µs a cell, a SQL
# function that PostgreSQL cannot inline 20 µs); a day that does not exist (31/04, 29/02/2025) must be caught
# before the cast, which would abort the whole statement.
TS_FAST = (
    "length({t}) = 16 AND translate({t}, '0123456789', '') = '// :' AND substr({t}, 3, 1) = '/' "
    "AND substr({t}, 6, 1) = '/' AND substr({t}, 11, 1) = ' ' AND substr({t}, 4, 2) BETWEEN '01' AND '12' "
    "AND substr({t}, 12, 2) < '24' AND substr({t}, 15, 2) < '60' AND substr({t}, 7, 4) > '0000' "
    "AND left({t}, 2) BETWEEN '01' AND CASE WHEN left({t}, 2) <= '28' THEN '28' "
    "WHEN substr({t}, 4, 2) IN ('04', '06', '09', '11') THEN '30' WHEN substr({t}, 4, 2) <> '02' THEN '31' "
    "WHEN substr({t}, 7, 4)::int % 4 = 0 AND (substr({t}, 7, 4)::int % 100 <> 0 "
    "OR substr({t}, 7, 4)::int % 400 = 0) THEN '29' ELSE '28' END"
)
TS_VALUE = (
    "make_timestamp(substr({t}, 7, 4)::int, substr({t}, 4, 2)::int, left({t}, 2)::int, "
    "substr({t}, 12, 2)::int, substr({t}, 15, 2)::int, 0)"
)
# The optimistic reading of the same cells: PostgreSQL's own cast under DateStyle DMY, kept only when the
# value printed back as dd/mm/yyyy hh:mm (or dd/mm/yyyy) is the cell itself, so that every cell kept is one
# the row path reads by position to the same value; the cast takes what the row path reads otherwise or
# refuses (24:00 as the next midnight, "-8:30" as a time zone, two-digit years), and those go to Python.
# Measured on a million cells: the cast and the print 0.6 s, the digit test of TS_FAST (translate) 0.7 s on
# its own. The cast raises on a cell it cannot read at all (31/04): the whole file is then read with TS_FAST.
TS_CAST = "CASE WHEN length({t}) IN (10, 16) THEN {t}::timestamp END"
TS_CHEAP = "to_char({c}, CASE length({t}) WHEN 10 THEN 'DD/MM/YYYY' ELSE 'DD/MM/YYYY HH24:MI' END) = {t}"


# Cells SQL reads without help; anything else is looked up among the values Python read.
FAST = {
    **dict.fromkeys(FLAGS, ("{t} IN ('0', '1', 'x', 'X')", "{t} <> '0'")),
    "channel": ("{t} IN ('1', '2', '3')", "{t}::smallint"),
    "additions": ("length({t}) <= 4 AND translate({t}, '0123456789', '') = ''", "{t}::smallint"),
    "fee": ("length({t}) <= 12 AND translate({t}, '0123456789', '') = ''", "{t}::numeric"),
    **dict.fromkeys((*DATETIMES, "due_on"), (TS_FAST, TS_VALUE)),
}
CASTS = {**dict.fromkeys(FLAGS, "boolean"), "channel": "smallint", "additions": "smallint", "fee": "numeric"}
CASTS |= dict.fromkeys((*DATETIMES, "due_on"), "timestamp") | {"procedure": "bigint", "unit": "bigint", "code": "text"}
DEFAULTS = {**dict.fromkeys(FLAGS, "false"), "channel": "1", "additions": "0", "fee": "0"}
# The optimistic reads: (test, value, the cast each test and value use as {c}, made once a cell).
CHEAP = FAST | dict.fromkeys((*DATETIMES, "due_on"), (TS_CHEAP, "{c}", TS_CAST))


class CopyRefused(Exception):
    """COPY could not read the file (ragged rows, bad encoding): the row-by-row path words the problem."""


def load(upload, header, delimiter):
    """COPY the upload into a text table with one column per CSV position and the file line of each row."""
    columns = ", ".join(f"c{i} text" for i in range(len(header)))
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {RAW}")
        cursor.execute(f"{scratch.create()} {RAW} (line bigint GENERATED ALWAYS AS IDENTITY (START 2), {columns})")
        upload.seek(0)
        names = ", ".join(f"c{i}" for i in range(len(header)))
        sql = f"COPY {RAW} ({names}) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '{delimiter}')"
        try:
            with transaction.atomic():
                cursor.cursor.copy_expert(sql, upload, size=1 << 20)
        except psycopg2.DataError as error:
            raise CopyRefused(str(error)) from None


def _trim(column):
    return f"NULLIF(btrim({column}, E' \\t\\r\\n'), '')"


class Checker:
    """Checks the rows of the raw table set-wise; `readers` are the row path's cell readers."""

    def __init__(self, index, readers, label, path):
        self.index, self.readers, self.label, self.path = index, readers, label, path
        self.fields = [name for name in COLUMNS if name in index]
        self.rare = [name for name in self.fields if name in FAST]

    def typed(self):
        """Read every non-empty row once: trimmed cells, the values SQL reads itself, and the cells it cannot
        (`<field>_raw`), which Python reads afterwards. Returns the number of rows."""
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL DateStyle = 'ISO, DMY'")
        try:
            with transaction.atomic():
                return self._typed(CHEAP)
        except DataError:
            return self._typed(FAST)

    def _typed(self, fast_reads):
        # Cells SQL reads itself are tested as they are (a padded one goes to Python); the others are trimmed.
        trimmed = [
            f"c{self.index[n]} AS {n}" if n in FAST else f"{_trim(f'c{self.index[n]}')} AS {n}" for n in self.fields
        ]
        trimmed += [
            f"{fast_reads[n][2].format(t=f'c{self.index[n]}')} AS {n}_cast" for n in self.rare if len(fast_reads[n]) > 2
        ]
        present = ", ".join(f"NULLIF(c{self.index[n]}, '')" for n in self.fields)
        # The volatile clock_timestamp() keeps each level a plan node of its own, so a cell is trimmed and parsed
        # once, not per use, as OFFSET 0 would; unlike OFFSET 0, it lets PostgreSQL share the scan among workers.
        reads = {n: [part.format(t=n, c=f"{n}_cast") for part in fast_reads[n][:2]] for n in self.rare}
        fast = ", ".join(f"CASE WHEN {check} THEN {value} END AS {n}_fast" for n, (check, value) in reads.items())
        outer = [f"{n}_fast AS {n}, CASE WHEN {n}_fast IS NULL THEN {_trim(n)} END AS {n}_raw" for n in self.rare]
        outer += [n for n in self.fields if n not in FAST]
        outer += [f"NULL::{CASTS.get(n, 'text')} AS {n}" for n in COLUMNS if n not in self.index]
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {TYPED}")
            cursor.execute(
                f"{scratch.create()} {TYPED} AS SELECT line, {', '.join(outer)} FROM ("
                f"SELECT clock_timestamp() AS fence_b, *{', ' if fast else ''}{fast} FROM ("
                f"SELECT clock_timestamp() AS fence_a, line, {', '.join(trimmed)} FROM {RAW} "
                f"WHERE COALESCE({present}) IS NOT NULL) a) b"
            )
            return cursor.rowcount

    def lookups(self):
        """Read in Python the distinct cells SQL could not, and write back what they mean. Two scans whatever
        the number of columns (one per column cost 2.5 s on a million rows): the rows holding a cell SQL could
        not read, unpivoted, and the pairs of procedure and unit."""
        keys = [n for n in ("procedure", "unit") if n in self.index]
        cells = set()
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {CELLS}")
            cursor.execute(f"{scratch.create()} {CELLS} (field text, cell text, value text, PRIMARY KEY (field, cell))")
            if self.rare:
                unusual = " OR ".join(f"{n}_raw IS NOT NULL" for n in self.rare)
                pairs = ", ".join(f"('{n}', {n}_raw)" for n in self.rare)
                cursor.execute(
                    f"SELECT DISTINCT v.field, v.cell FROM (SELECT * FROM {TYPED} WHERE {unusual}) t "
                    f"CROSS JOIN LATERAL (VALUES {pairs}) v(field, cell) WHERE v.cell IS NOT NULL"
                )
                cells.update(cursor.fetchall())
            if keys:
                cursor.execute(f"SELECT DISTINCT {', '.join(keys)} FROM {TYPED}")
                pairs = cursor.fetchall()
                cells.update((k, v) for row in pairs for k, v in zip(keys, row, strict=True) if v is not None)
            rows = [(name, cell, self._read(name, cell)) for name, cell in cells]
            if rows:
                cursor.executemany(f"INSERT INTO {CELLS} VALUES (%s, %s, %s)", rows)
            cursor.execute(f"ANALYZE {CELLS}")
            for name in {name for name, _cell, value in rows if name in self.rare}:
                cursor.execute(
                    f"UPDATE {TYPED} t SET {name} = l.value::{CASTS[name]} FROM {CELLS} l "
                    f"WHERE l.field = '{name}' AND l.cell = t.{name}_raw AND l.value IS NOT NULL"
                )

    def _read(self, name, cell):
        try:
            value = self.readers[name](nfc(cell).strip())
        except CellError:
            return None
        if hasattr(value, "astimezone"):
            return value.astimezone(VN).replace(tzinfo=None).isoformat(sep=" ")
        if name == "due_on":
            return value.isoformat()
        return str(getattr(value, "id", value))

    def ids(self, default_unit):
        """The joins giving each row its procedure and unit ids (NULL when unknown)."""
        unit = f"COALESCE(lu.value::bigint, {int(default_unit)})" if "unit" in self.index else str(int(default_unit))
        joins = f"LEFT JOIN {CELLS} lp ON lp.field = 'procedure' AND lp.cell = t.procedure "
        if "unit" in self.index:
            joins += f"LEFT JOIN {CELLS} lu ON lu.field = 'unit' AND lu.cell = t.unit "
        return "lp.value::bigint", unit, joins

    def check(self, default_unit):
        """Keep the bad rows, with what is wrong in column order, in a small table; return how many."""
        problems = []  # (condition, what is wrong) in column order
        for name in self.fields:
            if name == "code":
                problems.append(("length(t.code) > 40", "code"))
            elif name in FAST:
                problems.append((f"t.{name}_raw IS NOT NULL AND t.{name} IS NULL", name))
            elif name in ("procedure", "unit"):
                alias = "lp" if name == "procedure" else "lu"
                problems.append((f"t.{name} IS NOT NULL AND {alias}.value IS NULL", name))
        problems += [(f"t.{n} IS NULL AND t.{n}_raw IS NULL", f"empty:{n}") for n in REQUIRED if n in FAST]
        problems += [(f"t.{n} IS NULL", f"empty:{n}") for n in REQUIRED if n not in FAST]
        # The array of reasons is built for the bad rows only: for every row it cost most of the scan.
        bad = ", ".join(f"CASE WHEN {condition} THEN '{label}' END" for condition, label in problems)
        reversed_ = "t.completed_at < t.received_at"
        _procedure, _unit, joins = self.ids(default_unit)
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {BAD}")
            cursor.execute(
                f"{scratch.create()} {BAD} AS SELECT t.line, t.code, array_remove(ARRAY[{bad}]::text[], NULL) AS bad, "
                f"coalesce({reversed_}, false) AS reversed, false AS dup FROM {TYPED} t {joins}"
                f"WHERE {' OR '.join(f'({condition})' for condition, _label in problems)} OR {reversed_}"
            )
            # Like the row path, a code repeats when an earlier row with it was good.
            cursor.execute(
                f"INSERT INTO {BAD} (line, code, bad, reversed, dup) "
                f"WITH twice AS (SELECT code FROM {TYPED} GROUP BY code HAVING count(*) > 1), "
                f"rows AS (SELECT t.line, t.code FROM {TYPED} t JOIN twice USING (code)), "
                "first AS (SELECT r.code, min(r.line) AS line FROM rows r "
                f"WHERE r.line NOT IN (SELECT line FROM {BAD}) GROUP BY r.code) "
                "SELECT r.line, r.code, '{}'::text[], false, true FROM rows r JOIN first f USING (code) "
                "WHERE r.line > f.line"
            )
            # Like the row path, after the repeats: a good row whose code another unit's dossier holds. Only the
            # stored codes within the file's range are read, as the write does.
            cursor.execute(f"SELECT min(code), max(code) FROM {TYPED}")
            low, high = cursor.fetchone()
            cursor.execute(
                f"INSERT INTO {BAD} (line, code, bad, reversed, dup) "
                f"SELECT t.line, t.code, '{{foreign}}'::text[], false, false FROM {TYPED} t "
                "JOIN tthc_dossier d ON d.code = t.code JOIN portal_orgunit u ON u.id = d.unit_id "
                "WHERE d.code BETWEEN %s AND %s AND NOT starts_with(u.path, %s) "
                f"AND NOT EXISTS (SELECT 1 FROM {BAD} b WHERE b.line = t.line)",
                [low, high, self.path],
            )
            cursor.execute(f"SELECT count(DISTINCT line) FROM {BAD}")
            return cursor.fetchone()[0]

    def errors(self, kept):
        """The first `kept` errors, worded as the row path words them."""
        fields = ", ".join(f"r.c{self.index[n]}" for n in self.fields)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT b.line, bool_or(b.dup), bool_or(b.reversed), min(b.code), "
                f"array_agg(x ORDER BY o) FILTER (WHERE x IS NOT NULL), {fields} "
                f"FROM {BAD} b LEFT JOIN LATERAL unnest(b.bad) WITH ORDINALITY u(x, o) ON true "
                f"JOIN {RAW} r ON r.line = b.line GROUP BY b.line, {fields} ORDER BY b.line LIMIT %s",
                [kept],
            )
            found = []
            for line, dup, reversed_, code, bad, *cells in cursor.fetchall():
                raw = dict(zip(self.fields, cells, strict=True))
                for problem in bad or []:
                    if problem == "foreign":
                        found.append({"line": line, **foreign_error(self.label, code)})
                    else:
                        found.append({"line": line, **self._message(problem, raw)})
                if dup:
                    message = _("Mã hồ sơ “%(c)s” lặp lại trong tệp.") % {"c": code}
                    found.append({"line": line, "column": self.label("code"), "message": message})
                if reversed_:
                    message = _("Ngày có kết quả trước ngày tiếp nhận.")
                    found.append({"line": line, "column": self.label("completed_at"), "message": message})
        return found[:kept]

    def _message(self, problem, raw):
        if problem.startswith("empty:"):
            return {"column": self.label(problem[6:]), "message": _("Không được để trống.")}
        try:
            self.readers[problem](nfc(raw[problem]).strip())
        except CellError as error:
            return {"column": self.label(problem), "message": str(error)}
        return {"column": self.label(problem), "message": _("Giá trị không hợp lệ.")}


def calendar():
    """The working days covering every date of the file, from portal.calendar via dossiers.Workdays; None
    when no row has a date."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT min(least(received_at, completed_at, additions_requested_at, additions_received_at)), "
            f"max(greatest(received_at, completed_at, additions_requested_at, additions_received_at)) FROM {TYPED}"
        )
        low, high = cursor.fetchone()
    return None if low is None else Workdays(low.year, high.year + 2)


def month(expression):
    # date_part gives a float, half the cost of extract's numeric on a million rows.
    return f"(date_part('year', {expression})::int * 100 + date_part('month', {expression})::int)"


def stage(checker, default_unit, staging, types, source_id, workdays):
    """Derive due dates, results and months of the good rows in SQL and make the staging table of them, with
    `types` (column -> type) as its columns. The calendar goes in as three arrays (rank of each day, working or
    not, the day of each rank): subscripts cost less than the six joins to calendar tables they replace (4.5 s
    -> 3.9 s on a million rows)."""
    if workdays is None:
        return
    working = set(workdays.days)
    dates = [workdays.start + timedelta(days=i) for i in range(len(workdays.rank_of))]
    params = {
        "first": workdays.start,
        "ranks": workdays.rank_of,
        "working": [d in working for d in dates],
        "days": workdays.days,
        "source": source_id,
    }

    def rank(day):
        return f"(%(ranks)s::int[])[{day} - %(first)s::date + 1]"

    def day(rank):
        return f"(%(days)s::date[])[{rank}]"

    procedure, unit, joins = checker.ids(default_unit)
    # Received after the cut-off hour, a dossier counts from the next day (then the next working day).
    reception = f"(t.received_at::date + CASE WHEN t.received_at::time >= '{CUTOFF.isoformat()}' THEN 1 ELSE 0 END)"
    start = (
        f"CASE WHEN (%(working)s::boolean[])[{reception} - %(first)s::date + 1] THEN {rank(reception)} "
        f"ELSE {rank(reception)} + 1 END"
    )
    paused = (
        "CASE WHEN t.additions_requested_at IS NOT NULL AND t.additions_received_at > t.additions_requested_at "
        f"THEN {rank('t.additions_received_at::date')} - {rank('t.additions_requested_at::date')} ELSE 0 END"
    )
    due = f"COALESCE(t.due_on::date, {day('t.start + p.working_days + t.paused')})"
    done = "t.completed_at::date"
    values = {
        "code": "t.code",
        "procedure_id": "t.procedure_id",
        "unit_id": "t.unit_id",
        "due_on": due,
        "due_computed": "t.due_on IS NULL",
        "received_on": "t.received_at::date",
        "completed_on": done,
        "result": (
            f"CASE WHEN {done} IS NULL THEN '' WHEN {done} > {due} OR t.additions > 1 THEN 'late' "
            f"WHEN {done} < {due} THEN 'early' ELSE 'on_time' END"
        ),
        "processing_days": (
            f"CASE WHEN {done} IS NULL THEN NULL WHEN {done} >= {day('t.start')} "
            f"THEN greatest({rank(done)} - t.start - t.paused, 0) ELSE 0 END"
        ),
        "received_month": month("t.received_at"),
        "completed_month": month("t.completed_at"),
        "overdue_month": month(f"({due} + 1)"),
        "overdue_closed_month": (
            f"CASE WHEN {done} IS NOT NULL THEN greatest({month(f'({due} + 1)')}, {month('t.completed_at')}) END"
        ),
        "source_id": "%(source)s",
    }
    for name in DATETIMES:
        values[name] = f"t.{name} AT TIME ZONE {ZONE}"
    for name in (*FLAGS, "channel", "additions", "fee"):
        values[name] = f"COALESCE(t.{name}, {DEFAULTS[name]})"
    good = f"WHERE NOT EXISTS (SELECT 1 FROM {BAD} b WHERE b.line = t.line)"
    # The fence (see Checker._typed): the start and the pause of each row are worked out once, not at every use.
    rows = (
        f"SELECT clock_timestamp() AS fence, t.*, {procedure} AS procedure_id, {unit} AS unit_id, {start} AS start, "
        f"{paused} AS paused FROM {TYPED} t {joins}{good}"
    )
    # Made anew by CREATE TABLE AS, which PostgreSQL runs in parallel and INSERT not, in the types given.
    select = ", ".join(f"({values[column]})::{kind} AS {column}" for column, kind in types.items())
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {staging}")
        cursor.execute(
            f"{scratch.create()} {staging} AS SELECT {select} FROM ({rows}) t "
            "JOIN tthc_procedure p ON p.id = t.procedure_id",
            params,
        )


def drop():
    with connection.cursor() as cursor:
        for table in (RAW, TYPED, CELLS, BAD):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
