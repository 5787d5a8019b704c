"""The weekly digest in django-celery-beat (Monday 7:00), where an admin can change its time."""

from django.db import migrations

NAME = "Thư tổng hợp tuần cho lãnh đạo"


def create(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    monday, _ = CrontabSchedule.objects.get_or_create(
        minute="0", hour="7", day_of_week="1", day_of_month="*", month_of_year="*", timezone="Asia/Ho_Chi_Minh"
    )
    PeriodicTask.objects.get_or_create(name=NAME, defaults={"task": "reports.digests_plan", "crontab": monday})


def remove(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(task="reports.digests_plan").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0004_weekly_digest"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create, remove)]
