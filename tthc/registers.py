"""The six registers of seed 001 as a unit's pages show and export them: model, form, columns. Their slugs are the
codes of the report tables they fill (reports.tthc_fill)."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.dates import short_date

from . import forms
from .models import SystemProposal


@dataclass(frozen=True)
class Column:
    label: Any
    value: Any  # callable(entry) -> str, int, date, bool or None
    size: str = ""  # "wide" for long text, "mid" for a few words: the page gives them room
    page: bool = True  # shown on the page
    excel: bool = True  # exported


@dataclass(frozen=True)
class Register:
    slug: str
    title: Any
    sheet: Any  # the Excel sheet's name: at most 31 characters
    form_class: Any
    columns: tuple

    @property
    def model(self):
        return self.form_class._meta.model

    @property
    def verbose_name(self):
        return self.model._meta.verbose_name

    @property
    def page_columns(self):
        return [c for c in self.columns if c.page]

    def entries(self, unit):
        """The lines of `unit` and the units below it, with what the columns read."""
        entries = self.model.objects.in_subtree(unit).select_related("unit")
        if self.model is SystemProposal:
            return entries.in_report_order()
        return entries.select_related("procedure")

    def headers(self):
        """The Excel sheet's header row."""
        return [str(_("Đơn vị")), *(str(c.label) for c in self.columns if c.excel)]

    def row(self, entry):
        """The line as Excel holds it: numbers and dates as such, a tick as the report's table marks it."""
        values = [entry.unit.display_name, *(c.value(entry) for c in self.columns if c.excel)]
        return [("X" if v else "") if isinstance(v, bool) else v for v in values]

    def cells(self, entry):
        """The line as the page shows it: (column, text)."""
        return [(c, _text(c.value(entry))) for c in self.page_columns]


def _text(value):
    if isinstance(value, bool):
        return "X" if value else ""
    if isinstance(value, datetime.date):
        return short_date(value)
    return "" if value is None else value


def _code(entry):
    return entry.procedure.code if entry.procedure_id else ""


def _name(entry):
    return entry.procedure.name if entry.procedure_id else ""


def _procedure(entry):
    """Name and code in one cell, which leaves the page's table room for the register's own columns; the code
    may wrap after its national id where the column is narrow (a 1024 px screen)."""
    if not entry.procedure_id:
        return ""
    procedure = entry.procedure
    return format_html(
        '{}<br><span class="text-secondary">{}<wbr>{}</span>',
        procedure.name,
        procedure.national_id,
        procedure.agency_part,
    )


def _days(entry):
    if entry.days_before is None and entry.days_after is None:
        return ""
    before, after = ("?" if d is None else d for d in (entry.days_before, entry.days_after))
    return f"{before} → {after}"


PROCEDURE = Column(gettext_lazy("Thủ tục"), _procedure, "wide", excel=False)
CODE = Column(gettext_lazy("Mã TTHC"), _code, page=False)
NAME = Column(gettext_lazy("Tên TTHC"), _name, page=False)
EFFECT = Column(gettext_lazy("Đánh giá hiệu quả mang lại"), lambda e: e.effect, "wide")


def _document(label):
    return Column(label, lambda e: e.document, "wide")


REGISTERS = {
    r.slug: r
    for r in [
        Register(
            "don-gian-hoa",
            gettext_lazy("Rà soát, đơn giản hóa thủ tục hành chính"),
            gettext_lazy("Đơn giản hóa"),
            forms.SimplificationForm,
            (
                PROCEDURE,
                CODE,
                NAME,
                _document(gettext_lazy("Quyết định thông qua phương án đơn giản hóa")),
                Column(gettext_lazy("Giảm thời gian giải quyết"), lambda e: e.time_cut, "mid"),
                Column(gettext_lazy("Số ngày (trước → sau)"), _days, excel=False),
                Column(gettext_lazy("Số ngày trước khi cắt giảm"), lambda e: e.days_before, page=False),
                Column(gettext_lazy("Số ngày sau khi cắt giảm"), lambda e: e.days_after, page=False),
                Column(gettext_lazy("Cắt giảm thành phần hồ sơ, bước thực hiện"), lambda e: e.components_cut, "mid"),
                Column(gettext_lazy("Áp dụng từ ngày"), lambda e: e.since),
                EFFECT,
            ),
        ),
        Register(
            "lien-thong",
            gettext_lazy("Liên thông nhóm thủ tục hành chính"),
            gettext_lazy("Liên thông"),
            forms.LinkedGroupForm,
            (
                _document(gettext_lazy("Quyết định ban hành Quy chế/Quy định liên thông")),
                Column(gettext_lazy("Công tác triển khai, theo dõi, kiểm tra"), lambda e: e.implementation, "wide"),
                Column(gettext_lazy("Hồ sơ giải quyết đơn lẻ"), lambda e: e.single_count),
                Column(gettext_lazy("Hồ sơ giải quyết theo nhóm liên thông"), lambda e: e.group_count),
                Column(gettext_lazy("Khó khăn, vướng mắc"), lambda e: e.difficulties, "mid"),
            ),
        ),
        Register(
            "tai-cau-truc",
            gettext_lazy("Tái cấu trúc quy trình"),
            gettext_lazy("Tái cấu trúc"),
            forms.ReengineeringForm,
            (
                PROCEDURE,
                CODE,
                NAME,
                _document(gettext_lazy("Văn bản thể hiện việc tái cấu trúc")),
                Column(gettext_lazy("Nội dung tái cấu trúc"), lambda e: e.content, "wide"),
                EFFECT,
            ),
        ),
        Register(
            "bieu-mau-dien-tu",
            gettext_lazy("Biểu mẫu điện tử"),
            gettext_lazy("Biểu mẫu điện tử"),
            forms.EFormForm,
            (
                PROCEDURE,
                CODE,
                NAME,
                _document(gettext_lazy("Văn bản triển khai")),
                Column(gettext_lazy("Không phải cung cấp mẫu đơn, tờ khai"), lambda e: e.no_paper_form),
                Column(gettext_lazy("Số trường không phải điền lại"), lambda e: e.prefilled_fields),
                EFFECT,
            ),
        ),
        Register(
            "phan-cap-uy-quyen",
            gettext_lazy("Phân cấp, ủy quyền"),
            gettext_lazy("Phân cấp, ủy quyền"),
            forms.DelegationForm,
            (
                PROCEDURE,
                CODE,
                NAME,
                Column(gettext_lazy("Hình thức"), lambda e: e.get_kind_display()),
                _document(gettext_lazy("Văn bản phân cấp, ủy quyền")),
                Column(gettext_lazy("Từ ngày"), lambda e: e.since),
                EFFECT,
            ),
        ),
        Register(
            "kien-nghi-phan-mem",
            gettext_lazy("Kiến nghị về Hệ thống thông tin giải quyết TTHC"),
            gettext_lazy("Kiến nghị về hệ thống"),
            forms.SystemProposalForm,
            (
                Column(gettext_lazy("Nhóm"), lambda e: e.get_audience_display(), "mid"),
                Column(gettext_lazy("Số thứ tự"), lambda e: e.number),
                Column(gettext_lazy("Tính năng còn thiếu hoặc cần cải tiến"), lambda e: e.problem, "wide"),
                Column(gettext_lazy("Đề xuất điều chỉnh, bổ sung"), lambda e: e.proposal, "wide"),
                Column(gettext_lazy("Ghi chú"), lambda e: e.note, "mid"),
                Column(gettext_lazy("Văn bản kiến nghị"), lambda e: e.reference, "mid"),
            ),
        ),
    ]
}
