from django.contrib import admin

from .models import Report, ReportTable, TableTemplate, Transition


@admin.register(TableTemplate)
class TableTemplateAdmin(admin.ModelAdmin):
    """Report table layouts are data: admins add columns and merged header groups here."""

    list_display = ["name", "code"]
    search_fields = ["name", "code"]


class TransitionInline(admin.TabularInline):
    model = Transition
    extra = 0
    readonly_fields = ["from_state", "to_state", "by", "at", "comment"]
    can_delete = False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["title", "unit", "kind", "year", "state", "version"]
    list_filter = ["state", "kind", "year"]
    search_fields = ["title"]
    raw_id_fields = ["unit", "recipient", "plan", "duty", "occurrence", "previous", "created_by"]
    filter_horizontal = ["sources"]
    inlines = [TransitionInline]


admin.site.register(ReportTable)
