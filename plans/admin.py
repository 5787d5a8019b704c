from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Framework, FrameworkComponent, Indicator, IndicatorTarget, Plan, ReportingDuty, Section, Task


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
