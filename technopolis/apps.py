from django.apps import AppConfig


class TechnopolisConfig(AppConfig):
    name = "technopolis"
    verbose_name = "Technopolis"
