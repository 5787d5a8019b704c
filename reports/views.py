"""Report pages: lists, creation, the one-page editor with autosave and conflict handling, the workflow,
versions and their comparison, and consolidation."""

import datetime
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from plans.models import ReportingDuty
from portal import access
from portal.dates import short_date, vn_number
from portal.models import OrgUnit, format_number
from portal.params import year_param

from . import consolidation, services
from .diffs import word_diff
from .forms import (
    HeaderForm,
    PeriodForm,
    ProgressFormSet,
    ReportCreateForm,
    SectionFormSet,
    TableForm,
    ValueFormSet,
    VersionForm,
    duties_for,
)
from .models import Attachment, Report, ReportSection, ReportTable, TableTemplate, TaskProgress
from .tthc_fill import report_fill_from_tthc


def _report(request, pk, capability=None):
    queryset = Report.objects.select_related("unit", "recipient", "plan", "duty", "occurrence", "previous")
    return access.get_object_for_user(request, queryset, pk, capability)


@login_required
def report_list(request):
    box = request.GET.get("hop", "di")
    user = request.user
    reports = Report.objects.for_user(user).select_related("unit", "recipient")
    if box == "den":
        reports = reports.filter(access.scope_filter(user, field="recipient")).exclude(state=Report.State.DRAFT)
    else:
        reports = reports.filter(access.scope_filter(user))
    if state := request.GET.get("state"):
        reports = reports.filter(state=state)
    if year := year_param(request.GET):
        reports = reports.filter(year=year)
    page = Paginator(reports.order_by("-updated_at", "-pk"), 25).get_page(request.GET.get("page"))
    incoming = ReportingDuty.objects.filter(
        access.scope_filter(user, field="recipient"), plan__status="issued"
    ).select_related("plan", "recipient")
    return render(
        request,
        "reports/report_list.html",
        {
            "page_obj": page,
            "object_list": page.object_list,
            "box": box,
            "states": Report.State.choices,
            "can_create": access.units_with(user, access.DRAFT).exists(),
            "incoming_duties": incoming if box == "den" else [],
            # An empty list under a filter is not "no report yet": saying so sent people to create one.
            "filtered": bool(request.GET.get("state") or request.GET.get("year")),
        },
    )


@login_required
def report_create(request):
    units = access.units_with(request.user, access.DRAFT)
    if not units.exists():
        raise PermissionDenied
    initial = {"unit": units.first(), "kind": Report.Kind.MONTHLY}
    if duty_id := request.GET.get("duty"):
        initial["duty"] = duty_id
    form = ReportCreateForm(request.POST or None, units=units, duties=duties_for(units), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        report = services.report_create(
            unit=data["unit"],
            by=request.user,
            kind=data["kind"],
            year=data["year"],
            number_in_year=data["number_in_year"],
            duty=data["duty"],
            title=data["title"],
            occurrence=_occurrence_for(data["duty"], data["unit"], data["year"], data["number_in_year"]),
        )
        messages.success(request, _("Đã tạo dự thảo báo cáo với các nhiệm vụ và chỉ tiêu của kế hoạch."))
        return redirect("reports:report_edit", pk=report.pk)
    return render(request, "reports/report_create.html", {"form": form})


def _occurrence_for(duty, unit, year, number):
    # A duty owed by every unit below the sender has one deadline for all of them: one unit's report
    # must not close it for the others, so only the sender's own report is linked to it.
    if duty is None or (duty.sender_whole_subtree and unit != duty.sender):
        return None
    return duty.occurrence_for(year, number)


def _sections_tree(report):
    sections = list(report.sections.all())
    tables = {}
    for table in report.tables.select_related("template"):
        tables.setdefault(table.section_id, []).append(table)
    for section in sections:
        section.table_list = tables.get(section.pk, [])
    return sections, tables.get(None, [])


def _rollup(progress):
    """Weighted progress of each plan section from its tasks, in document order."""
    groups = {}
    for row in progress:
        section = row.task.section
        total, weight = groups.get(section, (0, 0))
        groups[section] = (total + row.percent * row.task.weight, weight + row.task.weight)
    return [(section, round(total / weight) if weight else 0) for section, (total, weight) in groups.items()]


def _editable_report(request, pk):
    """A report the user may draft in that is still a draft; refused with why when it moved on (403, or 404
    outside their scope)."""
    report = _report(request, pk, access.DRAFT)
    if not report.is_editable:
        raise PermissionDenied(report.locked_reason)
    return report


@login_required
def report_detail(request, pk):
    report = _report(request, pk)
    user = request.user
    sections, loose_tables = _sections_tree(report)
    progress = list(report.progress.select_related("task__section"))
    values = list(services.prefetch_values(report.values.all()))
    context = {
        "report": report,
        # As the PDF prints it: the unit's own symbol when the report has none.
        "number_symbol": format_number(report.number, services.report_symbol(report)),
        "sections": sections,
        "loose_tables": loose_tables,
        "progress": progress,
        "rollup": _rollup(progress),
        "values": values,
        "unverified": sum(1 for v in values if v.value is not None and not v.verified),
        "gaps": services.submit_gaps(sections, progress, values) if report.is_editable else [],
        "transitions": list(report.transitions.select_related("by")),
        "versions": Report.objects.filter(pk__in=_version_ids(report)).order_by("version"),
        "can_edit": report.is_editable and access.can(user, report.unit, access.DRAFT),
        "can_approve": report.state == Report.State.SUBMITTED and access.can(user, report.unit, access.APPROVE),
        "can_send": report.state == Report.State.APPROVED and access.can(user, report.unit, access.SEND),
        "can_receive": report.state == Report.State.SENT and services.can_receive(user, report),
        "can_correct": report.is_frozen and access.can(user, report.unit, access.DRAFT),
        "can_number": report.state == Report.State.APPROVED
        and report.number is None
        and access.can(user, report.unit, access.NUMBER),
    }
    return render(request, "reports/report_detail.html", context)


def _version_ids(report):
    ids, current = {report.pk}, report
    while current.previous_id and current.previous_id not in ids:
        ids.add(current.previous_id)
        current = Report.objects.only("pk", "previous_id").get(pk=current.previous_id)
    ids |= set(Report.objects.filter(previous_id__in=ids).values_list("pk", flat=True))
    return ids


def _editor_forms(report, data=None):
    progress_qs = TaskProgress.objects.filter(report=report).select_related("task__section")
    return (
        HeaderForm(data, instance=report, prefix="header"),
        SectionFormSet(
            data,
            instance=report,
            prefix="sections",
            queryset=ReportSection.objects.filter(report=report).order_by("order", "pk"),
        ),
        ProgressFormSet(data, instance=report, prefix="progress", queryset=progress_qs),
        ValueFormSet(data, instance=report, prefix="values", queryset=services.prefetch_values(report.values.all())),
    )


@login_required
def report_edit(request, pk):
    """The whole report on one page. Saving checks the version it was opened at: if someone saved since,
    nothing is overwritten and both texts are shown."""
    report = _report(request, pk, access.DRAFT)
    locked = report.locked_reason
    if locked and request.method != "POST":
        messages.warning(request, locked)
        return redirect(report)
    forms = _editor_forms(report, request.POST or None)
    conflict = None
    if request.method == "POST":
        version = VersionForm(request.POST)
        if not version.is_valid():
            return HttpResponseBadRequest(_("Dữ liệu gửi lên không hợp lệ. Hãy tải lại trang rồi nhập lại."))
        # Submitted or approved while this person was typing: nothing is saved, and what they typed comes back.
        if not locked and all(f.is_valid() for f in forms):
            try:
                services.report_save(
                    report=report, lock_version=version.cleaned_data["lock_version"], by=request.user, forms=forms
                )
            except services.Conflict as error:
                conflict = _conflict_view(error.current, forms)
            else:
                if request.htmx:
                    return render(
                        request, "reports/report_edit.html#autosave-status", {"report": report, "saved": True}
                    )
                messages.success(request, _("Đã lưu báo cáo."))
                return redirect("reports:report_edit", pk=report.pk)
        if request.htmx:
            return render(
                request,
                "reports/report_edit.html#autosave-status",
                {"report": report, "conflict": conflict, "locked": locked},
            )
    return render(
        request,
        "reports/report_edit.html",
        {
            "report": report,
            "header": forms[0],
            "sections": forms[1],
            "progress": forms[2],
            "values": forms[3],
            "conflict": conflict,
            "locked": locked,
            "lock_version": report.lock_version if conflict is None else conflict["lock"],
            "tables": report.tables.select_related("template", "section"),
            "templates": TableTemplate.objects.all(),
        },
    )


def _conflict_view(current, forms):
    """Every field saved by someone else that differs from what is being typed: the document's details,
    the sections, the tasks' progress and the indicator values, with both values so nothing is lost."""
    header, sections, progress, values = forms
    changed = _differences(header, current, _("Thông tin văn bản"))
    parts = (
        (sections, current.sections.all(), str),
        (progress, current.progress.select_related("task"), lambda p: f"{p.task.number} {p.task.content}".strip()),
        (values, current.values.select_related("indicator"), lambda v: v.indicator.name),
    )
    for formset, saved, place in parts:
        saved = {obj.pk: obj for obj in saved}
        for form in formset.forms:
            if theirs := saved.get(form.instance.pk):
                changed += _differences(form, theirs, place(theirs))
    return {"lock": current.lock_version, "changed": changed, "by": current.updated_at}


def _differences(form, saved, place):
    names = form._meta.fields
    return [
        {
            # A section has one field, its text: the section names it on its own.
            "label": place if len(names) == 1 else f"{place} – {form.fields[name].label}",
            "mine": _shown(form.fields[name], form.cleaned_data.get(name)),
            "theirs": _shown(form.fields[name], getattr(saved, name)),
        }
        for name in names
        if form.cleaned_data.get(name) != getattr(saved, name)
    ]


def _shown(field, value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return short_date(value)
    if isinstance(value, Decimal):
        return vn_number(value)
    return str(dict(getattr(field, "choices", ())).get(value, value))


ACTIONS = {
    "trinh": lambda r, u, c: services.report_submit(report=r, by=u),
    "duyet": lambda r, u, c: services.report_approve(report=r, by=u, comment=c),
    "yeu-cau-sua": lambda r, u, c: services.report_approve(report=r, by=u, approve=False, comment=c),
    "gui": lambda r, u, c: services.report_send(report=r, by=u),
    "tiep-nhan": lambda r, u, c: services.report_receive(report=r, by=u, comment=c),
    "tra-lai": lambda r, u, c: services.report_receive(report=r, by=u, accept=False, comment=c),
}
# Lazy: worded when shown, in the language of the person who acted, not once when the module loads.
DONE = {
    "trinh": gettext_lazy("Đã trình lãnh đạo duyệt."),
    "duyet": gettext_lazy("Đã duyệt báo cáo."),
    "yeu-cau-sua": gettext_lazy("Đã trả báo cáo về để sửa."),
    "gui": gettext_lazy("Đã gửi báo cáo; hạn báo cáo đã được đóng."),
    "tiep-nhan": gettext_lazy("Đã tiếp nhận báo cáo."),
    "tra-lai": gettext_lazy("Đã trả lại báo cáo kèm ý kiến."),
}
# Sent, but the period's deadline stays open: other units below the sender have not sent theirs yet.
SENT_OPEN = gettext_lazy("Đã gửi báo cáo.")


@require_POST
@login_required
def report_action(request, pk, action):
    if action not in ACTIONS:
        raise PermissionDenied
    report = _report(request, pk)
    try:
        closed = ACTIONS[action](report, request.user, request.POST.get("comment", ""))
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, SENT_OPEN if action == "gui" and closed is None else DONE[action])
    return redirect(report)


@require_POST
@login_required
def report_number(request, pk):
    report = _report(request, pk, access.NUMBER)
    try:
        entry = services.report_number(report=report, by=request.user)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Đã cấp số %(number)s từ sổ văn bản đi.") % {"number": entry.number_symbol})
    return redirect(report)


@require_POST
@login_required
def report_correct(request, pk):
    report = _report(request, pk, access.DRAFT)
    try:
        correction = services.report_correct(report=report, by=request.user)
    except ValueError as error:
        messages.error(request, str(error))
        return redirect(report)
    messages.success(request, _("Đã tạo phiên bản %(v)s để đính chính.") % {"v": correction.version})
    return redirect("reports:report_edit", pk=correction.pk)


@login_required
def report_compare(request, pk):
    """What changed from the previous version, section by section."""
    report = _report(request, pk)
    previous = get_object_or_404(Report.objects.for_user(request.user), pk=report.previous_id or 0)
    old = {s.number + s.title: s.body for s in previous.sections.all()}
    diffs = [
        (section, word_diff(old.get(section.number + section.title, ""), section.body))
        for section in report.sections.all()
        if old.get(section.number + section.title, "") != section.body
    ]
    context = {"report": report, "previous": previous, "diffs": diffs, "figures": _changed_figures(previous, report)}
    return render(request, "reports/report_compare.html", context)


def _changed_figures(previous, report):
    """Indicator values and task progress that differ between two versions: a correction is most often of a
    figure, and comparing the sections alone called such a correction unchanged."""
    rows = []
    old = {v.indicator_id: v for v in previous.values.all()}
    for value in report.values.select_related("indicator"):
        before = old.get(value.indicator_id)
        was = (before.value, before.evidence) if before else (None, "")
        if was != (value.value, value.evidence):
            indicator = value.indicator
            label = f"{indicator.name} ({indicator.measure})" if indicator.measure else indicator.name
            rows.append((label, vn_number(was[0]), vn_number(value.value)))
    old = {p.task_id: p for p in previous.progress.all()}
    for row in report.progress.select_related("task"):
        before = old.get(row.task_id)
        if before and (before.status, before.percent, before.done) != (row.status, row.percent, row.done):
            label = f"{row.task.number} {row.task.content}".strip()
            rows.append((label, _progress_text(before), _progress_text(row)))
    return rows


def _progress_text(row):
    return " – ".join(part for part in (row.get_status_display(), f"{row.percent} %", row.done) if part)


@login_required
def consolidation_view(request, duty_pk):
    duty = get_object_or_404(
        ReportingDuty.objects.select_related("plan", "sender", "recipient").filter(
            recipient__in=OrgUnit.objects.for_user(request.user)
        ),
        pk=duty_pk,
    )
    if not consolidation.can_consolidate(request.user, duty):
        raise PermissionDenied
    params = request.POST if request.method == "POST" else request.GET
    today = timezone.localdate()
    given = {"year": params.get("year"), "number": params.get("number")}
    if not any(given.values()):
        # Opened from a link: the latest period whose data is in, not a blank period nobody reports on.
        given["year"], given["number"] = duty.default_period(today)
    period = PeriodForm({"year": given["year"] or duty.plan.start_year, "number": given["number"]})
    year, number = duty.plan.start_year, None
    if period.is_valid():
        year, number = period.cleaned_data["year"], period.cleaned_data["number"]
        if number is None:  # a year without its month or quarter: that year's latest period
            year, number = duty.default_period(today, year=year)
    else:
        messages.error(
            request,
            _("Năm hoặc kỳ báo cáo không hợp lệ (năm từ 2000 đến 2100, kỳ từ 1 đến 12); đang hiển thị năm %(y)s.")
            % {"y": year},
        )
        if request.method == "POST":  # nothing is consolidated or reminded for a period that was not shown
            return redirect(request.path)
    result = consolidation.overview(duty=duty, year=year, number=number)
    if request.method == "POST":
        with transaction.atomic():
            if unit_pk := request.POST.get("remind"):
                unit = next((u for u in result.missing if str(u.pk) == unit_pk), None)
                if unit is None:
                    raise Http404
                count = consolidation.remind_missing(result=result, unit=unit, by=request.user)
                messages.success(request, _("Đã nhắc %(n)s người của %(u)s.") % {"n": count, "u": unit.name})
                return redirect(request.get_full_path())
            report = consolidation.report_consolidate(result=result, unit=duty.recipient, by=request.user)
        messages.success(request, _("Đã tạo dự thảo báo cáo tổng hợp từ %(n)s báo cáo.") % {"n": len(result.received)})
        return redirect("reports:report_edit", pk=report.pk)
    rows = [
        {
            "unit": unit,
            "report": result.received.get(unit.pk),
            "late": unit.pk in result.late,
            "statuses": result.statuses.get(unit.pk, {}),
            "values": [result.values.get((unit.pk, i.pk)) for i in result.indicators],
        }
        for unit in result.expected
    ]
    return render(
        request,
        "reports/consolidation.html",
        {
            "duty": duty,
            "result": result,
            "rows": rows,
            "statuses": TaskProgress.Status.choices,
            "narratives": [(ReportSection.Role(role).label, items) for role, items in result.narratives.items()],
        },
    )


@login_required
def table_add(request, pk):
    report = _editable_report(request, pk)
    if request.method != "POST":
        raise PermissionDenied
    template = get_object_or_404(TableTemplate, pk=request.POST.get("template"))
    section = report.sections.filter(pk=request.POST.get("section") or 0).first()
    table = ReportTable.objects.create(
        report=report, template=template, section=section, title=template.name, order=report.tables.count()
    )
    return redirect("reports:table_edit", pk=report.pk, table=table.pk)


@login_required
def table_edit(request, pk, table):
    """Fill a table by hand: one input per cell, three blank rows to add more; empty rows are dropped.
    Saving checks the version the table was opened at, as the report editor does: if someone saved since,
    nothing is overwritten, the cells keep what this person typed and the saved table is shown below."""
    report = _report(request, pk, access.DRAFT)
    table = get_object_or_404(ReportTable.objects.select_related("template", "report__unit"), pk=table, report=report)
    locked = report.locked_reason
    if locked and request.method != "POST":
        messages.warning(request, locked)
        return redirect(report)
    width = len(table.template.columns)
    rows, title, lock_version, conflict = table.rows, table.title, table.lock_version, None
    if request.method == "POST":
        if "delete" in request.POST:
            if locked:
                raise PermissionDenied(locked)
            table.delete()
            messages.success(request, _("Đã xóa bảng."))
            return redirect("reports:report_edit", pk=report.pk)
        form = TableForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest(_("Dữ liệu gửi lên không hợp lệ. Hãy tải lại trang rồi nhập lại."))
        count = min(form.cleaned_data["rows"], 500)
        cells = [[request.POST.get(f"r{i}c{j}", "").strip() for j in range(width)] for i in range(count)]
        rows, title = [row for row in cells if any(row)], request.POST.get("title", table.title)[:500]
        # As in the report editor: once the report moved on, the typed cells are shown back, unsaved.
        if not locked:
            try:
                services.table_save(
                    table=table, lock_version=form.cleaned_data["lock_version"], by=request.user, rows=rows, title=title
                )
            except services.Conflict as error:
                conflict, lock_version = error.current, error.current.lock_version
            else:
                messages.success(request, _("Đã lưu bảng “%(t)s”.") % {"t": table.title})
                return redirect("reports:table_edit", pk=report.pk, table=table.pk)
    return render(
        request,
        "reports/table_edit.html",
        {
            "report": report,
            "table": table,
            "title": title,
            "rows": _padded(rows, width) + [[""] * width for _ in range(3)],
            "lock_version": lock_version,
            "conflict": conflict,
            "locked": locked,
            "theirs": _padded(conflict.rows, width) if conflict else [],
        },
    )


def _padded(rows, width):
    return [list(r) + [""] * (width - len(r)) for r in rows]


ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024


@require_POST
@login_required
def attachment_add(request, pk):
    report = _editable_report(request, pk)
    upload = request.FILES.get("file")
    if upload is None or upload.size > ATTACHMENT_MAX_BYTES:
        messages.error(request, _("Hãy chọn một tệp không quá 20 MB."))
        return redirect("reports:report_edit", pk=report.pk)
    progress = report.progress.filter(pk=request.POST.get("progress") or 0).first()
    Attachment.objects.create(
        report=report, progress=progress, file=upload, name=upload.name[:255], uploaded_by=request.user
    )
    messages.success(request, _("Đã đính kèm “%(n)s”.") % {"n": upload.name})
    return redirect("reports:report_edit", pk=report.pk)


@require_POST
@login_required
def attachment_delete(request, pk, attachment):
    """A file attached by mistake is taken off while the report can still be edited; from the editor's list, in
    place, so that nothing typed on the page is lost."""
    report = _editable_report(request, pk)
    item = get_object_or_404(Attachment, pk=attachment, report=report)
    item.delete()
    transaction.on_commit(lambda: item.file.delete(save=False))
    if request.htmx:
        return HttpResponse("")
    messages.success(request, _("Đã xóa tệp “%(n)s”.") % {"n": item.name})
    return redirect("reports:report_edit", pk=report.pk)


@login_required
def attachment_download(request, pk, attachment):
    """Files are served through the report's scope check, never from a public media URL."""
    report = _report(request, pk)
    item = get_object_or_404(Attachment, pk=attachment, report=report)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name)


@require_POST
@login_required
def report_fill_tthc(request, pk):
    """“Điền từ số liệu TTHC”: the TTHC tables and indicator values, from the unit's registers and dossiers."""
    report = _editable_report(request, pk)
    tables, values = report_fill_from_tthc(report=report)
    messages.success(
        request,
        _("Đã điền %(tables)s bảng và %(values)s chỉ tiêu từ số liệu TTHC.") % {"tables": tables, "values": values},
    )
    return redirect("reports:report_edit", pk=report.pk)
