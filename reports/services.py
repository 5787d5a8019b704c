"""Writes on reports: create with everything pre-filled, save under optimistic locking, the workflow,
corrections as new versions, and consolidation of what subordinate units sent."""

import re

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plans.deadlines import occurrence_close
from plans.models import IndicatorTarget, Occurrence, Plan, Task, TaskUnit
from portal import access
from portal.documents import register_number
from portal.models import Membership
from portal.notifications import notifications_settle, notify_in_app
from portal.services import audit_log
from portal.text import clip

from .models import Attachment, IndicatorValue, Report, ReportSection, ReportTable, TaskProgress, Transition

STANDARD_SECTIONS = [
    ("I", "KẾT QUẢ THỰC HIỆN", ReportSection.Role.RESULTS, None),
    ("II", "ĐÁNH GIÁ CHUNG", ReportSection.Role.ASSESSMENT, None),
    ("1", "Ưu điểm", ReportSection.Role.STRENGTHS, "II"),
    ("2", "Tồn tại, hạn chế và nguyên nhân", ReportSection.Role.WEAKNESSES, "II"),
    ("3", "Bài học kinh nghiệm", ReportSection.Role.LESSONS, "II"),
    ("III", "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", ReportSection.Role.NEXT, None),
    ("IV", "KIẾN NGHỊ, ĐỀ XUẤT", ReportSection.Role.PROPOSALS, None),
]


# Names of documents that keep their capital inside a title ("Kết quả thực hiện Kế hoạch số…").
DOCUMENT_NAMES = ("Kế hoạch", "Đề án", "Chương trình", "Dự án", "Quyết định", "Nghị quyết", "Chỉ thị", "Kết luận")


class Conflict(Exception):
    """Someone saved the report (or the table) after this person opened it; `current` is what they saved."""

    def __init__(self, current):
        super().__init__(_("Báo cáo vừa được người khác lưu."))
        self.current = current


def _require(user, unit, capability):
    if not access.can(user, unit, capability):
        raise PermissionDenied


def add_standard_sections(report):
    parents = {}
    for order, (number, title, role, parent) in enumerate(STANDARD_SECTIONS):
        section = ReportSection.objects.create(
            report=report, order=order, number=number, title=title, role=role, parent=parents.get(parent)
        )
        parents[number if parent is None else f"{parent}.{number}"] = section


@transaction.atomic
def report_create(*, unit, by, kind, year, number_in_year=None, duty=None, occurrence=None, title="", **fields):
    """A draft with the plan's tasks, indicators and the standard sections already in place."""
    _require(by, unit, access.DRAFT)
    plan = duty.plan if duty else fields.pop("plan", None)
    data_from = data_to = None
    if duty and kind in Report.PERIODIC:
        data_from, data_to = duty.data_period(year, number_in_year if kind != Report.Kind.ANNUAL else None)
    recipient = duty.recipient if duty else fields.pop("recipient", None)
    fields = {**_closing_defaults(unit, duty, recipient), **fields}
    report = Report.objects.create(
        unit=unit,
        kind=kind,
        year=year,
        number_in_year=number_in_year,
        duty=duty,
        plan=plan,
        occurrence=occurrence,
        data_from=data_from,
        data_to=data_to,
        recipient=recipient,
        title=title or _default_title(kind, plan, year, number_in_year),
        place_name=unit.place_name,
        created_by=by,
        **fields,
    )
    add_standard_sections(report)
    if plan:
        _prefill_progress(report, plan, unit)
        indicators = duty.indicators.all() if duty and duty.indicators.exists() else plan.indicators.all()
        IndicatorValue.objects.bulk_create(IndicatorValue(report=report, indicator=i) for i in indicators)
    audit_log(action="reports.report.created", actor=by, obj=report, unit=unit)
    return report


SIGNER_FIELDS = ("signer_authority", "signer_collective", "signer_head", "signer_position", "signer_name")


def _closing_defaults(unit, duty, recipient):
    """The closing block of a new report as the unit last signed one (a report of the same duty first), so
    that its PDF has a signer and a "Nơi nhận" from the start; without one, the signer of the unit's latest
    issued plan, with the recipient and the archive as "Nơi nhận"."""
    signed = Report.objects.filter(unit=unit).exclude(signer_name="", signer_position="").order_by("-created_at")
    earlier = (duty and signed.filter(duty=duty).first()) or signed.first()
    if earlier:
        return {name: getattr(earlier, name) for name in (*SIGNER_FIELDS, "recipients")}
    plan = (
        Plan.objects.filter(unit=unit, status__in=[Plan.Status.ISSUED, Plan.Status.SUPERSEDED])
        .exclude(signer_name="", signer_position="")
        .order_by("-issued_on", "-pk")
        .first()
    )
    defaults = {name: getattr(plan, name) for name in SIGNER_FIELDS} if plan else {}
    archive = _("Lưu: VT.")
    defaults["recipients"] = f"{recipient.name};\n{archive}" if recipient else archive
    return defaults


def period_phrase(kind, year, number):
    """The period as titles name it ("tháng 11 năm 2026", "quý 2 năm 2026"); the year alone when a monthly,
    quarterly or half-year period is not given, "" for kinds that have no period."""
    if kind not in Report.PERIODIC:
        return ""
    if number is None and kind not in (Report.Kind.NINE_MONTHS, Report.Kind.ANNUAL):
        return _("năm %(y)s") % {"y": year}
    phrase = {
        Report.Kind.MONTHLY: _("tháng %(n)s năm %(y)s"),
        Report.Kind.QUARTERLY: _("quý %(n)s năm %(y)s"),
        Report.Kind.HALF_YEAR: _("06 tháng đầu năm %(y)s") if number == 1 else _("06 tháng cuối năm %(y)s"),
        Report.Kind.NINE_MONTHS: _("9 tháng năm %(y)s"),
        Report.Kind.ANNUAL: _("năm %(y)s"),
    }[kind]
    return phrase % {"n": number, "y": year}


def as_subject(title, year, period):
    """A plan's or duty's title as it reads after "Kết quả thực hiện" or "Tổng hợp": without a closing year the
    period names again, and in lower case unless it names a document ("Kế hoạch…", "Đề án…") or opens with an
    abbreviation."""
    title = title.strip()
    if period:
        title = re.sub(rf",?\s+năm {year}$", "", title, flags=re.IGNORECASE)
    first = title.split(maxsplit=1)[0] if title else ""
    if title.startswith(DOCUMENT_NAMES) or first.isupper():
        return title
    return title[:1].lower() + title[1:]


def _default_title(kind, plan, year, number):
    period = period_phrase(kind, year, number)
    subject = as_subject(plan.title, year, period) if plan else ""
    text = _("Kết quả thực hiện %(subject)s") % {"subject": subject} if subject else _("Báo cáo")
    return f"{text} {period}" if period else text


def _within(section_id, covered, parents):
    while section_id is not None:
        if section_id in covered:
            return True
        section_id = parents.get(section_id)
    return False


def _prefill_progress(report, plan, unit):
    """One row per task the unit (or its sub-units) leads, or every task when the plan is the unit's own;
    the status comes from the task's deadlines up to the end of the period."""
    tasks = Task.objects.filter(plan=plan)
    if report.duty_id and report.duty.sections.exists():
        # The duty covers some sections only (e.g. one PCI component): those and the sections below them.
        covered = set(report.duty.sections.values_list("pk", flat=True))
        children = dict(plan.sections.values_list("pk", "parent_id"))
        tasks = tasks.filter(section__in=[s for s in children if _within(s, covered, children)])
    if plan.unit_id != unit.pk:
        led = TaskUnit.objects.filter(role=TaskUnit.Role.LEAD, unit__path__startswith=unit.path)
        tasks = tasks.filter(pk__in=led.values("task_id"))
    end = report.data_to or timezone.localdate()
    occurrences = {}
    for occurrence in Occurrence.objects.filter(task__in=tasks, original_due_date__lte=end).order_by("due_date"):
        occurrences[occurrence.task_id] = occurrence  # the latest deadline up to the period's end wins
    rows = []
    for task in tasks:
        occurrence = occurrences.get(task.pk)
        status = occurrence.status(end) if occurrence else TaskProgress.Status.OPEN
        rows.append(
            TaskProgress(
                report=report, task=task, status=status, percent=100 if status in ("done_on_time", "done_late") else 0
            )
        )
    TaskProgress.objects.bulk_create(rows)


def claim_version(model, pk, lock_version, **changes):
    """Write `changes` and the next version of row `pk` only if it is still at `lock_version`, else raise
    Conflict with what was saved meanwhile: the optimistic lock of the report editor and the table editor."""
    if not model.objects.filter(pk=pk, lock_version=lock_version).update(lock_version=lock_version + 1, **changes):
        raise Conflict(model.objects.get(pk=pk))


@transaction.atomic
def report_save(*, report, lock_version, by, forms):
    """Save the header and every part, or raise Conflict when someone saved since `lock_version`;
    forms that change nothing save nothing and keep the version."""
    _require(by, report.unit, access.DRAFT)
    if not report.is_editable:
        raise PermissionDenied
    if not any(form.has_changed() for form in forms):
        # The forms hold exactly what is saved: nothing to write, and a new version would make the next
        # save of someone who opened the report meanwhile a false conflict.
        return report
    claim_version(Report, report.pk, lock_version, updated_at=timezone.now())
    # The header form saves this same instance with all its fields: carry the new version with it.
    report.lock_version = lock_version + 1
    for form in forms:
        form.save()
    return report


@transaction.atomic
def table_save(*, table, lock_version, by, rows, title):
    """Save a table's rows and title, or raise Conflict when someone saved it since `lock_version`."""
    _require(by, table.report.unit, access.DRAFT)
    if not table.report.is_editable:
        raise PermissionDenied
    if (rows, title) == (table.rows, table.title):
        return table  # as report_save: a save that changes nothing makes no version for others to conflict with
    claim_version(ReportTable, table.pk, lock_version, rows=rows, title=title)
    table.rows, table.title, table.lock_version = rows, title, lock_version + 1
    return table


def _move(report, to_state, by, comment=""):
    Transition.objects.create(report=report, from_state=report.state, to_state=to_state, by=by, comment=comment)
    report.state = to_state
    fields = ["state", "updated_at"]
    if to_state == Report.State.SENT:
        report.sent_at = timezone.now()
        fields.append("sent_at")
    report.save(update_fields=fields)
    audit_log(action=f"reports.report.{to_state}", actor=by, obj=report, unit=report.unit, data={"comment": comment})


def tell_people(*, people, title, body, url):
    """Notify each of `people`; returns how many were told."""
    for user in people:
        notify_in_app(user=user, title=title, body=body, url=url)
    return len(people)


def tell_unit(*, unit, roles, title, body, url):
    """Notify everyone holding one of `roles` in `unit`; returns how many were told."""
    people = [m.user for m in Membership.objects.filter(unit=unit, role__in=roles).select_related("user")]
    return tell_people(people=people, title=title, body=body, url=url)


def _tell(unit, roles, title, report, body=None):
    tell_unit(unit=unit, roles=roles, title=title, body=body or report.title, url=report.get_absolute_url())


def _settle(report, roles):
    """The step the unit's `roles` were told to take on the report is taken: their notices of it are read."""
    users = Membership.objects.filter(unit=report.unit, role__in=roles).values("user")
    notifications_settle(users=users, url=report.get_absolute_url())


@transaction.atomic
def report_submit(*, report, by):
    _require(by, report.unit, access.DRAFT)
    if not report.is_editable:
        raise ValueError(_("Chỉ trình được báo cáo đang soạn hoặc bị trả lại."))
    _move(report, Report.State.SUBMITTED, by)
    _settle(report, [Membership.Role.OFFICIAL])  # a returned report, sent up again
    # The approvers may sit in a unit above the reporting one (a commune's chairman for its office).
    tell_people(
        people=access.nearest_people_with(report.unit, access.APPROVE),
        title=_("Báo cáo chờ duyệt: %(t)s") % {"t": clip(report.title, 120)},
        # Units report under one title each period: the unit and the person tell the leader's five apart.
        body=_("%(unit)s · %(who)s trình") % {"unit": report.unit.display_name, "who": by.get_full_name()},
        url=report.get_absolute_url(),
    )


@transaction.atomic
def report_approve(*, report, by, approve=True, comment=""):
    _require(by, report.unit, access.APPROVE)
    if report.state != Report.State.SUBMITTED:
        raise ValueError(_("Báo cáo không ở trạng thái chờ duyệt."))
    if not approve and not comment.strip():
        raise ValueError(_("Khi yêu cầu sửa báo cáo, hãy ghi rõ ý kiến để người soạn biết cần sửa gì."))
    # Every approver was asked; once one decides, the others' "chờ duyệt" no longer waits on them.
    notifications_settle(users=access.nearest_people_with(report.unit, access.APPROVE), url=report.get_absolute_url())
    if approve:
        _move(report, Report.State.APPROVED, by, comment)
        _tell(
            report.unit,
            [Membership.Role.CLERK],
            _("Báo cáo đã duyệt, cần gửi: %(t)s") % {"t": clip(report.title, 120)},
            report,
            _("%(who)s đã duyệt") % {"who": by.get_full_name()},
        )
    else:
        _move(report, Report.State.DRAFT, by, comment)
        _tell(
            report.unit,
            [Membership.Role.OFFICIAL],
            _("Lãnh đạo yêu cầu sửa báo cáo: %(t)s") % {"t": clip(report.title, 120)},
            report,
            # What to fix, where the official reads it first.
            _("Ý kiến của %(who)s: %(comment)s") % {"who": by.get_full_name(), "comment": clip(comment.strip(), 300)},
        )


@transaction.atomic
def report_send(*, report, by):
    """The clerk sends an approved report: it is frozen and its reporting deadline closes, on time or late, once
    every unit that owes it has sent. Return the deadline closed, or None."""
    _require(by, report.unit, access.SEND)
    if report.state != Report.State.APPROVED:
        raise ValueError(_("Chỉ gửi được báo cáo đã được lãnh đạo duyệt."))
    if not report.issued_on:
        report.issued_on = timezone.localdate()
        report.save(update_fields=["issued_on"])
    _move(report, Report.State.SENT, by)
    _settle(report, [Membership.Role.CLERK])
    closed = _close_deadline(report, by)
    if report.recipient_id:
        _tell(
            report.recipient,
            [Membership.Role.OFFICIAL, Membership.Role.LEADER],
            _("Nhận báo cáo từ %(u)s: %(t)s") % {"u": report.unit.display_name, "t": clip(report.title, 100)},
            report,
        )
    return closed


def _close_deadline(report, by):
    """Close the period's deadline the report answers, once every unit that owes it has sent: a duty of a whole
    subtree has one deadline for all the units below the sender, and their reports name none. Return the
    occurrence closed, or None."""
    occurrence = report.occurrence
    if occurrence is None and report.duty_id:
        occurrence = report.duty.occurrence_for(report.year, report.number_in_year)
    if occurrence is None or occurrence.done_on:
        return None
    if report.duty_id and report.duty.sender_whole_subtree:
        sent = Report.objects.sent_for(report.duty, report.year, report.number_in_year)
        if {u.pk for u in report.duty.expected_senders()} - set(sent.values_list("unit_id", flat=True)):
            return None
    try:
        return occurrence_close(occurrence=occurrence, done_on=timezone.localdate(), by=by)
    except ValueError:
        return None  # closed meanwhile by someone else: the report is sent all the same


def report_symbol(report):
    """The report's ký hiệu, or "BC-" and the unit's own when none was written."""
    return report.symbol or f"BC-{report.unit.abbreviation}".rstrip("-")


@transaction.atomic
def report_number(*, report, by):
    """The clerk numbers an approved report from the unit's register before sending it ("Số: 340/BC-UBND")."""
    _require(by, report.unit, access.NUMBER)
    if report.state != Report.State.APPROVED or report.number is not None:
        raise ValueError(_("Chỉ cấp số cho báo cáo đã được duyệt, chưa có số."))
    report.issued_on = report.issued_on or timezone.localdate()
    report.symbol = report_symbol(report)
    entry = register_number(
        unit=report.unit,
        obj=report,
        symbol=report.symbol,
        doc_type=_("Báo cáo"),
        title=report.title,
        signer=report.signer_name,
        recipients=report.addressed_to,
        by=by,
        issued_on=report.issued_on,
    )
    report.number = entry.number
    report.save(update_fields=["number", "symbol", "issued_on", "updated_at"])
    audit_log(
        action="reports.report.numbered", actor=by, obj=report, unit=report.unit, data={"number": entry.number_symbol}
    )
    return entry


def can_receive(user, report):
    return report.recipient_id is not None and access.can(user, report.recipient, access.DRAFT)


@transaction.atomic
def report_receive(*, report, by, accept=True, comment=""):
    """The recipient accepts the report, or returns it with comments: it goes back to the sender as a draft."""
    if not can_receive(by, report):
        raise PermissionDenied
    if report.state != Report.State.SENT:
        raise ValueError(_("Báo cáo không ở trạng thái đã gửi."))
    if accept:
        _move(report, Report.State.RECEIVED, by, comment)
        return report
    if not comment.strip():
        raise ValueError(_("Khi trả lại báo cáo, hãy ghi rõ ý kiến để đơn vị sửa."))
    _move(report, Report.State.RETURNED, by, comment)
    _tell(
        report.unit,
        [Membership.Role.OFFICIAL, Membership.Role.LEADER],
        _("Báo cáo bị trả lại: %(t)s") % {"t": clip(report.title, 120)},
        report,
    )
    return report


@transaction.atomic
def report_correct(*, report, by):
    """A sent report stays as it was; the correction is a new version, a draft copied from it."""
    _require(by, report.unit, access.DRAFT)
    if not report.is_frozen:
        raise ValueError(_("Chỉ đính chính được báo cáo đã gửi."))
    copy = report_copy(report=report, by=by)
    copy.version = report.version + 1
    copy.previous = report
    copy.save(update_fields=["version", "previous"])
    audit_log(action="reports.report.corrected", actor=by, obj=copy, unit=copy.unit, data={"from": report.pk})
    return copy


def report_copy(*, report, by):
    sections = list(report.sections.order_by("pk"))
    progress = list(report.progress.all())
    values = list(report.values.all())
    tables = list(report.tables.all())
    attachments = list(report.attachments.all())
    sources = list(report.sources.all())
    copy = Report.objects.get(pk=report.pk)
    copy.pk, copy.state, copy.sent_at, copy.lock_version, copy.created_by = None, Report.State.DRAFT, None, 0, by
    copy.number = None
    copy.save()
    copy.sources.set(sources)
    mapping = {}
    for section in sections:
        old = section.pk
        section.pk, section.report, section.parent_id = None, copy, mapping.get(section.parent_id)
        section.save()
        mapping[old] = section.pk
    for row in progress:
        row.pk, row.report = None, copy
    TaskProgress.objects.bulk_create(progress)
    for row in values:
        row.pk, row.report = None, copy
    IndicatorValue.objects.bulk_create(values)
    for table in tables:
        table.pk, table.report, table.section_id = None, copy, mapping.get(table.section_id)
    ReportTable.objects.bulk_create(tables)
    # The correction points at the same stored files; the sent version keeps its own rows.
    for attachment in attachments:
        attachment.pk, attachment.report, attachment.progress = None, copy, None
    Attachment.objects.bulk_create(attachments)
    return copy


def prefetch_values(queryset):
    return queryset.select_related("indicator").prefetch_related(
        Prefetch("indicator__targets", queryset=IndicatorTarget.objects.order_by("year"))
    )


def submit_gaps(sections, progress, values):
    """What a leader would find missing in a report sent up for approval, from what its page already holds:
    parts without text (a heading over sub-parts needs none), tasks with no result written, figures not
    entered. The person submitting is asked to confirm, not stopped: a part may rightly stay empty."""
    parents = {section.parent_id for section in sections}
    parts = sum(1 for s in sections if not s.body.strip() and s.pk not in parents and not s.table_list)
    results = sum(1 for row in progress if not row.done.strip())
    figures = sum(1 for value in values if value.value is None)
    found = (
        (parts, ngettext("%(n)s mục chưa có nội dung", "%(n)s mục chưa có nội dung", parts)),
        (results, ngettext("%(n)s nhiệm vụ chưa ghi kết quả", "%(n)s nhiệm vụ chưa ghi kết quả", results)),
        (figures, ngettext("%(n)s chỉ tiêu chưa nhập số liệu", "%(n)s chỉ tiêu chưa nhập số liệu", figures)),
    )
    return [text % {"n": n} for n, text in found if n]
