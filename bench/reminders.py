"""How long the daily reminder job takes for 10,000 open deadlines.

Usage: .venv/bin/python bench/reminders.py [--occurrences 10000]
It builds a throw-away SQLite database in a temporary folder (or uses BENCH_DATABASE_URL, which it
migrates and fills: give it an empty database), generates the data, then times the job's two halves
as the beat job runs them: deriving the reminders (reminders_plan) and sending them (reminders_send,
in-process, without a broker). The figure is printed last.
"""

import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def setup(tmp):
    os.environ["PORTAL_DATA_DIR"] = tmp
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate(count, today):
    from plans.models import Occurrence, Plan, ReportingDuty, ScheduleRule
    from portal.models import Membership, OrgUnit, User

    province = OrgUnit.objects.create(code="bench-tinh", name="UBND tỉnh (benchmark)")
    units = [OrgUnit.objects.create(code=f"bench-so-{n}", name=f"Sở {n}", parent=province) for n in range(50)]
    users = User.objects.bulk_create(
        User(username=f"bench{n}", full_name=f"Cán bộ {n}", email=f"bench{n}@example.vn") for n in range(200)
    )
    Membership.objects.bulk_create(
        Membership(user=u, unit=units[n % len(units)], role=Membership.Role.OFFICIAL) for n, u in enumerate(users)
    )
    plan = Plan.objects.create(
        unit=province, title="Kế hoạch benchmark", start_year=2020, end_year=2035, status=Plan.Status.ISSUED
    )
    per_rule = 100
    rows = []
    for r in range(count // per_rule):
        unit = units[r % len(units)]
        duty = ReportingDuty.objects.create(plan=plan, title=f"Báo cáo {r}", kind="monthly", sender=unit)
        rule = ScheduleRule.objects.create(duty=duty, wording="hằng tháng", kind="monthly", day=8)
        for d in range(per_rule):
            # Deadlines spread from 25 days overdue to 14 days ahead, so every reminder stage occurs.
            due = today + datetime.timedelta(days=(r * per_rule + d) % 40 - 25)
            nominal = today + datetime.timedelta(days=d)
            rows.append(Occurrence(rule=rule, plan=plan, duty=duty, unit=unit, original_due_date=nominal, due_date=due))
    Occurrence.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--occurrences", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup(tmp)
        from django.db import connection

        from plans import deadlines
        from plans.models import Reminder

        today = datetime.date(2026, 11, 23)
        occurrences = generate(args.occurrences, today)
        start = time.perf_counter()
        deadlines.reminders_plan(today=today)
        planned = time.perf_counter() - start
        ids = list(Reminder.objects.values_list("pk", flat=True))
        start = time.perf_counter()
        for chunk in range(0, len(ids), 100):
            deadlines.reminders_send(ids[chunk : chunk + 100])
        sent = time.perf_counter() - start
        again = time.perf_counter()
        deadlines.reminders_plan(today=today)
        rerun = time.perf_counter() - again
        print(f"database: {connection.vendor}")
        print(
            f"open occurrences: {occurrences}; reminders created: {len(ids)} "
            f"({Reminder.objects.filter(channel='email').count()} by mail, digested)"
        )
        print(f"second run of the planner (nothing new): {rerun:.2f} s")
        print(
            f"reminder job for {occurrences:,} open occurrences: plan {planned:.2f} s, send {sent:.2f} s, "
            f"total {planned + sent:.2f} s"
        )


if __name__ == "__main__":
    main()
