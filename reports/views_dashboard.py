"""The leaders' dashboard pages: the page itself, its Excel export, the quick PDF for the weekly meeting,
a task's history for the drill-down, and the digest opt-out."""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from plans.models import Framework, Occurrence, Plan, Task
from portal import access
from portal.models import OrgUnit
from portal.notifications import unread_count
from portal.tabular import xlsx_workbook_response

from . import dashboard, digest
from .models import TaskProgress
from .pdf_dashboard import render_dashboard_pdf


def _board(request):
    today = timezone.localdate()
    filters = dashboard.dashboard_filters(user=request.user, params=request.GET, today=today)
    return dashboard.dashboard_cached(user=request.user, filters=filters, today=today)


@login_required
def dashboard_view(request):
    today = timezone.localdate()
    key = dashboard.dashboard_page_key(user=request.user, params=request.GET, today=today, language=get_language())
    opted_out = digest.opted_out(request.user)

    def page():
        body = dashboard.cached(key, lambda: _board_body(request, today))
        return render(request, "reports/dashboard.html", {"body": body, "opted_out": opted_out}).content

    personal = _personal_key(request, key, opted_out)
    return HttpResponse(page() if personal is None else dashboard.cached(personal, page))


def _personal_key(request, board_key, opted_out):
    """The key of the whole page of this person: the board's key and everything the page around it shows
    (the bar's name, roles and unread count, the digest switch, the CSRF secret its forms are signed with).
    Leaders reload the board all morning; a page that repeats costs the cache one read instead of the bar's
    rendering. None when the page must be rendered: a message is waiting, or the forms have no secret yet."""
    secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if not secret or len(messages.get_messages(request)):
        return None
    user = request.user
    bar = [(m.role, m.unit_id, m.unit.display_name, m.unit.get_absolute_url()) for m in access.memberships(user)]
    parts = (board_key, user.pk, user.get_full_name(), user.position, user.is_staff, user.is_superuser, bar)
    parts += (unread_count(user), opted_out, secret)
    return "dashboard-person:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _board_body(request, today):
    filters = dashboard.dashboard_filters(user=request.user, params=request.GET, today=today)
    board = dashboard.dashboard_cached(user=request.user, filters=filters, today=today)
    user = request.user
    root = board.root
    units = OrgUnit.objects.for_user(user).order_by("path")
    if root is not None:
        # The unit list offers the branch being looked at, two levels deep, and the way back up.
        units = units.filter(path__startswith=root.path, depth__lte=root.depth + 1) | root.ancestors().for_user(user)
    plans = Plan.objects.for_user(user).in_year(board.filters.year).filter(status=Plan.Status.ISSUED)
    context = {
        "board": board,
        "filters": board.filters,
        "years": range(board.today.year - 3, board.today.year + 2),
        "unit_choices": list(units.order_by("path")[:200]),
        "plan_choices": list(plans.only("pk", "title", "start_year", "end_year").order_by("title")[:200]),
        "framework_choices": list(Framework.objects.order_by("code", "-version")),
        "ancestors": list(root.ancestors().for_user(user)) if root else [],
        "charts": _charts(board),
    }
    # Without the request: the context processors (the nav's queries) belong to the page around it.
    return render_to_string("reports/dashboard.html#board", context)


def _charts(board):
    """What Chart.js draws; the same numbers are in the tables beside each chart and in the Excel export."""
    colours = [dashboard.STATE_STYLE[s][2] for s in dashboard.STATES]
    labels = [str(label) for _s, label, _n in board.task_rows]
    charts = {
        "states": {
            "type": "doughnut",
            "labels": labels,
            "datasets": [{"data": [n for _s, _l, n in board.task_rows], "backgroundColor": colours}],
        },
        "plans": {
            "type": "bar",
            "horizontal": True,
            "stacked": True,
            "labels": [Truncator(plan.title).chars(45) for plan, _counts in board.plans],
            "datasets": [
                {"label": label, "data": [c.get(s, 0) for _p, c in board.plans], "backgroundColor": colour}
                for s, label, colour in zip(dashboard.STATES, labels, colours, strict=True)
            ],
        },
    }
    if board.trend:
        rows = board.trend["rows"]
        charts["trend"] = {
            "type": "line",
            "labels": [r["year"] for r in rows],
            "datasets": [
                {
                    "label": _("Thực hiện"),
                    "data": [dashboard.as_float(r["value"]) for r in rows],
                    "borderColor": "#0d6efd",
                },
                {
                    "label": _("Mục tiêu"),
                    "data": [dashboard.as_float(r["target"]) for r in rows],
                    "borderColor": "#dc3545",
                    "borderDash": [6, 4],
                },
            ],
        }
    if board.tthc:
        charts["tthc"] = board.tthc_chart
    return charts


@login_required
def dashboard_export(request):
    board = _board(request)
    return xlsx_workbook_response(f"bang-dieu-khien-{board.filters.year}.xlsx", dashboard_sheets(board))


def dashboard_sheets(board):
    """The numbers behind every chart, one sheet each, as the tables under the charts show them."""
    state_headers = [label for _s, label, _n in board.task_rows]
    report_rows = [[str(label), n] for _s, label, n in board.report_rows]
    if board.reports_carried_over:
        report_rows.append([_("Quá hạn từ các năm trước, chưa gửi"), board.reports_carried_over])
    sheets = [
        (
            _("Nhiệm vụ theo kế hoạch"),
            [_("Kế hoạch"), *state_headers, _("Tổng")],
            [[_("Tổng cộng"), *[n for _s, _l, n in board.task_rows], board.task_total]]
            + [
                [plan.title, *[counts.get(s, 0) for s in dashboard.STATES], sum(counts.values())]
                for plan, counts in board.plans
            ],
        ),
        (
            _("Báo cáo"),
            [_("Tình trạng"), _("Số kỳ báo cáo")],
            report_rows,
        ),
        (
            _("Xếp hạng đơn vị"),
            [
                _("Đơn vị"),
                _("Quá hạn"),
                _("Quá hạn từ các năm trước"),
                _("Tỷ lệ đúng hạn (%)"),
                *[f"{m:%m/%Y}" for m in board.months],
            ],
            [[row.unit.name, row.overdue, row.carried_over, row.on_time_rate, *row.months] for row in board.units],
        ),
        (
            _("Hạn 14 ngày tới"),
            [_("Hạn"), _("Nội dung"), _("Đơn vị"), _("Kế hoạch")],
            [[o.due_date, o.title, o.unit.name, o.plan.title] for o in board.upcoming],
        ),
        (
            _("Chỉ tiêu"),
            [_("Bộ chỉ số"), _("Chỉ tiêu"), _("Mục tiêu"), _("Thực hiện"), _("Đánh giá"), _("Có căn cứ kiểm chứng")],
            [
                [
                    framework.name if framework else _("Chỉ tiêu riêng"),
                    row.indicator.name,
                    row.target.value,
                    row.value,
                    str(row.label),
                    _("Có") if row.verified else _("Không"),
                ]
                for framework, rows in board.indicators
                for row in rows
            ],
        ),
    ]
    if board.trend:
        # The indicator's name on every line: the sheet is read apart from the chart whose title named it.
        name = board.trend["indicator"].name
        sheets.append(
            (
                _("Xu hướng chỉ tiêu"),
                [_("Chỉ tiêu"), _("Năm"), _("Thực hiện"), _("Mục tiêu")],
                [[name, r["year"], r["value"], r["target"]] for r in board.trend["rows"]],
            )
        )
    if board.tthc:
        sheets.extend(board.tthc_sheets)
    return sheets


@login_required
def dashboard_pdf(request):
    board = _board(request)
    response = HttpResponse(render_dashboard_pdf(board, by=request.user), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bao-cao-nhanh-{board.today:%Y%m%d}.pdf"'
    return response


@login_required
def task_history(request, pk):
    """A task's deadlines, extensions and what each report said of it: where a drill-down ends."""
    tasks = Task.objects.filter(plan__in=Plan.objects.for_user(request.user)).select_related("plan", "section")
    task = tasks.prefetch_related(
        Prefetch(
            "occurrences",
            queryset=Occurrence.objects.select_related("unit", "rule").prefetch_related("extensions__requested_by"),
        ),
        "task_units__unit",
    ).filter(pk=pk)
    task = task.first()
    if task is None:
        raise Http404
    progress = TaskProgress.objects.filter(task=task).select_related("report__unit").order_by("-report__year", "-pk")
    return render(
        request,
        "reports/dashboard_task.html",
        {"task": task, "progress": progress[:50], "back": request.GET.get("back", "")},
    )


@require_POST
@login_required
def digest_toggle(request):
    subscribed = digest.digest_subscribe(user=request.user, subscribe=request.POST.get("subscribe") == "1")
    if subscribed:
        messages.success(request, _("Bạn sẽ nhận thư tổng hợp mỗi sáng thứ Hai."))
    else:
        messages.success(request, _("Bạn sẽ không nhận thư tổng hợp hằng tuần nữa."))
    return redirect("reports:dashboard")
