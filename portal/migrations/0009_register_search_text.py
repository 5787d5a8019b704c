"""The register's folded search column (as OrgUnit has), filled for the lines numbered before it existed."""

from django.db import migrations, models

from portal.text import fold


def fill(apps, schema_editor):
    RegisterEntry = apps.get_model("portal", "RegisterEntry")
    entries = list(RegisterEntry.objects.all())
    for e in entries:
        # As RegisterEntry.search_key(), which a migration's historical model does not have.
        e.search_text = fold(" ".join([f"{e.number:02d}/{e.symbol}", e.doc_type, e.title, e.signer, e.recipients]))
    RegisterEntry.objects.bulk_update(entries, ["search_text"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_export_sweep_schedule"),
    ]

    operations = [
        migrations.AddField(
            model_name="registerentry",
            name="search_text",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
