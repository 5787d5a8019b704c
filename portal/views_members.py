"""A unit's people, managed from its page by its administrators: add a person or a role, take a role away."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access
from .forms import MemberForm
from .models import Membership, OrgUnit
from .services import member_add, membership_remove


def _managed_unit(request, pk):
    return access.get_object_for_user(request, OrgUnit.objects.all(), pk, access.MANAGE, unit_of=lambda unit: unit)


@login_required
def member_create(request, pk):
    unit = _managed_unit(request, pk)
    form = MemberForm(request.POST or None, initial={"role": Membership.Role.OFFICIAL})
    if request.method == "POST" and form.is_valid():
        result = member_add(form=form, unit=unit, by=request.user)
        if result is not None:
            name = form.cleaned_data["full_name"]
            if result.invited:
                message = _("Đã thêm %(name)s; thư mời đặt mật khẩu đang được gửi.")
            elif result.without_email:
                message = _("Đã thêm %(name)s. Người này chưa có thư điện tử nên chưa đặt được mật khẩu.")
            else:
                message = _("Đã thêm vai trò cho %(name)s.")
            messages.success(request, message % {"name": name})
            return redirect("portal:unit_detail", pk=unit.pk)
    return render(request, "portal/membership_form.html", {"unit": unit, "form": form})


@require_POST
@login_required
def member_delete(request, pk):
    membership = get_object_or_404(Membership.objects.select_related("user", "unit"), pk=pk)
    _managed_unit(request, membership.unit_id)
    try:
        membership_remove(membership=membership, by=request.user)
    except ValueError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Đã bỏ vai trò %(role)s của %(name)s.")
            % {"role": membership.get_role_display(), "name": membership.user.get_full_name()},
        )
    url = reverse("portal:unit_detail", args=[membership.unit_id])
    # Asked from the page by htmx (which confirms first): the whole page reloads, with the message.
    return HttpResponse(status=204, headers={"HX-Redirect": url}) if request.htmx else redirect(url)
