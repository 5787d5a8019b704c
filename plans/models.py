"""Plans (Kế hoạch, Quyết định, Quy chế): sections, tasks, schedules, indicators and reporting duties."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from portal import access
from portal.calendar import REPORT_KINDS, period_numbers, report_period
from portal.dates import FIRST_YEAR, LAST_YEAR
from portal.models import OrgUnit, format_number
from portal.text import fold

from .querysets import OccurrenceQuerySet, PlanQuerySet


def validate_year(value):
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError(
            _("Năm %(value)s không hợp lệ: năm phải từ %(first)s đến %(last)s."),
            code="year",
            params={"value": value, "first": FIRST_YEAR, "last": LAST_YEAR},
        )


class Framework(models.Model):
    """A family of indicators with a version: PCI, PAR Index, Đề án 06, Decision 766, or a unit's own."""

    code = models.SlugField(_("mã"), max_length=30)
    version = models.CharField(_("phiên bản"), max_length=30, default="")
    name = models.CharField(_("tên"), max_length=200)
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        verbose_name = _("bộ chỉ số")
        verbose_name_plural = _("bộ chỉ số")
        ordering = ["code", "version"]
        constraints = [models.UniqueConstraint(fields=["code", "version"], name="framework_code_version")]

    def __str__(self):
        return self.name


class FrameworkComponent(models.Model):
    """A component index, field or group of a framework, with its weight or points."""

    framework = models.ForeignKey(
        Framework, verbose_name=_("bộ chỉ số"), on_delete=models.CASCADE, related_name="components"
    )
    code = models.SlugField(_("mã"), max_length=40)
    name = models.CharField(_("tên"), max_length=255)
    weight = models.DecimalField(_("trọng số (%)"), max_digits=6, decimal_places=2, null=True, blank=True)
    max_points = models.DecimalField(_("điểm tối đa"), max_digits=6, decimal_places=2, null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("thành phần bộ chỉ số")
        verbose_name_plural = _("thành phần bộ chỉ số")
        ordering = ["framework", "order"]
        constraints = [models.UniqueConstraint(fields=["framework", "code"], name="component_code")]

    def __str__(self):
        return f"{self.framework.code.upper()} – {self.name}"


class Plan(models.Model):
    """An issued or draft planning document of one unit: a Kế hoạch, a Quyết định or an attached Quy chế."""

    class DocType(models.TextChoices):
        PLAN = "KH", _("Kế hoạch")
        DECISION = "QĐ", _("Quyết định")
        REGULATION = "QC", _("Quy chế")
        PROGRAMME = "CTr", _("Chương trình")
        LETTER = "CV", _("Công văn")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        ISSUED = "issued", _("Đã ban hành")
        SUPERSEDED = "superseded", _("Đã được thay thế")
        CLOSED = "closed", _("Đã kết thúc")

    class Authority(models.TextChoices):
        NONE = "", _("(ký trực tiếp)")
        TM = "TM.", _("TM. – thay mặt tập thể")
        KT = "KT.", _("KT. – ký thay người đứng đầu")
        Q = "Q.", _("Q. – quyền")
        TL = "TL.", _("TL. – thừa lệnh")
        TUQ = "TUQ.", _("TUQ. – thừa ủy quyền")

    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT, related_name="plans"
    )
    doc_type = models.CharField(_("loại văn bản"), max_length=4, choices=DocType.choices, default=DocType.PLAN)
    attached_to = models.ForeignKey(
        "self",
        verbose_name=_("ban hành kèm theo"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="attachments",
        help_text=_("Quy chế ban hành kèm theo một Quyết định."),
    )
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=60, blank=True, help_text=_("Ví dụ: KH-SKHCN"))
    place_name = models.CharField(_("địa danh"), max_length=120, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    title = models.TextField(_("trích yếu"))
    addressees = models.TextField(
        _("kính gửi"), blank=True, help_text=_("Nơi văn bản gửi đến (công văn); mỗi dòng một nơi.")
    )
    authority_line = models.CharField(
        _("thẩm quyền ban hành"), max_length=255, blank=True, help_text=_("Ví dụ: CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ")
    )
    preamble = models.TextField(_("lời mở đầu"), blank=True)
    closing = models.TextField(_("lời kết"), blank=True)
    start_year = models.PositiveSmallIntegerField(_("từ năm"), validators=[validate_year])
    end_year = models.PositiveSmallIntegerField(_("đến năm"), validators=[validate_year])
    vision_year = models.PositiveSmallIntegerField(
        _("tầm nhìn đến năm"), null=True, blank=True, validators=[validate_year]
    )
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    signer_authority = models.CharField(_("thẩm quyền ký"), max_length=5, choices=Authority.choices, blank=True)
    signer_collective = models.CharField(
        _("tập thể"), max_length=120, blank=True, help_text=_("Ví dụ: ỦY BAN NHÂN DÂN")
    )
    signer_head = models.CharField(
        _("chức vụ người đứng đầu"), max_length=120, blank=True, help_text=_("Ví dụ: CHỦ TỊCH")
    )
    signer_position = models.CharField(_("chức vụ người ký"), max_length=120, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True, help_text=_("Mỗi dòng một nơi nhận."))
    revision = models.PositiveIntegerField(_("lần sửa đổi"), default=0)
    previous = models.ForeignKey(
        "self", verbose_name=_("bản trước"), null=True, blank=True, on_delete=models.SET_NULL, related_name="revisions"
    )
    search_text = models.TextField(editable=False, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PlanQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["search_text"])

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["-start_year", "-issued_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(end_year__gte=models.F("start_year")), name="plan_period"),
        ]

    def __str__(self):
        return f"{self.get_doc_type_display()} {self.title[:80]}"

    def save(self, *args, update_fields=None, **kwargs):
        self.search_text = self.search_key()
        # Numbering saves only the number: its key must follow, or the plan is not found by "15/KH-SKHCN".
        if update_fields is not None and {"number", "symbol", "title", "preamble"} & set(update_fields):
            update_fields = {*update_fields, "search_text"}
        super().save(*args, update_fields=update_fields, **kwargs)

    def get_absolute_url(self):
        return reverse("plans:plan_detail", args=[self.pk])

    def search_key(self):
        """What the plan list's search box matches: number and symbol as written ("15/kh-skhcn"), the title,
        the start of the preamble."""
        return fold(" ".join([self.number_symbol, self.title, self.preamble[:2000]]))

    @property
    def number_symbol(self):
        """ "340/BC-UBND", or " /KH-SKHCN" with a blank number until the clerk numbers it."""
        return format_number(self.number, self.symbol)

    @property
    def years_label(self):
        """ "2026 – 2030", or "2027" for a plan of one year."""
        return str(self.start_year) if self.start_year == self.end_year else f"{self.start_year} – {self.end_year}"

    @property
    def period_label(self):
        label = self.years_label
        if self.vision_year:
            label += _(", tầm nhìn đến năm %(year)s") % {"year": self.vision_year}
        return label

    @property
    def is_editable(self):
        return self.status == self.Status.DRAFT

    @property
    def missing_signer(self):
        """Printed now, the document would have no signature block (a regulation takes its decision's)."""
        return not self.signer_name and not self.attached_to_id

    @property
    def locked_reason(self):
        """Why the document cannot be edited in place, for whoever follows a link to its editor ("" for a draft)."""
        return {
            self.Status.ISSUED: _(
                "Văn bản đã ban hành nên không sửa trực tiếp được: mọi thay đổi làm trên một bản sửa đổi "
                "(nút “Tạo bản sửa đổi” trên trang văn bản)."
            ),
            self.Status.SUPERSEDED: _("Văn bản này đã được thay thế bằng một bản sửa đổi; hãy sửa bản mới."),
            self.Status.CLOSED: _("Văn bản đã kết thúc nên không sửa được nữa."),
        }.get(self.status, "")

    def years(self):
        return range(self.start_year, self.end_year + 1)

    def year_outside(self, year, shown=None):
        """Why `year` (`shown` as the user typed it) cannot be one of the plan's, or None when it can: the editor's
        forms and the spreadsheet import say it alike."""
        if year is not None and self.start_year <= year <= self.end_year:
            return None
        # A one-year plan's period reads "(2027)", not "(2027 – 2027)".
        return _("Năm %(year)s nằm ngoài thời kỳ của kế hoạch (%(years)s).") % {
            "year": year if shown is None else shown,
            "years": self.years_label,
        }


class LegalBasis(models.Model):
    """A document the plan cites as its basis ("Căn cứ …", "Thực hiện …")."""

    class Kind(models.TextChoices):
        BASIS = "can_cu", _("Căn cứ")
        IMPLEMENTS = "thuc_hien", _("Thực hiện")

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="bases")
    order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(_("loại"), max_length=12, choices=Kind.choices, default=Kind.IMPLEMENTS)
    doc_kind = models.CharField(_("loại văn bản"), max_length=60, blank=True, help_text=_("Quyết định, Công văn…"))
    doc_number = models.CharField(_("số, ký hiệu"), max_length=80, blank=True)
    doc_date = models.DateField(_("ngày"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, blank=True)
    summary = models.TextField(_("trích yếu"), blank=True)

    class Meta:
        verbose_name = _("căn cứ")
        verbose_name_plural = _("căn cứ")
        ordering = ["plan", "order", "pk"]

    def __str__(self):
        return " ".join(filter(None, [self.doc_kind, f"số {self.doc_number}" if self.doc_number else ""]))


class Section(models.Model):
    """A numbered part of the document (A, I, 1, a, Chương, Điều) with its free text."""

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", verbose_name=_("thuộc mục"), null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    order = models.PositiveSmallIntegerField(default=0)
    number = models.CharField(_("số thứ tự"), max_length=20, blank=True, help_text=_("Như văn bản: A, I, 1, a, 1.1"))
    title = models.CharField(_("tiêu đề"), max_length=500, blank=True)
    body = models.TextField(_("nội dung"), blank=True)

    class Meta:
        verbose_name = _("mục")
        verbose_name_plural = _("mục")
        ordering = ["plan", "order", "pk"]

    def __str__(self):
        return f"{self.number}. {self.title}".strip(". ")

    @property
    def inline_number(self):
        """The number that opens the first line of the body, for a numbered part with no title ("1." before a
        target's sentence, "Điều 2." before an article's text); "" when the number heads a line of its own."""
        number = self.number
        if self.title or not number or not self.body.strip() or self.is_chapter:
            return ""
        return number if number.endswith(")") else f"{number}."

    @property
    def is_chapter(self):
        return self.number[:6].upper() == "CHƯƠNG"

    @property
    def is_article(self):
        return self.number[:4] == "Điều"

    def clean(self):
        # A section under itself or its own descendant would leave the tree: the outline starts from the roots.
        if self.pk and self.parent_id in self.subtree_ids():
            raise ValidationError(
                {"parent": _("Không thể đặt một mục vào trong chính nó hoặc mục con của nó.")}, code="cycle"
            )

    def subtree_ids(self):
        """The ids of this section and of every section below it."""
        children = {}
        for pk, parent_id in Section.objects.filter(plan_id=self.plan_id).values_list("pk", "parent_id"):
            children.setdefault(parent_id, []).append(pk)
        found, todo = set(), [self.pk]
        while todo:
            pk = todo.pop()
            if pk not in found:  # stored data may already hold a cycle
                found.add(pk)
                todo += children.get(pk, [])
        return found


class Task(models.Model):
    """A nhiệm vụ: what to do, who directs it, which units lead and coordinate, what it produces, when."""

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="tasks")
    section = models.ForeignKey(Section, verbose_name=_("mục"), on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveSmallIntegerField(default=0)
    number = models.CharField(_("số thứ tự"), max_length=20, blank=True)
    content = models.TextField(_("nội dung nhiệm vụ"))
    directing_leader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lãnh đạo chỉ đạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="directed_tasks",
    )
    directing_text = models.CharField(
        _("chỉ đạo thực hiện"),
        max_length=200,
        blank=True,
        help_text=_("Như văn bản ghi, ví dụ: Phó Giám đốc Trần Công Hòa; Lãnh đạo Sở."),
    )
    output = models.TextField(_("sản phẩm đầu ra"), blank=True)
    units = models.ManyToManyField(OrgUnit, verbose_name=_("đơn vị"), through="TaskUnit", related_name="tasks")
    weight = models.PositiveSmallIntegerField(_("trọng số"), default=1)

    class Meta:
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")
        ordering = ["plan", "section__order", "order", "pk"]

    def __str__(self):
        return self.content[:100]


class TaskUnit(models.Model):
    """A unit that leads or coordinates a task; `whole_subtree` says "the unit's sub-units", as in
    "Các phòng, đơn vị thuộc Sở"."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Chủ trì")
        COORDINATE = "coordinate", _("Phối hợp")

    task = models.ForeignKey(Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE, related_name="task_units")
    unit = models.ForeignKey(OrgUnit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="task_roles")
    role = models.CharField(_("vai trò"), max_length=12, choices=Role.choices)
    whole_subtree = models.BooleanField(_("các đơn vị thuộc"), default=False)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("đơn vị thực hiện")
        verbose_name_plural = _("đơn vị thực hiện")
        ordering = ["task", "order", "pk"]  # as entered, leads and coordinators alike
        constraints = [models.UniqueConstraint(fields=["task", "unit", "role"], name="taskunit_unique")]

    def __str__(self):
        if self.whole_subtree:
            return _("Các phòng, đơn vị thuộc %(unit)s") % {"unit": self.unit.short_name or self.unit.name}
        return self.unit.name


class ScheduleRule(models.Model):
    """A deadline as the document writes it, plus the rule the calendar expands into dates."""

    class Kind(models.TextChoices):
        YEAR = "year", _("Trong năm")
        YEARS_FROM = "years_from", _("Năm … và các năm tiếp theo")
        MONTHS = "months", _("Từ tháng … đến tháng …")
        DATE = "date", _("Trước một ngày cụ thể")
        YEARLY = "yearly", _("Trước ngày … hằng năm")
        ANNUAL = "annual", _("Hằng năm")
        HALF_YEARLY = "half_yearly", _("Hằng 6 tháng")
        QUARTERLY = "quarterly", _("Hằng quý")
        MONTHLY = "monthly", _("Trước ngày … hằng tháng")
        WEEKLY = "weekly", _("Hằng tuần")
        DAILY = "daily", _("Hằng ngày (ngày làm việc)")
        WORKING_DAYS = "working_days", _("Trong … ngày làm việc kể từ …")
        CONTINUOUS = "continuous", _("Thường xuyên")

    task = models.ForeignKey(
        Task, verbose_name=_("nhiệm vụ"), null=True, blank=True, on_delete=models.CASCADE, related_name="schedules"
    )
    duty = models.ForeignKey(
        "ReportingDuty",
        verbose_name=_("nhiệm vụ báo cáo"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="schedules",
    )
    order = models.PositiveSmallIntegerField(default=0)
    label = models.CharField(
        _("hạng mục"), max_length=300, blank=True, help_text=_("Ví dụ: Xây dựng và tham mưu ban hành Nghị quyết")
    )
    wording = models.CharField(_("thời gian (như văn bản)"), max_length=300)
    kind = models.CharField(_("quy tắc"), max_length=16, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True, validators=[validate_year])
    end_year = models.PositiveSmallIntegerField(_("đến năm"), null=True, blank=True, validators=[validate_year])
    month = models.PositiveSmallIntegerField(_("tháng"), null=True, blank=True)
    end_month = models.PositiveSmallIntegerField(_("đến tháng"), null=True, blank=True)
    day = models.PositiveSmallIntegerField(_("ngày"), null=True, blank=True)
    weekday = models.PositiveSmallIntegerField(_("thứ trong tuần (0 = thứ Hai)"), null=True, blank=True)
    date = models.DateField(_("ngày cụ thể"), null=True, blank=True)
    working_days = models.PositiveSmallIntegerField(_("số ngày làm việc"), null=True, blank=True)
    next_working_day = models.BooleanField(_("lùi sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ"), default=True)

    class Meta:
        verbose_name = _("thời hạn")
        verbose_name_plural = _("thời hạn")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(task__isnull=False, duty__isnull=True)
                | models.Q(task__isnull=True, duty__isnull=False),
                name="schedule_owner",
            )
        ]

    def __str__(self):
        return f"{self.label}: {self.wording}" if self.label else self.wording


class Indicator(models.Model):
    """A chỉ tiêu with its framework, measure, direction and a target per year."""

    class Direction(models.TextChoices):
        UP = "up", _("Càng cao càng tốt")
        DOWN = "down", _("Càng thấp càng tốt")

    class Comparator(models.TextChoices):
        GT = ">", _("trên (>)")
        GE = ">=", _("từ … trở lên (≥)")
        LT = "<", _("dưới (<)")
        LE = "<=", _("không quá (≤)")
        EQ = "=", _("bằng (=)")

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="indicators")
    component = models.ForeignKey(
        FrameworkComponent,
        verbose_name=_("thuộc chỉ số thành phần"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
    )
    order = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(_("tên chỉ tiêu"), max_length=500)
    measure = models.CharField(_("đơn vị tính"), max_length=40, blank=True, help_text=_("%, ngày, hồ sơ, người…"))
    direction = models.CharField(_("chiều"), max_length=4, choices=Direction.choices, default=Direction.UP)
    comparator = models.CharField(_("so sánh"), max_length=2, choices=Comparator.choices, default=Comparator.GE)

    class Aggregation(models.TextChoices):
        SUM = "sum", _("Cộng các đơn vị")
        AVERAGE = "avg", _("Trung bình các đơn vị")
        NONE = "none", _("Không tổng hợp")

    aggregation = models.CharField(
        _("tổng hợp từ đơn vị cấp dưới"), max_length=4, choices=Aggregation.choices, default=Aggregation.AVERAGE
    )
    baseline = models.DecimalField(_("giá trị nền"), max_digits=14, decimal_places=2, null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("năm nền"), null=True, blank=True, validators=[validate_year])
    tasks = models.ManyToManyField(Task, verbose_name=_("nhiệm vụ liên quan"), blank=True, related_name="indicators")

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        ordering = ["plan", "order", "pk"]

    def __str__(self):
        return self.name

    @property
    def comparator_symbol(self):
        return {">=": "≥", "<=": "≤"}.get(self.comparator, self.comparator)


class IndicatorTarget(models.Model):
    """The target of an indicator for one year ("trên 50% năm 2021")."""

    indicator = models.ForeignKey(
        Indicator, verbose_name=_("chỉ tiêu"), on_delete=models.CASCADE, related_name="targets"
    )
    year = models.PositiveSmallIntegerField(_("năm"), validators=[validate_year])
    value = models.DecimalField(_("giá trị mục tiêu"), max_digits=14, decimal_places=2)
    wording = models.CharField(_("như văn bản"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("mục tiêu theo năm")
        verbose_name_plural = _("mục tiêu theo năm")
        ordering = ["indicator", "year"]
        constraints = [models.UniqueConstraint(fields=["indicator", "year"], name="target_year")]

    def __str__(self):
        return f"{self.year}: {self.indicator.get_comparator_display()} {self.value}"


class ReportingDuty(models.Model):
    """A report the plan requires: what, from whom, to whom, covering what, by which rule."""

    class ReportKind(models.TextChoices):
        PLAN = "plan", _("Kế hoạch triển khai năm")
        MONTHLY = "monthly", _("Báo cáo tháng")
        QUARTERLY = "quarterly", _("Báo cáo quý")
        HALF_YEAR = "half_year", _("Báo cáo 6 tháng")
        NINE_MONTHS = "nine_months", _("Báo cáo 9 tháng")
        ANNUAL = "annual", _("Báo cáo năm")
        THEMATIC = "thematic", _("Báo cáo chuyên đề")
        AD_HOC = "ad_hoc", _("Báo cáo đột xuất")
        MEETING = "meeting", _("Họp, giao ban")
        UPDATE = "update", _("Cập nhật thông tin")

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="duties")
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(_("nội dung báo cáo"), max_length=500)
    kind = models.CharField(_("loại báo cáo"), max_length=12, choices=ReportKind.choices)
    sender = models.ForeignKey(
        OrgUnit,
        verbose_name=_("đơn vị gửi"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="duties_sent",
    )
    sender_whole_subtree = models.BooleanField(_("mọi đơn vị thuộc đơn vị gửi"), default=False)
    recipient = models.ForeignKey(
        OrgUnit,
        verbose_name=_("nơi nhận báo cáo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="duties_received",
    )
    period_start_day = models.PositiveSmallIntegerField(
        _("kỳ số liệu bắt đầu từ ngày"),
        default=15,
        choices=[
            (15, _("15 tháng trước – 14 tháng cuối kỳ (Nghị định 09/2019)")),
            (1, _("1 – ngày cuối tháng (tháng dương lịch)")),
        ],
    )
    # "Trước ngày 05/6" answers the half year still running; "trước ngày 08 hằng tháng" often answers the month
    # that ended before it. Only the plan's authors know which, so it is theirs to say.
    due_in_next_month = models.BooleanField(
        _("hạn của mỗi kỳ"),
        default=False,
        choices=[
            (False, _("Trong tháng cuối kỳ (như “trước ngày 05/6” cho báo cáo 6 tháng)")),
            (True, _("Trong tháng sau kỳ (như “trước ngày 08 hằng tháng” cho kỳ vừa kết thúc)")),
        ],
    )
    sections = models.ManyToManyField(Section, verbose_name=_("các mục"), blank=True)
    indicators = models.ManyToManyField(Indicator, verbose_name=_("các chỉ tiêu"), blank=True)

    class Meta:
        verbose_name = _("nhiệm vụ báo cáo")
        verbose_name_plural = _("nhiệm vụ báo cáo")
        ordering = ["plan", "order", "pk"]

    def __str__(self):
        return self.title

    def data_period(self, year, number=None):
        """The data period this duty reports on, as Nghị định 09/2019 sets it unless the duty overrides it."""
        return report_period(self.kind, year, number, start_day=self.period_start_day)

    def default_period(self, today, year=None):
        """(year, number) of the period to open on: the latest whose data period has ended by today (its reports
        are due or sent), else the first, within the plan's years or the year given."""
        years = [year] if year else list(range(self.plan.start_year, self.plan.end_year + 1))
        if self.kind not in REPORT_KINDS:
            return min(max(today.year, years[0]), years[-1]), None
        periods = [(y, number) for y in years for number in period_numbers(self.kind)]
        ended = [period for period in periods if self.data_period(*period)[1] < today]
        return ended[-1] if ended else periods[0]

    def expected_senders(self):
        """The units that owe the report: for a duty of the whole subtree, every unit directly below the sender
        except the one that receives it; else the sender."""
        if self.sender_whole_subtree:
            units = OrgUnit.objects.filter(parent=self.sender_id).exclude(pk=self.recipient_id)
            return list(units.order_by("path"))
        return [self.sender] if self.sender_id else []

    def occurrence_for(self, year, number=None):
        """The deadline a period's report answers: the first from the first day of the period's last month (or of
        the month after, for a duty due in the next month), within a period's length ("trước ngày 05/6" answers the
        first half, "trước ngày 20 tháng cuối quý" its quarter, as the seeds' units report). A duty without data
        periods (thematic, ad hoc…): the year's first."""
        occurrences = self.occurrences.order_by("original_due_date")
        try:
            start, end = self.data_period(year, number)
        except ValueError:
            return occurrences.filter(original_due_date__year=year).first()
        first = end.replace(day=1)
        if self.due_in_next_month:
            first = (first + datetime.timedelta(days=31)).replace(day=1)
        return occurrences.filter(original_due_date__gte=first, original_due_date__lt=first + (end - start)).first()


class Occurrence(models.Model):
    """One dated deadline of a task or reporting duty of an issued plan, with its four-way state."""

    class Status(models.TextChoices):
        DONE_ON_TIME = "done_on_time", _("Hoàn thành đúng hạn")
        DONE_LATE = "done_late", _("Hoàn thành quá hạn")
        OPEN = "open", _("Đang thực hiện trong hạn")
        OVERDUE = "overdue", _("Quá hạn chưa hoàn thành")

    rule = models.ForeignKey(
        ScheduleRule, verbose_name=_("thời hạn"), on_delete=models.CASCADE, related_name="occurrences"
    )
    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="occurrences")
    task = models.ForeignKey(
        Task, verbose_name=_("nhiệm vụ"), null=True, blank=True, on_delete=models.CASCADE, related_name="occurrences"
    )
    duty = models.ForeignKey(
        ReportingDuty,
        verbose_name=_("nhiệm vụ báo cáo"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="occurrences",
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("đơn vị chịu trách nhiệm"), on_delete=models.PROTECT, related_name="occurrences"
    )
    original_due_date = models.DateField(_("hạn theo kế hoạch"))
    due_date = models.DateField(_("hạn"), db_index=True)
    done_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người ghi nhận hoàn thành"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("hạn cần thực hiện")
        verbose_name_plural = _("hạn cần thực hiện")
        ordering = ["due_date", "pk"]
        constraints = [models.UniqueConstraint(fields=["rule", "original_due_date"], name="occurrence_once")]
        indexes = [models.Index(fields=["done_on", "due_date"])]

    def __str__(self):
        return f"{self.title} – {self.due_date:%d/%m/%Y}"

    @property
    def title(self):
        source = self.task.content if self.task_id else self.duty.title
        return f"{self.rule.label}: {source}" if self.rule.label else source

    def status(self, today=None):
        today = today or timezone.localdate()
        if self.done_on:
            return self.Status.DONE_ON_TIME if self.done_on <= self.due_date else self.Status.DONE_LATE
        return self.Status.OPEN if today <= self.due_date else self.Status.OVERDUE

    def get_status_display(self):
        return self.Status(self.status()).label

    def days_overdue(self, today=None):
        today = today or timezone.localdate()
        return (today - self.due_date).days if not self.done_on and today > self.due_date else 0


class ExtensionRequest(models.Model):
    """An official's request to move a deadline, and the leader's decision on it."""

    class State(models.TextChoices):
        PENDING = "pending", _("Chờ quyết định")
        APPROVED = "approved", _("Đã đồng ý")
        REFUSED = "refused", _("Không đồng ý")

    occurrence = models.ForeignKey(
        Occurrence, verbose_name=_("hạn cần thực hiện"), on_delete=models.CASCADE, related_name="extensions"
    )
    requested_date = models.DateField(_("xin gia hạn đến ngày"))
    reason = models.TextField(_("lý do"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người đề nghị"), on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người quyết định"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(_("ý kiến"), blank=True)

    class Meta:
        verbose_name = _("đề nghị gia hạn")
        verbose_name_plural = _("đề nghị gia hạn")
        ordering = ["-requested_at", "-pk"]

    def __str__(self):
        return f"{self.occurrence} → {self.requested_date:%d/%m/%Y}"

    def get_absolute_url(self):
        """The request in the list of requests on the deadlines page, where the leaders decide it."""
        return reverse("plans:deadlines") + f"#gia-han-{self.pk}"

    def may_be_decided_by(self, user):
        """A leader over the plan's unit decides, never the person who asked: a leader would otherwise move their
        own deadline."""
        return user.pk != self.requested_by_id and access.can(user, self.occurrence.plan.unit, access.APPROVE)


class ReminderPolicy(models.Model):
    """When a unit (and the units below it, unless they set their own) is reminded."""

    unit = models.OneToOneField(OrgUnit, on_delete=models.CASCADE, related_name="reminder_policy")
    days_before = models.CharField(
        _("nhắc trước hạn (ngày)"),
        max_length=50,
        default="7,3,1,0",
        help_text=_("Các số ngày trước hạn, cách nhau bởi dấu phẩy; 0 là đúng ngày đến hạn."),
    )
    overdue_every = models.PositiveSmallIntegerField(_("nhắc quá hạn mỗi (ngày)"), default=3)
    escalate_after = models.PositiveSmallIntegerField(_("báo lãnh đạo sau khi quá hạn (ngày)"), default=7)

    class Meta:
        verbose_name = _("chế độ nhắc việc")
        verbose_name_plural = _("chế độ nhắc việc")

    def __str__(self):
        return f"{self.unit}: {self.days_before}"

    def offsets(self):
        return sorted({int(part) for part in self.days_before.split(",") if part.strip().isdigit()}, reverse=True)


class Reminder(models.Model):
    """One message to one person about one deadline on one channel; the unique key makes it happen once."""

    class Channel(models.TextChoices):
        IN_APP = "in_app", _("Trong cổng")
        EMAIL = "email", _("Thư điện tử")

    class State(models.TextChoices):
        PENDING = "pending", _("Chờ gửi")
        SENDING = "sending", _("Đang gửi")
        SENT = "sent", _("Đã gửi")
        FAILED = "failed", _("Gửi lỗi")

    occurrence = models.ForeignKey(
        Occurrence, verbose_name=_("hạn cần thực hiện"), on_delete=models.CASCADE, related_name="reminders"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người nhận"), on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(_("loại nhắc"), max_length=30)
    channel = models.CharField(_("kênh"), max_length=10, choices=Channel.choices)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("số lần thử"), default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lượt nhắc việc")
        verbose_name_plural = _("lượt nhắc việc")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "recipient", "kind", "channel"], name="reminder_once")
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self):
        return f"{self.kind} → {self.recipient} ({self.get_state_display()})"
