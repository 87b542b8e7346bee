"""Building blocks of the demo-content loader.

Pages are described as data: a stable key, a page class, fields shared by every language and
fields per language. A page's translation key is derived from its demo key, so loading twice
finds the pages of the first run and creates only what is missing: editors' changes survive.
"""

import json
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Locale, Page

DEMO_NAMESPACE = uuid.UUID("6f1d3a52-93c4-4a61-9d0e-2f1e7d5b8c11")
LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def translation_key(key: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, key)


def stream(*blocks) -> str:
    """StreamField content from (type, value) pairs, as the JSON Wagtail stores."""
    return json.dumps(
        [
            {"type": kind, "value": value, "id": str(uuid.uuid5(DEMO_NAMESPACE, f"{i}{kind}"))}
            for i, (kind, value) in enumerate(blocks)
        ]
    )


@dataclass
class PageSpec:
    """One demo page in every language.

    `common` holds fields that are the same in every language (numbers, choices);
    `languages` maps a language code to that language's fields (title and slug at least).
    Values may be callables taking the language code, for content that depends on other pages.
    """

    key: str
    page_class: type
    languages: dict
    common: dict = field(default_factory=dict)
    parent: str | None = None  # key of the parent page; None for a home page
    show_in_menus: bool = False


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.created = 0

    def locale(self, code):
        return Locale.objects.get(language_code=code)

    def ensure_locales(self):
        for code in LANGUAGE_CODES:
            Locale.objects.get_or_create(language_code=code)

    def page(self, key, code):
        return (
            Page.objects.filter(translation_key=translation_key(key), locale__language_code=code)
            .specific()
            .first()
        )

    def ensure(self, spec: PageSpec):
        """Create the page of `spec` in each language where it does not exist yet."""
        pages = {}
        for code in LANGUAGE_CODES:
            existing = self.page(spec.key, code)
            if existing is not None:
                pages[code] = existing
                continue
            fields = {**spec.common, **spec.languages[code]}
            fields = {
                name: value(code) if callable(value) else value for name, value in fields.items()
            }
            instance = spec.page_class(
                locale=self.locale(code),
                translation_key=translation_key(spec.key),
                show_in_menus=spec.show_in_menus,
                **fields,
            )
            parent = (
                Page.get_first_root_node() if spec.parent is None else self.page(spec.parent, code)
            )
            parent.add_child(instance=instance)
            instance.save_revision().publish()
            self.created += 1
            self.log(f"Created {instance.url_path} ({spec.page_class.__name__})")
            pages[code] = instance
        return pages

    def ensure_all(self, specs):
        return {spec.key: self.ensure(spec) for spec in specs}


def ensure_translated(model, key, texts, facts, find=None):
    """A translated snippet (technopolis/translated_snippets.py) in every language of `texts`
    ({code: fields}), sharing `facts`. The Dutch row is found by `find` (fields it has, so a
    database migrated from one row per snippet is recognised) or by the key derived from the
    demo `key`; the other languages as its translations. Returns the rows by language."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = model.objects.filter(locale=locales[settings.LANGUAGE_CODE], **(find or {})).first()
    shared_key = source.translation_key if source else translation_key(key)
    rows = {}
    for code, values in texts.items():
        rows[code], _ = model.objects.get_or_create(
            translation_key=shared_key, locale=locales[code], defaults={**values, **facts}
        )
    return rows


def per_language(data, *fields):
    """{code: {field: data[f"{field}_{code}"]}} from a dict keeping a field per language."""
    return {code: {name: data[f"{name}_{code}"] for name in fields} for code in LANGUAGE_CODES}
