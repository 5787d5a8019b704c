"""Dates (and figures) written the way Vietnamese official documents write them (Nghị định 30/2020)."""

from django.template.defaultfilters import floatformat
from django.utils import dateformat
from django.utils.formats import get_format
from django.utils.translation import get_language

# The years a plan, a target, a deadline, a report or a page of figures may name. A typo such as 20260 is
# refused before the calendar, which dates only years 1 to 9999, meets it on a page.
FIRST_YEAR, LAST_YEAR = 2000, 2100


def vn_day_month(d):
    """Day padded when 1–9; month padded only for January and February ("05 tháng 6", "19 tháng 02")."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}", month


def vn_date(d):
    """ "ngày 05 tháng 6 năm 2026"."""
    if d is None:
        return ""
    day, month = vn_day_month(d)
    return f"ngày {day} tháng {month} năm {d.year}"


def long_date(d):
    """A date in a sentence of the page: vn_date() in Vietnamese, "4 December 2026" in English.
    Documents keep vn_date(): Nghị định 30 writes them in Vietnamese whatever the reader's language."""
    if d is None:
        return ""
    if (get_language() or "vi").startswith("vi"):
        return vn_date(d)
    return dateformat.format(d, "j F Y")


def vn_place_date(place, d):
    """The date line of a document: "Quảng Ngãi, ngày 25 tháng 8 năm 2021"."""
    return f"{place}, {vn_date(d)}" if place else vn_date(d)


def short_date(d):
    """dd/mm/yyyy, for tables."""
    return d.strftime("%d/%m/%Y") if d else ""


def vn_number(value):
    """A figure with at most two decimals and no trailing zeros, in the active language's decimal mark: 95,5
    and 98, where floatformat:"-2" printed 95,50 beside 98."""
    if value in (None, ""):
        return ""
    text, mark = floatformat(value, "-2"), get_format("DECIMAL_SEPARATOR")
    if mark in text:
        text = text.rstrip("0").rstrip(mark)
    return text
