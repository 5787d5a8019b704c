"""The leaders' dashboard: the four-way task counts, what falls due, reports owed, units ranked, indicators
against this year's target and the TTHC figures, for one unit and everything below it.

Every panel is one aggregate query (grouped in the database, never a row per task), so the number of
queries is the same for a commune of 20 deadlines and a province of 100,000.
"""

import datetime
import functools
import hashlib
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import Substr
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plans.deadlines import CHANGED_KEY
from plans.models import Framework, Indicator, IndicatorTarget, Occurrence, Plan
from plans.querysets import status_conditions
from portal import access
from portal.models import OrgUnit
from portal.params import int_param, year_param
from tthc import indicators as tthc_indicators

from .models import IndicatorValue, Report, compare

S = Occurrence.Status
STATES = [S.DONE_ON_TIME, S.DONE_LATE, S.OPEN, S.OVERDUE]
# A report duty's deadline read as a report: done on time = sent, done late = sent late, overdue = missing.
REPORT_LABELS = {
    S.OPEN: gettext_lazy("Đến hạn, chưa gửi"),
    S.DONE_ON_TIME: gettext_lazy("Đã gửi đúng hạn"),
    S.DONE_LATE: gettext_lazy("Gửi muộn"),
    S.OVERDUE: gettext_lazy("Quá hạn, chưa gửi"),
}
# Colour, icon and chart colour of each state: the word always goes with them, never colour alone.
STATE_STYLE = {
    S.DONE_ON_TIME: ("success", "check-circle-fill", "#198754"),
    S.DONE_LATE: ("secondary", "check2-square", "#6c757d"),
    S.OPEN: ("primary", "hourglass-split", "#0d6efd"),
    S.OVERDUE: ("danger", "exclamation-octagon-fill", "#dc3545"),
}
CACHE_SECONDS = 300
# How long an old entry may still be served while its successor is built, and how long a build may take
# before another request tries.
STALE_SECONDS = 600
BUILD_SECONDS = 60
UPCOMING_DAYS = 14
UPCOMING_SHOWN = 25
PLANS_SHOWN = 15
UNITS_SHOWN = 30  # a province has 130 units below it: the page ranks the most behind, the export all
INDICATORS_READ = 300
INDICATORS_SHOWN = 40
SENT_STATES = [Report.State.SENT, Report.State.RECEIVED]
NEAR_TARGET = Decimal("0.10")  # within 10 % of this year's target while the year runs: "on track"


class Judgement:
    """Where an indicator stands against this year's target; each has a word, a colour and an icon."""

    MET = "met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    MISSED = "missed"
    NO_DATA = "no_data"

    ORDER = [MET, ON_TRACK, AT_RISK, MISSED, NO_DATA]
    LABELS = {
        MET: gettext_lazy("Đạt"),
        ON_TRACK: gettext_lazy("Đúng hướng"),
        AT_RISK: gettext_lazy("Có nguy cơ không đạt"),
        MISSED: gettext_lazy("Không đạt"),
        NO_DATA: gettext_lazy("Chưa có số liệu"),
    }
    COLOURS = {MET: "success", ON_TRACK: "info", AT_RISK: "warning", MISSED: "danger", NO_DATA: "secondary"}
    ICONS = {
        MET: "check-circle-fill",
        ON_TRACK: "arrow-up-right-circle",
        AT_RISK: "exclamation-triangle-fill",
        MISSED: "x-octagon-fill",
        NO_DATA: "question-circle",
    }


def indicator_judge(*, value, comparator, target, year, today):
    """Met when the comparator holds; missed when the year is over and it does not; while the year runs,
    on track within 10 % of the target, at risk beyond."""
    if value is None:
        return Judgement.NO_DATA
    if compare(value, comparator, target):
        return Judgement.MET
    if year < today.year:
        return Judgement.MISSED
    gap = abs(Decimal(target) - Decimal(value)) / max(abs(Decimal(target)), Decimal(1))
    return Judgement.ON_TRACK if gap <= NEAR_TARGET else Judgement.AT_RISK


@dataclass(frozen=True)
class Filters:
    """The dashboard's filters as they stand in the URL: year, plan, framework, unit (and one indicator)."""

    year: int
    unit: OrgUnit | None = None
    plan: Plan | None = None
    framework: Framework | None = None
    indicator: int | None = None

    def query(self, **changes):
        """The URL query string of these filters, with some changed (for links that drill down)."""
        values = {
            "year": self.year,
            "unit": self.unit.pk if self.unit else "",
            "plan": self.plan.pk if self.plan else "",
            "framework": self.framework.code if self.framework else "",
        }
        values.update(changes)
        return "&".join(f"{key}={value}" for key, value in values.items() if value not in ("", None))

    @property
    def without_unit(self):
        return self.query(unit="")

    @property
    def without_plan(self):
        return self.query(plan="")


def dashboard_filters(*, user, params, today):
    """Read the filters from GET parameters; a unit or plan outside the user's scope is a 404."""
    year = year_param(params) or today.year
    unit = plan = framework = None
    if unit_id := int_param(params, "unit"):
        unit = OrgUnit.objects.for_user(user).filter(pk=unit_id).first()
        if unit is None:
            raise Http404
    if plan_id := int_param(params, "plan"):
        plan = Plan.objects.for_user(user).filter(pk=plan_id).first()
        if plan is None:
            raise Http404
    if code := params.get("framework", ""):
        framework = Framework.objects.filter(code=code).order_by("-version").first()
    return Filters(year=year, unit=unit, plan=plan, framework=framework, indicator=int_param(params, "indicator"))


def dashboard_root(*, user, filters):
    """The unit the dashboard is about: the chosen one, else the user's highest unit (None: everything)."""
    if filters.unit:
        return filters.unit
    paths = sorted({path for path, _role in access.grants(user)}, key=lambda p: (len(p), p))
    if user.is_superuser or not paths:
        return None
    return OrgUnit.objects.filter(path=paths[0]).first()


@dataclass
class UnitRow:
    unit: OrgUnit
    counts: dict
    months: list  # on-time rate (0–100, or None) for each of the last 12 months
    carried_over: int = 0  # open task deadlines of earlier years, now overdue (only on the current year's board)

    @property
    def overdue(self):
        return self.counts.get(S.OVERDUE, 0)

    @property
    def overdue_total(self):
        return self.overdue + self.carried_over

    @property
    def spark_points(self):
        """SVG (x, y) points (120 × 24) of the monthly on-time rates; months without deadlines are skipped."""
        return [(i * 11, 24 - rate * 22 // 100 - 1) for i, rate in enumerate(self.months) if rate is not None]

    @property
    def spark(self):
        return " ".join(f"{x},{y}" for x, y in self.spark_points)

    @property
    def spark_end(self):
        """The latest month's point, drawn as a dot: a line through a single month draws nothing."""
        points = self.spark_points
        return points[-1] if points else None

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def on_time_rate(self):
        return on_time_rate(self.counts)


def on_time_rate(counts):
    """Share of the deadlines already decided (done, or past due) that were met on time, in %."""
    decided = counts.get(S.DONE_ON_TIME, 0) + counts.get(S.DONE_LATE, 0) + counts.get(S.OVERDUE, 0)
    return round(100 * counts.get(S.DONE_ON_TIME, 0) / decided) if decided else None


@dataclass
class IndicatorRow:
    indicator: Indicator
    target: IndicatorTarget
    value: Decimal | None
    verified: bool
    judgement: str

    @property
    def label(self):
        return Judgement.LABELS[self.judgement]

    @property
    def colour(self):
        return Judgement.COLOURS[self.judgement]

    @property
    def icon(self):
        return Judgement.ICONS[self.judgement]


@dataclass
class Dashboard:
    filters: Filters
    root: OrgUnit | None
    today: datetime.date
    tasks: dict = field(default_factory=dict)  # state -> count
    reports: dict = field(default_factory=dict)  # state -> count (of report deadlines)
    plans: list = field(default_factory=list)  # [(plan, {state: count})]
    plan_count: int = 0
    upcoming: list = field(default_factory=list)
    upcoming_count: int = 0
    overdue: list = field(default_factory=list)  # the oldest overdue task deadlines, those of earlier years first
    # Task deadlines of earlier years still open: overdue work the current year carries (reminders go on).
    carried_over: int = 0
    # Report deadlines of earlier years still unsent, likewise.
    reports_carried_over: int = 0
    units: list = field(default_factory=list)  # [UnitRow], most overdue first
    months: list = field(default_factory=list)  # the 12 month starts of the sparklines
    indicators: list = field(default_factory=list)  # [(framework or None, [IndicatorRow])]
    judgements: dict = field(default_factory=dict)  # judgement -> count
    trend: dict | None = None
    tthc: dict | None = None
    built_at: datetime.datetime | None = None
    # When the year has no task deadlines: the nearest years before and after it that have some.
    other_years: tuple = ()
    # When no indicator has a target for the year: the nearest years before and after it that have some.
    indicator_other_years: tuple = ()
    # When the branch received and resolved no dossier in the year: the last year it received some in.
    tthc_other_year: int | None = None

    def _year_links(self, years):
        return [(year, self.filters.query(year=year)) for year in years]

    @property
    def other_year_links(self):
        return self._year_links(self.other_years)

    @property
    def indicator_other_year_links(self):
        return self._year_links(self.indicator_other_years)

    @property
    def tthc_other_year_query(self):
        return self.filters.query(year=self.tthc_other_year)

    @property
    def task_total(self):
        return sum(self.tasks.values())

    @property
    def task_rows(self):
        return [(state, str(S(state).label), self.tasks.get(state, 0)) for state in STATES]

    @property
    def overdue_total(self):
        """Everything overdue now: this year's overdue deadlines and those carried over from earlier years."""
        return self.tasks.get(S.OVERDUE, 0) + self.carried_over

    @property
    def task_cards(self):
        return [
            {
                "state": state,
                "label": label,
                "count": n,
                "colour": STATE_STYLE[state][0],
                "icon": STATE_STYLE[state][1],
                "carried_over": self.carried_over if state == S.OVERDUE else 0,
            }
            for state, label, n in self.task_rows
        ]

    @property
    def plan_rows(self):
        return [(plan, [counts.get(state, 0) for state in STATES]) for plan, counts in self.plans]

    @property
    def units_shown(self):
        return self.units[:UNITS_SHOWN]

    @property
    def indicator_count(self):
        return sum(len(rows) for _framework, rows in self.indicators)

    @property
    def indicators_shown(self):
        """The indicators that most need a push, still grouped by framework; the export has them all."""
        rows = [row for _framework, items in self.indicators for row in items]
        kept = {id(row) for row in sorted(rows, key=lambda row: URGENCY.index(row.judgement))[:INDICATORS_SHOWN]}
        groups = [(framework, [row for row in items if id(row) in kept]) for framework, items in self.indicators]
        return [(framework, items) for framework, items in groups if items]

    @property
    def judgement_badges(self):
        return [
            {
                "label": Judgement.LABELS[key],
                "colour": Judgement.COLOURS[key],
                "icon": Judgement.ICONS[key],
                "count": self.judgements[key],
            }
            for key in Judgement.ORDER
            if self.judgements.get(key)
        ]

    @property
    def report_rows(self):
        return [(state, str(REPORT_LABELS[state]), self.reports.get(state, 0)) for state in STATES]

    @property
    def on_time_rate(self):
        return on_time_rate(self.tasks)

    @property
    def tthc_rates(self):
        """(label, rate) of the TTHC cards, in the language of the page being rendered."""
        return [(str(label), getattr(self.tthc["figures"], name)) for name, label in TTHC_RATES]

    @property
    def tthc_chart(self):
        rows = self.tthc["months"]
        return {
            "type": "line",
            "labels": [row[0] for row in rows],
            "percent": True,
            "datasets": [
                {"label": str(label), "data": [as_float(row[n]) for row in rows], "borderColor": colour}
                for n, ((_name, label), colour) in enumerate(zip(TTHC_RATES, TTHC_COLOURS, strict=True), start=1)
            ],
        }

    @property
    def tthc_sheets(self):
        score = self.tthc["score"]
        return [
            (
                str(_("TTHC theo tháng")),
                [str(_("Tháng")), *[str(label) for _n, label in TTHC_RATES]],
                self.tthc["months"],
            ),
            (
                str(_("Chỉ số 766")),
                [str(_("Nhóm tiêu chí")), str(_("Điểm")), str(_("Điểm tối đa"))],
                [list(group) for group in self.tthc["groups"]] + [[str(_("Tổng")), score.total, score.max_points]],
            ),
        ]


def _scoped_occurrences(*, user, root, filters, whole_year=True):
    # The root always lies inside the user's units, so its subtree is the scope: leaving out for_user's
    # second path (through the plan's unit) spares a join and an OR that made PostgreSQL scan every deadline.
    occurrences = Occurrence.objects.all() if root is not None else Occurrence.objects.for_user(user)
    if whole_year:
        occurrences = occurrences.filter(due_date__year=filters.year)
    if root is not None:
        occurrences = occurrences.filter(unit__path__startswith=root.path)
    if filters.plan:
        occurrences = occurrences.filter(plan=filters.plan)
    if filters.framework:
        occurrences = occurrences.filter(
            plan__in=Indicator.objects.filter(component__framework__code=filters.framework.code).values("plan_id")
        )
    return occurrences


@functools.cache
def code_version():
    """What the cached boards and pages were made by: this module (boards are pickled), the templates and the
    translations. An upgrade changes it, so no worker serves a page rendered by the code before it."""
    digest = hashlib.sha256()
    files = [Path(__file__)]
    for folder in [*(Path(t) for template in settings.TEMPLATES for t in template["DIRS"]), *settings.LOCALE_PATHS]:
        files += [path for path in Path(folder).rglob("*") if path.suffix in (".html", ".mo")]
    for path in sorted(files):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached(key, build):
    """What build() returns, kept a few minutes under `key` unless a deadline changed since it was built
    (plans stamps CHANGED_KEY after such a write): one round trip to the cache when it is there.

    An entry that has only grown old is still served while one request builds its successor: a province
    board takes a second to build, and twenty leaders reloading when it expires would otherwise all build
    it at once. After a change no one is served the old entry."""
    seconds = getattr(settings, "PORTAL_DASHBOARD_CACHE_SECONDS", CACHE_SECONDS)
    if not seconds:
        return build()
    key = f"{key}:{code_version()}"
    found = cache.get_many([key, CHANGED_KEY])
    stamp, entry = found.get(CHANGED_KEY), found.get(key)
    if entry is not None and entry[0] == stamp:
        if time.time() < entry[2] or not cache.add(f"{key}:building", 1, BUILD_SECONDS):
            return entry[1]
    # The stamp read before building: a change committed meanwhile makes this entry stale at once.
    value = build()
    cache.set(key, (stamp, value, time.time() + seconds), seconds + STALE_SECONDS)
    cache.delete(f"{key}:building")
    return value


def dashboard_cached(*, user, filters, today):
    """The board of a branch is the same for every leader who may see that branch (the root always lies
    inside the user's units, so their scope adds nothing to it): at province scale it is built once per
    branch, filters and day, and kept a few minutes instead of being aggregated for every page view."""
    root = dashboard_root(user=user, filters=filters)
    if root is None:
        return dashboard_build(user=user, filters=filters, today=today, root=root)
    parts = (
        root.pk,
        today,
        filters.year,
        filters.plan and filters.plan.pk,
        filters.framework and filters.framework.code,
        filters.indicator,
    )
    key = "dashboard:" + ":".join(str(part) for part in parts)
    return cached(key, lambda: dashboard_build(user=user, filters=filters, today=today, root=root))


def dashboard_page_key(*, user, params, today, language):
    """The key of the rendered page body, computed before any query but the user's grants: the filters as
    given, the day, the language, and the user's units (they decide the branch and the filter form's
    choices, so leaders of the same units share one body)."""
    scope = "*" if user.is_superuser else ",".join(sorted({path for path, _role in access.grants(user)}))
    given = [str(int_param(params, name) or "") for name in ("year", "unit", "plan", "indicator")]
    raw = "|".join([scope, *given, params.get("framework", "")[:50], str(today), language])
    return "dashboard-page:" + hashlib.sha256(raw.encode()).hexdigest()


def dashboard_build(*, user, filters, today, root=None):
    """Everything the dashboard, its Excel export, its PDF and the weekly digest show."""
    root = root or dashboard_root(user=user, filters=filters)
    board = Dashboard(filters=filters, root=root, today=today, built_at=timezone.now())
    occurrences = _scoped_occurrences(user=user, root=root, filters=filters)
    _counts(board, occurrences, today)
    if not board.task_total:
        board.other_years = _other_years(user=user, root=root, filters=filters)
    if carries_over(filters, today):
        reports = _overdue(user=user, root=root, filters=filters, today=today, tasks=False)
        board.reports_carried_over = reports.filter(due_date__lt=datetime.date(filters.year, 1, 1)).count()
    _upcoming(board, user=user, root=root, filters=filters, today=today)
    board.overdue = list(
        _overdue(user=user, root=root, filters=filters, today=today)
        .select_related("plan", "unit", "rule", "task")
        .order_by("due_date", "pk")[:UPCOMING_SHOWN]
    )
    _units(board, user=user, root=root, filters=filters, today=today)
    _indicators(board, user=user, root=root, filters=filters, today=today)
    tthc_unit = root or OrgUnit.objects.filter(parent__isnull=True).order_by("path").first()
    board.tthc = _tthc(unit=tthc_unit, filters=filters, today=today)
    if board.tthc is None and tthc_unit is not None:
        latest = tthc_indicators.latest_year(tthc_unit)
        board.tthc_other_year = latest if latest != filters.year else None
    return board


def carries_over(filters, today):
    """The current year's board also counts the open deadlines of earlier years: they are overdue now and
    still reminded of. A past year's board shows that year only."""
    return filters.year == today.year


def _overdue(*, user, root, filters, today, tasks=True):
    """Overdue task (or report) deadlines of the year, and of the years before on the current year's board."""
    scoped = _scoped_occurrences(user=user, root=root, filters=filters, whole_year=False)
    overdue = (
        scoped.filter(task__isnull=not tasks).overdue(today).filter(due_date__lte=datetime.date(filters.year, 12, 31))
    )
    if not carries_over(filters, today):
        overdue = overdue.filter(due_date__gte=datetime.date(filters.year, 1, 1))
    return overdue


def _counts(board, occurrences, today):
    """The four-way counts of tasks and of report duties, overall and per plan, from one row per plan."""
    states = status_conditions(today)
    columns = {f"task_{state}": Count("pk", filter=Q(task__isnull=False) & states[state]) for state in STATES}
    columns |= {f"report_{state}": Count("pk", filter=Q(task__isnull=True) & states[state]) for state in STATES}
    per_plan = {}
    for row in occurrences.values("plan_id").annotate(**columns).order_by():
        for state in STATES:
            board.tasks[state] = board.tasks.get(state, 0) + row[f"task_{state}"]
            board.reports[state] = board.reports.get(state, 0) + row[f"report_{state}"]
        if counts := {state: row[f"task_{state}"] for state in STATES if row[f"task_{state}"]}:
            per_plan[row["plan_id"]] = counts
    board.plan_count = len(per_plan)
    ranked = sorted(per_plan, key=lambda pk: (-per_plan[pk].get(S.OVERDUE, 0), -sum(per_plan[pk].values()), pk))
    shown = ranked[:PLANS_SHOWN]
    plans = Plan.objects.in_bulk(shown)
    board.plans = [(plans[pk], per_plan[pk]) for pk in shown]


def _other_years(*, user, root, filters):
    """A leader opening an empty year (a plan that ended last year, one that starts next year) is offered the
    nearest years that have task deadlines in the same scope, rather than a board of zeros."""
    tasks = _scoped_occurrences(user=user, root=root, filters=filters, whole_year=False).filter(task__isnull=False)
    found = tasks.aggregate(
        before=Max("due_date", filter=Q(due_date__year__lt=filters.year)),
        after=Min("due_date", filter=Q(due_date__year__gt=filters.year)),
    )
    return tuple(day.year for day in (found["before"], found["after"]) if day)


def _upcoming(board, *, user, root, filters, today):
    # Deadlines ahead may fall in the next year: this panel ignores the year filter on purpose.
    window = _scoped_occurrences(user=user, root=root, filters=filters, whole_year=False).open()
    window = window.filter(due_date__gte=today, due_date__lte=today + datetime.timedelta(days=UPCOMING_DAYS))
    board.upcoming = list(
        window.select_related("plan", "unit", "rule", "task", "duty").order_by("due_date", "pk")[:UPCOMING_SHOWN]
    )
    board.upcoming_count = len(board.upcoming) if len(board.upcoming) < UPCOMING_SHOWN else window.order_by().count()


def _ranking_units(root):
    """The rows of the ranking: the root's own deadlines, and each unit directly below it with its subtree."""
    if root is None:
        return OrgUnit.objects.filter(parent__isnull=True)
    return OrgUnit.objects.filter(Q(parent=root) | Q(pk=root.pk))


def _units(board, *, user, root, filters, today):
    units = {u.path: u for u in _ranking_units(root).order_by("path")}
    if not units:
        return
    length = max(len(path) for path in units)
    # The 12 months up to today, or up to December when looking back at a past year.
    last = min(today, datetime.date(filters.year, 12, 31))
    first = _add_months(last.replace(day=1), -11)
    board.months = [_add_months(first, n) for n in range(12)]
    states = status_conditions(today)
    decided = states[S.DONE_ON_TIME] | states[S.DONE_LATE] | states[S.OVERDUE]
    year_start = datetime.date(filters.year, 1, 1)
    in_year = Q(due_date__gte=year_start, due_date__lte=datetime.date(filters.year, 12, 31))
    wanted = in_year | Q(due_date__gte=first, due_date__lte=last)
    # One row per branch with every count as a column: grouping by branch, month and state instead made
    # PostgreSQL sort the 140,000 deadlines of a province on disk.
    columns = {f"year_{state}": Count("pk", filter=in_year & states[state]) for state in STATES}
    if carries_over(filters, today):
        # Deadlines of earlier years still open, counted in the same pass.
        carried = states[S.OVERDUE] & Q(due_date__lt=year_start)
        columns["carried_over"] = Count("pk", filter=carried)
        wanted |= carried
    for n, month in enumerate(board.months):
        in_month = Q(due_date__gte=month, due_date__lte=min(last, _add_months(month, 1) - datetime.timedelta(days=1)))
        columns[f"month{n}_on_time"] = Count("pk", filter=in_month & states[S.DONE_ON_TIME])
        columns[f"month{n}_decided"] = Count("pk", filter=in_month & decided)
    rows = (
        _scoped_occurrences(user=user, root=root, filters=filters, whole_year=False)
        .filter(Q(task__isnull=False), wanted)
        .annotate(branch=Substr("unit__path", 1, length))
        .values("branch")
        .annotate(**columns)
    )
    figures = {row["branch"]: row for row in rows.order_by()}
    board.carried_over = sum(row.get("carried_over", 0) for row in figures.values())
    board.units = sorted(
        (_unit_row(unit, figures.get(path)) for path, unit in units.items()),
        key=lambda r: (-r.overdue_total, r.on_time_rate if r.on_time_rate is not None else 101, r.unit.path),
    )


def _unit_row(unit, row):
    if row is None:
        return UnitRow(unit=unit, counts={}, months=[None] * 12)
    counts = {state: row[f"year_{state}"] for state in STATES if row[f"year_{state}"]}
    months = [
        round(100 * row[f"month{n}_on_time"] / row[f"month{n}_decided"]) if row[f"month{n}_decided"] else None
        for n in range(12)
    ]
    return UnitRow(unit=unit, counts=counts, months=months, carried_over=row.get("carried_over", 0))


def _add_months(day, n):
    month = day.month - 1 + n
    return day.replace(year=day.year + month // 12, month=month % 12 + 1)


def _scoped_indicators(*, user, root, filters):
    indicators = Indicator.objects.filter(plan__in=Plan.objects.for_user(user))
    if root is not None:
        indicators = indicators.filter(plan__unit__path__startswith=root.path)
    if filters.plan:
        indicators = indicators.filter(plan=filters.plan)
    if filters.framework:
        indicators = indicators.filter(component__framework__code=filters.framework.code)
    return indicators


def _target_years_around(indicators, year):
    """A plan's targets end with its last year (the Sở's PCI plan runs 2021–2025): its leader opening the
    current year is offered the nearest years that have targets, as the task panel offers years with tasks."""
    found = IndicatorTarget.objects.filter(indicator__in=indicators).aggregate(
        before=Max("year", filter=Q(year__lt=year)), after=Min("year", filter=Q(year__gt=year))
    )
    return tuple(found[side] for side in ("before", "after") if found[side])


def _indicators(board, *, user, root, filters, today):
    scoped = _scoped_indicators(user=user, root=root, filters=filters)
    indicators = list(
        scoped.filter(targets__year=filters.year)
        .select_related("plan", "component__framework")
        .order_by("component__framework__code", "component__order", "plan_id", "order", "pk")[:INDICATORS_READ]
    )
    if not indicators:
        board.indicator_other_years = _target_years_around(scoped, filters.year)
        return
    targets, latest = {}, {}
    for target in IndicatorTarget.objects.filter(indicator__in=indicators):
        targets[(target.indicator_id, target.year)] = target
    values = (
        IndicatorValue.objects.filter(indicator__in=indicators, report__state__in=SENT_STATES)
        .values_list("indicator_id", "report__year", "value", "evidence")
        .order_by("report__sent_at", "report_id")
    )
    for indicator_id, year, value, evidence in values:
        if value is not None:
            latest[(indicator_id, year)] = (value, bool(evidence.strip()))
    groups = {}
    for indicator in indicators:
        target = targets[(indicator.pk, filters.year)]
        value, verified = latest.get((indicator.pk, filters.year), (None, False))
        judgement = indicator_judge(
            value=value, comparator=indicator.comparator, target=target.value, year=filters.year, today=today
        )
        framework = indicator.component.framework if indicator.component_id else None
        groups.setdefault(framework, []).append(IndicatorRow(indicator, target, value, verified, judgement))
        board.judgements[judgement] = board.judgements.get(judgement, 0) + 1
    board.indicators = list(groups.items())
    chosen = next((i for i in indicators if i.pk == filters.indicator), None) or _worst(board.indicators)
    board.trend = _trend(chosen, targets, latest)


URGENCY = [Judgement.MISSED, Judgement.AT_RISK, Judgement.ON_TRACK, Judgement.MET, Judgement.NO_DATA]


def _worst(groups):
    """The trend chart opens on the indicator that most needs a push."""
    rows = [row for _framework, items in groups for row in items]
    return min(rows, key=lambda row: URGENCY.index(row.judgement)).indicator


def _trend(indicator, targets, latest):
    """Values and targets over the plan's years, for the trend chart and its table."""
    years = list(indicator.plan.years())
    return {
        "indicator": indicator,
        "rows": [
            {
                "year": year,
                "value": latest.get((indicator.pk, year), (None, False))[0],
                "verified": latest.get((indicator.pk, year), (None, False))[1],
                "target": targets[(indicator.pk, year)].value if (indicator.pk, year) in targets else None,
            }
            for year in years
        ],
    }


TTHC_RATES = [
    ("on_time_rate", gettext_lazy("Giải quyết đúng hạn")),
    ("online_rate", gettext_lazy("Nộp trực tuyến")),
    ("online_payment_rate", gettext_lazy("Thanh toán trực tuyến")),
    ("digitised_rate", gettext_lazy("Số hóa hồ sơ")),
]

TTHC_COLOURS = ["#198754", "#0d6efd", "#6f42c1", "#fd7e14"]


def _tthc(*, unit, filters, today):
    """Dossier figures of the branch from the tthc rollups; None when it received or resolved no dossier this
    year. Numbers only: the board is cached for every language, so the labels are put on when it is shown
    (Dashboard.tthc_rates, tthc_chart, tthc_sheets)."""
    if unit is None:
        return None
    figures = tthc_indicators.unit_figures(unit, filters.year)
    # Dossiers only carried over into a year would show nothing but dashes.
    if not (figures.received_new or figures.resolved):
        return None
    months = tthc_indicators.unit_months(unit, filters.year)
    score = tthc_indicators.score_766(unit, filters.year)
    month_rows = [[f"{m.month:02d}/{m.year}", *[getattr(m, name) for name, _l in TTHC_RATES]] for m in months]
    return {
        "figures": figures,
        "months": month_rows,
        "score": score,
        "groups": [(g.name, g.points, g.max_points) for g in score.groups],
    }


def as_float(value):
    return float(value) if value is not None else None
