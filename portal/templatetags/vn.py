"""Template filters for Vietnamese dates, figures and change history, available in every template."""

from django import template
from django.utils.translation import gettext_lazy as _

from portal.dates import long_date, short_date, vn_date, vn_number
from portal.documents import recipient_lines, signer_lines

register = template.Library()

register.filter("vn_date", vn_date)
register.filter("long_date", long_date)
register.filter("short_date", short_date)
register.filter("vn_number", vn_number)
# A plan's or report's page shows its authority block and "Nơi nhận" as its PDF prints them.
register.filter("signer_lines", signer_lines)
register.filter("recipient_lines", recipient_lines)

# django-simple-history labels its record types in English only ("Created", "Changed", "Deleted").
HISTORY_TYPES = {"+": _("Tạo mới"), "~": _("Sửa"), "-": _("Xóa")}


@register.filter
def history_type(record):
    """ "Tạo mới", "Sửa" or "Xóa" for one historical record."""
    return HISTORY_TYPES.get(record.history_type, record.history_type)
