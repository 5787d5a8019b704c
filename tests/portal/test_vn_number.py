"""Figures print with at most two decimals and no trailing zeros, with a decimal comma."""

from decimal import Decimal

from django.template import Context, Template
from django.utils import translation


def test_figures_read_alike():
    template = Template("{{ a|vn_number }} {{ b|vn_number }} {{ c|vn_number }} {{ d|vn_number }}")
    with translation.override("vi"):
        text = template.render(Context({"a": Decimal("95.50"), "b": Decimal("98.00"), "c": 62.07, "d": None}))
    assert text == "95,5 98 62,07 "


def test_english_keeps_its_own_decimal_mark():
    with translation.override("en"):
        assert Template("{{ a|vn_number }}").render(Context({"a": Decimal("95.50")})) == "95.5"
