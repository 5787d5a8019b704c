"""TTHC pages: the procedure list with its figures, a unit's figures by month, late dossiers, the dossier
import, the Decision 766 score, the registers the reports fill from. Every table exports to Excel."""

from functools import cached_property

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.paginator import Paginator
from django.db.models import Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DeleteView, TemplateView, UpdateView

from portal import access
from portal.fields import DecimalInputField
from portal.forms import CrispyFormMixin
from portal.models import OrgUnit
from portal.params import int_param, year_param
from portal.tabular import TableError, read_table, xlsx_response, xlsx_workbook_response
from portal.text import fold

from . import background
from .dossiers import COLUMNS
from .forms import LEADING_CODE
from .imports import dossiers_import
from .indicators import latest_year, scheme_for, score_766, unit_figures, unit_months
from .models import Criterion766, Dossier, DossierImport, ImportSource, MonthlyFigures, Procedure
from .registers import REGISTERS
from .services import (
    PROCEDURE_COLUMNS,
    PROCEDURE_REQUIRED,
    manual_value_766_save,
    procedures_import,
    register_entry_delete,
    register_entry_save,
    source_mapping_save,
)


def _unit(request, pk, capability=None):
    return access.get_object_for_user(request, OrgUnit.objects, pk, capability, unit_of=lambda unit: unit)


def _default_unit(user):
    if user.is_superuser:
        return OrgUnit.objects.filter(parent__isnull=True).first()
    return OrgUnit.objects.for_user(user).order_by("depth", "path").first()


def _asked_year(request):
    return year_param(request.GET, "nam")


def _year(request, unit):
    """The year asked for, else the last year with figures, else this year."""
    return _asked_year(request) or latest_year(unit) or timezone.localdate().year


def _percent(value):
    return "" if value is None else f"{value}".replace(".", ",")


def _number(value):
    """A rate as Excel should hold it: a number a leader can sum or chart, not "97,22" as text."""
    return None if value is None else float(value)


@login_required
def procedure_list(request):
    units = OrgUnit.objects.for_user(request.user).order_by("path")
    unit = units.filter(pk=int_param(request.GET, "don_vi") or 0).first() or _default_unit(request.user)
    year = _year(request, unit)
    procedures = Procedure.objects.filter(units__path__startswith=unit.path).distinct().order_by("field", "code")
    if query := request.GET.get("q", "").strip():
        procedures = procedures.search(query)
    if field := request.GET.get("linh_vuc", ""):
        procedures = procedures.filter(field=field)
    # The fields of this unit's procedures only, in the order of the Vietnamese alphabet, which puts "Đăng ký"
    # among the D's, where byte order put it after "Y tế".
    own = Procedure.objects.filter(units__path__startswith=unit.path).exclude(field="")
    fields = sorted(set(own.values_list("field", flat=True)), key=lambda name: (fold(name), name))
    export = request.GET.get("format") == "xlsx"
    page = Paginator(procedures, 10_000 if export else 25).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    totals = {
        row["procedure"]: row
        for row in MonthlyFigures.objects.filter(
            unit__path__startswith=unit.path, procedure__in=rows, month__gte=year * 100 + 1, month__lte=year * 100 + 12
        )
        .values("procedure")
        .annotate(
            online=Sum("received_online"),
            person=Sum("received_in_person"),
            post=Sum("received_post"),
            early=Sum("resolved_early"),
            on_time=Sum("resolved_on_time"),
            late=Sum("resolved_late"),
        )
        .order_by()
    }
    for procedure in rows:
        t = totals.get(procedure.pk, {})
        procedure.received = (t.get("online") or 0) + (t.get("person") or 0) + (t.get("post") or 0)
        procedure.online = t.get("online") or 0
        procedure.resolved = (t.get("early") or 0) + (t.get("on_time") or 0) + (t.get("late") or 0)
        procedure.late = t.get("late") or 0
    if export:
        headers = [_("Mã TTHC"), _("Tên thủ tục"), _("Lĩnh vực"), _("Thời hạn (ngày làm việc)"), _("Mức độ trực tuyến")]
        headers += [_("Tiếp nhận"), _("Trực tuyến"), _("Đã giải quyết"), _("Trễ hạn")]
        data = [
            [p.code, p.name, p.field, p.working_days, p.get_online_level_display()]
            + [p.received, p.online, p.resolved, p.late]
            for p in rows
        ]
        return xlsx_response(f"thu-tuc-{year}.xlsx", _("Thủ tục hành chính"), headers, data)
    context = {"page_obj": page, "object_list": rows, "units": units, "unit": unit, "year": year, "fields": fields}
    context["can_import"] = access.can(request.user, unit, access.DRAFT)
    context["filtered"] = bool(query or field)
    return render(request, "tthc/procedure_list.html", context)


MONTH_HEADERS = [
    gettext_lazy("Tháng"),
    gettext_lazy("Kỳ trước chuyển qua"),
    gettext_lazy("Mới tiếp nhận trực tuyến"),
    gettext_lazy("Mới tiếp nhận trực tiếp, bưu chính"),
    gettext_lazy("Giải quyết trước hạn"),
    gettext_lazy("Giải quyết đúng hạn"),
    gettext_lazy("Giải quyết trễ hạn"),
    gettext_lazy("Đang giải quyết trong hạn"),
    gettext_lazy("Đang giải quyết quá hạn"),
    gettext_lazy("Thư xin lỗi"),
    gettext_lazy("Tỷ lệ đúng hạn (%)"),
    gettext_lazy("Tỷ lệ trực tuyến (%)"),
    gettext_lazy("Tỷ lệ thanh toán trực tuyến (%)"),
    gettext_lazy("Tỷ lệ số hóa (%)"),
    gettext_lazy("Thời gian giải quyết: trung vị (ngày)"),
    gettext_lazy("Thời gian giải quyết: 90% hồ sơ trong (ngày)"),
]


def _month_row(label, f, rate=_percent):
    """One row of the months table; `rate` writes a rate, as text for the page and as the number for Excel."""
    return [
        label,
        f.carried_over,
        f.received_online,
        f.received_in_person + f.received_post,
        f.resolved_early,
        f.resolved_on_time,
        f.resolved_late,
        f.open_within,
        f.open_overdue,
        f.apology,
        rate(f.on_time_rate),
        rate(f.online_rate),
        rate(f.online_payment_rate),
        rate(f.digitised_rate),
        "" if f.processing_median is None else f.processing_median,
        "" if f.processing_p90 is None else f.processing_p90,
    ]


@login_required
def unit_months_view(request, pk):
    unit = _unit(request, pk)
    year = _year(request, unit)
    months = unit_months(unit, year)
    total = unit_figures(unit, year)
    excel = request.GET.get("format") == "xlsx"
    rate = _number if excel else _percent
    rows = [_month_row(_("Tháng %(m)s") % {"m": f.month}, f, rate) for f in months]
    rows.append(_month_row(_("Cả năm %(y)s") % {"y": year}, total, rate))
    if excel:
        return xlsx_response(
            f"tthc-{unit.code}-{year}.xlsx", _("Số liệu theo tháng"), [str(h) for h in MONTH_HEADERS], rows
        )
    context = {"unit": unit, "year": year, "headers": MONTH_HEADERS, "rows": rows, "total": total}
    context["can_import"] = access.can(request.user, unit, access.DRAFT)
    return render(request, "tthc/unit_months.html", context)


@login_required
def late_list(request, pk):
    unit = _unit(request, pk)
    year = _year(request, unit)
    start, end = timezone.datetime(year, 1, 1).date(), timezone.datetime(year, 12, 31).date()
    dossiers = (
        Dossier.objects.in_subtree(unit)
        .late_or_overdue(start, min(end, timezone.localdate()))
        .select_related("procedure", "unit")
        .order_by("due_on", "code")
    )
    without_apology = request.GET.get("thu_xin_loi") == "chua"
    counts = None if request.GET.get("format") == "xlsx" else dossiers.apology_counts()
    if without_apology:
        dossiers = dossiers.filter(apology=False)
    if request.GET.get("format") == "xlsx":
        headers = [_("Mã hồ sơ"), _("Thủ tục"), _("Đơn vị tiếp nhận"), _("Ngày tiếp nhận"), _("Hạn trả")]
        headers += [_("Ngày có kết quả"), _("Thư xin lỗi")]
        data = [
            [d.code, d.procedure.name, d.unit.display_name, d.received_on, d.due_on]
            + [d.completed_on, _("Có") if d.apology else _("Chưa")]
            for d in dossiers.iterator()
        ]
        return xlsx_response(f"ho-so-tre-han-{unit.code}-{year}.xlsx", _("Hồ sơ trễ hạn"), headers, data)
    page = Paginator(dossiers, 50).get_page(request.GET.get("page"))
    context = {"unit": unit, "year": year, "page_obj": page, "object_list": page.object_list}
    context |= {"counts": counts, "without_apology": without_apology}
    context["can_import"] = access.can(request.user, unit, access.DRAFT)
    return render(request, "tthc/late_list.html", context)


class ManualValueForm(CrispyFormMixin, forms.Form):
    criterion = forms.ModelChoiceField(label=gettext_lazy("Chỉ số"), queryset=Criterion766.objects.none())
    value = DecimalInputField(
        label=gettext_lazy("Tỷ lệ (%)"), min_value=0, max_value=100, max_digits=5, decimal_places=2
    )
    evidence = forms.CharField(label=gettext_lazy("Căn cứ"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, scheme, **kwargs):
        super().__init__(*args, **kwargs)
        # Only what dossiers cannot give is typed by hand.
        self.fields["criterion"].queryset = Criterion766.objects.filter(scheme=scheme, source="")


@login_required
def score_766_view(request, pk):
    unit = _unit(request, pk)
    year = _year(request, unit)
    score = score_766(unit, year)
    can_import = access.can(request.user, unit, access.DRAFT)
    form = ManualValueForm(scheme=score.scheme) if score.scheme and can_import else None
    if request.GET.get("format") == "xlsx":
        headers = [_("Nhóm"), _("Chỉ số"), _("Giá trị (%)"), _("Ngưỡng (%)"), _("Điểm tối đa"), _("Điểm")]
        headers += [_("Nguồn"), _("Căn cứ")]
        data = [
            [g.name, c.name, _number(c.value), _number(c.threshold), _number(c.max_points), _number(c.points)]
            + [_("Nhập tay") if c.manual else _("Tính từ hồ sơ"), c.evidence]
            for g in score.groups
            for c in g.criteria
        ]
        return xlsx_response(f"chi-so-766-{unit.code}-{year}.xlsx", _("Chỉ số 766"), headers, data)
    context = {"unit": unit, "year": year, "score": score, "form": form, "can_import": can_import}
    return render(request, "tthc/score_766.html", context)


@login_required
@require_POST
def manual_766_view(request, pk):
    unit = _unit(request, pk, access.DRAFT)
    year = _year(request, unit)
    scheme = scheme_for(year)
    if scheme is None:
        raise Http404
    form = ManualValueForm(request.POST, scheme=scheme)
    if form.is_valid():
        manual_value_766_save(unit=unit, year=year, by=request.user, **form.cleaned_data)
        messages.success(
            request, _("Đã lưu giá trị nhập tay của chỉ số “%(c)s”.") % {"c": form.cleaned_data["criterion"]}
        )
        return redirect(f"{reverse('tthc:score_766', args=[unit.pk])}?nam={year}")
    score = score_766(unit, year)
    context = {"unit": unit, "year": year, "score": score, "form": form, "can_import": True}  # DRAFT, asked above
    return render(request, "tthc/score_766.html", context)


class ProcedureImportForm(CrispyFormMixin, forms.Form):
    file = forms.FileField(label=gettext_lazy("Danh mục thủ tục (.xlsx, .csv)"))


@login_required
def procedure_import_view(request, pk):
    unit = _unit(request, pk, access.DRAFT)
    form = ProcedureImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            rows = read_table(form.cleaned_data["file"], PROCEDURE_COLUMNS, PROCEDURE_REQUIRED)
        except TableError as error:
            form.add_error("file", str(error))
        else:
            result = procedures_import(rows=rows, unit=unit)
            if result.ok:
                messages.success(
                    request,
                    _("Đã nhập danh mục: %(created)s thủ tục mới, %(updated)s cập nhật.")
                    % {"created": result.created, "updated": result.updated},
                )
                return redirect(f"{reverse('tthc:procedure_list')}?don_vi={unit.pk}")
    context = {"unit": unit, "form": form, "result": result, "columns": PROCEDURE_COLUMNS.values()}
    context["can_import"] = True  # DRAFT, asked above: the unit's tabs offer both imports
    return render(request, "tthc/procedure_import.html", context)


class DossierImportForm(CrispyFormMixin, forms.Form):
    file = forms.FileField(label=gettext_lazy("Tệp xuất từ phần mềm một cửa (.csv, .xlsx)"))
    source = forms.CharField(label=gettext_lazy("Nguồn dữ liệu"), max_length=120, required=False)
    skip_bad_rows = forms.BooleanField(
        label=gettext_lazy("Nhập các dòng hợp lệ, bỏ qua các dòng lỗi"),
        required=False,
        help_text=gettext_lazy("Không chọn: tệp có dòng lỗi sẽ không được ghi dòng nào."),
    )
    save_mapping = forms.BooleanField(label=gettext_lazy("Lưu tên cột cho nguồn này"), required=False)

    def __init__(self, *args, initial_mapping=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in COLUMNS.items():
            self.fields[f"col_{name}"] = forms.CharField(
                label=label, required=False, max_length=120, initial=(initial_mapping or {}).get(name, label)
            )

    def mapping(self):
        return {name: self.cleaned_data[f"col_{name}"].strip() or label for name, label in COLUMNS.items()}


@login_required
def dossier_import_view(request, pk):
    unit = _unit(request, pk, access.DRAFT)
    sources = ImportSource.objects.for_unit(unit)
    source = sources.filter(name=request.GET.get("nguon", "")).first()
    form = DossierImportForm(
        request.POST or None,
        request.FILES or None,
        initial={"source": source.name if source else ""},
        initial_mapping=source.mapping if source else None,
    )
    result = None
    if request.method == "POST" and form.is_valid():
        mapping = form.mapping()
        name = form.cleaned_data["source"].strip()
        source = sources.filter(name=name).first() if name else None
        if name and form.cleaned_data["save_mapping"]:
            source = source_mapping_save(unit=unit, name=name, mapping=mapping)
        options = {
            "unit": unit,
            "upload": form.cleaned_data["file"],
            "by": request.user,
            "mapping": mapping,
            "skip_bad_rows": form.cleaned_data["skip_bad_rows"],
            "source": source,
        }
        try:
            if background.runs_in_background(options["upload"]):
                return redirect("tthc:upload_status", pk=background.import_in_background(**options).pk)
            result = dossiers_import(**options)
        except TableError as error:
            form.add_error("file", str(error))
        else:
            if result.written:
                messages.success(
                    request,
                    _("Đã nhập %(rows)s dòng: %(created)s hồ sơ mới, %(updated)s cập nhật, %(skipped)s dòng lỗi.")
                    % {
                        "rows": intcomma(result.rows),
                        "created": intcomma(result.created),
                        "updated": intcomma(result.updated),
                        "skipped": intcomma(result.error_count),
                    },
                )
                if result.ok:
                    return redirect(result.record.months_url())
    history = DossierImport.objects.filter(unit=unit).select_related("by")[:10]
    context = {"unit": unit, "form": form, "result": result, "history": history}
    context["sources"] = ImportSource.objects.names_for_unit(unit)
    context["can_import"] = True  # DRAFT, asked above: the unit's tabs offer both imports
    return render(request, "tthc/dossier_import.html", context)


def _import_record(request, pk, capability=None):
    """An import of a unit the user sees (else 404), with the capability asked on that unit (else 403)."""
    record = get_object_or_404(DossierImport.objects.select_related("unit", "by", "source"), pk=pk)
    _unit(request, record.unit_id, capability)
    return record


@login_required
def dossier_import_status_view(request, pk):
    """Where an import the worker runs is, then its result; the panel asks again every second until then."""
    record = _import_record(request, pk)
    context = {
        "record": record,
        "unit": record.unit,
        "progress": background.progress(record.pk),
        "can_import_good_rows": background.can_import_good_rows(record),
        "may_import": access.can(request.user, record.unit, access.DRAFT),
    }
    template = "tthc/import_status.html#status" if request.htmx else "tthc/import_status.html"
    return render(request, template, context)


@login_required
@require_POST
def dossier_import_good_rows_view(request, pk):
    record = _import_record(request, pk, access.DRAFT)
    if not background.can_import_good_rows(record):
        messages.error(request, _("Tệp của lần nhập này không còn; hãy tải tệp lên lại."))
        return redirect("tthc:upload", pk=record.unit_id)
    return redirect("tthc:upload_status", pk=background.import_good_rows(record, by=request.user).pk)


class RegisterListView(LoginRequiredMixin, TemplateView):
    """The unit's registers (seed 001's tables), with the lines of the units below it, as the reports fill them."""

    template_name = "tthc/register_list.html"

    def get(self, request, *args, **kwargs):
        unit = _unit(request, kwargs["pk"])
        registers = [(register, list(register.entries(unit))) for register in REGISTERS.values()]
        if request.GET.get("format") == "xlsx":
            sheets = [(str(r.sheet), r.headers(), [r.row(entry) for entry in entries]) for r, entries in registers]
            return xlsx_workbook_response(f"so-theo-doi-tthc-{unit.code}.xlsx", sheets)
        tables = [
            {
                "register": r,
                # A unit's own page leaves out the unit; one above it says whose each line is.
                "show_unit": any(e.unit_id != unit.pk for e in entries),
                "rows": [(e, r.cells(e), access.can(request.user, e.unit, access.DRAFT)) for e in entries],
            }
            for r, entries in registers
        ]
        context = {"unit": unit, "year": _asked_year(request), "yearless": True, "tables": tables}
        context["can_import"] = context["can_write"] = access.can(request.user, unit, access.DRAFT)
        return self.render_to_response(self.get_context_data(**context))


class RegisterEntryMixin(access.UnitPermissionMixin):
    """A line of the register named by the URL, written by those who may draft for its unit (else 403)."""

    capability = access.DRAFT
    template_name = "tthc/register_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.register = REGISTERS.get(kwargs["register"])
        if self.register is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def unit(self):
        return self.object.unit

    def get_queryset(self):
        return self.register.model.objects.select_related("unit")

    def get_form_class(self):
        return self.register.form_class

    def form_valid(self, form):
        self.object = register_entry_save(entry=form.save(commit=False), by=self.request.user, fields=form.changed_data)
        messages.success(self.request, _("Đã lưu vào sổ “%(r)s”.") % {"r": self.register.title})
        return redirect(self.get_success_url())

    def get_success_url(self):
        """Back to the page the line was opened from (a unit above may list it), else to its unit's registers."""
        back = self.request.POST.get("next") or self.request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {self.request.get_host()}, self.request.is_secure()):
            back = reverse("tthc:registers", args=[self.unit.pk])
        return f"{back.split('#')[0]}#{self.register.slug}"

    def get_context_data(self, **kwargs):
        context = {"unit": self.unit, "register": self.register, "back": self.get_success_url()}
        if "procedure" in self.register.form_class.base_fields:
            context["procedures"] = Procedure.objects.filter(units=self.unit).order_by("field", "code")[:50]
        return super().get_context_data(**context, **kwargs)


class RegisterCreateView(LoginRequiredMixin, RegisterEntryMixin, CreateView):
    @cached_property
    def unit(self):
        return _unit(self.request, self.kwargs["pk"], access.DRAFT)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.register.model(unit=self.unit)}


class RegisterUpdateView(LoginRequiredMixin, RegisterEntryMixin, UpdateView):
    pass


class RegisterDeleteView(LoginRequiredMixin, RegisterEntryMixin, DeleteView):
    template_name = "tthc/register_confirm_delete.html"

    def get_form_class(self):
        return forms.Form

    def form_valid(self, form):
        register_entry_delete(entry=self.object, by=self.request.user)
        messages.success(self.request, _("Đã xóa khỏi sổ “%(r)s”.") % {"r": self.register.title})
        return redirect(self.get_success_url())


@login_required
def procedure_options(request, pk):
    """Search-as-you-type for a register's procedure field: the unit's procedures as <option>s, diacritics
    ignored; a pick ("<code> – <name>") looks up its code."""
    unit = _unit(request, pk)
    query = next(iter(request.GET.values()), "").strip()
    procedures = Procedure.objects.filter(units=unit).order_by("field", "code")
    if match := LEADING_CODE.match(query):
        procedures = procedures.filter(code__startswith=match.group(1))
    elif len(query) >= 2:
        procedures = procedures.search(query)
    return render(request, "tthc/register_form.html#procedure-options", {"procedures": procedures[:50]})
