from django.contrib import admin

from .models import (
    Criterion766,
    Delegation,
    DossierImport,
    EForm,
    ImportSource,
    LinkedGroup,
    ManualValue766,
    Procedure,
    Reengineering,
    Scheme766,
    Simplification,
    SystemProposal,
)


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "field", "level", "working_days", "online_level"]
    list_filter = ["level", "online_level", "field"]
    search_fields = ["code", "search_text"]
    filter_horizontal = ["units"]


class RegisterAdmin(admin.ModelAdmin):
    list_display = ["__str__", "unit", "document"]
    list_filter = ["unit"]
    autocomplete_fields = ["procedure"]
    raw_id_fields = ["unit"]


for register in (Simplification, LinkedGroup, Reengineering, EForm, Delegation):
    admin.site.register(register, RegisterAdmin)


@admin.register(SystemProposal)
class SystemProposalAdmin(admin.ModelAdmin):
    list_display = ["problem", "unit", "audience", "reference"]
    list_filter = ["audience", "unit"]


@admin.register(ImportSource)
class ImportSourceAdmin(admin.ModelAdmin):
    list_display = ["name", "unit"]


@admin.register(DossierImport)
class DossierImportAdmin(admin.ModelAdmin):
    """Read-only: an import is evidence that reports cite."""

    list_display = ["file_name", "unit", "state", "rows", "created", "updated", "bad_rows", "at", "seconds"]
    list_filter = ["state"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class CriterionInline(admin.TabularInline):
    model = Criterion766
    extra = 0


@admin.register(Scheme766)
class Scheme766Admin(admin.ModelAdmin):
    list_display = ["name", "version", "valid_from"]
    inlines = [CriterionInline]


@admin.register(ManualValue766)
class ManualValue766Admin(admin.ModelAdmin):
    list_display = ["criterion", "unit", "year", "value"]
    list_filter = ["year"]
    raw_id_fields = ["unit"]
