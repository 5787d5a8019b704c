import datetime
import io
import re
import time
from decimal import Decimal

import openpyxl
import pdfplumber
import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plans.deadlines import CHANGED_KEY, occurrence_close
from plans.models import Framework, Indicator, IndicatorTarget, Occurrence, Plan, ScheduleRule, Section, Task
from portal.notifications import notify_in_app
from reports import dashboard, digest
from reports.models import DigestOptOut, IndicatorValue, Report, WeeklyDigest
from tests.factories import MembershipFactory, OrgUnitFactory
from tthc.models import MonthlyFigures, Procedure, UnitMonthFigures

S = Occurrence.Status
TODAY = datetime.date(2026, 6, 15)
# (due date, done on) of each of the four states, seen from TODAY.
SHAPES = {
    S.DONE_ON_TIME: (TODAY - datetime.timedelta(days=10), TODAY - datetime.timedelta(days=12)),
    S.DONE_LATE: (TODAY - datetime.timedelta(days=10), TODAY - datetime.timedelta(days=4)),
    S.OPEN: (TODAY + datetime.timedelta(days=5), None),
    S.OVERDUE: (TODAY - datetime.timedelta(days=3), None),
}


@pytest.fixture(autouse=True)
def fresh_cache():
    """Boards are cached by branch id: ids repeat from test to test, boards must not."""
    cache.clear()
    yield
    cache.clear()


def issued_plan(unit, title="Kế hoạch thực hiện nhiệm vụ năm 2026", years=(2026, 2026)):
    return Plan.objects.create(
        unit=unit, title=title, start_year=years[0], end_year=years[1], status=Plan.Status.ISSUED, place_name="Huế"
    )


def deadlines(plan, unit, states, today=TODAY, duty=None):
    """One task (or the duty) per call, one deadline per state asked for, shaped as SHAPES says."""
    if duty is None:
        section = Section.objects.get_or_create(plan=plan, number="I", defaults={"title": "NHIỆM VỤ"})[0]
        task = Task.objects.create(plan=plan, section=section, content=f"Nhiệm vụ {Task.objects.count() + 1}")
        rule = ScheduleRule.objects.create(task=task, wording="Trong năm", kind="year", year=2026)
    else:
        task, rule = None, ScheduleRule.objects.create(duty=duty, wording="Hằng tháng", kind="monthly", day=8)
    made = []
    for n, state in enumerate(states):
        due, done = SHAPES[state]
        due = due + (today - TODAY)
        done = done + (today - TODAY) if done else None
        made.append(
            Occurrence.objects.create(
                rule=rule,
                plan=plan,
                task=task,
                duty=duty,
                unit=unit,
                original_due_date=due + datetime.timedelta(days=1000 + n),  # unique per rule
                due_date=due,
                done_on=done,
            )
        )
    return made


def build(user, **filters):
    return dashboard.dashboard_build(user=user, filters=dashboard.Filters(year=2026, **filters), today=TODAY)


@pytest.fixture
def plan_data(unit_a, unit_a1, unit_b):
    plan = issued_plan(unit_a)
    deadlines(plan, unit_a1, [S.DONE_ON_TIME] * 3 + [S.DONE_LATE] * 2 + [S.OPEN] * 4 + [S.OVERDUE])
    deadlines(plan, unit_a, [S.OVERDUE, S.OVERDUE])
    other = issued_plan(unit_b, title="Kế hoạch của Sở Tư pháp")
    deadlines(other, unit_b, [S.OVERDUE] * 5 + [S.DONE_ON_TIME])
    duty = plan.duties.create(title="Báo cáo tháng", kind="monthly", sender=unit_a, recipient=unit_b)
    deadlines(plan, unit_a, [S.DONE_ON_TIME, S.DONE_LATE, S.OVERDUE, S.OVERDUE, S.OPEN], duty=duty)
    return plan, other


def test_it_counts_tasks_in_the_four_states(leader_a, plan_data):
    board = build(leader_a)
    assert board.tasks == {S.DONE_ON_TIME: 3, S.DONE_LATE: 2, S.OPEN: 4, S.OVERDUE: 3}
    assert board.task_total == 12
    assert board.on_time_rate == 38  # 3 of the 8 already decided
    # Reports: sent on time, sent late, missing (overdue), due.
    assert board.reports == {S.DONE_ON_TIME: 1, S.DONE_LATE: 1, S.OVERDUE: 2, S.OPEN: 1}


def test_it_offers_the_nearest_years_with_tasks_when_the_year_has_none(client_for, leader_a, plan_data, unit_a):
    ended = issued_plan(unit_a, title="Kế hoạch giai đoạn 2021-2025", years=(2021, 2025))
    deadlines(ended, unit_a, [S.DONE_ON_TIME], today=datetime.date(2024, 6, 15))
    deadlines(ended, unit_a, [S.DONE_LATE], today=datetime.date(2025, 6, 15))
    assert build(leader_a).other_years == ()  # 2026 has tasks: nothing to offer
    empty = dashboard.dashboard_build(user=leader_a, filters=dashboard.Filters(year=2027), today=TODAY)
    assert empty.task_total == 0
    assert empty.other_years == (2026,)
    between = dashboard.dashboard_build(user=leader_a, filters=dashboard.Filters(year=2023, plan=ended), today=TODAY)
    assert between.other_years == (2024,)  # the plan's own years only, before none
    page = client_for(leader_a).get(reverse("reports:dashboard"), {"year": 2020}).content.decode()
    hint = re.search(r'data-testid="other-years">(.*?)</p>', page, re.S).group(1)
    assert "Năm 2020 không có hạn nhiệm vụ nào" in hint
    assert re.findall(r'href="\?year=(\d+)"', hint) == ["2024"]
    # No chart of four empty bars: the card says there is nothing, as the plans card beside it does.
    assert 'data-testid="states-empty"' in page and 'data-chart="states"' not in page


def test_it_counts_per_plan_and_ranks_units_by_overdue(leader_top, plan_data, unit_a, unit_b):
    plan, other = plan_data
    board = build(leader_top)
    assert [(p, counts) for p, counts in board.plans] == [
        (other, {S.OVERDUE: 5, S.DONE_ON_TIME: 1}),
        (plan, {S.DONE_ON_TIME: 3, S.DONE_LATE: 2, S.OPEN: 4, S.OVERDUE: 3}),
    ]
    ranking = [(row.unit, row.overdue, row.on_time_rate) for row in board.units]
    assert ranking[:2] == [(unit_b, 5, 17), (unit_a, 3, 38)]
    assert board.units[0].months[-1] == 17  # this month's deadlines: one of six on time


def test_it_shows_a_department_leader_only_their_subtree(leader_a, leader_top, plan_data, unit_a, unit_a1):
    board = build(leader_a)
    assert board.root == unit_a
    assert [row.unit for row in board.units] == [unit_a, unit_a1]
    assert all(plan.unit == unit_a for plan, _counts in board.plans)
    assert build(leader_top).tasks[S.OVERDUE] == 8
    # Drilling down to the division keeps only its deadlines.
    assert build(leader_top, unit=unit_a1).tasks == {S.DONE_ON_TIME: 3, S.DONE_LATE: 2, S.OPEN: 4, S.OVERDUE: 1}


def test_it_answers_404_to_filters_outside_the_users_units(client_for, official_b, plan_data, unit_a):
    plan, _other = plan_data
    client = client_for(official_b)
    url = reverse("reports:dashboard")
    assert client.get(url, {"unit": unit_a.pk}).status_code == 404
    assert client.get(url, {"plan": plan.pk}).status_code == 404
    assert client.get(reverse("reports:dashboard_export"), {"unit": unit_a.pk}).status_code == 404
    assert client.get(reverse("reports:dashboard_pdf"), {"plan": plan.pk}).status_code == 404
    task = plan.tasks.first()
    assert client.get(reverse("reports:dashboard_task", args=[task.pk])).status_code == 404
    # Nonsense is ignored rather than an error.
    assert client.get(url, {"year": "abc", "unit": "x", "framework": "khong-co"}).status_code == 200


def test_it_lets_a_read_only_member_read_the_dashboard_but_not_act_for_the_unit(client_for, viewer_a, plan_data):
    """The dashboard only reads; its one form changes the viewer's own mail, nothing of the unit."""
    plan, _other = plan_data
    client = client_for(viewer_a)
    page = client.get(reverse("reports:dashboard"), {"year": 2026})
    assert page.status_code == 200
    assert 'action="/bao-cao/bang-dieu-khien/thu-tong-hop/"' in page.content.decode()
    assert client.get(reverse("reports:dashboard_task", args=[plan.tasks.first().pk])).status_code == 200


def test_it_keeps_the_filters_in_the_url(client_for, leader_top, plan_data, unit_a):
    plan, _other = plan_data
    pci = Framework.objects.get(code="pci")
    response = client_for(leader_top).get(
        reverse("reports:dashboard"), {"year": 2026, "unit": unit_a.pk, "plan": plan.pk, "framework": "pci"}
    )
    page = response.content.decode()
    assert f'<option value="{unit_a.pk}" selected>' in page
    assert f'<option value="{plan.pk}" selected>' in page
    assert '<option value="pci" selected>' in page
    query = f"year=2026&amp;unit={unit_a.pk}&amp;plan={plan.pk}&amp;framework=pci"
    assert f'href="/bao-cao/bang-dieu-khien/excel/?{query}"' in page
    assert dashboard.dashboard_filters(user=leader_top, params={"framework": "pci"}, today=TODAY).framework == pci


def test_it_judges_indicators_against_this_years_target():
    judge = dashboard.indicator_judge
    args = {"comparator": ">=", "target": Decimal(80), "today": TODAY}
    assert judge(value=Decimal(85), year=2026, **args) == dashboard.Judgement.MET
    assert judge(value=Decimal(75), year=2026, **args) == dashboard.Judgement.ON_TRACK
    assert judge(value=Decimal(50), year=2026, **args) == dashboard.Judgement.AT_RISK
    assert judge(value=Decimal(75), year=2025, **args) == dashboard.Judgement.MISSED
    assert judge(value=None, year=2026, **args) == dashboard.Judgement.NO_DATA
    assert judge(value=Decimal(4), year=2026, comparator="<", target=Decimal(3), today=TODAY) == "at_risk"


def indicator_with_value(plan, unit, name, target, value, evidence, component=None):
    indicator = Indicator.objects.create(plan=plan, name=name, measure="%", comparator=">=", component=component)
    IndicatorTarget.objects.create(indicator=indicator, year=2026, value=target)
    IndicatorTarget.objects.create(indicator=indicator, year=2027, value=target + 5)
    report = Report.objects.create(
        unit=unit, kind="monthly", year=2026, title="Báo cáo tháng", state="sent", sent_at=timezone.now()
    )
    IndicatorValue.objects.create(report=report, indicator=indicator, value=value, evidence=evidence)
    return indicator


def test_it_groups_indicators_by_framework_and_marks_values_without_evidence(client_for, leader_top, unit_a):
    plan = issued_plan(unit_a, years=(2026, 2027))
    component = Framework.objects.get(code="pci").components.first()
    met = indicator_with_value(plan, unit_a, "Doanh nghiệp hài lòng", 60, 70, "Phiếu khảo sát", component)
    risky = indicator_with_value(plan, unit_a, "Hồ sơ trực tuyến", 80, 40, "")
    board = build(leader_top)
    groups = {framework.code if framework else None: rows for framework, rows in board.indicators}
    assert [(r.indicator, r.judgement, r.verified) for r in groups["pci"]] == [(met, "met", True)]
    assert [(r.indicator, r.judgement, r.verified) for r in groups[None]] == [(risky, "at_risk", False)]
    assert board.trend["indicator"] == risky  # the chart opens on the one that needs a push
    assert [(r["year"], r["value"], r["target"]) for r in board.trend["rows"]] == [
        (2026, Decimal(40), Decimal(80)),
        (2027, None, Decimal(85)),
    ]
    page = client_for(leader_top).get(reverse("reports:dashboard"), {"year": 2026}).content.decode()
    assert "chưa kiểm chứng" in page and "Có nguy cơ không đạt" in page and "bi-exclamation-triangle-fill" in page


def test_it_offers_the_nearest_years_with_targets_when_the_year_has_none(client_for, leader_top, unit_a):
    plan = issued_plan(unit_a, years=(2026, 2027))
    indicator_with_value(plan, unit_a, "Hồ sơ trực tuyến", 80, 40, "")  # targets for 2026 and 2027
    assert build(leader_top).indicator_other_years == ()  # 2026 has targets: nothing to offer
    page = client_for(leader_top).get(reverse("reports:dashboard"), {"year": 2025}).content.decode()
    hint = re.search(r'data-testid="indicators-empty">(.*?)</p>', page, re.S).group(1)
    assert "Không có chỉ tiêu nào có mục tiêu cho năm này" in hint and "Xem năm:" in hint
    assert re.findall(r'href="\?year=(\d+)"', hint) == ["2026"]
    later = dashboard.dashboard_build(user=leader_top, filters=dashboard.Filters(year=2030), today=TODAY)
    assert later.indicator_other_years == (2027,)


def test_it_names_the_indicator_of_the_trend_sheet(client_for, leader_top, unit_a):
    plan = issued_plan(unit_a, years=(2026, 2027))
    indicator_with_value(plan, unit_a, "Hồ sơ trực tuyến", 80, 40, "")
    response = client_for(leader_top).get(reverse("reports:dashboard_export"), {"year": 2026})
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content))["Xu hướng chỉ tiêu"].iter_rows(values_only=True))
    assert rows == [
        ("Chỉ tiêu", "Năm", "Thực hiện", "Mục tiêu"),
        ("Hồ sơ trực tuyến", 2026, 40, 80),
        ("Hồ sơ trực tuyến", 2027, None, 85),
    ]


def grow(province, scale):
    """`scale` departments, each with a division, plans, deadlines in every state, indicators and values."""
    for n in range(scale):
        department = OrgUnitFactory(parent=province, name=f"Sở thứ {n}")
        division = OrgUnitFactory(parent=department)
        plan = issued_plan(department, title=f"Kế hoạch {n}")
        deadlines(plan, division, list(SHAPES) * 2)
        deadlines(plan, department, [S.OVERDUE, S.OPEN])
        duty = plan.duties.create(title="Báo cáo quý", kind="quarterly", sender=department)
        deadlines(plan, department, [S.DONE_ON_TIME, S.OVERDUE], duty=duty)
        indicator_with_value(plan, department, f"Chỉ tiêu {n}", 50, 45, "")
        procedure = Procedure.objects.create(
            code=f"1.{department.pk:06d}.000.00.00.H08", name="Thủ tục", working_days=3
        )
        figures = {"month": TODAY.year * 100 + 3, "received_online": 3, "resolved_on_time": 2}
        MonthlyFigures.objects.create(unit=division, procedure=procedure, **figures)
        UnitMonthFigures.objects.create(unit=division, **figures)  # the import keeps both rollups


def _queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("reports:dashboard"), {"year": TODAY.year}).status_code == 200
    return len(captured)


def test_it_reads_the_dashboard_in_the_same_number_of_queries_whatever_the_size(
    client_for, leader_top, province, django_assert_max_num_queries, settings
):
    settings.PORTAL_DASHBOARD_CACHE_SECONDS = 0  # what is measured is building the board
    client = client_for(leader_top)
    client.get(reverse("reports:dashboard"))  # a browser that has its CSRF secret, as on every later page
    grow(province, 3)
    small = _queries(client)
    grow(province, 6)  # three times the data
    assert _queries(client) == small
    with django_assert_max_num_queries(35):  # 35th: the current year's unsent reports of earlier years
        client.get(reverse("reports:dashboard"), {"year": TODAY.year})


def test_it_serves_a_cached_board_with_the_session_the_user_and_the_memberships(
    client_for, leader_top, province, django_assert_max_num_queries
):
    grow(province, 3)
    client = client_for(leader_top)
    first = client.get(reverse("reports:dashboard"), {"year": TODAY.year}).content.decode()
    # Session, user, grants, the nav's memberships and unread count, the digest switch: no board query.
    with django_assert_max_num_queries(6):
        again = client.get(reverse("reports:dashboard"), {"year": TODAY.year}).content.decode()
    board = slice(first.index('data-testid="filters"'), first.index('id="h-digest"'))
    assert again[board] == first[board]
    assert 'data-testid="count-overdue">' in again[board]


def test_it_serves_a_repeated_page_whole_and_still_shows_what_changed_for_the_person(
    client_for, leader_top, province, django_assert_max_num_queries
):
    grow(province, 2)
    client = client_for(leader_top)
    url = reverse("reports:dashboard")
    client.get(url, {"year": TODAY.year})  # the first page gives the browser its CSRF secret
    second = client.get(url, {"year": TODAY.year}).content
    # Session (from the cache), user, memberships, the digest switch, the unread count: nothing rendered.
    with django_assert_max_num_queries(5):
        third = client.get(url, {"year": TODAY.year}).content
    assert third == second
    notify_in_app(user=leader_top, title="Việc mới")
    assert b'data-testid="unread-count">1<' in client.get(url, {"year": TODAY.year}).content
    client.post(reverse("reports:digest_toggle"), {"subscribe": "0"})
    page = client.get(url, {"year": TODAY.year}).content.decode()
    assert "Bạn sẽ không nhận thư tổng hợp hằng tuần nữa." in page and "Nhận lại thư tổng hợp" in page
    assert "Bạn sẽ không nhận thư tổng hợp hằng tuần nữa." not in client.get(url, {"year": TODAY.year}).content.decode()


def test_it_signs_the_forms_of_a_repeated_page_with_the_browsers_csrf_secret(leader_top, plan_data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(leader_top)
    url = reverse("reports:dashboard")
    client.get(url)
    client.get(url)
    cached = client.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', cached).group(1)
    response = client.post(reverse("reports:digest_toggle"), {"subscribe": "0", "csrfmiddlewaretoken": token})
    assert response.status_code == 302 and digest.opted_out(leader_top)
    other = Client(enforce_csrf_checks=True)  # another browser of the same person: its own secret, its own page
    other.force_login(leader_top)
    other.get(url)
    page = other.get(url).content.decode()
    assert page != cached
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = other.post(reverse("reports:digest_toggle"), {"subscribe": "1", "csrfmiddlewaretoken": token})
    assert response.status_code == 302 and not digest.opted_out(leader_top)


def test_it_serves_an_old_board_while_one_request_builds_the_next_but_never_after_a_change():
    built = []

    def build():
        built.append(1)
        return "mới"

    key = f"bảng:{dashboard.code_version()}"  # as this code stores it
    cache.set(CHANGED_KEY, 1, None)
    cache.set(key, (1, "cũ", time.time() - 1), 600)  # grown old, no change since
    cache.add(f"{key}:building", 1, 60)  # another request is building its successor
    assert dashboard.cached("bảng", build) == "cũ" and not built
    cache.delete(f"{key}:building")
    assert dashboard.cached("bảng", build) == "mới" and len(built) == 1
    assert cache.get(f"{key}:building") is None and dashboard.cached("bảng", build) == "mới" and len(built) == 1
    cache.set(key, (1, "cũ", time.time() + 300), 600)
    cache.add(f"{key}:building", 1, 60)
    cache.set(CHANGED_KEY, 2, None)  # a deadline changed: the entry is not served, whoever is building
    assert dashboard.cached("bảng", build) == "mới" and len(built) == 2


def test_it_never_serves_a_board_or_page_cached_by_other_code(settings, tmp_path):
    cache.set(f"bảng:{dashboard.code_version()}", (None, "của bản này", time.time() + 300), 600)
    assert dashboard.cached("bảng", lambda: "mới") == "của bản này"
    template = tmp_path / "reports" / "dashboard.html"
    template.parent.mkdir()
    template.write_text("{{ board }}", encoding="utf-8")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    dashboard.code_version.cache_clear()  # an upgrade: a worker starts with other templates
    try:
        assert dashboard.cached("bảng", lambda: "mới") == "mới"
    finally:
        dashboard.code_version.cache_clear()


def test_it_builds_a_branchs_board_once_for_every_leader_of_it(client_for, leader_top, province, leader_a, unit_a):
    grow(province, 2)
    first = _queries(client_for(leader_top))
    assert _queries(client_for(leader_a)) > 15  # another branch: built afresh
    assert _queries(client_for(leader_top)) < first - 10
    other_top = MembershipFactory(unit=province, role="leader").user
    assert _queries(client_for(other_top)) < first - 10  # same branch, same board


def test_it_rebuilds_the_board_once_a_deadline_is_closed(
    client_for, leader_top, plan_data, django_capture_on_commit_callbacks
):
    client = client_for(leader_top)
    before = client.get(reverse("reports:dashboard"), {"year": 2026}).content.decode()
    assert 'data-testid="count-done_on_time">4<' in before
    occurrence = Occurrence.objects.filter(done_on__isnull=True, task__isnull=False).order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        occurrence_close(occurrence=occurrence, done_on=occurrence.due_date, by=leader_top)
    after = client.get(reverse("reports:dashboard"), {"year": 2026}).content.decode()
    assert 'data-testid="count-done_on_time">5<' in after


def test_it_counts_as_the_four_way_status_of_each_deadline_says(leader_top, province, unit_a, unit_b):
    grow(province, 4)
    plan = issued_plan(unit_a)
    deadlines(plan, unit_b, [S.OVERDUE, S.DONE_LATE, S.OPEN], today=TODAY - datetime.timedelta(days=40))
    board = build(leader_top)
    plain = {}
    for occurrence in Occurrence.objects.filter(due_date__year=2026, task__isnull=False):
        state = occurrence.status(TODAY)
        plain[state] = plain.get(state, 0) + 1
    assert board.tasks == plain
    per_plan = {plan: counts for plan, counts in board.plans}
    for counted in Plan.objects.filter(occurrences__task__isnull=False).distinct():
        states = [o.status(TODAY) for o in counted.occurrences.filter(due_date__year=2026, task__isnull=False)]
        assert per_plan[counted] == {state: states.count(state) for state in set(states)}
    row = next(row for row in board.units if row.unit == unit_b)
    may = Occurrence.objects.filter(unit__path__startswith=unit_b.path, due_date__month=5, task__isnull=False)
    decided = [o for o in may if o.status(TODAY) != S.OPEN]
    on_time = [o for o in decided if o.status(TODAY) == S.DONE_ON_TIME]
    assert row.months[board.months.index(datetime.date(2026, 5, 1))] == round(100 * len(on_time) / len(decided))


def test_it_exports_every_charts_numbers_to_excel(client_for, leader_top, unit_a, unit_a1):
    today = timezone.localdate()
    plan = issued_plan(unit_a, title='=HYPERLINK("http://x")')
    deadlines(plan, unit_a1, [S.OVERDUE, S.OPEN, S.DONE_ON_TIME], today=today)
    board = dashboard.dashboard_build(user=leader_top, filters=dashboard.Filters(year=today.year), today=today)
    response = client_for(leader_top).get(reverse("reports:dashboard_export"), {"year": today.year})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames[:5] == [
        "Nhiệm vụ theo kế hoạch",
        "Báo cáo",
        "Xếp hạng đơn vị",
        "Hạn 14 ngày tới",
        "Chỉ tiêu",
    ]
    rows = list(workbook["Nhiệm vụ theo kế hoạch"].iter_rows(values_only=True))
    assert rows[0] == (
        "Kế hoạch",
        "Hoàn thành đúng hạn",
        "Hoàn thành quá hạn",
        "Đang thực hiện trong hạn",
        "Quá hạn chưa hoàn thành",
        "Tổng",
    )
    assert rows[1] == ("Tổng cộng", *[n for _s, _l, n in board.task_rows], board.task_total)
    assert board.task_total >= 1
    assert rows[2][0] == '\'=HYPERLINK("http://x")'  # a formula from user text is neutralised
    ranking = list(workbook["Xếp hạng đơn vị"].iter_rows(values_only=True))
    assert ranking[0][:4] == ("Đơn vị", "Quá hạn", "Quá hạn từ các năm trước", "Tỷ lệ đúng hạn (%)")
    assert len(ranking[0]) == 16


def test_it_prints_the_dashboard_as_a_quick_report(client_for, leader_a, plan_data):
    today = timezone.localdate()
    board = dashboard.dashboard_build(user=leader_a, filters=dashboard.Filters(year=today.year), today=today)
    response = client_for(leader_a).get(reverse("reports:dashboard_pdf"))
    assert response["Content-Type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        assert len(pdf.pages) <= 2
        text = "\n".join(page.extract_text() for page in pdf.pages)
    day, month = f"{today.day:02d}", f"{today.month:02d}" if today.month <= 2 else str(today.month)
    assert "SỞ KHOA HỌC VÀ\nCÔNG NGHỆ" in text and "BÁO CÁO NHANH" in text
    assert f"ngày {day} tháng {month} năm {today.year}" in text
    counts = " ".join(str(n) for _s, _l, n in board.task_rows)
    assert counts in text  # the four counts, in the order the table prints them


def test_it_sends_the_weekly_digest_once_to_leaders_who_did_not_opt_out(leader_a, leader_top, official_a, plan_data):
    DigestOptOut.objects.create(user=leader_top)
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    ids = digest.digests_plan(today=monday)
    assert [WeeklyDigest.objects.get(pk=pk).user for pk in ids] == [leader_a]
    assert digest.digest_send(digest_id=ids[0]) is True
    assert digest.digest_send(digest_id=ids[0]) is False  # a resent task does not double the mail
    assert digest.digests_plan(today=monday) == []
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [leader_a.email]
    assert message.subject.startswith("Tổng hợp tuần:")
    assert "Quá hạn chưa hoàn thành" in message.body and "/bao-cao/bang-dieu-khien/" in message.body
    assert "Không muốn nhận thư này nữa" in message.alternatives[0][0]


def test_it_lets_each_leader_opt_out_of_the_digest(client_for, leader_a):
    client = client_for(leader_a)
    client.post(reverse("reports:digest_toggle"), {"subscribe": "0"})
    assert digest.opted_out(leader_a) and leader_a not in digest.recipients()
    assert "Nhận lại thư tổng hợp" in client.get(reverse("reports:dashboard")).content.decode()
    client.post(reverse("reports:digest_toggle"), {"subscribe": "1"})
    assert not digest.opted_out(leader_a) and leader_a in digest.recipients()


def test_it_shows_the_tthc_figures_of_the_branch(client_for, leader_a, unit_a1):
    procedure = Procedure.objects.create(code="1.001653.000.00.00.H08", name="Cấp giấy phép", working_days=5)
    figures = {
        "month": 202603,
        "received_online": 6,
        "received_in_person": 4,
        "resolved_on_time": 8,
        "resolved_late": 2,
        "digitised": 5,
    }
    MonthlyFigures.objects.create(unit=unit_a1, procedure=procedure, **figures)
    UnitMonthFigures.objects.create(unit=unit_a1, **figures)  # the import keeps both rollups
    board = build(leader_a)
    assert dict(board.tthc_rates)["Giải quyết đúng hạn"] == Decimal("80.00")
    assert dict(board.tthc_rates)["Nộp trực tuyến"] == Decimal("60.00")
    assert board.tthc["months"][2][1:3] == [Decimal("80.00"), Decimal("60.00")]
    page = client_for(leader_a).get(reverse("reports:dashboard"), {"year": 2026}).content.decode()
    assert 'data-testid="tthc-panel"' in page and "Chỉ số 766" in page
    for name in ("tthc:months", "tthc:score_766", "tthc:late_list"):  # the branch's own pages, same year
        assert f'href="{reverse(name, args=[leader_a.memberships.get().unit_id])}?nam=2026"' in page
