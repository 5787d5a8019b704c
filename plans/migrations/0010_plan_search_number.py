"""The plan's search key takes its number with the symbol ("15/kh-skhcn"), filled for the plans saved before."""

from django.db import migrations

from portal.text import fold


def fill(apps, schema_editor):
    Plan = apps.get_model("plans", "Plan")
    plans = list(Plan.objects.only("number", "symbol", "title", "preamble"))
    for p in plans:
        # As Plan.search_key() and format_number(), which a migration's historical model does not have.
        number = f"{p.number:02d}/{p.symbol}" if p.number is not None else f"/{p.symbol}"
        p.search_text = fold(" ".join([number, p.title, p.preamble[:2000]]))
    Plan.objects.bulk_update(plans, ["search_text"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0009_verbose_names"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
