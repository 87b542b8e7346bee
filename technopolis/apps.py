from django.apps import AppConfig


class TechnopolisConfig(AppConfig):
    name = "technopolis"
    verbose_name = "Technopolis"

    def ready(self):
        from . import cache, renditions, routing

        cache.connect_signals()
        routing.connect_signals()
        renditions.connect_signals()
