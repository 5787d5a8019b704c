"""Organisation units, people and their roles, and the audit trail every app writes to."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat, Substr
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .text import fold, search_terms

PATH_STEP = 7  # six digits per level and a separator: 36 levels fit in 255 characters


class SearchQuerySet(models.QuerySet):
    """Rows whose folded `search_text` holds every term of the query, diacritics and case ignored."""

    def search(self, query):
        for term in search_terms(query):
            self = self.filter(search_text__contains=term)
        return self


class OrgUnitQuerySet(SearchQuerySet):
    def active(self, on=None):
        on = on or timezone.localdate()
        return self.filter(is_active=True).filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=on), Q(valid_to__isnull=True) | Q(valid_to__gte=on)
        )

    def subtree_of(self, *units):
        """Units and everything below them, in one indexed prefix query."""
        query = Q(pk__in=[])
        for unit in units:
            query |= Q(path__startswith=unit.path)
        return self.filter(query)

    def by_name(self):
        """{name -> pk} for the ways files name a unit: its code, full name or short name, as written and
        without diacritics or case."""
        found = {}
        for pk, *names in self.values_list("pk", "code", "name", "short_name"):
            for name in filter(None, names):
                found[name] = found[fold(name)] = pk
        return found

    def for_user(self, user):
        from .access import scope_filter

        return self.filter(scope_filter(user, field=""))


class OrgUnit(models.Model):
    """A body in the administrative tree: province, department, commune, school, village or outside agency."""

    class Kind(models.TextChoices):
        PROVINCE = "province", _("UBND tỉnh, thành phố")
        DEPARTMENT = "department", _("Sở, ban, ngành")
        DIVISION = "division", _("Phòng, chi cục, trung tâm")
        DISTRICT = "district", _("UBND huyện, quận, thị xã (trước 01/7/2025)")
        COMMUNE = "commune", _("UBND xã, phường, đặc khu")
        SCHOOL = "school", _("Trường học")
        POLICE = "police", _("Công an")
        VILLAGE = "village", _("Thôn, tổ dân phố")
        BOARD = "board", _("Ban, tổ công tác")
        OTHER = "other", _("Đơn vị khác")

    code = models.SlugField(_("mã đơn vị"), max_length=64, unique=True)
    name = models.CharField(_("tên đầy đủ"), max_length=255)
    short_name = models.CharField(_("tên ngắn"), max_length=120, blank=True)
    abbreviation = models.CharField(
        _("ký hiệu trên văn bản"), max_length=30, blank=True, help_text=_("Ví dụ: SKHCN, UBND, TMNMN.")
    )
    kind = models.CharField(_("loại đơn vị"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    place_name = models.CharField(
        _("địa danh ghi ngày tháng"), max_length=120, blank=True, help_text=_("Ví dụ: Quảng Ngãi, Nhà Bè.")
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("cơ quan cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    governing_body_name = models.CharField(
        _("tên cơ quan chủ quản trên văn bản"),
        max_length=255,
        blank=True,
        help_text=_("Để trống để dùng tên cơ quan cấp trên."),
    )
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    valid_from = models.DateField(_("hiệu lực từ ngày"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến ngày"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị kế thừa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_("Khi sáp nhập hoặc giải thể: đơn vị tiếp nhận nhiệm vụ."),
    )
    doc_font_size = models.PositiveSmallIntegerField(
        _("cỡ chữ văn bản"), default=14, choices=[(13, "13"), (14, "14")], help_text=_("Nghị định 30/2020: 13–14.")
    )
    doc_margin_top = models.PositiveSmallIntegerField(
        _("lề trên (mm)"), default=20, validators=[MinValueValidator(20), MaxValueValidator(25)]
    )
    doc_margin_bottom = models.PositiveSmallIntegerField(
        _("lề dưới (mm)"), default=20, validators=[MinValueValidator(20), MaxValueValidator(25)]
    )
    doc_margin_left = models.PositiveSmallIntegerField(
        _("lề trái (mm)"), default=30, validators=[MinValueValidator(30), MaxValueValidator(35)]
    )
    doc_margin_right = models.PositiveSmallIntegerField(
        _("lề phải (mm)"), default=15, validators=[MinValueValidator(15), MaxValueValidator(20)]
    )
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)
    search_text = models.TextField(editable=False, default="")

    objects = OrgUnitQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["path", "depth", "search_text"])

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_from__isnull=True) | Q(valid_to__gte=F("valid_from")),
                name="orgunit_valid_range",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.code, self.name, self.short_name, self.abbreviation]))
        with transaction.atomic():
            super().save(*args, **kwargs)
            self._place_in_tree()

    def get_absolute_url(self):
        return reverse("portal:unit_detail", args=[self.pk])

    def clean(self):
        if self.parent_id and self.pk and self.parent.path.startswith(self.path):
            raise ValidationError({"parent": _("Không thể đặt đơn vị dưới chính nó hoặc đơn vị cấp dưới của nó.")})
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")})

    def _place_in_tree(self):
        """Keep the materialised path of this unit and, after a move, of its whole subtree."""
        prefix = self.parent.path if self.parent_id else ""
        path = f"{prefix}{self.pk:06d}/"
        if path == self.path:
            return
        old, old_depth = self.path, self.depth
        depth = path.count("/") - 1
        if old:
            OrgUnit.objects.filter(path__startswith=old).exclude(pk=self.pk).update(
                path=Concat(Value(path), Substr("path", len(old) + 1), output_field=models.CharField()),
                depth=F("depth") + (depth - old_depth),
            )
        OrgUnit.objects.filter(pk=self.pk).update(path=path, depth=depth)
        self.path, self.depth = path, depth

    @property
    def display_name(self):
        return self.short_name or self.name

    @property
    def governing_body(self):
        """The "cơ quan chủ quản" line of a document header."""
        if self.governing_body_name:
            return self.governing_body_name
        return self.parent.name if self.parent_id else ""

    def ancestor_ids(self):
        return [int(part) for part in self.path.strip("/").split("/")[:-1]]

    def ancestors(self):
        return OrgUnit.objects.filter(pk__in=self.ancestor_ids()).order_by("depth")

    def is_within(self, other):
        return self.path.startswith(other.path)


class User(AbstractUser):
    """A person who signs in: an official, leader, clerk or administrator of one or more units."""

    full_name = models.CharField(_("họ và tên"), max_length=150)
    position = models.CharField(
        _("chức vụ"), max_length=150, blank=True, help_text=_("Ví dụ: Giám đốc, Phó Chủ tịch, chuyên viên.")
    )
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    notify_by_email = models.BooleanField(_("nhận nhắc việc qua thư điện tử"), default=True)
    email_digest = models.BooleanField(
        _("gộp thư nhắc việc thành một thư mỗi ngày"),
        default=True,
        help_text=_("Bỏ chọn để nhận từng thư riêng cho mỗi việc."),
    )
    calendar_token = models.CharField(max_length=43, blank=True, db_index=True, editable=False)

    objects = UserManager()
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")
        ordering = ["full_name", "username"]

    def __str__(self):
        return self.full_name or self.username

    def get_full_name(self):
        return self.full_name or self.username

    def get_short_name(self):
        return self.full_name.rsplit(" ", 1)[-1] if self.full_name else self.username


class Membership(models.Model):
    """A person's role in a unit; the role reaches the unit and every unit below it."""

    class Role(models.TextChoices):
        VIEWER = "viewer", _("Chỉ xem")
        OFFICIAL = "official", _("Chuyên viên")
        LEADER = "leader", _("Lãnh đạo")
        CLERK = "clerk", _("Văn thư")
        UNIT_ADMIN = "unit_admin", _("Quản trị đơn vị")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người dùng"), on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(OrgUnit, verbose_name=_("đơn vị"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("vai trò"), max_length=20, choices=Role.choices, default=Role.OFFICIAL)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vai trò tại đơn vị")
        verbose_name_plural = _("vai trò tại đơn vị")
        ordering = ["unit__path", "role"]
        constraints = [models.UniqueConstraint(fields=["user", "unit", "role"], name="membership_unique_role")]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.unit}"


class AuditEntry(models.Model):
    """One recorded action: who did what to which object, in which unit, when."""

    action = models.CharField(_("hành động"), max_length=80, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, on_delete=models.SET_NULL
    )
    unit = models.ForeignKey(OrgUnit, verbose_name=_("đơn vị"), null=True, on_delete=models.SET_NULL)
    object_type = models.CharField(max_length=80, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    object_repr = models.CharField(_("đối tượng"), max_length=255, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("nhật ký thao tác")
        verbose_name_plural = _("nhật ký thao tác")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self):
        return f"{self.created_at:%d/%m/%Y %H:%M} {self.action} {self.object_repr}"


class Notification(models.Model):
    """A message in a person's notification centre."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    title = models.CharField(_("tiêu đề"), max_length=255)
    body = models.TextField(_("nội dung"), blank=True)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return self.title


class CalendarOverride(models.Model):
    """A day the public sector works or rests against the rule: swaps and make-up Saturdays by notice."""

    date = models.DateField(_("ngày"), unique=True)
    is_working_day = models.BooleanField(_("là ngày làm việc"))
    reference = models.CharField(
        _("căn cứ"), max_length=255, blank=True, help_text=_("Ví dụ: Thông báo số 6150/TB-LĐTBXH ngày 29/11/2024.")
    )
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("ngày điều chỉnh lịch làm việc")
        verbose_name_plural = _("ngày điều chỉnh lịch làm việc")
        ordering = ["date"]

    def __str__(self):
        kind = _("làm việc") if self.is_working_day else _("nghỉ")
        return f"{self.date:%d/%m/%Y} ({kind})"


class RegisterEntry(models.Model):
    """One line of a unit's register of outgoing documents (sổ đăng ký văn bản đi): numbers never repeat
    within a unit and year."""

    unit = models.ForeignKey(
        OrgUnit, verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT, related_name="register"
    )
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveIntegerField(_("số"))
    symbol = models.CharField(_("ký hiệu"), max_length=60)
    doc_type = models.CharField(_("loại văn bản"), max_length=60)
    title = models.TextField(_("trích yếu"))
    issued_on = models.DateField(_("ngày văn bản"))
    signer = models.CharField(_("người ký"), max_length=120, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True)
    object_type = models.CharField(max_length=80)
    object_id = models.CharField(max_length=40)
    numbered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    numbered_at = models.DateTimeField(default=timezone.now)
    search_text = models.TextField(editable=False, default="")

    objects = SearchQuerySet.as_manager()

    class Meta:
        verbose_name = _("sổ văn bản đi")
        verbose_name_plural = _("sổ văn bản đi")
        ordering = ["unit", "-year", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "number"], name="register_number_once"),
            models.UniqueConstraint(fields=["object_type", "object_id"], name="register_object_once"),
        ]

    def __str__(self):
        return f"{self.number_symbol} – {self.title[:60]}"

    def save(self, *args, **kwargs):
        self.search_text = self.search_key()
        super().save(*args, **kwargs)

    def search_key(self):
        """What the register's search box matches: number and symbol, type, trích yếu, signer, recipients."""
        return fold(" ".join([self.number_symbol, self.doc_type, self.title, self.signer, self.recipients]))

    @property
    def number_symbol(self):
        return format_number(self.number, self.symbol)


def format_number(number, symbol):
    """ "05/KH-UBND" (below 10 with a leading zero, Nghị định 30), or "      /KH-UBND" before numbering."""
    return f"{number:02d}/{symbol}" if number is not None else f"      /{symbol}"


def generated_document_path(instance, filename):
    return f"van-ban/{instance.object_type}/{instance.object_id}/{filename}"


class GeneratedDocument(models.Model):
    """A PDF or Word file generated in the background from one version of a plan, decision or report."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "Word"

    class State(models.TextChoices):
        PENDING = "pending", _("Đang chờ")
        RUNNING = "running", _("Đang tạo")
        DONE = "done", _("Đã xong")
        FAILED = "failed", _("Không tạo được")

    object_type = models.CharField(max_length=80)
    object_id = models.CharField(max_length=40)
    kind = models.CharField(_("định dạng"), max_length=4, choices=Kind.choices)
    version = models.CharField(_("phiên bản"), max_length=64, help_text=_("Dấu vân tay của nội dung văn bản."))
    state = models.CharField(_("trạng thái"), max_length=8, choices=State.choices, default=State.PENDING)
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    file = models.FileField(_("tệp"), upload_to=generated_document_path, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(_("lúc yêu cầu"), default=timezone.now)
    finished_at = models.DateTimeField(_("lúc xong"), null=True, blank=True)

    class Meta:
        verbose_name = _("văn bản đã xuất")
        verbose_name_plural = _("văn bản đã xuất")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["object_type", "object_id"], name="generated_object")]
        constraints = [
            # One live file per content version and format: a double click or a second clerk reuses it.
            models.UniqueConstraint(
                fields=["object_type", "object_id", "kind", "version"],
                condition=~Q(state="failed"),
                name="generated_once_per_version",
            ),
        ]

    def __str__(self):
        return f"{self.object_type}#{self.object_id} {self.kind} {self.version[:8]}"

    @property
    def is_finished(self):
        return self.state in (self.State.DONE, self.State.FAILED)
