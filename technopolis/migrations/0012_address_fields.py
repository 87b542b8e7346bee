"""The museum's address as fields (street and number, postal code, town): the structured data
parsed them from a text of two lines. Addresses already saved are split once, here."""

from django.db import migrations, models


def split_address(apps, schema_editor):
    """The last line holds the postal code and town, the line before it the street; a
    longer address (a building's name first) keeps those two. An address that does not
    read so keeps the defaults, to be corrected in Settings."""
    for row in apps.get_model("technopolis", "SiteSettings").objects.all():
        lines = [line.strip() for line in row.address.splitlines() if line.strip()]
        if len(lines) < 2:
            continue
        postal_code, _, locality = lines[-1].partition(" ")
        if not (postal_code and locality) or len(postal_code) > 10:
            continue
        row.street_address, row.postal_code = lines[-2][:120], postal_code
        row.locality = locality[:80]
        row.save(update_fields=["street_address", "postal_code", "locality"])


def join_address(apps, schema_editor):
    for row in apps.get_model("technopolis", "SiteSettings").objects.all():
        row.address = f"{row.street_address}\n{row.postal_code} {row.locality}"
        row.save(update_fields=["address"])


class Migration(migrations.Migration):
    dependencies = [
        ("technopolis", "0011_missed_searches"),
    ]

    operations = [
        migrations.AddField(
            model_name="sitesettings",
            name="street_address",
            field=models.CharField(
                default="Technologielaan 1", max_length=120, verbose_name="street and number"
            ),
        ),
        migrations.AddField(
            model_name="sitesettings",
            name="postal_code",
            field=models.CharField(default="2800", max_length=10, verbose_name="postal code"),
        ),
        migrations.AddField(
            model_name="sitesettings",
            name="locality",
            field=models.CharField(default="Mechelen", max_length=80, verbose_name="town"),
        ),
        migrations.RunPython(split_address, join_address),
        migrations.RemoveField(model_name="sitesettings", name="address"),
    ]
