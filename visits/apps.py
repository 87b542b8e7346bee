from django.apps import AppConfig


class VisitsConfig(AppConfig):
    name = "visits"

    def ready(self):
        # connects the signals that drop cached opening hours when they are edited
        from . import schedule  # noqa: F401
