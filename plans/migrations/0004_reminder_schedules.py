"""The reminder jobs in django-celery-beat, where an admin can change their times."""

from django.db import migrations


def create(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    morning, _ = CrontabSchedule.objects.get_or_create(
        minute="0", hour="6", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Asia/Ho_Chi_Minh"
    )
    every_ten, _ = IntervalSchedule.objects.get_or_create(every=10, period="minutes")
    PeriodicTask.objects.get_or_create(
        name="Nhắc việc hằng ngày", defaults={"task": "plans.reminders_run", "crontab": morning}
    )
    PeriodicTask.objects.get_or_create(
        name="Gửi lại nhắc việc còn tồn", defaults={"task": "plans.reminders_sweep", "interval": every_ten}
    )


def remove(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(
        task__in=["plans.reminders_run", "plans.reminders_sweep"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0003_deadlines"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create, remove)]
