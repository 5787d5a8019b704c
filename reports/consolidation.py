"""Consolidation ("tổng hợp"): what the units that owe a report sent for one period, side by side,
read in a fixed number of queries whatever the number of units, and turned into a report upward."""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from plans.models import Indicator
from portal import access
from portal.models import Membership
from portal.text import clip

from .models import IndicatorValue, Report, ReportSection, TaskProgress
from .services import as_subject, period_phrase, report_create, tell_unit

NARRATIVE = [
    ReportSection.Role.RESULTS,
    ReportSection.Role.STRENGTHS,
    ReportSection.Role.WEAKNESSES,
    ReportSection.Role.LESSONS,
    ReportSection.Role.NEXT,
    ReportSection.Role.PROPOSALS,
]


@dataclass
class Overview:
    duty: object
    year: int
    number: int | None
    due_date: object
    expected: list
    received: dict  # unit id -> report
    late: set = field(default_factory=set)
    statuses: dict = field(default_factory=dict)  # unit id -> {status: count}
    indicators: list = field(default_factory=list)
    values: dict = field(default_factory=dict)  # (unit id, indicator id) -> IndicatorValue
    totals: dict = field(default_factory=dict)  # indicator id -> aggregate
    narratives: dict = field(default_factory=dict)  # role -> [(unit, text)]

    @property
    def missing(self):
        return [u for u in self.expected if u.pk not in self.received]


def overview(*, duty, year, number=None):
    expected = duty.expected_senders()
    reports = (
        Report.objects.sent_for(duty, year, number)
        .filter(unit__in=expected)
        .select_related("unit")
        .order_by("unit_id", "version")
    )
    received = {r.unit_id: r for r in reports}  # the latest version of each unit wins
    occurrence = duty.occurrence_for(year, number)
    result = Overview(
        duty=duty,
        year=year,
        number=number,
        due_date=occurrence.due_date if occurrence else None,
        expected=expected,
        received=received,
    )
    if result.due_date:
        result.late = {u for u, r in received.items() if r.sent_at and timezone.localdate(r.sent_at) > result.due_date}
    ids = [r.pk for r in received.values()]
    for row in (
        TaskProgress.objects.filter(report_id__in=ids).values("report__unit_id", "status").annotate(n=Count("pk"))
    ):
        result.statuses.setdefault(row["report__unit_id"], {})[row["status"]] = row["n"]
    result.indicators = list(duty.indicators.all() or Indicator.objects.filter(plan=duty.plan_id))
    for value in IndicatorValue.objects.filter(report_id__in=ids).select_related("report__unit"):
        result.values[(value.report.unit_id, value.indicator_id)] = value
    result.totals = {
        i.pk: aggregate(i, [v for (_u, ind), v in result.values.items() if ind == i.pk]) for i in result.indicators
    }
    unit_names = {u.pk: u for u in expected}
    for section in (
        ReportSection.objects.filter(report_id__in=ids, role__in=NARRATIVE)
        .exclude(body="")
        .select_related("report")
        .order_by("report__unit__path", "order")
    ):
        result.narratives.setdefault(section.role, []).append((unit_names[section.report.unit_id], section.body))
    return result


def aggregate(indicator, values):
    numbers = [v.value for v in values if v.value is not None]
    if not numbers or indicator.aggregation == Indicator.Aggregation.NONE:
        return None
    total = sum(numbers, Decimal(0))
    return total if indicator.aggregation == Indicator.Aggregation.SUM else round(total / len(numbers), 2)


def remind_missing(*, result, unit, by):
    """One click: tell the officials and clerks of a unit that has not sent its report."""
    return tell_unit(
        unit=unit,
        roles=[Membership.Role.OFFICIAL, Membership.Role.CLERK],
        title=_("Đề nghị gửi báo cáo: %(t)s") % {"t": clip(result.duty.title, 150)},
        body=_("%(who)s nhắc: đơn vị chưa gửi báo cáo kỳ này.") % {"who": by.get_full_name()},
        url=reverse("reports:report_list"),
    )


# How often a duty recurs, which its title may say and one period's report does not.
RECURRENCE = re.compile(r"\s*\b(?:(?:hằng|hàng|định kỳ)\s+(?:tháng|quý|năm)|định kỳ)\b", re.IGNORECASE)
PERIOD_WORDS = {"tháng", "quý", "năm"}


def consolidated_title(*, duty, year, number):
    """The title as a trích yếu reads: "Tổng hợp báo cáo kết quả triển khai Đề án 06 tháng 10 năm 2026" from the
    duty "Báo cáo kết quả triển khai Đề án 06 hằng tháng". It was "Tổng hợp: Báo cáo … hằng tháng – tháng 10 năm
    2026", a colon, the recurrence and a dash in one line."""
    # The report's own kind is "thematic" for periods other than a month: the duty's kind names the period.
    period = period_phrase(duty.kind, year, number) or _("năm %(y)s") % {"y": year}
    words = as_subject(RECURRENCE.sub("", duty.title).strip(" ."), year, period).split()
    for size in (2, 1):  # "báo cáo 6 tháng" + "06 tháng đầu năm 2026", "báo cáo tháng" + "tháng 10 năm 2026"
        tail, head = words[-size:], period.split()[:size]
        if len(words) > size and _same_words(tail, head) and PERIOD_WORDS & set(tail):
            words = words[:-size]
            break
    # A title ending in a number ("Đề án 06") would run into one opening the period ("06 tháng đầu năm").
    joint = " – " if words[-1].isdigit() and period[:1].isdigit() else " "
    return _("Tổng hợp %(subject)s%(joint)s%(period)s") % {"subject": " ".join(words), "joint": joint, "period": period}


def _same_words(first, second):
    return len(first) == len(second) and all(
        int(a) == int(b) if a.isdigit() and b.isdigit() else a.lower() == b.lower()
        for a, b in zip(first, second, strict=True)
    )


BULLET = re.compile(r"^[-–+•]\s+")


def contribution(name, text):
    """One unit's part of a consolidated section: "- Phòng VH-XH: …" for one paragraph, else the unit on its
    own line and its paragraphs as "+" items under it. Units write their results as "- " items: prefixed as
    they were, they printed "- Văn phòng HĐND và UBND: - Tham mưu…", and the unit's next items named no one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    items = [BULLET.sub("", line) for line in lines]
    if len(items) == 1:
        return f"- {name}: {items[0]}"
    return "\n".join([f"- {name}:", *(f"+ {item}" for item in items)])


@transaction.atomic
def report_consolidate(*, result, unit, by):
    """A draft report of the consolidating unit, built from the reports received, tracing each number."""
    received = list(result.received.values())
    # Addressed as the consolidating unit itself reports under the plan (Công an xã → UBND xã), so that the
    # draft has its "Kính gửi" and "Nơi nhận" from the start; it had neither.
    onward = result.duty.plan.duties.filter(sender=unit, kind=result.duty.kind).exclude(pk=result.duty.pk).first()
    report = report_create(
        unit=unit,
        by=by,
        kind=Report.Kind.MONTHLY if result.duty.kind == "monthly" else Report.Kind.THEMATIC,
        year=result.year,
        number_in_year=result.number,
        title=consolidated_title(duty=result.duty, year=result.year, number=result.number),
        plan=result.duty.plan,
        recipient=onward.recipient if onward else None,
    )
    report.sources.set(received)
    report.data_from, report.data_to = (received[0].data_from, received[0].data_to) if received else (None, None)
    report.save(update_fields=["data_from", "data_to"])
    for section in report.sections.filter(role__in=NARRATIVE):
        section.body = "\n".join(
            contribution(u.display_name, text) for u, text in result.narratives.get(section.role, [])
        )
        section.save(update_fields=["body"])
    for value in report.values.all():
        value.value = result.totals.get(value.indicator_id)
        # Cite only the reports that gave a figure for this indicator.
        cited = [
            f"{v.report.unit.display_name} (báo cáo #{v.report_id})"
            for (_unit, indicator_id), v in sorted(result.values.items(), key=lambda item: item[1].report_id)
            if indicator_id == value.indicator_id and v.value is not None
        ]
        value.evidence = _("Tổng hợp từ: %(s)s") % {"s": ", ".join(cited)} if value.value is not None else ""
        value.save(update_fields=["value", "evidence"])
    return report


def can_consolidate(user, duty):
    return duty.recipient_id is not None and access.can(user, duty.recipient, access.DRAFT)
