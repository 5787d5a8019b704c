"""Figures of a unit and its subtree: counts, rates (online payment only over paid fees), percentiles, 766."""

from decimal import Decimal

import pytest

from tests.tthc.conftest import csv_upload, dossier_row
from tthc.imports import dossiers_import
from tthc.indicators import points_766, score_766, unit_figures, unit_months
from tthc.models import Criterion766, ManualValue766

pytestmark = pytest.mark.django_db

P1, P2 = "1.001653.000.00.00.H08", "1.001193.000.00.00.H08"


@pytest.fixture
def imported(unit_a, unit_a1, procedures):
    rows = [
        # Received Monday 5/1/2026 (5 days: due 12/1); resolved in 2, 4, 5 and 7 working days.
        dossier_row(
            "D1",
            unit="Phòng Quản lý công nghệ",
            channel="2",
            completed_at="07/01/2026 10:00",
            fee="50000",
            fee_paid="1",
            paid_online="1",
            digitised="1",
            e_result="1",
        ),
        dossier_row("D2", channel="2", completed_at="09/01/2026 10:00", fee="50000", fee_paid="0"),
        dossier_row("D3", completed_at="12/01/2026 10:00", fee="50000", fee_paid="1", reused="1"),
        dossier_row("D4", completed_at="14/01/2026 10:00", apology="1"),
        dossier_row("D5", procedure=P2, received_at="29/01/2026 09:00"),  # due 3/2, still open
        dossier_row("D6", procedure=P2, received_at="04/02/2026 09:00", channel="3"),
    ]
    assert dossiers_import(unit=unit_a, upload=csv_upload(rows)).ok


def test_it_counts_a_month_for_the_unit_and_its_subtree(unit_a, unit_a1, imported):
    january = unit_figures(unit_a, 2026, 1)
    assert (january.received_online, january.received_in_person, january.received_new) == (2, 3, 5)
    assert (january.resolved_early, january.resolved_on_time, january.resolved_late) == (2, 1, 1)
    assert (january.open_within, january.open_overdue, january.apology) == (1, 0, 1)
    assert january.on_time_rate == Decimal("75.00") and january.online_rate == Decimal("40.00")
    # D2 charged a fee but has not paid it: it does not count against the online payment rate.
    assert january.online_payment_rate == Decimal("50.00")
    assert (january.processing_median, january.processing_p90) == (4, 7)
    assert unit_figures(unit_a1, 2026, 1).received_new == 1


def test_it_carries_open_dossiers_into_the_next_month(unit_a, procedures, imported):
    february = unit_figures(unit_a, 2026, 2)
    assert (february.carried_over, february.received_post, february.open_overdue, february.open_within) == (1, 1, 2, 0)
    months = unit_months(unit_a, 2026)
    assert [m.received_new for m in months[:3]] == [5, 1, 0]
    assert months[1].as_dict() == february.as_dict() | {"month": 2}


def test_it_narrows_to_a_procedure_or_field(unit_a, procedures, imported):
    assert unit_figures(unit_a, 2026, procedure=procedures[1]).received_new == 2
    assert unit_figures(unit_a, 2026, field="Bảo trợ xã hội").received_new == 4


def test_it_scores_decision_766_from_figures_and_hand_entered_values(unit_a, procedures, imported):
    published = Criterion766.objects.get(code="cong-bo-dung-han")
    ManualValue766.objects.create(unit=unit_a, criterion=published, year=2026, value=100)
    score = score_766(unit_a, 2026)
    groups = {g.code: g for g in score.groups}
    assert [g.max_points for g in score.groups] == [18, 20, 22, 22, 18] and score.max_points == 100
    on_time = groups["tien-do"].criteria[0]
    assert (on_time.value, on_time.points) == (Decimal("75.00"), Decimal("10.50"))
    assert groups["cong-khai"].criteria[0].points == 4 and groups["cong-khai"].criteria[0].manual
    assert "dong-bo" in {c.code for c in score.missing}
    assert points_766(Decimal(60), 6, 50) == 6  # over the threshold: full points, never more
