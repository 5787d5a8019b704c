"""Writes of the TTHC app: the catalogue import and the column mapping of a source."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from portal.dates import short_date
from portal.models import OrgUnit
from portal.services import audit_log
from portal.text import fold

from .models import ImportSource, ManualValue766, Procedure

PROCEDURE_COLUMNS = {
    "code": "Mã TTHC",
    "name": "Tên thủ tục",
    "field": "Lĩnh vực",
    "level": "Cấp thực hiện",
    "units": "Đơn vị thực hiện",
    "legal_basis": "Căn cứ pháp lý",
    "working_days": "Thời hạn giải quyết (ngày làm việc)",
    "fees": "Phí, lệ phí",
    "online_level": "Mức độ trực tuyến",
    "active_from": "Hiệu lực từ ngày",
    "active_to": "Hết hiệu lực từ ngày",
}
PROCEDURE_REQUIRED = ("code", "name", "working_days")
# What a row says about a procedure besides its code and units: what a shared procedure's row must repeat.
PROCEDURE_FIELDS = (
    "name",
    "field",
    "level",
    "legal_basis",
    "working_days",
    "fees",
    "online_level",
    "active_from",
    "active_to",
)
# "Cấp thực hiện" as sheets write it, folded and without "cấp": the labels, and their words before a comma or
# bracket; an empty cell is the model's default. Anything else is an error, never a guess.
LEVELS = {
    "bo, trung uong": Procedure.Level.MINISTRY,
    "bo": Procedure.Level.MINISTRY,
    "trung uong": Procedure.Level.MINISTRY,
    "tinh": Procedure.Level.PROVINCE,
    "huyen (truoc 01/7/2025)": Procedure.Level.DISTRICT,
    "huyen": Procedure.Level.DISTRICT,
    "xa": Procedure.Level.COMMUNE,
    "": Procedure.Level.COMMUNE,
}
ONLINE = {"toan trinh": "toan_trinh", "mot phan": "mot_phan", "": "", "khong": ""}


@dataclass
class CatalogueResult:
    created: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def procedures_import(*, rows, unit=None, commit=True):
    """Check every row of a catalogue sheet (portal.tabular rows), then write all of them or none. With a
    `unit`, rows may name only units of its subtree, a row naming none is applied by that unit, and a
    procedure that units outside the subtree also apply is left as it is (see `_shared_rows`)."""
    result, checked = CatalogueResult(), []
    seen = set()
    # Named as the dossier import names them.
    units = (OrgUnit.objects.subtree_of(unit) if unit else OrgUnit.objects.all()).by_name()
    for row in rows:
        values, unit_ids = _procedure_values(row, units, seen, result.errors)
        if values is not None:
            checked.append((row, values, unit_ids or ([unit.pk] if unit else [])))
    shared = _shared_rows(checked, unit, result.errors) if unit else {}
    if not result.ok or not commit:
        return result
    with transaction.atomic():
        for row, values, unit_ids in checked:
            code = values.pop("code")
            if row.line in shared:
                procedure, created = shared[row.line], False
            else:
                procedure, created = Procedure.objects.update_or_create(code=code, defaults=values)
            procedure.units.add(*unit_ids)
            result.created += created
            result.updated += not created
    return result


def _shared_rows(checked, unit, errors):
    """Rows of procedures that units outside `unit`'s subtree also apply, as {line: stored procedure}.

    Such a procedure belongs to the common superior of all its units: a unit below may only say it applies
    it too, by a row repeating the stored values; a row changing any of them is an error, column by column."""
    stored = (
        Procedure.objects.filter(code__in=[values["code"] for _row, values, _units in checked])
        .with_units_outside(unit)
        .filter(units_outside__gt=0)
        .in_bulk(field_name="code")
    )
    shared = {}
    for row, values, _units in checked:
        procedure = stored.get(values["code"])
        if procedure is None:
            continue
        changed = [name for name in PROCEDURE_FIELDS if name in row.values and values[name] != getattr(procedure, name)]
        for name in changed:
            errors.append(
                {
                    "line": row.line,
                    "column": PROCEDURE_COLUMNS[name],
                    "message": _(
                        "Thủ tục “%(code)s” còn do đơn vị khác áp dụng; chỉ cấp trên chung của các đơn vị đó mới "
                        "được thay đổi. Giá trị đang lưu: “%(stored)s”."
                    )
                    % {"code": procedure.code, "stored": _shown(procedure, name)},
                }
            )
        if not changed:
            shared[row.line] = procedure
    return shared


def _shown(procedure, name):
    if name in ("level", "online_level"):
        return getattr(procedure, f"get_{name}_display")()
    value = getattr(procedure, name)
    return short_date(value) if isinstance(value, date) else value


def _procedure_values(row, units, seen, errors):
    def error(name, message):
        errors.append({"line": row.line, "column": PROCEDURE_COLUMNS[name], "message": message})

    v = row.values
    for name in PROCEDURE_REQUIRED:
        if v.get(name) in ("", None):
            error(name, _("Không được để trống."))
    values = {name: str(v.get(name, "")).strip() for name in ("code", "name", "field", "legal_basis", "fees")}
    try:
        Procedure._meta.get_field("code").run_validators(values["code"])
    except ValidationError as exc:
        error("code", exc.messages[0])
    if values["code"] and values["code"] in seen:
        error("code", _("Mã TTHC “%(c)s” lặp lại trong tệp.") % {"c": values["code"]})
    seen.add(values["code"])
    try:
        values["working_days"] = int(str(v.get("working_days") or 0))
        Procedure._meta.get_field("working_days").run_validators(values["working_days"])
    except ValueError:
        error("working_days", _("Phải là số ngày làm việc."))
    except ValidationError as exc:
        error("working_days", exc.messages[0])
    values["level"] = LEVELS.get(fold(str(v.get("level", ""))).removeprefix("cap "))
    if values["level"] is None:
        accepted = ", ".join(f"“{label}”" for label in Procedure.Level.labels)
        error("level", _("Chỉ nhận %(levels)s hoặc để trống.") % {"levels": accepted})
    values["online_level"] = ONLINE.get(fold(str(v.get("online_level", ""))))
    if values["online_level"] is None:
        error("online_level", _("Chỉ nhận “Toàn trình”, “Một phần” hoặc để trống."))
    values["has_fee"] = bool(values["fees"]) and fold(values["fees"]) not in ("khong", "0", "mien phi")
    for name in ("active_from", "active_to"):
        values[name] = _date(v.get(name), lambda message, name=name: error(name, message))
    unit_ids = []
    for part in str(v.get("units", "")).split(";"):
        if part.strip():
            if fold(part) not in units:
                error("units", _("Không có đơn vị “%(u)s”.") % {"u": part.strip()})
            else:
                unit_ids.append(units[fold(part)])
    return (values, unit_ids) if not any(e["line"] == row.line for e in errors) else (None, None)


def _date(value, error):
    if value in ("", None):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        day, month, year = (int(p) for p in str(value).split("/"))
        return date(year, month, day)
    except ValueError:
        error(_("“%(v)s” không phải ngày (dd/mm/yyyy).") % {"v": value})
        return None


@transaction.atomic
def manual_value_766_save(*, unit, criterion, year, value, evidence="", by=None):
    """A hand-entered Decision 766 value for a unit-year: the latest entry replaces the previous one."""
    manual, _created = ManualValue766.objects.update_or_create(
        unit=unit, criterion=criterion, year=year, defaults={"value": value, "evidence": evidence}
    )
    data = {"criterion": criterion.code, "year": year, "value": str(value)}
    audit_log(action="tthc.manual766.saved", actor=by, obj=manual, unit=unit, data=data)
    return manual


def source_mapping_save(*, unit, name, mapping):
    """Remember the headers a one-stop software uses, so the unit's next import from it is prefilled."""
    source, _created = ImportSource.objects.update_or_create(unit=unit, name=name, defaults={"mapping": mapping})
    return source


@transaction.atomic
def register_entry_save(*, entry, by, fields=()):
    """Write a line of a TTHC register (a simplification, a delegation, a proposal…); a new line goes last in
    its unit's register, where the report's table lists it."""
    created = entry.pk is None
    if created:
        last = type(entry).objects.filter(unit=entry.unit).aggregate(last=Max("order"))["last"]
        entry.order = (last or 0) + 1
    entry.save()
    action = f"tthc.{entry._meta.model_name}.{'created' if created else 'changed'}"
    audit_log(action=action, actor=by, obj=entry, unit=entry.unit, data={"fields": list(fields)})
    return entry


@transaction.atomic
def register_entry_delete(*, entry, by):
    """Remove a line of a TTHC register; the audit entry keeps what it said."""
    audit_log(action=f"tthc.{entry._meta.model_name}.deleted", actor=by, obj=entry, unit=entry.unit)
    entry.delete()
