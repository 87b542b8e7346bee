"""The moderation workflow and its task are named in Dutch, as the admin shows them to staff."""

from django.db import migrations

RENAMES = {
    "Review by a moderator": "Nalezen door een moderator",
    "Moderator approval": "Goedkeuring door een moderator",
}


def rename(apps, schema_editor, renames=RENAMES):
    for model in (apps.get_model("wagtailcore", "Workflow"), apps.get_model("wagtailcore", "Task")):
        for old, new in renames.items():
            model.objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, {new: old for old, new in RENAMES.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("technopolis", "0007_block_labels"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
