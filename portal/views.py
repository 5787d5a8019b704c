"""Views of the portal shell: home, units and their people, imports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from . import access
from .forms import ImportForm, OrgUnitForm, PersonRowForm, PreferencesForm, UnitRowForm
from .models import Membership, Notification, OrgUnit
from .pagination import NearestPageMixin
from .services import audit_log, people_import, units_import
from .tabular import TableError, read_table, xlsx_response


@login_required
def home(request):
    memberships = Membership.objects.filter(user=request.user).select_related("unit").order_by("unit__path", "role")
    visible = OrgUnit.objects.for_user(request.user)
    return render(
        request,
        "portal/home.html",
        {"memberships": memberships, "unit_count": visible.count()},
    )


class UnitListView(LoginRequiredMixin, NearestPageMixin, ListView):
    template_name = "portal/orgunit_list.html"
    paginate_by = 50

    def get_queryset(self):
        units = OrgUnit.objects.for_user(self.request.user).select_related("parent")
        if query := self.request.GET.get("q", "").strip():
            units = units.search(query)
        if kind := self.request.GET.get("kind"):
            units = units.filter(kind=kind)
        if self.request.GET.get("current"):
            units = units.active()
        return units.annotate(member_count=Count("memberships")).order_by("path")

    def get_context_data(self, **kwargs):
        return super().get_context_data(kinds=OrgUnit.Kind.choices, **kwargs)

    def render_to_response(self, context, **kwargs):
        if self.request.GET.get("format") == "xlsx":
            return xlsx_response(
                "don-vi.xlsx",
                _("Đơn vị"),
                [
                    _("Mã đơn vị"),
                    _("Tên đơn vị"),
                    _("Tên ngắn"),
                    _("Ký hiệu"),
                    _("Loại đơn vị"),
                    _("Mã đơn vị cấp trên"),
                    _("Địa danh"),
                    _("Số người"),
                ],
                (
                    [
                        u.code,
                        u.name,
                        u.short_name,
                        u.abbreviation,
                        u.get_kind_display(),
                        u.parent.code if u.parent_id else "",
                        u.place_name,
                        u.member_count,
                    ]
                    for u in self.object_list
                ),
            )
        return super().render_to_response(context, **kwargs)


class UnitDetailView(LoginRequiredMixin, access.UnitPermissionMixin, DetailView):
    template_name = "portal/orgunit_detail.html"

    def unit_of(self, obj):
        return obj

    def get_queryset(self):
        return OrgUnit.objects.select_related("parent", "successor").prefetch_related(
            Prefetch("children", queryset=OrgUnit.objects.annotate(member_count=Count("memberships"))),
            Prefetch("memberships", queryset=Membership.objects.select_related("user").order_by("role")),
        )

    def get_context_data(self, **kwargs):
        unit = self.object
        return super().get_context_data(
            ancestors=unit.ancestors().for_user(self.request.user),
            can_manage=access.can(self.request.user, unit, access.MANAGE),
            history=unit.history.select_related("history_user")[:10],
            **kwargs,
        )


class UnitFormMixin(LoginRequiredMixin):
    form_class = OrgUnitForm
    template_name = "portal/orgunit_form.html"

    def get_form_kwargs(self):
        parents = access.manageable_units(self.request.user)
        if self.object is not None:
            parents = parents.exclude(path__startswith=self.object.path)
        return {**super().get_form_kwargs(), "parents": parents, "may_be_top": self.request.user.is_superuser}

    @transaction.atomic
    def form_valid(self, form):
        self.object = form.save()
        # The form offers only parents the user administers; should the unit still end up beyond their
        # reach, refuse and roll back rather than leave it where they cannot follow.
        if not access.can(self.request.user, self.object, access.MANAGE):
            raise PermissionDenied
        audit_log(
            action=self.audit_action,
            actor=self.request.user,
            obj=self.object,
            unit=self.object,
            data={"fields": form.changed_data},
        )
        messages.success(self.request, self.success_message % {"name": self.object.name})
        return redirect(self.object)


class UnitUpdateView(UnitFormMixin, access.UnitPermissionMixin, UpdateView):
    capability = access.MANAGE
    audit_action = "portal.unit.changed"
    success_message = _("Đã lưu đơn vị “%(name)s”.")

    def unit_of(self, obj):
        return obj

    def get_queryset(self):
        return OrgUnit.objects.all()


class UnitCreateView(UnitFormMixin, CreateView):
    audit_action = "portal.unit.created"
    success_message = _("Đã tạo đơn vị “%(name)s”.")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.parent = access.get_object_for_user(
                request, OrgUnit.objects.all(), kwargs["pk"], access.MANAGE, unit_of=lambda unit: unit
            )
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"parent": self.parent, "place_name": self.parent.place_name}

    def form_valid(self, form):
        form.instance.code = self._new_code(form.cleaned_data["parent"] or self.parent)
        return super().form_valid(form)

    @staticmethod
    def _new_code(parent):
        siblings = OrgUnit.objects.filter(code__startswith=f"{parent.code}-").count()
        code = f"{parent.code}-{siblings + 1}"
        while OrgUnit.objects.filter(code=code).exists():
            siblings += 1
            code = f"{parent.code}-{siblings + 1}"
        return code


IMPORTERS = {
    ImportForm.Kind.UNITS: (UnitRowForm, units_import),
    ImportForm.Kind.PEOPLE: (PersonRowForm, people_import),
}


@login_required
def unit_options(request):
    """Search-as-you-type for unit fields: <option>s for the shared datalist, diacritics ignored.
    Any one query parameter is the text typed, so every input can ask with its own name."""
    query = next(iter(request.GET.values()), "")
    units = OrgUnit.objects.active().search(query)[:20] if len(query.strip()) >= 2 else []
    return render(request, "portal/unit_options.html", {"units": units})


@login_required
def import_sheet(request):
    """Upload a sheet, see every bad row by line and column, and write only a file without errors."""
    if not access.manageable_units(request.user).exists():
        raise PermissionDenied
    result = None
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        row_form, importer = IMPORTERS[form.cleaned_data["kind"]]
        commit = "confirm" in request.POST
        try:
            rows = read_table(form.cleaned_data["file"], row_form.LABELS, row_form.REQUIRED)
        except TableError as error:
            form.add_error("file", str(error))
        else:
            result = importer(rows=rows, by=request.user, commit=commit)
            if result.ok and commit:
                messages.success(request, _import_summary(result))
                return redirect("portal:import_sheet")
    return render(request, "portal/import_form.html", {"form": form, "result": result})


def _import_summary(result):
    """What was written, and how imported people get in: they have no password until they set one."""
    parts = [
        _("Đã nhập xong: %(created)s bản ghi mới, %(updated)s bản ghi cập nhật.")
        % {"created": result.created, "updated": result.updated}
    ]
    if result.invited:
        parts.append(
            _(
                "Đã gửi thư mời đặt mật khẩu tới %(n)s người chưa có mật khẩu; "
                "ai chưa nhận được thư có thể bấm “Quên mật khẩu” ở trang đăng nhập."
            )
            % {"n": result.invited}
        )
    if result.without_email:
        parts.append(
            _(
                "%(n)s người chưa có mật khẩu cũng chưa có thư điện tử nên chưa tự đặt được mật khẩu: "
                "hãy điền thư điện tử của họ vào tệp và nhập lại."
            )
            % {"n": result.without_email}
        )
    return " ".join(parts)


@login_required
def import_template(request, kind):
    if kind not in IMPORTERS:
        raise Http404
    row_form = IMPORTERS[kind][0]
    examples = {
        ImportForm.Kind.UNITS: [
            [
                "qng-skhcn-qlcn",
                "Phòng Quản lý công nghệ, thị trường công nghệ và chuyên ngành",
                "Phòng QLCN",
                "QLCN",
                "Phòng, chi cục, trung tâm",
                "qng-skhcn",
                "Quảng Ngãi",
                "",
                "",
                "",
            ]
        ],
        ImportForm.Kind.PEOPLE: [
            ["nguyenvana", "Nguyễn Văn A", "Chuyên viên", "a@example.vn", "", "qng-skhcn-qlcn", "Chuyên viên"]
        ],
    }
    return xlsx_response(f"mau-{kind}.xlsx", _("Mẫu"), list(row_form.LABELS.values()), examples[kind])


@login_required
def notification_list(request):
    notifications = Notification.objects.filter(user=request.user)
    page = Paginator(notifications, 30).get_page(request.GET.get("page"))
    return render(request, "portal/notification_list.html", {"page_obj": page, "object_list": page.object_list})


@require_POST
@login_required
def notification_read(request, pk=None):
    """Mark one notification (then follow its link) or all of them as read."""
    unread = Notification.objects.filter(user=request.user, read_at__isnull=True)
    if pk is None:
        unread.update(read_at=timezone.now())
        return redirect("portal:notifications")
    notification = get_object_or_404(Notification.objects.filter(user=request.user), pk=pk)
    unread.filter(pk=pk).update(read_at=timezone.now())
    return redirect(notification.url or "portal:notifications")


@login_required
def account(request):
    form = PreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Đã lưu cách nhận nhắc việc."))
        return redirect("portal:account")
    return render(request, "portal/account.html", {"form": form})
