"""Template filters for Vietnamese dates, available in every template."""

from django import template
from django.template.defaultfilters import floatformat

from portal.dates import short_date, vn_date

register = template.Library()

register.filter("vn_date", vn_date)
register.filter("short_date", short_date)


@register.filter
def vn_number(value):
    """A figure with at most two decimals, no trailing zeros, a decimal comma: 95,5 and 98, where floatformat:"-2"
    printed 95,50 beside 98."""
    if value in (None, ""):
        return ""
    text = floatformat(value, "-2")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text
