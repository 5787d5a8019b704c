"""Forms of the report pages: creation, the one-page editor with its parts, workflow comments."""

from django import forms
from django.db.models import Q
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plans.models import ReportingDuty
from portal.dates import FIRST_YEAR, LAST_YEAR, short_date
from portal.fields import DecimalInputField
from portal.forms import CrispyFormMixin

from .models import IndicatorValue, Report, ReportSection, TaskProgress

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ReportCreateForm(CrispyFormMixin, forms.Form):
    unit = forms.ModelChoiceField(label=_("Đơn vị báo cáo"), queryset=None)
    duty = forms.ModelChoiceField(
        label=_("Theo nhiệm vụ báo cáo của kế hoạch"),
        queryset=None,
        required=False,
        help_text=_("Để trống nếu là báo cáo chuyên đề hoặc đột xuất ngoài kế hoạch."),
    )
    kind = forms.ChoiceField(label=_("Loại báo cáo"), choices=Report.Kind.choices)
    year = forms.IntegerField(label=_("Năm"), min_value=FIRST_YEAR, max_value=LAST_YEAR)
    number_in_year = forms.IntegerField(
        label=_("Kỳ (tháng, quý, 6 tháng thứ mấy)"), min_value=1, max_value=12, required=False
    )
    title = forms.CharField(
        label=_("Trích yếu"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Để trống để cổng tự đặt theo kế hoạch và kỳ báo cáo."),
    )

    def __init__(self, *args, units, duties, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["duty"].queryset = duties
        self.fields["year"].initial = timezone.localdate().year  # most reports are of the year running

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind in (Report.Kind.MONTHLY, Report.Kind.QUARTERLY, Report.Kind.HALF_YEAR) and not data.get(
            "number_in_year"
        ):
            self.add_error("number_in_year", _("Báo cáo tháng, quý, 6 tháng cần ghi kỳ báo cáo."))
        limits = {Report.Kind.QUARTERLY: 4, Report.Kind.HALF_YEAR: 2}
        if data.get("number_in_year") and kind in limits and data["number_in_year"] > limits[kind]:
            self.add_error("number_in_year", _("Kỳ báo cáo không hợp lệ cho loại báo cáo này."))
        return data


class HeaderForm(CrispyFormMixin, forms.ModelForm):
    class Meta:
        model = Report
        fields = [
            "title",
            "recipient_text",
            "instruction",
            "data_from",
            "data_to",
            "place_name",
            "issued_on",
            "closing",
            "signer_authority",
            "signer_collective",
            "signer_head",
            "signer_position",
            "signer_name",
            "recipients",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "instruction": forms.Textarea(attrs={"rows": 3}),
            "closing": forms.Textarea(attrs={"rows": 2}),
            "recipients": forms.Textarea(attrs={"rows": 3}),
            "data_from": DATE,
            "data_to": DATE,
            "issued_on": DATE,
        }

    def clean(self):
        data = super().clean()
        if data.get("data_from") and data.get("data_to") and data["data_to"] < data["data_from"]:
            self.add_error("data_to", _("Ngày kết thúc kỳ số liệu phải sau ngày bắt đầu."))
        if data.get("issued_on") and data.get("data_from") and data["issued_on"] < data["data_from"]:
            self.add_error(
                "issued_on",
                _("Ngày báo cáo không được trước ngày bắt đầu kỳ số liệu (%(d)s).")
                % {"d": short_date(data["data_from"])},
            )
        return data


class VersionForm(forms.Form):
    """The version an editor page was opened at, posted back to detect someone else's save."""

    lock_version = forms.IntegerField(min_value=0)


class TableForm(VersionForm):
    """The table editor's fields besides its cells: how many rows of cells the page posted."""

    rows = forms.IntegerField(min_value=0)


class PeriodForm(forms.Form):
    """The period a consolidation page shows: the year and, for periodic duties, the month or quarter."""

    year = forms.IntegerField(min_value=FIRST_YEAR, max_value=LAST_YEAR)
    number = forms.IntegerField(min_value=1, max_value=12, required=False)


class ValueForm(forms.ModelForm):
    class Meta:
        model = IndicatorValue
        fields = ["value", "evidence", "note"]
        field_classes = {"value": DecimalInputField}
        widgets = {"evidence": forms.Textarea(attrs={"rows": 1}), "note": forms.Textarea(attrs={"rows": 1})}


SectionFormSet = inlineformset_factory(
    Report,
    ReportSection,
    fields=["body"],
    extra=0,
    can_delete=False,
    widgets={"body": forms.Textarea(attrs={"rows": 4})},
)
ProgressFormSet = inlineformset_factory(
    Report,
    TaskProgress,
    fields=["status", "percent", "done", "evidence", "blockers"],
    extra=0,
    can_delete=False,
    widgets={
        "percent": forms.NumberInput(attrs={"min": 0, "max": 100}),
        **{f: forms.Textarea(attrs={"rows": 1}) for f in ("done", "evidence", "blockers")},
    },
)
ValueFormSet = inlineformset_factory(Report, IndicatorValue, form=ValueForm, extra=0, can_delete=False)


def duties_for(units):
    """Reporting duties the units owe: the sender is one of them or inside them, or a sender above them
    whose duty reaches every unit below it (as a commune's monthly Đề án 06 report does)."""
    inside = Q(pk__in=[])
    above = set()
    for unit in units:
        inside |= Q(sender__path__startswith=unit.path)
        parts = unit.path.strip("/").split("/")
        above |= {"/".join(parts[:n]) + "/" for n in range(1, len(parts))}
    reaching = Q(sender_whole_subtree=True, sender__path__in=above)
    return (
        ReportingDuty.objects.filter(inside | reaching, plan__status="issued")
        .select_related("plan", "recipient", "sender")
        .order_by("plan__title", "order")
    )
