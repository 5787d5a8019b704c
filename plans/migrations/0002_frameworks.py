from django.db import migrations


def load(apps, schema_editor):
    from plans.frameworks import load_frameworks

    load_frameworks(apps.get_model("plans", "Framework"), apps.get_model("plans", "FrameworkComponent"))


class Migration(migrations.Migration):
    dependencies = [("plans", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
