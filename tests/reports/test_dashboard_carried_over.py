"""Open deadlines of earlier years are overdue now: the current year's board counts them as carried over, in
the overdue card, the unit ranking and the list of the longest overdue, and says so."""

import datetime
import io
import re

import openpyxl
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from plans.models import Occurrence
from portal.documents import render_html
from reports import dashboard, digest
from reports.pdf_dashboard import dashboard_summary_context
from tests.reports.test_dashboard import deadlines, issued_plan

S = Occurrence.Status
TODAY = datetime.date(2026, 6, 15)
NEW_YEAR = datetime.date(2026, 1, 3)  # the overdue shape, three days back from here, falls due on 31/12/2025


@pytest.fixture
def carried(unit_a, unit_a1, unit_b):
    plan = issued_plan(unit_a, title="Kế hoạch giai đoạn 2025-2026", years=(2025, 2026))
    old = deadlines(plan, unit_a1, [S.OVERDUE, S.OVERDUE], today=NEW_YEAR)
    deadlines(plan, unit_a1, [S.DONE_LATE], today=NEW_YEAR)  # done: nothing to carry
    other = issued_plan(unit_b, title="Kế hoạch của Sở Tư pháp")
    deadlines(other, unit_b, [S.OVERDUE])
    return old


def board(user, year, today=TODAY):
    return dashboard.dashboard_build(user=user, filters=dashboard.Filters(year=year), today=today)


def test_it_carries_open_deadlines_of_earlier_years_into_the_current_year(leader_top, unit_a, unit_b, carried):
    assert carried[0].due_date == datetime.date(2025, 12, 31)
    current = board(leader_top, 2026)
    assert current.tasks[S.OVERDUE] == 1 and current.carried_over == 2 and current.overdue_total == 3
    assert current.overdue[:2] == carried
    ranking = [(row.unit, row.overdue, row.carried_over) for row in current.units[:2]]
    assert ranking == [(unit_a, 0, 2), (unit_b, 1, 0)]  # two carried over weigh more than one of this year
    past = board(leader_top, 2025)
    assert past.carried_over == 0 and all(row.carried_over == 0 for row in past.units)
    assert past.overdue == carried  # a past year's list keeps to that year


def test_it_labels_what_is_carried_over_on_the_page(client_for, leader_top, unit_a, carried, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY)
    page = client_for(leader_top).get(reverse("reports:dashboard")).content.decode()
    card = re.search(r'data-testid="count-carried-over">(.*?)</div>', page, re.S).group(1)
    assert card.strip() == "+ 2 từ các năm trước"
    assert f'data-testid="carried-over-{unit_a.code}">+ 2 từ các năm trước<' in page
    overdue = re.search(r'data-testid="overdue-list">(.*?)</ul>', page, re.S).group(1)
    assert "hạn 31/12/2025" in overdue and overdue.count('data-testid="carried-over"') == 2


def test_it_counts_the_carried_over_in_the_weekly_digest(leader_top, carried):
    monday = TODAY - datetime.timedelta(days=TODAY.weekday())
    digest.digest_send(digest_id=digest.digests_plan(today=monday)[0], today=monday)
    message = mail.outbox[0]
    assert message.subject.startswith("Tổng hợp tuần: 3 việc quá hạn")
    assert "Quá hạn từ các năm trước, chưa hoàn thành: 2" in message.body


def test_it_counts_unsent_reports_of_earlier_years_beside_this_years(client_for, leader_top, unit_a, monkeypatch):
    plan = issued_plan(unit_a, title="Kế hoạch giai đoạn 2025-2026", years=(2025, 2026))
    duty = plan.duties.create(title="Báo cáo quý", kind="quarterly", sender=unit_a)
    deadlines(plan, unit_a, [S.OVERDUE], today=NEW_YEAR, duty=duty)  # due 31/12/2025, still unsent
    deadlines(plan, unit_a, [S.DONE_LATE], today=NEW_YEAR, duty=duty)  # sent: nothing to carry
    current = board(leader_top, 2026)
    assert current.reports_carried_over == 1
    summary = render_html("documents/dashboard_summary.html", dashboard_summary_context(current, by=leader_top))
    assert "Ngoài ra còn 1 kỳ báo cáo từ các năm trước quá hạn, chưa gửi." in summary
    assert board(leader_top, 2025).reports_carried_over == 0  # a past year's board keeps to that year
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY)
    page = client_for(leader_top).get(reverse("reports:dashboard")).content.decode()
    cell = re.search(r'data-testid="reports-carried-over">(.*?)</div>', page, re.S).group(1)
    assert cell.strip() == "+ 1 từ các năm trước"
    sheet = openpyxl.load_workbook(io.BytesIO(client_for(leader_top).get(reverse("reports:dashboard_export")).content))
    assert list(sheet["Báo cáo"].values)[-1] == ("Quá hạn từ các năm trước, chưa gửi", 1)
    monday = TODAY - datetime.timedelta(days=TODAY.weekday())
    digest.digest_send(digest_id=digest.digests_plan(today=monday)[0], today=monday)
    assert "- Quá hạn từ các năm trước, chưa gửi: 1" in mail.outbox[0].body
