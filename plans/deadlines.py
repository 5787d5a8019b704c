"""Deadlines and reminders: the database is the source of truth, the queue only carries ids.

occurrences_sync() materialises the deadlines of issued plans in a rolling window
[today - lookback, today + horizon] (a 2026–2035 monthly duty gets rows as they approach, not 120 on
day one; a job that missed up to `lookback` days catches up). reminders_plan() derives the reminders
due today and inserts them under a unique key (occurrence, recipient, kind, channel), so running it
twice, on two workers or from two beats creates nothing twice. reminders_send() claims each reminder
with a conditional UPDATE before sending; an in-app notice is written in the same transaction that
marks it sent, so it happens exactly once even if the worker is killed. reminders_sweep() puts back
what a dead worker left claimed and retries failures with backoff.
"""

import datetime
import time
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.calendar import Calendar
from portal.dates import short_date
from portal.models import Membership
from portal.notifications import notifications_settle, notify_in_app, send_templated_email
from portal.text import clip

from .models import ExtensionRequest, Occurrence, Plan, Reminder, ReminderPolicy, ScheduleRule, TaskUnit
from .schedules import ScheduleError, expand_pairs

Role = Membership.Role


def occurrences_sync(*, today=None, plan=None):
    """Create the occurrences of every issued plan's deadlines (or of `plan`'s) within the window; return how
    many."""
    today = today or timezone.localdate()
    start = today - timedelta(days=settings.PORTAL_DEADLINE_LOOKBACK_DAYS)
    end = today + timedelta(days=settings.PORTAL_DEADLINE_HORIZON_DAYS)
    plans = Plan.objects.filter(status=Plan.Status.ISSUED, start_year__lte=end.year, end_year__gte=start.year)
    if plan is not None:
        plans = plans.filter(pk=plan.pk)
    rules = ScheduleRule.objects.filter(Q(task__plan__in=plans) | Q(duty__plan__in=plans)).select_related(
        "task__plan", "duty__plan"
    )
    lead_units = _first_lead_units(plans)
    calendar = Calendar(start.year, end.year + 1)
    new = []
    for rule in rules:
        owner = rule.task.plan if rule.task_id else rule.duty.plan
        window = (max(start, datetime.date(owner.start_year, 1, 1)), min(end, datetime.date(owner.end_year, 12, 31)))
        try:
            pairs = expand_pairs(rule, *window, calendar)
        except ScheduleError:
            continue  # the editor refuses such rules; old data is skipped rather than stopping everyone's reminders
        unit_id = _responsible_unit_id(rule, owner, lead_units)
        new += [
            Occurrence(
                rule=rule,
                plan=owner,
                task_id=rule.task_id,
                duty_id=rule.duty_id,
                unit_id=unit_id,
                original_due_date=nominal,
                due_date=due,
            )
            for nominal, due in pairs
        ]
    # New rows can only be these plans': counting theirs spares a count of the whole table on issuing one plan.
    scope = Occurrence.objects.filter(plan__in=plans)
    before = scope.count()
    Occurrence.objects.bulk_create(new, ignore_conflicts=True, batch_size=1000)
    created = scope.count() - before
    if created:
        deadlines_changed()
    return created


def _first_lead_units(plans):
    lead = {}
    for task_id, unit_id in (
        TaskUnit.objects.filter(task__plan__in=plans, role=TaskUnit.Role.LEAD)
        .order_by("task_id", "order", "pk")
        .values_list("task_id", "unit_id")
    ):
        lead.setdefault(task_id, unit_id)
    return lead


def _responsible_unit_id(rule, plan, lead_units):
    if rule.task_id:
        return lead_units.get(rule.task_id, plan.unit_id)
    return rule.duty.sender_id or plan.unit_id


def policy_for(unit, policies):
    """The nearest policy up the tree, or the portal's defaults."""
    for unit_id in reversed([*unit.ancestor_ids(), unit.pk]):
        if unit_id in policies:
            return policies[unit_id]
    return ReminderPolicy(
        days_before=settings.PORTAL_REMINDER_DAYS_BEFORE,
        overdue_every=settings.PORTAL_REMINDER_OVERDUE_EVERY,
        escalate_after=settings.PORTAL_REMINDER_ESCALATE_AFTER,
    )


def reminder_stage(occurrence, policy, today):
    """The reminder kind due today, or None. Only the latest stage reached is returned, so a job that
    missed days catches up with one message, not a burst of stale ones."""
    days_left = (occurrence.due_date - today).days
    if days_left >= 0:
        reached = [k for k in policy.offsets() if days_left <= k]
        if not reached:
            return None
        stage = min(reached)
        return "den-han" if stage == 0 else f"truoc-{stage}"
    overdue = -days_left
    every = max(policy.overdue_every, 1)
    return f"qua-han-{1 + ((overdue - 1) // every) * every}"


def responsible_people(occurrences):
    """{occurrence id: [users]}: officials of the responsible unit; for reports also its clerks."""
    unit_ids = {o.unit_id for o in occurrences}
    members = defaultdict(list)
    for membership in Membership.objects.filter(
        unit_id__in=unit_ids, role__in=[Role.OFFICIAL, Role.CLERK], user__is_active=True
    ).select_related("user"):
        members[membership.unit_id].append(membership)
    people = {}
    for occurrence in occurrences:
        roles = {Role.OFFICIAL} if occurrence.task_id else {Role.OFFICIAL, Role.CLERK}
        users = {m.user for m in members[occurrence.unit_id] if m.role in roles}
        people[occurrence.pk] = sorted(users, key=lambda u: u.pk)
    return people


def escalation_people(occurrences):
    """{occurrence id: [users]}: the directing leader, else the leaders of the plan's unit."""
    leaders = defaultdict(list)
    for membership in Membership.objects.filter(
        unit_id__in={o.plan.unit_id for o in occurrences}, role=Role.LEADER, user__is_active=True
    ).select_related("user"):
        leaders[membership.unit_id].append(membership.user)
    result = {}
    for occurrence in occurrences:
        leader = occurrence.task.directing_leader if occurrence.task_id else None
        result[occurrence.pk] = [leader] if leader and leader.is_active else leaders[occurrence.plan.unit_id]
    return result


def reminders_plan(*, today=None):
    """Insert the reminders due today for every open occurrence; return how many were new."""
    today = today or timezone.localdate()
    occurrences = list(
        Occurrence.objects.open()
        .filter(due_date__lte=today + timedelta(days=60))
        .select_related("unit", "plan", "task__directing_leader", "duty")
    )
    policies = {p.unit_id: p for p in ReminderPolicy.objects.all()}
    people = responsible_people(occurrences)
    leaders = escalation_people(occurrences)
    rows = []
    for occurrence in occurrences:
        policy = policy_for(occurrence.unit, policies)
        kind = reminder_stage(occurrence, policy, today)
        if kind:
            rows += _rows(occurrence, kind, people[occurrence.pk])
        if occurrence.days_overdue(today) >= policy.escalate_after:
            rows += _rows(occurrence, "bao-lanh-dao", leaders[occurrence.pk])
    before = Reminder.objects.count()
    Reminder.objects.bulk_create(rows, ignore_conflicts=True, batch_size=1000)
    return Reminder.objects.count() - before


def _rows(occurrence, kind, users):
    rows = []
    for user in users:
        rows.append(Reminder(occurrence=occurrence, recipient=user, kind=kind, channel=Reminder.Channel.IN_APP))
        if user.notify_by_email and user.email:
            rows.append(Reminder(occurrence=occurrence, recipient=user, kind=kind, channel=Reminder.Channel.EMAIL))
    return rows


def _claim(reminder_id):
    """Take one pending reminder for this worker; False if another worker has it or it is done."""
    return bool(
        Reminder.objects.filter(pk=reminder_id, state=Reminder.State.PENDING).update(
            state=Reminder.State.SENDING, attempts=F("attempts") + 1
        )
    )


def reminders_send(ids, *, today=None):
    """Send these reminders: in-app ones exactly once, e-mails grouped per person when they ask for a digest.
    Their wording counts the days from `today`, the day they go out (a retry or a catch-up may be days late)."""
    today = today or timezone.localdate()
    digests = defaultdict(list)
    for reminder in Reminder.objects.filter(pk__in=ids, state=Reminder.State.PENDING).select_related(
        "recipient", "occurrence__plan", "occurrence__task", "occurrence__duty", "occurrence__rule"
    ):
        if reminder.channel == Reminder.Channel.IN_APP:
            _send_in_app(reminder, today)
        elif reminder.recipient.email_digest:
            digests[reminder.recipient].append(reminder)
        elif _claim_atomic(reminder.pk):
            _deliver_email(reminder.recipient, [reminder], today)
    for user, reminders in digests.items():
        claimed = [r for r in reminders if _claim_atomic(r.pk)]
        if claimed:
            _deliver_email(user, claimed, today)


def _claim_atomic(reminder_id):
    with transaction.atomic():
        return _claim(reminder_id)


@transaction.atomic
def _send_in_app(reminder, today):
    # Claim, write the notice and mark it sent in one transaction: a worker killed half-way rolls all of it back.
    if not _claim(reminder.pk):
        return
    occurrence = reminder.occurrence
    body = _("Kế hoạch: %(plan)s") % {"plan": occurrence.plan.title}
    notify_in_app(
        user=reminder.recipient, title=reminder_title(reminder, today=today), body=body, url=reverse("plans:deadlines")
    )
    Reminder.objects.filter(pk=reminder.pk).update(state=Reminder.State.SENT, sent_at=timezone.now())


def _deliver_email(user, reminders, today):
    try:
        send_templated_email(
            to=user.email,
            template="reminder",
            context={"user": user, "items": [(reminder_title(r, today=today), r.occurrence) for r in reminders]},
        )
    except Exception as error:  # noqa: BLE001 — any transport error is retried, then shown to the admin
        _failed(reminders, error)
    else:
        Reminder.objects.filter(pk__in=[r.pk for r in reminders]).update(
            state=Reminder.State.SENT, sent_at=timezone.now()
        )


def _failed(reminders, error):
    for reminder in reminders:
        attempts = reminder.attempts + 1
        final = attempts >= settings.PORTAL_REMINDER_MAX_ATTEMPTS
        Reminder.objects.filter(pk=reminder.pk).update(
            state=Reminder.State.FAILED if final else Reminder.State.PENDING,
            next_attempt_at=timezone.now() + timedelta(minutes=2**attempts),
            last_error=str(error)[:2000],
        )


def reminders_sweep(*, now=None):
    """Ids of reminders to send again: pending ones whose time has come, and ones a dead worker left claimed."""
    now = now or timezone.now()
    stuck = now - timedelta(minutes=settings.PORTAL_REMINDER_STUCK_MINUTES)
    Reminder.objects.filter(state=Reminder.State.SENDING, next_attempt_at__lt=stuck).update(
        state=Reminder.State.PENDING
    )
    return list(
        Reminder.objects.filter(state=Reminder.State.PENDING, next_attempt_at__lte=now).values_list("pk", flat=True)
    )


def reminder_title(reminder, *, today=None):
    """The line a person reads. Days left are counted from `today` to the deadline as it stands, not taken from
    the stage that planned the reminder: a reminder of the 7-day stage sent four days before says four."""
    occurrence = reminder.occurrence
    due, title = short_date(occurrence.due_date), clip(occurrence.title, 150)
    if reminder.kind == "den-han" or reminder.kind.startswith("truoc-"):
        days_left = (occurrence.due_date - (today or timezone.localdate())).days
        if days_left > 0:
            return _("Còn %(days)s ngày đến hạn (%(due)s): %(title)s") % {
                "days": days_left,
                "due": due,
                "title": title,
            }
        if days_left == 0:
            return _("Hôm nay đến hạn: %(title)s") % {"title": title}
        return _("Đã quá hạn %(days)s ngày (hạn %(due)s): %(title)s") % {
            "days": -days_left,
            "due": due,
            "title": title,
        }
    if reminder.kind == "bao-lanh-dao":
        return _("Báo cáo lãnh đạo – việc quá hạn từ %(due)s: %(title)s") % {
            "due": due,
            "title": title,
        }
    return _("Quá hạn từ %(due)s: %(title)s") % {"due": due, "title": title}


# Pages that aggregate deadlines (the leaders' dashboards) keep what they built under this key's value.
CHANGED_KEY = "plans:deadlines-changed"


def deadlines_changed():
    """Retire every cached board built on the deadlines, once the change is committed (a board rebuilt
    before the commit would otherwise be kept under the new value)."""
    transaction.on_commit(lambda: cache.set(CHANGED_KEY, time.time_ns(), None))


# Closing and extending: the reports issue closes occurrences through occurrence_close().


@transaction.atomic
def occurrence_close(*, occurrence, done_on, by):
    """Record the deadline as done; a deadline already done keeps its first date (a second click would make
    work done on time late), so this raises ValueError, also when another request closed it meanwhile."""
    if not Occurrence.objects.filter(pk=occurrence.pk, done_on__isnull=True).update(done_on=done_on, closed_by=by):
        occurrence.refresh_from_db(fields=["done_on", "closed_by"])
        raise ValueError(
            _("Việc này đã được ghi nhận hoàn thành ngày %(date)s.") % {"date": short_date(occurrence.done_on)}
        )
    occurrence.done_on, occurrence.closed_by = done_on, by
    deadlines_changed()
    return occurrence


@transaction.atomic
def extension_request(*, occurrence, requested_date, reason, by):
    """Ask the leaders to move a deadline; ValueError while an earlier request still waits for them."""
    # Lock the deadline: two requests sent at once must not both find none pending.
    Occurrence.objects.select_for_update().filter(pk=occurrence.pk).first()
    pending = occurrence.extensions.filter(state=ExtensionRequest.State.PENDING).first()
    if pending:
        raise ValueError(
            _("Hạn này đã có đề nghị gia hạn đang chờ lãnh đạo quyết định (đến ngày %(date)s).")
            % {"date": short_date(pending.requested_date)}
        )
    request = ExtensionRequest.objects.create(
        occurrence=occurrence, requested_date=requested_date, reason=reason, requested_by=by
    )
    for leader in extension_deciders(occurrence, requester=by):
        notify_in_app(
            user=leader,
            title=_("Đề nghị gia hạn: %(title)s") % {"title": clip(occurrence.title, 150)},
            body=reason,
            url=request.get_absolute_url(),
        )
    return request


def extension_deciders(occurrence, *, requester):
    """Whom to ask: the directing leader, else the leaders of the plan's unit, but never the one asking. A leader
    asking for themself is answered by another leader of the unit, else by the nearest leaders above it."""
    people = [user for user in escalation_people([occurrence])[occurrence.pk] if user.pk != requester.pk]
    if people:
        return people
    unit = occurrence.plan.unit
    holders = list(
        Membership.objects.filter(
            unit_id__in=[*unit.ancestor_ids(), unit.pk], unit__is_active=True, role=Role.LEADER, user__is_active=True
        )
        .exclude(user=requester)
        .select_related("user", "unit")
    )
    nearest = max((m.unit.depth for m in holders), default=None)
    return list({m.user_id: m.user for m in holders if m.unit.depth == nearest}.values())


@transaction.atomic
def extension_decide(*, extension, approve, comment, by):
    """A leader over the plan's unit approves or refuses; ValueError for the requester's own request or one
    already decided."""
    if by.pk == extension.requested_by_id:
        raise ValueError(
            _(
                "Bạn không thể tự quyết định đề nghị gia hạn của chính mình; "
                "đề nghị chờ lãnh đạo khác của đơn vị hoặc lãnh đạo cấp trên quyết định."
            )
        )
    if not extension.may_be_decided_by(by):
        raise PermissionDenied
    if ExtensionRequest.objects.select_for_update().get(pk=extension.pk).state != ExtensionRequest.State.PENDING:
        raise ValueError(_("Đề nghị này đã được quyết định."))
    extension.state = ExtensionRequest.State.APPROVED if approve else ExtensionRequest.State.REFUSED
    extension.decided_by, extension.decided_at, extension.comment = by, timezone.now(), comment
    extension.save(update_fields=["state", "decided_by", "decided_at", "comment"])
    if approve:
        occurrence = extension.occurrence
        occurrence.due_date = extension.requested_date
        occurrence.save(update_fields=["due_date"])
        deadlines_changed()
    # The request no longer waits on the leaders who were asked: their notices of it, and only those, carry its
    # address.
    notifications_settle(url=extension.get_absolute_url())
    verdict = _("đồng ý") if approve else _("không đồng ý")
    notify_in_app(
        user=extension.requested_by,
        title=_("Lãnh đạo %(verdict)s gia hạn: %(title)s")
        % {"verdict": verdict, "title": clip(extension.occurrence.title, 150)},
        body=comment,
        url=reverse("plans:deadlines"),
    )
    return extension
