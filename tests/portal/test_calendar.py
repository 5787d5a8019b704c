"""The public-sector calendar against the facts of ../shared/DOMAIN.md, and the data periods of Nghị định 09/2019."""

import importlib
from datetime import date

import pytest
from django.apps import apps

from portal import calendar
from portal.calendar import Calendar, report_period
from portal.models import CalendarOverride

seed = importlib.import_module("portal.migrations.0004_calendar_overrides")


@pytest.fixture(autouse=True)
def overrides(db):
    # The migration has run, but a transactional test elsewhere may have flushed its rows: seed them again.
    seed.add_overrides(apps, None)


DAYS_OFF = [
    # 2025: Tết, Giỗ Tổ, 30/4 and 1/5 with the swapped Friday, Quốc khánh.
    date(2025, 1, 27),
    date(2025, 1, 28),
    date(2025, 1, 29),
    date(2025, 1, 30),
    date(2025, 1, 31),
    date(2025, 4, 7),
    date(2025, 4, 30),
    date(2025, 5, 1),
    date(2025, 5, 2),
    date(2025, 9, 1),
    date(2025, 9, 2),
    # 2024: Monday 29/4 swapped for Saturday 4/5.
    date(2024, 4, 29),
    # 2026: Tết, Giỗ Tổ observed on Monday, the swapped Monday 31/8, Quốc khánh, Ngày Văn hóa Việt Nam.
    date(2026, 2, 16),
    date(2026, 2, 17),
    date(2026, 2, 18),
    date(2026, 2, 19),
    date(2026, 2, 20),
    date(2026, 4, 27),
    date(2026, 8, 31),
    date(2026, 9, 1),
    date(2026, 9, 2),
    date(2026, 11, 24),
]
WORKED = [
    date(2025, 2, 3),  # the Monday after Tết 2025
    date(2025, 4, 26),  # Saturday worked for Friday 2/5/2025
    date(2024, 5, 4),  # Saturday worked for Monday 29/4/2024
    date(2026, 8, 22),  # Saturday worked for Monday 31/8/2026
    date(2026, 2, 23),  # the Monday after Tết 2026
]


@pytest.mark.parametrize("day", DAYS_OFF, ids=str)
def test_it_rests_on_the_public_sector_days_off(day):
    assert calendar.is_working_day(day) is False


@pytest.mark.parametrize("day", WORKED, ids=str)
def test_it_works_on_make_up_saturdays_and_after_holidays(day):
    assert calendar.is_working_day(day) is True


def test_it_rests_on_ordinary_weekends_and_works_on_ordinary_weekdays():
    assert calendar.is_working_day(date(2026, 3, 7)) is False  # Saturday
    assert calendar.is_working_day(date(2026, 3, 8)) is False  # Sunday
    assert calendar.is_working_day(date(2026, 3, 9)) is True  # Monday


def test_it_stores_the_legal_reference_of_each_make_up_saturday():
    rows = CalendarOverride.objects.filter(date__in=[date(2024, 5, 4), date(2025, 4, 26), date(2026, 8, 22)])
    assert [(row.date, row.is_working_day) for row in rows] == [
        (date(2024, 5, 4), True),
        (date(2025, 4, 26), True),
        (date(2026, 8, 22), True),
    ]
    assert all(row.reference for row in rows)
    assert "6150/TB-LĐTBXH" in rows[1].reference


def test_it_seeds_the_overrides_again_without_duplicates():
    seed.add_overrides(apps, None)
    assert CalendarOverride.objects.filter(date=date(2025, 4, 26)).count() == 1


def test_it_keeps_a_day_that_is_working_as_it_is():
    assert calendar.next_working_day(date(2026, 3, 9)) == date(2026, 3, 9)


def test_it_moves_a_day_off_to_the_next_working_day():
    assert calendar.next_working_day(date(2026, 2, 14)) == date(2026, 2, 23)  # Saturday before Tết 2026
    assert calendar.next_working_day(date(2025, 4, 30)) == date(2025, 5, 5)
    assert calendar.next_working_day(date(2026, 8, 29)) == date(2026, 9, 3)  # Saturday before 31/8–2/9/2026


def test_it_adds_working_days_across_tet_2026():
    # Friday 13/2 + 1 skips the weekend and Tết 16/2–20/2.
    assert calendar.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert calendar.add_working_days(date(2026, 2, 12), 5) == date(2026, 2, 26)


def test_it_counts_the_make_up_saturday_when_adding_across_30_april_2025():
    # Thu 24/4 → Fri 25/4, Sat 26/4 (worked), Mon 28/4, Tue 29/4, then Mon 5/5 after 30/4–4/5.
    assert calendar.add_working_days(date(2025, 4, 24), 2) == date(2025, 4, 26)
    assert calendar.add_working_days(date(2025, 4, 24), 4) == date(2025, 4, 29)
    assert calendar.add_working_days(date(2025, 4, 24), 5) == date(2025, 5, 5)


def test_it_starts_counting_the_day_after():
    assert calendar.add_working_days(date(2026, 3, 9), 0) == date(2026, 3, 9)
    assert calendar.add_working_days(date(2026, 3, 9), 1) == date(2026, 3, 10)


def test_it_counts_backwards_with_a_negative_number():
    assert calendar.add_working_days(date(2026, 2, 23), -1) == date(2026, 2, 13)


def test_it_counts_working_days_between_two_dates():
    assert calendar.working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1
    assert calendar.working_days_between(date(2025, 4, 24), date(2025, 5, 5)) == 5
    assert calendar.working_days_between(date(2025, 5, 5), date(2025, 4, 24)) == -5
    assert calendar.working_days_between(date(2026, 3, 9), date(2026, 3, 9)) == 0


def test_it_ends_a_period_of_working_days_counted_from_an_event():
    # Received Wednesday 11/2/2026: five working days are 12, 13, 23, 24 and 25 February.
    assert calendar.deadline_within(date(2026, 2, 11), 5) == date(2026, 2, 25)
    # Received on a Saturday: Monday is the first day counted.
    assert calendar.deadline_within(date(2026, 3, 7), 1) == date(2026, 3, 9)
    assert calendar.deadline_within(date(2026, 3, 7), 0) == date(2026, 3, 9)


def test_it_refuses_a_negative_period():
    with pytest.raises(ValueError, match="không âm"):
        calendar.deadline_within(date(2026, 3, 9), -1)


def test_it_takes_an_override_added_later_into_account():
    day = date(2026, 3, 9)  # an ordinary Monday
    assert calendar.is_working_day(day) is True
    CalendarOverride.objects.create(date=day, is_working_day=False, reference="Thông báo thử")
    assert calendar.is_working_day(day) is False
    assert calendar.next_working_day(day) == date(2026, 3, 10)


def test_it_lets_an_override_make_a_holiday_a_working_day():
    CalendarOverride.objects.create(date=date(2026, 11, 24), is_working_day=True)
    assert calendar.is_working_day(date(2026, 11, 24)) is True


def test_it_reads_the_overrides_of_a_whole_year_in_one_query(django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        cal = Calendar(2026, 2027)
        working = [d for d in _days_of(2026) if cal.is_working_day(d)]
        assert cal.add_working_days(date(2026, 12, 30), 3) == date(2027, 1, 5)  # 31/12, (1/1 off), 4/1, 5/1
    # 261 weekdays in 2026, less 13 weekday holidays (1/1, 16–20/2, 27/4, 30/4, 1/5, 31/8, 1/9, 2/9, 24/11),
    # plus the Saturday 22/8 worked.
    assert len(working) == 261 - 13 + 1


def test_it_loads_a_later_year_lazily_in_one_more_query(django_assert_num_queries):
    cal = Calendar(2026)
    with django_assert_num_queries(1):
        assert cal.is_working_day(date(2028, 1, 4)) is True
        assert cal.is_working_day(date(2029, 1, 2)) is True


@pytest.mark.parametrize(
    ("kind", "number", "period"),
    [
        ("monthly", 1, (date(2025, 12, 15), date(2026, 1, 14))),
        ("monthly", 7, (date(2026, 6, 15), date(2026, 7, 14))),
        ("monthly", 12, (date(2026, 11, 15), date(2026, 12, 14))),
        ("quarterly", 1, (date(2025, 12, 15), date(2026, 3, 14))),
        ("quarterly", 2, (date(2026, 3, 15), date(2026, 6, 14))),
        ("quarterly", 3, (date(2026, 6, 15), date(2026, 9, 14))),
        ("quarterly", 4, (date(2026, 9, 15), date(2026, 12, 14))),
        ("half_year", 1, (date(2025, 12, 15), date(2026, 6, 14))),
        ("half_year", 2, (date(2026, 6, 15), date(2026, 12, 14))),
        ("nine_months", None, (date(2025, 12, 15), date(2026, 9, 14))),
        ("annual", None, (date(2025, 12, 15), date(2026, 12, 14))),
    ],
)
def test_it_gives_the_data_period_of_decree_09(kind, number, period):
    assert report_period(kind, 2026, number) == period


def test_it_accepts_keywords_for_the_data_period():
    assert report_period(kind="quarterly", year=2026, number=1) == (date(2025, 12, 15), date(2026, 3, 14))


@pytest.mark.parametrize(("kind", "number"), [("monthly", None), ("monthly", 13), ("quarterly", 5), ("half_year", 0)])
def test_it_refuses_a_period_number_out_of_range(kind, number):
    with pytest.raises(ValueError, match="số thứ tự"):
        report_period(kind, 2026, number)


def test_it_refuses_a_report_kind_without_data_period():
    with pytest.raises(ValueError, match="thematic"):
        report_period("thematic", 2026)


def _days_of(year):
    d = date(year, 1, 1)
    while d.year == year:
        yield d
        d = date.fromordinal(d.toordinal() + 1)
