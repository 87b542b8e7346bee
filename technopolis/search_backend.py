"""PostgreSQL full-text search that stems each page in its own language.

Wagtail's database backend indexes everything with one text search configuration. Here a
page is indexed with the configuration of its locale (Dutch, French or English), and a query
is parsed with the configuration of the language being browsed, so "congressen" finds
"congres" on the Dutch site and "congrès" on the French one.
"""

from collections import defaultdict
from contextvars import ContextVar

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

TEXT_SEARCH_CONFIGS = {"nl": "dutch", "fr": "french", "en": "english"}

# The configuration to index with, while an index update runs for objects of one language.
_indexing_config: ContextVar[str | None] = ContextVar("indexing_config", default=None)


def text_search_config(language_code: str | None) -> str:
    """PostgreSQL's text search configuration for a language code ('simple' if unknown)."""
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], "simple")


class LanguageAwareIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_language = defaultdict(list)
        for obj in objs:
            # Objects without a locale (images, documents) use the site's default language.
            language = languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            by_language[language].append(obj)
        for language, group in by_language.items():
            token = _indexing_config.set(text_search_config(language))
            try:
                super().add_items(model, group)
            finally:
                _indexing_config.reset(token)


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageAwareIndex

    @property
    def config(self):
        return _indexing_config.get() or text_search_config(get_language())

    @config.setter
    def config(self, value):
        # The base class stores SEARCH_CONFIG here; the language decides instead.
        pass
