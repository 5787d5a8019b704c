"""Due dates in working days: holidays and make-up Saturdays, the cut-off hour, time waiting for additions."""

from datetime import date, datetime

import pytest

from tthc.dossiers import VN, Procedure, Workdays, derive

pytestmark = pytest.mark.django_db


def _derive(received, days=5, **values):
    workdays = Workdays(2025, 2027)
    return derive({"received_at": received, **values}, Procedure(1, days), workdays)


def test_it_skips_tet_and_counts_from_the_next_working_day():
    # Friday 24/1/2025, 5 working days: Tết (27/1–31/1) is off, so Monday 3/2 is the first.
    assert _derive(datetime(2025, 1, 24, 9, tzinfo=VN))["due_on"] == date(2025, 2, 7)


def test_it_counts_after_the_cut_off_hour_from_the_next_working_day():
    morning = _derive(datetime(2026, 3, 2, 14, 59, tzinfo=VN), days=1)
    evening = _derive(datetime(2026, 3, 2, 15, 0, tzinfo=VN), days=1)
    assert (morning["due_on"], evening["due_on"]) == (date(2026, 3, 3), date(2026, 3, 4))


def test_it_counts_the_make_up_saturday_as_a_working_day():
    # portal's migration seeds 26/4/2025 as a working Saturday.
    # Thursday 24/4/2025, 4 days: 25, Saturday 26, 28, 29/4; without the Saturday, 30/4–2/5 off push it to 5/5.
    assert _derive(datetime(2025, 4, 24, 8, tzinfo=VN), days=4)["due_on"] == date(2025, 4, 29)


def test_it_does_not_count_time_waiting_for_additions():
    values = _derive(
        datetime(2026, 3, 2, 8, tzinfo=VN),
        additions_requested_at=datetime(2026, 3, 3, 9, tzinfo=VN),
        additions_received_at=datetime(2026, 3, 6, 9, tzinfo=VN),
        completed_at=datetime(2026, 3, 12, 9, tzinfo=VN),
    )
    # 5 days from Monday 2/3 is 9/3, plus 3 working days waiting (4, 5, 6/3) → 12/3, resolved that day.
    assert (values["due_on"], values["result"], values["processing_days"]) == (date(2026, 3, 12), "on_time", 5)


def test_it_keeps_a_due_date_the_file_gives_and_makes_two_requests_for_additions_late():
    values = _derive(
        datetime(2026, 3, 2, 8, tzinfo=VN),
        due_on=date(2026, 3, 20),
        additions=2,
        completed_at=datetime(2026, 3, 5, 9, tzinfo=VN),
    )
    assert (values["due_on"], values["due_computed"], values["result"]) == (date(2026, 3, 20), False, "late")
