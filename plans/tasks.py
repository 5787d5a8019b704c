"""Celery tasks of the plans app: thin wrappers that take ids and call plans.deadlines."""

from celery import shared_task
from django.db import transaction

from . import deadlines

CHUNK = 100


def enqueue_sending(ids):
    """Hand the ids to workers in chunks, after the surrounding transaction commits."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        transaction.on_commit(lambda chunk=chunk: reminders_send_task.delay(chunk))


@shared_task(name="plans.reminders_run")
def reminders_run_task():
    """Daily (and at start-up): materialise deadlines, derive today's reminders, send what is due."""
    with transaction.atomic():
        deadlines.occurrences_sync()
        deadlines.reminders_plan()
        enqueue_sending(deadlines.reminders_sweep())


@shared_task(name="plans.reminders_sweep")
def reminders_sweep_task():
    """Every few minutes: resend what a dead worker left behind and retry failures whose time has come."""
    with transaction.atomic():
        enqueue_sending(deadlines.reminders_sweep())


@shared_task(name="plans.reminders_send", acks_late=True, reject_on_worker_lost=True)
def reminders_send_task(ids):
    deadlines.reminders_send(ids)
