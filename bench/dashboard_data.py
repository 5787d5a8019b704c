"""Generate the province-scale data set of the dashboard benchmark into PostgreSQL.

Usage: DATABASE_URL=postgres://postgres@127.0.0.1:55433/dash_bench .venv/bin/python bench/dashboard_data.py
       [--plans 2000] [--tasks-per-plan 30] [--reports 20000] [--dossiers 5000000]

1 province; 30 departments with 5 divisions each; 100 communes with 6 offices and 10 villages each;
2,000 plans of 30 tasks (60,000 tasks), each task with a deadline rule and three deadlines spread over
this year and last, every plan with a monthly reporting duty; 20,000 sent reports with indicator values;
and the dossiers of the TTHC benchmark, written by tthc's own generator and import (which keeps the
monthly rollups the dashboard reads). The database is dropped and re-created first. Rows go in with
COPY. Prints what it wrote and how long it took, last.
"""

import argparse
import csv
import datetime
import io
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEPARTMENTS, DIVISIONS, COMMUNES, OFFICES, VILLAGES = 30, 5, 100, 6, 10
PASSWORD = "bench2026"


def recreate_database(url):
    import psycopg2

    base, _slash, name = url.rpartition("/")
    connection = psycopg2.connect(f"{base}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.local")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def copy(model, objects):
    """COPY model instances into their table, every concrete column as Django would save it."""
    from django.db import connection

    fields = [f for f in model._meta.concrete_fields]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for obj in objects:
        row = []
        for f in fields:
            value = f.get_db_prep_save(f.pre_save(obj, add=True), connection)
            row.append("\\N" if value is None else value)
        writer.writerow(row)
    buffer.seek(0)
    columns = ", ".join(f'"{f.column}"' for f in fields)
    with connection.cursor() as cursor:
        cursor.cursor.copy_expert(
            f"COPY \"{model._meta.db_table}\" ({columns}) FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer
        )
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('\"{model._meta.db_table}\"', 'id'), "
            f'(SELECT MAX(id) FROM "{model._meta.db_table}"))'
        )


class Ids:
    """Explicit primary keys, so that rows can point at each other before they are written."""

    def __init__(self):
        self.next = {}

    def __call__(self, model):
        self.next[model] = self.next.get(model, 0) + 1
        return self.next[model]


def units(ids):
    from portal.models import OrgUnit

    K = OrgUnit.Kind
    made = []

    def add(code, name, kind, parent=None):
        pk = ids(OrgUnit)
        path = f"{parent.path if parent else ''}{pk:06d}/"
        unit = OrgUnit(pk=pk, code=code, name=name, kind=kind, parent=parent, path=path, depth=path.count("/") - 1)
        unit.search_text = name.lower()
        made.append(unit)
        return unit

    province = add("bench-tinh", "Ủy ban nhân dân tỉnh Thử Nghiệm", K.PROVINCE)
    departments, communes = [], []
    for d in range(DEPARTMENTS):
        department = add(f"bench-so-{d}", f"Sở thứ {d + 1}", K.DEPARTMENT, province)
        departments.append(department)
        for v in range(DIVISIONS):
            add(f"bench-so-{d}-p{v}", f"Phòng {v + 1} thuộc Sở thứ {d + 1}", K.DIVISION, department)
    for c in range(COMMUNES):
        commune = add(f"bench-xa-{c}", f"Ủy ban nhân dân xã Thử {c + 1}", K.COMMUNE, province)
        communes.append(commune)
        for o in range(OFFICES):
            add(f"bench-xa-{c}-o{o}", f"Phòng {o + 1} của xã Thử {c + 1}", K.DIVISION, commune)
        for v in range(VILLAGES):
            add(f"bench-xa-{c}-t{v}", f"Thôn {v + 1} xã Thử {c + 1}", K.OTHER, commune)
    copy(OrgUnit, made)
    return province, departments, communes, made


def people(province, commune):
    from portal.models import Membership, User

    leaders = []
    for username, unit in (("bench.tinh", province), ("bench.xa", commune)):
        user = User.objects.create_user(username=username, password=PASSWORD, full_name=f"Lãnh đạo {unit.name}")
        Membership.objects.create(user=user, unit=unit, role=Membership.Role.LEADER)
        leaders.append(user)
    return leaders


def plans(ids, all_units, args, today, rng):
    from plans.models import (
        Framework,
        Indicator,
        IndicatorTarget,
        Occurrence,
        Plan,
        ReportingDuty,
        ScheduleRule,
        Section,
        Task,
        TaskUnit,
    )

    components = list(Framework.objects.get(code="pci").components.all())
    issuers = [u for u in all_units if u.depth <= 1]
    rows = {model: [] for model in (Plan, Section, Task, TaskUnit, ScheduleRule, Occurrence, ReportingDuty)}
    indicators, targets = [], []
    year = today.year
    for n in range(args.plans):
        issuer = issuers[n % len(issuers)]
        below = [u for u in all_units if u.path.startswith(issuer.path)]
        plan = Plan(
            pk=ids(Plan),
            unit=issuer,
            title=f"Kế hoạch số {n + 1} năm {year}",
            start_year=year - 1,
            end_year=year,
            status=Plan.Status.ISSUED,
            search_text=f"ke hoach so {n + 1}",
        )
        section = Section(pk=ids(Section), plan=plan, number="I", title="NHIỆM VỤ")
        rows[Plan].append(plan)
        rows[Section].append(section)
        for t in range(args.tasks_per_plan):
            task = Task(
                pk=ids(Task), plan=plan, section=section, order=t, content=f"Nhiệm vụ {t + 1} của kế hoạch {n + 1}"
            )
            unit = below[rng.randrange(len(below))]
            rule = ScheduleRule(pk=ids(ScheduleRule), task=task, wording="Trong năm", kind="year", year=year)
            rows[Task].append(task)
            rows[TaskUnit].append(TaskUnit(pk=ids(TaskUnit), task=task, unit=unit, role="lead"))
            rows[ScheduleRule].append(rule)
            for k in range(3):
                due = today + datetime.timedelta(days=rng.randrange(-400, 60))
                done = None
                if due < today and rng.random() < 0.8:
                    done = due + datetime.timedelta(days=rng.randrange(-10, 8))
                rows[Occurrence].append(
                    Occurrence(
                        pk=ids(Occurrence),
                        rule=rule,
                        plan=plan,
                        task=task,
                        unit=unit,
                        original_due_date=due + datetime.timedelta(days=1000 * k),
                        due_date=due,
                        done_on=done,
                    )
                )
        duty = ReportingDuty(pk=ids(ReportingDuty), plan=plan, title="Báo cáo tháng", kind="monthly", sender=issuer)
        rule = ScheduleRule(pk=ids(ScheduleRule), duty=duty, wording="trước ngày 08 hằng tháng", kind="monthly", day=8)
        rows[ReportingDuty].append(duty)
        rows[ScheduleRule].append(rule)
        for month in range(1, 13):
            due = datetime.date(year, month, 8)
            done = due + datetime.timedelta(days=rng.randrange(-3, 5)) if due < today and rng.random() < 0.85 else None
            rows[Occurrence].append(
                Occurrence(
                    pk=ids(Occurrence),
                    rule=rule,
                    plan=plan,
                    duty=duty,
                    unit=issuer,
                    original_due_date=due,
                    due_date=due,
                    done_on=done,
                )
            )
        for i in range(3):
            indicator = Indicator(
                pk=ids(Indicator),
                plan=plan,
                order=i,
                name=f"Chỉ tiêu {i + 1} của kế hoạch {n + 1}",
                measure="%",
                component=components[(n + i) % len(components)] if i < 2 else None,
            )
            indicators.append(indicator)
            for y in (year - 1, year):
                targets.append(IndicatorTarget(pk=ids(IndicatorTarget), indicator=indicator, year=y, value=60 + i * 10))
    order = [Plan, Section, Task, TaskUnit, ReportingDuty, ScheduleRule, Occurrence]
    for model in order:
        copy(model, rows[model])
    copy(Indicator, indicators)
    copy(IndicatorTarget, targets)
    return rows[Plan], indicators, len(rows[Task]), len(rows[Occurrence])


def reports(ids, plan_rows, indicators, count, today, rng):
    from django.utils import timezone

    from reports.models import IndicatorValue, Report

    by_plan = {}
    for indicator in indicators:
        by_plan.setdefault(indicator.plan_id, []).append(indicator)
    made, values = [], []
    for n in range(count):
        plan = plan_rows[n % len(plan_rows)]
        sent = timezone.now() - datetime.timedelta(days=rng.randrange(1, 300))
        report = Report(
            pk=ids(Report),
            unit=plan.unit,
            kind="monthly",
            plan=plan,
            year=today.year,
            number_in_year=n % 12 + 1,
            title=f"Báo cáo tháng {n % 12 + 1} của kế hoạch {plan.pk}",
            state="sent",
            sent_at=sent,
        )
        made.append(report)
        indicator = by_plan[plan.pk][n % len(by_plan[plan.pk])]
        values.append(
            IndicatorValue(
                pk=ids(IndicatorValue),
                report=report,
                indicator=indicator,
                value=rng.randrange(30, 100),
                evidence="Biên bản kiểm tra" if rng.random() < 0.7 else "",
            )
        )
    copy(Report, made)
    copy(IndicatorValue, values)
    return len(made)


def dossiers(count, communes, today):
    """The TTHC benchmark's dossiers, through tthc's generator and import, spread over the communes."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tthc import synthetic
    from tthc.imports import dossiers_import
    from tthc.models import Procedure

    procedures = []
    for n in range(40):
        procedure = Procedure.objects.create(
            code=f"1.{n + 1:06d}.000.00.00.H99",
            name=f"Thủ tục thử {n + 1}",
            working_days=3 + n % 10,
            has_fee=n % 3 == 0,
            online_level="toan_trinh" if n % 2 else "",
        )
        procedure.units.set(communes)
        procedures.append((procedure.code, procedure.working_days, procedure.has_fee))
    written, chunk = 0, 250_000
    per_commune = max(count // len(communes), 1)
    for index, commune in enumerate(communes):
        remaining = min(per_commune, count - written)
        while remaining > 0:
            size = min(chunk, remaining)
            buffer = io.StringIO()
            out = csv.writer(buffer)
            out.writerow(synthetic.HEADERS)
            agency = f"000.00.{index:02d}.H99"
            out.writerows(
                synthetic.generate(
                    size, [commune.name], procedures, today.year, seed=written, agency=agency, until=today
                )
            )
            upload = SimpleUploadedFile(f"hoso-{index}-{written}.csv", buffer.getvalue().encode(), "text/csv")
            result = dossiers_import(unit=commune, upload=upload, skip_bad_rows=True)
            written += result.created + result.updated
            remaining -= size
        if written >= count:
            break
    return written


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=2000)
    parser.add_argument("--tasks-per-plan", type=int, default=30)
    parser.add_argument("--reports", type=int, default=20000)
    parser.add_argument("--dossiers", type=int, default=5_000_000)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Cần DATABASE_URL trỏ tới PostgreSQL, ví dụ postgres://postgres@127.0.0.1:55433/dash_bench")
    started = time.monotonic()
    recreate_database(url)
    setup()
    from django.db import connection
    from django.utils import timezone

    today, rng, ids = timezone.localdate(), random.Random(2026), Ids()
    province, _departments, communes, all_units = units(ids)
    people(province, communes[0])
    plan_rows, indicators, tasks, occurrences = plans(ids, all_units, args, today, rng)
    report_count = reports(ids, plan_rows, indicators, args.reports, today, rng)
    dossier_count = dossiers(args.dossiers, communes, today) if args.dossiers else 0
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"units={len(all_units)} plans={len(plan_rows)} tasks={tasks} occurrences={occurrences} "
        f"reports={report_count} dossiers={dossier_count} in {time.monotonic() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
