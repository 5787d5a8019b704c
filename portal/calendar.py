"""The public-sector working-day calendar of Việt Nam, and the data periods of Nghị định 09/2019/NĐ-CP.

A working day is Monday to Friday that is not a public holiday (from the `holidays` package), unless a
CalendarOverride row says otherwise: the package lags new notices and never returns the Saturdays worked
in exchange for a swapped day off.
"""

from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache

import holidays
from django.utils.translation import gettext as _

from .models import CalendarOverride

ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=64)
def public_holidays(year):
    """Days off by law in `year`, with the package's substitute and swapped days; computed once per year."""
    return frozenset(holidays.country_holidays("VN", years=year))


class Calendar:
    """Answers working-day questions, reading the override table once per range of years it needs.

    Build one per loop (a schedule expansion, a report): the module-level functions build a fresh one on
    every call, so they always see the latest overrides but cost one query each.
    """

    def __init__(self, first_year=None, last_year=None):
        self._overrides = {}
        self._years = set()
        if first_year is not None:
            self.load(first_year, last_year if last_year is not None else first_year)

    def load(self, first_year, last_year):
        """Read the overrides of the years not yet loaded, in one query."""
        missing = [year for year in range(first_year, last_year + 1) if year not in self._years]
        if not missing:
            return
        rows = CalendarOverride.objects.filter(date__range=(date(missing[0], 1, 1), date(missing[-1], 12, 31)))
        self._overrides.update(rows.values_list("date", "is_working_day"))
        self._years.update(missing)

    def is_working_day(self, d):
        if d.year not in self._years:
            # Loops walk forward, so the next year is usually needed soon after: fetch both at once.
            self.load(d.year, d.year + 1)
        override = self._overrides.get(d)
        if override is not None:
            return override
        return d.weekday() < 5 and d not in public_holidays(d.year)

    def next_working_day(self, d):
        """`d` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(d):
            d += ONE_DAY
        return d

    def add_working_days(self, d, n):
        """The n-th working day after `d` (before it when n is negative); `d` itself is not counted."""
        step = ONE_DAY if n >= 0 else -ONE_DAY
        remaining = abs(n)
        while remaining:
            d += step
            if self.is_working_day(d):
                remaining -= 1
        return d

    def working_days_between(self, start, end):
        """Working days after `start` up to and including `end`: the n for which add_working_days(start, n) == end
        when `end` is a working day. Negative when `end` is before `start`."""
        if end < start:
            return -self.working_days_between(end, start)
        count, d = 0, start
        while d < end:
            d += ONE_DAY
            count += self.is_working_day(d)
        return count

    def deadline_within(self, start, n):
        """The last day of "trong n ngày làm việc kể từ <start>".

        The day of the event is not counted (Bộ luật Dân sự 2015, Art. 147), so counting starts the next day;
        the result is always a working day.
        """
        if n < 0:
            raise ValueError(_("Số ngày làm việc phải không âm, nhận được %(n)s.") % {"n": n})
        return self.add_working_days(start, n) if n else self.next_working_day(start)


def is_working_day(d):
    return Calendar().is_working_day(d)


def next_working_day(d):
    return Calendar().next_working_day(d)


def add_working_days(d, n):
    return Calendar().add_working_days(d, n)


def working_days_between(start, end):
    return Calendar().working_days_between(start, end)


def deadline_within(start, n):
    return Calendar().deadline_within(start, n)


REPORT_KINDS = ("monthly", "quarterly", "half_year", "nine_months", "annual")
# Kinds with several periods a year, and how many: `number` picks one of them.
_PERIOD_COUNTS = {"monthly": 12, "quarterly": 4, "half_year": 2}


def period_numbers(kind):
    """The numbers of a kind's periods in a year: months 1–12, quarters 1–4, halves 1–2, else [None]."""
    count = _PERIOD_COUNTS.get(kind)
    return list(range(1, count + 1)) if count else [None]


def report_period(kind, year, number=None, start_day=15):
    """The data period (start, end) of a periodic report under Nghị định 09/2019/NĐ-CP, Art. 12.

    Periods run from the 15th of the month before the period to the 14th of its last month, so the first
    period of a year starts on 15/12 of the previous year. `number` is the month, quarter or half (1 or 2).
    A duty may override the start day; `start_day=1` gives calendar months.
    """
    if kind not in REPORT_KINDS:
        raise ValueError(_("Không có kỳ số liệu cho loại báo cáo “%(kind)s”.") % {"kind": kind})
    count = _PERIOD_COUNTS.get(kind)
    if count and (number is None or not 1 <= number <= count):
        raise ValueError(
            _("Kỳ báo cáo “%(kind)s” cần số thứ tự từ 1 đến %(count)s, nhận được %(number)s.")
            % {"kind": kind, "count": count, "number": number}
        )
    first_month, last_month = _months(kind, number)
    if start_day == 1:
        return date(year, first_month, 1), date(year, last_month, monthrange(year, last_month)[1])
    start = date(year, first_month - 1, start_day) if first_month > 1 else date(year - 1, 12, start_day)
    return start, date(year, last_month, start_day - 1)


def _months(kind, number):
    """First and last calendar month of the period."""
    if kind == "monthly":
        return number, number
    if kind == "quarterly":
        return 3 * number - 2, 3 * number
    if kind == "half_year":
        return 6 * number - 5, 6 * number
    return 1, 9 if kind == "nine_months" else 12
