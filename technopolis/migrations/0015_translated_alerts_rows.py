"""Translated snippets, step 2 of 3: an alert becomes a row per language it has a text in."""

from django.db import migrations

from technopolis.migrations._languages import split_by_language


def forwards(apps, schema_editor):
    split_by_language(apps, "technopolis.Alert", ["text"], fallback=False)


class Migration(migrations.Migration):
    dependencies = [("technopolis", "0014_translated_alerts_fields")]

    # Back: the rows stay split; step 1 reversed keeps the Dutch text of each.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
