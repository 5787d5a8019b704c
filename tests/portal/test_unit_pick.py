"""A unit field takes what the datalist offers ("Tên [mã]"), a code, a name, or — since the browser's list
hides the suggestions of a text typed without diacritics — any text that names exactly one unit."""

import pytest
from django import forms

from portal.fields import UnitPickField

pytestmark = pytest.mark.django_db


def test_it_takes_a_text_typed_without_diacritics_that_names_one_unit(unit_a, unit_a1, unit_b):
    assert UnitPickField().clean("phong quan ly cong nghe") == unit_a1
    assert UnitPickField().clean(f"{unit_a1.name} [{unit_a1.code}]") == unit_a1
    assert UnitPickField().clean(unit_b.code) == unit_b


def test_it_asks_to_choose_when_the_text_names_several_units(unit_a, unit_a1, unit_b):
    with pytest.raises(forms.ValidationError) as error:
        UnitPickField().clean("cong nghe")
    assert error.value.messages == ["“cong nghe” khớp với nhiều đơn vị; hãy chọn đúng đơn vị trong danh sách gợi ý."]


def test_it_still_refuses_a_text_that_names_no_unit(unit_a, unit_a1):
    with pytest.raises(forms.ValidationError) as error:
        UnitPickField().clean("phong tai chinh")
    assert error.value.messages == ["Không tìm thấy đơn vị “phong tai chinh”; hãy chọn trong danh sách gợi ý."]
