"""The register of outgoing documents (sổ đăng ký văn bản đi), per unit and year, and its Excel export."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from .access import scope_filter
from .models import OrgUnit, RegisterEntry
from .params import int_param, year_param
from .tabular import xlsx_response


def register_entries(user, *, unit=None, year=None, query=""):
    """The register lines the user may see, newest first; `query` matches without diacritics."""
    entries = RegisterEntry.objects.filter(scope_filter(user)).select_related("unit")
    if unit is not None:
        entries = entries.filter(unit=unit)
    if year:
        entries = entries.filter(year=year)
    return entries.search(query).order_by("-year", "unit__path", "-number")


@login_required
def register_list(request):
    params = request.GET
    units = OrgUnit.objects.for_user(request.user).filter(register__isnull=False).distinct()
    unit = _unit_asked(request)
    year = year_param(params)
    entries = register_entries(request.user, unit=unit, year=year, query=params.get("q", ""))
    if params.get("format") == "xlsx":
        return _xlsx(entries)
    page = Paginator(entries, 50).get_page(params.get("page"))
    years = register_entries(request.user).order_by("-year").values_list("year", flat=True).distinct()
    return render(
        request,
        "portal/register_list.html",
        {"page_obj": page, "object_list": page.object_list, "units": units, "unit": unit, "years": years},
    )


def _unit_asked(request):
    """The unit in ?unit=; a unit out of the user's scope is a 404, an id that is no number is ignored."""
    if (unit_id := int_param(request.GET, "unit")) is not None:
        return get_object_or_404(OrgUnit.objects.for_user(request.user), pk=unit_id)
    if request.GET.get("unit"):
        messages.warning(request, _("Đơn vị trong địa chỉ không hợp lệ; sổ hiển thị mọi đơn vị của bạn."))
    return None


def _xlsx(entries):
    return xlsx_response(
        "so-van-ban-di.xlsx",
        _("Sổ văn bản đi"),
        [
            _("Số, ký hiệu"),
            _("Ngày văn bản"),
            _("Loại văn bản"),
            _("Trích yếu"),
            _("Người ký"),
            _("Nơi nhận"),
            _("Cơ quan ban hành"),
        ],
        (
            # A real date, so Excel sorts and filters the column; xlsx_workbook_response shows it as DD/MM/YYYY.
            [e.number_symbol, e.issued_on, e.doc_type, e.title, e.signer, e.recipients, e.unit.name]
            for e in entries
        ),
    )
