"""Administrative procedures (TTHC): the catalogue, the registers reports need, dossiers from the one-stop
software, their monthly rollups, and the Decision 766 index as versioned data."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models import OrgUnit
from portal.text import fold

from .querysets import (
    DossierQuerySet,
    ImportSourceQuerySet,
    ProcedureQuerySet,
    RegisterQuerySet,
    SystemProposalQuerySet,
)

# National procedure id ("1.001653") and the applying agency ("000.00.00.H08": H province, G ministry).
PROCEDURE_CODE = re.compile(r"^(?P<national>[1-3]\.\d{6})\.(?P<agency>\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2})$")


def validate_procedure_code(value):
    if not PROCEDURE_CODE.match(value or ""):
        raise ValidationError(
            _("Mã TTHC “%(code)s” không đúng dạng 1.001653.000.00.00.H08."), params={"code": value}, code="code"
        )


# The longest time limits of the national database are a few months of working days; a year is a typo.
MAX_WORKING_DAYS = 365


class Procedure(models.Model):
    """A thủ tục hành chính of the national database, as one agency applies it."""

    class Level(models.TextChoices):
        MINISTRY = "ministry", _("Cấp bộ, trung ương")
        PROVINCE = "province", _("Cấp tỉnh")
        DISTRICT = "district", _("Cấp huyện (trước 01/7/2025)")
        COMMUNE = "commune", _("Cấp xã")

    class OnlineLevel(models.TextChoices):
        NONE = "", _("Chưa cung cấp trực tuyến")
        PARTIAL = "mot_phan", _("Một phần")
        FULL = "toan_trinh", _("Toàn trình")

    code = models.CharField(_("mã TTHC"), max_length=30, unique=True, validators=[validate_procedure_code])
    national_id = models.CharField(_("mã quốc gia"), max_length=10, editable=False, db_index=True)
    name = models.TextField(_("tên thủ tục"))
    field = models.CharField(_("lĩnh vực"), max_length=200, blank=True, db_index=True)
    level = models.CharField(_("cấp thực hiện"), max_length=10, choices=Level.choices, default=Level.COMMUNE)
    units = models.ManyToManyField(OrgUnit, verbose_name=_("đơn vị thực hiện"), blank=True, related_name="procedures")
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    working_days = models.PositiveSmallIntegerField(
        _("thời hạn giải quyết (ngày làm việc)"),
        default=0,
        validators=[
            MinValueValidator(0, _("Thời hạn giải quyết không được là số âm.")),
            MaxValueValidator(MAX_WORKING_DAYS, _("Thời hạn giải quyết không được quá %(limit_value)s ngày làm việc.")),
        ],
    )
    fees = models.CharField(_("phí, lệ phí"), max_length=500, blank=True)
    has_fee = models.BooleanField(_("có thu phí, lệ phí"), default=False)
    online_level = models.CharField(
        _("mức độ trực tuyến"), max_length=10, choices=OnlineLevel.choices, blank=True, default=OnlineLevel.NONE
    )
    active_from = models.DateField(_("hiệu lực từ ngày"), null=True, blank=True)
    active_to = models.DateField(_("hết hiệu lực từ ngày"), null=True, blank=True)
    search_text = models.TextField(editable=False, default="")

    objects = ProcedureQuerySet.as_manager()

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")
        ordering = ["field", "code"]

    def __str__(self):
        return f"{self.code} – {self.name}"

    def save(self, *args, **kwargs):
        match = PROCEDURE_CODE.match(self.code)
        self.national_id = match["national"] if match else self.code[:10]
        self.search_text = fold(" ".join([self.code, self.name, self.field]))
        super().save(*args, **kwargs)

    @property
    def agency_part(self):
        """What follows the national id in the code: the applying agency's id (".000.00.00.H08")."""
        return self.code.removeprefix(self.national_id)


class RegisterEntry(models.Model):
    """What every register line of seed 001 has: the unit reporting it, the procedure, the deciding text."""

    unit = models.ForeignKey(OrgUnit, verbose_name=_("đơn vị"), on_delete=models.CASCADE, related_name="+")
    procedure = models.ForeignKey(
        Procedure, verbose_name=_("thủ tục"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    document = models.TextField(_("văn bản"), blank=True)
    effect = models.TextField(_("đánh giá hiệu quả mang lại"), blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    objects = RegisterQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["unit", "order", "pk"]

    def __str__(self):
        return str(self.procedure or self.document[:80])


class Simplification(RegisterEntry):
    """A simplification measure adopted by decision: the time cut, the components removed."""

    time_cut = models.TextField(_("giảm thời gian giải quyết"), blank=True)
    days_before = models.PositiveSmallIntegerField(_("số ngày trước khi cắt giảm"), null=True, blank=True)
    days_after = models.PositiveSmallIntegerField(_("số ngày sau khi cắt giảm"), null=True, blank=True)
    components_cut = models.TextField(_("cắt giảm thành phần hồ sơ, bước thực hiện"), blank=True)
    since = models.DateField(_("áp dụng từ ngày"), null=True, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("phương án đơn giản hóa")
        verbose_name_plural = _("phương án đơn giản hóa")


class LinkedGroup(RegisterEntry):
    """An inter-linked procedure group (liên thông) under a provincial regulation; its counts are typed."""

    implementation = models.TextField(_("công tác triển khai, theo dõi, kiểm tra"), blank=True)
    single_count = models.PositiveIntegerField(_("hồ sơ giải quyết đơn lẻ"), default=0)
    group_count = models.PositiveIntegerField(_("hồ sơ giải quyết theo nhóm liên thông"), default=0)
    difficulties = models.TextField(_("khó khăn, vướng mắc"), blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("nhóm thủ tục liên thông")
        verbose_name_plural = _("nhóm thủ tục liên thông")


class Reengineering(RegisterEntry):
    """A procedure whose process was re-engineered."""

    content = models.TextField(_("nội dung tái cấu trúc"), blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("tái cấu trúc quy trình")
        verbose_name_plural = _("tái cấu trúc quy trình")


class EForm(RegisterEntry):
    """An electronic form that spares applicants typing what the state already knows."""

    no_paper_form = models.BooleanField(_("không phải cung cấp mẫu đơn, tờ khai"), default=False)
    prefilled_fields = models.PositiveSmallIntegerField(_("số trường không phải điền lại"), default=0)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("biểu mẫu điện tử")
        verbose_name_plural = _("biểu mẫu điện tử")


class Delegation(RegisterEntry):
    """A procedure decentralised (phân cấp) or delegated (ủy quyền); its dossiers are counted since `since`."""

    class Kind(models.TextChoices):
        DECENTRALISED = "phan_cap", _("Phân cấp")
        DELEGATED = "uy_quyen", _("Ủy quyền")

    kind = models.CharField(_("hình thức"), max_length=10, choices=Kind.choices, default=Kind.DELEGATED)
    since = models.DateField(_("từ ngày"), null=True, blank=True)

    class Meta(RegisterEntry.Meta):
        verbose_name = _("thủ tục phân cấp, ủy quyền")
        verbose_name_plural = _("thủ tục phân cấp, ủy quyền")


class SystemProposal(models.Model):
    """What the provincial one-stop system lacks or does wrong, and what the unit proposes."""

    class Audience(models.TextChoices):
        OFFICIALS = "officials", _("Giao diện/tính năng/chức năng dành cho công chức, viên chức")
        CITIZENS = "citizens", _("Giao diện/tính năng, chức năng dành cho tổ chức, công dân")
        OTHER = "other", _("Các vướng mắc, bất cập khác")

    unit = models.ForeignKey(OrgUnit, verbose_name=_("đơn vị"), on_delete=models.CASCADE, related_name="+")
    audience = models.CharField(_("nhóm"), max_length=10, choices=Audience.choices)
    number = models.CharField(_("số thứ tự"), max_length=10, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    problem = models.TextField(_("tính năng còn thiếu hoặc cần cải tiến"))
    proposal = models.TextField(_("đề xuất điều chỉnh, bổ sung"))
    note = models.TextField(_("ghi chú"), blank=True)
    reference = models.CharField(_("văn bản kiến nghị"), max_length=255, blank=True)

    objects = SystemProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("kiến nghị về hệ thống")
        verbose_name_plural = _("kiến nghị về hệ thống")
        ordering = ["unit", "order", "pk"]

    def __str__(self):
        return self.problem[:80]


class ImportSource(models.Model):
    """A one-stop software whose exports a unit reads, with the column mapping saved for them."""

    # The unit that saved the mapping: offered to it and the units below (a province's mapping serves its
    # communes), never to others, nor changed by them. Without a unit (set in the admin) it is offered to all.
    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("đơn vị"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("nguồn dữ liệu"), max_length=120)
    mapping = models.JSONField(_("ánh xạ cột"), default=dict, blank=True)

    objects = ImportSourceQuerySet.as_manager()

    class Meta:
        verbose_name = _("nguồn dữ liệu hồ sơ")
        verbose_name_plural = _("nguồn dữ liệu hồ sơ")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "name"], name="import_source_unit_name"),
            models.UniqueConstraint(fields=["name"], condition=models.Q(unit=None), name="import_source_shared_name"),
        ]

    def __str__(self):
        return self.name


class DossierImport(models.Model):
    """One upload of dossier records: what it created, updated and skipped; reports cite it as evidence."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Đang chờ nhập")
        CHECKED = "checked", _("Có lỗi, chưa ghi")
        DONE = "done", _("Đã nhập")
        FAILED = "failed", _("Không nhập được")

    unit = models.ForeignKey(OrgUnit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="+")
    source = models.ForeignKey(ImportSource, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    file_name = models.CharField(_("tệp"), max_length=255)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices)
    rows = models.PositiveIntegerField(_("số dòng"), default=0)
    created = models.PositiveIntegerField(_("hồ sơ mới"), default=0)
    updated = models.PositiveIntegerField(_("hồ sơ cập nhật"), default=0)
    errors = models.JSONField(_("lỗi"), default=list, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    seconds = models.FloatField(_("thời gian xử lý (giây)"), default=0)
    # A large file is imported by the worker: the upload waits here, with what the form asked, until it is done.
    file = models.FileField(_("tệp đã tải lên"), upload_to="tthc-imports/%Y/%m/", blank=True)
    mapping = models.JSONField(_("tên cột"), default=dict, blank=True)
    skip_bad_rows = models.BooleanField(_("bỏ qua dòng lỗi"), default=False)
    bad_rows = models.PositiveIntegerField(_("số dòng lỗi"), default=0)
    message = models.CharField(_("lý do không nhập được"), max_length=500, blank=True)
    # Where its figures are: a history export of 2020 imported in 2026 is looked at in 2020.
    last_received = models.DateField(_("ngày tiếp nhận muộn nhất"), null=True, blank=True)

    class Meta:
        verbose_name = _("lần nhập hồ sơ")
        verbose_name_plural = _("lần nhập hồ sơ")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.file_name} ({self.at:%d/%m/%Y %H:%M})"

    def months_url(self):
        """The unit's figures by month, in the year of the latest dossier the import wrote."""
        url = reverse("tthc:months", args=[self.unit_id])
        return f"{url}?nam={self.last_received.year}" if self.last_received else url

    @property
    def skipped(self):
        """The bad rows left out of an import that wrote the good ones."""
        return self.bad_rows if self.state == self.State.DONE else 0

    @property
    def is_finished(self):
        # A running import holds its row locked and still queued (see tthc.background.import_run).
        return self.state != self.State.QUEUED


class Dossier(models.Model):
    """One dossier (hồ sơ) as the one-stop software exported it; the `*_on`, `*_month`, due date and result
    columns are derived at import, so statistics are plain indexed comparisons on both databases."""

    class Channel(models.IntegerChoices):
        IN_PERSON = 1, _("Trực tiếp")
        ONLINE = 2, _("Trực tuyến")
        POST = 3, _("Bưu chính")

    class Result(models.TextChoices):
        OPEN = "", _("Đang giải quyết")
        EARLY = "early", _("Giải quyết trước hạn")
        ON_TIME = "on_time", _("Giải quyết đúng hạn")
        LATE = "late", _("Giải quyết trễ hạn")

    # Every index and trigger costs a province's import time: codes are looked up whole (a constraint, no LIKE
    # index), lists and exports go through the unit and due date, and the foreign keys are neither database
    # constraints nor indexes — the import takes procedure and unit ids from its own joins, Django's PROTECT
    # still guards deletions (a scan, on the rare deletion of a procedure), and statistics read the rollups.
    code = models.CharField(_("mã hồ sơ"), max_length=40)
    procedure = models.ForeignKey(
        Procedure,
        verbose_name=_("thủ tục"),
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("đơn vị tiếp nhận"),
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    submitted_at = models.DateTimeField(_("ngày nộp"), null=True, blank=True)
    received_at = models.DateTimeField(_("ngày tiếp nhận"))
    due_on = models.DateField(_("ngày hẹn trả"))
    due_computed = models.BooleanField(_("hạn tính theo ngày làm việc"), default=False)
    completed_at = models.DateTimeField(_("ngày có kết quả"), null=True, blank=True)
    returned_at = models.DateTimeField(_("ngày trả kết quả"), null=True, blank=True)
    channel = models.PositiveSmallIntegerField(_("kênh nộp"), choices=Channel.choices, default=Channel.IN_PERSON)
    additions = models.PositiveSmallIntegerField(_("số lần yêu cầu bổ sung"), default=0)
    additions_requested_at = models.DateTimeField(_("ngày yêu cầu bổ sung"), null=True, blank=True)
    additions_received_at = models.DateTimeField(_("ngày nhận bổ sung"), null=True, blank=True)
    fee = models.DecimalField(_("phí, lệ phí"), max_digits=12, decimal_places=0, default=0)
    fee_paid = models.BooleanField(_("đã nộp phí"), default=False)
    paid_online = models.BooleanField(_("thanh toán trực tuyến"), default=False)
    digitised = models.BooleanField(_("số hóa"), default=False)
    e_result = models.BooleanField(_("kết quả điện tử"), default=False)
    reused = models.BooleanField(_("tái sử dụng dữ liệu"), default=False)
    vneid = models.BooleanField(_("xác thực VNeID"), default=False)
    apology = models.BooleanField(_("có thư xin lỗi"), default=False)
    cancelled = models.BooleanField(_("hủy kết quả"), default=False)
    # Derived at import (local dates, yyyymm months, working days) so that SQL never converts time zones.
    received_on = models.DateField(editable=False)
    completed_on = models.DateField(null=True, editable=False)
    result = models.CharField(_("kết quả"), max_length=8, choices=Result.choices, blank=True, editable=False)
    processing_days = models.PositiveSmallIntegerField(null=True, editable=False)
    received_month = models.PositiveIntegerField(editable=False)
    completed_month = models.PositiveIntegerField(null=True, editable=False)
    overdue_month = models.PositiveIntegerField(editable=False)
    overdue_closed_month = models.PositiveIntegerField(null=True, editable=False)
    # Only deleting an import record looks dossiers up by source: too rare to index on every row written.
    source = models.ForeignKey(
        DossierImport, null=True, on_delete=models.SET_NULL, related_name="+", db_index=False, db_constraint=False
    )

    objects = DossierQuerySet.as_manager()

    class Meta:
        verbose_name = _("hồ sơ")
        verbose_name_plural = _("hồ sơ")
        ordering = ["-received_at", "code"]
        constraints = [models.UniqueConstraint(fields=["code"], name="dossier_code")]
        indexes = [
            models.Index(fields=["unit", "due_on"], name="dossier_unit_due"),
            # The open dossiers not overdue yet, which the figures of a month still running take from the
            # dossiers (tthc.indicators): a few percent of the table, read without touching it.
            models.Index(
                fields=["due_on", "unit", "overdue_month"],
                condition=models.Q(completed_on__isnull=True),
                name="dossier_open_due",
            ),
        ]

    def __str__(self):
        return self.code


class FigureCounts(models.Model):
    """The counts of one month's cell, shared by the fine and the coarse rollup."""

    month = models.PositiveIntegerField()  # yyyymm
    received_online = models.PositiveIntegerField(default=0)
    received_in_person = models.PositiveIntegerField(default=0)
    received_post = models.PositiveIntegerField(default=0)
    resolved_early = models.PositiveIntegerField(default=0)
    resolved_on_time = models.PositiveIntegerField(default=0)
    resolved_late = models.PositiveIntegerField(default=0)
    overdue_started = models.PositiveIntegerField(default=0)
    overdue_closed = models.PositiveIntegerField(default=0)
    apology = models.PositiveIntegerField(default=0)
    fee_paid = models.PositiveIntegerField(default=0)
    paid_online = models.PositiveIntegerField(default=0)
    digitised = models.PositiveIntegerField(default=0)
    e_result = models.PositiveIntegerField(default=0)
    reused = models.PositiveIntegerField(default=0)
    vneid = models.PositiveIntegerField(default=0)
    processing_days = models.PositiveBigIntegerField(default=0)

    class Meta:
        abstract = True


class MonthlyFigures(FigureCounts):
    """Counts of one unit × procedure × month, kept in step with imports.

    Open dossiers are not stored per month: they follow from running sums of events (received, resolved,
    became overdue, overdue one closed), so a dossier open for a year touches four cells, not twelve.
    The rollups' keys are not database constraints either: a province's first import writes some 350,000
    cells, whose deferred checks made the COMMIT take 4 s; Django's CASCADE still removes them with their unit.
    """

    # The unit and the procedure begin the unique cell, which serves every lookup (pages always name the
    # unit) an index of their own would; only deleting a procedure scans for its cells.
    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False)
    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False
    )

    class Meta:
        verbose_name = _("số liệu tháng")
        verbose_name_plural = _("số liệu tháng")
        constraints = [
            models.UniqueConstraint(fields=["unit", "procedure", "month"], name="monthly_figures_cell"),
        ]
        indexes = [models.Index(fields=["unit", "month"], name="monthly_unit_month")]

    def __str__(self):
        return f"{self.unit_id}/{self.procedure_id}/{self.month}"


class UnitMonthFigures(FigureCounts):
    """The same counts summed over procedures (unit × month): what a unit's pages read when they are not
    filtered by procedure or field, a hundred times fewer rows than the fine rollup."""

    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False)

    class Meta:
        verbose_name = _("số liệu tháng của đơn vị")
        verbose_name_plural = _("số liệu tháng của đơn vị")
        constraints = [models.UniqueConstraint(fields=["unit", "month"], name="unit_month_cell")]

    def __str__(self):
        return f"{self.unit_id}/{self.month}"


class MonthlyDuration(models.Model):
    """How many dossiers resolved in a month took `days` working days: medians and p90 without raw rows."""

    # The unit and the procedure begin the unique cell, which serves every lookup (pages always name the
    # unit) an index of their own would; only deleting a procedure scans for its cells.
    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False)
    procedure = models.ForeignKey(
        Procedure, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False
    )
    month = models.PositiveIntegerField()
    days = models.PositiveSmallIntegerField()
    count = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("phân bố thời gian giải quyết")
        verbose_name_plural = _("phân bố thời gian giải quyết")
        constraints = [
            models.UniqueConstraint(fields=["unit", "procedure", "month", "days"], name="monthly_duration_cell"),
        ]
        indexes = [models.Index(fields=["unit", "month"], name="duration_unit_month")]

    def __str__(self):
        return f"{self.unit_id}/{self.procedure_id}/{self.month}: {self.days}d × {self.count}"


class UnitMonthDuration(models.Model):
    """The processing-time histogram summed over procedures (unit × month × days)."""

    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+", db_index=False, db_constraint=False)
    month = models.PositiveIntegerField()
    days = models.PositiveSmallIntegerField()
    count = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("phân bố thời gian giải quyết của đơn vị")
        verbose_name_plural = _("phân bố thời gian giải quyết của đơn vị")
        constraints = [models.UniqueConstraint(fields=["unit", "month", "days"], name="unit_month_duration_cell")]

    def __str__(self):
        return f"{self.unit_id}/{self.month}: {self.days}d × {self.count}"


class Scheme766(models.Model):
    """A version of the Decision 766 index: its groups, indicators, thresholds and points."""

    code = models.SlugField(_("mã"), max_length=30)
    version = models.CharField(_("phiên bản"), max_length=30)
    name = models.CharField(_("tên"), max_length=255)
    valid_from = models.DateField(_("áp dụng từ ngày"))

    class Meta:
        verbose_name = _("bộ chỉ số 766")
        verbose_name_plural = _("bộ chỉ số 766")
        ordering = ["-valid_from"]
        constraints = [models.UniqueConstraint(fields=["code", "version"], name="scheme766_version")]

    def __str__(self):
        return f"{self.name} ({self.version})"


class Criterion766(models.Model):
    """One indicator of the index: scored min(max, ratio × max / threshold); `source` names the figure it
    is computed from, or is empty when it is entered by hand."""

    scheme = models.ForeignKey(Scheme766, on_delete=models.CASCADE, related_name="criteria")
    group_code = models.SlugField(_("mã nhóm"), max_length=30)
    group_name = models.CharField(_("nhóm"), max_length=200)
    group_points = models.DecimalField(_("điểm nhóm"), max_digits=5, decimal_places=2)
    code = models.SlugField(_("mã"), max_length=40)
    name = models.CharField(_("chỉ số"), max_length=300)
    max_points = models.DecimalField(_("điểm tối đa"), max_digits=5, decimal_places=2)
    threshold = models.DecimalField(_("ngưỡng đạt điểm tối đa (%)"), max_digits=5, decimal_places=2, default=100)
    source = models.CharField(_("tính từ"), max_length=40, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("chỉ số thành phần 766")
        verbose_name_plural = _("chỉ số thành phần 766")
        ordering = ["scheme", "order"]
        constraints = [models.UniqueConstraint(fields=["scheme", "code"], name="criterion766_code")]

    def __str__(self):
        return self.name


class ManualValue766(models.Model):
    """A percentage that dossiers cannot give (publication on time, satisfaction…), entered for a unit-year."""

    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+")
    criterion = models.ForeignKey(Criterion766, on_delete=models.CASCADE, related_name="manual_values")
    year = models.PositiveSmallIntegerField(_("năm"))
    value = models.DecimalField(_("tỷ lệ (%)"), max_digits=5, decimal_places=2)
    evidence = models.TextField(_("căn cứ"), blank=True)

    class Meta:
        verbose_name = _("giá trị nhập tay 766")
        verbose_name_plural = _("giá trị nhập tay 766")
        constraints = [models.UniqueConstraint(fields=["unit", "criterion", "year"], name="manual766_once")]

    def __str__(self):
        return f"{self.criterion}: {self.value}"
