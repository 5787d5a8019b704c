"""Deadline pages: what is due this week and month, overdue work, a month calendar, extensions, iCalendar."""

import calendar as month_grid
import datetime
import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from icalendar import Calendar as ICalendar
from icalendar import Event

from portal import access
from portal.dates import FIRST_YEAR, LAST_YEAR
from portal.models import OrgUnit, User
from portal.params import int_param
from portal.text import clip

from . import deadlines
from .forms import ExtensionForm
from .models import ExtensionRequest, Occurrence


def _occurrences(user):
    return Occurrence.objects.for_user(user).select_related("plan", "unit", "rule", "task", "duty")


@login_required
def deadline_list(request):
    return _deadline_page(request)


def _deadline_page(request, extension_form=None):
    """The deadline list; with a bound extension form that failed, its row shows the form open, with what was
    typed and the error beside it."""
    today = timezone.localdate()
    occurrences = _occurrences(request.user)
    units = OrgUnit.objects.for_user(request.user).filter(occurrences__isnull=False).distinct()
    if (unit_id := int_param(request.GET, "unit")) is not None:
        unit = get_object_or_404(units, pk=unit_id)
        occurrences = occurrences.filter(unit__path__startswith=unit.path)
    if request.GET.get("view") == "month":
        return _month(request, occurrences, today, units)
    week_end = today + datetime.timedelta(days=6 - today.weekday())
    month_end = today.replace(day=month_grid.monthrange(today.year, today.month)[1])
    open_ = occurrences.open()
    groups = [
        ("overdue", _("Quá hạn"), occurrences.overdue(today).order_by("due_date")[:100]),
        ("week", _("Đến hạn trong tuần này"), open_.filter(due_date__gte=today, due_date__lte=week_end)),
        ("month", _("Đến hạn trong tháng này"), open_.filter(due_date__gt=week_end, due_date__lte=month_end)),
        (
            "later",
            _("Sắp tới (60 ngày)"),
            open_.filter(due_date__gt=month_end, due_date__lte=today + datetime.timedelta(days=60))[:100],
        ),
        (
            "done",
            _("Mới hoàn thành"),
            occurrences.filter(done_on__gte=today - datetime.timedelta(days=30)).order_by("-done_on")[:50],
        ),
    ]
    pending = ExtensionRequest.objects.filter(
        occurrence__in=occurrences, state=ExtensionRequest.State.PENDING
    ).select_related("occurrence__plan__unit", "requested_by")
    # A leader sees their own request without the buttons: another leader decides it.
    extensions = [
        (e, e.may_be_decided_by(request.user))
        for e in pending
        if e.requested_by_id == request.user.pk or e.may_be_decided_by(request.user)
    ]
    groups = [(key, label, list(items)) for key, label, items in groups]
    for _key, _label, items in groups:
        for occurrence in items:
            occurrence.can_act = access.can(request.user, occurrence.unit, access.DRAFT)
            failed = extension_form is not None and extension_form.occurrence.pk == occurrence.pk
            occurrence.extension_form = extension_form if failed else None
    counts = {key: len(items) for key, _label, items in groups}
    return render(
        request,
        "plans/deadline_list.html",
        {
            "groups": groups,
            "units": units,
            "extensions": extensions,
            "counts": counts,
            "extension_form": ExtensionForm(),
        },
    )


def _month_asked(request, today):
    """The first day of the month in ?month=YYYY-MM; this month, with a message, when it is not a month of
    FIRST_YEAR..LAST_YEAR (9999-12 would have no next month for the calendar to link to)."""
    text = request.GET.get("month", "")
    year, _sep, month = text.partition("-")
    try:
        first = datetime.date(int(year), int(month), 1)
    except (ValueError, OverflowError):
        first = None
    if first and FIRST_YEAR <= first.year <= LAST_YEAR:
        return first
    if text:
        messages.warning(
            request,
            _("Lịch chỉ xem được các tháng từ năm %(first)s đến năm %(last)s; đang hiển thị tháng này.")
            % {"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return today.replace(day=1)


def _month(request, occurrences, today, units):
    first = _month_asked(request, today)
    last = first.replace(day=month_grid.monthrange(first.year, first.month)[1])
    by_day = {}
    for occurrence in occurrences.filter(due_date__gte=first, due_date__lte=last):
        by_day.setdefault(occurrence.due_date, []).append(occurrence)
    weeks = [
        [(day, by_day.get(day, [])) if day.month == first.month else (day, None) for day in week]
        for week in month_grid.Calendar().monthdatescalendar(first.year, first.month)
    ]
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = last + datetime.timedelta(days=1)
    # No link to a month the calendar would refuse.
    previous = previous if previous.year >= FIRST_YEAR else None
    following = following if following.year <= LAST_YEAR else None
    return render(
        request,
        "plans/deadline_month.html",
        {
            "weeks": weeks,
            "first": first,
            "previous": previous,
            "following": following,
            "units": units,
        },
    )


def _occurrence_for(request, pk, capability):
    return access.get_object_for_user(request, _occurrences(request.user), pk, capability)


@require_POST
@login_required
def occurrence_done(request, pk):
    occurrence = _occurrence_for(request, pk, access.DRAFT)
    try:
        deadlines.occurrence_close(occurrence=occurrence, done_on=timezone.localdate(), by=request.user)
    except ValueError as error:
        messages.warning(request, str(error))
    else:
        messages.success(request, _("Đã ghi nhận hoàn thành: %(title)s") % {"title": clip(occurrence.title, 120)})
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect("plans:deadlines")


@require_POST
@login_required
def extension_create(request, pk):
    occurrence = _occurrence_for(request, pk, access.DRAFT)
    form = ExtensionForm(request.POST, occurrence=occurrence)
    if form.is_valid():
        try:
            deadlines.extension_request(occurrence=occurrence, by=request.user, **form.cleaned_data)
        except ValueError as error:
            form.add_error(None, str(error))
    if not form.is_valid():
        # The page again, not a redirect: the reason typed stays, and the error shows at its row.
        messages.error(
            request,
            _("Chưa gửi được đề nghị gia hạn cho việc “%(title)s”: xem lỗi tại dòng của việc này.")
            % {"title": clip(occurrence.title, 120)},
        )
        return _deadline_page(request, extension_form=form)
    messages.success(request, _("Đã gửi đề nghị gia hạn tới lãnh đạo."))
    query = request.GET.urlencode()
    return redirect(reverse("plans:deadlines") + (f"?{query}" if query else ""))


@require_POST
@login_required
def extension_decide(request, pk):
    extension = get_object_or_404(
        ExtensionRequest.objects.filter(occurrence__in=_occurrences(request.user)).select_related(
            "occurrence__plan__unit"
        ),
        pk=pk,
    )
    if not access.can(request.user, extension.occurrence.plan.unit, access.APPROVE):
        raise PermissionDenied
    approve = request.POST.get("decision") == "approve"
    try:
        deadlines.extension_decide(
            extension=extension, approve=approve, comment=request.POST.get("comment", ""), by=request.user
        )
    except ValueError as error:
        messages.error(request, str(error))
        return redirect("plans:deadlines")
    messages.success(request, _("Đã đồng ý gia hạn.") if approve else _("Đã từ chối gia hạn."))
    return redirect("plans:deadlines")


def ical_feed(request, token):
    """A person's deadlines as iCalendar, for phones and Outlook: the private URL is the credential."""
    user = User.objects.filter(calendar_token=token, is_active=True).first() if len(token) >= 32 else None
    if user is None:
        raise Http404
    feed = ICalendar()
    feed.add("prodid", "-//Cong Ke hoach - Bao cao//vi")
    feed.add("version", "2.0")
    feed.add("x-wr-calname", _("Hạn công việc – %(name)s") % {"name": user.get_full_name()})
    today = timezone.localdate()
    for occurrence in _occurrences(user).filter(due_date__gte=today - datetime.timedelta(days=90))[:2000]:
        event = Event()
        event.add("uid", f"occurrence-{occurrence.pk}@cong-ke-hoach")
        event.add("summary", occurrence.title[:200])
        event.add("description", f"{occurrence.plan.title}\n{occurrence.unit.name}")
        event.add("dtstart", occurrence.due_date)
        event.add("dtend", occurrence.due_date + datetime.timedelta(days=1))
        event.add("dtstamp", timezone.now())
        feed.add_component(event)
    return HttpResponse(feed.to_ical(), content_type="text/calendar; charset=utf-8")


@login_required
def calendar_link(request):
    """Show, create, replace or revoke the private address of the person's iCalendar feed."""
    user = request.user
    if request.method == "POST":
        user.calendar_token = secrets.token_urlsafe(32) if request.POST.get("action") == "new" else ""
        user.save(update_fields=["calendar_token"])
        return redirect("plans:calendar_link")
    feed_url = (
        request.build_absolute_uri(reverse("plans:ical_feed", args=[user.calendar_token]))
        if user.calendar_token
        else ""
    )
    return render(request, "plans/calendar_link.html", {"feed_url": feed_url})
