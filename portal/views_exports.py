"""Export a plan, decision or report as PDF or Word: the panel, the request, its progress, the download.

Every view resolves the document through its own app's scope (the registry's queryset and `for_user`):
outside it, 404. Anyone who may read a document may see its preview and download its files; making a
new file is for the roles that work on documents (officials, leaders, clerks), so read-only → 403.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from . import access
from .exports import EXPORTERS, Kind, State, document_export, download_name, files_for, preview_png
from .models import GeneratedDocument

EXPORTING = (access.DRAFT, access.APPROVE, access.NUMBER)
PANEL = "portal/partials/export_panel.html"


def _document(request, label, pk):
    exporter = EXPORTERS.get(label)
    if exporter is None:
        raise Http404
    return exporter, access.get_object_for_user(request, exporter.queryset.all(), pk, unit_of=exporter.unit)


def _may_export(user, exporter, obj):
    return any(access.can(user, exporter.unit(obj), capability) for capability in EXPORTING)


def _generated(request, pk):
    """A generated file, reachable only through its document's scope."""
    generated = get_object_or_404(GeneratedDocument, pk=pk, object_type__in=list(EXPORTERS))
    _exporter, obj = _document(request, generated.object_type, generated.object_id)
    return generated, obj


def _files(label, obj):
    return files_for(label, obj).select_related("created_by")[:20]


def _status(request, generated, obj, *, refresh_files):
    """The status partial; with `refresh_files` it also brings the list of files, swapped in out of band, so a new
    or finished file shows there without a reload."""
    context = {"generated": generated, "refresh_files": refresh_files}
    if refresh_files:
        context["files"] = _files(generated.object_type, obj)
    return render(request, f"{PANEL}#status", context)


@login_required
@require_GET
def export_panel(request, label, pk):
    exporter, obj = _document(request, label, pk)
    context = {
        "label": label,
        "pk": pk,
        "files": _files(label, obj),
        "can_export": _may_export(request.user, exporter, obj),
        "missing_signer": getattr(obj, "missing_signer", False),
        # Only a document still being written can take a signer: a sent one is not told to "fill in" one.
        "editable": getattr(obj, "is_editable", False),
    }
    return render(request, f"{PANEL}#panel", context)


@login_required
@require_POST
def export_create(request, label, pk, kind):
    exporter, obj = _document(request, label, pk)
    if kind not in Kind.values:
        raise Http404
    if not _may_export(request.user, exporter, obj):
        raise PermissionDenied
    generated = document_export(exporter=exporter, obj=obj, kind=kind, by=request.user)
    if not request.htmx:
        return redirect(obj.get_absolute_url())
    return _status(request, generated, obj, refresh_files=True)


@login_required
@require_GET
def export_status(request, pk):
    generated, obj = _generated(request, pk)
    return _status(request, generated, obj, refresh_files=generated.is_finished)


@login_required
@require_GET
def export_download(request, pk):
    generated, obj = _generated(request, pk)
    if generated.state != State.DONE:
        raise Http404
    return FileResponse(generated.file.open("rb"), as_attachment=True, filename=download_name(obj, generated))


@login_required
@require_GET
def export_preview(request, label, pk):
    exporter, obj = _document(request, label, pk)
    version, png = preview_png(exporter=exporter, obj=obj)
    etag = f'"{version[:32]}"'
    if request.headers.get("If-None-Match") == etag:
        return HttpResponse(status=304)
    response = HttpResponse(png, content_type="image/png")
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"  # revalidate: an edit changes the page
    return response
