"""Public-sector calendar facts for 2024–2026 that the `holidays` package (0.107) lacks.

The package already returns every day off of those years, swapped days included (29/4/2024, 2/5/2025,
31/8/2026, 24/11/2026…), but not the Saturdays worked in exchange: only those are stored here.
"""

import datetime

from django.db import migrations

OVERRIDES = [
    (
        datetime.date(2024, 5, 4),
        True,
        "Công văn số 2450/VPCP-KGVX năm 2024 của Văn phòng Chính phủ",
        "Làm việc bù cho thứ Hai 29/4/2024 (nghỉ lễ 30/4 và 1/5).",
    ),
    (
        datetime.date(2025, 4, 26),
        True,
        "Thông báo số 6150/TB-LĐTBXH ngày 29/11/2024 của Bộ Lao động - Thương binh và Xã hội",
        "Làm việc bù cho thứ Sáu 02/5/2025 (nghỉ lễ 30/4 và 1/5).",
    ),
    (
        datetime.date(2026, 8, 22),
        True,
        "Thông báo của Bộ Nội vụ về lịch nghỉ lễ Quốc khánh năm 2026",
        "Làm việc bù cho thứ Hai 31/8/2026 (nghỉ lễ Quốc khánh 2/9).",
    ),
]


def add_overrides(apps, schema_editor):
    CalendarOverride = apps.get_model("portal", "CalendarOverride")
    for day, is_working_day, reference, note in OVERRIDES:
        # An administrator may already have entered the day: keep their row as it is.
        CalendarOverride.objects.get_or_create(
            date=day, defaults={"is_working_day": is_working_day, "reference": reference, "note": note}
        )


def remove_overrides(apps, schema_editor):
    CalendarOverride = apps.get_model("portal", "CalendarOverride")
    CalendarOverride.objects.filter(date__in=[day for day, *_ in OVERRIDES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_calendar_override"),
    ]

    operations = [
        migrations.RunPython(add_overrides, remove_overrides),
    ]
