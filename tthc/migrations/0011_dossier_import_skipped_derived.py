from django.db import migrations
from django.db.models import F


def bad_rows_from_skipped(apps, schema_editor):
    # Imports written before bad_rows existed kept their count of left-out rows in skipped only.
    DossierImport = apps.get_model("tthc", "DossierImport")
    DossierImport.objects.filter(skipped__gt=0, bad_rows=0).update(bad_rows=F("skipped"))


class Migration(migrations.Migration):
    dependencies = [
        ("tthc", "0010_dossier_import_last_received"),
    ]

    operations = [
        migrations.RunPython(bad_rows_from_skipped, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="dossierimport",
            name="skipped",
        ),
    ]
