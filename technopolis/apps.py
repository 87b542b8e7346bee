from django.apps import AppConfig


class TechnopolisConfig(AppConfig):
    name = "technopolis"
    verbose_name = "Technopolis"

    def ready(self):
        from .cache import connect_signals

        connect_signals()
