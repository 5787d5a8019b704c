"""Django's own form messages read as the portal's Vietnamese: its catalogue has mistranslations, spaces before
full stops and messages left in English."""

import pytest
from django import forms
from django.utils import translation


class _Form(forms.Form):
    count = forms.IntegerField(min_value=0, max_value=20)
    note = forms.CharField(max_length=3)
    day = forms.DateField()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"count": "25", "note": "abcd", "day": "x"},
            ["Giá trị phải nhỏ hơn hoặc bằng 20.", "Tối đa 3 ký tự (đang có 4).", "Hãy nhập một ngày hợp lệ."],
        ),
        ({"count": "-1"}, ["Giá trị phải lớn hơn hoặc bằng 0.", "Không được để trống.", "Không được để trống."]),
        ({"count": "1,5", "note": "a", "day": "2026-06-05"}, ["Hãy nhập một số nguyên."]),
    ],
)
def test_form_errors_read_in_the_portals_vietnamese(data, expected):
    with translation.override("vi"):
        form = _Form(data)
        assert not form.is_valid()
        assert [message for messages in form.errors.values() for message in messages] == expected


def test_english_stays_djangos():
    with translation.override("en"):
        form = _Form({"count": "-1", "note": "a", "day": "2026-06-05"})
        assert not form.is_valid()
        assert form.errors["count"] == ["Ensure this value is greater than or equal to 0."]
