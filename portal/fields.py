"""Form fields shared by the apps."""

import re

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from .models import OrgUnit, User

_CODE = re.compile(r"\[([\w.-]+)\]\s*$")


class UnitPickField(forms.CharField):
    """A unit typed with search-as-you-type: "Tên đơn vị [mã]" from the datalist, or just the code."""

    default_error_messages = {
        "unknown": _("Không tìm thấy đơn vị “%(value)s”; hãy chọn trong danh sách gợi ý."),
        "ambiguous": _("“%(value)s” khớp với nhiều đơn vị; hãy chọn đúng đơn vị trong danh sách gợi ý."),
    }

    def __init__(self, *args, queryset=None, **kwargs):
        attrs = {
            "list": "unit-options",
            "autocomplete": "off",
            "hx-get": reverse_lazy("portal:unit_options"),
            "hx-trigger": "input changed delay:250ms",
            "hx-target": "#unit-options",
            # Explicit: hx-swap is inherited, and the surrounding part form swaps outerHTML.
            "hx-swap": "innerHTML",
            "hx-sync": "this:replace",
        }
        kwargs.setdefault("widget", forms.TextInput(attrs=attrs))
        super().__init__(*args, **kwargs)
        self.queryset = queryset if queryset is not None else OrgUnit.objects.all()

    def prepare_value(self, value):
        if isinstance(value, int):
            value = OrgUnit.objects.filter(pk=value).first()
        if isinstance(value, OrgUnit):
            return label_for(value)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = _CODE.search(value)
        code = match.group(1) if match else value.strip()
        unit = self.queryset.filter(code=code).first() or self.queryset.filter(name=value.strip()).first()
        if unit is not None:
            return unit
        # Typed rather than picked: the browser's list matches the suggestions letter for letter, so typed
        # without diacritics ("phong qlcn") it shows none of the units the search found. A text naming exactly
        # one unit, as the search reads it, is that unit.
        found = list(self.queryset.search(value)[:2])
        if len(found) == 1:
            return found[0]
        reason = "ambiguous" if found else "unknown"
        raise forms.ValidationError(self.error_messages[reason], code=reason, params={"value": value})


class DecimalInputField(forms.DecimalField):
    """A number typed as people here write it, "95,5", read in the page's language ("95.5" is taken too). A
    number box would have the browser read it by its own locale: an English Chromium took "91,5" for 915."""

    default_error_messages = {"invalid": _("Hãy nhập một số; phần thập phân viết sau dấu phẩy, ví dụ 95,5.")}

    def __init__(self, **kwargs):
        kwargs["localize"] = True
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "decimal"}


def label_for(unit):
    return f"{unit.name} [{unit.code}]"


class PersonPickField(forms.ModelChoiceField):
    """A person of the user's units, for "chỉ đạo thực hiện"."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", User.objects.none())
        super().__init__(*args, **kwargs)

    def label_from_instance(self, user):
        return f"{user.full_name} – {user.position}" if user.position else user.full_name
