"""A year in which the branch received and resolved no dossier shows no empty TTHC panel of dashes but points
to the last year it received dossiers in."""

import pytest
from django.urls import reverse

from tthc.models import MonthlyFigures, Procedure, UnitMonthFigures

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossiers_of_2024(unit_a1):
    procedure = Procedure.objects.create(code="1.001653.000.00.00.H08", name="Cấp giấy xác nhận", working_days=5)
    # 2024's dossiers, five of them still open and carried into the years after.
    figures = {"month": 202406, "received_in_person": 8, "resolved_on_time": 3}
    MonthlyFigures.objects.create(unit=unit_a1, procedure=procedure, **figures)
    UnitMonthFigures.objects.create(unit=unit_a1, **figures)  # the import keeps both rollups


def test_it_points_to_the_last_year_with_dossiers(client_for, leader_a, dossiers_of_2024):
    client = client_for(leader_a)
    page = client.get(reverse("reports:dashboard"), {"year": 2026}).content.decode()
    assert 'data-testid="tthc-panel"' not in page and 'data-testid="tthc-other-year"' in page
    assert "Năm 2026 chưa có hồ sơ thủ tục hành chính nào" in page and "year=2024" in page
    page = client.get(reverse("reports:dashboard"), {"year": 2024}).content.decode()
    assert 'data-testid="tthc-panel"' in page and 'data-testid="tthc-other-year"' not in page
