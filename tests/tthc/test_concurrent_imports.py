"""Two units import the same new dossier code at the same moment: the later import waits for the earlier one
and then names the row as another unit's, instead of passing its check before the earlier one has written and
taking the dossier over after it (PostgreSQL: SQLite writes one transaction at a time)."""

import threading
import time

import pytest
from django.db import connection, connections

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import STEP_WRITE, dossiers_import
from tthc.models import Dossier

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite runs one write transaction at a time"),
]
CODE = "000.00.53.H48-260105-0042"


def _in_thread(target, results, key):
    def run():
        try:
            results[key] = target()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _waiting_for_a_lock(seconds):
    """Whether another session waits for an advisory lock, seen within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
            if cursor.fetchone()[0]:
                return True
        time.sleep(0.05)
    return False


def test_it_names_the_code_the_import_running_at_the_same_moment_writes(unit_a, unit_b, procedures):
    writing, go_on, results = threading.Event(), threading.Event(), {}

    def pause_before_writing(name, rows=None):
        if name == STEP_WRITE:
            writing.set()
            go_on.wait(30)

    first = _in_thread(
        lambda: dossiers_import(unit=unit_b, upload=csv_upload([dossier_row(CODE)]), step=pause_before_writing),
        results,
        "b",
    )
    assert writing.wait(30)
    second = _in_thread(lambda: dossiers_import(unit=unit_a, upload=csv_upload([dossier_row(CODE)])), results, "a")
    waited = _waiting_for_a_lock(10)
    go_on.set()
    first.join(60)
    second.join(60)

    assert waited
    assert results["b"].created == 1
    assert (results["a"].ok, results["a"].written) == (False, False)
    assert [(e["line"], e["column"]) for e in results["a"].errors] == [(2, "Mã hồ sơ")]
    assert Dossier.objects.get(code=CODE).unit_id == unit_b.pk
