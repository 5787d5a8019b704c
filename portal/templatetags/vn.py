"""Template filters for Vietnamese dates, available in every template."""

from django import template

from portal.dates import short_date, vn_date

register = template.Library()

register.filter("vn_date", vn_date)
register.filter("short_date", short_date)
