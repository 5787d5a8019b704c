from django.utils import timezone

from . import access
from .notifications import unread_count


def portal(request):
    """Today's date, and the user's units and roles for the navigation bar."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"today": timezone.localdate()}
    can_manage = user.is_superuser or any(
        access.MANAGE in access.CAPABILITIES[role] for _p, role in access.grants(user)
    )
    return {
        "today": timezone.localdate(),
        "nav_memberships": access.memberships(user)[:5],
        "nav_can_manage": can_manage,
        "nav_unread": unread_count(user),
    }
