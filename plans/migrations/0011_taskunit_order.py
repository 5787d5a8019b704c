"""A task's units come back in the order entered, leads and coordinators in one sequence; the rows saved before
(numbered per role, or all 0 from the editor) are numbered once: leads first, each role in its old order."""

from django.db import migrations


def renumber(apps, schema_editor):
    TaskUnit = apps.get_model("plans", "TaskUnit")
    rows = sorted(TaskUnit.objects.only("task", "role", "order"), key=lambda r: (r.task_id, r.role != "lead", r.order, r.pk))
    place, task = 0, None
    for row in rows:
        place = place + 1 if row.task_id == task else 0
        row.order, task = place, row.task_id
    TaskUnit.objects.bulk_update(rows, ["order"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0010_plan_search_number"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="taskunit",
            options={
                "ordering": ["task", "order", "pk"],
                "verbose_name": "đơn vị thực hiện",
                "verbose_name_plural": "đơn vị thực hiện",
            },
        ),
        migrations.RunPython(renumber, migrations.RunPython.noop),
    ]
