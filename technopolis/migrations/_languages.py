"""For data migrations: rows that kept a text in a column per language become one row per
language sharing a translation key (technopolis/translated_snippets.py). Written for the
apps' migrations of December 2026; a module starting with "_" is not itself a migration."""

import uuid

LANGUAGES = ("nl", "fr", "en")  # the site's languages then; Dutch first, the default


def split_by_language(apps, label, fields, *, fallback, children=()):
    """Each row of model `label` whose Dutch text is in `fields` (the `_nl` columns already
    renamed) and other languages in `<field>_<code>` columns becomes a row per language.

    `fallback`: a language without its own text gets the Dutch one (as the site showed it);
    otherwise a language without text gets no row (an alert shown only where it has a text),
    and a row with no Dutch text takes the first language that has one. `children`: (model
    label, parent key) of child rows to copy with each translation (a space's photos)."""
    model = apps.get_model(label)
    Locale = apps.get_model("wagtailcore", "Locale")
    if not model.objects.exists():
        return
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    child_models = [(apps.get_model(child), key) for child, key in children]
    for row in model.objects.all():
        texts = {
            code: {
                field: getattr(row, field if code == "nl" else f"{field}_{code}") or ""
                for field in fields
            }
            for code in LANGUAGES
        }
        if fallback:
            languages = list(LANGUAGES)
            for code in LANGUAGES[1:]:
                texts[code] = {f: v or texts["nl"][f] for f, v in texts[code].items()}
        else:
            languages = [code for code in LANGUAGES if any(texts[code].values())] or ["nl"]
        original_pk = row.pk
        row.translation_key = uuid.uuid4()
        for index, code in enumerate(languages):
            if index:
                row.pk = row.id = None
                row._state.adding = True
                if hasattr(row, "latest_revision_id"):
                    row.latest_revision_id = None  # the revisions stay with the first row
            row.locale = locales[code]
            for field, value in texts[code].items():
                setattr(row, field, value)
            row.save()
            if index:
                for child_model, key in child_models:
                    for child in child_model.objects.filter(**{f"{key}_id": original_pk}):
                        child.pk = child.id = None
                        setattr(child, f"{key}_id", row.pk)
                        child.save()
