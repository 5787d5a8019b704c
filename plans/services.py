"""Writes on plans that touch several rows or leave a trace: create, issue, revise, copy, reorder."""

import re
from calendar import monthrange

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import access
from portal.documents import register_number
from portal.services import audit_log

from .deadlines import occurrences_sync
from .models import Plan, Section, Task


def _require(user, plan, capability):
    if not access.can(user, plan.unit, capability):
        raise PermissionDenied


@transaction.atomic
def plan_create(*, form, by):
    plan = form.save(commit=False)
    _require(by, plan, access.DRAFT)
    plan.created_by = by
    plan.save()
    audit_log(action="plans.plan.created", actor=by, obj=plan, unit=plan.unit)
    return plan


@transaction.atomic
def plan_issue(*, plan, by):
    """A leader issues a draft: it becomes read-only, and the revision it replaces is superseded."""
    _require(by, plan, access.APPROVE)
    if plan.status != Plan.Status.DRAFT:
        raise ValueError(_("Chỉ ban hành được kế hoạch đang ở trạng thái dự thảo."))
    plan.status = Plan.Status.ISSUED
    plan.save(update_fields=["status", "updated_at"])
    if plan.previous_id:
        Plan.objects.filter(pk=plan.previous_id).update(status=Plan.Status.SUPERSEDED)
    # Its deadlines show in the lists and the calendar at once, not after the next daily run.
    occurrences_sync(plan=plan)
    audit_log(action="plans.plan.issued", actor=by, obj=plan, unit=plan.unit)
    return plan


@transaction.atomic
def plan_number(*, plan, by):
    """The clerk gives an issued document the next number of its unit's register for the year of its date."""
    _require(by, plan, access.NUMBER)
    if plan.status != Plan.Status.ISSUED or plan.attached_to_id or plan.number is not None:
        raise ValueError(_("Chỉ cấp số cho văn bản đã ban hành, chưa có số."))
    plan.issued_on = plan.issued_on or timezone.localdate()
    entry = register_number(
        unit=plan.unit,
        obj=plan,
        symbol=plan.symbol,
        doc_type=plan.get_doc_type_display(),
        title=plan.title,
        signer=plan.signer_name,
        recipients=plan.addressees or plan.recipients,
        by=by,
        issued_on=plan.issued_on,
    )
    plan.number = entry.number
    plan.save(update_fields=["number", "issued_on", "updated_at"])
    audit_log(action="plans.plan.numbered", actor=by, obj=plan, unit=plan.unit, data={"number": entry.number_symbol})
    return entry


@transaction.atomic
def plan_copy(*, plan, by, unit=None, year_shift=0, as_revision=False):
    """Copy a plan with all its parts: to a new year or unit, or as the next revision of an issued plan."""
    target_unit = unit or plan.unit
    if not access.can(by, target_unit, access.DRAFT):
        raise PermissionDenied
    sections = list(plan.sections.order_by("pk"))
    tasks = list(plan.tasks.prefetch_related("task_units", "schedules").order_by("pk"))
    indicators = list(plan.indicators.prefetch_related("targets", "tasks").order_by("pk"))
    duties = list(plan.duties.prefetch_related("schedules", "sections", "indicators").order_by("pk"))
    bases = list(plan.bases.order_by("pk"))
    old_pk = plan.pk
    shift = _YearShift(year_shift, plan.start_year, max(plan.end_year, plan.vision_year or 0))

    copy = Plan.objects.get(pk=old_pk)
    copy.title = shift.title(copy.title)
    copy.pk = None
    copy.unit = target_unit
    copy.status = Plan.Status.DRAFT
    copy.number = None
    copy.issued_on = None if not as_revision else copy.issued_on
    copy.start_year += year_shift
    copy.end_year += year_shift
    copy.vision_year = copy.vision_year + year_shift if copy.vision_year else None
    copy.created_by = by
    copy.revision = plan.revision + 1 if as_revision else 0
    copy.previous = plan if as_revision else None
    if unit and unit != plan.unit:
        copy.place_name = unit.place_name
    copy.save()

    for basis in bases:
        basis.pk, basis.plan = None, copy
        basis.save()
    section_map = {}
    for section in sections:  # parents were created before their children (pk order)
        old = section.pk
        section.pk, section.plan, section.title = None, copy, shift.title(section.title)
        section.parent_id = section_map.get(section.parent_id)
        section.save()
        section_map[old] = section.pk
    task_map = {}
    for task in tasks:
        units, schedules = list(task.task_units.all()), list(task.schedules.all())
        old = task.pk
        task.pk, task.plan, task.section_id = None, copy, section_map[task.section_id]
        task.save()
        task_map[old] = task
        for tu in units:
            tu.pk, tu.task = None, task
            tu.save()
        for rule in schedules:
            _shift_rule(rule, shift)
            rule.pk, rule.task = None, task
            rule.save()
    indicator_map = {}
    for indicator in indicators:
        targets, linked = list(indicator.targets.all()), [task_map[t.pk] for t in indicator.tasks.all()]
        old = indicator.pk
        indicator.pk, indicator.plan = None, copy
        indicator.save()
        indicator_map[old] = indicator
        indicator.tasks.set(linked)
        for target in targets:
            target.pk, target.indicator, target.year = None, indicator, target.year + year_shift
            target.save()
    for duty in duties:
        schedules = list(duty.schedules.all())
        section_ids = [section_map[s.pk] for s in duty.sections.all()]
        indicator_ids = [indicator_map[i.pk] for i in duty.indicators.all()]
        duty.pk, duty.plan = None, copy
        duty.save()
        duty.sections.set(section_ids)
        duty.indicators.set(indicator_ids)
        for rule in schedules:
            _shift_rule(rule, shift)
            rule.pk, rule.duty = None, duty
            rule.save()
    action = "plans.plan.revised" if as_revision else "plans.plan.copied"
    audit_log(action=action, actor=by, obj=copy, unit=copy.unit, data={"from": old_pk, "year_shift": year_shift})
    return copy


class _YearShift:
    """The plan's own years moved on in the texts of a copy, as in its rules: "năm 2026" in the title and
    "Tháng 6 năm 2026" in a deadline become 2027. Years outside the plan's period (a base year, a decree's) stay,
    and so do dates in titles ("Quyết định số 06/QĐ-TTg ngày 06/01/2022"); in a deadline's wording a date is the
    deadline, moved with the rule's."""

    def __init__(self, years, first, last):
        self.years, self.first, self.last = years, first, last

    def title(self, text):
        return self._shift(r"(?<![\d/])\d{4}(?!\d)", text)

    def wording(self, text):
        return self._shift(r"(?<!\d)\d{4}(?!\d)", text)

    def _shift(self, pattern, text):
        if not self.years:
            return text
        return re.sub(
            pattern, lambda m: str(int(m[0]) + self.years) if self.first <= int(m[0]) <= self.last else m[0], text
        )


def _shift_rule(rule, shift):
    years = shift.years
    if not years:
        return
    rule.wording, rule.label = shift.wording(rule.wording), shift.title(rule.label)
    for field in ("year", "end_year"):
        if getattr(rule, field):
            setattr(rule, field, getattr(rule, field) + years)
    if rule.date:
        year = rule.date.year + years
        # 29 February has no day in a common year: the deadline keeps to the end of February.
        rule.date = rule.date.replace(year=year, day=min(rule.date.day, monthrange(year, rule.date.month)[1]))


def next_order(queryset):
    return (queryset.aggregate(m=Max("order"))["m"] or 0) + 1


@transaction.atomic
def item_move(*, item, siblings, direction):
    """Swap an item with its neighbour (direction -1 up, +1 down) among its siblings."""
    ordered = list(siblings.order_by("order", "pk"))
    for position, sibling in enumerate(ordered):
        if sibling.order != position:
            sibling.order = position
            sibling.save(update_fields=["order"])
    index = next(i for i, s in enumerate(ordered) if s.pk == item.pk)
    other = index + direction
    if 0 <= other < len(ordered):
        a, b = ordered[index], ordered[other]
        a.order, b.order = b.order, a.order
        a.save(update_fields=["order"])
        b.save(update_fields=["order"])
        if hasattr(a, "number") and _same_sequence(a.number, b.number):
            _swap_numbers(a, b)


def _number_shape(number):
    # "2.1" and "3.4", "a)" and "b)", "II" and "IV", "Điều 4" and "Điều 5" are places in one sequence.
    return "".join(_token_shape(token) for token in re.split(r"(\W+)", number.strip()))


def _token_shape(token):
    if token.isdigit():
        return "0"
    if len(token) == 1 and token.isalpha() or re.fullmatch("[IVXLCDM]+", token):
        return "R"
    return token


def _same_sequence(first, second):
    """Whether two siblings' numbers are places in one numbered sequence, so that they follow the places when
    the siblings swap (bullets like "-" or "+" and unnumbered items keep theirs)."""
    return first != second and any(c.isalnum() for c in first) and _number_shape(first) == _number_shape(second)


def _swap_numbers(a, b):
    """Moving "3" above "2" renumbers it "2", as in a word processor, and takes along the numbers of everything
    below it that spell it out ("3.1" under section "3" becomes "2.1")."""
    renames = [*_descendant_renames(a, b.number), *_descendant_renames(b, a.number), (a, b.number), (b, a.number)]
    for item, number in renames:
        item.number = number
        item.save(update_fields=["number"])


def _descendant_renames(item, number):
    if not isinstance(item, Section):
        return []
    prefix = f"{item.number}."
    below = Section.objects.filter(pk__in=item.subtree_ids() - {item.pk})
    tasks = Task.objects.filter(section_id__in=item.subtree_ids())
    return [
        (child, number + child.number[len(item.number) :])
        for child in [*below, *tasks]
        if child.number.startswith(prefix)
    ]
