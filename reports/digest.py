"""The weekly digest: Monday morning, each leader who has not opted out gets the key figures of their
dashboard by e-mail. A row per leader and week is written first and claimed before sending, so a job run
twice (or a worker killed mid-way and the job resent) neither loses nor doubles a mail."""

import datetime

from django.db import transaction
from django.utils import timezone

from portal.models import Membership, User
from portal.notifications import send_templated_email

from . import dashboard
from .models import DigestOptOut, WeeklyDigest


def opted_out(user):
    return DigestOptOut.objects.filter(user=user).exists()


def digest_subscribe(*, user, subscribe):
    """Opt in or out; returns whether the person now receives the digest."""
    if subscribe:
        DigestOptOut.objects.filter(user=user).delete()
    else:
        DigestOptOut.objects.get_or_create(user=user)
    return subscribe


def recipients():
    """Active leaders with an address who take e-mail and have not opted out of the digest."""
    return (
        User.objects.filter(
            is_active=True,
            notify_by_email=True,
            memberships__role=Membership.Role.LEADER,
            memberships__unit__is_active=True,
        )
        .exclude(email="")
        .exclude(digest_opt_out__isnull=False)
        .distinct()
    )


def digests_plan(*, today=None):
    """Write this week's pending digests; returns the ids still to send (new ones and earlier failures)."""
    today = today or timezone.localdate()
    week = today - datetime.timedelta(days=today.weekday())
    WeeklyDigest.objects.bulk_create(
        [WeeklyDigest(user=user, week=week) for user in recipients()], ignore_conflicts=True
    )
    pending = WeeklyDigest.objects.filter(week=week, state=WeeklyDigest.State.PENDING)
    return list(pending.values_list("pk", flat=True))


def digest_send(*, digest_id, today=None):
    """Claim one pending digest (a conditional UPDATE: only one worker wins), build and send it."""
    today = today or timezone.localdate()
    with transaction.atomic():
        claimed = WeeklyDigest.objects.filter(pk=digest_id, state=WeeklyDigest.State.PENDING).update(
            state=WeeklyDigest.State.SENT, sent_at=timezone.now()
        )
    if not claimed:
        return False
    record = WeeklyDigest.objects.select_related("user").get(pk=digest_id)
    user = record.user
    if opted_out(user) or not user.notify_by_email:
        return False
    filters = dashboard.Filters(year=today.year)
    board = dashboard.dashboard_build(user=user, filters=filters, today=today)
    try:
        send_templated_email(to=user.email, template="digest", context={"user": user, "board": board})
    except Exception as error:  # noqa: BLE001 — back to pending, with the error, for the next run of the job
        WeeklyDigest.objects.filter(pk=digest_id).update(state=WeeklyDigest.State.PENDING, last_error=str(error))
        return False
    return True
