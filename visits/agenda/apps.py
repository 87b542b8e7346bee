from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from technopolis.role_names import ALL, FRONT_DESK


class AgendaConfig(AppConfig):
    """What's on: a part of `visits` that builds on its opening hours and offers."""

    name = "visits.agenda"
    # Who edits this app's snippets (technopolis/roles.py).
    staff_roles = {FRONT_DESK: {"cancellation": ALL, "schoolholiday": ALL}}
    site_content = True  # its rows are what visitors see (technopolis/cache.py)
    label = "agenda"
    verbose_name = _("What's on")

    def ready(self):
        # registers what the what's-on and activity pages show (technopolis/page_context.py)
        from . import listing  # noqa: F401
