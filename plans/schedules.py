"""Deadlines from schedule rules: the dates a rule gives in a period, and the rule a document's wording means."""

import re
from calendar import monthrange
from datetime import date, timedelta
from types import SimpleNamespace

from django.utils.translation import gettext as _

from portal.calendar import Calendar
from portal.dates import FIRST_YEAR, LAST_YEAR
from portal.text import fold

from .models import ScheduleRule

Kind = ScheduleRule.Kind
FIELDS = ("kind", "year", "end_year", "month", "end_month", "day", "weekday", "date", "working_days")
FRIDAY = 4

# Kinds that repeat: their `year` and `end_year`, when set, bound the repetition.
RECURRING = {
    Kind.YEARS_FROM,
    Kind.YEARLY,
    Kind.ANNUAL,
    Kind.HALF_YEARLY,
    Kind.QUARTERLY,
    Kind.MONTHLY,
    Kind.WEEKLY,
    Kind.DAILY,
}
REQUIRED = {
    Kind.YEAR: ("year",),
    Kind.YEARS_FROM: ("year",),
    Kind.MONTHS: ("month", "year"),
    Kind.DATE: ("date",),
    Kind.YEARLY: ("day", "month"),
    Kind.WORKING_DAYS: ("working_days",),
}
# What the editor asks for: REQUIRED, and the day of a monthly rule, whose label names it ("Trước ngày … hằng
# tháng"). A wording read from a document may leave the day out ("hằng tháng"), meaning the month's last one.
ENTERED = {**REQUIRED, Kind.MONTHLY: ("day",)}
RANGES = {
    "year": (FIRST_YEAR, LAST_YEAR),
    "end_year": (FIRST_YEAR, LAST_YEAR),
    "month": (1, 12),
    "end_month": (1, 12),
    "day": (1, 31),
    "weekday": (0, 6),
    "working_days": (1, 366),
}


class ScheduleError(ValueError):
    """A rule whose fields make no deadline, or a wording that names none we can read."""


# Checking the fields


def check(rule):
    """Raise ScheduleError unless the rule has every field its kind needs, each within range."""
    kind = _kind(rule)
    missing = [name for name in REQUIRED.get(kind, ()) if getattr(rule, name) is None]
    if missing:
        raise ScheduleError(
            _("Thời hạn “%(kind)s” cần nhập: %(fields)s.")
            % {"kind": kind.label, "fields": ", ".join(_label(name) for name in missing)}
        )
    for name, (low, high) in _ranges(kind).items():
        value = getattr(rule, name)
        if value is not None and not low <= value <= high:
            raise ScheduleError(
                _("Giá trị “%(field)s” phải từ %(low)s đến %(high)s, nhận được %(value)s.")
                % {"field": _label(name), "low": low, "high": high, "value": value}
            )
    if kind == Kind.YEARLY and rule.day > _days_in(2000, rule.month):  # a leap year: 29/02 is allowed
        raise ScheduleError(_("Tháng %(month)s không có ngày %(day)s.") % {"month": rule.month, "day": rule.day})
    _check_order(kind, rule)


def _kind(rule):
    try:
        return Kind(rule.kind)
    except ValueError:
        raise ScheduleError(_("Không rõ quy tắc thời hạn “%(kind)s”.") % {"kind": rule.kind}) from None


def _ranges(kind):
    # In a quarterly rule `month` is the month within the quarter.
    return {**RANGES, "month": (1, 3)} if kind == Kind.QUARTERLY else RANGES


def _check_order(kind, rule):
    if kind == Kind.MONTHS:
        end_year, end_month = rule.end_year or rule.year, rule.end_month or rule.month
        if (end_year, end_month) < (rule.year, rule.month):
            raise ScheduleError(
                _("Tháng kết thúc %(end_month)s/%(end_year)s trước tháng bắt đầu %(month)s/%(year)s.")
                % {"end_month": end_month, "end_year": end_year, "month": rule.month, "year": rule.year}
            )
    elif rule.year and rule.end_year and rule.end_year < rule.year:
        raise ScheduleError(
            _("Năm kết thúc %(end_year)s trước năm bắt đầu %(year)s.") % {"end_year": rule.end_year, "year": rule.year}
        )


def _label(name):
    return str(ScheduleRule._meta.get_field(name).verbose_name)


# Expanding into dates


def expand(rule, start, end, calendar=None):
    """The deadlines of `rule` whose nominal date falls within [start, end], in order.

    With `next_working_day` a deadline on a day off moves to the next working day, which may lie just after
    `end`: each deadline then belongs to the period of its nominal date, so adjacent periods never share or
    lose one.
    """
    return [due for _nominal, due in expand_pairs(rule, start, end, calendar)]


def expand_pairs(rule, start, end, calendar=None):
    """Like expand(), as (nominal date, deadline) pairs: the nominal date identifies an occurrence."""
    check(rule)
    kind = Kind(rule.kind)
    if kind in RECURRING:
        start, end = _bounded(rule, start, end)
    if kind == Kind.CONTINUOUS or start > end:
        return []
    calendar = calendar or Calendar(start.year, end.year + 1)
    dates = [d for d in GENERATORS[kind](rule, start, end, calendar) if start <= d <= end]
    if kind == Kind.DAILY or not getattr(rule, "next_working_day", True):
        return [(d, d) for d in dates]
    return [(d, calendar.next_working_day(d)) for d in dates]


def _bounded(rule, start, end):
    if rule.year:
        start = max(start, date(rule.year, 1, 1))
    if rule.end_year:
        end = min(end, date(rule.end_year, 12, 31))
    return start, end


def _days_in(year, month):
    return monthrange(year, month)[1]


def _day_of(year, month, day):
    """`day` of the month, clamped to its length (31 -> 30/4, 28/02); no day means the last one."""
    last = _days_in(year, month)
    return date(year, month, min(day or last, last))


def _each_month(start, end):
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _in_months(months, rule, start, end):
    """The rule's day in each of `months` (a set of month numbers) of the window."""
    return [_day_of(y, m, rule.day) for y, m in _each_month(start, end) if m in months]


def _year_end(rule, start, end, calendar):
    return [date(rule.year, 12, 31)]


def _each_year_end(rule, start, end, calendar):
    return [date(year, 12, 31) for year in range(start.year, end.year + 1)]


def _months(rule, start, end, calendar):
    return [_day_of(rule.end_year or rule.year, rule.end_month or rule.month, None)]


def _date(rule, start, end, calendar):
    return [rule.date]


def _yearly(rule, start, end, calendar):
    return [_day_of(year, rule.month, rule.day) for year in range(start.year, end.year + 1)]


def _half_yearly(rule, start, end, calendar):
    first = rule.month or 6
    return _in_months({first, (first + 5) % 12 + 1}, rule, start, end)


def _quarterly(rule, start, end, calendar):
    offset = rule.month or 3
    return _in_months({offset, offset + 3, offset + 6, offset + 9}, rule, start, end)


def _monthly(rule, start, end, calendar):
    return _in_months(set(range(1, 13)), rule, start, end)


def _weekly(rule, start, end, calendar):
    weekday = FRIDAY if rule.weekday is None else rule.weekday
    first = start + timedelta(days=(weekday - start.weekday()) % 7)
    return [first + timedelta(weeks=n) for n in range((end - first).days // 7 + 1)]


def _daily(rule, start, end, calendar):
    days = (start + timedelta(days=n) for n in range((end - start).days + 1))
    return [d for d in days if calendar.is_working_day(d)]


def _working_days(rule, start, end, calendar):
    # Without the event's date the deadline is relative: it is dated when the event happens.
    return [calendar.deadline_within(rule.date, rule.working_days)] if rule.date else []


GENERATORS = {
    Kind.YEAR: _year_end,
    Kind.YEARS_FROM: _each_year_end,
    Kind.MONTHS: _months,
    Kind.DATE: _date,
    Kind.YEARLY: _yearly,
    Kind.ANNUAL: _each_year_end,
    Kind.HALF_YEARLY: _half_yearly,
    Kind.QUARTERLY: _quarterly,
    Kind.MONTHLY: _monthly,
    Kind.WEEKLY: _weekly,
    Kind.DAILY: _daily,
    Kind.WORKING_DAYS: _working_days,
}


# Reading the wording of documents. Patterns run on folded text ("Hằng tháng" -> "hang thang"), in order:
# the more specific first, so that "trước ngày 05/6 hằng năm" is yearly before "hằng năm" is annual.

EVERY = r"\b(?:hang|moi)"
WEEKDAYS = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5, "chu nhat": 6, "cn": 6}
QUARTER_MONTHS = {"dau": 1, "giua": 2, "cuoi": 3}


def parse_wording(text):
    """The ScheduleRule fields a Vietnamese deadline wording means: "trước ngày 08 hằng tháng" -> monthly, day 8."""
    folded = fold(text)
    for parser in PARSERS:
        fields = parser(folded)
        if fields is not None:
            result = dict.fromkeys(FIELDS) | fields
            check(SimpleNamespace(**result))
            return result
    raise ScheduleError(
        # Only the spreadsheet import reads wordings: it has no rule to pick, only the cell to rewrite.
        _(
            "Không hiểu thời hạn “%(text)s”; hãy ghi như “Trước ngày 05/6 hằng năm”, “Trước ngày 08 hằng tháng”, "
            "“Hằng quý” hoặc “Thường xuyên”."
        )
        % {"text": (text or "").strip()}
    )


def _int(match, group=1):
    value = match.group(group) if match else None
    return int(value) if value else None


def _day_in(text):
    return _int(re.search(r"\bngay (\d{1,2})\b", text))


def _parse_working_days(text):
    match = re.search(r"\b(\d+) ngay lam viec\b", text)
    if not match:
        return None
    # "kể từ ngày 05/6/2026" dates the event; "kể từ ngày nhận hồ sơ" leaves it to the event.
    event = _parse_date(text[match.end() :])
    when = event["date"] if event and event["kind"] == Kind.DATE else None
    return {"kind": Kind.WORKING_DAYS, "working_days": int(match.group(1)), "date": when}


def _parse_daily(text):
    return {"kind": Kind.DAILY} if re.search(EVERY + r" ngay\b", text) else None


def _parse_weekly(text):
    if not re.search(EVERY + r" tuan\b", text):
        return None
    match = re.search(r"\bthu (hai|ba|tu|nam|sau|bay|[2-7])\b|\b(chu nhat|cn)\b", text)
    if not match:
        return {"kind": Kind.WEEKLY}
    name = match.group(1) or match.group(2)
    return {"kind": Kind.WEEKLY, "weekday": int(name) - 2 if name.isdigit() else WEEKDAYS[name]}


def _parse_monthly(text):
    return {"kind": Kind.MONTHLY, "day": _day_in(text)} if re.search(EVERY + r" thang\b", text) else None


def _parse_quarterly(text):
    if not re.search(EVERY + r" quy\b", text):
        return None
    position = re.search(r"\bthang (dau|giua|cuoi) quy\b", text)
    return {
        "kind": Kind.QUARTERLY,
        "day": _day_in(text),
        "month": QUARTER_MONTHS[position.group(1)] if position else None,
    }


def _parse_half_yearly(text):
    # "6 tháng" alone or after hằng/định kỳ; not "ngày 06 tháng 6", which is a date.
    return {"kind": Kind.HALF_YEARLY} if re.search(r"(?:^|\b(?:hang|moi|dinh ky) )0?6 thang\b", text) else None


MONTH_YEAR = r"thang (\d{1,2})(?:(?:/| nam )(\d{4}))?"


def _parse_month_range(text):
    match = re.search(r"\btu " + MONTH_YEAR + r" den " + MONTH_YEAR, text)
    if not match or not (match.group(2) or match.group(4)):
        return None
    year, end_year = _int(match, 2), _int(match, 4)
    return {
        "kind": Kind.MONTHS,
        "month": _int(match, 1),
        "year": year or end_year,
        "end_month": _int(match, 3),
        "end_year": end_year or year,
    }


def _parse_date(text):
    match = re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])", text) or re.search(
        r"\bngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?\b", text
    )
    if not match:
        return None
    day, month, year = _int(match, 1), _int(match, 2), _int(match, 3)
    if year is None or re.search(EVERY + r" nam\b", text):
        return {"kind": Kind.YEARLY, "day": day, "month": month, "year": year}
    try:
        return {"kind": Kind.DATE, "date": date(year, month, day)}
    except ValueError:
        raise ScheduleError(_("Ngày “%(text)s” không có thật.") % {"text": match.group(0)}) from None


def _parse_month(text):
    match = re.search(r"\bthang (\d{1,2})(?:/| nam )(\d{4})\b", text)
    return {"kind": Kind.MONTHS, "month": _int(match, 1), "year": _int(match, 2)} if match else None


def _parse_years_from(text):
    match = re.search(r"\b(\d{4}) va cac nam tiep theo\b|\btu nam (\d{4})\b", text)
    if match:
        return {"kind": Kind.YEARS_FROM, "year": _int(match, 1) or _int(match, 2)}
    match = re.search(r"\b(\d{4}) ?(?:-|–|den) ?(?:nam )?(\d{4})\b", text)
    return {"kind": Kind.YEARS_FROM, "year": _int(match, 1), "end_year": _int(match, 2)} if match else None


def _parse_year(text):
    match = re.search(r"\bnam (\d{4})\b", text)
    return {"kind": Kind.YEAR, "year": _int(match)} if match else None


def _parse_annual(text):
    return {"kind": Kind.ANNUAL} if re.search(EVERY + r" nam\b", text) else None


def _parse_continuous(text):
    return {"kind": Kind.CONTINUOUS} if re.search(r"\b(?:thuong xuyen|lien tuc)\b", text) else None


PARSERS = (
    _parse_working_days,
    _parse_daily,
    _parse_weekly,
    _parse_monthly,
    _parse_quarterly,
    _parse_half_yearly,
    _parse_month_range,
    _parse_date,
    _parse_month,
    _parse_years_from,
    _parse_year,
    _parse_annual,
    _parse_continuous,
)
