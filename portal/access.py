"""Who sees and does what, in one place.

A membership gives its role in its unit and in every unit below it. Objects of every app carry
a unit; querysets are narrowed with `scope_filter`, single objects fetched with
`get_object_for_user`, which answers 404 outside the user's units and 403 when the role may
not do the action.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404

from .models import Membership

Role = Membership.Role

VIEW = "view"
DRAFT = "draft"
APPROVE = "approve"
NUMBER = "number"
SEND = "send"
MANAGE = "manage"

CAPABILITIES = {
    Role.VIEWER: {VIEW},
    Role.OFFICIAL: {VIEW, DRAFT},
    Role.LEADER: {VIEW, DRAFT, APPROVE},
    Role.CLERK: {VIEW, NUMBER, SEND},
    Role.UNIT_ADMIN: {VIEW, MANAGE},
}


def memberships(user):
    """The user's memberships in active units, with their units, read once per user object: the access
    rules and the navigation bar both need them on every page."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_portal_memberships", None)
    if cached is None:
        cached = list(
            Membership.objects.filter(user=user, unit__is_active=True)
            .select_related("unit")
            .only("role", "unit__path", "unit__name", "unit__short_name")  # what the rules and the bar read
            .order_by("unit__path", "role")
        )
        user._portal_memberships = cached
    return cached


def grants(user):
    """(unit path, role) pairs of the user's memberships."""
    return tuple((m.unit.path, m.role) for m in memberships(user))


def scope_filter(user, field="unit"):
    """A Q that keeps rows whose unit lies in the user's units or below them."""
    lookup = f"{field}__path__startswith" if field else "path__startswith"
    if user.is_authenticated and user.is_superuser:
        return Q()
    query = Q(pk__in=[])
    for path in sorted({path for path, _role in grants(user)}):
        query |= Q(**{lookup: path})
    return query


def roles_for(user, unit):
    """The roles the user holds over this unit through it or any unit above it."""
    return {role for path, role in grants(user) if unit.path.startswith(path)}


def can(user, unit, capability):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return any(capability in CAPABILITIES[role] for role in roles_for(user, unit))


def units_with(user, capability):
    """Units where the user may do `capability` (the units `can` says yes to), as one queryset."""
    from .models import OrgUnit

    if not user.is_authenticated or not user.is_active:
        return OrgUnit.objects.none()
    if user.is_superuser:
        return OrgUnit.objects.all()
    query = Q(pk__in=[])
    for path, role in grants(user):
        if capability in CAPABILITIES[role]:
            query |= Q(path__startswith=path)
    return OrgUnit.objects.filter(query)


def nearest_people_with(unit, capability):
    """The people who may do `capability` on the unit, from the nearest level that has any: the unit's own
    members, else those of the closest unit above it. Whom to ask, say, for an approval: a division's
    report goes to its commune's chairman, not also to every leader up to the province."""
    roles = [role for role, capabilities in CAPABILITIES.items() if capability in capabilities]
    holders = list(
        Membership.objects.filter(
            unit_id__in=[*unit.ancestor_ids(), unit.pk], unit__is_active=True, role__in=roles, user__is_active=True
        ).select_related("user", "unit")
    )
    nearest = max((m.unit.depth for m in holders), default=None)
    return list({m.user_id: m.user for m in holders if m.unit.depth == nearest}.values())


def manageable_units(user):
    """Units the user may administer (and so create units and people under)."""
    return units_with(user, MANAGE)


def get_object_for_user(request, queryset, pk, capability=None, unit_of=lambda obj: obj.unit):
    """Fetch one object the user may see (else 404); with a capability, also require it (else 403)."""
    obj = get_object_or_404(queryset.for_user(request.user), pk=pk)
    if capability and not can(request.user, unit_of(obj), capability):
        raise PermissionDenied
    return obj


class UnitPermissionMixin:
    """For class-based views: the object comes from the user's scope and `capability` is required on it."""

    capability = VIEW

    def unit_of(self, obj):
        return obj.unit

    def get_object(self, queryset=None):
        queryset = queryset if queryset is not None else self.get_queryset()
        return get_object_for_user(self.request, queryset, self.kwargs["pk"], self.capability, self.unit_of)
