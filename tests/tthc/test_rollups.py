"""The monthly figures are what a plain GROUP BY over the dossiers gives, after imports and re-imports."""

from datetime import date

import pytest
from django.db.models import Count, Q, Sum

from tests.tthc.conftest import csv_upload, dossier_row, synthetic_upload
from tthc.imports import dossiers_import
from tthc.indicators import unit_figures, unit_months
from tthc.models import Dossier, MonthlyDuration, MonthlyFigures, UnitMonthDuration, UnitMonthFigures
from tthc.rollups import rollups_rebuild

pytestmark = pytest.mark.django_db
CELL = ("unit", "procedure", "month")


def _group_by():
    """The reference: figures straight from the dossiers, one GROUP BY per event month."""
    cells = {}
    received = Dossier.objects.values("unit", "procedure", "received_month").annotate(
        online=Count("pk", filter=Q(channel=2)), person=Count("pk", filter=Q(channel=1))
    )
    for row in received:
        cells.setdefault((row["unit"], row["procedure"], row["received_month"]), {}).update(
            received_online=row["online"], received_in_person=row["person"]
        )
    resolved = Dossier.objects.filter(completed_month__isnull=False).values("unit", "procedure", "completed_month")
    for row in resolved.annotate(
        late=Count("pk", filter=Q(result="late")),
        paid_online=Count("pk", filter=Q(fee__gt=0, fee_paid=True, paid_online=True)),
        days=Sum("processing_days"),
    ):
        cells.setdefault((row["unit"], row["procedure"], row["completed_month"]), {}).update(
            resolved_late=row["late"], paid_online=row["paid_online"], processing_days=row["days"]
        )
    return cells


def test_it_matches_a_plain_group_by(unit_a, unit_a1, procedures):
    units = ["Sở Khoa học và Công nghệ", "Phòng Quản lý công nghệ"]
    assert dossiers_import(unit=unit_a, upload=synthetic_upload(1500, 1, units)).ok
    # A second export overlapping the first: some rows change, most stay.
    assert dossiers_import(unit=unit_a, upload=synthetic_upload(1800, 2, units)).ok
    expected = _group_by()
    stored = {(f.unit_id, f.procedure_id, f.month): f for f in MonthlyFigures.objects.all()}
    for key, values in expected.items():
        for name, value in values.items():
            assert getattr(stored[key], name) == (value or 0), (key, name)
    assert (
        sum(MonthlyDuration.objects.values_list("count", flat=True))
        == Dossier.objects.filter(completed_on__isnull=False).count()
    )
    before = sorted(MonthlyFigures.objects.values_list("unit", "procedure", "month", "resolved_on_time", "apology"))
    rollups_rebuild()
    assert (
        sorted(MonthlyFigures.objects.values_list("unit", "procedure", "month", "resolved_on_time", "apology"))
        == before
    )


def test_it_counts_open_dossiers_at_each_month_end_like_the_status_annotation(unit_a, unit_a1, procedures):
    dossiers_import(unit=unit_a, upload=synthetic_upload(1200, 3, ["Sở Khoa học và Công nghệ"]))
    months = unit_months(unit_a, 2025)
    for figures, end in ((months[2], date(2025, 3, 31)), (months[11], date(2025, 12, 31))):
        statuses = Dossier.objects.filter(received_on__lte=end).with_status(end).values("status")
        counts = {row["status"]: row["n"] for row in statuses.annotate(n=Count("pk"))}
        assert (figures.open_within, figures.open_overdue) == (counts.get("within", 0), counts.get("overdue", 0))
    assert months[3].carried_over == months[2].in_progress
    year = unit_figures(unit_a, 2025)
    assert year.received_new == Dossier.objects.count() == sum(m.received_new for m in months)
    assert year.resolved == sum(m.resolved for m in months)


def test_it_keeps_the_unit_month_rollup_equal_to_a_plain_group_by(unit_a, unit_a1, procedures):
    units = ["Sở Khoa học và Công nghệ", "Phòng Quản lý công nghệ"]
    assert dossiers_import(unit=unit_a, upload=synthetic_upload(1200, 4, units)).ok
    assert dossiers_import(unit=unit_a, upload=synthetic_upload(1500, 5, units)).ok
    expected = {}
    for key, values in _group_by().items():
        cell = expected.setdefault((key[0], key[2]), {})
        for name, value in values.items():
            cell[name] = cell.get(name, 0) + (value or 0)
    stored = {(f.unit_id, f.month): f for f in UnitMonthFigures.objects.all()}
    assert set(stored) == {(unit, month) for unit, _p, month in MonthlyFigures.objects.values_list(*CELL)}
    for key, values in expected.items():
        for name, value in values.items():
            assert getattr(stored[key], name) == value, (key, name)
    durations = Dossier.objects.filter(completed_on__isnull=False).values("unit", "completed_month", "processing_days")
    assert sorted(UnitMonthDuration.objects.values_list("unit", "month", "days", "count")) == sorted(
        (r["unit"], r["completed_month"], r["processing_days"], r["n"]) for r in durations.annotate(n=Count("pk"))
    )
    before = sorted(UnitMonthFigures.objects.values_list("unit", "month", "received_online", "overdue_started"))
    UnitMonthFigures.objects.all().delete()
    rollups_rebuild()
    assert sorted(UnitMonthFigures.objects.values_list("unit", "month", "received_online", "overdue_started")) == before


def _rollup_tables():
    tables = (MonthlyFigures, MonthlyDuration, UnitMonthFigures, UnitMonthDuration)
    return [sorted(model.objects.values_list(*[f.attname for f in model._meta.fields][1:])) for model in tables]


def test_it_moves_the_figures_of_a_dossier_an_update_moves_to_other_months_or_units(unit_a, unit_a1, procedures):
    rows = [
        dossier_row("M-1", completed_at="09/01/2026 10:00"),
        dossier_row("M-2", completed_at="20/02/2026 10:00", channel="2"),
        dossier_row("M-3"),
    ]
    assert dossiers_import(unit=unit_a, upload=csv_upload(rows)).ok
    rows[0].update(received_at="02/02/2026 08:00", completed_at="03/03/2026 09:00")
    rows[1]["unit"] = "Phòng Quản lý công nghệ"
    rows[2]["completed_at"] = "06/01/2026 09:00"
    result = dossiers_import(unit=unit_a, upload=csv_upload(rows))
    assert (result.created, result.updated) == (0, 3)
    added = _rollup_tables()
    assert MonthlyFigures.objects.get(unit=unit_a1, month=202602).resolved_late == 1
    assert not MonthlyFigures.objects.filter(unit=unit_a, month=202601, received_in_person__gt=1).exists()
    rollups_rebuild()  # a fresh GROUP BY of every cell: no stale count and no cell left at zero
    assert _rollup_tables() == added
