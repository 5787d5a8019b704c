"""“Xuất báo cáo nhanh”: the dashboard as it stands (same filters) in a one- or two-page Nghị định 30
summary for the weekly meeting (giao ban)."""

from django.utils.translation import gettext as _

from portal.documents import header_context, render_html, render_pdf
from portal.models import OrgUnit, format_number

from . import dashboard


def dashboard_summary_context(board, *, by):
    unit = board.root or OrgUnit.objects.filter(parent__isnull=True).order_by("path").first()
    title = _("Tình hình thực hiện nhiệm vụ, chỉ tiêu năm %(year)s") % {"year": board.filters.year}
    context = header_context(
        unit=unit,
        number_symbol=format_number(None, f"BC-{unit.abbreviation}" if unit.abbreviation else "BC"),
        place=unit.place_name,
        issued_on=board.today,
        doc_type_name=_("BÁO CÁO NHANH"),
        title=title,
    )
    filters = board.filters
    scope = [
        filters.plan.title if filters.plan else "",
        filters.framework.name if filters.framework else "",
    ]
    indicator_rows = [row for _framework, rows in board.indicators for row in rows][:15]
    # Parts 4 and 5 print only when they have figures: numbered in turn, so that none follows a missing one.
    parts = ["tasks", "reports", "units", "indicators" if indicator_rows else "", "tthc" if board.tthc else ""]
    context.update(
        board=board,
        summary_title=title,
        scope=[part for part in scope if part],
        task_rows=board.task_rows,
        report_rows=board.report_rows,
        # Units with overdue tasks only: the ten first of the ranking listed units with none under that heading.
        units=[row for row in board.units if row.overdue_total][:10],
        part_number={part: n for n, part in enumerate(filter(None, parts), start=1)},
        indicator_rows=indicator_rows,
        # The "(*)" footnote only under a table that marks a value with it.
        unverified=any(row.value is not None and not row.verified for row in indicator_rows),
        prepared_by=by.get_full_name(),
        states=dashboard.STATES,
    )
    return context


def render_dashboard_pdf(board, *, by):
    return render_pdf(render_html("documents/dashboard_summary.html", dashboard_summary_context(board, by=by)))
