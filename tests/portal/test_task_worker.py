from datetime import timedelta

from django.contrib.sessions.models import Session
from django.utils import timezone

from portal.tasks import sessions_clear_task
from tests.processes import Worker, purge_local_queue, wait_until


def test_it_runs_housekeeping_on_a_real_worker(transactional_db, django_db_serialized_rollback):
    Session.objects.create(session_key="het-han", session_data="", expire_date=timezone.now() - timedelta(days=1))
    Session.objects.create(session_key="con-han", session_data="", expire_date=timezone.now() + timedelta(days=1))
    purge_local_queue()
    worker = Worker("--pool=solo")
    try:
        sessions_clear_task.delay()
        assert wait_until(lambda: not Session.objects.filter(session_key="het-han").exists())
    finally:
        worker.stop()
    assert Session.objects.filter(session_key="con-han").exists()
