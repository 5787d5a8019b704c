"""Celery tasks of the reports app: thin wrappers that take ids and call reports.digest."""

from celery import shared_task
from django.db import transaction

from . import digest


@shared_task(name="reports.digests_plan")
def digests_plan_task():
    """Monday morning: write the week's digests, then hand each to a worker once they are committed."""
    with transaction.atomic():
        for digest_id in digest.digests_plan():
            transaction.on_commit(lambda digest_id=digest_id: digest_send_task.delay(digest_id))


@shared_task(name="reports.digest_send", acks_late=True, reject_on_worker_lost=True)
def digest_send_task(digest_id):
    digest.digest_send(digest_id=digest_id)
