"""The TTHC app's work for the Celery worker."""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


# A province's yearly export (millions of rows) runs for minutes, past the portal's default task limits.
@shared_task(name="tthc.dossier_import", time_limit=3600, soft_time_limit=3300)
def dossier_import_task(record_id):
    """Import one queued dossier file (see tthc.background)."""
    from .background import import_failed, import_run

    try:
        import_run(record_id=record_id)
    except Exception:
        logger.exception("dossier import %s failed", record_id)
        import_failed(record_id=record_id)


@shared_task(name="tthc.import_uploads_sweep")
def import_uploads_sweep_task():
    """Fail imports whose message was lost and delete uploads kept past a week (run daily by beat)."""
    from .background import uploads_sweep

    uploads_sweep()
