from django.apps import AppConfig


class VisitsConfig(AppConfig):
    name = "visits"
    site_content = True  # its rows are what visitors see (technopolis/cache.py)

    def ready(self):
        # connects the signals that drop cached opening hours when they are edited
        from technopolis.search import reindex_on_change

        from . import schedule  # noqa: F401
        from .models import OpeningException, OpeningHoursPage

        reindex_on_change(OpeningException, lambda exception: OpeningHoursPage.objects.all())
