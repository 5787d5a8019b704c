from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import AuditEntry, CalendarOverride, Membership, Notification, OrgUnit, User

admin.site.site_header = _("Quản trị Cổng Kế hoạch – Báo cáo")
admin.site.site_title = _("Cổng Kế hoạch – Báo cáo")


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["unit"]


@admin.register(OrgUnit)
class OrgUnitAdmin(SimpleHistoryAdmin):
    list_display = ["indented_name", "code", "abbreviation", "kind", "place_name", "is_active", "valid_to"]
    list_filter = ["kind", "is_active"]
    search_fields = ["search_text", "code"]
    autocomplete_fields = ["parent", "successor"]
    list_per_page = 100

    @admin.display(description=_("tên đơn vị"), ordering="path")
    def indented_name(self, unit):
        return "— " * unit.depth + unit.name

    def get_search_results(self, request, queryset, search_term):
        # Search without diacritics, the same as the portal's own lists.
        return queryset.search(search_term), False


@admin.register(User)
class UserAdmin(SimpleHistoryAdmin, BaseUserAdmin):
    list_display = ["username", "full_name", "position", "email", "is_active", "is_superuser"]
    search_fields = ["username", "full_name", "email"]
    ordering = ["full_name"]
    inlines = [MembershipInline]
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (_("Thông tin cá nhân"), {"fields": ("full_name", "position", "email", "phone")}),
        (_("Quyền"), {"fields": ("is_active", "is_staff", "is_superuser")}),
        (_("Thời điểm"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {"classes": ("wide",), "fields": ("username", "full_name", "position", "email", "password1", "password2")},
        ),
    )


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "actor", "unit", "object_repr"]
    list_filter = ["action"]
    search_fields = ["action", "object_repr"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(admin.ModelAdmin):
    list_display = ["date", "is_working_day", "reference", "note"]
    list_filter = ["is_working_day"]
    date_hierarchy = "date"


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created_at", "user", "title", "read_at"]
    search_fields = ["title", "user__username"]
    raw_id_fields = ["user"]
