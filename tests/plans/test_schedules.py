"""Schedule rules expanded into dated deadlines on the public-sector calendar, and read from documents' wording."""

import importlib
from datetime import date
from types import SimpleNamespace

import pytest
from django.apps import apps

from plans.models import ScheduleRule
from plans.schedules import FIELDS, ScheduleError, expand, parse_wording
from portal.calendar import Calendar

Kind = ScheduleRule.Kind
YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))
seed = importlib.import_module("portal.migrations.0004_calendar_overrides")


@pytest.fixture(autouse=True)
def overrides(db):
    # The migration has run, but a transactional test elsewhere may have flushed its rows: seed them again.
    seed.add_overrides(apps, None)


def rule(kind, **fields):
    return ScheduleRule(kind=kind, wording="", **fields)


def test_it_gives_monthly_deadlines_moved_off_days_off():
    assert expand(rule(Kind.MONTHLY, day=8), *YEAR_2026) == [
        date(2026, 1, 8),
        date(2026, 2, 9),  # Sunday 8/2
        date(2026, 3, 9),  # Sunday 8/3
        date(2026, 4, 8),
        date(2026, 5, 8),
        date(2026, 6, 8),
        date(2026, 7, 8),
        date(2026, 8, 10),  # Saturday 8/8
        date(2026, 9, 8),
        date(2026, 10, 8),
        date(2026, 11, 9),  # Sunday 8/11
        date(2026, 12, 8),
    ]


def test_it_clamps_a_monthly_day_to_the_length_of_the_month():
    deadlines = expand(rule(Kind.MONTHLY, day=31, next_working_day=False), date(2026, 1, 1), date(2026, 6, 30))
    assert deadlines == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
    ]


def test_it_uses_the_last_day_of_the_month_when_no_day_is_set():
    deadlines = expand(rule(Kind.MONTHLY, next_working_day=False), date(2024, 1, 1), date(2024, 3, 31))
    assert deadlines == [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]


def test_it_gives_a_yearly_deadline_in_each_year_of_the_plan():
    assert expand(rule(Kind.YEARLY, day=5, month=6), date(2021, 1, 1), date(2025, 12, 31)) == [
        date(2021, 6, 7),  # Saturday 5/6/2021
        date(2022, 6, 6),  # Sunday 5/6/2022
        date(2023, 6, 5),
        date(2024, 6, 5),
        date(2025, 6, 5),
    ]


def test_it_clamps_29_february_in_common_years():
    deadlines = expand(rule(Kind.YEARLY, day=29, month=2, next_working_day=False), date(2026, 1, 1), date(2028, 12, 31))
    assert deadlines == [date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]


def test_it_bounds_a_recurring_rule_by_its_years():
    deadlines = expand(rule(Kind.MONTHLY, day=8, year=2026, end_year=2026), date(2025, 1, 1), date(2027, 12, 31))
    assert len(deadlines) == 12
    assert (deadlines[0], deadlines[-1]) == (date(2026, 1, 8), date(2026, 12, 8))


def test_it_gives_the_end_of_the_year_for_a_year_rule():
    assert expand(rule(Kind.YEAR, year=2026), *YEAR_2026) == [date(2026, 12, 31)]
    assert expand(rule(Kind.YEAR, year=2027), *YEAR_2026) == []


def test_it_moves_a_year_end_on_a_weekend_into_the_next_year():
    # Saturday 31/12/2022; Monday 2/1/2023 is the day off for New Year on a Sunday.
    assert expand(rule(Kind.YEAR, year=2022), date(2022, 1, 1), date(2022, 12, 31)) == [date(2023, 1, 3)]
    assert expand(rule(Kind.YEAR, year=2022), date(2023, 1, 1), date(2023, 12, 31)) == []


def test_it_gives_each_year_end_from_the_first_year():
    assert expand(rule(Kind.YEARS_FROM, year=2022), date(2021, 1, 1), date(2025, 12, 31)) == [
        date(2023, 1, 3),
        date(2024, 1, 2),  # Sunday 31/12/2023, then New Year's Day
        date(2024, 12, 31),
        date(2025, 12, 31),
    ]


def test_it_stops_years_from_at_the_end_year():
    deadlines = expand(rule(Kind.YEARS_FROM, year=2024, end_year=2025), date(2021, 1, 1), date(2030, 12, 31))
    assert deadlines == [date(2024, 12, 31), date(2025, 12, 31)]


def test_it_gives_the_last_day_of_a_span_of_months():
    span = rule(Kind.MONTHS, month=7, end_month=12, year=2026, end_year=2026)
    assert expand(span, *YEAR_2026) == [date(2026, 12, 31)]
    assert expand(rule(Kind.MONTHS, month=6, year=2026), *YEAR_2026) == [date(2026, 6, 30)]


def test_it_gives_a_single_date_inside_the_window_only():
    assert expand(rule(Kind.DATE, date=date(2026, 3, 15)), *YEAR_2026) == [date(2026, 3, 16)]  # a Sunday
    assert expand(rule(Kind.DATE, date=date(2026, 3, 15), next_working_day=False), *YEAR_2026) == [date(2026, 3, 15)]
    assert expand(rule(Kind.DATE, date=date(2027, 3, 15)), *YEAR_2026) == []


def test_it_gives_the_end_of_each_year_for_an_annual_rule():
    assert expand(rule(Kind.ANNUAL), date(2024, 1, 1), date(2026, 12, 31)) == [
        date(2024, 12, 31),
        date(2025, 12, 31),
        date(2026, 12, 31),
    ]


def test_it_gives_half_yearly_deadlines():
    assert expand(rule(Kind.HALF_YEARLY), *YEAR_2026) == [date(2026, 6, 30), date(2026, 12, 31)]
    assert expand(rule(Kind.HALF_YEARLY, day=15, month=1), *YEAR_2026) == [date(2026, 1, 15), date(2026, 7, 15)]


def test_it_gives_quarterly_deadlines():
    assert expand(rule(Kind.QUARTERLY, day=15, month=3), *YEAR_2026) == [
        date(2026, 3, 16),  # Sunday 15/3
        date(2026, 6, 15),
        date(2026, 9, 15),
        date(2026, 12, 15),
    ]
    assert expand(rule(Kind.QUARTERLY), *YEAR_2026) == [
        date(2026, 3, 31),
        date(2026, 6, 30),
        date(2026, 9, 30),
        date(2026, 12, 31),
    ]
    assert expand(rule(Kind.QUARTERLY, day=10, month=1), *YEAR_2026)[1] == date(2026, 4, 10)


def test_it_gives_weekly_deadlines_on_fridays_by_default():
    assert expand(rule(Kind.WEEKLY), date(2026, 2, 1), date(2026, 2, 28)) == [
        date(2026, 2, 6),
        date(2026, 2, 13),
        date(2026, 2, 23),  # Friday 20/2 is Tết
        date(2026, 2, 27),
    ]


def test_it_gives_weekly_deadlines_on_the_chosen_weekday():
    assert expand(rule(Kind.WEEKLY, weekday=0), date(2026, 4, 1), date(2026, 4, 30)) == [
        date(2026, 4, 6),
        date(2026, 4, 13),
        date(2026, 4, 20),
        date(2026, 4, 28),  # Monday 27/4 is Giỗ Tổ observed
    ]


def test_it_gives_every_working_day_for_a_daily_rule():
    deadlines = expand(rule(Kind.DAILY), date(2026, 2, 1), date(2026, 2, 28))
    assert len(deadlines) == 20 - 5  # weekdays of February 2026 less Tết
    assert date(2026, 2, 16) not in deadlines
    assert deadlines[-6:-4] == [date(2026, 2, 13), date(2026, 2, 23)]


def test_it_counts_the_make_up_saturday_in_a_daily_rule():
    deadlines = expand(rule(Kind.DAILY), date(2025, 4, 25), date(2025, 5, 5))
    assert deadlines == [date(2025, 4, 25), date(2025, 4, 26), date(2025, 4, 28), date(2025, 4, 29), date(2025, 5, 5)]


def test_it_counts_working_days_from_a_dated_event():
    dated = rule(Kind.WORKING_DAYS, working_days=5, date=date(2026, 2, 11))
    assert expand(dated, *YEAR_2026) == [date(2026, 2, 25)]


def test_it_gives_nothing_for_working_days_without_an_event():
    assert expand(rule(Kind.WORKING_DAYS, working_days=5), *YEAR_2026) == []


def test_it_gives_nothing_for_a_continuous_task():
    assert expand(rule(Kind.CONTINUOUS), *YEAR_2026) == []


def test_it_gives_nothing_for_an_empty_window():
    assert expand(rule(Kind.MONTHLY, day=8), date(2026, 3, 1), date(2026, 2, 1)) == []


def test_it_reads_the_overrides_once_for_a_whole_year(django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        daily = expand(rule(Kind.DAILY), *YEAR_2026)
        assert len(daily) == 249


def test_it_uses_the_calendar_it_is_given(django_assert_num_queries):
    calendar = Calendar(2026, 2027)
    with django_assert_num_queries(0):
        assert len(expand(rule(Kind.MONTHLY, day=8), *YEAR_2026, calendar=calendar)) == 12


def test_it_accepts_any_object_with_the_fields():
    plain = SimpleNamespace(**(dict.fromkeys(FIELDS) | {"kind": "monthly", "day": 8}))
    assert len(expand(plain, *YEAR_2026)) == 12


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": Kind.MONTHLY, "day": 0}, "“ngày” phải từ 1 đến 31, nhận được 0"),
        ({"kind": Kind.MONTHLY, "day": 32}, "“ngày” phải từ 1 đến 31"),
        ({"kind": Kind.YEARLY, "day": 5, "month": 13}, "“tháng” phải từ 1 đến 12, nhận được 13"),
        ({"kind": Kind.YEARLY, "month": 6}, "cần nhập: ngày"),
        ({"kind": Kind.YEARLY}, "cần nhập: ngày, tháng"),
        ({"kind": Kind.YEARLY, "day": 31, "month": 4}, "Tháng 4 không có ngày 31"),
        ({"kind": Kind.YEAR}, "cần nhập: năm"),
        ({"kind": Kind.YEARS_FROM, "year": 2025, "end_year": 2022}, "Năm kết thúc 2022 trước năm bắt đầu 2025"),
        ({"kind": Kind.DATE}, "cần nhập: ngày cụ thể"),
        ({"kind": Kind.MONTHS, "year": 2026}, "cần nhập: tháng"),
        (
            {"kind": Kind.MONTHS, "month": 9, "year": 2026, "end_month": 3},
            "Tháng kết thúc 3/2026 trước tháng bắt đầu 9/2026",
        ),
        ({"kind": Kind.QUARTERLY, "month": 4}, "“tháng” phải từ 1 đến 3"),
        ({"kind": Kind.WEEKLY, "weekday": 7}, "phải từ 0 đến 6"),
        ({"kind": Kind.WORKING_DAYS}, "cần nhập: số ngày làm việc"),
        ({"kind": Kind.WORKING_DAYS, "working_days": 0}, "“số ngày làm việc” phải từ 1"),
        ({"kind": "fortnightly"}, "Không rõ quy tắc thời hạn “fortnightly”"),
    ],
)
def test_it_refuses_rules_missing_or_with_invalid_fields(fields, message):
    with pytest.raises(ScheduleError, match=message):
        expand(rule(**fields), *YEAR_2026)


def test_it_raises_a_value_error():
    assert issubclass(ScheduleError, ValueError)


WORDINGS = [
    # (as written, the same without diacritics in other letter case, the fields it means)
    ("Năm 2021", "NAM 2021", {"kind": Kind.YEAR, "year": 2021}),
    ("Trong năm 2022", "trong nam 2022", {"kind": Kind.YEAR, "year": 2022}),
    (
        "Năm 2021 (sau khi Nghị quyết được ban hành)",
        "nam 2021 (sau khi nghi quyet duoc ban hanh)",
        {"kind": Kind.YEAR, "year": 2021},
    ),
    ("Năm 2022 và các năm tiếp theo", "Nam 2022 va cac nam tiep theo", {"kind": Kind.YEARS_FROM, "year": 2022}),
    (
        "Trong năm 2022 và các năm tiếp theo",
        "TRONG NAM 2022 VA CAC NAM TIEP THEO",
        {"kind": Kind.YEARS_FROM, "year": 2022},
    ),
    (
        "Từ tháng 7 đến tháng 12 năm 2026",
        "tu thang 7 den thang 12 nam 2026",
        {"kind": Kind.MONTHS, "month": 7, "end_month": 12, "year": 2026, "end_year": 2026},
    ),
    ("Tháng 6 năm 2026", "Thang 6 nam 2026", {"kind": Kind.MONTHS, "month": 6, "year": 2026}),
    ("Tháng 6/2026", "THANG 6/2026", {"kind": Kind.MONTHS, "month": 6, "year": 2026}),
    ("Trước ngày 31/01", "truoc ngay 31/01", {"kind": Kind.YEARLY, "day": 31, "month": 1}),
    ("trước ngày 05/6 hằng năm", "Truoc ngay 05/6 hang nam", {"kind": Kind.YEARLY, "day": 5, "month": 6}),
    ("trước ngày 05/6 hàng năm", "TRUOC NGAY 05/6 HANG NAM", {"kind": Kind.YEARLY, "day": 5, "month": 6}),
    ("Trước ngày 15/3/2026", "truoc ngay 15/3/2026", {"kind": Kind.DATE, "date": date(2026, 3, 15)}),
    ("ngày 05/6/2026", "Ngay 05/6/2026", {"kind": Kind.DATE, "date": date(2026, 6, 5)}),
    ("Hàng năm", "hang nam", {"kind": Kind.ANNUAL}),
    ("Hằng năm", "HANG NAM", {"kind": Kind.ANNUAL}),
    ("Định kỳ hằng năm", "Dinh ky hang nam", {"kind": Kind.ANNUAL}),
    ("trước ngày 08 hằng tháng", "Truoc ngay 08 hang thang", {"kind": Kind.MONTHLY, "day": 8}),
    ("hàng tháng", "Hang thang", {"kind": Kind.MONTHLY}),
    (
        "định kỳ hằng quý, trước ngày 15 tháng cuối quý",
        "Dinh ky hang quy, truoc ngay 15 thang cuoi quy",
        {"kind": Kind.QUARTERLY, "day": 15, "month": 3},
    ),
    ("hằng quý", "HANG QUY", {"kind": Kind.QUARTERLY}),
    ("6 tháng", "6 thang", {"kind": Kind.HALF_YEARLY}),
    ("hằng 6 tháng", "Hang 6 thang", {"kind": Kind.HALF_YEARLY}),
    ("định kỳ 6 tháng", "DINH KY 6 THANG", {"kind": Kind.HALF_YEARLY}),
    ("hằng tuần", "hang tuan", {"kind": Kind.WEEKLY}),
    ("thứ Sáu hằng tuần", "Thu sau hang tuan", {"kind": Kind.WEEKLY, "weekday": 4}),
    ("thứ Hai hằng tuần", "THU HAI HANG TUAN", {"kind": Kind.WEEKLY, "weekday": 0}),
    ("thứ Ba hằng tuần", "thu ba hang tuan", {"kind": Kind.WEEKLY, "weekday": 1}),
    ("thứ Bảy hằng tuần", "thu bay hang tuan", {"kind": Kind.WEEKLY, "weekday": 5}),
    ("Chủ nhật hằng tuần", "chu nhat hang tuan", {"kind": Kind.WEEKLY, "weekday": 6}),
    ("hằng ngày", "Hang ngay", {"kind": Kind.DAILY}),
    (
        "trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ",
        "Trong 05 ngay lam viec ke tu ngay nhan du ho so",
        {"kind": Kind.WORKING_DAYS, "working_days": 5},
    ),
    ("05 ngày làm việc", "05 NGAY LAM VIEC", {"kind": Kind.WORKING_DAYS, "working_days": 5}),
    ("Thường xuyên", "thuong xuyen", {"kind": Kind.CONTINUOUS}),
    ("Liên tục", "LIEN TUC", {"kind": Kind.CONTINUOUS}),
]


@pytest.mark.parametrize(("wording", "fields"), [(w, f) for w, _, f in WORDINGS], ids=[w for w, _, _ in WORDINGS])
def test_it_reads_the_wording_of_documents(wording, fields):
    assert parse_wording(wording) == dict.fromkeys(FIELDS) | fields


@pytest.mark.parametrize(("wording", "fields"), [(a, f) for _, a, f in WORDINGS], ids=[a for _, a, _ in WORDINGS])
def test_it_reads_the_wording_without_diacritics_in_any_case(wording, fields):
    assert parse_wording(wording) == dict.fromkeys(FIELDS) | fields


def test_it_reads_the_date_of_the_event_of_a_working_day_period():
    fields = parse_wording("trong 05 ngày làm việc kể từ ngày 11/02/2026")
    assert (fields["kind"], fields["working_days"], fields["date"]) == (Kind.WORKING_DAYS, 5, date(2026, 2, 11))


@pytest.mark.parametrize("wording", ["Khi có yêu cầu", "", "Tháng 7"])
def test_it_names_the_wording_it_cannot_read(wording):
    expected = (
        f"Không hiểu thời hạn “{wording}”; hãy ghi như “Trước ngày 05/6 hằng năm”, “Trước ngày 08 hằng tháng”, "
        "“Hằng quý” hoặc “Thường xuyên”."
    )
    with pytest.raises(ScheduleError) as error:
        parse_wording(wording)
    assert str(error.value) == expected


@pytest.mark.parametrize(
    ("wording", "message"),
    [("Tháng 13/2026", "“tháng” phải từ 1 đến 12"), ("ngày 31/02/2026", "“31/02/2026” không có thật")],
)
def test_it_refuses_a_wording_with_impossible_values(wording, message):
    with pytest.raises(ScheduleError, match=message):
        parse_wording(wording)


def test_it_expands_the_rule_read_from_a_wording():
    fields = parse_wording("Trước ngày 08 hằng tháng")
    deadlines = expand(rule(**fields), *YEAR_2026)
    assert len(deadlines) == 12
    assert deadlines[7] == date(2026, 8, 10)
