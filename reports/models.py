"""Reports: what a unit reports for a period, its progress and indicator values, narrative, tables, workflow."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plans.models import Indicator, Occurrence, Plan, ReportingDuty, Task
from portal.models import OrgUnit

from .querysets import ReportQuerySet


class Report(models.Model):
    """A Báo cáo of one unit for one period, from draft to sent; sent reports are frozen versions."""

    class Kind(models.TextChoices):
        MONTHLY = "monthly", _("Báo cáo tháng")
        QUARTERLY = "quarterly", _("Báo cáo quý")
        HALF_YEAR = "half_year", _("Báo cáo 6 tháng")
        NINE_MONTHS = "nine_months", _("Báo cáo 9 tháng")
        ANNUAL = "annual", _("Báo cáo năm")
        THEMATIC = "thematic", _("Báo cáo chuyên đề")
        AD_HOC = "ad_hoc", _("Báo cáo đột xuất")

    class State(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        SUBMITTED = "submitted", _("Chờ lãnh đạo duyệt")
        APPROVED = "approved", _("Đã duyệt, chờ gửi")
        SENT = "sent", _("Đã gửi")
        RECEIVED = "received", _("Nơi nhận đã tiếp nhận")
        RETURNED = "returned", _("Bị trả lại")

    PERIODIC = {Kind.MONTHLY, Kind.QUARTERLY, Kind.HALF_YEAR, Kind.NINE_MONTHS, Kind.ANNUAL}

    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("đơn vị báo cáo"), on_delete=models.PROTECT, related_name="reports"
    )
    kind = models.CharField(_("loại báo cáo"), max_length=12, choices=Kind.choices)
    plan = models.ForeignKey(
        Plan, verbose_name=_("kế hoạch"), null=True, blank=True, on_delete=models.PROTECT, related_name="reports"
    )
    duty = models.ForeignKey(
        ReportingDuty,
        verbose_name=_("nhiệm vụ báo cáo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    occurrence = models.ForeignKey(Occurrence, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports")
    year = models.PositiveSmallIntegerField(_("năm"))
    number_in_year = models.PositiveSmallIntegerField(
        _("kỳ"), null=True, blank=True, help_text=_("Tháng, quý hoặc 6 tháng thứ mấy.")
    )
    data_from = models.DateField(_("số liệu từ ngày"), null=True, blank=True)
    data_to = models.DateField(_("số liệu đến ngày"), null=True, blank=True)
    recipient = models.ForeignKey(
        OrgUnit,
        verbose_name=_("kính gửi"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reports_received",
    )
    recipient_text = models.CharField(_("kính gửi (như văn bản)"), max_length=500, blank=True)
    instruction = models.TextField(
        _("thực hiện văn bản"), blank=True, help_text=_("Ví dụ: Thực hiện Công văn số 517/VPUBND-KSTT ngày 02/7/2024…")
    )
    title = models.TextField(_("trích yếu"))
    place_name = models.CharField(_("địa danh"), max_length=120, blank=True)
    issued_on = models.DateField(_("ngày báo cáo"), null=True, blank=True)
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=60, blank=True)
    closing = models.TextField(_("lời kết"), blank=True)
    signer_authority = models.CharField(_("thẩm quyền ký"), max_length=5, choices=Plan.Authority.choices, blank=True)
    signer_collective = models.CharField(_("tập thể"), max_length=120, blank=True)
    signer_head = models.CharField(_("chức vụ người đứng đầu"), max_length=120, blank=True)
    signer_position = models.CharField(_("chức vụ người ký"), max_length=120, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.DRAFT)
    version = models.PositiveSmallIntegerField(_("phiên bản"), default=1)
    previous = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="corrections")
    sources = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="consolidated_into", verbose_name=_("báo cáo nguồn")
    )
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("báo cáo")
        verbose_name_plural = _("báo cáo")
        ordering = ["-year", "-updated_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.title[:80]}"

    def get_absolute_url(self):
        return reverse("reports:report_detail", args=[self.pk])

    @property
    def is_editable(self):
        return self.state in (self.State.DRAFT, self.State.RETURNED)

    @property
    def is_frozen(self):
        return self.state in (self.State.SENT, self.State.RECEIVED)

    @property
    def missing_signer(self):
        """Printed now, the report would have no signature block: nothing for its signer to sign."""
        return not self.signer_name

    @property
    def locked_reason(self):
        """Why the report cannot be edited now and what would reopen it, for whoever was still editing it when
        it moved on ("" while it can be edited)."""
        if self.is_editable:
            return ""
        if self.state == self.State.SUBMITTED:
            hint = _("Nếu cần sửa, lãnh đạo chọn “Yêu cầu sửa” để trả báo cáo về.")
        elif self.state == self.State.APPROVED:
            hint = _("Báo cáo đã duyệt chỉ còn chờ gửi; sau khi gửi, muốn sửa phải tạo bản đính chính.")
        else:
            hint = _("Muốn sửa, hãy tạo bản đính chính từ trang báo cáo.")
        state = _("Báo cáo đang ở trạng thái “%(state)s” nên không sửa được.") % {"state": self.get_state_display()}
        return f"{state} {hint}"

    @property
    def addressed_to(self):
        """The "Kính gửi" line: as written on the report, else the recipient unit's name."""
        return self.recipient_text or (self.recipient.name if self.recipient_id else "")

    @property
    def period_label(self):
        if self.data_from and self.data_to:
            return f"{self.data_from:%d/%m/%Y} – {self.data_to:%d/%m/%Y}"
        return str(self.year)


class ReportSection(models.Model):
    """A numbered part of the report's text; `role` marks the parts Vietnamese reports always have."""

    class Role(models.TextChoices):
        RESULTS = "results", _("Kết quả thực hiện")
        ASSESSMENT = "assessment", _("Đánh giá chung")
        STRENGTHS = "strengths", _("Ưu điểm")
        WEAKNESSES = "weaknesses", _("Tồn tại, hạn chế và nguyên nhân")
        LESSONS = "lessons", _("Bài học kinh nghiệm")
        NEXT = "next", _("Phương hướng, nhiệm vụ kỳ tới")
        PROPOSALS = "proposals", _("Kiến nghị, đề xuất")
        OTHER = "other", _("Nội dung khác")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    order = models.PositiveSmallIntegerField(default=0)
    number = models.CharField(_("số thứ tự"), max_length=20, blank=True)
    title = models.CharField(_("tiêu đề"), max_length=500, blank=True)
    role = models.CharField(_("loại nội dung"), max_length=12, choices=Role.choices, default=Role.OTHER)
    body = models.TextField(_("nội dung"), blank=True)

    class Meta:
        verbose_name = _("mục báo cáo")
        verbose_name_plural = _("mục báo cáo")
        ordering = ["report", "order", "pk"]

    def __str__(self):
        return f"{self.number}. {self.title}".strip(". ")


class TaskProgress(models.Model):
    """How one task of the plan stands at the end of the report's period."""

    Status = Occurrence.Status  # the same four states the government counts tasks in

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="progress")
    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="progress")
    status = models.CharField(_("tình trạng"), max_length=12, choices=Status.choices, default=Status.OPEN)
    percent = models.PositiveSmallIntegerField(
        _("tiến độ (%)"),
        default=0,
        validators=[
            MinValueValidator(0, _("Tiến độ phải là số từ 0 đến 100.")),
            MaxValueValidator(100, _("Tiến độ phải là số từ 0 đến 100.")),
        ],
    )
    done = models.TextField(_("kết quả đã làm"), blank=True)
    evidence = models.TextField(_("minh chứng"), blank=True, help_text=_("Văn bản, đường dẫn, tệp đính kèm."))
    blockers = models.TextField(_("khó khăn, vướng mắc"), blank=True)

    class Meta:
        verbose_name = _("tiến độ nhiệm vụ")
        verbose_name_plural = _("tiến độ nhiệm vụ")
        ordering = ["report", "task__section__order", "task__order", "task__pk"]
        constraints = [models.UniqueConstraint(fields=["report", "task"], name="progress_once")]

    def __str__(self):
        return f"{self.task} – {self.percent}%"


class IndicatorValue(models.Model):
    """The actual value of an indicator for the report's period, with the evidence that backs it."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="values")
    value = models.DecimalField(_("giá trị thực hiện"), max_digits=14, decimal_places=2, null=True, blank=True)
    evidence = models.TextField(_("căn cứ kiểm chứng"), blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("kết quả chỉ tiêu")
        verbose_name_plural = _("kết quả chỉ tiêu")
        ordering = ["report", "indicator__order", "indicator__pk"]
        constraints = [models.UniqueConstraint(fields=["report", "indicator"], name="value_once")]

    def __str__(self):
        return f"{self.indicator}: {self.value}"

    @property
    def verified(self):
        return self.value is not None and bool(self.evidence.strip())

    def target(self):
        """This year's target, from the prefetched targets."""
        return next((t for t in self.indicator.targets.all() if t.year == self.report.year), None)

    def achieved(self):
        """True/False against this year's target, respecting the comparator; None when it cannot be judged."""
        target = self.target()
        if target is None or self.value is None:
            return None
        return compare(self.value, self.indicator.comparator, target.value)


def compare(value, comparator, target):
    value, target = Decimal(value), Decimal(target)
    return {
        ">": value > target,
        ">=": value >= target,
        "<": value < target,
        "<=": value <= target,
        "=": value == target,
    }[comparator]


class TableTemplate(models.Model):
    """The columns of a report table, with merged header groups; admins edit these as data."""

    name = models.CharField(_("tên bảng"), max_length=255)
    code = models.SlugField(_("mã"), max_length=60, unique=True)
    columns = models.JSONField(
        _("các cột"),
        help_text=_(
            'Danh sách cột: [{"key": "ma", "label": "Mã TTHC", "group": "Hình thức đơn giản hóa"}, …]; '
            "các cột liền nhau cùng “group” có chung một ô tiêu đề gộp."
        ),
    )

    class Meta:
        verbose_name = _("mẫu bảng báo cáo")
        verbose_name_plural = _("mẫu bảng báo cáo")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def header_rows(self):
        """Two header rows for templates with groups: [(label, colspan, rowspan)], as the tables print."""
        top, bottom, index = [], [], 0
        columns = self.columns
        while index < len(columns):
            group = columns[index].get("group")
            if not group:
                top.append((columns[index]["label"], 1, 2))
                index += 1
                continue
            span = 1
            while index + span < len(columns) and columns[index + span].get("group") == group:
                span += 1
            top.append((group, span, 1))
            bottom += [(c["label"], 1, 1) for c in columns[index : index + span]]
            index += span
        return [top, bottom] if bottom else [[(label, 1, 1) for label, _c, _r in top]]


class ReportTable(models.Model):
    """A table in a report, laid out by a template; rows are lists of cells in the template's column order."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="tables")
    section = models.ForeignKey(ReportSection, null=True, blank=True, on_delete=models.SET_NULL, related_name="tables")
    template = models.ForeignKey(TableTemplate, on_delete=models.PROTECT)
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(_("tiêu đề"), max_length=500, blank=True)
    rows = models.JSONField(_("các dòng"), default=list, blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("bảng báo cáo")
        verbose_name_plural = _("bảng báo cáo")
        ordering = ["report", "order", "pk"]

    def __str__(self):
        return self.title or self.template.name


class Transition(models.Model):
    """One step of a report's workflow: who moved it from which state to which, when, and why."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="transitions")
    from_state = models.CharField(max_length=10, choices=Report.State.choices)
    to_state = models.CharField(max_length=10, choices=Report.State.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    comment = models.TextField(_("ý kiến"), blank=True)

    class Meta:
        verbose_name = _("bước xử lý")
        verbose_name_plural = _("bước xử lý")
        ordering = ["report", "at", "pk"]

    def __str__(self):
        return f"{self.get_from_state_display()} → {self.get_to_state_display()}"


def _attachment_path(instance, filename):
    return f"reports/{instance.report_id}/{filename}"


class Attachment(models.Model):
    """A file that backs a report: a signed document, a photo, an export from a system."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    progress = models.ForeignKey(
        TaskProgress,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attachments",
        verbose_name=_("minh chứng cho nhiệm vụ"),
    )
    file = models.FileField(_("tệp"), upload_to=_attachment_path)
    name = models.CharField(_("tên tệp"), max_length=255)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tệp minh chứng")
        verbose_name_plural = _("tệp minh chứng")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.name


class DigestOptOut(models.Model):
    """A leader who asked not to receive the weekly dashboard digest by e-mail."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_opt_out")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("từ chối thư tổng hợp tuần")
        verbose_name_plural = _("từ chối thư tổng hợp tuần")

    def __str__(self):
        return str(self.user)


class WeeklyDigest(models.Model):
    """One week's digest for one leader; the unique key makes a resent job neither lose nor double it."""

    class State(models.TextChoices):
        PENDING = "pending", _("Chờ gửi")
        SENT = "sent", _("Đã gửi")
        FAILED = "failed", _("Gửi lỗi")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="weekly_digests")
    week = models.DateField(_("tuần bắt đầu ngày"))
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.PENDING)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("thư tổng hợp tuần")
        verbose_name_plural = _("thư tổng hợp tuần")
        ordering = ["-week", "user"]
        constraints = [models.UniqueConstraint(fields=["user", "week"], name="digest_once_a_week")]

    def __str__(self):
        return f"{self.user} – {self.week:%d/%m/%Y}"
