"""Realistic synthetic dossiers, for the demo and the benchmarks: codes as the one-stop software writes them
(agency – yyMMdd – sequence), reception on working days and hours, resolution over working days, a few
late, a few open, online shares and fees as communes see them."""

import csv
import random
from datetime import datetime, timedelta

from .dossiers import COLUMNS, VN, Workdays

HEADERS = list(COLUMNS.values())


def generate(count, units, procedures, year, seed=2026, agency="000.00.00.H00", until=None):
    """Yield `count` rows (lists of cells in HEADERS order). `units` are names the import can match,
    `procedures` (code, working days, has fee) tuples. With `until` (a date), nothing is received or
    resolved after it: an export of the current year ends on the day it is taken."""
    rng = random.Random(seed)
    workdays = Workdays(year, year + 1)
    days = [d for d in workdays.days if d.year == year and (until is None or d <= until)]
    per_day = max(count // len(days), 1)
    weights = [1 / (i + 1) for i in range(len(procedures))]  # a few procedures take most dossiers
    picks = rng.choices(procedures, weights=weights, k=min(count, 5000))
    for number in range(count):
        day = days[min(number // per_day, len(days) - 1)]
        code, working_days, has_fee = picks[number % len(picks)]
        received = datetime(day.year, day.month, day.day, 7 + rng.randrange(10), rng.randrange(60), tzinfo=VN)
        online = rng.random() < 0.55
        start = workdays.reception_day(received)
        due = workdays.add(start, working_days)
        roll = rng.random()
        completed = None
        if roll < 0.93:
            completed = workdays.add(start, 1 + rng.randrange(max(working_days, 1)))
        elif roll < 0.96:
            completed = workdays.add(due, 1 + rng.randrange(5))
        if completed and (completed.year > year or (until is not None and completed > until)):
            completed = None
        paid = has_fee and completed is not None and rng.random() < 0.9
        yield [
            f"{agency}-{day:%y%m%d}-{number:07d}",
            code,
            units[number % len(units)],
            _stamp(received - timedelta(minutes=rng.randrange(600))),
            _stamp(received),
            "",
            _stamp(datetime(completed.year, completed.month, completed.day, 10, tzinfo=VN)) if completed else "",
            _stamp(datetime(completed.year, completed.month, completed.day, 15, tzinfo=VN)) if completed else "",
            "2" if online else ("3" if rng.random() < 0.03 else "1"),
            "0",
            "",
            "",
            "50000" if has_fee else "0",
            _flag(paid),
            _flag(paid and online and rng.random() < 0.8),
            _flag(completed is not None and rng.random() < 0.85),
            _flag(completed is not None and rng.random() < 0.7),
            _flag(rng.random() < 0.4),
            _flag(online and rng.random() < 0.6),
            _flag(roll >= 0.93 and rng.random() < 0.7),
            "0",
        ]


def _stamp(moment):
    return f"{moment:%d/%m/%Y %H:%M}"


def _flag(value):
    return "1" if value else "0"


def write(out, count, units, procedures, year, seed=2026, agency="000.00.00.H00", until=None):
    """Write a one-stop export (HEADERS, then `generate`'s rows) as CSV to the text stream `out`."""
    writer = csv.writer(out)
    writer.writerow(HEADERS)
    writer.writerows(generate(count, units, procedures, year, seed, agency, until))


def write_csv(path, count, units, procedures, year, seed=2026):
    with open(path, "w", newline="", encoding="utf-8") as out:
        write(out, count, units, procedures, year, seed)
