"""Plan pages: list, document view (by section, by unit, by indicator), editor, issue, copy, Excel."""

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView

from portal import access
from portal.models import OrgUnit
from portal.pagination import NearestPageMixin
from portal.services import audit_log
from portal.tabular import TableError, xlsx_response

from . import services
from .forms import (
    BasisForm,
    CopyForm,
    DutyForm,
    DutyRuleFormSet,
    IndicatorForm,
    PlanFilterForm,
    PlanForm,
    SectionForm,
    SheetForm,
    TargetFormSet,
    TaskForm,
    TaskRuleFormSet,
    TaskUnitFormSet,
)
from .models import Framework, Indicator, IndicatorTarget, LegalBasis, Plan, ReportingDuty, Section, Task
from .outline import outline, task_queryset
from .spreadsheet import PlanImport, export_plan


def _plan(request, pk, capability=None):
    """A plan in the user's scope (404 otherwise); seeing it needs no role on the issuing unit."""
    return access.get_object_for_user(request, Plan.objects.select_related("unit"), pk, capability)


class PlanListView(LoginRequiredMixin, NearestPageMixin, ListView):
    template_name = "plans/plan_list.html"
    paginate_by = 25

    def get_queryset(self):
        plans = PlanFilterForm(self.request.GET).filter(Plan.objects.for_user(self.request.user))
        return (
            plans.select_related("unit")
            .annotate(task_count=Count("tasks", distinct=True))
            .order_by("-start_year", "-pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            units=OrgUnit.objects.for_user(self.request.user).filter(plans__isnull=False).distinct(),
            frameworks=Framework.objects.all(),
            statuses=Plan.Status.choices,
            can_create=access.units_with(self.request.user, access.DRAFT).exists(),
            **kwargs,
        )

    def render_to_response(self, context, **kwargs):
        if self.request.GET.get("format") == "xlsx":
            return xlsx_response(
                "ke-hoach.xlsx",
                _("Kế hoạch"),
                [_("Số, ký hiệu"), _("Trích yếu"), _("Đơn vị"), _("Thời kỳ"), _("Trạng thái"), _("Số nhiệm vụ")],
                (
                    [
                        # A plan not yet numbered has no number to file it under; " /KH-SKHCN" is for the page.
                        p.number_symbol if p.number is not None else "",
                        p.title,
                        p.unit.name,
                        p.period_label,
                        p.get_status_display(),
                        p.task_count,
                    ]
                    for p in self.object_list
                ),
            )
        return super().render_to_response(context, **kwargs)


class PlanDetailView(LoginRequiredMixin, DetailView):
    VIEWS = ("document", "units", "indicators")

    def get_object(self, queryset=None):
        return _plan(self.request, self.kwargs["pk"])

    def get_template_names(self):
        return ["plans/plan_detail.html"]

    def get_context_data(self, **kwargs):
        plan, user = self.object, self.request.user
        view = self.request.GET.get("view", "document")
        view = view if view in self.VIEWS else "document"
        tasks = list(task_queryset().filter(plan=plan))
        context = {
            "view": view,
            "outline": outline(plan, tasks, deadlines=True),
            "bases": plan.bases.all(),
            "indicators": plan.indicators.select_related("component__framework").prefetch_related("targets", "tasks"),
            "duties": plan.duties.select_related("sender", "recipient").prefetch_related("schedules"),
            "attachments": plan.attachments.all(),
            "can_edit": plan.is_editable and access.can(user, plan.unit, access.DRAFT),
            "can_issue": plan.is_editable and access.can(user, plan.unit, access.APPROVE),
            "can_revise": plan.status == Plan.Status.ISSUED and access.can(user, plan.unit, access.DRAFT),
            "can_copy": access.units_with(user, access.DRAFT).exists(),
            "can_number": plan.status == Plan.Status.ISSUED
            and plan.number is None
            and not plan.attached_to_id
            and access.can(user, plan.unit, access.NUMBER),
            "history": plan.history.select_related("history_user")[:10],
        }
        if view == "units":
            context["by_unit"] = _tasks_by_unit(tasks)
        return super().get_context_data(**context, **kwargs)


def _tasks_by_unit(tasks):
    """What each unit has to do: its tasks as lead first, then as coordinator."""
    groups = {}
    for task in tasks:
        for tu in task.task_units.all():
            entry = groups.setdefault(
                tu.unit.pk, {"unit": tu.unit, "subtree": tu.whole_subtree, "lead": [], "coordinate": []}
            )
            entry[tu.role].append(task)
    return sorted(groups.values(), key=lambda g: (g["unit"].path, g["unit"].name))


@login_required
def plan_create(request):
    units = access.units_with(request.user, access.DRAFT)
    if not units.exists():
        raise PermissionDenied
    first = units.first()
    form = PlanForm(
        request.POST or None,
        units=units,
        initial={"unit": first, "place_name": first.place_name, "doc_type": Plan.DocType.PLAN},
    )
    if request.method == "POST" and form.is_valid():
        plan = services.plan_create(form=form, by=request.user)
        messages.success(request, _("Đã tạo dự thảo kế hoạch. Hãy thêm các mục, nhiệm vụ và chỉ tiêu."))
        return redirect("plans:plan_edit", pk=plan.pk)
    return render(request, "plans/plan_form.html", {"form": form})


@dataclass(frozen=True)
class Part:
    """One kind of part the editor adds, edits, moves and removes in place."""

    name: str
    model: type
    form: type
    formsets: tuple = ()

    def siblings(self, item):
        if self.model is Section:
            return item.plan.sections.filter(parent=item.parent_id)
        if self.model is Task:
            return item.plan.tasks.filter(section=item.section_id)
        return self.model.objects.filter(plan=item.plan)


PARTS = {
    "section": Part("section", Section, SectionForm),
    "task": Part("task", Task, TaskForm, (("units", TaskUnitFormSet), ("rules", TaskRuleFormSet))),
    "indicator": Part("indicator", Indicator, IndicatorForm, (("targets", TargetFormSet),)),
    "duty": Part("duty", ReportingDuty, DutyForm, (("rules", DutyRuleFormSet),)),
    "basis": Part("basis", LegalBasis, BasisForm),
}


def _editable_plan(request, pk):
    plan = _plan(request, pk, access.DRAFT)
    if not plan.is_editable:
        raise PermissionDenied(plan.locked_reason)
    return plan


def _editor_context(plan):
    return {
        "plan": plan,
        "outline": outline(plan),
        "bases": plan.bases.all(),
        "indicators": plan.indicators.select_related("component").prefetch_related(
            Prefetch("targets", queryset=IndicatorTarget.objects.order_by("year"))
        ),
        "duties": plan.duties.select_related("sender", "recipient").prefetch_related("schedules"),
    }


@login_required
def plan_edit(request, pk):
    """The one-page editor: the document's fields, then every part, each edited in place with htmx."""
    plan = _plan(request, pk, access.DRAFT)
    if not plan.is_editable:
        if request.method == "POST":
            raise PermissionDenied(plan.locked_reason)
        # A bookmark, or the back button after issuing: the document itself, with why not its editor.
        messages.warning(request, plan.locked_reason)
        return redirect(plan)
    form = PlanForm(request.POST or None, instance=plan, units=access.units_with(request.user, access.DRAFT))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            audit_log(
                action="plans.plan.changed",
                actor=request.user,
                obj=plan,
                unit=plan.unit,
                data={"fields": form.changed_data},
            )
        messages.success(request, _("Đã lưu thông tin văn bản."))
        return redirect("plans:plan_edit", pk=plan.pk)
    return render(request, "plans/plan_editor.html", {"form": form, **_editor_context(plan)})


@login_required
def part_form(request, pk, part, item=None):
    """Add or edit one part. With htmx the answer is the refreshed list, or the form with its errors."""
    plan = _editable_plan(request, pk)
    spec = PARTS.get(part) or _not_found()
    instance = get_object_or_404(spec.model, pk=item, plan=plan) if item else spec.model(plan=plan)
    data = request.POST or None
    # "Add a task to this section" links pass the section as ?task-section=<pk>.
    initial = {key.removeprefix(f"{part}-"): value for key, value in request.GET.items()}
    form = spec.form(data, instance=instance, plan=plan, prefix=part, initial=initial)
    formsets = [
        (name, fs(data, instance=instance, prefix=f"{part}-{name}", form_kwargs={"plan": plan}))
        for name, fs in spec.formsets
    ]
    if request.method == "POST" and form.is_valid() and all(fs.is_valid() for _n, fs in formsets):
        with transaction.atomic():
            obj = form.save(commit=False)
            if not obj.pk:
                obj.order = services.next_order(spec.siblings(obj))
            obj.save()
            form.save_m2m()
            for _name, fs in formsets:
                fs.instance = obj
                fs.save()
            audit_log(action=f"plans.{part}.saved", actor=request.user, obj=obj, unit=plan.unit)
        if request.htmx:
            return _render_parts(request, plan, part)
        return redirect("plans:plan_edit", pk=plan.pk)
    context = {
        "plan": plan,
        "part": part,
        "form": form,
        "formsets": formsets,
        "item": instance,
        "formsets_invalid": any(fs.is_bound and not fs.is_valid() for _n, fs in formsets),
    }
    template = "plans/plan_editor.html#part-form" if request.htmx else "plans/part_form_page.html"
    return render(request, template, context)


@require_POST
@login_required
def part_delete(request, pk, part, item):
    plan = _editable_plan(request, pk)
    spec = PARTS.get(part) or _not_found()
    obj = get_object_or_404(spec.model, pk=item, plan=plan)
    with transaction.atomic():
        audit_log(action=f"plans.{part}.deleted", actor=request.user, obj=obj, unit=plan.unit)
        obj.delete()
    if request.htmx:
        return _render_parts(request, plan, part)
    return redirect("plans:plan_edit", pk=plan.pk)


@require_POST
@login_required
def part_move(request, pk, part, item, direction):
    plan = _editable_plan(request, pk)
    spec = PARTS.get(part) or _not_found()
    obj = get_object_or_404(spec.model, pk=item, plan=plan)
    services.item_move(item=obj, siblings=spec.siblings(obj), direction=-1 if direction == "len" else 1)
    if request.htmx:
        return _render_parts(request, plan, part)
    return redirect("plans:plan_edit", pk=plan.pk)


def _render_parts(request, plan, part):
    # Sections and tasks share one outline; the other parts have lists of their own.
    slot = "outline" if part in ("section", "task") else part
    block = "outline" if slot == "outline" else f"{part}-list"
    context = {**_editor_context(plan), "list_template": f"plans/plan_editor.html#{block}", "slot": slot}
    response = render(request, "plans/partials/parts_saved.html", context)
    response["HX-Retarget"] = f"#list-{slot}"
    response["HX-Reswap"] = "outerHTML"
    return response


def _not_found():
    raise Http404


@require_POST
@login_required
def plan_issue(request, pk):
    plan = _plan(request, pk, access.APPROVE)
    try:
        services.plan_issue(plan=plan, by=request.user)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Đã ban hành kế hoạch. Kế hoạch đã ban hành chỉ sửa được bằng bản sửa đổi."))
    return redirect(plan)


@require_POST
@login_required
def plan_number(request, pk):
    plan = _plan(request, pk, access.NUMBER)
    try:
        entry = services.plan_number(plan=plan, by=request.user)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Đã cấp số %(number)s từ sổ văn bản đi.") % {"number": entry.number_symbol})
    return redirect(plan)


@require_POST
@login_required
def plan_revise(request, pk):
    plan = _plan(request, pk, access.DRAFT)
    if plan.status != Plan.Status.ISSUED:
        raise PermissionDenied
    revision = services.plan_copy(plan=plan, by=request.user, as_revision=True)
    messages.success(request, _("Đã tạo bản sửa đổi lần %(n)s dưới dạng dự thảo.") % {"n": revision.revision})
    return redirect("plans:plan_edit", pk=revision.pk)


@login_required
def plan_copy(request, pk):
    plan = _plan(request, pk)
    units = access.units_with(request.user, access.DRAFT)
    if not units.exists():
        raise PermissionDenied
    form = CopyForm(
        request.POST or None, units=units, plan=plan, initial={"unit": plan.unit if plan.unit in units else None}
    )
    if request.method == "POST" and form.is_valid():
        copy = services.plan_copy(
            plan=plan, by=request.user, unit=form.cleaned_data["unit"], year_shift=form.cleaned_data["year_shift"]
        )
        if form.cleaned_data["year_shift"]:
            message = _(
                "Đã sao chép thành dự thảo mới; các năm của kế hoạch trong tên văn bản, tên mục và thời hạn đã lùi "
                "%(years)s năm. Hãy rà soát lại nội dung."
            ) % {"years": form.cleaned_data["year_shift"]}
        else:
            message = _("Đã sao chép thành dự thảo mới.")
        messages.success(request, message)
        return redirect("plans:plan_edit", pk=copy.pk)
    return render(request, "plans/plan_copy.html", {"plan": plan, "form": form})


@login_required
def plan_export(request, pk):
    return export_plan(_plan(request, pk))


@login_required
def plan_import(request, pk):
    """Take back an edited export: every bad row is named, and nothing is written unless all are good."""
    plan = _editable_plan(request, pk)
    form = SheetForm(request.POST or None, request.FILES or None)
    checked = None
    if request.method == "POST" and form.is_valid():
        try:
            checked = PlanImport(plan, form.cleaned_data["file"])
        except TableError as error:
            form.add_error("file", str(error))
        else:
            if not checked.errors:
                tasks, new_tasks, targets, new_targets = checked.apply()
                audit_log(
                    action="plans.plan.imported",
                    actor=request.user,
                    obj=plan,
                    unit=plan.unit,
                    data={"tasks": tasks, "targets": targets},
                )
                messages.success(
                    request,
                    # Every row is written back, changed or not: say how many were new rather than "imported".
                    _(
                        "Đã cập nhật kế hoạch theo tệp Excel: %(tasks)s nhiệm vụ (%(new_tasks)s mới) và "
                        "%(targets)s mục tiêu theo năm (%(new_targets)s mới)."
                    )
                    % {"tasks": tasks, "new_tasks": new_tasks, "targets": targets, "new_targets": new_targets},
                )
                return redirect("plans:plan_edit", pk=plan.pk)
    return render(request, "plans/plan_import.html", {"plan": plan, "form": form, "checked": checked})
