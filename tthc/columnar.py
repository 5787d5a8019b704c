"""The PostgreSQL path of the dossier import for CSV files, column by column. polars reads the file on every
core as columns of text; the cells in the export's usual shapes (dd/mm/yyyy hh:mm, 0 or 1, digits) are read
by vectorised parsing, and only the distinct others (procedure and unit names, flags written as words, dates
written otherwise: a few hundred for a million rows) by the row-by-row path's own readers, so that both paths
accept and reject the same cells with the same messages. Due dates, results and months are derived on the
columns from the working-day calendar as arrays. The good rows go to PostgreSQL by binary COPY (pgpq encodes
the Arrow batches): straight into the dossier table when none of their codes is stored yet, else into the
staging table that the writer merges; and what they add to the monthly figures is summed here, from the rows
in memory, rather than by scanning them again in the database.

The SQL path it replaces (COPY of the text, reading every cell in SQL, staging, INSERT, summing in SQL) took
15.7 s for a million rows on the machine where this one took 4.9 s (the README has the figures).
"""

import os
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pgpq
import polars as pl
from django.utils.translation import gettext as _

from portal.text import nfc

from . import bulk, rollups, scratch
from .dossiers import COLUMNS, CUTOFF, DATETIMES, FLAGS, REQUIRED, VN, CellError, Workdays, foreign_error
from .models import Dossier

BATCH = 100_000  # rows per Arrow batch sent to COPY: encoding one overlaps the server reading the one before
LOCAL = "%d/%m/%Y %H:%M"
# Cells in these shapes are read here without Python; any other cell, padded ones included, goes to the row
# path's reader, once per distinct value.
STAMP = r"^\d\d/\d\d/\d\d\d\d \d\d:\d\d$"
DIGITS = {"additions": r"^\d{1,4}$", "fee": r"^\d{1,12}$"}
QUICK_FLAGS = ["0", "1", "x", "X"]  # "0" is false, the others true
QUICK_CHANNELS = ["1", "2", "3"]
DEFAULTS = {**dict.fromkeys(FLAGS, False), "channel": 1, "additions": 0, "fee": 0}
TYPES = {
    **dict.fromkeys(DATETIMES, pl.Datetime("us")),
    **dict.fromkeys(FLAGS, pl.Boolean),
    "due_on": pl.Date,
    "channel": pl.Int16,
    "additions": pl.Int16,
    "fee": pl.Int64,
    "procedure": pl.Int64,
    "unit": pl.Int64,
    "code": pl.String,
}


class Refused(Exception):
    """polars could not read the file (ragged rows, bad encoding): the row-by-row path words the problem."""


def read(upload, header, index, delimiter):
    """The mapped columns of the CSV as text, named by field, with the file line of each row, as a lazy frame
    that streams the file: a million rows' cells are never all in memory. Rows with no cell at all are left
    out, as the row path skips them, but keep their line."""
    frame = pl.scan_csv(
        _source(upload),
        separator=delimiter,
        has_header=True,
        new_columns=[f"c{i}" for i in range(len(header))],
        infer_schema=False,
        row_index_name="line",
        row_index_offset=2,
    )
    fields = [pl.col(f"c{position}").alias(field) for field, position in index.items()]
    return frame.select(pl.col("line").cast(pl.Int64), *fields).filter(
        pl.any_horizontal(pl.all().exclude("line").is_not_null())
    )


def _source(upload):
    """A path polars can read by parts when the upload is on disk (a large upload always is, and so is one the
    worker imports from the file system), else its bytes."""
    for attribute in ("temporary_file_path", "path"):
        try:
            path = getattr(upload, attribute, None)
            path = path() if callable(path) else path
        except NotImplementedError:
            # A storage without local files (FieldFile.path on object storage): polars reads the bytes instead.
            path = None
        if path and os.path.isfile(path):
            return path
    upload.seek(0)
    return upload.read()


def _collect(frame):
    """Run a lazy frame over the file; Refused when polars cannot read it."""
    try:
        return frame.collect(engine="streaming")
    except (pl.exceptions.PolarsError, OSError, UnicodeDecodeError) as error:
        raise Refused(str(error)) from None


class Rows:
    """The rows of one file: reads and checks them, and derives the good ones for the writes below."""

    def __init__(self, scan, checker):
        """`checker` is the row path's RowChecker: its readers, labels, procedures and units."""
        self.scan, self.checker, self.readers, self.label = scan, checker, checker.readers, checker.label
        names = scan.collect_schema().names()
        self.fields = [name for name in COLUMNS if name in names]  # errors come in the row path's order
        self.frame = None  # line, the value and the error flag of every field, then the row's own flags

    # Reading

    def typed(self):
        """Read every cell in one pass over the file; then, only when some cells are not in the usual shapes,
        read those rows again for their distinct unusual cells. Returns the number of rows."""
        columns = [pl.col("line")]
        for name in self.fields:
            columns += [self._quick(name, pl.col(name)).alias(name), pl.col(name).is_not_null().alias(f"{name}__rare")]
        frame = _collect(self.scan.select(columns))
        # A cell present that the quick reading left empty is rare: worked out on the values after the pass, so
        # that no quick reading runs twice.
        frame = frame.with_columns(pl.col(f"{n}__rare") & pl.col(n).is_null() for n in self.fields)
        rare = [name for name in self.fields if frame.get_column(f"{name}__rare").any()]
        if rare:
            frame = self._read_rare(frame, rare)
        frame = frame.rename({f"{name}__rare": f"{name}__bad" for name in self.fields})
        self.frame = frame.with_columns(
            [pl.lit(None, TYPES[n]).alias(n) for n in TYPES if n not in self.fields]
            + [pl.lit(False).alias(f"{n}__bad") for n in TYPES if n not in self.fields]
        )
        return self.frame.height

    def _read_rare(self, frame, rare):
        """Read the unusual cells with the row path's readers, once per distinct cell; the `__rare` flag of each
        becomes whether it could not be read."""
        flagged = frame.filter(pl.any_horizontal(pl.col(f"{n}__rare") for n in rare)).get_column("line")
        raw = _collect(self.scan.filter(pl.col("line").is_in(flagged.implode())).select("line", *rare))
        patches = [pl.col("line")]
        for name in rare:
            looked_up = self._lookups(name, raw.get_column(name).drop_nulls().unique().to_list())
            cells, found = list(looked_up), list(looked_up.values())
            patches += [
                pl.col(name).replace_strict(cells, [v for v, _b in found], default=None, return_dtype=TYPES[name]),
                pl.col(name).replace_strict(cells, [b for _v, b in found], default=False).alias(f"{name}__failed"),
            ]
        patched = frame.join(raw.select(patches), on="line", how="left", suffix="__read")
        return patched.with_columns(
            v
            for name in rare
            for v in (
                pl.when(pl.col(f"{name}__rare")).then(pl.col(f"{name}__read")).otherwise(pl.col(name)).alias(name),
                (pl.col(f"{name}__rare") & pl.col(f"{name}__failed")).alias(f"{name}__rare"),
            )
        ).drop([f"{name}__read" for name in rare] + [f"{name}__failed" for name in rare])

    def _quick(self, name, cell):
        """The value of the cells in the usual shapes, null for the others."""
        if name in DATETIMES or name == "due_on":
            stamp = cell.str.strptime(pl.Datetime("us"), LOCAL, strict=False)
            # Year 0000 is no date to Python; anything past the pattern goes to Python too.
            stamp = pl.when(cell.str.contains(STAMP) & (stamp.dt.year() >= 1)).then(stamp)
            return stamp.dt.date() if name == "due_on" else stamp
        # A test of the few shapes costs half of a lookup of the cell in a mapping (replace_strict).
        if name in FLAGS:
            return pl.when(cell.is_in(QUICK_FLAGS)).then(cell != "0")
        if name == "channel":
            return pl.when(cell.is_in(QUICK_CHANNELS)).then(cell.cast(pl.Int16, strict=False))
        if name in DIGITS:
            return pl.when(cell.str.contains(DIGITS[name])).then(cell.cast(TYPES[name], strict=False))
        if name == "code":
            # Printable ASCII without spaces at either end is what the row path's strip and NFC leave alone.
            plain = cell.str.contains(r"^[!-~]([ -~]*[!-~])?$") & (cell.str.len_bytes() <= 40)
            return pl.when(plain).then(cell)
        # A procedure's code or a unit's name exactly as the catalogue and the units hold them; the row path
        # strips and normalises the others before it looks them up.
        known = (
            {code: p.id for code, p in self.checker.procedures.items()} if name == "procedure" else self.checker.units
        )
        return cell.replace_strict(known, default=None, return_dtype=pl.Int64) if known else pl.lit(None, pl.Int64)

    def _lookups(self, name, cells):
        """cell -> (value, unreadable) for the distinct cells read in Python; a cell blank once stripped is
        missing, as in the row path."""
        found = {}
        for cell in cells:
            text = nfc(cell).strip()
            if not text:
                found[cell] = (None, False)
                continue
            try:
                value = self.readers[name](text)
            except CellError:
                found[cell] = (None, True)
                continue
            if isinstance(value, datetime):
                value = value.astimezone(VN).replace(tzinfo=None)
            found[cell] = (getattr(value, "id", None) if name == "procedure" else _plain(value), False)
        return found

    # Checking

    def check(self, foreign_codes):
        """Mark the bad rows and return how many. `foreign_codes(low, high)` gives the stored codes in that range
        that belong to units outside the importing one (RowChecker.foreign_in)."""
        frame = self.frame
        unreadable = pl.any_horizontal(pl.col(f"{n}__bad") for n in TYPES)
        empty = pl.any_horizontal(pl.col(n).is_null() & ~pl.col(f"{n}__bad") for n in REQUIRED)
        reversed_ = (pl.col("completed_at") < pl.col("received_at")).fill_null(False)
        frame = frame.with_columns(reversed__=reversed_, bad__=unreadable | empty | reversed_)
        # Like the row path, a code repeats when an earlier row with it was good.
        if frame.get_column("code").is_duplicated().any():
            first = pl.when(~pl.col("bad__")).then(pl.col("line")).min().over("code")
            repeat = (pl.col("code").is_not_null() & (pl.col("line") > first)).fill_null(False)
            frame = frame.with_columns(dup__=repeat).with_columns(bad__=pl.col("bad__") | pl.col("dup__"))
        else:
            frame = frame.with_columns(dup__=pl.lit(False))
        # Then a good row whose code another unit's dossier holds.
        good = frame.filter(~pl.col("bad__")).get_column("code")
        stored = foreign_codes(good.min(), good.max()) if len(good) else []
        foreign = pl.col("code").is_in(stored) & ~pl.col("bad__") if stored else pl.lit(False)
        self.frame = frame.with_columns(foreign__=foreign).with_columns(bad__=pl.col("bad__") | pl.col("foreign__"))
        return int(self.frame.get_column("bad__").sum())

    def errors(self, kept):
        """The first `kept` errors, worded as the row path words them."""
        bad = self.frame.filter(pl.col("bad__")).head(kept)
        raw = _collect(self.scan.filter(pl.col("line").is_in(bad.get_column("line").implode()))).sort("line")
        found = []
        for row, cells in zip(bad.iter_rows(named=True), raw.iter_rows(named=True), strict=True):
            line = row["line"]
            for name in self.fields:
                if row[f"{name}__bad"]:
                    found.append({"line": line, **self._message(name, cells[name])})
            for name in REQUIRED:
                if row[name] is None and not row[f"{name}__bad"]:
                    found.append({"line": line, "column": self.label(name), "message": _("Không được để trống.")})
            if row["foreign__"]:
                found.append({"line": line, **foreign_error(self.label, row["code"])})
            if row["dup__"]:
                message = _("Mã hồ sơ “%(c)s” lặp lại trong tệp.") % {"c": row["code"]}
                found.append({"line": line, "column": self.label("code"), "message": message})
            if row["reversed__"]:
                message = _("Ngày có kết quả trước ngày tiếp nhận.")
                found.append({"line": line, "column": self.label("completed_at"), "message": message})
        return found[:kept]

    def _message(self, name, cell):
        try:
            self.readers[name](nfc(cell).strip())
        except CellError as error:
            return {"column": self.label(name), "message": str(error)}
        return {"column": self.label(name), "message": _("Giá trị không hợp lệ.")}

    # Deriving and writing

    def good(self, working_days, source_id):
        """The good rows as the dossier table's columns, derived as dossiers.derive derives one row."""
        frame = self.frame.filter(~pl.col("bad__")) if self.frame.get_column("bad__").any() else self.frame
        self.frame = None
        if not frame.height:
            return None
        dated = [frame.get_column(n).drop_nulls() for n in ("received_at", "completed_at", *DATETIMES[-2:])]
        low, high = min(d.min() for d in dated if len(d)), max(d.max() for d in dated if len(d))
        workdays = Workdays(low.year, high.year + 2)
        first = workdays.start
        ranks = pl.Series(workdays.rank_of, dtype=pl.Int32)
        days = pl.Series(workdays.days, dtype=pl.Date)
        open_ = set(workdays.days)
        working = pl.Series([first + timedelta(days=i) in open_ for i in range(len(workdays.rank_of))])

        def rank(day):
            return pl.lit(ranks).gather((day - pl.lit(first)).dt.total_days())

        def is_working(day):
            return pl.lit(working).gather((day - pl.lit(first)).dt.total_days())

        def day(number):  # the number-th working day of the calendar, counting from 1
            return pl.lit(days).gather(number - 1)

        received = pl.col("received_at")
        # Received after the cut-off hour, a dossier counts from the next day (then the next working day).
        reception = received.dt.date() + pl.duration(days=(received.dt.time() >= CUTOFF).cast(pl.Int32))
        asked, answered = pl.col("additions_requested_at"), pl.col("additions_received_at")
        paused = (
            pl.when(asked.is_not_null() & (answered > asked))
            .then(rank(answered.dt.date()) - rank(asked.dt.date()))
            .otherwise(0)
        )
        days_of = pl.col("procedure").replace_strict(working_days, default=None, return_dtype=pl.Int32)
        frame = frame.with_columns(
            start=rank(reception) + pl.when(is_working(reception)).then(0).otherwise(1), paused=paused, days_of=days_of
        )
        due = pl.coalesce(pl.col("due_on"), day(pl.col("start") + pl.col("days_of") + pl.col("paused")))
        done = pl.col("completed_at").dt.date()
        frame = frame.with_columns(due=due, done=done)
        due, done = pl.col("due"), pl.col("done")
        overdue_month = _month(due + pl.duration(days=1))
        utc = {n: (pl.col(n) - timedelta(hours=7)).dt.replace_time_zone("UTC") for n in DATETIMES}
        values = {
            "code": pl.col("code"),
            "procedure_id": pl.col("procedure"),
            "unit_id": pl.col("unit").fill_null(self.checker.default_unit),
            **{n: utc[n] for n in DATETIMES[:2]},
            "due_on": due,
            "due_computed": pl.col("due_on").is_null(),
            **{n: utc[n] for n in DATETIMES[2:4]},
            "channel": pl.col("channel"),
            "additions": pl.col("additions"),
            **{n: utc[n] for n in DATETIMES[4:]},
            "fee": pl.col("fee").cast(pl.Decimal(12, 0)),
            **{n: pl.col(n) for n in FLAGS},
            "received_on": received.dt.date(),
            "completed_on": done,
            "result": (
                pl.when(done.is_null())
                .then(pl.lit(""))
                .when((done > due) | (pl.col("additions") > 1))
                .then(pl.lit("late"))
                .when(done < due)
                .then(pl.lit("early"))
                .otherwise(pl.lit("on_time"))
            ),
            "processing_days": (
                pl.when(done.is_null())
                .then(pl.lit(None, pl.Int32))
                .when(done >= day(pl.col("start")))
                .then(pl.max_horizontal(rank(done) - pl.col("start") - pl.col("paused"), 0))
                .otherwise(0)
                .cast(pl.Int16)
            ),
            "received_month": _month(received),
            "completed_month": _month(done),
            "overdue_month": overdue_month,
            "overdue_closed_month": pl.when(done.is_not_null()).then(pl.max_horizontal(overdue_month, _month(done))),
            "source_id": pl.lit(source_id, pl.Int64),
        }
        defaults = [pl.col(n).fill_null(v) for n, v in DEFAULTS.items()]
        return frame.with_columns(defaults).select(expression.alias(name) for name, expression in values.items())


def _plain(value):
    """A value read in Python as polars holds it: money and counts as integers."""
    return int(value) if hasattr(value, "as_tuple") else value


def _month(expression):
    return (expression.dt.year() * 100 + expression.dt.month()).cast(pl.Int32)


def copy(cursor, table, frame):
    """Binary COPY of `frame` into the columns of `table` that it names."""
    arrow = frame.to_arrow()
    encoder = pgpq.ArrowToPostgresBinaryEncoder(arrow.schema)
    stream = _Chunks(encoder, arrow.to_batches(max_chunksize=BATCH))
    cursor.cursor.copy_expert(f"COPY {table} ({', '.join(frame.columns)}) FROM STDIN WITH (FORMAT binary)", stream)


class _Chunks:
    """A file COPY reads from: the header, each batch encoded when asked for, the trailer. psycopg2 sends what
    a read returns, whatever the size it asked for, so each read returns one whole part, not copied again; an
    empty read ends the COPY, so the empty parts of an encoder still filling its buffer are not returned."""

    def __init__(self, encoder, batches):
        self.parts = self._parts(encoder, batches)

    @staticmethod
    def _parts(encoder, batches):
        yield encoder.write_header()
        for batch in batches:
            part = encoder.write_batch(batch)
            if part:
                yield part
        yield encoder.finish()

    def read(self, size=-1):
        return next(self.parts, b"")


def write_new(cursor, frame):
    """Write rows none of whose codes is stored, and add them to the monthly figures; returns their number."""
    table = Dossier._meta.db_table
    with ThreadPoolExecutor(max_workers=1) as pool:
        with bulk.indexes_aside(cursor, table, frame.height) as aside:
            copy(cursor, table, _with_ids(cursor, table, frame) if aside else frame.sort("code"))
            # The sums need only the rows in memory: they are worked out while the database builds the indexes,
            # after the encoding of the rows for COPY has given its memory back (both at once peaked at 0.97 GB).
            deltas = pool.submit(_deltas, frame)
        for name, part in zip((rollups.DELTA, rollups.DELTA_DURATION), deltas.result(), strict=True):
            columns = ", ".join(f"{n} {'bigint' if n.endswith('_id') else 'integer'}" for n in part.columns)
            cursor.execute(f"DROP TABLE IF EXISTS {name}")
            cursor.execute(f"{scratch.create()} {name} ({columns})")
            copy(cursor, name, part)
    rollups.add_deltas(cursor)
    return frame.height


def _with_ids(cursor, table, frame):
    """`frame` with ids taken from the table's sequence as one block: a default drawn row by row cost a million
    rows' COPY 0.35 s. Only while the indexes are aside: the table is then locked whole, so no insert draws
    from the sequence between the two statements."""
    cursor.execute(f"SELECT pg_get_serial_sequence('{table}', 'id')")
    (sequence,) = cursor.fetchone()
    cursor.execute("SELECT nextval(%s)", [sequence])
    (first,) = cursor.fetchone()
    cursor.execute("SELECT setval(%s, %s)", [sequence, first + frame.height - 1])
    return frame.with_columns(id=pl.int_range(first, first + frame.height, dtype=pl.Int64))


def _deltas(frame):
    """What rows all new bring to the monthly figures, summed as rollups.add_changes sums it in SQL: by unit,
    procedure and their four months first, then each event's figures in its month. Returns the frames of
    rollups.DELTA and rollups.DELTA_DURATION."""
    keys = ["unit_id", "procedure_id", *rollups.EVENTS]
    paid = (pl.col("fee") > 0) & pl.col("fee_paid")
    figures = {
        "received_online": pl.col("channel") == 2,
        "received_in_person": pl.col("channel") == 1,
        "received_post": pl.col("channel") == 3,
        "resolved_early": pl.col("result") == "early",
        "resolved_on_time": pl.col("result") == "on_time",
        "resolved_late": pl.col("result") == "late",
        "fee_paid": paid,
        "paid_online": paid & pl.col("paid_online"),
        **{n: pl.col(n) for n in ("digitised", "e_result", "reused", "vneid")},
        "processing_days": pl.col("processing_days").fill_null(0),
        "overdue_started": None,  # every dossier
        "apology": pl.col("apology"),
        "overdue_closed": None,
    }
    sums = (pl.len() if e is None else e.cast(pl.Int64).sum() for e in figures.values())
    grouped = frame.group_by(keys).agg(s.cast(pl.Int64).alias(n) for n, s in zip(figures, sums, strict=True))
    events = [
        grouped.filter(pl.col(month).is_not_null()).select(
            "unit_id",
            "procedure_id",
            pl.col(month).alias("month"),
            *(pl.col(n) if n in names else pl.lit(0, pl.Int64).alias(n) for n in rollups.FIGURES),
        )
        for month, names in rollups.EVENTS.items()
    ]
    delta = (
        pl.concat(events)
        .group_by("unit_id", "procedure_id", "month")
        .agg(pl.col(rollups.FIGURES).sum())
        .filter(pl.any_horizontal(pl.col(rollups.FIGURES) != 0))
    )
    durations = (
        frame.filter(pl.col("processing_days").is_not_null())
        .group_by("unit_id", "procedure_id", month=pl.col("completed_month"), days=pl.col("processing_days"))
        .agg(pl.len().alias("count"))
    )
    counts = pl.all().exclude("unit_id", "procedure_id").cast(pl.Int32)
    return [part.with_columns(counts) for part in (delta, durations)]
