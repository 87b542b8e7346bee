"""STEM days become a field of a closure: they were found by the letters "stem" in its
reason, which "stembureau" (a polling station) would also match. Closures already saved keep
their meaning: those whose reason names STEM as a word are marked."""

import re

from django.db import migrations, models

STEM = re.compile(r"\bSTEM\b", re.IGNORECASE)  # "stem-dagen" too; "stembureau" not


def mark_stem_days(apps, schema_editor):
    exceptions = apps.get_model("visits", "OpeningException")
    for exception in exceptions.objects.filter(kind="closed"):
        reasons = " ".join((exception.reason_nl, exception.reason_fr, exception.reason_en))
        if STEM.search(reasons):
            exception.stem_day = True
            exception.save(update_fields=["stem_day"])


class Migration(migrations.Migration):
    dependencies = [
        ("visits", "0007_field_labels"),
    ]

    operations = [
        migrations.AddField(
            model_name="openingexception",
            name="stem_day",
            field=models.BooleanField(
                default=False,
                help_text="A closure for the teachers' STEM days: listed on the school programmes.",
                verbose_name="STEM days for teachers",
            ),
        ),
        migrations.RunPython(mark_stem_days, migrations.RunPython.noop),
    ]
