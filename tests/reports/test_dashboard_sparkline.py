"""The ranking's 12-month line shows a unit whose deadlines all fell in one month: a dot, not a blank."""

import datetime
import re

from django.urls import reverse
from django.utils import timezone

from plans.models import Occurrence
from reports import dashboard
from tests.reports.test_dashboard import deadlines, issued_plan

S = Occurrence.Status


def test_it_draws_a_dot_for_a_single_month(client_for, leader_a, unit_a, unit_a1, monkeypatch):
    today = datetime.date(2026, 6, 15)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today)
    deadlines(issued_plan(unit_a), unit_a1, [S.DONE_ON_TIME, S.OVERDUE], today=today)
    row = next(
        r
        for r in dashboard.dashboard_build(user=leader_a, filters=dashboard.Filters(year=2026), today=today).units
        if r.unit == unit_a1
    )
    assert [m for m in row.months if m is not None] == [50]
    assert row.spark_end == (121, 12)  # June, the last of the twelve months, at 50 %
    page = client_for(leader_a).get(reverse("reports:dashboard"), {"year": 2026}).content.decode()
    cell = re.search(rf'data-testid="drill-{unit_a1.code}".*?</tr>', page, re.S).group(0)
    assert '<circle cx="121" cy="12" r="2.5"' in cell
