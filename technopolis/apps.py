from django.apps import AppConfig


class TechnopolisConfig(AppConfig):
    name = "technopolis"
    site_content = True  # its rows are what visitors see (technopolis/cache.py)
    verbose_name = "Technopolis"

    def ready(self):
        from . import (
            cache,
            checks,  # noqa: F401  (registers the deploy checks)
            drafts,
            renditions,
            request_memo,
            security,
            sites,
        )

        request_memo.connect_signals()
        cache.connect_signals()
        sites.connect_signals()
        renditions.connect_signals()
        security.connect_signals()
        drafts.connect_signals()
