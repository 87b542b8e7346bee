"""PostgreSQL full-text search that stems each page in its own language.

Wagtail's database backend indexes everything with one text search configuration. Here a
page is indexed with the configuration of its locale (Dutch, French or English), and a query
is parsed with the configuration of the language being browsed, so "congressen" finds
"congres" on the Dutch site and "congrès" on the French one.

Wagtail's search (django-modelsearch) takes the configuration from the backend's documented
SEARCH_CONFIG option only: nothing chooses one per object or per query. So this backend holds
one stock PostgreSQL backend per configuration, each built with its own SEARCH_CONFIG, and
hands the work to them through the backend interface modelsearch documents for backends of
one's own: `search()` and `autocomplete()` go to the backend of the active language, and the
index's `add_items()` gives each language's objects to the index of that language's backend.
They all write the one index table, a row per object; nothing else of modelsearch is
overridden.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from wagtail.models import Locale

TEXT_SEARCH_CONFIGS = {"nl": "dutch", "fr": "french", "en": "english"}


def text_search_config(language_code: str | None) -> str:
    """PostgreSQL's text search configuration for a language code ('simple' if unknown)."""
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], "simple")


class LanguageAwareIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            # Objects without a locale (images, documents) use the site's default language.
            language = languages.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            by_config[text_search_config(language)].append(obj)
        for config, group in by_config.items():
            self.backend.backends[config].get_index_for_model(model).add_items(model, group)


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageAwareIndex

    def __init__(self, params):
        super().__init__(params)
        configs = {*TEXT_SEARCH_CONFIGS.values(), "simple"}
        self.backends = {
            config: PostgresSearchBackend({**params, "SEARCH_CONFIG": config}) for config in configs
        }

    def for_active_language(self):
        return self.backends[text_search_config(get_language())]

    def search(self, *args, **kwargs):
        return self.for_active_language().search(*args, **kwargs)

    def autocomplete(self, *args, **kwargs):
        return self.for_active_language().autocomplete(*args, **kwargs)
