"""Official documents exported in the background (pretix's AsyncAction): request, render, keep, download.

portal imports no app, so each app registers its documents in `AppConfig.ready()`: how to find them
(a queryset with `for_user`), their HTML (the PDF is laid out from it, signature fields added) and their
Word file. A file is kept with the fingerprint of the HTML it came from: a later edit makes a new
file, the old one stays downloadable, and an unchanged document reuses the file it already has.
"""

import hashlib
import io
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import GeneratedDocument
from .text import fold

Kind = GeneratedDocument.Kind
State = GeneratedDocument.State
# A row still pending or running after this long lost its worker (or its message): a new request replaces it.
STALE_AFTER = timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT * 2)
PREVIEW_WIDTH = 700  # pixels of the page-1 preview image


@dataclass(frozen=True)
class Exporter:
    """How portal renders one app's documents."""

    label: str
    queryset: Any  # the documents, with for_user(user)
    html: Any  # callable(obj) -> str
    docx: Any  # callable(obj) -> bytes

    def unit(self, obj):
        return obj.unit


EXPORTERS = {}


def register_exporter(label, *, queryset, html, docx):
    EXPORTERS[label] = Exporter(label, queryset, html, docx)


def document_version(html):
    """The fingerprint of a document's content: what its files are kept and reused by."""
    return hashlib.sha256(html.encode()).hexdigest()


def files_for(label, obj):
    return GeneratedDocument.objects.filter(object_type=label, object_id=str(obj.pk))


def _live(label, obj, kind, version):
    """The files made or being made for this content and format (the constraint allows one)."""
    return files_for(label, obj).filter(kind=kind, version=version).exclude(state=State.FAILED)


def download_name(obj, generated):
    return f"{slugify(fold(str(obj)))[:60] or 'van-ban'}-{generated.version[:8]}.{generated.kind}"


def document_export(*, exporter, obj, kind, by):
    """The file for the document's current content: the one already made or being made, else a new request
    enqueued after commit."""
    version = document_version(exporter.html(obj))
    live = _live(exporter.label, obj, kind, version).first()
    if live and not _stale(live):
        return live
    if live:
        _fail(live, _("Quá thời gian tạo văn bản; đã tạo lại."))
    try:
        with transaction.atomic():
            generated = GeneratedDocument.objects.create(
                object_type=exporter.label, object_id=str(obj.pk), kind=kind, version=version, created_by=by
            )
    except IntegrityError:  # another request made the same file a moment ago
        return _live(exporter.label, obj, kind, version).get()
    from .tasks import document_export_task

    transaction.on_commit(lambda: document_export_task.delay(generated.pk))
    return generated


def generated_documents_sweep(*, now=None):
    """Mark as failed the files still pending or running long after any worker would have finished them (the
    worker died, or the message was lost), so the panel stops showing progress and offers a new export."""
    cutoff = (now or timezone.now()) - STALE_AFTER
    return GeneratedDocument.objects.filter(state__in=[State.PENDING, State.RUNNING], created_at__lt=cutoff).update(
        state=State.FAILED,
        error=_("Quá thời gian tạo văn bản: máy xử lý đã dừng giữa chừng. Hãy bấm xuất lại."),
        finished_at=now or timezone.now(),
    )


def _stale(generated):
    return not generated.is_finished and generated.created_at < timezone.now() - STALE_AFTER


def _fail(generated, error):
    GeneratedDocument.objects.filter(pk=generated.pk).update(
        state=State.FAILED, error=error, finished_at=timezone.now()
    )


def _progress(generated, percent):
    GeneratedDocument.objects.filter(pk=generated.pk).update(progress=percent)


def generated_document_run(*, generated_id):
    """Render the requested file. The pending row is claimed by a conditional UPDATE, so a message
    delivered twice renders once."""
    claimed = GeneratedDocument.objects.filter(pk=generated_id, state=State.PENDING).update(
        state=State.RUNNING, progress=5
    )
    if not claimed:
        return
    generated = GeneratedDocument.objects.get(pk=generated_id)
    try:
        data = _render(generated)
    except Exception:
        # The exception's own text is for the worker's log (re-raised below), not for the person exporting.
        _fail(generated, _("Không tạo được văn bản do lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên."))
        raise
    generated.file.save(f"{generated.version[:16]}.{generated.kind}", ContentFile(data), save=False)
    generated.state, generated.progress, generated.finished_at = State.DONE, 100, timezone.now()
    generated.save(update_fields=["file", "state", "progress", "finished_at"])


def _render(generated):
    from .signing import render_signed_ready_pdf

    exporter = EXPORTERS[generated.object_type]
    obj = exporter.queryset.all().get(pk=generated.object_id)
    if generated.kind == Kind.DOCX:
        _progress(generated, 30)
        return exporter.docx(obj)
    html = exporter.html(obj)
    _progress(generated, 30)
    return render_signed_ready_pdf(html)


def preview_png(*, exporter, obj):
    """Page 1 as a PNG, cached on disk by content version: (version, bytes)."""
    html = exporter.html(obj)
    version = document_version(html)
    path = Path(settings.MEDIA_ROOT) / "xem-truoc" / exporter.label / str(obj.pk) / f"{version[:32]}.png"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_bytes(_first_page_png(html))
        partial.replace(path)  # atomic: a reader never sees half a file
    return version, path.read_bytes()


def _first_page_png(html):
    import pypdfium2

    from .documents import render_document

    document = render_document(html)
    pdf = document.copy(document.pages[:1]).write_pdf()
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=PREVIEW_WIDTH / page.get_width()).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
