"""Translated snippets, step 1 of 3: the locale and translation key, the Dutch column as
the text of the row (technopolis/translated_snippets.py)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("visits", "0009_revisions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="ticketprice",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="ticketprice",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventspace",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventspace",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="eventpackage",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventpackage",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RenameField(model_name="ticketprice", old_name="category_nl", new_name="category"),
        migrations.RenameField(model_name="eventspace", old_name="name_nl", new_name="name"),
        migrations.RenameField(model_name="eventspace", old_name="facilities_nl", new_name="facilities"),
        migrations.RenameField(model_name="eventspace", old_name="accessibility_nl", new_name="accessibility"),
        migrations.RenameField(model_name="eventpackage", old_name="name_nl", new_name="name"),
        migrations.RenameField(model_name="eventpackage", old_name="description_nl", new_name="description"),
    ]
