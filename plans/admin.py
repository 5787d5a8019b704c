from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    ExtensionRequest,
    Framework,
    FrameworkComponent,
    Indicator,
    IndicatorTarget,
    Occurrence,
    Plan,
    Reminder,
    ReminderPolicy,
    ReportingDuty,
    Section,
    Task,
)


class ComponentInline(admin.TabularInline):
    model = FrameworkComponent
    extra = 0


@admin.register(Framework)
class FrameworkAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "version"]
    inlines = [ComponentInline]


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0
    fields = ["order", "number", "title", "parent"]


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = ["title", "doc_type", "unit", "start_year", "end_year", "status"]
    list_filter = ["status", "doc_type"]
    search_fields = ["search_text"]
    autocomplete_fields = ["unit"]
    inlines = [SectionInline]


class TargetInline(admin.TabularInline):
    model = IndicatorTarget
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["name", "plan", "component", "measure", "comparator"]
    inlines = [TargetInline]


admin.site.register(Task)
admin.site.register(ReportingDuty)


@admin.register(ReminderPolicy)
class ReminderPolicyAdmin(admin.ModelAdmin):
    list_display = ["unit", "days_before", "overdue_every", "escalate_after"]
    autocomplete_fields = ["unit"]


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    """Failed reminders are listed here for the admin, with their last error; "resend" puts them back."""

    list_display = ["occurrence", "recipient", "kind", "channel", "state", "attempts", "sent_at"]
    list_filter = ["state", "channel", "kind"]
    search_fields = ["recipient__username", "recipient__full_name"]
    readonly_fields = ["occurrence", "recipient", "kind", "channel", "attempts", "last_error", "created_at", "sent_at"]
    actions = ["resend"]

    @admin.action(description=_("Gửi lại các lượt nhắc đã chọn"))
    def resend(self, request, queryset):
        queryset.exclude(state=Reminder.State.SENT).update(
            state=Reminder.State.PENDING, attempts=0, next_attempt_at=timezone.now()
        )


@admin.register(Occurrence)
class OccurrenceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "unit", "due_date", "done_on"]
    list_filter = ["done_on"]
    date_hierarchy = "due_date"
    raw_id_fields = ["rule", "plan", "task", "duty", "closed_by"]


@admin.register(ExtensionRequest)
class ExtensionRequestAdmin(admin.ModelAdmin):
    list_display = ["occurrence", "requested_date", "requested_by", "state", "decided_by"]
    list_filter = ["state"]
    raw_id_fields = ["occurrence"]
