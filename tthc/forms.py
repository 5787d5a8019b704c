"""Forms of the TTHC registers a unit keeps for its reports (seed 001's tables)."""

import re

from django import forms
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.forms import CrispyFormMixin

from .models import Delegation, EForm, LinkedGroup, Procedure, Reengineering, Simplification, SystemProposal

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# A pick from the suggestions reads "<code> – <name>"; the code alone, or its beginning, is enough.
LEADING_CODE = re.compile(r"^\s*([1-3]\.\d{6}\S*)")
OPTIONS_ID = "procedure-options"


def procedure_label(procedure):
    return f"{procedure.code} – {procedure.name}"


class ProcedurePickField(forms.CharField):
    """A procedure of the unit, typed with search-as-you-type as UnitPickField types a unit: the browser's own
    suggestion list, which the keyboard and screen readers already know."""

    default_error_messages = {
        "unknown": _("Đơn vị không thực hiện thủ tục “%(value)s”; hãy chọn trong danh sách gợi ý."),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "help_text", _("Gõ mã hoặc vài chữ trong tên thủ tục rồi chọn trong danh sách gợi ý (phím ↓, Enter).")
        )
        super().__init__(*args, **kwargs)
        self.queryset = Procedure.objects.none()

    def bind_to_unit(self, unit, current=None):
        """Accept only the procedures `unit` applies, which the suggestions offer, and the line's own procedure
        (the unit may have stopped applying it since: its line can still be corrected)."""
        self.queryset = Procedure.objects.filter(Q(units=unit) | Q(pk=current))
        self.widget.attrs.update(
            {
                "list": OPTIONS_ID,
                "autocomplete": "off",
                "placeholder": _("Ví dụ: 1.001193 hoặc khai sinh"),
                "hx-get": reverse("tthc:procedure_options", args=[unit.pk]),
                "hx-trigger": "input changed delay:250ms",
                "hx-target": f"#{OPTIONS_ID}",
                "hx-swap": "innerHTML",
                "hx-sync": "this:replace",
            }
        )

    def prepare_value(self, value):
        if isinstance(value, int):
            value = Procedure.objects.filter(pk=value).first()
        return procedure_label(value) if isinstance(value, Procedure) else value

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        match = LEADING_CODE.match(value)
        found = self.queryset.filter(code__startswith=match.group(1)) if match else self.queryset.filter(name=value)
        found = list(found.distinct()[:2])
        if len(found) != 1:  # none, or a national id several agencies' codes begin with
            raise forms.ValidationError(self.error_messages["unknown"], code="unknown", params={"value": value})
        return found[0]


class RegisterEntryForm(CrispyFormMixin, forms.ModelForm):
    """A line of one register: its instance comes with its unit, whose procedures are offered."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "procedure" in self.fields:
            self.fields["procedure"].bind_to_unit(self.instance.unit, current=self.instance.procedure_id)
        # The deciding text is what the report cites for every line.
        if "document" in self.fields:
            self.fields["document"].required = True


PROCEDURE = _("Thủ tục hành chính")
TEXT = {"rows": 2}


class SimplificationForm(RegisterEntryForm):
    procedure = ProcedurePickField(label=PROCEDURE)

    class Meta:
        model = Simplification
        fields = ["procedure", "document", "time_cut", "days_before", "days_after", "components_cut", "since"]
        fields += ["effect"]
        labels = {"document": _("Quyết định của UBND tỉnh thông qua phương án đơn giản hóa")}
        widgets = {name: forms.Textarea(attrs=TEXT) for name in ("document", "time_cut", "components_cut", "effect")}
        widgets["since"] = DATE
        help_texts = {
            "time_cut": _("Ví dụ: từ 05 ngày làm việc xuống còn 04 ngày làm việc."),
            "since": _("Hồ sơ giải quyết từ ngày này được đếm vào báo cáo."),
        }

    def clean(self):
        data = super().clean()
        before, after = data.get("days_before"), data.get("days_after")
        if before is not None and after is not None and after >= before:
            self.add_error("days_after", _("Số ngày sau khi cắt giảm phải ít hơn số ngày trước khi cắt giảm."))
        return data


class LinkedGroupForm(RegisterEntryForm):
    class Meta:
        model = LinkedGroup
        fields = ["document", "implementation", "single_count", "group_count", "difficulties"]
        labels = {"document": _("Quyết định của UBND tỉnh ban hành Quy chế/Quy định liên thông nhóm TTHC")}
        widgets = {name: forms.Textarea(attrs=TEXT) for name in ("document", "implementation", "difficulties")}


class ReengineeringForm(RegisterEntryForm):
    procedure = ProcedurePickField(label=PROCEDURE)

    class Meta:
        model = Reengineering
        fields = ["procedure", "document", "content", "effect"]
        labels = {"document": _("Văn bản thể hiện việc tái cấu trúc")}
        widgets = {name: forms.Textarea(attrs=TEXT) for name in ("document", "content", "effect")}


class EFormForm(RegisterEntryForm):
    procedure = ProcedurePickField(label=PROCEDURE)

    class Meta:
        model = EForm
        fields = ["procedure", "document", "no_paper_form", "prefilled_fields", "effect"]
        labels = {
            "document": _("Văn bản triển khai của cơ quan, đơn vị"),
            "no_paper_form": _("Người dân, doanh nghiệp không phải cung cấp mẫu đơn, tờ khai"),
        }
        widgets = {name: forms.Textarea(attrs=TEXT) for name in ("document", "effect")}


class DelegationForm(RegisterEntryForm):
    procedure = ProcedurePickField(label=PROCEDURE)

    class Meta:
        model = Delegation
        fields = ["procedure", "kind", "document", "since", "effect"]
        labels = {"document": _("Văn bản phân cấp, ủy quyền")}
        widgets = {name: forms.Textarea(attrs=TEXT) for name in ("document", "effect")}
        widgets["since"] = DATE
        help_texts = {"since": _("Hồ sơ giải quyết từ ngày này được đếm vào báo cáo.")}


class SystemProposalForm(RegisterEntryForm):
    class Meta:
        model = SystemProposal
        fields = ["audience", "number", "problem", "proposal", "note", "reference"]
        labels = {"problem": _("Tính năng, chức năng còn thiếu hoặc đã có nhưng chưa tiện ích, cần cải tiến")}
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in ("problem", "proposal", "note")}
        help_texts = {"number": _("Số thứ tự trong nhóm, như in trong báo cáo: 1, 2, 3…")}
