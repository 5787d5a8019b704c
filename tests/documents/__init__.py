"""Documents tests share the demo data they render: see `demo`."""

import logging
from contextlib import contextmanager

from django.db import connection, transaction

from plans.demo import load_plans
from portal.demo import load_units_and_people
from reports.demo import load_reports


@contextmanager
def demo(django_db_blocker, *, reports=False):
    """The demo's units and plans (and reports), for a module's fixture to render once: loaded in a transaction
    that is rolled back, so nothing stays behind; the connection is closed because it is not one that
    pytest-django tears down."""
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    with django_db_blocker.unblock():
        with transaction.atomic():
            load_units_and_people()
            load_plans()
            if reports:
                load_reports()
            yield
            transaction.set_rollback(True)
        connection.close()
