"""Large dossier files are imported by the Celery worker: the page after the upload shows where the import is
and then its result, instead of holding the request for the minute a province's yearly export takes (and the
300 s a web worker may take at most). Small files are still imported while the user waits."""

from datetime import timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.tabular import TableError

from .imports import STEP_CHECK, STEP_READ, STEP_WRITE, check_upload, dossiers_import
from .models import DossierImport

# Up to this size (about 10,000 rows; TTHC_IMPORT_FOREGROUND_BYTES) a file is imported in the request: a few
# seconds, with its errors under the form as typed.
FOREGROUND_BYTES = 2 * 1024 * 1024
STEP_SECONDS = 24 * 3600
# An import runs within the task's hour; one still waiting three hours after its upload lost its message.
LOST_AFTER = timedelta(hours=3)
# The upload of an import that found bad rows is kept this long for "import the good rows", then deleted.
KEEP_UPLOADS = timedelta(days=7)


def runs_in_background(upload):
    return upload.size > getattr(settings, "TTHC_IMPORT_FOREGROUND_BYTES", FOREGROUND_BYTES)


def step_key(record_id):
    return f"tthc-import-step:{record_id}"


def import_in_background(*, unit, upload, by, mapping, skip_bad_rows, source):
    """Keep the upload with what the form asked and queue it for the worker. TableError when it is too large or
    neither CSV nor Excel."""
    check_upload(upload)
    record = DossierImport(
        unit=unit,
        source=source,
        file_name=upload.name[:255],
        state=DossierImport.State.QUEUED,
        by=by,
        mapping=mapping,
        skip_bad_rows=skip_bad_rows,
    )
    record.file.save(upload.name, upload, save=False)
    record.save()
    _queue(record)
    return record


def import_good_rows(record, *, by):
    """The same kept file again, writing its good rows: the user chose so after seeing the bad ones."""
    again = DossierImport.objects.create(
        unit=record.unit,
        source=record.source,
        file_name=record.file_name,
        file=record.file.name,
        state=DossierImport.State.QUEUED,
        by=by,
        mapping=record.mapping,
        skip_bad_rows=True,
    )
    _queue(again)
    return again


def can_import_good_rows(record):
    return record.state == DossierImport.State.CHECKED and bool(record.file)


def _queue(record):
    from .tasks import dossier_import_task

    transaction.on_commit(lambda: dossier_import_task.delay(record.pk))


def progress(record_id):
    """(percent, what the import is doing) while the worker runs it; None while it waits for the worker. The
    percent is that of the steps done: how long each takes depends on the file, not known beforehand."""
    found = cache.get(step_key(record_id))
    if found is None:
        return None
    name, rows = found
    percent, label = {
        "start": (5, _("Đang mở tệp…")),
        STEP_READ: (15, _("Đang đọc tệp vào cơ sở dữ liệu…")),
        STEP_CHECK: (40, _("Đang kiểm tra từng dòng…")),
        STEP_WRITE: (75, _("Đang ghi hồ sơ và cập nhật số liệu tổng hợp…")),
    }[name]
    if rows:
        label = f"{label} " + _("(đã đọc %(rows)s dòng)") % {"rows": f"{rows:,}".replace(",", ".")}
    return percent, label


def import_run(*, record_id):
    """The worker's part, in one transaction that holds the record: a message delivered again while the import
    runs finds it locked and leaves it; after a worker died mid-way the record is still queued and runs anew."""
    with transaction.atomic():
        record = (
            DossierImport.objects.select_for_update(skip_locked=True)
            .filter(pk=record_id, state=DossierImport.State.QUEUED)
            .first()
        )
        if record is None:
            return

        def step(name, rows=None):
            cache.set(step_key(record_id), (name, rows), STEP_SECONDS)

        step("start")
        try:
            with record.file.open("rb") as upload:
                dossiers_import(
                    unit=record.unit,
                    upload=upload,
                    mapping=record.mapping,
                    skip_bad_rows=record.skip_bad_rows,
                    record=record,
                    step=step,
                )
        except TableError as error:
            record.state, record.message = DossierImport.State.FAILED, str(error)[:500]
            record.save(update_fields=["state", "message"])
        except SoftTimeLimitExceeded:
            record.state = DossierImport.State.FAILED
            record.message = _("Quá thời gian cho phép; hãy chia tệp thành các tệp nhỏ hơn.")
            record.save(update_fields=["state", "message"])
    cache.delete(step_key(record_id))
    if record.state in (DossierImport.State.DONE, DossierImport.State.FAILED):
        _forget_upload(record.file.name)


def import_failed(*, record_id):
    """What the worker records when the import broke on something unforeseen (the error is in its log)."""
    DossierImport.objects.filter(pk=record_id, state=DossierImport.State.QUEUED).update(
        state=DossierImport.State.FAILED, message=_("Lỗi hệ thống khi nhập; hãy thử lại hoặc báo quản trị viên.")
    )
    cache.delete(step_key(record_id))


def _forget_upload(name):
    """Delete a kept upload, and its name from every import that shares it, unless a queued one still needs it."""
    if name and not DossierImport.objects.filter(file=name, state=DossierImport.State.QUEUED).exists():
        DossierImport.file.field.storage.delete(name)
        DossierImport.objects.filter(file=name).update(file="")


def uploads_sweep(*, now=None):
    """Run daily by beat: imports whose message was lost fail, saying so, and kept uploads past a week go."""
    now = now or timezone.now()
    lost = DossierImport.objects.filter(state=DossierImport.State.QUEUED, at__lt=now - LOST_AFTER)
    lost.update(state=DossierImport.State.FAILED, message=_("Máy xử lý không nhận tệp này; hãy tải tệp lên lại."))
    kept = DossierImport.objects.exclude(file="").exclude(state=DossierImport.State.QUEUED)
    for name in set(kept.filter(at__lt=now - KEEP_UPLOADS).values_list("file", flat=True)):
        _forget_upload(name)
