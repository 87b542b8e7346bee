"""Translated snippets, step 2 of 3: a price, space or package becomes a row per language (an empty
text takes the Dutch one, as the site showed it), a space with its photos."""

from django.db import migrations

from technopolis.migrations._languages import split_by_language


def forwards(apps, schema_editor):
    split_by_language(apps, "visits.TicketPrice", ["category"], fallback=True)
    split_by_language(
        apps,
        "visits.EventSpace",
        ["name", "facilities", "accessibility"],
        fallback=True,
        children=[("visits.EventSpacePhoto", "space")],
    )
    split_by_language(apps, "visits.EventPackage", ["name", "description"], fallback=True)


class Migration(migrations.Migration):
    dependencies = [("visits", "0010_translated_snippets_fields")]

    # Back: the rows stay split; step 1 reversed keeps the Dutch text of each.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
