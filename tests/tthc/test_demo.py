"""The demo holds seed 001's catalogue entries and registers and a year of dossiers; loading twice changes nothing."""

import pytest
from django.utils import timezone

from portal.demo import load_units_and_people
from portal.models import OrgUnit
from tthc.demo import load_tthc
from tthc.indicators import score_766, unit_figures
from tthc.models import (
    Delegation,
    Dossier,
    DossierImport,
    ManualValue766,
    MonthlyFigures,
    Simplification,
    SystemProposal,
)

pytestmark = pytest.mark.django_db


def test_it_loads_the_registers_of_seed_001_and_a_year_of_dossiers():
    load_units_and_people()
    load_tthc()
    tuy_phuoc = OrgUnit.objects.get(code="bdi-tuyphuoc")
    assert Simplification.objects.get().procedure.code == "1.001653.000.00.00.H08"
    assert Delegation.objects.count() == 2 and SystemProposal.objects.filter(audience="other").count() == 6
    year = unit_figures(tuy_phuoc, 2024)
    assert year.received_new == 2500 and 90 < year.on_time_rate < 100
    counts = (Dossier.objects.count(), MonthlyFigures.objects.count(), DossierImport.objects.count())
    load_tthc()
    assert (Dossier.objects.count(), MonthlyFigures.objects.count(), DossierImport.objects.count()) == counts


def test_it_receives_and_resolves_no_demo_dossier_after_today():
    load_units_and_people()
    load_tthc()
    today = timezone.localdate()
    nhan_ly = Dossier.objects.filter(unit__code="lsn-nhanly")
    assert nhan_ly.filter(received_on__year=today.year).exists()
    assert not Dossier.objects.filter(received_on__gt=today).exists()
    assert not Dossier.objects.filter(completed_on__gt=today).exists()


def test_it_fills_the_766_values_dossiers_cannot_give_for_the_year_of_each_units_dossiers():
    load_units_and_people()
    load_tthc()
    for code, year in [("bdi-tuyphuoc", 2024), ("lsn-nhanly", 2026)]:
        score = score_766(OrgUnit.objects.get(code=code), year)
        assert score.missing == []
    assert all(value.evidence for value in ManualValue766.objects.all())
    saved = list(ManualValue766.objects.values_list("pk", "value"))
    load_tthc()
    assert list(ManualValue766.objects.values_list("pk", "value")) == saved
