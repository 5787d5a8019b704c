"""Forms of the portal app: unit editing, imports, and one form per imported spreadsheet row."""

import re

from crispy_forms.helper import FormHelper
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Membership, OrgUnit, User
from .text import fold


class CrispyFormMixin:
    """Crispy rendering inside a <form> the template writes itself (so several forms can share one)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class ChoiceByLabelField(forms.ChoiceField):
    """Accept a choice by its value or by its Vietnamese label, with or without diacritics."""

    def to_python(self, value):
        value = super().to_python(value)
        wanted = self._key(value)
        for key, label in self.choices:
            if wanted in (self._key(key), self._key(label)):
                return key
        return value

    @staticmethod
    def _key(text):
        return " ".join(re.findall(r"\w+", fold(str(text))))


class UnitRowForm(forms.Form):
    """One row of a units sheet."""

    LABELS = {
        "code": "Mã đơn vị",
        "name": "Tên đơn vị",
        "short_name": "Tên ngắn",
        "abbreviation": "Ký hiệu",
        "kind": "Loại đơn vị",
        "parent_code": "Mã đơn vị cấp trên",
        "place_name": "Địa danh",
        "governing_body_name": "Cơ quan chủ quản",
        "valid_from": "Hiệu lực từ ngày",
        "valid_to": "Hiệu lực đến ngày",
    }
    REQUIRED = ("code", "name")

    code = forms.SlugField(max_length=64)
    name = forms.CharField(max_length=255)
    short_name = forms.CharField(max_length=120, required=False)
    abbreviation = forms.CharField(max_length=30, required=False)
    kind = ChoiceByLabelField(choices=OrgUnit.Kind.choices, required=False)
    parent_code = forms.CharField(max_length=64, required=False)
    place_name = forms.CharField(max_length=120, required=False)
    governing_body_name = forms.CharField(max_length=255, required=False)
    valid_from = forms.DateField(required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    valid_to = forms.DateField(required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"])

    def __init__(self, data, known_codes):
        super().__init__(data)
        self.known_codes = known_codes

    def clean_kind(self):
        return self.cleaned_data["kind"] or OrgUnit.Kind.OTHER

    def clean_parent_code(self):
        code = self.cleaned_data["parent_code"]
        if code and code not in self.known_codes:
            raise forms.ValidationError(_("Không tìm thấy đơn vị cấp trên có mã “%(code)s”."), params={"code": code})
        return code

    def clean(self):
        data = super().clean()
        if data.get("code") and data.get("code") == data.get("parent_code"):
            self.add_error("parent_code", _("Đơn vị không thể là cấp trên của chính nó."))
        if data.get("valid_from") and data.get("valid_to") and data["valid_to"] < data["valid_from"]:
            self.add_error("valid_to", _("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực."))
        return data


class PersonRowForm(forms.Form):
    """One row of a people sheet."""

    LABELS = {
        "username": "Tên đăng nhập",
        "full_name": "Họ và tên",
        "position": "Chức vụ",
        "email": "Thư điện tử",
        "phone": "Điện thoại",
        "unit_code": "Mã đơn vị",
        "role": "Vai trò",
    }
    REQUIRED = ("username", "full_name", "unit_code", "role")

    username = forms.RegexField(
        regex=r"^[\w.@+-]+\Z",
        max_length=150,
        error_messages={"invalid": _("Tên đăng nhập chỉ gồm chữ không dấu, số và các ký tự . @ + - _")},
    )
    full_name = forms.CharField(max_length=150)
    position = forms.CharField(max_length=150, required=False)
    email = forms.EmailField(required=False)
    phone = forms.CharField(max_length=30, required=False)
    unit_code = forms.CharField(max_length=64)
    role = ChoiceByLabelField(choices=Membership.Role.choices)


class MemberForm(CrispyFormMixin, PersonRowForm):
    """A person and their role in the unit whose page it is on: one row of a people sheet, typed in."""

    LABELS = {
        "username": _("Tên đăng nhập"),
        "full_name": _("Họ và tên"),
        "position": _("Chức vụ"),
        "email": _("Thư điện tử"),
        "phone": _("Điện thoại"),
        "role": _("Vai trò"),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["unit_code"]
        for name, label in self.LABELS.items():
            self.fields[name].label = label
        self.fields["username"].help_text = _("Người đã có tài khoản: ghi đúng tên đăng nhập để thêm vai trò.")
        self.fields["email"].help_text = _("Người mới nhận thư mời đặt mật khẩu qua địa chỉ này.")


class ImportForm(CrispyFormMixin, forms.Form):
    """Upload of a units or people sheet."""

    class Kind:
        UNITS = "units"
        PEOPLE = "people"

    kind = forms.ChoiceField(
        label=_("Loại dữ liệu"),
        choices=[(Kind.UNITS, _("Đơn vị")), (Kind.PEOPLE, _("Người dùng và vai trò"))],
        widget=forms.RadioSelect,
    )
    file = forms.FileField(label=_("Tệp .xlsx hoặc .csv"), help_text=_("Dòng đầu là tên cột, như tệp mẫu."))


class PreferencesForm(CrispyFormMixin, forms.ModelForm):
    """How a person wants to be reminded."""

    class Meta:
        model = User
        fields = ["email", "notify_by_email", "email_digest"]

    def clean(self):
        data = super().clean()
        if data.get("notify_by_email") and not data.get("email") and "email" not in self.errors:
            self.add_error(
                "email",
                _("Cần có địa chỉ thư điện tử để nhận nhắc việc qua thư điện tử; hãy nhập địa chỉ hoặc bỏ chọn ô này."),
            )
        return data


class OrgUnitForm(CrispyFormMixin, forms.ModelForm):
    """A unit's own details, edited by its administrators."""

    class Meta:
        model = OrgUnit
        fields = [
            "name",
            "short_name",
            "abbreviation",
            "kind",
            "parent",
            "place_name",
            "governing_body_name",
            "is_active",
            "valid_from",
            "valid_to",
            "successor",
        ]
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "valid_to": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, parents, may_be_top=False, **kwargs):
        super().__init__(*args, **kwargs)
        parent = self.fields["parent"]
        parent.queryset = parents
        parent.required = not may_be_top
        parent.error_messages["required"] = _("Chỉ quản trị hệ thống được đặt đơn vị ở cấp cao nhất.")
        if self.instance.parent_id and not parents.filter(pk=self.instance.parent_id).exists():
            # The parent lies beyond the administrator's reach: show it and keep it; the rest stays editable.
            parent.queryset = OrgUnit.objects.filter(pk=self.instance.parent_id)
            parent.disabled = True
            parent.empty_label = None
            parent.help_text = _("Đơn vị cấp trên nằm ngoài phạm vi bạn quản trị nên được giữ nguyên.")
        self.fields["successor"].queryset = OrgUnit.objects.all()
