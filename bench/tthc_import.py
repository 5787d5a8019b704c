"""Import of 1,000,000 dossiers from CSV, against PostgreSQL's own \\copy of the same file.

Usage: .venv/bin/python bench/tthc_import.py [--rows 1000000] [--database postgres://…/tthc_bench]
       .venv/bin/python bench/tthc_import.py --database sqlite:///bench/out/tthc.sqlite3   (the SQLite figure)
Prints: the floor (\\copy into a plain table with a primary key, via psql), our import into an empty
table, again as a re-import (nothing changes), and of the same file with a tenth of its rows changed,
Django bulk_create in batches of 5,000, the ratio to the floor, and the peak RSS of this process. The
figure is printed last.
"""

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tthc_common as common  # noqa: E402


def floor_copy(csv_path, url):
    """psql's \\copy of the file into a plain table: text columns, the dossier code as primary key."""
    from tthc.synthetic import HEADERS

    columns = ", ".join(f'"{h}" text' + (" PRIMARY KEY" if i == 0 else "") for i, h in enumerate(HEADERS))
    setup = f"DROP TABLE IF EXISTS bench_floor; CREATE TABLE bench_floor ({columns});"
    subprocess.run(["psql", url, "-q", "-c", setup], check=True)
    started = time.perf_counter()
    subprocess.run(["psql", url, "-q", "-c", f"\\copy bench_floor FROM '{csv_path}' CSV HEADER"], check=True)
    seconds = time.perf_counter() - started
    subprocess.run(["psql", url, "-q", "-c", "DROP TABLE bench_floor"], check=True)
    return seconds


def updated_copy(csv_path):
    """The same export a month later: every tenth dossier's 'Số hóa' flag flipped, the rest as they were."""
    import csv

    from tthc.synthetic import HEADERS

    path = csv_path.with_name(csv_path.stem + "_updated.csv")
    if path.exists():
        return path
    column = HEADERS.index("Số hóa")
    with open(csv_path, newline="", encoding="utf-8") as source, open(path, "w", newline="", encoding="utf-8") as out:
        rows, writer = csv.reader(source), csv.writer(out)
        writer.writerow(next(rows))
        for number, row in enumerate(rows):
            if number % 10 == 0:
                row[column] = "0" if row[column] == "1" else "1"
            writer.writerow(row)
    return path


def empty_tables():
    """TRUNCATE (Django's flush: DELETE on SQLite), as a new province's tables are: after a DELETE every insert
    of the same codes and cells also meets the dead index entries of the rows deleted (1M rows: 31.2 s so,
    29.5 s after a TRUNCATE)."""
    from django.core.management.color import no_style
    from django.db import connection

    from tthc.models import Dossier, DossierImport, MonthlyDuration, MonthlyFigures, UnitMonthDuration, UnitMonthFigures

    models = (MonthlyFigures, MonthlyDuration, UnitMonthFigures, UnitMonthDuration, Dossier, DossierImport)
    with connection.cursor() as cursor:
        for statement in connection.ops.sql_flush(no_style(), [model._meta.db_table for model in models]):
            cursor.execute(statement)


def ours(csv_path, top):
    from tthc.imports import dossiers_import

    upload = common.FileUpload(csv_path)
    started = time.perf_counter()
    result = dossiers_import(unit=top, upload=upload)
    seconds = time.perf_counter() - started
    upload.close()
    assert result.ok, result.errors[:5]
    return seconds, result


def bulk_create(csv_path, top):
    """The way most Django code would: read rows, build model objects, bulk_create in batches of 5,000."""
    from tthc.dossiers import COLUMNS
    from tthc.imports import RowChecker, iter_rows
    from tthc.models import Dossier

    empty_tables()
    checker = RowChecker(top, COLUMNS)
    upload = common.FileUpload(csv_path)
    started = time.perf_counter()
    batch = []
    for _line, cells in iter_rows(upload, COLUMNS):
        values, _errors = checker.check(cells)
        batch.append(Dossier(**values))
        if len(batch) == 5000:
            Dossier.objects.bulk_create(batch, batch_size=5000)
            batch = []
    Dossier.objects.bulk_create(batch, batch_size=5000)
    upload.close()
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--database", default=common.PG_URL)
    parser.add_argument("--skip-bulk-create", action="store_true")
    args = parser.parse_args()
    common.setup(args.database)
    from tthc.synthetic import write_csv

    top, names, procedures = common.province()
    csv_path = common.OUT / f"dossiers_{args.rows}.csv"
    if not csv_path.exists():
        started = time.perf_counter()
        write_csv(csv_path, args.rows, names, procedures, 2025)
        size = csv_path.stat().st_size / 1e6
        print(f"generated {args.rows:,} rows ({size:.0f} MB) in {time.perf_counter() - started:.1f} s")
    postgres = args.database.startswith("postgres")
    floor = floor_copy(csv_path, args.database) if postgres else None
    if floor:
        print(f"floor: psql \\copy into a plain table with a primary key: {floor:.2f} s")
    empty_tables()
    first, result = ours(csv_path, top)
    from tthc.models import Dossier

    stored = Dossier.objects.count()
    assert stored == result.created == args.rows, (stored, result.created)  # a figure for rows really written
    print(
        f"our import, empty table: {first:.2f} s ({result.created:,} created), peak RSS {common.peak_rss_mb():.0f} MB"
    )
    again, result = ours(csv_path, top)
    print(f"our import, same file again: {again:.2f} s ({result.created} created, {result.updated} updated)")
    changed, result = ours(updated_copy(csv_path), top)
    print(f"our import, 10% of rows changed: {changed:.2f} s ({result.created} created, {result.updated:,} updated)")
    rss = common.peak_rss_mb()  # ours; bulk_create's model objects come after
    if not args.skip_bulk_create:
        print(f"Django bulk_create, batches of 5,000, empty table: {bulk_create(csv_path, top):.2f} s")
        empty_tables()
    if floor:
        print(
            f"FIGURE: import of {args.rows:,} dossiers {first:.2f} s = {first / floor:.2f}× the \\copy floor "
            f"({floor:.2f} s); peak RSS {rss:.0f} MB"
        )
    else:
        print(
            f"FIGURE: import of {args.rows:,} dossiers on {args.database.split(':')[0]}: {first:.2f} s; "
            f"peak RSS {rss:.0f} MB"
        )


if __name__ == "__main__":
    main()
