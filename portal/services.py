"""Writes of the portal app that touch several models or leave a trace: audit, imports."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from .access import manageable_units
from .forms import PersonRowForm, UnitRowForm
from .models import AuditEntry, Membership, OrgUnit, User
from .notifications import send_templated_email


def audit_log(*, action, actor, obj=None, unit=None, data=None):
    """Record an action such as "portal.unit.changed"; every app writes its trail through this."""
    return AuditEntry.objects.create(
        action=action,
        actor=actor if actor and actor.is_authenticated else None,
        unit=unit,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:255] if obj is not None else "",
        data=data or {},
    )


class ImportResult:
    """What an import would do or did: per-line errors, or the counts of created and updated rows."""

    def __init__(self, rows):
        self.checked = len(rows)
        self.errors = []
        self.created = 0
        self.updated = 0
        self.invited = 0  # new people mailed a link to set their password
        self.without_email = 0  # new people who cannot set one until they have an address

    def add_form_errors(self, line, form, labels):
        for field, messages in form.errors.items():
            column = labels.get(field, "")
            for message in messages:
                self.errors.append({"line": line, "column": column, "message": message})

    @property
    def ok(self):
        return not self.errors


def units_import(*, rows, by, commit):
    """Validate every row first; write all of them in one transaction only when none has an error."""
    result = ImportResult(rows)
    allowed = set(manageable_units(by).values_list("pk", flat=True))
    existing = {unit.code: unit for unit in OrgUnit.objects.all()}
    first_line = {}
    cleaned = []
    for row in rows:
        form = UnitRowForm(row.values, known_codes=existing.keys() | {r.values.get("code", "") for r in rows})
        if form.is_valid():
            _check_unit_row(form, by, existing, allowed, first_line, row.line)
        if form.errors:
            result.add_form_errors(row.line, form, UnitRowForm.LABELS)
        else:
            cleaned.append((row.line, form.cleaned_data))
    ordered, stuck = _parents_first(cleaned, existing)
    for line in stuck:
        result.errors.append(
            {
                "line": line,
                "column": UnitRowForm.LABELS["parent_code"],
                "message": _("Đơn vị cấp trên tạo thành vòng lặp (một đơn vị nằm dưới chính nó)."),
            }
        )
    if result.ok and commit:
        _write_units(ordered, existing, result, by)
    return result


def _check_unit_row(form, by, existing, allowed, first_line, line):
    # add_error() drops the field from cleaned_data, so read everything first.
    code, parent_code = form.cleaned_data["code"], form.cleaned_data["parent_code"]
    unit, parent = existing.get(code), existing.get(parent_code)
    if code in first_line:
        form.add_error("code", _("Mã đơn vị lặp lại trong tệp (đã có ở dòng %(line)s).") % {"line": first_line[code]})
    first_line.setdefault(code, line)
    if unit is not None and parent is not None and parent.path.startswith(unit.path):
        form.add_error("parent_code", _("Không thể đặt đơn vị dưới chính nó hoặc đơn vị cấp dưới của nó."))
    if by.is_superuser:
        return
    if unit is not None and unit.pk not in allowed:
        form.add_error("code", _("Bạn không có quyền sửa đơn vị này."))
    if parent is not None and parent.pk not in allowed:
        form.add_error("parent_code", _("Đơn vị cấp trên nằm ngoài phạm vi bạn quản trị."))
    if not parent_code:
        form.add_error("parent_code", _("Chỉ quản trị hệ thống được tạo đơn vị cấp cao nhất."))


def _parents_first(cleaned, existing):
    """Order rows so each parent is written before its children; return the rows left in a cycle."""
    placed = {code for code in existing}
    moving = {data["code"] for _line, data in cleaned}
    # An existing unit that the file moves is only placed once its new parent is.
    placed -= moving
    ordered, pending = [], list(cleaned)
    while pending:
        ready = [(line, d) for line, d in pending if not d["parent_code"] or d["parent_code"] in placed]
        if not ready:
            break
        for item in ready:
            ordered.append(item[1])
            placed.add(item[1]["code"])
            pending.remove(item)
    return ordered, sorted(line for line, _data in pending)


@transaction.atomic
def _write_units(ordered, existing, result, by):
    for data in ordered:
        fields = {k: v for k, v in data.items() if k not in ("code", "parent_code")}
        fields["parent"] = existing.get(data["parent_code"])
        unit = existing.get(data["code"])
        if unit is None:
            unit = OrgUnit.objects.create(code=data["code"], **fields)
            result.created += 1
        else:
            for key, value in fields.items():
                setattr(unit, key, value)
            unit.save()
            result.updated += 1
        existing[unit.code] = unit
    audit_log(action="portal.units.imported", actor=by, data={"created": result.created, "updated": result.updated})


def people_import(*, rows, by, commit):
    """Create or update people and their roles; all rows are written or none."""
    result = ImportResult(rows)
    allowed = {unit.code: unit for unit in manageable_units(by)}
    allowed_ids = {unit.pk for unit in allowed.values()}
    existing = User.objects.filter(username__in=[row.values.get("username") for row in rows]).prefetch_related(
        "memberships"
    )
    existing = {user.username: user for user in existing}
    cleaned = []
    for row in rows:
        form = PersonRowForm(row.values)
        form.is_valid()
        code = form.cleaned_data.get("unit_code")
        if not by.is_superuser:
            _check_person_row(form, existing.get(form.cleaned_data.get("username")), allowed_ids)
        if code and code not in allowed:
            form.add_error("unit_code", _("Không có đơn vị mã “%(code)s” trong phạm vi bạn quản trị.") % {"code": code})
        if form.errors:
            result.add_form_errors(row.line, form, PersonRowForm.LABELS)
        else:
            cleaned.append(form.cleaned_data)
    if result.ok and commit:
        _write_people(cleaned, allowed, result, by)
    return result


def _check_person_row(form, user, allowed_ids):
    """A unit administrator may update only people of their own units: a row naming anyone else would
    let them change that account's email and take it over through a password reset."""
    if user is None:
        return
    data = dict(form.cleaned_data)  # add_error() drops the field from cleaned_data
    if user.is_staff or user.is_superuser:
        message = _("“%(username)s” là tài khoản quản trị hệ thống; chỉ quản trị hệ thống được sửa tài khoản này.")
        form.add_error("username", message % {"username": user.username})
        return
    units = {membership.unit_id for membership in user.memberships.all()}
    if not units & allowed_ids:
        message = _(
            "Tên đăng nhập “%(username)s” đã là tài khoản của người không thuộc đơn vị nào bạn quản trị; "
            "hãy dùng tên đăng nhập khác."
        )
        form.add_error("username", message % {"username": user.username})
        return
    if units - allowed_ids:
        # Also working in units beyond the administrator's reach: a role may be added, the person stays as is.
        for field in ("full_name", "position", "email", "phone"):
            if field in data and data[field] != getattr(user, field):
                message = _(
                    "Người này còn có vai trò ở đơn vị ngoài phạm vi bạn quản trị nên bạn không sửa được ô này "
                    "(hiện là “%(value)s”)."
                )
                form.add_error(field, message % {"value": getattr(user, field)})


@transaction.atomic
def member_add(*, form, unit, by):
    """Give a person a role in `unit` from its page, with the checks and the invitation of one row of a people
    sheet. Return the result, or None when the form got errors."""
    data = form.cleaned_data
    user = User.objects.filter(username=data["username"]).prefetch_related("memberships").first()
    if user:
        # Giving a role to someone who has an account: boxes left blank keep what the account holds (a sheet's
        # row is the whole record; a role added on the page blanked the person's email and position).
        data.update({field: getattr(user, field) for field in ("position", "email", "phone") if not data[field]})
    if not by.is_superuser:
        _check_person_row(form, user, set(manageable_units(by).values_list("pk", flat=True)))
    if user and any(m.unit_id == unit.pk and m.role == data["role"] for m in user.memberships.all()):
        form.add_error("role", _("Người này đã có vai trò này tại đơn vị."))
    if form.errors:
        return None
    result = ImportResult([data])
    _write_people([{**data, "unit_code": unit.code}], {unit.code: unit}, result, by, action="portal.membership.added")
    return result


@transaction.atomic
def membership_remove(*, membership, by):
    """Take a role away. An administrator keeps their own: removing it would lock them out of the page."""
    if membership.user_id == by.pk and membership.role == Membership.Role.UNIT_ADMIN:
        raise ValueError(_("Bạn không thể tự bỏ vai trò quản trị đơn vị của mình; hãy nhờ một quản trị khác."))
    audit_log(
        action="portal.membership.removed",
        actor=by,
        obj=membership.user,
        unit=membership.unit,
        data={"role": membership.role},
    )
    membership.delete()


@transaction.atomic
def _write_people(cleaned, units, result, by, action="portal.people.imported"):
    invited = []
    for data in cleaned:
        user = User.objects.filter(username=data["username"]).first()
        if user is None:
            user = User(username=data["username"])
            user.set_unusable_password()
            result.created += 1
        else:
            result.updated += 1
        new_address = data["email"] and data["email"] != user.email
        user.full_name = data["full_name"]
        user.position = data["position"]
        user.email = data["email"]
        user.phone = data["phone"]
        user.save()
        Membership.objects.get_or_create(user=user, unit=units[data["unit_code"]], role=data["role"])
        if not user.has_usable_password():
            if new_address:
                invited.append(user.pk)
            elif not user.email:
                result.without_email += 1
    result.invited = len(invited)
    audit_log(action=action, actor=by, data={"created": result.created, "updated": result.updated})
    if invited:
        from .tasks import people_invite_task

        transaction.on_commit(lambda: people_invite_task.delay(invited, by.pk))


def people_invite(*, user_ids, by_id=None):
    """Mail each imported person who has no password yet the link to set one (a password-reset link)."""
    by = User.objects.filter(pk=by_id).first()
    people = User.objects.filter(pk__in=user_ids, is_active=True).exclude(email="")
    for user in people:
        if user.has_usable_password():
            continue  # set one meanwhile, through "Quên mật khẩu"
        context = {
            "user": user,
            "by": by,
            "uid": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
            "days": settings.PASSWORD_RESET_TIMEOUT // 86400,
        }
        send_templated_email(to=user.email, template="invitation", context=context)
