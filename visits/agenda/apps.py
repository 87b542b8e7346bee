from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgendaConfig(AppConfig):
    """What's on: a part of `visits` that builds on its opening hours and offers."""

    name = "visits.agenda"
    site_content = True  # its rows are what visitors see (technopolis/cache.py)
    label = "agenda"
    verbose_name = _("What's on")
