"""Template filters for Vietnamese dates and figures, available in every template."""

from django import template

from portal.dates import short_date, vn_date, vn_number

register = template.Library()

register.filter("vn_date", vn_date)
register.filter("short_date", short_date)
register.filter("vn_number", vn_number)
