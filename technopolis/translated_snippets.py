"""Snippets visitors read, translated the way pages are: one row per language sharing a
translation key, made and updated with wagtail-localize (Translate in the snippet's menu).

The facts of a row — a price, a date, a capacity — are the same in every language. A model
names them as `SynchronizedField(name, overridable=False)` in `translatable_fields`, and
saving any of its rows copies them to the row's translations at once: no language shows an
old price while its translation waits to be synchronised.
"""

from django.db import models
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class TranslatedSnippet(TranslatableMixin, models.Model):
    translatable_fields = []

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        shared = {name: getattr(self, name) for name in self.shared_fields()}
        if shared:
            translations = type(self).objects.filter(translation_key=self.translation_key)
            translations.exclude(pk=self.pk).update(**shared)

    @classmethod
    def shared_fields(cls):
        # Columns only: a synchronised child relation (photos) follows wagtail-localize's sync.
        return [
            field.field_name
            for field in cls.translatable_fields
            if isinstance(field, SynchronizedField) and field.get_field(cls).concrete
        ]


def shared(*names):
    """The facts every translation of a row keeps equal (see the module's docstring)."""
    return [SynchronizedField(name, overridable=False) for name in names]
