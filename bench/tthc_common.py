"""Shared by the TTHC benchmarks: Django set up on the benchmark database, a province of communes, and a
catalogue of procedures. Data is generated under bench/out/ (gitignored), never committed."""

import atexit
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))
PG_URL = "postgres://postgres@127.0.0.1:55433/tthc_bench"
COMMUNES = 60
PROCEDURES = 120


def setup(database_url):
    OUT.mkdir(exist_ok=True)
    own_queue = "PORTAL_TEST_QUEUE" not in os.environ
    if database_url.startswith("postgres"):
        _create_database(database_url)
    os.environ["DATABASE_URL"] = database_url
    os.environ["PORTAL_DATA_DIR"] = str(OUT)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    if own_queue and os.environ.get("PORTAL_TEST_QUEUE"):
        # The folder the test settings made for this process (never another settings' queue, such as the one
        # `make run` uses); no benchmark sends a message to it.
        atexit.register(shutil.rmtree, os.environ["PORTAL_TEST_QUEUE"], True)

    call_command("migrate", verbosity=0)


def _create_database(url):
    import psycopg2

    name = url.rsplit("/", 1)[1]
    connection = psycopg2.connect(url.rsplit("/", 1)[0] + "/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not cursor.fetchone():
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def province():
    """A province with COMMUNES communes and PROCEDURES procedures; returns (province, commune names, procs)."""
    from portal.demo import upsert
    from portal.models import OrgUnit
    from tthc.models import Procedure

    top = upsert(OrgUnit, {"code": "bench-tinh"}, {"name": "UBND tỉnh (benchmark)", "kind": OrgUnit.Kind.PROVINCE})
    names = []
    for n in range(COMMUNES):
        unit = upsert(
            OrgUnit, {"code": f"bench-xa-{n}"}, {"name": f"UBND xã Thử {n:02d}", "parent": top, "kind": "commune"}
        )
        names.append(unit.name)
    procedures = []
    for n in range(PROCEDURES):
        days, fee = (3, 5, 7, 10, 15)[n % 5], n % 3 == 0
        code = f"{1 + n % 3}.{n + 1:06d}.000.00.00.H08"
        upsert(
            Procedure,
            {"code": code},
            {"name": f"Thủ tục thử {n}", "field": f"Lĩnh vực {n % 12}", "working_days": days, "has_fee": fee},
        )
        procedures.append((code, days, fee))
    return top, names, procedures


class FileUpload:
    """A file on disk that looks like an upload to the importer (name, size, read, seek), as Django's
    TemporaryUploadedFile does: an upload past 2.5 MB is always written to disk first."""

    def __init__(self, path):
        self.name, self.size = Path(path).name, Path(path).stat().st_size
        self._path = str(path)
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()

    def temporary_file_path(self):
        return self._path

    def __getattr__(self, name):
        return getattr(self._file, name)

    def close(self):
        self._file.close()


def peak_rss_mb():
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
