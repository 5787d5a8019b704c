"""A plan's tasks and targets as an Excel workbook, and the import that takes the edited file back.

Rows keep their id ("Mã"): a row with an id updates that task or target, a row without one adds
a task. Every row is checked first; errors name sheet, line and column, and nothing is written
unless the whole file is clean.
"""

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from portal.models import OrgUnit
from portal.tabular import read_table, xlsx_workbook_response

from .models import IndicatorTarget, ScheduleRule, Task, TaskUnit
from .outline import task_queryset
from .schedules import ScheduleError, parse_wording

TASK_SHEET, TARGET_SHEET = "Nhiệm vụ", "Chỉ tiêu"
TASK_COLUMNS = {
    "id": "Mã",
    "section": "Mục",
    "number": "Số TT",
    "content": "Nội dung nhiệm vụ",
    "directing": "Chỉ đạo thực hiện",
    "lead": "Đơn vị chủ trì",
    "coordinate": "Đơn vị phối hợp",
    "output": "Sản phẩm đầu ra",
    "schedule": "Thời gian thực hiện",
}
TARGET_COLUMNS = {
    "id": "Mã",
    "indicator": "Chỉ tiêu",
    "measure": "Đơn vị tính",
    "comparator": "So sánh",
    "year": "Năm",
    "value": "Giá trị mục tiêu",
    "wording": "Như văn bản",
}
SUBTREE_MARK = " (các đơn vị thuộc)"


def _units_cell(task_units):
    return "; ".join(f"{tu.unit.code}{SUBTREE_MARK if tu.whole_subtree else ''}" for tu in task_units)


def _rule_line(rule):
    return (f"{rule.label}: {rule.wording}" if rule.label else rule.wording).strip()


def _schedule_cell(task):
    return "\n".join(_rule_line(r) for r in task.schedules.all())


def export_plan(plan):
    tasks = task_queryset().filter(plan=plan).select_related("section").order_by("section__order", "order", "pk")
    task_rows = []
    for task in tasks:
        units = list(task.task_units.all())
        task_rows.append(
            [
                task.pk,
                task.section.number,
                task.number,
                task.content,
                task.directing_text,
                _units_cell(tu for tu in units if tu.role == TaskUnit.Role.LEAD),
                _units_cell(tu for tu in units if tu.role == TaskUnit.Role.COORDINATE),
                task.output,
                _schedule_cell(task),
            ]
        )
    targets = IndicatorTarget.objects.filter(indicator__plan=plan).select_related("indicator")
    target_rows = [
        [t.pk, t.indicator.name, t.indicator.measure, t.indicator.comparator, t.year, t.value, t.wording]
        for t in targets.order_by("indicator__order", "indicator__pk", "year")
    ]
    return xlsx_workbook_response(
        f"ke-hoach-{plan.pk}.xlsx",
        [
            (TASK_SHEET, list(TASK_COLUMNS.values()), task_rows),
            (TARGET_SHEET, list(TARGET_COLUMNS.values()), target_rows),
        ],
    )


class PlanImport:
    """Check an edited workbook against a plan; `apply()` writes it only when `errors` is empty."""

    def __init__(self, plan, upload):
        self.plan, self.errors, self.tasks, self.targets = plan, [], [], []
        self.units = {u.code: u for u in OrgUnit.objects.all()}
        self.sections = {s.number: s for s in plan.sections.all() if s.number}
        self.known_tasks = {t.pk: t for t in plan.tasks.prefetch_related("schedules")}
        self.known_targets = {t.pk: t for t in IndicatorTarget.objects.filter(indicator__plan=plan)}
        # An indicator has one target a year: each year a row sets must be free in the stored targets and in the
        # rows above it (the targets are then saved one by one without meeting the unique constraint).
        self.stored_years = {(t.indicator_id, t.year): t for t in self.known_targets.values()}
        self.file_years = {}
        self.indicators = {i.name: i for i in plan.indicators.all()}
        task_rows = read_table(upload, TASK_COLUMNS, ("content",), sheet=TASK_SHEET)
        upload.seek(0)
        target_rows = read_table(upload, TARGET_COLUMNS, ("indicator", "year", "value"), sheet=TARGET_SHEET)
        for row in task_rows:
            self._check_task(row)
        for row in target_rows:
            self._check_target(row)

    def _error(self, sheet, line, field, columns, message):
        self.errors.append({"sheet": sheet, "line": line, "column": columns[field], "message": message})

    def _check_task(self, row):
        v, err = row.values, lambda field, msg: self._error(TASK_SHEET, row.line, field, TASK_COLUMNS, msg)
        task = None
        if v.get("id"):
            task = self.known_tasks.get(_int(v["id"]))
            if task is None:
                err("id", _("Không có nhiệm vụ mã %(id)s trong kế hoạch này.") % {"id": v["id"]})
        number = str(v.get("section", "")).strip()
        section = self.sections.get(number)
        if task is None and not number:
            # The export leaves the cell blank for a section without a number: a new row cannot go there.
            err(
                "section",
                _(
                    "Chưa ghi mục của nhiệm vụ mới: ghi số của mục như trong kế hoạch (ví dụ: I, II); mục chưa có số "
                    "thì đánh số cho mục đó trong trang soạn thảo trước."
                ),
            )
        elif task is None and section is None:
            err("section", _("Không tìm thấy mục “%(n)s” trong kế hoạch.") % {"n": number})
        units = {}
        for role, field in ((TaskUnit.Role.LEAD, "lead"), (TaskUnit.Role.COORDINATE, "coordinate")):
            units[role] = []
            for part in filter(None, (p.strip() for p in str(v.get(field, "")).split(";"))):
                code = part.removesuffix(SUBTREE_MARK).strip()
                unit = self.units.get(code)
                if unit is None:
                    err(field, _("Không có đơn vị mã “%(code)s”.") % {"code": code})
                elif role == TaskUnit.Role.LEAD and not unit.is_within(self.plan.unit):
                    err(field, _("Đơn vị chủ trì phải thuộc %(unit)s.") % {"unit": self.plan.unit.name})
                else:
                    units[role].append((unit, part.endswith(SUBTREE_MARK)))
        # A line the export wrote for one of the task's rules keeps that rule: its fields may say more than
        # its wording does (a day, an end year), which reading the wording again would lose.
        stored = list(task.schedules.all()) if task else []
        rules = []
        for line in filter(None, (p.strip() for p in str(v.get("schedule", "")).splitlines())):
            same = next((rule for rule in stored if _rule_line(rule) == line), None)
            if same:
                stored.remove(same)
                rules.append(same)
                continue
            label, _sep, wording = line.rpartition(": ") if ": " in line else ("", "", line)
            try:
                rule = ScheduleRule(label=label, wording=wording, **parse_wording(wording))
            except ScheduleError as error:
                err("schedule", str(error))
                continue
            for year in filter(None, (rule.year, rule.end_year)):
                if message := self.plan.year_outside(year):
                    err("schedule", message)
            rules.append(rule)
        self.tasks.append((task, section, v, units, rules))

    def _check_target(self, row):
        v, err = row.values, lambda field, msg: self._error(TARGET_SHEET, row.line, field, TARGET_COLUMNS, msg)
        target = self.known_targets.get(_int(v.get("id"))) if v.get("id") else None
        indicator = target.indicator if target else self.indicators.get(v["indicator"])
        if indicator is None:
            err("indicator", _("Không có chỉ tiêu “%(name)s” trong kế hoạch.") % {"name": v["indicator"]})
        year = _int(v["year"])
        if message := self.plan.year_outside(year, shown=v["year"]):
            err("year", message)
        elif indicator is not None:
            self._check_year_free(err, target, indicator, year, row.line)
        try:
            value = Decimal(str(v["value"]).replace(",", "."))
        except InvalidOperation:
            err("value", _("Giá trị “%(value)s” không phải là số.") % {"value": v["value"]})
            value = None
        self.targets.append((target, indicator, year, value, v.get("wording", "")))

    def _check_year_free(self, err, target, indicator, year, line):
        holder = self.stored_years.get((indicator.pk, year))
        earlier = self.file_years.setdefault((indicator.pk, year), line)
        if holder is not None and holder != target:
            err(
                "year",
                _("Chỉ tiêu “%(name)s” đã có mục tiêu năm %(year)s (mã %(id)s); hãy sửa dòng có mã đó.")
                % {"name": indicator.name, "year": year, "id": holder.pk},
            )
        elif earlier != line:
            err(
                "year",
                _("Chỉ tiêu “%(name)s” năm %(year)s đã có ở dòng %(line)s.")
                % {"name": indicator.name, "year": year, "line": earlier},
            )

    @transaction.atomic
    def apply(self):
        """Write the file; returns (tasks, new tasks, targets, new targets)."""
        assert not self.errors, "apply() needs a clean file"
        new_tasks = sum(1 for task, *_rest in self.tasks if task is None)
        new_targets = sum(1 for target, *_rest in self.targets if target is None)
        for task, section, v, units, rules in self.tasks:
            task = task or Task(plan=self.plan, section=section, order=1000 + len(self.known_tasks))
            if section is not None:
                task.section = section
            task.number, task.content = str(v.get("number", "")), v["content"]
            task.directing_text, task.output = v.get("directing", ""), v.get("output", "")
            task.save()
            task.task_units.all().delete()
            rows = [(role, unit, subtree) for role, entries in units.items() for unit, subtree in entries]
            for order, (role, unit, subtree) in enumerate(rows):  # leads, then coordinators, as the cells list them
                TaskUnit.objects.get_or_create(
                    task=task, unit=unit, role=role, defaults={"whole_subtree": subtree, "order": order}
                )
            task.schedules.exclude(pk__in=[rule.pk for rule in rules if rule.pk]).delete()
            for order, rule in enumerate(rules):
                rule.task, rule.order = task, order
                rule.save()
        for target, indicator, year, value, wording in self.targets:
            target = target or IndicatorTarget(indicator=indicator)
            target.year, target.value, target.wording = year, value, wording
            target.save()
        return len(self.tasks), new_tasks, len(self.targets), new_targets


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
