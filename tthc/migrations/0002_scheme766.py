"""Decision 766's 2022 groups, indicators, thresholds and points (tthc/scheme766.py), as data."""

from django.db import migrations

from tthc.scheme766 import SCHEME, load_scheme


def load(apps, schema_editor):
    load_scheme(apps.get_model("tthc", "Scheme766"), apps.get_model("tthc", "Criterion766"))


def unload(apps, schema_editor):
    apps.get_model("tthc", "Scheme766").objects.filter(code=SCHEME["code"], version=SCHEME["version"]).delete()


class Migration(migrations.Migration):
    dependencies = [("tthc", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
