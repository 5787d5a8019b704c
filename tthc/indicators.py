"""Dossier figures of a unit and its subtree, read from the monthly rollups in a fixed number of queries.

Public API (used by the leaders' dashboards and by reports):

- ``unit_figures(unit, year, month=None, *, procedure=None, field=None) -> Figures``
  the figures of a year, or of one month of it (calendar months), for the unit and every unit below it;
  optionally narrowed to one procedure (a Procedure) or one field (lĩnh vực, its name). Two queries, and one
  more when the period runs to this month or later: what is open then is counted as of today.
- ``period_figures(unit, start, end, *, procedure=None, field=None) -> Figures``
  the same for the calendar months from date `start` to date `end` (a report's data period).
- ``unit_months(unit, year, *, procedure=None, field=None) -> list[Figures]``
  twelve Figures, January to December, each with ``month`` set. Three queries whatever the size (four for
  this year or a later one).
- ``score_766(unit, year) -> Score766``
  the Decision 766 score by group: computed criteria come from ``unit_figures`` and the catalogue,
  the others from hand-entered values (ManualValue766); a criterion without a value scores 0 and is
  listed in ``missing``.

``Figures`` holds counts (int) and, as properties, rates as Decimal percentages rounded to 2 places
(None when the denominator is 0): ``on_time_rate``, ``online_rate``, ``online_payment_rate`` (only dossiers
whose fees were actually paid, as seed 001 asks), ``digitised_rate``, ``e_result_rate``, ``reuse_rate``,
``vneid_rate``; processing time in working days as ``processing_median`` and ``processing_p90``
(nearest-rank percentiles) and ``processing_mean``. ``as_dict()`` gives all of it as a plain dict.
Counts: ``carried_over`` (open at the start of the period), ``received_online``, ``received_in_person``,
``received_post``, ``received_new``, ``resolved_early``, ``resolved_on_time``, ``resolved_late``,
``resolved``, ``open_within`` and ``open_overdue`` (at the end of the period), ``apology`` (apology letters
of dossiers that became overdue in the period).
"""

import math
from dataclasses import asdict, dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, Count, F, IntegerField, Max, Q, Sum, When
from django.utils import timezone

from .dossiers import month_of
from .models import (
    Criterion766,
    Dossier,
    ManualValue766,
    MonthlyDuration,
    MonthlyFigures,
    Procedure,
    Scheme766,
    UnitMonthDuration,
    UnitMonthFigures,
)
from .rollups import FIGURES


def percent(part, whole):
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Figures:
    """Dossier counts of a period; rates and processing times derived from them."""

    year: int
    month: int | None = None
    carried_over: int = 0
    received_online: int = 0
    received_in_person: int = 0
    received_post: int = 0
    resolved_early: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    open_within: int = 0
    open_overdue: int = 0
    apology: int = 0
    fee_paid: int = 0
    paid_online: int = 0
    digitised: int = 0
    e_result: int = 0
    reused: int = 0
    vneid: int = 0
    processing_days: int = 0
    processing_median: int | None = None
    processing_p90: int | None = None

    @property
    def received_new(self):
        return self.received_online + self.received_in_person + self.received_post

    @property
    def received(self):
        return self.carried_over + self.received_new

    @property
    def resolved(self):
        return self.resolved_early + self.resolved_on_time + self.resolved_late

    @property
    def in_progress(self):
        return self.open_within + self.open_overdue

    @property
    def on_time_rate(self):
        return percent(self.resolved_early + self.resolved_on_time, self.resolved)

    @property
    def online_rate(self):
        return percent(self.received_online, self.received_new)

    @property
    def online_payment_rate(self):
        return percent(self.paid_online, self.fee_paid)

    @property
    def digitised_rate(self):
        return percent(self.digitised, self.resolved)

    @property
    def e_result_rate(self):
        return percent(self.e_result, self.resolved)

    @property
    def reuse_rate(self):
        return percent(self.reused, self.resolved)

    @property
    def vneid_rate(self):
        return percent(self.vneid, self.resolved)

    @property
    def processing_mean(self):
        return percent(self.processing_days, self.resolved * 100)

    RATES = (
        "on_time_rate",
        "online_rate",
        "online_payment_rate",
        "digitised_rate",
        "e_result_rate",
        "reuse_rate",
        "vneid_rate",
        "processing_mean",
    )
    TOTALS = ("received_new", "received", "resolved", "in_progress")

    def as_dict(self):
        data = asdict(self)
        data.update({name: getattr(self, name) for name in (*self.TOTALS, *self.RATES)})
        return data


# Without a procedure or field filter, the coarse rollup (unit × month) gives the same sums from far fewer rows.
COARSE = {MonthlyFigures: UnitMonthFigures, MonthlyDuration: UnitMonthDuration}


def _rows(model, unit, procedure=None, field=None):
    if procedure is None and not field:
        model = COARSE[model]
    rows = model.objects.filter(unit__path__startswith=unit.path)
    if procedure is not None:
        rows = rows.filter(procedure=procedure)
    if field:
        rows = rows.filter(procedure__field=field)
    return rows


# The events whose running totals give what is open at a month's end.
CUMULATIVE = {
    "cum_received": F("received_online") + F("received_in_person") + F("received_post"),
    "cum_resolved": F("resolved_early") + F("resolved_on_time") + F("resolved_late"),
    "cum_overdue_started": F("overdue_started"),
    "cum_overdue_closed": F("overdue_closed"),
}
# Annotations may not take the names of the model's fields.
SUMS = {f"sum_{name}": name for name in FIGURES}


def latest_year(unit):
    """The last year in which the unit's subtree received dossiers, or None. Receptions only: an open dossier's
    overdue event may fall in a year that has no data yet."""
    received = Q(received_online__gt=0) | Q(received_in_person__gt=0) | Q(received_post__gt=0)
    last = UnitMonthFigures.objects.filter(received, unit__path__startswith=unit.path).aggregate(m=Max("month"))["m"]
    return last // 100 if last else None


def _not_yet_overdue(unit, last, procedure, field):
    """{month: n} of the open dossiers still within their due date today that the rollups count as overdue
    from the end of `month` on (up to `last`). The rollups hold a month's state at its end; until that end is
    past, an open dossier due later this month is not overdue yet."""
    today = timezone.localdate()
    if last < month_of(today):
        return {}
    rows = Dossier.objects.in_subtree(unit).filter(completed_on__isnull=True, due_on__gte=today)
    if procedure is not None:
        rows = rows.filter(procedure=procedure)
    if field:
        rows = rows.filter(procedure__field=field)
    return dict(
        rows.filter(overdue_month__lte=last)
        .values("overdue_month")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("overdue_month", "n")
    )


def _as_of_today(figures, not_yet):
    """Move the dossiers not overdue yet from open_overdue to open_within."""
    figures.open_overdue -= not_yet
    figures.open_within += not_yet
    return figures


def _running_sums(condition=None):
    if condition is None:
        return {name: Sum(expression) for name, expression in CUMULATIVE.items()}
    return {
        name: Sum(Case(When(condition, then=expression), output_field=IntegerField()))
        for name, expression in CUMULATIVE.items()
    }


def _percentile(histogram, share):
    """Nearest-rank percentile of {days: count}."""
    total = sum(histogram.values())
    if not total:
        return None
    rank, seen = max(math.ceil(share * total), 1), 0
    for days in sorted(histogram):
        seen += histogram[days]
        if seen >= rank:
            return days
    return None


def _fill(figures, sums, histogram, opening, closing):
    for key, name in SUMS.items():
        if name not in ("overdue_started", "overdue_closed"):
            setattr(figures, name, sums.get(key) or 0)
    figures.carried_over = (opening["cum_received"] or 0) - (opening["cum_resolved"] or 0)
    figures.open_overdue = (closing["cum_overdue_started"] or 0) - (closing["cum_overdue_closed"] or 0)
    figures.open_within = (closing["cum_received"] or 0) - (closing["cum_resolved"] or 0) - figures.open_overdue
    figures.processing_median = _percentile(histogram, 0.5)
    figures.processing_p90 = _percentile(histogram, 0.9)
    return figures


def unit_figures(unit, year, month=None, *, procedure=None, field=None):
    first, last = (year * 100 + month,) * 2 if month else (year * 100 + 1, year * 100 + 12)
    return _figures(Figures(year, month), unit, first, last, procedure, field)


def period_figures(unit, start, end, *, procedure=None, field=None):
    """Figures of the calendar months from `start`'s to `end`'s (dates), for a report's data period."""
    return _figures(Figures(end.year), unit, month_of(start), month_of(end), procedure, field)


def _figures(figures, unit, first, last, procedure, field):
    before, within = Q(month__lt=first), Q(month__gte=first, month__lte=last)
    aggregates = {f"open_{k}": v for k, v in _running_sums(before).items()}
    aggregates |= {f"close_{k}": v for k, v in _running_sums(Q(month__lte=last)).items()}
    aggregates |= {
        key: Sum(Case(When(within, then=F(name)), output_field=IntegerField())) for key, name in SUMS.items()
    }
    sums = _rows(MonthlyFigures, unit, procedure, field).aggregate(**aggregates)
    durations = (
        _rows(MonthlyDuration, unit, procedure, field)
        .filter(within)
        .values("days")
        .annotate(n=Sum("count"))
        .values_list("days", "n")
    )
    opening = {k: sums[f"open_{k}"] for k in CUMULATIVE}
    closing = {k: sums[f"close_{k}"] for k in CUMULATIVE}
    not_yet = sum(_not_yet_overdue(unit, last, procedure, field).values())
    return _as_of_today(_fill(figures, sums, dict(durations), opening, closing), not_yet)


def unit_months(unit, year, *, procedure=None, field=None):
    first = year * 100 + 1
    rows = _rows(MonthlyFigures, unit, procedure, field)
    running = rows.filter(month__lt=first).aggregate(**_running_sums())
    by_month = {
        row["month"]: row
        for row in rows.filter(month__gte=first, month__lte=year * 100 + 12)
        .values("month")
        .annotate(**{key: Sum(name) for key, name in SUMS.items()}, **_running_sums())
        .order_by()
    }
    histograms = {}
    durations = _rows(MonthlyDuration, unit, procedure, field).filter(month__gte=first, month__lte=year * 100 + 12)
    for month, days, count in (
        durations.values("month", "days").annotate(n=Sum("count")).values_list("month", "days", "n")
    ):
        histograms.setdefault(month, {})[days] = count
    not_yet = _not_yet_overdue(unit, year * 100 + 12, procedure, field)
    later = sum(n for month, n in not_yet.items() if month < first)
    months = []
    for number in range(1, 13):
        month = year * 100 + number
        sums = by_month.get(month, {})
        opening = {k: running[k] or 0 for k in CUMULATIVE}
        for k in CUMULATIVE:
            running[k] = opening[k] + (sums.get(k) or 0)
        later += not_yet.get(month, 0)
        months.append(
            _as_of_today(_fill(Figures(year, number), sums, histograms.get(month, {}), opening, running), later)
        )
    return months


@dataclass
class CriterionScore:
    code: str
    name: str
    max_points: Decimal
    threshold: Decimal
    value: Decimal | None
    points: Decimal
    manual: bool
    evidence: str = ""  # what a hand-entered value rests on, as its author wrote it


@dataclass
class GroupScore:
    code: str
    name: str
    max_points: Decimal
    criteria: list = field(default_factory=list)

    @property
    def points(self):
        return sum((c.points for c in self.criteria), Decimal(0))


@dataclass
class Score766:
    scheme: Scheme766 | None
    year: int
    groups: list = field(default_factory=list)

    @property
    def total(self):
        return sum((g.points for g in self.groups), Decimal(0))

    @property
    def max_points(self):
        return sum((g.max_points for g in self.groups), Decimal(0))

    @property
    def missing(self):
        return [c for g in self.groups for c in g.criteria if c.value is None]

    @property
    def missing_manual(self):
        """Criteria without a value that someone has to enter."""
        return [c for c in self.missing if c.manual]

    @property
    def missing_computed(self):
        """Criteria without a value because the year has no dossiers they count: entering dossiers fills them."""
        return [c for c in self.missing if not c.manual]


def points_766(value, max_points, threshold):
    """Decision 766: min(max, ratio × max / threshold)."""
    if value is None or not threshold:
        return Decimal(0)
    points = min(Decimal(max_points), Decimal(value) * Decimal(max_points) / Decimal(threshold))
    return points.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def catalogue_rates(unit, year):
    """Rates of the unit's procedures: offered online, online ones that received online dossiers, fee-charging
    ones that were paid online in the year."""
    # One read of the catalogue gives the total and both subsets.
    procedures = (
        Procedure.objects.filter(units__path__startswith=unit.path)
        .distinct()
        .values_list("pk", "online_level", "has_fee")
    )
    total, online_ids, paying_ids = 0, set(), set()
    for pk, online_level, has_fee in procedures:
        total += 1
        if online_level:
            online_ids.add(pk)
        if has_fee:
            paying_ids.add(pk)
    active = MonthlyFigures.objects.filter(
        unit__path__startswith=unit.path, month__gte=year * 100 + 1, month__lte=year * 100 + 12
    )
    used_online = set(active.filter(received_online__gt=0).values_list("procedure_id", flat=True).distinct())
    paid_online = set(active.filter(paid_online__gt=0).values_list("procedure_id", flat=True).distinct())
    return {
        "online_procedure_rate": percent(len(online_ids), total),
        "online_active_rate": percent(len(online_ids & used_online), len(online_ids)),
        "payable_procedure_rate": percent(len(paying_ids & paid_online), len(paying_ids)),
    }


def scheme_for(year):
    return Scheme766.objects.filter(valid_from__year__lte=year).order_by("-valid_from").first()


def score_766(unit, year):
    scheme = scheme_for(year)
    score = Score766(scheme, year)
    if scheme is None:
        return score
    figures = unit_figures(unit, year)
    computed = {name: getattr(figures, name) for name in Figures.RATES} | catalogue_rates(unit, year)
    entered = ManualValue766.objects.filter(unit=unit, year=year, criterion__scheme=scheme)
    manual = {pk: (value, evidence) for pk, value, evidence in entered.values_list("criterion_id", "value", "evidence")}
    groups = {}
    for criterion in Criterion766.objects.filter(scheme=scheme):
        group = groups.get(criterion.group_code)
        if group is None:
            group = groups[criterion.group_code] = GroupScore(
                criterion.group_code, criterion.group_name, criterion.group_points
            )
            score.groups.append(group)
        value, evidence = manual.get(criterion.pk, (None, ""))
        if value is None and criterion.source:
            value = computed.get(criterion.source)
        group.criteria.append(
            CriterionScore(
                criterion.code,
                criterion.name,
                criterion.max_points,
                criterion.threshold,
                value,
                points_766(value, criterion.max_points, criterion.threshold),
                manual=not criterion.source or criterion.pk in manual,
                evidence=evidence,
            )
        )
    return score
