"""Forms of the plan editor: the document, and each kind of part edited in place."""

import datetime

from django import forms
from django.db.models import Q
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _

from portal.dates import LAST_YEAR, short_date
from portal.fields import DecimalInputField, PersonPickField, UnitPickField
from portal.forms import CrispyFormMixin
from portal.models import Membership, OrgUnit, User

from .models import (
    Indicator,
    IndicatorTarget,
    LegalBasis,
    Plan,
    ReportingDuty,
    ScheduleRule,
    Section,
    Task,
    TaskUnit,
    validate_year,
)
from .schedules import ENTERED, ScheduleError, expand, parse_wording

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _bound_years(form, *names):
    # The model checks these too, but only after clean(): clean() must not compare years out of range.
    for name in names:
        form.fields[name].validators.append(validate_year)


class PlanForm(CrispyFormMixin, forms.ModelForm):
    class Meta:
        model = Plan
        fields = [
            "unit",
            "doc_type",
            "title",
            "addressees",
            "symbol",
            "place_name",
            "issued_on",
            "start_year",
            "end_year",
            "vision_year",
            "authority_line",
            "preamble",
            "closing",
            "signer_authority",
            "signer_collective",
            "signer_head",
            "signer_position",
            "signer_name",
            "recipients",
        ]
        widgets = {
            "issued_on": DATE,
            "title": forms.Textarea(attrs={"rows": 2}),
            "addressees": forms.Textarea(attrs={"rows": 2}),
            "preamble": forms.Textarea(attrs={"rows": 4}),
            "closing": forms.Textarea(attrs={"rows": 2}),
            "recipients": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        _bound_years(self, "start_year", "end_year", "vision_year")

    def clean(self):
        data = super().clean()
        start, end = data.get("start_year"), data.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("Năm kết thúc phải từ năm bắt đầu trở đi."))
        if data.get("vision_year") and end and data["vision_year"] <= end:
            self.add_error("vision_year", _("Năm tầm nhìn phải sau năm kết thúc."))
        return data


class PlanFilterForm(forms.Form):
    """The plan list's filters: a value that does not read (a hand-edited or stale link) is left out."""

    q = forms.CharField(required=False)
    unit = forms.ModelChoiceField(queryset=OrgUnit.objects.all(), required=False)
    year = forms.IntegerField(required=False, validators=[validate_year])
    framework = forms.CharField(required=False)
    status = forms.ChoiceField(choices=Plan.Status.choices, required=False)

    def filter(self, plans):
        self.is_valid()
        data = self.cleaned_data  # only the fields that read
        if query := data.get("q", "").strip():
            plans = plans.search(query)
        if unit := data.get("unit"):
            plans = plans.filter(unit__path__startswith=unit.path)
        if year := data.get("year"):
            plans = plans.in_year(year)
        if framework := data.get("framework"):
            plans = plans.with_framework(framework)
        if status := data.get("status"):
            plans = plans.filter(status=status)
        return plans


class PartFormMixin(CrispyFormMixin):
    """An editor part's form. htmx focuses the [autofocus] field of what it swaps in, so the person types where
    the form opens (`focus`, else the first field) or, when it comes back with errors, in the first wrong field."""

    focus = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.focus_on(self.focus or next(iter(self.fields)))

    def full_clean(self):
        super().full_clean()
        if wrong := next((name for name in self.fields if name in self.errors), None):
            self.focus_on(wrong)

    def focus_on(self, name):
        for field in self.fields.values():
            field.widget.attrs.pop("autofocus", None)
        self.fields[name].widget.attrs["autofocus"] = True


class SectionForm(PartFormMixin, forms.ModelForm):
    focus = "title"

    class Meta:
        model = Section
        fields = ["parent", "number", "title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        parents = plan.sections.all()
        if self.instance.pk:
            parents = parents.exclude(pk__in=self.instance.subtree_ids())
        self.fields["parent"].queryset = parents
        self.fields["parent"].label = _("Thuộc mục")


class TaskForm(PartFormMixin, forms.ModelForm):
    directing_leader = PersonPickField(label=_("Lãnh đạo chỉ đạo (tài khoản)"), required=False)

    focus = "content"

    class Meta:
        model = Task
        fields = ["section", "number", "content", "directing_text", "directing_leader", "output", "weight"]
        widgets = {"content": forms.Textarea(attrs={"rows": 3}), "output": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = plan.sections.all()
        # The leaders of the plan's unit, of the units above it (a division's plan is directed by its
        # department's leaders) and of the units below it; any member of the branch was offered before.
        unit = plan.unit
        leads = Q(memberships__role=Membership.Role.LEADER) & (
            Q(memberships__unit__path__startswith=unit.path) | Q(memberships__unit_id__in=unit.ancestor_ids())
        )
        current = Q(pk=self.instance.directing_leader_id)  # kept, so that an older choice still saves
        self.fields["directing_leader"].queryset = User.objects.filter(leads | current, is_active=True).distinct()


class TaskUnitForm(forms.ModelForm):
    unit = UnitPickField(label=_("Đơn vị"))

    class Meta:
        model = TaskUnit
        fields = ["role", "unit", "whole_subtree"]

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan

    def clean(self):
        data = super().clean()
        unit, role = data.get("unit"), data.get("role")
        # Only the issuing unit's own units can be made to lead; outside agencies may coordinate.
        if unit and role == TaskUnit.Role.LEAD and self.plan and not unit.is_within(self.plan.unit):
            self.add_error("unit", _("Đơn vị chủ trì phải thuộc %(unit)s.") % {"unit": self.plan.unit.name})
        return data


# A list box chooses several only with a modifier key, which nothing on it says.
MANY = _("Giữ Ctrl (⌘ trên máy Mac) khi bấm để chọn nhiều mục hoặc bỏ chọn một mục.")


WEEKDAYS = [_("Thứ Hai"), _("Thứ Ba"), _("Thứ Tư"), _("Thứ Năm"), _("Thứ Sáu"), _("Thứ Bảy"), _("Chủ nhật")]


class RuleForm(forms.ModelForm):
    """One deadline; the rule is checked by expanding it over the plan's period."""

    # Named days, not a number box asking people to know that 0 is Monday.
    weekday = forms.TypedChoiceField(
        label=_("Thứ trong tuần"),
        choices=[("", _("Thứ Sáu (mặc định)")), *enumerate(WEEKDAYS)],
        coerce=int,
        empty_value=None,
        required=False,
    )

    class Meta:
        model = ScheduleRule
        fields = [
            "label",
            "wording",
            "kind",
            "year",
            "end_year",
            "month",
            "end_month",
            "day",
            "weekday",
            "date",
            "working_days",
            "next_working_day",
        ]
        widgets = {"date": DATE}

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        _bound_years(self, "year", "end_year")
        # The rule may be left to the wording, read as the spreadsheet import reads it: an official who typed
        # "Trước ngày 05/6 hằng năm" need not say it again with a rule, a day and a month.
        self.fields["kind"].required = False
        self.fields["kind"].choices = [("", _("Tự đọc từ thời gian")), *ScheduleRule.Kind.choices]

    def clean(self):
        data = super().clean()
        if not data.get("kind") and data.get("wording") and "kind" not in self.errors:
            self._rule_from_wording(data)
        elif data.get("kind") and data.get("wording"):
            self._check_against_wording(data)
        if self.plan is None or not data.get("kind") or self.errors:
            return data
        kind = ScheduleRule.Kind(data["kind"])
        for name in ENTERED.get(kind, ()):
            if data.get(name) is None:
                self.add_error(
                    name,
                    _("Quy tắc “%(kind)s” cần nhập %(field)s.")
                    % {"kind": kind.label, "field": ScheduleRule._meta.get_field(name).verbose_name},
                )
        if self.errors:
            return data
        rule = ScheduleRule(**{k: v for k, v in data.items() if k in {f.name for f in ScheduleRule._meta.fields}})
        for name in ("year", "end_year"):
            year = getattr(rule, name)
            if year and (message := self.plan.year_outside(year)):
                self.add_error(name, message)
        try:
            expand(rule, datetime.date(self.plan.start_year, 1, 1), datetime.date(self.plan.end_year, 12, 31))
        except ScheduleError as error:
            raise forms.ValidationError(str(error)) from None
        return data

    def _check_against_wording(self, data):
        """A rule of the kind its wording reads must agree with it: "Trước ngày 05/6 hằng năm" kept beside a rule
        typed as 6/5 would print one date and remind on the other. Another kind is left alone, as one wording may
        carry two rules ("hằng tháng, năm")."""
        try:
            read = parse_wording(data["wording"])
        except ScheduleError:
            return
        if read["kind"] != data["kind"]:
            return
        for name, value in read.items():
            # An empty field is the requirement check's to name, not a disagreement.
            if None not in (value, data.get(name)) and data[name] != value:
                self.add_error(
                    name,
                    _(
                        "Khác thời gian “%(text)s” (%(field)s: %(value)s); hãy sửa cho khớp, hoặc để trống quy tắc "
                        "để tự đọc."
                    )
                    % {
                        "text": data["wording"].strip(),
                        "field": self.fields[name].label,
                        "value": self._shown(name, value),
                    },
                )

    def _shown(self, name, value):
        if name == "weekday":
            return WEEKDAYS[value]
        if name == "date":
            return value.strftime("%d/%m/%Y")
        return value

    def _rule_from_wording(self, data):
        try:
            data.update(parse_wording(data["wording"]))
        except ScheduleError:
            self.add_error(
                "kind",
                _("Chưa hiểu thời gian “%(text)s”; hãy chọn quy tắc và nhập các trường tương ứng.")
                % {"text": data["wording"].strip()},
            )


class IndicatorForm(PartFormMixin, forms.ModelForm):
    focus = "name"

    class Meta:
        model = Indicator
        fields = ["component", "name", "measure", "direction", "comparator", "baseline", "baseline_year", "tasks"]
        widgets = {"tasks": forms.SelectMultiple(attrs={"size": 4})}
        help_texts = {"tasks": MANY}
        field_classes = {"baseline": DecimalInputField}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tasks"].queryset = plan.tasks.all()
        self.fields["component"].queryset = self.fields["component"].queryset.select_related("framework")


class TargetForm(forms.ModelForm):
    class Meta:
        model = IndicatorTarget
        fields = ["year", "value", "wording"]
        field_classes = {"value": DecimalInputField}

    def __init__(self, *args, plan=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        _bound_years(self, "year")

    def clean_year(self):
        year = self.cleaned_data["year"]
        if self.plan and (message := self.plan.year_outside(year)):
            raise forms.ValidationError(message)
        return year


class DutyForm(PartFormMixin, forms.ModelForm):
    sender = UnitPickField(label=_("Đơn vị gửi"), required=False)
    recipient = UnitPickField(label=_("Nơi nhận báo cáo"), required=False)

    class Meta:
        model = ReportingDuty
        fields = [
            "title",
            "kind",
            "sender",
            "sender_whole_subtree",
            "recipient",
            "period_start_day",
            "due_in_next_month",
            "sections",
            "indicators",
        ]
        widgets = {
            "sections": forms.SelectMultiple(attrs={"size": 4}),
            "indicators": forms.SelectMultiple(attrs={"size": 4}),
        }
        help_texts = {"sections": MANY, "indicators": MANY}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sections"].queryset = plan.sections.all()
        self.fields["indicators"].queryset = plan.indicators.all()


class BasisForm(PartFormMixin, forms.ModelForm):
    class Meta:
        model = LegalBasis
        fields = ["kind", "doc_kind", "doc_number", "doc_date", "issuer", "summary"]
        widgets = {"doc_date": DATE, "summary": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan


class SheetForm(CrispyFormMixin, forms.Form):
    file = forms.FileField(label=_("Tệp Excel đã xuất và chỉnh sửa (.xlsx)"))


class ExtensionForm(forms.Form):
    requested_date = forms.DateField(label=_("Xin gia hạn đến ngày"), widget=DATE)
    reason = forms.CharField(label=_("Lý do"), widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, occurrence=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.occurrence = occurrence

    def clean_requested_date(self):
        requested = self.cleaned_data["requested_date"]
        if self.occurrence and requested <= self.occurrence.due_date:
            raise forms.ValidationError(
                _("Ngày xin gia hạn phải sau hạn hiện tại (%(due)s)."),
                params={"due": short_date(self.occurrence.due_date)},
            )
        return requested


class CopyForm(CrispyFormMixin, forms.Form):
    unit = forms.ModelChoiceField(label=_("Sang đơn vị"), queryset=OrgUnit.objects.none())
    year_shift = forms.IntegerField(label=_("Lùi thời kỳ (số năm)"), initial=1, min_value=0, max_value=20)

    def __init__(self, *args, units, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.plan = plan

    def clean_year_shift(self):
        shift = self.cleaned_data["year_shift"]
        last = max(self.plan.end_year, self.plan.vision_year or 0) + shift
        if last > LAST_YEAR:
            raise forms.ValidationError(
                _("Lùi %(shift)s năm thì văn bản kéo dài đến năm %(year)s, quá năm %(last)s."),
                params={"shift": shift, "year": last, "last": LAST_YEAR},
            )
        return shift


class PartFormSet(BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        # Django names the fields as the code does ("year"); the person knows them by their labels.
        names = [name for name in unique_check if name != self.fk.name]  # the same in every row
        labels = [str(self.model._meta.get_field(name).verbose_name) for name in names]
        return _("Có các dòng trùng nhau về %(fields)s; hãy sửa hoặc xóa dòng trùng.") % {
            "fields": get_text_list(labels, _("và"))
        }


class RowsFormSet(PartFormSet):
    """Rows that keep the order they have on the screen: the model's `order` is each kept row's place."""

    def save(self, commit=True):
        saved = super().save(commit=commit)
        if commit:
            # Unchanged rows are not saved above; a new row would otherwise come first (order 0) or by its id.
            rows = [form.instance for form in self.forms if form.instance.pk and form not in self.deleted_forms]
            for place, row in enumerate(rows):
                row.order = place
            self.model.objects.bulk_update(rows, ["order"])
        return saved


TaskUnitFormSet = inlineformset_factory(
    Task, TaskUnit, form=TaskUnitForm, formset=RowsFormSet, extra=3, can_delete=True
)
TaskRuleFormSet = inlineformset_factory(
    Task, ScheduleRule, form=RuleForm, formset=RowsFormSet, fk_name="task", extra=1, can_delete=True
)
DutyRuleFormSet = inlineformset_factory(
    ReportingDuty, ScheduleRule, form=RuleForm, formset=RowsFormSet, fk_name="duty", extra=1, can_delete=True
)
TargetFormSet = inlineformset_factory(
    Indicator, IndicatorTarget, form=TargetForm, formset=PartFormSet, extra=2, can_delete=True
)
