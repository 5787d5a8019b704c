"""The unit-by-month indicator page over 5,000,000 dossiers on PostgreSQL: warm time per request and its
fixed number of queries.

Usage: .venv/bin/python bench/tthc_indicators.py [--rows 5000000] [--requests 200]
Loads the dossiers through the real import (1,000,000 per file, five years) unless the table already holds
them, then requests the page of the province (every commune below it) through Django's test Client.
The figure is printed last.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tthc_common as common  # noqa: E402

PER_FILE = 1_000_000


def load(rows, top, names, procedures):
    from tthc.models import Dossier
    from tthc.synthetic import write_csv

    if Dossier.objects.count() >= rows:
        return
    for number, year in enumerate(range(2021, 2021 + rows // PER_FILE)):
        path = common.OUT / f"dossiers_{year}.csv"
        if not path.exists():
            write_csv(path, PER_FILE, names, procedures, year, seed=year)
        _import(path, top, year, number)


def _import(path, top, year, number):
    from tthc.imports import dossiers_import

    upload = common.FileUpload(path)
    started = time.perf_counter()
    result = dossiers_import(unit=top, upload=upload)
    upload.close()
    print(f"imported {year}: {result.created:,} new in {time.perf_counter() - started:.1f} s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    common.setup(common.PG_URL)
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from portal.models import User
    from tthc.models import Dossier

    top, names, procedures = common.province()
    load(args.rows, top, names, procedures)
    admin, _created = User.objects.get_or_create(username="bench-admin", defaults={"is_superuser": True})
    setup_test_environment()  # lets the test Client's "testserver" host in
    client = Client()
    client.force_login(admin)
    url = reverse("tthc:months", args=[top.pk]) + f"?nam={2020 + args.rows // PER_FILE}"
    client.get(url)  # warm: templates, calendar, connection
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        assert client.get(url).status_code == 200
    times = []
    for _ in range(args.requests):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    print(
        f"FIGURE: unit-by-month page over {Dossier.objects.count():,} dossiers: p50 {p50:.1f} ms, "
        f"p95 {p95:.1f} ms, {len(queries)} queries per request ({args.requests} warm requests)"
    )


if __name__ == "__main__":
    main()
