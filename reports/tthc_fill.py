"""“Điền từ số liệu TTHC”: one click fills a report's TTHC tables (seed 001's six templates) from the
registers and dossiers of the report's unit, and its TTHC indicator values from the dossier figures,
each citing the import it comes from."""

from datetime import date

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.dates import short_date
from portal.text import fold
from tthc.indicators import period_figures
from tthc.models import (
    Delegation,
    Dossier,
    DossierImport,
    EForm,
    LinkedGroup,
    Reengineering,
    Simplification,
    SystemProposal,
)

from .models import Report

# Indicator names (folded) -> the Figures rate that measures them; the first match wins.
RATES = [
    (("dung han",), "on_time_rate"),
    (("thanh toan truc tuyen",), "online_payment_rate"),
    (("truc tuyen",), "online_rate"),
    (("so hoa",), "digitised_rate"),
    (("ket qua dien tu",), "e_result_rate"),
    (("tai su dung",), "reuse_rate"),
]


def _counts(unit, procedure_id, since, until):
    """(on time, late) of the procedure's dossiers resolved in the unit's subtree from `since` to `until`."""
    rows = Dossier.objects.in_subtree(unit).filter(procedure_id=procedure_id, completed_on__isnull=False)
    if since:
        rows = rows.filter(completed_on__gte=since)
    if until:
        rows = rows.filter(completed_on__lte=until)
    counts = rows.aggregate(on_time=Count("pk", filter=~Q(result="late")), late=Count("pk", filter=Q(result="late")))
    return str(counts["on_time"]), str(counts["late"])


def _registers(model, unit):
    return model.objects.in_subtree(unit).select_related("procedure")


def _procedure_cells(entry):
    return [entry.procedure.code if entry.procedure else "", entry.procedure.name if entry.procedure else ""]


def table_rows(code, unit, until):
    """The rows of one of seed 001's tables, from the registers (numbers counted from dossiers)."""
    if code == "don-gian-hoa":
        return [
            [str(n), *_procedure_cells(e), e.document, e.time_cut, e.components_cut]
            + [*_counts(unit, e.procedure_id, e.since, until), e.effect]
            for n, e in enumerate(_registers(Simplification, unit), start=1)
        ]
    if code == "phan-cap-uy-quyen":
        return [
            [str(n), *_procedure_cells(e), e.document, *_counts(unit, e.procedure_id, e.since, until), e.effect]
            for n, e in enumerate(_registers(Delegation, unit), start=1)
        ]
    if code == "lien-thong":
        return [
            [str(n), e.document, e.implementation, str(e.single_count), str(e.group_count), e.difficulties]
            for n, e in enumerate(_registers(LinkedGroup, unit), start=1)
        ]
    if code == "tai-cau-truc":
        return [
            [str(n), *_procedure_cells(e), e.document, e.content, e.effect]
            for n, e in enumerate(_registers(Reengineering, unit), start=1)
        ]
    if code == "bieu-mau-dien-tu":
        return [
            [str(n), *_procedure_cells(e), e.document, "X" if e.no_paper_form else "", str(e.prefilled_fields)]
            + [e.effect]
            for n, e in enumerate(_registers(EForm, unit), start=1)
        ]
    if code == "kien-nghi-phan-mem":
        return _proposal_rows(unit)
    return None


def _proposal_rows(unit):
    rows, audience = [], None
    numerals = iter(["I", "II", "III"])
    for proposal in SystemProposal.objects.in_subtree(unit).in_report_order():
        if proposal.audience != audience:
            audience = proposal.audience
            rows.append([next(numerals, ""), proposal.get_audience_display(), "", ""])
        rows.append([proposal.number, proposal.problem, proposal.proposal, proposal.note])
    return rows


def evidence_of(unit):
    """The import the figures come from, as a report cites it."""
    done = DossierImport.objects.filter(state=DossierImport.State.DONE)
    last = done.filter(Q(unit__path__startswith=unit.path) | Q(unit_id__in=unit.ancestor_ids())).first()
    if last is None:
        return _("Số liệu hồ sơ TTHC trên Cổng (chưa có lần nhập nào).")
    return _("Số liệu hồ sơ TTHC: tệp “%(file)s” nhập ngày %(date)s (lần nhập số %(pk)s, %(rows)s dòng).") % {
        "file": last.file_name,
        "date": short_date(last.at.date()),
        "pk": last.pk,
        "rows": last.rows,
    }


def _counted_until(report):
    """The last day the tables count dossiers to: the end of the data period, else the report's date, else
    the end of its year (today at the latest). A report with no period counted every dossier to date, so a
    correction of a 2024 report filled in 2026 took in two years it never covered."""
    if report.data_to:
        return report.data_to
    return report.issued_on or min(date(report.year, 12, 31), timezone.localdate())


@transaction.atomic
def report_fill_from_tthc(*, report):
    """Fill the report's TTHC tables and matching indicator values; returns (tables, values) filled."""
    unit, until = report.unit, _counted_until(report)
    tables = 0
    for table in report.tables.select_related("template"):
        rows = table_rows(table.template.code, unit, until)
        if rows is not None:
            # A new version, so that a table editor opened before the fill cannot save over its figures.
            table.rows, table.lock_version = rows, F("lock_version") + 1
            table.save(update_fields=["rows", "lock_version"])
            tables += 1
    values = 0
    if report.data_from and report.data_to:
        figures = period_figures(unit, report.data_from, report.data_to)
        evidence = evidence_of(unit)
        for value in report.values.select_related("indicator"):
            rate = _rate_for(value.indicator.name)
            if rate and getattr(figures, rate) is not None:
                value.value = getattr(figures, rate)
                value.evidence = evidence
                value.note = _("Tính từ %(n)s hồ sơ đã giải quyết, số liệu tháng %(first)s–%(last)s.") % {
                    "n": figures.resolved,
                    "first": f"{report.data_from:%m/%Y}",
                    "last": f"{report.data_to:%m/%Y}",
                }
                value.save(update_fields=["value", "evidence", "note"])
                values += 1
    if values:
        # The values are the report editor's: a new version, so that an editor opened before cannot save over them.
        Report.objects.filter(pk=report.pk).update(lock_version=F("lock_version") + 1, updated_at=timezone.now())
    return tables, values


def _rate_for(name):
    folded = fold(name)
    if "tthc" not in folded and "thu tuc" not in folded and "ho so" not in folded:
        return None
    return next((rate for words, rate in RATES if all(w in folded for w in words)), None)
