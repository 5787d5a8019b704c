"""Streaming import of dossier exports: every row is checked in Python as it is read, good rows go to a
staging table in batches (COPY on PostgreSQL, executemany on SQLite), then the new and changed dossiers
are written by code and their change is added to the monthly figures, all in one transaction.

A file with bad rows writes nothing unless the user asked to skip them; either way every bad row is
reported by line, column and reason.
"""

import csv
import io
import time
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import connection, transaction
from django.utils.translation import gettext as _

from portal.models import OrgUnit
from portal.tabular import TableError, header_key, xlsx_rows
from portal.text import fold, nfc

from . import bulk, columnar, rollups, scratch
from .dossiers import (
    COLUMNS,
    DATETIMES,
    DB_COLUMNS,
    FLAGS,
    REQUIRED,
    VN,
    CellError,
    Procedure,
    WorkdayCache,
    derive,
    foreign_error,
    parse_channel,
    parse_count,
    parse_datetime,
    parse_flag,
    parse_money,
)
from .models import Dossier, DossierImport
from .models import Procedure as ProcedureModel

# A dossier export is far larger than the sheets portal imports: a province sends millions of rows a year.
MAX_BYTES = getattr(settings, "TTHC_IMPORT_MAX_BYTES", 512 * 1024 * 1024)
BATCH = 20_000
ERRORS_KEPT = 500
STAGING = "tthc_dossier_staging"
KNOWN = "tthc_known"
BEFORE = "tthc_before"
CHANGED = "tthc_changed"
# Where an import is, for the page that follows one the worker runs.
STEP_READ, STEP_CHECK, STEP_WRITE = "read", "check", "write"


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)
    error_count: int = 0
    written: bool = False
    last_received: date | None = None
    record: DossierImport | None = None

    @property
    def ok(self):
        return self.error_count == 0

    @property
    def unchanged(self):
        return self.rows - self.error_count - self.created - self.updated if self.written else 0


def iter_rows(upload, mapping):
    """Yield (line, {field: cell}) from a CSV or XLSX upload, streaming; headers matched without diacritics."""
    check_upload(upload)
    raw = xlsx_rows(upload) if upload.name.lower().endswith(".xlsx") else _csv_stream(upload)
    header = next(raw, None)
    if header is None:
        raise TableError(_("Tệp không có dữ liệu."))
    items = list(_positions(header, mapping).items())
    for line, cells in enumerate(raw, start=2):
        width = len(cells)
        values = {f: cells[i] for f, i in items if i < width and cells[i] not in (None, "")}
        if values:
            yield line, values


def check_upload(upload):
    """TableError when the upload is neither CSV nor Excel, or past MAX_BYTES."""
    if not upload.name.lower().endswith((".csv", ".xlsx")):
        raise TableError(_("Chỉ nhận tệp .xlsx hoặc .csv."))
    if upload.size > MAX_BYTES:
        raise TableError(
            _("Tệp quá lớn (%(size)s MB); giới hạn là %(limit)s MB.")
            % {"size": round(upload.size / 1048576, 1), "limit": MAX_BYTES // 1048576}
        )


def _positions(header, mapping):
    """field -> position in the file of the header the mapping names; the required ones must be there."""
    found = {header_key(h): i for i, h in enumerate(header)}
    index = {f: found[header_key(label)] for f, label in mapping.items() if label and header_key(label) in found}
    missing = [mapping.get(f) or COLUMNS[f] for f in REQUIRED if f not in index]
    if missing:
        raise TableError(_("Thiếu cột: %(columns)s.") % {"columns": ", ".join(missing)})
    return index


def _csv_header(upload):
    """(header cells, delimiter) of a CSV upload."""
    upload.seek(0)
    stream = io.TextIOWrapper(upload, encoding="utf-8-sig", newline="")
    try:
        first = stream.readline()
    except UnicodeDecodeError:
        raise TableError(_("Tệp CSV phải được lưu với mã UTF-8.")) from None
    finally:
        stream.detach()  # the upload stays open for whoever reads it next
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return next(csv.reader([first], delimiter=delimiter), []), delimiter


def _csv_stream(upload):
    header, delimiter = _csv_header(upload)
    yield header
    upload.seek(0)
    stream = io.TextIOWrapper(upload, encoding="utf-8-sig", newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        next(reader, None)
        yield from reader
    except UnicodeDecodeError:
        raise TableError(_("Tệp CSV phải được lưu với mã UTF-8.")) from None


class RowChecker:
    """Turns the cells of one row into database values, or into (column, reason) errors."""

    def __init__(self, unit, mapping):
        self.mapping = mapping
        self.workdays = WorkdayCache()
        self.procedures, self.by_national = {}, {}
        for pk, code, national, days in ProcedureModel.objects.values_list("pk", "code", "national_id", "working_days"):
            self.procedures[code] = Procedure(pk, days)
            self.by_national.setdefault(national, []).append(Procedure(pk, days))
        self.default_unit = unit.pk
        self.path = unit.path
        self.units = OrgUnit.objects.subtree_of(unit).by_name()
        self.seen = {}  # code -> line of the good row that brought it
        self._readers = None

    def label(self, name):
        return self.mapping.get(name) or COLUMNS[name]

    def check(self, cells, line=None):
        values, errors = {}, []
        readers = self.readers
        for name, cell in cells.items():
            if cell.__class__ is str:
                cell = cell.strip() if cell.isascii() else nfc(cell).strip()
                if not cell:
                    continue
            try:
                values[name] = readers[name](cell)
            except CellError as error:
                errors.append((self.label(name), str(error)))
        for name in REQUIRED:
            if name not in values and not any(c == self.label(name) for c, _m in errors):
                errors.append((self.label(name), _("Không được để trống.")))
        code = values.get("code")
        if code and code in self.seen:
            errors.append((self.label("code"), _("Mã hồ sơ “%(c)s” lặp lại trong tệp.") % {"c": code}))
        completed, received = values.get("completed_at"), values.get("received_at")
        if completed and received and completed < received:
            errors.append((self.label("completed_at"), _("Ngày có kết quả trước ngày tiếp nhận.")))
        if errors:
            return None, errors
        self.seen[code] = line
        return self._complete(values), []

    def foreign(self):
        """(line, code) of the good rows whose code is stored for a unit outside the importing one: upserting
        them would move another unit's dossier into this one and change that unit's figures."""
        codes, found = list(self.seen), []
        for start in range(0, len(codes), 500):
            stored = Dossier.objects.filter(code__in=codes[start : start + 500]).exclude(
                unit__path__startswith=self.path
            )
            found += [(self.seen[code], code) for code in stored.values_list("code", flat=True)]
        return sorted(found)

    def foreign_in(self, low, high):
        """The stored codes in [low, high] of dossiers of units outside the importing one: the column path's
        form of `foreign`, reading only that range of the code index."""
        stored = Dossier.objects.filter(code__range=(low, high)).exclude(unit__path__startswith=self.path)
        return list(stored.values_list("code", flat=True))

    @property
    def readers(self):
        """field -> function reading one cell, looked up once per row rather than tested name by name."""
        if self._readers is None:
            self._readers = {
                **dict.fromkeys(DATETIMES, parse_datetime),
                **dict.fromkeys(FLAGS, parse_flag),
                "due_on": lambda cell: parse_datetime(cell).astimezone(VN).date(),
                "channel": parse_channel,
                "additions": parse_count,
                "fee": parse_money,
                "procedure": lambda cell: self._procedure(str(cell)),
                "unit": lambda cell: self._unit(str(cell)),
                "code": _dossier_code,
            }
        return self._readers

    def _procedure(self, code):
        found = self.procedures.get(code)
        if found is None:
            # Exports sometimes give the national id alone ("1.001653"); accept it when only one agency uses it.
            candidates = self.by_national.get(code.strip("()")[:8], [])
            if len(candidates) != 1:
                raise CellError(_("Không có thủ tục mã “%(c)s” trong danh mục.") % {"c": code})
            found = candidates[0]
        return found

    def _unit(self, text):
        pk = self.units.get(text) or self.units.get(fold(text))
        if pk is None:
            raise CellError(_("Đơn vị “%(u)s” không thuộc đơn vị đang nhập.") % {"u": text})
        return pk

    def _complete(self, values):
        procedure = values.pop("procedure")
        values["procedure_id"] = procedure.id
        values["unit_id"] = values.pop("unit", self.default_unit)
        values.setdefault("channel", 1)
        values.setdefault("additions", 0)
        values.setdefault("fee", 0)
        for flag in FLAGS:
            values.setdefault(flag, False)
        workdays = self.workdays.for_date(values["received_at"].astimezone(VN).date())
        return derive(values, procedure, workdays)


def _dossier_code(cell):
    code = str(cell)
    if len(code) > 40:
        raise CellError(_("Mã hồ sơ dài quá 40 ký tự."))
    return code


def dossiers_import(*, unit, upload, by=None, mapping=None, skip_bad_rows=False, source=None, record=None, step=None):
    """Check and write one export. Nothing is written when a row is bad, unless `skip_bad_rows`. `record` is the
    import's record when the worker runs a queued one (else one is made); `step(name, rows)` hears where it is."""
    mapping = {**COLUMNS, **(mapping or {})}
    step = step or (lambda name, rows=None: None)
    started = time.monotonic()
    result = ImportResult()
    checker = RowChecker(unit, mapping)
    writer = _writer()
    with transaction.atomic():
        if record is None:
            record = DossierImport.objects.create(unit=unit, source=source, file_name=upload.name[:255], by=by)
        record.state = DossierImport.State.CHECKED
        with scratch.tables():
            writer.begin()
            # Before any check: the check for codes another unit holds must see what an import running at the
            # same moment writes, or both would pass a new code and the later one would take the dossier over.
            writer.lock()
            in_columns = (
                connection.vendor == "postgresql"
                and upload.name.lower().endswith(".csv")
                and _import_columns(upload, mapping, checker, writer, record, result, skip_bad_rows, step)
            )
            if not in_columns:
                _import_rows(upload, mapping, checker, writer, record, result, skip_bad_rows, step)
            if result.written:
                record.last_received = result.last_received
            writer.end()
        if result.written:
            record.state = DossierImport.State.DONE
        record.rows, record.created, record.updated = result.rows, result.created, result.updated
        record.bad_rows = result.error_count
        record.errors = result.errors
        record.seconds = round(time.monotonic() - started, 3)
        record.save()
    result.record = record
    return result


def _import_columns(upload, mapping, checker, writer, record, result, skip_bad_rows, step):
    """PostgreSQL and CSV: read and check column by column, write by binary COPY. False when polars cannot read
    the file."""
    check_upload(upload)
    header, delimiter = _csv_header(upload)
    index = _positions(header, mapping)
    step(STEP_READ)
    try:
        scan = columnar.read(upload, header, index, delimiter)
        rows = columnar.Rows(scan, checker)
        result.rows = rows.typed()
    except columnar.Refused:
        return False
    step(STEP_CHECK)
    result.error_count = rows.check(checker.foreign_in)
    result.errors = rows.errors(ERRORS_KEPT) if result.error_count else []
    if result.ok or skip_bad_rows:
        step(STEP_WRITE, result.rows)
        working_days = {p.id: p.working_days for p in checker.procedures.values()}
        good = rows.good(working_days, record.pk)
        if good is not None:
            result.last_received = good.get_column("received_on").max()
            codes = good.get_column("code")
            with connection.cursor() as cursor:
                if Dossier.objects.filter(code__range=(codes.min(), codes.max())).exists():
                    # Hash the merge's joins on a million codes in memory rather than sorting them on disk.
                    cursor.execute("SET LOCAL work_mem = '256MB'")
                    columnar.copy(cursor, STAGING, good)
                    result.created, result.updated = writer.merge()
                else:
                    result.created = columnar.write_new(cursor, good)
        result.written = True
    return True


def _import_rows(upload, mapping, checker, writer, record, result, skip_bad_rows, step):
    """Every row read and checked in Python, good ones staged in batches: SQLite, and Excel files."""
    batch = []
    step(STEP_CHECK)
    for line, cells in iter_rows(upload, mapping):
        result.rows += 1
        if result.rows % BATCH == 0:
            step(STEP_CHECK, result.rows)
        values, errors = checker.check(cells, line)
        if errors:
            result.error_count += 1
            for column, message in errors:
                if len(result.errors) < ERRORS_KEPT:
                    result.errors.append({"line": line, "column": column, "message": message})
            continue
        if result.error_count and not skip_bad_rows:
            continue  # keep checking to report every bad row, but nothing will be written
        values["source_id"] = record.pk
        batch.append(values)
        if len(batch) >= BATCH:
            writer.stage(batch)
            batch = []
    writer.stage(batch)
    foreign = checker.foreign()
    if foreign:
        result.error_count += len(foreign)
        result.errors = sorted(
            result.errors + [{"line": line, **foreign_error(checker.label, code)} for line, code in foreign],
            key=lambda error: error["line"],
        )[:ERRORS_KEPT]
        writer.unstage([code for _line, code in foreign])
    if result.ok or skip_bad_rows:
        step(STEP_WRITE, result.rows)
        result.created, result.updated = writer.merge()
        result.last_received = writer.last_received()
        result.written = True


WRITE_COLUMNS = (*DB_COLUMNS, "source_id")


def write_types():
    """column -> the dossier table's type of it, for WRITE_COLUMNS."""
    fields = {field.column: field for field in Dossier._meta.concrete_fields}
    return {column: fields[column].db_type(connection) for column in WRITE_COLUMNS}


def _writer():
    return PostgresWriter() if connection.vendor == "postgresql" else SqliteWriter()


class StagingWriter:
    """Shared by both databases: the staging table, then the writes and the rollup changes in SQL."""

    distinct = "IS NOT"

    def begin(self):
        # Made from the model, not from the dossier table: reading that table before the import lock is taken
        # would let a large load, which locks it whole, and this import each wait for the other.
        columns = ", ".join(f"{column} {kind}" for column, kind in write_types().items())
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {STAGING}")
            cursor.execute(f"{scratch.create()} {STAGING} ({columns})")

    def end(self):
        with connection.cursor() as cursor:
            for table in (STAGING, KNOWN, BEFORE, CHANGED):
                cursor.execute(f"DROP TABLE IF EXISTS {table}")

    def last_received(self):
        """The latest reception date among the staged rows."""
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT max(received_on) FROM {STAGING}")
            value = cursor.fetchone()[0]
        return date.fromisoformat(value) if isinstance(value, str) else value

    def lock(self):
        """SQLite writes one transaction at a time already."""

    def unstage(self, codes):
        with connection.cursor() as cursor:
            for start in range(0, len(codes), 500):
                chunk = codes[start : start + 500]
                cursor.execute(f"DELETE FROM {STAGING} WHERE code IN ({', '.join(['%s'] * len(chunk))})", chunk)

    def index_codes(self, cursor, table):
        # SQLite runs NOT EXISTS as a nested loop: without an index a re-import of 20,000 rows took 30 s.
        cursor.execute(f"CREATE UNIQUE INDEX {table}_code ON {table} (code)")

    def merge(self):
        """Write the staged rows by code: new codes by a plain INSERT in code order (all of them on a first
        import; an upsert would probe the code index twice per row), stored rows only where a value changed.
        Return (created, updated)."""
        table = Dossier._meta.db_table
        columns = ", ".join(WRITE_COLUMNS)
        changed = " OR ".join(f"s.{c} {self.distinct} b.{c}" for c in DB_COLUMNS if c != "code")
        assignments = ", ".join(f"{c} = c.{c}" for c in WRITE_COLUMNS if c != "code")
        new = f"SELECT s.* FROM {STAGING} s WHERE NOT EXISTS (SELECT 1 FROM {KNOWN} k WHERE k.code = s.code)"
        with connection.cursor() as cursor:
            for name in (KNOWN, BEFORE, CHANGED):
                cursor.execute(f"DROP TABLE IF EXISTS {name}")
            # Which codes are stored, and whether the file changes them: one narrow row each, since a re-import
            # matches every code; the stored and the new values are copied only for the rows that change. Only
            # the stored codes within the file's range are read: a new period's codes (yymmdd after the agency)
            # sort after the stored ones, and a million of them met five million stored rows in 4.7 s.
            cursor.execute(f"SELECT min(code), max(code) FROM {STAGING}")
            cursor.execute(
                f"{scratch.create()} {KNOWN} AS SELECT s.code, {changed} AS changed "
                f"FROM {STAGING} s JOIN {table} b ON b.code = s.code WHERE b.code BETWEEN %s AND %s",
                cursor.fetchone(),
            )
            self.index_codes(cursor, KNOWN)
            cursor.execute(
                f"{scratch.create()} {BEFORE} AS SELECT {', '.join(f'b.{c}' for c in WRITE_COLUMNS)} "
                f"FROM {table} b JOIN {KNOWN} k ON k.code = b.code WHERE k.changed"
            )
            cursor.execute(
                f"{scratch.create()} {CHANGED} AS SELECT s.* FROM {STAGING} s JOIN {KNOWN} k ON k.code = s.code "
                "WHERE k.changed"
            )
            cursor.execute(f"UPDATE {table} SET {assignments} FROM {CHANGED} c WHERE {table}.code = c.code")
            updated = cursor.rowcount
            # The new rows are the staged ones not known (staged codes are unique): counted without the
            # anti-join the INSERT runs.
            cursor.execute(f"SELECT (SELECT count(*) FROM {STAGING}) - (SELECT count(*) FROM {KNOWN})")
            # In code order the code index fills page after page, unless the indexes are set aside.
            with bulk.indexes_aside(cursor, table, cursor.fetchone()[0]) as aside:
                order = "" if aside else " ORDER BY code"
                cursor.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM ({new}) n{order}")
                created = cursor.rowcount
            rollups.add_changes(
                cursor,
                f"SELECT 1 AS sign, n.* FROM ({new}) n UNION ALL SELECT 1, c.* FROM {CHANGED} c "
                f"UNION ALL SELECT -1, b.* FROM {BEFORE} b",
            )
        return created, updated


class SqliteWriter(StagingWriter):
    def stage(self, rows):
        if not rows:
            return
        placeholders = ", ".join(["%s"] * len(WRITE_COLUMNS))
        ops = connection.ops
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {STAGING} ({', '.join(WRITE_COLUMNS)}) VALUES ({placeholders})",
                [[_sqlite_value(ops, row.get(c)) for c in WRITE_COLUMNS] for row in rows],
            )


def _sqlite_value(ops, value):
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        return ops.adapt_datetimefield_value(value)
    if hasattr(value, "as_tuple"):
        return int(value)
    return value


class PostgresWriter(StagingWriter):
    distinct = "IS DISTINCT FROM"

    def index_codes(self, cursor, table):
        """PostgreSQL hashes the codes for its joins; an index would only cost its build."""

    def lock(self):
        # Imports one after the other: each reads the rows it replaces and adds its change to the rollups,
        # which two at once would both count; and each checks which codes other units hold.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [STAGING])

    def stage(self, rows):
        if not rows:
            return
        buffer = io.StringIO()
        write = buffer.write
        for row in rows:
            write("\t".join(_copy_value(row.get(c)) for c in WRITE_COLUMNS))
            write("\n")
        buffer.seek(0)
        with connection.cursor() as cursor:
            cursor.cursor.copy_expert(f"COPY {STAGING} ({', '.join(WRITE_COLUMNS)}) FROM STDIN", buffer)


def _copy_value(value):
    if value is None:
        return r"\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
