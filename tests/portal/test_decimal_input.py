"""Figures are typed in text boxes read in the page's language: "95,5" as Vietnamese write it, "95.5" too."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from plans.forms import IndicatorForm, TargetForm
from portal.fields import DecimalInputField
from reports.forms import ValueForm
from tthc.views import ManualValueForm


@pytest.mark.parametrize("language, typed", [("vi", "95,5"), ("vi", "95.5"), ("vi", " 95,50 "), ("en", "95.5")])
def test_it_reads_a_decimal_comma_or_point(language, typed):
    with translation.override(language):
        assert DecimalInputField(max_digits=14, decimal_places=2).clean(typed) == Decimal("95.5")


def test_it_refuses_what_is_no_number_or_has_too_many_decimals_with_a_vietnamese_reason():
    field = DecimalInputField(max_digits=14, decimal_places=2)
    with translation.override("vi"):
        with pytest.raises(ValidationError) as words:
            field.clean("chín mươi")
        assert "phần thập phân viết sau dấu phẩy, ví dụ 95,5" in str(words.value)
        with pytest.raises(ValidationError) as grouped:
            field.clean("1.012")  # a thousands point is not taken for 1.012
        assert "Không quá 2 chữ số sau dấu thập phân" in str(grouped.value)


def test_it_shows_a_stored_value_with_the_decimal_comma_in_a_text_box():
    with translation.override("vi"):
        html = DecimalInputField(max_digits=14, decimal_places=2).widget.render("v", Decimal("91.31"))
    assert 'type="text"' in html and 'value="91,31"' in html and 'inputmode="decimal"' in html


@pytest.mark.parametrize(
    "form, name",
    [(TargetForm, "value"), (IndicatorForm, "baseline"), (ValueForm, "value"), (ManualValueForm, "value")],
)
def test_every_figure_typed_in_the_portal_uses_it(form, name):
    assert isinstance(form.base_fields[name], DecimalInputField)
