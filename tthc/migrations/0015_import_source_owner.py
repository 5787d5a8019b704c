from django.db import migrations


def owner_from_first_import(apps, schema_editor):
    # Sources were shared by name before they had a unit; the unit whose import first used one is the unit that
    # saved it (the page saves a mapping with the import it sends). One no import used stays shared.
    ImportSource = apps.get_model("tthc", "ImportSource")
    DossierImport = apps.get_model("tthc", "DossierImport")
    for source in ImportSource.objects.filter(unit=None):
        first = DossierImport.objects.filter(source=source).order_by("at", "pk").first()
        if first:
            source.unit_id = first.unit_id
            source.save(update_fields=["unit"])


class Migration(migrations.Migration):
    dependencies = [("tthc", "0014_import_source_unit")]

    operations = [migrations.RunPython(owner_from_first_import, migrations.RunPython.noop)]
