"""Periodic housekeeping of the portal app."""

from celery import shared_task
from django.core.management import call_command


@shared_task(name="portal.sessions_clear")
def sessions_clear_task():
    """Drop expired sessions (run daily by beat) so the session table stays small."""
    call_command("clearsessions")


@shared_task(name="portal.document_export")
def document_export_task(generated_id):
    """Render one requested PDF or Word file (see portal.exports)."""
    from .exports import generated_document_run

    generated_document_run(generated_id=generated_id)


@shared_task(name="portal.generated_documents_sweep")
def generated_documents_sweep_task():
    """Fail the exports a dead worker left half done (run every 10 minutes by beat)."""
    from .exports import generated_documents_sweep

    generated_documents_sweep()


@shared_task(name="portal.people_invite")
def people_invite_task(user_ids, by_id=None):
    """Mail imported people the link to set their password (queued by the people import)."""
    from .services import people_invite

    people_invite(user_ids=user_ids, by_id=by_id)
